"""A trained scorer: logistic regressions over unit and pair features, stored as plain JSON.

The evidence-graph recipe (Peldszus & Stede 2015) in miniature: one classifier says how likely
a unit is the central claim, one how likely a unit attaches to another, one whether such an
attachment is an attack. Their probabilities become the unit and edge scores that the same
maximum-spanning-tree decoder as the rule engine turns into a tree. The rule scorer's own
scores are features too, so the model starts from the rules and learns where they go wrong.

A model file holds only feature names, coefficients and intercepts (no pickle): it is readable,
diffable and safe to load. Training needs scikit-learn; scoring does not.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from ..errors import ModelError
from .features import UnitFeatures, overlap
from .scoring import EdgeScore, RuleScorer, UnitScore, conceded, concludes, turns

FORMAT = "aidip-learned-scorer"
VERSION = 1
MAX_DISTANCE = 6  # pair distances beyond this share one feature value
C = 1.0  # inverse regularisation strength of every regression


class TrainingExample(Protocol):
    """What :func:`train` needs of a gold text (``evaluate.training.TrainingText`` fits)."""

    segments: list[str]
    heads: list[int | None]
    labels: list[str | None]
    root: int
    paragraph_of: list[int] | None


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


def unit_vector(units: list[UnitFeatures], i: int, rules: RuleScorer) -> dict[str, float]:
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
        "rule_major": rules._major(u, units),
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
    rules: RuleScorer,
) -> dict[str, float]:
    """Features of "source attaches to target": both units' features, distance, consistency."""
    s, t = units[source], units[target]
    d = target - source
    f: dict[str, float] = {"bias": 1.0}
    for prefix, vec in (("s:", unit_vectors[source]), ("t:", unit_vectors[target])):
        for k, v in vec.items():
            if k != "bias":
                f[prefix + k] = v
    dist = _bucket(d, MAX_DISTANCE)
    rule = rules.edge_score(units, source, target)
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
            vectors = [unit_vector(units, i, self._rules) for i in range(len(units))]
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
        vec = pair_vector(units, source, target, self._unit_vectors(units), self._rules)
        rule = self._rules.edge_score(units, source, target)
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

    def save(self, path: Path) -> None:
        """Write the model as sorted, indented JSON (same model → byte-identical file)."""
        text = json.dumps(self.to_json(), indent=1, sort_keys=True, ensure_ascii=False)
        Path(path).write_text(text + "\n", encoding="utf-8")

    @classmethod
    def load(cls, path: Path) -> LearnedScorer:
        """Read a model file; a file that is not one is a one-line :class:`ModelError`."""
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
            raise ModelError(f"cannot load engine model '{path}': {exc}") from None
        return cls(**models, name=f"learned:{path.stem}", provenance=data.get("provenance", {}))


def _fit(rows: list[dict[str, float]], labels: list[int]) -> LinearModel:
    """A logistic regression over sparse rows; a constant label gives a constant model."""
    positives = sum(labels)
    if positives == 0 or positives == len(labels):
        p = (positives + 0.5) / (len(labels) + 1.0)
        return LinearModel(intercept=math.log(p / (1 - p)), weights={})
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vectorizer = DictVectorizer(sort=True)
    matrix = vectorizer.fit_transform(rows)
    model = LogisticRegression(C=C, max_iter=2000, solver="lbfgs", class_weight="balanced")
    model.fit(matrix, labels)
    names = vectorizer.get_feature_names_out()
    weights = {str(n): float(w) for n, w in zip(names, model.coef_[0], strict=True)}
    return LinearModel(intercept=float(model.intercept_[0]), weights=weights)


def _check(example: TrainingExample) -> None:
    n = len(example.segments)
    if n == 0 or len(example.heads) != n or len(example.labels) != n or not 0 <= example.root < n:
        raise ModelError("a training text has inconsistent segments, heads, labels or root")


def training_rows(
    examples: Sequence[TrainingExample], *, spacy_model: str | None = None
) -> tuple[list[dict], list[int], list[dict], list[int], list[dict], list[int]]:
    """(central, attach, attack) rows and labels from gold texts."""
    from .decode import candidate_pairs
    from .engine import segment_features

    rules = RuleScorer()
    central_x: list[dict] = []
    central_y: list[int] = []
    attach_x: list[dict] = []
    attach_y: list[int] = []
    attack_x: list[dict] = []
    attack_y: list[int] = []
    for example in examples:
        _check(example)
        units = segment_features(
            list(example.segments), paragraph_of=example.paragraph_of, spacy_model=spacy_model
        )
        vectors = [unit_vector(units, i, rules) for i in range(len(units))]
        for i, vec in enumerate(vectors):
            central_x.append(vec)
            central_y.append(int(i == example.root))
        gold_pairs = {(i, h) for i, h in enumerate(example.heads) if h is not None}
        pairs = set(candidate_pairs(units, list(range(len(units))))) | gold_pairs
        for i, j in sorted(pairs):
            if i == example.root:
                continue
            pair = pair_vector(units, i, j, vectors, rules)
            attach_x.append(pair)
            attach_y.append(int(example.heads[i] == j))
            if example.heads[i] == j:
                attack_x.append(pair)
                attack_y.append(int(example.labels[i] == "attack"))
    return central_x, central_y, attach_x, attach_y, attack_x, attack_y


def train(
    examples: Sequence[TrainingExample],
    *,
    name: str = "learned",
    provenance: dict | None = None,
    spacy_model: str | None = None,
) -> LearnedScorer:
    """Fit the three regressions on gold texts (segments parsed with the engine's features)."""
    if not examples:
        raise ModelError("no training texts")
    cx, cy, ax, ay, kx, ky = training_rows(examples, spacy_model=spacy_model)
    return LearnedScorer(
        central=_fit(cx, cy),
        attach=_fit(ax, ay),
        attack=_fit(kx, ky),
        name=name,
        provenance={**(provenance or {}), "texts": len(examples)},
    )
