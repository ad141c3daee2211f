"""Claim kinds (normative, predictive, ...) and the writer's hedges and boosters."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ...schema import Kind
from ._lexmatch import find_all

if TYPE_CHECKING:
    from ._quantities import FoundQuantity

#: Kinds of figure that are evidence whatever their size.
_EVIDENCE_KINDS = frozenset({"money", "percent", "percentage_point", "multiplier", "physical"})
#: From this count on, a count of things is a statistic ("12 provinces", not "two ministers").
LARGE_COUNT = 10


def hedges(text: str) -> list[str]:
    return find_all("modality", "hedges", text)


def boosters(text: str) -> list[str]:
    return find_all("modality", "boosters", text)


def uses_figure_as_evidence(quantities: Sequence[FoundQuantity], *, headline: bool) -> bool:
    """The statistical kind: the unit uses a figure as evidence.

    Money, percentages, percentage points, multipliers and physical amounts always are; a count
    is when it is large (10 or more), approximate ("dozens"), a range, or bounded by a qualifier
    ("at least three"). Durations on their own and small exact counts ("two ministers", "four
    sets of sanctions") are not, and a headline (a paragraph of one sentence with no final full
    stop) never is.
    """
    if headline:
        return False
    for q in quantities:
        if q.kind in _EVIDENCE_KINDS:
            return True
        if q.kind != "count":
            continue
        if q.is_range or q.qualifier != "exact":
            return True
        if q.value is not None and abs(q.value) >= LARGE_COUNT:
            return True
    return False


#: Normative cues that also describe a past requirement ("the order required developers to
#: share ...", "the strategy called for ..."): in a past-tense statement they prescribe nothing.
_DESCRIBABLE = frozenset(
    {"required", "requires", "necessary", "necessitates", "obligation", "responsibility to",
     "demand", "call for", "calls for", "recommend", "imperative", "prioritize", "prioritise"}
)  # fmt: skip


# "a test it was never required to pass", "it was necessary then": a requirement described in a
# past or perfect passive, whatever the tense of the main verb, prescribes nothing.
_PAST_REQUIREMENT = re.compile(
    r"\b(?:was|were|had been|has been|have been)\s+(?:(?:never|not|also|already|once|legally|"
    r"formally)\s+)?(?:required|necessary)\b"
    # "it has not been allowed to recommend selling anything": a verb that prescribes, as the
    # complement of another verb, only describes (a governing "need to" is a cue of its own)
    r"|\bto\s+(?:recommend|demand|require|call\s+for|prioriti[sz]e)\b",
    re.I,
)

# "Europe was going to buy these chips regardless": a future seen from the past is no forecast.
_PAST_FUTURE = re.compile(r"\b(?:was|were) (?:going|set|poised|bound|likely|expected) to\b", re.I)


def kinds(
    text: str,
    *,
    statistical: bool,
    has_date: bool,
    imperative: bool = False,
    past: bool = False,
    superlative: bool = False,
) -> list[Kind]:
    """Kinds of a unit, in a fixed order. Factual = a checkable statement with no other stance;
    an ``imperative`` ("Keep AI away from the button") is normative; in a ``past`` statement (a
    past-tense main verb, no modal) only a modal cue ("should", "must") is; a ``superlative``
    judgement ("X is the shrewdest of them") is evaluative."""
    found: list[Kind] = []
    if statistical:
        found.append(Kind.STATISTICAL)
    if find_all("modality", "predictive", _PAST_FUTURE.sub("", text)):
        found.append(Kind.PREDICTIVE)
    normative = find_all("modality", "normative", _PAST_REQUIREMENT.sub("", text))
    if past:
        normative = [cue for cue in normative if cue not in _DESCRIBABLE]
    if imperative or normative:
        found.append(Kind.NORMATIVE)
    if find_all("modality", "causal", text):
        found.append(Kind.CAUSAL)
    evaluative = superlative or bool(find_all("modality", "evaluative", text))
    if evaluative:
        found.append(Kind.EVALUATIVE)
    stance = {Kind.PREDICTIVE, Kind.NORMATIVE, Kind.EVALUATIVE} & set(found)
    if not stance or (has_date and Kind.PREDICTIVE not in found and Kind.NORMATIVE not in found):
        found.append(Kind.FACTUAL)
    return found
