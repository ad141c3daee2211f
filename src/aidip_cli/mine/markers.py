"""Discourse markers: which class of marker opens a unit, and which appear inside it."""

from __future__ import annotations

from dataclasses import dataclass

from ..lexicons import load as load_lexicon
from .lexmatch import find_all, starts_with

# Opening markers that mean something only when they open a split-off clause ("X, as Y"):
# at the start of a whole sentence ("As talks stalled, ...") they frame rather than give a reason.
_CLAUSE_ONLY = {"as", "since", "for", "so that", "which means", "given", "while", "though"}
# Opening markers that mark the clause as conceded (the writer grants it, then overrides it).
CONCESSIVE_OPENERS = {"although", "though", "even though", "even if", "whereas", "while"}


@dataclass(frozen=True)
class Marker:
    text: str
    cls: str


def marker_classes() -> list[str]:
    return list(load_lexicon("markers"))


def opening_marker(text: str, *, split_connective: str | None) -> Marker | None:
    """The marker that opens the unit, by class priority (summary before conclusion, ...)."""
    best: Marker | None = None
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
        if found is None:
            continue
        if found in _CLAUSE_ONLY and split_connective is None:
            continue
        if best is None or len(found) > len(best.text):
            best = Marker(found, cls)
    if best is not None and best.text in CONCESSIVE_OPENERS:
        return Marker(best.text, "concession")
    return best


def inner_markers(text: str) -> list[Marker]:
    """Markers that may stand anywhere (concession, thesis)."""
    found: list[Marker] = []
    for cls in ("concession", "thesis"):
        found.extend(Marker(m, cls) for m in find_all("markers", cls, text))
    return found
