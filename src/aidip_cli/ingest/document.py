"""The ingested document: decoded text, where the body is, and what was set aside."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from ..schema import ExcludedSpan, Metadata

Format = Literal["txt", "md", "html"]


@dataclass(frozen=True)
class Document:
    """What ingest hands to the NLP stage.

    ``text`` is the string every offset indexes (it becomes ``Analysis.text``). ``paragraphs``
    are the body paragraphs as (start, end) offsets, in order: only they are analysed.
    ``excluded`` lists the boilerplate that was separated (title, byline, headings, bio, ...).
    """

    text: str
    format: Format
    encoding: str
    sha256: str
    path: str | None
    nbytes: int
    paragraphs: list[tuple[int, int]]
    excluded: list[ExcludedSpan] = field(default_factory=list)
    metadata: Metadata = field(default_factory=Metadata)
    #: The section heading each body paragraph sits under (None before the first heading).
    headings: list[str | None] = field(default_factory=list)
