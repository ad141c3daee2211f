"""`aidip analyse` and `aidip schema` (placeholder wiring; filled in by the analyser work)."""

from __future__ import annotations

import typer

from . import app


@app.command()
def schema() -> None:
    """Print the JSON Schema of the analysis JSON (generated from the pydantic model)."""
    import json

    from ..model import json_schema

    typer.echo(json.dumps(json_schema(), indent=2, sort_keys=True))
