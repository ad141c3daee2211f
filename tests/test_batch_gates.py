"""`aidip batch --fail-on ...`: which findings make CI fail, and the exit codes it sees."""

from __future__ import annotations

from pathlib import Path

import pytest

import aidip_cli.batch._runner
import aidip_cli.cli._batch_cmd  # registers the command until cli/__init__ imports it
from aidip_cli.cli import run
from helpers import (
    BINARY,
    CLEAN,
    NO_MAJOR,
    UNATTRIBUTED,
    UNSUPPORTED,
    fake_analyse_documents,
)

ALL_CONTENT_GATES = [
    "--fail-on",
    "unattributed-number",
    "--fail-on",
    "unsupported-claim",
    "--fail-on",
    "no-major-claim",
]


@pytest.fixture(autouse=True)
def _fake_engine(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(aidip_cli.batch._runner, "analyse_documents", fake_analyse_documents)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CI", "1")


def _batch(files: dict[str, bytes], *flags: str) -> int:
    for name, data in files.items():
        Path("in").mkdir(exist_ok=True)
        (Path("in") / name).write_bytes(data)
    return run(["batch", "in", "-o", "out", "--workers", "1", *flags])


def test_clean_essays_pass_every_gate() -> None:
    assert _batch({"clean.txt": CLEAN.encode()}, "--fail-on", "error", *ALL_CONTENT_GATES) == 0


@pytest.mark.parametrize(
    ("text", "gate"),
    [
        (UNATTRIBUTED, "unattributed-number"),
        (UNSUPPORTED, "unsupported-claim"),
        (NO_MAJOR, "no-major-claim"),
    ],
)
def test_each_content_gate_fails_only_when_asked(text: str, gate: str) -> None:
    files = {"clean.txt": CLEAN.encode(), "flagged.txt": text.encode()}
    assert _batch(files) == 0  # default gate is `error` only
    assert _batch(files, "--fail-on", gate) == 1
    others = [g for g in ALL_CONTENT_GATES[1::2] if g != gate]
    assert _batch(files, *[arg for g in others for arg in ("--fail-on", g)]) == 0


def test_a_failed_input_fails_the_default_gate_but_not_none() -> None:
    files = {"clean.txt": CLEAN.encode(), "binary.txt": BINARY}
    assert _batch(files) == 1
    assert _batch(files, "--fail-on", "none") == 0
    assert _batch(files, *ALL_CONTENT_GATES) == 0


@pytest.mark.parametrize(
    "flags",
    [["--fail-on", "bogus"], ["--fail-on", "none", "--fail-on", "error"], ["--workers", "0"]],
)
def test_bad_options_are_usage_errors(flags: list[str], capsys: pytest.CaptureFixture) -> None:
    assert _batch({"clean.txt": CLEAN.encode()}, *flags) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err


def test_missing_path_and_unwritable_outdir_exit_2(capsys: pytest.CaptureFixture) -> None:
    assert run(["batch", "nowhere", "-o", "out"]) == 2
    assert "nowhere: no such file or directory" in capsys.readouterr().err
    Path("in").mkdir()
    (Path("in") / "a.txt").write_text(CLEAN)
    Path("file").write_text("x")
    assert run(["batch", "in", "-o", "file"]) == 2
    assert "cannot create output directory" in capsys.readouterr().err


def test_plain_log_lines_in_ci_and_a_summary_table(capsys: pytest.CaptureFixture) -> None:
    assert _batch({"clean.txt": CLEAN.encode(), "binary.txt": BINARY}, "--fail-on", "none") == 0
    captured = capsys.readouterr()
    assert "aidip: [1/2] error in/binary.txt: " in captured.err
    assert "aidip: [2/2] ok in/clean.txt (4 units, 1 claims)" in captured.err
    for column in ("files", "ok", "errors", "skipped", "units", "claims", "relations"):
        assert column in captured.out
    assert "numbers without a named source" in " ".join(captured.out.split())


def test_too_large_input_is_an_error_entry_and_fails_the_error_gate() -> None:
    files = {"short.txt": b"Diplomacy must adapt to AI.\n", "clean.txt": CLEAN.encode()}
    assert _batch(files, "--max-chars", "60") == 1
    index = Path("out/index.jsonl").read_text().splitlines()
    assert [line.count('"status": "ok"') for line in index] == [0, 1]
