"""Who said it: the word lists and small constants every step shares."""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from typing import TYPE_CHECKING

from ....lexicons import load as load_lexicon
from ....lexicons.nationalities import is_nationality
from ....schema import AttributionStatus

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
# ("in her account", "in his telling", "in her reckoning": a view, told as the author reads it)
_WAYS_OF_TELLING = frozenset(
    {"account", "telling", "reckoning", "estimation", "judgement", "judgment"}
)
# (any text the pattern matches has one of these words in it, which ``in`` finds in half the
# time the pattern takes to find nothing)
_VIEW_WORDS = ("words", "view", *sorted(_WAYS_OF_TELLING))
_VIEWS = "|".join(_VIEW_WORDS)
_IN_WORDS = re.compile(
    rf"\b[Ii]n (?:the words of (?P<of>[^,;.]+?)|(?P<pronoun>his|her) (?:own )?(?P<own>{_VIEWS})"
    rf"|(?P<who>[A-Z][\w.'’ -]*?)['’]s? (?:own )?(?P<whose>{_VIEWS}))\b"
)

if TYPE_CHECKING:
    from spacy.tokens import Token


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
    # ("Kári" is a man's name, "Kari" either's: an accent may tell two names apart)
    plain = {_unaccented(n): g for n, g in both.items() if _unaccented(n) not in _either_names()}
    return {**plain, **both}


@cache
def _given_name(word: str) -> str | None:
    """The gender of a known given name ("Inés" as "Ines" when only that spelling is listed),
    else None."""
    names = _first_names()
    found = names.get(word) or names.get(_unaccented(word))
    # ("German Federal Foreign Office": a nationality, though Germán is a name)
    return None if found is None or is_nationality(word) else found


@cache
def _a_given_name(word: str) -> bool:
    """A known given name of either gender ("Amara", "Andrea" as well as "Inés")."""
    if _given_name(word) is not None:
        return True
    either = _either_names()
    return (word in either or _unaccented(word) in either) and not is_nationality(word)


@cache
def _either_names() -> frozenset[str]:
    names = load_lexicon("names").get("either", [])
    return frozenset(names) | frozenset(_unaccented(n) for n in names)


def _unaccented(word: str) -> str:
    if word.isascii():
        return word  # (nothing to strip: most names in the lexicon)
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


_DASHES = frozenset({"—", "–", "-", "--"})


# "Ulrich Brenner and Pascal Meunier ... The latter said": which of the two the word means
_PAIR = {"former": 0, "latter": -1}


# Titles that name a relation to somebody, not an office: "her counterpart", "his colleague".
# Relatives ("her husband said", "his daughter added"): a person the text named so ("Her
# husband, Abdul Karim, ..."), never merely the one in view, whose relative they are
_KIN_WOMEN = frozenset(
    {"wife", "mother", "daughter", "sister", "widow", "grandmother", "aunt", "niece"}
)
_KIN_MEN = frozenset(
    {"husband", "father", "son", "brother", "widower", "grandfather", "uncle", "nephew"}
)
_KIN = _KIN_WOMEN | _KIN_MEN | {"neighbour", "neighbor"}
_RELATIONS = frozenset({"counterpart", "colleague", *_KIN})

# Relations of one side of a dispute to the other: "Her opponent", "his rival"
_OPPONENTS = frozenset({"opponent", "rival", "adversary"})


def _hyphenated(tok: Token) -> str | None:
    """The whole word when the tokenizer split it at a hyphen ("start", "-", "up")."""
    doc = tok.doc
    if tok.i < 2 or doc[tok.i - 1].text != "-":
        return None
    first = doc[tok.i - 2]
    if first.whitespace_ or doc[tok.i - 1].whitespace_ or not first.is_alpha:
        return None
    return f"{first.lower_}-{tok.lower_}"


# Letters after a name that make a barrister: King's, Queen's and Senior Counsel
_SILK = frozenset({"KC", "QC", "SC"})


# Members of a party, called by it as people are by their nation: "the Democrat said"
_PARTY_MEMBERS = frozenset(
    {"democrat", "republican", "conservative", "liberal", "socialist", "tory", "labourite"}
)


# Verbs that put a question to somebody: "asked whether", "pressed him on", "X, asked about ...,
# said"
_QUESTIONING = frozenset({"ask", "press", "question", "quiz", "challenge", "grill"})
