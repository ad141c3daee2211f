"""The engine on our own annotated op-eds, compared with the hand-made gold files.

Tolerances are stated per check: segmentation and quantities must be nearly exact (they are
mechanical), while argument structure is judged with floors a little under what the shipped
engine measures (argument mining is hard; these floors catch regressions, not perfection).
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import pytest

from aidip_cli.corpora.essays import DEVELOPMENT, HELD_OUT, normalise_text
from aidip_cli.evaluate._attribution import AttributionCounts, score_attribution
from aidip_cli.evaluate._essays import match_units, pool_scores, score_essay
from aidip_cli.schema import Analysis
from helpers import ESSAYS, analysis_of

ALL_GOLD_FILES = sorted(ESSAYS.glob("*.gold.json"))


@cache
def _news_style(path: Path) -> bool:
    """Essays 09+ (news style, with attribution gold) have floors of their own, further down."""
    gold = json.loads(path.read_text(encoding="utf-8"))
    return all("attribution" in u for u in gold["units"])


GOLD_FILES = [p for p in ALL_GOLD_FILES if not _news_style(p)]


def _held_out(path: Path) -> bool:
    return json.loads(path.read_text(encoding="utf-8")).get("split") == HELD_OUT


# Figures: the sample essays and the news-style development essays (09-12, 17-20; their quantity
# gold follows data/quantities/README.md). The held-out news essays are not checked here.
FIGURE_FILES = GOLD_FILES + [p for p in ALL_GOLD_FILES if _news_style(p) and not _held_out(p)]

# Floors (fractions), measured on the shipped engine and rounded down; see docs/quality.md.
MIN_UNIT_RECALL = 0.85  # gold units found with the same text
# Development essays (01-06; measured .86 attachment, 6/6 major claims, .90 roles):
MIN_ATTACHMENT = 0.8  # gold relations whose source attaches to the gold target, pooled
MIN_MAJOR_CLAIMS = 5  # essays whose major claim matches the gold one
MIN_ROLE_ACCURACY = 0.85  # gold units found with the gold role, pooled
# Held-out essays (07-08, not used to develop the rules; measured .75, 1/2, .87):
MIN_HELD_OUT_ATTACHMENT = 0.7
MIN_HELD_OUT_MAJOR_CLAIMS = 1
MIN_HELD_OUT_ROLE_ACCURACY = 0.8
MAX_FALSE_ATTACKS = 1  # per essay whose gold has no attack at all


@cache
def _pair(gold_path: Path) -> tuple[dict, Analysis]:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    return gold, analysis_of(ESSAYS / gold["essay"])


@pytest.mark.parametrize("gold_path", ALL_GOLD_FILES, ids=lambda p: p.stem)
def test_units_match_the_gold_segmentation(gold_path: Path) -> None:
    gold, analysis = _pair(gold_path)
    found = sum(v is not None for v in match_units(gold, analysis).values())
    assert found / len(gold["units"]) >= MIN_UNIT_RECALL


SHORT_LABEL = 8  # words: an excluded block shorter than this may also occur inside a sentence


@pytest.mark.parametrize("gold_path", ALL_GOLD_FILES, ids=lambda p: p.stem)
def test_boilerplate_and_metadata_match_the_gold(gold_path: Path) -> None:
    gold, analysis = _pair(gold_path)
    assert analysis.metadata.title == gold["metadata"]["title"]
    if gold["metadata"].get("author"):
        assert analysis.metadata.author == gold["metadata"]["author"]
    units = [normalise_text(u.text) for u in analysis.units if not u.from_headline]
    body = " ".join(units)
    for excluded in gold["excluded"]:
        if excluded["reason"] == "title" and _news_style(gold_path):
            continue  # news essays repeat their headline in the text ("So will sanctions ...?")
        text = normalise_text(excluded["text"]).lstrip("# ")
        if len(text.split()) >= SHORT_LABEL:
            assert text not in body, excluded
        else:  # a short heading or label may recur in prose; it must not be a unit
            assert text not in units, excluded


# Figures the reader is known to miss, with the reason (each one is a gap to close, not a pass).
KNOWN_MISSES = {
    ("60_africa_ai_compute_pact", "R5.4bn"): "a rand amount glued to its 'R' reads as a name",
}


@pytest.mark.parametrize("gold_path", FIGURE_FILES, ids=lambda p: p.stem)
def test_every_gold_figure_is_found_with_value_unit_qualifier_and_source(gold_path: Path) -> None:
    gold, analysis = _pair(gold_path)
    found = [(u, q) for u in analysis.units for q in u.quantities]
    # Unit attribution of the news-style essays is checked against their own attribution gold
    # (tests/test_essays_gold_files.py and the attribution work), not figure by figure here.
    check_source = not _news_style(gold_path)
    after = -1  # gold figures are in text order: match each to the next figure found
    stem = gold_path.name.removesuffix(".gold.json")
    for expected in gold["quantities"]:
        if (stem, expected["text"]) in KNOWN_MISSES:
            assert not any(q.text == expected["text"] for _, q in found), "no longer missed"
            continue
        candidates = [
            (u, q)
            for u, q in found
            if q.start > after and (q.text in expected["text"] or expected["text"] in q.text)
        ]
        assert candidates, f"figure not found: {expected['text']}"
        unit, q = candidates[0]
        after = q.start
        if expected["value"] is None:  # a range
            assert q.value is None, expected
            assert (q.low, q.high) == (
                pytest.approx(expected["low"], rel=1e-6),
                pytest.approx(expected["high"], rel=1e-6),
            ), expected
        else:
            assert q.value == pytest.approx(expected["value"], rel=1e-6), expected
        assert q.unit == expected["unit"], expected
        assert q.qualifier == expected["qualifier"], expected
        if check_source:
            assert unit.attribution.status.value == expected["attribution"], (expected, unit.text)
        if expected.get("horizon"):
            assert q.horizon is not None and expected["horizon"] in q.horizon, expected


def _pooled(split: str, files: list[Path] = GOLD_FILES) -> dict:
    scores = [score_essay(*_pair(path)) for path in files]
    return pool_scores([s for s in scores if s.split == split])


def test_structure_floors_on_the_development_essays() -> None:
    pooled = _pooled(DEVELOPMENT)
    assert pooled["attachment"] >= MIN_ATTACHMENT
    assert pooled["major_claims_right"] >= MIN_MAJOR_CLAIMS
    assert pooled["role_accuracy"] >= MIN_ROLE_ACCURACY


def test_structure_floors_on_the_held_out_essays() -> None:
    pooled = _pooled(HELD_OUT)
    assert pooled["attachment"] >= MIN_HELD_OUT_ATTACHMENT
    assert pooled["major_claims_right"] >= MIN_HELD_OUT_MAJOR_CLAIMS
    assert pooled["role_accuracy"] >= MIN_HELD_OUT_ROLE_ACCURACY


def _without_attacks(path: Path) -> bool:
    gold = json.loads(path.read_text(encoding="utf-8"))
    return not any(rel["type"] == "attack" for rel in gold["relations"])


@pytest.mark.parametrize(
    "gold_path", [p for p in GOLD_FILES if _without_attacks(p)], ids=lambda p: p.stem
)
def test_an_essay_without_objections_gets_no_attacks(gold_path: Path) -> None:
    _, analysis = _pair(gold_path)
    attacks = [r for r in analysis.relations if r.type.value == "attack"]
    assert len(attacks) <= MAX_FALSE_ATTACKS, [r.cue for r in attacks]


# News-style essays (09-92, written like published op-eds: headlines that are questions or end in
# a full stop, theses only in the headline, narrative openings, quoted opponents, "we" editorials
# and verdict theses; 40 of the 84 held out). Measured with make eval (docs/quality.md) and
# rounded down: development 36/44 major claims, .63 attachment, .74 roles, fallback relations
# .248; held-out 29/40, .58, .70, .244.
NEWS_FILES = [p for p in ALL_GOLD_FILES if _news_style(p)]
# Attachment counts gold links found; since a paragraph that only reports or tells is no longer
# guessed to argue for the thesis (three such guesses in four were wrong), a few right guesses
# went with the wrong ones (development .625 -> .615 on 56 essays); the round 117-124 essays,
# the hardest yet, pull both splits down a little more, and so does round 125-132 (held out
# .390 when first scored, blind) and round 133-140 (development .321 and held out .463 when
# first scored, blind); a point before the thesis that takes no side and shares no word with it
# is no longer guessed to argue for it (development: 10 right links lost, 35 wrong ones gone);
# round 141-148 (development roles .522 when first scored, blind) pulls development roles
# below .72; and in an op-ed that quotes people no link is guessed from position alone any more
# (careful readers accepted 40% of those guesses): attachment .557 -> .490 on development and
# .503 -> .444 held out, for precision .676 -> .708 and .584 -> .614; round 149-156
# (development roles .567 when first scored, blind) pulls development roles below .71; and in
# such op-eds a link position alone made is left out when a model learned on the development
# essays finds it more likely wrong than right (mine/tree/acceptance.py): attachment .482 ->
# .461 on development and .436 -> .410 held out, for precision .698 -> .759 and .613 -> .659.
# Precision, what a reader of the map checks, has floors of its own.
NEWS_FLOORS = {
    DEVELOPMENT: {
        "major_claims_right": 58,
        "attachment": 0.45,
        "role_accuracy": 0.70,
        "relation_precision": 0.74,
    },
    HELD_OUT: {
        "major_claims_right": 46,
        "attachment": 0.40,
        "role_accuracy": 0.68,
        "relation_precision": 0.64,
    },
}
# Relations that position alone put there (basis "fallback"): about one in five until such
# guesses were left out of op-eds that quote people; now a few in a hundred.
MAX_FALLBACK_SHARE = 0.05


@pytest.mark.parametrize("split", [DEVELOPMENT, HELD_OUT])
def test_structure_floors_on_the_news_style_essays(split: str) -> None:
    pooled = _pooled(split, NEWS_FILES)
    for key, floor in NEWS_FLOORS[split].items():
        assert pooled[key] >= floor, (key, pooled[key])


# Who said it (make eval's attribution table): status F1 (a reported statement is marked as
# such) and the speaker behind a pronoun or a title ("she said", "the minister told me"), measured
# on 188 essays at development .957 / .908 and held out .923 / .835 (the target for the
# second is .85, not met), rounded down. (Development fell from .953 when essays 181-188, first
# scored blind at .620 of 50 there, joined it.)
ATTRIBUTION_FLOORS = {
    DEVELOPMENT: {"status_f1": 0.94, "references": 0.90},
    HELD_OUT: {"status_f1": 0.90, "references": 0.83},
}


@pytest.mark.parametrize("split", [DEVELOPMENT, HELD_OUT])
def test_who_said_it_floors_on_the_news_style_essays(split: str) -> None:
    counts = sum(
        (
            score_attribution(*_pair(path))
            for path in NEWS_FILES
            if (HELD_OUT if _held_out(path) else DEVELOPMENT) == split
        ),
        AttributionCounts(),
    )
    scores = counts.as_dict()
    measured = {
        "status_f1": scores["status"]["f1"],
        "references": scores["references"]["accuracy"],
    }
    for key, floor in ATTRIBUTION_FLOORS[split].items():
        assert measured[key] >= floor, (key, measured[key])


@pytest.mark.parametrize("split", [DEVELOPMENT, HELD_OUT])
def test_few_news_style_relations_are_fallbacks(split: str) -> None:
    relations = [
        r
        for path in NEWS_FILES
        if score_essay(*_pair(path)).split == split
        for r in _pair(path)[1].relations
    ]
    fallback = sum(r.basis == "fallback" for r in relations)
    assert fallback / len(relations) <= MAX_FALLBACK_SHARE
