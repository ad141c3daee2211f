"""Shared fixtures: where the repo, the sample essays and the (optional) ../shared folder are."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
ESSAYS = REPO / "data" / "essays"
SHARED = Path(os.environ.get("AIDIP_SHARED", REPO.parent / "shared"))
SEED = SHARED / "seeds" / "000_76ae3af1bec495f9.txt"
MICROTEXTS = SHARED / "corpora" / "microtexts1"
WEBDISCOURSE = SHARED / "corpora" / "webdiscourse" / "toulmin_gold.jsonl"


def _need(path: Path, what: str) -> Path:
    if not path.exists():
        pytest.skip(
            f"{what} not found at {path} (../shared is only present in CI and dev machines)"
        )
    return path


@pytest.fixture(scope="session")
def seed_path() -> Path:
    return _need(SEED, "the reference op-ed")


@pytest.fixture(scope="session")
def microtexts_dir() -> Path:
    return _need(MICROTEXTS, "the microtext corpus")


@pytest.fixture(scope="session")
def webdiscourse_file() -> Path:
    return _need(WEBDISCOURSE, "the web discourse corpus")


@pytest.fixture(scope="session")
def seed_analysis(seed_path: Path):  # type: ignore[no-untyped-def]
    from aidip_cli import analyse_path

    return analyse_path(seed_path)
