"""Analysing chunks of documents, in this process or in a pool of worker processes.

Work is cut into fixed chunks of consecutive inputs *before* the worker count is looked at, so
every document is parsed in the same ``nlp.pipe`` batch whatever ``--workers`` is: the outputs
are byte-identical by construction. Each worker is a fresh interpreter (``spawn``: no state
forked from a parent that may run a progress thread) that loads spaCy once in its initializer.
One bad document never sinks its chunk: if the batched call fails, the rest of the chunk is
retried one document at a time and only the culprit becomes an error.

Workers are the parent's helpers and nothing more: they ignore Ctrl-C (the parent stops them),
they die with the parent (``PR_SET_PDEATHSIG`` on Linux, and a watchdog thread that notices a
new parent process anywhere), and they write nothing. SIGINT and SIGTERM are blocked while they
start, so neither can hit one half-way through its imports. A pipeline or scorer that cannot be
loaded fails in :func:`prepare`, before the first document, as one :class:`LoadError`.
"""

from __future__ import annotations

import contextlib
import ctypes
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections.abc import Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, replace

from ..api import analyse_documents
from ..errors import AidipError, LoadError
from ..ingest import load_bytes, load_text, read_file
from ..io import preflight
from ..schema import Analysis
from ._gates import digest
from ._records import Digest
from .options import Analyser


@dataclass(frozen=True)
class DocTask:
    """One input: ``path`` as the OS needs it, ``display`` as the analysis records it (the
    lossless escaped form, equal to ``path`` for any UTF-8 name), ``size`` in bytes."""

    position: int
    path: str
    display: str
    size: int = 0


@dataclass(frozen=True)
class DocResult:
    position: int
    json_text: str | None = None
    digest: Digest | None = None
    error: str | None = None


@dataclass(frozen=True)
class Settings:
    """What a worker needs to analyse; picklable (``analyser`` is a module-level function)."""

    pipeline: str | None
    scorer: str | None
    max_chars: int
    analyser: Analyser | None = None


#: Set in a worker whose initializer could not load the pipeline; its tasks re-raise it.
_WORKER_ERROR: LoadError | None = None
#: Signals held back while workers start (see the module docstring).
_HELD = frozenset({signal.SIGINT, signal.SIGTERM})
_PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>
#: How often the watchdog thread of a worker checks that its parent is still there (seconds).
WATCH_INTERVAL = 0.5


def make_chunks(
    tasks: Sequence[DocTask], chunk_size: int, chunk_bytes: int | None = None
) -> list[list[DocTask]]:
    """Group tasks by ``position // chunk_size``, then cut a group wherever its inputs would
    pass ``chunk_bytes``: fixed by input order and sizes, never by worker count or executor."""
    groups: dict[int, list[DocTask]] = {}
    for task in tasks:
        groups.setdefault(task.position // chunk_size, []).append(task)
    chunks: list[list[DocTask]] = []
    for key in sorted(groups):
        chunk: list[DocTask] = []
        size = 0
        for task in groups[key]:
            if chunk and chunk_bytes is not None and size + task.size > chunk_bytes:
                chunks.append(chunk)
                chunk, size = [], 0
            chunk.append(task)
            size += task.size
        chunks.append(chunk)
    return chunks


def _analyser(settings: Settings) -> Analyser:
    if settings.analyser is not None:
        return settings.analyser
    return analyse_documents


def describe_error(exc: BaseException) -> str:
    """One line for the index: the message of an expected error, type + message otherwise."""
    if isinstance(exc, AidipError):
        return exc.message
    text = " ".join(str(exc).split())
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


def _finish(position: int, analysis: object) -> DocResult:
    if not isinstance(analysis, Analysis):
        raise TypeError(f"the analyser returned {type(analysis).__name__}, not an Analysis")
    return DocResult(position, json_text=analysis.to_json(), digest=digest(analysis))


def _analyse_one(settings: Settings, position: int, document: object) -> DocResult:
    analyse = _analyser(settings)
    try:
        analysis = next(
            iter(analyse([document], pipeline=settings.pipeline, scorer=settings.scorer))
        )
        return _finish(position, analysis)
    except LoadError:
        raise
    except StopIteration:
        return DocResult(position, error="the analyser returned no analysis")
    except Exception as exc:
        return DocResult(position, error=describe_error(exc))


@dataclass(frozen=True)
class RawInput:
    """An input's bytes: read where the files are, decoded and ingested where it is analysed."""

    position: int
    path: str
    display: str
    data: bytes


def read_chunk(
    chunk: Sequence[DocTask], settings: Settings
) -> tuple[list[RawInput], list[DocResult]]:
    """Read a chunk's files: their bytes, and an error result for each input that failed."""
    raws: list[RawInput] = []
    failed: list[DocResult] = []
    for task in chunk:
        try:
            data = read_file(task.path, settings.max_chars)
            raws.append(RawInput(task.position, task.path, task.display, data))
        except Exception as exc:
            failed.append(DocResult(task.position, error=describe_error(exc)))
    return raws, failed


def ingest_raw(
    raws: Sequence[RawInput], settings: Settings
) -> tuple[list[tuple[int, object]], list[DocResult]]:
    """Decode and ingest read inputs: the documents, and an error result for each that failed."""
    loaded: list[tuple[int, object]] = []
    failed: list[DocResult] = []
    for raw in raws:
        try:
            document = load_bytes(raw.data, path=raw.path, max_chars=settings.max_chars)
            if raw.display != raw.path:
                document = replace(document, path=raw.display)
            loaded.append((raw.position, document))
        except Exception as exc:
            failed.append(DocResult(raw.position, error=describe_error(exc)))
    return loaded, failed


def analyse_raw(raws: Sequence[RawInput], settings: Settings) -> list[DocResult]:
    """Ingest and analyse read inputs; every input gets exactly one result, in order."""
    loaded, failed = ingest_raw(raws, settings)
    results = {r.position: r for r in [*failed, *analyse_loaded(loaded, settings)]}
    return [results[raw.position] for raw in raws]


def process_chunk(chunk: Sequence[DocTask], settings: Settings) -> list[DocResult]:
    """Ingest and analyse one chunk; every task gets exactly one result, in chunk order."""
    if _WORKER_ERROR is not None:
        raise _WORKER_ERROR
    raws, failed = read_chunk(chunk, settings)
    results = {r.position: r for r in [*failed, *analyse_raw(raws, settings)]}
    return [results[task.position] for task in chunk]


def analyse_loaded(loaded: Sequence[tuple[int, object]], settings: Settings) -> list[DocResult]:
    """Analyse ingested documents in one batch, isolating any document that makes it fail."""
    results: dict[int, DocResult] = {}
    analyse = _analyser(settings)
    try:
        analyses = analyse(
            [doc for _, doc in loaded], pipeline=settings.pipeline, scorer=settings.scorer
        )
        for (position, _doc), analysis in zip(loaded, analyses, strict=False):
            try:
                results[position] = _finish(position, analysis)
            except Exception as exc:
                results[position] = DocResult(position, error=describe_error(exc))
    except LoadError:
        raise
    except Exception:
        pass  # isolate the culprit below: the rest of the chunk goes one document at a time
    for position, doc in loaded:
        if position not in results:
            results[position] = _analyse_one(settings, position, doc)
    return [results[position] for position, _doc in loaded]


def one_blas_thread() -> None:
    """One worker = one core: N workers each running a multi-threaded BLAS oversubscribe the
    machine (in one measurement on 2 cores, 2 workers warmed up in 2.4 s instead of 4.2 s)."""
    try:
        import numpy  # noqa: F401  (load the BLAS first so the limit reaches it)
        from threadpoolctl import threadpool_limits
    except ImportError:  # pragma: no cover - both come with spaCy / scikit-learn
        return
    threadpool_limits(limits=1)


def prepare(settings: Settings) -> None:
    """Load the pipeline and the scorer once, by analysing a one-line document.

    Raises :class:`LoadError` for a pipeline or scorer that cannot be loaded (whatever the
    loader raised); any other failure is left to show up, isolated, on the documents.
    """
    if settings.analyser is None:
        preflight(settings.pipeline, settings.scorer)
    try:
        list(
            _analyser(settings)(
                [load_text("Diplomacy must adapt to AI.")],
                pipeline=settings.pipeline,
                scorer=settings.scorer,
            )
        )
    except LoadError:
        raise
    except Exception:
        pass


@contextlib.contextmanager
def held_signals(signals: frozenset[int] = _HELD) -> Iterator[None]:
    """Block ``signals`` (SIGINT and SIGTERM) in this thread for the ``with`` block; threads and
    processes started in it inherit the mask, and this thread gets a signal that arrived
    meanwhile when the block ends."""
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, signals)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def _watch_parent(parent: int) -> None:
    while True:
        time.sleep(WATCH_INTERVAL)
        if os.getppid() != parent:
            os._exit(1)


def die_with_parent(parent: int) -> None:
    """End this worker process when ``parent`` ends, however it ends (even SIGKILL)."""
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    if os.getppid() != parent:  # the parent died before the death signal was armed
        os._exit(1)
    threading.Thread(target=_watch_parent, args=(parent,), name="aidip-watch", daemon=True).start()


def become_worker(parent: int) -> None:
    """Ignore Ctrl-C (the parent handles it), let SIGTERM kill, and die with the parent."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, _HELD)
    die_with_parent(parent)


def _init_worker(settings: Settings, parent: int) -> None:
    """Set up a pool worker, then load spaCy (and the scorer) once for all its chunks."""
    global _WORKER_ERROR
    become_worker(parent)
    one_blas_thread()
    try:
        prepare(settings)
    except LoadError as exc:
        _WORKER_ERROR = exc


def _stop(executor: ProcessPoolExecutor) -> None:
    """Kill the workers now: they hold nothing worth waiting for (the parent writes)."""
    terminate = getattr(executor, "terminate_workers", None)  # Python >= 3.14
    if terminate is not None:
        terminate()
        return
    for process in list((getattr(executor, "_processes", None) or {}).values()):
        with contextlib.suppress(Exception):
            process.terminate()


def run_chunks(
    chunks: Sequence[Sequence[DocTask]], settings: Settings, workers: int
) -> Iterator[list[DocResult]]:
    """Yield each chunk's results as soon as it is done (completion order).

    Raises :class:`LoadError` before the first result when the pipeline or scorer cannot be
    loaded. If the caller stops early (an interrupt, a full disk), the workers are killed.
    """
    if workers <= 1 or len(chunks) <= 1:
        if chunks:
            prepare(settings)
        for chunk in chunks:
            yield process_chunk(chunk, settings)
        return
    context = multiprocessing.get_context("spawn")
    with held_signals():
        executor = ProcessPoolExecutor(
            max_workers=min(workers, len(chunks)),
            mp_context=context,
            initializer=_init_worker,
            initargs=(settings, os.getpid()),
        )
    futures: dict[Future[list[DocResult]], Sequence[DocTask]] = {}
    try:
        with held_signals():  # the pool starts its workers on submit
            futures = {executor.submit(process_chunk, chunk, settings): chunk for chunk in chunks}
        pending = set(futures)
        while pending:
            done, pending = wait(pending, return_when=FIRST_COMPLETED)
            for future in sorted(done, key=lambda f: futures[f][0].position):
                try:
                    yield future.result()
                except BrokenProcessPool:
                    message = "a worker process died while analysing this chunk"
                    yield [DocResult(t.position, error=message) for t in futures[future]]
    except BaseException:
        _stop(executor)
        raise
    finally:
        executor.shutdown(wait=True, cancel_futures=True)
