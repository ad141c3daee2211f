"""`aidip train essays DIR -o model.json` writes a model that `--engine` can use."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import aidip_cli.cli._train_cmd  # noqa: F401  (registers the command)
from aidip_cli.cli import run

pytest.importorskip("sklearn")

ESSAY = (
    "Nations should share AI safety research.\n\n"
    "Shared research finds failures sooner. Of course, some say sharing helps rivals. "
    "But safety findings rarely reveal how to build weapons.\n"
)
UNITS = [
    ("g1", "Nations should share AI safety research."),
    ("g2", "Shared research finds failures sooner."),
    ("g3", "Of course, some say sharing helps rivals."),
    ("g4", "But safety findings rarely reveal how to build weapons."),
]
RELATIONS = [("g2", "g1", "support"), ("g3", "g1", "attack"), ("g4", "g3", "attack")]


def _corpus(folder: Path) -> Path:
    folder.mkdir()
    (folder / "01_share.txt").write_text(ESSAY, encoding="utf-8")
    gold = {
        "essay": "01_share.txt",
        "units": [{"id": i, "text": t, "role": "claim"} for i, t in UNITS],
        "relations": [{"source": s, "target": t, "type": k} for s, t, k in RELATIONS],
        "major_claim": "g1",
    }
    (folder / "01_share.gold.json").write_text(json.dumps(gold), encoding="utf-8")
    return folder


def test_train_on_gold_essays_writes_a_loadable_model(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    corpus = _corpus(tmp_path / "essays")
    model = tmp_path / "model.json"
    assert run(["train", "essays", str(corpus), "-o", str(model)]) == 0
    assert "trained on 1 essays texts" in capsys.readouterr().err
    data = json.loads(model.read_text(encoding="utf-8"))
    assert data["provenance"]["corpus"] == "essays"
    from aidip_cli.mine.segments import predict_tree

    prediction = predict_tree([t for _, t in UNITS], scorer=str(model))
    assert len(prediction.heads) == len(UNITS)


def test_train_on_a_missing_folder_is_a_one_line_error(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    code = run(["train", "essays", str(tmp_path / "nope"), "-o", str(tmp_path / "m.json")])
    assert code == 2
    err = capsys.readouterr().err
    assert err.startswith("aidip: error:") and err.count("\n") == 1


def test_train_on_a_folder_without_gold_files_says_so(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    code = run(["train", "essays", str(tmp_path), "-o", str(tmp_path / "m.json")])
    assert code == 2
    assert "no *.gold.json files" in capsys.readouterr().err
