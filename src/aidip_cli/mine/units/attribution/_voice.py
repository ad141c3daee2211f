"""Who said it, step 1: one unit's parse read into a ``Voice`` (its frame, its people, the
bodies and titles it mentions)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING

from spacy.symbols import PROPN, VERB

from ....lexicons.nationalities import is_country, is_nationality
from .._quotes import Quotation
from ._columns import Columns, string_id, unit_columns
from ._frames import (
    _FIRMS,
    _bare,
    _document_description,
    _entity,
    _frame,
    _owned_by_a_body,
    _pinned_down,
)
from ._people import (
    _NATION,
    _NN,
    _PLACE,
    _PRESS,
    _TITLED,
    _a_body_by_its_name,
    _a_dateline,
    _a_person_by_name,
    _ages_in,
    _before_its_pronoun,
    _bodies_called_by_their_sort,
    _bodies_the_tagger_missed,
    _described_anew,
    _described_as_a_body,
    _longest_quote,
    _names_in_camel_case,
    _people,
    _places_of,
    _roles,
    _subject_or_beside_it,
    _verbless,
    _whose_view_opens_the_sentence,
)
from ._records import Person, Voice, replace, words_of_names
from ._vocabulary import (
    _KIN,
    _ONE_OF_THEM,
    _OPPONENTS,
    _OWNER,
    _POSSESSIVE_PRONOUNS,
    _QUESTIONING,
    _SUBJECTS,
    _words,
)

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token


def read_voice(
    unit: SpacySpan,
    ents: list[SpacySpan],
    quotations: Sequence[Quotation],
    *,
    tokens: list[Token] | None = None,
    text: str | None = None,
    name_words: AbstractSet[str] | None = None,
) -> Voice:
    """The frame and the people of one unit; ``quotations`` are those of its parsed text
    (``tokens`` and ``text``: the unit's words and text, when the caller has them already;
    ``name_words``: the words of the names the document gave before this unit, as
    :meth:`Voice.words_of_names` gives them — a capitalised word none of them, nor of this
    unit's names, is no bare surname of anybody named so far and is not read for what it says
    of a person; None: every capitalised word is read)."""
    if tokens is None:
        tokens = list(unit)
    start, end = unit.start_char, unit.end_char
    inside = [q for q in quotations if q.inner_start < end and start < q.inner_end]

    def quoted(tok: Token) -> bool:
        return bool(inside) and any(q.holds(tok.idx) for q in inside)

    columns = unit_columns(unit)
    # where the words that open on a capital stand (the columns' lower-case flag first: most
    # words are in lower case), which both the people and the bare surnames are looked for among
    capitalised = [
        at
        for at, lower_case in enumerate(columns.is_lower)
        if not lower_case and tokens[at].text[:1].isupper()
    ]
    people = tuple(_people(unit, tokens, capitalised, ents, quoted))
    frame, author = _frame(unit, tokens, columns, ents, quoted, text)
    quote = _longest_quote(inside, start, end)
    first_alpha = next((t for t in tokens if not t.is_space), None)
    opening = next((q for q in inside if q.start < start), None)
    quote_led = opening is not None or (
        first_alpha is not None and any(q.start == first_alpha.idx for q in inside)
    )
    if frame is not None and frame.mode != "according_to" and quote is not None:
        frame = replace(frame, mode="direct")
    bodies = tuple(
        (
            _bare(ent.text),
            ent.start_char,
            _subject_or_beside_it(ent.root),
            frozenset(_roles(ent.root) | _owner_country(ent.root) | _quotes_somebody(ent.root)),
        )
        for ent in ents
        if (
            (
                ent.label_ == "ORG"
                and not _a_person_by_name(ent)
                and not _a_dateline(ent)
                and not _a_place_a_body_is_based_in(ent)
            )
            # (and "The Standards Policy Forum, a Brussels think-tank", tagged as a work of art;
            # "Lumara, the Eindhoven-based maker of ...", tagged as a place no country is)
            or (ent.label_ in _MISREAD_BODIES and _described_as_a_body(ent.root))
            or _a_body_by_its_name(ent)
            or (ent.label_ == "GPE" and not is_country(ent.text) and _described_as_a_body(ent.root))
            # ("the Embassy of the Republic of Valdoria", tagged as a building)
            or (ent.label_ == "FAC" and ent.root.lemma_.lower() in _words("organisation_nouns"))
        )
        and not quoted(ent[0])
    )
    in_names = {i for ent in ents if ent.label_ == "PERSON" for i in range(ent.start, ent.end)}
    proper = [t for t, pos in zip(tokens, columns.pos, strict=True) if pos == PROPN]
    if any(t.dep_ != "compound" for t in proper):
        missed = _bodies_the_tagger_missed(proper, ents, quoted)
        # "the African Union Commission" with only "African Union" tagged: one body, the longer
        spans = [(at, at + len(name)) for name, at, _, _ in missed]
        bodies = tuple(
            b for b in bodies if not any(a <= b[1] and b[1] + len(b[0]) <= e for a, e in spans)
        )
        bodies += missed
    bodies += _bodies_called_by_their_sort(tokens, columns, ents, quoted)
    bodies += _names_in_camel_case(tokens, capitalised, ents, quoted)
    introduces = _introduced(tokens, people)
    askers, asked = _questions(tokens, columns, people, quoted)
    mentions = _mentions(tokens, columns, ents, quoted)
    pronoun_titles = _title_opening_on_the_pronoun(tokens)
    if name_words is not None:
        name_words = name_words | words_of_names(frame, people, bodies)
    return Voice(
        frame=frame,
        people=people,
        askers=askers,
        asked=asked,
        set_aside=_named_in_the_opening_participle(tokens),
        introduces=introduces,
        in_question=_the_one_in_question(tokens, people),
        names_a_title=_named_beside_the_title(tokens, people),
        titled_subjects=tuple(mentions.titled_subjects),
        called_subjects=tuple(mentions.called_subjects),
        documents=tuple(mentions.documents),
        documents_described=tuple(mentions.documents_described),
        unnamed_titles=tuple(mentions.unnamed_titles),
        # (not the title a 'he' or 'she' is given: "A professor ..., she has watched")
        unnamed_subjects=tuple(
            at
            for at in mentions.unnamed_subjects
            if not any(at < told for told, _ in pronoun_titles)
        ),
        pronoun_subjects=tuple(mentions.pronoun_subjects),
        pronoun_titles=pronoun_titles,
        titles_left_unnamed=tuple(mentions.titles_left_unnamed),
        bodies=bodies,
        quote=quote,
        quote_led=quote_led,
        open_quote=opening.start if opening is not None else None,
        author=author,
        questioned=bool(_QUESTIONED.match(text if text is not None else unit.text)),
        surnames=_bare_surnames(tokens, capitalised, in_names, quoted, name_words),
        quoted_names=tuple(
            tok.text
            for tok in (tokens[at] for at in capitalised)
            if tok.is_alpha
            and tok.pos_ == "PROPN"
            and quoted(tok)
            and (name_words is None or tok.lower_ in name_words)
        )
        if inside
        else (),
    )


# "Asked whether ...", "When pressed on why ...", "Pressed on the timing, ...": a question put to
# the unit's speaker by nobody it names
_QUESTIONED = re.compile(
    r"\W*(?:when |once |after being )?(?:asked|pressed|questioned|quizzed|challenged)\b", re.I
)


def _bare_surnames(
    tokens: list[Token],
    capitalised: list[int],
    in_names: set[int],
    quoted: Callable[[Token], bool],
    name_words: AbstractSet[str] | None,
) -> tuple[tuple[str, int, bool, frozenset[str]], ...]:
    """Every capitalised word outside the names the tagger found and outside quotations (the
    tagger reads "Põder puts it" as a noun), with whether it is a subject and what describes it
    — read only for the words of ``name_words`` (None: all); ``capitalised``: where the unit's
    words that open on a capital stand."""
    return tuple(
        (
            (
                tok.text,
                tok.idx,
                _subject_or_beside_it(tok)
                or _before_its_pronoun(tok)
                or _whose_view_opens_the_sentence(tok),
                # ("Ndegwa, a 52-year-old former trade unionist, is ...": what the text calls her)
                frozenset(_roles(tok)) if _described_where_named(tok) else frozenset(),
            )
            if name_words is None or tok.lower_ in name_words
            else (tok.text, tok.idx, False, frozenset())
        )
        for tok in (tokens[at] for at in capitalised)
        if tok.is_alpha
        and tok.pos_ not in _FUNCTION_WORDS  # ("The", "But", "When": no surname)
        and tok.i not in in_names
        and not quoted(tok)
    )


# Labels the tagger gives a body it misreads as a person, a work's title, a product or a law
# ("Kestrel Labs", "The Standards Policy Forum", "The Geneva Standards Observatory, a small
# research group"): a body when a description says so
_MISREAD_BODIES = frozenset({"PERSON", "WORK_OF_ART", "PRODUCT", "LAW"})


def _a_place_a_body_is_based_in(ent: SpacySpan) -> bool:
    """ "the Eindhoven-based maker": where a body is, whatever the tagger made of it."""
    doc = ent.doc
    return (
        ent.end + 1 < len(doc)
        and doc[ent.end].text == "-"
        and doc[ent.end + 1].lower_ in {"based", "headquartered"}
    )


# Parts of speech no surname is tagged with
_FUNCTION_WORDS = frozenset({"DET", "ADP", "CCONJ", "SCONJ", "PRON", "AUX", "PART", "NUM"})


# Words ending in -ing that open a sentence as prepositions ("During Li's visit, he said": he
# may well be Li)
_ING_PREPOSITIONS = frozenset({"during", "notwithstanding", "pending"})


def _named_in_the_opening_participle(tokens: list[Token]) -> tuple[str, ...]:
    """The capitalised words of a participle clause that opens the sentence up to its comma
    ("Quoting Lindqvist's post, she wrote", "Citing a report by Tom Hale, he said", "Asked about
    Ms Berg, the minister said"): its unstated subject is the main clause's, so the people it
    names are not who speaks there. The tagger may read the participle as part of a name
    ("Quoting Lindqvist's" as a body), so it is known by its ending as well as by its tag."""
    at, first = next(((k, t) for k, t in enumerate(tokens[:3]) if not t.is_space), (0, None))
    if first is None:
        return ()
    tag = first.tag_
    participle = tag in {"VBG", "VBN"} or (
        tag in {"NNP", "NN"} and first.lower_.endswith("ing") and len(first) > 5
    )
    if not participle or first.lower_ in _ING_PREPOSITIONS:
        return ()
    opening = tokens[at + 1 : at + 25]
    comma = next((k for k, t in enumerate(opening) if t.text == ","), None)
    if comma is None:
        return ()
    return tuple(
        t.text
        for t in opening[:comma]
        if t.text[:1].isupper() and t.is_alpha and t.pos_ in {"PROPN", "NOUN", "ADJ"}
    )


def _title_opening_on_the_pronoun(tokens: list[Token]) -> tuple[tuple[int, str], ...]:
    """ "A professor of international law in Oslo, she has watched ...", "A safety engineer at
    a laboratory in Seattle, he fed it questions": a sentence that opens on a title set off by
    a comma before its 'he' or 'she' subject gives that person the title."""
    if len(tokens) < 4 or tokens[0].lower_ not in {"a", "an"}:
        return ()
    title = tokens[0].head
    if title.i - tokens[0].i > 3 or title.lemma_.lower() not in _words("title_nouns"):
        return ()
    verb = title.head
    pronoun = next(
        (
            c
            for c in verb.children
            if c.dep_ == "nsubj" and c.lower_ in {"he", "she"} and c.i > title.i
        ),
        None,
    )
    if pronoun is None or pronoun.i == 0 or pronoun.nbor(-1).text != ",":
        return ()
    if verb.i == title.i or title.dep_ not in {"nsubj", "dep", "npadvmod", "appos"}:
        return ()
    return ((pronoun.idx, title.lemma_.lower()),)


def _described_where_named(tok: Token) -> bool:
    """A word set beside the name (or the name beside a word), or the post it holds: 'Ndegwa,
    a former trade unionist, is ...', 'Morozov is his government's special envoy'."""
    return (
        tok.dep_ == "appos"
        or any(c.dep_ == "appos" for c in tok.children)
        or (tok.dep_ in _SUBJECTS and tok.head.lemma_ in {"be", "become"})
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


def _the_one_in_question(tokens: list[Token], people: tuple[Person, ...]) -> str | None:
    """ "Ioana Popescu, the official in question, has since become ...": a sentence that opens on
    a name set beside "the ... in question" names the one the text just left unnamed."""
    first = next((t for t in tokens if not t.is_space), None)
    person = next((p for p in people if first is not None and p.offset == first.idx), None)
    if person is None:
        return None
    after = [t.lower_ for t in tokens[first.i - tokens[0].i :][: len(person.name.split()) + 9]]
    text = " ".join(after)
    return person.name if ", the " in text and " in question ," in text else None


def _named_beside_the_title(
    tokens: list[Token], people: tuple[Person, ...]
) -> tuple[str, str] | None:
    """ "The official, Pieter van Dam, added ...", "The Nigerian minister, ...": a sentence that
    opens on a title with a name set beside it, as (the title, the name)."""
    if not tokens or tokens[0].lower_ != "the":
        return None
    comma = next((k for k, t in enumerate(tokens[:5]) if t.text == ","), None)
    if comma is None or comma < 2 or comma + 1 >= len(tokens):
        return None
    title = tokens[comma - 1]
    if title.lemma_.lower() not in _words("title_nouns") or title.tag_ != "NN":
        return None
    beside = any(
        t.dep_ == "appos" and t.head.i == title.i and t.pos_ == "PROPN"
        for t in tokens[comma + 1 : comma + 6]
    )
    at = tokens[comma + 1].idx
    name = next((p.name for p in people if p.offset == at), None)
    return (title.lemma_.lower(), name) if beside and name else None


_HANGS_ON = frozenset({"pcomp", "xcomp"})


def _questions(
    tokens: list[Token],
    columns: Columns,
    people: tuple[Person, ...],
    quoted: Callable[[Token], bool],
) -> tuple[tuple[str, ...], tuple[tuple[str, int], ...]]:
    """Who puts a question and who it is put to, read in one pass over the verbs that ask or
    put words to somebody (a request — "X asked Brussels to delay the rules" — is neither).

    The askers: the people named as the subject of an asking verb ("The chair, Desmond
    Arkwright, asked whether ...", "Beat Kälin pressed him on ...", "X began by asking") or as
    its agent ("Pressed by Ms Whitcombe on ..., she replied": she is somebody else). The asked,
    with the offset: the object of an asking verb, a person named ("pressed Ms Ruiz on ...") or
    a title ("asked the colonel whether ...": "title:colonel"), and whom words are relayed to
    ("When I relayed this to the official, she said ...")."""
    askers: list[str] = []
    asked: list[tuple[str, int]] = []
    for tok, pos in zip(tokens, columns.pos, strict=True):
        if pos != VERB:
            continue
        lemma = tok.lemma_.lower()
        if lemma not in _QUESTIONING_OR_PUTTING_TO or quoted(tok):
            continue
        if any(c.dep_ == "xcomp" for c in tok.children):
            continue  # a request, not a question
        if lemma in _QUESTIONING and _asked_aside(tok):
            # "Holloway, asked whether Washington might walk away, said ...": she was asked (the
            # parser made the participle a verb with her as its subject)
            objects = [c for c in tok.lefts if c.dep_ in _SUBJECTS]
        elif lemma in _QUESTIONING:
            askers += _who_asks(tok, people)
            objects = [c for c in tok.children if c.dep_ == "dobj"]
        else:
            if lemma in _SPOKEN_TO and not any(
                c.dep_ in _SUBJECTS and c.lower_ in {"i", "we"} for c in tok.children
            ):
                continue
            # (the parser may hang "to ..." on the object: "put the caller's question to X")
            hosts = [tok, *(c for c in tok.children if c.dep_ == "dobj")]
            objects = [
                o
                for host in hosts
                for c in host.children
                if c.dep_ in {"prep", "dative"} and c.lower_ == "to"
                for o in c.children
                if o.dep_ == "pobj"
            ]
        asked += [one for obj in objects if (one := _the_one_asked(obj, people)) is not None]
    return tuple(askers), tuple(asked)


def _a_bare_surname(tok: Token) -> bool:
    """A capitalised name of one word that the tagger left out of any name ("Hargrove"), which
    the document resolves to somebody named before."""
    return tok.pos_ == "PROPN" and tok.is_title and tok.n_lefts == 0


def _asked_aside(verb: Token) -> bool:
    """ "X, asked about ..., said": a participle set off by commas after the subject, which the
    parser read as a clause of the verb that follows."""
    doc = verb.doc
    if verb.tag_ not in {"VBN", "VBD"} or verb.i < 2 or doc[verb.i - 1].text != ",":
        return False
    subject = next((c for c in verb.lefts if c.dep_ in _SUBJECTS), None)
    if (
        subject is None
        or subject.i != verb.i - 2
        or any(c.dep_ == "appos" for c in subject.children)
    ):
        return False  # (not "The chair, Desmond Arkwright, asked whether ...")
    # the verb of the sentence, after the participle's closing comma
    after = [verb.head] if verb.head.i > verb.i else []
    after += [c for c in verb.rights if c.dep_ in {"ccomp", "conj"}]
    return any(t.pos_ == "VERB" and doc[t.i - 1].text == "," for t in after)


def _who_asks(verb: Token, people: tuple[Person, ...]) -> list[str]:
    agents = [o for c in verb.children if c.dep_ == "agent" for o in c.children]
    head = verb
    # "The chair, X, began by asking whether ...", "X went on to ask": the subject of the verb
    # the question hangs on
    while not any(c.dep_ == "nsubj" for c in head.children) and head.dep_ in _HANGS_ON:
        head = head.head.head if head.dep_ == "pcomp" else head.head
    subjects = [c for c in head.children if c.dep_ == "nsubj"] if head.i != verb.i else []
    found: list[str] = []
    for subject in (c for c in [*verb.children, *agents, *subjects] if c.dep_ in {"nsubj", "pobj"}):
        start, end = subject.left_edge.idx, subject.right_edge.idx + len(subject.right_edge)
        named = [p.name for p in people if start <= p.offset < end]
        if not named and _a_bare_surname(subject):
            named = [subject.text]  # "Hargrove pressed him on whether ...": named before
        found += named
    return found


def _the_one_asked(obj: Token, people: tuple[Person, ...]) -> tuple[str, int] | None:
    start, end = obj.left_edge.idx, obj.right_edge.idx + len(obj.right_edge)
    named = [p.name for p in people if start <= p.offset < end]
    if named:
        return named[0], obj.idx
    if _a_bare_surname(obj):
        return obj.text, obj.idx  # "put the caller's question to Siddiqui": named before
    if (
        obj.tag_ == "NN"
        and obj.lemma_.lower() in _words("title_nouns")
        and any(c.dep_ == "det" and c.lower_ == "the" for c in obj.children)
    ):
        return _TITLED + obj.lemma_.lower(), obj.idx
    return None


# Verbs that put somebody's words to another: "When I repeated this to the organiser, she ..."
_PUTTING_TO = frozenset({"relay", "repeat", "put", "read", "mention", "show", "describe"})
# Verbs of the author's talking to somebody: "When I spoke to the interpreter, she described ..."
# (only the author's: "Ms Ruiz spoke to the minister. She said ..." is still Ms Ruiz)
_SPOKEN_TO = frozenset({"speak", "talk"})
_QUESTIONING_OR_PUTTING_TO = _QUESTIONING | _PUTTING_TO | _SPOKEN_TO


# the columns' ids of the tags and the word _mentions looks for (and _NN, a common noun's)
_PRONOUN_TAGS = frozenset({string_id("PRP"), string_id("PRP$")})
_OLD = string_id("old")


@dataclass
class _Mentions:
    """The people and bodies a unit refers to without a name, read in one pass (see ``Voice``)."""

    titled_subjects: list[tuple[str, int]] = field(default_factory=list)
    called_subjects: list[tuple[str, int]] = field(default_factory=list)
    documents: list[str] = field(default_factory=list)
    documents_described: list[tuple[str, str, int]] = field(default_factory=list)
    unnamed_titles: list[str] = field(default_factory=list)
    titles_left_unnamed: list[tuple[str, int]] = field(default_factory=list)
    unnamed_subjects: list[int] = field(default_factory=list)
    pronoun_subjects: list[tuple[str, int]] = field(default_factory=list)


# Words that open a clause of time, condition or reason
_SUBORDINATING = frozenset(
    {"before", "after", "when", "while", "until", "because", "if", "unless", "once", "since"}
)


def _in_a_clause_of_time(subject: Token) -> bool:
    """The subject of a clause opened by 'before', 'when', 'because' ... ("before the moderator
    could move on"), not of the sentence."""
    verb = subject.head
    return verb.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in _SUBORDINATING for c in verb.children
    )


def _mentions(tokens: list[Token], columns: Columns, ents: list[SpacySpan], quoted) -> _Mentions:  # type: ignore[no-untyped-def]
    found = _Mentions()
    titles, documents = _titles_but_kin(), _documents_spoken_of()
    for tok, tag, lower in zip(tokens, columns.tag, columns.lower, strict=True):
        if tag in _PRONOUN_TAGS:
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
        if lower == _OLD and tok.dep_ in _SUBJECTS and not quoted(tok):
            # "The 29-year-old spent the next year ...": the person the text gave that age
            phrase = tok.doc[tok.left_edge.i : tok.i + 1]
            ages = _ages_in(phrase.text) if phrase[0].lower_ == "the" else frozenset()
            found.titled_subjects += [(age, phrase.start_char) for age in ages]
            if ages:
                found.titled_subjects += [(w, phrase.start_char) for w in _places_of(tok)]
            continue
        if tag != _NN:
            continue
        noun = tok.lemma_.lower()
        if noun in documents and not quoted(tok):
            described = _which_document(tok)
            if described is not None:
                found.documents_described.append((noun, described, tok.idx))
        if noun in documents and (tok.dep_ in _SUBJECTS or _verbless(tok)) and not quoted(tok):
            # (not "The company's annual report": what it says, the company says; nor "The
            # text was drafted by the Commission": a later 'it' is who made it)
            made_by = tok.dep_ == "nsubjpass" and any(c.dep_ == "agent" for c in tok.head.children)
            if _owned_by_a_body(tok) is None and not made_by:
                found.documents.append(_document_called(tok))
            continue
        title = noun in titles
        if not (title or noun in _FIRMS) or quoted(tok):
            continue
        subject = tok.dep_ in _SUBJECTS
        children = list(tok.children)
        the = any(c.dep_ == "det" and c.lower_ == "the" for c in children)
        # (a name beside it, not a description: "A military adviser, a former air-force
        # officer, ..." is still nobody named)
        named_beside = any(
            c.dep_ == "appos" and (c.pos_ == "PROPN" or c.ent_type_) for c in children
        )
        # ("Her opponent is unconvinced": the other side of the owner's dispute)
        opposing = noun in _OPPONENTS and any(
            c.dep_ == "poss" and c.lower_ in _POSSESSIVE_PRONOUNS for c in children
        )
        if subject and (the or opposing):  # "the adviser", "the authority" as a clause's subject
            # (not of a clause of time or reason: "X cut in before the moderator could move on")
            if title and not named_beside and not _in_a_clause_of_time(tok):
                found.titled_subjects.append((noun, tok.idx))
                found.titled_subjects += [(w, tok.idx) for w in _places_of(tok)]
                # "The Norwegian negotiator does not want ...": the one of that nation
                found.titled_subjects += [
                    (_NATION + c.lower_, tok.idx)
                    for c in children
                    if c.dep_ in {"amod", "compound"}  # ("The Uzbek official": a compound)
                    and c.text[:1].isupper()
                    and is_nationality(c.text)
                ]
            if noun in _FIRMS and _entity(tok, ents) is None:
                found.called_subjects.append((noun, tok.idx))
        if not title:
            continue
        if not subject and not named_beside and _somebody_unnamed(tok, children):
            found.unnamed_titles.append(noun)
        a_country_s = any(c.dep_ == "poss" and c.ent_type_ == "GPE" for c in children)
        # "His Australian counterpart sees it differently.": a title the subject holds for
        # somebody, the holder not named yet
        someone_s = subject and any(
            c.dep_ == "poss" and c.lower_ in _POSSESSIVE_PRONOUNS for c in children
        )
        # "A senior defence official told a hearing ... The official, Gareth Pennock, said"
        one = subject and any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in children)
        # "The company's founder, a 31-year-old engineer, hired him": the body's, not named yet
        a_body_s = subject and any(
            c.dep_ == "poss" and c.tag_ == "NN" and any(d.lower_ == "the" for d in c.children)
            for c in children
        )
        if (
            (the or a_country_s or someone_s or one or a_body_s)
            and not named_beside
            and tok.ent_type_ != "PERSON"
        ):
            found.titles_left_unnamed.append((noun, tok.idx))
        if (
            (subject or tok.dep_ == "ROOT")  # (a sentence the parser left without a verb)
            and (
                # ("One captain, who ...": 'one' as a number)
                any(c.dep_ in {"det", "nummod"} and c.lower_ in _ONE_OF_THEM for c in children)
                # "Her deputy, a retired colonel, ...", "The firm's founder, a former banker"
                or ((someone_s or a_body_s) and _described_anew(tok))
            )
            and not any(t.ent_type_ == "PERSON" for t in tok.subtree)
            # (not "The Frenchman, as one colleague put it, ...": an aside about the subject)
            and not any(c.dep_ == "mark" and c.lower_ == "as" for c in tok.head.children)
            # (nor "a clip in which a party leader appeared to ...": somebody in what a thing
            # shows, not a person the piece talks to)
            and not _in_what_a_thing_shows(tok)
        ):
            found.unnamed_subjects.append(tok.idx)
    return found


def _in_what_a_thing_shows(subject: Token) -> bool:
    """The subject of a clause of 'in which' that describes a thing: 'a fake audio clip ..., in
    which a party leader appeared to discuss buying votes'."""
    verb = subject.head
    return verb.dep_ == "relcl" and any(
        c.dep_ == "prep" and c.lower_ == "in" and any(w.lower_ == "which" for w in c.children)
        for c in verb.children
    )


def _quotes_somebody(root: Token) -> set[str]:
    """ "The Nairobi Ledger quoted the minister as saying ...": the press, whatever its name."""
    verb = root.head
    if root.dep_ != "nsubj" or verb.lemma_.lower() != "quote":
        return set()
    return {_PRESS} if any(c.dep_ == "prep" and c.lower_ == "as" for c in verb.children) else set()


def _owner_country(root: Token) -> set[str]:
    """The country a body belongs to as the text writes it ("Malaysia's Ministry of
    Investment"): 'place:malaysia', so that "the Malaysian ministry" is that one."""
    return {_PLACE + c.lower_ for c in root.children if c.dep_ == "poss" and c.ent_type_ == "GPE"}


# Texts that are no report but say what they say: "The draft standard is dry reading. It warns
# ...", "The declaration is short. It says ..."
_TEXTS = frozenset(
    {"draft", "standard", "declaration", "resolution", "text", "guideline", "treaty",
     "convention", "agreement", "charter", "plan", "strategy", "protocol"}
)  # fmt: skip


@cache
def _titles_but_kin() -> frozenset[str]:
    """Title nouns but relatives: a relative who is the subject is nobody the text leaves
    unnamed or puts in view ("Orrego's daughter, Amalia, is eleven; her husband ... has given
    up asking")."""
    return _words("title_nouns") - _KIN


@cache
def _documents_spoken_of() -> frozenset[str]:
    """Nouns of a document or a text that a later 'it' may be."""
    return _words("document_nouns") | _TEXTS


def _somebody_unnamed(tok: Token, children: list[Token]) -> bool:
    """'said through a foreign ministry spokeswoman', 'in a message to her ministry's legal
    adviser': somebody with that title the text does not name (not 'a minister, Ana Ruiz', nor
    'Ana Ruiz, the meeting's chair', nor 'a chair's statement')."""
    if tok.dep_ not in {"pobj", "dobj"} or any(t.ent_type_ == "PERSON" for t in tok.subtree):
        return False
    # "The delegation was led by the State Department's special envoy, who described ...":
    # whoever did it, as the text leaves them
    by_whom = tok.dep_ == "pobj" and tok.head.lower_ == "by" and tok.head.dep_ == "agent"
    return any(
        (c.dep_ == "det" and c.lower_ in _ONE_OF_THEM)
        or (c.dep_ == "poss" and (c.lower_ in _POSSESSIVE_PRONOUNS or c.tag_ == "NN" or by_whom))
        or (by_whom and c.dep_ == "det" and c.lower_ == "the")
        for c in children
    )


def _which_document(head: Token) -> str | None:
    """The document as the text tells which one it is — sent or made somewhere ('a briefing
    note shared with journalists last year'), someone's ('its final report on the
    elections'), or of a sort ('a staff report', 'a letter to the committee') — without a
    possessive pronoun; None for 'a report' or 'a recent report' that says no more."""
    if _pinned_down(head):
        return _document_description(head)
    owner = next((c for c in head.children if c.dep_ == "poss"), None)
    if owner is None:
        return _sort_of_document(head)
    if owner.lower_ not in {"its", "their"}:  # (a body's, not "her report")
        return None
    words = _document_description(head).split(" ", 1)
    return words[1] if len(words) > 1 and words[0].lower() == owner.lower_ else None


# Words before a document that say only when or how much of it there is, not which it is
_NO_SORT = frozenset(
    {"new", "recent", "latest", "last", "former", "previous", "earlier", "other", "another",
     "same", "separate", "first", "second", "short", "long", "brief", "lengthy", "detailed",
     "major", "key", "important", "single", "further", "such", "whole", "full", "own"}
)  # fmt: skip


def _sort_of_document(head: Token) -> str | None:
    """ "a staff report", "a position paper", "an internal memorandum", "a letter to the
    committee last month": what sort of document it is, or whom it went to (then a later "The
    paper argued" is that one); None for "a report" or "a recent report"."""
    sorts = [
        c
        for c in head.lefts
        if c.dep_ in {"compound", "amod"}
        and c.tag_ in {"NN", "JJ", "VBN", "VBG"}  # ("a working paper")
        and c.text.islower()  # (not "a Japanese paper": a newspaper, maybe)
        and c.lower_ not in _NO_SORT
    ]
    to = [c for c in head.rights if c.dep_ == "prep" and c.lower_ == "to" and c.i == head.i + 1]
    if not sorts and not to:
        return None
    first = min([t.left_edge.i for t in sorts] + [head.i])
    last = max([c.right_edge.i for c in to] + [head.i])
    return head.doc[first : last + 1].text


# "a review titled 'Signals in the Field'", "a report called Fault Lines"
_TITLING = frozenset({"title", "entitle", "call", "name"})


def _document_called(head: Token) -> str:
    """What a document is called: its title when the text gives one ("Her team's review,
    titled 'Signals in the Field'"), else its description ("Secretary-General's report")."""
    for clause in head.children:
        if clause.dep_ == "acl" and clause.lemma_.lower() in _TITLING:
            words = [t for c in clause.children if c.dep_ != "punct" for t in c.subtree]
            words = [t for t in words if not t.is_quote]
            while words and words[-1].is_punct:
                words.pop()
            if words:
                return head.doc[words[0].i : words[-1].i + 1].text
    return _document_description(head)
