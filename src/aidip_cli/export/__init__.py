"""Export an :class:`Analysis` to the formats other argument tools read.

Every exporter is a pure function ``Analysis -> str`` that reads the analysis and nothing else
(no spaCy, no clock, no environment), so equal analyses give byte-identical files.

>>> text = export(analysis, "argdown")          # doctest: +SKIP
>>> format_from_suffix("map.dot")
'dot'
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import PurePath

from ..errors import ContentError, InputError
from ..model import Analysis
from .aif import to_aif
from .argdown import to_argdown
from .canonical import to_json
from .csv_table import to_csv
from .dot import to_dot
from .html_report import to_html
from .mermaid import to_mermaid
from .networkx_formats import to_graphml, to_node_link

Exporter = Callable[[Analysis], str]

#: Format name → exporter, in the order ``--help`` lists them.
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

#: The file suffix each format is usually saved with.
DEFAULT_SUFFIX: dict[str, str] = {
    "json": ".json",
    "aif": ".aif.json",
    "argdown": ".argdown",
    "dot": ".dot",
    "graphml": ".graphml",
    "node-link": ".nodelink.json",
    "mermaid": ".mmd",
    "csv": ".csv",
    "html": ".html",
}

# Longest suffixes first, so "x.aif.json" is AIF and not the canonical JSON.
_SUFFIXES: tuple[tuple[str, str], ...] = (
    (".nodelink.json", "node-link"),
    (".aif.json", "aif"),
    (".json", "json"),
    (".aif", "aif"),
    (".argdown", "argdown"),
    (".ad", "argdown"),
    (".dot", "dot"),
    (".gv", "dot"),
    (".graphml", "graphml"),
    (".mmd", "mermaid"),
    (".mermaid", "mermaid"),
    (".csv", "csv"),
    (".html", "html"),
    (".htm", "html"),
)


def format_from_suffix(path: str | PurePath) -> str | None:
    """The format a file name asks for (case-insensitive), or None when it names none."""
    name = PurePath(path).name.lower()
    for suffix, fmt in _SUFFIXES:
        if name.endswith(suffix) and len(name) > len(suffix):
            return fmt
    return None


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
    "Exporter",
    "check_references",
    "export",
    "format_from_suffix",
]
