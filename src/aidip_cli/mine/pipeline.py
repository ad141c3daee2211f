"""Documents in, analyses out: parse body paragraphs, mine units and relations, fill the schema.

Paragraphs of many documents stream through one :func:`aidip_cli.nlp.parse` call, so a batch
pays spaCy's per-call overhead once; everything after the parse works on plain features.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..ingest.document import Document
from ..nlp import get_nlp, model_label, parse, pieces
from ..queries import compute_stats
from ..schema import (
    Analysis,
    ExclusionReason,
    Kind,
    Metadata,
    Paragraph,
    Quantity,
    Relation,
    RelationType,
    Role,
    Source,
    Span,
    Tool,
    Unit,
)
from ..version import __version__
from .scorers.base import Scorer, UnitScore
from .scorers.registry import get_scorer
from .tree.roles import assign_roles
from .tree.spanning import DecodedTree, build_tree, is_fallback, with_headline
from .units.attribution import attribute_units
from .units.features import UnitFeatures, add_document_context, unit_features
from .units.segmenting import segment_paragraph

if TYPE_CHECKING:
    from spacy.tokens import Doc


def mine_documents(
    documents: Iterable[Document],
    *,
    pipeline: str | None = None,
    scorer: str | None = None,
    batch_size: int = 64,
) -> Iterator[Analysis]:
    """Analyse ``documents`` in order (``pipeline``: spaCy package; ``scorer``: see
    :func:`~aidip_cli.mine.scorers.registry.get_scorer`)."""
    nlp = get_nlp(pipeline)
    chosen = get_scorer(scorer)
    tool = Tool(version=__version__, engine=chosen.name, spacy_model=model_label(nlp))
    pending: deque[Document] = deque()

    def paragraphs() -> Iterator[tuple[str, tuple[int, int, int]]]:
        for doc_index, document in enumerate(documents):
            pending.append(document)
            if not document.paragraphs:
                yield "", (doc_index, -1, 0)  # a marker so the empty document is emitted in order
            headline = headline_span(document)
            if headline is not None and document.paragraphs:
                yield document.text[headline[0] : headline[1]], (doc_index, HEADLINE, headline[0])
            for p_index, (start, end) in enumerate(document.paragraphs):
                for piece_start, piece_end in pieces(document.text, start, end):
                    yield document.text[piece_start:piece_end], (doc_index, p_index, piece_start)

    current: _DocumentUnits | None = None
    current_index = 0
    for parsed, (doc_index, p_index, offset) in parse(nlp, paragraphs(), batch_size=batch_size):
        if doc_index != current_index:
            yield _build(pending.popleft(), current, tool, chosen)
            current, current_index = None, doc_index
        if p_index >= 0 or p_index == HEADLINE:
            if current is None:
                current = _DocumentUnits(len(pending[0].paragraphs), pending[0].headings)
            if p_index == HEADLINE:
                current.add_headline(parsed, offset=offset)
            else:
                current.add(parsed, paragraph=p_index, offset=offset)
    if pending:
        yield _build(pending.popleft(), current, tool, chosen)


#: The paragraph index the parse stream gives a document's headline.
HEADLINE = -2


def headline_span(document: Document) -> tuple[int, int] | None:
    """Where the headline stands in the text: the title inside the excluded title block (a
    Markdown '# ' left out); None when the title is not in the text (front matter, HTML <title>)."""
    title = document.metadata.title
    if not title:
        return None
    for span in document.excluded:
        if span.reason == ExclusionReason.TITLE:
            at = span.text.find(title)
            if at >= 0:
                return span.start + at, span.start + at + len(title)
            return None
    return None


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

    def __init__(self, n_paragraphs: int, headings: list[str | None] | None = None) -> None:
        self.n_paragraphs = n_paragraphs
        self.headings = headings or [None] * n_paragraphs
        self.units: list[_Unit] = []
        self.features: list[UnitFeatures] = []
        self.next_sentence = 0
        self._paragraph_start = 0  # index of the first unit of the current paragraph
        self.headline: tuple[_Unit, UnitFeatures] | None = None
        # the words of the names read so far, which a bare surname of a later unit may be
        self._name_words: set[str] = set()

    def add_headline(self, doc: Doc, *, offset: int) -> None:
        """The headline, a candidate thesis (kept out of the units unless it is the thesis)."""
        span = doc[:]
        if not any(t.is_alpha for t in span):
            return
        start, end = offset + span.start_char, offset + span.end_char
        features = unit_features(
            span,
            index=0,
            paragraph=0,
            n_paragraphs=self.n_paragraphs,
            position_in_paragraph=0,
            paragraph_size=1,
            split_connective=None,
        )
        self._name_words |= features.voice.words_of_names()
        features.is_headline = True
        # a headline states no evidence, even one that ends with a full stop
        features.kinds = [k for k in features.kinds if k is not Kind.STATISTICAL]
        self.headline = (_Unit(start, end, span.text, -1, -1, offset), features)

    def add(self, doc: Doc, *, paragraph: int, offset: int) -> None:
        """Mine one parsed piece of ``paragraph`` (pieces of a paragraph arrive in order)."""
        if self.features and self.features[-1].paragraph != paragraph:
            self._paragraph_start = len(self.features)
        raw = segment_paragraph(
            doc,
            offset=offset,
            paragraph=paragraph,
            first_sentence=self.next_sentence,
            at_contrast=self.n_paragraphs == 1,
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
                    quotations=unit.quotations,
                    name_words=self._name_words,
                )
            )
            self._name_words |= self.features[-1].voice.words_of_names()
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
            f.heading = self.headings[f.paragraph]
            f.opens_section = f.heading is not None and (
                f.paragraph == 0 or self.headings[f.paragraph - 1] != f.heading
            )
        attributions = attribute_units(
            [f.voice for f in self.features],
            [f.paragraph for f in self.features],
            [unit.sentence for unit in self.units],
            [f.split_connective for f in self.features],
            (self.headline[1].voice, self.headline[0].text) if self.headline else None,
        )
        for f, attribution in zip(self.features, attributions, strict=True):
            f.attribution = attribution
        add_document_context(self.features, self.headline[1] if self.headline else None)


def _build(
    document: Document, parsed: _DocumentUnits | None, tool: Tool, scorer: Scorer
) -> Analysis:
    parsed = parsed or _DocumentUnits(len(document.paragraphs))
    parsed.finish()
    features, units = parsed.features, parsed.units
    if not features:
        return _analysis(document, units, features, None, [], tool)
    headline = parsed.headline
    decoded, scores = build_tree(
        features, scorer, headline=headline[1] if headline is not None else None
    )
    if decoded.headline and headline is not None:  # the tree runs over [headline, *units]
        features = with_headline(headline[1], features)
        units = [headline[0], *units]
    return _analysis(document, units, features, decoded, scores, tool)


def _analysis(
    document: Document,
    raw: list[_Unit],
    features: list[UnitFeatures],
    decoded: DecodedTree | None,
    scores: list[UnitScore],
    tool: Tool,
) -> Analysis:
    text = document.text
    first = 0 if decoded is not None and decoded.headline else 1  # the headline is u0
    ids = [f"u{i + first}" for i in range(len(raw))]
    roles = assign_roles(features, decoded, scores) if decoded is not None else []
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
                low=q.low,
                high=q.high,
                unit=q.unit,
                noun=q.noun,
                per=q.per,
                qualifier=q.qualifier,  # type: ignore[arg-type]
                horizon=q.horizon,
            )
            for q in f.quantities
        ]
        markers = [m.text for m in ([f.opener] if f.opener else []) + f.inner]
        attribution = f.attribution
        if attribution.quote is not None:
            start, end = attribution.quote.start + span_offset, attribution.quote.end + span_offset
            quote = Span(start=start, end=end, text=text[start:end])
            attribution = attribution.model_copy(update={"quote": quote})
        units.append(
            Unit(
                id=ids[i],
                start=r.start,
                end=r.end,
                text=r.text,
                paragraph=None if f.is_headline else r.paragraph,
                sentence=None if f.is_headline else r.sentence,
                from_headline=f.is_headline,
                role=role,
                role_confidence=round(confidence, 4),
                kinds=list(f.kinds),
                hedges=f.hedges,
                boosters=f.boosters,
                markers=markers,
                attribution=attribution,
                quantities=quantities,
                actors=f.actors,
            )
        )
    relations: list[Relation] = []
    if decoded is not None and decoded.tree is not None:
        for n, (source, target, label) in enumerate(decoded.tree.edges(), start=1):
            score = decoded.scores[source]
            relations.append(
                Relation(
                    id=f"r{n}",
                    source=ids[source],
                    target=ids[target],
                    type=RelationType(label),
                    confidence=round(score.weight, 4),
                    cue=score.cue,
                    cue_kind=score.cue_kind,
                    basis="fallback" if is_fallback(score) else "cue",
                )
            )
    major = next((u.id for u in units if u.role == Role.MAJOR_CLAIM), None)
    headings = document.headings or [None] * len(document.paragraphs)
    paragraphs = [
        Paragraph(index=i, start=s, end=e, text=text[s:e], heading=heading)
        for i, ((s, e), heading) in enumerate(zip(document.paragraphs, headings, strict=True))
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
