"""The dependency tree every evaluation level is computed from.

Gold trees (from the microtext XML) and predicted trees (from an engine, or projected from an
:class:`~aidip_cli.model.Analysis`) are both turned into an :class:`ArgTree`, so the metrics
never need to know where a tree came from. Segments are numbered 1..n, as in the corpus
README and in evidencegraph, so vectors and hand-computed examples read the same.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from ..errors import AidipError

#: Full relation set of the microtext corpus after conversion (README, "Converting ...").
FULL_LABELS = ("sup", "exa", "reb", "und", "link")

#: Any label we accept → the "simple" set (sup / att) the standard evaluation uses.
SIMPLE_LABEL = {
    "sup": "sup",
    "exa": "sup",
    "link": "sup",
    "support": "sup",
    "reb": "att",
    "und": "att",
    "att": "att",
    "attack": "att",
}


class TreeError(AidipError):
    """A tree the harness cannot score: wrong length, no single root, a cycle, a bad label."""


class TreeLike(Protocol):
    """What ``aidip_cli.mine.engine.predict_tree`` returns (duck-typed: any object will do)."""

    heads: list[int | None]
    labels: list[str | None]
    root: int


@dataclass(frozen=True)
class ArgTree:
    """A rooted tree over segments 1..size: each non-root segment has one (target, label)."""

    size: int
    edges: tuple[tuple[int, int, str], ...]
    root: int

    def __post_init__(self) -> None:
        _check_tree(self.size, self.edges, self.root)

    def head_of(self) -> dict[int, tuple[int, str]]:
        """Segment → (target segment, simple label)."""
        return {src: (trg, SIMPLE_LABEL[label]) for src, trg, label in self.edges}

    def roles(self) -> list[int]:
        """Dialectical role per segment (0 = proponent, 1 = opponent).

        The root is the proponent; every ``att`` edge on the path to the root flips the role.
        """
        heads = self.head_of()
        roles: list[int] = []
        for seg in range(1, self.size + 1):
            flips = 0
            node = seg
            while node != self.root:
                trg, label = heads[node]
                flips += label == "att"
                node = trg
            roles.append(flips % 2)
        return roles

    @classmethod
    def from_prediction(cls, prediction: TreeLike, size: int) -> ArgTree:
        """Convert an engine's 0-based ``heads``/``labels`` into a 1-based tree.

        Raises :class:`TreeError` with one line when the prediction is not a tree over
        exactly ``size`` units: a harness must never crash on, or silently repair, engine bugs.
        """
        heads = list(prediction.heads)
        labels = list(prediction.labels)
        if len(heads) != size or len(labels) != size:
            raise TreeError(
                f"engine returned {len(heads)} heads and {len(labels)} labels for {size} units"
            )
        root = prediction.root
        if not 0 <= root < size or heads[root] is not None:
            raise TreeError(f"engine root {root} is not a unit without a head")
        edges: list[tuple[int, int, str]] = []
        for index, (head, label) in enumerate(zip(heads, labels, strict=True)):
            if index == root:
                continue
            if head is None or not 0 <= head < size:
                raise TreeError(f"engine gave unit {index} the head {head!r}")
            if label not in SIMPLE_LABEL:
                raise TreeError(f"engine gave unit {index} the label {label!r}")
            edges.append((index + 1, head + 1, SIMPLE_LABEL[label]))
        return cls(size=size, edges=tuple(edges), root=root + 1)


def baseline_tree(size: int) -> ArgTree:
    """The trivial baseline: segment 1 is the central claim, every other segment supports it."""
    return ArgTree(size=size, edges=tuple((seg, 1, "sup") for seg in range(2, size + 1)), root=1)


def _check_tree(size: int, edges: Sequence[tuple[int, int, str]], root: int) -> None:
    if size < 1 or not 1 <= root <= size:
        raise TreeError(f"tree root {root} outside 1..{size}")
    heads: dict[int, int] = {}
    for src, trg, label in edges:
        if label not in SIMPLE_LABEL:
            raise TreeError(f"unknown relation label {label!r}")
        if not (1 <= src <= size and 1 <= trg <= size) or src == trg:
            raise TreeError(f"edge {src}→{trg} outside 1..{size}")
        if src in heads or src == root:
            raise TreeError(f"segment {src} has more than one head")
        heads[src] = trg
    if len(heads) != size - 1:
        raise TreeError(f"{size - 1 - len(heads)} segment(s) have no head")
    for seg in heads:
        seen = {seg}
        node = seg
        while node != root:
            node = heads[node]
            if node in seen:
                raise TreeError(f"cycle through segment {seg}")
            seen.add(node)
