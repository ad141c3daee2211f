"""Who said it: the people and bodies a unit names, and the words that describe them (titles,
posts held, ages, nations, places)."""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from ....lexicons.nationalities import is_country, is_nationality
from .._paragraph import paragraph_text
from .._quotes import Quotation
from ._columns import Columns, sentence_of, string_id
from ._records import Person
from ._vocabulary import (
    _DASHES,
    _FINITE,
    _KIN,
    _KIN_MEN,
    _KIN_WOMEN,
    _PARTY_MEMBERS,
    _RELATIONS,
    _SUBJECTS,
    _a_given_name,
    _given_name,
    _hyphenated,
    _is_honorific,
    _titles,
    _words,
)

if TYPE_CHECKING:
    from collections.abc import Iterable

    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token


def _described_anew(title: Token) -> bool:
    """A title with an indefinite description set beside it ("The chairman of the working
    group, a Dutchman, ...", "Her deputy, a retired air force colonel, ..."): somebody new."""
    return any(True for _ in _descriptions_anew(title))


def _places_of(title: Token) -> list[str]:
    """ "The engineer in Tartu", "the 64-year-old from Minya": the places a title is of, in the
    order written, which may tell which of the people named before it means ('in:tartu')."""
    return [
        _IN_PLACE + place.lower_
        for prep in title.children
        if prep.dep_ == "prep" and prep.lower_ in {"in", "from"}
        for place in prep.children
        if place.dep_ == "pobj" and place.pos_ == "PROPN"
    ]


def _titles_described_anew(title: Token) -> frozenset[str]:
    """The titles those descriptions give ("The woman who runs the forecasting desk, a
    soft-spoken statistician who ..., says": 'statistician'), which the person keeps once the
    text names them."""
    titles = _words("title_nouns")
    return frozenset(
        lemma for c in _descriptions_anew(title) if (lemma := c.lemma_.lower()) in titles
    )


def _descriptions_anew(title: Token) -> Iterable[Token]:
    return (
        c
        for c in title.subtree
        if c.dep_ == "appos"
        and c.ent_type_ != "PERSON"
        and (c.head.i == title.i or _a_person_noun(c))  # (the parser may hang it further down)
        and any(d.dep_ == "det" and d.lower_ in {"a", "an"} for d in c.children)
        # ("The former analyst, now a senior fellow, ...": the one in view, in a new post)
        and not any(d.dep_ == "advmod" and d.lower_ in _SINCE_THEN for d in c.children)
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
    ..., she said": she is Ms Kareem; but "Ms Ruiz's deputy" is somebody else, though "Sorokin's
    wife wept" keeps Sorokin in view)."""
    dep = root.dep_
    if dep in _SUBJECTS and not _in_a_description(root):
        return True
    if root.pos_ == "PROPN" and _verbless(root):
        return True
    head = root.head
    if _a_verb_read_as_a_plural(root):
        return True
    if dep in {"appos", "conj"} and head.dep_ in _SUBJECTS:
        return True
    if (
        dep == "appos"
        and head.dep_ == "appos"
        and head.head.dep_ in _SUBJECTS
        # (not "His mentor, the late strategist X, used to say": somebody else than 'he')
        and not any(c.dep_ == "poss" and c.pos_ == "PRON" for c in head.head.children)
    ):
        return True  # "Castellanos's second guest, the analyst Adaeze Nwankwo, disagreed"
    if _beside_a_title_past_a_place(root) is not None:
        return True
    if _called(root) and (
        root.head.head.dep_ in _SUBJECTS
        or (root.head.head.dep_ == "appos" and root.head.head.head.dep_ in _SUBJECTS)
    ):
        return True  # "His deputy, a former Pentagon lawyer named Rachel Osei, drafted ..."
    if dep == "poss" and head.ent_type_ == "":
        owned = head.lemma_.lower()
        if (head.dep_ in _SUBJECTS or root.left_edge.i == sentence_of(root).start) and (
            (owned in _KIN and not _named_beside(head))
            # (a title is somebody else: "Castellanos's second guest", "her rival")
            or (owned not in _words("title_nouns") and owned not in _RELATIONS)
        ):
            return True
    return (
        _beside_a_lost_subject(root)
        or _given_the_floor(root)
        or _the_one_it_is_for(root)
        or _the_one_a_cleft_puts_first(root)
    )


def _the_one_a_cleft_puts_first(root: Token) -> bool:
    """'... but it was his deputy, Claire Osei, who answered it', 'It was Maria Lopes who spoke
    first': the one 'it was ... who' singles out is the subject of what follows."""
    noun = root.head if root.dep_ == "appos" else root
    verb = noun.head
    return (
        noun.dep_ == "attr"
        and verb.lemma_ == "be"
        and any(c.dep_ in _SUBJECTS and c.lower_ == "it" for c in verb.children)
        and any(
            c.dep_ == "relcl" and any(w.lower_ in {"who", "that"} for w in c.children)
            for c in (*noun.children, *root.children)  # (hung on the title or the name)
        )
    )


def _the_one_it_is_for(root: Token) -> bool:
    """'For Mr Lehtinen, the repair ship's arrival cannot come soon enough.': the person an
    opening 'For ...,' sets the sentence up for is who it is about."""
    prep = root.head
    return (
        root.dep_ == "pobj"
        and prep.lower_ == "for"
        and prep.i == sentence_of(prep).start
        and root.i + 1 < len(root.doc)
        and root.doc[root.i + 1].text == ","
    )


def _a_verb_read_as_a_plural(name: Token) -> bool:
    """ "Otieno laughs at that.", "Szabó-Lind laughs.": the parser took the verb for a plural
    noun and the name opening the sentence for a word describing it."""
    head = name.head
    return (
        name.dep_ in {"amod", "compound"}
        and head.dep_ == "ROOT"
        and head.tag_ == "NNS"
        and head.i == name.i + 1
        and name.text[:1].isupper()
        and all(t.dep_ in {"compound", "punct"} for t in name.doc[sentence_of(name).start : name.i])
    )


def _verbless(head: Token) -> bool:
    """ "A technical note circulated to the creditors, which I have seen, proposed ...",
    "Brazil's Luiz Fernando Rocha, a veteran of several assemblies, proposed ...": the parser
    read the sentence as one long noun phrase, its verb hung inside; the noun is the subject."""
    return head.dep_ == "ROOT" and any(
        t.tag_ in _FINITE or (t.tag_ == "VBN" and t.head.i != head.i) for t in head.subtree
    )


def _kin_gender(roles: frozenset[str]) -> str | None:
    """The gender a relation the text gave somebody says ("her husband, X")."""
    if roles & _KIN_MEN:
        return "male"
    return "female" if roles & _KIN_WOMEN else None


def _named_beside(noun: Token) -> bool:
    """A name set beside the noun ("Chen's mother, Huang Mei-hua, ...")."""
    return any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in noun.children)


# "The committee then heard from X", "The chair turned to X": the next to speak
_THE_FLOOR = {"from": frozenset({"hear"}), "to": frozenset({"turn"})}


def _given_the_floor(root: Token) -> bool:
    """The person a hearing or a panel hears from or turns to next ("The committee then heard
    from Olumide Ajayi, ... He argued ..."): the one a 'he' or 'she' after it means."""
    if root.dep_ != "pobj":
        return False
    verbs = _THE_FLOOR.get(root.head.lower_)
    return verbs is not None and root.head.head.lemma_.lower() in verbs


def _beside_a_title_past_a_place(root: Token) -> Token | None:
    """'His former deputy at the embassy in Brussels, Chidinma Okoro, is ...': the parser set
    the name beside the place; it stands beside the title subject the place hangs on (or beside
    a thing the phrase after the title names: "A technical expert appointed by the court,
    Márcia Tavares Quintino, told")."""
    if root.dep_ != "appos":
        return None
    head = root.head
    title_nouns = _words("title_nouns")
    a_thing = (
        head.dep_ == "pobj"
        and head.pos_ == "NOUN"
        and not head.ent_type_
        and not _a_person_noun(head)
    )
    if head.ent_type_ not in {"GPE", "LOC"} and not a_thing:
        return None
    links = {"pobj", "prep", "agent", "acl"} if a_thing else {"pobj", "prep"}
    node = head
    while node.dep_ in links and node.head.i != node.i:
        node = node.head
    if node.i == head.i or node.dep_ not in _SUBJECTS:
        return None
    return node if node.lemma_.lower() in title_nouns else None


def _beside_a_lost_subject(root: Token) -> bool:
    """'In Nairobi, the labour minister, Peter Kiprono, has promised ...': the parser hung the
    subject on the opening phrase and left the verb without one; the name set beside it before
    the verb is the subject."""
    if root.dep_ != "appos":
        return False
    verb = sentence_of(root).root
    return (
        root.i < verb.i
        and verb.pos_ in {"VERB", "AUX"}
        and not any(c.dep_ in _SUBJECTS for c in verb.children)
        and all(t.i < verb.i for t in root.head.subtree)
    )


def _before_its_pronoun(name: Token) -> bool:
    """A name in a clause set before the main one, whose subject is 'he' or 'she': "When I
    asked Ciobanu what she would do, she laughed" — the 'she' is the one named."""
    node, opening, start = name, None, -1
    while node.head.i != node.i:
        if node.dep_ == "advcl":
            start = sentence_of(name).start if start < 0 else start
            if node.left_edge.i == start:
                opening = node  # (however the parser hung it: "When I asked X, ..., she laughed")
        node = node.head
    return opening is not None and any(
        c.dep_ == "nsubj" and c.lower_ in {"he", "she"} and c.i > opening.right_edge.i
        for c in node.children
    )


def _whose_view_opens_the_sentence(name: Token) -> bool:
    """ "For Lindqvist, the impasse was predictable.": the sentence told from the person's
    view, who is the 'she' or 'he' of what follows."""
    prep = name.head
    return (
        name.dep_ == "pobj"
        and prep.lower_ == "for"
        and prep.i == sentence_of(prep).start
        and name.right_edge.i + 1 < len(name.doc)
        and name.doc[name.right_edge.i + 1].text == ","
    )


def _introduced_as_the_topic(root: Token) -> bool:
    """A person the sentence brings in with a description, in a sentence about no other person:
    "The EU's reply came from Ana-Maria Popescu, a Romanian diplomat ...", "Questions were
    fielded by spokeswoman Luisa Ferreira, who said ...", "A dispute is unlikely, in the view of
    Olusegun Adeyemi, a trade lawyer": the one a 'she' or 'he' next means, as a subject is."""
    if root.dep_ not in {"pobj", "dobj"} or not any(
        c.dep_ in {"appos", "relcl"} for c in root.children
    ):
        return False
    node = root
    while node.dep_ in {"pobj", "dobj", "prep", "agent"} and node.head.i != node.i:
        node = node.head
    if node.dep_ != "ROOT" or node.pos_ not in {"VERB", "AUX"}:
        return False
    # (a subject that is somebody, or none: "Ask Kwame Asante, who runs a firm in Accra")
    subjects = [c for c in node.children if c.dep_ in _SUBJECTS]
    if not subjects or any(_a_person_word(c) for c in subjects):
        return False
    # ("Indonesia's was written by Arief Wicaksono, a former commissioner; Malaysia's by Hafiz
    # Rahman, a lawyer": two brought in, neither the one)
    return _the_only_person_in_the_sentence(root)


def _given_as_a_name(name: Token) -> bool:
    """ "Her name is Carolina Benitez, and she sees ...": the name the sentence gives somebody
    it described, who is the 'she' that follows."""
    verb = name.head
    return (
        name.dep_ == "attr"
        and verb.lemma_ == "be"
        and any(c.dep_ == "nsubj" and c.lower_ == "name" for c in verb.children)
    )


def _whose_thing_the_sentence_is_about(name: Token) -> bool:
    """ "That uncertainty reaches Ms van Dalen's desk every night.", "Chea Sokha's cooperative
    lost nets": the owner of what the main clause is about, in a sentence about no other person,
    is the 'she' or 'he' that comes next."""
    if name.dep_ != "poss" or name.head.dep_ not in {"nsubj", "dobj", "pobj"}:
        return False
    node = name.head
    while node.dep_ in {"dobj", "pobj", "prep"} and node.head.i != node.i:
        node = node.head
    verb = node.head if node.dep_ == "nsubj" else node
    if verb.dep_ != "ROOT" or verb.pos_ not in {"VERB", "AUX"}:
        return False
    subjects = [c for c in verb.children if c.dep_ in _SUBJECTS]
    if any(_a_person_word(c) for c in subjects if c.i != name.head.i):
        return False
    return _the_only_person_in_the_sentence(name)


def _the_only_person_in_the_sentence(root: Token) -> bool:
    return not any(
        e.label_ == "PERSON" and not e.start <= root.i < e.end for e in sentence_of(root).ents
    )


# Verbs by which the author gets hold of somebody to interview: "I called Mr Asante", "We
# reached Dr Okafor by phone", "I spoke to Ms Lind"
_CONTACT_VERBS = frozenset(
    {"call", "ring", "phone", "telephone", "reach", "email", "contact", "interview", "meet",
     "visit", "speak", "talk", "write"}
)  # fmt: skip


def _reached_by_the_author(root: Token) -> bool:
    """ "I called Mr Asante. He does not dispute the quote": the person the author rang, met or
    wrote to, in a sentence about nobody else, is the 'he' or 'she' that answers next."""
    verb = root.head
    if root.dep_ == "pobj" and verb.lower_ in {"to", "with"}:
        verb = verb.head
    elif root.dep_ != "dobj":
        return False
    if verb.lemma_.lower() not in _CONTACT_VERBS or not any(
        c.dep_ == "nsubj" and c.lower_ in {"i", "we"} for c in verb.children
    ):
        return False
    return _the_only_person_in_the_sentence(root)


def _a_person_word(tok: Token) -> bool:
    """A name, a personal pronoun or a title: somebody."""
    return (
        tok.ent_type_ == "PERSON"
        or tok.lower_ in {"i", "we", "you", "he", "she", "they"}
        or tok.lemma_.lower() in _words("title_nouns")
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
        # "Olumide Ajayi, the founder of a Lagos start-up, ... the entrepreneur replied"
        frozenset({"entrepreneur", "founder", "co-founder"}),
    )
    for word in group
}
# "Dr Agnes Nansubuga, a lecturer in linguistics, ... the don said": the press's word for an
# academic means whoever the text gave an academic post (but "the professor" is no lecturer)
_SAME_POST["don"] = frozenset({"don", "lecturer", "professor", "academic", "scholar"})


# What a person who does this to a body is called: "X founded the Accra Policy Lab" → "its
# founder"; "she chairs the council" → "its chair".
_POSTS_HELD: dict[str, frozenset[str]] = {
    "found": frozenset({"founder"}),
    "co-found": frozenset({"founder", "co-founder"}),
    "chair": frozenset({"chair", "chairman", "chairwoman"}),
    "advise": frozenset({"adviser", "advisor"}),
    "represent": frozenset({"representative"}),
    "negotiate": frozenset({"negotiator"}),
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
    # "Meera Krishnan, the Indian telecoms official chairing the committee, ..."
    for clause in (c for a in root.children if a.dep_ == "appos" for c in a.children):
        if clause.dep_ == "acl" and clause.tag_ == "VBG":
            return _POSTS_HELD.get(clause.lemma_.lower(), frozenset())
    verb = root.head
    if root.dep_ == "pobj" and verb.lower_ == "by" and verb.dep_ == "agent":
        verb = verb.head
    elif root.dep_ != "nsubj":
        return frozenset()
    if verb.lemma_.lower() == "help":
        # "Samuel Okonjo helped negotiate the verification provisions": a negotiator
        helped = next((c for c in verb.children if c.dep_ in {"xcomp", "ccomp"}), None)
        verb = helped if helped is not None else verb
    return _POSTS_HELD.get(verb.lemma_.lower(), frozenset())


def _work_led(root: Token) -> set[str]:
    """The words for the work of what the person heads, when the sentence says so ("Oksana
    Melnyk leads the demining team")."""
    verb = root.head
    if root.dep_ != "nsubj" or verb.lemma_.lower() not in _POSTS_HELD:
        return set()
    return _work_words(t for c in verb.children if c.dep_ == "dobj" for t in c.subtree)


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
    if not described:
        described = _set_beside_but_hung_before(root) or _name_hung_on_its_title(root)
    past_a_place = _beside_a_title_past_a_place(root)
    if past_a_place is not None:
        described.append(past_a_place)
    elif root.dep_ == "appos":
        described.append(root.head)
        described += _a_second_subject_before(root.head)
    else:  # ("The chair, Han Seo-yeon, a deputy minister ..., had": both read as subjects)
        described += _a_second_subject_before(root)
    if _called(root):  # "a career ambassador named Grace Eze": the ambassador
        described.append(root.head.head)
    # ("X, Aurel's co-founder and chief executive": both posts; not "a Saudi deputy, Y" or
    # "his counterpart, Y" after it, another person's)
    described += [
        c
        for noun in described
        for c in noun.children
        if c.dep_ == "conj" and not any(g.dep_ in {"det", "poss", "appos"} for g in c.children)
    ]
    for noun in described:
        for tok in [noun, *(c for c in noun.children if c.dep_ in {"compound", "amod"})]:
            found.add(tok.lemma_.lower())
        joined = _hyphenated(noun)
        if joined is not None:  # "the ministry's director-general, X": the director-general
            found.add(joined)
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
    found |= _work_led(root)  # "X leads the demining team": 'the deminer' may be X
    found |= _turn_in_the_post(root)  # "taking over from X": her predecessor
    found |= _post_by_copula(root)
    found |= _post_served_in(root)
    found |= _post_named_to(root)
    found |= _countries_served(root)
    return found | _titles_before(root) | _countries_beside(root) | _age(root, described)


def _a_second_subject_before(noun: Token) -> list[Token]:
    """ "The chair of the group, the Dutch ambassador Maarten Verhoeven, told", "The chair, Han
    Seo-yeon, ..., had": the title before the comma, which the parser made another subject of
    the verb, describes the same person."""
    if noun.dep_ not in _SUBJECTS or noun.left_edge.i == 0:
        return []
    if noun.doc[noun.left_edge.i - 1].text != ",":
        return []
    title_nouns = _words("title_nouns")
    return [
        c
        for c in noun.head.children
        if c.dep_ == noun.dep_
        and c.i < noun.i
        and c.tag_ == "NN"
        and c.lemma_.lower() in title_nouns
    ][-1:]


def _set_beside_but_hung_before(root: Token) -> list[Token]:
    """ "The roundtable, organised by the Center for Global Finance, a Washington think-tank,
    opened ...": a description right after the name that the parser hung on a noun before it
    (the sentence's subject)."""
    doc, end = root.doc, root.right_edge.i
    if end + 2 >= len(doc) or doc[end + 1].text != ",":
        return []
    return [
        t
        for t in doc[end + 2 : end + 8]
        if t.dep_ == "appos" and t.left_edge.i == end + 2 and t.head.i < root.left_edge.i
    ][:1]


def _name_hung_on_its_title(root: Token) -> list[Token]:
    """ "by Yoon Ha-eun, director of the Korea AI Safety Institute, and ...": the title set
    after the name, on which the parser hung the name as a modifier."""
    head = root.head
    doc = root.doc
    if (
        root.dep_ in {"amod", "compound", "nmod"}
        and head.i == root.i + 2
        and doc[root.i + 1].text == ","
        and head.lemma_.lower() in _words("title_nouns")
    ):
        return [head]
    return []


def _called(root: Token) -> bool:
    """The name is what a noun is called: "an engineer named X", "a lawyer called X"."""
    verb = root.head
    return (
        root.dep_ in {"oprd", "dobj", "attr", "xcomp"}
        and verb.dep_ == "acl"
        and verb.lower_ in {"named", "called"}
        and verb.head.pos_ == "NOUN"
    )


def _post_by_copula(root: Token) -> frozenset[str]:
    """ "Nadia Boukhari became Algeria's first minister for the digital economy", "Morozov is
    his government's special envoy", "The company's founder, Sofia Marchetti, was the first
    witness": the post the subject (or the name beside it) holds."""
    if root.dep_ == "appos" and root.head.dep_ in _SUBJECTS:
        root = root.head
    if root.dep_ not in _SUBJECTS or root.head.lemma_ not in {"be", "become"}:
        return frozenset()
    title_nouns = _words("title_nouns")
    # (with the words before the title, as beside a name: "is a deputy assistant secretary")
    return frozenset(
        word.lemma_.lower()
        for noun in root.head.children
        if noun.dep_ == "attr" and noun.lemma_.lower() in title_nouns
        for word in [noun, *(c for c in noun.children if c.dep_ in {"compound", "amod"})]
    )


# Verbs of holding a post "as" one: "served as her deputy", "spent fourteen years as a
# safeguards inspector" (not "worked on the summit as a diplomat", which may be any diplomat's
# description of somebody the piece then calls by another title)
_IN_A_POST = frozenset({"serve", "spend", "act"})


def _post_served_in(root: Token) -> frozenset[str]:
    """ "Josefina Araya, who served as her deputy in Geneva from 2014 to 2018", "X spent fourteen
    years as a safeguards inspector": the post, and a past one (served, no more) is a former one."""
    verbs = [c for c in root.children if c.dep_ == "relcl"]
    if root.dep_ in _SUBJECTS:
        verbs.append(root.head)
    title_nouns = _words("title_nouns")
    for verb in verbs:
        if verb.lemma_.lower() not in _IN_A_POST:
            continue
        for prep in verb.children:
            if prep.dep_ != "prep" or prep.lower_ != "as":
                continue
            post = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if post is None or post.lemma_.lower() not in title_nouns:
                continue
            past = verb.tag_ == "VBD" and not any(c.dep_ == "aux" for c in verb.children)
            # ("as an engineer at Toshiba": later "the former Toshiba engineer")
            at = [
                _NAMED_BESIDE + name.lower_
                for c in post.children
                if c.dep_ == "prep" and c.lower_ in {"at", "with", "for"}
                for name in c.subtree
                if name.pos_ == "PROPN"
            ]
            return frozenset({post.lemma_.lower(), *(["former"] if past else []), *at})
    return frozenset()


# Verbs that put somebody in a post, and what they make of the one put there
_PUT_IN_A_POST = {
    "nominate": "nominee",
    "appoint": "appointee",
    "name": None,
    "elect": None,
    "choose": None,
    "pick": None,
    "select": None,
}


def _post_named_to(root: Token) -> frozenset[str]:
    """ "Karen Whitfield, nominated as under secretary of commerce, told the committee", "Ruth
    Okafor, appointed last year as chief negotiator, said": the post (and 'the nominee', 'the
    appointee', which the text may call her next)."""
    found: set[str] = set()
    title_nouns = _words("title_nouns")
    for verb in root.children:
        if verb.dep_ not in {"acl", "relcl"} or verb.tag_ != "VBN":
            continue
        lemma = verb.lemma_.lower()
        if lemma not in _PUT_IN_A_POST:
            continue
        # (the parser may read "as under secretary" as two prepositions)
        posts = [c for c in verb.children if c.dep_ == "oprd"] + [
            post
            for prep in verb.children
            if prep.dep_ == "prep" and prep.lower_ == "as"
            for c in prep.children
            for post in (c, *c.children)
            if post.dep_ == "pobj"
        ]
        for post in posts:
            if post.lemma_.lower() not in title_nouns:
                continue
            found.add(post.lemma_.lower())
            found |= {c.lemma_.lower() for c in post.children if c.dep_ in {"compound", "amod"}}
            person = _PUT_IN_A_POST[lemma]
            if person is not None:
                found.add(person)
    return frozenset(found)


_NATION = "nation:"  # "the Ghanaian minister": "nation:ghanaian" among the words describing her


# "The 64-year-old in Tartu": "in:tartu" beside the title, the place the text tied somebody to
_IN_PLACE = "in:"


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
    found = None
    if "-year-old" in paragraph_text(doc):  # (most paragraphs give nobody's age)
        found = _YEARS_OLD.search(doc[root.left_edge.i : root.i].text)  # "41-year-old Tomas Berg"
        for noun in described:
            found = found or _YEARS_OLD.search(doc[noun.left_edge.i : noun.i + 1].text)
    return {_AGE_OF + found.group(1)} if found else _age_by_copula(root)


def _age_by_copula(root: Token) -> set[str]:
    """ "Mateus Lima was 29 when ...", "X is, at 38, the youngest": the age given the subject
    (not "X is 40 percent", "was 20 minutes late")."""
    verb = root.head
    if root.dep_ not in _SUBJECTS or verb.lemma_ != "be" or verb.i < root.i:
        return set()
    doc = root.doc
    i = verb.i + 1
    while i < len(doc) and doc[i].lower_ in {",", "at", "now", "aged"}:
        i += 1
    end = sentence_of(root).end
    if i >= end or not _a_bare_age(doc[i]):
        return set()
    if any(_a_bare_age(t) for t in doc[i + 1 : end]):
        return set()  # ("was 29 when he joined and 61 when he left": which one now?)
    return {_AGE_OF + doc[i].text}


def _a_bare_age(tok: Token) -> bool:
    """A number that may be somebody's age: not "40 percent", "20 minutes", "2,000"."""
    if not tok.text.isdigit() or not 15 <= int(tok.text) <= 110:
        return False
    after = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    return after is None or not (after.pos_ in {"NOUN", "PROPN"} or after.text in {"%", "-"})


_TITLED = "title:"  # a title subject among the people a unit keeps in view


# Titles of those who speak for somebody else ("the company's spokesman")
_AIDES = frozenset({"spokesman", "spokeswoman", "spokesperson", "aide", "lawyer", "attorney"})


# A role that names the country a person speaks for ("ghana" is also kept plain, so that "the
# Ghanaian" finds her): "China's envoy" is nobody tied to another country.
_PLACE = "place:"
# "Cabinet Secretary Grace Mutua ... The CS told guests": the initials of a title written in
# capitals before the name or beside it ("initials:cs"), which "the CS" later means
_INITIALS = "initials:"


def _title_initials(ent: SpacySpan) -> frozenset[str]:
    """The initials of the capitalised title a name is written after ("Principal Secretary
    Samuel Rotich": PS) or set beside ("The Permanent Secretary in the Ministry of ICT, Dr
    Rebecca Okello": PS), of its last two to four words."""
    doc = ent.doc
    words: list[Token] = []
    k = ent.start - 1
    while k >= 0 and _is_honorific(doc[k]):
        k -= 1
    while k >= 0 and doc[k].is_title and doc[k].is_alpha and len(words) < 4:
        words.insert(0, doc[k])
        k -= 1
    root = ent.root
    if not words and root.dep_ == "appos" and root.head.is_title:
        title = root.head
        words = [c for c in title.lefts if c.is_title and c.dep_ in {"amod", "compound"}]
        words.append(title)
    if not words or words[-1].lemma_.lower() not in _words("title_nouns"):
        return frozenset()
    return frozenset(
        _INITIALS + "".join(w.text[0] for w in words[-n:]).lower() for n in range(2, len(words) + 1)
    )


_PRESS = "press:quotes"  # among the words describing a body that quoted somebody as saying


def _places_and_bodies_beside(root: Token, described: list[Token]) -> set[str]:
    """The names in the description set beside a person ("Ahmad Rahman, chief operating officer
    of a chip-testing company in Penang"; "Stephen Hale, who handled cases at the Commerce
    Department"): so that "the Penang executive" and "the Commerce official" find them; and the
    words for their work ("Dawit Alemu, who leads the ministry's modelling team": 'the
    modeller')."""
    # (and "Senator Eleanor Castellanos of Nevada": 'the Nevada Democrat')
    clauses = [
        *described,
        *(c for c in root.children if c.dep_ == "relcl" or (c.dep_ == "prep" and c.lower_ == "of")),
    ]
    name = range(root.left_edge.i, root.i + 1)  # (the name and what stands before it)
    words = [t for clause in clauses for t in clause.subtree if t.is_alpha and t.i not in name]
    names = [t for t in words if t.pos_ == "PROPN"]
    return (
        {_NAMED_BESIDE + t.lower_ for t in names} | _initials_of_names(names) | _work_words(words)
    )


def _initials_of_names(names: list[Token]) -> set[str]:
    """ "name:eff" for "Sipho Dlamini of the Economic Freedom Fighters": the initials of a name of
    two or more words in a person's description, which "the EFF member" may call the party."""
    found: set[str] = set()
    run: list[Token] = []
    for tok in [*sorted(names, key=lambda t: t.i), None]:
        if tok is not None and run and tok.i == run[-1].i + 1:
            run.append(tok)
            continue
        if len(run) >= 2 and all(t.text[:1].isupper() for t in run):
            found.add(_NAMED_BESIDE + "".join(t.text[0] for t in run).lower())
        run = [tok] if tok is not None else []
    return found


_NAMED_BESIDE = "name:"  # a name in a person's description, kept among their roles
_WORK = "work:"  # a word for what the person works at, from their description


def _work_words(words: Iterable[Token]) -> set[str]:
    """'work:modelling', 'work:meteorological': the long words of a description, which a title
    made from the same stem may stand for ('the modeller', 'the meteorologist')."""
    return {_WORK + t.lower_ for t in words if t.is_alpha and len(t) >= 6}


def _countries_beside(root: Token) -> set[str]:
    """Countries (and other places) the clause set beside a name ties the person to ("Margit
    Ruus, who represented Estonia in the drafting, ..."): so that "the Estonian" is she."""
    clauses = [c for c in root.children if c.dep_ in {"relcl", "appos", "acl"}]
    # ("Bruce Hanlon, from Queensland, said": 'the Queenslander')
    clauses += [c for c in root.children if c.dep_ == "prep" and c.lower_ == "from"]
    return {
        t.lower_
        for clause in clauses
        for t in clause.subtree
        if t.ent_type_ in {"GPE", "NORP"} and t.pos_ in {"PROPN", "ADJ"}
    }


def _countries_served(root: Token) -> set[str]:
    """The country whose body the person's own clause says they lead, represent or work for
    ("Helga Brandvold leads Norway's delegation", "X represents Kenya", "X spent two decades
    counting wheat for Kazakhstan's agriculture ministry"): so that "the Norwegian negotiator"
    is she."""
    if root.dep_ == "appos" and root.head.dep_ in _SUBJECTS:
        root = root.head
    if root.dep_ != "nsubj":
        return set()
    verb = root.head
    verbs = [verb, *(c for c in verb.children if c.dep_ in {"xcomp", "advcl"})]
    served: set[str] = set()
    for v in verbs:
        objects = [c for c in v.children if c.dep_ == "dobj"]
        objects += [
            o for c in v.children if c.dep_ == "prep" and c.lower_ == "for" for o in c.children
        ]
        for obj in objects:
            if obj.ent_type_ == "GPE" and v.lemma_.lower() in _SERVING:
                served.add(obj.lower_)  # "represents Kenya"
            served |= {
                c.lower_
                for c in obj.children
                if c.dep_ == "poss" and c.ent_type_ == "GPE" and c.pos_ == "PROPN"
            }
        if v.lemma_.lower() in _WORKING_FOR:
            # "X has spent a decade in climate negotiations for Fiji", however "for" was hung
            served |= {
                place.lower_
                for t in v.subtree
                if t.lower_ == "for" and t.dep_ == "prep" and t.head.dep_ not in {"relcl", "ccomp"}
                for place in t.children
                if place.dep_ == "pobj" and place.ent_type_ == "GPE" and is_country(place.text)
            }
    return served | {_PLACE + country for country in served}


# Verbs of a working life, whose "for Fiji" is the country the person works for
_WORKING_FOR = frozenset({"spend", "work", "negotiate", "serve", "speak", "advise"})


_SERVING = frozenset({"represent", "serve"})


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
    if any(a.dep_ == "agent" for a in noun.ancestors):
        return None  # ("Pressed by the chair on the figures, Ms Seddon conceded": who pressed)
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        # "the EU's special envoy for digital affairs, Henrik Sørensen": the title the phrase
        # ends on belongs to "envoy"
        title = noun.head.head
        if title.lemma_.lower() in _words("title_nouns"):
            return title
    return noun if noun.tag_ == "NN" else None


def _people(  # type: ignore[no-untyped-def]
    unit: SpacySpan, tokens: list[Token], capitalised: list[int], ents: list[SpacySpan], quoted
) -> list[Person]:
    """The people the unit names (``capitalised``: where its words that open on a capital
    stand)."""
    people: list[Person] = []
    titles = _titles()
    for ent in ents:
        honoured = ent.start > 0 and _is_honorific(ent.doc[ent.start - 1])
        if quoted(ent[0]) or not (
            ent.label_ == "PERSON"
            or honoured
            or _a_name_described_with_who(ent)
            or _a_name_set_beside_a_title(ent)
            or _a_place_given_a_title(ent)
        ):
            continue  # "Ms Ruiz" is a person whatever label the tagger gave the name
        if ent[0].lower_ in _words("not_person_names") or _a_plural_of_people(ent):
            continue
        if ent[-1].lower_ in _PARTY_MEMBERS:
            continue  # "a Christian Democrat", tagged as a name: a party's member
        if not honoured and _a_place_by_its_slot(ent):
            continue  # "on Java's north coast", "in isiZulu and Sesotho", "the Emirates"
        if _described_as_a_body(ent.root):
            continue  # "Kestrel Labs, a Boston firm, ...": a body the tagger took for a person
        if _a_word_opening_the_sentence(ent):
            continue  # "Smarter is welcome" after "'smarter, leaner' missions": no name
        if not honoured and _a_people_or_a_country(ent):
            continue  # "the Slovak", "The Kazakh reckons": a nationality, not a name
        before = ent[0].nbor(-1) if ent.start > 0 else None
        gender = titles.get(before.lower_) if before is not None else None
        name, marked = _clean_name(_as_written(ent))
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
        # (any word of the name that hangs outside it: "Beatrix Holm, a researcher ...,
        # closed for the opposition" with "Beatrix" read as a verb and "Holm" the subject)
        outer = [t for t in ent if t.i == root.i or not ent.start <= t.head.i < ent.end]
        subject = (
            set_off
            or any(_subject_or_beside_it(t) for t in outer)
            or _before_its_pronoun(root)
            or _introduced_as_the_topic(root)
            or _reached_by_the_author(root)
            or _whose_view_opens_the_sentence(root)
            or _whose_thing_the_sentence_is_about(root)
            or _given_as_a_name(root)
        )
        roles = frozenset(_roles(root)) | _title_initials(ent)
        gender = gender or marked or _kin_gender(roles)  # ("Chen's husband, Lin Wei-jie")
        people.append(Person(name, gender, roles, subject, ent.start_char))
    return people + _honoured(unit, tokens, capitalised, ents, quoted, titles)


def _as_written(ent: SpacySpan) -> str:
    """A person's name as the text writes it, with the given name the tagger left out of the
    entity ("Mehmet Yıldız" with only "Yıldız" tagged)."""
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    if (
        before is not None
        and not before.ent_type_
        and before.is_title
        and ent.start <= before.head.i < ent.end
        and _a_given_name(before.text)
    ):
        return f"{before.text} {ent.text}"
    first = ent[0]
    if len(ent) > 1 and first.is_sent_start and first.lower_.endswith("ing"):
        return ent[1:].text  # ("Quoting Halvorsen's post, she wrote ...": Halvorsen)
    return ent.text


# Labels the tagger gives a person's name it misreads as a place or a body ("The Argentine,
# Martín Echeverría-Soler, warned": a place)
_MISREAD_NAMES = frozenset({"GPE", "LOC", "ORG", "NORP", "FAC"})


def _a_name_set_beside_a_title(ent: SpacySpan) -> bool:
    """ "The Argentine, Martín Echeverría-Soler, warned", "Her deputy, Selin Aydın, said": a
    name of two words or more that opens on a given name, set beside a title or a nationality,
    whatever the tagger took it for."""
    if ent.label_ not in _MISREAD_NAMES or len(ent) < 2 or not _a_given_name(ent[0].text):
        return False
    root = ent.root
    if root.dep_ != "appos":
        return False
    title = root.head
    if any(c.dep_ == "prep" and c.i < ent.start for c in title.children):
        return False  # "A spokesperson for one of the firms, Tsubasa Devices, told": the firm
    return title.lemma_.lower() in _words("title_nouns") or (
        title.text[:1].isupper() and is_nationality(title.text)
    )


def _a_place_given_a_title(ent: SpacySpan) -> bool:
    """ "Darmawan, Indonesia's ambassador to the United Nations, ...": a single name the tagger
    took for a place, with a title set beside it (no country is an ambassador)."""
    if ent.label_ not in {"GPE", "LOC"} or ent.text.isupper():
        return False  # ("NAIROBI (Reuters) - Kenya's cabinet secretary": a dateline)
    titles = _words("title_nouns")
    return any(
        c.dep_ == "appos" and c.lemma_.lower() in titles for c in ent.root.children
    ) and not is_country(ent.text)


def _a_name_described_with_who(ent: SpacySpan) -> bool:
    """Two to four capitalised words the tagger took for a body that a 'who' clause describes
    ("Anjani Putri, who studies public-sector algorithms, ..."): bodies take 'which'."""
    if ent.label_ != "ORG" or not 2 <= len(ent) <= 4:
        return False
    if not any(
        c.dep_ == "relcl" and any(d.dep_ == "nsubj" and d.lower_ == "who" for d in c.children)
        for c in ent.root.children
    ):
        return False
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    if before is not None and (
        before.lower_ == "the" or (before.pos_ == "PROPN" and before.text[:1].isupper())
    ):
        return False  # ("Ana Sofía Treviño" with "Sofía Treviño" tagged: the longer name)
    body_words = _body_words()
    # (the parts of a hyphenated given name count as one word: "Han Soo-jin")
    words = [t for t in ent if t.text != "-" and not (t.i > 0 and t.nbor(-1).text == "-")]
    return not any(not t.text[:1].isupper() or t.lower_ in body_words for t in words)


@cache
def _body_words() -> frozenset[str]:
    return _words("organisation_name_words") | _words("organisation_nouns")


# Nouns for a part of a place ("Java's north coast", "Sesotho's heartland")
_PARTS_OF_A_PLACE = frozenset(
    {"coast", "north", "south", "east", "west", "border", "borders", "capital", "outskirts",
     "streets", "province", "provinces", "region", "regions", "shore", "shores", "ports",
     "port", "heartland", "interior", "hinterland", "highlands", "islands", "suburbs"}
)  # fmt: skip
_PLACE_LABELS = frozenset({"GPE", "LOC", "LANGUAGE", "FAC"})
# Prepositions that put a place after them ("in", "across"), not a person
_LOCATIVE = frozenset(
    {"in", "on", "across", "near", "outside", "throughout", "around", "inside", "within"}
)


def _a_place_by_its_slot(ent: SpacySpan) -> bool:
    """A one-word "person" where only a place or a language goes: after a locative preposition
    ("in isiZulu and Sesotho"), owning a part of a place ("on Java's north coast") or after
    'the' ("the Emirates want") or coordinated with a place — unless it is a known given
    name."""
    if len(ent) != 1 or _a_given_name(ent.text):
        return False
    node = ent.root
    doc = ent.doc
    if ent.start > 0 and doc[ent.start - 1].lower_ == "the":
        return True
    if (  # coordinated with a place ("isiZulu and Sesotho", "Gauteng or Limpopo")
        ent.start > 1
        and doc[ent.start - 1].lower_ in {"and", "or"}
        and doc[ent.start - 2].ent_type_ in _PLACE_LABELS
    ):
        return True
    if node.dep_ == "poss":
        if node.head.lower_ not in _PARTS_OF_A_PLACE:
            return False  # "in Smith's view": a person's
        node = node.head
    while node.dep_ == "conj":
        node = node.head
    return node.dep_ == "pobj" and node.head.lower_ in _LOCATIVE


def _a_people_or_a_country(ent: SpacySpan) -> bool:
    """A one-word 'name' that is a nationality or a country ("Slovak", "Kazakh", "Chile") and
    no known given name ("Jordan", "Chad" may be people)."""
    word = ent.text
    return len(ent) == 1 and (is_nationality(word) or is_country(word)) and not _a_given_name(word)


def _a_word_opening_the_sentence(ent: SpacySpan) -> bool:
    """A one-word 'name' that opens its sentence, where any word has a capital, and that the text
    also writes in lower case: a word, not a name."""
    if len(ent) != 1 or ent.start != ent.sent.start:
        return False
    low = ent.text.lower()
    return any(t.text == low for t in ent.doc)


# "The model's developer, Qingyun Intelligence" is a company ("the developer, Ana Ruiz" is a
# person: a known given name)
# ("The Veldhoven-based toolmaker Lithoptix", "the carmaker"; not "the lawmaker")
_MAYBE_A_BODY = frozenset(
    {"developer", "toolmaker", "carmaker", "automaker", "drugmaker", "planemaker", "steelmaker"}
)
_NOUN_LIKE = frozenset({"NOUN", "ADJ"})


def _described_as_a_body(root: Token) -> frozenset[str]:
    """The words that describe a name as an organisation, however the parser hung them: 'Drone
    maker Lingfeng Aviation', 'Kestrel Labs, a Boston firm', 'a lithography-software firm,
    Optiqa', "the model's developer, Qingyun Intelligence" ({"its"} when what the name does is
    its own, "Stratus Cloud ... has offered to run its business"; empty when nothing does)."""
    if root.lower_ in _words("organisation_name_words") and root.text[:1].isupper():
        return frozenset({root.lower_})  # "Korvane Robotics" (not "sell semiconductors")
    first = next((t for t in root.lefts if t.pos_ == "PROPN" and t.dep_ == "compound"), root)
    nouns = _words("organisation_nouns")
    beside_it = [c for c in root.children if c.dep_ == "appos" and c.pos_ == "NOUN"]
    if root.dep_ == "appos" and root.head.pos_ == "NOUN":
        beside_it.append(root.head)
    if _a_given_name(first.text):
        # "In a letter to the ministry, Ana Ruiz said": a person, unless a noun is set beside
        # the name ("The company, Qamar Health Intelligence, was represented by ...")
        # (not "Her old boss at the insurer, Takeshi Okabe, ...": the name is the boss's; nor
        # "Nomvula Dlamini, a South African broadcaster" or "the veteran broadcaster Ramon
        # Villanueva": a person's work)
        opens = root.left_edge.i
        described = [
            n
            for n in beside_it
            if n.i == root.head.i
            and n.tag_ == "NN"
            and n.dep_ != "pobj"
            and any(c.dep_ == "det" and c.lower_ == "the" for c in n.children)
            and opens > 0
            and root.doc[opens - 1].text == ","
        ]
    else:
        # (a noun the tagger may take for an adjective: "the toolmaker Lithoptix")
        described = [c for c in root.lefts if c.dep_ == "compound" and c.pos_ in _NOUN_LIKE]
        described += beside_it
        beside = _set_beside(root)
        if beside is not None:
            described.append(beside)
        before = _described_just_before(root)
        if before is not None:
            described.append(before)
    for noun in described:
        lemma = _hyphenated(noun) or noun.lemma_.lower()  # ("a non-profit that monitors ...")
        if lemma in nouns or lemma in _MAYBE_A_BODY:
            words = [noun, *(c for c in noun.children if c.dep_ in {"compound", "amod"})]
            return frozenset(t.lemma_.lower() for t in words)
    if not _a_given_name(first.text) and _what_it_does_is_its_own(root):
        return frozenset({"its"})
    return frozenset()


def _what_it_does_is_its_own(root: Token) -> bool:
    """'Stratus Cloud, one of the largest, has offered to run its European business': the name
    is the subject of a verb whose object is 'its' something (the verb's own, or that of the
    verb it leads to), so the name is a thing's, whatever the tagger says (not what a clause
    it reports says: 'Ana Ruiz said its budget was cut')."""
    if root.dep_ != "nsubj":
        return False
    verbs = [root.head]
    verbs += [c for c in root.head.children if c.dep_ == "xcomp"]
    objects = [
        o
        for verb in verbs
        for o in (
            *verb.children,
            *(g for c in verb.children if c.dep_ == "prep" for g in c.children),
        )
        if o.dep_ in {"dobj", "pobj"}
    ]
    return any(p.dep_ == "poss" and p.lower_ == "its" for o in objects for p in o.children)


def _set_beside(root: Token) -> Token | None:
    """The phrase set off by a comma just after the name, however the parser hung it ("Shares in
    Korvex, the Utrecht-based maker of ..., fell", with "maker" set beside "Shares")."""
    doc, comma = root.doc, root.i + 1
    if comma + 1 >= len(doc) or doc[comma].text != ",":
        return None
    return next(
        (t for t in doc[comma + 1 : comma + 8] if t.dep_ == "appos" and t.left_edge.i == comma + 1),
        None,
    )


def _in_entities(ents: list[SpacySpan]) -> set[int]:
    """The indices of the words the tagger put in an entity."""
    return {i for ent in ents for i in range(ent.start, ent.end)}


def _places_ending_a_name(ents: list[SpacySpan]) -> set[int]:
    """The words of a place the tagger found at the end of a name it did not see ("Standards
    Watch Asia", "Transparency International Kenya"): capitalised words before the place that
    hang on it."""
    found: set[int] = set()
    for ent in ents:
        if ent.label_ not in {"GPE", "LOC"} or ent.start == 0:
            continue
        before = ent.doc[ent.start - 1]
        if _part_of_the_name(before, True) and before.head.i in range(ent.start, ent.end):
            found.update(range(ent.start, ent.end))
    return found


def _part_of_the_name(tok: Token, before_a_place: bool) -> bool:
    """A capitalised word the parser hung on the next as part of one name; before a place, a
    noun too ("Standards", read as a plural noun, in "Standards Watch Asia")."""
    return (
        tok.dep_ == "compound"
        and tok.text[:1].isupper()
        and (tok.pos_ == "PROPN" or (before_a_place and tok.pos_ == "NOUN"))
    )


def _bodies_the_tagger_missed(
    tokens: list[Token], ents: list[SpacySpan], quoted
) -> tuple[tuple[str, int, bool, frozenset[str]], ...]:  # type: ignore[no-untyped-def]
    """Names outside any entity that a description marks as a body: 'a video platform,
    Klipzo, ...'."""
    ending = _places_ending_a_name(ents)
    in_ents = _in_entities(ents) - ending
    found = []
    for tok in tokens:
        if tok.pos_ != "PROPN" or tok.dep_ == "compound" or tok.i in in_ents or quoted(tok):
            continue
        described = _described_as_a_body(tok)
        if described:
            first = tok.i  # the whole run of capitalised words: "African Union Commission"
            while first > 0 and _part_of_the_name(tok.doc[first - 1], tok.i in ending):
                first -= 1
            name = tok.doc[first : tok.i + 1]
            if _a_dateline(name):  # "GENEVA — A coalition of ...": the dateline's place
                continue
            found.append((name.text, name.start_char, _subject_or_beside_it(tok), described))
    return tuple(found)


# A word with a capital inside it, as firms, groups and accounts are called ("PeaceWatchNow",
# "OpenAI"), but not a surname after a prefix ("McCarthy", "DeSantis", "LeBlanc", "VanDyke")
_INNER_CAPITAL = re.compile(r"[a-z][A-Z]")
_SURNAME_PREFIX = re.compile(r"(?:Mc|Mac|De|Di|Da|Du|Le|La|Van|Von|Fitz)[A-Z]")


def _names_in_camel_case(
    tokens: list[Token], capitalised: list[int], ents: list[SpacySpan], quoted
) -> tuple[tuple[str, int, bool, frozenset[str]], ...]:  # type: ignore[no-untyped-def]
    """ "PeaceWatchNow did not respond to messages. In a follow-up post, however, it insisted
    ...": a name the tagger did not see (it read it as a noun) whose inner capitals make it a
    body's, which 'it' may then mean (``capitalised``: where the words that open on a capital
    stand, the only ones such a name can be)."""
    # (the tagger's flags first: most capitalised words are in title case)
    words = [
        tok
        for tok in (tokens[at] for at in capitalised)
        if not tok.is_title
        and not tok.is_upper
        and tok.is_alpha
        and _INNER_CAPITAL.search(tok.text)
    ]
    if not words:
        return ()
    in_ents = _in_entities(ents)
    return tuple(
        (tok.text, tok.idx, _subject_or_beside_it(tok), frozenset())
        for tok in words
        if not _SURNAME_PREFIX.match(tok.text)
        and tok.i not in in_ents
        and not quoted(tok)
        # (not where words were posted: "In a post on WeChat, the company said")
        and not (tok.dep_ == "pobj" and tok.head.lower_ in {"on", "via"})
    )


# Bodies a noun phrase names by what they are: "The US embassy in Beijing", "The Bjuv municipal
# council", "Germany's foreign ministry".
_PUBLIC_BODIES = frozenset(
    {"embassy", "consulate", "ministry", "department", "council", "court", "tribunal",
     "parliament", "assembly", "senate", "commission", "committee", "agency", "regulator",
     "authority", "office", "secretariat", "government", "cabinet", "delegation", "mission",
     "navy", "coastguard", "army", "police"}
)  # fmt: skip


# the columns' ids of a common and a proper noun's tags (_bodies_called_by_their_sort, _mentions)
_NN, _NNP = string_id("NN"), string_id("NNP")


def _bodies_called_by_their_sort(
    tokens: list[Token], columns: Columns, ents: list[SpacySpan], quoted
) -> tuple[tuple[str, int, bool, frozenset[str]], ...]:  # type: ignore[no-untyped-def]
    """A public body no tagger names, called by its sort and marked by a place or a name: "The
    US embassy in Beijing said", "The Bjuv municipal council voted", "Germany's foreign ministry"
    (not "an embassy", nor "the ministry" alone, nor "the ministry's spokesman")."""
    in_ents: set[int] | None = None
    found = []
    for tok, tag in zip(tokens, columns.tag, strict=True):
        if (
            not (tag == _NN or (tag == _NNP and tok.is_lower))  # (a tagger's slip)
            or tok.lemma_.lower() not in _PUBLIC_BODIES
        ):
            continue
        if in_ents is None:
            in_ents = _in_entities(ents)
        if (
            tok.dep_ in {"compound", "poss", "appos"}
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


def _a_name_no_tagger_saw(run: list[Token]) -> bool:
    """ "Somphone Keomany built the first version of the model in 2019": two or three words in
    capitals that open the sentence as the subject of its main verb, which the tagger saw as
    no name of any kind (a body's or a place's name it mostly does see)."""
    last = run[-1]
    return (
        len(run) in {2, 3}
        and run[0].is_sent_start
        and last.dep_ == "nsubj"
        and last.head.dep_ == "ROOT"
        and last.head.pos_ == "VERB"
        and all(t.is_alpha and t.is_title and not t.ent_type_ for t in run)
        and not any(is_nationality(t.text) or is_country(t.text) for t in run)
        # ("Deputy Minister of Communication ... Sri Wahyuni Hartono": a title in capitals; "Col
        # Siriporn Chaiyasit": a rank before a given name, which the name is read from)
        and not any(
            t.lower_ in _words("title_nouns") or _is_honorific(t) or t.lower_ in _titles()
            for t in run
        )
        and not _a_given_name(run[1].text)
    )


def _honoured(  # type: ignore[no-untyped-def]
    unit: SpacySpan,
    tokens: list[Token],
    capitalised: list[int],
    ents: list[SpacySpan],
    quoted,
    titles,
) -> list[Person]:
    """People the tagger did not see as names but an honorific, a known given name or a title
    beside the name marks: "Ms Ruiz is calmer", "Ana Ruiz runs the lab", "Urs Rieder, a Swiss
    engineer, ..."."""
    named = {
        i
        for ent in ents
        if ent.label_ == "PERSON" or _a_name_described_with_who(ent)
        for i in range(ent.start, ent.end)
    }
    found: list[Person] = []
    k = 0
    final_word = len(tokens) - 1  # (a name needs a word after its first)
    for at in capitalised:
        if at >= final_word:
            break
        if at < k:
            continue  # (a word of the name just read)
        tok = tokens[at]
        k = at + 1
        honorific = _is_honorific(tok)
        name_like = tok.pos_ == "PROPN" and tok.i not in named
        given = name_like and _a_given_name(tok.text)
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
            if nxt.pos_ != "PROPN" or nxt.i in named:
                break
            # ("Han Ji-won", "Park Sung-ho": the part after the hyphen in lower case)
            if not nxt.text[:1].isupper() and not _joins_a_name(nxt.doc[nxt.i - 1], run):
                break
            run.append(nxt)
        if len(run) < (1 if honorific else 2):
            continue
        if not (honorific or given or _titled_beside(run[-1]) or _a_name_no_tagger_saw(run)):
            continue
        if not (honorific or given) and run[-1].ent_type_ == "ORG" and _a_party_beside(run[-1]):
            continue  # "The claimant, Jakarta-based Nusantara Compute, says": a firm may sue
        if not honorific and run[-1].lower_ in _words("organisation_name_words"):
            continue  # "the London firm Harcourt Adeyemi LLP": a firm named after a person
        if run[-1].lower_ in _PARTY_MEMBERS:
            continue  # "The Flemish Christian Democrat": a party's member, no name
        if not honorific and _described_as_a_body(run[-1]):
            continue  # "The company, Qamar Health Intelligence, was represented by ..."
        k = run[-1].i - unit.start + 1
        last = run[-1]
        subject = (
            _subject_or_beside_it(last)
            or _before_its_pronoun(last)
            or _introduced_as_the_topic(last)
            or _reached_by_the_author(last)
            or _whose_thing_the_sentence_is_about(last)
            or _given_as_a_name(last)
        )
        gender = titles.get(tok.lower_) if honorific else _given_name(tok.text)
        name = _name_text(run)
        found.append(Person(name, gender, frozenset(_roles(last)), subject, run[0].idx))
    return found


def _a_dateline(ent: SpacySpan) -> bool:
    """ "ADDIS ABABA —", "LONDON (Reuters) -": a place in capitals opening the sentence, then a
    dash or the agency, which the tagger may take for a body."""
    if not ent.text.isupper() or ent.start - ent.sent.start > 1:  # (the cheaper test first)
        return False
    after = ent.doc[ent.end : ent.end + 5]
    if after and after[0].text == "(":  # "LONDON (Reuters) -"
        close = next((t.i for t in after if t.text == ")"), None)
        after = ent.doc[close + 1 : close + 2] if close is not None else after[:0]
    return bool(after) and after[0].text in _DASHES


# labels the tagger gives a body's name it took for a work or an event ("The Open Evidence Lab")
_WORKS_AND_EVENTS = frozenset({"WORK_OF_ART", "PRODUCT", "LAW", "EVENT"})


def _a_body_by_its_name(ent: SpacySpan) -> bool:
    """ "The Open Evidence Lab", tagged as a work of art: a name that ends in a body's word."""
    return ent.label_ in _WORKS_AND_EVENTS and ent.root.lower_ in _words("organisation_name_words")


def _a_person_by_name(ent: SpacySpan) -> bool:
    """A name the tagger took for an organisation that a given name opens ("Helena Marsh"),
    unless something calls it a body ("Jean Monnet Foundation", "Kestrel Labs, a firm")."""
    if _a_name_described_with_who(ent):
        return True
    words = [t for t in ent if t.lower_ not in {"the", "a", "an"}]
    nouns = _words("organisation_nouns")
    return (
        len(words) > 1
        and _a_given_name(words[0].text)
        and not _described_as_a_body(ent.root)
        and ent.root.lower_ not in _words("organisation_name_words")
        # ("Sharon Vision, an Israeli maker of ...": a firm)
        and not any(c.dep_ == "appos" and c.lemma_.lower() in nouns for c in ent.root.children)
    )


def _joins_a_name(tok: Token, run: list[Token]) -> bool:
    """A hyphen inside a name with no space around it: between two capitalised words
    ("Nkosi-Mahlangu") or in a given name of two syllables ("Ji-won", "Sung-ho")."""
    doc = tok.doc
    return (
        tok.text == "-"
        and bool(run)
        and run[-1].i == tok.i - 1
        and not run[-1].whitespace_
        and not tok.whitespace_
        and tok.i + 1 < len(doc)
        and (doc[tok.i + 1].text[:1].isupper() or doc[tok.i + 1].pos_ == "PROPN")
    )


def _name_text(run: list[Token]) -> str:
    """The words of a name as written, hyphenated parts joined ("Anne-Sophie Lefèvre-Durand")."""
    doc = run[0].doc
    return doc[run[0].i : run[-1].i + 1].text


def _a_plural_of_people(ent: SpacySpan) -> bool:
    """'Fewer Westerners turn up': a plural after a word that is no name ('Aalders' is one)."""
    return ent.root.tag_ in {"NNS", "NNPS"} and ent[0].pos_ != "PROPN"


# Roles a body holds as well as a person: a party to a case or a deal
_PARTIES = frozenset(
    {"claimant", "defendant", "plaintiff", "respondent", "applicant", "appellant", "petitioner",
     "complainant", "bidder", "buyer", "seller", "owner", "operator", "partner", "sponsor",
     "winner", "client", "customer", "supplier", "contractor"}
)  # fmt: skip


def _a_party_beside(name: Token) -> bool:
    """ "The claimant, Nusantara Compute": the word beside the name is a role a body holds too."""
    beside = [c for c in name.children if c.dep_ == "appos"]
    if name.dep_ == "appos":
        beside.append(name.head)
    return any(t.lemma_.lower() in _PARTIES for t in beside)


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
