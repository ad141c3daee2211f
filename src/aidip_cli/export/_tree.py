"""The argument as a forest of trees, for the formats that nest (Argdown, HTML).

Relations run child → parent (premise → conclusion). The first tree hangs under the major
claim; fragments that never reach it get their own root (a unit that supports or attacks
nothing), and units caught only in a cycle are started as roots in document order, so every
unit appears exactly once with its text. A unit with several parents appears in full under the
first one and as a bare reference (``repeat=True``) under the others.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..model import Analysis, Relation, Role, Unit


@dataclass
class TreeNode:
    unit: Unit
    relation: Relation | None  # the edge to the parent; None for a root
    repeat: bool = False  # already shown in full elsewhere: render as a reference only
    children: list[TreeNode] = field(default_factory=list)


@dataclass
class Forest:
    trees: list[TreeNode]
    background: list[Unit]  # background units with no relation at all, in document order


def one_line(text: str) -> str:
    """Replace every line break (``\\n``, ``\\r``, U+2028, ...) by a space, for line formats."""
    return " ".join(text.splitlines()) if text else text


def build_forest(analysis: Analysis) -> Forest:
    """Arrange the units into trees; deterministic for equal input."""
    units = {unit.id: unit for unit in analysis.units}
    position = {unit.id: index for index, unit in enumerate(analysis.units)}
    relations = [r for r in analysis.relations if r.source in units and r.target in units]
    incoming: dict[str, list[Relation]] = {}
    outgoing: set[str] = set()
    for relation in relations:
        incoming.setdefault(relation.target, []).append(relation)
        outgoing.add(relation.source)
    for edges in incoming.values():
        edges.sort(key=lambda r: (position[r.source], r.id))
    linked = outgoing | set(incoming)
    background = [u for u in analysis.units if u.role is Role.BACKGROUND and u.id not in linked]
    loose = {u.id for u in background}

    shown: set[str] = set()

    def grow(unit: Unit, relation: Relation | None, path: frozenset[str]) -> TreeNode:
        if unit.id in shown:
            return TreeNode(unit, relation, repeat=True)
        shown.add(unit.id)
        node = TreeNode(unit, relation)
        for edge in incoming.get(unit.id, []):
            if edge.source in path:  # a cycle: stop here rather than loop
                node.children.append(TreeNode(units[edge.source], edge, repeat=True))
            else:
                node.children.append(grow(units[edge.source], edge, path | {edge.source}))
        return node

    trees: list[TreeNode] = []
    if analysis.major_claim in units:
        trees.append(grow(units[analysis.major_claim], None, frozenset({analysis.major_claim})))
    candidates = [u for u in analysis.units if u.id not in outgoing and u.id not in loose]
    candidates += [u for u in analysis.units if u.id not in loose]  # leftovers: cycles
    for unit in candidates:
        if unit.id not in shown:
            trees.append(grow(unit, None, frozenset({unit.id})))
    return Forest(trees=trees, background=background)
