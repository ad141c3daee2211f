"""The scorer contract: how much each unit reads as the thesis or as background, and how likely
one unit argues for (or against) another.

Two scorers fulfil it: the shipped rules (:mod:`.rules`) and a model file written by
``aidip train`` (:mod:`.learned`). The tree builder only ever sees these scores.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal, Protocol

if TYPE_CHECKING:
    from ..units.features import UnitFeatures

CueKind = Literal["marker", "structural", "learned"]


@dataclass(frozen=True)
class UnitScore:
    major_claim: float  # how much the unit reads as the essay's thesis (0..1)
    background: float  # how much it reads as scene-setting rather than argument (0..1)


@dataclass(frozen=True)
class EdgeScore:
    weight: float  # how likely `source` attaches to `target` (0..1)
    attack: float  # probability that the attachment is an attack rather than a support
    cue: str
    cue_kind: CueKind

    @property
    def is_attack(self) -> bool:
        """The one place that turns the attack probability into a relation type."""
        return self.attack >= 0.5


class Scorer(Protocol):
    name: str

    def unit_scores(self, units: list[UnitFeatures]) -> list[UnitScore]: ...

    def edge_score(self, units: list[UnitFeatures], source: int, target: int) -> EdgeScore: ...


def clamp(x: float, lo: float = 0.01, hi: float = 0.99) -> float:
    """Keep a score strictly inside (0, 1): no rule makes anything certain."""
    return max(lo, min(hi, x))
