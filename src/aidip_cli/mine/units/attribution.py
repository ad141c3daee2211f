"""Who says so: the source behind each unit, named, vague or none.

Fact-checkers care about the difference between "according to the IMF" and "critics say": the
first can be checked, the second cannot. Two steps:

1. :func:`read_voice` reads one unit's parse: the *frame* that reports someone else's words — a
   speech verb with its subject ("X said", "the minister told reporters", "critics argue",
   "a Pentagon memo warns", "it is believed"), "according to X", "in X's words", "as X put it" —
   what kind of source it is (person, organisation, document, group, unknown), whether the unit
   quotes the source's words (``direct``) or reports them (``indirect``), and which people the unit
   names (for pronouns later on). The author's own voice ("I argued", "we should") is no source;
   neither is an actor doing something ("Britain gave ..."), a normative or predictive sentence
   about someone ("The West should expect ...", "Russia is expected to sign ...") or "That said".
   A person's view told without their words ("Ms Carrier disputes that.", "The Estonian is not
   persuaded.") and what a source that spoke before would not say ("The company did not say how
   much") are theirs all the same.
2. :func:`attribute_units` walks the document in order and decides: pronouns ("he declared") and
   titles ("the minister told reporters") resolve to the nearest compatible person named before
   them, preferring the one who last spoke or was the subject; a sentence that continues a
   quotation ("The talks are over," Ms Ray said. "Nobody will come back.") keeps its speaker; a
   clause split off a reported sentence at "because"/"as" is reported too; "the same report" points
   back at the document named just before; "the company", "it" and "the group" are the body the
   text named (a firm the tagger took for a person included), a bare surname the person named
   before, "the Nigerian" the person of that nation, and a "she" nobody named before the woman
   the paragraph names next.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import cache
from typing import TYPE_CHECKING, NamedTuple, TypeGuard

from ...lexicons import load as load_lexicon
from ...schema import Attribution, AttributionStatus, Span
from ._lexmatch import pattern
from ._quotes import Quotation

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

NAMED = AttributionStatus.NAMED
VAGUE = AttributionStatus.VAGUE
NONE = AttributionStatus.NONE

_SUBJECTS = {"nsubj", "nsubjpass"}
_FINITE = {"VBD", "VBZ", "VBP"}
_ORGANISATION_LABELS = {"ORG", "GPE", "FAC"}
_DOCUMENT_LABELS = {"LAW", "WORK_OF_ART", "PRODUCT", "EVENT"}
_ONE_OF_THEM = frozenset({"a", "an", "one", "another"})  # "a diplomat", not "some diplomats"
_INDEFINITE = {"a", "an", "one", "another", "some", "any", "several", "many", "two", "three"}
_AGE = re.compile(r"(?i)(?:the\s+)?\d+-year-old$")
_AGE_SET_OFF = re.compile(r"(?i)(?:the\s+)?\d+-year-old,")  # "The 61-year-old, now a ..."
_AGED = re.compile(r"(?i)the\s+\d+-year-old\s+[a-z-]+$")  # "the 47-year-old skipper"
_DEFINITE = {"the", "this", "that", "these", "those"}
_PRONOUN_GENDER = {"he": "male", "him": "male", "she": "female", "her": "female"}
_THAT_SAID = re.compile(r"^\W*(?:that said|having said that|that being said)\b", re.I)
# "in his words", "in the words of X", "in Ms Ray's view": whose words or view the rest is
_IN_WORDS = re.compile(
    r"\b[Ii]n (?:the words of (?P<of>[^,;.]+?)|(?P<pronoun>his|her) (?:own )?(?P<own>words|view)"
    r"|(?P<who>[A-Z][\w.'’ -]*?)['’]s? (?:own )?(?P<whose>words|view))\b"
)
_POSSESSIVE_PRONOUNS = {"his": "he", "her": "she"}
_OWNER = ":owner"  # "his"/"her" before a subject noun: "he:owner" is the owner of the subject
_POSSESSIVE_DETERMINERS = frozenset({*_POSSESSIVE_PRONOUNS, "its", "their"})
# "warned of", "wrote about", "talk of linking national supercomputers"
_WARNINGS = {"warn", "caution", "complain", "speak", "write", "talk"}
# "urged Washington to ...": advocacy; "asked Congress to stop paying", "told their diplomats to
# keep away" are requests and orders, what somebody did rather than said
_DIRECTIVES = {"urge", "warn", "call", "advise"}
_FORECASTS = {"forecast", "project", "predict", "estimate"}  # "projects the market to reach ..."
_PLURAL_SOURCES = {"they": {"group", "organisation"}, "it": {"organisation", "document"}}
_SPLIT_REPORTED = {
    "while",
    "whereas",
    "because",
    "as",
    "since",
    "for",
    "so that",
    "given that",
    "which means",
}


@cache
def _words(key: str) -> frozenset[str]:
    return frozenset(w.lower() for w in load_lexicon("attribution")[key])


@cache
def _speech() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """(every speech verb, those that need a complement, verbs whose object is a figure, verbs
    whose object is what a document shows)."""
    entry = load_lexicon("attribution")["speech_verbs"]
    return (
        frozenset(entry["lemmas"]),
        frozenset(entry["content"]),
        frozenset(entry["figure_verbs"]),
        frozenset(entry["evidence_verbs"]),
    )


@cache
def _titles() -> dict[str, str | None]:
    """Person title (lower case) → gender it marks, or None."""
    entry = load_lexicon("attribution")["person_titles"]
    out: dict[str, str | None] = {t: None for t in entry["neutral"]}
    out.update({t: "male" for t in entry["male"]})
    out.update({t: "female" for t in entry["female"]})
    return out


@cache
def _honorifics() -> frozenset[str]:
    """Titles that stand only before a person's name: the gendered person titles ("Ms", "Sir",
    "Sheikh") and "Dr"/"Prof" — not ranks that also start other names ("General Motors")."""
    entry = load_lexicon("attribution")["person_titles"]
    return frozenset(t.rstrip(".") for t in [*entry["male"], *entry["female"], "dr", "prof"])


def _is_honorific(tok: Token) -> bool:
    return tok.lower_.rstrip(".") in _honorifics()


@cache
def _first_names() -> dict[str, str]:
    names = load_lexicon("names")
    both = {**{n: "female" for n in names["female"]}, **{n: "male" for n in names["male"]}}
    return {**{_unaccented(n): g for n, g in both.items()}, **both}


@cache
def _given_name(word: str) -> str | None:
    """The gender of a known given name ("Inés" as "Ines" when only that spelling is listed),
    else None."""
    names = _first_names()
    return names.get(word) or names.get(_unaccented(word))


def _unaccented(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


@dataclass(frozen=True)
class Person:
    """A person a unit names (outside quotations)."""

    name: str  # as written, titles left out ("Dana Whitlock", "Whitlock")
    gender: str | None
    roles: frozenset[str]  # the words that describe them ("minister", "economist")
    subject: bool  # the subject of a clause
    offset: int  # character offset in the parsed text


@dataclass(frozen=True)
class Frame:
    """What a unit says about its own source, before the document is read as a whole."""

    status: AttributionStatus
    source: str | None  # as written
    speaker: str | None  # the name, when it is in the unit itself
    kind: str | None
    cue: str | None
    mode: str | None
    refer: str | None = None  # "he", "she", "they", "it", "same", "body" or a title ("minister")
    offset: int = 0  # where the source stands (parsed-text offset)
    # "Leo XIII, he recalled, had answered ...": a pronoun in an aside, so the people named
    # before it in the unit are what was said, not who said it
    aside: bool = False
    aside_from: int = 0  # where the clause the aside is set into begins
    # "A spokeswoman for the ministry said": the title of a source left unnamed, so that a
    # later "the spokeswoman said" is the same unnamed source, not the person in view
    title: str | None = None
    # "The Swiss engineer reckons": the words that tell which of the engineers is meant
    described: frozenset[str] = frozenset()
    # "the werken said": a word that is no title in general, only for the person the text set
    # it beside ("Jorge Nahuelquir, a werken, ..."); nobody else
    by_role: bool = False
    # "Olivera's spokesman": the name the title belongs to (a person's aide is somebody else)
    belongs_to: str | None = None
    # "the Estonian said": a nationality, which a person the text tied to Estonia has
    nationality: bool = False
    # "China's envoy": ``belongs_to`` is a country, which a person tied to another one is not
    for_a_country: bool = False
    # "The company's spokesman", "the minister's lawyer": somebody's aide, who is only a person
    # the text gave that title, never merely the person in view
    aide: bool = False
    # "The chairman of the working group, a Dutchman, said": a title described as somebody new,
    # who is only a person the text gave that title, never merely the person in view
    anew: bool = False


@dataclass(frozen=True)
class Voice:
    """What attribution needs to know of one unit, read from its parse."""

    frame: Frame | None
    people: tuple[Person, ...] = ()
    quote: tuple[int, int] | None = None  # parsed-text offsets of the longest quoted words
    quote_led: bool = False  # the unit opens with a quotation mark or inside a quotation
    open_quote: int | None = None  # offset where the quotation it sits in began, when earlier
    author: bool = False  # the author speaks ("I argued", "we believe")
    # organisations named: (name, offset, subject, the words that describe it — "a video
    # platform, Klipzo": {"platform", "video"})
    bodies: tuple[tuple[str, int, bool, frozenset[str]], ...] = ()
    # capitalised words outside any name the tagger found (word, offset, subject): "Sommerfeld
    # was not satisfied" is the Ulrike Sommerfeld named before
    surnames: tuple[tuple[str, int, bool], ...] = ()
    # "Her name is Carolina Benítez": the name of the source the unit before called by a title
    introduces: str | None = None
    # "The adviser does not dispute the gas, but she argues ...": people called by a title as
    # the subject of a clause (title, offset), the nearest antecedent of a later 'she'
    titled_subjects: tuple[tuple[str, int], ...] = ()
    # "The authority has offered discounts. It insists ...": bodies called by a noun as the
    # subject of a clause (noun, offset)
    called_subjects: tuple[tuple[str, int], ...] = ()
    # "A Gulf diplomat I spoke to was unbothered.": offsets of people the clause makes its
    # subject without naming them (a later 'he' may be this person, not the one named before)
    unnamed_subjects: tuple[int, ...] = ()
    # "His new book, written with Aaron Whitcombe, ...": a 'he' or 'she' (or 'his', 'her' before
    # the subject noun) as the subject of a clause, with its offset: the person it means stays
    # in view ("he", "she", or "he:owner" for 'his')
    pronoun_subjects: tuple[tuple[str, int], ...] = ()
    # "Senators pressed the chief executive of a cloud company", "Taiwan's economy minister
    # said": a title the unit gives nobody by name (title, offset); the next sentence may name
    # who holds it
    titles_left_unnamed: tuple[tuple[str, int], ...] = ()
    # "A Swiss moderator, Beat Kälin, pressed him on whether ...": the people who put a question
    # (a "he replied" next is somebody else)
    askers: tuple[str, ...] = ()


def read_voice(unit: SpacySpan, ents: list[SpacySpan], quotations: Sequence[Quotation]) -> Voice:
    """The frame and the people of one unit; ``quotations`` are those of its parsed text."""
    tokens = list(unit)
    start, end = unit.start_char, unit.end_char
    inside = [q for q in quotations if q.inner_start < end and start < q.inner_end]

    def quoted(tok: Token) -> bool:
        return bool(inside) and any(q.holds(tok.idx) for q in inside)

    people = tuple(_people(unit, ents, quoted))
    frame, author = _frame(unit, tokens, ents, quoted)
    quote = _longest_quote(inside, start, end)
    first_alpha = next((t for t in tokens if not t.is_space), None)
    opening = next((q for q in inside if q.start < start), None)
    quote_led = opening is not None or (
        first_alpha is not None and any(q.start == first_alpha.idx for q in inside)
    )
    if frame is not None and frame.mode != "according_to" and quote is not None:
        frame = replace(frame, mode="direct")
    bodies = tuple(
        (_bare(ent.text), ent.start_char, _subject_or_beside_it(ent.root), _roles(ent.root))
        for ent in ents
        if (
            (ent.label_ == "ORG" and not _a_person_by_name(ent) and not _a_dateline(ent))
            or (ent.label_ == "PERSON" and _described_as_a_body(ent.root))
        )
        and not quoted(ent[0])
    )
    in_names = {i for ent in ents if ent.label_ == "PERSON" for i in range(ent.start, ent.end)}
    proper = [t for t in tokens if t.pos_ == "PROPN"]
    if any(t.dep_ != "compound" for t in proper):
        missed = _bodies_the_tagger_missed(proper, ents, quoted)
        # "the African Union Commission" with only "African Union" tagged: one body, the longer
        spans = [(at, at + len(name)) for name, at, _, _ in missed]
        bodies = tuple(
            b for b in bodies if not any(a <= b[1] and b[1] + len(b[0]) <= e for a, e in spans)
        )
        bodies += missed
    bodies += _bodies_called_by_their_sort(tokens, ents, quoted)
    surnames = tuple(  # (any capitalised word: the tagger reads "Põder puts it" as a noun)
        (tok.text, tok.idx, _subject_or_beside_it(tok) or _before_its_pronoun(tok))
        for tok in tokens
        if tok.is_alpha and tok.text[:1].isupper() and tok.i not in in_names and not quoted(tok)
    )
    introduces = _introduced(tokens, people)
    mentions = _mentions(tokens, ents, quoted)
    return Voice(
        frame=frame,
        people=people,
        askers=_askers(tokens, people, quoted),
        introduces=introduces,
        titled_subjects=tuple(mentions.titled_subjects),
        called_subjects=tuple(mentions.called_subjects),
        unnamed_subjects=tuple(mentions.unnamed_subjects),
        pronoun_subjects=tuple(mentions.pronoun_subjects),
        titles_left_unnamed=tuple(mentions.titles_left_unnamed),
        bodies=bodies,
        surnames=surnames,
        quote=quote,
        quote_led=quote_led,
        open_quote=opening.start if opening is not None else None,
        author=author,
    )


def _introduced(tokens: list[Token], people: tuple[Person, ...]) -> str | None:
    """The person a sentence names the one it is about: "Her name is Carolina Benítez", "She is
    Dr Ngozi Adeyemi-Clark, a physicist ..."."""
    if len(tokens) < 4:
        return None
    if tokens[0].lower_ in {"her", "his"} and tokens[1].lower_ == "name":
        at = {tokens[3].idx}
    elif tokens[0].lower_ in {"she", "he"} and tokens[1].lemma_ == "be":
        at = {tokens[2].idx, tokens[3].idx}  # (after a title: "She is Dr ...")
    else:
        return None
    return next((p.name for p in people if p.offset in at), None)


_ASKING = frozenset({"ask", "press", "question", "challenge", "quiz", "grill"})


def _askers(tokens: list[Token], people: tuple[Person, ...], quoted) -> tuple[str, ...]:  # type: ignore[no-untyped-def]
    """The people named as the subject of a verb that puts a question ("The chair, Desmond
    Arkwright, asked whether ...", "Beat Kälin pressed him on ...")."""
    found: list[str] = []
    for tok in tokens:
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in _ASKING or quoted(tok):
            continue
        for subject in (c for c in tok.children if c.dep_ == "nsubj"):
            start, end = subject.left_edge.idx, subject.right_edge.idx + len(subject.right_edge)
            found += [p.name for p in people if start <= p.offset < end]
    return tuple(found)


@dataclass
class _Mentions:
    """The people and bodies a unit refers to without a name, read in one pass (see ``Voice``)."""

    titled_subjects: list[tuple[str, int]] = field(default_factory=list)
    called_subjects: list[tuple[str, int]] = field(default_factory=list)
    titles_left_unnamed: list[tuple[str, int]] = field(default_factory=list)
    unnamed_subjects: list[int] = field(default_factory=list)
    pronoun_subjects: list[tuple[str, int]] = field(default_factory=list)


def _mentions(tokens: list[Token], ents: list[SpacySpan], quoted) -> _Mentions:  # type: ignore[no-untyped-def]
    found = _Mentions()
    titles = _words("title_nouns")
    for tok in tokens:
        tag = tok.tag_
        if tag in {"PRP", "PRP$"}:
            low = tok.lower_
            if low in {"he", "she"} and tok.dep_ in _SUBJECTS and not quoted(tok):
                found.pronoun_subjects.append((low, tok.idx))
            elif (
                low == "it" and tok.dep_ == "nsubj" and tok.head.dep_ == "ROOT" and not quoted(tok)
            ):
                # "The Centre ... published a report. It placed Rwanda first.": the body goes on
                found.called_subjects.append((low, tok.idx))
            elif (  # "His new book ...": the owner of the subject
                low in _POSSESSIVE_PRONOUNS
                and tok.dep_ == "poss"
                and tok.head.dep_ in _SUBJECTS
                and not quoted(tok)
            ):
                found.pronoun_subjects.append((_POSSESSIVE_PRONOUNS[low] + _OWNER, tok.idx))
            continue
        if tag != "NN":
            continue
        noun = tok.lemma_.lower()
        title = noun in titles
        if not (title or noun in _FIRMS) or quoted(tok):
            continue
        subject = tok.dep_ in _SUBJECTS
        children = list(tok.children)
        the = any(c.dep_ == "det" and c.lower_ == "the" for c in children)
        named_beside = any(c.dep_ == "appos" for c in children)
        if subject and the:  # "the adviser", "the authority" as the subject of a clause
            if title and not named_beside:  # ("The foreign minister, Espen Barth Eide, ...")
                found.titled_subjects.append((noun, tok.idx))
            if noun in _FIRMS and _entity(tok, ents) is None:
                found.called_subjects.append((noun, tok.idx))
        if not title:
            continue
        a_country_s = any(c.dep_ == "poss" and c.ent_type_ == "GPE" for c in children)
        # "His Australian counterpart sees it differently.": a title the subject holds for
        # somebody, the holder not named yet
        someone_s = subject and any(
            c.dep_ == "poss" and c.lower_ in _POSSESSIVE_PRONOUNS for c in children
        )
        # "A senior defence official told a hearing ... The official, Gareth Pennock, said"
        one = subject and any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in children)
        if (
            (the or a_country_s or someone_s or one)
            and not named_beside
            and tok.ent_type_ != "PERSON"
        ):
            found.titles_left_unnamed.append((noun, tok.idx))
        if (
            subject
            and (
                any(c.dep_ == "det" and c.lower_ in _ONE_OF_THEM for c in children)
                or (someone_s and _described_anew(tok))  # "Her deputy, a retired colonel, ..."
            )
            and not any(t.ent_type_ == "PERSON" for t in tok.subtree)
        ):
            found.unnamed_subjects.append(tok.idx)
    return found


def _described_anew(title: Token) -> bool:
    """A title with an indefinite description set beside it ("The chairman of the working
    group, a Dutchman, ...", "Her deputy, a retired air force colonel, ..."): somebody new."""
    return any(
        c.dep_ == "appos"
        and c.ent_type_ != "PERSON"
        and (c.head.i == title.i or _a_person_noun(c))  # (the parser may hang it further down)
        and any(d.dep_ == "det" and d.lower_ in {"a", "an"} for d in c.children)
        # ("The former analyst, now a senior fellow, ...": the one in view, in a new post)
        and not any(d.dep_ == "advmod" and d.lower_ in _SINCE_THEN for d in c.children)
        for c in title.subtree
    )


_SINCE_THEN = frozenset({"now", "then", "formerly", "once", "still", "later"})


def _a_person_noun(tok: Token) -> bool:
    """'a Dutchman', 'a Kenyan', 'a retired diplomat' — not 'a Swiss body'."""
    low = tok.lower_
    return (
        tok.lemma_.lower() in _words("title_nouns")
        or tok.ent_type_ == "NORP"
        or low.endswith(("man", "woman"))
    )


def _subject_or_beside_it(root: Token) -> bool:
    """The subject of a clause, a name beside one ("The buyer, Huaxin Capital, is ..."), or the
    owner of a subject that is a thing, not a person ("Ms Kareem's data point the same way:
    ..., she said": she is Ms Kareem; but "Ms Ruiz's deputy" is somebody else)."""
    beside = root.dep_ in {"appos", "conj"} and root.head.dep_ in _SUBJECTS
    owns = (
        root.dep_ == "poss"
        and (root.head.dep_ in _SUBJECTS or root.left_edge.i == root.sent.start)
        and root.head.ent_type_ == ""
        and root.head.lemma_.lower() not in _words("title_nouns")
        and root.head.lemma_.lower() not in _RELATIONS
    )
    subject = root.dep_ in _SUBJECTS and not _in_a_description(root)
    return subject or beside or owns


def _before_its_pronoun(name: Token) -> bool:
    """A name in a clause set before the main one, whose subject is 'he' or 'she': "When I
    asked Ciobanu what she would do, she laughed" — the 'she' is the one named."""
    node, opening = name, None
    while node.head.i != node.i:
        if node.dep_ == "advcl" and node.left_edge.i == node.sent.start:
            opening = node  # (however the parser hung it: "When I asked X, ..., she laughed")
        node = node.head
    return opening is not None and any(
        c.dep_ == "nsubj" and c.lower_ in {"he", "she"} and c.i > opening.right_edge.i
        for c in node.children
    )


def _in_a_description(root: Token) -> bool:
    """The name is the subject of a clause that only describes somebody else: "Graham Pryce,
    who ran the unit when Mr Hale joined it, fears ...": the sentence is about Graham Pryce."""
    node = root.head
    while node.head.i != node.i:
        if node.dep_ in {"relcl", "acl"} and node.head.ent_type_ == "PERSON":
            return True
        node = node.head
    return False


def _longest_quote(inside: list[Quotation], start: int, end: int) -> tuple[int, int] | None:
    """The longest quoted stretch within ``[start, end)`` (marks excluded)."""
    best: tuple[int, int] | None = None
    for q in inside:
        s, e = max(q.inner_start, start), min(q.inner_end, end)
        if e > s and (best is None or e - s > best[1] - best[0]):
            best = (s, e)
    return best


# -- people ---------------------------------------------------------------------------------------


def _clean_name(name: str) -> tuple[str, str | None]:
    """Leading titles and a trailing possessive off a name as written, and the gender the title
    (or the first name) marks: 'Ms Whitlock' → ('Whitlock', 'female')."""
    titles = _titles()
    gender: str | None = None
    name = re.sub(r"['’]s$", "", name.strip())
    # "Ms Moe told" (a name the tagger ran on into the verb): no name ends in a lower-case word
    name = re.sub(r"(?:\s+[a-z]+)+$", "", name)
    while True:
        first, _, rest = name.partition(" ")
        if not rest or first.lower() not in titles:
            break
        gender = gender or titles[first.lower()]
        name = rest.strip()
    first = name.split(" ")[0]
    if gender is None:  # ("Marijke is less sure": a first name alone, as features write)
        gender = _given_name(first)
    return name, gender


# Posts a text calls by another name: "Britain's ambassador, X, ... The British envoy said".
_SAME_POST: dict[str, frozenset[str]] = {
    word: group
    for group in (
        frozenset({"ambassador", "envoy"}),
        frozenset({"chair", "chairman", "chairwoman", "chairperson"}),
        frozenset({"adviser", "advisor"}),
        frozenset({"spokesman", "spokeswoman", "spokesperson"}),
    )
    for word in group
}

# What a person who does this to a body is called: "X founded the Accra Policy Lab" → "its
# founder"; "she chairs the council" → "its chair".
_POSTS_HELD: dict[str, frozenset[str]] = {
    "found": frozenset({"founder"}),
    "co-found": frozenset({"founder", "co-founder"}),
    "chair": frozenset({"chair", "chairman", "chairwoman"}),
    "advise": frozenset({"adviser", "advisor"}),
    "represent": frozenset({"representative"}),
    # the one at the top, whatever the post is called
    **dict.fromkeys(
        ("direct", "lead", "head", "run"),
        frozenset({"director", "head", "chief", "leader", "executive", "boss"}),
    ),
}


def _posts_held(root: Token) -> frozenset[str]:
    """ "X founded the lab", "a think tank run by X", "The centre is led by X": the posts the
    person holds at the body."""
    if root.dep_ == "appos":  # "run by the former Belgian diplomat Marc Dujardin"
        root = root.head
    for clause in (c for c in root.children if c.dep_ == "relcl"):  # "Kim, who leads the ..."
        if any(c.dep_ == "nsubj" and c.lower_ == "who" for c in clause.children):
            return _POSTS_HELD.get(clause.lemma_.lower(), frozenset())
    verb = root.head
    if root.dep_ == "pobj" and verb.lower_ == "by" and verb.dep_ == "agent":
        verb = verb.head
    elif root.dep_ != "nsubj":
        return frozenset()
    return _POSTS_HELD.get(verb.lemma_.lower(), frozenset())


_SUCCEEDING = frozenset({"succeed", "replace"})


def _turn_in_the_post(root: Token) -> frozenset[str]:
    """ "Y took over from X", "Y succeeded X", "Y replaced X": X is the predecessor (of the one
    who took over), Y the successor."""
    if root.dep_ == "appos":
        root = root.head
    verb = root.head
    if root.dep_ == "dobj" and verb.lemma_.lower() in _SUCCEEDING:
        return frozenset({"predecessor"})
    if (
        root.dep_ == "pobj"
        and verb.lower_ == "from"
        and verb.head.lemma_.lower() == "take"
        and any(c.dep_ == "prt" and c.lower_ == "over" for c in verb.head.children)
    ):
        return frozenset({"predecessor"})
    if root.dep_ == "nsubj" and (
        verb.lemma_.lower() in _SUCCEEDING
        or (verb.lemma_.lower() == "take" and any(c.lower_ == "over" for c in verb.children))
    ):
        return frozenset({"successor"})
    return frozenset()


def _roles(root: Token) -> set[str]:
    """Words that describe a person: an appositive ("X, a trade economist"), the noun the name is
    an appositive to ("Japan's deputy trade minister, X"), and title words before the name."""
    found: set[str] = set()
    title_nouns = _words("title_nouns")
    described = [c for c in root.children if c.dep_ == "appos"]
    if root.dep_ == "appos":
        described.append(root.head)
    for noun in described:
        for tok in [noun, *(c for c in noun.children if c.dep_ in {"compound", "amod"})]:
            found.add(tok.lemma_.lower())
        for owner in noun.children:  # "Ghana's ambassador, X": X speaks for Ghana
            if owner.dep_ == "poss" and owner.ent_type_ == "GPE":
                found |= {owner.lower_, _PLACE + owner.lower_}
            elif owner.dep_ == "poss" and owner.ent_type_ in {"ORG", "NORP"}:
                found.add(owner.lower_)  # "the EU's special envoy, X": "the EU envoy" is X
    for tok in root.lefts:
        if tok.dep_ == "compound" and tok.lower_ in title_nouns:
            found.add(tok.lower_)
    found |= _places_and_bodies_beside(root, described)
    before = _described_just_before(root)
    if before is not None:
        modifiers = [c for c in before.children if c.dep_ in {"compound", "amod"}]
        modifiers += [
            c for c in before.children if c.dep_ == "poss" and c.ent_type_ in {"ORG", "NORP"}
        ]
        found |= {t.lemma_.lower() for t in [before, *modifiers]}
    found |= _posts_held(root)  # "X founded the lab": its founder
    found |= _turn_in_the_post(root)  # "taking over from X": her predecessor
    if root.dep_ in _SUBJECTS and root.head.lemma_ in {"be", "become"}:
        # "Nadia Boukhari became Algeria's first minister for the digital economy"
        for noun in root.head.children:
            if noun.dep_ == "attr" and noun.lemma_.lower() in title_nouns:
                found.add(noun.lemma_.lower())
    return found | _titles_before(root) | _countries_beside(root) | _age(root, described)


_NATION = "nation:"  # "the Ghanaian minister": "nation:ghanaian" among the words describing her
_AGE_OF = "age:"  # "Lee Ji-hoon, 52," → "age:52": later "the 52-year-old" is he
_YEARS_OLD = re.compile(r"(\d{2,3})-year-old\b")


def _ages_in(source: str) -> frozenset[str]:
    found = _YEARS_OLD.search(source)
    return frozenset({_AGE_OF + found.group(1)}) if found else frozenset()


def _ages(described: frozenset[str]) -> frozenset[str]:
    return frozenset(word for word in described if word.startswith(_AGE_OF))


def _age(root: Token, described: list[Token]) -> set[str]:
    """The age the text gives a person: "X, 52,", "41-year-old X", "X, a 38-year-old engineer"."""
    for child in root.children:
        if child.dep_ == "appos" and child.like_num and child.text.isdigit():
            return {_AGE_OF + child.text}
    doc = root.doc
    found = _YEARS_OLD.search(doc[root.left_edge.i : root.i].text)  # "41-year-old Tomas Berg"
    for noun in described:
        found = found or _YEARS_OLD.search(doc[noun.left_edge.i : noun.i + 1].text)
    return {_AGE_OF + found.group(1)} if found else set()


_TITLED = "title:"  # a title subject among the people a unit keeps in view
# Titles of those who speak for somebody else ("the company's spokesman")
_AIDES = frozenset({"spokesman", "spokeswoman", "spokesperson", "aide", "lawyer", "attorney"})
# A role that names the country a person speaks for ("ghana" is also kept plain, so that "the
# Ghanaian" finds her): "China's envoy" is nobody tied to another country.
_PLACE = "place:"


def _places_and_bodies_beside(root: Token, described: list[Token]) -> set[str]:
    """The names in the description set beside a person ("Ahmad Rahman, chief operating officer
    of a chip-testing company in Penang"; "Stephen Hale, who handled cases at the Commerce
    Department"): so that "the Penang executive" and "the Commerce official" find them."""
    clauses = [*described, *(c for c in root.children if c.dep_ == "relcl")]
    return {
        _NAMED_BESIDE + t.lower_
        for clause in clauses
        for t in clause.subtree
        if t.pos_ == "PROPN" and t.is_alpha and t.i not in range(root.left_edge.i, root.i + 1)
    }


_NAMED_BESIDE = "name:"  # a name in a person's description, kept among their roles


def _countries_beside(root: Token) -> set[str]:
    """Countries the clause set beside a name ties the person to ("Margit Ruus, who represented
    Estonia in the drafting, ..."): so that "the Estonian" is she."""
    clauses = [c for c in root.children if c.dep_ in {"relcl", "appos", "acl"}]
    return {
        t.lower_
        for clause in clauses
        for t in clause.subtree
        if t.ent_type_ in {"GPE", "NORP"} and t.pos_ in {"PROPN", "ADJ"}
    }


# A title before a name says what the person is: "Eng. Hany Soliman" is an engineer, "Mrs
# Justice Annabel Carrow" a judge.
_TITLE_ROLES = {
    "dr": "doctor", "prof": "professor", "professor": "professor", "gen": "general",
    "general": "general", "col": "colonel", "colonel": "colonel", "sen": "senator",
    "senator": "senator", "rep": "representative", "ambassador": "ambassador", "amb": "ambassador",
    "justice": "judge", "judge": "judge", "eng": "engineer", "capt": "captain",
    "captain": "captain", "adm": "admiral", "admiral": "admiral", "lt": "lieutenant",
    "lieutenant": "lieutenant", "maj": "major", "major": "major", "sgt": "sergeant",
    "sergeant": "sergeant", "gov": "governor", "governor": "governor", "mayor": "mayor",
    "minister": "minister", "president": "president", "secretary": "secretary",
    "chancellor": "chancellor", "premier": "premier", "commodore": "commodore",
}  # fmt: skip


def _titles_before(root: Token) -> set[str]:
    """The roles the titles written just before a name give ("Eng. Hany Soliman")."""
    doc = root.doc
    k = root.i
    while (
        k > 0 and doc[k - 1].pos_ == "PROPN" and doc[k - 1].lower_.rstrip(".") not in _TITLE_ROLES
    ):
        k -= 1
    found = set()
    while k > 0 and doc[k - 1].lower_.rstrip(".") in _TITLE_ROLES:
        found.add(_TITLE_ROLES[doc[k - 1].lower_.rstrip(".")])
        k -= 1
    return found


def _described_just_before(root: Token) -> Token | None:
    """'A High Court judge, Mrs Justice Annabel Carrow, ...': the noun set just before the name
    with a comma, however the parser hung the two (a dateline often takes both)."""
    doc = root.doc
    first = root.i
    while first > 0 and doc[first - 1].pos_ == "PROPN" and doc[first - 1].dep_ == "compound":
        first -= 1
    if first < 2 or doc[first - 1].text != ",":
        return None
    noun = doc[first - 2]
    if noun.tag_ not in {"NN", "NNS"} or not noun.is_lower:
        return None
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        # "the EU's special envoy for digital affairs, Henrik Sørensen": the title the phrase
        # ends on belongs to "envoy"
        title = noun.head.head
        if title.lemma_.lower() in _words("title_nouns"):
            return title
    return noun if noun.tag_ == "NN" else None


def _people(unit: SpacySpan, ents: list[SpacySpan], quoted) -> list[Person]:  # type: ignore[no-untyped-def]
    people: list[Person] = []
    titles = _titles()
    for ent in ents:
        honoured = ent.start > 0 and _is_honorific(ent.doc[ent.start - 1])
        if (ent.label_ != "PERSON" and not honoured) or quoted(ent[0]):
            continue  # "Ms Ruiz" is a person whatever label the tagger gave the name
        if ent[0].lower_ in _words("not_person_names") or _a_plural_of_people(ent):
            continue
        if _described_as_a_body(ent.root):
            continue  # "Kestrel Labs, a Boston firm, ...": a body the tagger took for a person
        if _a_word_opening_the_sentence(ent):
            continue  # "Smarter is welcome" after "'smarter, leaner' missions": no name
        before = ent[0].nbor(-1) if ent.start > 0 else None
        gender = titles.get(before.lower_) if before is not None else None
        name, marked = _clean_name(ent.text)
        if not name:
            continue
        root = ent.root
        # "X, the minister, said"; "Berg and Aalders argue"; and a name set off by commas just
        # before the main verb, however the parser hung it ("His colleague, Pieter Aalders,
        # disagrees")
        doc = ent.doc
        set_off = (
            ent.start > 0
            and doc[ent.start - 1].text == ","
            and ent.end + 1 < len(doc)
            and doc[ent.end].text == ","
            and doc[ent.end + 1].dep_ == "ROOT"
        )
        subject = set_off or _subject_or_beside_it(root) or _before_its_pronoun(root)
        people.append(
            Person(name, gender or marked, frozenset(_roles(root)), subject, ent.start_char)
        )
    return people + _honoured(unit, ents, quoted, titles)


def _a_word_opening_the_sentence(ent: SpacySpan) -> bool:
    """A one-word 'name' that opens its sentence, where any word has a capital, and that the text
    also writes in lower case: a word, not a name."""
    if len(ent) != 1 or ent.start != ent.sent.start:
        return False
    low = ent.text.lower()
    return any(t.text == low for t in ent.doc)


# "The model's developer, Qingyun Intelligence" is a company ("the developer, Ana Ruiz" is a
# person: a known given name)
_MAYBE_A_BODY = frozenset({"developer"})


def _described_as_a_body(root: Token) -> frozenset[str]:
    """The words that describe a name as an organisation, however the parser hung them: 'Drone
    maker Lingfeng Aviation', 'Kestrel Labs, a Boston firm', 'a lithography-software firm,
    Optiqa', "the model's developer, Qingyun Intelligence" (empty when nothing does)."""
    if root.lower_ in _words("organisation_name_words") and root.text[:1].isupper():
        return frozenset({root.lower_})  # "Korvane Robotics" (not "sell semiconductors")
    first = next((t for t in root.lefts if t.pos_ == "PROPN" and t.dep_ == "compound"), root)
    if _given_name(first.text) is not None:
        return frozenset()  # "In a letter to the ministry, Ana Ruiz said": a person
    nouns = _words("organisation_nouns")
    described = [c for c in root.lefts if c.dep_ == "compound" and c.pos_ == "NOUN"]
    described += [c for c in root.children if c.dep_ == "appos" and c.pos_ == "NOUN"]
    if root.dep_ == "appos" and root.head.pos_ == "NOUN":
        described.append(root.head)
    before = _described_just_before(root)
    if before is not None:
        described.append(before)
    for noun in described:
        lemma = noun.lemma_.lower()
        if lemma in nouns or lemma in _MAYBE_A_BODY:
            words = [noun, *(c for c in noun.children if c.dep_ in {"compound", "amod"})]
            return frozenset(t.lemma_.lower() for t in words)
    return frozenset()


def _bodies_the_tagger_missed(
    tokens: list[Token], ents: list[SpacySpan], quoted
) -> tuple[tuple[str, int, bool, frozenset[str]], ...]:  # type: ignore[no-untyped-def]
    """Names outside any entity that a description marks as a body: 'a video platform,
    Klipzo, ...'."""
    in_ents = {i for ent in ents for i in range(ent.start, ent.end)}
    found = []
    for tok in tokens:
        if tok.pos_ != "PROPN" or tok.dep_ == "compound" or tok.i in in_ents or quoted(tok):
            continue
        described = _described_as_a_body(tok)
        if described:
            first = tok.i  # the whole run of capitalised words: "African Union Commission"
            while (
                first > 0
                and tok.doc[first - 1].pos_ == "PROPN"
                and tok.doc[first - 1].dep_ == "compound"
            ):
                first -= 1
            name = tok.doc[first : tok.i + 1]
            found.append((name.text, name.start_char, _subject_or_beside_it(tok), described))
    return tuple(found)


# Bodies a noun phrase names by what they are: "The US embassy in Beijing", "The Bjuv municipal
# council", "Germany's foreign ministry".
_PUBLIC_BODIES = frozenset(
    {"embassy", "consulate", "ministry", "department", "council", "court", "tribunal",
     "parliament", "assembly", "senate", "commission", "committee", "agency", "regulator",
     "authority", "office", "secretariat", "government", "cabinet", "delegation", "mission",
     "navy", "coastguard", "army", "police"}
)  # fmt: skip


def _bodies_called_by_their_sort(
    tokens: list[Token], ents: list[SpacySpan], quoted
) -> tuple[tuple[str, int, bool, frozenset[str]], ...]:  # type: ignore[no-untyped-def]
    """A public body no tagger names, called by its sort and marked by a place or a name: "The
    US embassy in Beijing said", "The Bjuv municipal council voted", "Germany's foreign ministry"
    (not "an embassy", nor "the ministry" alone, nor "the ministry's spokesman")."""
    in_ents = {i for ent in ents for i in range(ent.start, ent.end)}
    found = []
    for tok in tokens:
        if (
            tok.tag_ != "NN"
            or tok.lemma_.lower() not in _PUBLIC_BODIES
            or tok.dep_ in {"compound", "poss", "appos"}
            or any(c.dep_ == "appos" for c in tok.children)  # "..., the BSI": named beside
            or tok.i in in_ents
            or quoted(tok)
        ):
            continue
        lefts = list(tok.lefts)
        marks = [
            c
            for c in lefts
            if (c.dep_ in {"compound", "nmod"} and c.text[:1].isupper())  # ("U.S.", "Tromsø")
            or (c.dep_ == "poss" and c.ent_type_ in {"GPE", "ORG"})
            or (c.dep_ == "amod" and c.ent_type_ in {"NORP", "GPE"})
        ]
        definite = any(c.dep_ == "det" and c.lower_ == "the" for c in lefts) or any(
            c.dep_ == "poss" for c in marks
        )
        if not marks or not definite:
            continue
        first = min(c.left_edge.i if c.dep_ == "poss" else c.i for c in lefts if c.dep_ != "det")
        end = tok.i + 1
        place = next(
            (
                c
                for c in tok.rights
                if c.dep_ == "prep"
                and c.i == tok.i + 1
                and c.lower_ in {"in", "to"}
                and any(o.dep_ == "pobj" and o.ent_type_ == "GPE" for o in c.children)
            ),
            None,
        )
        if place is not None:
            end = place.right_edge.i + 1
        name = tok.doc[first:end]
        described = frozenset({tok.lemma_.lower()})
        found.append((name.text, name.start_char, _subject_or_beside_it(tok), described))
    return tuple(found)


def _honoured(unit: SpacySpan, ents: list[SpacySpan], quoted, titles) -> list[Person]:  # type: ignore[no-untyped-def]
    """People the tagger did not see as names but an honorific, a known given name or a title
    beside the name marks: "Ms Ruiz is calmer", "Ana Ruiz runs the lab", "Urs Rieder, a Swiss
    engineer, ..."."""
    named = {i for ent in ents if ent.label_ == "PERSON" for i in range(ent.start, ent.end)}
    found: list[Person] = []
    tokens = list(unit)
    k = 0
    while k < len(tokens) - 1:
        tok = tokens[k]
        honorific = tok.text[:1].isupper() and _is_honorific(tok)
        name_like = tok.pos_ == "PROPN" and tok.text[:1].isupper() and tok.i not in named
        given = name_like and _given_name(tok.text) is not None
        k += 1
        if not (honorific or name_like):
            continue
        if not (honorific or given) and tokens[k].pos_ != "PROPN":
            continue  # a name known by the title beside it has two words at least
        if quoted(tok):
            continue
        run = [] if honorific else [tok]
        for nxt in tokens[k:]:
            if _joins_a_name(nxt, run):
                continue  # "Lefèvre-Durand": one name, the hyphen inside it
            if nxt.pos_ != "PROPN" or not nxt.text[:1].isupper() or nxt.i in named:
                break
            run.append(nxt)
        if len(run) < (1 if honorific else 2):
            continue
        if not (honorific or given or _titled_beside(run[-1])):
            continue
        k = run[-1].i - unit.start + 1
        last = run[-1]
        subject = _subject_or_beside_it(last) or _before_its_pronoun(last)
        gender = titles.get(tok.lower_) if honorific else _given_name(tok.text)
        name = _name_text(run)
        found.append(Person(name, gender, frozenset(_roles(last)), subject, run[0].idx))
    return found


def _a_dateline(ent: SpacySpan) -> bool:
    """ "ADDIS ABABA —", "LONDON (Reuters) -": a place in capitals opening the sentence, then a
    dash or the agency, which the tagger may take for a body."""
    if ent.start - ent.sent.start > 1 or not ent.text.isupper():
        return False
    after = ent.doc[ent.end : ent.end + 5]
    if after and after[0].text == "(":  # "LONDON (Reuters) -"
        close = next((t.i for t in after if t.text == ")"), None)
        after = ent.doc[close + 1 : close + 2] if close is not None else after[:0]
    return bool(after) and after[0].text in _DASHES


def _a_person_by_name(ent: SpacySpan) -> bool:
    """A name the tagger took for an organisation that a given name opens ("Helena Marsh"),
    unless something calls it a body ("Jean Monnet Foundation", "Kestrel Labs, a firm")."""
    words = [t for t in ent if t.lower_ not in {"the", "a", "an"}]
    nouns = _words("organisation_nouns")
    return (
        len(words) > 1
        and _given_name(words[0].text) is not None
        and not _described_as_a_body(ent.root)
        and ent.root.lower_ not in _words("organisation_name_words")
        # ("Sharon Vision, an Israeli maker of ...": a firm)
        and not any(c.dep_ == "appos" and c.lemma_.lower() in nouns for c in ent.root.children)
    )


def _joins_a_name(tok: Token, run: list[Token]) -> bool:
    """A hyphen between two capitalised words with no space around it ("Nkosi-Mahlangu")."""
    doc = tok.doc
    return (
        tok.text == "-"
        and bool(run)
        and run[-1].i == tok.i - 1
        and not run[-1].whitespace_
        and not tok.whitespace_
        and tok.i + 1 < len(doc)
        and doc[tok.i + 1].text[:1].isupper()
    )


def _name_text(run: list[Token]) -> str:
    """The words of a name as written, hyphenated parts joined ("Anne-Sophie Lefèvre-Durand")."""
    doc = run[0].doc
    return doc[run[0].i : run[-1].i + 1].text


def _a_plural_of_people(ent: SpacySpan) -> bool:
    """'Fewer Westerners turn up': a plural after a word that is no name ('Aalders' is one)."""
    return ent.root.tag_ in {"NNS", "NNPS"} and ent[0].pos_ != "PROPN"


def _titled_beside(name: Token) -> bool:
    """A title stands beside the name ("Urs Rieder, a Swiss engineer, ...", "the technology
    minister, Rhodri Gwilt, ...") or describes it ("Nino Beridze is a software engineer")."""
    titles = _words("title_nouns")
    if any(c.dep_ == "appos" and c.lemma_.lower() in titles for c in name.children):
        return True
    if name.dep_ == "appos" and name.head.lemma_.lower() in titles:
        return True
    return (
        name.dep_ == "nsubj"
        and name.head.lemma_ == "be"
        and any(c.dep_ == "attr" and c.lemma_.lower() in titles for c in name.head.children)
    )


# -- frames ---------------------------------------------------------------------------------------


_VERB_LIKE = frozenset({"VERB", "AUX", "NOUN"})


def _frame(unit: SpacySpan, tokens: list[Token], ents, quoted) -> tuple[Frame | None, bool]:  # type: ignore[no-untyped-def]
    """The unit's frame, and whether the author speaks in the first person."""
    text = unit.text
    found = _according_to(unit, tokens, ents, quoted) or _in_words(unit, text)
    if found is not None:
        return found, False
    lemmas, needs_content, _, _ = _speech()
    skip_said = bool(_THAT_SAID.match(text))
    candidates: list[tuple[int, Frame]] = []
    author = False
    for tok in tokens:
        if tok.pos_ not in _VERB_LIKE:
            continue  # a reporting verb, or one the tagger read as a noun
        lemma = tok.lemma_.lower()
        declined = tok.dep_ == "xcomp" and _declined_to_say(tok, quoted)
        withheld = lemma in _WITHHELD and _withheld(tok)
        expects = lemma == _EXPECT and _expects_now(tok)
        if (
            lemma not in lemmas and lemma != _VIEW and not (declined or withheld or expects)
        ) or quoted(tok):
            continue
        if declined:  # "The envoy declined to name the countries": the envoy, refusing
            subject = _subject(tok.head, quoted)
            frame = _classify(subject, tok.head, ents) if subject is not None else None
            if frame is not None and not quoted(subject):
                candidates.append((_depth(tok.head), frame))
            continue
        misread = _verb_read_as_noun(tok) or _verb_read_as_a_modifier(tok) or _who_says(tok)
        if tok.pos_ != "VERB" and misread is None:
            continue
        if skip_said and tok.lower_ == "said" and tok.i - unit.start <= 2:
            continue
        habit = _habit(tok)
        # the tagger often reads a sentence's "like" as a preposition: "Diplomats like to say"
        like = habit is not tok and habit.lower_ == "like" and habit.dep_ == "ROOT"
        participle = _participle_report(tok) or _reported_by_doing(tok)
        reports = misread or like or participle or withheld or _finite(habit, quoted)
        if not (reports or _foreseen(habit, quoted)):
            continue
        if _embedded(tok, unit, quoted) and not (participle or misread or _what_x_says(tok)):
            continue
        if _speaks_through_an_aside(tok, lemmas):
            continue  # "Britain, the director says, has shown ...": the aside is the speech
        held_view = lemma in _HELD_VIEWS  # "She does not expect software to change that"
        if _says_nothing(tok) or (_negated(tok) and not (withheld or held_view)) or _orders(tok):
            continue
        main = (tok.head.head if tok.head.lower_ == "by" else tok.head) if participle else habit
        subject = misread or _subject(main, quoted)
        evidence = _is_document(subject) or (
            subject is not None and _finders_at(subject, ents) is not None
        )
        if lemma in needs_content and not misread and not _has_content(tok, quoted, evidence):
            continue
        if _passive(tok):  # the subject of "is believed" is what is believed, not who believes
            frame = _passive_frame(tok, ents)
            if frame is not None:
                candidates.append((_depth(tok), frame))
            continue
        if subject is None or quoted(subject):
            continue
        if subject.lower_ in {"i", "we", "me", "us"}:
            author = True
            continue
        frame = _classify(subject, tok, ents)
        if lemma == _VIEW and not _group_view(frame, tok):
            continue
        if _what_it_is_after(lemma, tok, frame) or (expects and _a_place(subject, ents)):
            continue  # (what Washington expects of its allies is no forecast reported)
        if withheld and _negated(tok) and (frame is None or frame.refer is None):
            # "It did not say how many": the source that spoke just before; "The administration
            # has not said what will replace it" tells of a silence, in the author's voice
            continue
        if frame is not None and frame.refer in _ASIDE_PRONOUNS and habit.dep_ == "parataxis":
            frame = replace(frame, aside=True, aside_from=_clause_start(habit))
        if frame is not None:
            candidates.append((_depth(tok), frame))
    if candidates:
        return min(candidates, key=lambda c: c[0])[1], False
    attitude = _attitude(tokens, ents, quoted)
    if attitude is not None:
        return attitude, False
    vague = pattern("attribution", "vague_phrases").search(text)
    if vague is not None and not author:
        return _vague_phrase(vague.group(0), vague.start() + unit.start_char), False
    return None, author


# A person's view told without their words: "Ms Carrier disputes that.", "Vikram Bhandari sees it
# differently.", "The Estonian is not persuaded.", "Margit Ruus remembers a host in a hurry."
_RESPONSES = frozenset(
    {"dispute", "disagree", "agree", "doubt", "concede", "accept", "deny", "question", "reject",
     "remember", "recall", "blame"}
)  # fmt: skip
_BACK_REFERENCES = frozenset({"that", "this", "it", "so"})
_ATTITUDES = frozenset(
    {"sure", "certain", "sceptical", "skeptical", "unimpressed", "unconvinced", "blunt",
     "blunter", "optimistic", "pessimistic", "wary", "warier", "confident", "doubtful",
     "hopeful", "adamant", "emphatic", "candid", "gloomier", "surer", "alarmed", "worried",
     "sanguine", "upbeat", "gloomy", "relaxed", "uneasy", "unpersuaded", "unmoved",
     "uncomfortable", "troubled"}
)  # fmt: skip
_PERSUADED = frozenset({"persuade", "convince", "impress", "reassure"})
_ATTITUDE_VERBS = _RESPONSES | _PERSUADED | {"see", "be", "bristle", "worry"}


def _attitude(tokens: list[Token], ents: list[SpacySpan], quoted) -> Frame | None:  # type: ignore[no-untyped-def]
    """The view of a person the unit names or refers to, told without their words: a response
    ("disputes that", "does not dispute that", "disagrees", "sees it differently", "remembers
    ..."), or an attitude ("is not persuaded", "is less sure", "is blunter about ...")."""
    root = next((t for t in tokens if t.dep_ == "ROOT" and not quoted(t)), None)
    if root is None:
        return None
    lemma = root.lemma_.lower()
    if lemma not in _ATTITUDE_VERBS:
        return None
    if _embedded(root, root.sent, quoted):
        return None
    objects = [c for c in root.children if c.dep_ in {"dobj", "ccomp"}]
    if lemma == "see":
        held = any(c.dep_ == "advmod" and c.lower_ in {"differently", "otherwise"}
                   for c in root.children)  # fmt: skip
    elif lemma in {"dispute", "doubt", "concede", "accept", "deny", "question", "reject"}:
        held = any(c.dep_ == "ccomp" or c.lower_ in _BACK_REFERENCES for c in objects)
    elif lemma in {"agree", "disagree"}:
        # "agreed to work together", "agreed one anyway": a deal
        held = not _to_infinitive(root, {"xcomp"}) and not any(
            c.dep_ == "dobj" for c in root.children
        )
    elif lemma == "bristle":
        held = True  # "Officials in Abu Dhabi bristle at the thought of inspectors"
    elif lemma == "worry":  # "Andres Tamm worries about the buyers rather than the pupils"
        held = any(c.dep_ == "prep" and c.lower_ == "about" for c in root.children)
    elif lemma in _RESPONSES:
        held = bool(objects)
    elif lemma in _PERSUADED:
        held = any(c.dep_ == "auxpass" for c in root.children)
    elif lemma == "be":
        held = any(c.dep_ in {"acomp", "attr"} and c.lower_ in _ATTITUDES for c in root.children)
        owner = _whose_view(root, quoted)
        if owner is not None:
            return _view_holder(owner, root, ents)
    else:
        held = False
    if not held:
        return None
    subject = _subject(root, quoted)
    if subject is None or quoted(subject):
        return None
    frame = _classify(subject, root, ents)
    if frame is None or frame.kind not in {"person", "group"}:
        return None  # (a country "agrees", a firm "is confident": what it does, not a view)
    if frame.kind == "group" and subject.lemma_.lower() in _words("organisation_nouns"):
        return None  # "The companies that build the models are worried too"
    return frame


# "The lawyer's answer is that ...", "Her view is that ...": a view with its holder
_VIEW_NOUNS = frozenset(
    {"answer", "reply", "response", "view", "argument", "position", "verdict", "objection",
     "worry", "fear", "hope", "complaint"}
)  # fmt: skip


def _whose_view(root: Token, quoted) -> Token | None:  # type: ignore[no-untyped-def]
    """The owner of a view the clause states: 'The lawyer's answer is that the lever pulls both
    ways' → 'lawyer' (a that-clause must follow)."""
    subject = _subject(root, quoted)
    if subject is None or subject.lemma_.lower() not in _VIEW_NOUNS:
        return None
    if not _that_clause(root, frozenset({"ccomp", "attr"})):
        return None
    return next((c for c in subject.children if c.dep_ == "poss"), None)


def _view_holder(owner: Token, verb: Token, ents: list[SpacySpan]) -> Frame | None:
    """The frame of whoever holds the view (a person or a group, not a country's or a firm's)."""
    cue = owner.head.lower_  # "answer", not "is"
    if owner.lower_ in _POSSESSIVE_PRONOUNS:
        refer = _POSSESSIVE_PRONOUNS[owner.lower_]
        return Frame(NAMED, owner.text, None, "person", cue, "indirect", refer=refer,
                     offset=owner.idx)  # fmt: skip
    frame = _classify(owner, verb, ents)
    if frame is None or frame.kind not in {"person", "group"}:
        return None
    return replace(frame, cue=cue)


_CLOSING = frozenset({'"', "”", "’", "'", "»"})
_PRESCRIBING_MODALS = frozenset({"should", "must", "ought", "shall"})


def prescription_reported(tokens: Sequence[Token]) -> bool:
    """Every "should"/"must" of the unit sits in what a speech verb reports ("telling them that
    they must spend faster", "supply chains, she argued, should run through ..."): the
    prescription is someone else's, not the author's."""
    lemmas = _speech()[0]
    modals = [t for t in tokens if t.tag_ == "MD" and t.lower_ in _PRESCRIBING_MODALS]
    if not modals:
        return False
    for modal in modals:
        clause = modal.head
        aside = any(c.dep_ == "parataxis" and c.lemma_.lower() in lemmas for c in clause.children)
        if not aside and (clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in lemmas):
            return False
    return True


_WH = frozenset({"how", "what", "whether", "when", "where", "which", "who", "whom", "why", "if"})


def prescription_asked(tokens: Sequence[Token]) -> bool:
    """Every "should"/"must" of the unit sits in an embedded question, so it is asked about, not
    prescribed ("haggle over how many days the talks should last", "asks whether Europe must
    follow")."""
    modals = [t for t in tokens if t.tag_ == "MD" and t.lower_ in _PRESCRIBING_MODALS]
    if not modals:
        return False
    for modal in modals:
        clause = modal.head
        if clause.dep_ == "ROOT":
            return False
        opening = [t for t in clause.subtree if t.i < modal.i]
        if not any(t.lower_ in _WH for t in opening[:4]):
            return False
    return True


# "Officials at the AI Office see no reason to ...", "Some Panamanians see the rivalry as a
# windfall": what an unnamed group sees is its view (a person's or a country's "sees" is not
# read as a source: "Washington sees it differently" is the author's summary).
_VIEW = "see"
_ASIDE_PRONOUNS = frozenset({*_PRONOUN_GENDER, "they"})


# Groups of bodies rather than people: "Banks see only their own customers" is what they can
# observe, not a view they hold.
_INSTITUTIONAL_GROUPS = frozenset(
    {"companies", "firms", "banks", "manufacturers", "chipmakers", "industry", "groups",
     "organisations", "organizations", "agencies", "authorities", "governments", "allies",
     "partners", "neighbours", "neighbors", "unions", "insurers", "monitors", "delegations"}
)  # fmt: skip


def _group_view(frame: Frame | None, verb: Token) -> bool:
    if frame is None or frame.status != VAGUE or frame.kind != "group":
        return False
    subject = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
    if subject is not None and subject.lower_ in _INSTITUTIONAL_GROUPS:
        return False
    return any(c.dep_ in {"dobj", "ccomp"} for c in verb.children)


# Verbs that pass a verdict on something "as" something.
# "described X as ...", "has presented the purchases as proof that ..."
_VERDICTS = frozenset(
    {"describe", "dismiss", "label", "criticise", "criticize", "reject", "present", "portray",
     "tout"}
)  # fmt: skip


def _judged_as(verb: Token, obj: Token) -> bool:
    """'described coordination between the two governments as closer than ...': an "as" after
    the object, however the parser hung it."""
    return any(t.lower_ == "as" and t.i > obj.i for t in verb.subtree)


_CLAUSE_BREAKS = frozenset({":", ";", "—", "–"})


def _clause_start(aside: Token) -> int:
    """Where the clause an aside is set into begins: after the last colon, semicolon or dash
    before the aside ("... to Hanoi in 2023: chip plants, she argued, should ..."), else where
    the parse says."""
    start = aside.head.left_edge
    for tok in aside.doc[start.i : aside.i]:
        if tok.text in _CLAUSE_BREAKS:
            start = tok.nbor()
    return start.idx


def _speaks_through_an_aside(verb: Token, lemmas: frozenset[str]) -> bool:
    """The verb is what was said, and a reporting aside set into its clause says who said it:
    'Leo XIII, he recalled, had answered ...', 'Britain, the director says, has shown ...';
    also when the parser hung the aside elsewhere ('They ask for the Estonian model, he says,
    and mean the chatbot: "..."')."""
    if any(
        c.dep_ == "parataxis"
        and c.lemma_.lower() in lemmas
        and any(s.dep_ in _SUBJECTS for s in c.children)
        for c in verb.children
    ):
        return True
    return any(
        t.dep_ == "parataxis" and t.lemma_.lower() in lemmas and _set_off_by_commas(t)
        for t in verb.doc[verb.i + 1 : verb.sent.end]
    )


_REFUSALS = frozenset({"decline", "refuse"})
_WITHHELD = frozenset(
    {"say", "name", "comment", "specify", "elaborate", "disclose", "identify", "discuss",
     "confirm", "reveal", "give", "answer", "explain"}
)  # fmt: skip


def _declined_to_say(verb: Token, quoted) -> bool:  # type: ignore[no-untyped-def]
    """'She declined to say whether Russia had been invited': a speaker who refused to say
    something is the source of the unit all the same."""
    return (
        verb.dep_ == "xcomp"
        and verb.lemma_.lower() in _WITHHELD
        and verb.head.lemma_.lower() in _REFUSALS
        and _finite(verb.head, quoted)
    )


def _what_it_is_after(lemma: str, verb: Token, frame: Frame | None) -> bool:
    """'Beijing wants relief': what a country or a firm is after, no view reported (but
    'António Guterres wants a binding treaty', a person's aim, is theirs; and 'Others want the
    WTO to return to ...' with its clause)."""
    if lemma != "want" or _to_infinitive(verb, {"xcomp", "ccomp"}):
        return False
    return frame is None or frame.kind != "person"


def _withheld(verb: Token) -> bool:
    """'The company did not say how much it would invest', 'She would not name the firms', 'The
    office did not comment', 'she would say only that the two had ...': what a speaker would
    not say (or said and no more) is theirs all the same (see ``_frame``: only a source that
    spoke before, so not 'The administration has not said what will replace it')."""
    if verb.lemma_.lower() not in _WITHHELD:
        return False
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    if any(c.dep_ == "advmod" and c.lower_ == "only" for c in verb.children) and clauses:
        return True
    if any(c.left_edge.lower_ == "only" for c in clauses):  # "say only that ..." as parsed
        return True
    return _negated(verb)


# "The agency expects demand to double", "She does not expect software to change that": a
# forecast somebody holds now (a past "had expected him to lose" is the story's)
_EXPECT = "expect"
_HELD_VIEWS = frozenset({"expect", "think", "believe"})


def _expects_now(verb: Token) -> bool:
    present = verb.tag_ in {"VBZ", "VBP"} or (
        verb.tag_ == "VB"
        and any(c.dep_ == "aux" and c.lower_ in {"does", "do"} for c in verb.children)
    )
    return present and any(c.dep_ in {"ccomp", "xcomp"} for c in verb.children)


def _a_place(subject: Token | None, ents: list[SpacySpan]) -> bool:
    entity = _entity(subject, ents) if subject is not None else None
    return entity is not None and entity.label_ == "GPE"


def _participle_report(verb: Token) -> bool:
    """'Donald Trump left the summit early, saying he was needed in Washington': a participle
    of 'say' (or 'warn', 'argue', 'tell' ...) with a clause reports what the main clause's
    subject said ('She was less cheerful, telling reporters the text was ...', 'He spent the
    afternoon telling anyone who would listen that ...')."""
    if verb.tag_ != "VBG" or verb.dep_ not in {"advcl", "xcomp"}:
        return False
    lemma = verb.lemma_.lower()
    if lemma in _PARTICIPLE_REPORTS:
        return any(c.dep_ == "ccomp" for c in verb.children)
    # "..., accusing it of blending Iranian oil", "..., describing the ships as spies"
    return any(c.dep_ == "prep" and c.lower_ == _CHARGES.get(lemma) for c in verb.children)


#: Participles that report a charge or a description, with the preposition that carries it.
_CHARGES = {"accuse": "of", "describe": "as"}


def _reported_by_doing(verb: Token) -> bool:
    """'Lambert opened the session by calling for a fund': what the main clause's subject said,
    told as the way they did something."""
    return (
        verb.tag_ == "VBG"
        and verb.dep_ == "pcomp"
        and verb.head.lower_ == "by"
        and verb.head.head.pos_ == "VERB"
        and verb.lemma_.lower() in _PARTICIPLE_REPORTS | _DIRECTIVES
    )


_PARTICIPLE_REPORTS = frozenset(
    {"say", "warn", "argue", "insist", "add", "note", "complain", "agree", "tell", "explain",
     "claim", "stress"}
)  # fmt: skip


def _verb_read_as_noun(tok: Token) -> Token | None:
    """The subject of a reporting verb the tagger read as a noun at the root of the sentence:
    'Historians of the relationship note that ...', 'Pan-Africanists object that ...' (people
    in the plural, then the verb, then a that-clause)."""
    if tok.dep_ != "ROOT" or tok.tag_ not in {"NN", "NNS"}:
        return None
    said = _that_clause(tok, frozenset({"ccomp", "acl"}))
    if tok.dep_ == "ROOT" and tok.tag_ == "NNS" and said:
        # "The 71-year-old argues that ...": the age, read as the noun's modifier, is who
        return next((c for c in tok.lefts if c.dep_ == "amod" and c.lower_ == "old"), None)
    if tok.dep_ != "ROOT" or tok.tag_ != "NN":
        return None
    plural = {"NNS", "NNPS"}
    subject = next((c for c in tok.children if c.dep_ == "nsubj" and c.tag_ in plural), None)
    # a noun has no subject and object: "Critics on the left dismiss the Rome Call as ..."
    # "Defenders of the Act point to Dresden"
    points = tok.lower_ == "point" and any(
        c.dep_ == "prep" and c.lower_ == "to" for c in tok.children
    )
    objects = any(c.dep_ == "dobj" for c in tok.children) or points
    if not said and not (subject is not None and objects):
        return None
    if subject is None:  # "Pan-Africanists object": the plural hung on the verb as a compound
        lefts = reversed(list(tok.lefts))
        subject = next((c for c in lefts if c.dep_ == "compound" and c.tag_ in plural), None)
    return subject


def _who_says(verb: Token) -> Token | None:
    """'The first comes from hawks in Washington, who argue that Vietnam is a back door': the
    people a relative clause says something of, with what they say."""
    if verb.dep_ != "relcl" or verb.head.pos_ not in {"NOUN", "PROPN"}:
        return None
    who = any(c.dep_ == "nsubj" and c.lower_ == "who" for c in verb.children)
    return verb.head if who and _that_clause(verb) else None


def _what_x_says(verb: Token) -> bool:
    """'levelling the desert for what the Emirati government says will be a 5-gigawatt
    campus': the description inside the phrase is the speaker's, wherever the phrase stands."""
    return any(
        c.dep_ == "ccomp" and any(g.dep_ == "nsubj" and g.lower_ == "what" for g in c.children)
        for c in verb.children
    )


def _verb_read_as_a_modifier(tok: Token) -> Token | None:
    """'Researchers at the University of California, Riverside, estimated in 2023 that ...':
    the reporting verb, set off by a comma after its subject, read as a participle hanging on
    the subject at the root of the sentence (or on a name set beside it): the subject."""
    if tok.tag_ != "VBN" or tok.dep_ != "acl":
        return None
    head = tok.head
    while head.dep_ == "appos" and head.head.i != head.i:
        head = head.head
    after_a_comma = tok.i > 0 and tok.doc[tok.i - 1].text == ","
    subject = head.dep_ == "ROOT" and head.pos_ in {"NOUN", "PROPN"}
    return head if subject and after_a_comma and _that_clause(tok) else None


def _that_clause(verb: Token, deps: frozenset[str] = frozenset({"ccomp"})) -> bool:
    """A clause opened by 'that' depends on the verb ('estimated in 2023 that ...')."""
    return any(
        c.dep_ in deps and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
        for c in verb.children
    )


def _depth(tok: Token) -> int:
    depth = 0
    while tok.head.i != tok.i:
        tok = tok.head
        depth += 1
    return depth


def _finite(verb: Token, quoted) -> bool:  # type: ignore[no-untyped-def]
    """A reporting verb that reports: finite, or perfect/progressive, never under a modal (the
    parser sometimes hangs a quotation's own words on the verb: those do not count)."""
    aux = [c for c in verb.children if c.dep_ in {"aux", "auxpass"} and not quoted(c)]
    if any(a.tag_ == "MD" for a in aux):
        return False
    if verb.tag_ in _FINITE:
        return True
    if verb.tag_ in {"VBN", "VBG"}:
        return bool(aux) or (verb.dep_ in {"conj", "ROOT"} and verb.tag_ == "VBN")
    if verb.tag_ == "VB":
        if not aux and verb.dep_ == "ROOT":  # "Sceptics dismiss ...": a present tense misread
            return any(c.dep_ == "nsubj" and c.tag_ in {"NNS", "NNPS"} for c in verb.children)
        return any(a.lower_ in {"do", "does", "did"} for a in aux)
    return False


def _foreseen(verb: Token, quoted) -> bool:  # type: ignore[no-untyped-def]
    """'Critics will say that ...', 'Some will object ...': the author foresees the other side's
    answer, which is still that side's view (a 'might' or 'could' stays a mere possibility)."""
    aux = [c for c in verb.children if c.dep_ == "aux" and not quoted(c)]
    if [a.lower_ for a in aux] != ["will"] or verb.tag_ != "VB":
        return False
    subject = _subject(verb, quoted)
    return subject is not None and (
        subject.lower_ in _words("opponent_nouns") or subject.lower_ in _GROUP_QUANTIFIERS
    )


# Clauses inside another clause: a speech verb there reports nothing of its own ("a measure
# lawmakers have proposed", "officers asked to judge", "by the time monitors have confirmed",
# "if Washington believes that ...").
_EMBEDDING = {"relcl", "acl", "ccomp", "xcomp", "advcl", "pcomp", "csubj", "amod", "acomp"}


# Verbs of habit that carry a speech verb: "diplomats like to say that ...", "critics tend to
# argue ...": the speech verb reports as if it were finite, with their subject.
_HABITS = frozenset({"like", "love", "tend", "continue", "prefer"})


def _habit(verb: Token) -> Token:
    """The habit verb that carries ``verb`` ('like' in 'like to say'), else the verb itself."""
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _HABITS:
        return verb.head
    return verb


def _embedded(verb: Token, unit: SpacySpan, quoted) -> bool:  # type: ignore[no-untyped-def]
    """The verb sits in a clause that depends on another within the unit ('As X put it' aside:
    that clause is how a quotation is credited; nor does a trailing concession, 'X drew
    applause, though the commissioner acknowledged that ...'; a quotation's own clauses do not
    count)."""
    node = _habit(verb)
    if node.dep_ == "parataxis":
        return False  # "...: supply chains, she argued, should run ...": an aside reports
    if _as_aside(node):
        return False  # "What she means, as she put it later, is ...": credits the sentence
    while node.head.i != node.i and unit.start <= node.head.i < unit.end:
        if quoted(node.head):
            return False
        if node.dep_ in _EMBEDDING and _across_a_colon(node):
            return False  # "Ms Haque says her plant is different: she paid ...": misparsed
        if node.dep_ in _EMBEDDING:
            marks = {c.lower_ for c in node.children if c.dep_ == "mark"}
            trailing = (
                node.i > node.head.i
                and bool(marks & _TRAILING_CONCESSIONS)
                and not any(c.dep_ in _SUBJECTS and c.lower_ == "it" for c in node.children)
            )
            if not (node.dep_ == "advcl" and (marks == {"as"} or trailing)):
                return True
        node = node.head
    return False


_TRAILING_CONCESSIONS = frozenset({"though", "although"})


def _as_aside(node: Token) -> bool:
    """', as she put it later over tea,': an "as" clause set off by a comma (or opening the
    sentence) that credits what is said."""
    if node.dep_ != "advcl":
        return False
    marks = [c for c in node.children if c.dep_ == "mark"]
    if [m.lower_ for m in marks] != ["as"]:
        return False
    mark = marks[0]
    return mark.i == mark.sent.start or mark.doc[mark.i - 1].text == ","


def _across_a_colon(node: Token) -> bool:
    """A clause that opens the sentence with its own subject, hung on a verb after a colon or a
    semicolon: the parser joined two sentences ("X says Y: she paid ..."), the first is main."""
    head = node.head
    if head.i <= node.i or not any(c.dep_ in _SUBJECTS for c in node.children):
        return False
    between = node.doc[node.i : head.i]
    return node.left_edge.i == node.sent.start and any(t.text in {":", ";"} for t in between)


def _says_nothing(verb: Token) -> bool:
    """'they say nothing about ...' is an idiom for leaving something out (but 'she conceded as
    much' reports what went before)."""
    return any(
        c.dep_ == "dobj"
        and c.lower_ in {"nothing", "little", "much", "anything"}
        and not any(g.lower_ == "as" for g in c.children)
        for c in verb.children
    )


def _orders(verb: Token) -> bool:
    """'told their diplomats to keep away', 'asked Congress to stop paying': an order or a
    request (or 'agreed to share' a deal), which is something done, not a report of what was
    said."""
    lemma = verb.lemma_.lower()
    if lemma == "agree" and _to_infinitive(verb, {"xcomp"}):
        return True  # "both companies agreed to share their models": a deal, not a view
    return (
        lemma in {"ask", "tell", "order", "instruct"}
        and any(c.dep_ == "dobj" for c in verb.children)
        and _to_infinitive(verb, {"xcomp"})
    )


def _to_infinitive(verb: Token, deps: set[str]) -> bool:
    """A 'to ...' clause depends on the verb ('asked Congress to stop', 'want X to return')."""
    return any(
        c.dep_ in deps and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for c in verb.children
    )


def _negated(verb: Token) -> bool:
    """'is not saying yes', 'never claimed': the author states what was not said."""
    return any(c.dep_ == "neg" for c in verb.children)


def _passive(verb: Token) -> bool:
    return any(c.dep_ == "auxpass" for c in verb.children)


def _is_document(subject: Token | None) -> bool:
    if subject is None:
        return False
    nouns = _words("document_nouns")
    return subject.lower_ in nouns or subject.lemma_.lower() in nouns


def _finders_at(head: Token, ents: list[SpacySpan]) -> str | None:
    """The named body whose researchers speak: 'Microsoft' in 'researchers at Microsoft',
    'ECMWF' in 'ECMWF's own scientists' (their findings are the institution's)."""
    if head.lower_ not in _words("finder_nouns"):
        return None
    for child in head.children:
        if child.dep_ == "poss":
            name = _name_of(child, ents)
            if name:
                return name
        if child.dep_ == "prep" and child.lower_ in {"at", "from", "with"}:
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            name = _name_of(pobj, ents) if pobj is not None else None
            if name:
                return name
    return None


# Figure verbs that estimate only with 'at': "put the cost at $2bn", "places the loss at ...".
_PLACING = frozenset({"put", "place"})
_PLACED_AT = frozenset({"at", "below", "above", "around", "near", "between", "over", "under"})


def _has_content(verb: Token, quoted, evidence: bool) -> bool:  # type: ignore[no-untyped-def]
    """A complement that holds what was said: a clause, a quotation, 'of'/'about' ..., the
    object of an evidence verb when a document speaks ('studies show a rise' — but not
    'engineers have shown ingenuity'), or 'urged X to ...'."""
    _, _, figures, evidence_verbs = _speech()
    lemma = verb.lemma_.lower()
    has_object = any(c.dep_ == "dobj" for c in verb.children)
    if verb.dep_ == "parataxis" or _set_off_by_commas(verb):
        return True  # "AI, they argue, will cut ...": the clause it is set into is what was said
    if lemma == "want":
        # a stance held now: "Others want the WTO to return to ..." — not "Beijing wants relief",
        # nor a story's "the company wanted to pay a German distributor"
        wanted = any(c.dep_ in {"dobj", "ccomp"} for c in verb.children)
        return verb.tag_ in {"VBP", "VBZ"} and (_to_infinitive(verb, {"xcomp", "ccomp"}) or wanted)
    for child in verb.children:
        if child.dep_ in {"ccomp", "parataxis", "oprd"}:
            return True
        if child.dep_ == "xcomp" and lemma in _DIRECTIVES and has_object:
            return True
        if child.dep_ in {"xcomp", "ccomp"} and lemma in _FORECASTS:
            return True  # "The agency projects demand to double by 2030"
        if child.dep_ == "prt" and child.lower_ == "out":
            return lemma != "find"  # "pointed out" (but "Tonga found out" learnt it)
        if child.dep_ == "prep" and child.lower_ in {"to", "that"} and not has_object:
            # "pointed to Dresden" (but not "added seven metals to its list", nor "testers
            # answer to the firms that pay them")
            return not (lemma == "answer" and child.lower_ == "to")
        if (
            child.dep_ in {"dobj", "advmod"}
            and child.lower_ in {"much", "so"}
            and (child.lower_ == "so" or any(g.lower_ == "as" for g in child.children))
        ):
            return True  # "Mr Nair conceded as much", "she said so"
        if child.dep_ == "prep" and child.lower_ in {"of", "about"} and lemma in _WARNINGS:
            return True
        if child.dep_ == "dobj" and lemma in _VERDICTS and _judged_as(verb, child):
            return True  # "Sceptics dismiss the text as Beijing's talking points"
        if child.dep_ == "prep" and child.lower_ == "for" and lemma == "call":
            return True  # "the strategy calls for shared infrastructure"
        on = child.dep_ == "prep" and child.lower_ == "on"
        if on and lemma == "call" and _to_infinitive(verb, {"xcomp"}):
            return True  # "He called on the bank to create a fund"
        if (  # "put the cost at $2bn", "put it at about a third" (not "put requests under
            # scrutiny": an act)
            child.dep_ == "prep"
            and _places_at(child)
            and lemma in _PLACING
            and any(_figure_word(t) for t in child.doc[child.i + 1 : child.i + 5])
        ):
            return True
        if child.dep_ == "dobj" and lemma in _PLACING:
            if child.lower_ == "it" and any(
                c.dep_ == "mark" and c.lower_ == "as" for c in verb.children
            ):
                return True  # "As Mr Smit put it, ..."
            if any(  # "put the share well below 50 percent" (however the parser hangs it)
                _places_at(t) and any(_figure_word(n) for n in t.doc[t.i + 1 : t.i + 4])
                for t in verb.subtree
            ):
                return True
            continue  # "put the cost at ..." is an estimate, "put $1.5bn into G42" an act
        if child.dep_ == "dobj" and lemma in figures and lemma not in _FORECASTS:
            # "Officials counted 40 deaths", "the bank values the deal at $2bn" — but "a plant
            # manager is still counting transistors" does something, reports nothing
            if any(_figure_word(t) for t in verb.subtree if t.i > verb.i):
                return True
            continue
        if child.dep_ == "dobj" and (lemma in figures or (lemma in evidence_verbs and evidence)):
            return True
    if lemma in _PLACING:
        return False  # "put Korea back on its "white list"": a quotation nearby is no estimate
    sentence = verb.sent
    return any(quoted(t) for t in sentence)


def _set_off_by_commas(verb: Token) -> bool:
    """'Squeeze supply, they argue, and high prices will ...': a subject and its speech verb set
    between commas inside the sentence, however the parser hung them."""
    doc = verb.doc
    k = verb.i
    return (
        k >= 3
        and k + 1 < len(doc)
        and doc[k + 1].text == ","
        and doc[k - 1].dep_ in _SUBJECTS
        and doc[k - 1].head.i == k
        and doc[k - 2].text == ","
        and k - 2 > verb.sent.start
    )


_FRACTIONS = frozenset({"half", "third", "thirds", "quarter", "quarters", "fifth", "tenth"})


def _places_at(tok: Token) -> bool:
    """'at'/'below' ... that places a figure ("put the cost at $2bn"), not the "at least" of
    "put at least one of them east of the Oder"."""
    following = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return tok.lower_ in _PLACED_AT and not (
        following is not None and following.lower_ in {"least", "most"}
    )


def _figure_word(tok: Token) -> bool:
    """A number, an amount or a fraction ("50", "$2bn", "a third")."""
    return (
        tok.like_num
        or tok.is_currency
        or tok.lower_ in _FRACTIONS
        or any(c.isdigit() for c in tok.text)
    )


def _subject(verb: Token, quoted) -> Token | None:  # type: ignore[no-untyped-def]
    """The verb's subject outside any quotation (a conjoined verb shares its first verb's)."""
    node: Token | None = verb
    while node is not None:
        subjects = [c for c in node.children if c.dep_ in _SUBJECTS and not quoted(c)]
        subjects = [_past_the_dateline(c) for c in subjects]
        subjects = [c for c in subjects if c is not None]
        if subjects:  # two subjects is a misparse: the nearer one before the verb is the one
            before = [c for c in subjects if c.i < node.i]
            return before[-1] if before else subjects[0]
        node = node.head if node.dep_ == "conj" and node.head.i != node.i else None
    return (
        _inverted_subject(verb, quoted)
        or _trailing_subject(verb, quoted)
        or _subject_after_a_quotation(verb, quoted)
    )


_DASHES = frozenset({"—", "–", "-", "--"})


def _past_the_dateline(subject: Token) -> Token | None:
    """A wire dateline read as the subject ("WASHINGTON — Japan's ambassador ... said", "SAN
    JOSE, Calif. — Tessaract Semiconductor, a rival to Nvidia, said"): the place in capitals at
    the start of the sentence, then a dash. The source is what follows the dash (when the parser
    hung it on the place), else another subject of the verb."""
    sentence = subject.sent
    if subject.i - sentence.start > 3 or not subject.text.isupper() or len(subject.text) < 3:
        return subject
    dash = next(
        (
            t
            for t in subject.doc[subject.i + 1 : min(subject.i + 6, sentence.end)]
            if t.text in _DASHES
        ),
        None,
    )
    if dash is None:
        return subject
    after = [c for c in subject.children if c.dep_ == "appos" and c.i > dash.i]
    return after[0] if after else None


def _inverted_subject(verb: Token, quoted) -> Token | None:  # type: ignore[no-untyped-def]
    """'"...," said Marta Ekdahl, a lawyer ...': the name right after a speech verb that
    follows a quotation, when the parser hung the name on another verb."""
    doc = verb.doc
    if verb.i == 0 or (not quoted(doc[verb.i - 1]) and doc[verb.i - 1].text not in _CLOSING):
        return None
    end = verb.i + 1
    while end < len(doc) and doc[end].pos_ == "PROPN" and not quoted(doc[end]):
        end += 1
    return doc[end - 1] if end > verb.i + 1 else None


def _trailing_subject(verb: Token, quoted) -> Token | None:  # type: ignore[no-untyped-def]
    """'..., its digital envoy, Matteo Bellandi, said.': the speaker set off by commas right
    before a speech verb that has no subject, when the parser hung it on the words before."""
    doc = verb.doc
    if verb.i < 2 or doc[verb.i - 1].text != "," or verb.dep_ != "ROOT":
        return None
    speaker = doc[verb.i - 2]
    if quoted(speaker) or speaker.pos_ not in {"PROPN", "NOUN"}:
        return None
    if speaker.pos_ == "NOUN":  # "In 2024 Alat, the fund's manufacturing arm, said ...": the
        # name the description is set beside
        comma = next((t for t in reversed(doc[verb.sent.start : speaker.i]) if t.text == ","), None)
        if comma is not None and comma.i > verb.sent.start and doc[comma.i - 1].pos_ == "PROPN":
            return doc[comma.i - 1]
    return speaker


def _subject_after_a_quotation(verb: Token, quoted) -> Token | None:  # type: ignore[no-untyped-def]
    """'"We buy ships on a fifteen-year cycle," the 38-year-old said.': the short phrase between
    a closing quotation mark and the speech verb, when the parser hung it on the verb as anything
    but its subject."""
    doc = verb.doc
    if verb.dep_ != "ROOT" or verb.i < 2:
        return None
    start = verb.i
    while start > verb.sent.start and verb.i - start < _SHORT_PHRASE:
        before = doc[start - 1]
        if before.text in _CLOSING or quoted(before):
            break
        start -= 1
    before = doc[start - 1] if start > verb.sent.start else None
    if before is None or not (before.text in _CLOSING or quoted(before)) or start == verb.i:
        return None
    head = doc[verb.i - 1]
    if doc[start].lower_ not in {"the", "a", "an"} or head.pos_ not in {"NOUN", "ADJ"}:
        return None
    return head


_SHORT_PHRASE = 6  # words between a closing quotation mark and its speech verb


def _source_text(head: Token) -> str:
    """The source phrase as written: the subject's words without appositives, relative clauses,
    or the punctuation around them."""
    drop: set[int] = set()
    for child in head.children:
        if child.dep_ in {"appos", "relcl", "acl", "punct", "cc", "conj"}:
            drop.update(t.i for t in child.subtree)
    words = [t for t in head.subtree if t.i not in drop]
    while words and (words[-1].is_punct or words[-1].is_space):
        words.pop()
    while words and (words[0].is_punct or words[0].is_space):
        words.pop(0)
    if not words:
        return head.text
    first = words[0].i
    doc = head.doc
    # "Pan-Africanists": the tokenizer split the word at its hyphen
    while (
        first >= 2
        and doc[first - 1].text == "-"
        and not (doc[first - 1].whitespace_ or doc[first - 2].whitespace_)
    ):
        first -= 2
    return doc[first : words[-1].i + 1].text


# Those around a person who speak for them: "Marchand's office", "the senator's campaign".
_ENTOURAGE = frozenset({"office", "campaign", "team", "staff", "camp", "entourage"})
_OWNED_ENTOURAGE = re.compile(
    r"^(?:the\s+)?([A-Z][\w-]*)['’]s?\s+(" + "|".join(sorted(_ENTOURAGE)) + r")\b"
)


def _an_entourage(frame: Frame, people: _People) -> bool:
    """ "Marchand's office said" where the tagger took Marchand for a body: a person named
    before owns the office, which speaks for her without being her."""
    found = _OWNED_ENTOURAGE.match(frame.source or "")
    return (
        found is not None
        and frame.status == NAMED
        and frame.kind == "organisation"
        and people.surname(found.group(1)) is not None
    )


def _acts_for(head: Token) -> bool:
    """A lawyer or a spokesman for somebody: a name set beside the phrase is the client."""
    return head.lemma_.lower() in _AIDES and any(
        c.dep_ == "prep" and c.lower_ == "for" for c in head.children
    )


def _person_beside_a_body(prep: Token, ents: list[SpacySpan]) -> SpacySpan | None:
    """The person set beside the body a role's prepositional phrase names ("a minister at
    Global Affairs Canada, Susan Marwick"): the parser's appositive of the body."""
    for obj in (c for c in prep.children if c.dep_ == "pobj"):
        body = _entity(obj, ents)
        if body is None or body.label_ not in _ORGANISATION_LABELS:
            continue
        for child in obj.children:
            ent = _entity(child, ents) if child.dep_ == "appos" else None
            if ent is not None and ent.label_ == "PERSON":
                return ent
    return None


def _entity(tok: Token, ents: list[SpacySpan]) -> SpacySpan | None:
    for ent in ents:
        if ent.start <= tok.i < ent.end:
            return ent
    return None


def _bare(text: str) -> str:
    """A named source without a leading article, a possessive owner ('The UK's Cameron') or
    its own possessive ending ("the Commerce Department's new rule")."""
    text = re.sub(r"^(?:the|a|an)\s+", "", text, flags=re.I)
    text = re.sub(r"^.*?['’]s\s+(?=[A-Z])", "", text)
    text = re.sub(r"['’]s?$", "", text.strip())
    return text.strip()


def _classify(head: Token, verb: Token, ents: list[SpacySpan]) -> Frame | None:
    """Who ``head`` (the subject of the speech verb) is, as a frame."""
    low, lemma = head.lower_, head.lemma_.lower()
    joined = _hyphenated(head)
    if joined is not None and any(  # "The start-up said" (but "the vice-minister": a minister)
        joined in _words(words) for words in ("organisation_nouns", "group_nouns", "title_nouns")
    ):
        low = lemma = joined
    cue, source = _cue(verb), _source_text(head)

    def frame(status: AttributionStatus, kind: str, speaker: str | None = None, **kw) -> Frame:  # type: ignore[no-untyped-def]
        return Frame(status, kw.pop("as_written", source), speaker, kind, cue, "indirect",
                     offset=kw.pop("offset", head.idx), **kw)  # fmt: skip

    if low in _words("not_sources") and not _names_which_one(head, ents):
        return None
    if _AGE.match(source) or _AGE_SET_OFF.match(source):
        # "The 41-year-old said", "The 61-year-old, now a consultant, said": the person of that
        # age, else the one in view
        return frame(VAGUE, "person", refer="year-old", described=_ages_in(source))
    if low in _PRONOUN_GENDER:
        return frame(NAMED, "person", refer=low, as_written=head.text)
    if low in {"they", "them"}:
        return frame(VAGUE, "group", refer="they", as_written=head.text)
    if low == "it":
        return frame(VAGUE, "unknown", refer="it", as_written=head.text)
    if low in _PAIR and any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
        return frame(VAGUE, "person", refer=low)  # "The latter said": one of two just named
    # A role with a name beside it: "DeepSeek's founder, Liang Wenfeng, said".
    for child in head.children:
        ent = _entity(child, ents) if child.dep_ == "appos" else None
        if ent is None and child.dep_ == "prep":
            # "An assistant deputy minister at Global Affairs Canada, Susan Marwick, told": the
            # parser hung the name on the body; a person describes no body, so it names the role
            ent = _person_beside_a_body(child, ents)
        if ent is not None and ent.label_ == "PERSON":
            name, _ = _clean_name(ent.text)
            return frame(NAMED, "person", name, as_written=ent.text, offset=ent.start_char)
        if ent is not None and ent.label_ in _ORGANISATION_LABELS and _acts_for(head):
            continue  # "A lawyer for the buyer, Qingyun Semiconductor, said": the client
        if ent is not None and ent.label_ in _ORGANISATION_LABELS and head.pos_ != "PROPN":
            # "Their professional association, AIIC, has warned ...": the body is named ("The
            # candidate, Mihail Dobre, ...": a person whatever the tagger says)
            kind = "person" if head.lemma_.lower() in _words("title_nouns") else "organisation"
            return frame(NAMED, kind, _bare(ent.text))
    ent = _entity(head, ents)
    label = ent.label_ if ent is not None else None
    if head.tag_ == "NNPS" and _FOLLOWERS.search(head.lower_) and label != "PERSON":
        return frame(VAGUE, "group")  # "Pan-Africanists object": people named by a cause
    if ent is not None and label != "PERSON" and (_titled(head) or _titled_beside(head)):
        # "Ms Coutinho said", "Mihkel Lepp, a physics teacher, is uneasy": a title makes a
        # person whatever the tagger says
        label = "PERSON"
    if ent is not None and label == "PERSON" and not _described_as_a_body(head):
        return frame(NAMED, "person", _clean_name(ent.text)[0])
    if ent is not None and label == "PERSON":  # "Drone maker Lingfeng Aviation said"
        return frame(NAMED, "organisation", _bare(ent.text))
    if label == "GPE" and head.lower_.endswith(("ian", "ean")) and _one_of_a_people(head):
        label = "NORP"  # "the Ukrainian told me": a person, whatever place the tagger saw
    if ent is not None and label in _ORGANISATION_LABELS:
        return frame(NAMED, "organisation", _bare(ent.text), as_written=source)
    if ent is not None and label in _DOCUMENT_LABELS:
        return frame(NAMED, "document", _bare(ent.text), as_written=source)
    phrase = _title_phrase(head)
    titled = head.tag_ == "NN" and (
        phrase in _words("title_nouns") or lemma in _words("title_nouns")
    )
    if label == "NORP" and _one_of_a_people(head):
        # "the Nigerian said": the person in view (or the one the text called Nigerian)
        return frame(VAGUE, "person", refer=lemma, nationality=True)
    if label in {"NORP", "ACTOR"} and not titled:
        return frame(VAGUE, "group")  # ("the diplomat" is a title, resolved below)
    described = next((c for c in head.children if c.dep_ == "appos"), None)
    if head.pos_ != "PROPN" and head.text[:1].isupper() and described is not None:
        # "Planet, a commercial satellite operator, says": a name the tagger took for a noun.
        is_person = described.lemma_.lower() in _words("title_nouns")
        return frame(NAMED, "person" if is_person else "organisation", _bare(source))
    if head.pos_ == "PROPN" and phrase not in _words("title_nouns"):
        titles = _titles()
        if (
            any(t.lower_ in titles for t in head.lefts)
            or _given_name(head.text) is not None
            or _titled_beside(head)
        ):
            first = min([t.i for t in head.lefts if t.dep_ == "compound"] + [head.i])
            return frame(NAMED, "person", _clean_name(head.doc[first : head.i + 1].text)[0])
        return frame(NAMED, "organisation", _bare(source))
    determiner = next(
        (
            c.lower_
            for c in head.children
            if c.dep_ in {"det", "poss"} or (c.dep_ == "nummod" and c.lower_ == "one")
        ),
        None,
    )
    owner = _owner(head, ents)
    finders = _finders_at(head, ents)
    if finders:
        return frame(NAMED, "organisation", finders)
    if low in _words("document_nouns") or lemma in _words("document_nouns"):
        if owner:
            return frame(NAMED, "document", owner)
        body = _owned_by_a_body(head)
        if body is not None:  # "The department's own audit found": the department named before
            return frame(VAGUE, "document", refer="body", title=body)
        return frame(VAGUE, "document", refer="same" if _points_back(head, determiner) else None)
    if (
        low in _words("group_nouns")
        or low in _words("opponent_nouns")
        or (head.tag_ == "NNS" and lemma in _words("title_nouns"))
    ):
        return frame(VAGUE, "group")
    if _unnamed_people(head, determiner):
        return frame(VAGUE, "group")
    if phrase in _words("title_nouns") or lemma in _words("title_nouns"):
        modifiers = [c for c in head.children if c.dep_ in {"amod", "compound"}]
        if determiner in _INDEFINITE or _unnamed_by_request(head):
            described = frozenset(c.lemma_.lower() for c in modifiers)
            return frame(VAGUE, "person", title=lemma, described=described)
        if determiner in _POSSESSIVE_DETERMINERS:
            # "Its director said", "His counterpart said": the person the text gave that post
            # ("Elin Sandvik, its director", "X founded the lab ... its founder", "X and his
            # Ghanaian counterpart, Y"); else somebody unnamed ("His spokeswoman said"), the
            # title waiting for a name
            return frame(VAGUE, "person", refer=lemma, aide=True)
        described = frozenset(c.lemma_.lower() for c in modifiers) | frozenset(
            _NATION + c.lemma_.lower() for c in modifiers if c.ent_type_ == "NORP"
        )
        owner = next((c for c in head.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
        return frame(
            VAGUE,
            "person",
            refer=lemma,
            described=described,
            belongs_to=owner.text if owner is not None else None,
            for_a_country=owner is not None and owner.ent_type_ == "GPE",
            aide=lemma in _AIDES and any(c.dep_ == "poss" for c in head.children),
            anew=_described_anew(head),
        )
    if lemma in _words("organisation_nouns"):
        if owner:
            return frame(NAMED, "organisation", owner)
        if head.tag_ in {"NN", "NNP"} and any(  # "the Danish government": one body, named
            c.dep_ == "amod" and (e := _entity(c, ents)) is not None and e.label_ == "NORP"
            for c in head.children
        ):
            # ("the Malaysian ministry" is the Ministry of Investment named before, if any)
            return frame(NAMED, "organisation", _bare(source), refer="body", title=lemma)
        back = (_points_back(head, determiner) and determiner != "the") or _same(head)
        if not back and determiner == "the" and head.tag_ == "NN":
            # "The company has said ...": the firm just named; "the embassy said": the body
            # named before whose name holds "embassy"
            return frame(VAGUE, "organisation", refer="body", title=lemma)
        return frame(VAGUE, "organisation", refer="same" if back else None)
    if determiner == "the" and head.tag_ == "NN" and head.is_lower and ent is None:
        if _AGED.match(source):  # "the 47-year-old skipper": the person in view, so called
            described = frozenset({lemma}) | _ages_in(source)
            return frame(VAGUE, "person", refer="year-old", described=described)
        return frame(VAGUE, "person", refer=lemma, by_role=True)  # "the werken said"
    if head.is_title and head.is_alpha and not list(head.children) and ent is None:
        # "Rojas argues" with the name read as an adjective: somebody named before, if anyone
        return frame(NAMED, "organisation", head.text, refer="surname")
    return None


def _hyphenated(tok: Token) -> str | None:
    """The whole word when the tokenizer split it at a hyphen ("start", "-", "up")."""
    doc = tok.doc
    if tok.i < 2 or doc[tok.i - 1].text != "-":
        return None
    first = doc[tok.i - 2]
    if first.whitespace_ or doc[tok.i - 1].whitespace_ or not first.is_alpha:
        return None
    return f"{first.lower_}-{tok.lower_}"


def _names_which_one(head: Token, ents: list[SpacySpan]) -> bool:
    """'One of the companies, Brightwave Circuit Trading, said': 'one' with the name beside it."""
    return head.lower_ == "one" and any(
        c.dep_ == "appos" and _entity(c, ents) is not None for c in head.children
    )


def _one_of_a_people(head: Token) -> bool:
    """'the Kenyan', 'the Israeli', 'the Swede': one person called by nationality (not 'the
    Chinese', 'the French', who are a side, nor 'the Kenyans')."""
    return (
        head.tag_ in {"NNP", "NN", "JJ"}
        and (head.lower_.endswith(("an", "i")) or head.lower_ in _DEMONYMS)
        # ("the Sierra Leonean", "the South African": a demonym of two words)
        and [c.lower_ for c in head.children if not _first_word_of_a_place(c)] == ["the"]
    )


def _first_word_of_a_place(tok: Token) -> bool:
    return tok.dep_ == "compound" and tok.pos_ == "PROPN" and tok.i == tok.head.i - 1


# One of a people whose noun is not the adjective the text describes them with: "the Swede" is
# the "former Swedish coastguard officer".
_DEMONYMS = {
    "swede": "swedish", "dane": "danish", "finn": "finnish", "pole": "polish", "brit": "british",
    "briton": "british", "scot": "scottish", "turk": "turkish", "spaniard": "spanish",
    "frenchman": "french", "frenchwoman": "french", "dutchman": "dutch", "dutchwoman": "dutch",
    "englishman": "english", "englishwoman": "english", "irishman": "irish",
    "irishwoman": "irish", "welshman": "welsh", "icelander": "icelandic", "croat": "croatian",
    "serb": "serbian", "filipino": "philippine", "filipina": "philippine", "greek": "greek",
    "thai": "thai", "czech": "czech", "slovak": "slovak", "uzbek": "uzbek", "kazakh": "kazakh",
}  # fmt: skip


# "The company said", "the bloc called for": the firm (bank, alliance ...) the text has named.
_FIRMS = frozenset(
    {"company", "firm", "bank", "agency", "ministry", "fund", "institute", "alliance", "bloc",
     "union", "coalition", "commission", "group", "authority", "regulator", "watchdog", "maker",
     "chipmaker", "manufacturer", "start-up", "startup", "operator", "platform", "supplier"}
)  # fmt: skip
# Words that make a plural subject an unnamed group: "some interpreters", "many economists".
_GROUP_QUANTIFIERS = frozenset({"some", "many", "most", "several", "few", "other", "numerous"})
# Followers of a cause, capitalised ("Pan-Africanists", "Gaullists", "Keynesians").
_FOLLOWERS = re.compile(r"(?:ists|ians|ites)$")
# Agent nouns ("translators", "economists", "campaigners") name people by what they do.
_AGENT_SUFFIX = re.compile(r"(?:ers|ors|ists|ians|ants|ents)$")
_NOT_AGENTS = frozenset(
    {"numbers", "papers", "letters", "figures", "centers", "factors", "sectors", "orders",
     "borders", "matters", "chapters", "waters", "layers", "powers", "elements", "documents",
     "arguments", "agreements", "governments", "developments", "instruments", "statements",
     "movements", "investments", "comments", "events", "components", "talents", "plants",
     "grants", "constraints", "markets", "reports", "members", "computers", "servers"}
)  # fmt: skip


def _unnamed_people(head: Token, determiner: str | None) -> bool:
    """A plural noun for people, not named: 'some interpreters argue', 'economists warn'."""
    if head.tag_ != "NNS" or head.pos_ == "PROPN":
        return False
    quantified = determiner in _GROUP_QUANTIFIERS or any(
        c.dep_ in {"amod", "det"} and c.lower_ in _GROUP_QUANTIFIERS for c in head.children
    )
    return quantified or _agent_noun(head.lower_)


def _agent_noun(low: str) -> bool:
    """A plural that names people by what they do: 'translators', 'economists'."""
    return bool(_AGENT_SUFFIX.search(low)) and low not in _NOT_AGENTS


def _titled(head: Token) -> bool:
    """An honorific stands before the name: "Ms Coutinho", "Dr. Ali Khan" (not "General
    Motors", whose first word is also a rank)."""
    return any(_is_honorific(t) for t in head.lefts)


_ANONYMOUS = re.compile(
    r"\b(?:asked|declined|wished) not to be (?:named|identified)\b|\banonymity\b"
    r"|\bnot authori[sz]ed to (?:speak|comment)\b",
    re.I,
)


def _unnamed_by_request(head: Token) -> bool:
    """'The ambassador, who asked not to be named, said': a source kept anonymous on purpose,
    not the person the text has in view."""
    return _ANONYMOUS.search(head.sent.text) is not None


def _title_phrase(head: Token) -> str:
    """'secretary-general' from 'The secretary-general' (split by the tokenizer at the hyphen)."""
    first = head.i
    for tok in reversed(list(head.lefts)):
        if tok.dep_ in {"compound", "punct"} and tok.i == first - 1 and tok.text != ",":
            first = tok.i
    return head.doc[first : head.i + 1].text.lower().replace(" - ", "-")


def _same(head: Token) -> bool:
    return any(c.lower_ == "same" for c in head.children)


def _points_back(head: Token, determiner: str | None) -> bool:
    """'the same report', 'this study', 'the survey': a singular phrase about a source already
    named."""
    return _same(head) or (determiner in _DEFINITE and head.tag_ in {"NN", "NNP"})


def _owned_by_a_body(head: Token) -> str | None:
    """The noun of the body a document belongs to, when the text calls the body by it: the
    'department' of "the department's own audit"."""
    for child in head.children:
        if (
            child.dep_ == "poss"
            and child.lemma_.lower() in _words("organisation_nouns")
            and any(c.dep_ == "det" and c.lower_ == "the" for c in child.children)
        ):
            return child.lemma_.lower()
    return None


def _owner(head: Token, ents: list[SpacySpan]) -> str | None:
    """The name of whoever authored the document or body: 'Pentagon' in 'a Pentagon memo', 'IMF'
    in 'the IMF's outlook', 'Stanford' in 'a study by Stanford' — not a place or group it is
    about ('a survey of diplomats in Geneva')."""
    for child in head.children:
        if child.dep_ in {"compound", "poss", "nmod", "amod"}:
            name = _name_of(child, ents)
            if name:
                return name
        if child.dep_ == "acl" and child.lemma_.lower() in _PUBLISHING:
            # "the report, published by the Carter Center in March, found"
            agent = next((c for c in child.children if c.dep_ in {"agent", "prep"}), None)
            if agent is not None and agent.lower_ == "by":
                child = agent
        if child.dep_ in {"prep", "agent"} and child.lower_ in {"by", "from"}:
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is None:
                continue
            # "a study by Stanford", "a paper by researchers at Stanford"
            near = [pobj, *(g for p in pobj.children if p.dep_ == "prep" for g in p.children)]
            for tok in near:
                name = _name_of(tok, ents)
                if name:
                    return name
    return None


_NAME_LABELS = {"PERSON", "ORG", "GPE", "FAC", "LAW", "WORK_OF_ART"}
# "a report published (commissioned, written ...) by X": X is its author
_PUBLISHING = frozenset(
    {"publish", "release", "issue", "commission", "write", "produce", "prepare", "compile"}
)


def _name_of(tok: Token, ents: list[SpacySpan]) -> str | None:
    """The name the token is (or is made of): 'Stanford', 'UN Advisory Body', 'Reuters'."""
    for part in [tok, *(c for c in tok.children if c.dep_ in {"compound", "poss"})]:
        ent = _entity(part, ents)
        if ent is not None and ent.label_ in _NAME_LABELS:
            return _bare(re.sub(r"['’]s$", "", ent.text))
        if ent is None and part.pos_ == "PROPN":
            first = min([t.i for t in part.lefts if t.dep_ == "compound"] + [part.i])
            return _bare(re.sub(r"['’]s$", "", part.doc[first : part.i + 1].text))
    return None


def _cue(verb: Token) -> str:
    words = [verb.text]
    for child in verb.children:
        if child.dep_ == "prt" or (
            child.dep_ == "dobj" and child.lower_ == "it" and verb.lemma_ == "put"
        ):
            words.append(child.text)
        if child.dep_ == "prep" and verb.lemma_ == "point" and child.lower_ == "to":
            words.append(child.text)
    return " ".join(words)


def _passive_frame(verb: Token, ents: list[SpacySpan]) -> Frame | None:
    """'It is believed that ...', 'X is said to ...' — or a named agent: 'as reported by X'."""
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    if agent is not None:
        pobj = next((c for c in agent.children if c.dep_ == "pobj"), None)
        if pobj is not None:
            return _classify(pobj, verb, ents)
    expletive = next((c for c in verb.children if c.dep_ in {"nsubjpass", "expl"}), None)
    if expletive is None or expletive.lower_ != "it":
        return None
    aux = " ".join(c.text for c in verb.children if c.dep_ == "auxpass")
    return Frame(
        VAGUE, "it", None, "unknown", f"{aux} {verb.text}".strip(), "indirect", offset=verb.idx
    )


def _according_to(unit: SpacySpan, tokens: list[Token], ents, quoted) -> Frame | None:  # type: ignore[no-untyped-def]
    """'according to X', 'as reported by X', 'citing X', 'per X'."""
    for tok in tokens:
        if quoted(tok):
            continue
        low = tok.lower_
        if low == "to" and tok.head.lower_ == "according":
            cue = "according to"
        elif low == "by" and tok.head.lower_ in {"reported", "estimated", "cited"}:
            cue = f"{tok.head.text} by"
        elif low == "citing":
            cue = "citing"
        elif low == "per" and tok.i + 1 < len(tok.doc) and tok.nbor().pos_ == "PROPN":
            cue = "per"
        elif low == "by" and (reckoner := _reckoner(tok)) is not None:
            if reckoner.lower_ in _POSSESSIVE_PRONOUNS:  # "By her count, ...": the woman in view
                refer = _POSSESSIVE_PRONOUNS[reckoner.lower_]
                return Frame(
                    NAMED, reckoner.text, None, "person", "by", "according_to",
                    offset=reckoner.idx, refer=refer,
                )  # fmt: skip
            frame = _classify(reckoner, tok, ents)  # "by one estimate from Epoch AI"
            if frame is not None and (frame.status == NAMED or frame.refer == "body"):
                return replace(frame, cue="by", mode="according_to")
            continue
        else:
            continue
        obj = next((c for c in tok.children if c.dep_ in {"pobj", "dobj"}), None)
        if obj is None:
            continue
        frame = _classify(obj, tok, ents)
        if frame is None and cue == "citing":
            continue  # "citing uncertainty over export rules": a reason given, not a source
        if frame is None:
            source = _source_text(obj)
            frame = Frame(VAGUE, source, None, "unknown", cue, "according_to", offset=obj.idx)
        return replace(frame, cue=cue, mode="according_to")
    return None


_RECKONINGS = frozenset(
    {
        "estimate",
        "count",
        "reckoning",
        "tally",
        "calculation",
        "measure",
        "figure",
        "number",
        "account",
    }
)


def _reckoner(by: Token) -> Token | None:
    """Whose estimate 'by one estimate from Epoch AI', 'by the count of W3Techs', 'by the IMF's
    reckoning' gives: the named owner of the reckoning, if any."""
    reckoning = next((c for c in by.children if c.dep_ == "pobj"), None)
    if reckoning is None or reckoning.lemma_.lower() not in _RECKONINGS:
        return None
    for child in reckoning.children:
        if child.dep_ == "poss" and (child.pos_ == "PROPN" or child.lower_ in _POSSESSIVE_PRONOUNS):
            return child
        if child.dep_ == "poss" and child.lemma_.lower() in _FIRMS:
            return child  # "By the company's account": the company named before
        if child.dep_ == "prep" and child.lower_ in {"of", "from", "by"}:
            owner = next((c for c in child.children if c.dep_ == "pobj"), None)
            if owner is not None and (owner.pos_ == "PROPN" or owner.text[:1].isupper()):
                return owner
    return None


def _in_words(unit: SpacySpan, text: str) -> Frame | None:
    match = _IN_WORDS.search(text)
    if match is None:
        return None
    offset = unit.start_char + match.start()
    # words are quoted; a view is reported ("In his view, the votes matter more than ever")
    cue = match.group("own") or match.group("whose") or "words"
    mode = "direct" if cue == "words" else "indirect"
    pronoun = match.group("pronoun")
    if pronoun:  # "In her words, ...": the woman the text has in view
        refer = _POSSESSIVE_PRONOUNS[pronoun]
        # "Brizuela, in her words, 'wants ...'": set into a clause about somebody, the words
        # are somebody else's (an own word would be 'in her own words')
        # ("X disagrees: in his words, ..." opens a clause of its own after a colon: X's words)
        before = text[: match.start()].rstrip()
        aside = bool(before) and before[-1] not in ":;—–" and "own" not in match.group(0)
        return Frame(NAMED, pronoun, None, "person", cue, mode, offset=offset,
                     refer=refer, aside=aside, aside_from=unit.start_char)  # fmt: skip
    who = (match.group("of") or match.group("who") or "").strip()
    if not who:
        return None
    name, _ = _clean_name(who)
    return Frame(NAMED, who, name, "person", cue, mode, offset=offset)


def _vague_phrase(phrase: str, offset: int) -> Frame:
    low = phrase.lower()
    if low.startswith("it ") or low.startswith("is ") or low.startswith("are "):
        kind = "unknown"
    elif any(
        w in low
        for w in (
            "expert",
            "analyst",
            "official",
            "critic",
            "observer",
            "economist",
            "scientist",
            "some",
            "many",
        )
    ):
        kind = "group"
    else:
        kind = "document"
    mode = "according_to" if low.startswith(("by ", "according")) else "indirect"
    words = phrase.split()
    source = words[0] if words[0].lower() not in {"by", "according", "it"} else " ".join(words[:3])
    return Frame(VAGUE, source, None, kind, phrase, mode, offset=offset)


# -- the document ---------------------------------------------------------------------------------


@dataclass
class _Known:
    """A person the document has named so far."""

    name: str
    tokens: frozenset[str]
    gender: str | None
    roles: set[str] = field(default_factory=set)
    mentioned: int = -1  # unit index of the last mention
    salient: float = -1  # unit index where they last spoke or were a subject (less half a
    # unit when only the owner of the subject: "Her deputy, X, ...")


class _People:
    def __init__(self) -> None:
        self.known: list[_Known] = []

    def find(self, name: str) -> _Known | None:
        words = frozenset(name.lower().split())
        last = name.lower().split()[-1] if name.split() else ""
        for person in reversed(self.known):
            if last in person.tokens or words <= person.tokens:
                return person
        return None

    def note(self, person: Person, unit: int) -> _Known:
        known = self.find(person.name)
        if known is None:
            known = _Known(person.name, frozenset(person.name.lower().split()), person.gender)
            self.known.append(known)
        elif len(person.name) > len(known.name):
            known.name = person.name
            known.tokens = known.tokens | frozenset(person.name.lower().split())
        known.gender = known.gender or person.gender
        known.roles |= person.roles
        known.mentioned = unit
        if person.subject:
            known.salient = unit
        return known

    def mention(self, word: str, unit: int, *, subject: bool) -> None:
        """A bare surname of somebody named before ("Sommerfeld was not satisfied")."""
        low = word.lower()
        for person in reversed(self.known):
            if len(person.tokens) > 1 and low == person.name.split()[-1].lower():
                person.mentioned = unit
                if subject:
                    person.salient = unit
                return

    def surname(self, word: str) -> _Known | None:
        """The person named before whose full name holds this word ("Rojas" for Valentina Rojas
        Correa, "Park" for Park Min-jun)."""
        low = word.lower()
        words = [(p, p.name.lower().split()) for p in reversed(self.known)]
        return next((p for p, name in words if len(name) > 1 and low in name), None)

    def of_nation(self, demonym: str) -> _Known | None:
        """The person last named as of this nation ("a Kenyan lawyer") or tied to its country
        ("who represented Estonia": 'the Estonian')."""
        adjective = _DEMONYMS.get(demonym)
        for person in sorted(self.known, key=lambda p: -p.mentioned):
            for role in person.roles:
                stem = role if len(role) <= 4 else role[:-1]  # "iran" is no "iraqi"
                if role in (demonym, adjective) or (len(role) > 3 and demonym.startswith(stem)):
                    return person
        return None

    def pronoun(
        self, gender: str, before: int, *, besides: frozenset[str] = frozenset()
    ) -> _Known | None:
        """The person a 'he' or 'she' means (``besides``: names it cannot mean)."""
        fits = [
            p
            for p in self.known
            if p.mentioned >= 0 and p.gender in (gender, None) and p.name not in besides
        ]
        if not fits:
            return None
        salient = [p for p in fits if p.salient >= 0 and p.salient >= before - 6]
        pool = salient or fits
        # among equally recent antecedents, one known to be of the pronoun's gender
        return max(
            pool,
            key=lambda p: (p.salient if salient else p.mentioned, p.gender == gender, p.mentioned),
        )

    def titled(
        self,
        title: str,
        before: int,
        *,
        anyone: bool = True,
        described: frozenset[str] = frozenset(),
        besides: frozenset[str] = frozenset(),
    ) -> _Known | None:
        """The person the text called by this title (the one it also ``described`` so, among
        several: "the Swiss engineer"), else (``anyone``: no unnamed source has that title) the
        person last in view."""
        ages = _ages(described)
        aged = [p for p in self.known if ages & p.roles]
        if aged:  # "Lee Ji-hoon, 52, ... The 52-year-old told lawmakers"
            return max(aged, key=lambda p: p.mentioned)
        if ages:  # "the 41-year-old" is nobody the text gave another age
            besides = besides | {p.name for p in self.known if _ages(frozenset(p.roles))}
        posts = _SAME_POST.get(title, frozenset({title}))
        fits = [p for p in self.known if posts & p.roles]
        nations = {w.removeprefix(_NATION) for w in described if w.startswith(_NATION)}
        plain = {w for w in described if not w.startswith(_NATION)}
        if nations:  # nobody who speaks for another country ("Nigeria's minister, X, and his
            # Ghanaian counterpart, Y": the Ghanaian minister is Y)
            besides = besides | {p.name for p in self.known if _of_another_country(p, nations)}
            fits = [p for p in fits if p.name not in besides]
        if nations:
            fits = [p for p in fits if _of_the_nation(p, nations)] or fits
        exact = [p for p in fits if plain <= p.roles]
        # "the Penang executive": the one person the text described with that name, before
        # any other executive
        marked = [p for p in self.known if {_NAMED_BESIDE + word for word in plain} & p.roles]
        if plain and not exact and len(marked) == 1:
            return marked[0]
        fits = exact or fits
        if nations and not any(_of_the_nation(p, nations) for p in fits):
            # "the Ghanaian minister": the Ghanaian, though the text called her "counterpart"
            of_nation = [
                p for p in self.known if _of_the_nation(p, nations) and p.name not in besides
            ]
            if of_nation:
                return max(of_nation, key=lambda p: p.mentioned)
        if fits:
            return max(fits, key=lambda p: (p.mentioned, p.salient))
        if len(marked) == 1:
            return marked[0]
        if not anyone:
            return None
        recent = [p for p in self.known if p.salient >= before - 6 and p.name not in besides]
        if not recent:  # "... was founded by Arjun Nair. The company's chief executive argued"
            recent = [p for p in self.known if p.mentioned >= before - 1 and p.name not in besides]
        return max(recent, key=lambda p: (p.salient, p.mentioned)) if recent else None


def _of_another_country(person: _Known, nations: set[str]) -> bool:
    """The person speaks for a country that is not the nationality's ("place:nigeria" and
    "ghanaian")."""
    places = [r.removeprefix(_PLACE) for r in person.roles if r.startswith(_PLACE)]
    return bool(places) and not any(_of_that_country(place, nations) for place in places)


def _of_the_nation(person: _Known, nations: set[str]) -> bool:
    """The text called the person so ("ghanaian") or tied them to that country ("Britain's
    ambassador" is "the British envoy")."""
    return nations <= person.roles or any(
        _of_that_country(r.removeprefix(_PLACE), nations)
        for r in person.roles
        if r.startswith(_PLACE) or r.isalpha()
    )


_NATION_ENDINGS = ("ian", "ean", "ese", "ish", "an", "i")


def _of_that_country(place: str, nations: set[str]) -> bool:
    """'britain' and 'british', 'ghana' and 'ghanaian' (not 'austria' and 'australian')."""
    for nation in nations:
        stems = [nation[: -len(e)] for e in _NATION_ENDINGS if nation.endswith(e)]
        stems = stems or [nation[:4]]  # "greek" and "greece"
        if any(len(stem) >= 4 and place.startswith(stem) for stem in stems):
            return True
    return False


def attribute_units(
    voices: Sequence[Voice],
    paragraphs: Sequence[int],
    sentences: Sequence[int],
    split_connectives: Sequence[str | None],
) -> list[Attribution]:
    """The attribution of every unit, read in document order (quote offsets as parsed)."""
    people = _People()
    bodies: list[Body] = []  # organisations named so far
    named: Counter[str] = Counter()  # how often each organisation has been named so far
    # titles of sources left unnamed ("a spokeswoman said"), with the words describing them
    unnamed: dict[str, frozenset[str]] = {}
    frames: list[Frame | None] = []
    last_source: list[tuple[int, int, Frame]] = []  # (unit, paragraph, frame) of every source
    voices = _people_named_as_bodies(voices)
    unresolved: list[int] = []  # units whose 'she' or 'he' nobody named before
    untold: list[int] = []  # units whose title source came before anybody was named
    by_title: dict[int, str] = {}  # units whose source a title named ("the adviser told me")
    unnamed_at = -1  # the last unit whose subject is a person left unnamed ("A diplomat ...")
    waiting: tuple[int, str] | None = None  # (unit, title) a title given nobody by name yet
    spoke_at: dict[int, set[str]] = {}  # unit -> who spoke or put a question there
    pair: tuple[str, ...] = ()  # the people the last unit naming two or more named, in order
    for i, voice in enumerate(voices):
        frame = voice.frame
        new = [p for p in voice.people if people.find(p.name) is None]
        if any(frame is None or at < frame.offset for at in voice.unnamed_subjects):
            unnamed_at = i
        early = [
            p
            for p in voice.people
            if frame is None
            or (p.offset < frame.offset and not (frame.aside and p.offset >= frame.aside_from))
        ]
        _note_in_order(people, early, voice, i)
        before = [Body(i, *b) for b in voice.bodies if frame is None or b[1] < frame.offset]
        bodies += before
        named.update(b.name for b in before)
        bodies += _bodies_called_by_a_noun(voice, frame, bodies, named, i)
        if frame is not None and _an_entourage(frame, people):
            frame = replace(frame, status=VAGUE, speaker=None)
        if frame is not None and _a_surname(frame):
            known = people.surname((frame.speaker if frame.status == NAMED else frame.source) or "")
            if known is not None:  # "Kerr replied": Bradley Kerr, named before
                frame = replace(frame, status=NAMED, kind="person", speaker=known.name, refer=None)
            elif frame.refer == "surname":
                frame = None
        if frame is not None and frame.refer == "body":
            frame = _the_body(frame, bodies, named, i)
        if frame is not None and frame.refer in _PAIR:
            frame = _one_of_the_pair(frame, pair)
        if (
            frame is not None
            and frame.refer == "it"
            and not _body_spoke_before(last_source, i, bodies)
        ):
            frame = _the_body_in_view(frame, bodies, i)
        if frame is not None and frame.refer in _PRONOUN_GENDER:
            frame = _the_titled_subject_before(frame, voice, people) or frame
        if frame is not None and _the_unnamed_one(frame, people, unnamed_at, i):
            frame = replace(frame, status=VAGUE, refer=None)
        if frame is not None and frame.refer is not None:
            pronoun = frame.refer in _PRONOUN_GENDER
            title = frame.refer if frame.refer not in _NOT_TITLES else None
            besides = _who_spoke_before(spoke_at, i) if _answers_somebody(frame) else frozenset()
            nobody_yet = not people.known
            frame = _resolve(frame, people, i, paragraphs[i], last_source, unnamed, besides)
            if pronoun and frame is not None and frame.status == VAGUE:
                unresolved.append(i)
            elif title and nobody_yet and frame is not None and frame.title == title:
                # a lede's "The European Parliament's lead negotiator said ...", named later
                untold.append(i)
            if title and frame is not None and frame.status == NAMED and frame.kind == "person":
                by_title[i] = title
        if voice.introduces:
            _name_the_titled(voice.introduces, i, frames, by_title, paragraphs, people)
        if frame is not None and frame.status == VAGUE and frame.title:
            unnamed.setdefault(frame.title, frame.described)
            if frame.kind == "person":
                unnamed_at = i  # "A spokeswoman said ... She added": unnamed too
        if _spoke_as_a_body(frame):
            # it spoke: a subject, whatever the parse
            described = next((d for name, _, _, d in voice.bodies if name == frame.speaker), ())
            bodies.append(
                Body(i, frame.speaker, frame.offset, True, frozenset(described), spoke=True)
            )
            if frame.speaker not in {b.name for b in before}:
                named[frame.speaker] += 1
        if frame is not None and frame.status == NAMED and frame.kind == "person":
            known = people.find(frame.speaker) if frame.speaker else None
            if known is None and frame.speaker:
                gender = _clean_name(frame.speaker)[1]  # ("Marijke is less sure": a woman)
                known = people.note(
                    Person(frame.speaker, gender, frozenset(), True, frame.offset), i
                )
            if known is not None:
                known.salient = known.mentioned = i
                frame = replace(frame, speaker=known.name)
        for person in voice.people:
            if person not in early:
                people.note(person, i)
        _counterparts_share_the_office(voice, people)
        if waiting is not None and not _answers_somebody(frame):
            _name_the_role(waiting, i, new, people, frames, paragraphs)
        waiting = _title_left_unnamed(voice, people, i)
        after = [Body(i, *b) for b in voice.bodies if frame is not None and b[1] >= frame.offset]
        bodies += after
        named.update(b.name for b in after)
        frames.append(frame)
        if frame is not None and frame.status != NONE:
            last_source.append((i, paragraphs[i], frame))
        voices_here = {k.name for name in voice.askers if (k := people.find(name)) is not None}
        if frame is not None and frame.status == NAMED and frame.kind == "person":
            voices_here.add(frame.speaker or "")
        if voices_here:
            spoke_at[i] = voices_here
        found = [people.find(p.name) for p in sorted(voice.people, key=lambda p: p.offset)]
        names = tuple(dict.fromkeys(k.name for k in found if k is not None))
        if len(names) > 1:
            pair = names
    _named_after(unresolved, voices, frames, paragraphs, people)
    _named_after(untold, voices, frames, paragraphs, people, reporting=False)
    _carry_quotations(voices, frames, paragraphs)
    _carry_split_clauses(frames, sentences, split_connectives, voices)
    return [_attribution(frame, voice) for frame, voice in zip(frames, voices, strict=True)]


def _bodies_called_by_a_noun(
    voice: Voice, frame: Frame | None, bodies: list[Body], named: Counter[str], unit: int
) -> list[Body]:
    """'The authority has offered discounts to the largest ships.': the body named before that
    'the authority' means, now the subject (so that 'It insists ...' is that body)."""
    found = []
    for noun, offset in voice.called_subjects:
        if frame is not None and offset >= frame.offset:
            continue
        if noun == "it":
            chosen = _named_just_before(bodies, unit, reach=1)
            if chosen is not None:
                found.append(Body(unit, chosen, offset, True, frozenset()))
            continue
        called = Frame(VAGUE, noun, None, "organisation", None, None, refer="body", title=noun)
        resolved = _the_body(called, bodies, named, unit)
        if resolved.status == NAMED and resolved.speaker:
            found.append(Body(unit, resolved.speaker, offset, True, frozenset({noun})))
    return found


def _note_in_order(people: _People, early: list[Person], voice: Voice, unit: int) -> None:
    """Note the people a unit names before its source, and keep in view the person each 'he' or
    'she' subject, or a title subject, before it means, in the order they come: 'His new book,
    written with the economist Aaron Whitcombe, ...' is about the man named before, who stays
    the 'he' of the next sentence; 'The professor is less sentimental. "...," she said.'"""
    frame = voice.frame
    events: list[tuple[int, Person | str | tuple[str, bool]]] = [(p.offset, p) for p in early]
    events += [  # a bare surname of somebody named before ("When I asked Ciobanu, she ...")
        (at, (word, subject))
        for word, at, subject in voice.surnames
        if frame is None or (at < frame.offset and not frame.aside)
    ]
    events += [
        (at, word) for word, at in voice.pronoun_subjects if frame is None or at < frame.offset
    ]
    events += [
        (at, _TITLED + noun)
        for noun, at in voice.titled_subjects
        if frame is None or at < frame.offset
    ]
    for _, event in sorted(events, key=lambda e: e[0]):
        if isinstance(event, Person):
            people.note(event, unit)
            continue
        if isinstance(event, tuple):
            people.mention(event[0], unit, subject=event[1])
            continue
        if event.startswith(_TITLED):
            titled = people.titled(event.removeprefix(_TITLED), unit, anyone=False)
            if titled is not None:
                titled.salient = titled.mentioned = unit
            continue
        known = people.pronoun(_PRONOUN_GENDER[event.removesuffix(_OWNER)], unit)
        if known is None:
            continue
        known.mentioned = unit
        # "Her deputy, Hanne Rustad, ...": the owner stays in view, behind the subject
        known.salient = max(known.salient, unit - 0.5 if event.endswith(_OWNER) else unit)


def _the_unnamed_one(frame: Frame, people: _People, unnamed_at: int, unit: int) -> bool:
    """'Senator Mark Delaney told a think-tank ... A Gulf diplomat I spoke to afterwards was
    unbothered. "Of course we hedge," he said.': a 'he' or 'she' just after a person the text left
    unnamed is that person, unless somebody named has been in view since."""
    gender = _PRONOUN_GENDER.get(frame.refer or "")
    if gender is None or unnamed_at < 0 or unnamed_at < unit - 1:
        return False
    known = people.pronoun(gender, unit)
    return known is None or max(known.salient, known.mentioned) < unnamed_at


def _a_surname(frame: Frame) -> bool:
    """A one-word name the unit took for an organisation ('Kerr replied'), or a capitalised
    word that may be a name ('Rojas argues')."""
    if frame.refer == "surname":
        return True
    word = frame.speaker if frame.status == NAMED else frame.source
    taken = (frame.status, frame.kind) in {(NAMED, "organisation"), (VAGUE, "group")}
    one_word = bool(word) and " " not in (word or "") and (word or "")[:1].isupper()
    return taken and frame.refer is None and one_word


def _the_titled_subject_before(frame: Frame, voice: Voice, people: _People) -> Frame | None:
    """'The adviser does not dispute the gas, but she argues ...': a 'she' after a clause whose
    subject is a title is the person the text gave that title, when one of her gender has it."""
    gender = _PRONOUN_GENDER[frame.refer or ""]
    for title, offset in reversed(voice.titled_subjects):
        if offset >= frame.offset:
            continue
        known = people.titled(title, -1, anyone=False)
        if known is not None and known.gender in (gender, None):
            return replace(frame, speaker=known.name, refer=None)
    return None


# what a frame's ``refer`` may hold besides a title
_NOT_TITLES = frozenset(
    {*_PRONOUN_GENDER, "they", "it", "same", "body", "surname", "year-old", "former", "latter"}
)
# "Ulrich Brenner and Pascal Meunier ... The latter said": which of the two the word means
_PAIR = {"former": 0, "latter": -1}


def _one_of_the_pair(frame: Frame, pair: tuple[str, ...]) -> Frame:
    """The first or the last of the people the last sentence naming two or more named."""
    if not pair or frame.refer not in _PAIR:
        return replace(frame, refer=None)
    return replace(frame, status=NAMED, speaker=pair[_PAIR[frame.refer]], refer=None)


def _name_the_titled(
    name: str,
    unit: int,
    frames: list[Frame | None],
    by_title: dict[int, str],
    paragraphs: Sequence[int],
    people: _People,
) -> None:
    """'"We switch turbines off ...," Chubut's energy adviser told me. Her name is Carolina
    Benítez': the source the unit just before called by a title is the person named now (and
    'the adviser' is she from now on)."""
    earlier = unit - 1
    frame = frames[earlier] if earlier >= 0 else None
    if frame is None or earlier not in by_title or paragraphs[earlier] != paragraphs[unit]:
        return
    title = by_title[earlier]
    guessed = people.find(frame.speaker or "")
    if guessed is not None:
        guessed.roles.discard(title)
    known = people.find(name)
    if known is not None:
        known.roles.add(title)
    frames[earlier] = replace(frame, speaker=known.name if known is not None else name)


# Titles that name a relation to somebody, not an office: "her counterpart", "his colleague".
_RELATIONS = frozenset({"counterpart", "colleague"})
# "The minister said the talks were over. Ana Ruiz disagreed.": an answer is somebody else's
_ANSWERING = ("disagree", "repl", "counter", "object", "disput", "reject", "respond", "retort")


def _answers_somebody(frame: Frame | None) -> bool:
    return frame is not None and (frame.cue or "").lower().startswith(_ANSWERING)


def _who_spoke_before(spoke_at: dict[int, set[str]], unit: int) -> frozenset[str]:
    """Who spoke or asked last, in the unit before or the one before that: "The chair, Desmond
    Arkwright, said he was not satisfied. The official replied that ...": a reply is not the
    chair's."""
    return frozenset(spoke_at.get(unit - 1) or spoke_at.get(unit - 2) or ())


_Waiting = tuple[int, str, "_Known | None"]  # (unit, title, whose title it is)


def _title_left_unnamed(voice: Voice, people: _People, unit: int) -> _Waiting | None:
    """The last title the unit gives nobody by name, when nobody named before holds it (with
    the person a relation belongs to: "His Australian counterpart" — his)."""
    for title, at in reversed(voice.titles_left_unnamed):
        if people.titled(title, unit, anyone=False) is None:
            owner = None
            if title in _RELATIONS:
                owners = [w for w, o in voice.pronoun_subjects if o < at and w.endswith(_OWNER)]
                if owners:
                    owner = people.pronoun(_PRONOUN_GENDER[owners[-1].removesuffix(_OWNER)], unit)
            return unit, title, owner
    return None


def _name_the_role(
    waiting: _Waiting,
    unit: int,
    new: list[Person],
    people: _People,
    frames: list[Frame | None],
    paragraphs: Sequence[int],
) -> None:
    """'Taiwan's economy minister said on Tuesday ... Speaking to lawmakers, Hung Tzu-wei said
    ...': the one person the next sentence of the paragraph introduces as its subject, with no
    other title of their own ("A senior official told a hearing ... The official, deputy
    secretary Gareth Pennock, said"), holds the title the sentence before gave nobody (and said
    what that sentence's source said). A relation fits a person with an office, and a
    counterpart holds the office of the person it is the counterpart of: "His Australian
    counterpart" of the commissioner is a commissioner too."""
    earlier, title, owner = waiting
    if unit != earlier + 1 or paragraphs[unit] != paragraphs[earlier]:
        return
    # A relation ("her counterpart", "his colleague") fits a person with an office of their own.
    offices = _words("title_nouns")
    fresh = [
        p
        for p in new
        if p.subject and (title in _RELATIONS or title in p.roles or not p.roles & offices)
    ]
    if len(fresh) != 1:
        return
    known = people.find(fresh[0].name)
    if known is None:
        return
    known.roles.add(title)
    if owner is not None and owner is not known:
        known.roles |= (owner.roles & offices) - _RELATIONS
    frame = frames[earlier]
    if (
        frame is not None
        and frame.status == VAGUE
        and frame.kind == "person"
        and frame.title == title
    ):
        frames[earlier] = replace(frame, status=NAMED, speaker=known.name, title=None)


@cache
def _offices() -> frozenset[str]:
    """Title nouns that name an office, not a relation to somebody."""
    return _words("title_nouns") - _RELATIONS


def _counterparts_share_the_office(voice: Voice, people: _People) -> None:
    """'Kenya's trade minister, Joyce Cherono, and her Ethiopian counterpart, Tesfaye Alemu':
    a counterpart named beside the person before them holds the same office (so that 'the
    Ethiopian minister' is Alemu)."""
    if len(voice.people) < 2:
        return
    offices = _offices()
    holder: _Known | None = None
    for person in sorted(voice.people, key=lambda p: p.offset):
        known = people.find(person.name)
        if known is None:
            continue
        if holder is not None and person.roles & _RELATIONS and not person.roles & offices:
            known.roles |= holder.roles & offices
        if person.roles & offices:
            holder = known


def _people_named_as_bodies(voices: Sequence[Voice]) -> list[Voice]:
    """'Oyunchimeg Batbayar spent a decade ...', later 'Ms Batbayar is unimpressed': a name the
    tagger took for an organisation is a person when a person of that surname is named anywhere
    in the text (and no description makes it a body)."""
    surnames = {p.name.split()[-1] for v in voices for p in v.people if p.name.split()}
    changed: list[Voice] = []
    for voice in voices:
        people = [
            Person(name, None, described, subject, offset)
            for name, offset, subject, described in voice.bodies
            if len(name.split()) > 1 and name.split()[-1] in surnames and not described
        ]
        if not people:
            changed.append(voice)
            continue
        names = {p.name for p in people}
        frame = voice.frame
        if frame is not None and frame.kind == "organisation" and frame.speaker in names:
            frame = replace(frame, kind="person")
        bodies = tuple(b for b in voice.bodies if b[0] not in names)
        changed.append(replace(voice, frame=frame, people=(*voice.people, *people), bodies=bodies))
    return changed


def _named_after(
    unresolved: list[int],
    voices: Sequence[Voice],
    frames: list[Frame | None],
    paragraphs: Sequence[int],
    people: _People,
    *,
    reporting: bool = True,
) -> None:
    """'The ambassador did not mince words. Washington's controls, in her words, are "a tax".
    Thandiwe Mokoena, South Africa's ambassador, ...': a 'she' nobody named before is the
    first person of her gender the paragraph names after it — or, failing that, the one the
    next paragraph opens on ("The woman who runs the night shift ... she says. ¶ Giulia
    Ferraro has worked that shift for six years": a feature's way of naming its subject).
    Without ``reporting`` (a title before anybody was named: "The Parliament's lead negotiator
    said ... ¶ Katrin Holmgren, a Swedish Social Democrat, has steered the file"), only a
    person who is the subject of a sentence that reports nobody's words."""
    for i in unresolved:
        frame = frames[i]
        if frame is None:
            continue
        gender = _PRONOUN_GENDER.get(frame.source.lower() if frame.source else "")
        for j in range(i, len(voices)):
            opens_next = paragraphs[j] == paragraphs[i] + 1 and paragraphs[j - 1] == paragraphs[i]
            if paragraphs[j] != paragraphs[i] and not opens_next:
                break
            if j > i and voices[j].introduces:  # "... she says. ¶ Her name is Kadri Lepik"
                known = people.find(voices[j].introduces)
                name = known.name if known is not None else voices[j].introduces
                frames[i] = replace(frame, status=NAMED, speaker=name)
                break
            if not reporting and (j == i or voices[j].frame is not None):
                continue
            later = [
                p
                for p in voices[j].people
                if (j > i or p.offset > frame.offset)
                and (gender is None or p.gender in (gender, None))
                and (p.subject or not (opens_next or not reporting))
            ]
            if later:
                known = people.find(later[0].name)
                name = known.name if known is not None else later[0].name
                frames[i] = replace(frame, status=NAMED, speaker=name)
                break


_BODIES_IN_VIEW = 200  # organisations named most recently that "the embassy" may mean


def _spoke_as_a_body(frame: Frame | None) -> TypeGuard[Frame]:
    """An organisation the unit names as its source ("Tessaract Semiconductor said ...")."""
    return (
        frame is not None
        and frame.status == NAMED
        and frame.kind == "organisation"
        and bool(frame.speaker)
    )


class Body(NamedTuple):
    """An organisation as the document names it."""

    unit: int
    name: str
    offset: int
    subject: bool
    described: frozenset[str]  # "a video platform, Klipzo": {"platform", "video"}
    spoke: bool = False  # the unit's source: "Brazil's Ministry of Science said ..."

    def called(self, noun: str) -> bool:
        """Its name or its description holds the noun ("the agency": "Germany's cyber-security
        agency, the BSI"; "the ministry": "Ministry of Science")."""
        return noun in self.described or noun in self.name.lower().split()

    def sort(self) -> str | None:
        """What kind of body its name or description says it is (see ``_SORTS``)."""
        words = self.described | set(self.name.lower().split())
        return next((sort for sort, nouns in _SORTS.items() if words & nouns), None)


# Kinds of body, so that "the company" is no ministry and "the agency" no embassy.
_SORTS: dict[str, frozenset[str]] = {
    "ministry": frozenset({"ministry", "department", "treasury"}),
    "agency": frozenset(
        {"agency", "office", "centre", "center", "service", "bureau", "institute", "authority",
         "regulator", "watchdog", "commission", "administration", "inspectorate", "directorate"}
    ),
    "embassy": frozenset({"embassy", "mission", "consulate", "delegation"}),
    "bloc": frozenset({"alliance", "bloc", "union", "coalition", "organisation", "organization"}),
    # the press reports; "the company said" after "the Guardian reported" is another body
    "press": frozenset(
        {"newspaper", "paper", "broadcaster", "outlet", "magazine", "tabloid", "daily", "times",
         "post", "guardian", "telegraph", "herald", "tribune", "gazette", "journal", "reuters",
         "bloomberg", "xinhua", "nikkei", "afp", "bbc", "cnn", "jazeera"}
    ),
    # "Global Witness, a campaign group": no company
    "campaign": frozenset(
        {"campaign", "charity", "ngo", "non-profit", "nonprofit", "advocacy", "think-tank"}
    ),
    "company": frozenset(
        {"company", "firm", "maker", "chipmaker", "manufacturer", "start-up", "startup",
         "operator", "platform", "venture", "supplier", "vendor", "lender", "insurer", "bank",
         "fund", "developer", "conglomerate"}
    ),
}  # fmt: skip


def _the_body(frame: Frame, bodies: list[Body], named: Counter[str], unit: int) -> Frame:
    """'The company has said ...', 'the agency said': the organisation the text called so —
    the last one named as a subject a few sentences back whose name or description holds the
    noun, else the last one so named ('the embassy', 'the institute'). For a noun of the
    _FIRMS ('the company', 'the bloc'), failing that, among bodies of the same sort (a company
    is no ministry): the one named in this unit or the two before (the last subject, or the
    only one), the last subject a few sentences back, or the one the essay names most (at
    least twice: 'the bloc' in a piece on BRICS). Else nobody can tell which."""
    noun = frame.title or ""
    in_view = bodies[-_BODIES_IN_VIEW:]
    called = [b for b in in_view if b.called(noun)]
    if called:  # the one that spoke a few sentences back, else the last subject, else the last
        recent = [b for b in called if b.unit >= unit - 4]
        spoke = [b for b in recent if b.spoke]
        subjects = [b for b in recent if b.subject]
        return _named_body(frame, (spoke or subjects or called)[-1].name)
    if noun not in _FIRMS:
        return replace(frame, refer=None, title=None)
    fit = [b for b in bodies if _same_sort(noun, b.sort())]
    here = {b.name for b in fit if b.unit == unit}
    # "... complaints against Apple subsidiaries, the company said": the only one this sentence
    # names before it
    chosen = next(iter(here)) if len(here) == 1 else _named_just_before(fit, unit, reach=2)
    if chosen is None:
        # "Lumenworks ... said on Tuesday ... Its chief executive ... the chief executive said
        # ... The company said": the firm that was a subject a few sentences back
        chosen = next((b.name for b in reversed(fit) if b.subject and b.unit >= unit - 4), None)
    if chosen is None:
        ranked = Counter({name: n for name, n in named.items() if name in {b.name for b in fit}})
        top = ranked.most_common(2)
        if top and top[0][1] >= 2 and (len(top) == 1 or top[1][1] < top[0][1]):
            chosen = top[0][0]
    if chosen is None:
        return replace(frame, refer=None, title=None)
    return _named_body(frame, chosen)


# Bodies whose names say what they are ("the Ministry of Foreign Affairs", "the US embassy")
_NAMED_AS_SUCH = frozenset({"ministry", "embassy"})


def _same_sort(noun: str, sort: str | None) -> bool:
    """A company is no public body, nor an embassy an agency; public bodies of other sorts may
    be meant ('the agency' for the International Telecommunication Union)."""
    wanted = next((name for name, nouns in _SORTS.items() if noun in nouns), None)
    if sort is None and wanted in _NAMED_AS_SUCH:
        return False  # "the ministry" is no "Tartu": a ministry's name says it is one
    if sort is None or sort == wanted:
        return True
    return "company" not in (wanted, sort) and "embassy" not in (wanted, sort)


def _named_body(frame: Frame, name: str) -> Frame:
    return replace(frame, status=NAMED, speaker=name, refer=None, title=None)


def _body_spoke_before(last: list[tuple[int, int, Frame]], unit: int, bodies: list[Body]) -> bool:
    """The last source, in this unit or the two before it, is an organisation or a document,
    and no other organisation has been the subject of a sentence since: 'it' is that source
    (see ``_resolve``; "SK Hynix said ... The ministry welcomed the decision. It said ...": the
    ministry)."""
    if not (last and last[-1][0] >= unit - 2 and last[-1][2].kind in _PLURAL_SOURCES["it"]):
        return False
    spoke_at, source = last[-1][0], last[-1][2].speaker
    for body in reversed(bodies):  # in document order: only those named since it spoke
        if body.unit <= spoke_at:
            break
        if body.subject and body.unit < unit and body.name != source:
            return False
    return True


def _the_body_in_view(frame: Frame, bodies: list[Body], unit: int) -> Frame:
    """'It said in a statement ...' when nobody spoke just before: the organisation that is the
    subject of this sentence or the one before ("India's Ministry of Power did not respond. It
    said ..."), else the only one the sentence before names ("The case is brought by the Office
    of Financial Sanctions Implementation. It says ..."). Else 'it' may be anything."""
    chosen = _named_just_before(bodies, unit, reach=1)
    if chosen is None:
        return frame
    return replace(frame, status=NAMED, speaker=chosen, kind="organisation", refer=None)


def _named_just_before(bodies: list[Body], unit: int, reach: int) -> str | None:
    """The organisation named in this unit or the ``reach`` before it: the last one named as a
    subject, or the only one named."""
    near = [b for b in bodies if b.unit >= unit - reach]
    subjects = [b.name for b in near if b.subject]
    names = {b.name for b in near}
    return subjects[-1] if subjects else (next(iter(names)) if len(names) == 1 else None)


def _resolve(
    frame: Frame,
    people: _People,
    unit: int,
    paragraph: int,
    last: list[tuple[int, int, Frame]],
    unnamed: dict[str, frozenset[str]],
    besides: frozenset[str] = frozenset(),
) -> Frame | None:
    """The person or body a pronoun or a title means (``besides``: people it cannot mean)."""
    refer = frame.refer or ""
    if refer in {"he", "him", "she", "her"}:
        known = people.pronoun(_PRONOUN_GENDER[refer], unit, besides=besides)
        if known is None:
            return replace(frame, status=VAGUE, refer=None)
        known.gender = known.gender or _PRONOUN_GENDER[refer]
        return replace(frame, speaker=known.name, refer=None)
    if refer in {"they", "it"}:
        # Only a source that spoke just before: "Officials denied it. They said ..." — a 'they'
        # with no speaker in view is as likely the satellites as anybody who speaks.
        if last and last[-1][0] >= unit - 2 and last[-1][2].kind in _PLURAL_SOURCES[refer]:
            earlier = last[-1][2]
            return replace(frame, status=earlier.status, speaker=earlier.speaker, refer=None)
        if refer == "they" and (_holds_a_view(frame.cue) or frame.aside):
            # "AI, they argue, will ...", "talks, they say, are not lobbying": people, unnamed
            return replace(frame, refer=None)
        return None
    if refer == "same":  # "the same report", "this study": the document named just before
        for _, par, earlier in reversed(last):
            if paragraph - par > 1:
                break
            if earlier.kind == frame.kind and earlier.status == NAMED:
                return replace(frame, status=NAMED, speaker=earlier.speaker, refer=None)
        return replace(frame, refer=None)
    if frame.belongs_to is not None and people.surname(frame.belongs_to) is not None:
        return replace(frame, refer=None, title=refer)  # "Olivera's spokesman": unnamed
    # "A senior official, who asked not to be named, ... the former official argued": not the
    # unnamed one, who was never called former
    the_unnamed_one = refer in unnamed and frame.described <= unnamed[refer] | _NOT_TELLING
    anyone = not the_unnamed_one and not (frame.by_role or frame.aide or frame.anew)
    known = people.of_nation(refer) if frame.nationality else None
    known = known or people.titled(
        refer, unit, anyone=anyone, described=frame.described, besides=besides
    )
    if known is not None and frame.for_a_country and _speaks_for_another(known, frame):
        known = None  # "Ghana's ambassador, Kwesi Amoako ... China's envoy said": not he
    if known is None:
        return None if frame.by_role else replace(frame, refer=None, title=refer)
    if refer == "year-old":  # an age is no title that another age could call
        known.roles |= frame.described  # "the 47-year-old skipper" → later "the skipper"
    else:
        known.roles.add(refer)  # "Norway's envoy told me" → later "the envoy" is the same one
    return replace(frame, status=NAMED, speaker=known.name, kind="person", refer=None)


# Words that describe no particular one: "the senior official" may be "a top official".
_NOT_TELLING = frozenset({"senior", "top", "same", "other", "high", "high-ranking", "junior"})


def _speaks_for_another(known: _Known, frame: Frame) -> bool:
    """The person speaks for a country other than the one the title belongs to."""
    places = {role.removeprefix(_PLACE) for role in known.roles if role.startswith(_PLACE)}
    return bool(places) and (frame.belongs_to or "").lower() not in places


_VIEW_VERBS = ("argue", "believe", "think", "insist", "contend", "claim", "object", "fear",
               "worry", "complain", "doubt", "point out", "maintain", "counter")  # fmt: skip


def _holds_a_view(cue: str | None) -> bool:
    """Only people argue, insist or fear: such a 'they' is a group even when nobody is named."""
    return (cue or "").lower().startswith(_VIEW_VERBS)


def _carry_quotations(
    voices: Sequence[Voice], frames: list[Frame | None], paragraphs: Sequence[int]
) -> None:
    """A unit that is (part of) a quotation with no frame of its own takes its speaker from the
    frame later in the same quotation ("The talks are over. Nobody will come back," she said.),
    else from the quotation just before it ("...," Ms Ray said. "Nobody will come back.")."""
    n = len(voices)
    for i in range(n):
        if frames[i] is not None or not voices[i].quote_led or voices[i].author:
            continue
        found: Frame | None = None
        for j in range(i + 1, min(n, i + 4)):
            if paragraphs[j] != paragraphs[i] or voices[j].open_quote is None:
                break
            later = frames[j]
            if later is not None:
                if later.mode == "direct" and later.status != NONE:
                    found = later
                break
        if found is None and i > 0:
            previous = frames[i - 1]
            gap = paragraphs[i] - paragraphs[i - 1]
            near = gap == 0 or (gap == 1 and voices[i - 1].quote is not None)
            if previous is not None and near and previous.mode == "direct":
                found = previous if previous.status != NONE else None
        if found is not None:
            frames[i] = replace(found, mode="direct")


def _carry_split_clauses(
    frames: list[Frame | None],
    sentences: Sequence[int],
    split_connectives: Sequence[str | None],
    voices: Sequence[Voice],
) -> None:
    """'X said that A, because B': B is reported too (but not a 'but'/'yet' turn)."""
    for i in range(1, len(frames)):
        previous = frames[i - 1]
        if frames[i] is not None or previous is None or previous.status == NONE:
            continue
        if sentences[i] != sentences[i - 1] or voices[i].author:
            continue
        if split_connectives[i] in _SPLIT_REPORTED:
            mode = "direct" if voices[i].quote is not None else previous.mode
            frames[i] = replace(previous, mode=mode)


def _attribution(frame: Frame | None, voice: Voice) -> Attribution:
    if frame is None or frame.status == NONE:
        return Attribution()
    quote = None
    if frame.mode == "direct" and voice.quote is not None:
        quote = Span(start=voice.quote[0], end=voice.quote[1], text="")
    return Attribution(
        status=frame.status,
        source=frame.source,
        speaker=frame.speaker if frame.status == NAMED else None,
        kind=frame.kind,  # type: ignore[arg-type]
        cue=frame.cue,
        mode=frame.mode if frame.mode in {"direct", "indirect", "according_to"} else "indirect",  # type: ignore[arg-type]
        quote=quote,
    )
