"""AIF JSON, the Argument Interchange Format as AIFdb and OVA exchange it.

Layout: ``{"nodes": [...], "edges": [...], "locutions": []}``. Each unit is an I-node (its
text, ``type "I"``); each support relation becomes an RA node ("Default Inference") and each
attack a CA node ("Default Conflict") with two edges, I → RA/CA → I, so no edge joins two
I-nodes and every RA/CA node has exactly one outgoing edge. Node and edge ids are strings
numbered in document order (units first, then one scheme node per relation), so equal
analyses give equal files.

Background units are included as I-nodes without edges, so the file still carries the whole
text that was analysed. AIF has no place for roles, kinds, quantities, attribution, offsets or
confidences; those are not exported (the canonical JSON has them). ``locutions`` is present
but empty: an op-ed is one author's monologue, not a recorded dialogue, so no L/YA/TA nodes.
"""

from __future__ import annotations

import json

from ..schema import Analysis, RelationType

_SCHEME = {
    RelationType.SUPPORT: ("RA", "Default Inference"),
    RelationType.ATTACK: ("CA", "Default Conflict"),
}


def aif_graph(analysis: Analysis) -> dict[str, list[dict[str, str]]]:
    """The AIF structure as plain dicts (ids are strings, as AIFdb writes them)."""
    nodes: list[dict[str, str]] = []
    edges: list[dict[str, str]] = []
    node_id: dict[str, str] = {}
    for unit in analysis.units:
        node_id[unit.id] = str(len(nodes) + 1)
        nodes.append({"nodeID": node_id[unit.id], "text": unit.text, "type": "I"})
    for relation in analysis.relations:
        if relation.source not in node_id or relation.target not in node_id:
            continue
        node_type, text = _SCHEME[relation.type]
        scheme_id = str(len(nodes) + 1)
        nodes.append({"nodeID": scheme_id, "text": text, "type": node_type})
        for source, target in (
            (node_id[relation.source], scheme_id),
            (scheme_id, node_id[relation.target]),
        ):
            edges.append({"edgeID": str(len(edges) + 1), "fromID": source, "toID": target})
    return {"nodes": nodes, "edges": edges, "locutions": []}


def to_aif(analysis: Analysis) -> str:
    """AIF JSON text (UTF-8, not ASCII-escaped, two-space indent, trailing newline)."""
    return json.dumps(aif_graph(analysis), ensure_ascii=False, indent=2) + "\n"
