"""The one argument-tree type: what the decoder builds, corpora hold as gold, and metrics score.

Units are numbered 0..n-1 in text order. Each unit has a head (the unit it supports or attacks)
or none; exactly one unit, the root, is the major (central) claim. A tree is *complete* when
every unit but the root has a head (gold trees and trees decoded over gold segments are); the
analyser's own trees may leave background units unattached. Labels are ``"support"`` and
``"attack"`` (the values of :class:`~aidip_cli.schema.RelationType`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from .errors import AidipError

SUPPORT = "support"
ATTACK = "attack"
LABELS = (SUPPORT, ATTACK)


class TreeError(AidipError):
    """Heads and labels that do not form a tree: wrong length, bad root or label, a cycle."""


@dataclass(frozen=True)
class ArgTree:
    """A rooted tree (or a partial one) over units 0..n-1."""

    heads: tuple[int | None, ...]
    labels: tuple[str | None, ...]
    root: int

    def __post_init__(self) -> None:
        _check(self.heads, self.labels, self.root)

    @classmethod
    def build(cls, heads: Sequence[int | None], labels: Sequence[str | None], root: int) -> ArgTree:
        return cls(tuple(heads), tuple(labels), root)

    @classmethod
    def from_edges(cls, size: int, edges: Iterable[tuple[int, int, str]], root: int) -> ArgTree:
        """From ``(source, target, label)`` triples; units without an edge stay unattached."""
        heads: list[int | None] = [None] * size
        labels: list[str | None] = [None] * size
        for source, target, label in edges:
            if not 0 <= source < size:
                raise TreeError(f"edge source {source} outside 0..{size - 1}")
            if heads[source] is not None:
                raise TreeError(f"unit {source} has more than one head")
            heads[source], labels[source] = target, label
        return cls(tuple(heads), tuple(labels), root)

    @classmethod
    def trivial(cls, size: int) -> ArgTree:
        """The trivial baseline: unit 0 is the claim, every other unit supports it."""
        if size < 1:
            raise TreeError("a tree needs at least one unit")
        return cls((None,) + (0,) * (size - 1), (None,) + (SUPPORT,) * (size - 1), 0)

    @property
    def size(self) -> int:
        return len(self.heads)

    @property
    def complete(self) -> bool:
        """Every unit but the root is attached."""
        return all(h is not None for i, h in enumerate(self.heads) if i != self.root)

    def edges(self) -> list[tuple[int, int, str]]:
        """``(source, target, label)`` of every attached unit, in unit order."""
        return [
            (i, head, label)
            for i, (head, label) in enumerate(zip(self.heads, self.labels, strict=True))
            if head is not None and label is not None
        ]

    def roles(self) -> list[int]:
        """Dialectical role per unit (0 = proponent, 1 = opponent).

        The root is the proponent and every attack on the path to the root flips the role; an
        unattached unit counts as a proponent.
        """
        roles: list[int] = []
        for unit in range(self.size):
            flips = 0
            node: int | None = unit
            while node is not None and node != self.root:
                flips += self.labels[node] == ATTACK
                node = self.heads[node]
            roles.append(flips % 2)
        return roles


def _check(heads: Sequence[int | None], labels: Sequence[str | None], root: int) -> None:
    size = len(heads)
    if size < 1 or len(labels) != size:
        raise TreeError(f"{size} heads and {len(labels)} labels do not make a tree")
    if not 0 <= root < size or heads[root] is not None:
        raise TreeError(f"root {root} is not a unit without a head")
    for unit, (head, label) in enumerate(zip(heads, labels, strict=True)):
        if head is None:
            if label is not None:
                raise TreeError(f"unit {unit} has a label but no head")
            continue
        if not 0 <= head < size or head == unit:
            raise TreeError(f"unit {unit} has the head {head!r}")
        if label not in LABELS:
            raise TreeError(f"unit {unit} has the label {label!r}")
    done = [False] * size  # the path up from this unit is known to end (linear overall)
    for unit in range(size):
        path: list[int] = []
        on_path: set[int] = set()
        node: int | None = unit
        while node is not None and not done[node]:
            if node in on_path:
                raise TreeError(f"cycle through unit {node}")
            on_path.add(node)
            path.append(node)
            node = heads[node]
        for visited in path:
            done[visited] = True
