"""The five evaluation levels of the microtext protocol, and how a fold is scored.

Per text, a complete tree becomes one vector per level (corpus README, "Evaluation"; the
README numbers segments from 1, :class:`~aidip_cli.argtree.ArgTree` from 0 — the vectors are
the same, and ``lat`` is written in the README's numbering):

* ``cc``  — per segment: 1 if it is the central claim (root), else 0;
* ``ro``  — per segment: dialectical role, 0 = proponent, 1 = opponent (root = proponent,
  every ``att`` edge flips);
* ``fu``  — per segment, simple relation set: 0 = central claim, 1 = sup, 2 = att;
* ``at``  — per ordered pair (i, j), i ≠ j, sorted lexicographically: 1 if i attaches to j;
* ``lat`` — per segment including the root: its (target, simple label); root = (0, "cc").

A fold concatenates the vectors of its texts (sorted by id — callers pass them in that order)
and scores ``cc``/``ro``/``fu``/``at`` with macro-F1 and ``lat`` with accuracy. Macro-F1 is
flattered by the large negative class of ``cc`` and ``at``, so the F1 of the class that matters
is scored next to it: ``cc_claim`` (class 1 of ``cc``: the central claim) and ``at_attached``
(class 1 of ``at``: the pair is attached). The fold scores are then averaged: mean and
population standard deviation (``ddof=0``).
"""

from __future__ import annotations

import math
from collections.abc import Hashable, Sequence

from ..argtree import SUPPORT, ArgTree, TreeError

#: Levels scored with macro-F1, in report order; ``lat`` (accuracy) comes last.
F1_LEVELS = ("cc", "ro", "fu", "at")
LEVELS = (*F1_LEVELS, "lat")
#: Classes also scored alone, next to the macro-F1 of their level: name → (level, class).
CLASS_SCORES = {"cc_claim": ("cc", 1), "at_attached": ("at", 1)}


def level_vectors(tree: ArgTree) -> dict[str, list]:
    """The five vectors of one complete tree (see the module docstring)."""
    if not tree.complete:
        raise TreeError("only a complete tree (every segment attached) can be scored")
    n = tree.size
    cc = [int(seg == tree.root) for seg in range(n)]
    ro = tree.roles()
    short = ["cc" if h is None else "sup" if lab == SUPPORT else "att" for h, lab in _pairs(tree)]
    fu = [{"cc": 0, "sup": 1, "att": 2}[label] for label in short]
    at = [int(tree.heads[i] == j) for i in range(n) for j in range(n) if i != j]
    lat = [
        "0:cc" if head is None else f"{head + 1}:{label}"
        for (head, _), label in zip(_pairs(tree), short, strict=True)
    ]
    return {"cc": cc, "ro": ro, "fu": fu, "at": at, "lat": lat}


def _pairs(tree: ArgTree) -> list[tuple[int | None, str | None]]:
    return list(zip(tree.heads, tree.labels, strict=True))


def class_f1s(y_true: Sequence[Hashable], y_pred: Sequence[Hashable]) -> dict[Hashable, float]:
    """F1 of every class in ``y_true`` or ``y_pred``, with the semantics of scikit-learn's
    ``precision_recall_fscore_support(y_true, y_pred, average=None)[2]``: a class with no
    predicted (or no true) member gets precision (or recall) 0, as sklearn's default
    ``zero_division`` does. Written out here so the metric is visible and the evaluation does
    not pay for importing scikit-learn.
    """
    if len(y_true) != len(y_pred):
        raise ValueError(f"length mismatch: {len(y_true)} gold vs {len(y_pred)} predicted")
    if not y_true:
        raise ValueError("cannot score empty vectors")
    classes = set(y_true) | set(y_pred)
    tp = dict.fromkeys(classes, 0)
    n_true = dict.fromkeys(classes, 0)
    n_pred = dict.fromkeys(classes, 0)
    for gold, pred in zip(y_true, y_pred, strict=True):
        n_true[gold] += 1
        n_pred[pred] += 1
        if gold == pred:
            tp[gold] += 1
    scores: dict[Hashable, float] = {}
    for cls in classes:
        if tp[cls] == 0:
            scores[cls] = 0.0
            continue
        precision = tp[cls] / n_pred[cls]
        recall = tp[cls] / n_true[cls]
        scores[cls] = 2 * precision * recall / (precision + recall)
    return scores


def macro_f1(y_true: Sequence[Hashable], y_pred: Sequence[Hashable]) -> float:
    """Macro-averaged F1 as scikit-learn's ``precision_recall_fscore_support(y_true, y_pred,
    average="macro")[2]``: the unweighted mean of :func:`class_f1s` over the classes in either
    vector."""
    scores = class_f1s(y_true, y_pred)
    return sum(scores.values()) / len(scores)


def class_f1(y_true: Sequence[Hashable], y_pred: Sequence[Hashable], cls: Hashable) -> float:
    """F1 of one class (0 when the class is in neither vector, as sklearn's ``f1_score`` with
    ``labels=[cls]`` gives)."""
    return class_f1s(y_true, y_pred).get(cls, 0.0)


def accuracy(y_true: Sequence[Hashable], y_pred: Sequence[Hashable]) -> float:
    """Share of positions where prediction equals gold."""
    if len(y_true) != len(y_pred):
        raise ValueError(f"length mismatch: {len(y_true)} gold vs {len(y_pred)} predicted")
    if not y_true:
        raise ValueError("cannot score empty vectors")
    return sum(g == p for g, p in zip(y_true, y_pred, strict=True)) / len(y_true)


def pooled_vectors(trees: Sequence[ArgTree]) -> dict[str, list]:
    """The vectors of several trees concatenated level by level (in the order given)."""
    pooled: dict[str, list] = {level: [] for level in LEVELS}
    for tree in trees:
        for level, vector in level_vectors(tree).items():
            pooled[level].extend(vector)
    return pooled


def score_fold(gold: Sequence[ArgTree], predicted: Sequence[ArgTree]) -> dict[str, float]:
    """Score one fold: the texts' vectors pooled, macro-F1 per level, accuracy for ``lat``, and
    the F1 of the classes in :data:`CLASS_SCORES`."""
    if len(gold) != len(predicted):
        raise ValueError(f"{len(gold)} gold trees but {len(predicted)} predicted")
    for g, p in zip(gold, predicted, strict=True):
        if g.size != p.size:
            raise ValueError(f"a gold tree has {g.size} segments, its prediction {p.size}")
    gold_vectors = pooled_vectors(gold)
    pred_vectors = pooled_vectors(predicted)
    scores = {level: macro_f1(gold_vectors[level], pred_vectors[level]) for level in F1_LEVELS}
    scores["lat"] = accuracy(gold_vectors["lat"], pred_vectors["lat"])
    for name, (level, cls) in CLASS_SCORES.items():
        scores[name] = class_f1(gold_vectors[level], pred_vectors[level], cls)
    return scores


def summarise(per_fold: Sequence[dict[str, float]]) -> dict[str, tuple[float, float]]:
    """Level → (mean, population standard deviation) over the folds."""
    if not per_fold:
        raise ValueError("no folds to summarise")
    summary: dict[str, tuple[float, float]] = {}
    for level in per_fold[0]:
        values = [fold[level] for fold in per_fold]
        mean = math.fsum(values) / len(values)
        variance = math.fsum((v - mean) ** 2 for v in values) / len(values)
        summary[level] = (mean, math.sqrt(variance))
    return summary
