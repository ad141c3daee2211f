"""Resuming: a rerun skips what is done, and a run killed with SIGKILL finishes cleanly."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest

from aidip_cli.batch import BatchOptions, run_batch
from aidip_cli.schema import Analysis
from helpers import CLEAN, check_complete, fake_analyse_documents, kill_mid_run, make_tree, snapshot

TESTS = Path(__file__).resolve().parent
REPO = TESTS.parent


def _options(**kw: object) -> BatchOptions:
    return BatchOptions(workers=1, analyser=fake_analyse_documents, fail_on=("none",), **kw)  # type: ignore[arg-type]


@pytest.fixture
def first(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    make_tree(tmp_path / "essays")
    monkeypatch.chdir(tmp_path)
    result = run_batch(["essays"], "out", _options())
    return result, snapshot(tmp_path / "out")


def test_rerun_skips_every_finished_input_and_writes_the_same_files(first, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    result, before = first
    again = run_batch(["essays"], "out", _options())
    assert again.skipped == result.ok == 5
    after = snapshot(tmp_path / "out")
    summary_before = json.loads(before.pop("summary.json"))
    summary_after = json.loads(after.pop("summary.json"))
    assert after == before  # outputs, index and journal byte-identical
    assert summary_after["skipped"] == 5 and summary_before["skipped"] == 0


def test_force_changed_input_and_changed_options_redo_the_work(first, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert run_batch(["essays"], "out", _options(force=True)).skipped == 0
    (tmp_path / "essays" / "a" / "x.txt").write_text(CLEAN + "One more sentence.\n")
    (tmp_path / "out" / "b" / "x.txt.json").unlink()
    redone = run_batch(["essays"], "out", _options())
    fresh = {r.path for r in redone.records if r.status == "ok" and not r.cached}
    assert fresh == {"essays/a/x.txt", "essays/b/x.txt"}
    assert run_batch(["essays"], "out", _options(max_chars=10_000)).skipped == 0


def test_run_killed_with_sigkill_resumes_without_duplicates(tmp_path: Path) -> None:
    essays = tmp_path / "essays"
    essays.mkdir()
    n = 30
    for i in range(n):
        (essays / f"e{i:02d}.txt").write_text(CLEAN.replace("12", str(100 + i)))
    out = tmp_path / "out"
    script = (
        "import sys; sys.path.insert(0, sys.argv[1]);"
        "from helpers import fake_analyse_documents as f;"
        "from aidip_cli.batch import BatchOptions, run_batch;"
        "run_batch([sys.argv[2]], sys.argv[3], BatchOptions(workers=1, chunk_size=1, analyser=f))"
    )
    env = {**os.environ, "AIDIP_FAKE_DELAY": "0.05"}
    cmd = [sys.executable, "-c", script, str(TESTS), str(essays), str(out)]
    written = kill_mid_run(cmd, out, at_least=5, env=env)
    assert 5 <= written < n
    assert not (out / "index.jsonl").exists()
    for path in out.rglob("*.txt.json"):  # what exists is whole
        Analysis.model_validate_json(path.read_text())
    result = run_batch([essays], out, BatchOptions(workers=1, analyser=fake_analyse_documents))
    assert written - 1 <= result.skipped <= written  # at most the one not yet journaled is redone
    check_complete(out, n)
    journal = (out / ".aidip-batch-journal.jsonl").read_text().splitlines()
    assert len(journal) == n


def test_input_that_now_fails_loses_its_stale_output(first, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "essays" / "a" / "x.txt").write_text("RAISE-UNEXPECTED now.")
    result = run_batch(["essays"], "out", _options())
    (record,) = [r for r in result.records if r.path == "essays/a/x.txt"]
    assert record.status == "error"
    assert not (tmp_path / "out" / "a" / "x.txt.json").exists()
