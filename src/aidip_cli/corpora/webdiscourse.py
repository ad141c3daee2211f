"""Read the web-discourse Toulmin corpus (``toulmin_gold.jsonl``: one document per line with
``id``, ``text`` and ``components`` — character spans ``begin``/``end`` with a Toulmin ``type``).

The corpus is Apache-2.0 and may be used to learn weights that ship; it is still read from the
path the user gives, never bundled.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from ..argtree import ATTACK, SUPPORT, ArgTree
from ..errors import CorpusError
from .gold import GoldText, paragraph_numbers

Span = tuple[int, int]
CLAIM_TYPES = frozenset({"Claim"})
PREMISE_TYPES = frozenset({"Premise", "Backing"})


@dataclass(frozen=True)
class Component:
    id: str
    type: str
    begin: int
    end: int
    implicit: bool = False

    @property
    def span(self) -> Span:
        return (self.begin, self.end)

    @property
    def explicit(self) -> bool:
        return not self.implicit and self.end > self.begin


@dataclass(frozen=True)
class WebDoc:
    id: str
    text: str
    components: list[Component]

    def spans(self, types: frozenset[str]) -> list[Span]:
        """Explicit spans of the given component types, in text order."""
        return sorted(c.span for c in self.components if c.type in types and c.explicit)

    @property
    def claim_status(self) -> str:
        """``explicit`` (≥1 explicit Claim), ``implicit`` (Claims, all implicit) or ``none``."""
        claims = [c for c in self.components if c.type in CLAIM_TYPES]
        if any(c.explicit for c in claims):
            return "explicit"
        return "implicit" if claims else "none"


def parse_document(line: str, *, source: str = "<string>") -> WebDoc:
    """One line of ``toulmin_gold.jsonl``."""
    try:
        data = json.loads(line)
        text = data["text"]
        components = [
            Component(
                id=str(c["id"]),
                type=str(c["type"]),
                begin=int(c["begin"]),
                end=int(c["end"]),
                implicit=bool(c.get("implicit", False)),
            )
            for c in data.get("components", [])
        ]
        doc = WebDoc(id=str(data["id"]), text=text, components=components)
    except json.JSONDecodeError as exc:
        raise CorpusError(f"{source}: not JSON ({exc.msg})") from None
    except (KeyError, TypeError, ValueError) as exc:
        raise CorpusError(f"{source}: missing or malformed field ({exc})") from None
    if not isinstance(text, str):
        raise CorpusError(f"{source}: 'text' is not a string")
    for c in components:
        if not 0 <= c.begin <= c.end <= len(text):
            raise CorpusError(
                f"{source}: component {c.id} span {c.begin}-{c.end} is outside the text"
            )
    return doc


def load_webdiscourse(path: str | Path) -> list[WebDoc]:
    """All documents of a Toulmin JSONL file, in file order."""
    file = Path(path)
    try:
        lines = file.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise CorpusError(f"{file}: cannot read ({exc.strerror or exc})") from None
    except UnicodeDecodeError:
        raise CorpusError(f"{file}: not UTF-8 text") from None
    docs = [
        parse_document(line, source=f"{file}:{number}")
        for number, line in enumerate(lines, start=1)
        if line.strip()
    ]
    if not docs:
        raise CorpusError(f"{file}: no documents")
    return docs


def gold_texts(docs: list[WebDoc]) -> tuple[list[GoldText], int]:
    """The documents as gold texts: every component argues for the first explicit claim.

    Rebuttals attack the claim; a refutation attacks the nearest rebuttal before it (or the
    claim's nearest rebuttal when none precedes it). Documents that cannot form a tree (no
    explicit claim, a single component) are skipped and counted.
    """
    texts: list[GoldText] = []
    skipped = 0
    for doc in docs:
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
        edges: list[tuple[int, int, str]] = []
        for i, c in enumerate(parts):
            if i == root:
                continue
            if c.type == "Refutation" and rebuttals:
                before = [r for r in rebuttals if r < i]
                edges.append((i, before[-1] if before else rebuttals[0], ATTACK))
            else:
                edges.append((i, root, ATTACK if c.type == "Rebuttal" else SUPPORT))
        texts.append(
            GoldText(
                id=doc.id,
                segments=[doc.text[c.begin : c.end] for c in parts],
                tree=ArgTree.from_edges(len(parts), edges, root),
                paragraph_of=paragraph_numbers(doc.text, [c.begin for c in parts]),
            )
        )
    return texts, skipped
