"""The five levels (cc, ro, fu, at, lat), macro-F1 and the F1 of the central-claim and attached
classes, fold pooling and the fold summary."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from aidip_cli.argtree import ArgTree, TreeError
from aidip_cli.corpora.microtexts import load_corpus, load_folds
from aidip_cli.evaluate._metrics import (
    accuracy,
    class_f1,
    level_vectors,
    macro_f1,
    score_fold,
    summarise,
)
from helpers import readme_tree

# micro_d09 as the corpus README converts it (segments numbered from 1; exa is support, und
# and reb attack).
D09 = readme_tree(5, [(2, 1, "sup"), (3, 2, "exa"), (4, 2, "und"), (5, 4, "reb")], root=1)

# A wrong prediction for the same text: segment 2 taken as the claim, 1/3/4 support it,
# 5 attacks 1.
WRONG = readme_tree(5, [(1, 2, "sup"), (3, 2, "sup"), (4, 2, "sup"), (5, 1, "att")], root=2)


def test_micro_d09_vectors_match_the_readme() -> None:
    vectors = level_vectors(D09)
    assert vectors["cc"] == [1, 0, 0, 0, 0]
    assert vectors["ro"] == [0, 0, 0, 1, 0]
    assert vectors["fu"] == [0, 1, 1, 2, 2]
    assert len(vectors["at"]) == 20
    pairs = [(i, j) for i in range(1, 6) for j in range(1, 6) if i != j]
    attached = {pair for pair, value in zip(pairs, vectors["at"], strict=True) if value}
    assert attached == {(2, 1), (3, 2), (4, 2), (5, 4)}
    assert vectors["lat"] == ["0:cc", "1:sup", "2:sup", "2:att", "4:att"]


def test_gold_against_gold_scores_one_on_every_level() -> None:
    other = readme_tree(3, [(1, 3, "reb"), (2, 3, "sup")], root=3)
    scores = score_fold([D09, other], [D09, other])
    assert scores == {
        "cc": 1.0,
        "ro": 1.0,
        "fu": 1.0,
        "at": 1.0,
        "lat": 1.0,
        "cc_claim": 1.0,
        "at_attached": 1.0,
    }


def test_a_wrong_tree_scores_what_was_computed_by_hand() -> None:
    scores = score_fold([D09], [WRONG])
    # cc: gold [1,0,0,0,0], pred [0,1,0,0,0]. Class 1: tp 0 → F 0. Class 0: 4 gold, 4 pred,
    # tp 3 → P = R = 3/4 → F .75. Macro = .375.
    assert scores["cc"] == pytest.approx(0.375)
    # ro: gold [0,0,0,1,0]; pred roles: 2 root pro, 1/3/4 support → pro, 5 attacks 1 → opp:
    # [0,0,0,0,1]. Class 0: tp 3 of 4/4 → .75; class 1: tp 0 → 0. Macro = .375.
    assert scores["ro"] == pytest.approx(0.375)
    # fu: gold [0,1,1,2,2], pred [1,0,1,1,2]. cc: tp 0 → 0. sup: gold 2, pred 3, tp 1 →
    # P 1/3, R 1/2 → F .4. att: gold 2, pred 1, tp 1 → P 1, R 1/2 → F 2/3. Macro = 1.0667/3.
    assert scores["fu"] == pytest.approx((0.4 + 2 / 3) / 3)
    # at: 20 pairs; gold edges (2,1),(3,2),(4,2),(5,4), predicted (1,2),(3,2),(4,2),(5,1).
    # Class 1: tp 2 of 4/4 → .5. Class 0: 16 gold, 16 pred, tp 14 → .875. Macro = .6875.
    assert scores["at"] == pytest.approx(0.6875)
    # lat: gold [0:cc, 1:sup, 2:sup, 2:att, 4:att] vs [2:sup, 0:cc, 2:sup, 2:sup, 1:att]:
    # only segment 3 agrees → 1/5.
    assert scores["lat"] == pytest.approx(0.2)


def test_the_claim_and_attached_classes_are_scored_alone_next_to_the_macro_f1() -> None:
    scores = score_fold([D09], [WRONG])
    # cc, class 1 alone (from the hand computation above): tp 0 → F 0, while macro cc is .375.
    assert scores["cc_claim"] == 0.0
    # at, class 1 alone: tp 2 of 4 gold, 4 predicted → P = R = .5 → F .5 (macro at .6875).
    assert scores["at_attached"] == pytest.approx(0.5)


def test_the_class_scores_pool_the_texts_of_a_fold() -> None:
    small = ArgTree.trivial(3)  # edges (2,1) and (3,1): the prediction gets both right
    scores = score_fold([D09, small], [WRONG, small])
    # cc class 1: gold [1,0,0,0,0,1,0,0], pred [0,1,0,0,0,1,0,0] → tp 1 of 2/2 → .5.
    assert scores["cc_claim"] == pytest.approx(0.5)
    # at class 1: 4 + 2 gold edges, 4 + 2 predicted, tp 2 + 2 → P = R = 4/6 → F 2/3.
    assert scores["at_attached"] == pytest.approx(2 / 3)
    # at class 0: 16 + 4 gold, 16 + 4 predicted, tp 14 + 4 → .9; macro (2/3 + .9) / 2.
    assert scores["at"] == pytest.approx((2 / 3 + 0.9) / 2)


def test_a_fold_pools_its_texts_instead_of_averaging_them() -> None:
    small = ArgTree.trivial(3)
    scores = score_fold([D09, small], [WRONG, small])
    # cc pooled: gold [1,0,0,0,0,1,0,0] vs [0,1,0,0,0,1,0,0]. Class 1: tp 1 of 2/2 → .5;
    # class 0: tp 5 of 6/6 → 5/6. Macro = .6667 (the per-text mean would be .6875).
    assert scores["cc"] == pytest.approx((0.5 + 5 / 6) / 2)


def test_macro_f1_agrees_with_scikit_learn() -> None:
    from sklearn.metrics import precision_recall_fscore_support

    rng = random.Random(7)
    for _ in range(200):
        n = rng.randint(1, 30)
        classes = rng.randint(1, 4)
        gold = [rng.randrange(classes) for _ in range(n)]
        pred = [rng.randrange(classes + rng.randint(0, 1)) for _ in range(n)]
        expected = precision_recall_fscore_support(gold, pred, average="macro", zero_division=0)[2]
        assert macro_f1(gold, pred) == pytest.approx(expected)
        per_class = precision_recall_fscore_support(
            gold, pred, labels=[1], average=None, zero_division=0
        )[2]
        assert class_f1(gold, pred, 1) == pytest.approx(per_class[0])


def test_macro_f1_counts_a_class_only_predicted_as_zero() -> None:
    # gold [0, 0], pred [0, 1]. Class 0: 2 gold, 1 pred, tp 1 → P 1, R 1/2 → F 2/3.
    # Class 1: never gold, tp 0 → F 0. Macro over both classes = 1/3.
    assert macro_f1([0, 0], [0, 1]) == pytest.approx(1 / 3)


def test_empty_or_unequal_vectors_are_refused() -> None:
    with pytest.raises(ValueError, match="empty"):
        macro_f1([], [])
    with pytest.raises(ValueError, match="length mismatch"):
        accuracy([1], [1, 0])
    with pytest.raises(ValueError, match="segments"):
        score_fold([D09], [ArgTree.trivial(4)])


def test_summary_is_mean_and_population_std() -> None:
    summary = summarise([{"cc": 0.5}, {"cc": 1.0}, {"cc": 0.75}, {"cc": 0.75}])
    mean, std = summary["cc"]
    assert mean == pytest.approx(0.75)
    # deviations .25, .25, 0, 0 → variance .125/4 → std .1768
    assert std == pytest.approx((0.125 / 4) ** 0.5)


def test_a_tree_with_a_cycle_or_a_missing_head_is_refused() -> None:
    with pytest.raises(TreeError, match="cycle"):
        readme_tree(3, [(2, 3, "sup"), (3, 2, "sup")], root=1)
    with pytest.raises(TreeError, match="complete tree"):
        score_fold([ArgTree.trivial(3)], [readme_tree(3, [(2, 1, "sup")], root=1)])


@pytest.mark.corpus
def test_trivial_baseline_over_the_fifty_folds_matches_the_readme(microtexts_dir: Path) -> None:
    texts = {m.id: m for m in load_corpus(microtexts_dir).texts}
    per_fold = []
    for fold in load_folds(microtexts_dir / "folds_10x5.json"):
        test = [texts[i] for i in sorted(fold)]
        per_fold.append(
            score_fold([m.gold for m in test], [ArgTree.trivial(len(m.segments)) for m in test])
        )
    summary = summarise(per_fold)
    for level, expected in {"cc": 0.712, "ro": 0.439, "fu": 0.407, "at": 0.618}.items():
        assert summary[level][0] == pytest.approx(expected, abs=0.001), level


@pytest.mark.corpus
def test_gold_against_gold_over_the_fifty_folds_is_perfect(microtexts_dir: Path) -> None:
    texts = {m.id: m for m in load_corpus(microtexts_dir).texts}
    per_fold = [
        score_fold([texts[i].gold for i in sorted(f)], [texts[i].gold for i in sorted(f)])
        for f in load_folds(microtexts_dir / "folds_10x5.json")
    ]
    assert all(mean == 1.0 and std == 0.0 for mean, std in summarise(per_fold).values())
