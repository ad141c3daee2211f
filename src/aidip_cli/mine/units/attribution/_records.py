"""Who said it: what one unit says about its source (``Frame``), the people it names
(``Person``), and both together (``Voice``).

The three are named tuples, not frozen dataclasses: as immutable, and a frozen dataclass sets
each field through ``object.__setattr__``, which made building and copying them (thousands per
essay) a few per cent of attribution's time."""

from __future__ import annotations

from typing import Any, NamedTuple, TypeVar

from ....schema import AttributionStatus


class Person(NamedTuple):
    """A person a unit names (outside quotations)."""

    name: str  # as written, titles left out ("Dana Whitlock", "Whitlock")
    gender: str | None
    roles: frozenset[str]  # the words that describe them ("minister", "economist")
    subject: bool  # the subject of a clause
    offset: int  # character offset in the parsed text


class Frame(NamedTuple):
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
    # "The head of forecasting at the Meteorological Institute says": the words for the work
    # the title is described with, which the person keeps ('the meteorologist' later)
    works: frozenset[str] = frozenset()
    # "A Malaysian official who asked not to be named said": a source the text will not name,
    # whom no person named later is
    anonymous: bool = False
    # "The woman who runs the forecasting desk, a soft-spoken statistician who ..., says": the
    # titles a description beside the source gives it, which the person keeps once named
    described_as: frozenset[str] = frozenset()
    # "The EU's special envoy put it most plainly.": a title nobody was given, read as the
    # person in view though the text called them otherwise; the title, so that a person the
    # next sentence names as its source may take it ("Speaking in Tromsø, Annika Berglund said")
    guessed: str | None = None


class Voice(NamedTuple):
    """What attribution needs to know of one unit, read from its parse."""

    frame: Frame | None
    people: tuple[Person, ...] = ()
    quote: tuple[int, int] | None = None  # parsed-text offsets of the longest quoted words
    quote_led: bool = False  # the unit opens with a quotation mark or inside a quotation
    open_quote: int | None = None  # offset where the quotation it sits in began, when earlier
    author: bool = False  # the author speaks ("I argued", "we believe")
    # "When pressed on why ..., she replied": the unit opens on its speaker being put a question
    # by nobody it names, so its reply may come from whoever spoke just before
    questioned: bool = False
    # organisations named: (name, offset, subject, the words that describe it — "a video
    # platform, Klipzo": {"platform", "video"})
    bodies: tuple[tuple[str, int, bool, frozenset[str]], ...] = ()
    # capitalised words outside any name the tagger found (word, offset, subject): "Sommerfeld
    # was not satisfied" is the Ulrike Sommerfeld named before
    surnames: tuple[tuple[str, int, bool, frozenset[str]], ...] = ()
    # "Her name is Carolina Benítez": the name of the source the unit before called by a title
    introduces: str | None = None
    # "Ioana Popescu, the official in question, has since ...": the name of the one the text
    # left unnamed just before
    in_question: str | None = None
    # "The official, Pieter van Dam, added ...": (the title, the name) of a sentence that opens
    # on a title with the name beside it, who may be the one the sentence before called so
    names_a_title: tuple[str, str] | None = None
    # "The adviser does not dispute the gas, but she argues ...": people called by a title as
    # the subject of a clause (title, offset), the nearest antecedent of a later 'she'; "The
    # 29-year-old spent ...": an age as the title ("age:29")
    titled_subjects: tuple[tuple[str, int], ...] = ()
    # "The authority has offered discounts. It insists ...": bodies called by a noun as the
    # subject of a clause (noun, offset)
    called_subjects: tuple[tuple[str, int], ...] = ()
    # "The Secretary-General's report, published in June, ran to 100 pages. It found ...": a
    # document as the subject of a clause (its title or description), what a later 'it' may be
    documents: tuple[str, ...] = ()
    # "In a briefing note shared with journalists, it estimated ...": documents the unit says
    # which one they are of, as (noun, description, offset), what a later "the note" may be
    documents_described: tuple[tuple[str, str, int], ...] = ()
    # "He said through a foreign ministry spokeswoman that ...": titles of somebody the unit
    # mentions without a name, whom a later "the spokeswoman" means
    unnamed_titles: tuple[str, ...] = ()
    # "A Gulf diplomat I spoke to was unbothered.": offsets of people the clause makes its
    # subject without naming them (a later 'he' may be this person, not the one named before)
    unnamed_subjects: tuple[int, ...] = ()
    # "His new book, written with Aaron Whitcombe, ...": a 'he' or 'she' (or 'his', 'her' before
    # the subject noun) as the subject of a clause, with its offset: the person it means stays
    # in view ("he", "she", or "he:owner" for 'his')
    pronoun_subjects: tuple[tuple[str, int], ...] = ()
    # "A professor of international law in Oslo, she has watched ...": the title a sentence
    # opens on for its 'he' or 'she' subject (the pronoun's offset, the title)
    pronoun_titles: tuple[tuple[int, str], ...] = ()
    # "Senators pressed the chief executive of a cloud company", "Taiwan's economy minister
    # said": a title the unit gives nobody by name (title, offset); the next sentence may name
    # who holds it
    titles_left_unnamed: tuple[tuple[str, int], ...] = ()
    # "A Swiss moderator, Beat Kälin, pressed him on whether ...": the people who put a question
    # (a "he replied" next is somebody else)
    askers: tuple[str, ...] = ()
    # "Quoting Lindqvist's post, she wrote ...", "Asked about Li's remarks, he said ...": the
    # capitalised words of a participle clause that opens the sentence, whose unstated subject is
    # the source; the 'she' or 'the minister' of the main clause is none of the people they name
    set_aside: tuple[str, ...] = ()
    # "Nadia Rahimi asked the colonel whether ...", "When I relayed this to the official":
    # who was asked, by name or by title ("title:colonel"), with the offset; the 'he' or 'she'
    # who answers is that one
    asked: tuple[tuple[str, int], ...] = ()
    # '"Eleni wanted 1981 again," he said': the capitalised words inside quotation marks — a
    # person named before whom the quoted words name is the one they were about, in view for a
    # later 'she' though nobody said it was she who spoke
    quoted_names: tuple[str, ...] = ()

    def words_of_names(self) -> frozenset[str]:
        """The words (and parts of hyphenated words) of the names of more than one word this
        unit gives a person or a body, or its source: all a bare surname of a later unit can be
        the last or only word of (a body's name may turn out to be a person's)."""
        return words_of_names(self.frame, self.people, self.bodies)


def words_of_names(
    frame: Frame | None,
    people: tuple[Person, ...],
    bodies: tuple[tuple[str, int, bool, frozenset[str]], ...],
) -> frozenset[str]:
    """:meth:`Voice.words_of_names` of a unit with this frame, these people and these bodies."""
    names = [p.name for p in people] + [b[0] for b in bodies]
    if frame is not None and frame.speaker:
        names.append(frame.speaker)
    words = [w for name in names if len(name.split()) > 1 for w in name.lower().split()]
    return frozenset(words).union(part for w in words for part in w.split("-"))


_Record = TypeVar("_Record", Person, Frame, Voice)


def replace(record: _Record, **changes: Any) -> _Record:
    """A copy of the record with these fields changed."""
    return record._replace(**changes)
