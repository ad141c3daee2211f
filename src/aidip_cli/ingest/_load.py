"""The ingest entry points: path / bytes / str → :class:`Document`.

Each step lives in its own module (``source`` reads, ``decode`` decodes, ``html`` and
``markdown`` find structure, ``boilerplate`` separates the body); this one only chains them and
turns "nothing left" into a one-line :class:`ContentError`.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from ..errors import ContentError, InputError
from ..limits import DEFAULT_MAX_CHARS
from ..schema import Metadata
from ._blocks import plain_blocks
from ._boilerplate import Separation, separate
from ._decode import decode, normalise_newlines
from ._html import extract_html
from ._markdown import markdown_layout
from ._source import STDIN, format_from_path, label, read_file, read_stdin, sniff_format
from .document import Document, Format

_FORMATS: frozenset[str] = frozenset({"txt", "md", "html"})


def _check_limit(max_chars: int) -> None:
    if max_chars < 1:
        raise InputError(f"--max-chars must be at least 1, not {max_chars}")


def _check_format(fmt: str | None) -> None:
    if fmt is not None and fmt not in _FORMATS:
        raise InputError(f"unknown format {fmt!r}: use txt, md or html")


def _separate(text: str, fmt: Format, name: str) -> tuple[str, Separation]:
    """Find the body of decoded ``text``; returns the text offsets index and the separation."""
    if fmt == "html":
        page = extract_html(text)
        if page is None:
            raise ContentError(f"no text found in {name} (the page holds no readable paragraphs)")
        return page.text, separate(
            page.text,
            plain_blocks(page.text),
            title=page.title,
            author=page.author,
            standfirst=page.standfirst,
            headings=page.headings,
        )
    if fmt == "md":
        layout = markdown_layout(text)
        front: Metadata = layout.metadata
        return text, separate(text, layout.blocks, title=front.title, author=front.author)
    return text, separate(text, plain_blocks(text), headline_first=True)


def _document(
    raw: bytes,
    text: str,
    *,
    encoding: str,
    fmt: Format,
    path: str | None,
) -> Document:
    name = label(path)
    text = normalise_newlines(text)
    if not text.strip():
        raise ContentError(f"{name} is empty")
    body_text, found = _separate(text, fmt, name)
    if not found.paragraphs:
        reasons = sorted({span.reason.value for span in found.excluded})
        raise ContentError(
            f"{name} has no body text: every paragraph was set aside as "
            f"{', '.join(reasons) or 'boilerplate'}"
        )
    return Document(
        text=body_text,
        format=fmt,
        encoding=encoding,
        sha256=hashlib.sha256(raw).hexdigest(),
        path=path,
        nbytes=len(raw),
        paragraphs=found.paragraphs,
        excluded=found.excluded,
        metadata=found.metadata,
        headings=found.headings,
    )


def load_bytes(
    data: bytes,
    *,
    path: str | None = None,
    fmt: Format | None = None,
    max_chars: int = DEFAULT_MAX_CHARS,
) -> Document:
    """Decode and ingest raw bytes; ``path`` names them in messages and picks the format.

    The format is ``fmt`` if given, else the extension of ``path``, else sniffed from the text.
    """
    _check_limit(max_chars)
    _check_format(fmt)
    name = label(path)
    if not data.strip():
        raise ContentError(f"{name} is empty")
    guessed = fmt or format_from_path(path)
    text, encoding = decode(data, name, html=guessed in (None, "html"))
    text = normalise_newlines(text)
    if len(text) > max_chars:
        raise ContentError(
            f"{name} has {len(text):,} characters, more than the limit of {max_chars:,}; "
            "raise it with --max-chars"
        )
    chosen: Format = guessed or sniff_format(text)
    return _document(data, text, encoding=encoding, fmt=chosen, path=path)


def load_text(
    text: str,
    *,
    fmt: Format = "txt",
    path: str | None = None,
    max_chars: int | None = None,
) -> Document:
    """Ingest already-decoded text (``encoding`` is recorded as utf-8, the bytes hashed)."""
    _check_format(fmt)
    if max_chars is not None:
        _check_limit(max_chars)
        if len(text) > max_chars:
            raise ContentError(
                f"{label(path)} has {len(text):,} characters, more than the limit of "
                f"{max_chars:,}; raise it with --max-chars"
            )
    try:
        raw = text.encode("utf-8")
    except UnicodeEncodeError as error:
        # A lone surrogate (from a str built by hand or decoded with 'surrogateescape') cannot
        # be written as UTF-8, so the JSON output would fail much later; refuse it up front.
        raise ContentError(
            f"{label(path)} is not valid Unicode text: unpaired surrogate "
            f"U+{ord(text[error.start]):04X} at character {error.start:,}"
        ) from None
    return _document(raw, text.removeprefix("\ufeff"), encoding="utf-8", fmt=fmt, path=path)


def load_path(
    path: str | Path, *, max_chars: int = DEFAULT_MAX_CHARS, fmt: Format | None = None
) -> Document:
    """Read and ingest a file, or standard input when ``path`` is ``-``."""
    _check_limit(max_chars)
    _check_format(fmt)
    if str(path) == STDIN:
        return load_bytes(read_stdin(max_chars), path=None, fmt=fmt, max_chars=max_chars)
    data = read_file(path, max_chars)
    return load_bytes(data, path=str(path), fmt=fmt, max_chars=max_chars)
