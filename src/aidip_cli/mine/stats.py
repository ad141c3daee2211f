"""Summary counts of an analysis, including the two a fact-checker looks at first:
claims nobody supports and figures nobody sources."""

from __future__ import annotations

import re

from ..model import AttributionStatus, Kind, Paragraph, Relation, RelationType, Role, Stats, Unit

_WORD = re.compile(r"\w+(?:[-'’]\w+)*")


def unsupported_claims(units: list[Unit], relations: list[Relation]) -> list[str]:
    """Ids of claims (and the major claim) with no incoming support."""
    supported = {r.target for r in relations if r.type == RelationType.SUPPORT}
    return [
        u.id for u in units if u.role in (Role.CLAIM, Role.MAJOR_CLAIM) and u.id not in supported
    ]


def is_unattributed_number(unit: Unit) -> bool:
    """A statistical unit whose figures have no named source (vague or none)."""
    return Kind.STATISTICAL in unit.kinds and unit.attribution.status != AttributionStatus.NAMED


def unattributed_numbers(units: list[Unit]) -> list[str]:
    """Ids of statistical units whose figures have no named source."""
    return [u.id for u in units if is_unattributed_number(u)]


def compute_stats(
    units: list[Unit], relations: list[Relation], paragraphs: list[Paragraph], *, excluded: int
) -> Stats:
    roles = [u.role for u in units]
    return Stats(
        paragraphs=len(paragraphs),
        units=len(units),
        major_claims=roles.count(Role.MAJOR_CLAIM),
        claims=roles.count(Role.CLAIM),
        premises=roles.count(Role.PREMISE),
        background=roles.count(Role.BACKGROUND),
        relations=len(relations),
        supports=sum(r.type == RelationType.SUPPORT for r in relations),
        attacks=sum(r.type == RelationType.ATTACK for r in relations),
        unsupported_claims=len(unsupported_claims(units, relations)),
        quantities=sum(len(u.quantities) for u in units),
        unattributed_numbers=len(unattributed_numbers(units)),
        excluded=excluded,
        words=sum(len(_WORD.findall(p.text)) for p in paragraphs),
    )
