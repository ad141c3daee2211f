"""The small, picklable facts a batch keeps per input once its analysis is written.

Workers send these back instead of the whole :class:`~aidip_cli.model.Analysis`, and a resumed
run rebuilds them from the cached output, so the index, the gates, SARIF and the corpus view
are computed the same way for every file whether or not it was analysed in this run.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

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
class Counts:
    units: int
    claims: int
    relations: int
    quantities: int
    unattributed_numbers: int
    unsupported_claims: int
    major_claim: bool


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


@dataclass(frozen=True)
class Digest:
    """Everything kept from one successful analysis."""

    sha256: str
    format: str
    counts: Counts
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
        counts = self.digest.counts if self.digest else None
        return {
            "path": self.path,
            "output": self.output if self.status == "ok" else None,
            "sha256": self.sha256,
            "status": self.status,
            "error": self.error,
            "units": counts.units if counts else None,
            "claims": counts.claims if counts else None,
            "relations": counts.relations if counts else None,
            "quantities": counts.quantities if counts else None,
            "unattributed_numbers": counts.unattributed_numbers if counts else None,
            "unsupported_claims": counts.unsupported_claims if counts else None,
            "major_claim": counts.major_claim if counts else None,
        }
