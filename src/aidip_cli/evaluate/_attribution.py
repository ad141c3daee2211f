"""Who said it, scored against the attribution gold of the news-style essays (09 and later).

Every gold unit is matched to the predicted unit that shares most characters with it (the gold
unit is found in ``Analysis.text`` whitespace-insensitively, searching forward). Then:

* **status** — *attributed* (named or vague) against *none*: precision, recall, F1; and the
  F1 of ``named`` and of ``vague`` on their own;
* **speaker** — of the gold named units, how many get a named attribution with the right
  speaker (*recall*: "reported statements with the right source"); of the units the analyser
  shows a named speaker for, how many are right (*precision*: "shown sources that are right");
* **pronouns and titles** — the gold named units whose source is a pronoun or a title ("he",
  "the minister"): right speaker or not;
* **mode** and **kind** — agreement on the gold-attributed units the analyser also attributes.

Speakers are compared leniently, as a reader would: case, titles ("Ms", "Senator", "Gen."),
articles and possessives aside, two names agree when one's words contain the other's or their
last words are equal ("Ms Whitlock" = "Dana Whitlock"; "the IMF" = "IMF").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields
from functools import cache
from typing import Any

from ..lexicons import load as load_lexicon
from ..schema import Analysis, Unit

_PRONOUNS = {"he", "she", "they", "it", "him", "her", "them"}


@cache
def _titles() -> frozenset[str]:
    entry = load_lexicon("attribution")["person_titles"]
    return frozenset(t.strip(".").lower() for group in entry.values() for t in group)


def speaker_words(name: str) -> list[str]:
    """The words of a name without titles, articles, possessives or punctuation."""
    text = re.sub(r"['’]s\b", "", name.lower())
    words = re.findall(r"[\w-]+", text)
    return [w for w in words if w not in _titles() and w not in {"the", "a", "an"}]


def same_speaker(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return False
    x, y = speaker_words(a), speaker_words(b)
    if not x or not y:
        return False
    return set(x) <= set(y) or set(y) <= set(x) or x[-1] == y[-1]


def resolved_by_reference(source: str, speaker: str) -> bool:
    """The gold source is a pronoun or a title that the speaker's name does not contain."""
    words = speaker_words(source)
    if source.lower() in _PRONOUNS:
        return True
    return bool(words) and not same_speaker(source, speaker) and source[:4].lower() == "the "


@dataclass
class AttributionCounts:
    gold_units: int = 0
    unmatched: int = 0
    gold_attributed: int = 0
    predicted_attributed: int = 0
    attributed_hits: int = 0
    gold_named: int = 0
    predicted_named: int = 0
    named_hits: int = 0
    gold_vague: int = 0
    predicted_vague: int = 0
    vague_hits: int = 0
    speaker_right: int = 0
    shown_speakers: int = 0
    shown_right: int = 0
    references: int = 0
    references_right: int = 0
    both_attributed: int = 0
    mode_right: int = 0
    kind_right: int = 0

    def __add__(self, other: AttributionCounts) -> AttributionCounts:
        return AttributionCounts(
            *(getattr(self, f.name) + getattr(other, f.name) for f in fields(self))
        )

    def as_dict(self) -> dict[str, Any]:
        def ratio(a: int, b: int) -> float:
            return a / b if b else 0.0

        def f1(hits: int, predicted: int, gold: int) -> float:
            p, r = ratio(hits, predicted), ratio(hits, gold)
            return 2 * p * r / (p + r) if p + r else 0.0

        return {
            "gold_units": self.gold_units,
            "unmatched_units": self.unmatched,
            "gold_attributed": self.gold_attributed,
            "status": {
                "precision": ratio(self.attributed_hits, self.predicted_attributed),
                "recall": ratio(self.attributed_hits, self.gold_attributed),
                "f1": f1(self.attributed_hits, self.predicted_attributed, self.gold_attributed),
                "named_f1": f1(self.named_hits, self.predicted_named, self.gold_named),
                "vague_f1": f1(self.vague_hits, self.predicted_vague, self.gold_vague),
            },
            "speaker": {
                "recall": ratio(self.speaker_right, self.gold_named),
                "precision": ratio(self.shown_right, self.shown_speakers),
                "gold_named": self.gold_named,
                "shown": self.shown_speakers,
            },
            "references": {
                "accuracy": ratio(self.references_right, self.references),
                "units": self.references,
            },
            "mode_accuracy": ratio(self.mode_right, self.both_attributed),
            "kind_accuracy": ratio(self.kind_right, self.both_attributed),
        }


def _locate(text: str, unit_text: str, cursor: int) -> tuple[int, int] | None:
    pattern = re.compile(r"\s+".join(re.escape(w) for w in unit_text.split()))
    match = pattern.search(text, cursor) or pattern.search(text)
    return (match.start(), match.end()) if match else None


def _best(units: list[Unit], start: int, end: int) -> Unit | None:
    best, shared = None, 0
    for unit in units:
        overlap = min(end, unit.end) - max(start, unit.start)
        if overlap > shared:
            best, shared = unit, overlap
    return best


def score_attribution(gold: dict[str, Any], analysis: Analysis) -> AttributionCounts:
    counts = AttributionCounts()
    cursor = 0
    for gold_unit in gold["units"]:
        if gold_unit.get("from_headline") or "attribution" not in gold_unit:
            continue
        counts.gold_units += 1
        where = _locate(analysis.text, gold_unit["text"], cursor)
        unit = _best(analysis.units, *where) if where else None
        if where:
            cursor = where[1]
        expected = gold_unit["attribution"]
        status = expected["status"]
        predicted = unit.attribution if unit is not None else None
        got = predicted.status.value if predicted is not None else "none"
        if unit is None:
            counts.unmatched += 1
        counts.gold_attributed += status != "none"
        counts.predicted_attributed += got != "none"
        counts.attributed_hits += status != "none" and got != "none"
        counts.gold_named += status == "named"
        counts.predicted_named += got == "named"
        counts.named_hits += status == got == "named"
        counts.gold_vague += status == "vague"
        counts.predicted_vague += got == "vague"
        counts.vague_hits += status == got == "vague"
        right = (
            predicted is not None
            and got == "named"
            and status == "named"
            and same_speaker(predicted.speaker, expected["speaker"])
        )
        if got == "named":
            counts.shown_speakers += 1
            counts.shown_right += right
        if status == "named":
            counts.speaker_right += right
            if resolved_by_reference(expected["source"], expected["speaker"]):
                counts.references += 1
                counts.references_right += right
        if status != "none" and got != "none" and predicted is not None:
            counts.both_attributed += 1
            counts.mode_right += predicted.mode == expected.get("mode")
            counts.kind_right += predicted.kind == expected.get("kind")
    return counts
