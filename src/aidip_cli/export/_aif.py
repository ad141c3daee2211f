"""AIF JSON, the Argument Interchange Format as AIFdb and OVA exchange it.

Layout: ``{"nodes": [...], "edges": [...], "locutions": []}``. Each unit is an I-node (its
text, ``type "I"``); each support relation becomes an RA node ("Default Inference") and each
attack a CA node ("Default Conflict") with two edges, I → RA/CA → I, so no edge joins two
I-nodes and every RA/CA node has exactly one outgoing edge. Node and edge ids are strings
numbered in document order (units first, then one scheme node per relation), so equal
analyses give equal files.

Background units are included as I-nodes without edges, so the file still carries the whole
text that was analysed. AIF has no place for roles, kinds, quantities, offsets or confidences;
those are not exported (the canonical JSON has them).

Who said what is carried the AIF way: a unit that reports someone else's words gets a locution
— an L-node ``"Speaker: words"`` (the quoted words when the unit quotes them) linked through a YA
node ("Asserting") to the unit's I-node — listed in ``locutions`` with a ``personID`` that names
an entry of ``participants``. The author's own statements have no locution (an op-ed is one
author's monologue). L and YA nodes follow the argument's nodes, so their ids never shift those.
"""

from __future__ import annotations

import json

from ..queries import who
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
    locutions: list[dict[str, str]] = []
    participants: dict[str, str] = {}  # speaker → participantID
    for unit in analysis.units:
        attribution = unit.attribution
        if attribution.status.value == "none":
            continue
        speaker = who(attribution)
        person = participants.setdefault(speaker, str(len(participants) + 1))
        words = attribution.quote.text if attribution.quote is not None else unit.text
        l_id, ya_id = str(len(nodes) + 1), str(len(nodes) + 2)
        nodes.append({"nodeID": l_id, "text": f"{speaker}: {words}", "type": "L"})
        nodes.append({"nodeID": ya_id, "text": "Asserting", "type": "YA"})
        for source, target in ((l_id, ya_id), (ya_id, node_id[unit.id])):
            edges.append({"edgeID": str(len(edges) + 1), "fromID": source, "toID": target})
        locutions.append({"nodeID": l_id, "personID": person})
    graph: dict[str, list[dict[str, str]]] = {
        "nodes": nodes,
        "edges": edges,
        "locutions": locutions,
    }
    if participants:
        graph["participants"] = [
            {"participantID": pid, **_names(name)} for name, pid in participants.items()
        ]
    return graph


def _names(name: str) -> dict[str, str]:
    """AIFdb keeps a participant as first name and surname."""
    first, _, rest = name.partition(" ")
    return {"firstname": first, "surname": rest}


def to_aif(analysis: Analysis) -> str:
    """AIF JSON text (UTF-8, not ASCII-escaped, two-space indent, trailing newline)."""
    return json.dumps(aif_graph(analysis), ensure_ascii=False, indent=2) + "\n"
