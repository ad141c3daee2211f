"""The numbers table and the unit's detail line show figures as a reader writes them."""

from __future__ import annotations

import csv
import io

import pytest

from aidip_cli import analyse
from aidip_cli.export.registry import export
from aidip_cli.render import argument_map, console, numbers_table

TEXT = (
    "Governments should fund a common AI safety institute. The deal is worth $4-6bn a year to "
    "the exporters, and chip prices could rise 15%-20% once tariffs bite. Officials say some "
    "3,000 troops guard the fabs, and Russia ships 3m barrels a day.\n"
)


@pytest.fixture(scope="module")
def analysis():  # type: ignore[no-untyped-def]
    return analyse(TEXT)


def _plain(renderable: object) -> str:
    out = console(width=200, color_system=None, file=io.StringIO())
    out.print(renderable)
    return out.file.getvalue()  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "written", ["$4–6 bn a year", "15–20 %", "3,000 troops", "3 m barrels a day"]
)
def test_numbers_table_writes_ranges_and_units_as_a_reader_does(analysis, written: str) -> None:
    assert written in _plain(numbers_table(analysis))


def test_unit_detail_line_shows_the_figure_and_its_reading(analysis) -> None:
    shown = _plain(argument_map(analysis))
    assert "number: $4-6bn = $4–6 bn a year" in shown
    assert "number: 15%-20% = 15–20 %" in shown
    assert "number: 3,000 troops = 3,000 troops (about)" in shown


def test_csv_writes_a_range_as_low_dot_dot_high(analysis) -> None:
    rows = list(csv.DictReader(io.StringIO(export(analysis, "csv"))))
    cells = ";".join(row["quantities"] for row in rows)
    assert "$4-6bn=4000000000..6000000000 USD" in cells
    assert "15%-20%=15..20 percent" in cells
