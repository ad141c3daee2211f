"""Gold trees for training, read from the three corpora ``aidip train`` accepts.

Each reader returns :class:`~aidip_cli.evaluate.training.TrainingText` objects (segments, 0-based
heads, support/attack labels, root, paragraphs), the shape :func:`aidip_cli.mine.learn.train`
takes. Texts that cannot form a tree (no explicit claim, a single unit) are skipped, and the
count of skipped texts is returned so the command can say so.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from ..errors import InputError
from ..evaluate.training import TrainingText

_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
_SUPPORT_TYPES = {"Premise", "Backing", "ArgumentComponent", "Claim"}


def _paragraphs(text: str, starts: list[int]) -> list[int]:
    """Paragraph numbers (0, 1, ... without gaps) of the given character offsets."""
    breaks = [m.start() for m in _PARAGRAPH_BREAK.finditer(text)]
    raw = [sum(1 for b in breaks if b < s) for s in starts]
    order = {p: i for i, p in enumerate(sorted(set(raw)))}
    return [order[p] for p in raw]


def microtext_examples(directory: Path) -> tuple[list[TrainingText], int]:
    """The microtext corpus (arggraph XML) as training texts."""
    from ..evaluate.microtexts import load_corpus
    from ..evaluate.training import training_text

    return [training_text(m) for m in load_corpus(directory)], 0


def webdiscourse_examples(path: Path) -> tuple[list[TrainingText], int]:
    """The Toulmin corpus: every component argues for the document's first explicit claim.

    Rebuttals attack the claim; a refutation attacks the nearest rebuttal before it (or the
    claim's nearest rebuttal when none precedes it).
    """
    from ..evaluate.webdiscourse import load_webdiscourse

    file = path / "toulmin_gold.jsonl" if path.is_dir() else path
    examples: list[TrainingText] = []
    skipped = 0
    for doc in load_webdiscourse(file):
        parts = sorted(
            (c for c in doc.components if c.explicit and c.end > c.begin),
            key=lambda c: (c.begin, c.end),
        )
        claims = [i for i, c in enumerate(parts) if c.type == "Claim"]
        if not claims or len(parts) < 2:
            skipped += 1
            continue
        root = claims[0]
        rebuttals = [i for i, c in enumerate(parts) if c.type == "Rebuttal"]
        heads: list[int | None] = []
        labels: list[str | None] = []
        for i, c in enumerate(parts):
            if i == root:
                heads.append(None)
                labels.append(None)
            elif c.type == "Refutation" and rebuttals:
                before = [r for r in rebuttals if r < i]
                heads.append(before[-1] if before else rebuttals[0])
                labels.append("attack")
            else:
                heads.append(root)
                labels.append("attack" if c.type == "Rebuttal" else "support")
        examples.append(
            TrainingText(
                segments=[doc.text[c.begin : c.end] for c in parts],
                heads=heads,
                labels=labels,
                root=root,
                paragraph_of=_paragraphs(doc.text, [c.begin for c in parts]),
            )
        )
    return examples, skipped


def _locate(text: str, unit: str, start: int) -> int:
    """Offset of ``unit`` in ``text`` (whitespace-insensitive), searching from ``start``."""
    pattern = r"\s+".join(re.escape(w) for w in unit.split())
    match = re.compile(pattern).search(text, start) or re.compile(pattern).search(text)
    return match.start() if match else -1


def essay_examples(directory: Path) -> tuple[list[TrainingText], int]:
    """The project's gold essays (``*.gold.json`` next to their essay file)."""
    files = sorted(directory.glob("*.gold.json"))
    if not files:
        raise InputError(f"{directory}: no *.gold.json files")
    examples: list[TrainingText] = []
    skipped = 0
    for file in files:
        try:
            gold = json.loads(file.read_text(encoding="utf-8"))
            essay = (file.parent / gold["essay"]).read_text(encoding="utf-8")
            units = gold["units"]
            relations = gold["relations"]
            major = gold["major_claim"]
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise InputError(f"{file}: not a readable gold essay ({exc})") from None
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
        heads: list[int | None] = [None] * len(kept)
        labels: list[str | None] = [None] * len(kept)
        for r in relations:
            if r["source"] in index and r["target"] in index:
                heads[index[r["source"]]] = index[r["target"]]
                labels[index[r["source"]]] = "attack" if r["type"] == "attack" else "support"
        root = index[major]
        for i in range(len(kept)):  # a stray unit argues for the thesis
            if i != root and heads[i] is None:
                heads[i], labels[i] = root, "support"
        examples.append(
            TrainingText(
                segments=[u["text"] for u in kept],
                heads=heads,
                labels=labels,
                root=root,
                paragraph_of=_paragraphs(essay, offsets),
            )
        )
    return examples, skipped


READERS = {
    "microtexts": microtext_examples,
    "webdiscourse": webdiscourse_examples,
    "essays": essay_examples,
}
