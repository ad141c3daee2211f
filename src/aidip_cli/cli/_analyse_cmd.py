"""`aidip analyse` and `aidip schema`."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import typer

from ..errors import AidipError
from ..export.formats import FORMAT_NAMES, format_from_suffix
from ._app import app
from ._options import MaxCharsOption, ModelOption, ScorerOption, SpacyModelOption, resolve_models

FORMAT_HELP = (
    "Output format: map (the rich argument map; default on stdout), "
    + ", ".join(FORMAT_NAMES)
    + ". With -o, inferred from the file extension."
)


@app.command()
def analyse(
    path: str = typer.Argument(..., help="An op-ed (.txt, .md, .html) or '-' for standard input."),
    fmt: str | None = typer.Option(None, "--format", "-f", help=FORMAT_HELP),
    output: Path | None = typer.Option(
        None, "--output", "-o", help="Write to this file (atomically) instead of stdout."
    ),
    model: str | None = ModelOption,
    spacy_model: str | None = SpacyModelOption,
    scorer: str | None = ScorerOption,
    max_chars: int = MaxCharsOption,
) -> None:
    """Analyse one op-ed and print its argument map (or export it)."""
    from ..api import analyse_path

    pipeline, scorer = resolve_models(model, spacy_model, scorer)
    chosen = fmt or (_format_for(output) if output else "map")
    _check_format(chosen)
    analysis = analyse_path(path, pipeline=pipeline, scorer=scorer, max_chars=max_chars)

    if chosen == "map":
        from rich.console import Console

        from ..render import argument_map, console

        if output is not None:
            from ..io import write_atomic

            recorder = Console(record=True, width=120, force_terminal=False, no_color=True)
            with recorder.capture():
                recorder.print(argument_map(analysis))
            write_atomic(output, recorder.export_text())
            return
        console().print(argument_map(analysis))
        return

    from ..export.registry import export

    data = export(analysis, chosen)
    if output is not None:
        from ..io import write_atomic

        write_atomic(output, data)
    else:
        sys.stdout.write(data)
        sys.stdout.flush()


def _format_for(output: Path) -> str:
    found = format_from_suffix(output)
    if found is None:
        raise AidipError(
            f"cannot tell the format from '{output.name}'; pass --format (json, html, ...)"
        )
    return found


def _check_format(fmt: str) -> None:
    if fmt == "map":
        return
    if fmt not in FORMAT_NAMES:
        known = ", ".join(["map", *sorted(FORMAT_NAMES)])
        raise AidipError(f"unknown format '{fmt}' (choose from: {known})")


@app.command()
def schema() -> None:
    """Print the JSON Schema of the analysis JSON (generated from the pydantic model)."""
    from ..schema import json_schema

    typer.echo(json.dumps(json_schema(), indent=2, sort_keys=True))
