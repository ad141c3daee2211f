"""Claim / premise detection and major-claim accuracy on the web-discourse Toulmin corpus.

The gold file is ``toulmin_gold.jsonl`` (one document per line: ``id``, ``text``,
``components`` with character spans ``begin``/``end`` and a ``type``). What is scored:

**Matching.** A predicted unit matches a gold component when the two spans share at least half
of the *shorter* span's characters (and at least one character). Zero-length gold spans
(implicit claims) never match.

**Claim detection.** Predicted units with role ``claim`` or ``major_claim`` against the gold
explicit ``Claim`` spans. Precision = predicted claim units that match some gold claim /
all predicted claim units; recall = gold claims matched by some predicted claim unit / all gold
explicit claims; F1 = harmonic mean. Counts are pooled over all documents (micro average).

**Premise detection.** The same, with predicted role ``premise`` against gold ``Premise`` and
``Backing`` spans. (Rebuttal, Refutation and the pathos-only ArgumentComponent are not scored.)

**Major claim.** Documents with at least one explicit Claim: a hit when the predicted root
(``Analysis.major_claim``) matches one of them; no predicted root is a miss; accuracy = hits /
such documents. Documents whose claims are all implicit, and documents with no Claim at all, are
*not* counted as misses: they are reported separately (with how many got a predicted root).

**Baseline.** The same units with the trivial tree: the first unit is the major claim, every
other unit a premise supporting it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..corpora.webdiscourse import CLAIM_TYPES, PREMISE_TYPES, WebDoc
from ..schema import Analysis, Role
from ._alignment import EMPTY_PRF, PRF, Span, offset_mapper

CLAIM_ROLES = frozenset({Role.CLAIM.value, Role.MAJOR_CLAIM.value})
PREMISE_ROLES = frozenset({Role.PREMISE.value})


@dataclass(frozen=True)
class PredictedUnits:
    """Units (spans of the document text) with their roles and the root index."""

    spans: list[Span]
    roles: list[str]
    root: int | None

    def trivial(self) -> PredictedUnits:
        """Baseline: the first unit is the major claim, all others premises."""
        n = len(self.spans)
        roles = [Role.MAJOR_CLAIM.value] + [Role.PREMISE.value] * (n - 1) if n else []
        return PredictedUnits(spans=self.spans, roles=roles, root=0 if n else None)


@dataclass
class WebScores:
    """Pooled counts over the documents scored so far."""

    documents: int = 0
    claims: PRF = EMPTY_PRF
    premises: PRF = EMPTY_PRF
    root_hits: int = 0
    root_docs: int = 0
    by_status: dict[str, dict[str, int]] = field(default_factory=dict)

    def add(self, doc: WebDoc, predicted: PredictedUnits) -> None:
        self.documents += 1
        self.claims += match_counts(predicted_spans(predicted, CLAIM_ROLES), doc.spans(CLAIM_TYPES))
        self.premises += match_counts(
            predicted_spans(predicted, PREMISE_ROLES), doc.spans(PREMISE_TYPES)
        )
        status = doc.claim_status
        counts = self.by_status.setdefault(status, {"documents": 0, "with_root": 0})
        counts["documents"] += 1
        counts["with_root"] += predicted.root is not None
        if status == "explicit":
            self.root_docs += 1
            if predicted.root is not None:
                root_span = predicted.spans[predicted.root]
                self.root_hits += any(matches(root_span, g) for g in doc.spans(CLAIM_TYPES))

    @property
    def root_accuracy(self) -> float:
        return self.root_hits / self.root_docs if self.root_docs else 0.0

    def as_dict(self) -> dict:
        return {
            "documents": self.documents,
            "claims": self.claims.as_dict(),
            "premises": self.premises.as_dict(),
            "major_claim": {
                "accuracy": self.root_accuracy,
                "hits": self.root_hits,
                "documents_with_explicit_claim": self.root_docs,
                "documents_by_claim_status": {k: self.by_status[k] for k in sorted(self.by_status)},
            },
        }


def matches(a: Span, b: Span) -> bool:
    """Overlap of at least half the shorter span (and at least one character)."""
    shared = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    shorter = min(a[1] - a[0], b[1] - b[0])
    return shared > 0 and 2 * shared >= shorter


def match_counts(predicted: list[Span], gold: list[Span]) -> PRF:
    """How many predicted spans match some gold span, and how many gold spans are matched."""
    return PRF(
        pred_hits=sum(any(matches(p, g) for g in gold) for p in predicted),
        predicted=len(predicted),
        gold_hits=sum(any(matches(p, g) for p in predicted) for g in gold),
        gold=len(gold),
    )


def predicted_spans(predicted: PredictedUnits, roles: frozenset[str]) -> list[Span]:
    return [
        span for span, role in zip(predicted.spans, predicted.roles, strict=True) if role in roles
    ]


def units_from_analysis(analysis: Analysis, text: str) -> PredictedUnits:
    """An analysis' units as spans of ``text`` (the gold text), with roles and the root."""
    to_text = offset_mapper(analysis.text, text)
    spans = [(to_text(unit.start), to_text(unit.end)) for unit in analysis.units]
    roles = [unit.role.value for unit in analysis.units]
    ids = [unit.id for unit in analysis.units]
    root = ids.index(analysis.major_claim) if analysis.major_claim in ids else None
    return PredictedUnits(spans=spans, roles=roles, root=root)
