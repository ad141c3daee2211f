"""`aidip batch` end to end with the real mining engine: determinism, SIGKILL resume, gates."""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from aidip_cli.batch import BatchOptions, run_batch
from helpers import BINARY, ESSAYS, check_complete, kill_mid_run, snapshot

pytestmark = pytest.mark.skipif(
    importlib.util.find_spec("aidip_cli.mine.pipeline") is None,
    reason="the mining engine (aidip_cli.mine.pipeline) is not there yet",
)

CLI = "import aidip_cli.cli._batch_cmd; from aidip_cli.cli import main; main()"


def small_essays(folder: Path, n: int) -> list[Path]:
    """``n`` short essays (two paragraphs each) cut from the sample essays, in sub-folders."""
    sources = sorted(ESSAYS.glob("*.txt"))
    if not sources:
        pytest.skip("no sample essays in data/essays")
    paragraphs = [
        [p for p in src.read_text(encoding="utf-8").split("\n\n") if len(p.split()) > 12]
        for src in sources
    ]
    written = []
    for i in range(n):
        paras = paragraphs[i % len(paragraphs)]
        start = (i // len(paragraphs)) % max(1, len(paras) - 1)
        target = folder / f"part{i % 3}" / f"essay{i:03d}.txt"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text("\n\n".join(paras[start : start + 2]) + "\n", encoding="utf-8")
        written.append(target)
    return written


def test_real_engine_output_is_identical_with_one_and_two_workers(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    small_essays(tmp_path / "essays", 8)
    (tmp_path / "essays" / "binary.txt").write_bytes(BINARY)
    (tmp_path / "essays" / "empty.md").write_bytes(b"")
    monkeypatch.chdir(tmp_path)
    snaps = []
    for workers in (1, 2):
        out = f"out{workers}"
        options = BatchOptions(workers=workers, chunk_size=3, sarif=Path(out) / "aidip.sarif")
        result = run_batch(["essays"], out, options)
        assert (result.ok, result.errors) == (8, 2)
        snaps.append(snapshot(tmp_path / out))
    one, two = snaps
    assert sorted(one) == sorted(two)
    for name in one:
        assert one[name] == two[name], name


def test_real_engine_run_killed_with_sigkill_resumes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    n = 32
    small_essays(tmp_path / "essays", n)
    out = tmp_path / "out"
    cmd = [sys.executable, "-c", CLI, "batch", "essays", "-o", "out", "--workers", "1"]
    env = {**os.environ, "CI": "1"}
    monkeypatch.chdir(tmp_path)
    written = kill_mid_run(cmd, out, at_least=1, env=env)
    assert 1 <= written < n
    assert not (out / "index.jsonl").exists()
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    summary = json.loads((out / "summary.json").read_text())
    assert written - 8 <= summary["skipped"] <= written  # at most one chunk was not journaled
    check_complete(out, n)


def test_real_engine_gates_and_sarif_on_the_sample_essays(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # every fourth essay: enough figures to flag, in a quarter of the time of all of them
    sources = sorted(ESSAYS.glob("*.txt"))[::4]
    if not sources:
        pytest.skip("no sample essays in data/essays")
    monkeypatch.chdir(tmp_path)
    options = BatchOptions(workers=1, fail_on=("unattributed-number",), sarif="out.sarif")
    result = run_batch(sources, "out", options)
    flagged = sum(r.digest.stats.unattributed_numbers for r in result.records if r.digest)
    assert flagged, "no essay in the sample has a figure without a source: the gate is untested"
    assert result.exit_code == 1
    log = json.loads(Path("out.sarif").read_text())
    hits = [r for r in log["runs"][0]["results"] if r["ruleId"] == "aidip/unattributed-number"]
    assert len(hits) == flagged
    for hit in hits:  # each region holds the flagged unit's text, read back from the file
        location = hit["locations"][0]["physicalLocation"]
        region = location["region"]
        path = Path(location["artifactLocation"]["uri"].removeprefix("file://"))
        lines = path.read_text(encoding="utf-8").splitlines()
        start, end = region["startLine"], region["endLine"]
        chunk = "\n".join(lines[start - 1 : end])
        first_col = region["startColumn"] - 1
        tail = len(lines[end - 1]) - (region["endColumn"] - 1)
        assert chunk[first_col : len(chunk) - tail] == region["snippet"]["text"]


@pytest.mark.parametrize("workers", [1, 2])
def test_missing_spacy_pipeline_stops_the_batch_with_exit_4(
    tmp_path: Path, workers: int, capsys: pytest.CaptureFixture
) -> None:
    from aidip_cli.cli import run
    from aidip_cli.errors import LoadError

    small_essays(tmp_path / "essays", 2)
    options = BatchOptions(workers=workers, chunk_size=1, pipeline="no_such_pipeline_xyz")
    with pytest.raises(LoadError, match="no_such_pipeline_xyz"):
        run_batch([tmp_path / "essays"], tmp_path / "out", options)
    if workers == 1:
        argv = ["batch", str(tmp_path / "essays"), "-o", str(tmp_path / "out"), "-j", "1"]
        assert run([*argv, "--model", "no_such_pipeline_xyz"]) == 4
        assert "no_such_pipeline_xyz" in capsys.readouterr().err
