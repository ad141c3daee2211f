"""What attribution reads of a parsed paragraph over and over, taken from it once: the columns
it reads at every word (part of speech, fine tag, lower-case form) with ``Doc.to_array``, the
sentence each word is in, and the paragraph's text.

Reading an attribute off a spaCy ``Token`` costs 50-200 ns a word (``Token.pos`` builds an
enum member each time), and every unit is scanned word by word several times; the columns are
plain lists of ints, as ``Token.pos``, ``Token.tag`` and ``Token.lower`` give them.
``Token.sent`` and ``Doc.text`` build their answer anew on every call."""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from spacy.attrs import LOWER, POS, TAG
from spacy.strings import get_string_id

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


class Columns(NamedTuple):
    """One entry a word, in the unit's order."""

    pos: list[int]  # the universal part of speech (``spacy.symbols``: VERB, PROPN ...)
    tag: list[int]  # the fine tag, as the id of its string (``string_id("NN")``)
    lower: list[int]  # the lower-case form, as the id of its string (``string_id("old")``)


# where a document keeps its columns once read
_KEY = "aidip_attribution_columns"


def unit_columns(unit: Span) -> Columns:
    """The columns of the unit's words (the document's are read on its first unit)."""
    doc = unit.doc
    whole = doc.user_data.get(_KEY)
    if whole is None:
        if len(doc):
            pos, tag, lower = doc.to_array([POS, TAG, LOWER]).T.tolist()
        else:
            pos, tag, lower = [], [], []
        whole = doc.user_data[_KEY] = Columns(pos, tag, lower)
    start, end = unit.start, unit.end
    return Columns(whole.pos[start:end], whole.tag[start:end], whole.lower[start:end])


def string_id(text: str) -> int:
    """The id spaCy gives this string, which ``Columns.tag`` and ``Columns.lower`` hold."""
    return int(get_string_id(text))


# where a document keeps, for each of its words, the sentence the word is in
_SENTENCES_KEY = "aidip_attribution_sentences"


def sentence_of(tok: Token) -> Span:
    """The sentence the word is in (``Token.sent``, which makes a span of the word and walks out
    to the sentence's ends on every call: 3-5 µs)."""
    doc = tok.doc
    found = doc.user_data.get(_SENTENCES_KEY)
    if found is None:
        found = doc.user_data[_SENTENCES_KEY] = _sentence_of_each_word(doc)
    return found[tok.i]  # type: ignore[no-any-return]


def _sentence_of_each_word(doc: Doc) -> list[Span]:
    found: list[Span] = []
    for sentence in doc.sents:
        found += [sentence] * len(sentence)
    return found


# where a document keeps its text (``Doc.text`` joins every word again on each call)
_TEXT_KEY = "aidip_attribution_text"


def document_text(doc: Doc) -> str:
    """The document's text (a span's text is a slice of it)."""
    found = doc.user_data.get(_TEXT_KEY)
    if found is None:
        found = doc.user_data[_TEXT_KEY] = doc.text
    return found  # type: ignore[no-any-return]
