"""What a batch run was asked to do, and the fingerprint that decides whether a cached output
can be reused.

Kept apart from the runner so the CLI, the cache and the summary read one definition.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import AidipError
from ..ingest import DEFAULT_MAX_CHARS
from ..nlp import resolve_model_name
from ..schema import SCHEMA_VERSION
from ..version import __version__
from ._walk import check_symlink_policy

if TYPE_CHECKING:
    from ..schema import Analysis

DEFAULT_GLOBS: tuple[str, ...] = ("*.txt", "*.md", "*.html", "*.htm")
DEFAULT_OUTDIR = "aidip-out"
DEFAULT_CHUNK_SIZE = 8
#: A chunk is also cut where its inputs pass this many bytes (a long input gets a chunk of its own).
DEFAULT_CHUNK_BYTES = 1 << 20
EXECUTORS: tuple[str, ...] = ("local", "dask")

GATE_ERROR = "error"
GATE_UNATTRIBUTED = "unattributed-number"
GATE_UNSUPPORTED = "unsupported-claim"
GATE_NO_MAJOR = "no-major-claim"
GATES: tuple[str, ...] = (GATE_ERROR, GATE_UNATTRIBUTED, GATE_UNSUPPORTED, GATE_NO_MAJOR)
GATE_NONE = "none"

#: ``analyse_documents``-shaped callable: documents in, analyses out, in order.
Analyser = Callable[..., Iterator["Analysis"]]


def default_workers() -> int:
    """CPUs this process may run on (the affinity mask, not the machine's count, when known)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not on Linux
        return max(1, os.cpu_count() or 1)


def normalise_gates(values: Iterable[str] | None) -> tuple[str, ...]:
    """Validate ``--fail-on`` values: known gate names, or ``none`` alone (no gate at all)."""
    given = [v.strip().lower() for v in (values or [])]
    if not given:
        return (GATE_ERROR,)
    if GATE_NONE in given:
        if len(set(given)) > 1:
            raise AidipError("--fail-on none cannot be combined with other gates")
        return ()
    unknown = sorted(set(given) - set(GATES))
    if unknown:
        raise AidipError(
            f"unknown --fail-on gate '{unknown[0]}' (choose from {', '.join(GATES)} or none)"
        )
    return tuple(g for g in GATES if g in given)


@dataclass(frozen=True)
class BatchOptions:
    """Options of :func:`aidip_cli.batch.run_batch`; the CLI flags map one to one.

    ``analyser`` replaces :func:`aidip_cli.api.analyse_documents` (embedding, tests). It must be
    a module-level function so worker processes can import it.
    """

    globs: tuple[str, ...] = DEFAULT_GLOBS
    excludes: tuple[str, ...] = ()
    workers: int | None = None
    force: bool = False
    fail_on: tuple[str, ...] = (GATE_ERROR,)
    sarif: str | Path | None = None
    pipeline: str | None = None  # spaCy pipeline name (None: the default)
    scorer: str | None = None  # None/"default": the shipped rules; else a scorer file
    max_chars: int = DEFAULT_MAX_CHARS
    chunk_size: int = DEFAULT_CHUNK_SIZE
    chunk_bytes: int = DEFAULT_CHUNK_BYTES
    follow_symlinks: str = "inside"  # inside | outside | never (see aidip_cli.batch._walk)
    executor: str = "local"  # local (a process pool) | dask (see aidip_cli.batch._dask)
    scheduler: str | None = None  # dask: a scheduler address (None: a LocalCluster)
    scheduler_file: str | None = None  # dask: a scheduler file written by `dask scheduler`
    analyser: Analyser | None = field(default=None, compare=False)

    def __post_init__(self) -> None:
        if self.workers is not None and self.workers < 1:
            raise AidipError("--workers must be at least 1")
        if self.chunk_size < 1:
            raise AidipError("chunk size must be at least 1")
        if self.max_chars < 1:
            raise AidipError("--max-chars must be at least 1")
        if not self.globs:
            raise AidipError("at least one --glob is needed")
        if self.chunk_bytes < 1:
            raise AidipError("chunk bytes must be at least 1")
        check_symlink_policy(self.follow_symlinks)
        if self.executor not in EXECUTORS:
            raise AidipError(f"unknown --executor '{self.executor}' (choose from local, dask)")
        if self.scheduler is not None and self.scheduler_file is not None:
            raise AidipError("give --scheduler or --scheduler-file, not both")
        if (self.scheduler or self.scheduler_file) and self.executor != "dask":
            raise AidipError("--scheduler and --scheduler-file need --executor dask")
        object.__setattr__(self, "fail_on", normalise_gates(self.fail_on) if self.fail_on else ())

    @property
    def worker_count(self) -> int:
        return self.workers if self.workers is not None else default_workers()

    def fingerprint(self) -> str:
        """Everything besides the input bytes that changes an output: reuse needs all equal."""
        payload: dict[str, Any] = {
            "tool_version": __version__,
            "schema_version": SCHEMA_VERSION,
            "spacy_model": resolve_model_name(self.pipeline),
            "engine": self.scorer or "default",
            "max_chars": self.max_chars,
            "analyser": _qualname(self.analyser),
        }
        blob = json.dumps(payload, sort_keys=True).encode()
        return hashlib.sha256(blob).hexdigest()[:16]

    def describe(self) -> dict[str, Any]:
        """The options as they appear in ``summary.json`` (no worker count or executor: they
        must not matter).

        The keys keep the names of the published format: ``spacy_model`` is the pipeline and
        ``engine`` the scorer.
        """
        return {
            "spacy_model": self.pipeline,
            "engine": self.scorer,
            "max_chars": self.max_chars,
            "globs": list(self.globs),
            "excludes": list(self.excludes),
            "fail_on": list(self.fail_on),
            "follow_symlinks": self.follow_symlinks,
        }


def _qualname(func: Analyser | None) -> str:
    if func is None:
        return "default"
    return f"{getattr(func, '__module__', '?')}:{getattr(func, '__qualname__', '?')}"
