"""``aidip analyse`` as a real process: exit codes, one stderr line, and Ctrl-C.

The in-process cases live in ``test_robust_bad_inputs.py``; these few check what only a real
process shows: the exit status the shell sees, that no traceback reaches stderr, that a FIFO
does not hang the command, and that SIGINT stops a long analysis promptly with exit code 130,
one line on stderr and no output file (complete or partial).
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from helpers import as_from_a_terminal

REPO = Path(__file__).resolve().parents[1]
ESSAY = (
    "Nations must agree on shared rules for military AI. However, critics doubt that such "
    "treaties can be verified.\n\nTherefore, governments should start negotiating now.\n"
)


def aidip(*args: str, stdin: bytes = b"", timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "aidip_cli", *args],
        input=stdin,
        capture_output=True,
        cwd=REPO,
        timeout=timeout,
        check=False,
    )


def assert_one_line(result: subprocess.CompletedProcess, code: int, fragment: str) -> None:
    err = result.stderr.decode("utf-8", "replace")
    assert result.returncode == code, err
    assert err.startswith("aidip: error: ") and err.count("\n") == 1, err
    assert fragment in err and "Traceback" not in err
    assert result.stdout == b""


def test_a_png_exits_3_with_one_line(tmp_path: Path) -> None:
    image = tmp_path / "chart.png"
    image.write_bytes(b"\x89PNG\r\n\x1a\n" + os.urandom(512))
    assert_one_line(aidip("analyse", str(image)), 3, "looks binary (PNG image)")


def test_empty_standard_input_exits_3(tmp_path: Path) -> None:
    assert_one_line(aidip("analyse", "-", stdin=b" \n"), 3, "standard input is empty")


def test_a_fifo_exits_2_instead_of_waiting(tmp_path: Path) -> None:
    fifo = tmp_path / "feed"
    os.mkfifo(fifo)
    assert_one_line(aidip("analyse", str(fifo), timeout=60), 2, "named pipe")


def test_output_into_a_missing_directory_exits_2(tmp_path: Path) -> None:
    essay = tmp_path / "essay.txt"
    essay.write_text(ESSAY, encoding="utf-8")
    result = aidip("analyse", str(essay), "-o", str(tmp_path / "nowhere" / "out.json"))
    assert_one_line(result, 2, "does not exist")


def test_an_unknown_option_exits_2_with_one_line(tmp_path: Path) -> None:
    assert_one_line(aidip("analyse", "x.txt", "--frobnicate"), 2, "No such option")


def _spacy_loaded(pid: int) -> bool:
    """True once the process has mapped spaCy's compiled modules (the model load is under way)."""
    try:
        maps = Path(f"/proc/{pid}/maps").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return False
    return "/thinc/" in maps and "/spacy/" in maps


@pytest.mark.skipif(not Path("/proc/self/maps").exists(), reason="needs /proc to see the load")
def test_ctrl_c_stops_a_long_analysis_with_130_and_no_output(tmp_path: Path) -> None:
    source = tmp_path / "long.txt"
    source.write_text(
        "\n\n".join(f"Point {i}: AI changes diplomacy, so rules matter." for i in range(6000)),
        encoding="utf-8",
    )
    target = tmp_path / "out" / "long.json"
    target.parent.mkdir()
    proc = subprocess.Popen(
        [sys.executable, "-m", "aidip_cli", "analyse", str(source), "-o", str(target)],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        preexec_fn=as_from_a_terminal,
    )
    try:
        deadline = time.monotonic() + 60
        while not _spacy_loaded(proc.pid) and time.monotonic() < deadline:
            assert proc.poll() is None, proc.stderr.read() if proc.stderr else ""
            time.sleep(0.05)
        time.sleep(2.0)  # well into loading the pipeline or parsing
        assert proc.poll() is None, "the analysis finished before it could be interrupted"
        sent = time.monotonic()
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=30)
        waited = time.monotonic() - sent
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    text = err.decode("utf-8", "replace")
    assert proc.returncode == 130, text
    assert text == "aidip: error: interrupted\n"
    assert out == b""
    assert waited < 10, f"took {waited:.1f}s to stop after Ctrl-C"
    assert list(target.parent.iterdir()) == [], "no output file, partial or temporary"
