"""Markdown structure from a real CommonMark parser: which blocks are prose, and which are not.

The raw Markdown stays the document text (offsets stay honest); markdown-it-py (already a
dependency of rich) gives every block with its line range, so headings (ATX and setext),
paragraphs — also inside block quotes and nested list items — fenced and indented code, tables,
HTML blocks, rules and image-only lines are labelled by the parser, not by guesswork. Only YAML
front matter (``---`` … ``---``, with ``title:`` and ``author:``) is read here, before parsing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from markdown_it import MarkdownIt
from markdown_it.token import Token

from ..schema import Metadata
from ._blocks import Block, BlockKind, split_run, strip_span

_FRONT_KEY = re.compile(r"(title|author)\s*:\s*(.+)", re.IGNORECASE)
_ATX_MARKS = re.compile(r"^\s{0,3}#{1,6}\s*|\s+#+\s*$")
#: Block tokens whose lines are never prose.
_NOT_PROSE: dict[str, BlockKind] = {
    "fence": "code",
    "code_block": "code",
    "html_block": "markup",
    "hr": "markup",
    "table_open": "markup",
}


@dataclass
class MarkdownLayout:
    """Labelled blocks plus what front matter said about the document."""

    blocks: list[Block] = field(default_factory=list)
    metadata: Metadata = field(default_factory=Metadata)


@cache
def _parser() -> MarkdownIt:
    return MarkdownIt("commonmark").enable("table")


def heading_text(block: str) -> str:
    """``## The risks ##`` → ``The risks``; a setext heading's underline is dropped."""
    first = block.strip().split("\n")[0]
    return _ATX_MARKS.sub("", first).strip()


def _line_starts(text: str) -> list[int]:
    starts = [0]
    starts.extend(i + 1 for i, ch in enumerate(text) if ch == "\n")
    starts.append(len(text) + 1)
    return starts


def _front_matter(text: str, starts: list[int]) -> tuple[int, Metadata, Block | None]:
    """(first line after the front matter, what it says, its block) — line 0 when there is none."""
    lines = text.split("\n")
    if len(lines) < 2 or lines[0].strip() != "---":
        return 0, Metadata(), None
    for index in range(1, min(len(lines), 60)):
        if lines[index].strip() in {"---", "..."}:
            values: dict[str, str] = {}
            for line in lines[1:index]:
                match = _FRONT_KEY.fullmatch(line.strip())
                if match:
                    values[match.group(1).lower()] = match.group(2).strip().strip("\"'")
            start, end = strip_span(text, 0, starts[index + 1] - 1)
            metadata = Metadata(title=values.get("title") or None, author=values.get("author"))
            return index + 1, metadata, Block(start, end, "markup")
    return 0, Metadata(), None


def _image_only(inline: Token | None) -> bool:
    children = inline.children if inline is not None and inline.children else []
    visible = [c for c in children if not (c.type == "text" and not c.content.strip())]
    return bool(visible) and all(c.type in {"image", "softbreak"} for c in visible)


def markdown_layout(text: str) -> MarkdownLayout:
    """Label every block of a Markdown text (see the module docstring)."""
    starts = _line_starts(text)
    first_line, metadata, front = _front_matter(text, starts)
    layout = MarkdownLayout(metadata=metadata)
    if front is not None:
        layout.blocks.append(front)
    body = text[starts[first_line] :] if first_line < len(starts) - 1 else ""
    tokens = _parser().parse(body)

    def span(lines: list[int]) -> tuple[int, int]:
        first, last = lines[0] + first_line, lines[1] + first_line
        return strip_span(text, starts[first], starts[min(last, len(starts) - 1)] - 1)

    skip_until = -1  # inside a table: its cells are not paragraphs
    for position, token in enumerate(tokens):
        if token.map is None or token.nesting < 0 or position <= skip_until:
            continue
        if token.type in _NOT_PROSE:
            start, end = span(token.map)
            if end > start:
                layout.blocks.append(Block(start, end, _NOT_PROSE[token.type]))
            if token.type == "table_open":
                skip_until = next(
                    (i for i in range(position, len(tokens)) if tokens[i].type == "table_close"),
                    len(tokens),
                )
            continue
        if token.type == "heading_open":
            start, end = span(token.map)
            layout.blocks.append(Block(start, end, "heading"))
            continue
        if token.type == "paragraph_open":
            inline = tokens[position + 1] if position + 1 < len(tokens) else None
            start, end = span(token.map)
            if end <= start:
                continue
            if _image_only(inline):
                layout.blocks.append(Block(start, end, "markup"))
                continue
            for piece_start, piece_end in split_run(text, start, end):
                layout.blocks.append(Block(piece_start, piece_end, "para"))
    return layout
