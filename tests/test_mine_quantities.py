"""Figures: normalised values, units, qualifiers and horizons."""

from __future__ import annotations

import pytest

from aidip_cli import analyse
from aidip_cli.mine.units._quantities import parse_amount


@pytest.mark.parametrize(
    ("text", "value", "currency"),
    [
        ("$15.7 trillion", 1.57e13, "USD"),
        ("€2 billion", 2e9, "EUR"),
        ("£300m", 3e8, "GBP"),
        ("1,200", 1200, None),
        ("two billion dollars", 2e9, "USD"),
        ("40%", 40, None),
        ("4.5 million", 4.5e6, None),
    ],
)
def test_amounts_are_normalised(text: str, value: float, currency: str | None) -> None:
    parsed, found_currency = parse_amount(text)
    assert parsed == pytest.approx(value)
    assert found_currency == currency


def _quantities(text: str):  # type: ignore[no-untyped-def]
    return [q for u in analyse(text).units for q in u.quantities]


def test_money_with_qualifier_and_horizon() -> None:
    (q,) = _quantities("Investment in AI safety could reach more than $4 billion by 2030.")
    assert (q.kind, q.unit, q.qualifier, q.horizon) == ("money", "USD", "over", "by 2030")
    assert q.value == pytest.approx(4e9)


def test_percentages_and_counts_are_found_but_years_and_one_of_are_not() -> None:
    found = _quantities(
        "In 2023, nearly 40% of foreign ministries used AI tools, and 193 member states voted. "
        "It is one of the oldest institutions."
    )
    assert [(q.text, q.kind, q.qualifier) for q in found] == [
        ("40%", "percent", "about"),
        ("193", "count", "exact"),
    ]


def test_quantity_offsets_index_the_analysis_text() -> None:
    analysis = analyse("Header line\n\nThe fund holds up to €2 billion, experts say.")
    for unit in analysis.units:
        for q in unit.quantities:
            assert analysis.text[q.start : q.end] == q.text == "€2 billion"
            assert q.qualifier == "up_to"
