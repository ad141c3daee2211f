"""The domain lens reads "AI" as a technology, without cutting down the names that hold it."""

from __future__ import annotations

import pytest

from aidip_cli.lexicons.nationalities import is_nationality
from aidip_cli.nlp import get_nlp


def _entities(text: str) -> list[tuple[str, str]]:
    return [(ent.text, ent.label_) for ent in get_nlp()(text).ents]


def test_a_body_whose_name_holds_a_word_of_the_lens_keeps_its_whole_name() -> None:
    found = _entities("The head of the EU's AI Office faced questions from MEPs.")
    assert ("AI Office", "ORG") in found


def test_ai_on_its_own_is_still_a_technology() -> None:
    assert ("AI", "TECH") in _entities("AI chips are scarce, and AI models are costly.")


def test_a_body_named_after_a_country_keeps_its_whole_name() -> None:
    # the lens knows the countries, and used to cut these names down to them
    assert ("The Reserve Bank of India", "ORG") in _entities(
        "The Reserve Bank of India warned on Monday."
    )
    assert ("The Government of Canada", "ORG") in _entities("The Government of Canada said so.")
    found = _entities("Officials in China and India said so.")
    assert ("China", "GPE") in found and ("India", "GPE") in found


def test_a_firm_whose_name_ends_on_ai_is_a_body() -> None:
    assert ("Mistral AI", "ORG") in _entities("Mistral AI said on Tuesday it would open an office.")
    assert ("Quellwerk AI", "ORG") in _entities("Munich start-up Quellwerk AI has raised €140m.")
    # a kind of AI, or a country's, is not a firm
    assert ("Frontier AI", "TECH") in _entities("Frontier AI models are risky.")
    assert ("AI", "TECH") in _entities("US AI policy is in flux.")


def test_names_the_lens_and_the_tagger_both_claim_never_overlap() -> None:
    nlp = get_nlp()
    for text in (
        "Mistral AI Labs said so.",
        "The firm, Sakana AI Research, said so.",
        "Officials at Quellwerk AI Office of India said so.",
    ):
        doc = nlp(text)
        words = [i for ent in doc.ents for i in range(ent.start, ent.end)]
        assert len(words) == len(set(words)), text


@pytest.mark.parametrize(
    ("word", "people"),
    [
        ("Ghanaian", True),
        ("Swiss", True),
        ("Slovak", True),  # Slovakia
        ("Kazakh", True),  # Kazakhstan
        ("Uzbek", True),
        ("Nadia", False),
        ("Ivan", False),
        ("Rajiv", False),
    ],
)
def test_a_people_is_told_from_a_given_name(word: str, people: bool) -> None:
    assert is_nationality(word) is people
