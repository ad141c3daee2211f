"""Separating body paragraphs from boilerplate (title, byline, menus, bios, disclaimers, ads).

Pages put their furniture at the edges: menus, title and byline before the article; author bio,
disclaimer, publisher promotion and "Follow us" lines after it. So the separator peels the
leading run and the trailing run of paragraphs for as long as each one is recognisably
boilerplate, by cue phrase (``cues.py``) or by shape (``shapes.py``), and stops at the first
paragraph that is not. Between the two runs only unambiguous cues apply ("Advertisement",
"Read more: ...", a repeated title, a section heading), so an essay without furniture keeps
every paragraph, and a first paragraph that is a real sentence is never taken for a title.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..schema import ExcludedSpan, ExclusionReason, Metadata
from . import _shapes as shapes
from ._blocks import Block
from ._cues import match_cues
from ._markdown import heading_text

R = ExclusionReason
#: How many following paragraphs may compete with a name-like line for the title.
_TITLE_LOOKAHEAD = 6
#: The longest first line of a plain-text file that is still read as its headline.
_HEADLINE_WORDS = 22
_TWO_SENTENCES = re.compile(r"[.!?][\"'”’)]*\s+[\"'“‘(]*[A-Z]")


@dataclass(frozen=True)
class Separation:
    """Body paragraphs as (start, end), the section heading each sits under, excluded spans,
    and the title/author found."""

    paragraphs: list[tuple[int, int]]
    excluded: list[ExcludedSpan]
    metadata: Metadata
    headings: list[str | None]


@dataclass
class _State:
    text: str
    blocks: list[Block]
    headline_first: bool = False
    title: str | None = None
    author: str | None = None
    first_body: int = -1
    heading_seen: bool = False
    standfirst: str | None = None  # the page marks this line as its summary under the headline
    headings: frozenset[str] = frozenset()  # lines the page marks as section headings (HTML)
    last_body: int = -1

    def __post_init__(self) -> None:
        body = [
            index
            for index, block in enumerate(self.blocks)
            if block.kind == "para" and shapes.is_body_like(self.para(index))
        ]
        if body:
            self.first_body, self.last_body = body[0], body[-1]

    def para(self, index: int) -> str:
        block = self.blocks[index]
        return self.text[block.start : block.end]


def _structural(state: _State, index: int, *, in_head: bool) -> ExclusionReason | None:
    """Reasons fixed by Markdown structure: code, tables and headings."""
    block = state.blocks[index]
    if block.kind == "code":
        return R.CODE
    if block.kind == "markup":
        return R.MARKUP
    if block.kind == "heading":
        heading = heading_text(state.para(index))
        if in_head and not state.heading_seen:
            state.heading_seen = True
            state.title = state.title or heading
            return R.TITLE
        if state.title is not None and shapes.same_title(heading, state.title):
            return R.TITLE
        return R.HEADING
    return None


def _one_line(text: str) -> str:
    """The text with its runs of whitespace as single spaces (how titles and headings are kept)."""
    return " ".join(text.split())


def _later_body(state: _State, index: int) -> bool:
    return state.last_body > index


def _earlier_body(state: _State, index: int) -> bool:
    return 0 <= state.first_body < index


def _take_author(state: _State, author: str) -> None:
    if state.author is None:
        state.author = author


def _head_rule(state: _State, index: int) -> ExclusionReason | None:
    """Is the paragraph at ``index`` (in the leading run) furniture? Which kind?"""
    text = state.para(index)
    reason = _structural(state, index, in_head=True)
    if reason is not None:
        return reason
    if not _later_body(state, index):
        return None  # never peel the last paragraph that reads like prose
    if state.title is not None and shapes.same_title(text, state.title):
        return R.TITLE
    if state.standfirst is not None and _one_line(text) == state.standfirst:
        return R.OTHER
    reason = match_cues(text, edge=True, anywhere=not shapes.is_body_like(text))
    # A question or full-stop headline reads like prose: the first line decides first.
    if reason is None and state.title is None and _first_line_headline(state, text):
        state.title = _one_line(text)
        return R.TITLE
    if reason is None and state.title is not None and _standfirst_above_byline(state, index):
        return R.OTHER
    if reason is not None or shapes.is_body_like(text):
        if reason is None and state.author and shapes.is_author_bio(text, state.author):
            return R.AUTHOR_BIO
        return reason
    author = shapes.byline_author(text)
    # "By Rhiannon Pryce | Commentary | 17 November 2025" is split like a breadcrumb
    signed = author is not None and shapes.starts_with_by(text)
    if not signed and (shapes.is_glued_menu(text) or shapes.is_breadcrumb(text, strict=False)):
        return R.NAVIGATION
    if author is not None and (state.title is not None or not _is_title_slot(state, index)):
        _take_author(state, author)
        return R.BYLINE
    if shapes.is_date_line(text):
        return R.BYLINE
    if shapes.is_menu_words(text):
        return R.NAVIGATION
    if state.title is None and shapes.is_title_like(text):
        state.title = _one_line(text)
        return R.TITLE
    if _is_label(text):
        return R.OTHER  # a kicker, a standfirst without a full stop, a section label
    return None


def _standfirst_above_byline(state: _State, index: int) -> bool:
    """One line of summary between the headline and a signed byline ("By Imogen Thackeray"):
    the standfirst, not the first paragraph of the body."""
    if index + 1 >= len(state.blocks) or not shapes.is_single_line(state.para(index)):
        return False
    byline = state.para(index + 1)
    return shapes.starts_with_by(byline) and shapes.byline_author(byline) is not None


def _is_headline(text: str) -> bool:
    """The first line of a plain-text op-ed, set apart by a blank line: the headline, whether it
    ends with nothing, '?' or '.' (some sources add a full stop)."""
    return (
        shapes.is_single_line(text)
        and 1 <= len(shapes.words(text)) <= _HEADLINE_WORDS
        and not _TWO_SENTENCES.search(text)
    )


def _first_line_headline(state: _State, text: str) -> bool:
    return state.headline_first and _is_headline(text) and not _is_furniture_line(text)


def _is_furniture_line(text: str) -> bool:
    return (
        shapes.is_glued_menu(text)
        or shapes.is_breadcrumb(text, strict=False)
        or shapes.is_menu_words(text)
        or shapes.is_date_line(text)
        or shapes.byline_author(text) is not None
    )


def _is_label(text: str) -> bool:
    """A short line that is not a sentence or a fragment of one: a label, kicker or headline."""
    return (
        shapes.is_title_like(text)
        and not shapes.ends_sentence(text)
        and not shapes.starts_lowercase(text)
    )


def _is_title_slot(state: _State, index: int) -> bool:
    """Should a name-like line here be the title? Only if no better title candidate follows.

    ``Digital Silk Road`` over an essay is a title, but ``Jane Doe`` above
    ``Why AI Needs Treaties`` is a byline: a later short non-name line wins the title.
    """
    for later in range(index + 1, min(len(state.blocks), index + 1 + _TITLE_LOOKAHEAD)):
        text = state.para(later)
        if shapes.is_body_like(text):
            return True
        if shapes.is_title_like(text) and shapes.byline_author(text) is None:
            return False
    return True


def _tail_rule(state: _State, index: int) -> ExclusionReason | None:
    """Is the paragraph at ``index`` (in the trailing run) furniture? Which kind?"""
    text = state.para(index)
    reason = _structural(state, index, in_head=False)
    if reason is not None:
        return reason
    if not _earlier_body(state, index):
        return None  # never peel the first paragraph that reads like prose
    if state.title is not None and shapes.same_title(text, state.title):
        return R.TITLE
    reason = match_cues(text, edge=True)
    if reason is not None:
        return reason
    if shapes.is_author_bio(text, state.author):
        return R.AUTHOR_BIO
    if shapes.is_body_like(text):
        return None
    if shapes.is_glued_menu(text) or shapes.is_breadcrumb(text, strict=False):
        return R.NAVIGATION
    if shapes.is_date_line(text) or shapes.byline_author(text) is not None:
        return R.BYLINE
    if _is_label(text):
        return R.OTHER  # headlines of other articles, tag clouds, widget labels
    return None


def _body_rule(state: _State, index: int) -> ExclusionReason | None:
    """Between body paragraphs only unambiguous furniture is set aside."""
    text = state.para(index)
    reason = _structural(state, index, in_head=False)
    if reason is not None:
        return reason
    if state.title is not None and shapes.same_title(text, state.title):
        return R.TITLE
    reason = match_cues(text, edge=False)
    if reason is not None:
        return reason
    if shapes.is_breadcrumb(text, strict=True) or (
        shapes.is_glued_menu(text) and not shapes.is_body_like(text)
    ):
        return R.NAVIGATION
    if _one_line(text) in state.headings:
        return R.HEADING  # the page's own <h2>-<h4>
    if (shapes.is_heading_like(text) or shapes.is_numbered_heading(text)) and _next_is_body(
        state, index
    ):
        return R.HEADING  # a section heading inside plain text
    return None


def _next_is_body(state: _State, index: int) -> bool:
    following = index + 1
    return following < len(state.blocks) and shapes.is_body_like(state.para(following))


# A wire dateline opening the first paragraph: a place in capitals, a date, the agency, a dash.
_DATELINE = re.compile(
    r"([A-Z][A-Z.'\- ]{1,40}(?:, [A-Z][A-Za-z.]{1,20})?,? "
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}"
    r"(?: \([^()\n]{1,40}\))? ?[-–—])\s+"
)


def _body_span(text: str, block: Block) -> tuple[int, int]:
    """The paragraph without a leading list or quote marker (markers are not part of a claim)."""
    start = block.start + shapes.lead_marker_length(text[block.start : block.end])
    return (start, block.end) if start < block.end else (block.start, block.end)


def separate(
    text: str,
    blocks: list[Block],
    *,
    title: str | None = None,
    author: str | None = None,
    headline_first: bool = False,
    standfirst: str | None = None,
    headings: frozenset[str] = frozenset(),
) -> Separation:
    """Label every block as body or boilerplate; ``title``/``author`` are already-known hints;
    ``headline_first``: a plain-text file, whose short first line is its headline."""
    state = _State(
        text=text,
        blocks=blocks,
        headline_first=headline_first,
        title=title,
        author=author,
        standfirst=standfirst,
        headings=headings,
    )
    count = len(blocks)
    labels: list[ExclusionReason | None] = [None] * count
    head = 0
    while head < count:
        reason = _head_rule(state, head)
        if reason is None:
            break
        labels[head] = reason
        head += 1
    # What the leading run took (a prose-like headline) is no longer the first body.
    state.first_body = max(state.first_body, head)
    tail = count - 1
    while tail >= head:
        reason = _tail_rule(state, tail)
        if reason is None:
            break
        labels[tail] = reason
        tail -= 1
    for index in range(head, tail + 1):
        labels[index] = _body_rule(state, index)
    if all(labels):
        # Nothing left but repeats of the headline: the repeat is the body after all.
        for index in range(head, count):
            if labels[index] == R.TITLE and state.blocks[index].kind == "para":
                labels[index] = None

    paragraphs: list[tuple[int, int]] = []
    headings: list[str | None] = []
    heading: str | None = None
    excluded: list[ExcludedSpan] = []
    for block, label in zip(blocks, labels, strict=True):
        if label is None:
            start, end = _body_span(text, block)
            if not paragraphs:
                dateline = _DATELINE.match(text, start, end)
                if dateline is not None and dateline.end() < end:
                    # "NEW YORK, Sept 25 (Reuters) - ...": the wire's dateline is not the body.
                    excluded.append(
                        ExcludedSpan(
                            start=start,
                            end=start + len(dateline.group(1)),
                            text=dateline.group(1),
                            reason=R.OTHER,
                        )
                    )
                    start = dateline.end()
            paragraphs.append((start, end))
            headings.append(heading)
        else:
            if label == R.HEADING:
                heading = heading_text(text[block.start : block.end])
            excluded.append(
                ExcludedSpan(
                    start=block.start,
                    end=block.end,
                    text=text[block.start : block.end],
                    reason=label,
                )
            )
    return Separation(
        paragraphs=paragraphs,
        excluded=excluded,
        metadata=Metadata(title=state.title, author=state.author),
        headings=headings,
    )
