"""`aidip evaluate ...` as a user runs it: tables, deterministic JSON, one-line errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import aidip_cli.cli._evaluate_cmd  # noqa: F401 - registers `evaluate` on the app
from aidip_cli.cli import run
from helpers import write_corpus

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
