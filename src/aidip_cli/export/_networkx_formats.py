"""GraphML and node-link JSON, written by networkx from :func:`aidip_cli.graph.to_digraph`.

Both carry every node and edge attribute of the graph builder (role, text, kinds as a comma
string, paragraph, sentence, offsets, attribution, relation type, confidence, cue), so
``networkx.read_graphml`` / ``node_link_graph`` give back the same graph. Quantities appear only
as a count and hedges/markers/actors not at all: the canonical JSON carries them.
"""

from __future__ import annotations

import io
import json
import re

import networkx as nx

from ..graph import to_digraph
from ..schema import Analysis

# Characters XML 1.0 cannot carry at all (not even as &#..;): C0 controls except tab, LF and
# CR, lone surrogates, U+FFFE/U+FFFF. GraphML is XML, so they become U+FFFD.
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _xml_safe(value: object) -> object:
    return _XML_INVALID.sub("\ufffd", value) if isinstance(value, str) else value


def to_graphml(analysis: Analysis) -> str:
    """GraphML (UTF-8 XML) with typed ``<key>`` declarations for every attribute."""
    graph = to_digraph(analysis)
    for _, data in graph.nodes(data=True):
        data.update({key: _xml_safe(value) for key, value in data.items()})
    for _, _, data in graph.edges(data=True):
        data.update({key: _xml_safe(value) for key, value in data.items()})
    graph.graph.update({key: _xml_safe(value) for key, value in graph.graph.items()})
    buffer = io.BytesIO()
    nx.write_graphml(graph, buffer, encoding="utf-8", prettyprint=True)
    text = buffer.getvalue().decode("utf-8")
    return text if text.endswith("\n") else text + "\n"


def to_node_link(analysis: Analysis) -> str:
    """networkx node-link JSON (``nodes`` and ``edges`` lists), as D3 and networkx read it."""
    data = nx.node_link_data(to_digraph(analysis), edges="edges")
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
