"""Documents in, analyses out: parse body paragraphs, mine units and relations, fill the model.

Paragraphs of many documents stream through one ``nlp.pipe`` call, so a batch pays spaCy's
per-call overhead once; everything after the parse works on plain features.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from .. import __version__
from ..ingest.document import Document
from ..model import (
    Analysis,
    Metadata,
    Paragraph,
    Quantity,
    Relation,
    RelationType,
    Role,
    Source,
    Tool,
    Unit,
)
from .attribution import resolve_anaphora
from .engine import get_scorer, mine_units
from .features import UnitFeatures, unit_features
from .stats import compute_stats
from .units import RawUnit, segment_paragraph

if TYPE_CHECKING:
    from spacy.tokens import Doc


def mine_documents(
    documents: Iterable[Document],
    *,
    spacy_model: str | None = None,
    engine: str | None = None,
    batch_size: int = 64,
) -> Iterator[Analysis]:
    from ..nlp import get_nlp, model_label

    nlp = get_nlp(spacy_model)
    scorer = get_scorer(engine)
    tool = Tool(version=__version__, engine=scorer.name, spacy_model=model_label(nlp))
    pending: deque[Document] = deque()

    def paragraphs() -> Iterator[tuple[str, tuple[int, int]]]:
        for doc_index, document in enumerate(documents):
            pending.append(document)
            if not document.paragraphs:
                yield "", (doc_index, -1)  # a marker so the empty document is emitted in order
            for p_index, (start, end) in enumerate(document.paragraphs):
                yield document.text[start:end], (doc_index, p_index)

    current: list[Doc] = []
    current_index = 0
    for parsed, (doc_index, p_index) in nlp.pipe(
        paragraphs(), as_tuples=True, batch_size=batch_size
    ):
        if doc_index != current_index:
            yield _build(pending.popleft(), current, tool, scorer)
            current, current_index = [], doc_index
        if p_index >= 0:
            current.append(parsed)
    if pending:
        yield _build(pending.popleft(), current, tool, scorer)


def _build(document: Document, parsed: list[Doc], tool: Tool, scorer) -> Analysis:  # type: ignore[no-untyped-def]
    raw: list[RawUnit] = []
    sentence = 0
    for p_index, doc in enumerate(parsed):
        offset = document.paragraphs[p_index][0]
        units = segment_paragraph(doc, offset=offset, paragraph=p_index, first_sentence=sentence)
        if units:
            sentence = units[-1].sentence + 1
        raw.extend(units)
    features = _features(raw, n_paragraphs=len(parsed))
    tree, scores = mine_units(features, scorer) if features else (None, [])
    return _analysis(document, raw, features, tree, scores, tool)


def _features(raw: list[RawUnit], *, n_paragraphs: int) -> list[UnitFeatures]:
    sizes: dict[int, int] = {}
    for unit in raw:
        sizes[unit.paragraph] = sizes.get(unit.paragraph, 0) + 1
    seen: dict[int, int] = {}
    features = []
    for i, unit in enumerate(raw):
        pos = seen.get(unit.paragraph, 0)
        seen[unit.paragraph] = pos + 1
        features.append(
            unit_features(
                unit.span,
                index=i,
                paragraph=unit.paragraph,
                n_paragraphs=n_paragraphs,
                position_in_paragraph=pos,
                paragraph_size=sizes[unit.paragraph],
                split_connective=unit.split_connective,
            )
        )
    attributions = [f.attribution for f in features]
    resolve_anaphora(
        [f.text for f in features],
        [f.paragraph for f in features],
        [unit.sentence for unit in raw],
        attributions,
    )
    for f, attribution in zip(features, attributions, strict=True):
        f.attribution = attribution
    return features


def _analysis(document, raw, features, tree, scores, tool) -> Analysis:  # type: ignore[no-untyped-def]
    from .roles import assign_roles

    text = document.text
    ids = [f"u{i + 1}" for i in range(len(raw))]
    roles = assign_roles(features, tree, scores) if tree is not None else []
    units: list[Unit] = []
    for i, (r, f) in enumerate(zip(raw, features, strict=True)):
        role, confidence = roles[i]
        span_offset = r.start - r.span.start_char
        quantities = [
            Quantity(
                start=q.start + span_offset,
                end=q.end + span_offset,
                text=text[q.start + span_offset : q.end + span_offset],
                kind=q.kind,  # type: ignore[arg-type]
                value=q.value,
                unit=q.unit,
                qualifier=q.qualifier,  # type: ignore[arg-type]
                horizon=q.horizon,
            )
            for q in f.quantities
        ]
        markers = [m.text for m in ([f.opener] if f.opener else []) + f.inner]
        units.append(
            Unit(
                id=ids[i],
                start=r.start,
                end=r.end,
                text=r.text,
                paragraph=r.paragraph,
                sentence=r.sentence,
                role=role,
                role_confidence=round(confidence, 4),
                kinds=list(f.kinds),
                hedges=f.hedges,
                boosters=f.boosters,
                markers=markers,
                attribution=f.attribution,
                quantities=quantities,
                actors=f.actors,
            )
        )
    relations: list[Relation] = []
    if tree is not None:
        for n, edge in enumerate(sorted(tree.edges, key=lambda e: e.source), start=1):
            relations.append(
                Relation(
                    id=f"r{n}",
                    source=ids[edge.source],
                    target=ids[edge.target],
                    type=RelationType.ATTACK if edge.score.attack >= 0.5 else RelationType.SUPPORT,
                    confidence=round(edge.score.weight, 4),
                    cue=edge.score.cue,
                    cue_kind=edge.score.cue_kind,  # type: ignore[arg-type]
                )
            )
    major = next((u.id for u in units if u.role == Role.MAJOR_CLAIM), None)
    paragraphs = [
        Paragraph(index=i, start=s, end=e, text=text[s:e])
        for i, (s, e) in enumerate(document.paragraphs)
    ]
    return Analysis(
        tool=tool,
        source=Source(
            path=document.path,
            sha256=document.sha256,
            encoding=document.encoding,
            format=document.format,
            bytes=document.nbytes,
        ),
        text=text,
        metadata=document.metadata or Metadata(),
        excluded=list(document.excluded),
        paragraphs=paragraphs,
        units=units,
        relations=relations,
        major_claim=major,
        stats=compute_stats(units, relations, paragraphs, excluded=len(document.excluded)),
    )
