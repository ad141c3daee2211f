"""Text helpers shared by the line-oriented export formats."""

from __future__ import annotations


def one_line(text: str) -> str:
    """Replace every line break (``\\n``, ``\\r``, U+2028, ...) by a space, for line formats."""
    return " ".join(text.splitlines()) if text else text
