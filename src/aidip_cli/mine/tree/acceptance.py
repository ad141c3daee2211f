"""How likely a careful reader accepts a link of an op-ed's tree; the doubtful ones are left out.

The paragraph plan draws most of an op-ed's links from position, and nothing in the rules says
how sure each one is: a link's weight says little about whether it is right (development essays:
links weighted .5–.6 right 68%, .7–.8 right 70%). A small logistic regression over what the tree
knows of a link — its cue, whether it stays in its paragraph, how far it reaches, what the two
units are (a figure, a quotation, someone else's words, a judgement, a turn, the class of the
marker that opens them), how long they are, how many words they share — estimates the chance
that the link is one the gold draws, with the same type. It is fitted on the development half of
the project's own op-eds only (``make models``: ``scripts/train_link_acceptance.py``; the
held-out essays, the microtexts and the web-discourse corpus are never read) and stored as plain
JSON in ``models/link_acceptance.json``.

Only links that position alone made are doubted, and only in op-eds built on reporting (where
such links are least reliable; see ``spanning._reports_other_voices``): a link a marker makes
("Therefore", "But") or the plan's answer to a reported view or grant of it is kept, and essays
argued in the author's own voice are left as they are. A link more likely wrong than right is
left out, as a weak guess is: an invented link costs the reader more than a missing one (issue
13: "a unit nothing links may stay unlinked rather than get an invented link"). Cross-validated
over the development essays (five folds by essay), the links so left out were right 25% of the
time, and the precision of those kept rose from .679 to .781.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache
from importlib import resources

from ..scorers.base import EdgeScore
from ..scorers.learned import LinearModel
from ..units.features import UnitFeatures
from ..units.signals import turns

FORMAT = "aidip-link-acceptance"
VERSION = 1
#: A link the model finds less likely right than this is left out.
ACCEPT_AT_LEAST = 0.5

_Edge = tuple[int, int, EdgeScore]
#: While set (training), receives every link that would be doubted, with its features, and no
#: link is left out.
_COLLECT: ContextVar[Callable[[UnitFeatures, UnitFeatures, dict[str, float]], None] | None] = (
    ContextVar("link_collector", default=None)
)


def _bucket(value: int, low: int, high: int) -> str:
    return str(max(low, min(high, value)))


def link_features(
    units: list[UnitFeatures],
    source: int,
    target: int,
    score: EdgeScore,
    *,
    root: int,
) -> dict[str, float]:
    """What the tree knows of the link ``source`` → ``target`` (sparse, named features; the
    link's cue is a structural one, "paragraph's point", "argues for", ...)."""
    s, t = units[source], units[target]
    features: dict[str, float] = {
        f"cue={score.cue.lower()}": 1.0,
        f"type={'attack' if score.is_attack else 'support'}": 1.0,
        "target_is_thesis": float(target == root),
        f"paragraph_size={_bucket(s.paragraph_size, 1, 6)}": 1.0,
        f"source_length={_bucket(s.n_tokens // 8, 0, 5)}": 1.0,
        f"target_length={_bucket(t.n_tokens // 8, 0, 5)}": 1.0,
        f"shared_words={_bucket(len(s.content & t.content), 0, 3)}": 1.0,
    }
    if s.paragraph == t.paragraph:
        features["same_paragraph"] = 1.0
        reach = s.position_in_paragraph - t.position_in_paragraph
        features[f"reach={_bucket(reach, -3, 4)}"] = 1.0
        features[f"source_place={_bucket(s.position_in_paragraph, 0, 4)}"] = 1.0
        features["target_opens_paragraph"] = float(t.position_in_paragraph == 0)
    for side, u in (("source", s), ("target", t)):
        features[f"{side}_opener={u.opener_cls}"] = 1.0  # a marker's class: "contrast", ...
        features[f"{side}_turns"] = float(turns(u))
        for kind in u.kinds:
            features[f"{side}:{kind.value}"] = 1.0
        a = u.attribution
        features[f"{side}_attribution={a.status.value}"] = 1.0
        features[f"{side}_mode={a.mode}"] = 1.0
        features[f"{side}_quoted"] = float(u.voice.quote_led or a.mode == "direct")
    return features


@cache
def _model() -> LinearModel:
    path = resources.files("aidip_cli") / "models" / "link_acceptance.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    return LinearModel.from_json(data["model"])


def without_doubtful_links(
    units: list[UnitFeatures],
    edges: list[_Edge],
    root: int,
    *,
    made_by_text: frozenset[int] = frozenset(),
) -> list[_Edge]:
    """The op-ed's links without those more likely wrong than right. A unit whose link is left
    out keeps the units that argue for it: a sub-argument of its own, as a paragraph is whose
    link to the thesis nothing in the text makes (see ``spanning._without_invented_links``)."""
    collect = _COLLECT.get()
    kept = []
    for source, target, score in edges:
        if score.cue_kind != "structural" or source in made_by_text:
            pass  # the text makes this link ("Therefore", "But", "She is right that"): kept
        else:
            features = link_features(units, source, target, score, root=root)
            if collect is not None:
                collect(units[source], units[target], features)
            elif _model().probability(features) < ACCEPT_AT_LEAST:
                continue
        kept.append((source, target, score))
    return kept


@contextmanager
def collecting(
    collect: Callable[[UnitFeatures, UnitFeatures, dict[str, float]], None],
) -> Iterator[None]:
    """For training: every link that would be doubted goes to ``collect``, and none is left
    out."""
    token = _COLLECT.set(collect)
    try:
        yield
    finally:
        _COLLECT.reset(token)
