"""`aidip evaluate ...` as a user runs it: tables, deterministic JSON, one-line errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import aidip_cli.cli._evaluate_cmd  # noqa: F401 - registers `evaluate` on the app
from aidip_cli.cli import run
from helpers import PART2, TWO_CLAIMS, write_corpus, write_part2

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture
def corpus_dir(tmp_path: Path) -> Path:
    write_corpus(tmp_path / "corpus" / "en", ["micro_a1", "micro_a2", "micro_a3"])
    return tmp_path / "corpus"


@pytest.fixture
def folds_file(tmp_path: Path) -> Path:
    path = tmp_path / "folds.json"
    path.write_text(json.dumps({"test_folds": [["micro_a1", "micro_a2"], ["micro_a3"]]}), "utf-8")
    return path


def test_json_output_is_byte_identical_across_runs(corpus_dir, folds_file, capsys) -> None:
    argv = [
        "evaluate",
        "microtexts",
        str(corpus_dir),
        "--folds",
        str(folds_file),
        "--engine",
        "baseline",
        "--format",
        "json",
    ]
    outputs = []
    for _ in range(2):
        assert run(argv) == 0
        outputs.append(capsys.readouterr().out)
    assert outputs[0] == outputs[1]
    report = json.loads(outputs[0])
    assert report["command"].startswith("aidip evaluate microtexts ")
    assert set(report["versions"]) == {"aidip", "spacy", "spacy_model"}
    (section,) = report["sections"]
    assert (section["texts"], section["folds"]) == (3, 2)
    assert section["results"][0]["engine"] == "baseline"


def test_the_report_date_follows_source_date_epoch(corpus_dir, capsys, monkeypatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1000000000")
    argv = ["evaluate", "microtexts", str(corpus_dir), "--engine", "baseline", "--format", "json"]
    assert run(argv) == 0
    assert json.loads(capsys.readouterr().out)["date"] == "2001-09-09"


def test_the_table_shows_every_level_for_the_baseline(corpus_dir, capsys) -> None:
    assert run(["evaluate", "microtexts", str(corpus_dir), "--engine", "baseline"]) == 0
    out = capsys.readouterr().out
    assert "microtexts — gold units, all texts pooled (3 texts, 15 segments)" in out
    for header in ("engine", "cc", "cc (claim)", "ro", "fu", "at", "at (attached)", "lat"):
        assert header in out
    row = next(line for line in out.splitlines() if line.startswith("│ baseline"))
    cells = [cell.strip() for cell in row.strip("│").split("│")]
    # Gold: a chain 2→1, 3→2, 4→3, 5→4; the baseline: every segment → 1. cc: the claim is right
    # (1.000, and 1.000 for the claim class alone). at: 1 of 4 edges right per text → attached
    # F1 .250; not attached: 13 of 16 → .8125; macro (.25 + .8125) / 2 = .531.
    assert (cells[0], cells[1], cells[2], cells[5], cells[6]) == (
        "baseline",
        "1.000",
        "1.000",
        "0.531",
        "0.250",
    )


@pytest.fixture
def part2_dir(tmp_path: Path) -> Path:
    """The hand-written part-2 texts and one file that still cannot be read."""
    folder = tmp_path / "part2"
    write_part2(folder)
    (folder / "micro_p9_two_claims.xml").write_text(TWO_CLAIMS, "utf-8")
    return folder


def test_a_file_that_cannot_be_read_is_named_in_a_warning_and_counted(part2_dir, capsys) -> None:
    argv = ["evaluate", "microtexts", str(part2_dir), "--engine", "baseline", "--format", "json"]
    assert run(argv) == 0
    captured = capsys.readouterr()
    assert captured.err == (
        f"aidip: warning: {part2_dir / 'micro_p9_two_claims.xml'}: expected one central claim, "
        "found 2; text skipped\n"
    )
    (section,) = json.loads(captured.out)["sections"]
    assert section["texts"] == len(PART2)
    assert [u["file"] for u in section["unreadable"]] == ["micro_p9_two_claims.xml"]
    assert section["segments_not_in_text"] == 1


def test_strict_makes_a_file_that_cannot_be_read_fatal(part2_dir, capsys) -> None:
    assert run(["evaluate", "microtexts", str(part2_dir), "--strict"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("aidip: error: ") and "micro_p9_two_claims.xml: expected one" in err
    assert err.count("\n") == 1


@pytest.mark.parametrize("units", ["gold", "predicted"])
def test_the_analyser_scores_every_part2_feature_end_to_end(part2_dir, capsys, units) -> None:
    argv = ["evaluate", "microtexts", str(part2_dir), "--units", units, "--format", "json"]
    assert run(argv) == 0
    (section,) = json.loads(capsys.readouterr().out)["sections"]
    assert [r["engine"] for r in section["results"]] == ["default", "baseline"]
    assert section["segments"] == 17 and section["segments_not_in_text"] == 1
    for result in section["results"]:
        assert set(result["class_f1"]) == {"cc_claim", "at_attached"}
        assert all(0.0 <= v["mean"] <= 1.0 for v in result["class_f1"].values())
    notes = " ".join(section["notes"])
    assert "1 segment(s) not in the text" in notes
    assert ("scored as a miss" in notes) == (units == "predicted")


def test_limit_keeps_the_first_texts_and_drops_the_others_from_the_folds(
    corpus_dir, folds_file, capsys
) -> None:
    argv = [
        "evaluate",
        "microtexts",
        str(corpus_dir),
        "--folds",
        str(folds_file),
        "--limit",
        "1",
        "--engine",
        "baseline",
        "--format",
        "json",
    ]
    assert run(argv) == 0
    section = json.loads(capsys.readouterr().out)["sections"][0]
    assert (section["texts"], section["folds"]) == (1, 1)


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--train"], "--train needs --folds"),
        (["--train", "--units", "predicted"], "--train works with --units gold only"),
        (["--model-file", "no/such/model.json"], "scorer file not found"),
    ],
)
def test_bad_option_combinations_fail_with_one_line(corpus_dir, capsys, extra, message) -> None:
    assert run(["evaluate", "microtexts", str(corpus_dir), *extra]) == 2
    err = capsys.readouterr().err
    assert message in err
    assert err.count("\n") == 1


def test_a_missing_corpus_folder_fails_with_one_line(tmp_path, capsys) -> None:
    assert run(["evaluate", "microtexts", str(tmp_path / "nowhere")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("aidip: error: ") and "not a directory" in err
    assert err.count("\n") == 1


def test_a_fold_file_naming_unknown_texts_fails_with_one_line(corpus_dir, tmp_path, capsys) -> None:
    folds = tmp_path / "other.json"
    folds.write_text(json.dumps([["micro_zz"]]), "utf-8")
    argv = [
        "evaluate",
        "microtexts",
        str(corpus_dir),
        "--folds",
        str(folds),
        "--engine",
        "baseline",
    ]
    assert run(argv) == 2
    assert "not in the corpus: micro_zz" in capsys.readouterr().err


def test_a_broken_webdiscourse_file_fails_with_one_line(tmp_path, capsys) -> None:
    bad = tmp_path / "gold.jsonl"
    bad.write_text("{not json\n", "utf-8")
    assert run(["evaluate", "webdiscourse", str(bad)]) == 2
    err = capsys.readouterr().err
    assert "gold.jsonl:1: not JSON" in err and err.count("\n") == 1


def test_loading_the_evaluate_command_does_not_import_spacy() -> None:
    code = (
        "import sys, aidip_cli.cli._evaluate_cmd; "
        "sys.exit(1 if any(m == 'spacy' or m.startswith('spacy.') for m in sys.modules) else 0)"
    )
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0
