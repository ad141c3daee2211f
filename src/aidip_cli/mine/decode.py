"""Global decoding: candidate edges → the best tree rooted at the major claim.

Local decisions ("this sentence supports the previous one") conflict; a maximum spanning
arborescence (Chu-Liu/Edmonds, ``arborescence.py``) picks the set of attachments with the
highest total score that forms a tree. We try the few most thesis-like units as the root and
keep the best tree.
Candidates are windowed (neighbours in the paragraph, paragraph heads nearby, the root), so the
number of edges grows linearly with the essay.
"""

from __future__ import annotations

from dataclasses import dataclass

from .arborescence import maximum_arborescence
from .features import UnitFeatures
from .opeds import Layout, is_oped, layout
from .scoring import EdgeScore, Scorer, UnitScore

WINDOW = 5  # units on either side, within a paragraph
PARAGRAPH_REACH = 2  # paragraphs on either side whose opening/closing units are candidates
ROOT_CANDIDATES = 3
ROOT_WEIGHT = 1.5  # how much the root's own thesis score counts against the tree's edges
LARGE = 400  # above this many units, try only the single best root
ROOT_ATTACH = 0.12  # prior for a unit of another paragraph to argue directly for the thesis
# Op-eds (more than one paragraph) only:
ANCHOR_BONUS = 0.35  # a unit argues for its paragraph's point (or the reply it follows)
HEAD_DOWN = 0.3  # a paragraph's point does not argue for the reasons given for it
# The paragraph plan fixes most of an op-ed's tree whatever the root, so the tree totals say
# little about which unit is the thesis; its own thesis score counts for more.
OPED_ROOT_WEIGHT = 5.0


@dataclass(frozen=True)
class Edge:
    source: int
    target: int
    score: EdgeScore


@dataclass(frozen=True)
class Tree:
    root: int | None
    edges: list[Edge]  # one per attached unit, source → target (premise → conclusion)
    heads: frozenset[int] = frozenset()  # op-eds: each paragraph's point


def candidate_pairs(units: list[UnitFeatures], active: list[int]) -> list[tuple[int, int]]:
    """(source, target) pairs worth scoring; O(n · (WINDOW + PARAGRAPH_REACH))."""
    by_paragraph: dict[int, list[int]] = {}
    for i in active:
        by_paragraph.setdefault(units[i].paragraph, []).append(i)
    heads = {p: (members[0], members[-1]) for p, members in by_paragraph.items()}
    paragraphs = sorted(by_paragraph)
    pairs: set[tuple[int, int]] = set()
    for p_pos, p in enumerate(paragraphs):
        members = by_paragraph[p]
        reach = paragraphs[max(0, p_pos - PARAGRAPH_REACH) : p_pos + PARAGRAPH_REACH + 1]
        far = [h for q in reach if q != p for h in heads[q]]
        for pos, i in enumerate(members):
            for j in members[max(0, pos - WINDOW) : pos + WINDOW + 1]:
                if j != i:
                    pairs.add((i, j))
            for j in far:
                pairs.add((i, j))
    return sorted(pairs)


def decode(
    units: list[UnitFeatures],
    scorer: Scorer,
    *,
    unit_scores: list[UnitScore],
    active: list[int],
    forced_root: int | None = None,
) -> Tree:
    """The best tree over ``active`` units (the others are background and stay out)."""
    if not active:
        return Tree(root=None, edges=[])
    cache: dict[tuple[int, int], EdgeScore] = {}

    def score(i: int, j: int) -> EdgeScore:
        key = (i, j)
        if key not in cache:
            cache[key] = scorer.edge_score(units, i, j)
        return cache[key]

    pairs = candidate_pairs(units, active)
    if forced_root is not None:
        roots = [forced_root]
    else:
        ranked = sorted(active, key=lambda i: (-unit_scores[i].major_claim, i))
        roots = ranked[: 1 if len(active) > LARGE else ROOT_CANDIDATES]

    oped = is_oped(units)
    best: tuple[float, Tree] | None = None
    for root in roots:
        plan = layout(units, active, root) if oped else None
        tree, total = _tree_for_root(units, active, pairs, root, score, plan)
        total += (OPED_ROOT_WEIGHT if oped else ROOT_WEIGHT) * unit_scores[root].major_claim
        if best is None or total > best[0] + 1e-9:
            best = (total, tree)
    assert best is not None
    return best[1]


def _in_paragraph(
    units: list[UnitFeatures], plan: Layout, i: int, j: int, edge: EdgeScore
) -> EdgeScore:
    """An op-ed edge ``i → j`` re-weighted by the paragraph plan."""
    if units[i].paragraph != units[j].paragraph:
        return edge
    weight, attack, cue, kind = edge.weight, edge.attack, edge.cue, edge.cue_kind
    if plan.anchor.get(i) == j:
        weight += ANCHOR_BONUS
        if kind == "structural":
            cue = "paragraph's point" if j in plan.heads else "argues for"
        if i in plan.replies:
            attack = max(attack, 0.9)
    elif i in plan.heads:
        weight -= HEAD_DOWN
    return EdgeScore(_clip(weight), attack, cue, kind)


def _clip(x: float) -> float:
    return max(0.01, min(0.99, x))


def _tree_for_root(units, active, pairs, root, score, plan=None) -> tuple[Tree, float]:  # type: ignore[no-untyped-def]
    """The maximum spanning arborescence when ``root`` is the major claim."""
    n_units = len(active)
    if plan is not None:
        active = [i for i in active if i not in plan.background]
        kept = set(active)
        pairs = [(i, j) for i, j in pairs if i in kept and j in kept]
        # A long paragraph's point may lie beyond the window: its anchor is always a candidate.
        pairs += [(i, j) for i, j in sorted(plan.anchor.items()) if i in kept and j in kept]
        plain_score = score

        def score(i: int, j: int) -> EdgeScore:
            return _in_paragraph(units, plan, i, j, plain_score(i, j))

    weights: dict[tuple[int, int], float] = {}  # (parent, child) -> weight
    for i, j in pairs:
        if i == root:
            continue
        weights[(j, i)] = score(i, j).weight
    to_root: dict[int, EdgeScore] = {}
    for i in active:
        if i == root:
            continue
        edge = score(i, root)
        if plan is not None and i not in plan.heads:
            pass  # in an op-ed only a paragraph's point argues directly for the thesis
        elif units[i].paragraph != units[root].paragraph:
            cue, kind = edge.cue, edge.cue_kind
            if kind == "structural":
                cue = "paragraph argues for the major claim"
            edge = EdgeScore(min(0.99, edge.weight + ROOT_ATTACH), edge.attack, cue, kind)
        to_root[i] = edge
        weights[(root, i)] = edge.weight
    heads = plan.heads if plan is not None else frozenset()
    if len(active) == 1:
        return Tree(root=root, edges=[], heads=heads), 0.0
    parents = maximum_arborescence(active, root, [(p, c, w) for (p, c), w in weights.items()])
    edges = sorted(
        (
            Edge(
                source=child,
                target=parent,
                score=to_root[child] if parent == root else score(child, parent),
            )
            for child, parent in parents.items()
        ),
        key=lambda e: e.source,
    )
    total = sum(e.score.weight for e in edges)
    if plan is not None and edges:
        # Roots leave different lead-ins out as background: compare trees per attached unit,
        # scaled to the same number of units, so a root is neither rewarded nor penalised
        # for the scene-setting it leaves out.
        total *= (n_units - 1) / len(edges)
    return Tree(root=root, edges=edges, heads=heads), total
