"""``run_batch``: walk → reuse what is cached → analyse the rest → write index, summary, SARIF.

The parent process owns every write (outputs, journal, index), so there is one writer and the
order of ``index.jsonl`` is the input order, never the completion order. It holds the lock of
OUTDIR for the whole run (a second batch into the same folder is refused), and a full or
failing disk stops the run at once: what was written so far stays valid and journaled, so the
next run resumes from there.
"""

from __future__ import annotations

import contextlib
import json
import os
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from ..errors import EXIT_GATE, EXIT_OK, DiskError, OutputError
from ..io import check_scorer_file, sweep_temp_files, write_atomic
from ..schema import Analysis
from ._cache import Journal, JournalEntry, sha256_bytes, sha256_file
from ._gates import digest, evaluate
from ._lock import locked
from ._records import BatchResult, FileRecord
from ._runner import DocResult, DocTask, Settings, make_chunks, run_chunks
from ._sarif import sarif_log
from ._walk import InputEntry, discover
from .options import DEFAULT_OUTDIR, BatchOptions
from .progress import Progress, Silent
from .summary import build_summary

INDEX_NAME = "index.jsonl"
SUMMARY_NAME = "summary.json"
SARIF_NAME = "aidip.sarif"


def _dumps_line(obj: Any) -> bytes:
    return json.dumps(obj, ensure_ascii=False).encode("utf-8", "backslashreplace") + b"\n"


def _dumps_doc(obj: Any) -> bytes:
    text = json.dumps(obj, ensure_ascii=False, indent=2) + "\n"
    return text.encode("utf-8", "backslashreplace")


def _prepare_outdir(outdir: Path) -> None:
    try:
        outdir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(
            f"cannot create output directory {outdir}: {exc.strerror or exc}"
        ) from exc
    if not os.access(outdir, os.W_OK | os.X_OK):
        raise OutputError(f"output directory {outdir} is not writable")


def output_target(outdir: Path, output: str) -> Path:
    """The file for an output name, refusing anything that would resolve outside ``outdir``."""
    target = outdir.joinpath(*output.split("/"))
    root = os.path.realpath(outdir)
    parent = os.path.realpath(target.parent)
    if parent != root and not parent.startswith(root + os.sep):
        raise OutputError(f"output {output} would be written outside {outdir}")
    return target


class _Batch:
    """One run's state: the inputs, the records so far and the journal."""

    def __init__(self, outdir: Path, options: BatchOptions) -> None:
        self.outdir = outdir
        self.options = options
        self.fingerprint = options.fingerprint()
        self.journal = Journal(outdir)
        self.records: dict[int, FileRecord] = {}
        self.pending: dict[int, tuple[InputEntry, str]] = {}
        self.kept: dict[int, JournalEntry] = {}

    def triage(self, entries: Sequence[InputEntry]) -> list[DocTask]:
        """Record walk errors and cached outputs; return what still needs analysing."""
        tasks: list[DocTask] = []
        for position, entry in enumerate(entries):
            if entry.error is not None or entry.output is None:
                self.records[position] = FileRecord(
                    entry.display, None, None, "error", entry.error or "not analysable"
                )
                continue
            try:
                sha = sha256_file(entry.fs_path)
                size = os.stat(entry.fs_path).st_size
            except OSError as exc:
                message = f"cannot read: {exc.strerror or exc}"
                self.records[position] = FileRecord(entry.display, None, None, "error", message)
                continue
            if not self.options.force and self._reuse(position, entry, sha):
                continue
            self.pending[position] = (entry, sha)
            tasks.append(DocTask(position, entry.path, entry.display, size))
        return tasks

    def _reuse(self, position: int, entry: InputEntry, sha: str) -> bool:
        assert entry.output is not None
        data = self.journal.reusable(entry.output, entry.display, sha, self.fingerprint)
        if data is None:
            return False
        try:
            facts = digest(Analysis.model_validate_json(data))
        except ValueError:
            return False
        self.records[position] = FileRecord(
            entry.display, entry.output, sha, "ok", None, facts, cached=True
        )
        self.kept[position] = JournalEntry(
            entry.output, entry.display, sha, self.fingerprint, sha256_bytes(data)
        )
        return True

    def accept(self, result: DocResult) -> FileRecord:
        """Write one analysed input's output and journal line; return its record."""
        entry, input_sha = self.pending.pop(result.position)
        path, output = entry.display, entry.output
        assert output is not None
        if result.error is not None or result.digest is None or result.json_text is None:
            record = FileRecord(path, output, input_sha, "error", result.error or "no analysis")
            self._drop_stale(output)
        else:
            data = result.json_text.encode("utf-8")
            try:
                write_atomic(output_target(self.outdir, output), data, make_parents=True)
            except DiskError:
                raise
            except OutputError as exc:
                record = FileRecord(path, output, input_sha, "error", exc.message)
            else:
                sha = result.digest.sha256
                record = FileRecord(path, output, sha, "ok", None, result.digest)
                done = JournalEntry(output, path, sha, self.fingerprint, sha256_bytes(data))
                self.journal.record(done)
                self.kept[result.position] = done
        self.records[result.position] = record
        return record

    def _drop_stale(self, output: str) -> None:
        """An input that fails now must not leave an earlier run's analysis looking current."""
        if self.journal.made(output):
            with contextlib.suppress(OSError, OutputError):
                output_target(self.outdir, output).unlink()

    def ordered(self) -> list[FileRecord]:
        return [self.records[i] for i in sorted(self.records)]


def _executor(
    chunks: Sequence[Sequence[DocTask]], settings: Settings, options: BatchOptions
) -> Iterator[list[DocResult]]:
    """Results of every chunk, from a local pool or from a Dask cluster."""
    if options.executor == "dask":
        from ._dask import run_chunks_dask  # distributed is an optional extra

        return run_chunks_dask(
            chunks,
            settings,
            workers=options.worker_count,
            scheduler=options.scheduler,
            scheduler_file=options.scheduler_file,
        )
    return run_chunks(chunks, settings, options.worker_count)


def run_batch(
    paths: Sequence[str | os.PathLike[str]],
    outdir: str | os.PathLike[str] = DEFAULT_OUTDIR,
    options: BatchOptions | None = None,
    *,
    progress: Progress | None = None,
) -> BatchResult:
    """Analyse every input under ``paths`` into ``outdir``; what ``aidip batch`` runs.

    Raises :class:`~aidip_cli.errors.InputError` for a PATH that does not exist,
    :class:`~aidip_cli.errors.OutputError` when ``outdir`` cannot be written or another batch
    is writing into it, :class:`~aidip_cli.errors.DiskError` when the disk fills up or fails
    mid-run (the run stops; rerun to resume) and :class:`~aidip_cli.errors.LoadError` when the
    pipeline or scorer cannot be loaded (before any input is analysed); problems with single
    inputs never raise, they become error records.
    """
    options = options or BatchOptions()
    out = Path(outdir)
    _prepare_outdir(out)
    with locked(out):
        try:
            return _run_locked(paths, out, options, progress or Silent())
        except DiskError as exc:
            raise DiskError(
                f"{exc.message}; the batch stopped: outputs written so far are kept, and "
                "a rerun resumes after them"
            ) from exc


def _run_locked(
    paths: Sequence[str | os.PathLike[str]], out: Path, options: BatchOptions, progress: Progress
) -> BatchResult:
    started = time.perf_counter()
    if options.executor == "dask":
        from ._dask import require_distributed

        require_distributed()  # before any work: a missing extra is a usage error
    check_scorer_file(options.scorer)
    sweep_temp_files(out)
    entries = discover(
        [os.fspath(p) for p in paths],
        globs=options.globs,
        excludes=options.excludes,
        skip_dirs=[os.fspath(out)],
        follow_symlinks=options.follow_symlinks,
    )
    batch = _Batch(out, options)
    tasks = batch.triage(entries)
    settings = Settings(options.pipeline, options.scorer, options.max_chars, options.analyser)
    progress.start(len(entries), len(tasks))
    try:
        for record in batch.ordered():
            progress.advance(record)
        chunks = make_chunks(tasks, options.chunk_size, options.chunk_bytes)
        for results in _executor(chunks, settings, options):
            for result in results:
                progress.advance(batch.accept(result))
    except BaseException:
        # (a signal can land between a temp file's creation and the guard that removes it)
        sweep_temp_files(out)
        raise
    finally:
        batch.journal.close()
        progress.stop()
    records = batch.ordered()
    gates = evaluate(records, options.fail_on)
    exit_code = EXIT_GATE if any(g.failed for g in gates) else EXIT_OK
    summary = build_summary(records, gates, options, exit_code)
    index_path, summary_path = out / INDEX_NAME, out / SUMMARY_NAME
    write_atomic(index_path, b"".join(_dumps_line(r.index_line()) for r in records))
    write_atomic(summary_path, _dumps_doc(summary))
    sarif_path = Path(options.sarif) if options.sarif is not None else None
    if sarif_path is not None:
        write_atomic(sarif_path, _dumps_doc(sarif_log(records, options.fail_on)), make_parents=True)
    batch.journal.compact(batch.kept[i] for i in sorted(batch.kept))
    return BatchResult(
        outdir=out,
        records=records,
        gates=gates,
        summary=summary,
        exit_code=exit_code,
        elapsed=time.perf_counter() - started,
        index_path=index_path,
        summary_path=summary_path,
        sarif_path=sarif_path,
    )
