"""``aidip batch`` as a library: a folder of op-eds in, one analysis JSON per file out.

``run_batch(paths, outdir, options)`` walks the inputs, reuses outputs cached by an earlier run,
analyses the rest in worker processes, and writes ``index.jsonl``, ``summary.json`` and
(optionally) a SARIF log. The CLI command is a thin layer over it.
"""

from __future__ import annotations

from ._core import INDEX_NAME, SARIF_NAME, SUMMARY_NAME, run_batch
from ._records import BatchResult, FileRecord
from .options import DEFAULT_GLOBS, DEFAULT_OUTDIR, GATES, BatchOptions

__all__ = [
    "DEFAULT_GLOBS",
    "DEFAULT_OUTDIR",
    "GATES",
    "INDEX_NAME",
    "SARIF_NAME",
    "SUMMARY_NAME",
    "BatchOptions",
    "BatchResult",
    "FileRecord",
    "run_batch",
]
