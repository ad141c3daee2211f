"""Argument units: sentences, split where an argumentative connective opens a new clause.

"X, as it facilitates Y" holds two units: a claim and the reason offered for it. Splitting only
where the connective opens a clause with its own verb keeps "emerges as the most effective
approach" (a preposition) or "because of" (a phrase) whole.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ._paragraph import paragraph_text
from ._quotes import Quotation, find_quotations

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# Connectives that split only after a comma (", as ...", ", since ...").
_AFTER_COMMA = {"as", "since", "for", "while", "whereas", "although", "though", "but", "yet", "so"}
# In an op-ed a turn inside a sentence ("X, but Y") stays one unit, as readers and annotators of
# news text take it; short argumentative texts (one paragraph) are cut there too.
_CONTRAST = {"while", "whereas", "although", "though", "but", "yet"}
# Words after which a semicolon splits an op-ed's sentence.
_AFTER_SEMICOLON = {"therefore", "thus", "hence", "consequently", "accordingly", "so", "because"}
# Connectives that split wherever they open a clause.
_ANYWHERE = {"because"}
# Two-word connectives: first word -> allowed second words.
_PAIRS = {
    "so": {"that"},
    "given": {"that"},
    "even": {"though", "if"},
    "which": {"means", "meant"},
    "provided": {"that"},
}
_NOT_CLAUSE_NEXT = {
    "as": {"well", "such", "much", "many", "long", "far", "soon", "a", "an", "the", "part"},
    "for": {"example", "instance", "the", "a", "an", "all", "many", "decades", "years", "now"},
    "because": {"of"},
    "so": {"far", "much", "many", "long", "too"},
    "yet": {"another", "again"},
}
_SUBJECT_DEPS = {"nsubj", "nsubjpass", "expl", "csubj"}


@dataclass(frozen=True)
class RawUnit:
    """A unit before roles: its offsets into the document text and the tokens it covers."""

    start: int
    end: int
    text: str
    paragraph: int
    sentence: int
    span: Span
    split_connective: str | None = None
    quotations: tuple[Quotation, ...] = ()  # quotations of the parsed text around the unit


def _has_clause(tokens: Sequence[Token]) -> bool:
    """True when the tokens hold a finite clause: a verb with a subject of its own."""
    has_verb = any(t.pos_ in {"VERB", "AUX"} for t in tokens)
    has_subject = any(t.dep_ in _SUBJECT_DEPS for t in tokens)
    return has_verb and has_subject


#: The connective recorded for a clause split off after a semicolon.
SEMICOLON = ";"


def _split_points(
    sent: Span, quotations: Sequence[Quotation] = (), *, at_contrast: bool = True
) -> list[tuple[int, str]]:
    """Token indices (within the doc) where a new unit starts, with the connective text.

    Never inside a quotation: a speaker's "because" belongs to what they said.
    """
    points: list[tuple[int, str]] = []
    tokens = list(sent)
    n = len(tokens)
    last_cut = 0
    for i in range(2, n - 2):
        tok = tokens[i]
        low = tok.lower_
        prev = tokens[i - 1]
        nxt = tokens[i + 1].lower_
        connective: str | None = None
        if prev.text == ";" and tok.is_alpha and (at_contrast or low in _AFTER_SEMICOLON):
            # The semicolon is the connective; the word after it is the clause's own (its
            # opener, when it is a marker, is read from the text like any other). In an op-ed
            # "X; Y" is one thought ("will win seats; will not win the say") unless Y draws a
            # conclusion or gives a reason ("; therefore", "; because").
            connective = SEMICOLON
        elif low in _PAIRS and nxt in _PAIRS[low] and (prev.text == "," or low != "which"):
            connective = f"{low} {nxt}"
        elif (low in _ANYWHERE and nxt not in _NOT_CLAUSE_NEXT.get(low, set())) or (
            low in _AFTER_COMMA
            and prev.text == ","
            and nxt not in _NOT_CLAUSE_NEXT.get(low, set())
            and tok.pos_ in {"SCONJ", "CCONJ", "ADP", "ADV"}
        ):
            connective = low
        if connective is None or any(q.holds(tok.idx) for q in quotations):
            continue
        if not at_contrast and (connective in _CONTRAST or low in _CONTRAST):
            continue
        rest = tokens[i:]
        head = tokens[last_cut:i]
        if len(rest) < 4 or len([t for t in head if t.is_alpha]) < 3:
            continue
        if not _has_clause(rest) or not _has_clause(head):
            continue
        if connective == "as" and _attribution_aside(rest):
            continue
        points.append((tok.i, connective))
        last_cut = i
    return points


# "..., as she put it later, ...", "..., as officials note, ...": who says so, not a reason.
_ASIDE_VERBS = frozenset(
    {"put", "say", "note", "write", "tell", "argue", "explain", "observe", "recall", "report",
     "describe", "warn", "insist", "claim", "acknowledge", "admit", "concede", "point"}
)  # fmt: skip
_ASIDE_WORDS = 7


def _attribution_aside(rest: Sequence[Token]) -> bool:
    """', as she put it later over tea, is that ...': "as", a source and a speech verb, set off
    up to the next comma, report who says so; they give no reason."""
    words: list[Token] = []
    for t in rest[1:]:
        if t.text in {",", ";", ":", ".", "—", "–"}:
            break
        words.append(t)
    return len(words) <= _ASIDE_WORDS and any(t.lemma_ in _ASIDE_VERBS for t in words)


def _trimmed(text: str, start_char: int, end_char: int) -> tuple[int, int]:
    while start_char < end_char and text[start_char].isspace():
        start_char += 1
    while end_char > start_char and (text[end_char - 1].isspace() or text[end_char - 1] in ",;"):
        end_char -= 1
    return start_char, end_char


def _sentences(doc: Doc, opening_marks: frozenset[int] = frozenset()) -> Iterator[Span]:
    """The parser's sentences, mended where it cut inside a word ("arming al-" / "Nusra") or
    before a lower-case continuation with no sentence end in between (nor one inside a quoted
    question: '"Experts from where?"' / "the Tanzanian asked."), and where it left the
    mark that opens the next sentence's quotation at the end of this one ("Blantyre. '" /
    "Our only radar was broken,' she said.")."""
    sents = list(doc.sents)
    start: int | None = None
    for k, sent in enumerate(sents):
        begin = sent.start if start is None else start
        if k + 1 < len(sents) and _cut_mid_sentence(sent, sents[k + 1]):
            start = begin
            continue
        end = sent.end
        if k + 1 < len(sents) and end - begin > 1 and doc[end - 1].idx in opening_marks:
            start, end = end - 1, end - 1
        else:
            start = None
        yield doc[begin:end]


def _cut_mid_sentence(sent: Span, following: Span) -> bool:
    last, first = sent[-1], following[0]
    if last.text.endswith(("-", "–")) and first.text[:1].isalpha():
        return True
    if not first.text[:1].islower():
        return False
    # ('"Experts from where?" | the Tanzanian asked.': the quotation's own mark, not the
    # sentence's end)
    asked = len(sent) > 1 and last.is_quote and sent[-2].text in {"?", "!"}
    return last.is_alpha or asked


def segment_paragraph(
    doc: Doc, *, offset: int, paragraph: int, first_sentence: int, at_contrast: bool = True
) -> list[RawUnit]:
    """Units of one parsed paragraph; ``offset`` maps doc offsets to document offsets;
    ``at_contrast``: cut at ", but"/", while" ... too (short one-paragraph texts)."""
    units: list[RawUnit] = []
    sentence = first_sentence
    text = paragraph_text(doc)
    quotations = tuple(find_quotations(text))
    for sent in _sentences(doc, frozenset(q.start for q in quotations)):
        if not any(t.is_alpha for t in sent):
            continue
        cuts = _split_points(sent, quotations, at_contrast=at_contrast)
        bounds: list[tuple[int, int, str | None]] = []
        start_char = sent.start_char
        connective: str | None = None
        for tok_i, conn in cuts:
            bounds.append((start_char, doc[tok_i].idx, connective))
            start_char, connective = doc[tok_i].idx, conn
        bounds.append((start_char, sent.end_char, connective))
        for s, e, conn in bounds:
            s, e = _trimmed(text, s, e)
            if e <= s:
                continue
            span = doc.char_span(s, e, alignment_mode="expand")
            if span is None:  # pragma: no cover - expand mode always aligns
                continue
            units.append(
                RawUnit(
                    start=offset + s,
                    end=offset + e,
                    text=text[s:e],
                    paragraph=paragraph,
                    sentence=sentence,
                    span=span,
                    split_connective=conn,
                    quotations=quotations,
                )
            )
        sentence += 1
    return units
