"""Global decoding: candidate edges → the best tree rooted at the major claim.

Local decisions ("this sentence supports the previous one") conflict; a maximum spanning
arborescence (Edmonds, via networkx) picks the set of attachments with the highest total score
that forms a tree. We try the few most thesis-like units as the root and keep the best tree.
Candidates are windowed (neighbours in the paragraph, paragraph heads nearby, the root), so the
number of edges grows linearly with the essay.
"""

from __future__ import annotations

from dataclasses import dataclass

import networkx as nx

from .features import UnitFeatures
from .scoring import EdgeScore, Scorer, UnitScore

WINDOW = 5  # units on either side, within a paragraph
PARAGRAPH_REACH = 2  # paragraphs on either side whose opening/closing units are candidates
ROOT_CANDIDATES = 3
ROOT_WEIGHT = 1.5  # how much the root's own thesis score counts against the tree's edges
LARGE = 400  # above this many units, try only the single best root
ROOT_ATTACH = 0.12  # prior for a unit of another paragraph to argue directly for the thesis


@dataclass(frozen=True)
class Edge:
    source: int
    target: int
    score: EdgeScore


@dataclass(frozen=True)
class Tree:
    root: int | None
    edges: list[Edge]  # one per attached unit, source → target (premise → conclusion)


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

    best: tuple[float, Tree] | None = None
    for root in roots:
        tree, total = _tree_for_root(units, active, pairs, root, score)
        total += ROOT_WEIGHT * unit_scores[root].major_claim
        if best is None or total > best[0] + 1e-9:
            best = (total, tree)
    assert best is not None
    return best[1]


def _tree_for_root(units, active, pairs, root, score) -> tuple[Tree, float]:  # type: ignore[no-untyped-def]
    """The maximum spanning arborescence when ``root`` is the major claim."""
    graph = nx.DiGraph()
    graph.add_nodes_from(active)
    for i, j in pairs:
        if i == root:
            continue
        graph.add_edge(j, i, weight=score(i, j).weight)
    to_root: dict[int, EdgeScore] = {}
    for i in active:
        if i == root:
            continue
        edge = score(i, root)
        if units[i].paragraph != units[root].paragraph:
            cue, kind = edge.cue, edge.cue_kind
            if kind == "structural":
                cue = "paragraph argues for the major claim"
            edge = EdgeScore(min(0.99, edge.weight + ROOT_ATTACH), edge.attack, cue, kind)
        to_root[i] = edge
        graph.add_edge(root, i, weight=edge.weight)
    if len(active) == 1:
        return Tree(root=root, edges=[]), 0.0
    arborescence = nx.maximum_spanning_arborescence(graph, attr="weight", preserve_attrs=True)
    edges = sorted(
        (
            Edge(
                source=child,
                target=parent,
                score=to_root[child] if parent == root else score(child, parent),
            )
            for parent, child in arborescence.edges()
        ),
        key=lambda e: e.source,
    )
    total = sum(e.score.weight for e in edges)
    return Tree(root=root, edges=edges), total
