"""Judgements about a unit that several stages ask for: does it turn, conclude, or concede?

"But ..." turns against what precedes it; "Therefore ..." concludes; a concession ("Critics
argue ...", "Admittedly ...") grants the other side's point in order to override it; a grant
("Granted, ...", "They have a point.") concedes a point to a view just reported; a signpost
("Not everyone is impressed.") only announces that a view follows. The rule
scorer, the learned scorer's features and the op-ed layout all read these, so they are defined
once here and memoised on the unit (one unit meets about twenty candidate pairs).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from ...lexicons import load as load_lexicon
from ...schema import Kind
from . import _markers
from ._lexmatch import starts_with
from .features import UnitFeatures


def _memo(u: UnitFeatures, key: str, compute: Callable[[], float]) -> float:
    """A per-unit value kept on the unit itself (``UnitFeatures.extra``), so it lives exactly
    as long as the document's features and always belongs to the same list of units."""
    value = u.extra.get(key)
    if value is None:
        value = u.extra[key] = float(compute())
    return value


# A turn near the start of a unit ("Indeed, however, ...", "This, however, ...") counts like an
# opening "However": the unit answers what came before it.
_EARLY_TURN = re.compile(r"^\W*(?:\w+\W+){0,3}?(?:however|nevertheless|nonetheless)\b", re.I)
# A conclusion stated inside the unit ("Higher fines are therefore ...", "That's why ...").
_INNER_CONCLUSION = re.compile(
    r"\b(?:therefore|thus|hence|consequently|that's why|that is why|this is why|which is why)\b",
    re.I,
)
_TURN_OPENERS = {"concession"}  # "although"/"while" open a conceded clause, not a turn


def turns(u: UnitFeatures) -> bool:
    """The unit turns against what precedes it ("But ...", "X, however, ...")."""
    return bool(_memo(u, "turns", lambda: _turns(u)))


def _turns(u: UnitFeatures) -> bool:
    if u.opener_cls == "contrast":
        return True
    if u.opener_cls in _TURN_OPENERS:
        return False
    return bool(_EARLY_TURN.match(u.text))


def adds_a_point(u: UnitFeatures) -> str | None:
    """The word by which the unit says it adds one more reason ("also", "too")."""
    return _markers.adds_a_point(u.text)


def concludes(u: UnitFeatures) -> bool:
    """The unit is marked as following from others (opening or inner "therefore")."""
    return bool(
        _memo(
            u,
            "concludes",
            lambda: (
                u.opener_cls in {"conclusion", "summary"}
                or u.after_fronted_reason
                or bool(_INNER_CONCLUSION.search(u.text))
            ),
        )
    )


def dated_or_counted(u: UnitFeatures) -> bool:
    """A fact with a date or a figure: set against another fact, it is evidence being weighed."""
    return Kind.STATISTICAL in u.kinds or u.has_date


def conceded(units: list[UnitFeatures], i: int) -> bool:
    """The writer grants this unit only to override it: a concession marker, or the very next
    unit of the paragraph turns against it ("X. But Y": X is the other side's point)."""
    return bool(_memo(units[i], "conceded", lambda: _conceded(units, i)))


def _conceded(units: list[UnitFeatures], i: int) -> bool:
    u = units[i]
    if u.n_paragraphs > 1:
        return _voices_other_side(units, i)
    if u.is_concession:
        return True
    if dated_or_counted(u):
        return False  # a reported fact followed by "yet" is evidence being weighed, not a side
    if i + 1 < len(units) and units[i + 1].paragraph == u.paragraph:
        nxt = units[i + 1]
        return turns(nxt) and not nxt.is_concession
    return False


# Split-off clauses that only set two facts side by side ("X, while Y"; "X, whereas Y").
_CONTRASTING_CLAUSES = {"while", "whereas"}
# Headings that announce a view the section will take apart.
_MYTH = re.compile(r"\W*(?:myth|misconception|fallacy|false claim|objection)\b", re.I)


def _voices_other_side(units: list[UnitFeatures], i: int) -> bool:
    """Op-eds: only an opposing voice or a granted point is the other side.

    Essays set facts against each other all the time ("X, yet Y"; "X, while Y"); that is
    evidence being weighed, not an objection. So in multi-paragraph texts a unit is conceded only
    when it carries a concession marker ("Critics argue", "Admittedly", "some say"), opens a
    conceded clause ("although ..."), reports a side ("Hawks in Washington insist ..."),
    reports somebody the author then answers ('"Everything is negotiable," an official said.
    Export controls are not a tariff.' / "... That argument gets it backwards."), or turns
    against the author's own point to grant the other side one ("Still, the controls leak.").
    """
    u = units[i]
    if u.is_headline:
        return False
    if u.opener_cls == "concession":
        return u.opener is not None and u.opener.text not in _CONTRASTING_CLAUSES
    if any(m.cls == "concession" for m in u.inner):
        return True
    if u.attribution.status != "none":
        if _names_a_side(u) or (reports_a_side(u) and not _backs_the_point(units, i)):
            return True
        return _answered(units, i)
    if states_a_myth(u):
        return True
    if any(m.cls == "thesis" for m in u.inner):
        return False  # "Still, I think ...": the author turns back to their own position
    return conceding_turn(u) and i > 0 and not _granted_before(units, i)


def _granted_before(units: list[UnitFeatures], i: int) -> bool:
    """Something before this unit, in its paragraph or (when it opens one) in the paragraph
    before, is already granted to the other side: a "Still, ..." after "It is true that the
    models have limits. Dust storms ..." turns back to the author's side, it grants nothing."""
    paragraph = units[i].paragraph
    for j in range(i - 1, -1, -1):
        if units[j].paragraph < paragraph - (1 if units[i].is_paragraph_first else 0):
            return False
        if conceded(units, j):
            return True
    return False


def states_a_myth(u: UnitFeatures) -> bool:
    """Under a heading like "Myth #1: ...", the section opens by stating the myth."""
    return u.opens_section and u.is_paragraph_first and bool(_MYTH.match(u.heading or ""))


def reports_a_side(u: UnitFeatures) -> bool:
    """Someone else's words that take a side: 'critics say', 'supporters of the deal insist',
    'some argue' (a neutral report — 'experts say', 'analysts estimate' — is evidence)."""
    if _names_a_side(u):
        return True
    attribution = u.attribution
    cue = (attribution.cue or "").lower()
    return attribution.status == "vague" and any(cue.startswith(c) for c in _opposition_cues())


def _names_a_side(u: UnitFeatures) -> bool:
    """The source is named by the side it takes: 'critics', 'hawks', 'supporters of the deal'."""
    source = (u.attribution.source or "").lower()
    return any(re.search(rf"\b{noun}\b", source) for noun in _lexicon("opponent_nouns"))


def _backs_the_point(units: list[UnitFeatures], i: int) -> bool:
    """A report that follows the author's own statement in the same paragraph, with no turn:
    'The deeper problem is how the rules are made. Dutch officials have complained that ...'
    is evidence for that statement, whatever verb reports it."""
    u = units[i]
    if u.is_paragraph_first or u.opener_cls in {"contrast", "concession"} or u.is_concession:
        return False
    previous = units[i - 1]
    return (
        previous.paragraph == u.paragraph
        and not announces_a_view(previous)  # "The companies have an answer. AI, they argue, ..."
        and previous.attribution.status == "none"
        and not previous.voice.quote_led
        and not previous.is_concession
        and not turns(previous)
    )


def answers_back(u: UnitFeatures) -> bool:
    """The author's answer to a view just reported: 'But ...', 'That argument ...',
    'They are wrong', 'The evidence says otherwise'."""
    return bool(_memo(u, "answers", lambda: _answers_back(u)))


# "Trust was never the point.": the author sets the view's premise aside.
_NEVER_THE_POINT = re.compile(
    r"\W*(?:[\w-]+\s+){1,3}(?:was|is)\s+never\s+the\s+(?:point|issue)\b", re.I
)


def _answers_back(u: UnitFeatures) -> bool:
    if u.voice.quote_led:
        return False
    if u.attribution.status != "none":
        # "But the ministry's own audit found ...": the author turns, citing a document (a
        # person or a side that turns — "But she argues ...", "But critics say ..." — answers
        # in their own name)
        return (
            u.attribution.kind == "document"
            and u.opener is not None
            and turns(u)
            and not conceding_turn(u)
        )
    if turns(u) and not conceding_turn(u):
        return True
    return starts_with("markers", "answer", u.text) is not None or bool(
        _NEVER_THE_POINT.match(u.text)
    )


# A short sentence that only announces the other side: "Not everyone is impressed.", "The deal
# has loud critics.", "The companies have an answer."
_SIGNPOST = re.compile(
    r"\b(?:critics|sceptics|skeptics|doubters|detractors|opponents|objections?|an answer|"
    r"a reply|disagrees?|impressed|convinced|persuaded|agrees|admirers|defenders|"
    r"another view|the other side|a different view|not everyone|not all|differently|"
    r"the other way)\b",
    re.I,
)
SIGNPOST_MAX_TOKENS = 10


def announces_a_view(u: UnitFeatures) -> bool:
    """The author only announces that others see it differently (the view follows)."""
    if u.attribution.status != "none" or u.voice.quote_led or u.is_question:
        return False
    return u.n_tokens <= SIGNPOST_MAX_TOKENS and bool(_SIGNPOST.search(u.text))


# "Two things follow.", "There are three problems with it.", "Consider the numbers."
_ANNOUNCED_POINTS = re.compile(
    r"^\W*(?:consider\b|(?:two|three|four|five|several|a few)\s+(?:\w+\s+)?(?:things|lessons|"
    r"points|questions|problems|reasons|conclusions|changes|facts|steps|risks|arguments)\b|"
    r"there\s+are\s+(?:two|three|four|five|several)\b)",
    re.I,
)


def announces_points(u: UnitFeatures) -> bool:
    """The author only announces the points to come ("Two things follow."): a signpost, which
    argues nothing itself."""
    if u.attribution.status != "none" or u.voice.quote_led or u.is_question:
        return False
    return u.n_tokens <= SIGNPOST_MAX_TOKENS and bool(_ANNOUNCED_POINTS.match(u.text))


def grants_a_point(u: UnitFeatures) -> bool:
    """The author grants a point to a view just reported: 'Granted, ...', 'Admittedly, ...',
    'They have a point.' (in the author's own voice)."""
    return bool(_memo(u, "grants", lambda: _grants_a_point(u)))


# A short fronted phrase before the grant: "In law, they are right." / "On paper, ..."
_FRONTED = re.compile(r"^\W*(?:in|on|at|up to)\s+(?:[\w-]+\s+){0,2}[\w-]+,\s*", re.I)


# "Their worry is not imaginary.", "The complaint is half true.", "That may be true.", "That is
# true up to a point.", "It is a fair worry.", "We have some sympathy.": the author grants the
# view a point in a short sentence.
_SHORT_GRANT = re.compile(
    r"\W*(?:their|the|these|those|such|his|her)\s+(?:worry|worries|fear|fears|concern|concerns|"
    r"objection|objections|criticism|criticisms|complaint|complaints|charge|argument)\s+"
    r"(?:is|are)\s+(?:not\s+(?:imaginary|unfounded|baseless|groundless|misplaced|absurd|silly)"
    r"|(?:(?:half|partly|partially|largely|mostly)\s+)?(?:true|right|fair)|real|legitimate|fair|"
    r"understandable|reasonable|valid|well founded)\b"
    r"|\W*(?:that|this|it|all\s+(?:this|that))\s+(?:may|might|could)\s+(?:well\s+|even\s+)?be"
    r"\s+(?:true|so|right|fair)\b"
    r"|\W*(?:that|this|it)\s+is\s+(?:(?:partly|partially|half)\s+)?(?:true|right|fair)\s*"
    r"(?:up\s+to\s+a\s+point|as\s+far\s+as\s+it\s+goes|in\s+part|to\s+a\s+degree|\W*$)"
    r"|\W*(?:it|that|this)\s+is\s+a\s+(?:fair|reasonable|legitimate|real|understandable|good|"
    r"serious)\s+(?:worry|concern|point|question|objection|criticism|argument|fear)\b"
    r"|\W*(?:we|i)\s+have\s+(?:some|much|real|a\s+lot\s+of)\s+sympathy\b",
    re.I,
)


# "The campaigners are right that ...", "The hawks have a point.", "She is right that ...": a
# side granted a point.
_SIDE_GRANTED = re.compile(
    r"\W*(?:the\s+[a-z-]+s\s+(?:are|have)|they\s+(?:are|have)|(?:he|she)\s+(?:is|has))\s+"
    r"(?:right|not wrong|correct|a\s+point)\b"
)


def grants_what_was_said(u: UnitFeatures) -> bool:
    """A grant that points back at the words just reported ("That may be true today.", "He
    has a point.", "The campaigners are right that ..."), unlike a marker that grants the other
    side in general ("Granted, ...", "To be sure, ...")."""
    if not grants_a_point(u):
        return False
    return bool(_SHORT_GRANT.match(u.text) or _SIDE_GRANTED.match(u.text.lower()))


def _grants_a_point(u: UnitFeatures) -> bool:
    if u.attribution.status != "none" or u.voice.quote_led:
        return False
    text = u.text
    if starts_with("markers", "grant", text) is not None or _SHORT_GRANT.match(text):
        return True
    if _SIDE_GRANTED.match(text.lower()):
        return True
    fronted = _FRONTED.match(text)
    if fronted is None:
        return False
    return starts_with("markers", "grant", text[fronted.end() :]) is not None


def conceding_turn(u: UnitFeatures) -> bool:
    """'Still, ...', 'That said, ...', 'To be sure, ...': a turn that grants a point."""
    return bool(
        _memo(u, "conceding", lambda: starts_with("markers", "conceding_turn", u.text) is not None)
    )


def _answered(units: list[UnitFeatures], i: int) -> bool:
    """The unit after this reported view (in its paragraph, or opening the next) answers it."""
    u = units[i]
    for j in range(i + 1, min(len(units), i + 3)):
        nxt = units[j]
        if nxt.paragraph != u.paragraph and not nxt.is_paragraph_first:
            return False
        if (nxt.attribution.status != "none" or nxt.voice.quote_led) and not answers_back(nxt):
            if nxt.paragraph != u.paragraph:
                return False
            continue  # the same voice goes on ("...," he said. "...")
        if grants_a_point(nxt) and j + 1 < len(units):  # "In law, they are right. But ..."
            return answers_back(units[j + 1])
        return answers_back(nxt)
    return False


@cache
def _lexicon(key: str) -> tuple[str, ...]:
    return tuple(w.lower() for w in load_lexicon("attribution")[key])


def _opposition_cues() -> tuple[str, ...]:
    return _lexicon("opposition_cues")
