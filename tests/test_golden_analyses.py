"""The analysis JSON of every bundled essay and of the reference op-ed does not drift unnoticed.

A change meant to leave the analysis alone (a refactor, a speed-up) must give byte-identical
JSON; a change meant to alter it regenerates the golden files on purpose and the diff shows
what moved:

    AIDIP_UPDATE_GOLDEN=1 .venv/bin/python -m pytest tests/test_golden_analyses.py

The reference op-ed is not ours to copy, so only the SHA-256 of its analysis is kept.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

from aidip_cli import analyse_path
from helpers import ESSAY_FILES, REPO, analysis_of

GOLDEN = REPO / "tests" / "golden"
UPDATE = os.environ.get("AIDIP_UPDATE_GOLDEN") == "1"


def _check(produced: str, golden: Path) -> None:
    if UPDATE:
        golden.write_text(produced, encoding="utf-8")
    assert golden.exists(), f"{golden.name} missing: run with AIDIP_UPDATE_GOLDEN=1"
    assert produced == golden.read_text(encoding="utf-8"), f"{golden.name} changed"


@pytest.mark.parametrize("essay", ESSAY_FILES, ids=lambda p: p.stem)
def test_bundled_essay_analysis_is_byte_identical_to_its_golden_file(essay: Path) -> None:
    # The JSON records the path under the repository, so it does not depend on the checkout.
    produced = analysis_of(essay).to_json()
    _check(produced, GOLDEN / f"{essay.stem}.analysis.json")


def test_reference_oped_analysis_hash_is_unchanged(seed_path: Path) -> None:
    # The path recorded in the JSON is normalised so the hash does not depend on the checkout.
    analysis = analyse_path(seed_path)
    analysis.source.path = seed_path.name
    digest = hashlib.sha256(analysis.to_json().encode("utf-8")).hexdigest()
    _check(digest + "\n", GOLDEN / "seed.analysis.sha256")
