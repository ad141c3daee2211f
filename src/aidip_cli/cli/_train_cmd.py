"""`aidip train CORPUS_KIND DIR -o scorer.json`: fit a learned scorer on a gold corpus.

The scorer file is plain JSON (feature names and coefficients); ``--scorer FILE`` (or
``--model FILE``) on ``analyse``, ``batch`` and ``evaluate`` makes the analyser use it.
"""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path

import typer

from ._app import app
from ._options import SpacyModelOption


class CorpusKind(StrEnum):
    MICROTEXTS = "microtexts"
    WEBDISCOURSE = "webdiscourse"
    ESSAYS = "essays"


_LICENCE_NOTES = {
    CorpusKind.MICROTEXTS: (
        "note: the microtext corpus is CC BY-NC-SA 4.0; a model trained on it is for research "
        "and evaluation only and must not be shipped with aidip"
    ),
}


@app.command()
def train(
    kind: CorpusKind = typer.Argument(
        ...,
        help="microtexts (arggraph XML folder), webdiscourse (toulmin_gold.jsonl or its "
        "folder), essays (a folder of *.gold.json files next to their essays).",
    ),
    directory: Path = typer.Argument(..., help="Where the corpus is."),
    output: Path = typer.Option(..., "--output", "-o", help="The scorer file to write (JSON)."),
    spacy_model: str | None = SpacyModelOption,
) -> None:
    """Train a scorer (logistic regressions over unit and pair features) on a gold corpus."""
    from ..errors import InputError, OutputError
    from ..train import READERS, save_scorer, train

    if not directory.exists():
        raise InputError(f"{directory}: not found")
    if output.exists() and output.is_dir():
        raise OutputError(f"{output}: is a directory")
    examples, skipped = READERS[kind.value](directory)
    if not examples:
        raise InputError(f"{directory}: no usable {kind.value} training texts")
    provenance = {"corpus": kind.value, "command": f"aidip train {kind.value} {directory.name}"}
    scorer = train(
        examples, name=f"learned:{output.stem}", provenance=provenance, pipeline=spacy_model
    )
    save_scorer(scorer, output)
    if kind in _LICENCE_NOTES:
        sys.stderr.write(_LICENCE_NOTES[kind] + "\n")
    extra = f", {skipped} skipped" if skipped else ""
    sys.stderr.write(f"trained on {len(examples)} {kind.value} texts{extra}: wrote {output}\n")
