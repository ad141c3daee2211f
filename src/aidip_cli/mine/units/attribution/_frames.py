"""Who said it: the frame that reports somebody's words — the speech verb, its subject and
what kind of source that is."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from typing import TYPE_CHECKING

from spacy import symbols

from ....lexicons.nationalities import is_country, is_nationality
from ....schema import AttributionStatus
from .._lexmatch import pattern
from ._columns import Columns, sentence_of, string_id
from ._people import (
    _AIDES,
    _NATION,
    _PLACE_LABELS,
    _a_body_by_its_name,
    _a_name_described_with_who,
    _a_name_set_beside_a_title,
    _a_person_by_name,
    _a_person_noun,
    _ages_in,
    _as_written,
    _called,
    _clean_name,
    _described_anew,
    _described_as_a_body,
    _places_of,
    _titled_beside,
    _titles_described_anew,
    _work_words,
)
from ._records import Frame, replace
from ._vocabulary import (
    _AGE,
    _AGE_SET_OFF,
    _AGED,
    _DASHES,
    _DEFINITE,
    _DIRECTIVES,
    _DOCUMENT_LABELS,
    _FINITE,
    _FORECASTS,
    _IN_WORDS,
    _INDEFINITE,
    _ORGANISATION_LABELS,
    _PAIR,
    _PARTY_MEMBERS,
    _POSSESSIVE_DETERMINERS,
    _POSSESSIVE_PRONOUNS,
    _PRONOUN_GENDER,
    _QUESTIONING,
    _SILK,
    _SUBJECTS,
    _THAT_SAID,
    _VIEW_WORDS,
    _WARNINGS,
    _WAYS_OF_TELLING,
    NAMED,
    VAGUE,
    _a_given_name,
    _hyphenated,
    _is_honorific,
    _speech,
    _titles,
    _words,
)

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

# (as the tagger's numeric tags: the loop below asks this of every word of every unit)
_VERB_LIKE = frozenset({symbols.VERB, symbols.AUX, symbols.NOUN})
_ADJECTIVE = symbols.ADJ
# the columns' ids of the fine tags and the word _frame reads at every verb
_VBG = string_id("VBG")
_NOUN_OR_ADJECTIVE = frozenset({string_id("NN"), string_id("JJ")})
_SAID = string_id("said")


# Verbs that report a retort with "back": "he shot back", "she fired back", "hit back"
_ANSWERING_BACK = frozenset({"shoot", "fire", "hit", "snap", "push", "bite"})


def _answers_back(verb: Token) -> bool:
    """ "he shot back", "she fired back that ...": "back" beside the verb, and words quoted or
    reported (not "the army fired back at the rebels")."""
    after = verb.nbor(1) if verb.i + 1 < len(verb.doc) else None
    if after is None or after.lower_ != "back" or after.head.i != verb.i:
        return False
    return any(c.dep_ == "ccomp" or c.text in _QUOTE_MARKS for c in verb.children)


_QUOTE_MARKS = frozenset({'"', "“", "”", "«", "»", "„"})


def _frame(  # type: ignore[no-untyped-def]
    unit: SpacySpan, tokens: list[Token], columns: Columns, ents, quoted, text: str | None = None
) -> tuple[Frame | None, bool]:
    """The unit's frame, and whether the author speaks in the first person (``columns``: the
    unit's, read once for all its scans)."""
    if text is None:
        text = _text_of(tokens)
    lowered = text.lower()
    found = _according_to(tokens, columns, ents, quoted, lowered) or _in_words(unit, text)
    lemmas, needs_content, _, _ = _speech()
    stands = (
        found is not None
        and not _RECORDS.search(found.source)
        and not _cited_in_what_is_reported(found, tokens, lemmas)
        # ("Citing two officials, it said ...", "..., an aide said, citing a budget vote": the
        # one who says it cites them; the sources cited stand only when nobody says it)
        and found.cue != "citing"
    )
    # ("'...,' she told the room, according to two people present": those present relay what
    # she said; the words stay hers when a person says them)
    relayed = stands and found is not None and found.cue == "according to"
    # ("President Trump threatened tariffs on countries whose rules, in his telling,
    # discriminated ...": a way of telling set into a clause is no speech of its own when the
    # clause reports somebody)
    told = found is not None and found.cue in _WAYS_OF_TELLING
    if stands and not relayed and not told:
        return found, False
    skip_said = bool(_THAT_SAID.match(text))
    cue_lemmas = _cue_lemmas()
    # (most units name no statement, interview or letter: no need to look for one at every verb)
    statements = _A_STATEMENT_WORD.search(lowered) is not None
    candidates: list[tuple[int, Frame]] = []
    author = False
    for tok, pos, tag, lower in zip(tokens, columns.pos, columns.tag, columns.lower, strict=True):
        if pos not in _VERB_LIKE and (pos != _ADJECTIVE or lower != _SAID):
            continue  # a reporting verb, or one the tagger read as a noun (or an adjective)
        quoting, quoted_one = _quoted_as_saying(tok) if tag == _VBG else (None, None)
        if quoting is not None and quoted_one is not None and not quoted(tok):
            # "The agency quoted her as saying ...": she says it, the agency reports it
            # (the name may stand in the unit before: "Reuters quoted Lin Yuqing, a
            # spokeswoman for the ministry, | as saying ...")
            named = [e for e in quoted_one.doc.ents if e.start <= quoted_one.i < e.end]
            frame = _classify(quoted_one, tok, [*ents, *named])
            if frame is not None:
                cue = f"{quoting.text} as {tok.text}"
                candidates.append((_depth(tok), replace(frame, cue=cue)))
            continue
        lemma = tok.lemma_.lower()
        if lemma in _ANSWERING_BACK and _answers_back(tok):
            lemma = "retort"  # ""Time bought for whom?" he shot back"
        statement = _in_a_statement(tok) if statements and lemma not in cue_lemmas else None
        if statement is not None and not quoted(tok):
            # "The Ministry of Foreign Affairs backed the proposal in a statement": what it did
            # it did by saying so
            subject = _subject(tok, quoted)
            frame = _classify(subject, tok, ents) if subject is not None else None
            if frame is not None and frame.kind in {"person", "group", "organisation"}:
                cue = f"{tok.text} in {statement}"
                candidates.append((_depth(tok), replace(frame, cue=cue)))
            continue
        if lemma not in cue_lemmas:
            # a past tense read as a noun: "..., the 40-year-old said, were ...", "Only a treaty
            # could do that, the 61-year-old added, and ..."
            if not lemma.endswith(("ed", "said")) or tag not in _NOUN_OR_ADJECTIVE:
                continue  # (no verb that reports, refuses, expects or makes a case)
            lemma = _past_tense_lemma(lemma, lemmas)
            if lemma not in cue_lemmas:
                continue
        if (
            lemma in _CASES_MADE
            and _makes_a_case(tok, lemma)
            and not quoted(tok)
            # ("Governments issue statements, she says, while ...": the aside is the speech)
            and not _speaks_through_an_aside(tok, lemmas)
        ):
            # "Park made the same case to officials", "Diplomats make a subtler argument"
            subject = _subject(tok, quoted)
            frame = _classify(subject, tok, ents) if subject is not None else None
            if frame is not None and frame.kind in {"person", "group", "organisation"}:
                candidates.append((_depth(tok), replace(frame, cue=_case_made(tok))))
            continue
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
        like = habit.i != tok.i and habit.lower_ == "like" and habit.dep_ == "ROOT"
        participle = _participle_report(tok) or _reported_by_doing(tok)
        reports = misread or like or participle or withheld or _finite(habit, quoted)
        if not (reports or _foreseen(habit, quoted)):
            continue
        if (
            _embedded(tok, unit, quoted)
            and not (participle or misread or _what_x_says(tok))
            and not _an_aside_read_as_a_subject(tok)
        ):
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
        if frame is not None and misread is not None:
            # ("the professor counters", the verb read as a noun: its article, the title's)
            article = next((c for c in tok.lefts if c.dep_ == "det" and c.i < misread.i), None)
            if article is not None:
                frame = replace(frame, source=tok.doc[article.i : misread.i + 1].text)
            if article is not None and frame.kind == "document" and frame.status == VAGUE:
                # ("The filing states that ...": the article is the verb's, and points back)
                frame = replace(frame, refer="same" if article.lower_ == "the" else frame.refer)
        if frame is not None and lemma == "retort" and tok.lower_ != "retorted":
            frame = replace(frame, cue=f"{tok.text} back")
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
        elif frame is not None and frame.refer in _ASIDE_PRONOUNS:
            # "Marsh had made the more important point, she said: ...": what was said comes
            # first, so the people it names are not who says it
            said_first = next((c for c in tok.children if c.dep_ == "ccomp" and c.i < tok.i), None)
            set_off = subject.i > 0 and tok.doc[subject.i - 1].text == ","
            if said_first is not None and set_off:
                frame = replace(frame, aside=True, aside_from=said_first.left_edge.idx)
        if frame is not None:
            candidates.append((_depth(tok), frame))
    if candidates:
        best = min(candidates, key=lambda c: c[0])[1]
        if not relayed or _a_person_who_speaks(best):
            return best, False
    if found is not None:
        return found, False
    attitude = _attitude(tokens, ents, quoted)
    if attitude is not None:
        return attitude, False
    introduced = _quotation_after_a_colon(tokens, ents, quoted) if ":" in text else None
    if introduced is not None:
        return introduced, False
    vague = _a_vague_phrase(text, lowered)
    if vague is not None and not author:
        phrase, at = vague
        return _vague_phrase(phrase, at + unit.start_char), False
    return None, author


@cache
def _vague_phrases_in_lower_case() -> re.Pattern[str]:
    """The lexicon's vague phrases ("critics say", "it is believed") for a text already in lower
    case: matched with regard to case, the search takes half the time."""
    return re.compile(pattern("attribution", "vague_phrases").pattern)


def _a_vague_phrase(text: str, lowered: str) -> tuple[str, int] | None:
    """The first vague phrase of the text, as written, and where it starts (``lowered``: the
    text in lower case)."""
    if len(lowered) == len(text):  # (lower case kept every offset: nearly always)
        found = _vague_phrases_in_lower_case().search(lowered)
        return None if found is None else (text[found.start() : found.end()], found.start())
    found = pattern("attribution", "vague_phrases").search(text)
    return None if found is None else (found.group(0), found.start())


def _quotation_after_a_colon(tokens: list[Token], ents: list[SpacySpan], quoted) -> Frame | None:  # type: ignore[no-untyped-def]
    """'The minister chose her words carefully: "It is a complement, not a competitor."': a
    person's clause that a colon closes, a quotation right after it — the words are theirs."""
    root = next((t for t in tokens if t.dep_ == "ROOT" and not quoted(t)), None)
    if root is None or root.pos_ not in {"VERB", "AUX"}:
        return None
    colon = next((t for t in tokens if t.text == ":" and t.i > root.i and not quoted(t)), None)
    doc = root.doc
    if colon is None or colon.i + 2 >= len(doc) or doc[colon.i + 1].text not in _QUOTE_MARKS:
        return None
    if not quoted(doc[colon.i + 2]):
        return None
    subject = _subject(root, quoted)
    frame = _classify(subject, root, ents) if subject is not None else None
    if frame is None or frame.kind != "person":
        return None  # (not 'The sign on the door was clear: "Keep out."')
    return replace(frame, cue=root.text, mode="direct")


def _a_person_who_speaks(frame: Frame) -> bool:
    """A person named, or one a pronoun or a title means: who said what another relays."""
    return frame.kind == "person" and (frame.status == NAMED or frame.refer is not None)


def _text_of(tokens: list[Token]) -> str:
    """The span's text, as ``Span.text`` gives it, from words already at hand (``Span.text``
    makes every word of the span again)."""
    text = "".join(t.text_with_ws for t in tokens)
    return text[:-1] if tokens and tokens[-1].whitespace_ else text


def _past_tense_lemma(word: str, lemmas: frozenset[str]) -> str:
    """The speech verb a past tense is of ("said" → "say", "added" → "add", "noted" → "note",
    "admitted" → "admit"), else the word."""
    if word == "said":
        return "say"
    if not word.endswith("ed"):
        return word
    return next((stem for stem in (word[:-1], word[:-2], word[:-3]) if stem in lemmas), word)


@cache
def _cue_lemmas() -> frozenset[str]:
    """Every lemma the loop in ``_frame`` looks at further: a speech verb, a refusal to say, a
    view, an expectation or "make" (a case)."""
    return _speech()[0] | _WITHHELD | {_VIEW, _EXPECT} | _CASES_MADE.keys()


def _cited_in_what_is_reported(found: Frame, tokens: list[Token], lemmas: frozenset[str]) -> bool:
    """ "The campaigner noted that several countries are at high risk of debt distress,
    according to assessments by the IMF": the source is cited inside the clause a speech verb
    reports, so the one who speaks is its subject (not "Officials said the plant was hit,
    according to state media", set off by a comma: how the report came)."""
    node = next((t for t in tokens if t.idx == found.offset), None)
    while node is not None and node.head.i != node.i:
        if node.lower_ == "according" and node.i > 0 and node.nbor(-1).is_punct:
            return False
        if node.dep_ == "ccomp" and node.head.lemma_.lower() in lemmas:
            return node.head.pos_ == "VERB"
        node = node.head
    return False


# "she told the meeting, according to a transcript": where the words were kept, not who said them
_RECORDS = re.compile(
    r"\b(?:transcripts?|recordings?|minutes|readouts?|records?|footage|video|tapes?"
    # ("..., he said, according to the interpreter's rendering": the words are still his)
    r"|interpreters?|interpretation|rendering|translation)\b",
    re.I,
)

# What one makes when one argues or speaks: "made the same case", "makes a subtler argument",
# "made the announcement", "made the remarks"
_ARGUMENT_NOUNS = frozenset(
    {"case", "argument", "point", "plea", "pitch", "announcement", "remark", "comment", "statement"}
)


# What one raises or issues when one speaks: "raised a similar concern", "voiced doubts",
# "issued a statement describing the draft as ..."
_CONCERNS = frozenset(
    {"concern", "objection", "question", "doubt", "worry", "alarm", "fear", "reservation",
     "complaint", "criticism"}
)  # fmt: skip
_ISSUED = frozenset({"statement", "warning", "denial", "rebuttal", "apology", "appeal"})
_CASES_MADE: dict[str, frozenset[str]] = {
    "make": _ARGUMENT_NOUNS,
    "raise": _CONCERNS,
    "voice": _CONCERNS,
    "express": _CONCERNS,
    "air": _CONCERNS,
    "issue": _ISSUED,
}


def _makes_a_case(verb: Token, lemma: str) -> bool:
    nouns = _CASES_MADE[lemma]
    if verb.dep_ in _EMBEDDING or not any(
        c.dep_ == "dobj" and c.lemma_.lower() in nouns for c in verb.children
    ):
        return False
    # (a statement told with the words it holds; "X and Y issued a joint statement affirming
    # that ..." is told as an event)
    return lemma != "issue" or any(
        t.text in _QUOTE_MARKS or t.text in {"'", "‘", "’"}
        for t in verb.doc[verb.i + 1 : sentence_of(verb).end]
    )


def _case_made(verb: Token) -> str:
    noun = next(c for c in verb.children if c.dep_ == "dobj")
    return verb.doc[verb.i : noun.i + 1].text


# A person's view told without their words: "Ms Carrier disputes that.", "Vikram Bhandari sees it
# differently.", "The Estonian is not persuaded.", "Margit Ruus remembers a host in a hurry."
_RESPONSES = frozenset(
    {"dispute", "disagree", "agree", "doubt", "concede", "accept", "deny", "question", "reject",
     "dismiss", "remember", "recall", "blame", "fault"}
)  # fmt: skip


_BACK_REFERENCES = frozenset({"that", "this", "it", "so"})


# Words for what somebody said or claimed: "denied the allegation", "rejected the claim"
_CLAIMS = frozenset(
    {"characterisation", "characterization", "claim", "account", "accusation", "allegation",
     "criticism", "charge", "suggestion", "argument", "assessment", "interpretation", "reading",
     "version", "premise", "idea", "notion", "report", "reports"}
)  # fmt: skip


def _what_was_said(obj: Token) -> bool:
    """ "disputes that", "rejected that characterisation", "denied the allegation": the object
    points back at what somebody said."""
    return (
        obj.lower_ in _BACK_REFERENCES
        or obj.lemma_.lower() in _CLAIMS
        or any(d.dep_ == "det" and d.lower_ in {"that", "this"} for d in obj.children)
    )


_ATTITUDES = frozenset(
    {"sure", "certain", "sceptical", "skeptical", "unimpressed", "unconvinced", "blunt",
     "blunter", "optimistic", "pessimistic", "wary", "warier", "confident", "doubtful",
     "hopeful", "adamant", "emphatic", "candid", "gloomier", "surer", "alarmed", "worried",
     "sanguine", "upbeat", "gloomy", "relaxed", "uneasy", "unpersuaded", "unmoved",
     "uncomfortable", "troubled"}
)  # fmt: skip


_PERSUADED = frozenset({"persuade", "convince", "impress", "reassure"})

# Responses that take what was said as their object: "disputes that", "rejected the claim"
_DISPUTES = frozenset(
    {"dispute", "doubt", "concede", "accept", "deny", "question", "reject", "dismiss"}
)


_ATTITUDE_VERBS = _RESPONSES | _PERSUADED | {"see", "be", "bristle", "worry", "read", "mean"}


def _a_preference(verb: Token) -> bool:
    """ "would rather": what somebody prefers."""
    return any(c.dep_ == "advmod" and c.lower_ == "rather" for c in verb.children) and any(
        c.dep_ == "aux" and c.lower_ in {"would", "'d"} for c in verb.children
    )


def _attitude(tokens: list[Token], ents: list[SpacySpan], quoted) -> Frame | None:  # type: ignore[no-untyped-def]
    """The view of a person the unit names or refers to, told without their words: a response
    ("disputes that", "does not dispute that", "disagrees", "sees it differently", "remembers
    ..."), or an attitude ("is not persuaded", "is less sure", "is blunter about ...")."""
    root = next((t for t in tokens if t.dep_ == "ROOT" and not quoted(t)), None)
    if root is None:
        return None
    # ("Her name is Carolina Benitez, and she sees a data centre as ...": a clause joined to the
    # main one, with a subject of its own, may tell the view)
    joined = [
        c for c in root.children if c.dep_ == "conj" and any(g.dep_ == "nsubj" for g in c.children)
    ]
    for verb in (root, *joined):
        frame = _attitude_told_by(verb, ents, quoted)
        if frame is not None:
            return frame
    return None


def _attitude_told_by(root: Token, ents: list[SpacySpan], quoted) -> Frame | None:  # type: ignore[no-untyped-def]
    """The view this verb tells (see ``_attitude``)."""
    lemma = root.lemma_.lower()
    if _a_preference(root):
        lemma = "prefer"  # "She would rather see a short, binding text agreed next year"
    elif lemma not in _ATTITUDE_VERBS:
        return None
    # (whether the verb sits in a clause that depends on another is asked once a view is held,
    # which few verbs show: it needs the sentence, which costs more than the rest)
    objects = [c for c in root.children if c.dep_ in {"dobj", "ccomp"}]
    if lemma == "see":
        held = any(c.dep_ == "advmod" and c.lower_ in {"differently", "otherwise"}
                   for c in root.children) or (  # ("sees the tool as a way to ...")
            any(c.dep_ == "dobj" for c in root.children)
            and any(c.dep_ == "prep" and c.lower_ == "as" for c in root.children)
        )  # fmt: skip
    elif lemma == "read":
        # "Dr Bakhtiar reads that as an argument for ...", "X reads it differently": what was
        # said, taken a certain way (not "She reads the report every morning")
        held = any(
            c.dep_ == "dobj" and c.lower_ in _BACK_REFERENCES for c in root.children
        ) and any(
            (c.dep_ == "advmod" and c.lower_ in {"differently", "otherwise"})
            or (c.dep_ == "prep" and c.lower_ == "as")
            for c in root.children
        )
    elif lemma in _DISPUTES:  # ("dismissed the idea that ...", not "dismissed the staff")
        held = any(c.dep_ == "ccomp" or _what_was_said(c) for c in objects)
    elif lemma in {"agree", "disagree"}:
        # "agreed to work together", "agreed one anyway": a deal
        held = not _to_infinitive(root, {"xcomp"}) and not any(
            c.dep_ == "dobj" for c in root.children
        )
    elif lemma == "prefer":  # (a person's, not "Would Nigeria rather those people met ...?")
        held = sentence_of(root)[-1].text != "?"
    elif lemma == "mean":  # "The Pole means, mostly, that verification has been left for later"
        held = any(c.dep_ == "ccomp" and c.i > root.i for c in root.children)
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
        moved = _moved_by_what_follows(root, quoted) if owner is None else None
        # (as for the other verbs, whether the clause depends on another is asked only once it
        # tells a view)
        if (not held and owner is None and moved is None) or _embedded(
            root, sentence_of(root), quoted
        ):
            return None
        if owner is not None:
            return _view_holder(owner, root, ents)
        if moved is not None:
            holder, verb = moved
            frame = _classify(holder, verb, ents)
            if frame is None or frame.kind != "person":
                return None
            return replace(frame, cue=verb.text)
    else:
        held = False
    if not held or (lemma != "be" and _embedded(root, sentence_of(root), quoted)):
        return None
    subject = _subject(root, quoted)
    if subject is None or quoted(subject):
        return None
    frame = _classify(subject, root, ents)
    if frame is None or frame.kind not in {"person", "group"}:
        return None  # (a country "agrees", a firm "is confident": what it does, not a view)
    if frame.kind == "group" and subject.lemma_.lower() in _words("organisation_nouns"):
        return None  # "The companies that build the models are worried too"
    if lemma == "prefer" and frame.kind != "person":
        return None  # ("Intelligence officials would rather keep their findings to themselves")
    return frame


# "The lawyer's answer is that ...", "Her view is that ...": a view with its holder
_VIEW_NOUNS = frozenset(
    {"answer", "reply", "response", "view", "argument", "position", "verdict", "objection",
     "worry", "fear", "hope", "complaint", "reasoning", "conclusion", "contention", "concern",
     "advice", "message", "point"}
)  # fmt: skip


def _whose_view(root: Token, quoted) -> Token | None:  # type: ignore[no-untyped-def]
    """The owner of a view the clause states: 'The lawyer's answer is that the lever pulls both
    ways' → 'lawyer' (a that-clause must follow)."""
    subject = _subject(root, quoted)
    if subject is None or subject.lemma_.lower() not in _VIEW_NOUNS:
        return None
    # ("Her advice to the negotiators was simple: sign what helps ...": what it is, after a colon)
    colon = any(t.text == ":" for t in root.doc[root.i + 1 : root.i + 4])
    if not (colon or _that_clause(root, frozenset({"ccomp", "attr"}))):
        return None
    return next((c for c in subject.children if c.dep_ == "poss"), None)


# What moves a person, said in a clause a "what" opens: "What worries him is not the wind."
_MOVING = frozenset(
    {"worry", "trouble", "bother", "concern", "frighten", "alarm", "unsettle", "puzzle",
     "frustrate", "annoy", "irk", "anger", "scare", "infuriate", "excite"}
)  # fmt: skip
_OBJECT_PRONOUNS = frozenset({"him", "her"})
# What a person wants, said in a clause a "what" opens: "What she wants is a guarantee"
_WANTING = frozenset({"want", "fear", "need", "hope", "mean", "expect", "seek", "dread"})


def _moved_by_what_follows(root: Token, quoted) -> tuple[Token, Token] | None:  # type: ignore[no-untyped-def]
    """'What worries him is not the wind', 'What bothers Ana Ortiz most is the cost': the person
    the "what" clause says is moved, and its verb (the parser may hang a pronoun on "is")."""
    clause = next((c for c in root.children if c.dep_ == "csubj" and c.i < root.i), None)
    if clause is None or quoted(clause) or not any(c.lower_ == "what" for c in clause.lefts):
        return None
    if clause.lemma_.lower() in _WANTING:
        # "What she wants, in effect, is a guarantee": the one who wants it
        wanter = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if wanter is not None and (wanter.lower_ in {"he", "she"} or wanter.pos_ == "PROPN"):
            return wanter, clause
        return None
    if clause.lemma_.lower() not in _MOVING:
        return None
    after = clause.doc[clause.i + 1] if clause.i + 1 < len(clause.doc) else None
    if after is not None and after.lower_ in _OBJECT_PRONOUNS and after.i < root.i:
        return after, clause
    person = next((c for c in clause.children if c.dep_ == "dobj" and c.pos_ == "PROPN"), None)
    return (person, clause) if person is not None else None


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
     "tout", "frame", "defend"}
)  # fmt: skip

# What a defence answers: "defended the agency against criticism that it had moved too slowly"
_CRITICISMS = frozenset({"criticism", "charge", "accusation", "claim", "complaint"})


def _against_a_charge(verb: Token) -> bool:
    """An "against criticism", "against charges" anywhere the parser hung it after the verb."""
    return any(
        t.lower_ == "against" and any(g.lemma_.lower() in _CRITICISMS for g in t.children)
        for t in verb.subtree
        if t.i > verb.i
    )


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
    doc = verb.doc
    for i in range(verb.i + 1, len(doc)):  # (to the end of the sentence, without finding its start)
        later = doc[i]
        if later.is_sent_start:
            return False
        if (
            later.dep_ == "parataxis"
            and later.lemma_.lower() in lemmas
            and _set_off_by_commas(later)
        ):
            return True
    return False


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
    if (
        lemma in _PARTICIPLE_REPORTS
        or (lemma == "suggest" and _said_by_a_person(verb))
        or (lemma in _FINDINGS and _a_paper_published(verb.head))
    ):
        return any(c.dep_ == "ccomp" or (c.dep_ == "dobj" and _told_that(c)) for c in verb.children)
    # (only set off by a comma after the clause: not "should stop calling the partnership
    # global", what somebody should stop doing)
    set_off = verb.dep_ == "advcl" and verb.i > 0 and verb.nbor(-1).text == ","
    if lemma in _NAMING and set_off and _named_so(verb):
        return True  # '..., calling the outcome "a modest but real step"'
    if (
        lemma in _DIRECTIVES
        and verb.dep_ == "advcl"
        and any(c.dep_ == "dobj" for c in verb.children)
    ):
        # "..., urging both sides to de-escalate" (the parser may hang "to" as a preposition)
        return any(
            c.dep_ == "xcomp" or (c.dep_ == "prep" and c.lower_ == "to") for c in verb.children
        )
    # "..., accusing it of blending Iranian oil", "..., describing the ships as spies" (the
    # preposition hung on the verb or on its object: "accusing the deputy minister of ...")
    charge = _CHARGES.get(lemma)
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return any(
        c.dep_ == "prep" and c.lower_ == charge
        for c in [*verb.children, *(g for o in objects for g in o.children)]
    )


def _an_aside_read_as_a_subject(verb: Token) -> bool:
    """ "Waiting for the big powers, he told a panel on Wednesday, is how ...": a speech verb
    with its own subject, set off by commas, that the parser made the clause's subject."""
    doc = verb.doc
    subject = next((c for c in verb.lefts if c.dep_ == "nsubj"), None)
    if verb.dep_ != "csubj" or subject is None:
        return False
    start, end = subject.left_edge.i, verb.right_edge.i
    if doc[end].text != ",":  # (the closing comma, when the parser did not hang it on the verb)
        end += 1
    return start > 0 and end < len(doc) and doc[start - 1].text == doc[end].text == ","


def _named_so(verb: Token) -> bool:
    """What it is called follows its object: 'calling the outcome "a modest step"', however
    parsed (a complement, or a second object in quotation marks)."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return any(c.dep_ == "oprd" for c in verb.children) or (
        len(objects) > 1 and _quoted_whole(objects[-1])
    )


#: Participles that report a charge or a description, with the preposition that carries it.
_CHARGES = {"accuse": "of", "describe": "as"}


# What a published paper does, told as a participle: "published a survey in March finding that"
_FINDINGS = frozenset({"find", "show", "conclude", "estimate"})


def _a_paper_published(verb: Token) -> bool:
    """'The group published a survey in March', 'released a report on Monday': the verb puts a
    document out (so what it finds is its maker's)."""
    return verb.lemma_.lower() in {"publish", "release", "issue"} and any(
        c.dep_ == "dobj" and c.lemma_.lower() in _words("document_nouns") for c in verb.children
    )


def _said_by_a_person(verb: Token) -> bool:
    """'Her spokesman, Gustavo Reis, went further, suggesting the video ...': the main clause's
    subject is somebody (a pronoun or a name), not a thing ('Prices rose, suggesting ...')."""
    subject = next((c for c in verb.head.children if c.dep_ in _SUBJECTS), None)
    if subject is None:
        return False
    if subject.lower_ in {"he", "she", "they"} or subject.ent_type_ == "PERSON":
        return True
    return any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in subject.children)


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
     "claim", "stress", "remind", "acknowledge", "concede", "admit", "recall"}
)  # fmt: skip


def _verb_read_as_noun(tok: Token) -> Token | None:
    """The subject of a reporting verb the tagger read as a noun at the root of the sentence:
    'Historians of the relationship note that ...', 'Pan-Africanists object that ...' (people
    in the plural, then the verb, then a that-clause)."""
    aside = _aside_read_as_noun(tok)
    if aside is not None:
        return aside
    if tok.dep_ != "ROOT" or tok.tag_ not in {"NN", "NNS"}:
        return None
    said = _that_clause(tok, frozenset({"ccomp", "acl"}))
    points = tok.lower_ == "points" and any(
        c.dep_ == "prep" and c.lower_ == "to" for c in tok.children
    )
    # ('"Ambiguity is not a bug," the professor counters.': what was said, quoted before it)
    quoted_before = any(c.dep_ == "ccomp" and c.i < tok.i for c in tok.children) and any(
        c.text in _QUOTE_MARKS and c.i < tok.i for c in tok.children
    )
    # ("The Brazilian worries less about what the models miss")
    worries = tok.lower_ == "worries" and (
        any(c.dep_ == "prep" and c.lower_ == "about" for c in tok.doc[tok.i + 1 : tok.i + 4])
        # ("The Canadian worries, though, that it will arrive too late": read as a relative)
        or _that_clause(tok, frozenset({"relcl"}))
    )
    if tok.tag_ == "NNS" and (said or points or quoted_before or worries):
        # "The 71-year-old argues that ...": the age, read as the noun's modifier, is who;
        # "The Slovak political scientist points to ...": the title before the verb; "The
        # Brazilian worries ...": the nationality
        aged = next((c for c in tok.lefts if c.dep_ == "amod" and c.lower_ == "old"), None)
        the = any(d.dep_ == "det" and d.lower_ == "the" for d in tok.children)
        title = next(
            (
                c
                for c in tok.lefts
                if c.i == tok.i - 1
                and the
                and (
                    (
                        c.dep_ == "compound"
                        and c.tag_ == "NN"
                        and c.lemma_.lower() in _words("title_nouns")
                    )
                    or (c.dep_ == "amod" and c.text[:1].isupper() and is_nationality(c.text))
                    # ("The filing states that ...": the document)
                    or (
                        said
                        and c.dep_ == "compound"
                        and c.tag_ == "NN"
                        and c.lemma_.lower() in _words("document_nouns")
                    )
                )
            ),
            None,
        )
        return aged or title
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


# However the parser hangs an aside it read as a noun phrase ("..., the Rwandan insists, ...")
_ASIDE_MISREAD = frozenset({"dep", "appos", "parataxis", "conj", "nsubj", "advcl"})


_NOUN_MODIFIERS = frozenset({"det", "amod", "nummod", "compound"})


def _aside_read_as_noun(tok: Token) -> Token | None:
    """'..., the 36-year-old argues, ...', '..., the Rwandan insists, ...': a reporting verb set
    off by commas that the tagger read as a plural noun, its subject as the noun's adjective —
    or set after a quotation ('"...," the 46-year-old explains.', '"...," the 36-year-old said,
    tapping ...'), however it was hung."""
    if tok.tag_ not in {"NN", "NNS"}:
        return None
    doc = tok.doc
    # (the noun phrase's own first word: the quotation may hang on the noun too)
    modifiers = [c.left_edge for c in tok.lefts if c.dep_ in _NOUN_MODIFIERS]
    left = min(modifiers, key=lambda t: t.i) if modifiers else tok
    if left.lower_ != "the" or left.i == 0:
        return None
    before = doc[left.i - 1]
    after_a_quotation = before.is_quote and left.i > 1 and doc[left.i - 2].text in {",", "?", "!"}
    if not (
        (before.text == "," and tok.dep_ in _ASIDE_MISREAD)
        # ('"Everybody loves the render," the 36-year-old said, tapping ...': a past tense)
        or (after_a_quotation and (tok.tag_ == "NNS" or tok.lower_.endswith(("said", "ed"))))
    ):
        return None
    if tok.i + 1 >= len(doc) or doc[tok.i + 1].text not in {",", "."}:
        return None
    return next(
        (
            c
            for c in tok.lefts
            if c.dep_ == "amod" and (c.lower_ == "old" or is_nationality(c.text))
        ),
        None,
    )


def _who_says(verb: Token) -> Token | None:
    """'The first comes from hawks in Washington, who argue that Vietnam is a back door': the
    people a relative clause says something of, with what they say."""
    if verb.dep_ != "relcl" or verb.head.pos_ not in {"NOUN", "PROPN"}:
        return None
    who = any(c.dep_ == "nsubj" and c.lower_ == "who" for c in verb.children)
    if not (who and _that_clause(verb)):
        return None
    head = verb.head
    if head.dep_ == "appos" and head.pos_ == "NOUN" and head.head.pos_ == "PROPN":
        # "brought by Paulina Kowalczyk, a Polish privacy campaigner, who argued that ...": the
        # one the description is of
        return head.head
    return head


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
    head = tok.head
    misread = tok.tag_ in {"VBN", "VBD"} or (tok.tag_ == "JJ" and tok.lower_ == "said")
    if tok.dep_ == "amod" and misread and head.i == tok.i + 1:
        # "The 58-year-old warned lawmakers that ...": age and verb read as modifiers of the
        # object, which the parser made the root; "The 34-year-old said compliance had cost
        # her firm ...": as modifiers of the subject of what was said
        age = tok.doc[tok.i - 1] if tok.i > 0 else None
        if (
            (head.dep_ == "ROOT" or (head.dep_ in _SUBJECTS and head.head.dep_ == "ROOT"))
            and age is not None
            and age.head == head
            and age.dep_ == "amod"
            and _ends_on_an_age(age)
        ):
            return age
        return None
    if tok.tag_ != "VBN" or tok.dep_ != "acl":
        return None
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
    # ("It would, as Sen. Baird put it to me, ...": the modal before the "as" belongs to the
    # clause the aside breaks into, though the parser hung it on the aside's verb)
    opens = next((c.i for c in verb.children if c.dep_ == "mark" and c.lower_ == "as"), None)
    if opens is not None:
        aux = [a for a in aux if a.i > opens]
    if any(a.tag_ == "MD" for a in aux):
        return False
    if verb.tag_ in _FINITE:
        return True
    if verb.tag_ in {"VBN", "VBG"}:
        # ("The X Network, a coalition of ..., estimated in a report that ...": a past tense
        # the parser hung on the subject as a participle)
        misread = verb.tag_ == "VBN" and _a_sentence_read_as_a_noun_phrase(verb) is not None
        return bool(aux) or (verb.dep_ in {"conj", "ROOT"} and verb.tag_ == "VBN") or misread
    if verb.tag_ == "VB":
        if not aux and verb.lower_ == "put" and _subject(verb, quoted) is not None:
            # "the 52-year-old put it more simply": a past tense the tagger read as the base
            return any(c.dep_ == "dobj" and c.lower_ == "it" for c in verb.children)
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
    """The habit verb that carries ``verb`` ('like' in 'like to say', 'went on' in 'went on to
    say'), else the verb itself."""
    if verb.dep_ != "xcomp":
        return verb
    head = verb.head
    if head.lemma_.lower() in _HABITS:
        return head
    if head.lemma_.lower() == "go" and any(
        c.dep_ == "prt" and c.lower_ == "on" for c in head.children
    ):
        return head  # "The memo goes on to say that ...", "She went on to warn ..."
    return verb


def _embedded(verb: Token, unit: SpacySpan, quoted) -> bool:  # type: ignore[no-untyped-def]
    """The verb sits in a clause that depends on another within the unit ('As X put it' aside:
    that clause is how a quotation is credited; nor does a trailing concession, 'X drew
    applause, though the commissioner acknowledged that ...'; a quotation's own clauses do not
    count)."""
    node = _habit(verb)
    if node.dep_ == "parataxis":
        return False  # "...: supply chains, she argued, should run ...": an aside reports
    if node.dep_ == "relcl" and _set_off_by_commas(node):
        return False  # "The lesson, she told me, is that ...", read as "the lesson she told me"
    if _the_one_a_clause_describes(node) is not None:
        return False  # "... drew a sharp response from Whitfield, who said ..."
    if _said_of_what_it_describes(node):
        return False  # "a second ring, which it said had earned $40m": said by 'it'
    if (
        node.dep_ == "ccomp"
        and node.i < node.head.i
        and _set_off_by_commas(node)
        and not any(c.dep_ == "ccomp" for c in node.children)
    ):
        return False  # "This time, he told reporters, it would arrive with one voice."
    if _as_aside(node):
        return False  # "What she means, as she put it later, is ...": credits the sentence
    if _before_an_absolute_clause(node):
        return False  # "..., she told me, her lanyard twisted around one wrist": hers
    if _when_it_was_said(node):
        return False  # "The exchange came on the first morning, when Arjun Mehta said ..."
    if (
        node.dep_ == "acl"
        and node.head.dep_ == "ROOT"
        and (
            any(c.dep_ in _SUBJECTS for c in node.children)
            or _a_sentence_read_as_a_noun_phrase(node) is not None
        )
    ):
        # "The meeting's chair, Thandiwe Mokoena, ..., called", "The Pan-African Digital
        # Policy Network, a coalition of ..., estimated": the subject's verb
        return False
    if _closes_the_clause_before(node):
        return False  # "..., the High Court ruled on Friday": what the clause before says
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


def _when_it_was_said(node: Token) -> bool:
    """'Dr Kamau came to attention in 2019, when she told a UN panel that ...': a clause of
    'when' set off by a comma after what it dates tells what was said then."""
    if node.dep_ not in {"advcl", "relcl"} or node.i < node.head.i:
        return False
    first = node.left_edge
    return (
        first.lower_ == "when"
        and first.dep_ == "advmod"
        and first.head.i == node.i
        and first.i > 0
        and node.doc[first.i - 1].text == ","
    )


def _before_an_absolute_clause(node: Token) -> bool:
    """'"...," she told me during a coffee break, her lanyard twisted around one wrist': the
    parser made the trailing picture of the speaker ("her lanyard twisted", "his voice rising")
    the main clause and the speech a clause under it; a comma sets it off and its subject is
    somebody's (a possessive pronoun), with no verb of being or having of its own."""
    head = node.head
    if node.dep_ != "ccomp" or head.i <= node.i or head.dep_ != "ROOT":
        return False
    subject = next((c for c in head.children if c.dep_ in _SUBJECTS), None)
    return (
        subject is not None
        and subject.i > node.i
        and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in subject.children)
        and subject.left_edge.i > 0
        and node.doc[subject.left_edge.i - 1].text == ","
        and not any(c.dep_ in {"aux", "auxpass", "mark"} for c in head.children)
    )


def _as_aside(node: Token) -> bool:
    """', as she put it later over tea,': an "as" clause set off by a comma (or opening the
    sentence) that credits what is said."""
    if node.dep_ != "advcl":
        return False
    marks = [c for c in node.children if c.dep_ == "mark"]
    if [m.lower_ for m in marks] != ["as"]:
        return False
    mark = marks[0]
    return mark.i == sentence_of(mark).start or mark.doc[mark.i - 1].text == ","


def _across_a_colon(node: Token) -> bool:
    """A clause that opens the sentence with its own subject, hung on a verb after a colon or a
    semicolon: the parser joined two sentences ("X says Y: she paid ..."), the first is main."""
    head = node.head
    subject = any(c.dep_ in _SUBJECTS for c in node.children) or (
        _an_age_read_as_a_modifier(node) is not None
    )
    if head.i <= node.i or not subject:
        return False
    between = node.doc[node.i : head.i]
    return node.left_edge.i == sentence_of(node).start and any(
        t.text in {":", ";"} for t in between
    )


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
    """'is not saying yes', 'never claimed': the author states what was not said (a 'not' before
    the subject with a quotation mark after it is in the words quoted: '"No, absolutely not,"
    he replied')."""
    subject = min((c.i for c in verb.children if c.dep_ in _SUBJECTS), default=-1)
    doc = verb.doc
    return any(
        c.dep_ == "neg"
        and (c.i > subject or not any(t.text in _QUOTE_MARKS for t in doc[c.i + 1 : verb.i]))
        for c in verb.children
    )


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


def _told_that(listener: Token) -> bool:
    """The that-clause the parser hung on the one told as a relative clause ('told the room
    that Nairobi had ...': 'that' marks the clause, it is not its subject)."""
    return any(
        c.dep_ == "relcl" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
        for c in listener.children
    )


def _after_a_quoted_question(verb: Token) -> bool:
    """'"Experts from where?" the Tanzanian asked.': the parser ended a sentence at the quoted
    question, and the verb's own opens in lower case right after it."""
    first = sentence_of(verb)[0]
    doc = verb.doc
    return (
        first.i > 1
        and first.text[:1].islower()
        and doc[first.i - 1].is_quote
        and doc[first.i - 2].text in {"?", "!"}
    )


# "The first caller", "the next questioner": one more of them, not the person in view
_ORDINALS = frozenset({"first", "second", "third", "fourth", "fifth", "next", "last", "final"})

# Verbs that put a question to somebody "on" or "about" what is asked


# Verbs whose -ing complement is what was put forward: "proposed tying ...", "suggested waiting"
_PROPOSING = frozenset({"propose", "suggest", "recommend"})


# Verbs that name a thing with the words of the one who speaks: 'called it "a fiasco"'
_NAMING = frozenset({"call", "dub", "label"})


def _quoted_whole(noun: Token) -> bool:
    """The phrase is a quotation: a quotation mark opens it ('called that "a distinction ..."')."""
    first = noun.left_edge
    doc = noun.doc
    return any(t.is_quote for t in doc[max(first.i - 1, 0) : first.i + 2])


def _put_to(verb: Token) -> bool:
    """ "put it to the official that ...": a question or a claim put to somebody."""
    to = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"), None)
    return to is not None and any(
        t.lower_ == "that" and t.dep_ == "mark" for t in verb.doc[to.i + 1 : to.right_edge.i + 4]
    )


# Verbs of answering, whose words may follow a colon
_ANSWERS = frozenset({"answer", "reply", "respond", "counter", "retort", "add", "explain"})


def _has_content(verb: Token, quoted, evidence: bool) -> bool:  # type: ignore[no-untyped-def]
    """A complement that holds what was said: a clause, a quotation, 'of'/'about' ..., the
    object of an evidence verb when a document speaks ('studies show a rise' — but not
    'engineers have shown ingenuity'), or 'urged X to ...'."""
    _, _, figures, evidence_verbs = _speech()
    lemma = verb.lemma_.lower()
    has_object = any(c.dep_ == "dobj" for c in verb.children)
    if verb.dep_ == "parataxis" or _set_off_by_commas(verb):
        return True  # "AI, they argue, will cut ...": the clause it is set into is what was said
    if _after_a_quoted_question(verb):
        return True
    if _closes_the_clause_before(verb):
        return True  # "..., the High Court in Dublin ruled on Friday": the clause before it
    if (
        lemma in _ANSWERS
        and not has_object
        and ":" in {t.text for t in verb.doc[verb.i + 1 : verb.i + 4]}
    ):
        return True  # "Professor Vassilakis answered first: fund the people who track this"
    if lemma == "want":
        # a stance held now: "Others want the WTO to return to ..." — not "Beijing wants relief",
        # nor a story's "the company wanted to pay a German distributor"
        wanted = any(c.dep_ in {"dobj", "ccomp"} for c in verb.children)
        return verb.tag_ in {"VBP", "VBZ"} and (_to_infinitive(verb, {"xcomp", "ccomp"}) or wanted)
    if _reported_by_doing(verb) and any(
        c.dep_ == "ccomp" and c.i > verb.i for c in verb.head.head.children
    ):
        return True  # "She opened the meeting by reminding both sides that ...", however hung
    lemmas = _speech()[0]
    for child in verb.children:
        if child.dep_ in {"ccomp", "parataxis", "oprd"}:
            return True
        if child.dep_ == "conj" and child.lemma_.lower() in lemmas and _shares_the_clause(child):
            return True  # "He argued, and the judge accepted, that ...": he argued it first
        if child.dep_ == "xcomp" and lemma in _DIRECTIVES and has_object:
            return True
        if (
            child.dep_ == "xcomp"
            and child.tag_ == "VBG"
            and lemma in _PROPOSING
            and not any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)
        ):
            # "He proposed tying the threshold to the size of an exercise": what was put to a
            # room (not "Guterres has proposed cutting the budget": a standing proposal, an act)
            return True
        if (
            child.dep_ == "xcomp"
            and child.lemma_.lower() in lemmas
            and any(g.dep_ == "ccomp" for g in child.children)
        ):
            return True  # "A reader wrote to say that I was too quick to dismiss it"
        if child.dep_ == "dobj" and lemma in _NAMING and _quoted_whole(child):
            return True  # 'The Labour member called that "a distinction without a difference"'
        if child.dep_ == "dobj" and child.lower_ == "it" and lemma == "put" and _put_to(verb):
            return True  # "He put it to the official that Pacific languages were ..."
        if child.dep_ in {"xcomp", "ccomp"} and lemma in _FORECASTS:
            return True  # "The agency projects demand to double by 2030"
        if child.dep_ == "prt" and child.lower_ == "out":
            # "pointed out" (but "Tonga found out" learnt it, "the minister ruled out a deal"
            # refused one)
            return lemma not in {"find", "rule"}
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
        if child.dep_ == "prep" and child.lower_ == "in" and _said_in_a_text_that(child):
            return True  # "It argued in a submission to the Commission that the money ..."
        if child.dep_ == "dobj" and _told_that(child):
            return True  # "telling the room that Nairobi had no appetite": what was told
        if child.dep_ == "dobj" and _a_colon_after(child):
            return True  # "she listed the gaps: data centres, power, cables"
        if (
            lemma == "describe"
            and child.dep_ == "dobj"
            and any(g.dep_ in {"acl", "relcl"} for g in child.children)
        ):
            return True  # "He described shipments routed through shell distributors": a scene
        if child.dep_ == "dobj" and lemma in _VERDICTS and _judged_as(verb, child):
            return True  # "Sceptics dismiss the text as Beijing's talking points"
        if child.dep_ == "dobj" and lemma == "defend" and _against_a_charge(verb):
            return True  # "defended the agency against criticism that it had moved too slowly"
        if child.dep_ == "prep" and child.lower_ == "for" and lemma == "call":
            return True  # "the strategy calls for shared infrastructure"
        on = child.dep_ == "prep" and child.lower_ == "on"
        if (
            child.dep_ == "prep"
            and child.lower_ in {"on", "about"}
            and lemma in _QUESTIONING
            and any(g.dep_ == "pcomp" for g in child.children)
        ):
            return True  # "Hargrove pressed him on whether that was compatible with ..."
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
            if child.lower_ == "it" and (
                any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)
                or any(t.text == ":" for t in child.doc[child.i + 1 : child.i + 5])
                # ("Her deputy put it more bluntly.": the words follow)
                or any(c.dep_ in {"advmod", "npadvmod"} and c.i > child.i for c in verb.children)
            ):
                return True  # "As Mr Smit put it, ...", "she put it more simply: ..."
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
    sentence = sentence_of(verb)
    return any(quoted(t) for t in sentence)


# What one says something in: "backed the proposal in a statement", "in an interview"
_STATEMENTS = frozenset(
    {"statement", "interview", "letter", "speech", "post", "briefing", "op-ed", "tweet",
     "submission", "filing", "memo", "blog", "broadcast", "communique", "communiqué"}
)  # fmt: skip
# any of them anywhere in a unit's lower-cased text, as part of a word or whole
_A_STATEMENT_WORD = re.compile("|".join(sorted(map(re.escape, _STATEMENTS))))


def _in_a_statement(verb: Token) -> str | None:
    """ "backed the proposal in a statement issued on Friday": the words "a statement" when a
    finite verb of the main clause, with an object, was done in one (None otherwise)."""
    if verb.pos_ != "VERB" or verb.dep_ not in {"ROOT", "conj"} or verb.tag_ not in _FINITE:
        return None
    if not any(c.dep_ in {"dobj", "ccomp"} for c in verb.children):
        return None  # (what one does to something: not "He appeared in an interview")
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "in":
            continue
        noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if noun is not None and noun.lemma_.lower() in _STATEMENTS:
            article = next((c.text for c in noun.children if c.dep_ in {"det", "poss"}), None)
            return f"{article} {noun.text}" if article else noun.text
    return None


def _said_in_a_text_that(prep: Token) -> bool:
    """'in a submission (to the Commission) that ...' after a reporting verb: the parser hung the
    clause of what was said on the text it was said in. Only a clause opened by 'that' with a
    subject of its own: 'in a report that found ...' is the report's, and 'in the hope that'
    no text."""
    texts = _words("document_nouns")
    return any(
        noun.dep_ == "pobj"
        and noun.lemma_.lower() in texts
        and any(
            clause.dep_ in {"acl", "relcl"}
            # (however the parser hung the 'that': "found in its latest survey that states had
            # lost or settled more than half ...", read as a relative clause)
            and clause.left_edge.lower_ == "that"
            and any(c.dep_ in _SUBJECTS and c.lower_ != "that" for c in clause.children)
            for clause in noun.children
        )
        for noun in prep.children
    )


def _a_colon_after(obj: Token) -> bool:
    """The object is followed by a colon that opens what it stands for (hung on the object, or
    after all its words)."""
    after = obj.right_edge.i + 1
    return any(c.text == ":" and c.i > obj.i for c in obj.children) or (
        after < len(obj.doc) and obj.doc[after].text == ":"
    )


def _shares_the_clause(verb: Token) -> bool:
    """ "and the judge accepted, that the company ...": a joined speech verb set off by commas
    before the that-clause both verbs report."""
    doc = verb.doc
    return any(
        c.dep_ == "ccomp"
        and c.i > verb.i
        and c.left_edge.i > 0
        and doc[c.left_edge.i - 1].text == ","
        and c.left_edge.lower_ == "that"
        for c in verb.children
    )


def _closes_the_clause_before(verb: Token) -> bool:
    """ "An American company broke European law when it sent the data to Oregon, the High Court
    ruled on Friday": a subject and its verb after a comma, with no object or clause of their
    own, that the parser hung on the clause before as one of its parts — that clause is what
    was said."""
    if verb.dep_ not in {"advcl", "conj"} or verb.head.i > verb.i:
        return False
    subject = next((c for c in verb.lefts if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    comma = subject.left_edge.i - 1
    doc = verb.doc
    return (
        comma > verb.head.i
        and doc[comma].text == ","
        and not any(c.dep_ in {"dobj", "ccomp", "xcomp", "dative"} for c in verb.children)
    )


def _set_off_by_commas(verb: Token) -> bool:
    """'Squeeze supply, they argue, and high prices will ...': a subject and its speech verb set
    between commas inside the sentence, however the parser hung them (with whom it was told:
    "The lesson, she told me, is that ...")."""
    doc = verb.doc
    k = verb.i
    after = k + 1
    if after + 1 < len(doc) and doc[after].lower_ in _TOLD_WHOM and doc[after].head.i == k:
        after += 1  # (the comma after "told me")
    return (
        k >= 3
        and after < len(doc)
        and doc[after].text == ","
        and doc[k - 1].dep_ in _SUBJECTS
        and doc[k - 1].head.i == k
        and doc[k - 2].text == ","
        and k - 2 > sentence_of(verb).start
    )


# Whom an aside says the words were told: "..., she told me, ...", "..., he told reporters, ..."
_TOLD_WHOM = frozenset({"me", "us", "him", "her", "them", "reporters", "journalists"})


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


def _an_age_read_as_a_modifier(verb: Token) -> Token | None:
    """ "The 63-year-old says ...", the parser hanging "old" on the verb as a modifier: that
    age is the subject."""
    for child in verb.lefts:
        # ("Back in Nairobi, the 52-year-old put it ...": the opening phrase hung on the age)
        if child.dep_ == "amod" and _ends_on_an_age(child):
            return child
    # ("Speaking outside the court in Luxembourg, the 39-year-old said": the age hung on the
    # place as an apposition)
    before = verb.doc[verb.i - 1] if verb.i > sentence_of(verb).start else None
    if before is not None and before.lower_ == "old" and _ends_on_an_age(before):
        return before
    return None


def _ends_on_an_age(tok: Token) -> bool:
    """The phrase the modifier closes ends on an age ("the 58-year-old", "Back in Nairobi, the
    52-year-old")."""
    return _AGE.search(tok.doc[tok.left_edge.i : tok.i + 1].text) is not None


# What one holds rather than says: a belief set in a clause about a thing is the author's account
_BELIEFS = frozenset(
    {"believe", "think", "fear", "hope", "expect", "suspect", "assume", "feel", "know", "reckon"}
)


def _said_of_what_it_describes(verb: Token) -> bool:
    """ "a second ring, which it said had earned $40m", "a deal that officials said was close":
    a relative clause whose speech verb has a subject of its own and reports what the noun it
    describes is or did — the relative word opens what was said."""
    if verb.dep_ not in {"relcl", "acl"} or verb.head.i > verb.i:
        return False
    lemma = verb.lemma_.lower()
    if lemma not in _speech()[0] or lemma in _BELIEFS:
        return False  # (not "a route that American officials believe carries the chips")
    said = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), None)
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if said is None or subject is None:
        return False
    noun = subject.lemma_.lower()
    somebody = (
        subject.lower_ in {"it", "he", "she", "they"}
        or subject.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"}
        or subject.lower_ in _words("group_nouns")
        or noun in _words("title_nouns")
        or noun in _words("organisation_nouns")
    )
    if not somebody:
        return False  # ("containers that the paperwork said held textiles": a story's detail)
    opening = verb.doc[verb.head.i + 1 : subject.left_edge.i]
    return any(
        t.lower_ in {"that", "which", "who"} and t.head.i in {verb.i, said.i} for t in opening
    )


def _the_one_a_clause_describes(verb: Token) -> Token | None:
    """The name a clause of "who" (or, for a body, "which") set off by a comma describes, when
    that clause is the verb's: "Whitfield" in "... drew a response from Whitfield, who said
    ...", "the Equipment Alliance" in "... a reply from the Equipment Alliance, an industry
    group of 60 toolmakers, which said ..." (not the sentence's subject)."""
    if verb.dep_ != "relcl":
        return None
    head = verb.head
    who = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
    if who is None or verb.doc[who.i - 1].text != ",":
        return None
    if who.lower_ == "who" and head.pos_ in {"PROPN", "PRON"} and who.i == head.i + 2:
        named = head
    elif who.lower_ != "which" or not _what_it_says_follows(verb):
        named = None  # (not "the Commission, which writes them": no words of its own)
    elif head.pos_ == "PROPN" and head.ent_type_ == "ORG":
        named = head if who.i == head.i + 2 else None
    else:
        named = _the_body_a_description_is_beside(head)  # (the clause hung on the description)
    if named is None or named.dep_ in _SUBJECTS:
        return None  # ("Ruiz, who said last year ..., now runs a think-tank": about her)
    return named


def _what_it_says_follows(verb: Token) -> bool:
    """A clause or a quotation after the verb holds what was said ("which said in a statement
    that ...", however the parser hung the clause)."""
    return any(c.dep_ == "ccomp" for c in verb.children) or any(
        (t.dep_ == "mark" and t.lower_ == "that") or t.is_quote
        for t in verb.doc[verb.i + 1 : verb.right_edge.i + 1]
    )


def _the_body_a_description_is_beside(word: Token) -> Token | None:
    """The body's name a word of a description set beside it belongs to: "group" or
    "toolmakers" in "the Equipment Alliance, an industry group representing 60 toolmakers"."""
    node, beside = word, False
    for _ in range(4):
        if node.dep_ not in {"appos", "acl", "dobj", "pobj", "prep"}:
            return None
        beside = beside or node.dep_ == "appos"
        node = node.head
        if node.pos_ == "PROPN" and node.ent_type_ == "ORG":
            return node if beside else None
    return None


def _subject(verb: Token, quoted) -> Token | None:  # type: ignore[no-untyped-def]
    """The verb's subject outside any quotation (a conjoined verb shares its first verb's;
    "Whitfield, who said ...": the one "who" is)."""
    described = _the_one_a_clause_describes(verb)
    if described is not None:
        return described
    node: Token | None = verb
    while node is not None:
        subjects = [c for c in node.children if c.dep_ in _SUBJECTS and not quoted(c)]
        subjects = [_past_an_opening_phrase(_past_the_dateline(c)) for c in subjects]
        subjects = [c for c in subjects if c is not None]
        if subjects:  # two subjects is a misparse: the nearer one before the verb is the one
            before = [c for c in subjects if c.i < node.i]
            if len(before) > 1 and _object_of_its_modifier(before[-2], before[-1]):
                before.pop()  # "One official involved in designing the pilot said"
            return _the_noun_before_an_adverb(before[-1] if before else subjects[0])
        # (a conjoined verb, or one the parser left loose after ", then": "Her husband nods,
        # then says ...")
        shares = node.dep_ == "conj" or (
            node.dep_ == "dep" and node.head.pos_ in {"VERB", "AUX"} and node.head.i < node.i
        )
        node = node.head if shares and node.head.i != node.i else None
    return (
        _subject_of_an_aside_before(verb, quoted)
        or _inverted_subject(verb, quoted)
        or _trailing_subject(verb, quoted)
        or _subject_after_a_quotation(verb, quoted)
        or _an_age_read_as_a_modifier(verb)
        or _a_name_hung_on_the_opening_phrase(verb, quoted)
        or _a_sentence_read_as_a_noun_phrase(verb)
    )


def _a_sentence_read_as_a_noun_phrase(verb: Token) -> Token | None:
    """'The subcommittee's chairwoman, Senator Margaret Doyle, opened by saying ...': the
    parser made the subject the whole sentence and its verb a phrase describing it; a past
    tense set off by the comma that closes the name beside the noun is that noun's verb."""
    head = verb.head
    if (
        verb.dep_ != "acl"
        or verb.tag_ not in {"VBD", "VBN"}
        or head.dep_ != "ROOT"
        or head.pos_ not in {"NOUN", "PROPN"}
        or verb.i == 0
        or verb.nbor(-1).text != ","
    ):
        return None
    named = any(c.dep_ == "appos" and c.i < verb.i for c in head.children)
    return head if named else None


def _a_name_hung_on_the_opening_phrase(verb: Token, quoted) -> Token | None:  # type: ignore[no-untyped-def]
    """ "At Computer Village in Ikeja, where ..., Mr Emeka Nwachukwu, chairman of ..., said":
    the parser hung the name set off by commas just before the verb on the place the sentence
    opened with, and left the verb with no subject."""
    if verb.dep_ != "ROOT" or verb.i == 0 or verb.doc[verb.i - 1].text != ",":
        return None
    for tok in reversed(verb.doc[sentence_of(verb).start : verb.i]):
        # (a name the tagger saw, or one an honorific opens or a title is set beside: "Mr
        # Emeka Nwachukwu", "Nwachukwu, chairman of ...")
        named = tok.ent_type_ == "PERSON" or (
            tok.pos_ == "PROPN" and (_titled(tok) or _titled_beside(tok))
        )
        if tok.dep_ == "appos" and tok.head.i < tok.i and named:
            opening = tok.head
            while opening.dep_ in {"pobj", "prep", "appos", "compound"} and opening.head.i < tok.i:
                opening = opening.head
            if opening.dep_ == "prep" and opening.head.i == verb.i and not quoted(tok):
                return tok
            return None
    return None


def _object_of_its_modifier(subject: Token, nearer: Token) -> bool:
    """The nearer of two subjects is the object the parser cut off a phrase describing the
    first: "One official involved in designing | the pilot said" (a phrase that ends on a word
    still wanting its object, just before the nearer subject's words)."""
    return any(
        (
            c.dep_ == "acl"
            and c.right_edge.i + 1 == nearer.left_edge.i
            and c.right_edge.tag_ in {"VBG", "VB", "IN"}
        )
        # "Beatriz Salgado of the European consumer organisation | BEUC told": the name the
        # parser cut off the body a person is of
        or (
            c.dep_ == "prep"
            and c.lower_ == "of"
            and c.right_edge.i + 1 == nearer.i == nearer.left_edge.i
            and nearer.pos_ == "PROPN"
            and subject.pos_ == "PROPN"
        )
        for c in subject.children
    )


def _subject_of_an_aside_before(verb: Token, quoted) -> Token | None:  # type: ignore[no-untyped-def]
    """ "The State Department, asked about the exchange on Wednesday, said ...": the parser made
    the participle set off by commas a clause of its own, with the subject in it (or hung the
    name on it as an adverb)."""
    doc = verb.doc
    for clause in verb.lefts:
        if clause.dep_ == "ccomp" and clause.tag_ in {"VBN", "VBD"} and doc[verb.i - 1].text == ",":
            # (the tagger may read "asked" as a past tense: the commas around it tell)
            subjects = [c for c in clause.lefts if c.dep_ in _SUBJECTS and not quoted(c)]
            if subjects and doc[clause.i - 1].text == ",":
                return subjects[-1]
        if (
            clause.dep_ in {"advcl", "ccomp"}
            and clause.lemma_.lower() in _QUESTIONING
            and doc[verb.i - 1].text == ","
            and clause.i >= 2
            and doc[clause.i - 1].text == ","
        ):
            # "Yoon, asked about the criticism, said": a name the tagger read as an adverb
            name = doc[clause.i - 2]
            if name.dep_ in {"advmod", "npadvmod"} and name.is_title and name.is_sent_start:
                return name
    return None


def _the_noun_before_an_adverb(subject: Token) -> Token:
    """ "The 41-year-old nonetheless complained": the parser took the adverb for the subject
    and hung the words before it on it; the subject is the last of them."""
    if subject.pos_ != "ADV":
        return subject
    words = [c for c in subject.lefts if c.dep_ in {"amod", "compound", "nmod"}]
    return words[-1] if words else subject


def _past_the_dateline(subject: Token) -> Token | None:
    """A wire dateline read as the subject ("WASHINGTON — Japan's ambassador ... said", "SAN
    JOSE, Calif. — Tessaract Semiconductor, a rival to Nvidia, said"): the place in capitals at
    the start of the sentence, then a dash. The source is what follows the dash (when the parser
    hung it on the place), else another subject of the verb."""
    if not subject.text.isupper() or len(subject.text) < 3:
        return subject  # (before finding the sentence, which walks over its words)
    sentence = sentence_of(subject)
    if subject.i - sentence.start > 3:
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


def _past_an_opening_phrase(subject: Token | None) -> Token | None:
    """ "Outside court, a former Commerce Department official ... said": the parser took the
    bare noun of a phrase that opens the sentence for the subject and the one who speaks for
    its appositive; the subject is that appositive (a noun phrase with its article)."""
    if subject is None or subject.pos_ != "NOUN" or not subject.is_lower:
        return subject  # (not "Planet, a commercial satellite operator, says": a name)
    doc = subject.doc
    if subject.i + 1 >= len(doc) or doc[subject.i + 1].text != ",":
        return subject
    if not (subject.is_sent_start or (subject.i > 0 and doc[subject.i - 1].is_sent_start)):
        return subject
    if any(c.dep_ in {"det", "poss", "nummod"} for c in subject.children):
        return subject
    after = next((c for c in subject.children if c.dep_ == "appos"), None)
    if after is None or not any(c.dep_ == "det" for c in after.children):
        return subject
    return after


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
        comma = next(
            (t for t in reversed(doc[sentence_of(verb).start : speaker.i]) if t.text == ","), None
        )
        if (
            comma is not None
            and comma.i > sentence_of(verb).start
            and doc[comma.i - 1].pos_ == "PROPN"
        ):
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
    while start > sentence_of(verb).start and verb.i - start < _SHORT_PHRASE:
        before = doc[start - 1]
        if before.text in _CLOSING or quoted(before):
            break
        start -= 1
    before = doc[start - 1] if start > sentence_of(verb).start else None
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
    children = list(head.children)
    subtree = list(head.subtree)
    article = next((c.i for c in children if c.dep_ == "det"), None)
    for child in children:
        if child.dep_ in {"appos", "relcl", "acl", "punct", "cc", "conj"}:
            drop.update(t.i for t in child.subtree)
        elif (
            article is not None
            and child.i < article
            and child.dep_ in {"advmod", "prep", "npadvmod"}
            and child.left_edge.i == sentence_of(child).start
            and "," in {t.text for t in child.doc[child.right_edge.i : child.right_edge.i + 2]}
        ):
            # "Back in Nairobi, the 52-year-old": a phrase that opens the sentence, though the
            # parser hung it on the noun
            drop.update(t.i for t in child.subtree)
    doc = head.doc
    for tok in subtree:  # (and one set off by a comma deeper in: "A member of one of the
        # delegations attending from Sudan, who asked not to be named, said")
        if tok.dep_ == "relcl" and tok.left_edge.i > 0 and doc[tok.left_edge.i - 1].text == ",":
            drop.update(t.i for t in tok.subtree)
    words = [t for t in subtree if t.i not in drop]
    while words and (words[-1].is_punct or words[-1].is_space):
        words.pop()
    while words and (words[0].is_punct or words[0].is_space):
        words.pop(0)
    if not words:
        return head.text
    first = words[0].i
    # "Pan-Africanists": the tokenizer split the word at its hyphen
    while (
        first >= 2
        and doc[first - 1].text == "-"
        and not (doc[first - 1].whitespace_ or doc[first - 2].whitespace_)
    ):
        first -= 2
    return doc[first : words[-1].i + 1].text


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


def _person_beside_a_thing(described: Token, ents: list[SpacySpan]) -> SpacySpan | None:
    """The person set beside the thing a phrase describing a title names ("A technical expert
    appointed by the court, Márcia Tavares Quintino, told"): the parser hung the name on the
    thing; a thing is nobody, so the name is the title's."""
    for link in (c for c in described.children if c.dep_ in {"agent", "prep"}):
        for thing in (c for c in link.children if c.dep_ == "pobj"):
            if thing.ent_type_ or _a_person_noun(thing):
                continue
            for beside in (c for c in thing.children if c.dep_ == "appos"):
                ent = _entity(beside, ents)
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


# What makes a "figure" a person: "a senior figure", "a leading figure in the party"
_PROMINENT = frozenset({"senior", "leading", "prominent", "key", "top", "influential", "public"})


def _based(ent: SpacySpan) -> bool:
    """ "Bengaluru-based Trivikram Infotech": a body, by where it is based."""
    return ent.start > 0 and ent.doc[ent.start - 1].lower_ in {"based", "-based"}


def _classify(head: Token, verb: Token, ents: list[SpacySpan]) -> Frame | None:
    """Who ``head`` (the subject of the speech verb) is, as a frame."""
    low, lemma = head.lower_, head.lemma_.lower()
    joined = _hyphenated(head)
    if joined is not None and any(  # "The start-up said" (but "the vice-minister": a minister)
        joined in _words(words) for words in ("organisation_nouns", "group_nouns", "title_nouns")
    ):
        low = lemma = joined
    elif joined is not None and joined.partition("-")[2] in _NOT_YET_IN_OFFICE:
        low = lemma = joined.partition("-")[0]  # "the prime minister-designate": a minister
    elif lemma == "number" and any(c.lower_ == "opposite" for c in head.lefts):
        low = lemma = "counterpart"  # "Her Indian opposite number said"
    cue, source = _cue(verb), _source_text(head)

    def frame(status: AttributionStatus, kind: str, speaker: str | None = None, **kw) -> Frame:  # type: ignore[no-untyped-def]
        return Frame(status, kw.pop("as_written", source), speaker, kind, cue, "indirect",
                     offset=kw.pop("offset", head.idx), **kw)  # fmt: skip

    if head.text in _SILK and head.i > 0 and head.nbor(-1).pos_ == "PROPN":
        # "Oliver Stanbridge KC said", with the letters tagged as a body
        doc, first = head.doc, head.i - 1
        while first > 0 and doc[first - 1].pos_ == "PROPN" and doc[first - 1].is_title:
            first -= 1
        name = _clean_name(doc[first : head.i + 1].text)[0]
        return frame(NAMED, "person", name, offset=doc[first].idx)
    post = next((c for c in head.children if c.dep_ == "appos"), None)
    if low in {"one", "another"} and post is not None and not _names_which_one(head, ents):
        # "One, a retired diplomat, said ...; another, a serving official, put it more
        # bluntly": one of those the text spoke of, unnamed
        title = post.lemma_.lower() if post.lemma_.lower() in _words("title_nouns") else None
        return frame(VAGUE, "person", title=title, anonymous=title is not None)
    one_of = None if _names_which_one(head, ents) else _one_of(head)
    if one_of is not None:  # "One of the diplomats said": unnamed
        kind, title = one_of
        return frame(VAGUE, kind, title=title, anonymous=title is not None)
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
    if lemma == "person" and head.tag_ == "NN":
        # "A person close to the finance minister said", "the person added": unnamed
        return frame(VAGUE, "person")
    if lemma == "figure" and any(
        c.dep_ == "amod" and c.lower_ in _PROMINENT for c in head.children
    ):
        return frame(VAGUE, "person")  # "A senior figure in the department said": unnamed
    if low in _PAIR and any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
        return frame(VAGUE, "person", refer=low)  # "The latter said": one of two just named
    # A role with a name beside it: "DeepSeek's founder, Liang Wenfeng, said".
    for child in head.children:
        ent = _entity(child, ents) if child.dep_ == "appos" else None
        if ent is not None and ent.label_ == "ACTOR":
            ent = None  # ("a veteran diplomat named Jorge Ibarra": a word for a role)
        if ent is None and child.dep_ == "appos" and child.pos_ == "NOUN":
            # "The third candidate, the businessman Arturo Mendes, said": the name beside the
            # word beside the title
            ent = next(
                (e for c in child.children if c.dep_ == "appos" and (e := _entity(c, ents))),
                None,
            )
            if ent is not None and ent.label_ != "PERSON":
                ent = None
            # "Mexico's representative, a veteran diplomat named Jorge Ibarra, said"
            called = next((c for c in child.children if c.dep_ == "acl"), None)
            name = next((c for c in called.children if _called(c)), None) if called else None
            if ent is None and name is not None:
                ent = _entity(name, ents)
        if ent is None and child.dep_ == "prep":
            # "An assistant deputy minister at Global Affairs Canada, Susan Marwick, told": the
            # parser hung the name on the body; a person describes no body, so it names the role
            ent = _person_beside_a_body(child, ents)
        if ent is None and child.dep_ == "acl" and lemma in _words("title_nouns"):
            # "A technical expert appointed by the court, Márcia Tavares Quintino, told" (not
            # "Cassava Technologies, founded by the businessman Strive Masiyiwa, said": a body)
            ent = _person_beside_a_thing(child, ents)
        if ent is not None and (ent.label_ == "PERSON" or _a_name_set_beside_a_title(ent)):
            name, _ = _clean_name(ent.text)
            return frame(NAMED, "person", name, as_written=ent.text, offset=ent.start_char)
        if ent is not None and ent.label_ in _ORGANISATION_LABELS and _acts_for(head):
            continue  # "A lawyer for the buyer, Qingyun Semiconductor, said": the client
        if ent is not None and ent.label_ in _ORGANISATION_LABELS and head.pos_ != "PROPN":
            # "Their professional association, AIIC, has warned ...": the body is named ("The
            # candidate, Mihail Dobre, ...": a person whatever the tagger says)
            # (but "The claimant, Jakarta-based Nusantara Compute, says": no given name, a body)
            titled = head.lemma_.lower() in _words("title_nouns")
            first = _bare(ent.text).split()[0] if _bare(ent.text).split() else ""
            kind = "person" if titled and _a_given_name(first) else "organisation"
            return frame(NAMED, kind, _bare(ent.text))
    beside = _name_beside_the_title(head, ents) or _a_name_beside_it_the_tagger_missed(head)
    if beside is not None:
        name, _ = _clean_name(beside.text)
        return frame(NAMED, "person", name, as_written=beside.text, offset=beside.start_char)
    # "the MEP said", "The Welsh MP argued", "the Cabinet Secretary said": a title written in
    # capitals, whatever the tagger saw
    written_as_title = lemma in _words("title_nouns") and (
        head.text.isupper()
        or (
            head.text[:1].isupper()
            and any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)
        )
    )
    ent = None if written_as_title else _entity(head, ents)
    if ent is None and _a_hyphenated_given_name(head):
        # "Kim So-yeon, an analyst at ..., said", the tagger's name stopping at "Kim"
        first = min(t.i for t in head.lefts if t.dep_ == "compound")
        return frame(NAMED, "person", head.doc[first : head.i + 1].text, offset=head.doc[first].idx)
    label = ent.label_ if ent is not None else None
    if ent is not None and _a_body_by_its_name(ent):
        label = "ORG"  # "The Open Evidence Lab said", tagged as a work of art
    if ent is not None and label == "PERSON" and ent.text.islower():
        ent, label = None, None  # "the don said": a name is not written in lower case
    if lemma in _PARTY_MEMBERS and head.text[:1].isupper():
        # "the Democrat argued", "The Nevada Democrat called that ...": the one the text said
        # was one (as a nationality), else the person in view (of that place, if it said)
        described = frozenset(c.lower_ for c in head.children if c.dep_ in {"compound", "amod"})
        return frame(VAGUE, "person", refer=lemma, nationality=True, described=described)
    demonym = head.lower_ in _DEMONYMS or (head.text[:1].isupper() and is_nationality(head.text))
    if not demonym and head.text[:1].isupper():
        # ("The Costa Rican said": a people of a country of two words)
        place = next((c for c in head.lefts if _first_word_of_a_place(c)), None)
        demonym = place is not None and is_nationality(f"{place.text} {head.text}")
    if demonym and head.text[:1].isupper() and _AGED.match(source):
        # "The 70-year-old Brazilian, who retires this month, says": the one of that age, or
        # of that nation
        described = _ages_in(source) | {_NATION + head.lower_}
        return frame(VAGUE, "person", refer="year-old", described=described)
    if demonym and _one_of_a_people(head):
        # "the Finn said", "The Kazakh reckons", "The Ghanaian says": one of a people,
        # whatever the tagger saw
        return frame(VAGUE, "person", refer=lemma, nationality=True)
    if _one_from_a_place(head) and label != "PERSON":
        # "the Queenslander said", "The Londoner added": the one the text said came from there
        return frame(VAGUE, "person", refer=lemma, nationality=True)
    if head.tag_ == "NNPS" and _FOLLOWERS.search(head.lower_) and label != "PERSON":
        return frame(VAGUE, "group")  # "Pan-Africanists object": people named by a cause
    if (
        ent is not None
        and label not in {"PERSON", "ACTOR"}  # ("The Brazilian diplomat who chaired ...")
        and (_titled(head) or _titled_beside(head) or _a_name_described_with_who(ent))
    ):
        # "Ms Coutinho said", "Mihkel Lepp, a physics teacher, is uneasy": a title makes a
        # person whatever the tagger says
        label = "PERSON"
    if ent is not None and label == "ORG" and _a_person_by_name(ent) and not _based(ent):
        label = "PERSON"  # "Annika Berglund said", tagged as a body: a given name opens it
    if ent is not None and label == "PERSON" and not _described_as_a_body(head):
        return frame(NAMED, "person", _clean_name(_as_written(ent))[0])
    if ent is not None and label == "PERSON":  # "Drone maker Lingfeng Aviation said"
        return frame(NAMED, "organisation", _bare(ent.text))
    if (
        label in _ORGANISATION_LABELS
        and head.lower_.endswith(("ian", "ean"))
        and _one_of_a_people(head)
    ):
        label = "NORP"  # "the Ukrainian told me": a person, whatever place or body the tagger saw
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
    if (
        head.pos_ == "PROPN"
        # (a word in lower case is no name: "The deputy director-general", "Tonga's five weeks
        # offline showed" — unless it says what body it is: "the labour ministry in Nairobi")
        and not (head.is_lower and lemma not in _words("organisation_nouns"))
        and phrase not in _words("title_nouns")
        and not written_as_title
    ):
        titles = _titles()
        first = min([t.i for t in head.lefts if t.dep_ == "compound"] + [head.i])
        if (
            any(t.lower_ in titles for t in head.lefts)
            or _a_given_name(head.text)
            or _titled_beside(head)
            # ("Marta Ruiz said", with "Marta" tagged as a place: a given name opens the name)
            or (
                first < head.i
                and _a_given_name(head.doc[first].text)
                and head.lower_ not in _words("organisation_name_words")
            )
        ):
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
    mine = _her_own_work(head) if lemma != "counterpart" else None  # (not "opposite number")
    if mine is not None and owner is None:
        # "Her 2022 article insists", "His experiments found": the one 'her' or 'his' is
        refer = _POSSESSIVE_PRONOUNS[mine.lower_]
        return frame(NAMED, "person", refer=refer, offset=mine.idx)
    documents = _words("document_nouns")
    # (not "The monitors also reported": people, though "the Monitor" may be a newsletter)
    if (low in documents or lemma in documents) and low not in _words("group_nouns"):
        if owner:
            return frame(NAMED, "document", owner)
        body = _owned_by_a_body(head)
        if body is not None:  # "The department's own audit found": the department named before
            return frame(VAGUE, "document", refer="body", title=body)
        if any(c.dep_ == "poss" and c.lower_ == "its" for c in head.children):
            # "The ministry said it expected ... Its statement also confirmed": the body 'it' is
            return frame(VAGUE, "unknown", refer="it")
        if low in _READINGS and not _pinned_down(head):
            return None  # "The numbers suggest that ...": the author's reading of them
        if not _points_back(head, determiner) and _pinned_down(head):
            return frame(NAMED, "document", _document_description(head))
        return frame(VAGUE, "document", refer="same" if _points_back(head, determiner) else None)
    if head.text == "Friends" and any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children):
        return frame(NAMED, "organisation", _bare(source))  # "Friends of the Earth Ireland"
    if (
        head.tag_ == "NNS"
        and lemma in _A_BODY_S_OWN_PEOPLE
        and head.left_edge.is_sent_start
        and any(c.dep_ == "poss" and c.lower_ == "its" for c in head.children)
    ):
        # "The centre found ... Its authors warn that ...": the body 'it' means speaks through
        # them (a group of them, when 'it' is nobody who spoke; not "Its critics reply", nor
        # "models that, its engineers say, can ...": an aside about what a body does)
        return frame(VAGUE, "group", refer="it", title=lemma)
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
        # ("A European official ... said privately": one who will not be named)
        anonymous = _unnamed_by_request(head) or any(c.lower_ == "privately" for c in verb.children)
        if determiner in _INDEFINITE or anonymous:
            described = frozenset(c.lemma_.lower() for c in modifiers)
            return frame(VAGUE, "person", title=lemma, described=described, anonymous=anonymous)
        if determiner in _POSSESSIVE_DETERMINERS:
            # "Its director said", "His counterpart said": the person the text gave that post
            # ("Elin Sandvik, its director", "X founded the lab ... its founder", "X and his
            # Ghanaian counterpart, Y"); else somebody unnamed ("His spokeswoman said"), the
            # title waiting for a name; "Her Finnish colleague": the Finn the text named
            nations = frozenset(
                _NATION + c.lemma_.lower()
                for c in modifiers
                if c.ent_type_ == "NORP" or (c.text[:1].isupper() and is_nationality(c.text))
            )
            return frame(
                VAGUE, "person", refer=lemma, aide=True, described=nations,
                anew=_described_anew(head), described_as=_titles_described_anew(head),
            )  # fmt: skip
        described = (
            frozenset(c.lemma_.lower() for c in modifiers)
            | frozenset(
                _NATION + c.lemma_.lower()
                for c in modifiers
                # ("The Turkmen delegate": a nationality the tagger did not mark)
                if c.ent_type_ == "NORP" or (c.text[:1].isupper() and is_nationality(c.text))
            )
            | frozenset(_places_of(head))  # ("The engineer in Juárez counters")
        )
        owner = next((c for c in head.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
        if owner is None:  # "The general counsel of Veldkamp Photonics, an Eindhoven supplier"
            owner = next(
                (
                    o
                    for c in head.children
                    if c.dep_ == "prep" and c.lower_ == "of"
                    for o in c.children
                    if o.dep_ == "pobj" and o.pos_ == "PROPN" and o.ent_type_ == "ORG"
                ),
                None,
            )
        return frame(
            VAGUE,
            "person",
            refer=lemma,
            described=described,
            belongs_to=owner.text if owner is not None else None,
            for_a_country=owner is not None and owner.ent_type_ == "GPE",
            aide=lemma in _AIDES and any(c.dep_ == "poss" for c in head.children),
            anew=_described_anew(head),
            described_as=_titles_described_anew(head),
            works=frozenset(
                _work_words(t for c in head.children if c.dep_ == "prep" for t in c.subtree)
            ),
        )
    if lemma in _words("organisation_nouns"):
        held_by = next(
            (
                c
                for c in head.children
                if c.dep_ == "poss" and (c.ent_type_ == "PERSON" or _titled(c))
            ),
            None,
        )
        if owner and held_by is not None and head.tag_ == "NN":
            # "Mr Tan's ministry later clarified": the ministry he heads, named with him (as
            # "his ministry"), not the man himself
            return frame(VAGUE, "organisation", refer="body", title=lemma, belongs_to=owner)
        if (
            owner
            and head.tag_ == "NN"
            and lemma not in _THE_COUNTRY_ITSELF
            and any(
                c.dep_ == "poss" and (c.ent_type_ == "GPE" or is_country(c.text))
                for c in head.children
            )
        ):
            # "Korea's labour ministry rejects ...": the ministry (the one named before, if
            # any), not the country (but "Brazil's presidency said" is Brazil speaking)
            return frame(NAMED, "organisation", _bare(source), refer="body", title=lemma)
        if owner:
            return frame(NAMED, "organisation", owner)
        if head.tag_ in {"NN", "NNP"} and any(  # "the Danish government": one body, named
            c.dep_ == "amod" and (e := _entity(c, ents)) is not None and e.label_ == "NORP"
            for c in head.children
        ):
            # ("the Malaysian ministry" is the Ministry of Investment named before, if any)
            return frame(NAMED, "organisation", _bare(source), refer="body", title=lemma)
        back = (_points_back(head, determiner) and determiner != "the") or _same(head)
        if not back and determiner in {"the", "his", "her"} and head.tag_ == "NN":
            # "The company has said ...": the firm just named; "the embassy said": the body
            # named before whose name holds "embassy"; "His ministry said": the ministry the
            # man in view heads, named with him
            return frame(VAGUE, "organisation", refer="body", title=lemma)
        return frame(VAGUE, "organisation", refer="same" if back else None)
    if determiner == "the" and head.tag_ == "NN" and head.is_lower and ent is None:
        if _AGED.match(source):  # "the 47-year-old skipper": the person in view, so called
            described = frozenset({lemma}) | _ages_in(source)
            return frame(VAGUE, "person", refer="year-old", described=described)
        # "the werken said"; "The first caller, a former patrol leader, said": somebody new
        anew = _described_anew(head) or any(c.lower_ in _ORDINALS for c in head.lefts)
        return frame(
            VAGUE, "person", refer=lemma, by_role=True, anew=anew,
            described_as=_titles_described_anew(head),
        )  # fmt: skip
    if head.is_title and head.is_alpha and not list(head.children) and ent is None:
        # "Rojas argues" with the name read as an adjective: somebody named before, if anyone
        return frame(NAMED, "organisation", head.text, refer="surname")
    return None


# A country's bodies that are the country speaking, not a part of it ("Brazil's presidency",
# "Japan's government")
_THE_COUNTRY_ITSELF = frozenset({"government", "presidency", "administration", "leadership"})


# What a title is before its holder takes office: "minister-designate", "president-elect"
_NOT_YET_IN_OFFICE = frozenset({"designate", "elect"})


def _name_beside_the_title(head: Token, ents: list[SpacySpan]) -> SpacySpan | None:
    """ "Nigeria's Minister of Communications and Digital Economy, Funmilayo Adeyemi, said",
    "The French ambassador in Dakar, Hélène Marchand, said": the name set beside a title, which
    the parser hung on the last word of the title's phrase (a conjoined word, or the place)."""
    if head.lemma_.lower() not in _words("title_nouns") and _hyphenated(head) not in _words(
        "title_nouns"
    ):
        return None
    after = _name_after_a_long_title(head, ents)
    if after is not None:
        return after
    ends = [c for c in head.children if c.dep_ == "conj"]
    ends += [o for p in head.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    # ("The Minister of State for ICT and National Guidance, Hon. Godfrey Mubiru,")
    ends += [c for end in list(ends) for c in end.children if c.dep_ == "conj"]
    for end in ends:
        for child in end.children:
            ent = _entity(child, ents) if child.dep_ == "appos" else None
            if ent is not None and ent.label_ == "PERSON" and ent.start > head.i:
                return ent
    return None


def _a_name_beside_it_the_tagger_missed(head: Token) -> SpacySpan | None:
    """ "The agency's head of policy, Florian Mbeki-Haas, said", with "Florian" tagged as a
    nationality and no name found: words in capitals set beside a title, the first a given
    name."""
    if head.lemma_.lower() not in _words("title_nouns"):
        return None
    for child in head.children:
        if child.dep_ != "appos" or child.pos_ != "PROPN":
            continue
        words = head.doc[child.left_edge.i : child.right_edge.i + 1]
        if (
            len(words) > 1
            # ("The Deputy Minister ..., Mrs Akosua Serwaa Mensah-Bonsu, told delegates")
            and (_a_given_name(words[0].text) or (_is_honorific(words[0]) and len(words) > 2))
            and all(t.pos_ == "PROPN" or t.text == "-" for t in words)
        ):
            return words
    return None


def _name_after_a_long_title(head: Token, ents: list[SpacySpan]) -> SpacySpan | None:
    """ "Second Vice-Minister of Science and ICT Bae Jung-ho said", "Undersecretary for North
    America Rodrigo Salinas said": the name that ends the title's phrase, written after it with
    no comma (the parser hangs it inside the phrase)."""
    if not head.text[:1].isupper():
        return None  # (not "A lawyer for Ana Ruiz said": a title is written with a capital)
    end = head.right_edge.i
    doc = head.doc
    for ent in ents:
        if ent.label_ != "PERSON" or ent.start <= head.i + 1 or ent.end - 1 != end:
            continue
        between = doc[head.i + 1 : ent.start]
        if all(t.text[:1].isupper() or t.lower_ in _IN_A_TITLE for t in between):
            return ent
        return None
    return None


# Small words inside a title written out ("Minister of Science and ICT", "Secretary for the
# Digital Economy", "Vice-Minister")
_IN_A_TITLE = frozenset({"of", "for", "and", "the", "-", "&"})


def _a_hyphenated_given_name(head: Token) -> bool:
    """ "So-yeon" of "Kim So-yeon" as the head, split at the hyphen and read as a noun, after a
    name the tagger found (or a capitalised word it took for something else, when a person's
    title is set beside: "Han So-yeon, a cyber policy researcher, said", "Han" read as the
    people)."""
    doc = head.doc
    compounds = [t for t in head.lefts if t.dep_ == "compound"]
    titled = any(
        c.dep_ == "appos" and c.lemma_.lower() in _words("title_nouns") for c in head.children
    )
    return (
        head.i > 1
        and doc[head.i - 1].text == "-"
        and not doc[head.i - 1].whitespace_
        and not doc[head.i - 2].whitespace_
        and doc[head.i - 2].text[:1].isupper()
        and any(
            t.ent_type_ == "PERSON" or (titled and t.tag_ == "NNP" and t.text[:1].isupper())
            for t in compounds
        )
    )


def _one_of(head: Token) -> tuple[str, str | None] | None:
    """ "One of the diplomats said", "one of them said", "One of the firms said": one of a
    group the text does not name the members of, as (its kind, its title when the group is
    called by one); None when the subject is no such phrase."""
    if head.lower_ not in {"one", "another"}:
        return None
    if any(c.dep_ == "prep" and c.lower_ != "of" for c in head.children):
        return None  # ('One of them, on "AI for prosperity", barely mentioned ...': a text)
    prep = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    group = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep else None
    if group is None or group.ent_type_ in _NAME_LABELS:
        return None  # ("one of Kenya's ...": another reading)
    if any(t.dep_ == "appos" and t.ent_type_ in _NAME_LABELS for t in head.subtree):
        return None  # ("One of the Chinese companies named, Shenzhen Tianmu, said": named)
    if group.lower_ in {"them", "us", "those", "these"}:
        return "person", None
    lemma = group.lemma_.lower()
    if group.tag_ != "NNS":
        return None
    if lemma in _words("organisation_nouns"):
        return "organisation", None
    if lemma in _words("title_nouns"):
        return "person", lemma
    return ("person", None) if group.lower_ in _words("group_nouns") else None


def _names_which_one(head: Token, ents: list[SpacySpan]) -> bool:
    """'One of the companies, Brightwave Circuit Trading, said': 'one' with the name beside it."""
    return head.lower_ == "one" and any(
        c.dep_ == "appos" and (ent := _entity(c, ents)) is not None and ent.label_ in _NAME_LABELS
        for c in head.children
    )  # (not "One, a retired diplomat, said": a word for what one is, which names nobody)


def _one_from_a_place(head: Token) -> bool:
    """ "the Queenslander", "the Londoner", "the Islander": a capitalised word for somebody from
    a place, ending in -er, with only "the" before it (not a title: "the Speaker", "the
    Premier")."""
    low = head.lower_
    return (
        head.text[:1].isupper()
        and low.endswith("er")
        and len(low) > 6
        and low not in _words("title_nouns")
        and low not in _words("organisation_nouns")
        and low not in _words("organisation_name_words")
        and [c.lower_ for c in head.children if c.dep_ != "punct"] == ["the"]
    )


def _one_of_a_people(head: Token) -> bool:
    """'the Kenyan', 'the Israeli', 'the Swede': one person called by nationality (not 'the
    Chinese', 'the French', who are a side, nor 'the Kenyans')."""
    return (
        head.tag_ in {"NNP", "NN", "JJ"}
        and (
            head.lower_.endswith(("an", "i"))
            or head.lower_ in _DEMONYMS
            # ("the Argentine", "the Tajik"; "the Swiss", "the Turkmen" may be a side)
            or (is_nationality(head.text) and not head.lower_.endswith(_COLLECTIVE_ENDINGS))
        )
        # ("the Sierra Leonean", "the South African": a demonym of two words)
        and (
            # (an aside describing the one: "The Ghanaian, then a counsellor in London, says";
            # "The Brazilian, whose country's court banned deepfakes, said")
            [
                c.lower_
                for c in head.children
                if c.dep_ not in {"punct", "appos", "relcl"} and not _first_word_of_a_place(c)
            ]
            == ["the"]
            or _the_adjective_of_a_misread_verb(head)
        )
    )


def _the_adjective_of_a_misread_verb(head: Token) -> bool:
    """'the Rwandan insists' read as an adjective before a plural noun ('the' hangs on it)."""
    return (
        head.dep_ == "amod"
        and not list(head.children)
        and head.head.tag_ == "NNS"
        and any(c.dep_ == "det" and c.lower_ == "the" for c in head.head.children)
    )


# Peoples named with these endings are a side, not one person: the Chinese, the French, the
# British, the Swiss, the Turkmen.
_COLLECTIVE_ENDINGS = ("ese", "ch", "sh", "ss", "s", "men")


def _first_word_of_a_place(tok: Token) -> bool:
    return (
        tok.dep_ in {"compound", "amod"}
        and tok.pos_ in {"PROPN", "ADJ"}
        and tok.i == tok.head.i - 1
        and (tok.dep_ == "compound" or tok.text[:1].isupper())
    )


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
# The people a body speaks through, as "its ...": "Its authors warn", "its researchers found"
_A_BODY_S_OWN_PEOPLE = frozenset(
    {"author", "researcher", "analyst", "economist", "scientist", "expert", "official",
     "staff", "lawyer", "engineer", "inspector", "auditor", "editor", "spokesperson",
     "spokespeople", "investigator", "statistician", "forecaster"}
)  # fmt: skip


_FIRMS = frozenset(
    {"company", "firm", "bank", "agency", "ministry", "fund", "institute", "alliance", "bloc",
     "union", "coalition", "commission", "group", "authority", "regulator", "watchdog", "maker",
     "lender", "insurer", "department", "organisation", "organization",
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
    r"|\b(?:declined|refused|did not want) to be (?:named|identified)\b"
    r"|\bdid not give (?:his|her|their) name\b"
    r"|\bnot authori[sz]ed to (?:speak|comment)\b",
    re.I,
)


def _unnamed_by_request(head: Token) -> bool:
    """'The ambassador, who asked not to be named, said': a source kept anonymous on purpose,
    not the person the text has in view."""
    return _ANONYMOUS.search(sentence_of(head).text) is not None


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
    children = list(head.children)
    # ("an analysis of customs records published on Monday by the Vilnius Institute": the
    # parser hung the publishing on what the document is of)
    children += [
        g
        for c in children
        if c.dep_ == "prep" and c.lower_ == "of"
        for o in c.children
        if o.dep_ == "pobj"
        for g in o.children
        if g.dep_ == "acl" and g.lemma_.lower() in _PUBLISHING
    ]
    for child in children:
        if child.dep_ == "amod" and child.lower_ in {"based", "headquartered"}:
            continue  # ("the Eindhoven-based group": where it is, not who owns it)
        if child.dep_ in {"compound", "poss", "nmod", "amod"}:
            name = _name_of(child, ents)
            if name:
                return name
        if child.dep_ == "acl" and child.lemma_.lower() in _PUBLISHING:
            # "the report, published by the Carter Center in March, found"
            # (past when and where: "written in March by the authority's legal director")
            agent = next(
                (c for c in child.children if c.dep_ in {"agent", "prep"} and c.lower_ == "by"),
                None,
            )
            if agent is not None:
                child = agent
        if child.dep_ in {"prep", "agent"} and child.lower_ in {"by", "from"}:
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is None:
                continue
            # "a study by Stanford", "a paper by researchers at Stanford", "written by the
            # authority's legal director, Dorcas Wanjiru"
            near = [
                pobj,
                *(c for c in pobj.children if c.dep_ == "appos"),
                *(g for p in pobj.children if p.dep_ == "prep" for g in p.children),
            ]
            for tok in near:
                name = _name_of(tok, ents)
                if name:
                    return name
    return None


_NAME_LABELS = {"PERSON", "ORG", "GPE", "FAC", "LAW", "WORK_OF_ART"}


# "a report published (commissioned, written ...) by X": X is its author
_PUBLISHING = frozenset(
    {"publish", "release", "issue", "commission", "write", "produce", "prepare", "compile",
     "sign", "draft"}
)  # fmt: skip


# "a note circulated to creditors", "a draft sent to members in May", "an internal audit
# completed in November", "an assessment filed with the court in March": one document, pinned
# down by where it went, who made it, or when and where it was done or lodged
_PINNED_BY = _PUBLISHING | {
    "circulate", "submit", "present", "send", "leak", "deliver", "share",
    "complete", "conduct", "file", "lodge", "carry", "adopt",
}  # fmt: skip


def _pinned_down(head: Token) -> bool:
    """The phrase says which document it is, though no author is named: it was circulated,
    prepared, sent, completed or filed somewhere ('a note circulated to official creditors in
    October', 'an evaluation prepared for the ministry', 'an audit completed in November'),
    made by a body the text has in view ('a review by the commission's engineers') or published
    in a named journal ('a 2020 study in Nature Communications'). 'A recent survey of
    diplomats', 'a memo at one large insurer' and 'a review paid for by Australia' say no more
    than that one exists."""
    for child in head.children:
        if (
            child.dep_ == "acl"
            and child.lemma_.lower() in _PINNED_BY
            and any(c.dep_ in {"prep", "agent"} for c in child.children)
        ):
            return True
        if child.dep_ == "prep" and child.lower_ in {"by", "in"}:
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is None:
                continue
            journal = pobj.pos_ == "PROPN" and pobj.ent_type_ not in _PLACE_LABELS
            if child.lower_ == "in" and journal:
                return True
            if child.lower_ == "by" and any(
                c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ == "the") for c in pobj.children
            ):
                return True
    return False


def _document_description(head: Token) -> str:
    """The document as the text describes it, without its article or asides: 'note circulated to
    official creditors in October'."""
    drop = {t.i for c in head.children if c.dep_ in {"det", "appos", "relcl"} for t in c.subtree}
    # ("A draft note circulated to the board before the summit proposes ...": the parser hung
    # the sentence's verb inside the phrase; what it says is no part of what it is)
    drop |= {
        t.i for c in head.subtree if c.dep_ == "advcl" and c.tag_ in _FINITE for t in c.subtree
    }
    words = [t for t in head.subtree if t.i not in drop]
    aside = next((k for k, t in enumerate(words) if t.i > head.i and t.is_punct), len(words))
    words = words[:aside]  # ", seen by Rift Wire,": an aside, not part of what it is
    return head.doc[words[0].i : words[-1].i + 1].text if words else head.text


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


def _quoted_as_saying(verb: Token) -> tuple[Token | None, Token | None]:
    """The verb that quotes and the one a paper or an agency quoted 'as saying', 'as
    describing', 'as warning': 'quoted' and 'her' in "The agency quoted her as saying ..."."""
    doc = verb.doc
    if verb.tag_ != "VBG" or verb.i == 0 or doc[verb.i - 1].lower_ != "as":
        return None, None
    # (however the parser hung "as warning": back to the verb that quotes, in this sentence)
    for k in range(verb.i - 2, max(verb.i - 60, -1), -1):
        word = doc[k]
        if word.is_sent_end or word.text in {".", "?", "!", ";"}:
            return None, None
        if word.pos_ == "VERB" and word.lemma_.lower() in {"quote", "cite"}:
            return word, next((c for c in word.children if c.dep_ == "dobj"), None)
    return None, None


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


# the words _according_to looks at (as the columns hold them)
_SOURCE_CUES = frozenset(map(string_id, ("to", "by", "citing", "per")))
# what the text of a unit holds when it holds any of them that _according_to acts on ("to" only
# after "according")
_SOURCE_CUES_IN_TEXT = ("accord", "by", "citing", "per")


def _according_to(  # type: ignore[no-untyped-def]
    tokens: list[Token], columns: Columns, ents, quoted, lowered: str
) -> Frame | None:
    """'according to X', 'as reported by X', 'citing X', 'per X' (``columns`` and ``lowered``:
    the unit's, its text in lower case)."""
    if not any(cue in lowered for cue in _SOURCE_CUES_IN_TEXT):
        return None  # (most sentences: no word of these in them, no need to read every word)
    for tok, lower in zip(tokens, columns.lower, strict=True):
        if lower not in _SOURCE_CUES or quoted(tok):
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
        owner = _her_own_work(obj)
        if owner is not None:  # "According to her findings, ...": the woman in view
            return Frame(
                NAMED, owner.text, None, "person", cue, "according_to",
                offset=owner.idx, refer=_POSSESSIVE_PRONOUNS[owner.lower_],
            )  # fmt: skip
        frame = _classify(obj, tok, ents)
        if frame is not None and frame.kind == "document" and cue == "according to":
            frame = _filed_by_the_subject(frame, obj, tok.head.head, ents, quoted)
        if frame is None and cue == "citing":
            continue  # "citing uncertainty over export rules": a reason given, not a source
        if frame is None:
            source = _source_text(obj)
            frame = Frame(VAGUE, source, None, "unknown", cue, "according_to", offset=obj.idx)
        return replace(frame, cue=cue, mode="according_to")
    return None


# What a body issues about itself: "according to a filing", "according to a statement"
_ISSUED_BY_ITSELF = frozenset(
    {"filing", "statement", "release", "announcement", "submission", "disclosure"}
)


def _filed_by_the_subject(frame: Frame, work: Token, main: Token, ents, quoted) -> Frame:  # type: ignore[no-untyped-def]
    """ "Sentinel Photonics ... expects new restrictions to cut its sales, according to a filing
    with the Frankfurt Stock Exchange": a filing or a statement nobody else is said to have made
    is that of the body the sentence is about."""
    if work.lemma_.lower() not in _ISSUED_BY_ITSELF or _owner(work, ents) is not None:
        return frame
    subject = _subject(main, quoted)
    ent = _entity(subject, ents) if subject is not None else None
    if ent is None or ent.label_ != "ORG" or _a_person_by_name(ent) or quoted(subject):
        return frame
    return replace(frame, status=NAMED, speaker=_bare(ent.text), refer=None)


# Documents only by whose they are ("the company's own results show"): "The results suggest
# that ..." is the author reading them
_READINGS = frozenset({"results", "findings", "numbers", "calculations"})


def _her_own_work(work: Token) -> Token | None:
    """The 'her' or 'his' of a person's own findings, research, notes or reckoning ('according
    to her findings', 'according to his own count')."""
    lemma = work.lemma_.lower()
    if not (lemma in _RECKONINGS or lemma in _OWN_WORK or lemma in _words("document_nouns")):
        return None
    return next(
        (c for c in work.children if c.dep_ == "poss" and c.lower_ in _POSSESSIVE_PRONOUNS), None
    )


_OWN_WORK = frozenset(
    {"finding", "research", "analysis", "note", "calculation", "testimony", "experiment"}
)

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
    if not any(word in text for word in _VIEW_WORDS):
        return None  # (most units: no words, view or telling in them)
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
        # ("rules that, in his telling, discriminated": a way of telling is the one in view's)
        aside = (
            bool(before)
            and before[-1] not in ":;—–"
            and "own" not in match.group(0)
            and cue not in _WAYS_OF_TELLING
        )
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
