"""`aidip analyse` and `aidip schema`."""

from __future__ import annotations

import json
from pathlib import Path

import typer

from ..errors import AidipError
from ..export.formats import FORMAT_NAMES, format_from_suffix
from ._app import app
from ._options import MaxCharsOption, ModelOption, ScorerOption, SpacyModelOption, resolve_models
from ._streams import print_stdout, require_stdout, write_stdout

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
    from dataclasses import replace

    from ..api import analyse_document
    from ..ingest import load_path
    from ..io import check_scorer_file, display_path, load_pipeline

    pipeline, scorer = resolve_models(model, spacy_model, scorer)
    chosen = fmt or (_format_for(output) if output else "map")
    _check_format(chosen)
    if output is None:
        require_stdout()
    check_scorer_file(scorer)
    document = load_path(path, max_chars=max_chars)
    if document.path is not None and display_path(document.path) != document.path:
        document = replace(document, path=display_path(document.path))  # JSON needs valid text
    load_pipeline(pipeline)
    analysis = analyse_document(document, pipeline=pipeline, scorer=scorer)

    if chosen == "map":
        from ..render import argument_map

        if output is not None:
            from rich.console import Console

            from ..io import write_atomic

            recorder = Console(record=True, width=120, force_terminal=False, no_color=True)
            with recorder.capture():
                recorder.print(argument_map(analysis))
            write_atomic(output, recorder.export_text())
            return
        print_stdout(argument_map(analysis))
        return

    from ..export.registry import export

    data = export(analysis, chosen)
    if output is not None:
        from ..io import write_atomic

        write_atomic(output, data)
    else:
        write_stdout(data)


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

    write_stdout(json.dumps(json_schema(), indent=2, sort_keys=True) + "\n")
