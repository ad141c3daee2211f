"""Figures scored against gold: our news sentences and the Recognizers-Text English specs.

Two kinds of gold file are read:

* **news sentences** (``*.jsonl``, the format of ``data/quantities/README.md``): one sentence per
  line with every quantity (``text``, ``value`` or ``low``/``high``, ``unit``) and the sentence's
  ``statistical`` flag; cases are split ``development`` / ``held-out``;
* **Recognizers-Text specs** (``*Model.json``, Microsoft Recognizers-Text, MIT): a JSON list of
  ``{"Input", "Results": [{"Text", "TypeName", "Resolution": {"value", "unit"?,
  "isoCurrency"?}, "Start", "End"}]}``. Cases the upstream marks ``NotSupported`` or
  ``NotSupportedByDesign`` for python are a split of their own (``not supported upstream``);
  the others are ``supported``. ``OrdinalModel`` is not read: ordinals are not quantities here.

**Matching.** Gold and predicted figures are character spans of the same sentence. A gold span
comes from its ``Start``/``End`` (Recognizers, ``End`` inclusive) or, for the news sentences,
from finding each gold ``text`` in the sentence after the previous one. A predicted figure
*matches* a gold figure when their spans overlap by at least one character and their values are
equal within a relative tolerance of 1e-6 (absolute 1e-9 near zero); a range matches a range
when both ends do, and never a single value. For *value+unit* the units must also be equal.
Each gold and each predicted figure is matched at most once (gold figures in text order, each
to the first unmatched prediction that fits). Precision = matched predictions / predictions,
recall = matched gold / gold, F1 their harmonic mean; counts are pooled over sentences.

**Types.** A figure's type follows its unit: an ISO 4217 code is ``money``; ``percent``;
``percentage_point``; ``times`` is ``multiplier``; ``count``; ``year``/``month``/``week``/
``day``/``hour``/``minute``/``second`` are ``duration``; any other unit is ``physical``. Per type,
recall counts gold figures of the type and precision predicted figures of the type. The row
``money+percent`` pools money and percent (not percentage points, their own unit).

**Recognizers units and scope.** Each spec annotates one type only, so only predictions of that
type are scored against it (Currency → money, Percent → percent, Dimension and Temperature →
physical, Age → duration; Number and NumberRange → every prediction, value only: they carry no
unit). Upstream unit names are mapped to ours: ``isoCurrency`` when present; otherwise
Dollar→USD, Pound→GBP, Franc→CHF, Rupee→INR, Peseta→ESP, Finnish markka→FIM, Netherlands
guilder→NLG, Bitcoin→XBT; a minor unit is a hundredth of its currency (``50 cents`` → 0.5 USD,
Pence and Penny → GBP); Meter→metre and the like (see ``_RT_UNITS``); C→degree_celsius,
F→degree_fahrenheit, Degree→degree_celsius (a bare "degrees" is Celsius here); Year, Month,
Week, Day → our durations; ``50%`` → 50 percent; a range ``[20,30)`` → 20–30. Results with no
value (a currency named without an amount) are not figures and are left out.

**Statistical flag** (news sentences only): per sentence, the analyser's ``statistical``
decision for the sentence read as one unit against the gold flag; precision and recall of
``true``. A system without such a flag (a plain quantity extractor) is not scored on it.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from ..errors import CorpusError
from ._alignment import EMPTY_PRF, PRF

DEVELOPMENT = "development"
HELD_OUT = "held-out"
SUPPORTED = "supported"
NOT_SUPPORTED = "not supported upstream (python)"
TYPES = ("money", "percent", "percentage_point", "count", "physical", "duration", "multiplier")
DURATIONS = frozenset({"year", "month", "week", "day", "hour", "minute", "second"})
REL_TOLERANCE = 1e-6
ABS_TOLERANCE = 1e-9

#: Recognizers-Text spec → the one type it annotates (None: every type, value only).
_RT_SCOPE: dict[str, str | None] = {
    "CurrencyModel": "money",
    "PercentModel": "percent",
    "DimensionModel": "physical",
    "TemperatureModel": "physical",
    "AgeModel": "duration",
    "NumberModel": None,
    "NumberRangeModel": None,
}
_RT_CURRENCY = {
    "Dollar": ("USD", 1.0),
    "Cent": ("USD", 0.01),
    "Pound": ("GBP", 1.0),
    "Pence": ("GBP", 0.01),
    "Penny": ("GBP", 0.01),
    "Franc": ("CHF", 1.0),
    "Rupee": ("INR", 1.0),
    "Peseta": ("ESP", 1.0),
    "Finnish markka": ("FIM", 1.0),
    "Netherlands guilder": ("NLG", 1.0),
    "Bitcoin": ("XBT", 1.0),
}
_RT_UNITS = {
    "Meter": "metre", "Kilometer": "kilometre", "Centimeter": "centimetre",
    "Millimeter": "millimetre", "Mile": "mile", "Foot": "foot", "Inch": "inch", "Yard": "yard",
    "Square meter": "square_metre", "Square kilometer": "square_kilometre", "Acre": "acre",
    "Kilogram": "kilogram", "Gram": "gram", "Microgram": "microgram", "Pound": "pound",
    "Ounce": "ounce", "Ton": "tonne", "Metric ton": "tonne", "Barrel": "barrel",
    "Gallon": "gallon", "Milliliter": "millilitre", "Liter": "litre", "Cubic meter": "cubic_metre",
    "Kilometer per hour": "kilometre_per_hour", "Mile per hour": "mile_per_hour",
    "Megabyte": "megabyte", "Gigabyte": "gigabyte", "C": "degree_celsius",
    "F": "degree_fahrenheit", "Degree": "degree_celsius", "Year": "year", "Month": "month",
    "Week": "week", "Day": "day", "Age": "year",
}  # fmt: skip
_RANGE = re.compile(r"^[\[(]\s*(-?[\d.e+]+)\s*,\s*(-?[\d.e+]+)\s*[\])]$")


@dataclass(frozen=True)
class Figure:
    """A gold or predicted figure: a character span of its sentence, a value or range, a unit."""

    start: int
    end: int
    value: float | None
    low: float | None
    high: float | None
    unit: str | None  # None: the gold gives no unit (Recognizers numbers)
    kind: str | None = None  # the type when the gold says it (a Recognizers spec's own type)

    @property
    def type(self) -> str:
        return self.kind or figure_type(self.unit)


@dataclass(frozen=True)
class Case:
    """One sentence with its gold figures."""

    id: str
    text: str
    gold: tuple[Figure, ...]
    corpus: str  # "news sentences" or the Recognizers spec name
    split: str
    scope: str | None  # score only predictions of this type (Recognizers specs); None: all
    statistical: bool | None = None  # the gold flag (news sentences only)
    unit_scored: bool = True  # False: the gold has no units (value F1 only)


@dataclass(frozen=True)
class Prediction:
    figures: tuple[Figure, ...]
    statistical: bool | None  # None: the system has no such flag (it is not scored)


Predictor = Callable[[Sequence[str]], list[Prediction]]


def figure_type(unit: str | None) -> str:
    if unit is None:
        return "number"
    if unit == "times":
        return "multiplier"
    if unit in ("percent", "percentage_point", "count"):
        return unit
    if unit in DURATIONS:
        return "duration"
    if len(unit) == 3 and unit.isupper():
        return "money"
    return "physical"


# --- reading the gold --------------------------------------------------------------------------


def load_cases(path: Path) -> list[Case]:
    """Cases from a news-sentence JSONL file, a Recognizers spec, or a folder of either."""
    if path.is_dir():
        files = sorted(path.glob("*.jsonl")) + sorted(
            p for p in path.glob("*Model.json") if p.stem in _RT_SCOPE
        )
        if not files:
            raise CorpusError(
                f"{path}: no quantity gold here (*.jsonl news sentences or Recognizers-Text "
                "*Model.json specs)"
            )
        return [case for file in files for case in load_cases(file)]
    if not path.is_file():
        raise CorpusError(f"{path}: no such file or folder")
    if path.suffix == ".jsonl":
        return _news_cases(path)
    if path.suffix == ".json" and path.stem in _RT_SCOPE:
        return _recognizers_cases(path)
    raise CorpusError(
        f"{path}: not quantity gold (expected a .jsonl of news sentences or a Recognizers-Text "
        f"spec named one of {', '.join(sorted(_RT_SCOPE))}.json)"
    )


def _read_json(path: Path, text: str, where: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise CorpusError(f"{path}: {where}: not JSON ({exc.msg})") from None


def _read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise CorpusError(f"{path}: cannot read ({exc})") from None


def _float(value: Any) -> float | None:
    if value is None:
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return number if math.isfinite(number) else None


def _news_cases(path: Path) -> list[Case]:
    cases = []
    for number, line in enumerate(_read_text(path).splitlines(), start=1):
        if not line.strip():
            continue
        record = _read_json(path, line, f"line {number}")
        try:
            text = record["text"]
            gold = tuple(_news_figures(text, record["quantities"]))
            cases.append(
                Case(
                    id=str(record["id"]),
                    text=text,
                    gold=gold,
                    corpus="news sentences",
                    split=str(record.get("split", DEVELOPMENT)),
                    scope=None,
                    statistical=bool(record["statistical"]),
                )
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise CorpusError(f"{path}: line {number}: not a gold sentence ({exc})") from None
    return cases


def _news_figures(text: str, quantities: Iterable[dict[str, Any]]) -> Iterable[Figure]:
    after = 0
    for q in quantities:
        start = text.find(q["text"], after)
        if start < 0:
            raise ValueError(f"quantity {q['text']!r} is not in the sentence")
        end = start + len(q["text"])
        after = end
        yield Figure(start, end, _float(q["value"]), _float(q["low"]), _float(q["high"]), q["unit"])


def _recognizers_cases(path: Path) -> list[Case]:
    data = _read_json(path, _read_text(path), "the spec")
    if not isinstance(data, list):
        raise CorpusError(f"{path}: not a Recognizers-Text spec (expected a JSON list of cases)")
    scope = _RT_SCOPE[path.stem]
    cases = []
    for index, case in enumerate(data):
        try:
            platforms = f"{case.get('NotSupported', '')},{case.get('NotSupportedByDesign', '')}"
            split = NOT_SUPPORTED if "python" in platforms.lower() else SUPPORTED
            gold = tuple(
                replace(figure, kind=scope) if scope else figure
                for result in case["Results"]
                if (figure := _rt_figure(result)) is not None
            )
            cases.append(
                Case(
                    id=f"{path.stem}#{index}",
                    text=str(case["Input"]),
                    gold=gold,
                    corpus=path.stem,
                    split=split,
                    scope=scope,
                    unit_scored=scope is not None,
                )
            )
        except (KeyError, TypeError, AttributeError) as exc:
            raise CorpusError(
                f"{path}: case {index}: not a Recognizers-Text case ({exc})"
            ) from None
    return cases


def _rt_figure(result: dict[str, Any]) -> Figure | None:
    resolution = result.get("Resolution") or {}
    raw = resolution.get("value")
    start, end = int(result["Start"]), int(result["End"]) + 1
    if raw is None or raw == "null":
        return None
    raw = str(raw)
    ranged = _RANGE.match(raw)
    if ranged:
        low, high = _float(ranged.group(1)), _float(ranged.group(2))
        return Figure(start, end, None, low, high, None)
    value = _float(raw.rstrip("%"))
    if value is None:
        return None
    type_name = result.get("TypeName", "")
    if type_name == "percentage":
        return Figure(start, end, value, None, None, "percent")
    if type_name == "currency":
        name = resolution.get("unit", "")
        code = resolution.get("isoCurrency")
        factor = 1.0
        if not code:
            code, factor = _RT_CURRENCY.get(name, (name, 1.0))
        return Figure(start, end, value * factor, None, None, code)
    unit = resolution.get("unit")
    if unit is None:
        return Figure(start, end, value, None, None, None)
    return Figure(start, end, value, None, None, _RT_UNITS.get(unit, unit.lower()))


# --- matching and scores -----------------------------------------------------------------------


def _close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return False
    return math.isclose(a, b, rel_tol=REL_TOLERANCE, abs_tol=ABS_TOLERANCE)


def same_value(predicted: Figure, gold: Figure) -> bool:
    if gold.value is None:
        return (
            predicted.value is None
            and _close(predicted.low, gold.low)
            and _close(predicted.high, gold.high)
        )
    return _close(predicted.value, gold.value)


def _overlap(a: Figure, b: Figure) -> bool:
    return a.start < b.end and b.start < a.end


def match(
    predicted: Sequence[Figure], gold: Sequence[Figure], *, with_unit: bool
) -> list[tuple[int, int]]:
    """Pairs (gold index, predicted index) under the module's matching rule."""
    used: set[int] = set()
    pairs = []
    for g_index, g in enumerate(gold):
        for p_index, p in enumerate(predicted):
            if p_index in used or not _overlap(p, g) or not same_value(p, g):
                continue
            if with_unit and p.unit != g.unit:
                continue
            used.add(p_index)
            pairs.append((g_index, p_index))
            break
    return pairs


@dataclass
class _Tally:
    value: dict[str, PRF] = field(default_factory=dict)
    value_unit: dict[str, PRF] = field(default_factory=dict)
    flag: PRF = EMPTY_PRF  # the statistical flag, 'true' as the positive class
    flags: int = 0
    sentences: int = 0


_GROUPS = {"money+percent": ("money", "percent")}
_GOLD, _PREDICTED = PRF(0, 0, 0, 1), PRF(0, 1, 0, 0)
_GOLD_HIT, _PREDICTED_HIT = PRF(0, 0, 1, 0), PRF(1, 0, 0, 0)


def _add(table: dict[str, PRF], figure_type_: str, counts: PRF) -> None:
    """Add ``counts`` for one figure of ``figure_type_`` to the rows it belongs to."""
    rows = ["all", *[g for g, members in _GROUPS.items() if figure_type_ in members]]
    if figure_type_ in TYPES:
        rows.append(figure_type_)
    for row in rows:
        table[row] = table.get(row, EMPTY_PRF) + counts


def score_cases(cases: Sequence[Case], predictions: Sequence[Prediction]) -> dict[str, Any]:
    """Value and value+unit P/R/F1 (overall, per type) and flag P/R, per corpus and split."""
    if len(cases) != len(predictions):
        raise ValueError(f"{len(predictions)} predictions for {len(cases)} cases")
    tallies: dict[tuple[str, str], _Tally] = {}
    for case, prediction in zip(cases, predictions, strict=True):
        tally = tallies.setdefault((case.corpus, case.split), _Tally())
        tally.sentences += 1
        predicted = [f for f in prediction.figures if case.scope is None or f.type == case.scope]
        for with_unit, table in ((False, tally.value), (True, tally.value_unit)):
            if with_unit and not case.unit_scored:
                continue
            for g in case.gold:
                _add(table, g.type, _GOLD)
            for p in predicted:
                _add(table, p.type, _PREDICTED)
            for g_index, p_index in match(predicted, case.gold, with_unit=with_unit):
                _add(table, case.gold[g_index].type, _GOLD_HIT)
                _add(table, predicted[p_index].type, _PREDICTED_HIT)
        if case.statistical is not None and prediction.statistical is not None:
            hit = int(case.statistical and prediction.statistical)
            tally.flags += 1
            tally.flag += PRF(hit, int(prediction.statistical), hit, int(case.statistical))
    results = []
    for (corpus, split), tally in sorted(tallies.items(), key=lambda kv: _order(kv[0])):
        result: dict[str, Any] = {
            "corpus": corpus,
            "split": split,
            "sentences": tally.sentences,
            "value": {k: v.as_dict() for k, v in _sorted_rows(tally.value)},
            "value_unit": {k: v.as_dict() for k, v in _sorted_rows(tally.value_unit)},
        }
        if tally.flags:
            result["statistical"] = {"sentences": tally.flags, **tally.flag.as_dict()}
        results.append(result)
    return {"results": results}


def _order(key: tuple[str, str]) -> tuple[int, str, int]:
    corpus, split = key
    splits = [DEVELOPMENT, HELD_OUT, SUPPORTED, NOT_SUPPORTED]
    return (
        0 if corpus == "news sentences" else 1,
        corpus,
        splits.index(split) if split in splits else len(splits),
    )


def _sorted_rows(table: dict[str, PRF]) -> list[tuple[str, PRF]]:
    order = ["all", *_GROUPS, *TYPES]
    return sorted(table.items(), key=lambda kv: order.index(kv[0]) if kv[0] in order else 99)


def analyser_predictor(texts: Sequence[str]) -> list[Prediction]:
    """The analyser's figures and statistical flag for each text, read as one unit."""
    from ..mine.units.features import read_figures
    from ..nlp import get_nlp

    nlp = get_nlp()
    predictions = []
    for doc in nlp.pipe(texts, batch_size=64):
        quantities, statistical = read_figures(doc[:])
        figures = tuple(Figure(q.start, q.end, q.value, q.low, q.high, q.unit) for q in quantities)
        predictions.append(Prediction(figures, statistical))
    return predictions


# --- tables for the report ---------------------------------------------------------------------


def quantity_tables(
    section: dict[str, Any],
) -> list[tuple[str, list[str], list[list[str]], list[str]]]:
    """(title, header, rows, notes) for each system: one row per corpus, split and type."""
    tables = []
    for system in section["systems"]:
        rows = []
        for result in system["results"]:
            scored_unit = result["value_unit"]
            for row, value in result["value"].items():
                if row != "all" and not (value["gold"] and scored_unit):
                    continue  # a type absent from the gold, or gold without units
                unit = scored_unit.get(row)
                rows.append(
                    [
                        result["corpus"],
                        result["split"],
                        row,
                        str(value["gold"]),
                        str(value["predicted"]),
                        f"{value['precision']:.3f}",
                        f"{value['recall']:.3f}",
                        f"{value['f1']:.3f}",
                        f"{unit['f1']:.3f}" if unit else "–",
                    ]
                )
        tables.append(
            (
                f"quantities — {system['system']}: value and value+unit F1",
                [
                    "corpus",
                    "split",
                    "type",
                    "gold",
                    "predicted",
                    "P",
                    "R",
                    "value F1",
                    "value+unit F1",
                ],
                rows,
                [
                    "a predicted figure matches a gold one when the spans overlap and the values "
                    "are equal within 1e-6 relative (ranges: both ends); value+unit also needs "
                    "the same unit; P and R are for value; per type, gold figures count for R "
                    "and predicted ones for P",
                    "Recognizers-Text specs annotate one type each: only predictions of that "
                    "type are scored against them; Number/NumberRange carry no unit (value F1 "
                    "only, no rows per type); a type is shown where the gold has it",
                    *system.get("notes", []),
                ],
            )
        )
    flag_rows = []
    for system in section["systems"]:
        for result in system["results"]:
            flag = result.get("statistical")
            if flag is None:
                continue
            flag_rows.append(
                [
                    system["system"],
                    result["split"],
                    str(flag["sentences"]),
                    str(flag["gold"]),
                    str(flag["predicted"]),
                    f"{flag['precision']:.3f}",
                    f"{flag['recall']:.3f}",
                    f"{flag['f1']:.3f}",
                ]
            )
    if flag_rows:
        tables.append(
            (
                "quantities — the statistical flag per news sentence",
                ["system", "split", "sentences", "gold true", "predicted true", "P", "R", "F1"],
                flag_rows,
                ["per sentence: the kind 'statistical' of the sentence read as one unit vs gold"],
            )
        )
    return tables


__all__ = [
    "DEVELOPMENT",
    "HELD_OUT",
    "Case",
    "Figure",
    "Prediction",
    "Predictor",
    "analyser_predictor",
    "figure_type",
    "load_cases",
    "match",
    "quantity_tables",
    "same_value",
    "score_cases",
]
