"""`aidip evaluate microtexts|webdiscourse`: score the analyser against annotated corpora.

Thin layer over :mod:`aidip_cli.evaluate`: parse the options, run one setting, print a rich
table (terminal) or deterministic JSON (CI). The corpora are never bundled; their paths are given
on the command line. spaCy is imported only when a setting needs the analyser.
"""

from __future__ import annotations

import shlex
import sys
import time
from enum import StrEnum
from pathlib import Path
from typing import Any

import typer

from . import app

evaluate_app = typer.Typer(
    name="evaluate",
    help=(
        "Score the analyser on annotated corpora (the Argumentative Microtext Corpus, the "
        "web-discourse Toulmin corpus), always next to the trivial baseline."
    ),
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
)


class Units(StrEnum):
    GOLD = "gold"
    PREDICTED = "predicted"


class EngineChoice(StrEnum):
    DEFAULT = "default"
    BASELINE = "baseline"


class OutputFormat(StrEnum):
    TABLE = "table"
    JSON = "json"


# Options both corpus commands take.
_ENGINE_OPTION = typer.Option(
    EngineChoice.DEFAULT, "--engine", help="Engine to score (the baseline is always reported)."
)
_MODEL_FILE_OPTION = typer.Option(
    None,
    "--model",
    "--model-file",
    help="Trained model file (from aidip train), used by the engine.",
)
_FORMAT_OPTION = typer.Option(OutputFormat.TABLE, "--format", help="table or json.")


def _command(parts: list[str]) -> str:
    return shlex.join(["aidip", "evaluate", *parts])


def _emit(section: dict[str, Any], command: str, output: OutputFormat, started: float) -> None:
    from ..evaluate.report import print_tables, run_metadata, to_json

    report = {**run_metadata(command), "sections": [section]}
    if output is OutputFormat.JSON:
        typer.echo(to_json(report), nl=False)
        return
    print_tables(report)
    sys.stderr.write(f"evaluated in {time.perf_counter() - started:.1f}s\n")


@evaluate_app.command("microtexts")
def microtexts(
    directory: Path = typer.Argument(
        ..., help="Folder with the arggraph micro_*.xml files (or its parent holding en/)."
    ),
    units: Units = typer.Option(
        Units.GOLD,
        "--units",
        help="gold: engine on the gold EDUs; predicted: the analyser's units.",
    ),
    folds: Path | None = typer.Option(
        None, "--folds", help="folds_10x5.json: score per test fold, report mean ± std."
    ),
    engine: EngineChoice = _ENGINE_OPTION,
    model_file: Path | None = _MODEL_FILE_OPTION,
    train: bool = typer.Option(
        False, "--train", help="Train the engine on each fold's training part (needs --folds)."
    ),
    output: OutputFormat = _FORMAT_OPTION,
    limit: int | None = typer.Option(None, "--limit", min=1, help="Only the first N texts by id."),
) -> None:
    """Cross-validated scores (cc, ro, fu, at, lat) on the microtext corpus."""
    from ..errors import AidipError
    from ..evaluate.microtexts import load_corpus, load_folds
    from ..evaluate.runner import evaluate_microtexts_gold, evaluate_microtexts_predicted

    started = time.perf_counter()
    if train and units is Units.PREDICTED:
        raise AidipError("--train works with --units gold only")
    if train and engine is EngineChoice.BASELINE:
        raise AidipError("--train needs a trainable engine, not the baseline")
    if model_file is not None and not model_file.is_file():
        raise AidipError(f"{model_file}: model file not found")
    texts = load_corpus(directory)
    if limit is not None:
        texts = texts[:limit]
    fold_ids = load_folds(folds) if folds is not None else None
    common = dict(
        folds=fold_ids,
        engine=engine.value,
        model_file=model_file,
        limited=limit is not None,
    )
    if units is Units.GOLD:
        section = evaluate_microtexts_gold(texts, train=train, **common)
    else:
        section = evaluate_microtexts_predicted(texts, **common)

    parts = ["microtexts", str(directory), "--units", units.value, "--engine", engine.value]
    if folds is not None:
        parts += ["--folds", str(folds)]
    if model_file is not None:
        parts += ["--model-file", str(model_file)]
    if train:
        parts.append("--train")
    if limit is not None:
        parts += ["--limit", str(limit)]
    _emit(section, _command([*parts, "--format", output.value]), output, started)


@evaluate_app.command("webdiscourse")
def webdiscourse(
    file: Path = typer.Argument(..., help="toulmin_gold.jsonl"),
    engine: EngineChoice = _ENGINE_OPTION,
    model_file: Path | None = _MODEL_FILE_OPTION,
    output: OutputFormat = _FORMAT_OPTION,
    limit: int | None = typer.Option(None, "--limit", min=1, help="Only the first N documents."),
) -> None:
    """Claim and premise detection F1 and major-claim accuracy on the Toulmin corpus."""
    from ..errors import AidipError
    from ..evaluate.runner import evaluate_webdiscourse
    from ..evaluate.webdiscourse import load_webdiscourse

    started = time.perf_counter()
    if model_file is not None and not model_file.is_file():
        raise AidipError(f"{model_file}: model file not found")
    docs = load_webdiscourse(file)
    if limit is not None:
        docs = docs[:limit]
    section = evaluate_webdiscourse(docs, engine=engine.value, model_file=model_file)
    parts = ["webdiscourse", str(file), "--engine", engine.value]
    if model_file is not None:
        parts += ["--model-file", str(model_file)]
    if limit is not None:
        parts += ["--limit", str(limit)]
    _emit(section, _command([*parts, "--format", output.value]), output, started)


app.add_typer(evaluate_app, name="evaluate")
