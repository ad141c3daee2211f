"""Markdown structure: which blocks are headings, code, tables or markup, and which are prose.

The raw Markdown stays the document text (offsets stay honest); this module only labels line
ranges. It is a small line scanner for the CommonMark constructs op-eds use (front matter, ATX
and setext headings, fenced and indented code, pipe tables, HTML blocks, rules, link
definitions, images), not a full parser: prose paragraphs and list items keep their emphasis.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..schema import Metadata
from ._blocks import Block, BlockKind, split_run, strip_span
from ._shapes import list_marker_length

_FENCE = re.compile(r" {0,3}(`{3,}|~{3,})")
_ATX = re.compile(r" {0,3}#{1,6}(?:[ \t]|$)")
_SETEXT = re.compile(r" {0,3}(?:=+|-+)[ \t]*$")
_RULE = re.compile(r" {0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$")
_TABLE_DELIMITER = re.compile(r"[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$")
_HTML_BLOCK = re.compile(r" {0,3}<(?:!--|/?[A-Za-z][\w-]*(?:[\s/>]|$))")
_LINK_DEFINITION = re.compile(r" {0,3}\[[^\]]+\]:[ \t]*\S+")
_IMAGE_ONLY = re.compile(r"[ \t]*!\[[^\]]*\]\([^)]*\)[ \t]*$")
_INDENTED = re.compile(r"(?: {4}|\t)")
_FRONT_KEY = re.compile(r"(title|author)\s*:\s*(.+)", re.IGNORECASE)


@dataclass
class MarkdownLayout:
    """Labelled blocks plus what front matter said about the document."""

    blocks: list[Block] = field(default_factory=list)
    metadata: Metadata = field(default_factory=Metadata)


def heading_text(line: str) -> str:
    """``## The risks ##`` → ``The risks``; a setext heading's underline is dropped."""
    first = line.strip().split("\n")[0]
    return first.strip().lstrip("#").rstrip("#").strip()


class _Scanner:
    def __init__(self, text: str) -> None:
        self.text = text
        self.lines: list[tuple[int, int]] = []
        position = 0
        for line in text.split("\n"):
            self.lines.append((position, position + len(line)))
            position += len(line) + 1
        self.layout = MarkdownLayout()
        self.para: list[int] = []
        self.previous_was_list = False

    def line(self, index: int) -> str:
        start, end = self.lines[index]
        return self.text[start:end]

    def blank(self, index: int) -> bool:
        return not self.line(index).strip()

    def emit(self, first: int, last: int, kind: BlockKind) -> None:
        self.previous_was_list = False
        start, end = strip_span(self.text, self.lines[first][0], self.lines[last][1])
        if end > start:
            self.layout.blocks.append(Block(start, end, kind))

    def flush(self) -> None:
        if not self.para:
            return
        start, end = self.lines[self.para[0]][0], self.lines[self.para[-1]][1]
        for piece_start, piece_end in split_run(self.text, start, end):
            self.layout.blocks.append(Block(piece_start, piece_end, "para"))
        self.para = []

    def front_matter(self) -> int:
        """Skip a leading ``---`` YAML block, reading ``title:`` and ``author:``; next index."""
        if len(self.lines) < 2 or self.line(0).strip() != "---":
            return 0
        for index in range(1, min(len(self.lines), 60)):
            if self.line(index).strip() in {"---", "..."}:
                self.emit(0, index, "markup")
                values: dict[str, str] = {}
                for inner in range(1, index):
                    match = _FRONT_KEY.fullmatch(self.line(inner).strip())
                    if match:
                        values[match.group(1).lower()] = match.group(2).strip().strip("\"'")
                self.layout.metadata = Metadata(
                    title=values.get("title") or None, author=values.get("author") or None
                )
                return index + 1
        return 0

    def scan(self) -> MarkdownLayout:
        index = self.front_matter()
        count = len(self.lines)
        while index < count:
            line = self.line(index)
            if self.blank(index):
                self.flush()
                index += 1
                continue
            fence = _FENCE.match(line)
            if fence:
                self.flush()
                marker = fence.group(1)
                close = index + 1
                while close < count and not self.line(close).strip().startswith(marker):
                    close += 1
                last = min(close, count - 1)
                self.emit(index, last, "code")
                index = last + 1
                continue
            if _ATX.match(line):
                self.flush()
                self.emit(index, index, "heading")
                index += 1
                continue
            if self.para and _SETEXT.match(line):
                first = self.para[0]
                self.para = []
                self.emit(first, index, "heading")
                index += 1
                continue
            if _RULE.match(line):
                self.flush()
                self.emit(index, index, "markup")
                index += 1
                continue
            if (
                "|" in line
                and index + 1 < count
                and "|" in self.line(index + 1)
                and "-" in self.line(index + 1)
                and _TABLE_DELIMITER.match(self.line(index + 1))
            ):
                self.flush()
                last = index + 1
                while last + 1 < count and "|" in self.line(last + 1) and not self.blank(last + 1):
                    last += 1
                self.emit(index, last, "markup")
                index = last + 1
                continue
            if not self.para and (
                _HTML_BLOCK.match(line) or _LINK_DEFINITION.match(line) or _IMAGE_ONLY.match(line)
            ):
                last = index
                if _HTML_BLOCK.match(line):
                    while last + 1 < count and not self.blank(last + 1):
                        last += 1
                self.emit(index, last, "markup")
                index = last + 1
                continue
            if not self.para and not self.previous_was_list and _INDENTED.match(line):
                last = index
                probe = index + 1
                while probe < count and (self.blank(probe) or _INDENTED.match(self.line(probe))):
                    if not self.blank(probe):
                        last = probe
                    probe += 1
                self.emit(index, last, "code")
                index = last + 1
                continue
            if not self.para:
                self.previous_was_list = list_marker_length(line) > 0
            self.para.append(index)
            index += 1
        self.flush()
        return self.layout


def markdown_layout(text: str) -> MarkdownLayout:
    """Label every block of a Markdown text (see the module docstring)."""
    return _Scanner(text).scan()
