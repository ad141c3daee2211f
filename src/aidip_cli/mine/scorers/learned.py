"""A trained scorer: logistic regressions over unit and pair features, stored as plain JSON.

The evidence-graph recipe (Peldszus & Stede 2015) in miniature: one classifier says how likely
a unit is the central claim, one how likely a unit attaches to another, one whether such an
attachment is an attack. Their probabilities become the unit and edge scores that the same
maximum-spanning-tree builder as the rule scorer's turns into a tree. The rule scorer's own
scores are features too, so the model starts from the rules and learns where they go wrong.

A model file holds only feature names, coefficients and intercepts (no pickle): it is readable,
diffable and safe to load. Training (:mod:`aidip_cli.train`) needs scikit-learn; scoring
does not.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from pathlib import Path

from ...errors import LoadError
from ..units.features import UnitFeatures, overlap
from ..units.signals import conceded, concludes, turns
from .base import EdgeScore, UnitScore
from .rules import RuleScorer, major_claim_score

FORMAT = "aidip-learned-scorer"
VERSION = 1
MAX_DISTANCE = 6  # pair distances beyond this share one feature value


@dataclass(frozen=True)
class LinearModel:
    """A binary logistic regression: ``P(y=1) = sigmoid(intercept + Σ weight·feature)``."""

    intercept: float
    weights: dict[str, float]

    def probability(self, features: dict[str, float]) -> float:
        z = self.intercept + sum(self.weights.get(k, 0.0) * v for k, v in features.items())
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def to_json(self) -> dict:
        return {
            "intercept": round(self.intercept, 6),
            "weights": {k: round(v, 6) for k, v in sorted(self.weights.items()) if v != 0.0},
        }

    @classmethod
    def from_json(cls, data: dict) -> LinearModel:
        return cls(
            intercept=float(data["intercept"]),
            weights={str(k): float(v) for k, v in data["weights"].items()},
        )


def _bucket(value: int, top: int) -> str:
    return str(max(-top, min(top, value)))


def unit_vector(units: list[UnitFeatures], i: int) -> dict[str, float]:
    """Sparse features of one unit: markers, modality, position, syntax, the rules' opinion."""
    u = units[i]
    n = len(units)
    first_word = u.text.split()[0].lower().strip("\"'“‘(,.;:") if u.text.split() else ""
    f: dict[str, float] = {
        "bias": 1.0,
        f"opener={u.opener_cls}": 1.0,
        f"opener_text={u.opener.text if u.opener else None}": 1.0,
        f"first_word={first_word}": 1.0,
        f"root_lemma={u.root_lemma}": 1.0,
        f"root_tag={u.root_tag}": 1.0,
        f"modal={u.modal}": 1.0,
        "rule_major": major_claim_score(u, units),
        "first": float(i == 0),
        "last": float(i == n - 1),
        "relpos": i / max(1, n - 1),
        "par_first": float(u.is_paragraph_first),
        "par_last": float(u.is_paragraph_last),
        "continues_sentence": float(u.split_connective is not None),
        "concession": float(u.is_concession),
        "conceded": float(conceded(units, i)),
        "turns": float(turns(u)),
        "concludes": float(concludes(u)),
        "question": float(u.is_question),
        "first_person": float(u.has_first_person),
        "hedged": float(bool(u.hedges)),
        "boosted": float(bool(u.boosters)),
        "thesis_marker": float(any(m.cls == "thesis" for m in u.inner)),
        "short": float(u.n_tokens < 8),
    }
    for kind in u.kinds:
        f[f"kind={kind.value}"] = 1.0
    return f


def pair_vector(
    units: list[UnitFeatures],
    source: int,
    target: int,
    unit_vectors: list[dict[str, float]],
    rule: EdgeScore,
) -> dict[str, float]:
    """Features of "source attaches to target": both units' features, distance, consistency,
    and the rule scorer's own ``rule`` score of the pair."""
    s, t = units[source], units[target]
    d = target - source
    f: dict[str, float] = {"bias": 1.0}
    for prefix, vec in (("s:", unit_vectors[source]), ("t:", unit_vectors[target])):
        for k, v in vec.items():
            if k != "bias":
                f[prefix + k] = v
    dist = _bucket(d, MAX_DISTANCE)
    s_conc, t_conc = conceded(units, source), conceded(units, target)
    f.update(
        {
            f"d={dist}": 1.0,
            "forward": float(d > 0),
            "same_paragraph": float(s.paragraph == t.paragraph),
            "overlap": overlap(s, t),
            "rule_weight": rule.weight,
            "rule_attack": rule.attack,
            "sides_differ": float(s_conc != t_conc),
            "target_is_first": float(target == 0),
            "target_is_last": float(target == len(units) - 1),
            f"s_opener={s.opener_cls}|d={dist}": 1.0,
            f"t_opener={t.opener_cls}|d={dist}": 1.0,
            f"s_turns|d={dist}": float(turns(s)),
            f"s_conceded|d={dist}": float(s_conc),
            f"t_concludes|d={dist}": float(concludes(t)),
        }
    )
    return {k: v for k, v in f.items() if v != 0.0}


class LearnedScorer:
    """Scores from three logistic regressions; same interface as :class:`RuleScorer`."""

    def __init__(
        self,
        *,
        central: LinearModel,
        attach: LinearModel,
        attack: LinearModel,
        name: str = "learned",
        provenance: dict | None = None,
    ) -> None:
        self.central = central
        self.attach = attach
        self.attack = attack
        self.name = name
        self.provenance = provenance or {}
        self._rules = RuleScorer()
        self._cache: tuple[list[UnitFeatures], list[dict[str, float]]] | None = None

    def _unit_vectors(self, units: list[UnitFeatures]) -> list[dict[str, float]]:
        if self._cache is None or self._cache[0] is not units:
            vectors = [unit_vector(units, i) for i in range(len(units))]
            self._cache = (units, vectors)
        return self._cache[1]

    def unit_scores(self, units: list[UnitFeatures]) -> list[UnitScore]:
        vectors = self._unit_vectors(units)
        rules = self._rules.unit_scores(units)
        return [
            UnitScore(self.central.probability(v), r.background)
            for v, r in zip(vectors, rules, strict=True)
        ]

    def edge_score(self, units: list[UnitFeatures], source: int, target: int) -> EdgeScore:
        rule = self._rules.edge_score(units, source, target)
        vec = pair_vector(units, source, target, self._unit_vectors(units), rule)
        cue, kind = (rule.cue, "marker") if rule.cue_kind == "marker" else ("learned", "learned")
        return EdgeScore(
            weight=self.attach.probability(vec),
            attack=self.attack.probability(vec),
            cue=cue,
            cue_kind=kind,
        )

    def to_json(self) -> dict:
        return {
            "format": FORMAT,
            "version": VERSION,
            "provenance": self.provenance,
            "models": {
                "central": self.central.to_json(),
                "attach": self.attach.to_json(),
                "attack": self.attack.to_json(),
            },
        }

    @classmethod
    def load(cls, path: Path) -> LearnedScorer:
        """Read a model file; a file that is not one is a one-line :class:`LoadError`."""
        path = Path(path)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            if data.get("format") != FORMAT:
                raise ValueError(f"not an {FORMAT} file")
            if data.get("version") != VERSION:
                raise ValueError(f"unsupported version {data.get('version')!r}")
            models = {
                k: LinearModel.from_json(data["models"][k]) for k in ("central", "attach", "attack")
            }
        except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
            raise LoadError(f"cannot load scorer file '{path}': {exc}") from None
        return cls(**models, name=f"learned:{path.stem}", provenance=data.get("provenance", {}))
