"""Leave one corpus out: does what was learned or tuned on some corpora hold on another?

For each corpus in turn, a scorer is trained (in memory; no weights leave the process) on the
other corpora and scored on this one's gold segments, next to the shipped rules and the trivial
baseline on the same texts. Scores pool every text of the held-out corpus into one fold
(:func:`~._metrics.score_fold`: macro-F1 per level, the F1 of the central-claim and attached
classes, labelled attachment accuracy).

The rules were written by hand while looking at the microtexts and the development essays, so
their row on those corpora is not an out-of-corpus number; on the held-out essays and the web
discourse documents it is.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ..corpora.gold import GoldText
from ._metrics import CLASS_SCORES, LEVELS, score_fold
from ._predictors import Predictor, analyser, baseline, checked, trained


def _scores(predictor: Predictor, texts: Sequence[GoldText]) -> dict[str, float]:
    predicted = [checked(predictor(t.segments, t.paragraph_of), len(t.segments)) for t in texts]
    return score_fold([t.tree for t in texts], predicted)


def _row(held_out: str, engine: str, scores: Mapping[str, float]) -> dict:
    return {
        "held_out": held_out,
        "engine": engine,
        "levels": {level: scores[level] for level in LEVELS},
        "class_f1": {key: scores[key] for key in CLASS_SCORES},
    }


def leave_one_corpus_out(
    training: Mapping[str, Sequence[GoldText]],
    testing: Mapping[str, Sequence[GoldText]] | None = None,
) -> dict:
    """A report section: for every corpus, the rules, a scorer trained on the *other* corpora,
    and the baseline, scored on that corpus.

    ``training`` names each corpus's training texts; ``testing`` may name a different test set
    for a corpus (the held-out essays only, say) — by default a corpus is tested on all of it.
    """
    testing = testing or {}
    results = []
    for held_out in training:
        others = [name for name in training if name != held_out]
        test = list(testing.get(held_out, training[held_out]))
        learned = trained([t for name in others for t in training[name]])
        results.append(_row(held_out, "rules (shipped)", _scores(analyser(None), test)))
        results.append(_row(held_out, f"learned on {' + '.join(others)}", _scores(learned, test)))
        results.append(_row(held_out, "baseline", _scores(baseline, test)))
    return {
        "corpus": "leave-one-corpus-out",
        "texts": {name: len(testing.get(name, texts)) for name, texts in training.items()},
        "training_texts": {name: len(texts) for name, texts in training.items()},
        "results": results,
        "notes": [
            "each corpus's gold units in turn; 'learned on A + B' is trained in memory on the "
            "other corpora only; all texts of the held-out corpus pooled into one fold",
            "the rules were written looking at the microtexts and the development essays: only "
            "their held-out-essay and web-discourse rows are out-of-corpus numbers",
        ],
    }
