"""Claim kinds (normative, predictive, ...) and the writer's hedges and boosters."""

from __future__ import annotations

from ...schema import Kind
from ._lexmatch import find_all


def hedges(text: str) -> list[str]:
    return find_all("modality", "hedges", text)


def boosters(text: str) -> list[str]:
    return find_all("modality", "boosters", text)


def kinds(text: str, *, has_quantity: bool, has_date: bool) -> list[Kind]:
    """Kinds of a unit, in a fixed order. Factual = a checkable statement with no other stance."""
    found: list[Kind] = []
    if has_quantity:
        found.append(Kind.STATISTICAL)
    if find_all("modality", "predictive", text):
        found.append(Kind.PREDICTIVE)
    if find_all("modality", "normative", text):
        found.append(Kind.NORMATIVE)
    if find_all("modality", "causal", text):
        found.append(Kind.CAUSAL)
    evaluative = bool(find_all("modality", "evaluative", text))
    if evaluative:
        found.append(Kind.EVALUATIVE)
    stance = {Kind.PREDICTIVE, Kind.NORMATIVE, Kind.EVALUATIVE} & set(found)
    if not stance or (has_date and Kind.PREDICTIVE not in found and Kind.NORMATIVE not in found):
        found.append(Kind.FACTUAL)
    return found
