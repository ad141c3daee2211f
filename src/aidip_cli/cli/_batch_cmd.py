"""`aidip batch`: a folder of op-eds in CI (thin layer over :func:`aidip_cli.batch.run_batch`)."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path

import typer

from ._app import app
from ._options import MaxCharsOption, ModelOption, ScorerOption, SpacyModelOption, resolve_models
from ._streams import map_width, stdout_console, writing_stdout

BATCH_HELP = """Analyse many essays: one analysis JSON per input under OUTDIR, plus index.jsonl and
summary.json (and a SARIF log with --format sarif).

Directories are walked recursively (files matching --glob, case-insensitive, minus --exclude);
files given directly are taken whatever their extension. Outputs mirror the input paths
(essays/a/x.txt -> OUTDIR/a/x.txt.json; one sub-folder per PATH when several are given).
Inputs already analysed with the same content and options are skipped (--force redoes them),
so a killed run resumes where it stopped.

Gates (--fail-on, repeatable; default: error): error = an input could not be analysed;
unattributed-number = a statistical unit without a named source; unsupported-claim = a claim
(or the major claim) that nothing supports; no-major-claim = an essay without a major claim;
none = no gate.

Symlinks met in the walk are followed only when they point inside the given PATHs
(--follow-symlinks inside, the default); one that points elsewhere is listed as an error
instead of being read. OUTDIR is locked while a batch runs: a second batch into it exits 2.

--executor dask runs the same chunks on a Dask cluster (pip install 'aidip-cli[dask]'): the
scheduler at --scheduler/--scheduler-file, else a local cluster of --workers processes. This
process reads the inputs and writes every output; the results are byte-identical.

Exit codes: 0 no --fail-on gate failed; 1 a --fail-on gate failed (all outputs are still
written); 2 usage or I/O error (missing PATH, unwritable OUTDIR, OUTDIR locked by another
batch, disk full: the batch stops and resumes when run again); 4 the spaCy pipeline or scorer
file cannot be loaded (before any input is analysed); 130 interrupted (Ctrl-C) and 143
terminated (SIGTERM): rerun to resume."""


class OutputFormat(StrEnum):
    JSON = "json"
    SARIF = "sarif"


class Executor(StrEnum):
    LOCAL = "local"
    DASK = "dask"


class FollowSymlinks(StrEnum):
    INSIDE = "inside"
    OUTSIDE = "outside"
    NEVER = "never"


@app.command(help=BATCH_HELP)
def batch(
    paths: list[Path] = typer.Argument(
        ..., metavar="PATH", help="Files and/or directories to analyse."
    ),
    output: Path = typer.Option(
        Path("aidip-out"), "--output", "-o", help="Output directory (created if missing)."
    ),
    glob: list[str] = typer.Option(
        None,
        "--glob",
        help="File-name pattern to take from directories (repeatable). "
        "Default: *.txt *.md *.html *.htm.",
    ),
    exclude: list[str] = typer.Option(
        None, "--exclude", help="Skip files or directories matching this pattern (repeatable)."
    ),
    workers: int = typer.Option(
        None, "--workers", "-j", help="Worker processes (default: number of CPUs)."
    ),
    force: bool = typer.Option(False, "--force", help="Re-analyse inputs already done."),
    fail_on: list[str] = typer.Option(
        None,
        "--fail-on",
        help="Gate that makes the exit code 1 (repeatable): error, unattributed-number, "
        "unsupported-claim, no-major-claim, or none.",
    ),
    output_format: OutputFormat = typer.Option(
        OutputFormat.JSON,
        "--format",
        help="json: analyses, index and summary; sarif: also OUTDIR/aidip.sarif.",
    ),
    sarif: Path = typer.Option(
        None, "--sarif", help="Write the SARIF log here (implies --format sarif)."
    ),
    follow_symlinks: FollowSymlinks = typer.Option(
        FollowSymlinks.INSIDE,
        "--follow-symlinks",
        help="Which symlinks found in the walk to follow: inside (targets within the given "
        "PATHs), outside (all) or never.",
    ),
    executor: Executor = typer.Option(
        Executor.LOCAL,
        "--executor",
        help="local: a pool of --workers processes; dask: a Dask cluster (needs the 'dask' "
        "extra): --scheduler/--scheduler-file, or a local cluster of --workers processes.",
    ),
    scheduler: str | None = typer.Option(
        None, "--scheduler", metavar="ADDRESS", help="Dask scheduler address (tcp://host:8786)."
    ),
    scheduler_file: Path | None = typer.Option(
        None, "--scheduler-file", metavar="FILE", help="Dask scheduler file to connect with."
    ),
    model: str | None = ModelOption,
    spacy_model: str | None = SpacyModelOption,
    scorer: str | None = ScorerOption,
    max_chars: int = MaxCharsOption,
) -> int:
    from ..batch import DEFAULT_GLOBS, SARIF_NAME, BatchOptions, run_batch
    from ..batch.options import normalise_gates
    from ..batch.progress import choose_progress
    from ..batch.summary import render_summary

    pipeline, scorer = resolve_models(model, spacy_model, scorer)
    sarif_path = sarif
    if sarif_path is None and output_format == OutputFormat.SARIF:
        sarif_path = output / SARIF_NAME
    options = BatchOptions(
        globs=tuple(glob) if glob else DEFAULT_GLOBS,
        excludes=tuple(exclude or ()),
        workers=workers,
        force=force,
        fail_on=normalise_gates(fail_on),
        sarif=sarif_path,
        pipeline=pipeline,
        scorer=scorer,
        max_chars=max_chars,
        follow_symlinks=follow_symlinks.value,
        executor=executor.value,
        scheduler=scheduler,
        scheduler_file=str(scheduler_file) if scheduler_file is not None else None,
    )
    progress = choose_progress(width=map_width())
    result = run_batch([str(p) for p in paths], output, options, progress=progress)
    with writing_stdout():  # the summary is a report: a reader gone does not change the exit
        render_summary(result, stdout_console(highlight=False))
    return result.exit_code
