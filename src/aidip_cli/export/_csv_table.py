"""One CSV row per unit, for spreadsheets and pandas.

Columns: id, role, kinds (``;``-joined), attribution status, the source as written, the
speaker it resolves to, the kind of source, the cue and the mode (direct / indirect /
according_to), quantities
(``;``-joined ``text=value unit``; a range is ``low..high``; the value is empty when the figure
could not be normalised),
parent (the target of the unit's outgoing relation), relation (support/attack) and text.
A unit with several outgoing relations lists its parents and relation types ``;``-joined in
the same order. Written by the csv module (RFC 4180 quoting, ``\\n`` line ends), so texts with
commas, quotes and newlines survive. Cells are not defused against spreadsheet formulas: a
text starting with ``=`` stays as it is, because the file is data, not a sheet.
"""

from __future__ import annotations

import csv
import io

from ..schema import Analysis, Quantity

COLUMNS = (
    "id",
    "role",
    "kinds",
    "attribution",
    "attribution_source",
    "speaker",
    "source_kind",
    "attribution_cue",
    "attribution_mode",
    "quantities",
    "parent",
    "relation",
    "text",
)


def format_value(value: float | None) -> str:
    """Plain decimal for whole numbers (``15700000000000``), ``repr`` otherwise; '' for None."""
    if value is None:
        return ""
    if value.is_integer() and abs(value) < 1e18:
        return str(int(value))
    return repr(value)


def _quantity(quantity: Quantity) -> str:
    value = format_value(quantity.value)
    if quantity.value is None and quantity.low is not None and quantity.high is not None:
        value = f"{format_value(quantity.low)}..{format_value(quantity.high)}"
    return f"{quantity.text}={value} {quantity.unit}"


def to_csv(analysis: Analysis) -> str:
    """The table as CSV text with a header row."""
    outgoing: dict[str, list[tuple[str, str]]] = {}
    for relation in analysis.relations:
        outgoing.setdefault(relation.source, []).append((relation.target, relation.type.value))
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(COLUMNS)
    for unit in analysis.units:
        links = outgoing.get(unit.id, [])
        writer.writerow(
            [
                unit.id,
                unit.role.value,
                ";".join(kind.value for kind in unit.kinds),
                unit.attribution.status.value,
                unit.attribution.source or "",
                unit.attribution.speaker or "",
                unit.attribution.kind or "",
                unit.attribution.cue or "",
                unit.attribution.mode or "",
                ";".join(_quantity(q) for q in unit.quantities),
                ";".join(target for target, _ in links),
                ";".join(kind for _, kind in links),
                unit.text,
            ]
        )
    return buffer.getvalue()
