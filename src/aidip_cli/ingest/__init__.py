"""Ingest: bytes → decoded text → body paragraphs, with boilerplate set aside.

``load_path`` reads a file or ``-`` (stdin), ``load_bytes`` takes raw bytes (``read_file`` reads
them, where the reading and the ingesting happen in different processes) and ``load_text``
already-decoded text; all three return a :class:`Document` whose offsets index
``Document.text``. Bad input raises :class:`~aidip_cli.errors.InputError` (cannot be read) or
:class:`~aidip_cli.errors.ContentError` (read, but empty, binary, undecodable or too large).
"""

from __future__ import annotations

from ._load import DEFAULT_MAX_CHARS, load_bytes, load_path, load_text
from ._source import read_file
from .document import Document, Format

__all__ = [
    "DEFAULT_MAX_CHARS",
    "Document",
    "Format",
    "load_bytes",
    "load_path",
    "load_text",
    "read_file",
]
