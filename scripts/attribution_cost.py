#!/usr/bin/env python3
"""How much of the analysis time goes to attribution (who said it), on the bundled essays.

Times ``analyse_path`` over every essay in ``data/essays`` (after one warm-up run that loads
spaCy) and the time spent in the attribution stage — reading each unit's own voice
(``read_voice``) and resolving speakers over the document (``attribute_units``) — with wall-clock
timers around those two calls, as a share of the whole analysis. (A profiler charges every Python
call an overhead that spaCy's compiled code does not pay, so under cProfile the share reads
higher than the batch time a user waits for.) The share moves by a few tenths of a point from run
to run on a shared machine: compare two versions by alternating them in one sitting.
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


def main() -> None:
    spent = [0.0]

    def timed(stage: Callable[..., Any]) -> Callable[..., Any]:
        def run(*args: Any, **kwargs: Any) -> Any:
            start = time.perf_counter()
            try:
                return stage(*args, **kwargs)
            finally:
                spent[0] += time.perf_counter() - start

        return run

    features.read_voice = timed(features.read_voice)  # type: ignore[assignment]
    pipeline.attribute_units = timed(pipeline.attribute_units)  # type: ignore[assignment]
    segments.attribute_units = timed(segments.attribute_units)  # type: ignore[assignment]
    essays = sorted(
        p for p in (REPO / "data" / "essays").iterdir() if p.suffix in {".txt", ".md", ".html"}
    )
    analyse_path(essays[0])  # load the pipeline outside the measurement
    spent[0] = 0.0
    start = time.perf_counter()
    for path in essays:
        analyse_path(path)
    total = time.perf_counter() - start
    print(
        f"{len(essays)} essays: attribution {spent[0]:.2f} s of {total:.2f} s = "
        f"{spent[0] / total:.1%}"
    )


if __name__ == "__main__":
    main()
