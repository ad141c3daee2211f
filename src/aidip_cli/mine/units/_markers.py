"""Discourse markers: which class of marker opens a unit, and which appear inside it."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ...lexicons import load as load_lexicon
from ._lexmatch import LEADING_PUNCTUATION, find_all, pattern, starts_with

# Opening markers that mean something only when they open a split-off clause ("X, as Y"):
# at the start of a whole sentence ("As talks stalled, ...") they frame rather than give a reason.
_CLAUSE_ONLY = {"as", "since", "for", "so that", "which means", "given", "while", "though"}
# Reason markers that open a phrase, not a clause: at the start of a sentence they give the
# reason for the claim in the same sentence.
_PHRASE_REASONS = {"due to", "owing to", "in view of"}
_TAKEN_FOR_GRANTED = re.compile(r"\bfor granted\b", re.I)
# Opening markers that mark the clause as conceded (the writer grants it, then overrides it).
CONCESSIVE_OPENERS = {"although", "though", "even though", "even if", "whereas", "while"}


# An unnamed group voicing the other side: "Some diplomats fear that ...", "Many economists
# doubt ...", "Other governments object ...". Verbs of opposition only: "Some analysts believe
# / estimate / say" reports evidence, not an objection.
_OPPOSING_VERBS = (
    r"(?:fear|fears|argue|argues|worry|warn|object|insist|contend|complain|doubt|question"
    r"|dismiss|reject|counter|retort|protest)"
)
_OPPOSING_VOICE = re.compile(
    r"\b(?:(?:some|many|other|several)\s+(?:[a-z-]+\s+){1,2}?"
    r"|(?:critics|sceptics|skeptics|opponents|detractors)\s+(?:[a-z]+ly\s+|also\s+|still\s+)?)"
    + _OPPOSING_VERBS
    + r"\b",
    re.I,
)


@dataclass(frozen=True)
class Marker:
    text: str
    cls: str


def marker_classes() -> list[str]:
    return list(load_lexicon("markers"))


# "So far the pressure has had the opposite effect", "So much for the summit": "so" of degree
# or time, no conclusion.
_SO_AS_DEGREE = re.compile(r"so\s+(?:far|much|many|long|often|few|little|too|called)\b", re.I)


def opening_marker(text: str, *, split_connective: str | None) -> Marker | None:
    """The marker that opens the unit, by class priority (summary before conclusion, ...)."""
    best: Marker | None = None
    opening = text.lstrip(LEADING_PUNCTUATION)
    for cls in (
        "summary",
        "conclusion",
        "example",
        "contrast",
        "reason",
        "addition",
        "restatement",
    ):
        found = starts_with("markers", cls, text)
        if found is None or (found == "so" and _SO_AS_DEGREE.match(opening)):
            continue
        if found in _CLAUSE_ONLY and split_connective is None:
            continue
        if best is None or len(found) > len(best.text):
            best = Marker(found, cls)
    if best is not None and best.text in CONCESSIVE_OPENERS:
        return Marker(best.text, "concession")
    if best is not None and best.text in _PHRASE_REASONS and split_connective is None:
        # "Due to the many random factors, X should ...": the phrase is the reason, the main
        # clause the claim it leads to.
        return Marker(best.text, "conclusion")
    return best


def inner_markers(text: str) -> list[Marker]:
    """Markers that may stand anywhere (concession, thesis)."""
    found: list[Marker] = []
    for cls in ("concession", "thesis"):
        found.extend(Marker(m, cls) for m in find_all("markers", cls, text))
    if _TAKEN_FOR_GRANTED.search(text):  # "what firms take for granted, ..." concedes nothing
        found = [m for m in found if m.text != "granted,"]
    voice = _OPPOSING_VOICE.search(text)
    if voice and not any(m.cls == "concession" for m in found):
        found.append(Marker(re.sub(r"\s+", " ", voice.group(0).lower()), "concession"))
    return found


def adds_a_point(text: str) -> str | None:
    """The word by which a sentence says it adds one more reason: 'also' anywhere ("Selling
    also buys influence."), 'too' or 'as well' closing it ("Allies would notice, too."), not
    "too late" nor "as well as"."""
    inside = pattern("markers", "added_inside").search(text)
    if inside is not None:
        return inside.group(0).lower()
    closing = re.search(
        pattern("markers", "added_at_end").pattern + r"\s*[.!?]?[\"”’]?\s*$", text, re.I
    )
    return re.sub(r"\s+", " ", closing.group(0).rstrip(' .!?"”’').lower()) if closing else None
