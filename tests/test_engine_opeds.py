"""How the engine reads the shape of a multi-paragraph op-ed (texts written for these tests).

One point per paragraph with its reasons gathered under it, examples under what they
illustrate, facts set side by side that are not objections, the other side's voice and the
reply to it as attacks, and an opening scene that is background rather than argument.
"""

from __future__ import annotations

from aidip_cli.mine.scorers.registry import get_scorer
from aidip_cli.mine.segments import predict_tree, segment_features
from aidip_cli.mine.tree.roles import assign_roles
from aidip_cli.mine.tree.spanning import build_tree
from aidip_cli.schema import Role

# (paragraph, sentence) pairs; each test builds its essay from these.
THESIS = "Coastal states should share their AI flood forecasts through a regional treaty."
POINT = "Shared forecasts save lives that national systems miss."
REASONS = [
    "Storms form over open water that no single coastguard watches.",
    "A warning issued two hours earlier lets whole districts leave in daylight.",
    "Poorer neighbours cannot afford the radar networks that feed the models.",
]
SECOND_POINT = "A treaty would also lower the cost of the forecasts."
SECOND_REASON = "One model trained on pooled records is cheaper than five trained apart."


def _predict(paragraphs: list[list[str]]):  # type: ignore[no-untyped-def]
    segments = [s for p in paragraphs for s in p]
    paragraph_of = [k for k, p in enumerate(paragraphs) for _ in p]
    return segments, predict_tree(segments, paragraph_of=paragraph_of)


def test_a_paragraphs_reasons_all_attach_to_its_opening_point() -> None:
    segments, tree = _predict([[THESIS], [POINT, *REASONS], [SECOND_POINT, SECOND_REASON]])
    point = segments.index(POINT)
    assert tree.root == 0
    assert tree.heads[point] == 0
    for reason in REASONS:
        assert tree.heads[segments.index(reason)] == point, reason
    assert tree.heads[segments.index(SECOND_POINT)] == 0


def test_an_example_attaches_to_the_sentence_it_illustrates() -> None:
    example = "For example, the 2019 cyclone was tracked by three agencies that never spoke."
    segments, tree = _predict(
        [[THESIS], [POINT, REASONS[0], example, REASONS[1]], [SECOND_POINT, SECOND_REASON]]
    )
    assert tree.heads[segments.index(example)] == segments.index(REASONS[0])
    assert tree.heads[segments.index(REASONS[1])] == segments.index(POINT)


def test_two_facts_set_against_each_other_are_not_an_attack() -> None:
    fact = "Rainfall records in the delta go back to 1950."
    contrast = "Yet most of them were never digitised."
    segments, tree = _predict([[THESIS], [POINT, fact, contrast], [SECOND_POINT, SECOND_REASON]])
    assert all(label != "attack" for label in tree.labels)
    assert tree.heads[segments.index(contrast)] is not None


def test_an_objection_attacks_the_thesis_and_the_reply_attacks_the_objection() -> None:
    objection = "Critics argue that governments will never hand their weather data to rivals."
    reply = "Yet they already swap satellite images every hour under older agreements."
    backing = "Those agreements have survived several border disputes."
    segments, tree = _predict([[THESIS], [POINT, *REASONS[:2]], [objection, reply, backing]])
    o, r, b = (segments.index(x) for x in (objection, reply, backing))
    assert tree.root == 0
    assert tree.heads[o] == 0 and tree.labels[o] == "attack"
    assert tree.heads[r] == o and tree.labels[r] == "attack"
    assert tree.heads[b] == r and tree.labels[b] == "support"


def test_the_opening_scene_before_the_thesis_is_background() -> None:
    scene = [
        "Last autumn the river rose higher than anyone in the valley could remember.",
        "Villages on both banks lost their harvest within a single night.",
    ]
    paragraphs = [[*scene, THESIS], [POINT, *REASONS], [SECOND_POINT, SECOND_REASON]]
    segments = [s for p in paragraphs for s in p]
    paragraph_of = [k for k, p in enumerate(paragraphs) for _ in p]
    features = segment_features(segments, paragraph_of=paragraph_of)
    tree, scores = build_tree(features, get_scorer(None))
    roles = [role for role, _ in assign_roles(features, tree, scores)]
    assert roles[segments.index(THESIS)] == Role.MAJOR_CLAIM
    assert roles[0] == Role.BACKGROUND and roles[1] == Role.BACKGROUND
    assert roles[segments.index(POINT)] == Role.CLAIM
    assert all(roles[segments.index(r)] == Role.PREMISE for r in REASONS)
