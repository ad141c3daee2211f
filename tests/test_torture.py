"""``aidip`` the way CI abuses it: signals, a full disk, hostile names and files, closed streams.

Every case ends with a documented exit code and at most one ``aidip: error:`` line, never a
traceback. Batches run with the stand-in mining stage (``helpers.fake_cli``) where only the
process matters, and with the real one where the model loading is the point. A full disk is a
real tmpfs when this process may mount one (root in CI), else a simulated ENOSPC.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import signal
import subprocess
import sys
import time
import types
from collections.abc import Iterator
from pathlib import Path

import pytest

from aidip_cli.batch import BatchOptions, run_batch
from aidip_cli.cli import run
from aidip_cli.errors import DiskError
from helpers import (
    CLEAN,
    UNSUPPORTED,
    as_from_a_terminal,
    check_complete,
    fake_analyse_documents,
    fake_cli,
    snapshot,
    write_essays,
)

pytestmark = pytest.mark.torture

REPO = Path(__file__).resolve().parents[1]


def aidip(
    *args: str, env: dict[str, str] | None = None, **kw: object
) -> subprocess.CompletedProcess:
    """The real ``aidip`` command (real mining stage) as a process."""
    return subprocess.run(
        [sys.executable, "-m", "aidip_cli", *args],
        capture_output=True,
        cwd=kw.pop("cwd", REPO),
        env={**os.environ, **(env or {})},
        timeout=180,
        check=False,
        **kw,  # type: ignore[arg-type]
    )


def one_error_line(stderr: bytes | str, fragment: str = "") -> str:
    text = stderr if isinstance(stderr, str) else stderr.decode("utf-8", "replace")
    errors = [line for line in text.splitlines() if line.startswith("aidip: error:")]
    assert "Traceback" not in text and "KeyboardInterrupt" not in text, text
    assert len(errors) == 1, text
    assert fragment in errors[0], text
    return errors[0]


def no_traceback(stderr: bytes) -> str:
    text = stderr.decode("utf-8", "replace")
    assert "Traceback" not in text and "Exception ignored" not in text, text
    return text


def fake_options(**kw: object) -> BatchOptions:
    return BatchOptions(workers=1, analyser=fake_analyse_documents, fail_on=("none",), **kw)  # type: ignore[arg-type]


def outputs_are_whole(out: Path) -> int:
    done = list(out.rglob("*.txt.json"))
    for path in done:
        json.loads(path.read_text(encoding="utf-8"))
    assert [p for p in out.rglob("*") if p.name.endswith(".tmp")] == []
    return len(done)


# -- signals and worker processes ----------------------------------------------------------------


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().split(") ")[-1][:1]
    except OSError:
        return False
    return state != "Z"


def _start(tmp_path: Path, *extra: str, delay: str = "0.1") -> subprocess.Popen:
    env = {
        **os.environ,
        "AIDIP_FAKE_DELAY": delay,
        "AIDIP_FAKE_PID_LOG": str(tmp_path / "pids.log"),
    }
    cmd = fake_cli("batch", str(tmp_path / "in"), "-o", str(tmp_path / "out"), *extra)
    return subprocess.Popen(
        cmd,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,
        preexec_fn=as_from_a_terminal,
    )


def _wait_for(predicate, what: str, proc: subprocess.Popen, timeout: float = 60) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while not predicate():
        if proc.poll() is not None:
            pytest.fail(f"the batch ended before {what}: {proc.stderr.read().decode()}")  # type: ignore[union-attr]
        if time.monotonic() > deadline:
            proc.kill()
            pytest.fail(f"timed out waiting for {what}")
        time.sleep(0.02)


def _workers(tmp_path: Path, parent: int) -> set[int]:
    log = tmp_path / "pids.log"
    pids = {int(p) for p in log.read_text().split()} if log.exists() else set()
    return pids - {parent}


@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGTERM])
def test_workers_die_when_the_parent_alone_is_killed(tmp_path: Path, sig: signal.Signals) -> None:
    write_essays(tmp_path / "in", 40)
    proc = _start(tmp_path, "-j", "2", delay="0.3")
    try:
        _wait_for(lambda: len(_workers(tmp_path, proc.pid)) >= 2, "both workers ran", proc)
        workers = _workers(tmp_path, proc.pid)
        os.kill(proc.pid, sig)  # the parent only, as `docker stop` or a supervisor does
        proc.wait(timeout=30)
        deadline = time.monotonic() + 10
        while any(_alive(w) for w in workers) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not [w for w in workers if _alive(w)], "orphaned workers"
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)


def test_sigterm_stops_like_ctrl_c_with_exit_143_and_the_run_resumes(tmp_path: Path) -> None:
    write_essays(tmp_path / "in", 40)
    out = tmp_path / "out"
    proc = _start(tmp_path, "-j", "2", "--fail-on", "none")
    _wait_for(lambda: len(list(out.rglob("*.txt.json"))) >= 4, "some outputs", proc)
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 143
    line = one_error_line(err, "terminated")
    assert "resource_tracker" not in err.decode()
    assert line == "aidip: error: terminated"
    written = outputs_are_whole(out)
    assert 4 <= written < 40 and not (out / ".aidip-batch.lock").exists()
    rerun = subprocess.run(
        fake_cli("batch", str(tmp_path / "in"), "-o", str(out), "--fail-on", "none"),
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert rerun.returncode == 0, rerun.stderr.decode()
    skipped = json.loads((out / "summary.json").read_text())["skipped"]
    assert written - 1 <= skipped <= written
    check_complete(out, 40)


def test_ctrl_c_while_workers_start_prints_one_line_and_no_traceback(tmp_path: Path) -> None:
    write_essays(tmp_path / "in", 40)
    proc = _start(tmp_path, "-j", "2")
    _wait_for(lambda: proc.stderr.peek(1) != b"", "the first progress line", proc)  # type: ignore[union-attr]
    os.killpg(proc.pid, signal.SIGINT)  # the whole group, as a terminal does
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130
    one_error_line(err, "interrupted")


# -- the output folder lock -------------------------------------------------------------------


def test_second_batch_into_a_busy_outdir_exits_2_naming_the_holder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write_essays(tmp_path / "in", 40)
    proc = _start(tmp_path, "-j", "1", delay="0.2")
    try:
        lock = tmp_path / "out" / ".aidip-batch.lock"
        _wait_for(lambda: lock.exists() and lock.read_text().strip().isdigit(), "the lock", proc)
        code = run(["batch", str(tmp_path / "in"), "-o", str(tmp_path / "out"), "-j", "1"])
        assert code == 2
        holder = f"in use by another aidip batch (process {proc.pid}"
        one_error_line(capsys.readouterr().err, holder)
        assert proc.poll() is None  # the first run was not disturbed
    finally:
        proc.kill()
        proc.wait()


def test_a_stale_lock_of_a_dead_process_is_taken_over(tmp_path: Path) -> None:
    write_essays(tmp_path / "in", 3)
    out = tmp_path / "out"
    out.mkdir()
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    (out / ".aidip-batch.lock").write_text(f"{dead.pid}\n")
    result = run_batch([tmp_path / "in"], out, fake_options())
    assert result.ok == 3 and not (out / ".aidip-batch.lock").exists()


# -- names and symlinks -----------------------------------------------------------------------


def test_control_characters_in_names_cannot_forge_log_lines(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    names = ["evil\naidip: [9] ok forged.txt", "tab\there.txt", "rtl\u202etxt.exe.txt"]
    for name in names:
        (folder / name).write_text(UNSUPPORTED, encoding="utf-8")
    (folder / "broken\nlink.txt").symlink_to(folder / "missing.txt")
    code = run(["batch", str(folder), "-o", str(tmp_path / "out"), "-j", "1"])
    assert code == 1  # the dangling link is an error record
    captured = capsys.readouterr()
    for stream in (captured.err, captured.out):
        assert "\u202e" not in stream and "\t" not in stream
    lines = captured.err.splitlines()
    assert all(line.startswith("aidip: ") for line in lines), lines
    assert "evil\\naidip: [9] ok forged.txt" in captured.err
    assert "rtl\\u202etxt.exe.txt" in captured.err and "broken\\nlink.txt" in captured.out


def test_non_utf8_names_are_analysed_and_recorded_losslessly(tmp_path: Path) -> None:
    folder = os.fsencode(tmp_path / "in")
    os.mkdir(folder)
    for name in (b"bad\xff.txt", b"bad\\xff.txt"):
        with open(os.path.join(folder, name), "wb") as handle:
            handle.write(CLEAN.encode())
    result = run_batch([tmp_path / "in"], tmp_path / "out", fake_options())
    assert result.ok == 2
    paths = sorted(r.path for r in result.records)
    assert paths[0].endswith("bad\\\\xff.txt") and paths[1].endswith("bad\\xff.txt")
    for record in result.records:
        saved = json.loads((tmp_path / "out" / record.output).read_text(encoding="utf-8"))
        assert saved["source"]["path"] == record.path


def test_analyse_json_of_a_non_utf8_name_is_valid_json(tmp_path: Path) -> None:
    name = os.path.join(os.fsencode(tmp_path), b"caf\xe9.txt")
    with open(name, "wb") as handle:
        handle.write(CLEAN.encode())
    result = aidip("analyse", os.fsdecode(name), "-f", "json")
    no_traceback(result.stderr)
    assert result.returncode == 0
    assert json.loads(result.stdout)["source"]["path"].endswith("caf\\xe9.txt")


@pytest.fixture
def linked(tmp_path: Path) -> Path:
    """in/ with a link to a secret outside it, a link to a file inside it and a plain file."""
    secret = tmp_path / "runner" / "secret.txt"
    secret.parent.mkdir()
    secret.write_text("The runner token is hunter2. Diplomacy must adapt.\n", encoding="utf-8")
    folder = write_essays(tmp_path / "in", 1)
    (folder / "passwd.txt").symlink_to(secret)
    (folder / "alias.txt").symlink_to(folder / "e00.txt")
    (folder / "outside").symlink_to(secret.parent, target_is_directory=True)
    return folder


def _by_name(result) -> dict[str, str | None]:  # type: ignore[no-untyped-def]
    return {Path(r.path).name: r.error for r in result.records}


def test_symlinks_out_of_the_inputs_are_reported_not_read_by_default(
    linked: Path, tmp_path: Path
) -> None:
    result = run_batch([linked], tmp_path / "out", fake_options())
    errors = _by_name(result)
    assert errors["e00.txt"] is None and errors["alias.txt"] is None
    assert "outside the input paths" in (errors["passwd.txt"] or "")
    assert "outside the input paths" in (errors["outside"] or "")
    leaked = [p for p, data in snapshot(tmp_path / "out").items() if b"hunter2" in data]
    assert leaked == []


def test_follow_symlinks_outside_and_never(linked: Path, tmp_path: Path) -> None:
    everything = run_batch([linked], tmp_path / "o1", fake_options(follow_symlinks="outside"))
    assert all(error is None for error in _by_name(everything).values())
    assert "secret.txt" in _by_name(everything)  # walked into the linked folder
    none = run_batch([linked], tmp_path / "o2", fake_options(follow_symlinks="never"))
    errors = _by_name(none)
    assert errors["e00.txt"] is None
    assert all("not followed" in (errors[n] or "") for n in ("alias.txt", "passwd.txt", "outside"))


def test_unknown_follow_symlinks_value_exits_2(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    write_essays(tmp_path / "in", 1)
    assert run(["batch", str(tmp_path / "in"), "--follow-symlinks", "always"]) == 2
    one_error_line(capsys.readouterr().err, "--follow-symlinks")


# -- disk full ----------------------------------------------------------------------------------


@contextlib.contextmanager
def small_tmpfs(where: Path, size: str) -> Iterator[bool]:
    """Mount a tmpfs of ``size`` at ``where``; yields False when mounting is not allowed."""
    where.mkdir()
    mounted = (
        subprocess.run(
            ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(where)],
            capture_output=True,
            check=False,
        ).returncode
        == 0
        if os.geteuid() == 0
        else False
    )
    try:
        yield mounted
    finally:
        if mounted:
            subprocess.run(["umount", "-l", str(where)], check=False)


class _FailingWrites:
    """``os`` as a module sees it, except that writes fail with ``err`` after ``allowed``."""

    def __init__(self, allowed: int, err: int = errno.ENOSPC) -> None:
        self.allowed = allowed
        self.err = err

    def __getattr__(self, name: str) -> object:
        return getattr(os, name)

    def _spend(self) -> None:
        if self.allowed <= 0:
            raise OSError(self.err, os.strerror(self.err))
        self.allowed -= 1

    def fsync(self, fd: int) -> None:
        self._spend()
        os.fsync(fd)

    def write(self, fd: int, data: bytes) -> int:
        self._spend()
        return os.write(fd, data)


def _full_disk(monkeypatch: pytest.MonkeyPatch, module: types.ModuleType, allowed: int) -> None:
    monkeypatch.setattr(module, "os", _FailingWrites(allowed))


@pytest.mark.parametrize("where", ["outputs", "journal"])
def test_disk_full_stops_the_batch_at_once_and_a_rerun_resumes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, where: str
) -> None:
    import aidip_cli.batch._cache as cache_module
    import aidip_cli.io as io_module

    folder = write_essays(tmp_path / "in", 30)
    out = tmp_path / "disk" / "out"
    with small_tmpfs(tmp_path / "disk", "96k") as mounted:
        if not mounted or where == "journal":  # simulate: the 6th write of that kind fails
            _full_disk(monkeypatch, io_module if where == "outputs" else cache_module, 5)
        with pytest.raises(DiskError, match="No space left on device") as caught:
            run_batch([folder], out, fake_options(chunk_size=1))
        assert "a rerun resumes" in caught.value.message
        written = outputs_are_whole(out)
        assert 0 < written < 30 and not (out / "index.jsonl").exists()
        monkeypatch.undo()
        if mounted:
            subprocess.run(["mount", "-o", "remount,size=4m", str(tmp_path / "disk")], check=True)
        result = run_batch([folder], out, fake_options())
        assert written - 1 <= result.skipped <= written
        check_complete(out, 30)


def test_disk_full_batch_exits_2_with_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import aidip_cli.io as io_module

    folder = write_essays(tmp_path / "in", 3)
    _full_disk(monkeypatch, io_module, 1)
    code = run(["batch", str(folder), "-o", str(tmp_path / "out"), "-j", "1"])
    assert code == 2
    one_error_line(capsys.readouterr().err, "No space left on device; the batch stopped")


def test_eio_on_an_output_also_stops_the_batch(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import aidip_cli.io as io_module

    monkeypatch.setattr(io_module, "os", _FailingWrites(0, errno.EIO))
    with pytest.raises(DiskError, match="Input/output error"):
        run_batch([write_essays(tmp_path / "in", 3)], tmp_path / "out", fake_options())


def test_a_write_refused_for_one_file_is_an_error_record_not_a_stop(tmp_path: Path) -> None:
    folder = write_essays(tmp_path / "in", 2)
    out = tmp_path / "out"
    (out / "e00.txt.json").mkdir(parents=True)  # a directory where an output should go
    result = run_batch([folder], out, fake_options())
    assert [r.status for r in result.records] == ["error", "ok"]
    assert "it is a directory" in (result.records[0].error or "")


# -- standard streams ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def essay(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("essay") / "essay.txt"
    path.write_text(CLEAN, encoding="utf-8")
    return path


def test_json_to_a_full_stdout_exits_2(essay: Path) -> None:
    with open("/dev/full", "wb") as full:
        result = subprocess.run(
            [sys.executable, "-m", "aidip_cli", "analyse", str(essay), "-f", "json"],
            stdout=full,
            stderr=subprocess.PIPE,
            timeout=180,
            check=False,
        )
    assert result.returncode == 2
    one_error_line(result.stderr, "cannot write standard output: No space left on device")


@pytest.mark.parametrize("fmt", ["map", "json"])
def test_analyse_with_stdout_closed_exits_2_instead_of_0(essay: Path, fmt: str) -> None:
    closed = subprocess.run(
        ["sh", "-c", f'exec "$0" -m aidip_cli analyse "$1" -f {fmt} >&-', sys.executable, essay],
        capture_output=False,
        stderr=subprocess.PIPE,
        timeout=180,
        check=False,
    )
    assert closed.returncode == 2
    one_error_line(closed.stderr, "standard output is closed")


def test_missing_input_with_stderr_closed_still_exits_2(tmp_path: Path) -> None:
    result = subprocess.run(
        ["sh", "-c", 'exec "$0" -m aidip_cli analyse "$1" 2>&-', sys.executable, "missing.txt"],
        cwd=tmp_path,
        capture_output=False,
        stdout=subprocess.PIPE,
        timeout=60,
        check=False,
    )
    assert result.returncode == 2 and result.stdout == b""


def _reader_closes_early(cmd: list[str], env: dict[str, str] | None = None) -> tuple[int, bytes]:
    proc = subprocess.Popen(
        cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env={**os.environ, **(env or {})}
    )
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.close()  # like `| true`: the reader is gone before the first line
    err = proc.stderr.read()
    return proc.wait(timeout=180), err


@pytest.mark.parametrize(("gate", "code"), [("none", 0), ("unsupported-claim", 1)])
def test_batch_exit_code_survives_a_reader_that_closes_the_pipe(
    tmp_path: Path, gate: str, code: int
) -> None:
    folder = write_essays(tmp_path / "in", 3, UNSUPPORTED)
    cmd = fake_cli("batch", str(folder), "-o", str(tmp_path / "out"), "--fail-on", gate)
    returncode, err = _reader_closes_early(cmd)
    assert returncode == code
    assert "error" not in no_traceback(err).lower()


def test_analyse_into_head_ends_quietly_with_exit_0(essay: Path) -> None:
    cmd = [sys.executable, "-m", "aidip_cli", "analyse", str(essay)]
    returncode, err = _reader_closes_early(cmd)
    assert returncode == 0 and no_traceback(err) == ""


def test_columns_0_still_prints_the_map(essay: Path) -> None:
    result = aidip("analyse", str(essay), env={"COLUMNS": "0"})
    assert result.returncode == 0, result.stderr
    assert b"MAJOR CLAIM" in result.stdout and b"supports" in result.stdout


def test_a_cp1252_stdout_gets_ascii_symbols(essay: Path) -> None:
    result = aidip("analyse", str(essay), env={"PYTHONIOENCODING": "cp1252"})
    assert result.returncode == 0, result.stderr
    assert b"+ supports" in result.stdout and "✓".encode() not in result.stdout


# -- models and saved analyses ------------------------------------------------------------------


def _scorer_file(tmp_path: Path, intercept: str = "0.5", weight: str = "1.0") -> Path:
    path = tmp_path / "scorer.json"
    model = f'{{"intercept": {intercept}, "weights": {{"bias": {weight}}}}}'
    models = ", ".join(f'"{k}": {model}' for k in ("central", "attach", "attack"))
    path.write_text(f'{{"format": "aidip-learned-scorer", "version": 1, "models": {{{models}}}}}')
    return path


@pytest.mark.parametrize(
    ("intercept", "weight", "says"),
    [("NaN", "1.0", "NaN"), ("0.5", "Infinity", "Infinity"), ("0.5", "1e999", "out of range")],
)
def test_scorer_files_with_non_finite_weights_are_refused_with_exit_4(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], intercept: str, weight: str, says: str
) -> None:
    scorer = _scorer_file(tmp_path, intercept, weight)
    assert run(["analyse", str(tmp_path / "nothing.txt"), "--scorer", str(scorer)]) == 4
    one_error_line(capsys.readouterr().err, says)


def test_a_deeply_nested_scorer_file_exits_4(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    scorer = tmp_path / "deep.json"
    scorer.write_text("[" * 200_000 + "]" * 200_000)
    assert run(["analyse", "whatever.txt", "--model", str(scorer)]) == 4
    one_error_line(capsys.readouterr().err, "nests deeper")


def test_batch_with_a_bad_scorer_fails_once_before_any_file(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    folder = write_essays(tmp_path / "in", 3)
    scorer = _scorer_file(tmp_path, "NaN")
    assert run(["batch", str(folder), "-o", str(tmp_path / "out"), "--scorer", str(scorer)]) == 4
    one_error_line(capsys.readouterr().err, "NaN")
    assert list((tmp_path / "out").iterdir()) == []


def test_a_package_that_is_not_a_pipeline_exits_4_for_analyse(essay: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    assert run(["analyse", str(essay), "--model", "typer"]) == 4
    one_error_line(capsys.readouterr().err, "'typer' cannot be loaded as a spaCy pipeline")


@pytest.mark.parametrize("workers", ["1", "2"])
def test_batch_with_a_package_that_is_not_a_pipeline_exits_4_once(
    tmp_path: Path, workers: str
) -> None:
    folder = write_essays(tmp_path / "in", 20)  # three chunks: with -j 2, a pool of two workers
    result = aidip("batch", str(folder), "-o", str(tmp_path / "out"), "-j", workers, "-m", "typer")
    assert result.returncode == 4
    one_error_line(result.stderr, "'typer' cannot be loaded as a spaCy pipeline")
    assert not list((tmp_path / "out").rglob("*.json"))


def _saved(tmp_path: Path, change) -> Path:  # type: ignore[no-untyped-def]
    from helpers import realistic_analysis

    data = json.loads(realistic_analysis().to_json())
    change(data)
    path = tmp_path / "analysis.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("change", "says"),
    [
        (lambda d: d["units"][0].update(start=d["units"][0]["end"] + 5), "reversed offsets"),
        (lambda d: d["units"][1].update(end=10**6), "past the end of the text"),
        (lambda d: d["paragraphs"][0].update(start=1), "is not the span's own text"),
        (lambda d: d["units"][0].update(role_confidence=float("nan")), "NaN"),
    ],
)
def test_saved_analyses_with_dishonest_offsets_are_refused_with_exit_3(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    change,
    says: str,  # type: ignore[no-untyped-def]
) -> None:
    assert run(["export", str(_saved(tmp_path, change)), "--to", "argdown"]) == 3
    one_error_line(capsys.readouterr().err, says)


def test_a_deeply_nested_analysis_exits_3(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "deep.json"
    path.write_text('{"a": ' * 100_000 + "1" + "}" * 100_000)
    assert run(["export", str(path), "--to", "dot"]) == 3
    one_error_line(capsys.readouterr().err, "nests deeper")


def test_a_real_bug_exits_70_asking_for_a_report(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import aidip_cli.cli._analyse_cmd as analyse_cmd

    def broken(fmt: str) -> None:
        raise ZeroDivisionError("division by zero")

    monkeypatch.setattr(analyse_cmd, "_check_format", broken)
    assert run(["analyse", "x.txt"]) == 70
    one_error_line(capsys.readouterr().err, "a bug in aidip: ZeroDivisionError")
