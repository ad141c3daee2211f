"""What the scorers see of a unit: markers, modality, position, content words.

Features are computed once per unit from its spaCy span, so scoring candidate pairs never
touches spaCy again (that keeps the argument layer cheap next to the parse).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ...schema import Attribution, Kind
from . import _modality
from ._markers import Marker, inner_markers, opening_marker
from ._paragraph import paragraph_text
from ._quantities import FoundQuantity, find_quantities
from ._quotes import Quotation, find_quotations
from .attribution import Voice, prescription_asked, prescription_reported, read_voice

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_SENTENCE_END = frozenset(".!?…")
_CLOSERS = "\"'”’)]*_ "
_FIRST_PERSON = frozenset({"i", "we", "my", "our", "us"})
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
_ACTOR_LABELS = {"GPE", "ORG", "NORP", "ACTOR"}
# Signposts: the sentence points at what comes next and says nothing itself.
_SIGNPOST = re.compile(
    r"(?:(?:Here is|Here's|Here are) (?:why|how|what|the \w+)\b"
    r"|Consider (?:the|this|these|what|how)\b"
    r"|(?:Start|Begin) with (?:the|this|these|those|what|how|why|who)\b"
    r"|(?:Turn|Look) (?:first )?(?:to|at) (?:the|this|these|what|how|why)\b"
    r"|There (?:are|were) (?:two|three|four|five|several|many) (?:big |main |basic )?"
    r"(?:problems|reasons|flaws|objections|lessons|questions|ways|things|difficulties|obstacles)\b)",
    re.I,
)
_SIGNPOST_TOKENS = 10
_DEFINITION = re.compile(
    r"\b(is defined as|refers to|is a term|integrates|covers|encompasses|describes|"
    r"is the (?:practice|study|use|art) of|can be understood as|denotes|stands for)\b",
    re.I,
)


@dataclass
class UnitFeatures:
    index: int
    text: str
    paragraph: int
    n_paragraphs: int
    position_in_paragraph: int
    paragraph_size: int
    split_connective: str | None
    opener: Marker | None
    inner: list[Marker]
    kinds: list[Kind]
    hedges: list[str]
    boosters: list[str]
    quantities: list[FoundQuantity]
    voice: Voice  # who the unit reports, as its own parse tells (see the attribution package)
    actors: list[str]
    content: frozenset[str]
    n_tokens: int
    root_lemma: str
    root_tag: str
    modal: str | None
    is_question: bool
    has_first_person: bool
    is_definition: bool
    has_date: bool
    is_fragment: bool  # no finite verb: "In short, deep reforms."
    # Its "should"/"must" all sit in what a speech verb reports ("told them they must ...").
    prescription_reported: bool = False
    # Every "should"/"must" sits in an indirect question: "haggle over how many days the talks
    # should last" asks what should happen, it does not prescribe.
    prescription_asked: bool = False
    # A short sentence that only announces what follows: "Here is why.", "Consider the numbers.",
    # "There are three problems with it." (a signpost, not a reason).
    announces: bool = False
    is_headline: bool = False  # the headline, a candidate thesis (see tree/spanning.build_tree)
    # Gold segments only: the main clause of a sentence whose opening reason clause is a segment
    # of its own ("Since X, | the EU should act"): it is concluded from that clause.
    after_fronted_reason: bool = False
    # Filled once the whole document is read (pronouns, continued quotations): attribute_units.
    attribution: Attribution = field(default_factory=Attribution)
    # Filled by add_document_context: how much the unit shares with the rest of the essay
    # (0..1, the most central unit is 1) and how many content words it shares with the headline.
    centrality: float = 0.0
    echoes_headline: int = 0
    # It opens with a short answer to a question headline: "It can, but the allies must ..."
    answers_headline: bool = False
    # The section heading the unit's paragraph sits under, and whether that paragraph opens the
    # section (op-eds with headings: "Myth #1: sanctions never work").
    heading: str | None = None
    opens_section: bool = False
    extra: dict[str, float] = field(default_factory=dict)

    @property
    def opener_cls(self) -> str | None:
        return self.opener.cls if self.opener else None

    @property
    def is_concession(self) -> bool:
        return self.opener_cls == "concession" or any(m.cls == "concession" for m in self.inner)

    @property
    def is_paragraph_first(self) -> bool:
        return self.position_in_paragraph == 0

    @property
    def is_paragraph_last(self) -> bool:
        return self.position_in_paragraph == self.paragraph_size - 1


def is_headline(span: Span) -> bool:
    """The span lies in a paragraph of one sentence with no final full stop (a headline).

    Such a line is a title or a heading the ingest stage did not set aside ("Exports slump 12%
    as tariffs bite"); it states no evidence, so its figures are not statistical.
    """
    doc = span.doc
    sentence = span.sent
    if sentence.start != 0 or sentence.end != len(doc):
        return False
    for token in reversed(sentence):
        word = token.text.rstrip(_CLOSERS)
        if word:
            return word[-1] not in _SENTENCE_END
    return False


# Words that may come before the verb of an imperative ("Don't trade ...", "Please keep ...").
_BEFORE_IMPERATIVE = {"do", "n't", "not", "never", "please", "just", "now", "so", ",", "and"}
# Imperatives that lead the reader on rather than prescribe ("Consider the case of Estonia.").
_RHETORICAL = {"consider", "take", "look", "imagine", "remember", "note", "think", "see",
               "recall", "compare", "ask", "picture", "read", "listen", "mind",
               "forget"}  # fmt: skip


# "Start with what Vietnam is selling.", "Turn to the money.": where the reading goes next.
_LEADING_ON = {"start": "with", "begin": "with", "turn": "to"}


def _leads_on(root: Token) -> bool:
    prep = _LEADING_ON.get(root.lemma_.lower())
    return prep is not None and any(c.dep_ == "prep" and c.lower_ == prep for c in root.children)


def is_imperative(span: Span) -> bool:
    """The unit tells the reader (or a government) what to do: 'Keep AI away from the nuclear
    button', 'Don't trade away the controls' — a verb in the base form opens it, no subject."""
    root = span.root
    if root.tag_ != "VB" or root.lemma_.lower() in _RHETORICAL or _leads_on(root):
        return False
    if any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in root.children):
        return False
    lead = [t for t in span if t.i < root.i]
    return all(t.lower_ in _BEFORE_IMPERATIVE or t.is_punct for t in lead)


# Superlatives that measure (size, rank in time, amount) rather than judge.
_MEASURING = {"large", "big", "small", "high", "low", "fast", "slow", "old", "new", "late",
              "early", "long", "short", "rich", "poor", "populous", "near", "close", "far",
              "heavy", "light", "tall", "deep", "wide", "recent", "busy", "many", "much", "few",
              "little", "hot", "cold", "young", "dense", "frequent", "common"}  # fmt: skip


_CLAUSES = {"relcl", "acl", "ccomp", "advcl", "xcomp", "pcomp", "csubj"}


def _in_clause(tok: Token, top: Token) -> bool:
    """``tok`` sits in a clause of its own below ``top``."""
    while tok.i != top.i and tok.head.i != tok.i:
        if tok.dep_ in _CLAUSES:
            return True
        tok = tok.head
    return False


def judges_by_superlative(root: Token) -> bool:
    """The sentence ranks its subject by a judgement: 'Arabic AI is the shrewdest', 'the club is
    the most useful thing the summits built', 'the pledge is the least meaningful' — a superlative
    in the predicate of 'be' that does not measure ('the largest producer' is a fact)."""
    if root.lemma_ != "be":
        return False
    for part in root.children:
        if part.dep_ not in {"attr", "acomp"}:
            continue
        for tok in part.subtree:
            if _in_clause(tok, part):
                continue  # "a choice for a man who called it the most humiliating moment"
            if tok.tag_ == "JJS":
                adjective = tok.lemma_.lower()
            elif tok.tag_ == "JJ" and any(c.lower_ in {"most", "least"} for c in tok.children):
                adjective = tok.lower_
            else:
                continue
            if adjective not in _MEASURING and tok.lower_ not in _MEASURING:
                return True
    return False


def read_figures(
    span: Span,
    ents: list[Span] | None = None,
    tokens: list[Token] | None = None,
    text: str | None = None,
) -> tuple[list[FoundQuantity], bool]:
    """The figures of a span and whether it uses one as evidence (the statistical kind)."""
    quantities = find_quantities(span, ents, tokens, text)
    if not quantities:
        return quantities, False
    return quantities, _modality.uses_figure_as_evidence(quantities, headline=is_headline(span))


def unit_features(
    span: Span,
    *,
    index: int,
    paragraph: int,
    n_paragraphs: int,
    position_in_paragraph: int,
    paragraph_size: int,
    split_connective: str | None,
    quotations: Sequence[Quotation] | None = None,
    name_words: AbstractSet[str] | None = None,
) -> UnitFeatures:
    """Everything the later stages read of one unit; ``quotations`` are those of the parsed text
    (found here when not given); ``name_words``: see
    :func:`~aidip_cli.mine.units.attribution.read_voice`."""
    text = span.text
    if quotations is None:
        quotations = find_quotations(paragraph_text(span.doc))
    ents = list(span.ents)  # Span.ents filters the doc's entities on every access: once here
    tokens = list(span)  # each iteration of a Span builds Token objects anew: once here
    quantities, statistical = read_figures(span, ents, tokens, text)
    has_date = any(e.label_ == "DATE" for e in ents)
    root = span.root
    imperative = is_imperative(span)
    modal = next((t.lower_ for t in tokens if t.tag_ == "MD"), None)
    actors: list[str] = []
    for ent in ents:
        if ent.label_ in _ACTOR_LABELS and ent.text not in actors:
            actors.append(ent.text)
    lowers = [t.lower_ for t in tokens]
    content = frozenset(
        t.lemma_.lower() for t in tokens if t.is_alpha and not t.is_stop and len(t.text) > 2
    )
    return UnitFeatures(
        index=index,
        text=text,
        paragraph=paragraph,
        n_paragraphs=n_paragraphs,
        position_in_paragraph=position_in_paragraph,
        paragraph_size=paragraph_size,
        split_connective=split_connective,
        opener=opening_marker(text, split_connective=split_connective),
        inner=inner_markers(text),
        kinds=_modality.kinds(
            text,
            statistical=statistical,
            has_date=has_date,
            imperative=imperative,
            past=(root.tag_ == "VBD" and modal is None) or _perfect(root),
            superlative=judges_by_superlative(root),
        ),
        hedges=_modality.hedges(text),
        boosters=_modality.boosters(text),
        quantities=quantities,
        voice=read_voice(span, ents, quotations, tokens=tokens, text=text, name_words=name_words),
        actors=actors,
        content=content,
        n_tokens=len(tokens),
        root_lemma=root.lemma_.lower(),
        root_tag=root.tag_,
        modal=modal,
        is_question=text.rstrip().endswith("?"),
        has_first_person=any(w in _FIRST_PERSON for w in lowers),
        is_definition=bool(_DEFINITION.search(text)),
        announces=len(tokens) <= _SIGNPOST_TOKENS and bool(_SIGNPOST.match(text)),
        has_date=has_date,
        is_fragment=not imperative and not any(t.tag_ in _FINITE_TAGS for t in tokens),
        prescription_reported=prescription_reported(tokens),
        prescription_asked=prescription_asked(tokens),
    )


def _perfect(root: Token) -> bool:
    """'The United States has required licences since 2023': what has been, told."""
    aux = {c.lemma_ for c in root.children if c.dep_ == "aux"}
    return root.tag_ == "VBN" and "have" in aux and not any(c.tag_ == "MD" for c in root.children)


def overlap(a: UnitFeatures, b: UnitFeatures) -> float:
    if not a.content or not b.content:
        return 0.0
    return len(a.content & b.content) / len(a.content | b.content)


#: Above this many units, centrality is estimated from word counts (linear) instead of summed
#: over every pair of units (quadratic: 80 million pairs for a 1 MB text).
EXACT_CENTRALITY_UP_TO = 400


# A sentence that opens with the short answer to a yes/no question and goes on to say more:
# "It can, but ...", "Yes, if ...", "No: ...", "Not yet, and ...".
_SHORT_ANSWER = re.compile(
    r"(?:(?:So|Well|In short|The answer is),?\s+)?"
    r"(?:(?:yes|no)\s*[,;:—–]\s*\w"
    r"|(?:not\s+(?:yet|quite|really|entirely|alone|on\s+(?:its|their)\s+own)"
    r"|(?:it|they|this|that)\s+(?:cannot|can|could|will|would|should|must|does|do|is|are|has"
    r"|have|may|might)(?:\s+not|n't)?(?:\s+(?:yet|still))?)"
    r"\s*(?:[;:—–]|,\s*(?:but|if|and|though|although|provided|as long as|so long as|only"
    r"|because|unless|yet)\b))"
    # "Who really controls the canal?" — "The rain does, and ...": a short subject and a bare
    # auxiliary answer a who/what/which question.
    r"|(?!(?:what|how|why|where|when|which|who)\b)(?:the\s+)?[\w-]+(?:\s+[\w-]+)?\s+"
    r"(?:does|do|did|will|can)\s*(?:[,;:—–.]|$)",
    re.I,
)


# "Not in the sense its boosters mean.", "Not the tycoons who built its ports, ...": a sentence
# opening with "not" right after a question answers it (but "Not only ...", "Not everyone ...").
_NOT_ANSWER = re.compile(
    r"\W*not\s+(?!only\b|just\b|everyone\b|everybody\b|all\b|least\b|since\b|until\b|for\s+long\b)",
    re.I,
)


def answers_a_question(text: str) -> bool:
    """The sentence opens by answering the question before it: "It can, but ...", "No: ...",
    "The rain does, and ...", "Not in the sense its boosters mean."."""
    return bool(_SHORT_ANSWER.match(text) or _NOT_ANSWER.match(text))


def add_document_context(units: list[UnitFeatures], headline: UnitFeatures | None) -> None:
    """What a unit is worth only next to the others: its centrality (how much of the essay's
    vocabulary it shares, summed over the other units, scaled so the most central is 1) and the
    content words it shares with the headline."""
    if len(units) <= EXACT_CENTRALITY_UP_TO:
        totals = [sum(overlap(u, v) for v in units if v is not u) for u in units]
    else:
        totals = _estimated_centrality(units)
    top = max(totals, default=0.0)
    for u, total in zip(units, totals, strict=True):
        u.centrality = total / top if top > 0 else 0.0
        u.echoes_headline = len(u.content & headline.content) if headline is not None else 0
        u.answers_headline = (
            headline is not None
            and headline.is_question
            and not u.is_question
            and bool(_SHORT_ANSWER.match(u.text))
        )


def _estimated_centrality(units: list[UnitFeatures]) -> list[float]:
    """The sum of a unit's overlaps with the others, estimated: the other units that share each
    of its words, over the size of a typical union (its words plus the mean unit's)."""
    counts: dict[str, int] = {}
    for u in units:
        for word in u.content:
            counts[word] = counts.get(word, 0) + 1
    mean = sum(len(u.content) for u in units) / len(units)
    return [
        sum(counts[w] - 1 for w in u.content) / (len(u.content) + mean) if u.content else 0.0
        for u in units
    ]
