"""Where units begin and end: sentences, split at connectives that open a clause."""

from __future__ import annotations

import pytest

from aidip_cli import analyse, analyse_path
from aidip_cli.mine.segments import segment_features
from aidip_cli.mine.units.features import _estimated_centrality, overlap
from aidip_cli.schema import Kind
from helpers import ESSAYS


def _units(text: str) -> list[str]:
    return [u.text for u in analyse(text).units]


def test_as_opening_a_clause_splits_the_sentence() -> None:
    text = (
        "Summits must set shared rules for military AI, as unchecked deployment raises the risk "
        "of accidental escalation."
    )
    assert _units(text) == [
        "Summits must set shared rules for military AI",
        "as unchecked deployment raises the risk of accidental escalation.",
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "AI Diplomacy emerges as the most effective approach to promote cooperation.",
        "Export controls were tightened because of the rivalry between the two powers.",
        "Diplomats, as well as engineers, attended the talks in Geneva last spring.",
        "For example, the treaty covers nuclear command systems in detail.",
        # "as" with a source and a speech verb credits the sentence; it gives no reason
        "What she means, as she put it later over tea, is that the plants run on people.",
        "The deal, as one diplomat told me, was signed in haste and read by nobody.",
    ],
)
def test_connectives_that_do_not_open_a_clause_keep_the_sentence_whole(sentence: str) -> None:
    assert _units(sentence) == [sentence]


@pytest.mark.parametrize(
    ("sentence", "second"),
    [
        (
            "Europe should fund open models because closed models concentrate power in few hands.",
            "because closed models concentrate power in few hands.",
        ),
        (
            "Smaller states need a seat at the table, since the rules will bind them as well.",
            "since the rules will bind them as well.",
        ),
    ],
)
def test_reason_clauses_become_their_own_units(sentence: str, second: str) -> None:
    units = analyse(sentence).units
    assert [u.text for u in units][-1] == second
    assert len(analyse(sentence).relations) == 1
    rel = analyse(sentence).relations[0]
    assert rel.source == units[1].id and rel.target == units[0].id


def test_paragraphs_and_sentences_are_numbered_in_order() -> None:
    text = "First point is made here. Second point follows.\n\nA new paragraph starts here."
    units = analyse(text).units
    assert [(u.paragraph, u.sentence) for u in units] == [(0, 0), (0, 1), (1, 2)]


@pytest.mark.parametrize(
    ("text", "normative"),
    [
        ("Keep artificial intelligence away from the nuclear button.", True),
        ("Don't trade away the chip controls.", True),
        ("Give Ukraine the drones it needs.", True),
        ("Consider the case of Estonia.", False),  # leads the reader on, prescribes nothing
        ("Europe keeps its drones at home.", False),
    ],
)
def test_an_imperative_tells_what_to_do_and_is_normative(text: str, normative: bool) -> None:
    unit = analyse(text).units[0]
    assert (Kind.NORMATIVE in unit.kinds) is normative


def test_on_long_texts_centrality_is_estimated_and_ranks_units_as_the_exact_sum_does() -> None:
    sentences = [u.text for u in analyse_path(ESSAYS / "01_compute_diplomacy.txt").units] * 3
    units = segment_features(sentences)
    exact = [sum(overlap(u, v) for v in units if v is not u) for u in units]
    estimate = _estimated_centrality(units)
    order = sorted(range(len(units)), key=lambda i: -estimate[i])
    # the unit the estimate puts first is among the exact top 5, and the ranks agree overall
    assert sorted(exact, reverse=True).index(exact[order[0]]) < 5
    ranks_exact = {i: r for r, i in enumerate(sorted(range(len(units)), key=lambda i: -exact[i]))}
    n = len(units)
    d2 = sum((ranks_exact[i] - r) ** 2 for r, i in enumerate(order))
    assert 1 - 6 * d2 / (n * (n * n - 1)) > 0.9
