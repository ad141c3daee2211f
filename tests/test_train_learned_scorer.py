"""The trained engine: fit on a tiny hand-made set, save as JSON, load, predict the same."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from aidip_cli.errors import ModelError
from aidip_cli.evaluate.training import TrainingText
from aidip_cli.mine.engine import get_scorer, mine_units, segment_features, tree_to_prediction
from aidip_cli.mine.learn import LearnedScorer, train

pytest.importorskip("sklearn")

# Hand-written texts (not from any corpus): claim first, reasons, a concession and its rebuttal.
TEXTS = [
    TrainingText(
        segments=[
            "Governments should regulate military AI now.",
            "Autonomous weapons lower the cost of starting a war.",
            "Of course, some say regulation slows innovation.",
            "But safety rules have never stopped useful research.",
        ],
        heads=[None, 0, 0, 2],
        labels=[None, "support", "attack", "attack"],
        root=0,
    ),
    TrainingText(
        segments=[
            "Diplomats need technical advisers.",
            "Treaties on AI depend on details of computing hardware.",
            "Admittedly, advisers cost money.",
            "Yet a failed treaty costs far more.",
            "Therefore every embassy should hire one.",
        ],
        heads=[4, 0, 4, 2, None],
        labels=["support", "support", "attack", "attack", None],
        root=4,
    ),
    TrainingText(
        segments=[
            "Export controls on chips must be coordinated.",
            "Unilateral controls push buyers to other suppliers,",
            "because chips are sold worldwide.",
        ],
        heads=[None, 0, 1],
        labels=[None, "support", "support"],
        root=0,
    ),
]


def _predict(scorer, segments):  # type: ignore[no-untyped-def]
    tree, _ = mine_units(segment_features(segments), scorer, allow_background=False)
    return tree_to_prediction(tree, len(segments))


@pytest.fixture(scope="module")
def trained() -> LearnedScorer:
    return train(TEXTS)


def test_saved_model_is_plain_json_with_names_and_coefficients(trained, tmp_path: Path) -> None:
    path = tmp_path / "tiny.json"
    trained.save(path)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["format"] == "aidip-learned-scorer"
    assert set(data["models"]) == {"central", "attach", "attack"}
    assert any(name.startswith("s:") for name in data["models"]["attach"]["weights"])


def test_loaded_model_predicts_the_same_trees(trained, tmp_path: Path) -> None:
    path = tmp_path / "tiny.json"
    trained.save(path)
    loaded = LearnedScorer.load(path)
    assert loaded.name == "learned:tiny"
    for text in TEXTS:
        before = _predict(trained, text.segments)
        after = _predict(loaded, text.segments)
        assert (before.heads, before.labels, before.root) == (after.heads, after.labels, after.root)


def test_saving_twice_writes_identical_bytes(trained, tmp_path: Path) -> None:
    trained.save(tmp_path / "a.json")
    LearnedScorer.load(tmp_path / "a.json").save(tmp_path / "b.json")
    assert (tmp_path / "a.json").read_bytes() == (tmp_path / "b.json").read_bytes()


def test_model_learns_its_training_trees(trained) -> None:
    hits = total = 0
    for text in TEXTS:
        predicted = _predict(trained, text.segments)
        hits += sum(p == g for p, g in zip(predicted.heads, text.heads, strict=True))
        total += len(text.heads)
    assert predicted.root == TEXTS[-1].root
    assert hits / total >= 0.8


def test_engine_path_loads_a_trained_model(trained, tmp_path: Path) -> None:
    path = tmp_path / "engine.json"
    trained.save(path)
    assert get_scorer(str(path)).name == "learned:engine"


def test_a_file_that_is_not_a_model_is_a_one_line_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "something else"}', encoding="utf-8")
    with pytest.raises(ModelError, match="cannot load engine model"):
        LearnedScorer.load(bad)
    broken = tmp_path / "broken.json"
    broken.write_text("{not json", encoding="utf-8")
    with pytest.raises(ModelError):
        LearnedScorer.load(broken)
