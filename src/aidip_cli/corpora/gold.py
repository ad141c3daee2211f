"""A gold text in the analyser's own terms: segments, their tree, their paragraphs.

Every corpus reader can give its texts in this shape; training fits on it and evaluation on
gold segments predicts a tree for its segments and scores it against :attr:`GoldText.tree`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..argtree import ArgTree

_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


@dataclass(frozen=True)
class GoldText:
    id: str
    segments: list[str]
    tree: ArgTree  # complete: every segment but the root is attached
    paragraph_of: list[int]  # paragraph number (0, 1, ... without gaps) of each segment


def paragraph_numbers(text: str, starts: Sequence[int]) -> list[int]:
    """Paragraph numbers (0, 1, ... without gaps) of the given character offsets."""
    breaks = [m.start() for m in _PARAGRAPH_BREAK.finditer(text)]
    raw = [sum(1 for b in breaks if b < s) for s in starts]
    order = {p: i for i, p in enumerate(sorted(set(raw)))}
    return [order[p] for p in raw]
