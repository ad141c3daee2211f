"""The boilerplate cue lexicon (``lexicons/boilerplate.json``), compiled once per process.

Cue phrases live in a data file so they can be read and extended without touching code; this
module only compiles them and scores a paragraph against them.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Literal

from ..schema import ExclusionReason

Scope = Literal["line", "start", "contains"]
Zone = Literal["any", "edge"]

#: A paragraph is set aside once the cue weights for one reason reach this total.
THRESHOLD = 3

_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "\u00a0": " "})
_EDGE_MARKUP = " \t*_#>:|•·-–—=~`\"'[](){}"


@dataclass(frozen=True)
class Cue:
    reason: ExclusionReason
    scope: Scope
    zone: Zone
    weight: int
    max_words: int | None
    regex: re.Pattern[str]


@dataclass(frozen=True)
class Lexicon:
    cues: tuple[Cue, ...]
    nav_words: frozenset[str]
    bio_roles: frozenset[str]
    not_name_words: frozenset[str]
    name_particles: frozenset[str]


def fold(text: str) -> str:
    """Lower-case, straighten quotes and collapse whitespace, for matching only (never offsets)."""
    return " ".join(text.translate(_QUOTES).lower().split())


@cache
def lexicon() -> Lexicon:
    """Load and compile the packaged lexicon (cached: the file is read once per process)."""
    raw = json.loads(
        resources.files("aidip_cli").joinpath("lexicons", "boilerplate.json").read_text("utf-8")
    )
    cues = tuple(
        Cue(
            reason=ExclusionReason(entry["reason"]),
            scope=entry["scope"],
            zone=entry["zone"],
            weight=int(entry.get("weight", THRESHOLD)),
            max_words=entry.get("max_words"),
            regex=re.compile(entry["pattern"], re.IGNORECASE),
        )
        for entry in raw["cues"]
    )
    return Lexicon(
        cues=cues,
        nav_words=frozenset(raw["nav_words"]),
        bio_roles=frozenset(raw["bio_roles"]),
        not_name_words=frozenset(raw["not_name_words"]),
        name_particles=frozenset(raw["name_particles"]),
    )


def match_cues(text: str, *, edge: bool, anywhere: bool = True) -> ExclusionReason | None:
    """The boilerplate reason whose cues in ``text`` reach :data:`THRESHOLD`, if any.

    ``edge`` says the paragraph sits in the leading or trailing run of non-body material, where
    the weaker cues (disclaimer and promotion phrases) are allowed to count. ``anywhere=False``
    ignores cues that may occur mid-paragraph (used for prose at the top of a document, which
    is far more often the opening argument than a disclaimer).
    """
    folded = fold(text)
    bare = folded.strip(_EDGE_MARKUP)
    nwords = len(folded.split())
    scores: dict[ExclusionReason, int] = {}
    for cue in lexicon().cues:
        if (cue.zone == "edge" and not edge) or (cue.scope == "contains" and not anywhere):
            continue
        if cue.max_words is not None and nwords > cue.max_words:
            continue
        if cue.scope == "line":
            hit = cue.regex.fullmatch(bare) is not None
        elif cue.scope == "start":
            hit = cue.regex.match(bare) is not None
        else:
            hit = cue.regex.search(folded) is not None
        if hit:
            scores[cue.reason] = scores.get(cue.reason, 0) + cue.weight
    best = max(scores.items(), key=lambda item: item[1], default=None)
    if best is None or best[1] < THRESHOLD:
        return None
    return best[0]
