#!/usr/bin/env python3
"""Would pint name our physical units better than the table in lexicons/quantities.json?

Run it in a throwaway environment that has pint (aidip itself is not imported):

    python3 -m venv /tmp/pint-venv && /tmp/pint-venv/bin/pip install pint
    /tmp/pint-venv/bin/python scripts/pint_side_by_side.py

On the development news sentences (data/quantities, held-out ones are not read) it measures:

1. naming: for every physical amount and duration in the gold, the unit as written (the gold
   text without its number and scale) resolved by pint and by our table; pint's canonical name is
   mapped to ours by spelling only (meter → metre, metric_ton → tonne, degree_Celsius →
   degree_celsius), a mapping aidip would need anyway;
2. false units: the first word after every number in those sentences whose gold figure is not a
   physical amount or duration ('troops', 'per', 'a', 'in', 'm' for million ...) — how many pint
   accepts as a unit, i.e. how many counts and money amounts it would turn into measurements;
3. cost: importing pint and building its registry, which every process that analyses would pay.
"""

from __future__ import annotations

import json
import re
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
GOLD = REPO / "data" / "quantities" / "news_sentences.jsonl"
LEXICON = REPO / "src" / "aidip_cli" / "lexicons" / "quantities.json"
DURATIONS = {"year", "month", "week", "day", "hour", "minute", "second"}
NOT_PHYSICAL = {"count", "percent", "percentage_point", "times"}
WORDS = "one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|fifty|hundred"
NUMBER = re.compile(
    rf"^(?:an?\s+)?(?:[\d.,\u00a0\u2009½–-]+|(?:{WORDS})\b)"
    r"(?:\s*(?:m|bn|million|billion|thousand)\b)?[\s-]*",
    re.IGNORECASE,
)
SPELLING = {"meter": "metre", "metric_ton": "tonne", "liter": "litre", "kilometer": "kilometre"}


def ours(written: str, table: dict[str, str]) -> str | None:
    return table.get(written.lower())


def pint_name(registry, written: str) -> str | None:  # type: ignore[no-untyped-def]
    try:
        unit = registry.parse_units(written.replace(" ", "_"))
    except Exception:  # pint raises its own errors and ValueError/AttributeError for non-units
        try:
            unit = registry.Unit(written)
        except Exception:
            return None
    name = str(unit)
    for american, british in SPELLING.items():
        name = name.replace(american, british)
    return name.replace(" ", "_").replace("degree_Celsius", "degree_celsius")


def main() -> int:
    started = time.perf_counter()
    import pint

    registry = pint.UnitRegistry()
    registry.parse_units("kilometre")  # the registry builds lazily: make it do the work
    cost = time.perf_counter() - started

    lexicon = json.loads(LEXICON.read_text(encoding="utf-8"))
    table = {
        form: spec.get("unit", name)
        for name, spec in lexicon["units"].items()
        for form in spec["forms"]
    }
    named = {"pint": 0, "table": 0}
    physical = 0
    false_units: dict[str, list[str]] = {"pint": [], "table": []}
    followers = 0
    for line in GOLD.read_text(encoding="utf-8").splitlines():
        case = json.loads(line)
        if case["split"] != "development":
            continue
        for q in case["quantities"]:
            if q["unit"] in NOT_PHYSICAL or (len(q["unit"]) == 3 and q["unit"].isupper()):
                rest = case["text"][case["text"].find(q["text"]) :]
                match = re.search(r"\d[\d,.]*\s*([A-Za-z]+)", rest)
                if match:
                    followers += 1
                    word = match.group(1)
                    if pint_name(registry, word) is not None:
                        false_units["pint"].append(word)
                    if ours(word, table) is not None:
                        false_units["table"].append(word)
                continue
            physical += 1
            written = NUMBER.sub("", q["text"]).strip(" -")
            target = q["unit"]
            if pint_name(registry, written) == target:
                named["pint"] += 1
            if ours(written, table) == target:
                named["table"] += 1
    print(f"pint {pint.__version__}: import + registry {cost:.2f} s")
    print(f"physical amounts and durations in the development gold: {physical}")
    for who in ("pint", "table"):
        print(f"  named as the gold names them by {who}: {named[who]}/{physical}")
    print(f"first words after the number of the other figures: {followers}")
    for who in ("pint", "table"):
        words = sorted(set(false_units[who]))
        print(f"  taken for a unit by {who}: {len(false_units[who])} ({', '.join(words)})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
