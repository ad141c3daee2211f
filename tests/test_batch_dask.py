"""`aidip batch --executor dask`: a Dask cluster changes where the work runs, never a byte of
the output. All on localhost: a LocalCluster of worker processes started by the batch itself."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from aidip_cli.batch import BatchOptions, run_batch
from aidip_cli.cli import run
from helpers import (
    check_complete,
    fake_analyse_documents,
    fake_cli,
    make_tree,
    snapshot,
    write_essays,
)

pytest.importorskip("distributed", reason="the 'dask' extra (pinned in requirements/dev.lock)")
pytestmark = pytest.mark.slow


def options(executor: str, **kw: object) -> BatchOptions:
    return BatchOptions(
        workers=2, chunk_size=2, executor=executor, analyser=fake_analyse_documents, **kw
    )  # type: ignore[arg-type]


def test_a_local_cluster_of_two_workers_writes_the_same_bytes_as_the_local_pool(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_tree(tmp_path / "essays")
    monkeypatch.chdir(tmp_path)
    pid_log = tmp_path / "pids.log"
    monkeypatch.setenv("AIDIP_FAKE_PID_LOG", str(pid_log))
    runs = {}
    for executor in ("local", "dask"):
        out = tmp_path / executor
        result = run_batch(["essays"], out, options(executor, sarif=out / "aidip.sarif"))
        assert result.exit_code == 1  # the tree's bad files fail the default gate: same code
        runs[executor] = snapshot(out)
    assert str(os.getpid()) not in pid_log.read_text().split()  # workers did the analysis
    assert sorted(runs["local"]) == sorted(runs["dask"])
    assert "index.jsonl" in runs["dask"] and "aidip.sarif" in runs["dask"]
    for name, data in runs["local"].items():
        assert runs["dask"][name] == data, name


def test_dask_with_the_real_engine_matches_the_local_pool(tmp_path: Path) -> None:
    from helpers import ESSAYS

    inputs = tmp_path / "in"
    inputs.mkdir()
    for path in sorted(ESSAYS.glob("0[1-4]_*.txt")):
        (inputs / path.name).write_bytes(path.read_bytes())
    outs = {}
    for executor in ("local", "dask"):
        out = tmp_path / executor
        run_batch([inputs], out, BatchOptions(workers=2, chunk_size=2, executor=executor))
        outs[executor] = snapshot(out)
    assert outs["local"] == outs["dask"]


def _kill_first_worker(pid_log: Path, parent: int, stop: threading.Event) -> list[int]:
    killed: list[int] = []
    while not stop.is_set() and not killed:
        pids = pid_log.read_text().split() if pid_log.exists() else []
        workers = [int(p) for p in pids if int(p) != parent]
        if workers:
            os.kill(workers[0], signal.SIGKILL)
            killed.append(workers[0])
        time.sleep(0.02)
    return killed


def test_a_worker_killed_mid_run_still_gives_every_document(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = write_essays(tmp_path / "in", 24)
    pid_log = tmp_path / "pids.log"
    monkeypatch.setenv("AIDIP_FAKE_PID_LOG", str(pid_log))
    monkeypatch.setenv("AIDIP_FAKE_DELAY", "0.1")
    stop = threading.Event()
    killed: list[int] = []
    killer = threading.Thread(
        target=lambda: killed.extend(_kill_first_worker(pid_log, os.getpid(), stop))
    )
    killer.start()
    try:
        result = run_batch([folder], tmp_path / "out", options("dask", fail_on=("none",)))
    finally:
        stop.set()
        killer.join()
    assert killed, "no worker was killed"
    assert result.ok == 24
    check_complete(tmp_path / "out", 24)


def test_a_document_that_kills_every_worker_is_one_error_record(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = write_essays(tmp_path / "in", 6)
    (folder / "e03.txt").write_text("Diplomacy must adapt. KILL-WORKER.\n", encoding="utf-8")
    monkeypatch.setenv("AIDIP_FAKE_KILL", "1")
    result = run_batch([folder], tmp_path / "out", options("dask", fail_on=("none",)))
    errors = {Path(r.path).name: r.error for r in result.records if r.status == "error"}
    assert errors == {"e03.txt": "a worker process died while analysing this document"}
    assert result.ok == 5


def test_an_unreachable_scheduler_exits_2_with_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = write_essays(tmp_path / "in", 1)
    args = ["batch", str(folder), "-o", str(tmp_path / "out"), "--executor", "dask"]
    code = run([*args, "--scheduler", "tcp://127.0.0.1:9"])
    assert code == 2
    err = capsys.readouterr().err
    assert "aidip: error: cannot reach the Dask scheduler at tcp://127.0.0.1:9" in err
    assert "Traceback" not in err


def test_without_the_extra_dask_says_how_to_install_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setitem(sys.modules, "distributed", None)  # `import distributed` fails
    folder = write_essays(tmp_path / "in", 1)
    assert run(["batch", str(folder), "-o", str(tmp_path / "out"), "--executor", "dask"]) == 2
    lines = [x for x in capsys.readouterr().err.splitlines() if x.startswith("aidip: error:")]
    assert lines == [
        "aidip: error: --executor dask needs the optional package 'distributed': "
        "pip install 'aidip-cli[dask]'"
    ]


def test_sigterm_cancels_the_cluster_with_exit_143_and_the_run_resumes(tmp_path: Path) -> None:
    folder = write_essays(tmp_path / "in", 40)
    out = tmp_path / "out"
    cmd = fake_cli("batch", str(folder), "-o", str(out), "--executor", "dask", "-j", "2")
    env = {**os.environ, "AIDIP_FAKE_DELAY": "0.1"}
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    while len(list(out.rglob("*.txt.json"))) < 4 and time.monotonic() < deadline:
        assert proc.poll() is None, proc.stderr.read().decode()  # type: ignore[union-attr]
        time.sleep(0.05)
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=120)
    text = err.decode()
    assert proc.returncode == 143, text
    assert "Traceback" not in text and text.splitlines()[-1] == "aidip: error: terminated"
    written = len(list(out.rglob("*.txt.json")))
    assert 4 <= written < 40
    rerun = subprocess.run([*cmd, "--fail-on", "none"], env=env, capture_output=True, check=False)
    assert rerun.returncode == 0, rerun.stderr.decode()
    assert json.loads((out / "summary.json").read_text())["skipped"] >= written - 1
    check_complete(out, 40)


def _worker_environ(name: str) -> str | None:
    return os.environ.get(name)


@pytest.fixture
def own_environ() -> Iterator[None]:
    """Dask's nanny writes the workers' environment into this process's too: undo it."""
    before = dict(os.environ)
    os.environ.pop("MALLOC_MMAP_THRESHOLD_", None)
    yield
    os.environ.clear()
    os.environ.update(before)


@pytest.mark.usefixtures("own_environ")
def test_local_cluster_workers_keep_large_allocations_off_mmap() -> None:
    # Dask's default worker environment fixes glibc's trim threshold, which also freezes its
    # mmap threshold at 128 KiB: spaCy's per-document arrays were then mapped and unmapped again
    # and again, and the workers spent much of their time in page faults.
    from aidip_cli.batch._dask import WORKER_MMAP_THRESHOLD, connect

    with connect(workers=1) as client:
        seen = set(client.run(_worker_environ, "MALLOC_MMAP_THRESHOLD_").values())
    assert seen == {str(WORKER_MMAP_THRESHOLD)}


def _tick_interval() -> str:
    import dask

    return str(dask.config.get("distributed.admin.tick.interval"))


@pytest.mark.usefixtures("own_environ")
def test_a_local_cluster_neither_steals_work_nor_polls_at_dashboard_rates() -> None:
    from aidip_cli.batch._dask import connect

    with connect(workers=1) as client:
        stealing = client.run_on_scheduler(
            lambda dask_scheduler: "stealing" in dask_scheduler.extensions
        )
        ticks = set(client.run(_tick_interval).values())
    assert stealing is False
    assert ticks == {"1s"}


@pytest.mark.usefixtures("own_environ")
def test_a_users_own_worker_environment_is_kept() -> None:
    import dask

    from aidip_cli.batch._dask import connect

    with (
        dask.config.set({"distributed.nanny.pre-spawn-environ.MALLOC_MMAP_THRESHOLD_": 65536}),
        connect(workers=1) as client,
    ):
        seen = set(client.run(_worker_environ, "MALLOC_MMAP_THRESHOLD_").values())
    assert seen == {"65536"}
