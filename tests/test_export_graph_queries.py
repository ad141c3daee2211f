"""Questions asked of an analysis (unsupported claims, the relation forest) and its graph."""

from __future__ import annotations

from aidip_cli.graph import to_digraph
from aidip_cli.queries import build_forest, unsupported_claims
from aidip_cli.schema import Analysis, Relation, RelationType
from helpers import empty_analysis, realistic_analysis


def _unsupported(analysis: Analysis) -> list[str]:
    return [u.id for u in unsupported_claims(analysis.units, analysis.relations)]


def test_claims_that_are_only_attacked_or_bare_count_as_unsupported() -> None:
    # u7 is attacked but never supported, u9 supports the major claim but has no support.
    assert _unsupported(realistic_analysis()) == ["u7", "u9"]


def test_major_claim_without_support_is_unsupported() -> None:
    analysis = realistic_analysis()
    analysis.relations = [r for r in analysis.relations if r.target != "u1"]
    assert "u1" in _unsupported(analysis)


def test_forest_hangs_every_unit_once_under_the_major_claim_or_its_own_root() -> None:
    forest = build_forest(realistic_analysis())
    assert forest.argument is not None and forest.argument.unit.id == "u1"
    assert [(c.unit.id, c.relation.type) for c in forest.argument.children] == [
        ("u3", RelationType.SUPPORT),
        ("u7", RelationType.ATTACK),
        ("u9", RelationType.SUPPORT),
    ]
    seen: list[str] = []
    stack = list(forest.trees)
    while stack:
        node = stack.pop()
        if not node.repeat:
            seen.append(node.unit.id)
        stack.extend(node.children)
    assert sorted(seen + [u.id for u in forest.background]) == sorted(
        u.id for u in realistic_analysis().units
    )


def test_forest_survives_a_cycle_and_a_chain_deeper_than_the_recursion_limit() -> None:
    analysis = realistic_analysis()
    first = analysis.relations[0]
    analysis.relations.append(
        Relation(
            id="rx",
            source=first.target,
            target=first.source,
            type=first.type,
            confidence=0.5,
            cue="x",
        )
    )
    assert build_forest(analysis).trees  # no endless loop
    unit = analysis.units[0]
    chain = [unit.model_copy(update={"id": f"c{i}"}) for i in range(5000)]
    deep = analysis.model_copy(
        update={
            "units": chain,
            "major_claim": "c0",
            "relations": [
                Relation(
                    id=f"r{i}",
                    source=f"c{i}",
                    target=f"c{i - 1}",
                    type=RelationType.SUPPORT,
                    confidence=0.5,
                    cue="x",
                )
                for i in range(1, 5000)
            ],
        }
    )
    forest = build_forest(deep)
    assert forest.argument is not None and len(forest.trees) == 1


def test_graph_has_every_unit_and_relation_even_when_empty() -> None:
    graph = to_digraph(realistic_analysis())
    assert graph.number_of_nodes() == 9 and graph.number_of_edges() == 7
    assert graph.edges["u8", "u7"]["type"] == "attack"
    assert to_digraph(empty_analysis()).number_of_nodes() == 0
    assert _unsupported(empty_analysis()) == [] and build_forest(empty_analysis()).trees == []
