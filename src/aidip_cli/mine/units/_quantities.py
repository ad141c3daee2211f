"""Numbers that carry information: money, percentages, counts, multipliers.

Each figure gets a normalised value ("$15.7 trillion" → 1.57e13 USD), the qualifier that bounds
it ("over" → a lower bound) and the time horizon it refers to ("the coming decade"). spaCy's NER
finds the candidates; the parsing here is deterministic and unit-tested.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span

_SCALES = {
    "thousand": 1e3,
    "k": 1e3,
    "million": 1e6,
    "millions": 1e6,
    "mn": 1e6,
    "m": 1e6,
    "billion": 1e9,
    "billions": 1e9,
    "bn": 1e9,
    "b": 1e9,
    "trillion": 1e12,
    "trillions": 1e12,
    "tn": 1e12,
    "t": 1e12,
    "hundred": 1e2,
    "dozen": 12.0,
}
_WORD_NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90, "a": 1, "an": 1, "half": 0.5, "dozens": 24, "hundreds": 200,
}  # fmt: skip
_CURRENCY_SYMBOLS = {"$": "USD", "us$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR"}
_CURRENCY_WORDS = {
    "dollar": "USD", "dollars": "USD", "usd": "USD", "euro": "EUR", "euros": "EUR",
    "eur": "EUR", "pound": "GBP", "pounds": "GBP", "gbp": "GBP", "yuan": "CNY",
    "renminbi": "CNY", "rmb": "CNY", "yen": "JPY", "rupee": "INR", "rupees": "INR",
    "francs": "CHF",
}  # fmt: skip
_QUALIFIERS = [
    ("in excess of", "over"), ("more than", "over"), ("upwards of", "over"), ("over", "over"),
    ("above", "over"), ("exceeding", "over"), ("exceed", "over"), ("exceeds", "over"),
    ("surpass", "over"), ("surpasses", "over"), ("top", "over"), ("tops", "over"),
    ("beyond", "over"), ("greater than", "over"),
    ("less than", "under"), ("fewer than", "under"), ("under", "under"), ("below", "under"),
    ("nearly", "about"), ("almost", "about"), ("about", "about"), ("around", "about"),
    ("roughly", "about"), ("approximately", "about"), ("some", "about"), ("an estimated", "about"),
    ("close to", "about"), ("circa", "about"), ("up to", "up_to"), ("as much as", "up_to"),
    ("as many as", "up_to"), ("at least", "at_least"), ("no fewer than", "at_least"),
    ("no less than", "at_least"),
]  # fmt: skip
_SCALE_WORDS = r"(?:\s?(?:thousand|million|billion|trillion|bn|mn|tn|m|k)\b)?"
_FALLBACK = re.compile(
    r"(?:US\$|[$€£¥₹])\s?\d+(?:,\d{3})*(?:\.\d+)?"
    + _SCALE_WORDS
    + r"|\b\d+(?:\.\d+)?\s?(?:%|percent\b|per cent\b)"
)
_EMPHASIS = ("only", "just", "a mere", "a full", "fully")
_NUMBER = re.compile(r"\d+(?:,\d{3})*(?:\.\d+)?|\.\d+")
_HORIZON_HINT = re.compile(
    r"\b(decade|decades|year|years|century|by|next|coming|within|until|\d{4})\b", re.I
)
_AHEAD = re.compile(r"\b(coming|next|future|ahead|forthcoming)\b", re.I)
_BACKWARD = re.compile(r"\b(last|past|ago|previous|earlier|since)\b", re.I)
_FORWARD = re.compile(
    r"\b(will|would|could|shall|expected|projected|forecast|set to|poised|on track|"
    r"target|goal|aim|pledge[ds]?|promise[ds]?)\b",
    re.I,
)
_HORIZON_PREPOSITIONS = {"by", "until", "before", "within", "through"}
_MULTIPLIER = re.compile(
    r"\b(\d+(?:\.\d+)?)\s*-?\s*(?:fold|x)\b|\b(twice|threefold|fourfold|tenfold)\b", re.I
)
_MULTIPLIER_WORDS = {"twice": 2.0, "threefold": 3.0, "fourfold": 4.0, "tenfold": 10.0}


@dataclass(frozen=True)
class FoundQuantity:
    start: int  # offsets relative to the parsed text of the span's doc
    end: int
    kind: str
    value: float | None
    unit: str
    qualifier: str
    horizon: str | None


def parse_amount(text: str) -> tuple[float | None, str | None]:
    """Parse '15.7 trillion', 'two billion', '1,200' → (value, currency-or-None)."""
    low = text.lower().replace("\u00a0", " ")
    currency = None
    for symbol, code in sorted(_CURRENCY_SYMBOLS.items(), key=lambda kv: -len(kv[0])):
        if symbol in low:
            currency = code
            low = low.replace(symbol, " ")
            break
    words = re.findall(r"[a-z]+|\d+(?:,\d{3})*(?:\.\d+)?|\.\d+", low)
    value: float | None = None
    scale = 1.0
    for word in words:
        if currency is None and word in _CURRENCY_WORDS:
            currency = _CURRENCY_WORDS[word]
        elif _NUMBER.fullmatch(word):
            if value is None:
                value = float(word.replace(",", ""))
        elif word in _SCALES and (value is not None or word in {"hundred", "dozen"}):
            if len(word) == 1 and value is None:
                continue
            scale *= _SCALES[word]
        elif word in _WORD_NUMBERS and value is None:
            value = float(_WORD_NUMBERS[word])
    if value is None:
        return None, currency
    return value * scale, currency


def _qualifier_before(text: str) -> tuple[str, int]:
    """The qualifier phrase that ends ``text`` (words just before a figure) and its length."""
    low = text.lower().rstrip()
    for phrase, qualifier in _QUALIFIERS:
        if re.search(rf"(?:^|\W){re.escape(phrase)}$", low):
            return qualifier, len(phrase)
    return "exact", 0


def _qualifier_inside(text: str) -> tuple[str, int]:
    low = text.lower()
    for phrase in _EMPHASIS:
        if low.startswith(phrase + " "):
            return "exact", len(phrase) + 1
    for phrase, qualifier in _QUALIFIERS:
        if low.startswith(phrase + " "):
            return qualifier, len(phrase) + 1
    return "exact", 0


def _horizon(unit: Span, after: int, ents: list[Span], unit_text: str) -> str | None:
    """The DATE in the unit that reads as the figure's horizon, nearest after the figure first.

    A date is a horizon when it looks ahead: "by 2030", "the coming decade", "next year", or a
    bare year in a forward-looking sentence ("will reach ... in 2030"). "A 2021 report" or
    "last year" date the evidence, not the figure's horizon.
    """
    forward = bool(_FORWARD.search(unit_text))
    dates = []
    for ent in ents:
        if ent.label_ != "DATE" or _BACKWARD.search(ent.text):
            continue
        prev = unit.doc[ent.start - 1] if ent.start > unit.start else None
        by = prev is not None and prev.lower_ in _HORIZON_PREPOSITIONS
        ahead = bool(_AHEAD.search(ent.text))
        if by or ahead or (forward and _HORIZON_HINT.search(ent.text)):
            dates.append((ent, by))
    if not dates:
        return None
    dates.sort(key=lambda d: (d[0].start_char < after, abs(d[0].start_char - after)))
    ent, by = dates[0]
    return f"{unit.doc[ent.start - 1].text} {ent.text}" if by else ent.text


def find_quantities(unit: Span, ents: list[Span] | None = None) -> list[FoundQuantity]:
    """Figures in one unit span (offsets are character offsets into ``unit.doc.text``)."""
    if ents is None:
        ents = list(unit.ents)
    found: list[FoundQuantity] = []
    taken: list[tuple[int, int]] = []
    # Offsets stay doc-relative; slicing goes through the unit's own text, because
    # ``Doc.text`` rebuilds the whole paragraph string on every access.
    base = unit.start_char
    unit_text = unit.text
    for ent in ents:
        label = ent.label_
        if label not in {"MONEY", "PERCENT", "CARDINAL", "QUANTITY"}:
            continue
        start, end = ent.start_char, ent.end_char
        qualifier, skip = _qualifier_inside(ent.text)
        start += skip
        if qualifier == "exact":
            qualifier, _ = _qualifier_before(unit_text[: start - base])
        text = unit_text[start - base : end - base]
        value, currency = parse_amount(text)
        if value is None:
            continue
        if label == "MONEY" or currency is not None:
            kind, unit_name = "money", currency or "currency"
        elif label == "PERCENT" or "%" in text or "per" in text.lower():
            kind = "percent"
            unit_name = "percentage_points" if "point" in text.lower() else "percent"
        else:
            if not _informative_count(ent, value):
                continue
            kind, unit_name = "count", "count"
        taken.append((start, end))
        found.append(
            FoundQuantity(
                start, end, kind, value, unit_name, qualifier, _horizon(unit, end, ents, unit_text)
            )
        )
    for match in _FALLBACK.finditer(unit_text):
        # Figures the statistical NER missed: "£100 million", "12 percent".
        start = unit.start_char + match.start()
        end = unit.start_char + match.end()
        if any(s < end and start < e for s, e in taken):
            continue
        text = match.group(0)
        value, currency = parse_amount(text)
        if value is None:
            continue
        qualifier, _ = _qualifier_before(unit_text[: start - base])
        if currency is not None:
            kind, unit_name = "money", currency
        else:
            kind, unit_name = "percent", "percent"
        taken.append((start, end))
        found.append(
            FoundQuantity(
                start, end, kind, value, unit_name, qualifier, _horizon(unit, end, ents, unit_text)
            )
        )
    for match in _MULTIPLIER.finditer(unit_text):
        start = unit.start_char + match.start()
        end = unit.start_char + match.end()
        if any(s < end and start < e for s, e in taken):
            continue
        raw = match.group(1) or match.group(2)
        value = _MULTIPLIER_WORDS.get(raw.lower()) or float(raw)
        found.append(FoundQuantity(start, end, "multiplier", value, "x", "exact", None))
    found.sort(key=lambda q: q.start)
    return found


def _informative_count(ent: Span, value: float) -> bool:
    """Drop numbers that carry no quantity: 'one of the', list numbering, bare years."""
    doc = ent.doc
    nxt = doc[ent.end] if ent.end < len(doc) else None
    if value <= 1 and (nxt is None or nxt.lower_ in {"of", "another", "-"}):
        return False
    if value < 2 and ent.text.lower() in {"one", "a", "an"}:
        return False
    is_year = 1800 <= value <= 2100 and float(value).is_integer() and "," not in ent.text
    return not is_year
