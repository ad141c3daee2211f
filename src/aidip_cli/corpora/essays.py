"""The project's own annotated op-eds: ``*.gold.json`` files next to their essays.

The format and the annotation guidelines are in ``data/essays/README.md``. :func:`load_gold`
gives the raw gold records (evaluation reads units, roles, relations and attribution from
them); :func:`gold_texts` gives the argument trees in the shape training takes.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ..argtree import ATTACK, SUPPORT, ArgTree
from ..errors import AidipError, CorpusError
from ..ingest import load_path
from ..ingest.document import Document
from .gold import GoldText

#: The split of an essay whose gold file says nothing, and of one kept away from development.
DEVELOPMENT = "development"
HELD_OUT = "held-out"


def normalise_text(text: str) -> str:
    """A unit's text as gold and analysis are matched: whitespace, case and closing
    punctuation aside."""
    return re.sub(r"\s+", " ", text).strip().rstrip(".,;:").lower()


def load_gold(directory: Path) -> list[tuple[Path, dict[str, Any]]]:
    """(essay path, gold record) for every gold file in ``directory``, in the order of their
    numbers (``9_`` before ``10_`` before ``100_``), then by name."""
    files = sorted(Path(directory).glob("*.gold.json"), key=_numbered)
    if not files:
        raise CorpusError(f"{directory}: no *.gold.json files")
    found = []
    for file in files:
        try:
            gold = json.loads(file.read_text(encoding="utf-8"))
            found.append((file.parent / gold["essay"], gold))
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise CorpusError(f"{file}: not a readable gold essay ({exc})") from None
    return found


def _numbered(path: Path) -> tuple[int, str]:
    head = path.name.split("_", 1)[0]
    return (int(head) if head.isdigit() else -1, path.name)


def _locate(text: str, unit: str, start: int) -> int:
    """Offset of ``unit`` in ``text`` (whitespace-insensitive), searching from ``start``."""
    pattern = re.compile(r"\s+".join(re.escape(w) for w in unit.split()))
    match = pattern.search(text, start) or pattern.search(text)
    return match.start() if match else -1


def _paragraphs(document: Document, offsets: Sequence[int]) -> list[int]:
    """Paragraph numbers (0, 1, ... without gaps) of offsets in the ingested text; an offset
    before the body (the headline) is a paragraph of its own before the first."""
    raw = [
        next((k for k, (_, end) in enumerate(document.paragraphs) if at < end), -1)
        if document.paragraphs and at >= document.paragraphs[0][0]
        else -1
        for at in offsets
    ]
    order = {p: i for i, p in enumerate(sorted(set(raw)))}
    return [order[p] for p in raw]


def gold_texts(directory: Path, *, split: str | None = None) -> tuple[list[GoldText], int]:
    """The essays' argument trees (background units left out); essays with fewer than two
    argumentative units are skipped and counted. A unit with no relation argues for the thesis.
    ``split`` keeps only the essays of that split (``development`` or ``held-out``).

    Units are found in the text as ingest reads it (HTML decoded, boilerplate set aside), so
    their paragraphs are the body paragraphs the analyser sees; a headline unit (``g0``) is
    a paragraph before the first.
    """
    texts: list[GoldText] = []
    skipped = 0
    for essay_path, gold in load_gold(directory):
        if split is not None and gold.get("split", DEVELOPMENT) != split:
            continue
        try:
            document = load_path(essay_path)
            essay = document.text
            units, relations, major = gold["units"], gold["relations"], gold["major_claim"]
        except (AidipError, KeyError, TypeError) as exc:
            raise CorpusError(f"{essay_path}: not a readable gold essay ({exc})") from None
        linked = {r["source"] for r in relations} | {r["target"] for r in relations} | {major}
        kept = [u for u in units if u["id"] in linked]
        if len(kept) < 2:
            skipped += 1
            continue
        offsets: list[int] = []
        cursor = 0
        for u in kept:
            at = _locate(essay, u["text"], cursor)
            offsets.append(max(at, 0))
            cursor = max(cursor, at)
        index = {u["id"]: i for i, u in enumerate(kept)}
        root = index[major]
        heads: dict[int, tuple[int, str]] = {}
        for r in relations:
            if r["source"] in index and r["target"] in index:
                label = ATTACK if r["type"] == "attack" else SUPPORT
                heads[index[r["source"]]] = (index[r["target"]], label)
        edges = [
            (i, *heads.get(i, (root, SUPPORT))) for i in range(len(kept)) if i != root
        ]  # a stray unit argues for the thesis
        texts.append(
            GoldText(
                id=gold["essay"],
                segments=[u["text"] for u in kept],
                tree=ArgTree.from_edges(len(kept), edges, root),
                paragraph_of=_paragraphs(document, offsets),
            )
        )
    return texts, skipped
