"""Named, vague or no source: what a fact-checker needs for every figure."""

from __future__ import annotations

import pytest

from aidip_cli import analyse
from aidip_cli.schema import AttributionStatus


def _attribution(sentence: str):  # type: ignore[no-untyped-def]
    (unit,) = analyse(sentence).units
    return unit.attribution


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ("According to the IMF, almost 40% of global jobs are exposed to AI.", "IMF"),
        ("A PwC study puts the gain from AI at $15.7 trillion by 2030.", "PwC"),
        ("A 2023 OECD survey found that 60% of ministries use AI tools.", "OECD"),
        ("UNCTAD estimates that the AI market will reach $4.8 trillion by 2033.", "UNCTAD"),
    ],
)
def test_named_sources_are_recognised(sentence: str, source: str) -> None:
    attribution = _attribution(sentence)
    assert attribution.status == AttributionStatus.NAMED
    assert attribution.source == source


@pytest.mark.parametrize(
    "sentence",
    [
        "Projections indicate that AI will add $15.7 trillion to the world economy.",
        "Experts say the market for military AI will triple within five years.",
        "Studies show that 30% of diplomatic cables could be drafted by machines.",
        "By some estimates, compute capacity doubles every six months.",
    ],
)
def test_vague_sources_are_flagged(sentence: str) -> None:
    assert _attribution(sentence).status == AttributionStatus.VAGUE


def test_a_bare_figure_has_no_source() -> None:
    assert _attribution("The market grew by 20% last year.").status == AttributionStatus.NONE
