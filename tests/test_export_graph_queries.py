"""Graph queries the renderers and batch gates use: unsupported claims, depth, children."""

from __future__ import annotations

from aidip_cli.graph import children, depth, to_digraph, unsupported_claims
from aidip_cli.model import RelationType
from export_fixtures import empty_analysis, realistic_analysis


def test_claims_that_are_only_attacked_or_bare_count_as_unsupported() -> None:
    # u7 is attacked but never supported, u9 supports the major claim but has no support.
    assert unsupported_claims(realistic_analysis()) == ["u7", "u9"]


def test_major_claim_without_support_is_unsupported() -> None:
    analysis = realistic_analysis()
    analysis.relations = [r for r in analysis.relations if r.target != "u1"]
    assert "u1" in unsupported_claims(analysis)


def test_depth_counts_steps_from_the_major_claim() -> None:
    assert depth(realistic_analysis()) == {
        "u1": 0,
        "u2": 0,
        "u3": 1,
        "u4": 2,
        "u5": 3,
        "u6": 2,
        "u7": 1,
        "u8": 2,
        "u9": 1,
    }


def test_children_lists_supporters_and_attackers_in_order() -> None:
    assert children(realistic_analysis(), "u1") == [
        ("u3", RelationType.SUPPORT),
        ("u7", RelationType.ATTACK),
        ("u9", RelationType.SUPPORT),
    ]
    assert children(realistic_analysis(), "u5") == []


def test_graph_has_every_unit_and_relation_even_when_empty() -> None:
    graph = to_digraph(realistic_analysis())
    assert graph.number_of_nodes() == 9 and graph.number_of_edges() == 7
    assert graph.edges["u8", "u7"]["type"] == "attack"
    assert to_digraph(empty_analysis()).number_of_nodes() == 0
    assert depth(empty_analysis()) == {} and unsupported_claims(empty_analysis()) == []
