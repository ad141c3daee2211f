#!/usr/bin/env python3
"""Figure recall on our own op-eds (data/essays), development and held-out essays apart.

A gold figure is found when the analyser has a figure, after the previous one found, whose text
contains the gold text or lies inside it (the rule of tests/test_essays_against_gold.py), with
the same value (or both ends of a range, 1e-6 relative) and the same unit; the qualifier is
counted apart. Prints one line per split; `--list` also names every figure missed.

Usage: python scripts/essay_figures.py [--list]
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
ESSAYS = REPO / "data" / "essays"


def _close(a: float | None, b: float | None) -> bool:
    return a is not None and b is not None and math.isclose(a, b, rel_tol=1e-6)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--list", action="store_true", help="name every figure missed")
    args = parser.parse_args(argv)
    from aidip_cli import analyse_path

    totals: dict[str, list[int]] = {}
    for gold_path in sorted(ESSAYS.glob("*.gold.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        news = all("attribution" in unit for unit in gold["units"])
        split = f"{'news-style' if news else 'sample'} {gold.get('split', 'development')}"
        analysis = analyse_path(ESSAYS / gold["essay"])
        found = [q for unit in analysis.units for q in unit.quantities]
        counts = totals.setdefault(split, [0, 0, 0, 0])  # gold, found, + value+unit, + qualifier
        after = -1
        for expected in gold["quantities"]:
            counts[0] += 1
            text = expected["text"]
            hits = [q for q in found if q.start > after and (q.text in text or text in q.text)]
            if not hits:
                if args.list:
                    print(f"  {gold_path.stem.split('_')[0]} not found: {text}")
                continue
            q = hits[0]
            after = q.start
            counts[1] += 1
            if expected["value"] is None:
                same = q.value is None and _close(q.low, expected["low"])
                same = same and _close(q.high, expected["high"])
            else:
                same = _close(q.value, expected["value"])
            if same and q.unit == expected["unit"]:
                counts[2] += 1
                counts[3] += q.qualifier == expected["qualifier"]
            elif args.list:
                got = f"{q.value} {q.low}-{q.high} {q.unit}"
                print(f"  {gold_path.stem.split('_')[0]} wrong: {text} -> {got}")
    for split, (gold_n, found_n, right, qualified) in sorted(totals.items()):
        print(
            f"{split}: {gold_n} gold figures, found {found_n}, value+unit right {right} "
            f"(recall {right / gold_n:.3f}), qualifier also right {qualified}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
