"""Whole-word, case-insensitive phrase matching against the lexicons.

One compiled regex per phrase list (longest phrases first) so matching a unit costs one scan.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from ...lexicons import load as load_lexicon


def compile_phrases(phrases: Iterable[str]) -> re.Pattern[str]:
    """One regex for the phrases, folded into a tree of shared beginnings so that a position
    where no phrase starts fails on its first character. At a position where several phrases
    match (one then begins the other), the longest is taken, as a plain alternation ordered
    longest first would."""
    tree: dict[str, dict] = {}  # type: ignore[type-arg]
    for phrase in {p.lower() for p in phrases}:
        node = tree
        for piece in re.findall(r" +|.", phrase, re.DOTALL):
            node = node.setdefault(r"\s+" if piece.isspace() else re.escape(piece), {})
        node[_END] = {}
    return re.compile(rf"(?<![\w'’-])(?:{_alternatives(tree)})(?![\w-])", re.IGNORECASE)


_END = ""  # the key that marks the end of a phrase in the tree


def _alternatives(node: dict[str, dict]) -> str:  # type: ignore[type-arg]
    branches = [piece + _alternatives(node[piece]) for piece in sorted(node) if piece != _END]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if _END not in node:
        return body
    return f"(?:{body})?" if len(branches) == 1 else body + "?"


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
