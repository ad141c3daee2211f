"""Web-discourse Toulmin corpus: loading, span matching, claim/premise F1, major-claim accuracy."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from aidip_cli.corpora.webdiscourse import load_webdiscourse, parse_document
from aidip_cli.errors import CorpusError
from aidip_cli.evaluate._webdiscourse import (
    PredictedUnits,
    WebScores,
    match_counts,
    matches,
    units_from_analysis,
)
from aidip_cli.evaluate.runner import evaluate_webdiscourse
from aidip_cli.schema import Role
from helpers import make_analysis

TEXT = "Exams are useful. They show what pupils know. Teachers agree. Some hate them."


def span(piece: str) -> tuple[int, int]:
    start = TEXT.index(piece)
    return (start, start + len(piece))


CLAIM = span("Exams are useful.")
PREMISE = span("They show what pupils know.")
BACKING = span("Teachers agree.")
REBUTTAL = span("Some hate them.")


def doc_line(doc_id: str, components: list[tuple[str, int, int, bool]], text: str = TEXT) -> str:
    return json.dumps(
        {
            "id": doc_id,
            "text": text,
            "meta": {},
            "components": [
                {"id": f"c{k}", "type": t, "begin": b, "end": e, "text": text[b:e], "implicit": i}
                for k, (t, b, e, i) in enumerate(components)
            ],
            "relations": [],
        }
    )


EXPLICIT = doc_line(
    "1",
    [
        ("Claim", *CLAIM, False),
        ("Premise", *PREMISE, False),
        ("Backing", *BACKING, False),
        ("Rebuttal", *REBUTTAL, False),
    ],
)
IMPLICIT = doc_line("2", [("Claim", 0, 0, True), ("Premise", *PREMISE, False)])


def test_spans_match_when_they_share_half_of_the_shorter_one() -> None:
    assert matches((0, 10), (5, 20))  # shares 5 of the shorter 10
    assert not matches((0, 10), (6, 20))  # shares 4 of 10
    assert matches((0, 4), (2, 100))  # shares 2 of the shorter 4
    assert not matches((0, 0), (0, 10))  # an implicit (empty) span never matches


def test_counts_separate_precision_and_recall_hits() -> None:
    # Two predictions inside one gold span: both are correct, but only one gold span is found.
    counts = match_counts([(0, 8), (8, 17), (60, 70)], [(0, 17), (18, 45)])
    assert (counts.pred_hits, counts.predicted, counts.gold_hits, counts.gold) == (2, 3, 1, 2)
    assert counts.precision == pytest.approx(2 / 3)
    assert counts.recall == pytest.approx(1 / 2)


def test_claims_premises_and_root_are_scored_per_the_docstring() -> None:
    doc = parse_document(EXPLICIT)
    predicted = PredictedUnits(
        spans=[CLAIM, PREMISE, BACKING, REBUTTAL],
        roles=["premise", "major_claim", "premise", "claim"],
        root=1,
    )
    scores = WebScores()
    scores.add(doc, predicted)
    # claims: predicted claim-ish units = units 1 (premise span) and 3 (rebuttal span): no match.
    assert (scores.claims.pred_hits, scores.claims.predicted, scores.claims.gold) == (0, 2, 1)
    # premises: gold = Premise + Backing; predicted premise units 0 (claim span) and 2 (backing).
    assert (scores.premises.pred_hits, scores.premises.predicted) == (1, 2)
    assert (scores.premises.gold_hits, scores.premises.gold) == (1, 2)
    # root = unit 1, which covers the Premise, not the Claim: a miss.
    assert (scores.root_hits, scores.root_docs) == (0, 1)


def test_implicit_claims_are_reported_apart_and_not_counted_as_misses() -> None:
    scores = WebScores()
    scores.add(
        parse_document(IMPLICIT), PredictedUnits([CLAIM, PREMISE], ["major_claim", "premise"], 0)
    )
    scores.add(parse_document(EXPLICIT), PredictedUnits([CLAIM], ["major_claim"], 0))
    assert (scores.root_hits, scores.root_docs) == (1, 1)
    assert scores.root_accuracy == 1.0
    assert scores.by_status["implicit"] == {"documents": 1, "with_root": 1}
    assert scores.claims.gold == 1  # the implicit claim is not a gold span


def test_a_document_without_a_predicted_root_is_a_miss() -> None:
    scores = WebScores()
    scores.add(parse_document(EXPLICIT), PredictedUnits([PREMISE], ["premise"], None))
    assert (scores.root_hits, scores.root_docs) == (0, 1)


def test_the_baseline_takes_the_first_unit_as_major_claim() -> None:
    trivial = PredictedUnits([CLAIM, PREMISE, BACKING], ["premise", "claim", "claim"], 2).trivial()
    assert trivial.roles == ["major_claim", "premise", "premise"]
    assert trivial.root == 0


def test_the_evaluation_reports_engine_and_baseline_from_the_same_analyses() -> None:
    docs = [parse_document(EXPLICIT), parse_document(IMPLICIT)]
    analyses = [
        make_analysis(
            TEXT,
            [(*PREMISE, Role.MAJOR_CLAIM), (*CLAIM, Role.CLAIM), (*BACKING, Role.PREMISE)],
            [(1, 0, "support"), (2, 0, "support")],
            major=0,
        ),
        make_analysis(TEXT, [(*CLAIM, Role.MAJOR_CLAIM)], [], major=0),
    ]
    section = evaluate_webdiscourse(docs, analyses=analyses)
    default, baseline = section["results"]
    assert (default["engine"], baseline["engine"]) == ("default", "baseline")
    # default root = the premise span → miss; baseline root = first unit in the list, the same
    # premise span → miss too; both score the one explicit document.
    assert default["major_claim"]["documents_with_explicit_claim"] == 1
    assert default["major_claim"]["hits"] == 0
    # default claims: the Claim-span unit (role claim) + the implicit doc's major claim unit.
    assert default["claims"]["predicted"] == 3
    assert default["claims"]["gold_matched"] == 1


def test_units_from_an_analysis_keep_roles_and_root() -> None:
    analysis = make_analysis(
        TEXT, [(*CLAIM, Role.MAJOR_CLAIM), (*PREMISE, Role.PREMISE)], [(1, 0, "support")], major=0
    )
    units = units_from_analysis(analysis, TEXT)
    assert units.spans == [CLAIM, PREMISE]
    assert units.roles == ["major_claim", "premise"]
    assert units.root == 0


def test_loading_skips_blank_lines_and_names_the_bad_line(tmp_path: Path) -> None:
    good = tmp_path / "gold.jsonl"
    good.write_text(EXPLICIT + "\n\n" + IMPLICIT + "\n", "utf-8")
    assert [d.id for d in load_webdiscourse(good)] == ["1", "2"]
    bad = tmp_path / "bad.jsonl"
    bad.write_text(EXPLICIT + "\n" + doc_line("3", [("Claim", 10, 500, False)]) + "\n", "utf-8")
    with pytest.raises(CorpusError, match=r"bad\.jsonl:2: component c0 span 10-500"):
        load_webdiscourse(bad)
    with pytest.raises(CorpusError, match="cannot read"):
        load_webdiscourse(tmp_path / "missing.jsonl")


@pytest.mark.corpus
def test_the_corpus_has_the_documents_and_claims_its_readme_gives(webdiscourse_file: Path) -> None:
    docs = load_webdiscourse(webdiscourse_file)
    assert len(docs) == 340
    claims = [c for d in docs for c in d.components if c.type == "Claim"]
    assert len(claims) == 365
    assert sum(c.implicit for c in claims) == 170
    for doc in docs:
        for c in doc.components:
            assert 0 <= c.begin <= c.end <= len(doc.text)
