"""The default scorer: transparent rules over discourse markers, modality and position.

It learns nothing from any corpus (so it can ship under the project's licence). Each score is a
sum of named contributions; the largest marker contribution becomes the relation's ``cue``, so
a reader can see why an edge exists. A learned scorer (``mine/learn.py``) has the same interface.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from itertools import takewhile
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

    @property
    def is_attack(self) -> bool:
        """The one place that turns the attack probability into a relation type."""
        return self.attack >= 0.5


class Scorer(Protocol):
    name: str

    def unit_scores(self, units: list[UnitFeatures]) -> list[UnitScore]: ...

    def edge_score(self, units: list[UnitFeatures], source: int, target: int) -> EdgeScore: ...


def _clamp(x: float, lo: float = 0.01, hi: float = 0.99) -> float:
    return max(lo, min(hi, x))


# A turn near the start of a unit ("Indeed, however, ...", "This, however, ...") counts like an
# opening "However": the unit answers what came before it.
_EARLY_TURN = re.compile(r"^\W*(?:\w+\W+){0,3}?(?:however|nevertheless|nonetheless)\b", re.I)
# A conclusion stated inside the unit ("Higher fines are therefore ...", "That's why ...").
_INNER_CONCLUSION = re.compile(
    r"\b(?:therefore|thus|hence|consequently|that's why|that is why|this is why|which is why)\b",
    re.I,
)
_TURN_OPENERS = {"concession"}  # "although"/"while" open a conceded clause, not a turn


def _memo(u: UnitFeatures, key: str, compute: Callable[[], float]) -> float:
    """Per-unit values the pair scorer asks for many times (one unit meets ~20 candidates).

    Kept on the unit itself (``UnitFeatures.extra``), so they live exactly as long as the
    document's features and always belong to the same list of units.
    """
    value = u.extra.get(key)
    if value is None:
        value = u.extra[key] = float(compute())
    return value


def turns(u: UnitFeatures) -> bool:
    """The unit turns against what precedes it ("But ...", "X, however, ...")."""
    return bool(_memo(u, "turns", lambda: _turns(u)))


def _turns(u: UnitFeatures) -> bool:
    if u.opener_cls == "contrast":
        return True
    if u.opener_cls in _TURN_OPENERS:
        return False
    return bool(_EARLY_TURN.match(u.text))


def concludes(u: UnitFeatures) -> bool:
    """The unit is marked as following from others (opening or inner "therefore")."""
    return bool(
        _memo(
            u,
            "concludes",
            lambda: (
                u.opener_cls in {"conclusion", "summary"} or bool(_INNER_CONCLUSION.search(u.text))
            ),
        )
    )


def conceded(units: list[UnitFeatures], i: int) -> bool:
    """The writer grants this unit only to override it: a concession marker, or the very next
    unit of the paragraph turns against it ("X. But Y": X is the other side's point)."""
    return bool(_memo(units[i], "conceded", lambda: _conceded(units, i)))


def _conceded(units: list[UnitFeatures], i: int) -> bool:
    u = units[i]
    if u.n_paragraphs > 1:
        return _voices_other_side(u)
    if u.is_concession:
        return True
    if Kind.STATISTICAL in u.kinds or u.has_date:
        return False  # a reported fact followed by "yet" is evidence being weighed, not a side
    if i + 1 < len(units) and units[i + 1].paragraph == u.paragraph:
        nxt = units[i + 1]
        return turns(nxt) and not nxt.is_concession
    return False


# Split-off clauses that only set two facts side by side ("X, while Y"; "X, whereas Y").
_CONTRASTING_CLAUSES = {"while", "whereas"}


def _voices_other_side(u: UnitFeatures) -> bool:
    """Op-eds: only an opposing voice or a granted point is the other side.

    Essays set facts against each other all the time ("X, yet Y"; "X, while Y"); that is
    evidence being weighed, not an objection. So in multi-paragraph texts a unit is conceded only
    when it carries a concession marker ("Critics argue", "Admittedly", "some say") or opens a
    conceded clause ("although ...").
    """
    if u.opener_cls == "concession":
        return u.opener is not None and u.opener.text not in _CONTRASTING_CLAUSES
    return any(m.cls == "concession" for m in u.inner)


def _opening_prescribes(units: list[UnitFeatures]) -> bool:
    """The opening paragraph says what should be done (scans that paragraph only)."""
    return any(Kind.NORMATIVE in v.kinds for v in takewhile(lambda v: v.paragraph == 0, units))


class RuleScorer:
    """Hand-written rules; every weight below is a readable, general heuristic."""

    name = "rules-v2"

    def unit_scores(self, units: list[UnitFeatures]) -> list[UnitScore]:
        return [UnitScore(self._major(u, units), self._background(u, units)) for u in units]

    def _major(self, u: UnitFeatures, units: list[UnitFeatures]) -> float:
        score = 0.2
        if u.opener_cls not in {"conclusion", "summary"} and concludes(u):
            score += 0.2
        if not u.is_concession and conceded(units, u.index):
            score -= 0.25
        kinds = set(u.kinds)
        last_paragraph = u.paragraph == u.n_paragraphs - 1 and u.n_paragraphs > 1
        first_paragraph = u.paragraph == 0
        if u.opener_cls == "summary":
            # A summary of numbers closes a paragraph of evidence; it is not the thesis.
            bonus = 0.45 + (0.15 if last_paragraph else 0.0)
            score += bonus / 2 if Kind.STATISTICAL in kinds else bonus
        # Op-eds state what should be done early (then argue for it) or, failing that, at the end.
        early = u.paragraph <= 1 or (last_paragraph and not _opening_prescribes(units))
        if Kind.NORMATIVE in kinds and u.n_paragraphs > 2 and early:
            score += 0.1
        if not ({Kind.NORMATIVE, Kind.EVALUATIVE, Kind.PREDICTIVE} & kinds):
            score -= 0.1  # a bare fact is rarely the writer's thesis
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
        if s.split_connective == "which means":
            opener = None  # "X, which means Y": Y is what follows from X, not a reason for it
        if t.split_connective == "which means" and d == 1:
            contributions.append((0.5, "which means", "marker"))
        if opener in {"reason", "example"} and d == -1 and same_par:
            contributions.append((0.5, s.opener.text if s.opener else "reason", "marker"))
        elif opener in {"reason", "example"} and d < -1 and same_par:
            contributions.append((0.1, s.opener.text if s.opener else "reason", "marker"))
        if opener == "addition" and same_par and d < 0:
            contributions.append(
                (0.12 if d == -1 else 0.1, s.opener.text if s.opener else "", "marker")
            )
        s_turn, s_conc, t_conc = turns(s), conceded(units, source), conceded(units, target)
        turn_cue = s.opener.text if s.opener and s.opener_cls == "contrast" else "however"
        if s_turn and d == -1:
            contributions.append((0.3, turn_cue, "marker"))
        if s_conc:
            if t_conc:
                contributions.append((-0.2, "concession", "marker"))
            elif d > 0:
                contributions.append((0.1, "concession", "marker"))
            # The other side's point is raised against the writer's thesis.
            major = _memo(t, "major", lambda: self._major(t, units))
            contributions.append((0.2 * major, "concession", "marker"))
        if s_turn and t_conc and d < 0 and not s_conc:
            contributions.append((0.35, f"{turn_cue} (rebuttal)", "marker"))
        # Role consistency: a conceded unit belongs to the other side, so an edge between the
        # two sides is an attack and an edge within one side a support.
        if s_conc != t_conc and (s.n_paragraphs == 1 or s_conc or s_turn):
            # (In op-eds a reason given for an objection supports it; only a reply attacks it.)
            attack = 0.9 if (s_turn and t_conc) else 0.85
        if opener in {"conclusion", "summary"} and d == -1:
            # A conclusion is supported by what precedes it; it does not support its own premise.
            contributions.append((-0.25, "conclusion marker", "marker"))

        # Markers on the target: "Therefore T" is supported by the unit(s) just before it.
        if concludes(t) and d > 0 and same_par:
            cue = t.opener.text if t.opener else "therefore"
            contributions.append((0.45 if d == 1 else 0.2 if d == 2 else 0.1, cue, "marker"))
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
