"""Lexicons as data files: discourse markers, modality cues, attribution cues, domain entities.

Each file is JSON so a user can read and extend it; this module loads them once.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any


@cache
def load(name: str) -> dict[str, Any]:
    """Load ``lexicons/<name>.json`` (cached; the ``_doc`` key is dropped)."""
    raw = resources.files(__package__).joinpath(f"{name}.json").read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(raw)
    data.pop("_doc", None)
    return data
