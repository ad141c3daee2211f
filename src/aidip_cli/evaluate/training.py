"""Extension point: cross-validated training of a learnable engine on the microtexts.

The training API is not written yet. The harness codes against this contract:

* ``aidip_cli.mine.learn.train(examples: list[TrainingText]) -> Scorer``
* the returned ``Scorer`` either has ``predict_tree(segments, *, paragraph_of=None)`` returning
  an object with ``heads`` / ``labels`` / ``root`` (0-based; labels ``"support"``/``"attack"``),
  or is an engine scorer (``unit_scores`` / ``edge_score``) that the engine's decoder can use.

Per fold the harness trains on the fold's training texts and predicts its test texts, so no
weights learned from the CC BY-NC-SA corpus ever leave the process (nothing is written to disk).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol

from .engines import EngineUnavailable, Predictor
from .microtexts import MicroText
from .trees import SIMPLE_LABEL, TreeLike

_WORDS = {"sup": "support", "att": "attack"}


@dataclass(frozen=True)
class TrainingText:
    """One gold example in the engine's own terms (0-based heads, support/attack labels)."""

    segments: list[str]
    heads: list[int | None]
    labels: list[str | None]
    root: int
    paragraph_of: list[int] | None = None


class Scorer(Protocol):
    """Whatever ``train`` returns: an engine scorer, or anything with ``predict_tree``."""


def training_text(micro: MicroText) -> TrainingText:
    """A microtext's gold tree as a :class:`TrainingText` (simple relation set)."""
    n = len(micro.segments)
    heads: list[int | None] = [None] * n
    labels: list[str | None] = [None] * n
    for src, trg, label in micro.tree:
        heads[src - 1] = trg - 1
        labels[src - 1] = _WORDS[SIMPLE_LABEL[label]]
    return TrainingText(
        segments=list(micro.segments),
        heads=heads,
        labels=labels,
        root=micro.root - 1,
        paragraph_of=[0] * n,
    )


def load_trainer() -> Callable[[list[TrainingText]], Scorer]:
    """``aidip_cli.mine.learn.train``, or :class:`EngineUnavailable` with one line."""
    try:
        from ..mine import learn

        return learn.train
    except (ImportError, AttributeError) as exc:
        raise EngineUnavailable(
            f"training is not available (aidip_cli.mine.learn.train: {exc}); "
            "run without --train to score the zero-shot engine"
        ) from None


def train_predictor(
    texts: Sequence[MicroText], trainer: Callable[[list[TrainingText]], Scorer]
) -> Predictor:
    """Train on ``texts`` and wrap the scorer as a harness predictor.

    A scorer with its own ``predict_tree`` is called directly. Otherwise it is treated as an
    engine scorer (``aidip_cli.mine.scoring.Scorer``) and decoded exactly as
    ``aidip_cli.mine.engine.predict_tree`` decodes the shipped one.
    """
    scorer = trainer([training_text(micro) for micro in texts])
    own = getattr(scorer, "predict_tree", None)
    if callable(own):

        def predict_own(segments: Sequence[str], paragraph_of: list[int] | None = None) -> TreeLike:
            return own(list(segments), paragraph_of=paragraph_of)

        return predict_own
    try:
        from ..mine.engine import mine_units, segment_features, tree_to_prediction
    except (ImportError, AttributeError) as exc:
        raise EngineUnavailable(f"cannot decode with the trained scorer ({exc})") from None

    def predict(segments: Sequence[str], paragraph_of: list[int] | None = None) -> TreeLike:
        features = segment_features(list(segments), paragraph_of=paragraph_of)
        tree, _ = mine_units(features, scorer, allow_background=False)
        return tree_to_prediction(tree, len(segments))

    return predict
