"""`make eval` (scripts/run_eval.py) and the Markdown quality page it writes."""

from __future__ import annotations

import importlib.util
import json
import shutil

import pytest

from aidip_cli.evaluate.report import to_markdown
from helpers import ESSAYS, REPO, write_corpus


def load_script():
    spec = importlib.util.spec_from_file_location("run_eval", REPO / "scripts" / "run_eval.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_run_eval_without_the_shared_folder_exits_zero_with_a_message(tmp_path, capsys) -> None:
    output = tmp_path / "quality.md"
    assert load_script().main(["--shared", str(tmp_path / "absent"), "--output", str(output)]) == 0
    assert "nothing evaluated" in capsys.readouterr().out
    assert not output.exists()


def test_markdown_has_a_table_per_setting_with_command_date_and_versions() -> None:
    report = {
        "command": "python scripts/run_eval.py --shared ../shared",
        "date": "2001-09-09",
        "versions": {"aidip": "9", "spacy": "3", "spacy_model": "m 1"},
        "sections": [
            {
                "corpus": "microtexts",
                "units": "gold",
                "texts": 2,
                "segments": 7,
                "folds": 2,
                "notes": [],
                "results": [
                    {
                        "engine": "baseline",
                        "levels": {
                            lvl: {"mean": 0.5, "std": 0.25}
                            for lvl in ("cc", "ro", "fu", "at", "lat")
                        },
                        "class_f1": {
                            "cc_claim": {"mean": 0.125, "std": 0.0},
                            "at_attached": {"mean": 0.375, "std": 0.0625},
                        },
                    }
                ],
            }
        ],
    }
    page = to_markdown(report)
    assert "- command: python scripts/run_eval.py --shared ../shared" in page
    assert "- date: 2001-09-09" in page
    assert "aidip 9, spaCy 3, m 1" in page
    assert "## microtexts — gold units, 2 folds (2 texts, 7 segments)" in page
    assert "| engine | cc | cc (claim) | ro | fu | at | at (attached) | lat |" in page
    assert (
        "| baseline | 0.500 ± 0.250 | 0.125 ± 0.000 | 0.500 ± 0.250 | 0.500 ± 0.250 "
        "| 0.500 ± 0.250 | 0.375 ± 0.062 | 0.500 ± 0.250 |"
    ) in page
    assert "cc (claim), at (attached): F1 of that class alone" in page


@pytest.mark.corpus
def test_run_eval_on_a_small_shared_folder_writes_every_setting(tmp_path, capsys) -> None:
    pytest.importorskip("aidip_cli.mine.pipeline", reason="the analyser is not built yet")
    shared = tmp_path / "shared"
    micro = shared / "corpora" / "microtexts1"
    write_corpus(micro / "en", ["micro_a1", "micro_a2"])
    (micro / "folds_10x5.json").write_text(json.dumps([["micro_a1"], ["micro_a2"]]), "utf-8")
    web = shared / "corpora" / "webdiscourse"
    web.mkdir(parents=True)
    text = "Schools should teach coding. It builds problem solving skills."
    doc = {
        "id": "1",
        "text": text,
        "components": [
            {"id": "c1", "type": "Claim", "begin": 0, "end": 28},
            {"id": "c2", "type": "Premise", "begin": 29, "end": len(text)},
        ],
        "relations": [],
    }
    (web / "toulmin_gold.jsonl").write_text(json.dumps(doc) + "\n", "utf-8")
    # Two of our essays (a sample one and a news-style one) and two probes, not all of them:
    # the full run is make eval's job.
    essays = tmp_path / "essays"
    essays.mkdir()
    for name in ("01_compute_diplomacy", "09_chip_controls_hold_the_line"):
        for suffix in (".txt", ".gold.json"):
            shutil.copy(ESSAYS / f"{name}{suffix}", essays)
    probes = tmp_path / "speakers.json"
    everyone = json.loads((REPO / "data" / "probes" / "speakers.json").read_text("utf-8"))
    probes.write_text(json.dumps(everyone[:2]), "utf-8")
    output = tmp_path / "quality.md"
    arguments = ["--shared", str(shared), "--output", str(output)]
    arguments += ["--essays", str(essays), "--probes", str(probes)]
    assert load_script().main(arguments) == 0
    page = output.read_text("utf-8")
    assert page == capsys.readouterr().out
    assert "## own op-eds — 2 essays with hand-made gold" in page
    assert "## who said it — speaker probes (2 passages)" in page
    assert "## microtexts — gold units, 2 folds" in page
    assert "## microtexts — predicted units, 2 folds" in page
    assert "## microtexts — unit boundaries vs gold segment boundaries" in page
    assert "## webdiscourse — analyser units, 1 documents" in page
    command = page.split("- command: ")[1].splitlines()[0]
    assert "--shared " in command and not command.split("--shared ")[1].startswith("/")
    assert " --essays " in command and " --probes " in command
