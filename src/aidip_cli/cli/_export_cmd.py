"""`aidip export`: turn a saved analysis JSON into another format (AIF, Argdown, DOT, ...)."""

from __future__ import annotations

import sys

import typer

from ..export.formats import FORMAT_NAMES
from ._app import app
from ._streams import write_stdout

FORMAT_HELP = (
    "Output format: " + ", ".join(FORMAT_NAMES) + ". Default: inferred from the -o file extension."
)


@app.command("export")
def export_command(
    analysis: str = typer.Argument(
        ...,
        metavar="ANALYSIS.json",
        help="A saved analysis (aidip analyse FILE --format json -o FILE.json); - reads stdin.",
    ),
    to: str | None = typer.Option(None, "--to", "-t", metavar="FORMAT", help=FORMAT_HELP),
    output: str | None = typer.Option(
        None,
        "--output",
        "-o",
        metavar="FILE",
        help="Write to FILE (atomically) instead of standard output.",
    ),
) -> None:
    """Export a saved analysis as AIF, Argdown, Graphviz DOT, GraphML, node-link JSON,
    Mermaid, CSV or a self-contained HTML report."""
    from ..errors import InputError
    from ..export.registry import DEFAULT_SUFFIX, FORMATS, export, format_from_suffix
    from ..io import read_analysis, write_atomic

    to_file = output not in (None, "-")
    fmt = to or (format_from_suffix(output) if to_file and output else None)
    if fmt is None:
        names = ", ".join(FORMATS)
        hint = f" ({output!r} has no known extension)" if to_file else ""
        raise InputError(f"say which format with --to ({names}){hint}")
    if fmt not in FORMATS:
        names = ", ".join(FORMATS)
        raise InputError(f"unknown format {fmt!r} for --to (choose one of: {names})")
    suffix_fmt = format_from_suffix(output) if to_file and output else None
    if to_file and suffix_fmt is not None and suffix_fmt != fmt:
        sys.stderr.write(
            f"aidip: warning: writing {fmt} to {output} (a {DEFAULT_SUFFIX[fmt]} name would "
            "match the format)\n"
        )
    text = export(read_analysis(analysis), fmt)
    if to_file and output:
        write_atomic(output, text)
    else:
        write_stdout(text)
