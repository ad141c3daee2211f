"""`aidip evaluate quantities`: the matching rule, the gold readers, the command and the targets.

The small spec files written here follow the Recognizers-Text format with sentences of our own;
the real specs (MIT, Microsoft Recognizers-Text) are read from the shared folder.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import aidip_cli.cli._evaluate_cmd  # noqa: F401 - registers `evaluate` on the app
from aidip_cli.cli import run
from aidip_cli.errors import EXIT_USAGE
from aidip_cli.evaluate._quantities import (
    DEVELOPMENT,
    HELD_OUT,
    NOT_SUPPORTED,
    SUPPORTED,
    Case,
    Figure,
    Prediction,
    load_cases,
    match,
    score_cases,
)
from aidip_cli.evaluate.runner import evaluate_quantities
from helpers import REPO

NEWS = REPO / "data" / "quantities" / "news_sentences.jsonl"


def _figure(start: int, end: int, value: float | None, unit: str | None = "USD", **kw) -> Figure:
    return Figure(start, end, value, kw.get("low"), kw.get("high"), unit)


def test_a_figure_matches_when_spans_overlap_and_values_agree() -> None:
    gold = [_figure(10, 16, 4e9)]
    assert match([_figure(12, 20, 4e9)], gold, with_unit=True) == [(0, 0)]
    assert match([_figure(16, 20, 4e9)], gold, with_unit=True) == []  # touching is not overlap
    assert match([_figure(10, 16, 4e9 * (1 + 1e-7))], gold, with_unit=True) == [(0, 0)]
    assert match([_figure(10, 16, 4.1e9)], gold, with_unit=True) == []


def test_a_range_matches_only_a_range_with_both_ends() -> None:
    gold = [_figure(0, 6, None, low=4e9, high=6e9)]
    assert match([_figure(0, 6, None, low=4e9, high=6e9)], gold, with_unit=False) == [(0, 0)]
    assert match([_figure(0, 6, None, low=4e9, high=7e9)], gold, with_unit=False) == []
    assert match([_figure(0, 6, 4e9)], gold, with_unit=False) == []


def test_value_and_unit_needs_the_same_unit_and_each_figure_counts_once() -> None:
    gold = [_figure(0, 4, 5.0, "percent")]
    predicted = [_figure(0, 4, 5.0, "count"), _figure(0, 4, 5.0, "percent")]
    assert match(predicted, gold, with_unit=False) == [(0, 0)]
    assert match(predicted, gold, with_unit=True) == [(0, 1)]


def test_scores_are_pooled_per_split_and_type() -> None:
    cases = [
        Case("a", "x", (_figure(0, 3, 1.0, "percent"),), "news", DEVELOPMENT, None, True),
        Case("b", "y", (_figure(0, 3, 2.0, "USD"),), "news", DEVELOPMENT, None, False),
    ]
    predictions = [
        Prediction((_figure(0, 3, 1.0, "percent"),), True),
        Prediction((_figure(0, 3, 3.0, "USD"), _figure(5, 9, 7.0, "count")), True),
    ]
    (result,) = score_cases(cases, predictions)["results"]
    overall = result["value"]["all"]
    assert (overall["gold"], overall["predicted"], overall["gold_matched"]) == (2, 3, 1)
    assert overall["precision"] == pytest.approx(1 / 3)
    assert overall["recall"] == pytest.approx(1 / 2)
    assert result["value"]["percent"]["f1"] == pytest.approx(1.0)
    assert result["value"]["money"]["recall"] == 0.0
    flag = result["statistical"]
    assert (flag["precision"], flag["recall"]) == (pytest.approx(0.5), pytest.approx(1.0))


def test_the_news_gold_is_read_with_its_splits_and_spans() -> None:
    cases = load_cases(NEWS)
    assert len(cases) == 438
    assert {c.split for c in cases} == {DEVELOPMENT, HELD_OUT}
    first = cases[0]
    (gold,) = first.gold
    assert first.text[gold.start : gold.end] == "$327m" and gold.unit == "USD"


def _spec(folder: Path, name: str, cases: list[dict]) -> Path:
    path = folder / f"{name}.json"
    path.write_text(json.dumps(cases), encoding="utf-8")
    return path


def test_recognizers_units_are_mapped_and_unsupported_cases_kept_apart(tmp_path: Path) -> None:
    _spec(
        tmp_path,
        "CurrencyModel",
        [
            {
                "Input": "the envoy paid $ 5 million and 50 cents .",
                "Results": [
                    {"Text": "$ 5 million", "TypeName": "currency", "Start": 15, "End": 25,
                     "Resolution": {"value": "5000000", "unit": "Dollar"}},
                    {"Text": "50 cents", "TypeName": "currency", "Start": 31, "End": 38,
                     "Resolution": {"value": "50", "unit": "Cent"}},
                ],
            },
            {
                "Input": "it cost 9 ₾",
                "NotSupported": "javascript, python",
                "Results": [
                    {"Text": "9 ₾", "TypeName": "currency", "Start": 8, "End": 10,
                     "Resolution": {"value": "9", "unit": "Georgian lari", "isoCurrency": "GEL"}},
                ],
            },
        ],
    )  # fmt: skip
    supported, unsupported = load_cases(tmp_path)
    assert (supported.split, unsupported.split) == (SUPPORTED, NOT_SUPPORTED)
    assert [(f.value, f.unit) for f in supported.gold] == [(5e6, "USD"), (0.5, "USD")]
    assert [(f.value, f.unit) for f in unsupported.gold] == [(9.0, "GEL")]
    assert supported.text[supported.gold[0].start : supported.gold[0].end] == "$ 5 million"
    section = evaluate_quantities([supported])
    (result,) = section["systems"][0]["results"]
    assert result["value_unit"]["money"]["f1"] == pytest.approx(1.0)


def test_evaluate_quantities_command_prints_deterministic_json(tmp_path: Path, capsys) -> None:
    gold = tmp_path / "mini.jsonl"
    lines = [
        {"id": "t1", "split": "development", "text": "Kyiv asked for $4-6bn a year.",
         "statistical": True,
         "quantities": [{"text": "$4-6bn", "value": None, "low": 4e9, "high": 6e9,
                         "unit": "USD"}]},
        {"id": "t2", "split": "held-out", "text": "Two ministers resigned.",
         "statistical": False,
         "quantities": [{"text": "Two ministers", "value": 2, "low": None, "high": None,
                         "unit": "count"}]},
    ]  # fmt: skip
    gold.write_text("\n".join(json.dumps(line) for line in lines) + "\n", encoding="utf-8")
    outputs = []
    for _ in range(2):
        assert run(["evaluate", "quantities", str(gold), "--format", "json"]) == 0
        outputs.append(capsys.readouterr().out)
    assert outputs[0] == outputs[1]
    report = json.loads(outputs[0])
    assert report["command"] == f"aidip evaluate quantities {gold} --format json"
    results = report["sections"][0]["systems"][0]["results"]
    by_split = {r["split"]: r for r in results}
    assert by_split[DEVELOPMENT]["value_unit"]["all"]["f1"] == 1.0
    assert by_split[HELD_OUT]["value_unit"]["count"]["f1"] == 1.0
    assert by_split[HELD_OUT]["statistical"]["predicted"] == 0


@pytest.mark.parametrize(
    ("content", "name", "says"),
    [
        (None, "missing.jsonl", "no such file"),
        ('{"id": "q1", "text": "A $5 fee."\n', "broken.jsonl", "not JSON"),
        ('{"id": "q1"}\n', "fields.jsonl", "not a gold sentence"),
        ('{"not": "a list"}', "CurrencyModel.json", "not a Recognizers-Text spec"),
        ("hello", "notes.txt", "not quantity gold"),
    ],
)
def test_bad_gold_is_one_line_and_exit_2(
    tmp_path: Path, capsys, content: str | None, name: str, says: str
) -> None:
    path = tmp_path / name
    if content is not None:
        path.write_text(content, encoding="utf-8")
    assert run(["evaluate", "quantities", str(path)]) == EXIT_USAGE
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and says in err and err.startswith("aidip: error: ")


# --- the targets of the issue, as floors under what is measured (docs/quality.md) --------------


def _result(section: dict, corpus: str, split: str) -> dict:
    return next(
        r for r in section["systems"][0]["results"] if r["corpus"] == corpus and r["split"] == split
    )


@pytest.fixture(scope="module")
def news_section() -> dict:
    return evaluate_quantities(NEWS)


def test_held_out_news_figures_meet_the_targets(news_section: dict) -> None:
    held_out = _result(news_section, "news sentences", HELD_OUT)
    assert held_out["value"]["all"]["f1"] >= 0.93
    assert held_out["value_unit"]["money+percent"]["f1"] >= 0.92
    assert held_out["statistical"]["precision"] >= 0.9
    assert held_out["statistical"]["recall"] >= 0.9


def test_recognizers_currency_and_percent_meet_the_target(recognizers_dir: Path) -> None:
    section = evaluate_quantities(
        load_cases(recognizers_dir / "CurrencyModel.json")
        + load_cases(recognizers_dir / "PercentModel.json")
    )
    assert _result(section, "CurrencyModel", SUPPORTED)["value_unit"]["money"]["f1"] >= 0.9
    assert _result(section, "PercentModel", SUPPORTED)["value_unit"]["percent"]["f1"] >= 0.9
