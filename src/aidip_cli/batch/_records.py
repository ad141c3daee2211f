"""The small, picklable facts a batch keeps per input once its analysis is written.

Workers send these back instead of the whole :class:`~aidip_cli.schema.Analysis`, and a resumed
run rebuilds them from the cached output, so the index, the gates, SARIF and the corpus view
are computed the same way for every file whether or not it was analysed in this run.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from ..schema import Stats

Status = Literal["ok", "error"]


@dataclass(frozen=True)
class Region:
    """1-based line/column range in :attr:`Analysis.text`; ``end_column`` is exclusive."""

    start_line: int
    start_column: int
    end_line: int
    end_column: int


@dataclass(frozen=True)
class Finding:
    """One gate hit: which rule, a one-line message, and where (when it has a place)."""

    rule: str
    message: str
    unit: str | None = None
    region: Region | None = None
    snippet: str | None = None


@dataclass(frozen=True)
class ClaimFact:
    unit: str
    text: str
    role: str
    kinds: tuple[str, ...]


@dataclass(frozen=True)
class QuantityFact:
    kind: str
    unit: str
    value: float
    text: str


@dataclass(frozen=True)
class CorpusFacts:
    """What the corpus view needs from one essay."""

    claims: tuple[ClaimFact, ...] = ()
    quantities: tuple[QuantityFact, ...] = ()
    actors: tuple[str, ...] = ()
    speakers: tuple[str, ...] = ()  # the named speaker of every unit that reports one


@dataclass(frozen=True)
class Digest:
    """Everything kept from one successful analysis."""

    sha256: str
    format: str
    stats: Stats  # the analysis's own counts (one definition: aidip_cli.queries)
    major_claim: bool
    findings: tuple[Finding, ...]
    corpus: CorpusFacts


@dataclass(frozen=True)
class FileRecord:
    """One input's outcome: a line of ``index.jsonl`` plus what the summary needs."""

    path: str
    output: str | None
    sha256: str | None
    status: Status
    error: str | None = None
    digest: Digest | None = None
    cached: bool = False

    @property
    def findings(self) -> tuple[Finding, ...]:
        """Gate findings: the ``error`` finding for a failed input, else the analysis's own."""
        if self.status == "error":
            return (Finding(rule="error", message=f"Input could not be analysed: {self.error}"),)
        return self.digest.findings if self.digest else ()

    def index_line(self) -> dict[str, Any]:
        """The ``index.jsonl`` object; independent of caching and worker count."""
        stats = self.digest.stats if self.digest else None
        return {
            "path": self.path,
            "output": self.output if self.status == "ok" else None,
            "sha256": self.sha256,
            "status": self.status,
            "error": self.error,
            "units": stats.units if stats else None,
            "claims": stats.claims if stats else None,
            "relations": stats.relations if stats else None,
            "quantities": stats.quantities if stats else None,
            "unattributed_numbers": stats.unattributed_numbers if stats else None,
            "unsupported_claims": stats.unsupported_claims if stats else None,
            "major_claim": self.digest.major_claim if self.digest else None,
        }


@dataclass(frozen=True)
class GateOutcome:
    gate: str
    enabled: bool
    findings: int
    files: int

    @property
    def failed(self) -> bool:
        return self.enabled and self.findings > 0


@dataclass
class BatchResult:
    """What a batch produced; ``exit_code`` is what ``aidip batch`` exits with."""

    outdir: Path
    records: list[FileRecord]
    gates: list[GateOutcome]
    summary: dict[str, Any]
    exit_code: int
    elapsed: float
    index_path: Path
    summary_path: Path
    sarif_path: Path | None

    @property
    def ok(self) -> int:
        return sum(1 for r in self.records if r.status == "ok")

    @property
    def errors(self) -> int:
        return sum(1 for r in self.records if r.status != "ok")

    @property
    def skipped(self) -> int:
        return sum(1 for r in self.records if r.cached)

    @property
    def failed_gates(self) -> list[str]:
        return [g.gate for g in self.gates if g.failed]
