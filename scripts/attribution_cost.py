#!/usr/bin/env python3
"""How much of the analysis time goes to attribution (who said it), on the bundled essays.

Times ``analyse_path`` over every essay in ``data/essays`` (after one warm-up run that loads
spaCy) and the time spent in the attribution stage — reading each unit's own voice
(``read_voice``) and resolving speakers over the document (``attribute_units``) — with wall-clock
timers around those two calls, as a share of the whole analysis. (A profiler charges every Python
call an overhead that spaCy's compiled code does not pay, so under cProfile the share reads
higher than the batch time a user waits for.)

The garbage collector's pauses are not charged where they land: a collection starts in whatever
call allocates when the count runs over, so one full collection (50-100 ms with the model loaded)
falling inside attribution or just outside it moved attribution's time over the benchmark's corpus
from 1.66 s to 1.97 s between runs of the same code. Attribution is charged its own time without
the pauses, plus its share of all the run's pauses: the share of the collections that started
inside its calls (its allocations set them off; a run has about 500, so the share is steady).
The share still moves by a few tenths of a point from run to run on a shared machine: compare two
versions by alternating them in one sitting. ``make bench`` uses ``time_attribution`` for its
attribution row, on the benchmark's corpus.
Usage: python scripts/attribution_cost.py
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, NamedTuple

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


class AttributionCost(NamedTuple):
    """What one run spent, in seconds."""

    seconds: float  # attribution's charge: ``own`` plus ``collector``
    run: float  # the whole run (the work), pauses included
    own: float  # wall time inside attribution's calls, less the collector's pauses in them
    collector: float  # attribution's share of the run's collector pauses
    pauses: float  # all the collector's pauses in the run
    started_inside: int  # collections that started inside attribution's calls
    collections: int  # all collections in the run


def time_attribution(work: Callable[[], Any]) -> AttributionCost:
    """Run ``work`` once and measure attribution's cost in it (see the module's docstring)."""
    inside = [0.0]  # wall time in attribution's calls, pauses included
    paused_inside = [0.0]
    pauses = [0.0]
    started_inside = [0]
    collections = [0]
    depth = [0]  # (attribute_units never calls read_voice, but a nested call is counted once)
    pause_start = [0.0]

    def on_collection(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            pause_start[0] = time.perf_counter()
            collections[0] += 1
            started_inside[0] += depth[0] > 0
            return
        pause = time.perf_counter() - pause_start[0]
        pauses[0] += pause
        if depth[0] > 0:
            paused_inside[0] += pause

    def timed(stage: Callable[..., Any]) -> Callable[..., Any]:
        def run(*args: Any, **kwargs: Any) -> Any:
            depth[0] += 1
            start = time.perf_counter()
            try:
                return stage(*args, **kwargs)
            finally:
                depth[0] -= 1
                if not depth[0]:
                    inside[0] += time.perf_counter() - start

        return run

    originals = [(module, name, getattr(module, name)) for module, name in _ATTRIBUTION_CALLS]
    for module, name, call in originals:
        setattr(module, name, timed(call))
    gc.callbacks.append(on_collection)
    try:
        start = time.perf_counter()
        work()
        total = time.perf_counter() - start
    finally:
        gc.callbacks.remove(on_collection)
        for module, name, call in originals:
            setattr(module, name, call)
    own = inside[0] - paused_inside[0]
    collector = pauses[0] * started_inside[0] / collections[0] if collections[0] else 0.0
    return AttributionCost(
        own + collector, total, own, collector, pauses[0], started_inside[0], collections[0]
    )


def main() -> None:
    essays = sorted(
        p for p in (REPO / "data" / "essays").iterdir() if p.suffix in {".txt", ".md", ".html"}
    )
    analyse_path(essays[0])  # load the pipeline outside the measurement

    def analyse_all() -> None:
        for path in essays:
            analyse_path(path)

    cost = time_attribution(analyse_all)
    print(
        f"{len(essays)} essays: attribution {cost.seconds:.2f} s of {cost.run:.2f} s = "
        f"{cost.seconds / cost.run:.1%} (its own {cost.own:.2f} s, and {cost.collector:.2f} s "
        f"of the collector's {cost.pauses:.2f} s: {cost.started_inside} of "
        f"{cost.collections} collections started in its calls)"
    )


if __name__ == "__main__":
    main()
