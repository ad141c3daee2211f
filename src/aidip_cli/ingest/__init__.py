"""Ingest: bytes → decoded text → body paragraphs, with boilerplate set aside.

PLACEHOLDER: a minimal implementation so the pipeline runs; the ingest work replaces it.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from .document import Document, Format

DEFAULT_MAX_CHARS = 2_000_000


def load_text(text: str, *, fmt: Format = "txt", path: str | None = None) -> Document:
    data = text.encode("utf-8")
    paragraphs = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+(?:\n[^\n]+)*", text)]
    return Document(
        text=text,
        format=fmt,
        encoding="utf-8",
        sha256=hashlib.sha256(data).hexdigest(),
        path=path,
        nbytes=len(data),
        paragraphs=paragraphs,
    )


def load_path(
    path: str | Path, *, max_chars: int = DEFAULT_MAX_CHARS, fmt: Format | None = None
) -> Document:
    text = Path(path).read_text(encoding="utf-8")
    return load_text(text, fmt=fmt or "txt", path=str(path))
