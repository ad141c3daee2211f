"""The reference op-ed: what a reader of the argument map must see (needs ../shared)."""

from __future__ import annotations

import networkx as nx
import pytest

from aidip_cli.schema import AttributionStatus, Kind, RelationType, Role


def _unit_starting(analysis, prefix: str):  # type: ignore[no-untyped-def]
    found = [u for u in analysis.units if u.text.startswith(prefix)]
    assert found, f"no unit starts with {prefix!r}"
    return found[0]


def test_major_claim_is_the_in_a_nutshell_sentence(seed_analysis) -> None:
    major = seed_analysis.unit(seed_analysis.major_claim)
    assert major.text.startswith("In a nutshell, at the heart of AI Diplomacy")
    assert major.role == Role.MAJOR_CLAIM
    assert [u.role for u in seed_analysis.units].count(Role.MAJOR_CLAIM) == 1


def test_winner_takes_all_supports_the_wealth_inequality_conclusion(seed_analysis) -> None:
    premise = next(u for u in seed_analysis.units if "winner-takes-all" in u.text)
    conclusion = _unit_starting(seed_analysis, "Therefore, AI has the potential to exacerbate")
    edges = [r for r in seed_analysis.relations if r.source == premise.id]
    assert len(edges) == 1
    assert edges[0].target == conclusion.id
    assert edges[0].type == RelationType.SUPPORT
    assert edges[0].cue.lower() == "therefore"
    assert "has the potential" in conclusion.hedges


def test_trillion_projection_is_a_vaguely_sourced_lower_bound(seed_analysis) -> None:
    unit = _unit_starting(seed_analysis, "Projections indicate that AI will contribute")
    (quantity,) = unit.quantities
    assert quantity.text == "$15.7 trillion"
    assert quantity.value == pytest.approx(1.57e13)
    assert quantity.unit == "USD"
    assert quantity.qualifier == "over"
    assert quantity.horizon == "the coming decade"
    assert unit.attribution.status == AttributionStatus.VAGUE
    assert Kind.STATISTICAL in unit.kinds and Kind.PREDICTIVE in unit.kinds
    assert unit.id in _unattributed(seed_analysis)


def _unattributed(analysis) -> list[str]:  # type: ignore[no-untyped-def]
    from aidip_cli.queries import unattributed_numbers

    return [u.id for u in unattributed_numbers(analysis.units)]


def test_as_clause_is_split_off_and_supports_its_main_clause(seed_analysis) -> None:
    main = _unit_starting(
        seed_analysis, "In this context, AI Diplomacy emerges as the most effective"
    )
    reason = _unit_starting(seed_analysis, "as it facilitates the implementation")
    assert main.text.endswith("ethical AI models")
    rel = next(r for r in seed_analysis.relations if r.source == reason.id)
    assert rel.target == main.id and rel.type == RelationType.SUPPORT and rel.cue == "as"


def test_boilerplate_is_reported_not_analysed(seed_analysis) -> None:
    meta = seed_analysis.metadata
    assert meta.title == "The Transformation of International Relations Through AI Diplomacy"
    assert meta.author == "Mirza Abdul Aleem Baig"
    body = " ".join(u.text for u in seed_analysis.units)
    for boilerplate in (
        "HomeTechnology",
        "The author is",
        "The opinions in this article",
        "The Diplomatic Insight, Pakistan",
        "Follow us",
        "Most Popular",
        "Mirza Abdul Aleem Baig",
    ):
        assert boilerplate not in body
    excluded = " ".join(e.text for e in seed_analysis.excluded)
    reasons = {e.reason.value for e in seed_analysis.excluded}
    for boilerplate in ("HomeTechnology", "*The author is", "**The opinions", "Follow us"):
        assert boilerplate in excluded
    assert {"navigation", "title", "author_bio", "disclaimer", "promotion", "social"} <= reasons
    assert seed_analysis.units[0].text.startswith("AI Diplomacy integrates")
    assert len(seed_analysis.paragraphs) == 11


def test_ai_is_a_technology_and_actors_are_recognised(seed_analysis) -> None:
    actors = {a for u in seed_analysis.units for a in u.actors}
    assert "AI" not in actors and "AI Diplomacy" not in actors
    assert {"China", "the United States", "global leaders", "diplomats"} <= actors


def test_structure_is_a_tree_rooted_at_the_major_claim(seed_analysis) -> None:
    graph = nx.DiGraph()
    graph.add_edges_from((r.source, r.target) for r in seed_analysis.relations)
    assert nx.is_directed_acyclic_graph(graph)
    assert all(graph.out_degree(n) == 1 for n in graph if n != seed_analysis.major_claim)
    assert graph.out_degree(seed_analysis.major_claim) == 0
    assert all(nx.has_path(graph, n, seed_analysis.major_claim) for n in graph)
    attached = {u.id for u in seed_analysis.units if u.role != Role.BACKGROUND}
    assert set(graph) == attached
    assert len(seed_analysis.relations) == len(attached) - 1


def test_definitions_open_the_essay_as_background(seed_analysis) -> None:
    first = seed_analysis.units[0]
    assert first.role == Role.BACKGROUND


def test_every_offset_slices_to_its_text(seed_analysis) -> None:
    text = seed_analysis.text
    for unit in seed_analysis.units:
        assert text[unit.start : unit.end] == unit.text
        for q in unit.quantities:
            assert text[q.start : q.end] == q.text
    for span in seed_analysis.excluded + seed_analysis.paragraphs:
        assert text[span.start : span.end] == span.text
