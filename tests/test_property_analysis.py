"""Properties of ``aidip_cli.analyse`` over generated texts (hypothesis, derandomized).

Two kinds of input: arbitrary Unicode text (anything a file could decode to), and op-ed-like
essays composed from a pool of sentences written for this test, with discourse markers,
figures and sources, arranged into paragraphs in random orders. For every example:

* analysis returns, or raises :class:`ContentError` with one line — and only for text that has
  nothing to analyse (blank, or nothing left once boilerplate is set aside);
* the JSON validates against ``aidip schema`` and every invariant of
  ``test_robust_invariants.problems`` holds (honest offsets, relations naming existing units,
  a forest whose only root with children is the one major claim, stats that add up);
* the same text analysed twice gives the same bytes.

The examples are derandomized and the example database is off, so CI sees the same cases on
every run; spaCy is loaded once per process by ``aidip_cli.nlp.get_nlp``.
"""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from aidip_cli.api import analyse
from aidip_cli.errors import ContentError
from helpers import sound

_FIXED = settings(
    derandomize=True,
    database=None,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    print_blob=False,
)


def fixed(examples: int) -> settings:
    """Deterministic settings (no database, no deadline) with this many examples."""
    return settings(_FIXED, max_examples=examples)


#: Sentences written for this test: claims, premises with and without sources, figures,
#: concessions and rebuttals, the usual op-ed connectives.
POOL = (
    "Governments must treat artificial intelligence as a matter of foreign policy.",
    "Therefore, a binding treaty on military AI is overdue.",
    "Because autonomous systems act in milliseconds, a crisis could escalate before anyone "
    "picks up a phone.",
    "According to the International Energy Agency, data centres used 415 terawatt-hours of "
    "electricity in 2024.",
    "Some analysts estimate that AI could add $4 trillion to global output by 2030.",
    "Critics argue that verification of software is impossible.",
    "However, inspectors already audit chip exports and large training runs leave traces.",
    "For example, the 1972 agreements on ballistic missiles relied on satellites no one "
    "had fully trusted.",
    "Moreover, smaller states fear being locked out of the rules that great powers write.",
    "Nevertheless, waiting for perfect verification means waiting forever.",
    "Experts say that nearly 60% of advanced chips are made in one place.",
    "In short, diplomacy has to move at the speed of the technology it governs.",
    "Of course, no treaty will stop every misuse.",
    "Yet norms shape behaviour even when they are broken.",
    "A report by the United Nations found that 120 countries have no AI strategy at all.",
    "This is why the next summit should set up a permanent secretariat.",
    "It is often claimed that export controls slow rivals down by five years.",
    "But evidence for that figure is thin, and controls leak.",
    "If the largest labs publish their safety tests, trust between capitals could grow.",
    "Consequently, transparency is cheaper than an arms race.",
)

paragraphs = st.lists(st.sampled_from(POOL), min_size=1, max_size=5).map(" ".join)
essays = st.lists(paragraphs, min_size=1, max_size=6).map("\n\n".join)
separators = st.sampled_from(["\n\n", "\n", "\r\n\r\n", "\n \n", "  ", "\t"])
#: Any text a decoder could return: every code point except lone surrogates (UTF-8, UTF-16 and
#: cp1252 can never produce one; ``load_text`` refuses them, see the test below).
anything = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",)),
    max_size=300,
)
#: Text shaped a little like prose: words and separators from a mixed alphabet.
wordy = st.lists(
    st.one_of(
        st.sampled_from(POOL),
        st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=12),
        separators,
    ),
    max_size=25,
).map("".join)


def _analysed_or_refused(text: str) -> dict | None:
    """The analysis JSON (checked), or None when ingest refused the text with one line."""
    try:
        analysis = analyse(text)
    except ContentError as error:
        message = str(error)
        assert "\n" not in message and message, message
        assert "empty" in message or "no body text" in message, message
        return None
    data = json.loads(analysis.to_json())
    sound(data)
    return data


@fixed(250)
@given(anything)
def test_any_text_is_analysed_or_refused_in_one_line(text: str) -> None:
    data = _analysed_or_refused(text)
    if not text.strip():
        assert data is None, "blank text must be refused"


@fixed(150)
@given(wordy)
def test_prose_like_noise_keeps_every_invariant(text: str) -> None:
    _analysed_or_refused(text)


@fixed(180)
@given(essays)
def test_composed_essays_are_analysed_into_one_tree(text: str) -> None:
    data = _analysed_or_refused(text)
    assert data is not None, "an essay of real sentences must be analysed"
    assert data["units"], "every pool sentence holds a clause"
    majors = [u["id"] for u in data["units"] if u["role"] == "major_claim"]
    assert len(majors) <= 1
    if data["relations"]:
        assert majors, "relations without a major claim to hang from"


@fixed(30)
@given(essays, separators)
def test_the_same_essay_gives_the_same_bytes_twice(text: str, separator: str) -> None:
    text = text.replace("\n\n", separator)
    first = _analysed_or_refused(text)
    second = _analysed_or_refused(text)
    assert json.dumps(first) == json.dumps(second)
    if first is not None:
        assert analyse(text).to_json() == analyse(text).to_json()


def test_text_with_a_lone_surrogate_is_refused_in_one_line() -> None:
    try:
        analyse("Nations must agree on rules \ud800 for AI.")
    except ContentError as error:
        assert "unpaired surrogate U+D800" in str(error)
    else:  # pragma: no cover - the assertion is the test
        raise AssertionError("a lone surrogate cannot be written as JSON; it must be refused")
