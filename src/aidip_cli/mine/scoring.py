"""The default scorer: transparent rules over discourse markers, modality and position.

It learns nothing from any corpus (so it can ship under the project's licence). Each score is a
sum of named contributions; the largest marker contribution becomes the relation's ``cue``, so
a reader can see why an edge exists. A learned scorer (``mine/learn.py``) has the same interface.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from ..model import Kind
from .features import UnitFeatures, overlap


@dataclass(frozen=True)
class UnitScore:
    major_claim: float  # how much the unit reads as the essay's thesis (0..1)
    background: float  # how much it reads as scene-setting rather than argument (0..1)


@dataclass(frozen=True)
class EdgeScore:
    weight: float  # how likely `source` attaches to `target` (0..1)
    attack: float  # probability that the attachment is an attack rather than a support
    cue: str
    cue_kind: str  # "marker" | "structural" | "learned"


class Scorer(Protocol):
    name: str

    def unit_scores(self, units: list[UnitFeatures]) -> list[UnitScore]: ...

    def edge_score(self, units: list[UnitFeatures], source: int, target: int) -> EdgeScore: ...


def _clamp(x: float, lo: float = 0.01, hi: float = 0.99) -> float:
    return max(lo, min(hi, x))


class RuleScorer:
    """Hand-written rules; every weight below is a readable, general heuristic."""

    name = "rules-v1"

    def unit_scores(self, units: list[UnitFeatures]) -> list[UnitScore]:
        return [UnitScore(self._major(u), self._background(u, units)) for u in units]

    def _major(self, u: UnitFeatures) -> float:
        score = 0.2
        kinds = set(u.kinds)
        last_paragraph = u.paragraph == u.n_paragraphs - 1 and u.n_paragraphs > 1
        first_paragraph = u.paragraph == 0
        if u.opener_cls == "summary":
            score += 0.45 + (0.15 if last_paragraph else 0.0)
        if any(m.cls == "thesis" for m in u.inner):
            score += 0.2
        if Kind.NORMATIVE in kinds:
            score += 0.15
        if Kind.EVALUATIVE in kinds:
            score += 0.05
        if last_paragraph:
            score += 0.08 + (0.04 if u.is_paragraph_first else 0.0)
        if first_paragraph and u.n_paragraphs > 1:
            score += 0.04 if u.is_paragraph_last else 0.0
        if u.n_paragraphs == 1:  # short texts: the thesis opens or closes them
            if u.index == 0:
                score += 0.12
            if u.position_in_paragraph == u.paragraph_size - 1:
                score += 0.06
        if u.opener_cls in {"reason", "example", "addition"} or u.split_connective:
            score -= 0.3
        if u.opener_cls == "contrast":
            score -= 0.05
        if u.opener_cls == "conclusion":
            score += 0.05
        if u.is_concession:
            score -= 0.35
        if Kind.STATISTICAL in kinds:
            score -= 0.15
        if u.attribution.status != "none":
            score -= 0.1
        if u.is_question:
            score -= 0.2
        if u.is_definition:
            score -= 0.3
        if u.n_tokens < 6:
            score -= 0.15
        return _clamp(score)

    def _background(self, u: UnitFeatures, units: list[UnitFeatures]) -> float:
        score = 0.1
        if u.is_definition:
            score += 0.5
        if u.paragraph == 0 and u.n_paragraphs > 2 and u.opener is None and not u.inner:
            kinds = set(u.kinds)
            if Kind.NORMATIVE not in kinds and Kind.PREDICTIVE not in kinds:
                score += 0.25
            if units and any(v.paragraph == 0 and v.is_definition for v in units):
                score += 0.15
        if u.opener is not None or u.is_concession:
            score -= 0.3
        if Kind.NORMATIVE in u.kinds:
            score -= 0.2
        return _clamp(score)

    def edge_score(self, units: list[UnitFeatures], source: int, target: int) -> EdgeScore:
        s, t = units[source], units[target]
        d = target - source
        same_par = s.paragraph == t.paragraph
        contributions: list[tuple[float, str, str]] = []  # (delta, cue, kind)
        attack = 0.05

        # Structural prior: arguments mostly attach to a close unit.
        if same_par:
            base = 0.32 if d == -1 else 0.24 if d == 1 else max(0.05, 0.22 - 0.03 * abs(d))
            contributions.append(
                (base, "adjacent sentence" if abs(d) == 1 else "same paragraph", "structural")
            )
            if t.is_paragraph_first and not s.is_paragraph_first:
                contributions.append((0.06, "paragraph's opening claim", "structural"))
        else:
            base = 0.06 if abs(s.paragraph - t.paragraph) == 1 else 0.03
            if s.is_paragraph_first and t.is_paragraph_first:
                base += 0.04
            contributions.append((base, "neighbouring paragraph", "structural"))

        # Markers on the source: it gives a reason, an example, a turn, a concession ...
        opener = s.opener_cls
        if opener in {"reason", "example"} and d == -1 and same_par:
            contributions.append((0.5, s.opener.text if s.opener else "reason", "marker"))
        elif opener in {"reason", "example"} and d < -1 and same_par:
            contributions.append((0.1, s.opener.text if s.opener else "reason", "marker"))
        if opener == "addition" and same_par and d < 0:
            contributions.append(
                (0.12 if d == -1 else 0.1, s.opener.text if s.opener else "", "marker")
            )
        if opener == "contrast" and d == -1:
            contributions.append((0.3, s.opener.text if s.opener else "contrast", "marker"))
            attack = 0.8
        elif opener == "contrast" and d < -1 and same_par:
            attack = 0.5
        if s.is_concession:
            if t.is_concession:
                contributions.append((-0.2, "concession", "marker"))
            elif d > 0:
                contributions.append((0.1, "concession", "marker"))
            attack = max(attack, 0.85)
        if opener == "contrast" and t.is_concession and d < 0:
            contributions.append(
                (0.35, f"{s.opener.text if s.opener else 'but'} (rebuttal)", "marker")
            )
            attack = 0.9
        if opener in {"conclusion", "summary"} and d == -1:
            # A conclusion is supported by what precedes it; it does not support its own premise.
            contributions.append((-0.25, "conclusion marker", "marker"))

        # Markers on the target: "Therefore T" is supported by the unit(s) just before it.
        if t.opener_cls in {"conclusion", "summary"} and d in (1, 2) and same_par:
            cue = t.opener.text if t.opener else "therefore"
            contributions.append((0.45 if d == 1 else 0.2, cue, "marker"))
        if t.opener_cls in {"conclusion"} and d == 1 and not same_par and s.is_paragraph_last:
            contributions.append((0.25, t.opener.text if t.opener else "therefore", "marker"))
        if t.opener_cls in {"reason", "example"} and t.split_connective is None and d > 0:
            contributions.append((-0.05, "reason marker on target", "structural"))
        if t.split_connective and d == -1 and not s.split_connective:
            contributions.append((-0.2, "split clause", "structural"))
        if s.split_connective and s.opener_cls not in {"contrast", "concession"} and d == -1:
            contributions.append((0.15, s.split_connective, "marker"))

        # Content: units about the same things tend to be linked.
        ov = overlap(s, t)
        if ov > 0:
            contributions.append((0.25 * ov, "lexical overlap", "structural"))
        if Kind.STATISTICAL in s.kinds and Kind.STATISTICAL not in t.kinds:
            contributions.append((0.03, "evidence for a claim", "structural"))
        if t.is_definition:
            contributions.append((-0.15, "definition", "structural"))

        weight = _clamp(sum(c[0] for c in contributions))
        markers = [c for c in contributions if c[2] == "marker" and c[0] > 0]
        if markers:
            best = max(markers, key=lambda c: c[0])
        else:
            best = max(contributions, key=lambda c: c[0])
        return EdgeScore(weight=weight, attack=attack, cue=best[1], cue_kind=best[2])
