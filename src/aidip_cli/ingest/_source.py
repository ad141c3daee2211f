"""Getting the raw bytes: a path or ``-`` for standard input, checked before it is opened.

``stat`` comes first so that a directory, a named pipe or a device is refused instead of read
(opening a FIFO would block until a writer appears). Files too large for the character limit
are refused from their size alone, after a look at their first bytes, so a 2 GB video is
reported as binary rather than read into memory.
"""

from __future__ import annotations

import os
import re
import stat
import sys
from pathlib import Path, PurePath

from ..errors import ContentError, InputError
from ._decode import signature
from .document import Format

STDIN = "-"
#: Any encoding we accept spends at most this many bytes on one character (UTF-8/16/32).
MAX_BYTES_PER_CHAR = 4
_HEAD_BYTES = 64
_BOM_ALLOWANCE = 4

_EXTENSIONS: dict[str, Format] = {
    ".txt": "txt",
    ".text": "txt",
    ".md": "md",
    ".markdown": "md",
    ".mdown": "md",
    ".mkd": "md",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
}
_HTML_START = re.compile(
    r"\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)\b", re.I | re.S
)
_HTML_TAG = re.compile(
    r"</?(?:p|div|span|a|br|h[1-6]|ul|ol|li|body|head|title|table|tr|td|img|meta|script|style"
    r"|article|section|nav|header|footer|main|em|strong|b|i)\b[^>]*>",
    re.I,
)
_MD_HEADING = re.compile(r" {0,3}#{1,6} \S")
_MD_FENCE = re.compile(r"^ {0,3}(?:```|~~~)", re.M)
#: Tag count from which stdin text is read as HTML even without ``<html>``.
HTML_TAG_COUNT = 5


def label(path: str | None) -> str:
    """How error messages name the input: ``'essay.txt'`` or ``standard input``."""
    return "standard input" if path is None else f"'{path}'"


def _too_large(name: str, size: int, max_chars: int) -> ContentError:
    return ContentError(
        f"{name} is {size:,} bytes, more than the limit of {max_chars:,} characters allows; "
        "raise it with --max-chars"
    )


def byte_budget(max_chars: int) -> int:
    """The most bytes that can decode to ``max_chars`` characters or fewer."""
    return max_chars * MAX_BYTES_PER_CHAR + _BOM_ALLOWANCE


def _kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a named pipe"
    if stat.S_ISCHR(mode):
        return "a character device"
    if stat.S_ISBLK(mode):
        return "a block device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def _os_reason(error: OSError) -> str:
    if isinstance(error, FileNotFoundError):
        return "no such file"
    if isinstance(error, PermissionError):
        return "permission denied"
    if isinstance(error, IsADirectoryError):
        return "it is a directory"
    return (error.strerror or type(error).__name__).lower()


def read_file(path: str | Path, max_chars: int) -> bytes:
    """The bytes of a regular file, or a one-line :class:`InputError`/:class:`ContentError`."""
    name = label(str(path))
    try:
        info = os.stat(path)
    except (OSError, ValueError) as error:
        reason = _os_reason(error) if isinstance(error, OSError) else "invalid path"
        raise InputError(f"cannot read {name}: {reason}") from None
    if stat.S_ISDIR(info.st_mode):
        raise InputError(f"cannot read {name}: it is a directory")
    if not stat.S_ISREG(info.st_mode):
        raise InputError(
            f"cannot read {name}: {_kind(info.st_mode)}, not a regular file "
            f"(use '{STDIN}' to read standard input)"
        )
    try:
        with open(path, "rb") as handle:
            if info.st_size > byte_budget(max_chars):
                kind = signature(handle.read(_HEAD_BYTES))
                if kind is not None:
                    raise ContentError(f"{name} looks binary ({kind}), not text")
                raise _too_large(name, info.st_size, max_chars)
            return handle.read()
    except OSError as error:
        raise InputError(f"cannot read {name}: {_os_reason(error)}") from None


def _is_terminal(stream: object) -> bool:
    try:
        return bool(stream.isatty())  # type: ignore[attr-defined]
    except (AttributeError, ValueError, OSError):
        return False


def read_stdin(max_chars: int) -> bytes:
    """All of standard input (bytes), refusing more than ``max_chars`` can need."""
    stream = getattr(sys.stdin, "buffer", None)
    if stream is None:
        raise InputError("cannot read standard input: it is closed or not a byte stream")
    if _is_terminal(sys.stdin):
        # Waiting for a user to type an op-ed and press Ctrl-D is never what was meant.
        raise InputError(
            "standard input is a terminal: pipe an essay in (cat essay.txt | aidip analyse -) "
            "or give its path"
        )
    budget = byte_budget(max_chars)
    try:
        data = stream.read(budget + 1)
    except OSError as error:
        raise InputError(f"cannot read standard input: {_os_reason(error)}") from None
    if len(data) > budget:
        raise ContentError(
            f"standard input holds more than {budget:,} bytes, more than the limit of "
            f"{max_chars:,} characters allows; raise it with --max-chars"
        )
    return data


def format_from_path(path: str | None) -> Format | None:
    """The format an extension names, or None (no extension, unknown, or stdin)."""
    if path is None or path == STDIN:
        return None
    return _EXTENSIONS.get(PurePath(path).suffix.lower())


def sniff_format(text: str) -> Format:
    """Guess the format of text with no telling extension: obvious HTML, obvious Markdown, txt."""
    head = text[:20_000]
    if _HTML_START.match(head):
        return "html"
    tags = _HTML_TAG.findall(head)
    if len(tags) >= HTML_TAG_COUNT and any(tag.startswith("</") for tag in tags):
        return "html"
    first = next((line for line in head.split("\n") if line.strip()), "")
    if _MD_HEADING.match(first) or len(_MD_FENCE.findall(head)) >= 2:
        return "md"
    return "txt"
