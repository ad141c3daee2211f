"""The export format names and their file suffixes, with no exporter imported.

The CLI reads these for its help and for ``-o map.dot``-style inference, so ``aidip --help``
stays fast; :data:`aidip_cli.export.FORMATS` maps the same names to the exporters.
"""

from __future__ import annotations

from pathlib import PurePath

#: Every export format, in the order the help lists them.
FORMAT_NAMES: tuple[str, ...] = (
    "json",
    "aif",
    "argdown",
    "dot",
    "graphml",
    "node-link",
    "mermaid",
    "csv",
    "html",
)

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
