"""Speaker probes scored: is the reported statement credited to the person the reader means?

A probe expectation is right when the unit that holds its sentence names the expected speaker
(compared as the essays' attribution is: titles aside, a name agrees with its surname), or —
when no name can be given ("his spokeswoman said") — when the unit names no person.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from ..corpora.speakers import SpeakerExpectation, SpeakerProbe
from ..errors import AidipError
from ..schema import Analysis, Attribution, AttributionStatus
from ._attribution import same_speaker


@dataclass
class SpeakerCounts:
    expectations: int = 0
    right: int = 0
    named: int = 0  # expectations with a name to find
    named_right: int = 0

    def as_dict(self) -> dict[str, Any]:
        unnamed = self.expectations - self.named
        return {
            "expectations": self.expectations,
            "accuracy": self.right / self.expectations if self.expectations else 0.0,
            "named": self.named,
            "named_accuracy": self.named_right / self.named if self.named else 0.0,
            "unnamed": unnamed,
            "unnamed_accuracy": (self.right - self.named_right) / unnamed if unnamed else 0.0,
        }


def right_speaker(expected: SpeakerExpectation, attribution: Attribution | None) -> bool:
    if attribution is None:  # no unit holds the sentence
        return expected.speaker is None
    named = attribution.status == AttributionStatus.NAMED
    if expected.speaker is None:
        return not (named and attribution.kind == "person")
    return named and same_speaker(attribution.speaker, expected.speaker)


def score_speaker_probes(
    probes: Sequence[SpeakerProbe], analyses: Sequence[Analysis]
) -> dict[str, dict[str, Any]]:
    """Counts per split (development, held-out); ``analyses`` holds one analysis per probe, in
    order."""
    if len(analyses) != len(probes):
        raise AidipError(f"{len(analyses)} analyses for {len(probes)} probes")
    counts: dict[str, SpeakerCounts] = {}
    for probe, analysis in zip(probes, analyses, strict=True):
        split = counts.setdefault(probe.split, SpeakerCounts())
        for expected in probe.expectations:
            unit = next((u for u in analysis.units if u.start <= expected.offset < u.end), None)
            ok = right_speaker(expected, unit.attribution if unit else None)
            split.expectations += 1
            split.right += ok
            if expected.speaker is not None:
                split.named += 1
                split.named_right += ok
    return {split: counts[split].as_dict() for split in sorted(counts)}
