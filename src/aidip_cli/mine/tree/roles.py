"""Roles from the decoded tree: the root is the major claim, what is argued for is a claim.

A unit is a claim when something supports or attacks it, or when it states a position (a norm, a
prediction, a judgement) directly under the major claim with nothing behind it — the
"unsupported claim" a reader should notice. Everything else attached is a premise.
"""

from __future__ import annotations

from ...schema import STANCE_KINDS, Kind, Role
from ..scorers.base import UnitScore
from ..units.features import UnitFeatures
from .spanning import DecodedTree


def assign_roles(
    units: list[UnitFeatures], decoded: DecodedTree, scores: list[UnitScore]
) -> list[tuple[Role, float]]:
    """(role, confidence) per unit."""
    incoming: dict[int, int] = {}
    outgoing: dict[int, float] = {}
    edges = decoded.tree.edges() if decoded.tree is not None else []
    for source, target, _ in edges:
        incoming[target] = incoming.get(target, 0) + 1
        outgoing[source] = decoded.scores[source].weight
    attached_to_root = {source for source, target, _ in edges if target == decoded.root}
    # A link left out as doubtful: the unit still argues, the text does not make clear for what.
    for source, (target, score) in decoded.withheld.items():
        outgoing[source] = score.weight
        if target == decoded.root:
            attached_to_root.add(source)
    roles: list[tuple[Role, float]] = []
    for u in units:
        i = u.index
        if i == decoded.root:
            roles.append((Role.MAJOR_CLAIM, scores[i].major_claim))
        elif i not in outgoing and incoming.get(i):
            # the point of a paragraph the text does not link to the thesis: a claim of its own
            roles.append((Role.CLAIM, 1.0 - scores[i].background))
        elif i not in outgoing:
            roles.append((Role.BACKGROUND, scores[i].background))
        elif incoming.get(i) or (i in attached_to_root and _point_without_reasons(u, decoded)):
            roles.append((Role.CLAIM, outgoing[i]))
        else:
            roles.append((Role.PREMISE, outgoing[i]))
    return roles


def _point_without_reasons(u: UnitFeatures, decoded: DecodedTree) -> bool:
    """Attached to the thesis with nothing behind it, yet still a claim.

    In an op-ed that is a paragraph's point (a one-sentence paragraph); the thesis paragraph's
    own follow-up sentences are reasons for the thesis, i.e. premises. In a single paragraph it
    is a stance (norm, prediction, judgement) that reads as a position rather than a reason.
    """
    if u.n_paragraphs > 1:
        return u.index in decoded.points
    return _reads_as_claim(u)


def _reads_as_claim(u: UnitFeatures) -> bool:
    if u.opener_cls in {"reason", "example", "addition"} or u.split_connective:
        return False
    if Kind.STATISTICAL in u.kinds or u.attribution.status != "none" or u.is_concession:
        return False
    return bool(STANCE_KINDS & set(u.kinds))
