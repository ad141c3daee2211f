"""Analysing chunks of documents, in this process or in a pool of worker processes.

Work is cut into fixed chunks of consecutive inputs *before* the worker count is looked at, so
every document is parsed in the same ``nlp.pipe`` batch whatever ``--workers`` is: the outputs
are byte-identical by construction. Each worker is a fresh interpreter (``spawn``: no state
forked from a parent that may run a progress thread) that loads spaCy once in its initializer.
One bad document never sinks its chunk: if the batched call fails, the rest of the chunk is
retried one document at a time and only the culprit becomes an error.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass

from ..api import analyse_documents
from ..errors import AidipError, LoadError
from ..ingest import load_path, load_text
from ..schema import Analysis
from ._gates import digest
from ._records import Digest
from .options import Analyser


@dataclass(frozen=True)
class DocTask:
    position: int
    path: str


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


def make_chunks(tasks: Sequence[DocTask], chunk_size: int) -> list[list[DocTask]]:
    """Group tasks by ``position // chunk_size``: fixed by input order, not by worker count."""
    chunks: dict[int, list[DocTask]] = {}
    for task in tasks:
        chunks.setdefault(task.position // chunk_size, []).append(task)
    return [chunks[key] for key in sorted(chunks)]


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


def process_chunk(chunk: Sequence[DocTask], settings: Settings) -> list[DocResult]:
    """Ingest and analyse one chunk; every task gets exactly one result, in chunk order."""
    if _WORKER_ERROR is not None:
        raise _WORKER_ERROR
    results: dict[int, DocResult] = {}
    loaded: list[tuple[int, object]] = []
    for task in chunk:
        try:
            loaded.append((task.position, load_path(task.path, max_chars=settings.max_chars)))
        except Exception as exc:
            results[task.position] = DocResult(task.position, error=describe_error(exc))
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
    return [results[task.position] for task in chunk]


def _one_blas_thread() -> None:
    """One worker = one core: N workers each running a multi-threaded BLAS oversubscribe the
    machine (in one measurement on 2 cores, 2 workers warmed up in 2.4 s instead of 4.2 s)."""
    try:
        import numpy  # noqa: F401  (load the BLAS first so the limit reaches it)
        from threadpoolctl import threadpool_limits
    except ImportError:  # pragma: no cover - both come with spaCy / scikit-learn
        return
    threadpool_limits(limits=1)


def _init_worker(settings: Settings) -> None:
    """Load spaCy (and the scorer) once per worker by analysing a one-line document."""
    global _WORKER_ERROR
    _one_blas_thread()
    try:
        list(
            _analyser(settings)(
                [load_text("Diplomacy must adapt to AI.")],
                pipeline=settings.pipeline,
                scorer=settings.scorer,
            )
        )
    except LoadError as exc:
        _WORKER_ERROR = exc
    except Exception:
        pass  # anything else will show up, isolated, on the documents themselves


def run_chunks(
    chunks: Sequence[Sequence[DocTask]], settings: Settings, workers: int
) -> Iterator[list[DocResult]]:
    """Yield each chunk's results as soon as it is done (completion order)."""
    if workers <= 1 or len(chunks) <= 1:
        for chunk in chunks:
            yield process_chunk(chunk, settings)
        return
    context = multiprocessing.get_context("spawn")
    executor = ProcessPoolExecutor(
        max_workers=min(workers, len(chunks)),
        mp_context=context,
        initializer=_init_worker,
        initargs=(settings,),
    )
    futures: dict[Future[list[DocResult]], Sequence[DocTask]] = {}
    try:
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
    finally:
        executor.shutdown(wait=True, cancel_futures=True)
