#!/usr/bin/env python3
"""How much of the analysis time goes to attribution (who said it), on the bundled essays.

Profiles ``analyse_path`` over every essay in ``data/essays`` (after one warm-up run that loads
spaCy) and reports the time spent in the attribution stage — reading each unit's own voice
(``read_voice``) and resolving speakers over the document (``attribute_units``) — as a share of
the whole analysis. Usage: python scripts/attribution_cost.py
"""

from __future__ import annotations

import cProfile
import pstats
from pathlib import Path

from aidip_cli.api import analyse_path

REPO = Path(__file__).resolve().parents[1]
STAGES = ("read_voice", "attribute_units")


def main() -> None:
    essays = sorted(
        p for p in (REPO / "data" / "essays").iterdir() if p.suffix in {".txt", ".md", ".html"}
    )
    analyse_path(essays[0])  # load the pipeline outside the measurement
    profile = cProfile.Profile()
    profile.enable()
    for path in essays:
        analyse_path(path)
    profile.disable()
    stats = pstats.Stats(profile).stats  # type: ignore[attr-defined]
    total = sum(tt for (_, _, tt, _, _) in stats.values())
    stage = sum(ct for (_, _, name), (_, _, _, ct, _) in stats.items() if name in STAGES)
    print(f"{len(essays)} essays: attribution {stage:.2f} s of {total:.2f} s = {stage / total:.1%}")


if __name__ == "__main__":
    main()
