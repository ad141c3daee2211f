"""Permission errors and an interactive stdin, as a user meets them (also when CI runs as root).

Root can read a mode-000 file and write into a read-only folder, so the real-permission tests
skip there; these make the operating system's answer (EACCES) happen at the exact call instead.
"""

from __future__ import annotations

import builtins
import errno
import os
import tempfile
from pathlib import Path

import pytest

from aidip_cli.cli import run


def _deny(*_args: object, **_kwargs: object) -> object:
    raise PermissionError(errno.EACCES, os.strerror(errno.EACCES))


def test_an_unreadable_file_is_a_one_line_usage_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    essay = tmp_path / "locked.txt"
    essay.write_text("Nations must cooperate on AI, because the risks cross borders.\n")
    real_open = builtins.open

    def guarded_open(file, *args, **kwargs):  # type: ignore[no-untyped-def]
        if str(file) == str(essay):
            _deny()
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", guarded_open)
    assert run(["analyse", str(essay)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "permission denied" in err[0].lower()


def test_an_unwritable_output_folder_is_a_one_line_usage_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    essay = tmp_path / "essay.txt"
    essay.write_text("Nations must cooperate on AI, because the risks cross borders.\n")
    out = tmp_path / "out" / "map.json"
    out.parent.mkdir()
    monkeypatch.setattr(tempfile, "mkstemp", _deny)
    assert run(["analyse", str(essay), "-o", str(out)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "permission denied" in err[0].lower()
    assert not out.exists() and list(out.parent.iterdir()) == []


def test_a_terminal_on_standard_input_is_refused_instead_of_waiting(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    class Terminal:
        buffer = None

        def isatty(self) -> bool:
            return True

    monkeypatch.setattr("sys.stdin", Terminal())
    Terminal.buffer = Terminal()  # type: ignore[assignment]
    assert run(["analyse", "-"]) == 2
    err = capsys.readouterr().err.strip()
    assert "standard input is a terminal" in err and len(err.splitlines()) == 1
