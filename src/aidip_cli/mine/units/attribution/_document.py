"""Who said it, step 2: the document read in order; pronouns, titles and bodies resolved to
the people and organisations the text means."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import NamedTuple, TypeGuard

from ....lexicons.nationalities import is_country, is_nationality, of_that_country
from ....schema import Attribution, Span
from ._frames import _DEMONYMS, _FIRMS, _ORDINALS, _agent_noun
from ._people import (
    _IN_PLACE,
    _INITIALS,
    _NAMED_BESIDE,
    _NATION,
    _PLACE,
    _PRESS,
    _SAME_POST,
    _TITLED,
    _WORK,
    _ages,
    _clean_name,
)
from ._records import Frame, Person, Voice, replace
from ._vocabulary import (
    _INDEFINITE,
    _KIN_MEN,
    _KIN_WOMEN,
    _OPPONENTS,
    _OWNER,
    _PAIR,
    _PLURAL_SOURCES,
    _POSSESSIVE_DETERMINERS,
    _POSSESSIVE_PRONOUNS,
    _PRONOUN_GENDER,
    _RELATIONS,
    _SILK,
    _SPLIT_REPORTED,
    NAMED,
    NONE,
    VAGUE,
    _a_given_name,
    _titles,
    _words,
)

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


@dataclass
class _Known:
    """A person the document has named so far."""

    name: str
    tokens: frozenset[str]
    gender: str | None
    roles: set[str] = field(default_factory=set)
    mentioned: float = -1  # unit index of the last mention (-0.5: the headline)
    # unit index where they last spoke or were a subject (less half a unit where only their
    # 'his' or 'her' opened the subject: "Her deputy, Hanne Rustad, ...")
    salient: float = -1


# Honorifics that say nothing of a post, and the posts written before a name instead of them
# ("Professor Wang", "Dr Wang", "Judge Wang": seldom "Mr Wang")
_PLAIN_HONORIFICS = frozenset({"mr", "ms", "mrs", "miss", "mx"})
_WRITTEN_INSTEAD_OF_MR = frozenset(
    {"professor", "doctor", "judge", "justice", "general", "colonel", "admiral", "senator"}
)

_COUNSEL = frozenset({"barrister", "counsel", "lawyer", "silk"})


def _words_of_a_name(name: str) -> list[str]:
    """The words of a name in lower case, without the letters after it ("Priya Ramaswamy KC":
    "priya", "ramaswamy"), which another barrister's name has too."""
    words = name.split()
    while len(words) > 1 and words[-1] in _SILK:
        words.pop()
    return [w.lower() for w in words]


class _People:
    def __init__(self, opening: frozenset[int] = frozenset()) -> None:
        self.known: list[_Known] = []
        # every word (and part of a hyphenated word) of the names of more than one word: most
        # capitalised words a unit holds are none of them, and need no search
        self._name_words: set[str] = set()
        # the units of the piece's first paragraph, and the first person it names there (the
        # one a narrative opening is about: "Leila Haddad took off her headphones ...")
        self.opening = opening
        self.opened_on: _Known | None = None
        # whether the last ``titled`` found nobody the text called so, only the one in view
        self.guessed = False
        # whether the unit before the one being read is (part of) a quotation
        self.after_quotation = False

    def find(
        self, name: str, honorific: str | None = None, *, gender: str | None = None
    ) -> _Known | None:
        """The person named before whom this name means: the last named, unless an
        ``honorific`` tells two of one surname apart ("Mr Wang", "Professor Wang"), or the
        ``gender`` the text gave the name does ("Her nephew, Nikos Papadimitriou" after Eleni
        Papadimitriou: 'Ms Papadimitriou' is she)."""
        split = _words_of_a_name(name)
        words = frozenset(split)
        last = split[-1] if split else ""
        found = (
            person
            for person in reversed(self.known)
            if (last in person.tokens or words <= person.tokens) and not _kin(name, person.name)
        )
        first = next(found, None)
        if first is None or (honorific is None and gender is None):
            return first
        others = list(found)
        if not others:
            return first
        if honorific is None:
            other = _OTHER_GENDER.get(gender or "")
            return next((p for p in (first, *others) if p.gender != other), first)
        title = honorific.lower().rstrip(".")
        gender = _titles().get(title)
        other = _OTHER_GENDER.get(gender or "")
        for fits in (
            lambda p: title in p.roles,
            lambda p: gender is not None and p.gender == gender,
            # "Wang Jiayi, a professor ... Mr Wang said": not the one the text gave a title that
            # would be written before the name instead
            lambda p: (
                title in _PLAIN_HONORIFICS
                and p.gender != other
                and not p.roles & _WRITTEN_INSTEAD_OF_MR
            ),
        ):
            chosen = next((p for p in (first, *others) if fits(p)), None)
            if chosen is not None:
                return chosen
        return first

    def note(self, person: Person, unit: float) -> _Known:
        known = self.find(person.name, gender=person.gender)
        if known is None:
            known = _Known(person.name, frozenset(_words_of_a_name(person.name)), person.gender)
            self.known.append(known)
        elif len(person.name) > len(known.name):
            known.name = person.name
            known.tokens = known.tokens | frozenset(_words_of_a_name(person.name))
        words = _words_of_a_name(known.name)
        if len(words) > 1:
            self._name_words.update(words, (part for w in words for part in w.split("-")))
        known.gender = known.gender or person.gender
        known.roles |= person.roles
        if person.name.rsplit(" ", 1)[-1] in _SILK:  # "Anne Kellaway KC": 'the barrister'
            known.roles |= _COUNSEL
        known.mentioned = unit
        if person.subject:
            known.salient = unit
        if self.opened_on is None and unit in self.opening:
            self.opened_on = known
        return known

    def mention(
        self, word: str, unit: int, *, subject: bool, posts: frozenset[str] = frozenset()
    ) -> None:
        """A bare surname of somebody named before ("Sommerfeld was not satisfied"; "Morozov is
        his government's special envoy": ``posts``)."""
        person = self.by_word(word)
        if person is not None:
            person.mentioned = unit
            person.roles |= posts
            if subject:
                person.salient = unit

    def by_word(self, word: str) -> _Known | None:
        """The person named before whom a word of their name alone means: the last whose
        surname it is, else the last whose name holds it."""
        low = word.lower()
        if low not in self._name_words:
            return None
        last = (
            p
            for p in reversed(self.known)
            if len(p.tokens) > 1 and low == p.name.split()[-1].lower()
        )
        # ("Han, a former trade negotiator, ...": Han Seo-yeon, the family name first)
        return next(last, None) or self.surname(word)

    def surname(self, word: str) -> _Known | None:
        """The person named before whose full name holds this word ("Rojas" for Valentina Rojas
        Correa, "Park" for Park Min-jun)."""
        low = word.lower()
        if low not in self._name_words:
            return None
        words = [(p, p.name.lower().split()) for p in reversed(self.known)]
        return next((p for p, name in words if len(name) > 1 and low in name), None) or next(
            # ("Mensah-Bonsu shrugged", which the tagger splits at the hyphen)
            (p for p, name in words if len(name) > 1 and any(low in w.split("-") for w in name)),
            None,
        )

    def initialled(self, initials: str) -> _Known | None:
        """The person last mentioned whose title's initials these are ("the CS": the Cabinet
        Secretary)."""
        role = _INITIALS + initials.lower()
        fits = [p for p in self.known if role in p.roles]
        return max(fits, key=lambda p: p.mentioned) if fits else None

    def of_nation(self, demonym: str) -> _Known | None:
        """The person last named as of this nation ("a Kenyan lawyer") or tied to its country
        ("who represented Estonia": 'the Estonian')."""
        adjective = _DEMONYMS.get(demonym)
        for person in sorted(self.known, key=lambda p: -p.mentioned):
            for role in person.roles:
                stem = role if len(role) <= 4 else role[:-1]  # "iran" is no "iraqi"
                if role in (demonym, adjective) or (len(role) > 3 and demonym.startswith(stem)):
                    return person
                if role.startswith(_PLACE) and of_that_country(
                    role.removeprefix(_PLACE), {adjective or demonym}
                ):  # "Poland's cyber ambassador": 'the Pole'
                    return person
                if is_country(role) and of_that_country(role, {adjective or demonym}):
                    return person  # "an official in Uzbekistan's trade ministry": 'the Uzbek'
        # ("who heads evaluation at the Japan AI Safety Institute": 'the Japanese engineer')
        tied = [person for person in self.known if _a_country_named_beside(person, demonym)]
        return tied[0] if len(tied) == 1 else None

    def of_place(self, place: str) -> _Known | None:
        """The one person the text tied to this place ("Mihkel Org, a physics teacher in
        Tartu"), for "the 64-year-old in Tartu"; nobody when it tied several there."""
        tied = [p for p in self.known if _NAMED_BESIDE + place in p.roles]
        return tied[0] if len(tied) == 1 else None

    def pronoun(
        self, gender: str, before: int, *, besides: frozenset[str] = frozenset()
    ) -> _Known | None:
        """The person a 'he' or 'she' means (``besides``: names it cannot mean)."""
        fits = [
            p
            for p in self.known
            if p.mentioned > -1 and p.gender in (gender, None) and p.name not in besides
        ]
        if not fits:
            return None
        salient = [p for p in fits if p.salient >= 0 and p.salient >= before - _IN_VIEW_REACH]
        opened_on = self.opened_on
        if (
            not salient
            and not self.after_quotation
            and opened_on is not None
            and opened_on in fits
            and opened_on.gender == gender
            and not any(p.mentioned >= before - 1 and p is not opened_on for p in fits)
        ):
            # "In his final decade he turned to AI" in a piece that opened on him, after others
            # spoke of him: nobody in view, the one the piece is about (not right after a
            # quotation, whose speaker stays in view while it goes on, nor after a sentence
            # that names another who may be meant: "Her old boss, Takeshi Okabe, ...")
            return opened_on
        pool = salient or fits
        # among equally recent antecedents, one known to be of the pronoun's gender
        return max(
            pool,
            key=lambda p: (p.salient if salient else p.mentioned, p.gender == gender, p.mentioned),
        )

    def called(
        self, title: str, before: int, gender: str | None = None, *, opening: bool = False
    ) -> _Known | None:
        """The person the text gave this title, or ("nation:norwegian") this nation (of the
        ``gender``, when given; ``opening``: see ``titled``)."""
        if title.startswith(_NATION):
            return self.of_nation(title.removeprefix(_NATION))
        if title.startswith(_IN_PLACE):
            return self.of_place(title.removeprefix(_IN_PLACE))
        return self.titled(title, before, anyone=False, gender=gender, opening=opening)

    def titled(
        self,
        title: str,
        before: int,
        *,
        anyone: bool = True,
        described: frozenset[str] = frozenset(),
        besides: frozenset[str] = frozenset(),
        asked: frozenset[str] = frozenset(),
        gender: str | None = None,
        opening: bool = False,
    ) -> _Known | None:
        """The person the text called by this title (the one it also ``described`` so, among
        several: "the Swiss engineer"; of the ``gender``, when given), else (``anyone``: no
        unnamed source has that title) the person last in view; else (``opening``, for a title
        the text gives as a subject or to the one it talks to) the one a narrative opening is
        about (see ``_opened_on``)."""
        self.guessed = False
        ages = _ages(described)
        aged = [p for p in self.known if ages & p.roles]
        if aged:  # "Lee Ji-hoon, 52, ... The 52-year-old told lawmakers"
            return max(aged, key=lambda p: p.mentioned)
        if ages:  # "the 41-year-old" is nobody the text gave another age
            besides = besides | {p.name for p in self.known if _ages(frozenset(p.roles))}
        posts = _SAME_POST.get(title, frozenset({title}))
        fits = [
            p
            for p in self.known
            if posts & p.roles and (gender is None or p.gender in (gender, None))
        ]
        nations = {w.removeprefix(_NATION) for w in described if w.startswith(_NATION)}
        plain = {w for w in described if not w.startswith((_NATION, _IN_PLACE))}
        places = sorted(w.removeprefix(_IN_PLACE) for w in described if w.startswith(_IN_PLACE))
        for place in places:
            tied = self.of_place(place)  # "The engineer in Juárez": the one tied to Juárez
            if tied is not None and tied.name not in besides:
                return tied
        if nations:  # nobody who speaks for another country ("Nigeria's minister, X, and his
            # Ghanaian counterpart, Y": the Ghanaian minister is Y)
            # (nor one the text called of another nation: "The Korean delegate, Park Ji-hoon"
            # is not "the Chinese delegate")
            besides = besides | {
                p.name
                for p in self.known
                if _of_another_country(p, nations)
                or (_of_another_nation(p, nations) and not _of_the_nation(p, nations))
            }
            fits = [p for p in fits if p.name not in besides]
            fits = [p for p in fits if _of_the_nation(p, nations)] or fits
        if "former" in plain:
            # "The former defence-industry executive" is nobody who holds the post now (the
            # chief executive named before), but may be the one in view
            fits = [p for p in fits if "former" in p.roles]
        ranks = plain & _RANKS
        if ranks:  # "the deputy minister" is not the minister but "her deputy, X"
            fits = [p for p in fits if ranks <= p.roles] or [
                p for p in self.known if ranks <= p.roles and p.name not in besides
            ]
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
        if not (anyone or opening):
            return None
        made = [p for p in self.known if p.name not in besides and _works_as(title, p.roles)]
        # "The election official": the one "who runs the electoral commission's team" (a
        # nationality tells more: "The German foreign minister" is not whoever works on foreign
        # affairs)
        working = [p for p in self.known if p.name not in besides and _works_on(plain, p.roles)]
        if not anyone:
            unclaimed = title in _words("title_nouns") and not (made or working or nations)
            return self._opened_on(gender, besides) if unclaimed else None
        if len(made) == 1:  # "the modeller": the one "who leads the ministry's modelling team"
            return made[0]
        if len(working) == 1 and not nations:
            return working[0]
        besides = besides | asked  # (only the one in view: not who just put a question)
        recent = [p for p in self.known if p.salient >= before - 6 and p.name not in besides]
        if not recent:  # "... was founded by Arjun Nair. The company's chief executive argued"
            recent = [p for p in self.known if p.mentioned >= before - 1 and p.name not in besides]
        self.guessed = bool(recent)
        return max(recent, key=lambda p: (p.salient, p.mentioned)) if recent else None

    def the_other(self, owner: _Known, unit: int) -> _Known | None:
        """ "Marsh thinks ...; Raghunathan thinks ... . Her opponent is unconvinced.": the one
        person besides the owner who has been a subject and was mentioned a few sentences back
        (the other side of what the piece weighs)."""
        others = [
            p
            for p in self.known
            if p is not owner and p.salient >= 0 and p.mentioned >= unit - _OTHER_SIDE_REACH
        ]
        if len(others) != 1:
            return None
        return others[0]

    def just_before(self, title: str, unit: int) -> _Known | None:
        """ "Eleni Markou reads those scores for a living. The compliance lawyer, who advises a
        dozen owners, has watched ...": the one person the sentence before made its subject,
        whom the text gave no title yet, is who a title of a trade that nobody holds means (not
        a seat many hold, "the minister"; nor a relation, "her deputy"); that person is given the
        title, so that "the lawyer" later is they."""
        if not _a_trade(title):
            return None
        last = [p for p in self.known if p.salient == unit - 1]
        if len(last) != 1 or _titled(last[0]):
            return None
        person = last[0]
        if _of_the_other_gender(title, person):
            return None
        person.roles.add(title)
        return person

    def _opened_on(self, gender: str | None, besides: frozenset[str]) -> _Known | None:
        """The person a narrative opening is about, whom a title the text gave nobody may call
        when the piece comes back to them ("The former inspector spent three days in the hall"
        in a piece that opened on Tariq Hassan walking into it) — only when the text gave that
        person no title of their own."""
        person = self.opened_on
        # (a person the text has called 'he' or 'she': not a place or a firm the lede named)
        if person is None or person.name in besides or _titled(person) or person.gender is None:
            return None
        return person if gender in (None, person.gender) else None


def _a_country_named_beside(person: _Known, demonym: str) -> bool:
    """A name in the person's description is the nation's country ('japan' for 'japanese')."""
    nation = {_DEMONYMS.get(demonym) or demonym}
    names = (r.removeprefix(_NAMED_BESIDE) for r in person.roles if r.startswith(_NAMED_BESIDE))
    return any(is_country(name) and of_that_country(name, nation) for name in names)


def _a_trade(title: str) -> bool:
    """A title of a trade that nobody in particular holds ("the lawyer", "the banker"): not a
    seat many hold ("the minister"), a relation ("her deputy"), a word for only those so called
    ("the participant") or any office ("the official")."""
    return (
        title in _words("title_nouns")
        and title not in _SEATS
        and title not in _RELATIONS
        and title not in _ONLY_THOSE_SO_CALLED
        and title not in _ANY_OFFICE
    )


def _titled(person: _Known) -> bool:
    """The text gave the person a title ("a former Indian negotiator", "Professor Wang")."""
    return bool(person.roles & _words("title_nouns"))


def _works_as(title: str, roles: set[str]) -> bool:
    """The title is made from a word for the person's work: 'modeller' from 'modelling',
    'meteorologist' from 'meteorological', 'statistician' from 'statistics' (not from the body
    they work at: 'the minister' is nobody for working 'at the ministry')."""
    if len(title) < 6 or title in _SEATS:
        return False
    bodies = _words("organisation_nouns")
    need = max(5, len(title) - 4)
    return any(
        _shared_start(title, word) >= need
        for role in roles
        if role.startswith(_WORK)
        and (word := role.removeprefix(_WORK)) != title
        and word not in bodies
    )


# Words that describe a title by time or rank, not by the work ("the former prefect")
_NOT_OF_WORK = frozenset({"former", "retired", "current", "acting", "outgoing", "incoming"})


def _works_on(described: set[str], roles: set[str]) -> bool:
    """A word describing the title is one for the person's work ("the election official" and
    "who runs the electoral commission's team"; not a body's sort: "the ministry official")."""
    bodies = _words("organisation_nouns")
    words = [
        w
        for w in described
        if len(w) >= 6 and w.isalpha() and w not in bodies and w not in _NOT_OF_WORK
    ]
    return any(
        _shared_start(word, role.removeprefix(_WORK)) >= 5
        for role in roles
        if role.startswith(_WORK) and role.removeprefix(_WORK) not in bodies
        for word in words
    )


# Titles for a seat in a body, which many people hold: "the senator" is no more the one person
# who works "in the Senate" than anybody else there
_SEATS = frozenset(
    {"senator", "minister", "secretary", "councillor", "commissioner", "delegate", "governor",
     "president", "chancellor", "director", "officer", "official", "member", "legislator",
     "parliamentarian", "congressman", "congresswoman", "representative", "ambassador"}
)  # fmt: skip


_IN_QUESTION_REACH = 6  # units back that "X, the official in question," may name


# Words for one of many, not a post: "the former employee", "the board member", "the reader"
# is only somebody the text called so, never merely the person in view
_ONLY_THOSE_SO_CALLED = frozenset(
    {"member", "employee", "participant", "attendee", "reader", "listener", "viewer", "insider",
     "friend", "confidant", "interlocutor", "refugee", "migrant", "victim", "patient", "citizen",
     "tenant", "donor", "driver", "shopkeeper", "whistleblower"}
)  # fmt: skip


def _shared_start(a: str, b: str) -> int:
    """How many letters the two words share from their start."""
    return next(
        (k for k, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b))
    )


def _kin(name: str, known: str) -> bool:
    """'Elif Demir' after 'Yusuf Demir': two people who share a surname, each with a given name
    of their own ('J. Demir' may be either)."""
    words, others = name.lower().split(), known.lower().split()
    if len(words) < 2 or len(others) < 2:
        return False
    a, b = words[0], others[0]
    return (
        a != b
        and len(a) > 2
        and len(b) > 2
        and a.isalpha()
        and b.isalpha()
        and a not in others
        and b not in words
    )


# Words that make a title another post: a deputy minister is not the minister.
_RANKS = frozenset({"deputy", "vice", "assistant", "junior", "acting", "associate"})


def _of_another_country(person: _Known, nations: set[str]) -> bool:
    """The person speaks for a country that is not the nationality's ("place:nigeria" and
    "ghanaian")."""
    places = [r.removeprefix(_PLACE) for r in person.roles if r.startswith(_PLACE)]
    return bool(places) and not any(of_that_country(place, nations) for place in places)


def _of_another_nation(person: _Known, nations: set[str]) -> bool:
    """The text called the person of another nation ("The British delegate, X": not the
    Chinese one), or tied them to another country."""
    called = [r for r in person.roles if r.isalpha() and is_nationality(r) and r not in _REGIONS]
    return (bool(called) and not set(called) & nations) or _of_another_country(person, nations)


# Words for the people of a region, which names no other nation ("speaking for a group of
# African states" is no word against "the Ghanaian diplomat")
_REGIONS = frozenset({"african", "arab", "arabian", "asian", "european", "latin", "nordic"})


def _of_the_nation(person: _Known, nations: set[str]) -> bool:
    """The text called the person so ("ghanaian") or tied them to that country ("Britain's
    ambassador" is "the British envoy")."""
    return nations <= person.roles or any(
        of_that_country(r.removeprefix(_PLACE), nations)
        for r in person.roles
        if r.startswith(_PLACE) or r.isalpha()
    )


def attribute_units(
    voices: Sequence[Voice],
    paragraphs: Sequence[int],
    sentences: Sequence[int],
    split_connectives: Sequence[str | None],
    headline: tuple[Voice, str] | None = None,
) -> list[Attribution]:
    """The attribution of every unit, read in document order (quote offsets as parsed). The
    people a ``headline`` (its voice and text) names are known from the start, though nobody is
    in view yet ("Professor Kofi Mensah of the University of Ghana has ..." above "The professor
    said")."""
    people = _People(
        opening=frozenset(k for k, par in enumerate(paragraphs) if par == paragraphs[0])
    )
    if headline is not None:
        voice, text = headline
        sentence = _in_sentence_case(text)
        for person in voice.people:
            if sentence or _a_given_name(person.name.split()[0]):
                # (a title-case headline's "Put Computing Power" is nobody)
                people.note(replace(person, subject=False), _HEADLINE)
    bodies: list[Body] = []  # organisations named so far
    named: Counter[str] = Counter()  # how often each organisation has been named so far
    # titles of sources left unnamed ("a spokeswoman said"), with the words describing them
    unnamed: dict[str, frozenset[str]] = {}
    frames: list[Frame | None] = []
    last_source: list[tuple[int, int, Frame]] = []  # (unit, paragraph, frame) of every source
    named_above = headline[0].people if headline is not None else ()
    voices = _bodies_named_as_people(_people_named_as_bodies(voices, named_above))
    unresolved: list[int] = []  # units whose 'she' or 'he' nobody named before
    untold: list[int] = []  # units whose title source came before anybody was named
    by_title: dict[int, str] = {}  # units whose source a title named ("the adviser told me")
    unnamed_at = -1  # the last unit whose subject is a person left unnamed ("A diplomat ...")
    unnamed_spoke = -1  # the last unit whose source is a person described anew, unnamed
    unnamed_gender: str | None = None  # that person's, when the title says ("her father")
    waiting: _Waiting | None = None  # a title given nobody by name yet
    # units since the waiting title whose source is that unnamed person ("The company's
    # founder, a 31-year-old engineer, hired him. "...," the founder says.")
    speaks_unnamed: list[int] = []
    withheld: set[str] = set()  # titles of sources who asked not to be named
    spoke_at: dict[int, set[str]] = {}  # unit -> who spoke or put a question there
    asked_at: dict[int, frozenset[str]] = {}  # unit -> who put a question there
    pair: tuple[str, ...] = ()  # the people the last unit naming two or more named, in order
    unnamed_spoke_at: list[int] = []  # units whose source is a person left unnamed
    titles_by_initials: set[str] = set()  # "PS", "CS": titles' initials, not bodies
    for i, voice in enumerate(voices):
        frame = voice.frame
        people.after_quotation = i > 0 and voices[i - 1].quote_led
        new = [p for p in voice.people if people.find(p.name, gender=p.gender) is None]
        if any(frame is None or at < frame.offset for at in voice.unnamed_subjects):
            unnamed_at = i
        early = [
            p
            for p in voice.people
            if frame is None
            or (p.offset < frame.offset and not (frame.aside and p.offset >= frame.aside_from))
        ]
        # ("A Treasury official ... told me ... . "The list is the easy part," he said.": the
        # words quoted before the 'he' are his too, and keep him the one in view)
        quoted_before = (
            i > 0
            and frames[i - 1] is None
            and voices[i - 1].quote_led
            and voices[i].open_quote is not None  # (the same quotation goes on)
        )
        if quoted_before and unnamed_at == i - 2:
            unnamed_at = i - 1
        # "A freight broker, who asked not to be named | because his firm ..., described the
        # rules as ...": the rest of the sentence whose subject was left unnamed
        unnamed_goes_on = (
            frame is None and i > 0 and unnamed_at == i - 1 and sentences[i] == sentences[i - 1]
        )
        if unnamed_goes_on:
            unnamed_at = i
        # "Her deputy, a younger official, adds that ... She asks me not to print her name.
        # "...," she says.": still the unnamed one
        said = voice.pronoun_subjects[0][0] if voice.pronoun_subjects else ""
        unnamed_by_pronoun = (
            frame is None
            and unnamed_at == unnamed_spoke == i - 1
            and not voice.people
            and _could_be(said, unnamed_gender)
            and _unnamed_by_pronoun(said, people, unnamed_at, i, spoke=True)
        )
        if unnamed_by_pronoun:
            unnamed_at = unnamed_spoke = i
        # (before this unit's own words are read: "Her delegation of two, she said" — the 'her'
        # is the unnamed one too, and keeps nobody named in view)
        unnamed_one = frame is not None and _the_unnamed_one(
            frame,
            people,
            unnamed_at,
            i,
            spoke=unnamed_spoke == unnamed_at and _could_be(frame.refer or "", unnamed_gender),
        )
        _note_in_order(
            people, early, voice, i, unnamed_in_view=unnamed_goes_on or unnamed_by_pronoun
        )
        if frame is not None:
            _in_view_to_answer(voice, people, i, before=frame.offset)
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
        if frame is not None and _initials_of_a_title(frame):
            initials = frame.speaker or ""
            known = people.initialled(initials)
            if known is not None:  # "Principal Secretary Samuel Rotich ... The PS added"
                frame = replace(frame, kind="person", speaker=known.name, refer=None)
                titles_by_initials.add(initials)  # (no body: "The firm said" is not "PS")
                bodies = [b for b in bodies if b.name != initials]
        if frame is not None and frame.refer == "body":
            resolved = _the_body(frame, bodies, named, i)
            if resolved.status == VAGUE:
                resolved = _the_body_beside_its_owner(frame, bodies, people, i) or resolved
            frame = resolved
        if frame is not None and frame.by_role and frame.kind == "person":
            frame = _the_body_its_name_heads(frame, bodies, people, i)
        if frame is not None and frame.status == VAGUE and frame.kind == "group":
            frame = _the_body_whose_people_speak(frame, bodies, last_source, i)
        if frame is not None and frame.refer in _PAIR:
            frame = _one_of_the_pair(frame, pair)
        if frame is not None and frame.refer == "same" and frame.kind == "document":
            frame = (
                _the_document_described(frame, voices, i, paragraphs, last_source, bodies) or frame
            )
            frame = _the_body_whose_name_ends_so(frame, bodies, i, paragraphs[i], last_source)
        if frame is not None and frame.refer == "it":
            frame = _the_document_in_view(frame, voices, i, last_source, bodies)
        if (
            frame is not None
            and frame.refer == "it"
            and not _body_spoke_before(last_source, i, bodies)
        ):
            frame = _the_body_in_view(frame, bodies, i)
        if (
            frame is not None
            and frame.refer in _PRONOUN_GENDER
            # ("The presenter put the caller's question to Siddiqui, who said ... , she said":
            # the one asked answers, not the one who asks)
            and not any(at < frame.offset for _, at in voice.asked)
        ):
            frame = _the_titled_subject_before(frame, voice, people) or frame
        if (
            frame is not None
            and frame.refer in _PRONOUN_GENDER
            and i > 0
            and frames[i - 1] is None
            and paragraphs[i - 1] == paragraphs[i]
            and not voice.people
            # (not "Mariana Quispe cut in before the moderator could move on.": she is its
            # subject, the moderator only that of a clause in it)
            and not any(p.subject for p in voices[i - 1].people)
            and not voices[i - 1].asked  # (who was asked answers)
        ):
            # "Asked whether ..., the chief executive laughed. "If they ask nicely," she said.":
            # the title the sentence before had as its subject, when it reported nobody
            frame = _the_titled_subject_before(frame, voices[i - 1], people) or frame
        if frame is not None and frame.refer in _PRONOUN_GENDER and unnamed_one:
            frame = replace(frame, status=VAGUE, refer=None)
            unnamed_at = i  # ("She told me ... But she doubted ...": still the unnamed one)
            unnamed_spoke_at.append(i)
            if waiting is not None:
                speaks_unnamed.append(i)
        if (
            frame is not None
            and waiting is not None
            and frame.refer == waiting[1]
            and (waiting[0] == i - 1 or (speaks_unnamed and i - speaks_unnamed[-1] <= 2))
            # (not "Her name is X, and she is Zambia's special envoy": named there)
            and not voices[waiting[0]].introduces
            and not voices[waiting[0]].people
            and people.titled(waiting[1], i, anyone=False) is None
        ):
            # "the founder says" just after a founder the text described but did not name
            frame = replace(frame, status=VAGUE, refer=None, title=waiting[1])
            speaks_unnamed.append(i)
        if frame is not None and frame.refer is not None:
            pronoun = frame.refer in _PRONOUN_GENDER
            title = frame.refer if frame.refer not in _NOT_TITLES else None
            askers = {k.name for n in voice.askers if (k := people.find(n)) is not None}
            if pronoun and askers:
                # "Pressed by Ms Hale on ..., she replied": the answer is to the one who asks
                # here, not to whoever spoke before
                besides = frozenset(askers)
            elif (
                _answers_somebody(frame)
                and not voice.questioned
                and not _after_own_concession(frames, paragraphs, i)
            ):
                # (but "When pressed on why ..., she replied": whoever spoke before may answer)
                besides = _who_spoke_before(spoke_at, i)
            else:
                besides = frozenset()
            if pronoun and frame.aside:
                besides |= _named_in_what_is_said(voice, frame, people)
            if voice.set_aside:
                besides |= _named_in(voice.set_aside, people)
            # "The chairman, Franklin Mercer, asked whether ... . The nominee said ...": the
            # one who just put the question is not who answers it
            asked = frozenset() if askers else asked_at.get(i - 1, frozenset())
            nobody_yet = not people.known
            frame = _resolve(
                frame, people, i, paragraphs[i], last_source, unnamed, besides, asked=asked,
                elsewhere=_not_of_the_body_just_named(frame, bodies, people, i),
            )  # fmt: skip
            if pronoun and frame is not None and frame.status == VAGUE:
                unresolved.append(i)
            elif nobody_yet and frame is not None and frame.title in {title, "year-old"} - {None}:
                # a lede's "The European Parliament's lead negotiator said ...", "..., the
                # 38-year-old says": named later
                untold.append(i)
            if title and frame is not None and frame.status == NAMED and frame.kind == "person":
                by_title[i] = title
        if voice.in_question:
            # "... told me ... "...," she said. | Ioana Popescu, the official in question, ...":
            # the one left unnamed just before
            for u in unnamed_spoke_at:
                earlier = frames[u] if i - u <= _IN_QUESTION_REACH else None
                if earlier is not None and earlier.kind == "person" and earlier.status == VAGUE:
                    frames[u] = replace(earlier, status=NAMED, speaker=voice.in_question)
            unnamed_spoke_at.clear()
        if voice.introduces:
            _name_the_titled(voice.introduces, i, frames, by_title, paragraphs, people)
        elif voice.names_a_title is not None:
            title, name = voice.names_a_title
            _name_the_titled(name, i, frames, by_title, paragraphs, people, called=title)
        for title in voice.unnamed_titles:
            unnamed.setdefault(title, frozenset())
        lede = next(
            (
                u
                for u in untold
                if frame is not None
                and frame.status == VAGUE
                and frame.kind == "person"
                and u < i
                and (ahead := frames[u]) is not None
                and ahead.title == frame.title
            ),
            None,
        )
        if frame is not None and lede is not None:
            # "WASHINGTON — The nominee to be ... told senators ... ¶ Maria Sandoval, a career
            # diplomat, ... The nominee agreed. "...," she said.": the lede's title is the one
            # named after it, who is now in view
            frame = _the_lede_named(frame, lede, voices, frames, paragraphs, people, i)
        if frame is not None and frame.status == VAGUE and frame.title:
            unnamed.setdefault(frame.title, frame.described)
            if frame.kind == "person" and lede is None:
                unnamed_at = i  # "A spokeswoman said ... She added": unnamed too
                unnamed_spoke_at.append(i)
                if frame.anew:  # ("Her deputy, a younger official, adds": somebody new)
                    unnamed_spoke = i
                    unnamed_gender = _gender_of_title(frame.title or "")
        if _spoke_as_a_body(frame):
            # it spoke: a subject, whatever the parse
            described = next((d for name, _, _, d in voice.bodies if name == frame.speaker), ())
            bodies.append(
                Body(i, frame.speaker, frame.offset, True, frozenset(described), spoke=True)
            )
            if frame.speaker not in {b.name for b in before}:
                named[frame.speaker] += 1
        if frame is not None and frame.status == NAMED and frame.kind == "person":
            known = people.find(frame.speaker, _honorific(frame)) if frame.speaker else None
            posts = (
                _name_the_title_just_before(frame.speaker, voice, i, frames, paragraphs, people)
                # (not "The minister said ... Ana Ruiz disagreed": an answer is another's)
                if any(p.name == frame.speaker for p in new) and not _answers_somebody(frame)
                else frozenset()
            )
            if known is None and frame.speaker:
                gender = _clean_name(frame.speaker)[1]  # ("Marijke is less sure": a woman)
                known = people.note(
                    Person(frame.speaker, gender, frozenset(), True, frame.offset), i
                )
            if known is not None:
                known.salient = known.mentioned = i
                known.roles |= posts  # ("Its chief executive ... said Hugo Lacombe")
                frame = replace(frame, speaker=known.name)
        speaker = frame.speaker if frame is not None and frame.kind == "person" else None
        if speaker and frame is not None:
            # "The presenter put the caller's question to Siddiqui, who said ...": the one who
            # speaks, not the title the clause opened on, is the 'she' of what follows
            for title, at in voice.titled_subjects:
                titled = people.called(title, i) if at < frame.offset else None
                if titled is not None and titled.name != speaker and titled.salient == i:
                    titled.salient = i - 0.25
        # (past the source phrase: "Berg's former colleague, Pieter Aalders, disagrees" names
        # the source itself)
        spoken_of = frame.offset + len(frame.source or "") if frame is not None else 0
        for person in voice.people:
            if person not in early:
                known = people.note(person, i)
                if (
                    speaker
                    and known.name != speaker
                    and known.salient == i
                    and person.offset > spoken_of
                ):
                    # "But the economist thinks Mr. Pruitt has the remedy backward.": the one who
                    # speaks stays the 'he' of what follows, ahead of those he speaks of
                    known.salient = i - 0.25
        if frame is not None:
            _note_surnames_spoken_of(voice, frame, people, i, speaker, spoken_of)
        _counterparts_share_the_office(voice, people, i)
        if waiting is not None and not _answers_somebody(frame):
            _name_the_role(waiting, i, new, people, frames, paragraphs, spoke_at, speaks_unnamed)
        quiet = not voice.people and not voice.introduces  # (nobody new named here)
        if waiting is not None and speaks_unnamed and (speaks_unnamed[-1] == i or quiet):
            pass  # the described person goes on speaking: still waiting for a name
        else:
            waiting = _title_left_unnamed(voice, people, i, frame)
            speaks_unnamed = []
        if frame is not None and frame.anonymous and frame.title:
            withheld.add(frame.title)
        if frame is not None and frame.status == VAGUE and frame.title in withheld:
            waiting = None  # nobody the text names next is the one who asked not to be named
        after = [
            Body(i, *b)
            for b in voice.bodies
            if frame is not None and b[1] >= frame.offset and b[0] not in titles_by_initials
        ]
        bodies += after
        named.update(b.name for b in after)
        frames.append(frame)
        if frame is not None and frame.status != NONE:
            last_source.append((i, paragraphs[i], frame))
        if frame is not None:
            _in_view_to_answer(voice, people, i, after=frame.offset)
        else:
            _in_view_to_answer(voice, people, i)
        voices_here = {k.name for name in voice.askers if (k := people.find(name)) is not None}
        if voices_here:
            asked_at[i] = frozenset(voices_here)
        if (
            frame is not None
            and frame.status == NAMED
            and frame.kind == "person"
            # ("Ms Raghunathan is unconvinced. '...,' she replied": a view told is no words a
            # reply answers)
            and (frame.cue or "").lower() not in _BEING
        ):
            voices_here.add(frame.speaker or "")
        if voices_here:
            spoke_at[i] = voices_here
        for word in voice.quoted_names:
            # (somebody the text called 'he' or 'she': not a firm the tagger took for a person)
            known = people.by_word(word)
            if known is not None and known.gender is not None:
                known.mentioned = i
        found = [
            people.find(p.name, gender=p.gender)
            for p in sorted(voice.people, key=lambda p: p.offset)
        ]
        names = tuple(dict.fromkeys(k.name for k in found if k is not None))
        if len(names) > 1:
            pair = names
    _named_after(unresolved, voices, frames, paragraphs, people)
    _named_after(untold, voices, frames, paragraphs, people, reporting=False)
    _the_title_named_after_goes_on(untold, frames, withheld)
    _carry_quotations(voices, frames, paragraphs)
    _carry_split_clauses(frames, sentences, split_connectives, voices)
    return [_attribution(frame, voice) for frame, voice in zip(frames, voices, strict=True)]


_HEADLINE = -0.5  # where the headline's people were mentioned: before the first unit
# Units back that a subject or a speaker stays the one a 'he' or 'she' means ahead of somebody
# mentioned since; past it, the one last mentioned (chosen on the development probes: reaches
# of 1, 2, 3, 4, 6 and 10 units got 8,109, 8,107, 8,104, 8,103, 8,102 and 8,095 of 8,593 right,
# and 0 got 8,047; the development essays the same from 1 to 6)
_IN_VIEW_REACH = 2
_OTHER_SIDE_REACH = 6  # units back that "her opponent" may reach for the other side


def _the_title_named_after_goes_on(
    untold: list[int], frames: list[Frame | None], withheld: set[str]
) -> None:
    """ "Ghana's deputy finance minister has called on ... ¶ Akosua Frimpong was speaking on
    ... ¶ '...,' the minister said": a lede's title the text names later is that person
    wherever it comes back and nobody else was found holding it (not the title of a source
    who asked not to be named)."""
    for i in untold:
        lede = frames[i]
        if lede is None or lede.status != NAMED or lede.kind != "person" or not lede.title:
            continue
        if lede.title in withheld:
            continue
        for j in range(i + 1, len(frames)):
            later = frames[j]
            if (
                later is not None
                and later.status == VAGUE
                and later.kind == "person"
                and later.title == lede.title
                and not later.anonymous
            ):
                frames[j] = replace(later, status=NAMED, speaker=lede.speaker, refer=None)


def _in_sentence_case(text: str) -> bool:
    """Most longer words in lower case: a sentence, whose capitals mark names."""
    words = re.findall(r"[^\W\d_]{4,}", text)
    return sum(w[0].islower() for w in words) > len(words) / 2


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


def _note_in_order(
    people: _People, early: list[Person], voice: Voice, unit: int, *, unnamed_in_view: bool
) -> None:
    """Note the people a unit names before its source, and keep in view the person each 'he' or
    'she' subject, or a title subject, before it means, in the order they come: 'His new book,
    written with the economist Aaron Whitcombe, ...' is about the man named before, who stays
    the 'he' of the next sentence; 'The professor is less sentimental. "...," she said.'"""
    frame = voice.frame
    events: list[tuple[int, Person | str | tuple[str, bool, frozenset[str]]]] = [
        (p.offset, p) for p in early
    ]
    events += [  # a bare surname of somebody named before ("When I asked Ciobanu, she ...")
        (at, (word, subject, posts))
        for word, at, subject, posts in voice.surnames
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
    # where "The Uzbek official" found the Uzbek, "The engineer in Tartu" the one tied to Tartu:
    # not any official or engineer
    by_nation: set[int] = set()
    nation_first = (_TITLED + _NATION, _TITLED + _IN_PLACE)
    owner: _Known | None = None  # whom the last "her"/"his" before a subject meant
    for at, event in sorted(
        events, key=lambda e: (e[0], not (isinstance(e[1], str) and e[1].startswith(nation_first)))
    ):
        if isinstance(event, Person):
            people.note(event, unit)
            continue
        if isinstance(event, tuple):
            people.mention(event[0], unit, subject=event[1], posts=event[2])
            continue
        if event.startswith(_TITLED):
            if at in by_nation:
                continue
            title = event.removeprefix(_TITLED)
            titled = (
                (people.the_other(owner, unit) if title in _OPPONENTS and owner else None)
                or people.called(title, unit, opening=True)
                or people.just_before(title, unit)
            )
            if titled is not None:
                titled.salient = titled.mentioned = unit
                if event.startswith(nation_first):
                    by_nation.add(at)
            continue
        if unnamed_in_view or any(u < at for u in voice.unnamed_subjects):
            continue  # "One captain ... agreed on condition that his name ...": the captain's
        gender = _PRONOUN_GENDER[event.removesuffix(_OWNER)]
        known = people.pronoun(gender, unit)
        if known is None:
            continue
        known.gender = known.gender or gender  # ("Nino Beridze ... her counsel": a woman)
        known.roles.update(title for told, title in voice.pronoun_titles if told == at)
        known.mentioned = unit
        # "Her deputy, Hanne Rustad, ...": the owner stays in view, behind the subject
        known.salient = max(known.salient, unit - 0.5 if event.endswith(_OWNER) else unit)
        owner = known if event.endswith(_OWNER) else None


def _in_view_to_answer(
    voice: Voice, people: _People, unit: int, *, before: int | None = None, after: int = -1
) -> None:
    """'Nadia Rahimi asked the colonel whether he could name one. He conceded ...': the one
    asked is who answers next, ahead of the one who asked — at once when asked before the
    source ("When I relayed this to the official, she said ...": ``before``), else once the
    unit's source is read (``after``)."""
    for asked, at in voice.asked:
        if (before is not None and at >= before) or at < after:
            continue
        if asked.startswith(_TITLED):
            known = people.titled(asked.removeprefix(_TITLED), unit, anyone=False, opening=True)
        else:
            known = people.find(asked)
        if known is None:
            continue
        askers = [people.find(name) for name in voice.askers]
        # ("The presenter put the caller's question to Siddiqui": the title that asks)
        askers += [people.called(title, unit) for title, _ in voice.titled_subjects]
        for asker in askers:
            if asker is not None and asker is not known and asker.salient == unit:
                asker.salient = unit - 0.25
        known.salient = known.mentioned = unit


def _note_surnames_spoken_of(
    voice: Voice, frame: Frame, people: _People, unit: int, speaker: str | None, spoken_of: int
) -> None:
    """A bare surname in what the source says ("His critics say Adeyemi is lending ... . He
    bristles"): that person is in view, behind the one who speaks, as a full name would be."""
    for word, at, subject, posts in voice.surnames:
        if at < spoken_of:
            continue
        known = people.surname(word)
        if known is None or len(known.tokens) < 2 or known.name == speaker:
            continue
        people.mention(word, unit, subject=subject, posts=posts)
        if speaker and known.salient == unit:
            known.salient = unit - 0.25


_OTHER_GENDER = {"male": "female", "female": "male"}


def _could_be(pronoun: str, gender: str | None) -> bool:
    """A 'he' or 'she' may mean a person of this gender (None: not known)."""
    return _PRONOUN_GENDER.get(pronoun) != _OTHER_GENDER.get(gender or "")


def _gender_of_title(title: str) -> str | None:
    """The gender a title says: "her father", "the spokeswoman"."""
    if title in _KIN_MEN or (title.endswith("man") and not title.endswith("woman")):
        return "male"
    if title in _KIN_WOMEN or title.endswith("woman"):
        return "female"
    return None


def _the_unnamed_one(
    frame: Frame, people: _People, unnamed_at: int, unit: int, *, spoke: bool = False
) -> bool:
    """'Senator Mark Delaney told a think-tank ... A Gulf diplomat I spoke to afterwards was
    unbothered. "Of course we hedge," he said.': a 'he' or 'she' just after a person the text left
    unnamed is that person, unless somebody named has been in view since."""
    return _unnamed_by_pronoun(frame.refer or "", people, unnamed_at, unit, spoke)


def _unnamed_by_pronoun(
    pronoun: str, people: _People, unnamed_at: int, unit: int, spoke: bool = False
) -> bool:
    """(``spoke``: the unnamed one was the source there, ahead of anybody that unit mentions:
    "Her deputy, a younger official, adds ... She asks me not to print her name.")"""
    gender = _PRONOUN_GENDER.get(pronoun)
    if gender is None or unnamed_at < 0 or unnamed_at < unit - 1:
        return False
    known = people.pronoun(gender, unit)
    if known is None:
        return True
    last = max(known.salient, known.mentioned)
    return last <= unnamed_at if spoke else last < unnamed_at


def _honorific(frame: Frame) -> str | None:
    """The title the source is written with, before the name ("Mr Wang": "Mr")."""
    source, speaker = frame.source or "", frame.speaker or ""
    if " " not in source or source == speaker or not source.endswith(speaker.split()[-1]):
        return None
    first = source.split()[0]
    return first if first.lower().rstrip(".") in _titles() else None


def _initials_of_a_title(frame: Frame) -> bool:
    """ "The CS told guests", "the PS added": a body of two to four capitals called "the", which
    may be a title's initials."""
    name = frame.speaker or ""
    return (
        frame.status == NAMED
        and frame.kind == "organisation"
        and 2 <= len(name) <= 4
        and name.isupper()
        and name.isalpha()
        and (frame.source or "").lower() == "the " + name.lower()
    )


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
        known = people.called(title, -1, gender)
        if known is not None and known.gender in (gender, None):
            return replace(frame, speaker=known.name, refer=None)
        if title.startswith(_NATION) and known is None:
            # "The British delegate, Oliver Pemberton-Shaw, ... The Chinese delegate took a
            # different line. ..., he said": the delegate named is of another nation, so the
            # 'he' is the Chinese one, unnamed (but "The Hungarian economist" may well be the
            # economist in view, whose nation the text had not said)
            held = next((t for t, at in voice.titled_subjects if at == offset and t != title), None)
            nations = {title.removeprefix(_NATION)}
            holder = people.called(held, -1, gender) if held is not None else None
            if holder is not None and not _of_another_nation(holder, nations):
                continue  # ("the Icelandic ambassador" after "the Icelandic envoy, X")
            if held is not None and any(
                held in p.roles and _of_another_nation(p, nations) for p in people.known
            ):
                return replace(frame, status=VAGUE, speaker=None, refer=None, title=held)
    return None


# what a frame's ``refer`` may hold besides a title
_NOT_TITLES = frozenset(
    {*_PRONOUN_GENDER, "they", "it", "same", "body", "surname", "year-old", "former", "latter"}
)


def _one_of_the_pair(frame: Frame, pair: tuple[str, ...]) -> Frame:
    """The first or the last of the people the last sentence naming two or more named."""
    if not pair or frame.refer not in _PAIR:
        return replace(frame, refer=None)
    return replace(frame, status=NAMED, speaker=pair[_PAIR[frame.refer]], refer=None)


# Titles that say only that somebody holds a post: "The official, Pieter van Dam, ..." may name
# "the head of export licensing" the sentence before
_ANY_POST = frozenset({"official", "executive", "officer"})


def _the_title_named(voice: Voice, frame: Frame) -> str | None:
    """The name a sentence sets beside the title that called the source, or beside a title that
    says only that somebody holds a post ("The official, ...")."""
    if voice.names_a_title is None or frame.title is None:
        return None
    title, name = voice.names_a_title
    return name if title in {frame.title, *_ANY_POST} else None


def _name_the_titled(
    name: str,
    unit: int,
    frames: list[Frame | None],
    by_title: dict[int, str],
    paragraphs: Sequence[int],
    people: _People,
    called: str | None = None,
) -> None:
    """'"We switch turbines off ...," Chubut's energy adviser told me. Her name is Carolina
    Benítez', 'The head of export licensing at the ministry said ... The official, Pieter van
    Dam, added ...': the last source before, in this paragraph, if a title called it, is the
    person named now (and 'the adviser' is she from now on). When the name stands beside a
    title (``called``), that title is the same or says only that the person holds some post
    ("His barrister told the court ... The prosecutor, Claire Benham, said": somebody else)."""
    earlier = next((k for k in range(unit - 1, unit - 4, -1) if k >= 0 and frames[k]), -1)
    frame = frames[earlier] if earlier >= 0 else None
    if frame is None or paragraphs[earlier] != paragraphs[unit]:
        if called is not None:
            _name_the_title_left_unnamed(called, name, unit, frames, people)
        return
    title = by_title.get(earlier)
    if title is None and frame.status == VAGUE and frame.kind == "person" and frame.title:
        title = frame.title  # ("The head of sustainability at a cloud provider said": nobody yet)
    if title is None or frame.anonymous or called not in {None, title, *_ANY_POST}:
        if called is not None:
            _name_the_title_left_unnamed(called, name, unit, frames, people)
        return
    _take_back_the_guess(frame, title, people)
    known = people.find(name)
    if known is not None:
        known.roles |= {title} | _told_by(frame)
    speaker = known.name if known is not None else name
    frames[earlier] = replace(frame, status=NAMED, speaker=speaker, refer=None, guessed=None)
    _name_the_title_left_unnamed(title, speaker, earlier, frames, people)


def _name_the_title_left_unnamed(
    title: str, name: str, unit: int, frames: list[Frame | None], people: _People
) -> None:
    """'France's digital minister said ... ¶ Speaking in Lyon, the minister argued ... The
    minister, Claire Dufresne, has ...': the sources before ``unit``, a few sentences back,
    that the text called by the title now named and left unnamed are that person too (up to
    one it named otherwise, or one who would not be named)."""
    known = people.find(name)
    speaker = known.name if known is not None else name
    for k in range(unit - 1, max(unit - _TITLE_NAMED_REACH, -1), -1):
        before = frames[k]
        if before is None or before.kind != "person" or before.title != title:
            continue
        if before.status != VAGUE or before.anonymous:
            break
        frames[k] = replace(before, status=NAMED, speaker=speaker, refer=None)


_TITLE_NAMED_REACH = 6  # units back a title named now may still be left unnamed


def _name_the_title_just_before(
    name: str,
    voice: Voice,
    unit: int,
    frames: list[Frame | None],
    paragraphs: Sequence[int],
    people: _People,
) -> frozenset[str]:
    """'Its chief executive, who founded the company in 2014, said ... | "We can match them
    ...," said Hugo Lacombe.': a person the text names for the first time as the source, with
    no post of their own given, right after a source in the same paragraph that the text
    called only by a post it did not tie to anybody ('Its chief executive', 'The company's
    head of government affairs'; not 'an official', nor one who asked not to be named) — the
    way a report names the speaker once the post has set them up; also a post read as the
    person in view, whom the text called otherwise: "The EU's special envoy put it most
    plainly. | Speaking in Tromsø, Annika Berglund said ..."). Gives the posts, which are
    theirs from now on (with those a description gave: "..., a soft-spoken statistician")."""
    earlier = unit - 1
    frame = frames[earlier] if earlier >= 0 else None
    if frame is None or (frame.status == NAMED and not _sets_up(frame)):
        return frozenset()
    title = frame.title if frame.status == VAGUE else frame.guessed
    if (
        paragraphs[earlier] != paragraphs[unit]
        or frame.status == NONE
        or frame.kind != "person"
        or frame.anonymous
        or not title
        or (frame.source or "").split(" ", 1)[0].lower() in _INDEFINITE
    ):
        return frozenset()
    person = next((p for p in voice.people if p.name == name), None)
    posts = person.roles & _words("title_nouns") if person is not None else frozenset()
    if person is not None and "former" in person.roles:
        posts = frozenset()  # ('said Aiko Tanabe, a former researcher at ...': what she was)
    if posts - {title} or (person is not None and _of_the_other_gender(title, person)):
        return frozenset()
    _take_back_the_guess(frame, title, people)
    frames[earlier] = replace(frame, status=NAMED, speaker=name, refer=None, guessed=None)
    return frozenset({title}) | _told_by(frame)


# "The minister said the talks were over. Ana Ruiz disagreed.": an answer is somebody else's
_ANSWERING = ("disagree", "repl", "counter", "object", "disput", "reject", "respond", "retort")


# The cue of a view told with "to be" ("Ms Raghunathan is unconvinced")
_BEING = frozenset({"is", "are", "was", "were", "remains", "remained", "seems", "seemed"})


def _sets_up(frame: Frame) -> bool:
    """A post read as somebody only by a guess, in a sentence that sets up the words to come
    ("The EU's special envoy put it most plainly.", "The minister was blunter."), or described
    anew ("The Brazilian diplomat who chaired ..., a former journalist from Recife, said")."""
    return frame.guessed is not None and (
        frame.anew or (frame.mode != "direct" and (frame.cue or "").lower() in _SETTING_UP)
    )


# Cues of a sentence that says somebody spoke, and how, but not what they said ("The minister
# was blunter", "The researcher ... is more relaxed")
_SETTING_UP = _BEING | {"put it", "went further", "goes further"}


def _answers_somebody(frame: Frame | None) -> bool:
    return frame is not None and (frame.cue or "").lower().startswith(_ANSWERING)


def _after_own_concession(frames: list[Frame | None], paragraphs: Sequence[int], unit: int) -> bool:
    """'Ms Wambugu acknowledges that the data centres need to grow. But she rejects the idea
    that ...': the sentence before, in the same paragraph, concedes something; what is
    rejected next is the same speaker's other half, not an answer to her."""
    earlier = frames[unit - 1] if unit > 0 else None
    return (
        earlier is not None
        and paragraphs[unit - 1] == paragraphs[unit]
        and (earlier.cue or "").lower().startswith(_CONCEDING)
    )


# Verbs that grant a point before turning against the rest ("acknowledges ... But she rejects")
_CONCEDING = ("acknowledg", "admit", "conced", "accept", "grant", "allow")


def _named_in_what_is_said(voice: Voice, frame: Frame, people: _People) -> frozenset[str]:
    """'Marsh had made the better point, she said', 'Leo XIII, he recalled, had answered':
    somebody named in the clause an aside is set into is what was said, not who says it."""
    named = [p.name for p in voice.people if frame.aside_from <= p.offset < frame.offset]
    named += [w for w, at, _, _ in voice.surnames if frame.aside_from <= at < frame.offset]
    found = (people.find(name) for name in named)
    return frozenset(known.name for known in found if known is not None)


def _named_in(words: Sequence[str], people: _People) -> frozenset[str]:
    """The people named before whose names hold any of these words."""
    low = {w.lower() for w in words}
    return frozenset(p.name for p in people.known if low & p.tokens)


def _who_spoke_before(spoke_at: dict[int, set[str]], unit: int) -> frozenset[str]:
    """Who spoke or asked last, in the unit before or the one before that: "The chair, Desmond
    Arkwright, said he was not satisfied. The official replied that ...": a reply is not the
    chair's."""
    return frozenset(spoke_at.get(unit - 1) or spoke_at.get(unit - 2) or ())


_Waiting = tuple[int, str, "_Known | None"]  # (unit, title, whose title it is)


def _title_left_unnamed(
    voice: Voice, people: _People, unit: int, frame: Frame | None
) -> _Waiting | None:
    """The last title the unit gives nobody by name, when nobody named before holds it (with
    the person a relation belongs to: "His Australian counterpart" — his); the unit's own
    source last ("Riyadh's ambassador raised the issue ..., a congressional aide said. The
    ambassador told": the ambassador waits, not the aide)."""
    start, end = (frame.offset, frame.offset + len(frame.source or "")) if frame else (0, 0)
    own = [t for t in voice.titles_left_unnamed if start <= t[1] < end]
    others = [t for t in voice.titles_left_unnamed if not start <= t[1] < end]
    for title, at in [*reversed(others), *reversed(own)]:
        if people.titled(title, unit, anyone=False) is None:
            owner = None
            if title in _RELATIONS:
                owners = [w for w, o in voice.pronoun_subjects if o < at and w.endswith(_OWNER)]
                if owners:
                    owner = people.pronoun(_PRONOUN_GENDER[owners[-1].removesuffix(_OWNER)], unit)
            return unit, title, owner
    return None


# Titles any office-holder has: "said the official who runs the unit. Samuel Wafula, the
# authority's head of international taxation, told delegates ..."
_ANY_OFFICE = frozenset({"official"})


def _name_the_role(
    waiting: _Waiting,
    unit: int,
    new: list[Person],
    people: _People,
    frames: list[Frame | None],
    paragraphs: Sequence[int],
    spoke_at: dict[int, set[str]],
    speaks_unnamed: Sequence[int] = (),
) -> None:
    """'Taiwan's economy minister said on Tuesday ... Speaking to lawmakers, Hung Tzu-wei said
    ...': the one person the next sentence of the paragraph introduces as its subject, with no
    other title of their own ("A senior official told a hearing ... The official, deputy
    secretary Gareth Pennock, said"), holds the title the sentence before gave nobody (and said
    what that sentence's source said). A relation fits a person with an office, and a
    counterpart holds the office of the person it is the counterpart of: "His Australian
    counterpart" of the commissioner is a commissioner too."""
    earlier, title, owner = waiting
    # (the units between where the described person spoke: "...," he says. ¶ "The adviser,
    # Henrik Dahl, says ...": the next paragraph may name him)
    if any(frames[u] is not None and u not in speaks_unnamed for u in range(earlier + 1, unit)):
        return  # somebody else spoke in between
    same_paragraph = paragraphs[unit] == paragraphs[earlier]
    if not (same_paragraph or (speaks_unnamed and paragraphs[unit] == paragraphs[earlier] + 1)):
        return
    # A relation ("her counterpart", "his colleague") fits a person with an office of their own.
    offices = _words("title_nouns")
    fresh = [
        p
        for p in new
        if p.subject
        and (
            title in _RELATIONS or title in _ANY_OFFICE or title in p.roles or not p.roles & offices
        )
    ]
    if not same_paragraph:
        # (a paragraph that brings in somebody described otherwise brings in somebody new: "A
        # spokesman for the envoy said ... ¶ Henrik Dahl, a Dane who heads grid planning ...")
        fresh = [p for p in fresh if title in p.roles or not p.roles]
    if not new and not frames[earlier]:
        # '"This sentence," she said, "is ... ." ¶ Portugal's data protection commissioner is
        # exaggerating': a title nobody holds, said of the one who just spoke, who had none
        _the_speaker_holds_it(title, spoke_at.get(earlier - 1, set()), people, offices)
        return
    if len(fresh) != 1:
        return
    known = people.find(fresh[0].name)
    if known is None:
        return
    spoke = frames[earlier]
    nations = {w for w in spoke.described if is_nationality(w)} if spoke is not None else set()
    if nations and _of_another_nation(known, nations):
        return  # "A European official ... said privately ... Canada's delegate, X, was blunter"
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
    for u in (u for u in speaks_unnamed if earlier < u < unit):
        spoke = frames[u]
        if spoke is not None and spoke.status == VAGUE:
            frames[u] = replace(spoke, status=NAMED, speaker=known.name, title=None)


def _the_speaker_holds_it(
    title: str, speakers: set[str], people: _People, offices: frozenset[str]
) -> None:
    """The one person who spoke just before the title holds it, if they hold no office yet."""
    if title in _RELATIONS or title in _ANY_OFFICE or len(speakers) != 1:
        return
    known = people.find(next(iter(speakers)))
    if known is not None and not known.roles & offices:
        known.roles.add(title)


@cache
def _offices() -> frozenset[str]:
    """Title nouns that name an office, not a relation to somebody."""
    return _words("title_nouns") - _RELATIONS


def _counterparts_share_the_office(voice: Voice, people: _People, unit: int) -> None:
    """'Kenya's trade minister, Joyce Cherono, and her Ethiopian counterpart, Tesfaye Alemu':
    a counterpart named beside the person before them holds the same office (so that 'the
    Ethiopian minister' is Alemu); so does one named as 'his' or 'her' counterpart in a later
    sentence ("Brazil's minister, Rafael Cardoso, ... His German counterpart, Katrin Vogel,
    was more upbeat": the minister the 'his' means)."""
    offices = _offices()
    holder: _Known | None = None
    if len(voice.people) == 1 and voice.people[0].roles & _COUNTERPARTS:
        person = voice.people[0]
        owners = [
            w for w, at in voice.pronoun_subjects if w.endswith(_OWNER) and at < person.offset
        ]
        known = people.find(person.name, gender=person.gender)
        if owners and known is not None and not person.roles & offices:
            gender = _PRONOUN_GENDER[owners[-1].removesuffix(_OWNER)]
            owner = people.pronoun(gender, unit, besides=frozenset({known.name}))
            if owner is not None:
                known.roles |= owner.roles & offices
        return
    if len(voice.people) < 2:
        return
    for person in sorted(voice.people, key=lambda p: p.offset):
        known = people.find(person.name, gender=person.gender)
        if known is None:
            continue
        if holder is not None and person.roles & _RELATIONS and not person.roles & offices:
            known.roles |= holder.roles & offices
        if person.roles & offices:
            holder = known


# Relations that hold the same office as the one they are related to
_COUNTERPARTS = frozenset({"counterpart"})


def _people_named_as_bodies(
    voices: Sequence[Voice], named_above: Sequence[Person] = ()
) -> list[Voice]:
    """'Oyunchimeg Batbayar spent a decade ...', later 'Ms Batbayar is unimpressed': a name the
    tagger took for an organisation is a person when a person of that surname is named anywhere
    in the text (and no description makes it a body); the surname alone ("the email, which
    Kertész published") is no body either (``named_above``: the people the headline names)."""
    named = [*named_above, *(p for v in voices for p in v.people)]
    surnames = {p.name.split()[-1] for p in named if p.name.split()}
    of_full_names = {p.name.split()[-1] for p in named if len(p.name.split()) > 1}
    changed: list[Voice] = []
    for voice in voices:
        taken = [
            (name, offset, subject, described)
            for name, offset, subject, described in voice.bodies
            if len(name.split()) > 1 and name.split()[-1] in surnames and not described
        ]
        people = [
            Person(person, None, described, subject, at)
            for name, offset, subject, described in taken
            for person, at in [_without_the_participle(name, offset)]
        ]
        alone = {
            name
            for name, _, _, described in voice.bodies
            # ("Tamm, 36, learned her trade": an age describes no body)
            if name in of_full_names
            and not described & _words("organisation_nouns")
            and len(name.split()) == 1
        }
        if not (people or alone):
            changed.append(voice)
            continue
        names = {name for name, _, _, _ in taken}
        frame = voice.frame
        if frame is not None and frame.kind == "organisation" and frame.speaker in names:
            frame = replace(frame, kind="person")
        bodies = tuple(b for b in voice.bodies if b[0] not in names | alone)
        changed.append(replace(voice, frame=frame, people=(*voice.people, *people), bodies=bodies))
    return changed


def _without_the_participle(name: str, offset: int) -> tuple[str, int]:
    """ "Quoting Lindqvist" (the tagger's "Quoting Lindqvist's post, she wrote"): the surname
    without the participle that opened the sentence."""
    first, _, rest = name.partition(" ")
    if first.lower().endswith("ing") and len(first) > 5 and not _a_given_name(first):
        return rest, offset + len(first) + 1
    return name, offset


def _bodies_named_as_people(voices: Sequence[Voice]) -> list[Voice]:
    """'... at the video-sharing service Lumora', later 'Lumora said': a name the text once
    gives a body (or the first word of it) is one wherever the tagger took it for a person,
    unless a person of that surname is named ('Wanjiru Ndegwa', later 'Ndegwa' tagged as a
    body; nor 'Barragán', one of the two surnames of 'Lucía Barragán Ortiz')."""
    surnames = {w for v in voices for p in v.people for w in p.name.split()[1:]}
    body_names = {
        name: words
        for v in voices
        for name, _, _, words in v.bodies
        if name.split() and name.split()[-1] not in surnames
    }
    # ("The claimant, Nusantara Compute, ..."; later "Nusantara declined to comment": the
    # body's first word, when it is nobody's name)
    first_words = {
        first: words
        for name, words in body_names.items()
        if len(name.split()) > 1
        and (first := name.split()[0]) not in surnames
        and first[:1].isupper()
        and not _a_given_name(first)
    }
    body_names = first_words | body_names
    changed: list[Voice] = []
    for voice in voices:
        bodies = [
            (p.name, p.offset, p.subject, body_names[p.name])
            for p in voice.people
            if p.name in body_names
        ]
        if not bodies:
            changed.append(voice)
            continue
        names = {b[0] for b in bodies}
        frame = voice.frame
        if frame is not None and frame.kind == "person" and frame.speaker in names:
            frame = replace(frame, kind="organisation")
        people = tuple(p for p in voice.people if p.name not in names)
        held = {(b[0], b[1]) for b in voice.bodies}
        added = tuple(b for b in bodies if (b[0], b[1]) not in held)
        changed.append(replace(voice, frame=frame, people=people, bodies=voice.bodies + added))
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
            # "... she says. ¶ Her name is Kadri Lepik"; "Australia's foreign minister told ...
            # ¶ The minister, Helen Nguyen-Walsh, said"
            introduced = voices[j].introduces or _the_title_named(voices[j], frame)
            if j > i and introduced:
                known = people.find(introduced)
                name = known.name if known is not None else introduced
                frames[i] = replace(frame, status=NAMED, speaker=name)
                break
            if not reporting and (j == i or not _reports_only_themself(j, voices, frames, people)):
                continue
            later = [
                p
                for p in voices[j].people
                if (j > i or p.offset > frame.offset)
                and (gender is None or p.gender in (gender, None))
                and (p.subject or (reporting and not opens_next))
            ]
            if later:
                known = people.find(later[0].name)
                name = known.name if known is not None else later[0].name
                frames[i] = replace(frame, status=NAMED, speaker=name)
                break


def _the_lede_named(
    frame: Frame,
    lede: int,
    voices: Sequence[Voice],
    frames: list[Frame | None],
    paragraphs: Sequence[int],
    people: _People,
    unit: int,
) -> Frame:
    """A title the lede gave its subject before naming her ("The nominee ... told senators"),
    used again: the person the text named after the lede (as the closing pass will find), now
    the one in view."""
    trial = list(frames)
    _named_after([lede], voices, trial, paragraphs, people, reporting=False)
    named = trial[lede]
    known = people.find(named.speaker) if named is not None and named.speaker else None
    if named is None or named.status != NAMED or known is None:
        return frame
    known.salient = known.mentioned = unit
    return replace(frame, status=NAMED, speaker=known.name, refer=None)


def _reports_only_themself(
    j: int, voices: Sequence[Voice], frames: list[Frame | None], people: _People
) -> bool:
    """The unit reports nobody's words but, in an aside, those of the person it is about
    ("Folasade Okonkwo, a Nigerian who ..., now employs eleven analysts and, she says, ...")."""
    if voices[j].frame is None:
        return True
    if not voices[j].frame.aside:  # ("Mexico's ambassador, X, said ...": another speaker)
        return False
    frame = frames[j]
    subject = next((p for p in voices[j].people if p.subject), None)
    if frame is None or frame.status != NAMED or subject is None:
        return False
    known = people.find(subject.name)
    return frame.speaker == (known.name if known is not None else subject.name)


_BODIES_IN_VIEW = 200  # organisations named most recently that "the embassy" may mean


def _the_body_whose_name_ends_so(
    frame: Frame,
    bodies: list[Body],
    unit: int,
    paragraph: int,
    last: list[tuple[int, int, Frame]],
) -> Frame:
    """'The observatory also warned', after "the Digital Elections Observatory, a network of
    researchers": a word that may name a document is the body named before whose name it ends,
    when no document has spoken in this paragraph or the one before (the last such body a
    subject or a source a few sentences back, else the last one named)."""
    words = (frame.source or "").lower().split()
    if frame.refer != "same" or len(words) != 2 or words[0] != "the":
        return frame
    if any(f.kind == "document" and paragraph - par <= 1 for _, par, f in last):
        return frame
    called = [b for b in bodies[-_BODIES_IN_VIEW:] if b.name.lower().split()[-1:] == words[1:]]
    if not called:
        return frame
    chosen = _the_one_in_view(called, unit)
    return replace(_named_body(frame, chosen.name), kind="organisation")


def _the_body_its_name_heads(frame: Frame, bodies: list[Body], people: _People, unit: int) -> Frame:
    """ "The trust found ...", "The project found ...", "The forum found ..." after "The Climate
    Data Trust, a non-profit research body", "the Open Verification Project", "the Geneva Forum on
    Technology Governance": a noun that is no title nor a body's usual word, but the one a body
    named before is known by (the last word of its name, or the one before its "of", "on" or
    "for"), is that body — unless the text gave somebody that word as a title."""
    noun = frame.refer or ""
    called = [b for b in bodies[-_BODIES_IN_VIEW:] if noun in _head_words(b.name)]
    if not called or people.titled(noun, unit, anyone=False) is not None:
        return frame
    chosen = _the_one_in_view(called, unit)
    return replace(_named_body(frame, chosen.name), kind="organisation")


# People a body speaks through, called back by their plural ("The panel said ... the experts
# concluded", "Researchers at Oxford University found ... The researchers said")
_A_BODY_S_PEOPLE = frozenset(
    {"experts", "researchers", "scientists", "analysts", "investigators", "monitors",
     "auditors", "inspectors", "authors"}
)  # fmt: skip
_RESEARCHERS = frozenset({"researchers", "scientists", "analysts", "authors"})
# the words of a body's name that say it does research ("the Open Evidence Lab")
_RESEARCH_BODIES = frozenset(
    {"lab", "laboratory", "institute", "centre", "center", "observatory", "project", "initiative"}
)
_BODY_S_PEOPLE_REACH = 6  # units back that "the experts" looks for the body they speak for
# endings of the word in a body's name for its people ("Experts", "Monitoring", "Inspectorate")
_NAMES_OF_THEIR_WORK = frozenset({"", "s", "ing", "ate"})


def _the_body_whose_people_speak(
    frame: Frame, bodies: list[Body], last: list[tuple[int, int, Frame]], unit: int
) -> Frame:
    """ "the experts concluded", "The researchers said", "the monitors reported": the body they
    speak for — the one a source just before named them by ("Researchers at Oxford University
    have found"), else a body in view whose name has the word ("the United Nations Panel of
    Experts on Libya", "the Sanctions Monitoring Team"), else, for researchers, the research body
    that was last a subject or a source ("The Open Evidence Lab combined ...")."""
    words = (frame.source or "").lower().split()
    if len(words) != 2 or words[0] != "the" or words[1] not in _A_BODY_S_PEOPLE:
        return frame
    noun = words[1]
    for at, _, earlier in reversed(last):
        if at < unit - 3:
            break
        if (
            earlier.status == NAMED
            and earlier.kind == "organisation"
            and noun in (earlier.source or "").lower().split()
        ):
            return replace(_named_body(frame, earlier.speaker or ""), kind="organisation")
    stem = noun[:-1]  # ("monitors": the "Monitoring" Team; "inspectors": the Inspectorate)
    recent = [b for b in bodies if b.unit >= unit - _BODY_S_PEOPLE_REACH]
    called = [
        b
        for b in recent
        if any(
            w.startswith(stem) and w[len(stem) :] in _NAMES_OF_THEIR_WORK
            # (not "the authors": the Information Authority)
            for w in b.name.lower().split()
        )
    ]
    if not called and noun in _RESEARCHERS:
        called = [
            b
            for b in recent
            if (b.spoke or b.subject) and set(b.name.lower().split()) & _RESEARCH_BODIES
        ]
    if not called:
        return frame
    return replace(_named_body(frame, _the_one_in_view(called, unit).name), kind="organisation")


_OF_A_NAME = frozenset({"of", "on", "for"})


def _head_words(name: str) -> set[str]:
    """The words a body's name is known by: "Climate Data Trust" → trust; "Geneva Forum on
    Technology Governance" → forum, governance."""
    words = name.lower().split()
    heads = set(words[-1:])
    at = next((k for k, w in enumerate(words) if w in _OF_A_NAME), 0)
    if at > 0:
        heads.add(words[at - 1])
    return heads


def _the_one_in_view(called: list[Body], unit: int) -> Body:
    """Of the bodies a noun may mean (in the order named), the last that spoke or was a subject
    a few sentences back, else the last named (the one that spoke, among those of one sentence:
    "Kenya's ministry said ... Chile's ministry suspended two permits. The ministry said":
    Chile's)."""
    recent = [b for b in called if b.unit >= unit - 4 and (b.spoke or b.subject)]
    return max(recent, key=lambda b: (b.unit, b.spoke)) if recent else called[-1]


def _spoke_as_a_body(frame: Frame | None) -> TypeGuard[Frame]:
    """An organisation the unit names as its source ("Tessaract Semiconductor said ...")."""
    return (
        frame is not None
        and frame.status == NAMED
        and frame.kind == "organisation"
        and bool(frame.speaker)
    )


# Nouns spelt both ways in bodies' names ("the Meridian Export Policy Center ... The centre")
_SPELLED_ALSO = {
    "centre": "center", "center": "centre", "organisation": "organization",
    "organization": "organisation", "programme": "program", "program": "programme",
    "defence": "defense", "defense": "defence",
}  # fmt: skip


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
        nouns = {noun, _SPELLED_ALSO.get(noun, noun)}  # ("The centre said": the X Center)
        return bool(nouns & self.described or nouns & set(self.name.lower().split()))

    def sort(self) -> str | None:
        """What kind of body its name or description says it is (see ``_SORTS``); a firm's
        description may hold the nouns of other sorts ("a data-centre operator")."""
        if self.described & _SORTS["company"]:
            return "company"
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
    # ("The company said" after "a reference from the Amsterdam District Court": no firm)
    "court": frozenset({"court", "tribunal"}),
    "bloc": frozenset({"alliance", "bloc", "union", "coalition", "organisation", "organization"}),
    # the press reports; "the company said" after "the Guardian reported" is another body
    "press": frozenset(
        {"newspaper", "paper", "broadcaster", "outlet", "magazine", "tabloid", "daily", "times",
         "post", "guardian", "telegraph", "herald", "tribune", "gazette", "journal", "reuters",
         "bloomberg", "xinhua", "nikkei", "afp", "bbc", "cnn", "jazeera", "chronicle", "ledger",
         "dispatch", "courier", "courrier", "express", "mirror", "observer", "wire", "news",
         "newsletter", "broadsheet", "radio", "television", _PRESS}
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
    # "the Estonian army" is no company
    "military": frozenset(
        {"army", "navy", "military", "forces", "militia", "brigade", "regiment", "marines"}
    ),
}  # fmt: skip


_HIS_BODY_REACH = 4  # units back that "his ministry", "her institute" may reach


# Words before a body's noun that are no part of any name ("the", "his", "its")
_NO_NAME_WORDS = _POSSESSIVE_DETERMINERS | {"the", "a", "an", "this", "that"}


def _the_body(frame: Frame, bodies: list[Body], named: Counter[str], unit: int) -> Frame:
    """'The company has said ...', 'the agency said': the organisation the text called so —
    the last one named as a subject a few sentences back whose name or description holds the
    noun, else the last one so named ('the embassy', 'the institute'). For a noun of the
    _FIRMS ('the company', 'the bloc'), failing that, among bodies of the same sort (a company
    is no ministry): the one named in this unit or the two before (the last subject, or the
    only one), the last subject a few sentences back, the one the essay names most (at
    least twice: 'the bloc' in a piece on BRICS), or the last one named a few sentences back.
    Else nobody can tell which."""
    noun = frame.title or ""
    in_view = bodies[-_BODIES_IN_VIEW:]
    # (not the phrase itself: "The Malaysian ministry said" is a body the sentence names)
    called = [b for b in in_view if b.called(noun) and b.name != frame.speaker]
    nations = {w.lower() for w in (frame.speaker or "").split() if is_nationality(w)}
    # "The Malaysian ministry": of the ministries, Malaysia's
    called = [b for b in called if _of_the_nation_named(b, nations)] or called
    # "The water ministry": of the ministries, the one whose name says so (the Ministry of Water
    # Resources, not the Ministry of External Affairs named since)
    said = {w.lower() for w in (frame.source or "").split()[:-1]} - _NO_NAME_WORDS
    called = [b for b in called if said & set(b.name.lower().split())] or called
    owners = {w.lower() for w in _OWNER_WORD.findall(frame.source or "")}
    if owners and frame.status == NAMED:
        # "Korea's labour ministry": a ministry of Korea's named before ("South Korea's Ministry
        # of Employment and Labor"), not another country's; else the one as written
        called = [b for b in called if _of_the_owner(b, owners)]
    if (frame.source or "").lower().startswith(("his ", "her ")) or frame.belongs_to:
        # "Hendra Wijaya, who heads the Ministry of ... His ministry said" (or "Mr Wijaya's
        # ministry"): the one named with the person a few sentences back, else nobody can tell
        # (not any ministry named before)
        called = [b for b in called if b.unit >= unit - _HIS_BODY_REACH]
        if not called:
            return replace(frame, refer=None, title=None)
    if called:
        return _named_body(frame, _in_full(_the_one_in_view(called, unit).name, bodies, frame))
    outlet = _the_outlet_in_view(bodies, unit) if noun in _PRESS_NOUNS else None
    if outlet is not None:  # "In its editorial, the newspaper ...": the one the text quotes
        return _named_body(frame, outlet)
    if noun not in _FIRMS:
        return replace(frame, refer=None, title=None)
    fit = [b for b in bodies if _same_sort(noun, b.sort())]
    # ("The European Union will challenge ... New Delhi has defended the regime ... The bloc
    # said": a body its name says is of that sort first, before one whose name says nothing)
    wanted = next((name for name, nouns in _SORTS.items() if noun in nouns), None)
    of_the_sort = [b for b in fit if wanted is not None and b.sort() == wanted]
    chosen = _the_one_just_named(of_the_sort, unit) if len(of_the_sort) < len(fit) else None
    if chosen is None:
        chosen = _the_one_just_named(fit, unit)
    if chosen is None:
        ranked = Counter({name: n for name, n in named.items() if name in {b.name for b in fit}})
        top = ranked.most_common(2)
        if top and top[0][1] >= 2 and (len(top) == 1 or top[1][1] < top[0][1]):
            chosen = top[0][0]
    if chosen is None:
        # the one of that sort the text named last, a few sentences back at most
        chosen = next((b.name for b in reversed(fit) if b.unit >= unit - 4), None)
    if chosen is None:
        return replace(frame, refer=None, title=None)
    return _named_body(frame, _in_full(chosen, bodies, frame))


def _the_body_beside_its_owner(
    frame: Frame, bodies: list[Body], people: _People, unit: int
) -> Frame | None:
    """'Hoshimi's president, Takeshi Mori, rejected the criticism ... His company said': 'his
    company', 'her firm', 'his association' when no body of that sort is in view — the body
    named beside the person the 'his' or 'her' means ("Hoshimi's president", "who runs policy
    at Stratus Cloud", "who heads the Semiconductor Design Association"), however far back:
    the person is in view, and the body is theirs."""
    first = (frame.source or "").split(" ", 1)[0].lower()
    if first not in _POSSESSIVE_PRONOUNS or frame.belongs_to or frame.title not in _OWNED_BODIES:
        return None
    owner = people.pronoun(_PRONOUN_GENDER[_POSSESSIVE_PRONOUNS[first]], unit)
    if owner is None:
        return None
    beside = _names_beside(owner)
    named_with = [b for b in bodies if beside & set(b.name.lower().split())]
    # ("Hoshimi's president": the Hoshimi Semiconductor the text named in full before)
    names = {_in_full_by_its_first_words(b.name, bodies) for b in named_with}
    if len(names) != 1:
        return None
    return _named_body(frame, names.pop())


def _in_full_by_its_first_words(name: str, bodies: list[Body]) -> str:
    """The longest name of a body the text gave that begins with this one ("Hoshimi": the
    Hoshimi Semiconductor named before)."""
    words = name.split()
    return max((b.name for b in bodies if b.name.split()[: len(words)] == words), key=len)


# Bodies somebody works for that 'his' or 'her' may name ("his company"; not "her office", the
# senator's own, nor "his campaign")
_OWNED_BODIES = _SORTS["company"] | {
    "group", "lab", "institute", "think-tank", "organisation", "association", "federation",
    "alliance", "coalition", "foundation",
}  # fmt: skip


def _the_one_just_named(fit: list[Body], unit: int) -> str | None:
    """Of these bodies, the only one this unit names ("... complaints against Apple
    subsidiaries, the company said"), else the one named just before, else the last that was
    a subject a few sentences back ("Lumenworks ... said on Tuesday ... Its chief executive ...
    the chief executive said ... The company said")."""
    here = {b.name for b in fit if b.unit == unit}
    chosen = next(iter(here)) if len(here) == 1 else _named_just_before(fit, unit, reach=2)
    if chosen is None:
        chosen = next((b.name for b in reversed(fit) if b.subject and b.unit >= unit - 4), None)
    return chosen


# Bodies whose names say what they are ("the Ministry of Foreign Affairs", "the US embassy")
_NAMED_AS_SUCH = frozenset({"ministry", "embassy"})


# The owner a possessive names: "Korea" in "Korea's labour ministry"
_OWNER_WORD = re.compile(r"([A-Z][\w-]*)['’]s\b")


def _of_the_owner(body: Body, owners: set[str]) -> bool:
    """The body's name or the country the text gave it holds one of the owners."""
    return bool(owners & set(body.name.lower().split())) or any(
        w.removeprefix(_PLACE) in owners for w in body.described if w.startswith(_PLACE)
    )


def _of_the_nation_named(body: Body, nations: set[str]) -> bool:
    return any(
        w.startswith(_PLACE) and of_that_country(w.removeprefix(_PLACE), nations)
        for w in body.described
    )


# What the press is called by: "The paper said", "According to the tabloid"
_PRESS_NOUNS = frozenset(
    {"paper", "newspaper", "tabloid", "broadsheet", "newsletter", "magazine", "broadcaster",
     "outlet"}
)  # fmt: skip
_OUTLET_REACH = 8  # units back that "the paper" may reach for the outlet it means


def _the_outlet_in_view(bodies: list[Body], unit: int) -> str | None:
    """The newspaper, broadcaster or agency named last a few sentences back, by a name or a
    description that says it is one ("the Nairobi Ledger", "Rond-Point, a newsletter") or as
    the one that quoted somebody ("Aftenlyset quoted the minister as saying")."""
    press = {b.name for b in bodies[-_BODIES_IN_VIEW:] if b.sort() == "press"}
    return next(
        (b.name for b in reversed(bodies) if b.unit >= unit - _OUTLET_REACH and b.name in press),
        None,
    )


def _same_sort(noun: str, sort: str | None) -> bool:
    """A company is no public body, nor an embassy or a court an agency; public bodies of other
    sorts may be meant ('the agency' for the International Telecommunication Union); "the
    group" may be a firm as well, but no ministry, embassy or court."""
    if noun == "group":  # a firm's group ("the Nijmegen-based group") or a campaigners' one
        return sort not in {"embassy", "court", "ministry"}
    wanted = next((name for name, nouns in _SORTS.items() if noun in nouns), None)
    if sort is None and wanted in _NAMED_AS_SUCH:
        return False  # "the ministry" is no "Tartu": a ministry's name says it is one
    if sort is None or sort == wanted:
        return True
    return not {"company", "embassy", "court"} & {wanted, sort}


def _in_full(name: str, bodies: list[Body], frame: Frame) -> str:
    """A body called back by a noun under its initials, by the name the text spelt out
    ("the Government Accountability Office ... The GAO has looked at it. ... the watchdog
    found": the Government Accountability Office), when the source names nobody itself ("the
    UN's advisory body" stays the UN's)."""
    if not name.isupper() or not (frame.source or "").islower():
        return name
    return next((b.name for b in bodies if _initials_of(name, b.name)), name)


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


def _the_document_in_view(
    frame: Frame,
    voices: Sequence[Voice],
    unit: int,
    last: list[tuple[int, int, Frame]],
    bodies: list[Body],
) -> Frame:
    """'It found ...': the document that is the subject of the sentence before, unless a source
    spoke since ("Her team's review, titled 'Signals in the Field', was completed last year. It
    found ..."; "The draft standard is dry reading. It warns ...", though another report spoke
    just before). Not one in the sentence itself: "The registry would be free, it said" is
    what was said of it; nor when a body is a subject there ("The ministry published its
    review. It said ...": the ministry); a document made by a body is not recorded as one that
    may speak ("The text was drafted by the Commission. It said ...": the Commission)."""
    before = voices[unit - 1].documents if unit > 0 else ()
    chosen = before[-1] if before else None
    if chosen is None or (last and last[-1][0] >= unit - 1):
        return frame
    if any(b.unit >= unit - 1 and b.subject for b in bodies):
        return frame  # (a body the subject there: "The ministry published a report. It said")
    if " " not in chosen:  # "The note, drafted by ..., proposes X. It argues": a note, no more
        return replace(frame, status=VAGUE, kind="document", refer=None)
    return replace(frame, status=NAMED, speaker=chosen, kind="document", refer=None)


# Nouns a text uses in turn for one document ("An internal memorandum ... The memo urged", "The
# written judgment ... The ruling orders")
_ONE_DOCUMENT = {
    "memo": "memorandum", "judgement": "ruling", "judgment": "ruling", "verdict": "ruling"
}  # fmt: skip


def _the_document_described(
    frame: Frame,
    voices: Sequence[Voice],
    unit: int,
    paragraphs: Sequence[int],
    last: list[tuple[int, int, Frame]],
    bodies: list[Body],
) -> Frame | None:
    """'The note described ...' after "In a briefing note shared with journalists last year, it
    estimated ...": the document of that noun this unit or the two before told which one it
    is, when no document has spoken since ('the document' may be any of them); else the only
    one of that noun the text described ("A draft circulated among delegations on
    Monday would ..." three paragraphs before "The draft also states"). None when the text
    says no more of it than 'a report'."""
    noun = (frame.source or "").split()[-1].lower().rsplit("-", 1)[-1]  # ("the non-paper")
    noun = _ONE_DOCUMENT.get(noun, noun)
    for at, _, earlier in reversed(last):
        if at < unit - 2:
            break
        if (
            earlier.kind == "document"
            and earlier.status == NAMED
            and noun in (earlier.source or "").lower().split()
        ):
            # ("..., according to a filing with the Frankfurt Stock Exchange. The filing states
            # ...": the one that just spoke, and whoever it spoke for)
            return replace(frame, status=NAMED, speaker=earlier.speaker, refer=None)
    spoke = max((u for u, _, f in last if f.kind == "document"), default=-1)
    for j in range(unit, max(unit - 3, spoke, -1), -1):
        if paragraphs[j] < paragraphs[unit] - 1:
            break
        for lemma, described, offset in reversed(voices[j].documents_described):
            if j == unit and offset >= frame.offset:
                continue
            if _ONE_DOCUMENT.get(lemma, lemma) == noun or noun in {"document", "text"}:
                return replace(frame, status=NAMED, speaker=described, refer=None)
    outlet = _the_outlet_in_view(bodies, unit) if noun == "paper" else None
    if outlet is not None:  # "he told the paper. ... The paper said": the newspaper
        return replace(frame, status=NAMED, speaker=outlet, kind="organisation", refer=None)
    earlier = {
        described
        for j in range(unit)
        for lemma, described, _ in voices[j].documents_described
        if _ONE_DOCUMENT.get(lemma, lemma) == noun
    }
    if len(earlier) == 1:
        return replace(frame, status=NAMED, speaker=earlier.pop(), refer=None)
    return None


def _named_just_before(bodies: list[Body], unit: int, reach: int) -> str | None:
    """The organisation named in this unit or the ``reach`` before it: the last one that spoke,
    else the last one named as a subject, or the only one named."""
    near = [b for b in bodies if b.unit >= unit - reach]
    # (the one that spoke, before one that is the subject of what it said: "Digital Aotearoa
    # said the Government should involve ... The group argued ...")
    subjects = [b.name for b in near if b.spoke] or [b.name for b in near if b.subject]
    names = {b.name for b in near}
    # ("The figure comes from the International Energy Agency (IEA). In its report, it
    # estimated ...": one body by two names)
    names = {name for name in names if not any(_initials_of(name, other) for other in names)}
    return subjects[-1] if subjects else (next(iter(names)) if len(names) == 1 else None)


_NOT_IN_INITIALS = frozenset({"of", "for", "the", "and", "on", "in", "de", "des", "du", "la"})


def _initials_of(short: str, name: str) -> bool:
    """ "IEA" is the initials of "International Energy Agency" ("UNODA" of "UN Office for
    Disarmament Affairs" is not: only plain initials)."""
    if not (short.isupper() and short.isalpha() and 2 <= len(short) < len(name)):
        return False
    words = [w for w in name.replace("-", " ").split() if w.lower() not in _NOT_IN_INITIALS]
    return "".join(w[0] for w in words).upper() == short


def _resolve(
    frame: Frame,
    people: _People,
    unit: int,
    paragraph: int,
    last: list[tuple[int, int, Frame]],
    unnamed: dict[str, frozenset[str]],
    besides: frozenset[str] = frozenset(),
    *,
    asked: frozenset[str] = frozenset(),
    elsewhere: frozenset[str] = frozenset(),
) -> Frame | None:
    """The person or body a pronoun or a title means (``besides``: people it cannot mean;
    ``asked``: people who just put a question, whom a title means only by that title — a 'he'
    may still be the one who asked and goes on: "X questioned whether ... . He said ...";
    ``elsewhere``: people a title cannot mean, who belong to no body it is of)."""
    refer = frame.refer or ""
    if refer in {"he", "him", "she", "her"}:
        gender = _PRONOUN_GENDER[refer]
        known = people.pronoun(gender, unit, besides=besides)
        if known is None:
            return replace(frame, status=VAGUE, refer=None)
        known.gender = known.gender or gender
        return replace(frame, speaker=known.name, refer=None)
    if refer in {"they", "it"}:
        # Only a source that spoke just before: "Officials denied it. They said ..." — a 'they'
        # with no speaker in view is as likely the satellites as anybody who speaks.
        if last and last[-1][0] >= unit - 2 and last[-1][2].kind in _PLURAL_SOURCES[refer]:
            earlier = last[-1][2]
            return replace(
                frame, status=earlier.status, speaker=earlier.speaker, kind=earlier.kind, refer=None
            )
        if refer == "they" and (_holds_a_view(frame.cue) or frame.aside):
            # "AI, they argue, will ...", "talks, they say, are not lobbying": people, unnamed
            return replace(frame, refer=None)
        if refer == "it" and frame.kind == "group":
            return replace(frame, refer=None, title=None)  # "Its authors warn": unnamed people
        return None
    if refer == "same":  # "the same report", "this study": the document named just before
        for _, par, earlier in reversed(last):
            if paragraph - par > 1:
                break
            if earlier.kind == frame.kind and earlier.status == NAMED:
                return replace(frame, status=NAMED, speaker=earlier.speaker, refer=None)
            if earlier.kind == frame.kind:
                break  # ("A recent survey found ... The survey also found": that survey)
        return replace(frame, refer=None)
    if frame.belongs_to is not None and people.surname(frame.belongs_to) is not None:
        return replace(frame, refer=None, title=refer)  # "Olivera's spokesman": unnamed
    # (and "her opposite number shot back", "his counterpart replied": the other side, when
    # the text says of no nation and called nobody a counterpart)
    other_side = refer in _OPPONENTS or (
        refer == "counterpart"
        and not frame.described
        and not any(refer in p.roles for p in people.known)
    )
    possessive = (frame.source or "").split(" ", 1)[0].lower() if other_side else ""
    if possessive in _POSSESSIVE_PRONOUNS:
        # "Marsh thinks ...; Raghunathan thinks ... . Her opponent is unconvinced."
        owner = people.pronoun(_PRONOUN_GENDER[_POSSESSIVE_PRONOUNS[possessive]], unit)
        other = people.the_other(owner, unit) if owner is not None else None
        if other is not None:
            return replace(frame, status=NAMED, speaker=other.name, kind="person", refer=None)
    # "A senior official, who asked not to be named, ... the former official argued": not the
    # unnamed one, who was never called former
    the_unnamed_one = refer in unnamed and frame.described <= unnamed[refer] | _NOT_TELLING
    # ("the statistician told me": a word for what somebody does is the person in view, as
    # titles are; "the werken said" only the one the text called so)
    by_role = frame.by_role and not _agent_noun(refer + "s") and refer not in _ORIGINS
    retold = frame.anew and _a_trade_retold(frame, refer)
    anyone = not the_unnamed_one and not (by_role or frame.aide or (frame.anew and not retold))
    anyone = anyone and refer not in _ONLY_THOSE_SO_CALLED
    by_nation = people.of_nation(refer) if frame.nationality else None
    known = by_nation or people.titled(
        refer, unit, anyone=anyone, described=frame.described, besides=besides, asked=asked
    )
    if known is not None and frame.for_a_country and _speaks_for_another(known, frame):
        known = None  # "Ghana's ambassador, Kwesi Amoako ... China's envoy said": not he
    if known is not None and (_works_elsewhere(known, frame, refer) or known.name in elsewhere):
        known = None  # "X, a partner at Fairholt Advisory, ... Sauti's chief officer told"
    if known is not None and _of_the_other_gender(refer, known):
        known = None  # "the spokeswoman added" is no man in view
    if known is None:
        # ("The woman who runs the forecasting desk, a statistician who ..., says": somebody
        # described anew, unnamed, whom the text may name next)
        anew = frame.anew and refer in _PEOPLE_BY_SEX  # (not "The last quarrel showed ...")
        return None if by_role and not anew else replace(frame, refer=None, title=refer)
    if (the_unnamed_one or refer in _ANY_OFFICE) and _the_unnamed_one_just_spoke(
        refer, last, unit, known
    ):
        # "A senior European diplomat, who asked not to be named, told me ... 'We are not
        # asking to leave,' the diplomat said": not a diplomat named paragraphs before
        return replace(frame, status=VAGUE, refer=None, title=refer)
    # "The EU's special envoy put it most plainly.": the one in view, whom the text gave
    # another title (or one described anew), unless the next sentence names somebody new as
    # its source
    # (``people.guessed`` tells of the ``titled`` call only: not of a nation's person)
    in_view = by_nation is None and people.guessed and _titled(known) and refer not in known.roles
    guessed = refer if in_view or (frame.anew and refer != "year-old") else None
    if refer == "year-old":  # an age is no title that another age could call
        known.roles |= frame.described  # "the 47-year-old skipper" → later "the skipper"
    else:
        known.roles.add(refer)  # "Norway's envoy told me" → later "the envoy" is the same one
        # ("the former official said" → later "the former enforcement chief" is she)
        known.roles |= frame.described & {"former"}
    known.roles |= frame.works | _told_by(frame)
    return replace(
        frame, status=NAMED, speaker=known.name, kind="person", refer=None, guessed=guessed
    )


def _take_back_the_guess(frame: Frame, title: str, people: _People) -> None:
    """The person a title source was read as (by a guess, now named otherwise) loses what the
    title told of them."""
    guessed = people.find(frame.speaker or "") if frame.status == NAMED else None
    if guessed is not None:
        guessed.roles -= {title} | _told_by(frame)


def _told_by(frame: Frame) -> frozenset[str]:
    """What a title source tells of the person besides the title: the titles a description
    beside it gives ("The woman who runs the desk, a soft-spoken statistician") and the nation
    ("the Taiwanese executive" → later "the Taiwanese witness")."""
    nations = (w.removeprefix(_NATION) for w in frame.described if w.startswith(_NATION))
    return frame.described_as | frozenset(nations)


# A word for where a person comes from, which a text gives the one in view ("The Ohio native,
# who spent a decade ..., said"), as it gives a nationality
_ORIGINS = frozenset({"native"})


def _a_trade_retold(frame: Frame, title: str) -> bool:
    """ "The soft-spoken banker, a veteran of restructurings in Zambia, told ...": the name of a
    trade with a description set beside it, the text telling more of the one in view — not a
    seat or a relation ("The chairman of the group, a Dutchman", "Her deputy, a retired
    colonel": somebody new), nor a title said to be of a body or a work."""
    return (
        (frame.source or "").lower().startswith("the ")  # (not "Her co-author, a former ...")
        and not frame.aide
        and frame.belongs_to is None
        and not frame.works
        and not frame.described & _ORDINALS  # ("The first negotiator, a ...": somebody new)
        and _a_trade(title)
    )


def _not_of_the_body_just_named(
    frame: Frame, bodies: list[Body], people: _People, unit: int
) -> frozenset[str]:
    """'Arcadia Semiconductor, a California designer of AI accelerators, has signed ... The
    company's chief executive said': a post a body's noun owns ("the company's", "its") is
    held at the body named in the sentence or two before; nobody the text last mentioned
    before that body came up, and did not name beside it, holds it (not the former executive
    who now leads a delegation, nor another firm's chief named a paragraph back)."""
    if not _OWNED_BY_A_BODY.match(frame.source or ""):
        return frozenset()
    recent = {b.name for b in bodies if unit - 2 <= b.unit < unit}
    if not recent:
        return frozenset()
    # (from where the text first named any of them: "Kwame Asante-Boateng founded the Accra
    # Policy Lab ... advises the African Union ... its founder said" is still he)
    since = min(b.unit for b in bodies if b.name in recent)
    words = {w for name in recent for w in name.lower().split()}
    return frozenset(
        p.name for p in people.known if p.mentioned < since and not _names_beside(p) & words
    )


def _names_beside(known: _Known) -> set[str]:
    """The words of the names the text set beside the person ("Hoshimi's president, Takeshi
    Mori": "hoshimi")."""
    return {r.removeprefix(_NAMED_BESIDE) for r in known.roles if r.startswith(_NAMED_BESIDE)}


# A post a body's noun or 'its' owns: "The company's chief executive", "Its director" (not any
# body's: "The committee's chair" is the chair the text named)
_OWNED_BY_A_BODY = re.compile(
    r"(?:the (?:company|firm|group|bank|lab|start-up|startup|agency|ministry|department"
    r"|regulator|institute|organi[sz]ation|alliance|bloc)['’]s|its) ",
    re.I,
)


def _works_elsewhere(known: _Known, frame: Frame, title: str) -> bool:
    """A title a body's possessive gives ("Sauti's chief technology officer") is not the person
    in view whose description names other bodies and places but not that one, and who was never
    given the title."""
    owner = frame.belongs_to
    if owner is None or frame.for_a_country or title in known.roles:
        return False
    beside = _names_beside(known)
    return bool(beside) and owner.lower() not in beside


def _of_the_other_gender(title: str, known: _Known | Person) -> bool:
    """A title that says a woman ("spokeswoman", "chairwoman", "her mother") for a man, or a
    man ("spokesman", "her husband") for a woman ("chairman" is said of women too)."""
    if title.endswith("woman") or title in _KIN_WOMEN:
        return known.gender == "male"
    return (title == "spokesman" or title in _KIN_MEN) and known.gender == "female"


def _the_unnamed_one_just_spoke(
    title: str, last: list[tuple[int, int, Frame]], unit: int, known: _Known
) -> bool:
    """The last source, in this unit or the two before, is somebody left unnamed with this
    title, and the named one who holds it has not been mentioned since."""
    if not last or last[-1][0] < unit - 2:
        return False
    spoke_at, _, earlier = last[-1]
    # ("A senior figure in the department, who was not authorised to speak, said ... the
    # official added": whoever it was, an official)
    same = earlier.title == title or (title in _ANY_OFFICE and earlier.kind == "person")
    return earlier.status == VAGUE and same and known.mentioned < spoke_at


# Words for somebody by nothing but their sex, whom a description makes somebody
_PEOPLE_BY_SEX = frozenset({"woman", "man"})


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
