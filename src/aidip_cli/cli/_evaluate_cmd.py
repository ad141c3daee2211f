"""`aidip evaluate microtexts|webdiscourse|quantities`: score the analyser on annotated corpora.

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

from ._app import app

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


class SystemChoice(StrEnum):
    DEFAULT = "default"
    BASELINE = "baseline"


class OutputFormat(StrEnum):
    TABLE = "table"
    JSON = "json"


# Options both corpus commands take.
_SYSTEM_OPTION = typer.Option(
    SystemChoice.DEFAULT,
    "--system",
    "--engine",
    help="What to score: default (the analyser) or baseline; the baseline is always reported.",
)
_SCORER_FILE_OPTION = typer.Option(
    None,
    "--scorer",
    "--model",
    "--model-file",
    help="A scorer file from 'aidip train' for the analyser to use.",
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
        help="gold: the analyser's tree over the gold EDUs; predicted: its own units.",
    ),
    folds: Path | None = typer.Option(
        None, "--folds", help="folds_10x5.json: score per test fold, report mean ± std."
    ),
    system: SystemChoice = _SYSTEM_OPTION,
    scorer_file: Path | None = _SCORER_FILE_OPTION,
    train: bool = typer.Option(
        False, "--train", help="Train a scorer on each fold's training part (needs --folds)."
    ),
    output: OutputFormat = _FORMAT_OPTION,
    limit: int | None = typer.Option(None, "--limit", min=1, help="Only the first N texts by id."),
    strict: bool = typer.Option(
        False,
        "--strict",
        help="Stop with exit code 2 at the first file that cannot be read, instead of a warning "
        "naming it and scoring the other texts.",
    ),
) -> None:
    """Cross-validated scores (cc, ro, fu, at, lat; F1 of the central-claim and attached
    classes) on the microtext corpus or another corpus in arggraph XML."""
    from ..corpora.microtexts import load_corpus, load_folds
    from ..errors import AidipError
    from ..evaluate.runner import evaluate_microtexts_gold, evaluate_microtexts_predicted

    started = time.perf_counter()
    if train and units is Units.PREDICTED:
        raise AidipError("--train works with --units gold only")
    if train and system is SystemChoice.BASELINE:
        raise AidipError("--train needs the analyser, not the baseline")
    if scorer_file is not None and not scorer_file.is_file():
        raise AidipError(f"{scorer_file}: scorer file not found")
    corpus = load_corpus(directory, strict=strict)
    for warning in corpus.warnings():
        sys.stderr.write(f"aidip: warning: {warning}\n")
    texts = corpus.texts
    if limit is not None:
        texts = texts[:limit]
    fold_ids = load_folds(folds) if folds is not None else None
    common = dict(
        folds=fold_ids,
        system=system.value,
        scorer_file=scorer_file,
        limited=limit is not None,
        unreadable=corpus.unreadable,
    )
    if units is Units.GOLD:
        section = evaluate_microtexts_gold(texts, train=train, **common)
    else:
        section = evaluate_microtexts_predicted(texts, **common)

    parts = ["microtexts", str(directory), "--units", units.value, "--system", system.value]
    if folds is not None:
        parts += ["--folds", str(folds)]
    if scorer_file is not None:
        parts += ["--scorer", str(scorer_file)]
    if train:
        parts.append("--train")
    if limit is not None:
        parts += ["--limit", str(limit)]
    if strict:
        parts.append("--strict")
    _emit(section, _command([*parts, "--format", output.value]), output, started)


@evaluate_app.command("webdiscourse")
def webdiscourse(
    file: Path = typer.Argument(..., help="toulmin_gold.jsonl"),
    system: SystemChoice = _SYSTEM_OPTION,
    scorer_file: Path | None = _SCORER_FILE_OPTION,
    output: OutputFormat = _FORMAT_OPTION,
    limit: int | None = typer.Option(None, "--limit", min=1, help="Only the first N documents."),
) -> None:
    """Claim and premise detection F1 and major-claim accuracy on the Toulmin corpus."""
    from ..corpora.webdiscourse import load_webdiscourse
    from ..errors import AidipError
    from ..evaluate.runner import evaluate_webdiscourse

    started = time.perf_counter()
    if scorer_file is not None and not scorer_file.is_file():
        raise AidipError(f"{scorer_file}: scorer file not found")
    docs = load_webdiscourse(file)
    if limit is not None:
        docs = docs[:limit]
    section = evaluate_webdiscourse(docs, system=system.value, scorer_file=scorer_file)
    parts = ["webdiscourse", str(file), "--system", system.value]
    if scorer_file is not None:
        parts += ["--scorer", str(scorer_file)]
    if limit is not None:
        parts += ["--limit", str(limit)]
    _emit(section, _command([*parts, "--format", output.value]), output, started)


@evaluate_app.command("quantities")
def quantities(
    path: Path = typer.Argument(
        ...,
        help="Quantity gold: a news-sentence .jsonl (data/quantities), a Recognizers-Text "
        "*Model.json spec, or a folder of them.",
    ),
    output: OutputFormat = _FORMAT_OPTION,
) -> None:
    """Value and value+unit F1 of the figures (per type) and the statistical flag's P/R."""
    from ..evaluate.runner import evaluate_quantities

    started = time.perf_counter()
    section = evaluate_quantities(path)
    _emit(section, _command(["quantities", str(path), "--format", output.value]), output, started)


app.add_typer(evaluate_app, name="evaluate")
