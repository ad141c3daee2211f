"""The domain lens reads "AI" as a technology, without cutting down the names that hold it."""

from __future__ import annotations

from aidip_cli.nlp import get_nlp


def _entities(text: str) -> list[tuple[str, str]]:
    return [(ent.text, ent.label_) for ent in get_nlp()(text).ents]


def test_a_body_whose_name_holds_a_word_of_the_lens_keeps_its_whole_name() -> None:
    found = _entities("The head of the EU's AI Office faced questions from MEPs.")
    assert ("AI Office", "ORG") in found


def test_ai_on_its_own_is_still_a_technology() -> None:
    assert ("AI", "TECH") in _entities("AI chips are scarce, and AI models are costly.")
