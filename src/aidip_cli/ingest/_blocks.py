"""Cutting decoded text into paragraph candidates, as character offsets into the text.

A paragraph is a run of non-blank lines; inside such a run, lines that cannot be hard-wrapped
prose (very long lines, or all very short lines) are paragraphs of their own, so a pasted page
with one paragraph per line, or a byline block ``By Jane Doe\\nMay 3, 2024``, splits correctly.
Offsets are never shifted: every piece satisfies ``text[start:end] == piece``.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

from ._shapes import list_marker_length

BlockKind = Literal["para", "heading", "code", "markup"]

#: Lines longer than this are not hard-wrapped: each one is a paragraph.
UNWRAPPED_LINE = 120
#: A block whose lines are all at most this long is a stack of short lines (menu, byline).
SHORT_LINE = 60
#: In hard-wrapped prose, a line shorter than this share of the longest line ends a paragraph.
PARAGRAPH_END_SHARE = 0.6


@dataclass(frozen=True)
class Block:
    """A candidate paragraph; ``kind`` is known structure (Markdown code, heading, table)."""

    start: int
    end: int
    kind: BlockKind = "para"


def strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink ``[start, end)`` so it neither starts nor ends with whitespace."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def runs(text: str, start: int = 0, end: int | None = None) -> Iterator[tuple[int, int]]:
    """Maximal runs of non-blank lines in ``text[start:end]`` (blank = whitespace only)."""
    run_start: int | None = None
    run_end = start
    for line_start, line_end in _lines(text, start, len(text) if end is None else end):
        if run_start is not None and text.count("\n", run_end, line_start) > 1:
            yield run_start, run_end
            run_start = None
        if run_start is None:
            run_start = line_start
        run_end = line_end
    if run_start is not None:
        yield run_start, run_end


def _lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans = []
    position = start
    for line in text[start:end].split("\n"):
        spans.append(strip_span(text, position, position + len(line)))
        position += len(line) + 1
    return [span for span in spans if span[1] > span[0]]


def split_run(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split one run of non-blank lines into paragraphs (see the module docstring)."""
    lines = _lines(text, start, end)
    if len(lines) <= 1:
        return lines
    lengths = [line_end - line_start for line_start, line_end in lines]
    longest = max(lengths)
    if longest > UNWRAPPED_LINE or longest <= SHORT_LINE:
        return lines
    pieces: list[tuple[int, int]] = []
    piece_start = lines[0][0]
    for index, (_, line_end) in enumerate(lines):
        if index == len(lines) - 1:
            pieces.append((piece_start, line_end))
            break
        next_start = lines[index + 1][0]
        next_is_item = list_marker_length(text[next_start : lines[index + 1][1]]) > 0
        if lengths[index] < PARAGRAPH_END_SHARE * longest or next_is_item:
            pieces.append((piece_start, line_end))
            piece_start = next_start
    return pieces


def plain_blocks(text: str) -> list[Block]:
    """Paragraph candidates of plain text (also used for HTML's extracted text)."""
    return [
        Block(piece_start, piece_end)
        for run_start, run_end in runs(text)
        for piece_start, piece_end in split_run(text, run_start, run_end)
    ]
