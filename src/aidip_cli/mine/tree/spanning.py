"""The best tree: candidate edges and their scores → one tree rooted at the major claim.

Local decisions ("this sentence supports the previous one") conflict; a maximum spanning
arborescence (Chu-Liu/Edmonds, ``_arborescence.py``) picks the set of attachments with the
highest total score that forms a tree. We try the few most thesis-like units as the root and
keep the best tree. Units the scorer reads as background stay out of it.
Candidates are windowed (neighbours in the paragraph, paragraph openers and closers nearby, the
root), so the number of edges grows linearly with the essay.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace

from ...argtree import ATTACK, SUPPORT, ArgTree
from ...schema import STANCE_KINDS, Kind
from ..scorers.base import EdgeScore, Scorer, UnitScore, clamp
from ..units.features import UnitFeatures, overlap
from ..units.signals import adds_a_point, conceded, grants_a_point, turns
from ._arborescence import maximum_arborescence
from ._opeds import Layout, is_oped, layout
from .acceptance import without_doubtful_links

WINDOW = 5  # units on either side, within a paragraph
PARAGRAPH_REACH = 2  # paragraphs on either side whose opening/closing units are candidates
ROOT_CANDIDATES = 3
ROOT_WEIGHT = 1.5  # how much the root's own thesis score counts against the tree's edges
LARGE = 400  # above this many units, try only the single best root
ROOT_ATTACH = 0.12  # prior for a unit of another paragraph to argue directly for the thesis
# Op-eds (more than one paragraph) only:
ANCHOR_BONUS = 0.35  # a unit argues for its paragraph's point (or the reply it follows)
REBUTTAL = 0.9  # how sure a turn re-aimed at the claim it answers is an attack
POINT_DOWN = 0.3  # a paragraph's point does not argue for the reasons given for it
# The paragraph plan fixes most of an op-ed's tree whatever the root, so the tree totals say
# little about which unit is the thesis; its own thesis score decides, the totals break near
# ties. (A thesis in mid-paragraph leaves the sentences before it out as scene-setting, which
# costs its tree more than any other root's; with a weight of 8 that cost still won.)
OPED_ROOT_WEIGHT = 16.0


BACKGROUND_THRESHOLD = 0.5  # a unit scored at least this much as background stays out
ROOT_CUE = "paragraph argues for the major claim"
#: Structural cues that say only where a unit stands, not how it argues.
POSITION_CUES = frozenset(
    {"adjacent sentence", "same paragraph", "neighbouring paragraph", "lexical overlap"}
)
FALLBACK_BELOW = 0.3  # a paragraph attached to the thesis this weakly is a guess
RESTATES_HEADLINE = 0.8  # a body sentence sharing this much of the headline's words states it
UNLINK_BELOW = 0.15  # a guess this weak is left out: the unit stays unlinked (background)


def _weak_guess(score: EdgeScore) -> bool:
    return is_fallback(score) and score.weight < UNLINK_BELOW


def is_fallback(score: EdgeScore) -> bool:
    """Nothing in the text marks this link: position alone put the unit there."""
    if score.cue_kind != "structural":
        return False
    return score.cue in POSITION_CUES or (score.cue == ROOT_CUE and score.weight < FALLBACK_BELOW)


@dataclass(frozen=True)
class DecodedTree:
    """The tree chosen for a text, with the score behind each of its edges."""

    tree: ArgTree | None  # None when no unit takes part in the argument
    scores: dict[int, EdgeScore]  # source unit → the score of its edge to its head
    points: frozenset[int] = frozenset()  # op-eds: each paragraph's point
    # The headline is the thesis: unit 0 of the tree is the headline, unit k the body's k-1.
    headline: bool = False
    # Op-eds: links left out as more likely wrong than right (see ``acceptance``), source →
    # (target, score); the unit keeps the role the link gave it.
    withheld: dict[int, tuple[int, EdgeScore]] = field(default_factory=dict)

    @property
    def root(self) -> int | None:
        return self.tree.root if self.tree is not None else None


def active_units(
    units: list[UnitFeatures], scores: list[UnitScore], *, allow_background: bool
) -> list[int]:
    """Units that take part in the argument; the rest is background."""
    if not allow_background:
        return [u.index for u in units]
    best_root = max(range(len(units)), key=lambda i: scores[i].major_claim, default=None)
    return [
        u.index
        for u in units
        if scores[u.index].background < BACKGROUND_THRESHOLD or u.index == best_root
    ]


def build_tree(
    units: list[UnitFeatures],
    scorer: Scorer,
    *,
    allow_background: bool = True,
    headline: UnitFeatures | None = None,
) -> tuple[DecodedTree, list[UnitScore]]:
    """Score the units and their pairs and keep the best tree (with the unit scores).

    A ``headline`` that reads more like the thesis than any sentence of the body (no sentence
    states the thesis) becomes the root: the tree is then built over ``[headline, *units]``.
    """
    scores = scorer.unit_scores(units)
    active = active_units(units, scores, allow_background=allow_background)
    if headline is not None and units:
        thesis = scorer.unit_scores([headline])[0].major_claim
        restated = any(overlap(headline, u) >= RESTATES_HEADLINE for u in units)
        if thesis > max(s.major_claim for s in scores) and not restated:
            combined = with_headline(headline, units)
            combined_scores = scorer.unit_scores(combined)
            decoded = best_tree(
                combined,
                scorer,
                unit_scores=combined_scores,
                active=[0, *(i + 1 for i in active)],
                forced_root=0,
                complete=not allow_background,
            )
            return replace(decoded, headline=True), combined_scores
    decoded = best_tree(
        units, scorer, unit_scores=scores, active=active, complete=not allow_background
    )
    return decoded, scores


def with_headline(headline: UnitFeatures, units: list[UnitFeatures]) -> list[UnitFeatures]:
    """The headline as a one-sentence first paragraph, the body's units shifted after it."""
    n_paragraphs = units[0].n_paragraphs + 1
    first = replace(
        headline,
        index=0,
        paragraph=0,
        n_paragraphs=n_paragraphs,
        position_in_paragraph=0,
        paragraph_size=1,
        is_headline=True,
        extra={},
    )
    shifted = [
        replace(
            u, index=u.index + 1, paragraph=u.paragraph + 1, n_paragraphs=n_paragraphs, extra={}
        )
        for u in units
    ]
    return [first, *shifted]


# (source, target, score) of one attached unit
_Edge = tuple[int, int, EdgeScore]


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


def best_tree(
    units: list[UnitFeatures],
    scorer: Scorer,
    *,
    unit_scores: list[UnitScore],
    active: list[int],
    forced_root: int | None = None,
    complete: bool = False,
) -> DecodedTree:
    """The best tree over ``active`` units (the others are background and stay out);
    ``complete``: every active unit is attached, none is left out as scene-setting or as a
    weak guess."""
    if not active:
        return DecodedTree(tree=None, scores={})
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
    best: tuple[float, int, _Tree, Layout | None] | None = None
    for root in roots:
        plan = layout(units, active, root, complete=complete) if oped else None
        found = _tree_for_root(units, active, pairs, root, score, plan)
        total = (
            found.total
            + (OPED_ROOT_WEIGHT if oped else ROOT_WEIGHT) * unit_scores[root].major_claim
        )
        if best is None or total > best[0] + 1e-9:
            best = (total, root, found, plan)
    assert best is not None
    _, root, found, plan = best
    points = plan.points if plan is not None else frozenset()
    edges = _turns_open_a_paragraph(units, found.edges, root, found.to_root)
    edges = _turns_on_the_claim(units, edges, root)
    withheld: dict[int, tuple[int, EdgeScore]] = {}
    if not complete:
        edges = _without_invented_links(units, edges, root, oped=oped)
        if plan is not None and _reports_other_voices(units):
            # The plan's replies and backings answer or back a view the text reports: the
            # text makes those links, as a marker does.
            kept = without_doubtful_links(
                units, edges, root, made_by_text=plan.replies | plan.backs
            )
            left_out = {source for source, _, _ in edges} - {source for source, _, _ in kept}
            withheld = {s: (t, e) for s, t, e in edges if s in left_out}
            edges = kept
    tree = ArgTree.from_edges(
        len(units),
        ((source, target, ATTACK if e.is_attack else SUPPORT) for source, target, e in edges),
        root,
    )
    return DecodedTree(
        tree=tree, scores={source: e for source, _, e in edges}, points=points, withheld=withheld
    )


def _turns_on_the_claim(units: list[UnitFeatures], edges: list[_Edge], root: int) -> list[_Edge]:
    """'Officials bristle at the thought. "We are a partner, not a suspect," one said. Yet the
    Emirates has accepted intrusive terms before.': a turn ("Yet", "But", "However") aimed at the
    sentence just before it answers the claim that sentence backs, not the backing (development
    essays: 12 wrong links set right, 1 right one lost)."""
    head = {source: (target, score) for source, target, score in edges}
    moved = []
    for source, target, score in edges:
        backed = head.get(target)
        if (
            target == source - 1
            and backed is not None
            and backed[0] < target
            and backed[0] != root
            and not backed[1].is_attack
            and turns(units[source])
            and not _above(source, backed[0], head)
        ):
            if grants_a_point(units[target]):  # "He has a point. But ...": the view granted
                score = replace(score, attack=max(score.attack, REBUTTAL))  # is answered
            target = backed[0]
        moved.append((source, target, score))
    return moved


def _turns_open_a_paragraph(
    units: list[UnitFeatures], edges: list[_Edge], root: int, to_root: dict[int, EdgeScore]
) -> list[_Edge]:
    """'She has a point. ¶ But a summit is not a trade fair.': a paragraph that opens by turning
    ("But ...", "Yet ...", "Still, ...") does not argue for the sentence that closed the one
    before — it turns the essay back to its thesis (for it, or, "Still, ...", against it). A
    turn on the other side's view stays a rebuttal of that view (development essays: of 14
    such links 1 was right; sent to the thesis, 7 are)."""
    moved = []
    for source, target, score in edges:
        u = units[source]
        if (
            target == source - 1
            and target != root
            and source in to_root
            and u.is_paragraph_first
            and units[target].paragraph != u.paragraph
            and turns(u)
            and not conceded(units, target)
        ):
            target, score = root, to_root[source]
        moved.append((source, target, score))
    return moved


def _above(unit: int, other: int, head: dict[int, tuple[int, EdgeScore]]) -> bool:
    """``unit`` is ``other`` or one of its ancestors in the tree."""
    node: int | None = other
    seen = set()
    while node is not None and node not in seen:
        if node == unit:
            return True
        seen.add(node)
        node = head[node][0] if node in head else None
    return False


def _without_invented_links(
    units: list[UnitFeatures], edges: list[_Edge], root: int, *, oped: bool
) -> list[_Edge]:
    """Leave out the links that nothing in the text makes: a leaf attached by a weak guess, and
    — in an op-ed — the guess that a paragraph argues for the thesis when the op-ed is built on
    reporting (see ``_reports_other_voices``), or when the paragraph's point only reports or
    tells, or sets the scene before the author first takes a side. Such a paragraph is
    evidence or scenery, but the text does not say for what (development essays: three such
    guesses in four were wrong; 17 of 20 scene-setting ones); it stays a sub-argument of its
    own."""
    parents = {target for _, target, _ in edges}
    opening = _the_opening(units, root)
    reported = _reports_other_voices(units)
    kept = []
    for source, target, score in edges:
        if source not in parents and _weak_guess(score):
            continue
        if (
            oped
            and target == root
            and is_fallback(score)
            and (
                reported
                or _only_reports_or_tells(units[source])
                or _sets_the_scene(units[source], opening)
                or _off_the_thesis(units[source], units[root])
            )
        ):
            continue
        kept.append((source, target, score))
    return kept


#: One unit in twenty or more quotes a person: reported journalism, not an essay argued in the
#: author's own voice throughout.
REPORTED_SHARE = 0.05


def _reports_other_voices(units: list[UnitFeatures]) -> bool:
    """The op-ed is built on reporting: one unit in twenty or more gives a person's words or a
    quotation. There a paragraph is as often a quoted voice, a scene or evidence for another
    paragraph's claim as a reason for the thesis, so its position says nothing (development
    essays: 150 of 296 such guesses right, and careful readers accepted 40% of them on the
    held-out essays; in essays argued in the author's own voice 21 of 28 were right)."""
    reported = sum(_quotes_someone(u) for u in units)
    return reported >= REPORTED_SHARE * len(units)


def _quotes_someone(u: UnitFeatures) -> bool:
    """A person's words, or words in quotation marks (a figure an organisation publishes is a
    cited source, which essays argued in the author's voice have too)."""
    a = u.attribution
    return u.voice.quote_led or a.mode == "direct" or (a.status != "none" and a.kind == "person")


def _only_reports_or_tells(u: UnitFeatures) -> bool:
    """Someone else's words; or, unless a marker opens it ("Hence, ..."), a date, a figure, or
    a past event told without a judgement."""
    if u.attribution.status != "none" or u.voice.quote_led:
        return True
    if u.opener is not None:
        return False
    if u.has_date or Kind.STATISTICAL in u.kinds:
        return True
    return u.root_tag == "VBD" and not (STANCE_KINDS & set(u.kinds))


def _the_opening(units: list[UnitFeatures], root: int) -> int:
    """The paragraphs before the author first takes a side — a judgement, a prescription or a
    forecast in the author's own voice — and before the thesis: the scene or the news an op-ed
    starts from."""
    sides = (
        u.paragraph
        for u in units
        if STANCE_KINDS & set(u.kinds) and u.attribution.status == "none" and not u.voice.quote_led
    )
    return min([*sides, units[root].paragraph])


def _sets_the_scene(u: UnitFeatures, opening: int) -> bool:
    """A point in the opening that takes no side and opens with no marker: the scene, not a
    reason the text gives for its thesis."""
    return u.paragraph < opening and u.opener is None and not (STANCE_KINDS & set(u.kinds))


def _off_the_thesis(u: UnitFeatures, thesis: UnitFeatures) -> bool:
    """A point before the thesis that takes no side, opens with no marker and shares no
    content word with the thesis: nothing in the text ties it to the thesis (development essays:
    35 of 45 such guesses were wrong)."""
    return (
        u.paragraph < thesis.paragraph
        and u.opener is None
        and not (STANCE_KINDS & set(u.kinds))
        and overlap(u, thesis) == 0
    )


def _in_paragraph(
    units: list[UnitFeatures], plan: Layout, i: int, j: int, edge: EdgeScore
) -> EdgeScore:
    """An op-ed edge ``i → j`` re-weighted by the paragraph plan (a reply may cross paragraphs)."""
    if units[i].paragraph != units[j].paragraph and plan.anchor.get(i) != j:
        return edge
    weight, attack, cue, kind = edge.weight, edge.attack, edge.cue, edge.cue_kind
    if plan.anchor.get(i) == j:
        weight += ANCHOR_BONUS
        if kind == "structural":
            cue = "paragraph's point" if j in plan.points else "argues for"
        if i in plan.replies:
            attack = max(attack, 0.9)
        elif i in plan.backs:
            attack = min(attack, 0.1)
    elif i in plan.points:
        weight -= POINT_DOWN
    elif (j in plan.backs and i in plan.replies) or i in plan.backs:
        # A unit backing a view argues for that view; the answer goes to the view too.
        weight -= POINT_DOWN
    return EdgeScore(clamp(weight), attack, cue, kind)


@dataclass(frozen=True)
class _Tree:
    edges: list[_Edge]
    total: float  # the tree's weight, to compare roots
    to_root: dict[int, EdgeScore]  # how each unit would argue for the root directly


def _tree_for_root(
    units: list[UnitFeatures],
    active: list[int],
    pairs: list[tuple[int, int]],
    root: int,
    score: Callable[[int, int], EdgeScore],
    plan: Layout | None = None,
) -> _Tree:
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
        if plan is not None and i not in plan.points:
            pass  # in an op-ed only a paragraph's point argues directly for the thesis
        elif units[i].paragraph != units[root].paragraph:
            cue, kind = edge.cue, edge.cue_kind
            if kind == "structural":
                cue = ROOT_CUE
                adds = adds_a_point(units[i]) if plan is not None else None
                if adds is not None:  # "Selling also buys influence.": one more reason
                    cue, kind = adds, "marker"
            edge = EdgeScore(min(0.99, edge.weight + ROOT_ATTACH), edge.attack, cue, kind)
        to_root[i] = edge
        weights[(root, i)] = edge.weight
    if len(active) == 1:
        return _Tree([], 0.0, to_root)
    parents = maximum_arborescence(active, root, [(p, c, w) for (p, c), w in weights.items()])
    edges = sorted(
        (
            (child, parent, to_root[child] if parent == root else score(child, parent))
            for child, parent in parents.items()
        ),
        key=lambda e: e[0],
    )
    total = sum(e[2].weight for e in edges)
    if plan is not None and edges:
        # Roots leave different lead-ins out as background: compare trees per attached unit,
        # scaled to the same number of units, so a root is neither rewarded nor penalised
        # for the scene-setting it leaves out.
        total *= (n_units - 1) / len(edges)
    return _Tree(edges, total, to_root)
