"""Atomic writes for batch outputs, on top of :func:`aidip_cli.io.write_atomic`.

A run killed at any instant leaves each output either absent, old or whole-new, never
truncated. What it may leave is a temp file (``.NAME.XXXX.tmp`` beside the target); the next
run sweeps those out of OUTDIR before it starts. Batch outputs live in sub-directories that may
not exist yet, so this wrapper creates the parents first.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from ..errors import OutputError
from ..io import write_atomic as _write_atomic

# What aidip_cli.io.write_atomic names its temp files (mkstemp: 8 random characters).
_TEMP_NAME = re.compile(r"^\..+\.[A-Za-z0-9_]{8}\.tmp$")


def write_atomic(path: str | Path, data: bytes | str) -> None:
    """Create ``path``'s directories, then write it atomically."""
    target = Path(path)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"cannot write {target}: {exc.strerror or exc}") from exc
    _write_atomic(target, data)


def sweep_temp_files(directory: str | Path) -> int:
    """Delete temp files an interrupted run left under ``directory``; return how many."""
    removed = 0
    for dirpath, _dirnames, filenames in os.walk(directory):
        for name in filenames:
            if _TEMP_NAME.match(name):
                try:
                    os.unlink(os.path.join(dirpath, name))
                    removed += 1
                except OSError:
                    pass
    return removed
