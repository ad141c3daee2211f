"""Shared fixtures: where the repo, the sample essays and the (optional) ../shared folder are."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import ESSAYS, MICROTEXTS, RECOGNIZERS, SEED, WEBDISCOURSE, need


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
def seed_analysis(seed_path: Path):  # type: ignore[no-untyped-def]
    from aidip_cli import analyse_path

    return analyse_path(seed_path)


@pytest.fixture(scope="session")
def bundled_analyses():  # type: ignore[no-untyped-def]
    """Analyses of every bundled essay, and of the reference op-ed when ../shared is there."""
    from aidip_cli import analyse_path

    paths = sorted(p for p in ESSAYS.iterdir() if p.suffix in {".txt", ".md", ".html"})
    if SEED.exists():
        paths.append(SEED)
    return [analyse_path(p) for p in paths]
