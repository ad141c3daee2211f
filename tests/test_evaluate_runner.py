"""Running a setting: engines, folds, per-fold training, and the baseline reported alongside."""

from __future__ import annotations

import sys
import types
from pathlib import Path

import pytest

import aidip_cli.mine as mine_package
from aidip_cli.evaluate import engines
from aidip_cli.evaluate.engines import EngineUnavailable, predict_baseline, resolve_engine
from aidip_cli.evaluate.microtexts import CorpusError, MicroText, load_corpus, load_folds
from aidip_cli.evaluate.runner import (
    evaluate_microtexts_gold,
    evaluate_microtexts_predicted,
    select_folds,
)
from aidip_cli.evaluate.training import TrainingText, training_text
from aidip_cli.evaluate.trees import ArgTree, TreeError, baseline_tree
from aidip_cli.model import Role
from test_evaluate_alignment import make_analysis
from test_evaluate_microtexts_loader import EDGES, EDUS, ROLES, arggraph, write_corpus

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
MICRO = SHARED / "corpora" / "microtexts1"


def corpus(tmp_path: Path, n: int = 6) -> list[MicroText]:
    write_corpus(tmp_path, [f"micro_t{i:02d}" for i in range(n)])
    return load_corpus(tmp_path)


def distinct_corpus(tmp_path: Path, n: int) -> list[MicroText]:
    """Texts that differ in their first segment, so a model can tell them apart."""
    for i in range(n):
        doc_id = f"micro_u{i:02d}"
        edus = [f"Text {i}: {EDUS[0]}", *EDUS[1:]]
        (tmp_path / f"{doc_id}.xml").write_text(arggraph(doc_id, edus, ROLES, EDGES), "utf-8")
    return load_corpus(tmp_path)


def test_the_baseline_engine_predicts_the_trivial_tree() -> None:
    prediction = predict_baseline(["a", "b", "c"])
    assert ArgTree.from_prediction(prediction, 3) == baseline_tree(3)


def test_an_engine_tree_of_the_wrong_shape_is_a_one_line_error() -> None:
    short = types.SimpleNamespace(heads=[None, 0], labels=[None, "support"], root=0)
    with pytest.raises(TreeError, match="2 heads and 2 labels for 3 units"):
        ArgTree.from_prediction(short, 3)
    rooted = types.SimpleNamespace(heads=[1, 0], labels=["support", "support"], root=0)
    with pytest.raises(TreeError, match="not a unit without a head"):
        ArgTree.from_prediction(rooted, 2)
    odd = types.SimpleNamespace(heads=[None, 0], labels=[None, "agrees"], root=0)
    with pytest.raises(TreeError, match="label 'agrees'"):
        ArgTree.from_prediction(odd, 2)


def test_a_missing_default_engine_says_to_use_the_baseline(monkeypatch) -> None:
    import aidip_cli.mine.engine as engine_module

    monkeypatch.delattr(engine_module, "predict_tree")
    with pytest.raises(EngineUnavailable, match="use --engine baseline"):
        resolve_engine("default")
    assert engines.default_available()[0] is False


def test_gold_units_report_the_engine_and_the_baseline_per_fold(tmp_path: Path) -> None:
    texts = corpus(tmp_path)
    folds = [[m.id for m in texts[:3]], [m.id for m in texts[3:]]]
    section = evaluate_microtexts_gold(texts, folds=folds, engine="baseline")
    assert [r["engine"] for r in section["results"]] == ["baseline"]
    assert section["folds"] == 2
    assert len(section["results"][0]["per_fold"]["cc"]) == 2


def test_without_folds_all_texts_are_one_pooled_fold(tmp_path: Path) -> None:
    texts = corpus(tmp_path, 2)
    section = evaluate_microtexts_gold(texts, engine="baseline")
    assert section["folds"] is None
    assert "per_fold" not in section["results"][0]
    assert section["results"][0]["levels"]["cc"]["std"] == 0.0


def test_fold_ids_missing_from_the_corpus_are_an_error_unless_limited(tmp_path: Path) -> None:
    texts = corpus(tmp_path, 2)
    folds = [[texts[0].id, "micro_zz"], ["micro_yy"]]
    with pytest.raises(CorpusError, match="2 id"):
        select_folds(texts, folds, limited=False)
    assert [[m.id for m in f] for f in select_folds(texts, folds, limited=True)] == [[texts[0].id]]


def test_gold_trees_become_training_texts_with_zero_based_heads() -> None:
    from aidip_cli.evaluate.microtexts import parse_arggraph

    example = training_text(parse_arggraph(arggraph("micro_x", EDUS, ROLES, EDGES)))
    assert example.heads == [None, 0, 1, 2, 3]
    assert example.labels == [None, "support", "attack", "attack", "support"]
    assert example.root == 0


def _install_trainer(monkeypatch, train) -> None:
    module = types.ModuleType("aidip_cli.mine.learn")
    if train is not None:
        module.train = train
    monkeypatch.setitem(sys.modules, "aidip_cli.mine.learn", module)
    monkeypatch.setattr(mine_package, "learn", module, raising=False)


def test_training_per_fold_never_sees_the_test_texts(tmp_path: Path, monkeypatch) -> None:
    texts = distinct_corpus(tmp_path, 6)
    trained_on: list[list[TrainingText]] = []

    class Memoriser:
        """Predicts the gold tree for texts it was trained on, the trivial tree otherwise."""

        def __init__(self, examples: list[TrainingText]) -> None:
            self.known = {tuple(e.segments): e for e in examples}

        def predict_tree(self, segments, *, paragraph_of=None):
            return self.known.get(tuple(segments)) or predict_baseline(segments)

    def train(examples: list[TrainingText]) -> Memoriser:
        trained_on.append(examples)
        return Memoriser(examples)

    _install_trainer(monkeypatch, train)
    folds = [[m.id for m in texts[:2]], [m.id for m in texts[2:]]]
    section = evaluate_microtexts_gold(texts, folds=folds, engine="default", train=True)
    assert [len(examples) for examples in trained_on] == [4, 2]
    trained, baseline = section["results"]
    assert (trained["engine"], baseline["engine"]) == ("learned (trained per fold)", "baseline")
    # A memoriser that never saw its test texts falls back to the trivial tree every time.
    assert trained["per_fold"] == baseline["per_fold"]
    assert trained["levels"]["fu"]["mean"] < 1.0


def test_training_without_the_training_api_is_a_clear_error(tmp_path: Path, monkeypatch) -> None:
    texts = corpus(tmp_path, 2)
    _install_trainer(monkeypatch, None)
    with pytest.raises(EngineUnavailable, match="training is not available"):
        evaluate_microtexts_gold(texts, folds=[[texts[0].id]], train=True)


def test_predicted_units_report_boundaries_and_both_engines(tmp_path: Path) -> None:
    texts = corpus(tmp_path, 2)
    analyses = []
    for micro in texts:
        # One unit per segment, chained: every unit supports the one before it.
        units = [(s, e, Role.PREMISE) for s, e in micro.spans]
        relations = [(k, k - 1, "support") for k in range(1, len(units))]
        analyses.append(make_analysis(micro.text, units, relations, major=0))
    section = evaluate_microtexts_predicted(texts, engine="default", analyses=analyses)
    assert [r["engine"] for r in section["results"]] == ["default", "baseline"]
    boundaries = section["segmentation"]["boundaries"]
    assert (boundaries["precision"], boundaries["recall"]) == (1.0, 1.0)
    # Gold attaches every segment to the one before it (sup, und, reb, link), so the chain gets
    # every attachment right; but it calls the undercut and the rebuttal supports.
    assert section["results"][0]["levels"]["at"]["mean"] == 1.0
    assert section["results"][0]["levels"]["fu"]["mean"] < 1.0


@pytest.mark.corpus
@pytest.mark.skipif(not (MICRO / "en").is_dir(), reason=f"microtext corpus not found under {MICRO}")
def test_default_engine_beats_the_trivial_baseline_on_gold_units() -> None:
    if not engines.default_available()[0]:
        pytest.skip(engines.default_available()[1])
    texts = load_corpus(MICRO)
    section = evaluate_microtexts_gold(texts, folds=load_folds(MICRO / "folds_10x5.json"))
    default, baseline = section["results"]
    for level in ("cc", "ro", "fu", "at", "lat"):
        assert default["levels"][level]["mean"] > baseline["levels"][level]["mean"], level
