"""HTML → the article's main text, one paragraph per block, plus title and author.

trafilatura does the real work (it drops menus, footers and comment sections). It is imported
lazily because importing it takes a noticeable fraction of a second. When it finds nothing, or
fails (deeply nested pages can exhaust lxml's depth limit or Python's recursion limit), a
streaming fallback built on the standard library's ``html.parser`` collects the text of block
elements outside ``script``/``style``/``nav``/``header``/``footer``; being event-driven, it copes
with any nesting depth.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from html.parser import HTMLParser

from ._shapes import byline_author, same_title, starts_with_by

_QUIET_LOGGERS = ("trafilatura", "htmldate", "courlan", "justext")

_SKIP = frozenset(
    {
        "script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form",
        "svg", "button", "select", "textarea", "iframe", "object", "canvas", "head", "menu",
    }
)  # fmt: skip
_BLOCK = frozenset(
    {
        "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li",
        "ul", "ol", "blockquote", "pre", "td", "th", "tr", "table", "dd", "dt", "dl",
        "figcaption", "figure", "br", "hr", "body", "html",
    }
)  # fmt: skip


@dataclass(frozen=True)
class HtmlText:
    """Extracted main text (blocks separated by blank lines) and page metadata."""

    text: str
    title: str | None
    author: str | None
    #: The page's standfirst (the summary line under the headline, marked by its class), if any.
    standfirst: str | None = None
    #: The texts of the page's section headings (h2-h4).
    headings: frozenset[str] = frozenset()


@contextmanager
def _quiet() -> Iterator[None]:
    """Silence trafilatura's warnings: a bad page is reported by us, in one line, or not at all."""
    loggers = [logging.getLogger(name) for name in _QUIET_LOGGERS]
    levels = [logger.level for logger in loggers]
    for logger in loggers:
        logger.setLevel(logging.CRITICAL + 1)
    try:
        yield
    finally:
        for logger, level in zip(loggers, levels, strict=True):
            logger.setLevel(level)


def _clean(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    cleaned = " ".join(value.split())
    return cleaned or None


def _with_trafilatura(markup: str) -> tuple[list[str], str | None, str | None]:
    try:
        import trafilatura
    except ImportError:  # pragma: no cover - trafilatura is a declared dependency
        return [], None, None
    try:
        with _quiet():
            result = trafilatura.bare_extraction(
                markup,
                include_comments=False,
                include_tables=False,
                favor_precision=True,
                with_metadata=True,
            )
    except (Exception, RecursionError):
        # trafilatura/lxml raise assorted errors on hostile markup; the fallback takes over.
        return [], None, None
    if result is None:
        return [], None, None
    get = result.get if isinstance(result, dict) else lambda key: getattr(result, key, None)
    text = get("text") or ""
    lines = [line.strip() for line in str(text).split("\n") if line.strip()]
    author = _clean(get("author"))
    if author:
        # trafilatura may keep the byline's furniture: "Jane Doe · Opinion", "Jane Doe | 3 May"
        author = byline_author(author) or author.rstrip(" ·•|,;–—-")
    return lines, _clean(get("title")), author or None


class _BlockCollector(HTMLParser):
    """Text of block elements outside page furniture, one string per block."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[str] = []
        self.title_parts: list[str] = []
        self.heading_parts: list[str] = []
        self._buffer: list[str] = []
        self._skip = 0
        self._in_title = False
        self._in_h1 = False

    def _flush(self) -> None:
        block = " ".join("".join(self._buffer).split())
        if block:
            self.blocks.append(block)
        self._buffer = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "title":
            self._in_title = True
        elif tag in _SKIP:
            self._skip += 1
        elif tag in _BLOCK:
            self._flush()
            self._in_h1 = self._in_h1 or (tag == "h1" and not self.heading_parts)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCK:
            self._flush()

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        elif tag in _SKIP:
            self._skip = max(0, self._skip - 1)
        elif tag in _BLOCK:
            self._flush()
            if tag == "h1":
                self._in_h1 = False

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title_parts.append(data)
        elif self._skip == 0:
            self._buffer.append(data)
            if self._in_h1:
                self.heading_parts.append(data)

    def close(self) -> None:
        super().close()
        self._flush()


# Classes that mark the summary line under a headline ("standfirst", "dek", "strapline").
_STANDFIRST_CLASSES = frozenset(
    {"standfirst", "dek", "deck", "strapline", "subtitle", "subheadline", "sub-headline",
     "article-summary", "article__standfirst", "summary"}
)  # fmt: skip


class _MarkedBlocks(HTMLParser):
    """What the markup itself labels: the standfirst (first element whose class names one) and
    the section headings (``h2``–``h4``), whose tags trafilatura's plain text loses."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.standfirst: list[str] = []
        self.headings: list[str] = []
        self._heading: list[str] | None = None
        self._depth = 0  # open elements inside the standfirst
        self._standfirst_done = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SECTION_HEADINGS:
            self._heading = []
        if self._depth:
            self._depth += 1
        elif not self._standfirst_done:
            classes = set((dict(attrs).get("class") or "").lower().split())
            if classes & _STANDFIRST_CLASSES:
                self._depth = 1

    def handle_endtag(self, tag: str) -> None:
        if tag in _SECTION_HEADINGS and self._heading is not None:
            text = _clean("".join(self._heading))
            if text:
                self.headings.append(text)
            self._heading = None
        if self._depth:
            self._depth -= 1
            self._standfirst_done = self._depth == 0

    def handle_data(self, data: str) -> None:
        if self._depth:
            self.standfirst.append(data)
        if self._heading is not None:
            self._heading.append(data)


_SECTION_HEADINGS = frozenset({"h2", "h3", "h4"})


def _marked_blocks(markup: str) -> tuple[str | None, frozenset[str]]:
    """(standfirst, section headings) as the markup labels them."""
    finder = _MarkedBlocks()
    try:
        finder.feed(markup)
        finder.close()
    except (Exception, RecursionError):
        return None, frozenset()
    return _clean("".join(finder.standfirst)), frozenset(finder.headings)


def _with_stdlib(markup: str) -> tuple[list[str], str | None]:
    collector = _BlockCollector()
    try:
        collector.feed(markup)
        collector.close()
    except (Exception, RecursionError):  # html.parser is lenient; this is belt and braces
        return collector.blocks, None
    title = _clean("".join(collector.heading_parts)) or _clean("".join(collector.title_parts))
    return collector.blocks, title


def _signed(markup: str) -> str | None:
    """The author of a byline block ("By <a>Jane Doe</a> · 14 November 2025") that trafilatura
    dropped with the page furniture around it, from the first dozen blocks of the page."""
    blocks, _ = _with_stdlib(markup)
    for block in blocks[:12]:
        if starts_with_by(block):
            author = byline_author(block)
            if author is not None:
                return author
    return None


def extract_html(markup: str) -> HtmlText | None:
    """Main text of an HTML page, or None when the page holds no readable text."""
    lines, title, author = _with_trafilatura(markup)
    if not lines:
        lines, fallback_title = _with_stdlib(markup)
        title = title or fallback_title
    if author is None:
        author = _signed(markup)
    if not lines:
        return None
    if title and not same_title(lines[0], title):
        lines = [title, *lines]
    standfirst, headings = _marked_blocks(markup)
    return HtmlText(
        text="\n\n".join(lines),
        title=title,
        author=author,
        standfirst=standfirst,
        headings=headings,
    )
