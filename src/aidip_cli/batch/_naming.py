"""Output file names: every input gets one name under OUTDIR, unique and unable to escape it.

The output mirrors the input's path relative to its root, keeping the full file name plus
``.json`` (``x.txt`` → ``x.txt.json``, so ``x.txt`` and ``x.md`` never collide). Components are
sanitised (control characters, separators, reserved names), directory components never end in
``.json`` (so a directory can never take a file's name), and any remaining clash, including one
that only a case-insensitive file system would see, gets a ``~2``, ``~3`` ... suffix in input order.
"""

from __future__ import annotations

import hashlib
import os
import unicodedata
from collections.abc import Sequence

OUTPUT_SUFFIX = ".json"
_MAX_COMPONENT_BYTES = 200
_FORBIDDEN = set('<>:"/\\|?*')


def safe_component(name: str) -> str:
    """One path component that is legal on common file systems and never ``.``/``..``."""
    chars = []
    for ch in name:
        code = ord(ch)
        if (
            code < 32
            or code == 127
            or ch in _FORBIDDEN
            or 0xD800 <= code <= 0xDFFF  # undecodable bytes (surrogate escapes)
            or unicodedata.category(ch) in {"Cc", "Cf", "Zl", "Zp"}
        ):
            chars.append("_")
        else:
            chars.append(ch)
    cleaned = "".join(chars).strip() or "_"
    if set(cleaned) == {"."}:
        cleaned = "_" * len(cleaned)
    encoded = cleaned.encode("utf-8")
    if len(encoded) > _MAX_COMPONENT_BYTES:
        digest = hashlib.sha256(encoded).hexdigest()[:10]
        head = encoded[: _MAX_COMPONENT_BYTES - 11].decode("utf-8", "ignore")
        cleaned = f"{head}-{digest}"
    return cleaned


def safe_dir_component(name: str) -> str:
    """A directory component; never ending in ``.json`` so it cannot equal a file output."""
    cleaned = safe_component(name)
    if cleaned.casefold().endswith(OUTPUT_SUFFIX):
        cleaned += "_"
    return cleaned


def output_name(parts: Sequence[str]) -> str:
    """The POSIX-style output path for an input at ``parts`` (prefix + relative path)."""
    if not parts:
        raise ValueError("an input needs at least a file name")
    dirs = [safe_dir_component(p) for p in parts[:-1]]
    return "/".join([*dirs, safe_component(parts[-1]) + OUTPUT_SUFFIX])


class NameRegistry:
    """Hands out unique output names in call order (call it in deterministic input order)."""

    def __init__(self) -> None:
        self._taken: set[str] = set()

    def claim(self, name: str) -> str:
        candidate = name
        n = 1
        while candidate.casefold() in self._taken:
            n += 1
            stem = name[: -len(OUTPUT_SUFFIX)]
            candidate = f"{stem}~{n}{OUTPUT_SUFFIX}"
        self._taken.add(candidate.casefold())
        return candidate


def root_labels(args: Sequence[str]) -> list[str]:
    """A short, unique, safe prefix per root argument (its base name; ``~2`` on a clash)."""
    labels: list[str] = []
    seen: set[str] = set()
    for arg in args:
        base = os.path.basename(os.path.normpath(os.path.abspath(arg))) or "root"
        label = safe_dir_component(base)
        candidate, n = label, 1
        while candidate.casefold() in seen:
            n += 1
            candidate = f"{label}~{n}"
        seen.add(candidate.casefold())
        labels.append(candidate)
    return labels
