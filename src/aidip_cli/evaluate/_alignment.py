"""Scoring the analyser's own units against gold segments (``--units predicted``).

Three steps, each a plain function so it can be tested on hand-made spans:

A gold segment is given by its *pieces*: the spans of the text it covers (one for a segment of
adjacent EDUs; several when other text, such as an EDU outside any segment, comes between its
EDUs; none for a segment that is not in the text at all, such as an implicit central claim).

**Boundaries.** A *boundary* is where a stretch of the text starts, other than the start of the
text. Offsets are compared after *normalisation*: an offset is moved forward past whitespace and
punctuation (any non-alphanumeric character) to the next letter or digit, so "television, | as"
and "television | , as" put the boundary at the same place. Gold boundaries are the normalised
start *and* end offsets of every piece of every gold segment, predicted boundaries those of
every predicted unit (an end followed by text outside any segment or unit starts a new
stretch; for adjacent segments or units the end and the next start coincide and count once).
Offsets that normalise to the start or the end of the text are not boundaries. Where the
segments tile the text, as in part 1 of the microtext corpus, the gold boundaries are simply the
starts of segments 2..n. Precision and recall pool the boundary sets of all texts (micro
average); F1 is their harmonic mean.

**Alignment.** Each gold segment is aligned to the predicted unit with which it shares the most
characters, over all its pieces (ties → the earlier unit); a segment sharing no character with
any unit is unaligned — always so for a segment that is not in the text.

**Projection.** The predicted tree over units becomes a tree over gold segments:

* The *representative* of a unit is, among the segments aligned to it, the one with the greatest
  overlap (ties → the earlier segment).
* The root segment is the representative of the predicted root unit (the analysis'
  ``major_claim``); when no segment is aligned to the root unit, it is the segment overlapping it
  most; when nothing overlaps it, the first segment that is in the text.
* A segment aligned to a unit it does not represent attaches to that unit's representative with
  ``sup`` (they were one unit, so one argument step).
* A representative follows the predicted heads upwards from its unit to the first ancestor unit
  that has a representative, and attaches to that segment (the root segment if none is met). Its
  label is the composition of the labels on the path: an odd number of attacks gives ``att``,
  otherwise ``sup`` — which keeps each segment's dialectical role as in the predicted tree.
* An unaligned segment attaches to the root segment with ``sup``. So a segment that is not in
  the text is never the root and is attached only by this default: an implicit central claim
  the text does not state is always a miss.
* Predicted units with no outgoing relation other than the root are treated as supporting the
  root unit; an analysis with no units projects to the trivial tree over the segments (the
  first segment that is in the text is the claim, all others support it) and is counted in the
  report.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher

from ..argtree import ATTACK, SUPPORT, ArgTree
from ..schema import Analysis

Span = tuple[int, int]
#: Where a gold segment is in the text (see the module docstring).
Pieces = Sequence[Span]


@dataclass(frozen=True)
class UnitTree:
    """Predicted units (as spans of the evaluated text) and the tree over them.

    ``tree`` is None when there are no units (or no root); units the tree leaves unattached
    (background) count as supporting the root when projected.
    """

    spans: list[Span]
    tree: ArgTree | None

    def trivial(self) -> UnitTree:
        """The baseline over the same units: unit 0 is the claim, all others support it."""
        return UnitTree(self.spans, ArgTree.trivial(len(self.spans)) if self.spans else None)


@dataclass(frozen=True)
class PRF:
    """Pooled precision / recall / F1 with the counts they come from.

    ``pred_hits`` of the ``predicted`` items match some gold item (→ precision) and ``gold_hits``
    of the ``gold`` items are matched by some prediction (→ recall). For one-to-one matches such
    as boundaries the two hit counts are equal.
    """

    pred_hits: int
    predicted: int
    gold_hits: int
    gold: int

    @property
    def precision(self) -> float:
        return self.pred_hits / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.gold_hits / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: PRF) -> PRF:
        return PRF(
            self.pred_hits + other.pred_hits,
            self.predicted + other.predicted,
            self.gold_hits + other.gold_hits,
            self.gold + other.gold,
        )

    def as_dict(self) -> dict[str, float | int]:
        return {
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
            "predicted": self.predicted,
            "predicted_matched": self.pred_hits,
            "gold": self.gold,
            "gold_matched": self.gold_hits,
        }


EMPTY_PRF = PRF(0, 0, 0, 0)


def overlap(a: Span, b: Span) -> int:
    """Number of characters two spans share."""
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def shared(pieces: Pieces, span: Span) -> int:
    """Number of characters a gold segment's pieces share with a span."""
    return sum(overlap(piece, span) for piece in pieces)


def normalise_offset(text: str, offset: int) -> int:
    """Move ``offset`` forward past whitespace and punctuation to the next letter or digit."""
    while offset < len(text) and not text[offset].isalnum():
        offset += 1
    return offset


def boundary_set(text: str, offsets: Sequence[int]) -> set[int]:
    """Normalised boundaries, without the start and the end of the text."""
    first, last = normalise_offset(text, 0), len(text)
    normalised = {normalise_offset(text, offset) for offset in offsets}
    return {offset for offset in normalised if offset not in (first, last)}


def boundary_counts(text: str, gold: Sequence[Pieces], predicted: Sequence[Span]) -> PRF:
    """Boundary matches of one text (see the module docstring for the definition)."""
    gold_set = boundary_set(text, [offset for pieces in gold for span in pieces for offset in span])
    pred_set = boundary_set(text, [offset for span in predicted for offset in span])
    hits = len(gold_set & pred_set)
    return PRF(pred_hits=hits, predicted=len(pred_set), gold_hits=hits, gold=len(gold_set))


def align(gold: Sequence[Pieces], predicted: Sequence[Span]) -> list[int | None]:
    """For each gold segment, the index of the predicted span overlapping it most (or None)."""
    aligned: list[int | None] = []
    for pieces in gold:
        best, best_overlap = None, 0
        for index, candidate in enumerate(predicted):
            common = shared(pieces, candidate)
            if common > best_overlap:
                best, best_overlap = index, common
        aligned.append(best)
    return aligned


def project_tree(gold: Sequence[Pieces], units: UnitTree) -> ArgTree:
    """The predicted unit tree projected onto the gold segments (rules in the module docstring)."""
    n = len(gold)
    first = next((seg for seg, pieces in enumerate(gold) if pieces), 0)
    if not units.spans or units.tree is None:
        return ArgTree.from_edges(
            n, [(seg, first, SUPPORT) for seg in range(n) if seg != first], first
        )
    tree = units.tree
    root_unit = tree.root
    aligned = align(gold, units.spans)

    rep: dict[int, int] = {}
    for seg, unit in enumerate(aligned):
        if unit is None:
            continue
        if unit not in rep or shared(gold[seg], units.spans[unit]) > shared(
            gold[rep[unit]], units.spans[unit]
        ):
            rep[unit] = seg

    if root_unit in rep:
        root = rep[root_unit]
    else:
        common = [shared(pieces, units.spans[root_unit]) for pieces in gold]
        root = common.index(max(common)) if max(common) > 0 else first

    def parent(unit: int) -> tuple[int | None, bool]:
        """(head unit, is-attack); units without a relation support the root unit."""
        if unit == root_unit:
            return None, False
        head = tree.heads[unit]
        if head is None:
            return root_unit, False
        return head, tree.labels[unit] == ATTACK

    edges: list[tuple[int, int, str]] = []
    for seg, unit in enumerate(aligned):
        if seg == root:
            continue
        if unit is None:
            edges.append((seg, root, SUPPORT))
            continue
        if rep[unit] != seg:
            edges.append((seg, rep[unit], SUPPORT))
            continue
        target, attacks, node, seen = root, 0, unit, {unit}
        while True:
            head, is_attack = parent(node)
            if head is None or head in seen:
                target = root
                break
            attacks += is_attack
            seen.add(head)
            if head in rep:
                target = rep[head]
                break
            node = head
        edges.append((seg, target, ATTACK if attacks % 2 else SUPPORT))
    return ArgTree.from_edges(n, edges, root)


def offset_mapper(source: str, target: str) -> Callable[[int], int]:
    """Map offsets into ``source`` onto ``target`` (identity when the strings are equal).

    The analyser may normalise the text it was given (newlines, a stripped title); offsets of
    its units index ``Analysis.text``, gold spans index the corpus text. Matching characters are
    aligned with difflib; an unmatched offset maps to the next matched one.
    """
    if source == target:
        return lambda offset: offset
    table: list[int | None] = [None] * (len(source) + 1)
    matcher = SequenceMatcher(None, source, target, autojunk=False)
    for a, b, size in matcher.get_matching_blocks():
        for k in range(size):
            table[a + k] = b + k
    table[len(source)] = len(target)
    filled: list[int] = [len(target)] * (len(source) + 1)
    following = len(target)
    for pos in range(len(source), -1, -1):
        value = table[pos]
        if value is not None:
            following = value
        filled[pos] = following
    return lambda offset: filled[max(0, min(offset, len(source)))]


def unit_tree_from_analysis(analysis: Analysis, text: str) -> UnitTree:
    """The analysis' units (as spans of ``text``) with the tree its relations encode.

    A unit with several outgoing relations keeps the first one (the decoder emits at most one),
    and a relation that would close a cycle is dropped. The root is ``major_claim``; without one,
    the first unit with no outgoing relation.
    """
    to_text = offset_mapper(analysis.text, text)
    index = {unit.id: k for k, unit in enumerate(analysis.units)}
    spans = [(to_text(unit.start), to_text(unit.end)) for unit in analysis.units]
    heads: list[int | None] = [None] * len(spans)
    labels: list[str | None] = [None] * len(spans)
    for relation in analysis.relations:
        source, target = index.get(relation.source), index.get(relation.target)
        if source is None or target is None or heads[source] is not None or source == target:
            continue
        if _reaches(heads, target, source):
            continue  # source is above target already: this edge would close a cycle
        heads[source] = target
        labels[source] = relation.type.value
    root = index.get(analysis.major_claim) if analysis.major_claim is not None else None
    if root is None:
        root = next((k for k, head in enumerate(heads) if head is None), None)
    if root is None:
        return UnitTree(spans=spans, tree=None)
    heads[root], labels[root] = None, None
    return UnitTree(spans=spans, tree=ArgTree.build(heads, labels, root))


def _reaches(heads: list[int | None], start: int, goal: int) -> bool:
    """Following heads up from ``start`` meets ``goal``."""
    node: int | None = start
    while node is not None:
        if node == goal:
            return True
        node = heads[node]
    return False
