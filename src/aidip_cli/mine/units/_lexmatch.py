"""Whole-word, case-insensitive phrase matching against the lexicons.

One compiled regex per phrase list (longest phrases first) so matching a unit costs one scan.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from ...lexicons import load as load_lexicon


def compile_phrases(phrases: Iterable[str]) -> re.Pattern[str]:
    ordered = sorted({p.lower() for p in phrases}, key=lambda p: (-len(p), p))
    alternatives = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in ordered)
    return re.compile(rf"(?<![\w'’-])(?:{alternatives})(?![\w-])", re.IGNORECASE)


@cache
def pattern(lexicon: str, key: str) -> re.Pattern[str]:
    entry = load_lexicon(lexicon)[key]
    phrases = entry["markers"] if isinstance(entry, dict) else entry
    return compile_phrases(phrases)


def find_all(lexicon: str, key: str, text: str) -> list[str]:
    """The distinct phrases of ``lexicon[key]`` found in ``text``, in order, lower-cased."""
    seen: list[str] = []
    for match in pattern(lexicon, key).finditer(text):
        phrase = re.sub(r"\s+", " ", match.group(0).lower())
        if phrase not in seen:
            seen.append(phrase)
    return seen


#: What may stand before a unit's first word: quotes, a bracket, a bullet or a dash.
LEADING_PUNCTUATION = " \"'“‘(*-–—"


def starts_with(lexicon: str, key: str, text: str) -> str | None:
    """The phrase of ``lexicon[key]`` that opens ``text`` (ignoring leading quotes), if any."""
    stripped = text.lstrip(LEADING_PUNCTUATION)
    match = pattern(lexicon, key).match(stripped)
    return re.sub(r"\s+", " ", match.group(0).lower()) if match else None
