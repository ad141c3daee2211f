"""`aidip export`: saved analysis in, chosen format out; every bad input is one line on stderr."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from aidip_cli.errors import EXIT_INPUT, EXIT_USAGE
from aidip_cli.export.registry import FORMATS, export
from helpers import REPO, nasty_analysis, realistic_analysis

# The lead wires `export_cmd` into cli/__init__.py; importing it here registers it either way.
LAUNCH = "import sys; import aidip_cli.cli._export_cmd; from aidip_cli.cli import main; main()"


def aidip(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-c", LAUNCH, *args],
        input=stdin,
        capture_output=True,
        cwd=REPO,
        timeout=120,
    )


@pytest.fixture
def saved(tmp_path: Path) -> Path:
    path = tmp_path / "analysis.json"
    path.write_text(nasty_analysis().to_json(), encoding="utf-8")
    return path


def one_error_line(result: subprocess.CompletedProcess[bytes]) -> str:
    lines = result.stderr.decode("utf-8").splitlines()
    assert len(lines) == 1, lines
    assert lines[0].startswith("aidip: error: ")
    assert not result.stdout
    return lines[0]


def test_export_to_stdout_prints_the_format_bytes(saved: Path) -> None:
    result = aidip("export", str(saved), "--to", "argdown")
    assert result.returncode == 0, result.stderr
    assert result.stdout == export(nasty_analysis(), "argdown").encode("utf-8")


def test_output_extension_chooses_the_format(saved: Path, tmp_path: Path) -> None:
    out = tmp_path / "map.gv"
    result = aidip("export", str(saved), "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert out.read_text(encoding="utf-8") == export(nasty_analysis(), "dot")
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_explicit_format_wins_over_the_extension(saved: Path, tmp_path: Path) -> None:
    out = tmp_path / "table.txt"
    result = aidip("export", str(saved), "--to", "csv", "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert out.read_text(encoding="utf-8") == export(nasty_analysis(), "csv")


def test_stdin_is_read_with_a_dash() -> None:
    data = realistic_analysis().to_json().encode("utf-8")
    result = aidip("export", "-", "--to", "mermaid", stdin=data)
    assert result.returncode == 0, result.stderr
    assert result.stdout.decode("utf-8") == export(realistic_analysis(), "mermaid")


def test_missing_file_is_one_line(tmp_path: Path) -> None:
    result = aidip("export", str(tmp_path / "nope.json"), "--to", "aif")
    assert result.returncode == EXIT_USAGE
    assert "no such file" in one_error_line(result)


def test_malformed_json_is_one_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"schema_version": "1.0", "units": [', encoding="utf-8")
    result = aidip("export", str(bad), "--to", "aif")
    assert result.returncode == EXIT_INPUT
    assert "is not valid JSON" in one_error_line(result)


def test_foreign_json_is_named_as_such(tmp_path: Path) -> None:
    foreign = tmp_path / "graph.json"
    foreign.write_text(json.dumps({"nodes": [], "edges": [], "locutions": []}), encoding="utf-8")
    result = aidip("export", str(foreign), "--to", "dot")
    assert result.returncode == EXIT_INPUT
    assert "not an aidip analysis" in one_error_line(result)


def test_analysis_that_breaks_the_schema_says_where(tmp_path: Path) -> None:
    data = json.loads(realistic_analysis().to_json())
    del data["units"][2]["role"]
    broken = tmp_path / "broken.json"
    broken.write_text(json.dumps(data), encoding="utf-8")
    result = aidip("export", str(broken), "--to", "dot")
    assert result.returncode == EXIT_INPUT
    assert "units.2.role" in one_error_line(result)


def test_no_format_and_no_extension_asks_for_one(saved: Path, tmp_path: Path) -> None:
    result = aidip("export", str(saved), "-o", str(tmp_path / "out"))
    assert result.returncode == EXIT_USAGE
    assert "--to" in one_error_line(result)
    assert not (tmp_path / "out").exists()


def test_unknown_format_is_one_line(saved: Path) -> None:
    result = aidip("export", str(saved), "--to", "pdf")
    assert result.returncode == EXIT_USAGE
    assert "pdf" in one_error_line(result)


def test_output_into_a_missing_directory_is_one_line(saved: Path, tmp_path: Path) -> None:
    result = aidip("export", str(saved), "-o", str(tmp_path / "no" / "map.dot"))
    assert result.returncode == EXIT_USAGE
    assert "does not exist" in one_error_line(result)


def test_help_lists_every_format() -> None:
    result = aidip("export", "--help")
    assert result.returncode == 0
    for name in FORMATS:
        assert name in result.stdout.decode("utf-8")
