"""Training the learned scorer: gold texts in, a scorer file out.

The evidence-graph recipe (Peldszus & Stede 2015) in miniature: three logistic regressions —
is this unit the central claim, does it attach to that one, is the attachment an attack — over
the features of :mod:`aidip_cli.mine.scorers.learned`, fitted with scikit-learn on the units and
candidate pairs the analyser itself would consider. :func:`save_scorer` writes the plain-JSON
file that ``--engine FILE`` reads back.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Sequence
from pathlib import Path

from ..corpora import essays, webdiscourse
from ..corpora.gold import GoldText
from ..corpora.microtexts import load_corpus
from ..errors import InputError
from ..io import write_atomic
from ..mine.scorers.learned import LearnedScorer, LinearModel, pair_vector, unit_vector
from ..mine.scorers.rules import RuleScorer
from ..mine.segments import segment_features
from ..mine.tree.spanning import candidate_pairs

C = 1.0  # inverse regularisation strength of every regression


def _microtexts(path: Path) -> tuple[list[GoldText], int]:
    corpus = load_corpus(path)
    return [micro.gold_text() for micro in corpus.texts], len(corpus.unreadable)


def _webdiscourse(path: Path) -> tuple[list[GoldText], int]:
    file = path / "toulmin_gold.jsonl" if path.is_dir() else path
    return webdiscourse.gold_texts(webdiscourse.load_webdiscourse(file))


#: Corpus kind → reader of its gold texts (and the count of texts it had to skip).
READERS: dict[str, Callable[[Path], tuple[list[GoldText], int]]] = {
    "microtexts": _microtexts,
    "webdiscourse": _webdiscourse,
    "essays": essays.gold_texts,
}


def fit_linear(
    rows: Sequence[dict[str, float]], labels: Sequence[int], *, c: float = C, balanced: bool = True
) -> LinearModel:
    """A logistic regression over sparse rows; a constant label gives a constant model.
    ``balanced`` weighs the two labels equally (a ranking); without it the output is a
    probability."""
    positives = sum(labels)
    if positives == 0 or positives == len(labels):
        p = (positives + 0.5) / (len(labels) + 1.0)
        return LinearModel(intercept=math.log(p / (1 - p)), weights={})
    from sklearn.feature_extraction import DictVectorizer  # heavy: only when training
    from sklearn.linear_model import LogisticRegression

    vectorizer = DictVectorizer(sort=True)
    matrix = vectorizer.fit_transform(rows)
    model = LogisticRegression(
        C=c, max_iter=2000, solver="lbfgs", class_weight="balanced" if balanced else None
    )
    model.fit(matrix, labels)
    names = vectorizer.get_feature_names_out()
    weights = {str(n): float(w) for n, w in zip(names, model.coef_[0], strict=True)}
    return LinearModel(intercept=float(model.intercept_[0]), weights=weights)


def training_rows(
    texts: Sequence[GoldText], *, pipeline: str | None = None
) -> tuple[list[dict], list[int], list[dict], list[int], list[dict], list[int]]:
    """(central, attach, attack) rows and labels from gold texts."""
    rules = RuleScorer()
    central_x: list[dict] = []
    central_y: list[int] = []
    attach_x: list[dict] = []
    attach_y: list[int] = []
    attack_x: list[dict] = []
    attack_y: list[int] = []
    for text in texts:
        tree = text.tree
        units = segment_features(text.segments, paragraph_of=text.paragraph_of, pipeline=pipeline)
        vectors = [unit_vector(units, i) for i in range(len(units))]
        for i, vec in enumerate(vectors):
            central_x.append(vec)
            central_y.append(int(i == tree.root))
        gold_pairs = {(i, h) for i, h in enumerate(tree.heads) if h is not None}
        pairs = set(candidate_pairs(units, list(range(len(units))))) | gold_pairs
        for i, j in sorted(pairs):
            if i == tree.root:
                continue
            row = pair_vector(units, i, j, vectors, rules.edge_score(units, i, j))
            attach_x.append(row)
            attach_y.append(int(tree.heads[i] == j))
            if tree.heads[i] == j:
                attack_x.append(row)
                attack_y.append(int(tree.labels[i] == "attack"))
    return central_x, central_y, attach_x, attach_y, attack_x, attack_y


def train(
    texts: Sequence[GoldText],
    *,
    name: str = "learned",
    provenance: dict | None = None,
    pipeline: str | None = None,
) -> LearnedScorer:
    """Fit the three regressions on gold texts (segments parsed with the analyser's features)."""
    if not texts:
        raise InputError("no training texts")
    cx, cy, ax, ay, kx, ky = training_rows(texts, pipeline=pipeline)
    return LearnedScorer(
        central=fit_linear(cx, cy),
        attach=fit_linear(ax, ay),
        attack=fit_linear(kx, ky),
        name=name,
        provenance={**(provenance or {}), "texts": len(texts)},
    )


def save_scorer(scorer: LearnedScorer, path: Path) -> None:
    """Write the scorer as sorted, indented JSON, atomically (same model → same bytes)."""
    text = json.dumps(scorer.to_json(), indent=1, sort_keys=True, ensure_ascii=False)
    write_atomic(path, text + "\n", make_parents=True)
