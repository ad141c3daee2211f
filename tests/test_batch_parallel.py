"""`aidip batch --workers N`: worker processes change the speed, never a byte of the output."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from aidip_cli.batch import BatchOptions, run_batch
from helpers import fake_analyse_documents, make_tree, snapshot


def run_with(workers: int, root: Path, out: str, **kw: object) -> dict[str, bytes]:
    options = BatchOptions(
        workers=workers, chunk_size=2, sarif=root / out / "aidip.sarif", fail_on=("none",), **kw
    )  # type: ignore[arg-type]
    run_batch(["essays"], out, options)
    return snapshot(root / out)


def test_one_and_two_workers_write_identical_bytes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_tree(tmp_path / "essays")
    monkeypatch.chdir(tmp_path)
    pid_log = tmp_path / "pids.log"
    monkeypatch.setenv("AIDIP_FAKE_PID_LOG", str(pid_log))
    one = run_with(1, tmp_path, "out1", analyser=fake_analyse_documents)
    pid_log.unlink()
    two = run_with(2, tmp_path, "out2", analyser=fake_analyse_documents)
    worker_pids = set(pid_log.read_text().split())
    assert worker_pids and str(os.getpid()) not in worker_pids  # the pool did the work
    assert sorted(one) == sorted(two)
    assert "index.jsonl" in one and "a/x.txt.json" in one
    for name in one:
        assert one[name] == two[name], name
