"""What a batch leaves in OUTDIR: one analysis per input, index.jsonl, summary.json."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from aidip_cli.batch import BatchOptions, run_batch
from aidip_cli.schema import Analysis
from helpers import CLEAN, fake_analyse_documents, make_tree

INDEX_KEYS = [
    "path",
    "output",
    "sha256",
    "status",
    "error",
    "units",
    "claims",
    "relations",
    "quantities",
    "unattributed_numbers",
    "unsupported_claims",
    "major_claim",
]


@pytest.fixture
def done(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    make_tree(tmp_path / "essays")
    (tmp_path / "essays" / "a" / "boom.txt").write_text("RAISE-UNEXPECTED in this essay.")
    monkeypatch.chdir(tmp_path)
    options = BatchOptions(workers=1, analyser=fake_analyse_documents, chunk_size=3)
    return run_batch(["essays"], "out", options), tmp_path


def _index(out: Path) -> list[dict]:
    return [json.loads(line) for line in (out / "index.jsonl").read_text().splitlines()]


def test_each_good_input_gets_an_analysis_json_mirroring_its_path(done) -> None:  # type: ignore[no-untyped-def]
    result, root = done
    out = root / "out"
    for rel in ("a/x.txt", "a/x.md", "b/x.txt", "b/deep/c/y.txt", "top.html"):
        analysis = Analysis.model_validate_json((out / f"{rel}.json").read_text())
        assert analysis.source.path == f"essays/{rel}"
        assert analysis.source.sha256 == _sha(root / "essays" / rel)
    assert not (out / "notes.rst.json").exists()  # not matched by the default globs
    assert result.exit_code == 1  # the default gate: some inputs failed


def _sha(path: Path) -> str:
    import hashlib

    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_index_has_one_line_per_input_in_input_order(done) -> None:  # type: ignore[no-untyped-def]
    _result, root = done
    lines = _index(root / "out")
    assert [list(line) for line in lines] == [INDEX_KEYS] * len(lines)
    paths = [line["path"] for line in lines]
    assert paths == sorted(paths)
    assert len(paths) == len(set(paths)) == 10
    by_path = {line["path"]: line for line in lines}
    good = by_path["essays/a/x.txt"]
    assert good["status"] == "ok" and good["error"] is None
    assert good["output"] == "a/x.txt.json"
    assert (good["units"], good["claims"], good["relations"], good["quantities"]) == (4, 1, 2, 2)
    assert (good["unattributed_numbers"], good["unsupported_claims"]) == (0, 0)
    assert good["major_claim"] is True
    assert by_path["essays/b/deep/c/y.txt"]["unattributed_numbers"] == 1


def test_bad_files_are_reported_and_the_rest_still_analysed(done) -> None:  # type: ignore[no-untyped-def]
    result, root = done
    by_path = {line["path"]: line for line in _index(root / "out")}
    failed = {p for p, line in by_path.items() if line["status"] == "error"}
    assert failed == {
        "essays/a/boom.txt",
        "essays/b/deep/loop",
        "essays/bad/binary.txt",
        "essays/bad/empty.txt",
        "essays/bad/undecodable.txt",
    }
    for path in failed:
        assert by_path[path]["error"] and by_path[path]["output"] is None
    assert by_path["essays/a/boom.txt"]["error"] == "RuntimeError: the fake engine was told to fail"
    assert "symlink loop" in by_path["essays/b/deep/loop"]["error"]
    assert result.ok == 5 and result.errors == 5


def test_summary_totals_match_the_index(done) -> None:  # type: ignore[no-untyped-def]
    _result, root = done
    summary = json.loads((root / "out" / "summary.json").read_text())
    lines = [line for line in _index(root / "out") if line["status"] == "ok"]
    assert (summary["files"], summary["ok"], summary["errors"], summary["skipped"]) == (10, 5, 5, 0)
    for key in ("units", "claims", "relations", "quantities", "unattributed_numbers"):
        assert summary["totals"][key] == sum(line[key] for line in lines)
    assert summary["gates"]["error"] == {"enabled": True, "findings": 5, "files": 5, "failed": True}
    assert len(summary["failed_inputs"]) == 5


def test_no_temp_files_are_left_behind(done) -> None:  # type: ignore[no-untyped-def]
    _result, root = done
    leftovers = [p for p in (root / "out").rglob("*") if p.name.endswith(".tmp")]
    assert leftovers == []


def test_outdir_that_is_a_file_is_an_output_error(tmp_path: Path) -> None:
    from aidip_cli.errors import OutputError

    (tmp_path / "essay.txt").write_text(CLEAN)
    (tmp_path / "out").write_text("not a directory")
    options = BatchOptions(workers=1, analyser=fake_analyse_documents)
    with pytest.raises(OutputError):
        run_batch([tmp_path / "essay.txt"], tmp_path / "out", options)
