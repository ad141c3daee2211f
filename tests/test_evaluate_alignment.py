"""Predicted units against gold segments: boundaries, alignment and tree projection."""

from __future__ import annotations

from aidip_cli.argtree import ArgTree
from aidip_cli.evaluate._alignment import (
    UnitTree,
    align,
    boundary_counts,
    offset_mapper,
    project_tree,
    unit_tree_from_analysis,
)
from aidip_cli.schema import Role
from helpers import make_analysis


def units_tree(spans, heads, labels, root) -> UnitTree:  # type: ignore[no-untyped-def]
    return UnitTree(spans, ArgTree.build(heads, labels, root))


def readme_edges(tree: ArgTree) -> tuple[tuple[int, int, str], ...]:
    """The tree's edges as the corpus README writes them: segments from 1, sup / att."""
    short = {"support": "sup", "attack": "att"}
    return tuple((s + 1, t + 1, short[label]) for s, t, label in tree.edges())


SEGMENTS = [
    "We must regulate AI now,",
    "because the risks grow fast.",
    "Critics disagree.",
    "They are wrong.",
]
TEXT = " ".join(SEGMENTS)


def spans_of(pieces: list[str], text: str = TEXT) -> list[tuple[int, int]]:
    """Spans of consecutive pieces of ``text`` (searched left to right)."""
    spans, cursor = [], 0
    for piece in pieces:
        start = text.index(piece, cursor)
        spans.append((start, start + len(piece)))
        cursor = start + len(piece)
    return spans


SPANS = spans_of(SEGMENTS)
GOLD = [(span,) for span in SPANS]  # each gold segment is one piece of the text


def test_units_equal_to_the_gold_segments_find_every_boundary() -> None:
    counts = boundary_counts(TEXT, GOLD, SPANS)
    assert (counts.precision, counts.recall, counts.f1) == (1.0, 1.0, 1.0)
    assert counts.gold == 3


def test_a_boundary_on_the_other_side_of_a_comma_still_counts() -> None:
    # The first unit stops before the comma; the gap ", " normalises to the start of "because".
    predicted = spans_of(["We must regulate AI now", *SEGMENTS[1:]])
    counts = boundary_counts(TEXT, GOLD, predicted)
    assert (counts.precision, counts.recall) == (1.0, 1.0)


def test_merged_units_lose_recall_and_a_split_loses_precision() -> None:
    merged = spans_of([SEGMENTS[0] + " " + SEGMENTS[1], *SEGMENTS[2:]])
    counts = boundary_counts(TEXT, GOLD, merged)
    assert (counts.pred_hits, counts.predicted, counts.gold_hits, counts.gold) == (2, 2, 2, 3)
    split = spans_of(["We must", "regulate AI now,", *SEGMENTS[1:]])
    counts = boundary_counts(TEXT, GOLD, split)
    assert (counts.predicted, counts.gold_hits) == (4, 3)
    assert counts.precision == 0.75


def test_each_segment_aligns_to_the_unit_it_shares_most_characters_with() -> None:
    predicted = spans_of(["We must regulate AI now, because", "the risks grow fast."])
    assert align(GOLD, predicted) == [0, 1, None, None]


def test_a_perfect_segmentation_projects_the_predicted_tree_unchanged() -> None:
    units = units_tree(SPANS, [None, 0, 0, 2], [None, "support", "attack", "attack"], root=0)
    tree = project_tree(GOLD, units)
    assert tree.root + 1 == 1
    assert readme_edges(tree) == ((2, 1, "sup"), (3, 1, "att"), (4, 3, "att"))


def test_segments_merged_into_one_unit_are_joined_by_support_to_its_representative() -> None:
    merged = spans_of([SEGMENTS[0] + " " + SEGMENTS[1], *SEGMENTS[2:]])
    units = units_tree(merged, [None, 0, 1], [None, "attack", "attack"], root=0)
    tree = project_tree(GOLD, units)
    # Segment 2 (28 characters) overlaps the merged root unit more than segment 1 (24), so it
    # represents it and becomes the root; segment 1 supports it.
    assert tree.root + 1 == 2
    assert readme_edges(tree) == ((1, 2, "sup"), (3, 2, "att"), (4, 3, "att"))


def test_a_path_through_a_unit_without_a_segment_composes_its_labels() -> None:
    pieces = [SEGMENTS[0], "because", "the risks grow fast.", *SEGMENTS[2:]]
    units = units_tree(
        spans_of(pieces),
        [None, 0, 1, 2, 0],
        [None, "attack", "attack", "support", "support"],
        root=0,
    )
    tree = project_tree(GOLD, units)
    # Segment 2 aligns to "the risks grow fast." (unit 2); unit 1 ("because") represents no
    # segment, so segment 2 attaches to unit 0's segment: attack ∘ attack = support.
    assert readme_edges(tree) == ((2, 1, "sup"), (3, 2, "sup"), (4, 1, "sup"))


def test_a_root_unit_that_no_segment_aligns_to_falls_back_to_its_largest_overlap() -> None:
    pieces = ["We must", "regulate AI now, because the risks grow fast.", *SEGMENTS[2:]]
    units = units_tree(
        spans_of(pieces),
        [None, 0, 1, 1],
        [None, "support", "attack", "support"],
        root=0,
    )
    tree = project_tree(GOLD, units)
    # Segments 1 and 2 both align to unit 1 (segment 2 represents it); "We must" only overlaps
    # segment 1, which therefore becomes the root.
    assert tree.root + 1 == 1
    assert readme_edges(tree) == ((2, 1, "sup"), (3, 2, "att"), (4, 2, "sup"))


def test_a_segment_no_unit_touches_supports_the_root() -> None:
    units = units_tree(SPANS[:3], [None, 0, 1], [None, "support", "attack"], root=0)
    tree = project_tree(GOLD, units)
    assert readme_edges(tree) == ((2, 1, "sup"), (3, 2, "att"), (4, 1, "sup"))


def test_an_analysis_without_units_projects_to_the_trivial_tree() -> None:
    assert project_tree(GOLD, UnitTree([], None)) == ArgTree.trivial(4)


def test_the_baseline_over_predicted_units_makes_the_first_unit_the_claim() -> None:
    units = units_tree(SPANS, [2, 2, None, 2], ["support", "attack", None, "attack"], root=2)
    assert units.trivial().tree == ArgTree.trivial(4)


def test_analysis_relations_become_unit_heads_rooted_at_the_major_claim() -> None:
    analysis = make_analysis(
        TEXT,
        [(s, e, Role.CLAIM) for s, e in SPANS],
        relations=[(0, 1, "support"), (2, 1, "attack"), (3, 2, "attack")],
        major=1,
    )
    units = unit_tree_from_analysis(analysis, TEXT)
    assert units.spans == SPANS
    assert units.tree == ArgTree.build([1, None, 1, 2], ["support", None, "attack", "attack"], 1)


def test_without_a_major_claim_the_first_unit_without_a_relation_is_the_root() -> None:
    analysis = make_analysis(
        TEXT, [(s, e, Role.CLAIM) for s, e in SPANS], [(0, 2, "support")], None
    )
    tree = unit_tree_from_analysis(analysis, TEXT).tree
    assert tree is not None and tree.root == 1


def test_offsets_of_a_normalised_text_are_mapped_back_to_the_original() -> None:
    original = "Rules now.\r\nOr never."
    normalised = "Rules now.\nOr never."
    to_original = offset_mapper(normalised, original)
    start = normalised.index("Or")
    assert original[to_original(start) : to_original(len(normalised))] == "Or never."
    assert to_original(0) == 0


# -- segments that are not one stretch of the text (the corpus's second part) ------------------

# "Dear readers," and "I agree." belong to no segment; segment 1 is cut in two by segment 2.
OUTSIDE_TEXT = "Dear readers, the ban, which most back, should pass. I agree. It saves lives."
OUTSIDE = spans_of(
    [
        "Dear readers,",
        "the ban,",
        "which most back,",
        "should pass.",
        "I agree.",
        "It saves lives.",
    ],
    OUTSIDE_TEXT,
)
SPLIT_GOLD = [(OUTSIDE[1], OUTSIDE[3]), (OUTSIDE[2],), (OUTSIDE[5],)]


def test_text_outside_the_segments_gives_gold_boundaries_where_it_starts_and_ends() -> None:
    # Gold stretches: [Dear readers,] [the ban,] [which most back,] [should pass.] [I agree.]
    # [It saves lives.] — five boundaries; units that follow them exactly find all five.
    counts = boundary_counts(OUTSIDE_TEXT, SPLIT_GOLD, OUTSIDE)
    assert (counts.gold, counts.predicted, counts.gold_hits) == (5, 5, 5)
    # A unit that swallows "I agree." into the last segment misses the boundary before it.
    swallowed = [*OUTSIDE[:4], (OUTSIDE[4][0], OUTSIDE[5][1])]
    counts = boundary_counts(OUTSIDE_TEXT, SPLIT_GOLD, swallowed)
    assert (counts.gold, counts.predicted, counts.gold_hits) == (5, 4, 4)


def test_a_segment_in_two_pieces_aligns_to_the_unit_sharing_most_of_both() -> None:
    # Unit 0 covers "the ban, which most back," (8 characters of segment 1), unit 1 covers
    # "should pass." (12): segment 1 aligns to unit 1 although its first piece is in unit 0.
    units = [(OUTSIDE[1][0], OUTSIDE[2][1]), OUTSIDE[3], OUTSIDE[5]]
    assert align(SPLIT_GOLD, units) == [1, 0, 2]


def test_a_segment_not_in_the_text_is_a_miss_even_as_the_gold_central_claim() -> None:
    gold = [(), *GOLD[1:]]  # segment 1 (say, an implicit central claim) is nowhere in the text
    units = units_tree(SPANS[1:], [None, 0, 1], [None, "attack", "attack"], root=0)
    tree = project_tree(gold, units)
    assert align(gold, SPANS[1:]) == [None, 0, 1, 2]
    assert tree.root + 1 == 2
    assert readme_edges(tree) == ((1, 2, "sup"), (3, 2, "att"), (4, 3, "att"))


def test_without_units_the_first_segment_in_the_text_is_taken_as_the_claim() -> None:
    gold = [(), *GOLD[1:]]
    tree = project_tree(gold, UnitTree([], None))
    assert tree.root + 1 == 2
    assert readme_edges(tree) == ((1, 2, "sup"), (3, 2, "sup"), (4, 2, "sup"))
    # The text segment 1 would have covered is now outside every segment: where segment 2
    # starts is a boundary too.
    assert boundary_counts(TEXT, gold, []).gold == 3
