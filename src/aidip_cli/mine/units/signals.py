"""Judgements about a unit that several stages ask for: does it turn, conclude, or concede?

"But ..." turns against what precedes it; "Therefore ..." concludes; a concession ("Critics
argue ...", "Admittedly ...") grants the other side's point in order to override it. The rule
scorer, the learned scorer's features and the op-ed layout all read these, so they are defined
once here and memoised on the unit (one unit meets about twenty candidate pairs).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ...schema import Kind
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


def concludes(u: UnitFeatures) -> bool:
    """The unit is marked as following from others (opening or inner "therefore")."""
    return bool(
        _memo(
            u,
            "concludes",
            lambda: (
                u.opener_cls in {"conclusion", "summary"} or bool(_INNER_CONCLUSION.search(u.text))
            ),
        )
    )


def conceded(units: list[UnitFeatures], i: int) -> bool:
    """The writer grants this unit only to override it: a concession marker, or the very next
    unit of the paragraph turns against it ("X. But Y": X is the other side's point)."""
    return bool(_memo(units[i], "conceded", lambda: _conceded(units, i)))


def _conceded(units: list[UnitFeatures], i: int) -> bool:
    u = units[i]
    if u.n_paragraphs > 1:
        return _voices_other_side(u)
    if u.is_concession:
        return True
    if Kind.STATISTICAL in u.kinds or u.has_date:
        return False  # a reported fact followed by "yet" is evidence being weighed, not a side
    if i + 1 < len(units) and units[i + 1].paragraph == u.paragraph:
        nxt = units[i + 1]
        return turns(nxt) and not nxt.is_concession
    return False


# Split-off clauses that only set two facts side by side ("X, while Y"; "X, whereas Y").
_CONTRASTING_CLAUSES = {"while", "whereas"}


def _voices_other_side(u: UnitFeatures) -> bool:
    """Op-eds: only an opposing voice or a granted point is the other side.

    Essays set facts against each other all the time ("X, yet Y"; "X, while Y"); that is
    evidence being weighed, not an objection. So in multi-paragraph texts a unit is conceded only
    when it carries a concession marker ("Critics argue", "Admittedly", "some say") or opens a
    conceded clause ("although ...").
    """
    if u.opener_cls == "concession":
        return u.opener is not None and u.opener.text not in _CONTRASTING_CLAUSES
    return any(m.cls == "concession" for m in u.inner)
