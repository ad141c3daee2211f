"""``--executor dask``: the same chunks, analysed on a Dask cluster instead of a local pool.

The client (this process) reads each chunk's files (the same
:func:`~aidip_cli.batch._runner.read_chunk` a local worker runs, so error records are the same),
ships their bytes to a worker, which decodes, ingests and analyses them, and writes every output
as results come back — workers need no shared file system, and the client, which also runs the
scheduler on a LocalCluster, is left little Python work to compete with it for the GIL. Chunks
are the local executor's chunks (by count and bytes, fixed by input order), so outputs are
byte-identical to ``--executor local``.

Back-pressure: at most :data:`IN_FLIGHT_PER_WORKER` chunks per worker thread are submitted at
any time, and a chunk is read only when it is submitted, so the client holds a few chunks, not
the corpus. Each worker process loads the pipeline once (a per-process cache keyed by the
settings), never per task.

Faults: when a worker dies mid-chunk, Dask reruns the chunk elsewhere (at most
:data:`ALLOWED_FAILURES` more times on a cluster we start; a remote scheduler uses its own
``allowed-failures``); if the chunk still cannot finish, its documents are retried one by one,
so a document that kills every worker it meets becomes one error record. A pipeline that cannot
be loaded raises :class:`~aidip_cli.errors.LoadError` (exit 4) from the first task. Ctrl-C or
SIGTERM cancels the futures and closes the cluster; outputs written so far stay journaled. A
LocalCluster's processes exit by themselves when their parent dies (Dask keeps a pipe to each
child for that), so a killed client leaves no workers behind.
"""

from __future__ import annotations

import contextlib
import logging
import os
import signal
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any

from ..errors import AidipError, LoadError
from ._runner import (
    DocResult,
    DocTask,
    RawInput,
    Settings,
    analyse_raw,
    describe_error,
    held_signals,
    one_blas_thread,
    prepare,
    read_chunk,
)

if TYPE_CHECKING:
    from distributed import Client, Future

INSTALL_HINT = "pip install 'aidip-cli[dask]'"
#: Chunks in flight per worker thread: one running, one waiting, so no worker idles between two.
IN_FLIGHT_PER_WORKER = 2
#: Reruns of a task whose worker died, on a LocalCluster started here.
ALLOWED_FAILURES = 1
CONNECT_TIMEOUT = "10s"
#: glibc's mmap threshold for the workers of a LocalCluster we start. Dask spawns its workers
#: with ``MALLOC_TRIM_THRESHOLD_`` set, and a threshold set by hand stops glibc from raising its
#: mmap threshold as it does by default, so every block over 128 KiB that spaCy allocates per
#: document was mapped and unmapped again: 266,000 page faults in 5 s of a worker's analysis
#: against 16,600 with this fixed 32 MiB threshold (34,000 in a local pool worker); see
#: docs/scaling.md for what it did to the batch's speed.
WORKER_MMAP_THRESHOLD = 32 * 1024 * 1024
#: A LocalCluster of equal chunks needs no work stealing (at most two chunks wait per worker)
#: and no dashboard-rate monitoring: the event-loop tick every 20 ms, system and memory
#: monitors every 0.5 and 0.1 s wake every process on the same cores as the analysis. Without
#: them the 200-essay batch ran 5% faster (four alternating pairs, docs/scaling.md).
QUIET_CLUSTER = {
    "distributed.scheduler.work-stealing": False,
    "distributed.admin.tick.interval": "1s",
    "distributed.admin.system-monitor.interval": "2s",
    "distributed.worker.memory.monitor-interval": "1s",
}
DIED = "a worker process died while analysing this document"

#: Per worker process: the settings already prepared, or the LoadError preparing them raised.
_PREPARED: dict[Settings, LoadError | None] = {}


def analyse_on_worker(raws: Sequence[RawInput], settings: Settings) -> list[DocResult]:
    """The Dask task: ingest and analyse read inputs (loading the pipeline once per process)."""
    if settings not in _PREPARED:
        one_blas_thread()
        try:
            prepare(settings)
            _PREPARED[settings] = None
        except LoadError as exc:
            _PREPARED[settings] = exc
    error = _PREPARED[settings]
    if error is not None:
        raise error
    return analyse_raw(raws, settings)


def require_distributed() -> Any:
    """The ``distributed`` module, or one line saying how to install it (exit 2)."""
    try:
        import distributed
    except ImportError:
        raise AidipError(
            f"--executor dask needs the optional package 'distributed': {INSTALL_HINT}"
        ) from None
    return distributed


@contextlib.contextmanager
def _quiet_logs() -> Iterator[None]:
    """Dask logs freely; the batch reports through its own progress and one-line errors."""
    logger = logging.getLogger("distributed")
    level = logger.level
    logger.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        logger.setLevel(level)


@contextlib.contextmanager
def connect(
    workers: int, scheduler: str | None = None, scheduler_file: str | None = None
) -> Iterator[Client]:
    """A client of the given scheduler, or of a LocalCluster of ``workers`` processes with one
    thread each. An unreachable scheduler is an :class:`AidipError` (exit 2)."""
    distributed = require_distributed()
    if scheduler is None and scheduler_file is None:
        import dask

        environ = dict(dask.config.get("distributed.nanny.pre-spawn-environ", default={}))
        environ.setdefault("MALLOC_MMAP_THRESHOLD_", WORKER_MMAP_THRESHOLD)
        # Ctrl-C belongs to this process: the cluster's threads and processes start with SIGINT
        # blocked, so a Ctrl-C in the terminal reaches only us (no traceback from every worker).
        with (
            dask.config.set(
                {
                    "distributed.scheduler.allowed-failures": ALLOWED_FAILURES,
                    # the sampling profiler competes with the analysis for the GIL
                    "distributed.worker.profile.enabled": False,
                    "distributed.nanny.pre-spawn-environ": environ,
                    **QUIET_CLUSTER,
                }
            ),
            held_signals(frozenset({signal.SIGINT})),
        ):
            cluster = distributed.LocalCluster(
                n_workers=workers,
                threads_per_worker=1,
                processes=True,
                dashboard_address=None,
                silence_logs=logging.CRITICAL,
            )
        try:
            with distributed.Client(cluster) as client:
                yield client
        finally:
            cluster.close()
        return
    where = scheduler or f"the scheduler named in {scheduler_file}"
    if scheduler_file is not None and not os.path.isfile(scheduler_file):
        raise AidipError(f"--scheduler-file {scheduler_file}: no such file")
    try:
        client = distributed.Client(
            scheduler, scheduler_file=scheduler_file, timeout=CONNECT_TIMEOUT
        )
    except (OSError, TimeoutError, ValueError) as exc:
        detail = " ".join(str(exc).split())[:200]
        raise AidipError(f"cannot reach the Dask scheduler at {where}: {detail}") from None
    with client:
        yield client


def _threads(client: Client) -> int:
    return max(1, sum(client.nthreads().values()))


def _one_by_one(client: Client, raws: Sequence[RawInput], settings: Settings) -> list[DocResult]:
    """Retry a chunk that could not finish one document per task: isolates a poison document.

    The documents first run side by side; one whose worker died then runs once more on its
    own, so a document that only shared a worker with the poison one (and died with it) is
    analysed, and only the document that kills every worker it meets becomes an error record.
    """
    futures = [client.submit(analyse_on_worker, [raw], settings, pure=False) for raw in raws]
    results: list[DocResult] = []
    for raw, future in zip(raws, futures, strict=True):
        result = _outcome(future, raw.position)
        if result is None:  # its worker died: once more, with no other document of the chunk
            again = client.submit(analyse_on_worker, [raw], settings, pure=False)
            result = _outcome(again, raw.position)
        results.extend(result or [DocResult(raw.position, error=DIED)])
    return results


def _outcome(future: Future, position: int) -> list[DocResult] | None:
    """The task's results, an error record, or None when the worker running it died."""
    try:
        return list(future.result())
    except LoadError:
        raise
    except Exception as exc:
        if type(exc).__name__ == "KilledWorker":
            return None
        return [DocResult(position, error=describe_error(exc))]


def run_chunks_dask(
    chunks: Sequence[Sequence[DocTask]],
    settings: Settings,
    *,
    workers: int,
    scheduler: str | None = None,
    scheduler_file: str | None = None,
) -> Iterator[list[DocResult]]:
    """Yield each chunk's results as it completes, with a bounded number of chunks in flight."""
    as_completed = require_distributed().as_completed
    with _quiet_logs(), connect(workers, scheduler, scheduler_file) as client:
        slots = IN_FLIGHT_PER_WORKER * _threads(client)
        todo = iter(chunks)
        in_flight: dict[Future, list[RawInput]] = {}
        finished = as_completed()

        def fill() -> Iterator[list[DocResult]]:
            while len(in_flight) < slots:
                chunk = next(todo, None)
                if chunk is None:
                    return
                raws, failed = read_chunk(chunk, settings)
                if failed:
                    yield failed
                if raws:
                    future = client.submit(analyse_on_worker, raws, settings, pure=False)
                    in_flight[future] = raws
                    finished.add(future)

        try:
            yield from fill()
            while in_flight:
                future = next(finished)
                raws = in_flight.pop(future)
                try:
                    results = future.result()
                except LoadError:
                    raise
                except Exception:
                    results = _one_by_one(client, raws, settings)
                yield results
                yield from fill()
        finally:
            if in_flight:
                client.cancel(list(in_flight))
