"""Shared fixtures: where the repo, the sample essays and the (optional) ../shared folder are."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import ESSAY_FILES, MICROTEXTS, RECOGNIZERS, SEED, WEBDISCOURSE, analysis_of, need


@pytest.fixture(scope="session")
def seed_path() -> Path:
    return need(SEED, "the reference op-ed")


@pytest.fixture(scope="session")
def microtexts_dir() -> Path:
    return need(MICROTEXTS, "the microtext corpus")


@pytest.fixture(scope="session")
def webdiscourse_file() -> Path:
    return need(WEBDISCOURSE, "the web discourse corpus")


@pytest.fixture(scope="session")
def recognizers_dir() -> Path:
    return need(RECOGNIZERS, "the Recognizers-Text English specs")


@pytest.fixture(scope="session")
def seed_analysis_if_shared():  # type: ignore[no-untyped-def]
    """The reference op-ed's analysis, or None without ../shared."""
    from aidip_cli import analyse_path

    return analyse_path(SEED) if SEED.exists() else None


@pytest.fixture(scope="session")
def seed_analysis(seed_path: Path, seed_analysis_if_shared):  # type: ignore[no-untyped-def]
    return seed_analysis_if_shared


@pytest.fixture(scope="session")
def bundled_analyses(seed_analysis_if_shared):  # type: ignore[no-untyped-def]
    """Analyses of every bundled essay (shared with the other modules: never change them), and of
    the reference op-ed when ../shared is there."""
    analyses = [analysis_of(p) for p in ESSAY_FILES]
    return analyses + ([seed_analysis_if_shared] if seed_analysis_if_shared else [])
