"""Predicted units against gold segments: boundaries, alignment and tree projection."""

from __future__ import annotations

from aidip_cli.evaluate.alignment import (
    UnitTree,
    align,
    boundary_counts,
    offset_mapper,
    project_tree,
    unit_tree_from_analysis,
)
from aidip_cli.evaluate.trees import baseline_tree
from aidip_cli.model import (
    Analysis,
    Metadata,
    Paragraph,
    Relation,
    Role,
    Source,
    Stats,
    Tool,
    Unit,
)

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


GOLD = spans_of(SEGMENTS)


def make_analysis(
    text: str,
    units: list[tuple[int, int, Role]],
    relations: list[tuple[int, int, str]],
    major: int | None,
) -> Analysis:
    """A minimal valid Analysis with the given units, relations (index → index) and root."""
    return Analysis(
        tool=Tool(version="0", engine="test", spacy_model="none"),
        source=Source(path=None, sha256="0" * 64, encoding="utf-8", format="txt", bytes=len(text)),
        text=text,
        metadata=Metadata(),
        excluded=[],
        paragraphs=[Paragraph(start=0, end=len(text), text=text, index=0)],
        units=[
            Unit(
                start=s,
                end=e,
                text=text[s:e],
                id=f"u{k}",
                paragraph=0,
                sentence=k,
                role=role,
                role_confidence=0.5,
            )
            for k, (s, e, role) in enumerate(units)
        ],
        relations=[
            Relation(
                id=f"r{k}", source=f"u{s}", target=f"u{t}", type=kind, confidence=0.5, cue="test"
            )
            for k, (s, t, kind) in enumerate(relations)
        ],
        major_claim=f"u{major}" if major is not None else None,
        stats=Stats(
            paragraphs=1,
            units=len(units),
            major_claims=1,
            claims=0,
            premises=0,
            background=0,
            relations=len(relations),
            supports=0,
            attacks=0,
            unsupported_claims=0,
            quantities=0,
            unattributed_numbers=0,
            excluded=0,
            words=len(text.split()),
        ),
    )


def test_units_equal_to_the_gold_segments_find_every_boundary() -> None:
    counts = boundary_counts(TEXT, GOLD, GOLD)
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
    units = UnitTree(GOLD, [None, 0, 0, 2], [None, "support", "attack", "attack"], root=0)
    tree = project_tree(GOLD, units)
    assert tree.root == 1
    assert tree.edges == ((2, 1, "sup"), (3, 1, "att"), (4, 3, "att"))


def test_segments_merged_into_one_unit_are_joined_by_support_to_its_representative() -> None:
    merged = spans_of([SEGMENTS[0] + " " + SEGMENTS[1], *SEGMENTS[2:]])
    units = UnitTree(merged, [None, 0, 1], [None, "attack", "attack"], root=0)
    tree = project_tree(GOLD, units)
    # Segment 2 (28 characters) overlaps the merged root unit more than segment 1 (24), so it
    # represents it and becomes the root; segment 1 supports it.
    assert tree.root == 2
    assert tree.edges == ((1, 2, "sup"), (3, 2, "att"), (4, 3, "att"))


def test_a_path_through_a_unit_without_a_segment_composes_its_labels() -> None:
    pieces = [SEGMENTS[0], "because", "the risks grow fast.", *SEGMENTS[2:]]
    units = UnitTree(
        spans_of(pieces),
        heads=[None, 0, 1, 2, 0],
        labels=[None, "attack", "attack", "support", "support"],
        root=0,
    )
    tree = project_tree(GOLD, units)
    # Segment 2 aligns to "the risks grow fast." (unit 2); unit 1 ("because") represents no
    # segment, so segment 2 attaches to unit 0's segment: attack ∘ attack = support.
    assert tree.edges == ((2, 1, "sup"), (3, 2, "sup"), (4, 1, "sup"))


def test_a_root_unit_that_no_segment_aligns_to_falls_back_to_its_largest_overlap() -> None:
    pieces = ["We must", "regulate AI now, because the risks grow fast.", *SEGMENTS[2:]]
    units = UnitTree(
        spans_of(pieces),
        heads=[None, 0, 1, 1],
        labels=[None, "support", "attack", "support"],
        root=0,
    )
    tree = project_tree(GOLD, units)
    # Segments 1 and 2 both align to unit 1 (segment 2 represents it); "We must" only overlaps
    # segment 1, which therefore becomes the root.
    assert tree.root == 1
    assert tree.edges == ((2, 1, "sup"), (3, 2, "att"), (4, 2, "sup"))


def test_a_segment_no_unit_touches_supports_the_root() -> None:
    units = UnitTree(GOLD[:3], [None, 0, 1], [None, "support", "attack"], root=0)
    tree = project_tree(GOLD, units)
    assert tree.edges == ((2, 1, "sup"), (3, 2, "att"), (4, 1, "sup"))


def test_an_analysis_without_units_projects_to_the_trivial_tree() -> None:
    assert project_tree(GOLD, UnitTree([], [], [], None)) == baseline_tree(4)


def test_the_baseline_over_predicted_units_makes_the_first_unit_the_claim() -> None:
    units = UnitTree(GOLD, [None, 0, 0, 2], [None, "support", "attack", "attack"], root=2)
    trivial = units.trivial()
    assert (trivial.root, trivial.heads, trivial.labels) == (
        0,
        [None, 0, 0, 0],
        [None, "support", "support", "support"],
    )


def test_analysis_relations_become_unit_heads_rooted_at_the_major_claim() -> None:
    analysis = make_analysis(
        TEXT,
        [(s, e, Role.CLAIM) for s, e in GOLD],
        relations=[(0, 1, "support"), (2, 1, "attack"), (3, 2, "attack")],
        major=1,
    )
    units = unit_tree_from_analysis(analysis, TEXT)
    assert units.spans == GOLD
    assert units.root == 1
    assert units.heads == [1, None, 1, 2]
    assert units.labels == ["support", None, "attack", "attack"]


def test_without_a_major_claim_the_first_unit_without_a_relation_is_the_root() -> None:
    analysis = make_analysis(TEXT, [(s, e, Role.CLAIM) for s, e in GOLD], [(0, 2, "support")], None)
    assert unit_tree_from_analysis(analysis, TEXT).root == 1


def test_offsets_of_a_normalised_text_are_mapped_back_to_the_original() -> None:
    original = "Rules now.\r\nOr never."
    normalised = "Rules now.\nOr never."
    to_original = offset_mapper(normalised, original)
    start = normalised.index("Or")
    assert original[to_original(start) : to_original(len(normalised))] == "Or never."
    assert to_original(0) == 0
