"""GraphML and node-link exports: networkx reads back the same graph with the same attributes."""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx
import pytest

from aidip_cli.graph import EDGE_ATTRIBUTES, NODE_ATTRIBUTES, to_digraph
from helpers import ALL_FIXTURES, save


def assert_same_graph(read: nx.DiGraph, built: nx.DiGraph) -> None:
    assert list(read.nodes) == list(built.nodes)
    assert nx.is_isomorphic(read, built, node_match=dict.__eq__, edge_match=dict.__eq__)
    for node, data in built.nodes(data=True):
        assert read.nodes[node] == data
    for source, target, data in built.edges(data=True):
        assert read.edges[source, target] == data


@pytest.mark.parametrize("fixture", sorted(ALL_FIXTURES))
def test_graphml_reads_back_identical(fixture: str, tmp_path: Path) -> None:
    analysis = ALL_FIXTURES[fixture]()
    read = nx.read_graphml(save(tmp_path, analysis, "graphml"))
    assert isinstance(read, nx.DiGraph)
    built = to_digraph(analysis)
    assert_same_graph(read, built)
    assert read.graph.get("major_claim", "") == built.graph["major_claim"]


@pytest.mark.parametrize("fixture", sorted(ALL_FIXTURES))
def test_node_link_reads_back_identical(fixture: str, tmp_path: Path) -> None:
    analysis = ALL_FIXTURES[fixture]()
    data = json.loads(save(tmp_path, analysis, "node-link").read_text(encoding="utf-8"))
    read = nx.node_link_graph(data, edges="edges")
    assert read.is_directed()
    assert_same_graph(read, to_digraph(analysis))
    assert read.graph == to_digraph(analysis).graph


def test_graph_attributes_are_graphml_scalars() -> None:
    graph = to_digraph(ALL_FIXTURES["realistic"]())
    for _, data in graph.nodes(data=True):
        assert {k: type(v) for k, v in data.items()} == NODE_ATTRIBUTES
    for _, _, data in graph.edges(data=True):
        assert {k: type(v) for k, v in data.items()} == EDGE_ATTRIBUTES
    assert graph.nodes["u5"]["kinds"] == "statistical,predictive"
    assert graph.nodes["u4"]["attribution_source"] == "the Stockholm institute"
