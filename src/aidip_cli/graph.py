"""The argument as a networkx graph, for the graph formats (GraphML, node-link JSON).

:func:`to_digraph` is the one place where an :class:`Analysis` becomes a ``networkx.DiGraph``
(nodes are unit ids, edges run premise → conclusion as in :class:`Relation`). Every attribute
is a scalar (str, int, float) so the same graph can be written as GraphML, which has no lists
or nulls, and as node-link JSON, and read back unchanged.
"""

from __future__ import annotations

import networkx as nx

from .schema import Analysis

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
            paragraph=-1 if unit.paragraph is None else unit.paragraph,  # -1: the headline
            sentence=-1 if unit.sentence is None else unit.sentence,
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
