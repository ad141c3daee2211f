"""Helpers shared by the test modules: where things are, and how to skip without ../shared.

Test modules import from here (``from helpers import ...``), never from each other.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
ESSAYS = REPO / "data" / "essays"
#: The shared folder with the corpora and the reference op-ed; ``AIDIP_SHARED`` overrides it.
SHARED = Path(os.environ.get("AIDIP_SHARED", REPO.parent / "shared"))
SEED = SHARED / "seeds" / "000_76ae3af1bec495f9.txt"
MICROTEXTS = SHARED / "corpora" / "microtexts1"
WEBDISCOURSE = SHARED / "corpora" / "webdiscourse" / "toulmin_gold.jsonl"
RECOGNIZERS = SHARED / "corpora" / "recognizers-text"


def need(path: Path, what: str) -> Path:
    """``path``, or skip the test saying what is missing and where it was looked for."""
    if not path.exists():
        pytest.skip(
            f"{what} not found at {path} (set AIDIP_SHARED; ../shared is present in CI and on "
            "dev machines)"
        )
    return path
