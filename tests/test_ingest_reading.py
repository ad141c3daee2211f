"""Ingest: paths that cannot be read give a one-line error, stdin works, formats are recognised."""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

import pytest

from aidip_cli.errors import EXIT_INPUT, EXIT_USAGE, ContentError, InputError
from aidip_cli.ingest import load_path

ESSAY = (
    "States must cooperate on AI. The risks cross borders.\n\nTherefore, a treaty is needed now."
)


def test_a_missing_file_is_an_input_error(tmp_path: Path) -> None:
    missing = tmp_path / "x.txt"
    with pytest.raises(InputError, match=r"^cannot read '.*x\.txt': no such file$") as caught:
        load_path(missing)
    assert caught.value.exit_code == EXIT_USAGE


def test_a_directory_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="it is a directory"):
        load_path(tmp_path)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes need a POSIX system")
@pytest.mark.timeout(5)
def test_a_named_pipe_is_refused_without_hanging(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    with pytest.raises(InputError, match="a named pipe, not a regular file"):
        load_path(fifo)


def test_an_unreadable_file_is_an_input_error(tmp_path: Path) -> None:
    locked = tmp_path / "locked.txt"
    locked.write_text(ESSAY, encoding="utf-8")
    locked.chmod(0)
    try:
        try:
            locked.open("rb").close()
        except PermissionError:
            pass
        else:
            pytest.skip("this user can read a mode-000 file (running as root), so no error occurs")
        with pytest.raises(InputError, match="permission denied"):
            load_path(locked)
    finally:
        locked.chmod(0o644)


def test_a_file_far_beyond_the_limit_is_refused_from_its_size(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_bytes(b"word " * 1000)
    with pytest.raises(ContentError, match="--max-chars") as caught:
        load_path(big, max_chars=100)
    assert caught.value.exit_code == EXIT_INPUT


def test_a_large_binary_file_is_reported_as_binary_not_as_too_large(tmp_path: Path) -> None:
    image = tmp_path / "photo.png"
    image.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(5000))
    with pytest.raises(ContentError, match=r"looks binary \(PNG image\)"):
        load_path(image, max_chars=100)


def _fake_stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


def test_dash_reads_standard_input_bytes(monkeypatch: pytest.MonkeyPatch) -> None:
    data = ESSAY.encode("utf-16")
    _fake_stdin(monkeypatch, data)
    doc = load_path("-")
    assert doc.path is None
    assert doc.text == ESSAY
    assert doc.encoding == "utf-16"
    assert doc.format == "txt"
    assert doc.nbytes == len(data)


def test_empty_standard_input_is_named_in_the_error(monkeypatch: pytest.MonkeyPatch) -> None:
    _fake_stdin(monkeypatch, b"")
    with pytest.raises(ContentError, match=r"^standard input is empty$"):
        load_path("-")


def test_standard_input_over_the_limit_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    _fake_stdin(monkeypatch, b"word " * 200)
    with pytest.raises(ContentError, match="--max-chars"):
        load_path("-", max_chars=10)


def test_html_on_standard_input_is_sniffed(monkeypatch: pytest.MonkeyPatch) -> None:
    page = "<!DOCTYPE html><html><body><p>States must cooperate on AI now.</p></body></html>"
    _fake_stdin(monkeypatch, page.encode())
    doc = load_path("-")
    assert doc.format == "html"
    assert "<p>" not in doc.text
    assert "States must cooperate on AI now." in doc.text


def test_markdown_on_standard_input_is_sniffed(monkeypatch: pytest.MonkeyPatch) -> None:
    _fake_stdin(monkeypatch, ("# The Case for AI Treaties\n\n" + ESSAY).encode())
    doc = load_path("-")
    assert doc.format == "md"
    assert doc.metadata.title == "The Case for AI Treaties"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("essay.txt", "txt"),
        ("essay.text", "txt"),
        ("essay", "txt"),
        ("essay.md", "md"),
        ("essay.markdown", "md"),
        ("page.html", "html"),
        ("page.HTM", "html"),
    ],
)
def test_the_extension_picks_the_format(tmp_path: Path, name: str, expected: str) -> None:
    path = tmp_path / name
    body = f"<html><body><p>{ESSAY}</p></body></html>" if expected == "html" else ESSAY
    path.write_text(body, encoding="utf-8")
    doc = load_path(path)
    assert doc.format == expected
    assert doc.path == str(path)


def test_an_explicit_format_wins_over_the_extension(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    path.write_text(f"<html><body><p>{ESSAY}</p></body></html>", encoding="utf-8")
    assert load_path(path, fmt="html").format == "html"
    assert "<p>" in load_path(path).text


def test_an_unknown_format_or_a_bad_limit_is_a_usage_error(tmp_path: Path) -> None:
    path = tmp_path / "essay.txt"
    path.write_text(ESSAY, encoding="utf-8")
    with pytest.raises(InputError, match="unknown format"):
        load_path(path, fmt="pdf")  # type: ignore[arg-type]
    with pytest.raises(InputError, match="--max-chars must be at least 1"):
        load_path(path, max_chars=0)
