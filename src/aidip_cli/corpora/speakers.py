"""The speaker probes: short passages, each with reported statements whose speaker is a pronoun
or a title, and the person (or body) the reader should resolve it to.

The format is in ``data/probes/README.md``. :func:`load_speaker_probes` checks that every
expectation points at a sentence of its passage, so a typo in the file fails loudly instead of
scoring as a miss.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import CorpusError

DEVELOPMENT = "development"
HELD_OUT = "held-out"


@dataclass(frozen=True)
class SpeakerExpectation:
    starts: str  # the first words of the sentence that reports the statement
    source: str  # the words that refer to the speaker ("she", "the minister")
    speaker: str | None  # the name the reader resolves them to; None: no name can be given
    offset: int  # where ``starts`` begins in the passage


@dataclass(frozen=True)
class SpeakerProbe:
    id: str
    text: str
    split: str
    expectations: tuple[SpeakerExpectation, ...]


def load_speaker_probes(path: Path) -> list[SpeakerProbe]:
    """Every probe of a ``speakers.json`` file (development and held-out)."""
    try:
        raw = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise CorpusError(f"{path}: not a readable speaker-probe file ({exc})") from None
    if not isinstance(raw, list) or not raw:
        raise CorpusError(f"{path}: expected a non-empty JSON list of probes")
    return [_probe(path, item) for item in raw]


def _probe(path: Path, item: Any) -> SpeakerProbe:
    try:
        text = str(item["text"])
        expectations = []
        for e in item["expect"]:
            offset = text.find(e["starts"])
            if offset < 0 or e["source"] not in text[offset:]:
                raise ValueError(f"{e['starts']!r} / {e['source']!r} not in the passage")
            expectations.append(SpeakerExpectation(e["starts"], e["source"], e["speaker"], offset))
        split = HELD_OUT if item.get("split") == HELD_OUT else DEVELOPMENT
        return SpeakerProbe(str(item["id"]), text, split, tuple(expectations))
    except (KeyError, TypeError, ValueError) as exc:
        where = item.get("id", "?") if isinstance(item, dict) else "?"
        raise CorpusError(f"{path}: probe {where}: {exc}") from None
