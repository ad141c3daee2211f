"""CSV export: the csv module reads back one row per unit with the same fields."""

from __future__ import annotations

import csv
import io

import pytest

from aidip_cli.export._csv_table import COLUMNS
from aidip_cli.export.registry import export
from helpers import ALL_FIXTURES, realistic_analysis


@pytest.mark.parametrize("fixture", sorted(ALL_FIXTURES))
def test_csv_has_one_row_per_unit_with_matching_fields(fixture: str) -> None:
    analysis = ALL_FIXTURES[fixture]()
    reader = csv.DictReader(io.StringIO(export(analysis, "csv"), newline=""))
    assert tuple(reader.fieldnames or ()) == COLUMNS
    rows = list(reader)
    assert [row["id"] for row in rows] == [u.id for u in analysis.units]
    parents = {r.source: r for r in analysis.relations}
    for row, unit in zip(rows, analysis.units, strict=True):
        assert row["text"] == unit.text  # newlines, quotes and commas included
        assert row["role"] == unit.role.value
        assert row["kinds"].split(";") == ([k.value for k in unit.kinds] or [""])
        assert row["attribution"] == unit.attribution.status.value
        assert row["attribution_source"] == (unit.attribution.source or "")
        assert len(row["quantities"].split(";")) == max(1, len(unit.quantities))
        relation = parents.get(unit.id)
        assert row["parent"] == (relation.target if relation else "")
        assert row["relation"] == (relation.type.value if relation else "")


def test_quantities_read_as_text_value_unit() -> None:
    rows = {r["id"]: r for r in csv.DictReader(io.StringIO(export(realistic_analysis(), "csv")))}
    assert rows["u4"]["quantities"] == "6.8 percent=6.8 percent"
    assert rows["u5"]["quantities"] == "$30 billion=30000000000 USD"
    assert rows["u5"]["attribution"] == "vague" and rows["u5"]["attribution_source"] == ""
