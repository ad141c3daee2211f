#!/usr/bin/env python3
"""How much of the analysis time goes to attribution (who said it), on the bundled essays.

Times ``analyse_path`` over every essay in ``data/essays`` (after one warm-up run that loads
spaCy) and the time spent in the attribution stage — reading each unit's own voice
(``read_voice``) and resolving speakers over the document (``attribute_units``) — with wall-clock
timers around those two calls, as a share of the whole analysis. (A profiler charges every Python
call an overhead that spaCy's compiled code does not pay, so under cProfile the share reads
higher than the batch time a user waits for.) The share moves by a few tenths of a point from run
to run on a shared machine: compare two versions by alternating them in one sitting.
``make bench`` uses ``time_attribution`` for its attribution row, on the benchmark's corpus.
Usage: python scripts/attribution_cost.py
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import aidip_cli.mine.pipeline as pipeline
import aidip_cli.mine.segments as segments
import aidip_cli.mine.units.features as features
from aidip_cli.api import analyse_path

REPO = Path(__file__).resolve().parents[1]

# (module, name) of every call that is attribution's work, wherever the pipeline calls it from
_ATTRIBUTION_CALLS = (
    (features, "read_voice"),
    (pipeline, "attribute_units"),
    (segments, "attribute_units"),
)


def time_attribution(work: Callable[[], Any]) -> tuple[float, float]:
    """Run ``work`` once; return (seconds spent in attribution, seconds in all)."""
    spent = [0.0]

    def timed(stage: Callable[..., Any]) -> Callable[..., Any]:
        def run(*args: Any, **kwargs: Any) -> Any:
            start = time.perf_counter()
            try:
                return stage(*args, **kwargs)
            finally:
                spent[0] += time.perf_counter() - start

        return run

    originals = [(module, name, getattr(module, name)) for module, name in _ATTRIBUTION_CALLS]
    for module, name, call in originals:
        setattr(module, name, timed(call))
    try:
        start = time.perf_counter()
        work()
        total = time.perf_counter() - start
    finally:
        for module, name, call in originals:
            setattr(module, name, call)
    return spent[0], total


def main() -> None:
    essays = sorted(
        p for p in (REPO / "data" / "essays").iterdir() if p.suffix in {".txt", ".md", ".html"}
    )
    analyse_path(essays[0])  # load the pipeline outside the measurement

    def analyse_all() -> None:
        for path in essays:
            analyse_path(path)

    spent, total = time_attribution(analyse_all)
    print(f"{len(essays)} essays: attribution {spent:.2f} s of {total:.2f} s = {spent / total:.1%}")


if __name__ == "__main__":
    main()
