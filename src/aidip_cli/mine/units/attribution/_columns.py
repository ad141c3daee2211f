"""What attribution reads of a parsed paragraph over and over, taken from it once: the columns
it reads at every word (part of speech, fine tag, lower-case form, whether the word is in lower
case) with ``Doc.to_array``, and the sentence each word is in (the paragraph's text is kept by
:mod:`.._paragraph`, for the whole mine stage).

Reading an attribute off a spaCy ``Token`` costs 50-200 ns a word (``Token.pos`` builds an
enum member each time), and every unit is scanned word by word several times; the columns are
plain lists of ints, as ``Token.pos``, ``Token.tag``, ``Token.lower`` and ``Token.is_lower``
give them. ``Token.sent`` builds its answer anew on every call."""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from spacy.attrs import IS_LOWER, LOWER, POS, TAG
from spacy.strings import get_string_id

from .._paragraph import kept

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


class Columns(NamedTuple):
    """One entry a word, in the unit's order."""

    pos: list[int]  # the universal part of speech (``spacy.symbols``: VERB, PROPN ...)
    tag: list[int]  # the fine tag, as the id of its string (``string_id("NN")``)
    lower: list[int]  # the lower-case form, as the id of its string (``string_id("old")``)
    is_lower: list[int]  # 1 where every cased letter of the word is in lower case, else 0


def unit_columns(unit: Span) -> Columns:
    """The columns of the unit's words (the document's are read on its first unit)."""
    whole: Columns = kept(unit.doc, "aidip_attribution_columns", _columns_of)
    start, end = unit.start, unit.end
    return Columns(
        whole.pos[start:end],
        whole.tag[start:end],
        whole.lower[start:end],
        whole.is_lower[start:end],
    )


def _columns_of(doc: Doc) -> Columns:
    if not len(doc):
        return Columns([], [], [], [])
    pos, tag, lower, is_lower = doc.to_array([POS, TAG, LOWER, IS_LOWER]).T.tolist()
    return Columns(pos, tag, lower, is_lower)


def string_id(text: str) -> int:
    """The id spaCy gives this string, which ``Columns.tag`` and ``Columns.lower`` hold."""
    return int(get_string_id(text))


def sentence_of(tok: Token) -> Span:
    """The sentence the word is in (``Token.sent``, which makes a span of the word and walks out
    to the sentence's ends on every call: 3-5 µs)."""
    sentences: list[Span] = kept(tok.doc, "aidip_attribution_sentences", _sentence_of_each_word)
    return sentences[tok.i]


def _sentence_of_each_word(doc: Doc) -> list[Span]:
    found: list[Span] = []
    for sentence in doc.sents:
        found += [sentence] * len(sentence)
    return found
