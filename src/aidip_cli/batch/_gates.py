"""The CI gates: what counts as a finding in one analysis, and which gates a batch fails.

A finding is computed for every rule on every file (SARIF lists them all); ``--fail-on`` only
decides which rules turn findings into exit code 1. The index counts use the same functions,
so ``unsupported_claims`` in ``index.jsonl`` is exactly what the gate saw.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

from ..queries import unattributed_numbers, unsupported_claims
from ..schema import Analysis, AttributionStatus, Role
from ._records import (
    ClaimFact,
    CorpusFacts,
    Digest,
    FileRecord,
    Finding,
    GateOutcome,
    QuantityFact,
    Region,
)
from .options import GATE_ERROR, GATE_NO_MAJOR, GATE_UNATTRIBUTED, GATE_UNSUPPORTED, GATES

RULE_DESCRIPTIONS: dict[str, str] = {
    GATE_ERROR: "The input could not be read or analysed.",
    GATE_UNATTRIBUTED: "A statistical statement whose figures have no named source.",
    GATE_UNSUPPORTED: "A claim (or the major claim) that nothing supports.",
    GATE_NO_MAJOR: "No major claim (thesis) was identified in the essay.",
}
_SNIPPET = 100
_HTML_NOTE = " (line and column refer to the text extracted from the HTML, not the HTML source)"


class TextLines:
    """Offset → 1-based (line, column) in a text whose newlines are normalised to ``\\n``."""

    def __init__(self, text: str) -> None:
        self._starts = [0]
        self._starts.extend(i + 1 for i, ch in enumerate(text) if ch == "\n")

    def position(self, offset: int) -> tuple[int, int]:
        line = bisect_right(self._starts, offset)
        return line, offset - self._starts[line - 1] + 1

    def region(self, start: int, end: int) -> Region:
        start_line, start_column = self.position(start)
        end_line, end_column = self.position(max(start, end))
        return Region(start_line, start_column, end_line, end_column)


def _snippet(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= _SNIPPET else flat[: _SNIPPET - 1].rstrip() + "…"


def findings(analysis: Analysis) -> tuple[Finding, ...]:
    """All findings of one analysis, in unit order within each rule."""
    lines = TextLines(analysis.text)
    note = _HTML_NOTE if analysis.source.format == "html" else ""
    out: list[Finding] = []
    for unit in unattributed_numbers(analysis.units):
        status = unit.attribution.status.value
        cue = f", cue '{unit.attribution.cue}'" if unit.attribution.cue else ""
        message = f"Number without a named source (attribution {status}{cue}): "
        out.append(
            Finding(
                rule=GATE_UNATTRIBUTED,
                message=message + f"“{_snippet(unit.text)}”{note}",
                unit=unit.id,
                region=lines.region(unit.start, unit.end),
                snippet=unit.text,
            )
        )
    for unit in unsupported_claims(analysis.units, analysis.relations):
        out.append(
            Finding(
                rule=GATE_UNSUPPORTED,
                message=f"Claim with no supporting premise: “{_snippet(unit.text)}”{note}",
                unit=unit.id,
                region=lines.region(unit.start, unit.end),
                snippet=unit.text,
            )
        )
    if analysis.major_claim is None:
        out.append(Finding(rule=GATE_NO_MAJOR, message="No major claim was identified."))
    return tuple(out)


def digest(analysis: Analysis) -> Digest:
    """Reduce an analysis to the counts, findings and corpus facts the batch keeps."""
    found = findings(analysis)
    corpus = CorpusFacts(
        claims=tuple(
            ClaimFact(u.id, u.text, u.role.value, tuple(k.value for k in u.kinds))
            for u in analysis.units
            if u.role in (Role.MAJOR_CLAIM, Role.CLAIM)
        ),
        quantities=tuple(
            QuantityFact(q.kind, q.unit, q.value, q.text)
            for u in analysis.units
            for q in u.quantities
            if q.value is not None
        ),
        actors=tuple(a for u in analysis.units for a in u.actors),
        speakers=tuple(
            u.attribution.speaker
            for u in analysis.units
            if u.attribution.status == AttributionStatus.NAMED and u.attribution.speaker
        ),
    )
    return Digest(
        sha256=analysis.source.sha256,
        format=analysis.source.format,
        stats=analysis.stats,
        major_claim=analysis.major_claim is not None,
        findings=found,
        corpus=corpus,
    )


def evaluate(records: Sequence[FileRecord], fail_on: Sequence[str]) -> list[GateOutcome]:
    """Count findings per gate over all records; a gate fails when enabled and hit."""
    outcomes = []
    for gate in GATES:
        hits = [sum(1 for f in r.findings if f.rule == gate) for r in records]
        outcomes.append(
            GateOutcome(
                gate=gate,
                enabled=gate in fail_on,
                findings=sum(hits),
                files=sum(1 for h in hits if h),
            )
        )
    return outcomes
