"""The default scorer: transparent rules over discourse markers, modality and position.

It learns nothing from any corpus (so it can ship under the project's licence). Every score is a
sum of named rules, each listed once in a table below with the condition under which it fires,
its weight and — for edges — the cue it shows; the largest marker contribution becomes the
relation's ``cue``, so a reader can see why an edge exists. :meth:`RuleScorer.contributions`
returns the rules that fired for a pair by name, which is what the learned scorer
(:mod:`.learned`) reads as features next to its own.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from itertools import takewhile

from ...schema import STANCE_KINDS, Kind
from ..units.features import UnitFeatures, overlap
from ..units.segmenting import SEMICOLON
from ..units.signals import _memo, conceded, concludes, grants_a_point, turns
from .base import CueKind, EdgeScore, UnitScore, clamp

Units = list[UnitFeatures]


# -- unit rules ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class UnitRule:
    """``weight`` is added to the score when ``applies`` holds (a callable weight depends on
    the unit)."""

    name: str
    applies: Callable[[UnitFeatures, Units], bool]
    weight: float | Callable[[UnitFeatures, Units], float]

    def delta(self, u: UnitFeatures, units: Units) -> float | None:
        if not self.applies(u, units):
            return None
        return self.weight(u, units) if callable(self.weight) else self.weight


def _last_paragraph(u: UnitFeatures) -> bool:
    return u.paragraph == u.n_paragraphs - 1 and u.n_paragraphs > 1


def _opening_prescribes(units: Units) -> bool:
    """The opening (see ``_early``: a news peg, then the point) says, in the author's own
    words, what should be done."""
    return (
        _memo(
            units[0],
            "opening_prescribes",
            lambda: any(
                Kind.NORMATIVE in v.kinds and _own_words(v)
                for v in takewhile(lambda v: _in_opening(v, units), units)
                if not v.is_headline
            ),
        )
        > 0
    )


def _prescribes(u: UnitFeatures) -> bool:
    """The author says what should be done (not what somebody was told they must do)."""
    return Kind.NORMATIVE in u.kinds and not (u.prescription_reported or u.prescription_asked)


def _own_words(u: UnitFeatures) -> bool:
    return u.attribution.status == "none" and not u.voice.quote_led


def _early(u: UnitFeatures, units: Units) -> bool:
    """Op-eds state what should be done early (see ``_in_opening``) and then argue for it; or,
    failing that, at the end."""
    return _in_opening(u, units) or (_last_paragraph(u) and not _opening_prescribes(units))


def _in_opening(u: UnitFeatures, units: Units) -> bool:
    """The first two paragraphs, the first quarter of a long op-ed, or — after a narrative
    opening — up to the paragraph after the first in which the author takes a side (the nut
    graf), within the first third."""
    nut_graf = min(int(_first_stance_paragraph(units)) + 1, u.n_paragraphs // 3)
    return u.paragraph <= max(1, u.n_paragraphs // 4, nut_graf)


def _first_stance_paragraph(units: Units) -> float:
    return _memo(
        units[0],
        "first_stance_paragraph",
        lambda: next(
            (
                v.paragraph
                for v in units
                if not (v.is_headline or v.is_question or v.is_concession)
                and _own_words(v)
                and STANCE_KINDS & set(v.kinds)
                and Kind.STATISTICAL not in v.kinds
            ),
            0,
        ),
    )


def _summary_bonus(u: UnitFeatures, units: Units) -> float:
    # A summary of numbers closes a paragraph of evidence; it is not the thesis.
    bonus = 0.45 + (0.15 if _last_paragraph(u) else 0.0)
    return bonus / 2 if Kind.STATISTICAL in u.kinds else bonus


# "Power is another problem: ...", "Another risk is ...": one more item on a list of reasons.
_ANOTHER = re.compile(
    r"\W*(?:another\b|there\s+(?:is|are)\s+another\b|(?:[\w'’-]+\s+){1,4}(?:is|are|was|were)\s+"
    r"(?:yet\s+)?another\s+(?:problem|reason|risk|obstacle|difficulty|worry|concern|flaw|weakness|"
    r"lesson|example|case|sign|way|question|issue|point|danger|threat|cost|snag|hurdle)\b)",
    re.I,
)

#: How much a unit reads as the essay's thesis: 0.2, plus every rule that applies, clamped.
MAJOR_CLAIM_BASE = 0.2
MAJOR_CLAIM_RULES: tuple[UnitRule, ...] = (
    UnitRule(
        "concludes_inside",
        lambda u, _: u.opener_cls not in {"conclusion", "summary"} and concludes(u),
        0.2,
    ),
    UnitRule("conceded", lambda u, us: not u.is_concession and conceded(us, u.index), -0.25),
    UnitRule("summary_opener", lambda u, _: u.opener_cls == "summary", _summary_bonus),
    UnitRule(
        "early_prescription",
        lambda u, us: _prescribes(u) and u.n_paragraphs > 2 and _early(u, us),
        0.1,
    ),
    UnitRule("bare_fact", lambda u, _: not (STANCE_KINDS & set(u.kinds)), -0.1),
    UnitRule("thesis_marker", lambda u, _: any(m.cls == "thesis" for m in u.inner), 0.2),
    UnitRule("normative", lambda u, _: _prescribes(u), 0.15),
    # In an op-ed a verdict ("The deal is a bad one", "that club is the most useful thing ...")
    # is what a verdict editorial argues for; a prescription already has its own bonus.
    UnitRule(
        "evaluative",
        lambda u, _: Kind.EVALUATIVE in u.kinds,
        lambda u, _: 0.1 if u.n_paragraphs > 1 and not _prescribes(u) else 0.05,
    ),
    UnitRule(
        "last_paragraph",
        lambda u, _: _last_paragraph(u),
        lambda u, _: 0.08 + (0.04 if u.is_paragraph_first else 0.0),
    ),
    UnitRule(
        "closes_opening_paragraph",
        lambda u, _: u.paragraph == 0 and u.n_paragraphs > 1 and u.is_paragraph_last,
        0.04,
    ),
    # Short texts (one paragraph): the thesis opens or closes them.
    UnitRule("opens_short_text", lambda u, _: u.n_paragraphs == 1 and u.index == 0, 0.12),
    UnitRule(
        "closes_short_text",
        lambda u, _: u.n_paragraphs == 1 and u.position_in_paragraph == u.paragraph_size - 1,
        0.06,
    ),
    UnitRule(
        "gives_a_reason",
        lambda u, _: (
            u.opener_cls in {"reason", "example", "addition"}
            or bool(u.split_connective)
            or bool(_ANOTHER.match(u.text))
        ),
        -0.3,
    ),
    UnitRule("contrast_opener", lambda u, _: u.opener_cls == "contrast", -0.05),
    UnitRule("conclusion_opener", lambda u, _: u.opener_cls == "conclusion", 0.05),
    UnitRule("concession", lambda u, _: u.is_concession, -0.35),
    # "They are right about ownership.": a point granted to the other side
    UnitRule("grants_a_point", lambda u, _: not u.is_concession and grants_a_point(u), -0.3),
    UnitRule("statistical", lambda u, _: Kind.STATISTICAL in u.kinds, -0.15),
    # "In September 2023 Joe Biden flew to Hanoi ...": a dated event told in the past is news,
    # whatever words of praise it holds
    UnitRule("dated_event", lambda u, _: u.has_date and u.root_tag == "VBD", -0.1),
    UnitRule("attributed", lambda u, _: u.attribution.status != "none", -0.1),
    UnitRule("question", lambda u, _: u.is_question, -0.2),
    UnitRule("question_in_op_ed", lambda u, _: u.is_question and u.n_paragraphs > 1, -0.3),
    UnitRule("definition", lambda u, _: u.is_definition, -0.3),
    UnitRule("short", lambda u, _: u.n_tokens < 6, -0.15),
    # Op-eds (more than one paragraph): the thesis is what the essay keeps coming back to, in
    # the headline's words, and always the author's own full sentence.
    UnitRule("central", lambda u, _: u.n_paragraphs > 1, lambda u, _: 0.25 * u.centrality),
    UnitRule("answers_the_headline", lambda u, _: u.answers_headline, 0.2),
    UnitRule(
        "echoes_headline",
        lambda u, _: u.n_paragraphs > 1 and u.echoes_headline > 0,
        lambda u, _: 0.06 * min(u.echoes_headline, 4),
    ),
    UnitRule("fragment", lambda u, _: u.n_paragraphs > 1 and u.is_fragment, -0.5),
    UnitRule(
        "someone_elses_words",
        lambda u, _: u.n_paragraphs > 1 and not _own_words(u),
        -0.4,
    ),
)

#: The headline as the thesis, by what kind of statement it is (a question is none).
HEADLINE_SCORES = {Kind.NORMATIVE: 0.7, Kind.EVALUATIVE: 0.6, Kind.PREDICTIVE: 0.55}


def _headline_score(u: UnitFeatures) -> float:
    # A question, a fragment or a label ("The quiet club that tests the world's AI": a noun
    # phrase, whatever verbs its relative clauses hold) states no thesis.
    if u.is_question or u.is_fragment or u.root_tag.startswith("NN"):
        return 0.01
    return max((HEADLINE_SCORES[k] for k in u.kinds if k in HEADLINE_SCORES), default=0.4)


def _plain_opening(u: UnitFeatures) -> bool:
    """An unmarked sentence of the opening paragraph of an essay of three or more paragraphs."""
    return u.paragraph == 0 and u.n_paragraphs > 2 and u.opener is None and not u.inner


#: How much a unit reads as scene-setting: 0.1, plus every rule that applies, clamped.
BACKGROUND_BASE = 0.1
BACKGROUND_RULES: tuple[UnitRule, ...] = (
    UnitRule("definition", lambda u, _: u.is_definition, 0.5),
    UnitRule("announces_what_follows", lambda u, _: u.announces, 0.5),
    UnitRule(
        "plain_opening_statement",
        lambda u, _: _plain_opening(u) and not {Kind.NORMATIVE, Kind.PREDICTIVE} & set(u.kinds),
        0.25,
    ),
    UnitRule(
        "opening_beside_definitions",
        lambda u, us: _plain_opening(u) and any(v.paragraph == 0 and v.is_definition for v in us),
        0.15,
    ),
    UnitRule("marked", lambda u, _: u.opener is not None or u.is_concession, -0.3),
    UnitRule("normative", lambda u, _: Kind.NORMATIVE in u.kinds, -0.2),
)


def _unit_score(base: float, rules: tuple[UnitRule, ...], u: UnitFeatures, units: Units) -> float:
    score = base
    for rule in rules:
        delta = rule.delta(u, units)
        if delta is not None:
            score += delta
    return clamp(score)


def major_claim_score(u: UnitFeatures, units: Units) -> float:
    """How much ``u`` reads as the thesis (memoised on the unit)."""
    if u.is_headline:
        return _headline_score(u)
    return _memo(u, "major", lambda: _unit_score(MAJOR_CLAIM_BASE, MAJOR_CLAIM_RULES, u, units))


def background_score(u: UnitFeatures, units: Units) -> float:
    return _unit_score(BACKGROUND_BASE, BACKGROUND_RULES, u, units)


# -- edge rules ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Pair:
    """What every edge rule asks about "``s`` attaches to ``t``", computed once per pair."""

    units: Units
    s: UnitFeatures
    t: UnitFeatures
    d: int  # target index minus source index
    same_paragraph: bool
    opener: str | None  # the source's opener class as it counts for the edge
    s_turns: bool
    s_conceded: bool
    t_conceded: bool

    @property
    def turn_cue(self) -> str:
        s = self.s
        return s.opener.text if s.opener and s.opener_cls == "contrast" else "however"

    @property
    def source_cue(self) -> str:
        return self.s.opener.text if self.s.opener else "reason"


def pair(units: Units, source: int, target: int) -> Pair:
    s, t = units[source], units[target]
    # "X, which means Y": Y is what follows from X, not a reason for it.
    opener = None if s.split_connective == "which means" else s.opener_cls
    return Pair(
        units=units,
        s=s,
        t=t,
        d=target - source,
        same_paragraph=s.paragraph == t.paragraph,
        opener=opener,
        s_turns=turns(s),
        s_conceded=conceded(units, source),
        t_conceded=conceded(units, target),
    )


Fired = tuple[float, str] | None  # (weight, cue) when the rule applies


@dataclass(frozen=True)
class EdgeRule:
    name: str
    kind: CueKind
    fire: Callable[[Pair], Fired]


def _structural_prior(p: Pair) -> Fired:
    """Arguments mostly attach to a close unit."""
    d = p.d
    if p.same_paragraph:
        base = 0.32 if d == -1 else 0.24 if d == 1 else max(0.05, 0.22 - 0.03 * abs(d))
        return base, "adjacent sentence" if abs(d) == 1 else "same paragraph"
    base = 0.06 if abs(p.s.paragraph - p.t.paragraph) == 1 else 0.03
    if p.s.is_paragraph_first and p.t.is_paragraph_first:
        base += 0.04
    return base, "neighbouring paragraph"


def _when(condition: Callable[[Pair], bool], weight: float, cue: str | Callable[[Pair], str]):  # type: ignore[no-untyped-def]
    """A rule with a fixed weight: fires with (weight, cue) when ``condition`` holds."""

    def fire(p: Pair) -> Fired:
        if not condition(p):
            return None
        return weight, cue(p) if callable(cue) else cue

    return fire


def _target_concludes(p: Pair) -> Fired:
    """ "Therefore T" is supported by the unit(s) just before it."""
    if not (concludes(p.t) and p.d > 0 and p.same_paragraph):
        return None
    weight = 0.45 if p.d == 1 else 0.2 if p.d == 2 else 0.1
    return weight, p.t.opener.text if p.t.opener else "therefore"


def _lexical_overlap(p: Pair) -> Fired:
    """Units about the same things tend to be linked."""
    ov = overlap(p.s, p.t)
    return (0.25 * ov, "lexical overlap") if ov > 0 else None


def _concession_against_thesis(p: Pair) -> Fired:
    """The other side's point is raised against the writer's thesis."""
    if not p.s_conceded:
        return None
    return 0.2 * major_claim_score(p.t, p.units), "concession"


#: Every rule that adds to (or takes from) the weight of "source attaches to target", in order.
EDGE_RULES: tuple[EdgeRule, ...] = (
    EdgeRule("structural_prior", "structural", _structural_prior),
    EdgeRule(
        "target_opens_paragraph",
        "structural",
        _when(
            lambda p: p.same_paragraph and p.t.is_paragraph_first and not p.s.is_paragraph_first,
            0.06,
            "paragraph's opening claim",
        ),
    ),
    # Markers on the source: it gives a reason, an example, a turn, a concession ...
    EdgeRule(
        "which_means_follows",
        "marker",
        _when(lambda p: p.t.split_connective == "which means" and p.d == 1, 0.5, "which means"),
    ),
    EdgeRule(
        "reason_for_previous",
        "marker",
        _when(
            lambda p: p.opener in {"reason", "example"} and p.d == -1 and p.same_paragraph,
            0.5,
            lambda p: p.source_cue,
        ),
    ),
    EdgeRule(
        "reason_for_earlier",
        "marker",
        _when(
            lambda p: p.opener in {"reason", "example"} and p.d < -1 and p.same_paragraph,
            0.1,
            lambda p: p.source_cue,
        ),
    ),
    EdgeRule(
        "addition_to_previous",
        "marker",
        lambda p: (
            (0.12 if p.d == -1 else 0.1, p.s.opener.text if p.s.opener else "")
            if p.opener == "addition" and p.same_paragraph and p.d < 0
            else None
        ),
    ),
    EdgeRule(
        "turn_on_previous",
        "marker",
        _when(lambda p: p.s_turns and p.d == -1, 0.3, lambda p: p.turn_cue),
    ),
    EdgeRule(
        "conceded_to_conceded",
        "marker",
        _when(lambda p: p.s_conceded and p.t_conceded, -0.2, "concession"),
    ),
    EdgeRule(
        "concession_ahead",
        "marker",
        _when(lambda p: p.s_conceded and not p.t_conceded and p.d > 0, 0.1, "concession"),
    ),
    EdgeRule("concession_against_thesis", "marker", _concession_against_thesis),
    EdgeRule(
        "rebuttal",
        "marker",
        _when(
            lambda p: p.s_turns and p.t_conceded and p.d < 0 and not p.s_conceded,
            0.35,
            lambda p: f"{p.turn_cue} (rebuttal)",
        ),
    ),
    # A conclusion is supported by what precedes it; it does not support its own premise.
    EdgeRule(
        "conclusion_not_backwards",
        "marker",
        _when(
            lambda p: p.opener in {"conclusion", "summary"} and p.d == -1,
            -0.25,
            "conclusion marker",
        ),
    ),
    # Markers on the target.
    EdgeRule("target_concludes", "marker", _target_concludes),
    EdgeRule(
        "target_concludes_next_paragraph",
        "marker",
        _when(
            lambda p: (
                p.t.opener_cls == "conclusion"
                and p.d == 1
                and not p.same_paragraph
                and p.s.is_paragraph_last
            ),
            0.25,
            lambda p: p.t.opener.text if p.t.opener else "therefore",
        ),
    ),
    EdgeRule(
        "target_gives_a_reason",
        "structural",
        _when(
            lambda p: (
                p.t.opener_cls in {"reason", "example"} and p.t.split_connective is None and p.d > 0
            ),
            -0.05,
            "reason marker on target",
        ),
    ),
    EdgeRule(
        "target_is_split_clause",
        "structural",
        _when(
            lambda p: bool(p.t.split_connective) and p.d == -1 and not p.s.split_connective,
            -0.2,
            "split clause",
        ),
    ),
    EdgeRule(
        "split_clause_argues_for_host",
        "marker",
        lambda p: (
            (0.15, p.s.split_connective)
            if p.s.split_connective not in (None, SEMICOLON)
            and p.s.opener_cls not in {"contrast", "concession"}
            and p.d == -1
            else None
        ),
    ),
    EdgeRule(
        "clause_after_semicolon_argues_for_host",
        "structural",
        _when(
            lambda p: (
                p.s.split_connective == SEMICOLON
                and p.s.opener_cls not in {"contrast", "concession"}
                and p.d == -1
            ),
            0.15,
            "clause after a semicolon",
        ),
    ),
    # Content.
    EdgeRule("lexical_overlap", "structural", _lexical_overlap),
    EdgeRule(
        "evidence_for_a_claim",
        "structural",
        _when(
            lambda p: Kind.STATISTICAL in p.s.kinds and Kind.STATISTICAL not in p.t.kinds,
            0.03,
            "evidence for a claim",
        ),
    ),
    # Practical reasoning: facts, consequences and judgements are offered for a prescription,
    # rarely the other way round. Short texts only: in an op-ed the paragraph plan already says
    # what argues for what, and the rule would only pull the thesis towards the last "should".
    EdgeRule(
        "reason_for_a_prescription",
        "structural",
        _when(
            lambda p: (
                p.s.n_paragraphs == 1
                and Kind.NORMATIVE in p.t.kinds
                and Kind.NORMATIVE not in p.s.kinds
            ),
            0.1,
            "reason for a prescription",
        ),
    ),
    EdgeRule(
        "target_is_definition",
        "structural",
        _when(lambda p: p.t.is_definition, -0.15, "definition"),
    ),
)

#: Attack probabilities: an edge between the two sides (the writer's and the conceded one) is
#: an attack, an edge within one side a support. In op-eds a reason given for an objection
#: supports it; only a reply attacks it.
ATTACK_DEFAULT = 0.05
ATTACK_ACROSS_SIDES = 0.85
ATTACK_REPLY = 0.9


def attack_probability(p: Pair) -> float:
    if p.s_conceded != p.t_conceded and (p.s.n_paragraphs == 1 or p.s_conceded or p.s_turns):
        return ATTACK_REPLY if (p.s_turns and p.t_conceded) else ATTACK_ACROSS_SIDES
    return ATTACK_DEFAULT


@dataclass(frozen=True)
class Contribution:
    rule: str
    weight: float
    cue: str
    kind: CueKind


class RuleScorer:
    """Hand-written rules (the tables above); every weight is a readable, general heuristic."""

    name = "rules-v2"

    def unit_scores(self, units: Units) -> list[UnitScore]:
        return [UnitScore(major_claim_score(u, units), background_score(u, units)) for u in units]

    def contributions(self, units: Units, source: int, target: int) -> list[Contribution]:
        """The edge rules that fire for "``source`` attaches to ``target``", in table order."""
        return _fired(pair(units, source, target))

    def edge_score(self, units: Units, source: int, target: int) -> EdgeScore:
        p = pair(units, source, target)
        contributions = _fired(p)
        weight = clamp(sum(c.weight for c in contributions))
        markers = [c for c in contributions if c.kind == "marker" and c.weight > 0]
        best = max(markers or contributions, key=lambda c: c.weight)
        return EdgeScore(weight, attack_probability(p), best.cue, best.kind)


def _fired(p: Pair) -> list[Contribution]:
    found: list[Contribution] = []
    for rule in EDGE_RULES:
        fired = rule.fire(p)
        if fired is not None:
            found.append(Contribution(rule.name, fired[0], fired[1], rule.kind))
    return found
