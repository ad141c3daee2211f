"""The argument as a networkx graph, and the graph questions renderers and gates ask.

:func:`to_digraph` is the one place where an :class:`Analysis` becomes a ``networkx.DiGraph``
(nodes are unit ids, edges run premise → conclusion as in :class:`Relation`). Every attribute
is a scalar (str, int, float) so the same graph can be written as GraphML, which has no lists
or nulls, and as node-link JSON, and read back unchanged.

The queries below read the relations directly: they are cheap, need no networkx, and give
the same answer for any analysis whether or not it was decoded into a tree.
"""

from __future__ import annotations

from collections import deque

import networkx as nx

from .mine import stats
from .model import Analysis, RelationType

#: Node attributes set by :func:`to_digraph`, with their types (GraphML needs scalars).
NODE_ATTRIBUTES: dict[str, type] = {
    "role": str,
    "role_confidence": float,
    "text": str,
    "kinds": str,
    "paragraph": int,
    "sentence": int,
    "start": int,
    "end": int,
    "attribution": str,
    "attribution_source": str,
    "quantities": int,
}

#: Edge attributes set by :func:`to_digraph`.
EDGE_ATTRIBUTES: dict[str, type] = {
    "id": str,
    "type": str,
    "confidence": float,
    "cue": str,
    "cue_kind": str,
}


def to_digraph(analysis: Analysis) -> nx.DiGraph:
    """Build the argument graph: one node per unit (background too), one edge per relation.

    ``kinds`` is a comma-joined string and a missing attribution source is ``""`` because
    GraphML attributes must be scalars. Nodes and edges are added in document / relation
    order, so writers that follow insertion order produce identical bytes for equal input.
    Relations whose endpoints are not units are skipped (``check_references`` in
    :mod:`aidip_cli.export` reports them as an error before any exporter runs).
    """
    graph = nx.DiGraph()
    graph.graph["major_claim"] = analysis.major_claim or ""
    graph.graph["title"] = analysis.metadata.title or ""
    graph.graph["schema_version"] = analysis.schema_version
    for unit in analysis.units:
        graph.add_node(
            unit.id,
            role=unit.role.value,
            role_confidence=float(unit.role_confidence),
            text=unit.text,
            kinds=",".join(kind.value for kind in unit.kinds),
            paragraph=unit.paragraph,
            sentence=unit.sentence,
            start=unit.start,
            end=unit.end,
            attribution=unit.attribution.status.value,
            attribution_source=unit.attribution.source or "",
            quantities=len(unit.quantities),
        )
    for relation in analysis.relations:
        if relation.source not in graph or relation.target not in graph:
            continue
        graph.add_edge(
            relation.source,
            relation.target,
            id=relation.id,
            type=relation.type.value,
            confidence=float(relation.confidence),
            cue=relation.cue,
            cue_kind=relation.cue_kind,
        )
    return graph


def children(analysis: Analysis, unit_id: str) -> list[tuple[str, RelationType]]:
    """The units that support or attack ``unit_id``, in relation order, with the relation type."""
    return [(r.source, r.type) for r in analysis.relations if r.target == unit_id]


def unsupported_claims(analysis: Analysis) -> list[str]:
    """Claims (and the major claim) that no unit supports, in document order.

    An attack is not support: a claim that is only attacked is still unsupported.
    """
    return stats.unsupported_claims(analysis.units, analysis.relations)


def depth(analysis: Analysis) -> dict[str, int]:
    """Distance of each unit from the root it hangs under (0 for roots), in unit order.

    The root is the major claim when there is one; units not reachable from it (another
    fragment of the argument, or background) are measured from the root of their own
    fragment: a unit that supports or attacks nothing. Units caught only in a cycle get 0.
    """
    kids: dict[str, list[str]] = {}
    has_parent: set[str] = set()
    for relation in analysis.relations:
        kids.setdefault(relation.target, []).append(relation.source)
        has_parent.add(relation.source)
    result: dict[str, int] = {}
    order = [u.id for u in analysis.units]
    roots = [analysis.major_claim] if analysis.major_claim in order else []
    roots += [uid for uid in order if uid not in has_parent and uid not in roots]
    for root in roots:
        if root in result:
            continue
        result[root] = 0
        queue = deque([root])
        while queue:
            current = queue.popleft()
            for child in kids.get(current, []):
                if child not in result:
                    result[child] = result[current] + 1
                    queue.append(child)
    return {uid: result.get(uid, 0) for uid in order}
