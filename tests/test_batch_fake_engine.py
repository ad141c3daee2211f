"""A tiny stand-in for the mining engine, so batch tests do not depend on its rules.

It builds small but valid :class:`Analysis` objects from the ingested document: one unit per
sentence; the first sentence is the major claim (unless the text says NO-MAJOR), sentences with
"must"/"should" are normative claims, sentences with digits are statistical premises (named
source when they say "according to"), every premise supports the nearest claim before it.
``fake_analyse_documents`` is module-level so spawned batch workers can import it; it sleeps
``AIDIP_FAKE_DELAY`` seconds per document (for the kill test), logs its process id to
``AIDIP_FAKE_PID_LOG`` (to see the pool at work) and raises on "RAISE-UNEXPECTED".
"""

from __future__ import annotations

import os
import re
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

from aidip_cli import __version__
from aidip_cli.ingest import load_text
from aidip_cli.ingest.document import Document
from aidip_cli.mine.stats import compute_stats
from aidip_cli.model import (
    Analysis,
    Attribution,
    AttributionStatus,
    Kind,
    Paragraph,
    Quantity,
    Relation,
    RelationType,
    Role,
    Source,
    Tool,
    Unit,
)

_SENTENCE = re.compile(r"(?:[^.!?\n]|[.!?](?=\S))+[.!?]?")
_NUMBER = re.compile(r"\d+(?:\.\d+)?")
_ACTORS = ("China", "United States", "European Union")


def _units(document: Document) -> list[Unit]:
    text = document.text
    units: list[Unit] = []
    no_major = "NO-MAJOR" in text
    for p_index, (p_start, p_end) in enumerate(document.paragraphs):
        for match in _SENTENCE.finditer(text, p_start, p_end):
            raw = match.group()
            start = match.start() + (len(raw) - len(raw.lstrip()))
            end = match.end() - (len(raw) - len(raw.rstrip()))
            if end <= start:
                continue
            sentence = text[start:end]
            kinds: list[Kind] = []
            role = Role.PREMISE
            if not units and not no_major:
                role = Role.MAJOR_CLAIM
            elif re.search(r"\b(must|should)\b", sentence):
                role = Role.CLAIM
                kinds.append(Kind.NORMATIVE)
            quantities = [
                Quantity(
                    start=start + m.start(),
                    end=start + m.end(),
                    text=m.group(),
                    kind="count",
                    value=float(m.group()),
                    unit="count",
                )
                for m in _NUMBER.finditer(sentence)
            ]
            attribution = Attribution()
            if quantities:
                kinds.append(Kind.STATISTICAL)
                if "according to" in sentence.lower():
                    attribution = Attribution(
                        status=AttributionStatus.NAMED, source="a named body", cue="according to"
                    )
            units.append(
                Unit(
                    start=start,
                    end=end,
                    text=sentence,
                    id=f"u{len(units) + 1}",
                    paragraph=p_index,
                    sentence=len(units),
                    role=role,
                    role_confidence=0.5,
                    kinds=kinds,
                    quantities=quantities,
                    attribution=attribution,
                    actors=[a for a in _ACTORS if a in sentence],
                )
            )
    return units


def _relations(units: list[Unit]) -> list[Relation]:
    relations: list[Relation] = []
    target: Unit | None = None
    for unit in units:
        if unit.role in (Role.MAJOR_CLAIM, Role.CLAIM):
            target = unit
        elif target is not None:
            relations.append(
                Relation(
                    id=f"r{len(relations) + 1}",
                    source=unit.id,
                    target=target.id,
                    type=RelationType.SUPPORT,
                    confidence=0.5,
                    cue="fake",
                    cue_kind="structural",
                )
            )
    return relations


def fake_analysis(document: Document) -> Analysis:
    if "RAISE-UNEXPECTED" in document.text:
        raise RuntimeError("the fake engine was told to fail")
    units = _units(document)
    relations = _relations(units)
    major = next((u.id for u in units if u.role == Role.MAJOR_CLAIM), None)
    paragraphs = [
        Paragraph(start=s, end=e, text=document.text[s:e], index=i)
        for i, (s, e) in enumerate(document.paragraphs)
    ]
    stats = compute_stats(units, relations, paragraphs, excluded=len(document.excluded))
    return Analysis(
        tool=Tool(version=__version__, engine="fake", spacy_model="none"),
        source=Source(
            path=document.path,
            sha256=document.sha256,
            encoding=document.encoding,
            format=document.format,
            bytes=document.nbytes,
        ),
        text=document.text,
        metadata=document.metadata,
        excluded=list(document.excluded),
        paragraphs=paragraphs,
        units=units,
        relations=relations,
        major_claim=major,
        stats=stats,
    )


def fake_analyse_documents(
    documents: Iterable[Document],
    *,
    spacy_model: str | None = None,
    engine: str | None = None,
    batch_size: int = 64,
) -> Iterator[Analysis]:
    delay = float(os.environ.get("AIDIP_FAKE_DELAY", "0"))
    pid_log = os.environ.get("AIDIP_FAKE_PID_LOG")
    if pid_log:
        with open(pid_log, "a", encoding="utf-8") as handle:
            handle.write(f"{os.getpid()}\n")
    for document in documents:
        if delay:
            time.sleep(delay)
        yield fake_analysis(document)


CLEAN = (
    "Diplomacy must adapt to the age of AI. According to the OECD, 40 percent of states lack "
    "an AI strategy.\n\nGovernments should fund verification labs for China and the United "
    "States. According to the UN, 12 labs exist today.\n"
)
UNATTRIBUTED = "Diplomacy must adapt to AI. Experts say 15.7 trillion dollars are at stake.\n"
UNSUPPORTED = "Diplomacy must adapt to AI. The UN should lead the talks.\n"
NO_MAJOR = "NO-MAJOR marks this essay. It has 3 premises according to the editor.\n"
BINARY = bytes(range(256)) * 8
# A UTF-16 file cut in the middle of a character: its BOM promises text that cannot be decoded.
UNDECODABLE = b"\xff\xfe" + "Diplomacy must adapt to AI.".encode("utf-16-le")[:-1]


def make_tree(root: Path) -> Path:
    """A folder like a real one: nested dirs, same names, bad files and a symlink loop."""
    files: dict[str, bytes] = {
        "a/x.txt": CLEAN.encode(),
        "a/x.md": CLEAN.replace("40", "41").encode(),
        "b/x.txt": CLEAN.replace("12", "13").encode(),
        "b/deep/c/y.txt": UNATTRIBUTED.encode(),
        "top.html": f"<html><body><p>{CLEAN}</p></body></html>".encode(),
        "notes.rst": CLEAN.encode(),
        "bad/binary.txt": BINARY,
        "bad/empty.txt": b"",
        "bad/undecodable.txt": UNDECODABLE,
    }
    for rel, data in files.items():
        target = root / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
    (root / "b" / "deep" / "loop").symlink_to("../..", target_is_directory=True)
    return root


def test_fake_engine_builds_valid_analyses_whose_offsets_hold() -> None:
    text = (
        "Diplomacy must adapt to AI. China spent 12 billion last year.\n\n"
        "According to the OECD, 40 percent of states lack a strategy. The UN should lead."
    )
    analysis = fake_analysis(load_text(text))
    assert analysis.major_claim == "u1"
    for unit in analysis.units:
        assert analysis.text[unit.start : unit.end] == unit.text
        for q in unit.quantities:
            assert analysis.text[q.start : q.end] == q.text
    named = [u.attribution.status for u in analysis.units if Kind.STATISTICAL in u.kinds]
    assert named == [AttributionStatus.NONE, AttributionStatus.NAMED]
    assert Analysis.model_validate_json(analysis.to_json()) == analysis
