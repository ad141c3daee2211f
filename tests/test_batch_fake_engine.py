"""The stand-in mining stage the batch tests use builds valid analyses."""

from __future__ import annotations

from aidip_cli.ingest import load_text
from aidip_cli.schema import Analysis, AttributionStatus, Kind
from helpers import fake_analysis


def test_fake_engine_builds_valid_analyses_whose_offsets_hold() -> None:
    text = (
        "Diplomacy must adapt to AI. China spent 12 billion last year.\n\n"
        "According to the OECD, 40 percent of states lack a strategy. The UN should lead."
    )
    analysis = fake_analysis(load_text(text))
    assert analysis.major_claim == "u1"
    for unit in analysis.units:
        assert analysis.text[unit.start : unit.end] == unit.text
        for q in unit.quantities:
            assert analysis.text[q.start : q.end] == q.text
    named = [u.attribution.status for u in analysis.units if Kind.STATISTICAL in u.kinds]
    assert named == [AttributionStatus.NONE, AttributionStatus.NAMED]
    assert Analysis.model_validate_json(analysis.to_json()) == analysis
