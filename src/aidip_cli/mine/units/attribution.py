"""Where a claim comes from: a named source, a vague one ("experts say"), or none.

Fact-checkers care about the difference between "according to the IMF" and "projections
indicate": the first can be checked, the second cannot. A source counts as named when an
organisation or person entity introduces the content (subject of a reporting verb, object of
"according to", or the owner of a "study"/"report"), otherwise vague cues decide.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from ...lexicons import load as load_lexicon
from ...schema import Attribution, AttributionStatus
from ._lexmatch import pattern

if TYPE_CHECKING:
    from spacy.tokens import Span

_SOURCE_LABELS = {"ORG", "PERSON", "NORP", "GPE", "WORK_OF_ART", "LAW"}
_NOT_SOURCES = {"it", "this", "that", "they", "we", "he", "she", "which"}


@cache
def _lexicon(key: str) -> frozenset[str]:
    return frozenset(w.lower() for w in load_lexicon("attribution")[key])


def _source_entity(ents: list[Span], tokens: list) -> str | None:
    """An entity (not a technology) overlapping ``tokens``, as the source name."""
    ids = {t.i for t in tokens}
    for ent in ents:
        if ent.label_ in _SOURCE_LABELS and any(t.i in ids for t in ent):
            return ent.text
    return None


def _proper_name(head) -> str | None:  # type: ignore[no-untyped-def]
    """A proper-noun subject the NER missed ("Planet, a satellite operator, says ...")."""
    if head.lower_ in _NOT_SOURCES or not head.text[:1].isupper():
        return None
    introduced = any(child.dep_ == "appos" for child in head.children)  # "X, a think tank,"
    if head.pos_ != "PROPN" and not introduced:
        return None
    parts = [t for t in head.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"]
    return " ".join(t.text for t in [*parts, head])


def attribute(unit: Span, ents: list[Span] | None = None) -> Attribution:
    """Attribution of one unit span."""
    if ents is None:
        ents = list(unit.ents)  # Span.ents filters the doc's entities on every access
    reporting = _lexicon("reporting")
    source_nouns = _lexicon("source_nouns")
    text = unit.text

    # "according to X", "data from X", "a report by X"
    for match in pattern("attribution", "named_prepositions").finditer(text):
        # Span.char_span takes offsets relative to the span itself.
        after = unit.char_span(match.end(), len(text), alignment_mode="expand")
        if after is None:
            continue
        window = list(after)[:8]
        name = _source_entity(ents, window)
        if name:
            return Attribution(status=AttributionStatus.NAMED, source=name, cue=match.group(0))
        if match.group(0).lower() == "according to":
            return Attribution(status=AttributionStatus.VAGUE, cue=f"{match.group(0)} {window[0]}")

    for tok in unit:
        # "The IMF estimates ...", "A PwC study found ..."
        if tok.lemma_.lower() in reporting or tok.lower_ in reporting:
            subjects = [c for c in tok.children if c.dep_ in {"nsubj", "nsubjpass"}]
            for subj in subjects:
                name = _source_entity(ents, list(subj.subtree)) or _proper_name(subj)
                if name:
                    cue = f"{name} {tok.text}"
                    return Attribution(status=AttributionStatus.NAMED, source=name, cue=cue)
        # "a 2023 OECD survey", "the IMF's outlook", "a study by Stanford"
        if tok.lower_ in source_nouns and tok.pos_ in {"NOUN", "PROPN"}:
            name = _source_entity(ents, list(tok.subtree))
            if name:
                cue = " ".join(t.text for t in tok.subtree)
                return Attribution(status=AttributionStatus.NAMED, source=name, cue=cue)

    match = pattern("attribution", "vague_phrases").search(text)
    if match:
        return Attribution(status=AttributionStatus.VAGUE, cue=match.group(0))
    vague_sources = _lexicon("vague_sources")
    for tok in unit:
        if tok.lemma_.lower() in reporting and tok.pos_ == "VERB":
            for subj in (c for c in tok.children if c.dep_ in {"nsubj", "nsubjpass"}):
                if subj.lower_ in vague_sources and subj.lower_ not in _NOT_SOURCES:
                    cue = f"{subj.text} {tok.text}"
                    return Attribution(status=AttributionStatus.VAGUE, cue=cue)
    return Attribution()


_ANAPHORIC_SOURCE = re.compile(
    r"\b(?:the same|this|that|these|the)\s+"
    r"(?:report|study|survey|analysis|index|paper|review|estimate|estimates|figures|firm|"
    r"company|group|agency|organisation|organization|institute|body|bank|fund|office)\b",
    re.I,
)


def carries_back(text: str) -> str | None:
    """A phrase that points back at a source named earlier ("the same report"), if any."""
    match = _ANAPHORIC_SOURCE.search(text)
    return match.group(0) if match else None


def resolve_anaphora(
    texts: list[str], paragraphs: list[int], sentences: list[int], found: list[Attribution]
) -> None:
    """Carry attribution to units that inherit it (in place).

    A clause split off a reported sentence ("X found that A, while B") is reported too; and
    "the same report counted ..." points at the source named by an earlier unit nearby.
    """
    for i in range(1, len(found)):
        same_sentence = sentences[i] == sentences[i - 1]
        if same_sentence and found[i].status == AttributionStatus.NONE:
            found[i] = found[i - 1]
    last_named: tuple[int, Attribution] | None = None
    for i, (text, paragraph) in enumerate(zip(texts, paragraphs, strict=True)):
        if found[i].status == AttributionStatus.NAMED:
            last_named = (paragraph, found[i])
            continue
        if found[i].status != AttributionStatus.NONE or last_named is None:
            continue
        if paragraph - last_named[0] > 1:
            continue
        phrase = carries_back(text)
        if phrase:
            found[i] = Attribution(
                status=AttributionStatus.NAMED, source=last_named[1].source, cue=phrase
            )
