"""Questions asked of an analysis: its summary counts and the shape of its relation tree.

Every count has one definition here, used by the map's summary, the batch index, the CI gates
and SARIF — including the two a fact-checker looks at first: claims nobody supports and figures
nobody sources. :func:`build_forest` is the one walker of the relation tree (the map, Argdown and
the HTML report all draw what it returns), with one rule for cycles, fragments and background.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .schema import (
    Analysis,
    Attribution,
    AttributionStatus,
    Kind,
    Paragraph,
    Relation,
    RelationType,
    Role,
    Stats,
    Unit,
)

_WORD = re.compile(r"\w+(?:[-'’]\w+)*")


def unsupported_claims(units: list[Unit], relations: list[Relation]) -> list[Unit]:
    """Claims (and the major claim) with no incoming support, in document order.

    An attack is not support: a claim that is only attacked is still unsupported.
    """
    supported = {r.target for r in relations if r.type == RelationType.SUPPORT}
    return [u for u in units if u.role in (Role.CLAIM, Role.MAJOR_CLAIM) and u.id not in supported]


def is_unattributed_number(unit: Unit) -> bool:
    """A statistical unit whose figures have no named source (vague or none)."""
    return Kind.STATISTICAL in unit.kinds and unit.attribution.status != AttributionStatus.NAMED


def unattributed_numbers(units: list[Unit]) -> list[Unit]:
    """Statistical units whose figures have no named source, in document order."""
    return [u for u in units if is_unattributed_number(u)]


def who(attribution: Attribution) -> str:
    """The name to show for a unit's source: the speaker, else the source as written."""
    return attribution.speaker or attribution.source or "an unnamed source"


def source_label(attribution: Attribution) -> str | None:
    """Who a unit reports, as the map and the reports show it: 'Dana Whitlock (said)',
    'critics (say; vague)'; None for the author's own words."""
    if attribution.status == AttributionStatus.NONE:
        return None
    who_says = who(attribution)
    cue = attribution.cue or ""
    if attribution.status == AttributionStatus.VAGUE:
        return f"{who_says} ({cue}; vague)" if cue else f"{who_says} (vague)"
    return f"{who_says} ({cue})" if cue else who_says


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
        fallback_relations=sum(r.basis == "fallback" for r in relations),
        unsupported_claims=len(unsupported_claims(units, relations)),
        quantities=sum(len(u.quantities) for u in units),
        unattributed_numbers=len(unattributed_numbers(units)),
        excluded=excluded,
        words=sum(len(_WORD.findall(p.text)) for p in paragraphs),
    )


# The relation tree, for everything that draws it (the map, Argdown, the HTML report).
#
# Relations run child → parent (premise → conclusion). The first tree hangs under the major
# claim; fragments that never reach it get their own root (a unit that supports or attacks
# nothing), and units caught only in a cycle are started as roots in document order, so every
# unit appears exactly once in full. A unit with several parents (or met again through a cycle)
# appears in full the first time and as a bare reference (``repeat=True``) afterwards.


@dataclass
class TreeNode:
    unit: Unit
    relation: Relation | None  # the edge to the parent; None for a root
    repeat: bool = False  # already shown in full elsewhere: render as a reference only
    children: list[TreeNode] = field(default_factory=list)


@dataclass
class Forest:
    trees: list[TreeNode]  # the major claim's tree first (when there is a major claim)
    background: list[Unit]  # background units with no relation at all, in document order

    @property
    def argument(self) -> TreeNode | None:
        """The tree under the major claim, if the analysis has one."""
        first = self.trees[0] if self.trees else None
        return first if first is not None and first.unit.role is Role.MAJOR_CLAIM else None

    @property
    def fragments(self) -> list[TreeNode]:
        """Trees that do not reach the major claim."""
        return self.trees[1:] if self.argument is not None else self.trees


def build_forest(analysis: Analysis) -> Forest:
    """Arrange the units into trees; deterministic for equal input, iterative (any depth)."""
    units = {unit.id: unit for unit in analysis.units}
    position = {unit.id: index for index, unit in enumerate(analysis.units)}
    incoming: dict[str, list[Relation]] = {}
    outgoing: set[str] = set()
    for relation in analysis.relations:
        if relation.source in units and relation.target in units:
            incoming.setdefault(relation.target, []).append(relation)
            outgoing.add(relation.source)
    for edges in incoming.values():
        edges.sort(key=lambda r: (position[r.source], r.id))
    linked = outgoing | set(incoming)
    background = [u for u in analysis.units if u.role is Role.BACKGROUND and u.id not in linked]
    loose = {u.id for u in background}
    shown: set[str] = set()

    def grow(root: Unit) -> TreeNode:
        top = TreeNode(root, None)
        shown.add(root.id)
        stack = [(top, iter(incoming.get(root.id, [])))]
        while stack:
            node, edges = stack[-1]
            edge = next(edges, None)
            if edge is None:
                stack.pop()
                continue
            unit = units[edge.source]
            if unit.id in shown:  # met before: under another parent, or round a cycle
                node.children.append(TreeNode(unit, edge, repeat=True))
                continue
            shown.add(unit.id)
            child = TreeNode(unit, edge)
            node.children.append(child)
            stack.append((child, iter(incoming.get(unit.id, []))))
        return top

    trees: list[TreeNode] = []
    if analysis.major_claim in units:
        trees.append(grow(units[analysis.major_claim]))
    candidates = [u for u in analysis.units if u.id not in outgoing and u.id not in loose]
    candidates += [u for u in analysis.units if u.id not in loose]  # leftovers: cycles
    for unit in candidates:
        if unit.id not in shown:
            trees.append(grow(unit))
    return Forest(trees=trees, background=background)
