"""The decoder's tree search finds the same best tree weight as networkx, on any graph."""

from __future__ import annotations

import networkx as nx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from aidip_cli.mine.tree._arborescence import NoArborescence, maximum_arborescence


@st.composite
def rooted_graphs(draw):  # type: ignore[no-untyped-def]
    n = draw(st.integers(min_value=2, max_value=12))
    weights = st.floats(min_value=0.0, max_value=1.0, allow_nan=False).map(lambda w: round(w, 3))
    edges = {}
    for child in range(1, n):
        edges[(0, child)] = draw(weights)  # the root reaches everyone
    pairs = st.tuples(st.integers(0, n - 1), st.integers(1, n - 1)).filter(lambda e: e[0] != e[1])
    for parent, child in draw(st.lists(pairs, max_size=4 * n)):
        edges[(parent, child)] = draw(weights)
    return n, edges


def _weight(parents: dict[int, int], edges: dict[tuple[int, int], float]) -> float:
    return sum(edges[(p, c)] for c, p in parents.items())


@settings(max_examples=300, deadline=None, derandomize=True)
@given(rooted_graphs())
def test_best_tree_weight_matches_networkx(graph) -> None:  # type: ignore[no-untyped-def]
    n, edges = graph
    parents = maximum_arborescence(range(n), 0, [(p, c, w) for (p, c), w in edges.items()])
    assert sorted(parents) == list(range(1, n))
    # it is a tree: every node reaches the root
    for node in parents:
        seen = set()
        while node != 0:
            assert node not in seen
            seen.add(node)
            node = parents[node]
    g = nx.DiGraph()
    g.add_nodes_from(range(n))
    for (p, c), w in edges.items():
        g.add_edge(p, c, weight=w)
    best = nx.maximum_spanning_arborescence(g, attr="weight")
    expected = sum(d["weight"] for _, _, d in best.edges(data=True))
    assert _weight(parents, edges) == pytest.approx(expected, abs=1e-9)


def test_mutual_best_parents_are_resolved() -> None:
    edges = [(0, 1, 0.1), (0, 2, 0.1), (1, 2, 0.9), (2, 1, 0.8)]
    assert maximum_arborescence([0, 1, 2], 0, edges) == {1: 0, 2: 1}


def test_unreachable_node_is_reported() -> None:
    with pytest.raises(NoArborescence):
        maximum_arborescence([0, 1, 2], 0, [(0, 1, 0.5)])
