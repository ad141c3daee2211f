"""The trained scorer: fit on a tiny hand-made set, save as JSON, load, predict the same."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from aidip_cli.argtree import ArgTree
from aidip_cli.corpora.gold import GoldText
from aidip_cli.errors import LoadError
from aidip_cli.mine.scorers.learned import LearnedScorer
from aidip_cli.mine.scorers.registry import get_scorer
from aidip_cli.mine.segments import predict_tree
from aidip_cli.train import save_scorer, train

pytest.importorskip("sklearn")

# Hand-written texts (not from any corpus): claim first, reasons, a concession and its rebuttal.
TEXTS = [
    GoldText(
        id="t1",
        segments=[
            "Governments should regulate military AI now.",
            "Autonomous weapons lower the cost of starting a war.",
            "Of course, some say regulation slows innovation.",
            "But safety rules have never stopped useful research.",
        ],
        tree=ArgTree.build([None, 0, 0, 2], [None, "support", "attack", "attack"], 0),
        paragraph_of=[0, 0, 0, 0],
    ),
    GoldText(
        id="t2",
        segments=[
            "Diplomats need technical advisers.",
            "Treaties on AI depend on details of computing hardware.",
            "Admittedly, advisers cost money.",
            "Yet a failed treaty costs far more.",
            "Therefore every embassy should hire one.",
        ],
        tree=ArgTree.build([4, 0, 4, 2, None], ["support", "support", "attack", "attack", None], 4),
        paragraph_of=[0, 0, 0, 0, 0],
    ),
    GoldText(
        id="t3",
        segments=[
            "Export controls on chips must be coordinated.",
            "Unilateral controls push buyers to other suppliers,",
            "because chips are sold worldwide.",
        ],
        tree=ArgTree.build([None, 0, 1], [None, "support", "support"], 0),
        paragraph_of=[0, 0, 0],
    ),
]


def _predict(scorer, segments):  # type: ignore[no-untyped-def]
    return predict_tree(segments, scorer=scorer)


@pytest.fixture(scope="module")
def trained() -> LearnedScorer:
    return train(TEXTS)


def test_saved_model_is_plain_json_with_names_and_coefficients(trained, tmp_path: Path) -> None:
    path = tmp_path / "tiny.json"
    save_scorer(trained, path)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["format"] == "aidip-learned-scorer"
    assert set(data["models"]) == {"central", "attach", "attack"}
    assert any(name.startswith("s:") for name in data["models"]["attach"]["weights"])


def test_loaded_model_predicts_the_same_trees(trained, tmp_path: Path) -> None:
    path = tmp_path / "tiny.json"
    save_scorer(trained, path)
    loaded = LearnedScorer.load(path)
    assert loaded.name == "learned:tiny"
    for text in TEXTS:
        before = _predict(trained, text.segments)
        after = _predict(loaded, text.segments)
        assert before == after


def test_saving_twice_writes_identical_bytes(trained, tmp_path: Path) -> None:
    save_scorer(trained, tmp_path / "a.json")
    save_scorer(LearnedScorer.load(tmp_path / "a.json"), tmp_path / "b.json")
    assert (tmp_path / "a.json").read_bytes() == (tmp_path / "b.json").read_bytes()


def test_model_learns_its_training_trees(trained) -> None:
    hits = total = 0
    for text in TEXTS:
        predicted = _predict(trained, text.segments)
        hits += sum(p == g for p, g in zip(predicted.heads, text.tree.heads, strict=True))
        total += len(text.tree.heads)
    assert predicted.root == TEXTS[-1].tree.root
    assert hits / total >= 0.8


def test_engine_path_loads_a_trained_model(trained, tmp_path: Path) -> None:
    path = tmp_path / "engine.json"
    save_scorer(trained, path)
    assert get_scorer(str(path)).name == "learned:engine"


def test_a_file_that_is_not_a_model_is_a_one_line_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "something else"}', encoding="utf-8")
    with pytest.raises(LoadError, match="cannot load scorer file"):
        LearnedScorer.load(bad)
    broken = tmp_path / "broken.json"
    broken.write_text("{not json", encoding="utf-8")
    with pytest.raises(LoadError):
        LearnedScorer.load(broken)
