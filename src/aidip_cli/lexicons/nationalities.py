"""Peoples and their countries: "Ghanaian" and Ghana, "French" and France, "the Pole" and
Poland — for the countries the domain lexicon knows."""

from __future__ import annotations

from functools import cache

from . import load as load_lexicon

_NATION_ENDINGS = ("ian", "ean", "ese", "ish", "an", "i")


# Nationalities whose country no shared stem gives ("french" and "france", "polish" and "poland")
_COUNTRIES_OF = {
    "french": ("france",), "dutch": ("netherlands", "holland"), "swiss": ("switzerland",),
    "danish": ("denmark",), "polish": ("poland",), "finnish": ("finland",),
    "spanish": ("spain",), "irish": ("ireland",), "scottish": ("scotland",), "welsh": ("wales",),
    "norwegian": ("norway",), "peruvian": ("peru",), "thai": ("thailand",), "cuban": ("cuba",),
    "congolese": ("congo",), "togolese": ("togo",), "icelandic": ("iceland",),
    "philippine": ("philippines",), "filipino": ("philippines",), "czech": ("czechia",),
    "ivorian": ("ivory", "côte"), "british": ("britain", "uk", "u.k."),
    "american": ("america", "us", "u.s.", "usa"), "emirati": ("uae", "emirates"),
    "malagasy": ("madagascar",), "cypriot": ("cyprus",), "argentine": ("argentina",),
}  # fmt: skip


def of_that_country(place: str, nations: set[str]) -> bool:
    """'britain' and 'british', 'ghana' and 'ghanaian' (not 'austria' and 'australian'),
    'france' and 'french'."""
    return any(_of_that_nation(place, nation) for nation in nations)


@cache
def _of_that_nation(place: str, nation: str) -> bool:
    if place in _COUNTRIES_OF.get(nation, ()):
        return True
    stems = [nation[: -len(e)] for e in _NATION_ENDINGS if nation.endswith(e)]
    stems = stems or [nation[:4]]  # "greek" and "greece"
    return any(len(stem) >= 4 and place.startswith(stem) for stem in stems)


@cache
def is_nationality(word: str) -> bool:
    """'Turkmen', 'Swiss', 'Ghanaian': a word that names the people of a country the domain
    lexicon knows (whatever the tagger made of it)."""
    low = word.lower()
    if low in _COUNTRIES_OF:
        return True
    if " " in low:  # "Costa Rican", "South African", "Sri Lankan": a country of two words
        stems = [low[: -len(e)] for e in _NATION_ENDINGS if low.endswith(e)]
        return any(c.startswith(stem) for c in _countries_in_full() for stem in stems)
    if len(low) > 3 and any(low + end in _countries() for end in ("ia", "stan", "istan")):
        return True  # "Slovak" (Slovakia), "Kazakh" (Kazakhstan), "Uzbek" (Uzbekistan)
    if not low.endswith((*_NATION_ENDINGS, "men")):
        return False
    # (as ``of_that_country`` reads it for any country: a stem of four letters or more that
    # a country's name begins with)
    stems = [low[: -len(e)] for e in _NATION_ENDINGS if low.endswith(e)] or [low[:4]]
    return any(len(stem) >= 4 and stem in _country_beginnings() for stem in stems)


@cache
def _countries_in_full() -> tuple[str, ...]:
    """The countries the domain lexicon names in more than one word ("costa rica")."""
    return tuple(c for c in load_lexicon("domain")["GPE"] if " " in c)


@cache
def _country_beginnings() -> frozenset[str]:
    """The first four letters or more of every country: 'ghan', 'ghana', 'kaza', ..."""
    return frozenset(c[:k] for c in _countries() for k in range(4, len(c) + 1))


def is_country(word: str) -> bool:
    """'Chile', 'kazakhstan': a one-word country the domain lexicon knows."""
    return word.lower() in _one_word_countries()


@cache
def _one_word_countries() -> frozenset[str]:
    return frozenset(c for c in load_lexicon("domain")["GPE"] if " " not in c)


@cache
def _countries() -> tuple[str, ...]:
    # ("south korea": "korea"; not "republic" or "states", which no people is named after)
    last = (c.split()[-1] for c in load_lexicon("domain")["GPE"])
    return tuple(sorted({w for w in last if w not in _NOT_A_COUNTRY}))


_NOT_A_COUNTRY = frozenset({"republic", "states", "islands", "kingdom", "emirates", "coast"})
