"""Which scorer a name means: the shipped rules, or a scorer file written by ``aidip train``."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from ...errors import LoadError
from .base import Scorer
from .learned import LearnedScorer
from .rules import RuleScorer

#: Names that choose the shipped rule scorer (``None`` does too).
RULES = ("default", "rules")


@cache
def get_scorer(ref: str | None = None) -> Scorer:
    """The scorer ``ref`` names: ``None``/``default``/``rules``, or the path of a scorer file.

    Loaded once per process and reference (a batch worker reuses it for every document).
    """
    if ref in (None, "", *RULES):
        return RuleScorer()
    path = Path(ref)
    if not path.is_file():
        raise LoadError(f"scorer file '{ref}' not found (train one with 'aidip train')")
    return LearnedScorer.load(path)
