"""The mining engine: scorer choice, the decision of what is argument, and tree prediction.

``engine=None`` (or "default"/"rules") is the shipped rule scorer; any other value is a path to a
model file written by ``aidip train``. ``predict_tree`` serves evaluation on pre-segmented texts
(gold units), with the same features and decoding as ``aidip analyse``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from ..errors import ModelError
from .decode import Tree, decode
from .features import UnitFeatures, unit_features
from .scoring import RuleScorer, Scorer, UnitScore

DEFAULT_ENGINE = "default"
BACKGROUND_THRESHOLD = 0.5


@cache
def get_scorer(engine: str | None = None) -> Scorer:
    if engine in (None, "", "default", "rules"):
        return RuleScorer()
    path = Path(engine)
    if not path.is_file():
        raise ModelError(f"engine model file '{engine}' not found (train one with 'aidip train')")
    from .learn import LearnedScorer

    return LearnedScorer.load(path)


def engine_label(engine: str | None) -> str:
    return get_scorer(engine).name


def active_units(
    units: list[UnitFeatures], scores: list[UnitScore], *, allow_background: bool
) -> list[int]:
    """Units that take part in the argument; the rest is background."""
    if not allow_background:
        return [u.index for u in units]
    best_root = max(range(len(units)), key=lambda i: scores[i].major_claim, default=None)
    active = [
        u.index
        for u in units
        if scores[u.index].background < BACKGROUND_THRESHOLD or u.index == best_root
    ]
    return active


def mine_units(
    units: list[UnitFeatures], scorer: Scorer, *, allow_background: bool = True
) -> tuple[Tree, list[UnitScore]]:
    scores = scorer.unit_scores(units)
    active = active_units(units, scores, allow_background=allow_background)
    return decode(units, scorer, unit_scores=scores, active=active), scores


@dataclass
class TreePrediction:
    heads: list[int | None]  # index of the unit each unit attaches to; None for the root
    labels: list[str | None]  # "support" | "attack" | None for the root
    root: int


def predict_tree(
    segments: list[str],
    *,
    paragraph_of: list[int] | None = None,
    engine: str | None = None,
    spacy_model: str | None = None,
) -> TreePrediction:
    """Decode a tree over given segments (every segment is argumentative, none is background)."""
    features = segment_features(segments, paragraph_of=paragraph_of, spacy_model=spacy_model)
    tree, _ = mine_units(features, get_scorer(engine), allow_background=False)
    return tree_to_prediction(tree, len(segments))


def tree_to_prediction(tree: Tree, n: int) -> TreePrediction:
    heads: list[int | None] = [None] * n
    labels: list[str | None] = [None] * n
    for edge in tree.edges:
        heads[edge.source] = edge.target
        labels[edge.source] = "attack" if edge.score.is_attack else "support"
    return TreePrediction(
        heads=heads, labels=labels, root=tree.root if tree.root is not None else 0
    )


def segment_features(
    segments: list[str],
    *,
    paragraph_of: list[int] | None = None,
    spacy_model: str | None = None,
) -> list[UnitFeatures]:
    """Features for pre-segmented text; each segment is parsed on its own.

    Results are cached per (segments, paragraphs, model): cross-validated training and
    evaluation see the same texts many times, and the parse dominates their cost.
    """
    key = (tuple(segments), tuple(paragraph_of) if paragraph_of else None, spacy_model)
    return list(_segment_features(*key))


def continuation_word(previous: str | None, segment: str) -> str | None:
    """The opening word of a segment that continues the previous one's sentence.

    "You should watch less TV," + "as it makes you stupid" is one sentence cut in two: the
    second part opens with a connective in mid-sentence, as the analyser's own split clauses do.
    """
    if previous is None:
        return None
    if previous.rstrip().rstrip("\"'”’)").endswith((".", "!", "?")):
        return None
    words = segment.split()
    if not words or not words[0][:1].islower():
        return None
    return words[0].strip(",;:").lower()


@lru_cache(maxsize=4096)
def _segment_features(
    segments: tuple[str, ...], paragraph_of: tuple[int, ...] | None, spacy_model: str | None
) -> tuple[UnitFeatures, ...]:
    from ..nlp import get_nlp

    nlp = get_nlp(spacy_model)
    paragraphs = list(paragraph_of) if paragraph_of else [0] * len(segments)
    sizes: dict[int, int] = {}
    for p in paragraphs:
        sizes[p] = sizes.get(p, 0) + 1
    n_paragraphs = len(sizes)
    seen: dict[int, int] = {}
    features: list[UnitFeatures] = []
    for i, doc in enumerate(nlp.pipe(segments)):
        p = paragraphs[i]
        pos = seen.get(p, 0)
        seen[p] = pos + 1
        previous = segments[i - 1] if i > 0 and paragraphs[i - 1] == p else None
        features.append(
            unit_features(
                doc[:],
                index=i,
                paragraph=p,
                n_paragraphs=n_paragraphs,
                position_in_paragraph=pos,
                paragraph_size=sizes[p],
                split_connective=continuation_word(previous, segments[i]),
            )
        )
    return tuple(features)
