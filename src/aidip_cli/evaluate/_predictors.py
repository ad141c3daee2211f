"""What the harness scores on gold segments: a function from segments to a tree.

``baseline`` is the trivial tree (segment 1 the central claim, every other segment supporting
it); ``analyser`` is ``aidip``'s own scorer and tree builder (the shipped rules, a scorer file,
or a scorer trained in memory on a fold's training texts by :func:`trained`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from ..argtree import ArgTree, TreeError
from ..corpora.gold import GoldText
from ..errors import AidipError
from ..mine.scorers.base import Scorer
from ..mine.segments import predict_tree
from ..train import train

#: ``(segments, paragraph_of) -> tree`` over exactly those segments.
Predictor = Callable[[Sequence[str], Sequence[int] | None], ArgTree]

#: The systems ``aidip evaluate --system`` accepts.
SYSTEMS = ("default", "baseline")


def baseline(segments: Sequence[str], paragraph_of: Sequence[int] | None = None) -> ArgTree:
    """First segment = central claim; every other segment supports it."""
    return ArgTree.trivial(len(segments))


def analyser(scorer: Scorer | str | None = None) -> Predictor:
    """The analyser's tree over the given segments, with ``scorer`` (rules by default)."""

    def predict(segments: Sequence[str], paragraph_of: Sequence[int] | None = None) -> ArgTree:
        return predict_tree(segments, paragraph_of=paragraph_of, scorer=scorer)

    return predict


def trained(texts: Sequence[GoldText]) -> Predictor:
    """Train a scorer on ``texts`` (in memory: nothing is written) and predict with it."""
    return analyser(train(texts))


def resolve(system: str, *, scorer_file: Path | None = None) -> Predictor:
    """The predictor for a system name (``default`` or ``baseline``)."""
    if system == "baseline":
        return baseline
    if system == "default":
        return analyser(str(scorer_file) if scorer_file is not None else None)
    raise AidipError(f"unknown system {system!r} (choose from: {', '.join(SYSTEMS)})")


def checked(prediction: ArgTree, size: int) -> ArgTree:
    """``prediction`` if it is a complete tree over ``size`` segments, else a one-line error:
    a harness must never crash on, or silently repair, a predictor's bug."""
    if prediction.size != size:
        raise TreeError(f"the predictor returned a tree over {prediction.size} units for {size}")
    if not prediction.complete:
        raise TreeError("the predictor left segments unattached")
    return prediction
