"""The format registry: each export format name and the exporter that writes it.

Every exporter is a pure function ``Analysis -> str`` that reads the analysis and nothing else
(no spaCy, no clock, no environment), so equal analyses give byte-identical files.

>>> text = export(analysis, "argdown")          # doctest: +SKIP
>>> format_from_suffix("map.dot")
'dot'
"""

from __future__ import annotations

from collections.abc import Callable

from ..errors import ContentError, InputError
from ..schema import Analysis
from ._aif import to_aif
from ._argdown import to_argdown
from ._canonical import to_json
from ._csv_table import to_csv
from ._dot import to_dot
from ._html_report import to_html
from ._mermaid import to_mermaid
from ._networkx_formats import to_graphml, to_node_link
from .formats import DEFAULT_SUFFIX, FORMAT_NAMES, format_from_suffix

Exporter = Callable[[Analysis], str]

#: Format name → exporter, in the order of :data:`~.formats.FORMAT_NAMES`.
FORMATS: dict[str, Exporter] = {
    "json": to_json,
    "aif": to_aif,
    "argdown": to_argdown,
    "dot": to_dot,
    "graphml": to_graphml,
    "node-link": to_node_link,
    "mermaid": to_mermaid,
    "csv": to_csv,
    "html": to_html,
}


def check_references(analysis: Analysis) -> None:
    """Refuse an analysis whose relations or major claim name units that do not exist.

    pydantic checks each field but not cross-references; a hand-edited file can break them,
    and every graph format would then silently drop or invent nodes.
    """
    known: set[str] = set()
    for unit in analysis.units:
        if unit.id in known:
            raise ContentError(f"the analysis lists unit {unit.id!r} twice")
        known.add(unit.id)
    if analysis.major_claim is not None and analysis.major_claim not in known:
        raise ContentError(f"the analysis names major claim {analysis.major_claim!r}, not a unit")
    for relation in analysis.relations:
        for end in (relation.source, relation.target):
            if end not in known:
                raise ContentError(f"relation {relation.id!r} points to unknown unit {end!r}")


def export(analysis: Analysis, fmt: str) -> str:
    """Render ``analysis`` in format ``fmt`` (a key of :data:`FORMATS`)."""
    try:
        exporter = FORMATS[fmt]
    except KeyError:
        names = ", ".join(FORMATS)
        raise InputError(f"unknown export format {fmt!r} (choose one of: {names})") from None
    check_references(analysis)
    return exporter(analysis)


__all__ = [
    "DEFAULT_SUFFIX",
    "FORMATS",
    "FORMAT_NAMES",
    "Exporter",
    "check_references",
    "export",
    "format_from_suffix",
]
