"""Documents in, analyses out: parse body paragraphs, mine units and relations, fill the model.

Paragraphs of many documents stream through one ``nlp.pipe`` call, so a batch pays spaCy's
per-call overhead once; everything after the parse works on plain features.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeVar

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
from .scoring import Scorer
from .stats import compute_stats
from .units import segment_paragraph

if TYPE_CHECKING:
    from spacy.tokens import Doc

#: Longest stretch of text handed to spaCy as one Doc. A paragraph longer than this (a pasted
#: log, a text without blank lines or punctuation) is parsed in pieces cut at a sentence end or
#: a space, so memory and time stay bounded and spaCy's own ``max_length`` is never reached.
MAX_PIECE_CHARS = 20_000
T = TypeVar("T")
#: Characters per ``nlp.pipe`` batch: about 64 ordinary paragraphs, or two maximal pieces.
BATCH_CHARS = 40_000
_SENTENCE_END = re.compile(r"[.!?]['\"\u2019\u201d)]*\s")


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

    def paragraphs() -> Iterator[tuple[str, tuple[int, int, int]]]:
        for doc_index, document in enumerate(documents):
            pending.append(document)
            if not document.paragraphs:
                yield "", (doc_index, -1, 0)  # a marker so the empty document is emitted in order
            for p_index, (start, end) in enumerate(document.paragraphs):
                for piece_start, piece_end in pieces(document.text, start, end):
                    yield document.text[piece_start:piece_end], (doc_index, p_index, piece_start)

    def parsed_pieces() -> Iterator[tuple[Doc, tuple[int, int, int]]]:
        for batch in _batches(paragraphs(), batch_size, BATCH_CHARS):
            yield from nlp.pipe(batch, as_tuples=True, batch_size=len(batch))

    current: _DocumentUnits | None = None
    current_index = 0
    for parsed, (doc_index, p_index, offset) in parsed_pieces():
        if doc_index != current_index:
            yield _build(pending.popleft(), current, tool, scorer)
            current, current_index = None, doc_index
        if p_index >= 0:
            if current is None:
                current = _DocumentUnits(len(pending[0].paragraphs))
            current.add(parsed, paragraph=p_index, offset=offset)
    if pending:
        yield _build(pending.popleft(), current, tool, scorer)


def _batches(
    items: Iterable[tuple[str, T]], max_items: int, max_chars: int
) -> Iterator[list[tuple[str, T]]]:
    """Group texts for ``nlp.pipe`` by count and by characters.

    spaCy's memory for a batch grows with the characters in it (about 2 KB per character of a
    long text, measured), so a batch of a few huge pieces must be smaller than a batch of
    ordinary paragraphs.
    """
    batch: list[tuple[str, T]] = []
    chars = 0
    for text, context in items:
        if batch and (len(batch) >= max_items or chars + len(text) > max_chars):
            yield batch
            batch, chars = [], 0
        batch.append((text, context))
        chars += len(text)
    if batch:
        yield batch


#: A parsed piece of a paragraph: the Doc, the paragraph index, the piece's document offset.
Parsed = tuple["Doc", int, int]


def pieces(text: str, start: int, end: int, limit: int = MAX_PIECE_CHARS) -> list[tuple[int, int]]:
    """``[start, end)`` cut into spans of at most ``limit`` characters that cover it exactly.

    Cuts fall after the last sentence end in the second half of a window, else after its last
    whitespace, else (one enormous token) at the limit itself.
    """
    spans: list[tuple[int, int]] = []
    while end - start > limit:
        window_end = start + limit
        cut = _cut(text, start + limit // 2, window_end)
        spans.append((start, cut))
        start = cut
    spans.append((start, end))
    return spans


def _cut(text: str, low: int, high: int) -> int:
    last = None
    for last in _SENTENCE_END.finditer(text, low, high):  # noqa: B007 - we want the last one
        pass
    if last is not None:
        return last.end()
    space = max(text.rfind(" ", low, high), text.rfind("\n", low, high))
    return space + 1 if space >= 0 else high


@dataclass(frozen=True)
class _Unit:
    """What the model needs of a :class:`RawUnit` once its features are computed.

    Keeping this instead of the RawUnit lets each piece's spaCy ``Doc`` (tokens plus the tok2vec
    tensor, several hundred bytes per token) be freed as soon as it is mined, so memory follows
    the analysis, not the parse of the whole input (measured in ``make bench``).
    """

    start: int
    end: int
    text: str
    paragraph: int
    sentence: int
    span_offset: int  # document offset minus offset within the parsed piece


class _DocumentUnits:
    """Units and features of one document, filled piece by piece as the parses arrive."""

    def __init__(self, n_paragraphs: int) -> None:
        self.n_paragraphs = n_paragraphs
        self.units: list[_Unit] = []
        self.features: list[UnitFeatures] = []
        self.next_sentence = 0
        self._paragraph_start = 0  # index of the first unit of the current paragraph

    def add(self, doc: Doc, *, paragraph: int, offset: int) -> None:
        """Mine one parsed piece of ``paragraph`` (pieces of a paragraph arrive in order)."""
        if self.features and self.features[-1].paragraph != paragraph:
            self._paragraph_start = len(self.features)
        raw = segment_paragraph(
            doc, offset=offset, paragraph=paragraph, first_sentence=self.next_sentence
        )
        if raw:
            self.next_sentence = raw[-1].sentence + 1
        for unit in raw:
            self.features.append(
                unit_features(
                    unit.span,
                    index=len(self.features),
                    paragraph=unit.paragraph,
                    n_paragraphs=self.n_paragraphs,
                    position_in_paragraph=len(self.features) - self._paragraph_start,
                    paragraph_size=0,  # known once the paragraph is complete; see finish()
                    split_connective=unit.split_connective,
                )
            )
            self.units.append(
                _Unit(
                    unit.start,
                    unit.end,
                    unit.text,
                    unit.paragraph,
                    unit.sentence,
                    unit.start - unit.span.start_char,
                )
            )

    def finish(self) -> None:
        """Fill in paragraph sizes and carry attribution across units (needs every unit)."""
        sizes: dict[int, int] = {}
        for f in self.features:
            sizes[f.paragraph] = sizes.get(f.paragraph, 0) + 1
        for f in self.features:
            f.paragraph_size = sizes[f.paragraph]
        attributions = [f.attribution for f in self.features]
        resolve_anaphora(
            [f.text for f in self.features],
            [f.paragraph for f in self.features],
            [unit.sentence for unit in self.units],
            attributions,
        )
        for f, attribution in zip(self.features, attributions, strict=True):
            f.attribution = attribution


def _build(
    document: Document, parsed: _DocumentUnits | None, tool: Tool, scorer: Scorer
) -> Analysis:
    parsed = parsed or _DocumentUnits(len(document.paragraphs))
    parsed.finish()
    features = parsed.features
    tree, scores = mine_units(features, scorer) if features else (None, [])
    return _analysis(document, parsed.units, features, tree, scores, tool)


def _analysis(document, raw, features, tree, scores, tool) -> Analysis:  # type: ignore[no-untyped-def]
    from .roles import assign_roles

    text = document.text
    ids = [f"u{i + 1}" for i in range(len(raw))]
    roles = assign_roles(features, tree, scores) if tree is not None else []
    units: list[Unit] = []
    for i, (r, f) in enumerate(zip(raw, features, strict=True)):
        role, confidence = roles[i]
        span_offset = r.span_offset
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
                    type=RelationType.ATTACK if edge.score.is_attack else RelationType.SUPPORT,
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
