#!/usr/bin/env python3
"""The client's own cost per document under ``--executor dask`` (docs/scaling.md): ingesting one
input (read, decode, paragraphs) and writing one 30 KB output atomically, on the bench corpus."""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_inputs

from aidip_cli.ingest import load_path
from aidip_cli.io import write_atomic


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        paths, _ = bench_inputs.build_corpus(Path(tmp) / "c", 200, 2)
        started = time.perf_counter()
        for path in paths:
            load_path(path)
        ingest = (time.perf_counter() - started) / len(paths)
        blob = b"x" * 30_000
        started = time.perf_counter()
        for i in range(len(paths)):
            write_atomic(Path(tmp) / f"o{i}.json", blob)
        write = (time.perf_counter() - started) / len(paths)
    print(f"ingest {ingest * 1000:.2f} ms/doc, atomic 30 KB write {write * 1000:.2f} ms/doc")


if __name__ == "__main__":
    main()
