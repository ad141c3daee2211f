"""Figures a unit cites: value or range, unit, counted noun, rate, qualifier and horizon.

Each figure gets a normalised value ("$15.7 trillion" → 1.57e13 USD) or a range with both ends
("$4-6bn" → 4e9–6e9 USD), a unit (an ISO 4217 code for money, ``percent``,
``percentage_point``, a physical unit such as ``kilometre``, a duration such as ``year``,
``times`` for a multiplier, ``count`` with the counted noun), the period of a rate ("a year"),
the qualifier that bounds it ("more than" → ``over``; amounts in words such as "dozens" are
ranges ``about``) and the time horizon it refers to ("the coming decade"). Years, dates, times
of day, ordinals and numbers inside names or idioms ("Article 5", "P5+1", "the nine-dash line",
"three-dimensional chess") are not figures. The rules follow ``data/quantities/README.md``.

How it reads a unit: a cheap scan decides whether the unit can hold a figure at all; if it can,
the unit's text is cut into small tokens (numbers, words, single symbols; offsets kept), and a
left-to-right reader takes the longest figure at each token: currency before the number, the
number (digits, words, fractions, amounts in words, ratios, multipliers), scales ("bn",
"million", "lakh"), a second end ("-", "to", "between ... and"), the unit or the counted noun
(from spaCy's part-of-speech tags), the period, then the qualifier before it. Words and
symbols come from ``lexicons/quantities.json``. Values are finite floats: a number too large
for a float ("1e309", ten thousand digits) is not a figure.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace
from functools import cache
from typing import TYPE_CHECKING, Any

from ...lexicons import load as load_lexicon

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# --- the data ----------------------------------------------------------------------------------

_FRACTION_CHARS = "½¼¾⅓⅔⅕⅛"
_SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻", "0123456789-")
_GROUP = "[,\u00a0\u2009\u202f]"
_TOKEN = re.compile(
    rf"(?P<num>10\^[+-]?\d+|10[⁰¹²³⁴⁵⁶⁷⁸⁹]+"
    r"|\d+(?:\.\d+)?[eE][+-]?\d+(?![^\W\d_])"
    rf"|(?:\d{{1,3}}(?:{_GROUP}\d{{3}})+|\d+)(?:\.\d+)?[{_FRACTION_CHARS}]?"
    rf"|\.\d+|[{_FRACTION_CHARS}])"
    r"|(?P<word>[^\W\d_]+)"
    r"|(?P<sym>\S)"
)
_HYPHENS = {"-", "–", "—", "‑"}
_MINUS = {"-", "−", "–"}
_PARTITIVE_NEXT = {"the", "them", "us", "these", "those", "its", "their", "his", "her", "our"}
_FUNCTION_WORDS = {
    "and", "or", "to", "in", "by", "of", "above", "below", "from", "on", "at", "this", "that",
    "the", "with", "for", "is", "was", "warming", "but", "than", "over", "under", "as",
    "a", "an", "it", "its", "which", "while", "since", "degrees",
}  # fmt: skip
_ADDRESS = re.compile(r"(?:https?://|www\.)\S+|\S+@\S+\.\w+", re.IGNORECASE)
_GLUED_BEFORE = frozenset("+/#:&%=?_@\\^")
_BEFORE_OCCASIONS = frozenset(
    {"only", "just", "already", "now", "than", "least", "more", "exactly", "at", "been", "have",
     "has", "had"}
)  # fmt: skip
_ONLY_ONCE = frozenset({"only", "just", "than", "least", "exactly"})
_LARGE_BARE = 10
_TARGET_REACH = 5
# Verbs of contention whose "over" means "about": 'fighting over two terminals'.
_CONTENDING = ("fight", "argu", "quarrel", "disput", "clash", "wrangl", "haggl", "squabbl",
               "feud", "battl", "bicker", "negotiat", "worr", "fret")  # fmt: skip
# ("rose to 38 from 23": the count a change is measured from)
_BEFORE_BARE_COUNT = ("to", "than", "at", "reached", "reach", "passed", "by", "of", "from")
# A count spelled out after a word of passing it, its noun left out: 'well past a hundred'.
_PASSING = ("past", "beyond", "above", "over", "than", "passed", "topped", "exceeded")
# Words between a verb and the number it takes: 'will have over 1,000', 'had about 600'.
_QUALIFIER_WORDS = frozenset(
    {"over", "about", "around", "roughly", "nearly", "almost", "some", "more", "than", "at",
     "least", "up", "to", "just", "only", "under", "fewer", "less", "well", "barely", "perhaps",
     "maybe", "possibly"}
)  # fmt: skip
_SPACED_SCALES = frozenset({"bn", "mn", "tn", "trn", "mln"})
_SPACED_PREFIXES = {"us", "hk", "c", "u"}
_LOWER_CODES = {"usd", "eur", "gbp", "rmb", "cny", "jpy", "inr", "chf", "aud", "cad", "hkd", "rs"}
_RATE_BREAKERS = {"earlier", "ago", "later", "before", "after", "on", "into", "or"}
_YEAR_LOW, _YEAR_HIGH = 1000, 2100
_NOUN_POS = {"NOUN", "PROPN"}
_NOUN_RUN_POS = {"ADJ", "NOUN", "PROPN"}
_MAX_NOUN_TOKENS = 6


def _tokens_of(phrase: str) -> tuple[str, ...]:
    return tuple(m.group(0).lower() for m in _TOKEN.finditer(phrase))


class _Phrases(dict[tuple[str, ...], Any]):
    """Phrases keyed by tuples of lower-cased tokens, with their first tokens and top length."""

    def __init__(self, items: dict[tuple[str, ...], Any]) -> None:
        super().__init__(items)
        self.first = frozenset(key[0] for key in self)
        self.longest = max((len(key) for key in self), default=0)


@dataclass(frozen=True)
class _Lexicon:
    """``lexicons/quantities.json`` as lookup tables keyed by tuples of lower-cased tokens."""

    currency_before: _Phrases
    currency_after: _Phrases
    scales: dict[str, float]
    glued_scales: dict[str, float]
    number_words: dict[str, int]
    tens: dict[str, int]
    fractions: _Phrases
    fraction_symbols: dict[str, float]
    approximate: dict[str, tuple[float, float]]
    openers: _Phrases
    percent: _Phrases
    points: _Phrases
    units: _Phrases
    glued_only: set[str]
    multipliers: dict[str, float]
    comparison_after_times: set[str]
    occasion_verbs: set[str]
    qualifiers: dict[tuple[str, ...], str]
    emphasis: set[tuple[str, ...]]
    periods: dict[str, str]
    name_compounds: set[str]
    idioms: re.Pattern[str]
    name_cue: re.Pattern[str]
    target_words: set[str]
    change_words: set[str]
    months: set[str]
    candidate: re.Pattern[str]  # can this (lower-cased) text hold a figure at all?
    starters: frozenset[str]  # words that can open a figure (besides digits)


@cache
def _lexicon() -> _Lexicon:
    data: dict[str, Any] = load_lexicon("quantities")
    before: dict[tuple[str, ...], str] = {}
    after: dict[tuple[str, ...], tuple[str, float]] = {}
    for code, forms in data["currencies"].items():
        for symbol in forms["symbols"]:
            before[_tokens_of(symbol)] = code
        for written in forms["codes"]:
            before[_tokens_of(written)] = code
            after[_tokens_of(written)] = (code, 1.0)
        for symbol in forms["symbols"]:
            after.setdefault(_tokens_of(symbol), (code, 1.0))
        for word in forms["words"]:
            after[_tokens_of(word)] = (code, 1.0)
        for word in forms.get("minor", []):
            after[_tokens_of(word)] = (code, 0.01)
    after.pop(("$",), None)  # "10 $" is rare and "$" after a number usually opens the next one
    units: dict[tuple[str, ...], tuple[str, str, float, str | None]] = {}
    for name, spec in data["units"].items():
        unit = spec.get("unit", name)
        for form in spec["forms"]:
            units[_tokens_of(form)] = (
                spec["kind"],
                unit,
                float(spec.get("factor", 1)),
                spec.get("per"),
            )
    qualifiers = {
        _tokens_of(phrase): cls for cls, phrases in data["qualifiers"].items() for phrase in phrases
    }
    periods = {form: period for period, forms in data["periods"].items() for form in forms}
    idioms = sorted(data["idioms"], key=lambda p: (-len(p), p))
    idiom_pattern = re.compile(
        r"(?<![\w-])(?:"
        + "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in idioms)
        + r")(?![\w-])",
        re.IGNORECASE,
    )
    scales = {k: float(v) for k, v in data["scales"]["written"].items()}
    words = sorted(
        {
            *data["number_words"],
            *data["tens"],
            *scales,
            *data["approximate"],
            *data["multipliers"],
            "half", "third", "thirds", "quarter", "quarters", "fifth", "fifths", "tenth",
            "tenths", "sixth", "once", "dozen",
        },
        key=lambda w: (-len(w), w),
    )  # fmt: skip
    # matched against the lower-cased text: a case-sensitive pattern is three times faster
    candidate = re.compile(rf"\d|[{_FRACTION_CHARS}]|\b(?:" + "|".join(words) + r")\b|\w-?fold\b")
    return _Lexicon(
        currency_before=_Phrases(before),
        currency_after=_Phrases(after),
        scales=scales,
        glued_scales={k: float(v) for k, v in data["scales"]["glued"].items()},
        number_words=data["number_words"],
        tens=data["tens"],
        fractions=_Phrases({_tokens_of(k): float(v) for k, v in data["fractions"].items()}),
        fraction_symbols={k: float(v) for k, v in data["fraction_symbols"].items()},
        approximate={k: (float(v[0]), float(v[1])) for k, v in data["approximate"].items()},
        openers=_Phrases({_tokens_of(p): p for p in data["approximate_openers"]}),
        percent=_Phrases({_tokens_of(p): p for p in data["percent"]}),
        points=_Phrases({_tokens_of(k): float(v) for k, v in data["percentage_points"].items()}),
        units=_Phrases(units),
        glued_only=set(data["glued_only_units"]),
        multipliers={k: float(v) for k, v in data["multipliers"].items()},
        comparison_after_times=set(data["comparison_after_times"]),
        occasion_verbs=set(data["occasion_verbs"]),
        qualifiers=qualifiers,
        emphasis={_tokens_of(p) for p in data["emphasis"]},
        periods=periods,
        name_compounds=set(data["name_compounds"]),
        idioms=idiom_pattern,
        name_cue=re.compile(
            r"(?<![\w&])("
            + "|".join(re.escape(c) for c in sorted(data["name_cues"], key=lambda c: (-len(c), c)))
            + r")\s*$",
            re.IGNORECASE,
        ),
        target_words=set(data["target_words"]),
        change_words=set(data["change_words"]),
        months=set(data["months"]),
        candidate=candidate,
        starters=frozenset(
            {key[0] for key in before}
            | {_tokens_of(key)[0] for key in (*data["fractions"], *data["percent"])}
            | {_tokens_of(p)[0] for p in data["approximate_openers"]}
            | {*data["number_words"], *data["tens"], *scales, *data["approximate"]}
            | {*data["multipliers"], "once", "minus", "a", "an", "half"}
        ),
    )


# --- what the reader returns -------------------------------------------------------------------


@dataclass(frozen=True)
class FoundQuantity:
    """A figure; offsets are character offsets into the text of the span's doc."""

    start: int
    end: int
    kind: str  # money, percent, percentage_point, physical, duration, multiplier, count
    value: float | None  # None for a range
    unit: str
    qualifier: str
    horizon: str | None
    low: float | None = None
    high: float | None = None
    noun: str | None = None
    per: str | None = None

    @property
    def is_range(self) -> bool:
        return self.low is not None and self.high is not None


@dataclass(slots=True)
class _Tok:
    start: int
    end: int
    text: str
    low: str
    kind: str  # num, word, sym


@dataclass
class _Number:
    """One end of a figure while it is read."""

    start: int  # token index of the first token
    end: int  # token index after the last token
    value: float | None = None
    low: float | None = None  # an approximate amount in words is a range by itself
    high: float | None = None
    scaled: bool = False
    words: bool = False  # spelled out ("three"), not digits
    approximate: bool = False
    fraction: bool = False  # a percent by itself ("half", "one in five")
    multiplier: bool = False  # "twice", "threefold"
    once: bool = False


@dataclass
class _Unit:
    kind: str
    unit: str
    end: int  # token index after the unit
    factor: float = 1.0
    per: str | None = None
    of_noun: bool = False  # the "of" phrase of an amount in words: "billions of dollars"


# --- numbers -----------------------------------------------------------------------------------


def number_value(text: str) -> float | None:
    """A number written in digits ("1,200", "3.2e9", "10^25", "10²⁶", "1½") → float, or None.

    None when the text is not a number or its value is not a finite float.
    """
    lex = _lexicon()
    raw = text.translate(_DIGITS)
    try:
        if raw in lex.fraction_symbols:
            value = lex.fraction_symbols[raw]
        elif raw.startswith("10^"):
            value = 10.0 ** int(raw[3:]) if len(raw) < 10 else math.inf
        elif raw.startswith("10") and len(raw) > 2 and raw[2] in "⁰¹²³⁴⁵⁶⁷⁸⁹":
            exponent = raw[2:].translate(_SUPERSCRIPTS)
            value = 10.0 ** int(exponent) if len(exponent) < 8 else math.inf
        else:
            extra = 0.0
            if raw and raw[-1] in lex.fraction_symbols:
                extra = lex.fraction_symbols[raw[-1]]
                raw = raw[:-1]
            value = float(re.sub(_GROUP, "", raw)) + extra
    except (ValueError, OverflowError):
        return None
    return value if math.isfinite(value) else None


def _digit_map() -> dict[int, int]:
    """Every Unicode decimal digit → its ASCII digit; Arabic separators and percent sign → ASCII."""
    table: dict[int, int] = {0x066C: ord(","), 0x066B: ord("."), 0x060C: ord(","), 0x066A: ord("%")}
    for zero in (0x0660, 0x06F0, 0x0966, 0x09E6, 0x0E50, 0xFF10):
        for offset in range(10):
            table[zero + offset] = ord("0") + offset
    return table


_DIGITS = _digit_map()


def _tokenize(text: str) -> list[_Tok]:
    scan = text.translate(_DIGITS)  # same length: offsets hold
    tokens = []
    for m in _TOKEN.finditer(scan):
        word = m.group()
        tokens.append(_Tok(m.start(), m.end(), word, word.lower(), m.lastgroup or "sym"))
    return tokens


def _match(toks: list[_Tok], i: int, table: _Phrases) -> tuple[int, Any]:
    """The longest phrase of ``table`` starting at token ``i``: (tokens matched, payload).

    Returns (0, None) when none starts there. Tokens of a phrase may be separated only by
    whitespace, which the tokenizer guarantees (every other character is a token).
    """
    if i >= len(toks) or toks[i].low not in table.first:
        return 0, None
    for n in range(min(table.longest, len(toks) - i), 0, -1):
        key = tuple(t.low for t in toks[i : i + n])
        if key in table:
            return n, table[key]
    return 0, None


_TIME_NOUNS = frozenset({"year", "month", "week", "decade", "time", "quarter", "spring", "summer",
                         "autumn", "winter", "fall"})  # fmt: skip


def _glued(toks: list[_Tok], i: int) -> bool:
    """Token ``i`` touches the token before it (no space between)."""
    return i > 0 and toks[i - 1].end == toks[i].start


class _Reader:
    """Reads the figures of one unit's text, left to right."""

    def __init__(self, text: str, tokens: list[Token], base: int) -> None:
        self.lex = _lexicon()
        self.text = text
        self.toks = _tokenize(text)
        self.base = base  # doc offset of text[0]
        self.spacy = tokens
        self.blocked = self._idiom_spans()
        self._by_start: dict[int, int] | None = None

    # -- helpers --------------------------------------------------------------------------------

    def _idiom_spans(self) -> list[tuple[int, int]]:
        """Idioms with number words, and web addresses: nothing inside them is a figure."""
        spans = [m.span() for m in self.lex.idioms.finditer(self.text)]
        return spans + [m.span() for m in _ADDRESS.finditer(self.text)]

    def _in_idiom(self, start: int, end: int) -> bool:
        return any(s < end and start < e for s, e in self.blocked)

    def low(self, i: int) -> str:
        return self.toks[i].low if 0 <= i < len(self.toks) else ""

    def is_word(self, i: int, *words: str) -> bool:
        return 0 <= i < len(self.toks) and self.toks[i].low in words

    def _or_more(self, end: int) -> bool:
        """'40 or more', and past the figure's own 'of' phrase: 'fines that can reach 4 per
        cent of their European turnover or more'."""
        if self.is_word(end, "of"):
            for k in range(end + 1, min(end + 6, len(self.toks) - 1)):
                if self.is_word(k, "or") and self.is_word(k + 1, "more"):
                    return True
                if not self.toks[k].low.isalpha():
                    return False
            return False
        return self.is_word(end, "or") and self.is_word(end + 1, "more")

    def spacy_at(self, char: int) -> int | None:
        """Index into the spaCy tokens of the token that starts at ``char`` (unit-relative)."""
        if self._by_start is None:
            self._by_start = {t.idx - self.base: k for k, t in enumerate(self.spacy)}
        return self._by_start.get(char)

    # -- one end --------------------------------------------------------------------------------

    def number(self, i: int) -> _Number | None:
        """The number that starts at token ``i`` (digits, words, fraction, amount in words)."""
        toks, lex = self.toks, self.lex
        if i >= len(toks):
            return None
        tok = toks[i]
        if tok.kind == "num":
            value = number_value(tok.text)
            if value is None:
                return None
            if self._negative(i):
                value = -value
            return _Number(i, i + 1, value=value)
        if tok.kind != "word":
            return None
        word = tok.low
        if word == "minus":
            inner = self.number(i + 1)
            if inner is not None and inner.value is not None:
                inner.start, inner.value = i, -inner.value
            return inner
        n, fraction = _match(toks, i, lex.fractions)
        if n and fraction is not None:
            if word == "half" and self.is_word(i + 1, "a", "an") and self.low(i + 2) in lex.scales:
                scale = lex.scales[self.low(i + 2)]  # half a million
                return _Number(i, i + 3, value=0.5 * scale, words=True, scaled=True)
            if (
                word == "half"
                and self.is_word(i + 1, "a", "an")
                and _match(toks, i + 2, lex.units)[0]
            ):
                return _Number(i, i + 2, value=0.5, words=True)  # half a litre, half an hour
            if self._fraction_stands(i, i + n):
                return _Number(i, i + n, value=fraction, fraction=True, words=True)
            return None
        if word in lex.multipliers:
            return _Number(i, i + 1, value=lex.multipliers[word], multiplier=True, words=True)
        if word == "once":
            return _Number(i, i + 1, value=1.0, once=True, words=True)
        approximate = self.approximate(i)
        if approximate is not None:
            return approximate
        if word in ("a", "an") and i + 1 < len(toks) and toks[i + 1].low in lex.scales:
            inner = self.word_number(i + 1, after_article=True)
            if inner is not None:
                inner.start = i
                return inner
        return self.word_number(i)

    def _negative(self, i: int) -> bool:
        """A minus sign touching the number: '-5 degrees'; not '75 -300mm' nor 'COVID-19'."""
        toks = self.toks
        if i == 0 or toks[i - 1].text not in _MINUS or not _glued(toks, i):
            return False
        return i == 1 or (not _glued(toks, i - 1) and toks[i - 2].kind not in ("num", "word"))

    def _fraction_stands(self, start: int, end: int) -> bool:
        """'a third of', 'half as many', 'down from a quarter in 2022', 'fell by a fifth'; not
        'a third term', 'a fifth night', 'the first half of the year', 'half-hearted'."""
        before = self.low(start - 1)
        if before == "by":
            return True  # fell by a fifth
        if before in ("first", "second", "last", "the", "latter", "former") or (
            end < len(self.toks) and self.toks[end].text in _HYPHENS and _glued(self.toks, end)
        ):
            return False
        if end >= len(self.toks) or self.toks[end].kind != "word":
            return True
        if self.low(end) in ("last", "next", "this") and self.low(end + 1) in _TIME_NOUNS:
            return True  # "less than a quarter last year"
        index = self.spacy_at(self.toks[end].start)
        if index is None:
            return True
        return self.spacy[index].pos_ not in ("NOUN", "ADJ", "PROPN", "NUM")

    def word_number(self, i: int, *, after_article: bool = False) -> _Number | None:
        """'two hundred and fifty', 'forty-two', 'three million', 'a dozen' → value."""
        toks, lex = self.toks, self.lex
        total, current = 0.0, 0.0
        j, seen = i, False
        while j < len(toks):
            word = toks[j].low
            if word in lex.number_words or word in lex.tens:
                if seen and current % 100 and current >= 20 and word in lex.tens:
                    break
                if seen and current % 10 and word in lex.number_words:
                    break
                current += lex.number_words.get(word, 0) + lex.tens.get(word, 0)
            elif word in lex.scales and (seen or after_article or word in ("hundred", "dozen")):
                scale = lex.scales[word]
                if scale >= 1000:
                    total += max(current, 1.0) * scale
                    current = 0.0
                else:
                    current = max(current, 1.0) * scale
            else:
                break
            seen = True
            j += 1
            nxt = self.low(j)
            if nxt in _HYPHENS and _glued(toks, j) and self.low(j + 1) in lex.number_words:
                j += 1  # forty-two
            elif (
                nxt == "and"
                and word in lex.scales
                and (self.low(j + 1) in lex.number_words or self.low(j + 1) in lex.tens)
            ):
                j += 1  # two hundred and fifty
        if not seen:
            return None
        return _Number(i, j, value=total + current, words=True, scaled=j - i > 1)

    def approximate(self, i: int) -> _Number | None:
        """'dozens', 'hundreds of thousands', 'tens of millions', 'several hundred' → a range."""
        toks, lex = self.toks, self.lex
        start = i
        opened = 0
        n, _ = _match(toks, i, lex.openers)
        if n and self.low(i + n) in lex.scales:
            opened = n
            i += n
        word = self.low(i)
        if opened:  # several hundred, a few million → the plural's range
            plural = word + "s"
            if plural not in lex.approximate:
                return None
            low, high = lex.approximate[plural]
            return _Number(start, i + 1, low=low, high=high, approximate=True, words=True)
        if word not in lex.approximate:
            return None
        if word == "tens" and self.low(i + 1) != "of":
            return None
        if word == "scores" and self.low(i + 1) != "of":
            return None
        low, high = lex.approximate[word]
        j = i + 1
        # "tens of thousands", "hundreds of millions": the next plural scale multiplies
        if (
            word in ("tens", "hundreds")
            and self.low(j) == "of"
            and self.low(j + 1) in lex.approximate
        ):
            inner_low, _ = lex.approximate[self.low(j + 1)]
            base = inner_low / 2  # thousands → 1e3
            low, high = low * base, high * base
            j += 2
        elif word == "tens":
            return None
        return _Number(start, j, low=low, high=high, approximate=True, words=True)

    def scale(self, number: _Number) -> None:
        """Apply scales after the number: '4bn', '15.7 trillion', '2 lakh', '1½ million'."""
        toks, lex = self.toks, self.lex
        j = number.end
        while j < len(toks) and number.value is not None and not number.approximate:
            word = toks[j].low
            if word in lex.glued_scales and (_glued(toks, j) or word in _SPACED_SCALES):
                factor = lex.glued_scales[word]  # '$4bn', '3m barrels' (m is million here)
            elif word in lex.scales and (number.words or word not in ("hundred", "dozen")):
                factor = lex.scales[word]  # '15.7 trillion', '2 lakh'; 'two hundred'
            else:
                break
            number.value *= factor
            number.scaled = True
            j += 1
        number.end = j

    def unit(self, number: _Number, currency: str | None) -> _Unit | None:
        """What follows the number: percent, points, currency, a physical unit, a duration."""
        toks, lex = self.toks, self.lex
        j = number.end
        if j >= len(toks):
            return None
        hyphen = toks[j].low in _HYPHENS and _glued(toks, j)
        k = j + 1 if hyphen else j
        if k >= len(toks):
            return None
        glued = _glued(toks, k)
        if not hyphen:
            n, factor = _match(toks, k, lex.points)
            if n and self._points(number, k, n, glued=glued):
                return _Unit("percentage_point", "percentage_point", k + n, factor)
            n, _ = _match(toks, k, lex.percent)
            if n and not (toks[k].low in ("pc", "pct") and not glued):
                return _Unit("percent", "percent", k + n)
        if currency is None:
            n, found = _match(toks, k, lex.currency_after)
            # 'p' (pence) only glued ('50p'); 'won' only after a scale ('3.6 trillion won')
            if n and not (
                (hyphen and n > 1)
                or (toks[k].low == "p" and not glued)
                or (toks[k].low == "won" and not number.scaled)
            ):
                code, factor = found
                return _Unit("money", code, k + n, factor)
        n, found = _match(toks, k, lex.units)
        if n:
            kind, unit, factor, per = found
            form = toks[k].low
            # "18,000 GB300 chips": letters glued to the digits after them are a model name
            named = k + n < len(toks) and toks[k + n].kind == "num" and _glued(toks, k + n)
            ambiguous = named or (
                n == 1
                and (
                    (form in lex.glued_only and not glued)
                    or (form in ("c", "f") and not self._temperature_letter(k))
                )
            )
            if not ambiguous:
                return _Unit(kind, unit, k + n, factor, per)
        if number.multiplier or number.once:
            return None
        word = toks[k].low
        if word in ("fold",) or (word == "x" and glued and not hyphen):
            return _Unit("multiplier", "times", k + 1)
        if hyphen and word in lex.name_compounds:
            return _Unit("name", "", k + 1)
        return None

    def _temperature_letter(self, k: int) -> bool:
        """'2C', '1.5C of warming', '98F.' but not '13F filing' nor a lower-case 'c'."""
        tok = self.toks[k]
        if tok.low == "c" and tok.text.islower():
            return False
        after = self.toks[k + 1] if k + 1 < len(self.toks) else None
        return after is None or after.kind != "word" or after.low in _FUNCTION_WORDS

    def _minor_units(self, j: int, code: str) -> tuple[float, int]:
        """'3 dollars 50 cents', 'thirteen dollars and forty-five cents' → (0.5, new end)."""
        k = j + 1 if self.is_word(j, "and") else j
        number = self.number(k)
        if number is None or number.value is None or number.fraction or number.approximate:
            return 0.0, j
        n, found = _match(self.toks, number.end, self.lex.currency_after)
        if n and found == (code, 0.01) and 0 < number.value < 100:
            return number.value * 0.01, number.end + n
        return 0.0, j

    def _points(self, number: _Number, k: int, n: int, *, glued: bool) -> bool:
        """'0.5 percentage points', '25 bps', '3pp', 'seven points' (in a poll or a rate)."""
        word = self.toks[k].low
        if word in ("pp", "ppt", "ppts", "pts", "bp", "bps") and n == 1:
            return glued or word in ("bps", "ppts")
        if word in ("point", "points") and n == 1:
            # 'seven points' ahead in a poll; not 'three points of agreement', not 'one point'
            return self.low(k + n) != "of" and (number.value or 0) >= 1 and not number.fraction
        return True

    # -- a whole figure -------------------------------------------------------------------------

    def figure(
        self, i: int, currency: str | None, first: _Number
    ) -> tuple[FoundQuantity | None, int]:
        """The figure whose first token is ``i`` (its currency, then its first number) and the
        token index after it, or (None, i)."""
        self.scale(first)
        unit = self.unit(first, currency)
        if unit is not None and unit.kind == "name":
            return None, unit.end
        second, unit = self.second_end(first, unit, currency)
        return self.build(i if currency else first.start, first, second, unit, currency)

    def currency_before(self, i: int) -> tuple[str | None, int]:
        """The currency written before a number at token ``i`` ('$', 'US$', 'A$', 'USD', 'Rs').

        Returns (code, index of the number) or (None, i). A letter prefix must touch the '$'
        ('A$2bn'; 'a $5 fee' is dollars), except the spaced forms of tokenised newswire
        ('us $', 'hk $', 'c $'); a code in lower case counts only when it cannot be a word.
        """
        toks = self.toks
        n, code = _match(toks, i, self.lex.currency_before)
        if not n or i + n >= len(toks):
            return None, i
        nxt = toks[i + n]
        if (
            nxt.kind != "num"
            and nxt.low not in self.lex.number_words
            and nxt.low not in ("a", "an")
        ):
            return None, i
        first = toks[i]
        if first.kind != "word":
            return code, i + n
        if n > 1 and not all(_glued(toks, k) for k in range(i + 1, i + n)):
            spaced_ok = first.low in _SPACED_PREFIXES and first.text.islower()
            return (code, i + n) if spaced_ok else (None, i)
        if n == 1 and first.text.islower() and first.low not in _LOWER_CODES:
            return None, i
        return code, i + n

    def second_end(
        self, first: _Number, unit: _Unit | None, currency: str | None
    ) -> tuple[_Number | None, _Unit | None]:
        """'$4-6bn', '15%-20%', '15 to 20 per cent', '600 and 800 million euros' (after between),
        'four or five gigafactories'."""
        toks, lex = self.toks, self.lex
        if first.value is None or first.multiplier or first.once:
            return None, unit
        j = unit.end if unit is not None else first.end
        link = self.low(j)
        if link == "to" and self._from_change(first.start):
            return None, unit
        if link == "and" and not self._between(first.start - (1 if currency else 0)):
            return None, unit
        if link not in _HYPHENS and link not in ("to", "and", "or"):
            return None, unit
        k = j + 1
        second_currency: str | None = None
        n, code = _match(toks, k, lex.currency_before)
        if n and k + n < len(toks):
            second_currency, k = code, k + n
        if second_currency is not None and second_currency != currency:
            return None, unit  # '15% to $415m', '$5 to €6': two figures
        second = self.number(k)
        if second is None or second.value is None or second.multiplier or second.once:
            return None, unit
        if second.fraction != first.fraction:
            return None, unit
        self.scale(second)
        second_unit = self.unit(second, currency or second_currency)
        if second_unit is not None and second_unit.kind == "name":
            return None, unit
        if unit is not None and not _same_unit(unit, second_unit, hyphen=link in _HYPHENS):
            return None, unit
        if second.scaled and not first.scaled and first.value is not None and not first.words:
            scale = second.value / _unscaled(toks, second)
            if first.value * scale <= second.value:
                first.value *= scale
        if first.value >= second.value:
            return None, unit
        if link == "or" and (
            second.value > 2 * first.value or (unit is None) != (second_unit is None)
        ):
            return None, unit  # "2 or 20 countries" is a choice, not an estimate
        if _is_year(toks, first) and _is_year(toks, second):
            return None, unit
        return second, second_unit or unit

    def _between(self, i: int) -> bool:
        return self.is_word(i - 1, "between")

    def _from_change(self, i: int) -> bool:
        """'from X to Y' after a verb of change ('rose from 12% to 20%') is two figures."""
        if not self.is_word(i - 1, "from"):
            q = i - 1
            while q >= 0 and self.toks[q].low in ("about", "around", "roughly", "some", "~"):
                q -= 1
            if not self.is_word(q, "from"):
                return False
            i = q + 1
        window = {t.low for t in self.toks[max(0, i - 6) : i - 1]}
        return bool(window & self.lex.change_words)

    def build(
        self,
        start_tok: int,
        first: _Number,
        second: _Number | None,
        unit: _Unit | None,
        currency: str | None,
    ) -> tuple[FoundQuantity | None, int]:
        """The figure from its ends and unit: kind, value or range, noun, qualifier, period.

        Returns (None, index to go on from) when the number is no figure (a name, a year, a
        bare number that counts nothing).
        """
        toks, lex = self.toks, self.lex
        end_tok = max(unit.end if unit is not None else 0, (second or first).end)
        value, low, high = first.value, first.low, first.high
        if second is not None:
            value, low, high = None, first.value, second.value
        noun: str | None = None
        per: str | None = None
        kind: str
        unit_name: str
        factor = 1.0
        if currency is not None:
            kind, unit_name = "money", currency
            if unit is not None and unit.kind == "money":
                factor = unit.factor
        elif unit is not None:
            kind, unit_name, factor, per = unit.kind, unit.unit, unit.factor, unit.per
        elif first.fraction:
            kind, unit_name = "percent", "percent"
        elif first.multiplier and self.toks[first.start].low not in ("twice", "thrice"):
            kind, unit_name = "multiplier", "times"  # threefold, tenfold
        elif first.multiplier:
            kind, unit_name = self._multiplier_or_occasion(first)
        elif first.once:
            if not self._occasion(first.start, once=True):
                return None, first.end
            kind, unit_name = "count", "count"
        else:
            kind, unit_name = "count", "count"
        # "twice as many", "three times the rate", "half as many"
        times_counted = False
        if kind == "count" and not first.approximate:  # also a range: '10 to 100 times more'
            times = self.low(end_tok)
            if times == "times" and first.value is not None:
                kind, unit_name = self._multiplier_or_occasion(first, times_at=end_tok)
                end_tok += 1
                times_counted = True
        if first.fraction and self.low(end_tok) == "as" and second is None:
            kind, unit_name = "multiplier", "times"
            value = (value or 0) / 100
        # amounts in words: "billions of dollars", "thousands of troops"
        if kind == "count" and (first.approximate or first.scaled) and self.low(end_tok) == "of":
            n, found = _match(toks, end_tok + 1, lex.currency_after)
            if n and found[1] == 1.0:
                kind, unit_name = "money", found[0]
                end_tok += 1 + n
            else:  # "thousands of square kilometres", "millions of barrels"
                n, found = _match(toks, end_tok + 1, lex.units)
                if n and found[2] == 1.0 and toks[end_tok + 1].low not in lex.glued_only:
                    kind, unit_name, _, per = found
                    end_tok += 1 + n
        lone_fraction = (
            first.end - first.start == 1 and toks[first.start].text in lex.fraction_symbols
        )
        if kind == "count" and lone_fraction and first.value is not None:
            kind, unit_name = "percent", "percent"  # '½ of them' = half
            value = first.value * 100
        if kind == "count" and not (first.multiplier or first.once or times_counted):
            verdict = self._count(first, second, start_tok, end_tok)
            if verdict is None:
                return None, end_tok
            noun, end_tok = verdict
        if value is not None:
            value *= factor
            if kind == "money" and factor == 1.0 and unit is not None and not first.scaled:
                cents, end_tok = self._minor_units(end_tok, unit_name)
                value += cents
        if low is not None and high is not None:
            low, high = low * factor, high * factor
        start_char = toks[start_tok].start
        end_char = toks[end_tok - 1].end
        if self._vetoed(start_tok, end_tok, first, kind, unit):
            return None, end_tok
        qualifier = self._qualifier(start_tok, first)
        if kind == "duration" and qualifier == "over" and self._span_of_an_amount(start_tok):
            qualifier = "exact"  # '$5.7 billion over 14 months': the span, not a lower bound
        if kind == "physical" and qualifier == "over" and self._extent_over(start_tok):
            qualifier = "exact"  # 'spread over 10 square miles': where it lies, not a bound
        if qualifier in ("under", "over") and self._describes_a_noun(first, end_tok):
            qualifier = "exact"  # 'under a 50-year agreement': the preposition governs the noun
        if self._or_more(end_tok):
            qualifier = "at_least"
        if first.approximate:
            qualifier = "about"
        if per is None:
            per = self._period(end_tok, number_end=(second or first).end)
        # "a ten-year sentence", "a 27-year deal": the article belongs to the figure
        if (
            kind == "duration"
            and unit is not None
            and toks[unit.end - 2].low in _HYPHENS
            and self.is_word(start_tok - 1, "a", "an")
        ):
            start_char = toks[start_tok - 1].start
        if not _finite(value, low, high):
            return None, end_tok
        return (
            FoundQuantity(
                start=start_char,
                end=end_char,
                kind=kind,
                value=value,
                unit=unit_name,
                qualifier=qualifier,
                horizon=None,
                low=low,
                high=high,
                noun=noun,
                per=per,
            ),
            end_tok,
        )

    def ratio(self, i: int, first: _Number) -> tuple[FoundQuantity | None, int]:
        """'one in five' → 20 percent; 'three in 10', 'one out of every four'."""
        if first.value is None or first.fraction or first.multiplier:
            return None, i
        if first.approximate or first.once:
            return None, i
        j = first.end
        if self.is_word(j, "in"):
            k = j + 1
        elif self.is_word(j, "out") and self.is_word(j + 1, "of"):
            k = j + 2 + (1 if self.is_word(j + 2, "every") else 0)
        else:
            return None, i
        second = self.number(k)
        if second is None or second.value is None or second.fraction or second.approximate:
            return None, i
        if self.toks[k].kind == "num" and _is_year(self.toks, second):
            return None, i
        if not (0 < first.value < second.value <= 1000):
            return None, i
        value = round(first.value / second.value * 100, 3)
        qualifier = self._qualifier(i, first)
        quantity = FoundQuantity(
            start=self.toks[i].start,
            end=self.toks[second.end - 1].end,
            kind="percent",
            value=value,
            unit="percent",
            qualifier=qualifier,
            horizon=None,
        )
        return quantity, second.end

    def percent_of(self, i: int) -> tuple[FoundQuantity | None, int]:
        """'percent of 10', 'per cent of twenty-two': a percentage named before its number.

        Only where no number stands before the percent word and nothing follows the number.
        """
        if self.toks[i].kind != "word":
            return None, i
        n, _ = _match(self.toks, i, self.lex.percent)
        if not n or not self.is_word(i + n, "of"):
            return None, i
        if i > 0 and self.toks[i - 1].kind == "num":
            return None, i
        number = self.number(i + n + 1)
        if number is None or number.value is None or number.fraction or number.approximate:
            return None, i
        after = self.toks[number.end] if number.end < len(self.toks) else None
        if after is not None and after.kind != "sym":
            return None, i
        quantity = FoundQuantity(
            start=self.toks[i].start,
            end=self.toks[number.end - 1].end,
            kind="percent",
            value=number.value,
            unit="percent",
            qualifier="exact",
            horizon=None,
        )
        return quantity, number.end

    # -- decisions ------------------------------------------------------------------------------

    def _multiplier_or_occasion(
        self, first: _Number, times_at: int | None = None
    ) -> tuple[str, str]:
        """'twice as many' / 'three times the rate' → times; 'met twice' / '40 times' → count."""
        after = (times_at + 1) if times_at is not None else first.end
        nxt = self.low(after)
        if nxt in self.lex.comparison_after_times or (
            after + 1 < len(self.toks) and self.toks[after + 1].text in ("'", "’")
        ):
            return "multiplier", "times"
        if times_at is not None and first.value is not None and not first.words:
            return "count", "count"
        if self._occasion(first.start, once=False):
            return "count", "count"
        return ("multiplier", "times") if times_at is None else ("count", "count")

    def _occasion(self, i: int, *, once: bool) -> bool:
        """Is the word at ``i`` (twice, once) a number of occasions? ('met twice', 'only once')."""
        q = i - 1
        while q >= 0 and self.toks[q].low in _BEFORE_OCCASIONS:
            if self.toks[q].low in _ONLY_ONCE and once:
                return True  # 'only once', 'more than once'
            q -= 1
        if q < 0:
            return False
        previous = self.toks[q].low
        if previous in self.lex.occasion_verbs:
            return True
        index = self.spacy_at(self.toks[q].start)
        return not once and index is not None and self.spacy[index].pos_ in ("VERB", "AUX")

    def _count(
        self, first: _Number, second: _Number | None, start_tok: int, end_tok: int
    ) -> tuple[str | None, int] | None:
        """The counted noun and the new end, or None when the bare number is not a count."""
        toks = self.toks
        if first.fraction:
            return None
        j = end_tok
        of_phrase = (first.approximate or first.scaled) and self.low(j) == "of"
        noun_start = j + 1 if of_phrase else j
        found = self._noun(noun_start)
        if found is not None:
            noun, last_tok = found
            return noun, last_tok
        # no noun: a bare number is a count only in a few shapes
        if first.approximate or first.scaled or second is not None:
            return None, end_tok  # 'Dozens, perhaps hundreds, died'; 'passed 1.4 billion'
        if self.low(j) == "of" and (self.low(j + 1) in _PARTITIVE_NEXT or self._owned(j + 1)):
            return None, end_tok  # 240 of the 543 seats; 18,000 of Nvidia's newest chips
        index = self.spacy_at(toks[j].start) if j < len(toks) else None
        if index is not None and self.spacy[index].tag_ in ("VBN", "VBD", "VBP", "VBZ", "MD"):
            return None, end_tok  # seven killed and 30 injured; only three voted against
        if self._vote(start_tok, end_tok):
            return None, end_tok  # voted 141 to five
        large = (first.value or 0) >= _LARGE_BARE
        if first.words and large and self.is_word(start_tok - 1, *_PASSING):
            return None, end_tok  # 'the queue ran well past a hundred'
        elliptic = first.words and (first.value or 0) >= 2 and self._object_of_a_verb(start_tok)
        if elliptic and self._after_a_count(start_tok):
            return None, end_tok  # 'used to need 60 people on a shift; today it needs nine'
        if first.words:
            return None  # a bare number word: 'one', 'three' with nothing counted
        if self._coordinated(start_tok) and self._after_a_count(start_tok):
            # 'only seven countries took part in all and 118 in none', '40 models in 2024 and
            # Chinese ones 15'
            return None, end_tok
        if large and self.is_word(start_tok - 1, *_BEFORE_BARE_COUNT):
            return None, end_tok  # 'the toll rose to 120'
        if self.is_word(end_tok, "more", "others") and self._after_a_count(start_tok):
            return None, end_tok  # 'inspectors in 9 countries ... the same in 30 more'
        if self._from_to(start_tok, end_tok):
            return None, end_tok  # 'cut daily transits from the usual 36 to as few as 22'
        if (
            self._set_against(start_tok) or (large and self._object_of_a_verb(start_tok))
        ) and self._after_a_count(start_tok):
            return None, end_tok  # '40 models in 2024, against 15'; '600 warheads ... over 1,000'
        return None

    def _owned(self, k: int) -> bool:
        """A name and its possessive ending: "Nvidia's", "Europe’s"."""
        toks = self.toks
        return (
            k + 2 < len(toks)
            and toks[k].kind == "word"
            and toks[k + 1].low in ("'", "’")
            and toks[k + 2].low == "s"
        )

    def _from_to(self, start_tok: int, end_tok: int) -> bool:
        """A change from one count to another ('from the usual 36 to as few as 22'): the
        number after 'from' (a word or two between) with 'to' and a number after it, or the
        number after 'to' (a qualifier between) with 'from' and a number before it."""
        k = start_tok - 1
        while k >= 0 and k >= start_tok - 3 and not self.is_word(k, "from", "to"):
            k -= 1
        if self.is_word(k, "from") and self.is_word(end_tok, "to"):
            nxt = end_tok + 1
            while nxt < len(self.toks) and nxt <= end_tok + 4 and self.number(nxt) is None:
                nxt += 1
            return self.number(nxt) is not None
        if self.is_word(k, "to"):
            back = range(k - 1, max(-1, k - 6), -1)
            numbers = [b for b in back if self.number(b) is not None]
            return bool(numbers) and any(
                self.is_word(b, "from") for b in range(numbers[0] - 1, max(-1, numbers[0] - 4), -1)
            )
        return False

    def _coordinated(self, start_tok: int) -> bool:
        """An 'and' (or 'or', 'but', 'while') at most three words before the number."""
        for back in (1, 2, 3):
            k = start_tok - back
            if k < 0 or self.toks[k].kind != "word":
                return False
            if self.low(k) in {"and", "or", "but", "while"}:
                return True
        return False

    def _set_against(self, start_tok: int) -> bool:
        """'against 15', 'versus 12', 'compared with 9', 'up from 89': set against a figure
        already given."""
        if self.is_word(start_tok - 1, "against", "versus", "vs", "vs."):
            return True
        if self.is_word(start_tok - 1, "from") and self.is_word(start_tok - 2, "up", "down"):
            return True
        return self.is_word(start_tok - 1, "with", "to") and self.is_word(start_tok - 2, "compared")

    def _object_of_a_verb(self, start_tok: int) -> bool:
        """'will have over 1,000', 'had 600': the number is what a verb has or reaches."""
        k = start_tok - 1
        while k >= 0 and self.toks[k].low in _QUALIFIER_WORDS:
            k -= 1
        index = self.spacy_at(self.toks[k].start) if k >= 0 else None
        return index is not None and self.spacy[index].pos_ in ("VERB", "AUX")

    def _after_a_count(self, start_tok: int) -> bool:
        """The sentence gave a count before this number (not a year, a percentage or money):
        the bare number counts the same things, its noun left out."""
        for k in range(start_tok - 1, -1, -1):
            spelled = self.low(k) in self.lex.number_words  # 'only seven countries ... and 118'
            number = self.number(k) if self.toks[k].kind == "num" or spelled else None
            if number is None or _is_year(self.toks, number):
                continue
            if (self.low(k - 1),) in self.lex.currency_before:
                return False
            # (or a large bare count: 'a mission of 10,000 do what once took 15,000')
            counted = self._noun(number.end) is not None or (number.value or 0) >= _LARGE_BARE
            return self.unit(number, None) is None and counted
        return False

    def _vote(self, start_tok: int, end_tok: int) -> bool:
        """'voted 141 to five', '141 to five', 'by 154 votes to three'."""
        if self.is_word(end_tok, "to", "against") and self.number(end_tok + 1) is not None:
            return True
        if not self.is_word(start_tok - 1, "to", "against"):
            return False
        before = start_tok - 3 if self.is_word(start_tok - 2, "votes", "vote") else start_tok - 2
        return self.number(before) is not None

    def _noun(self, i: int) -> tuple[str, int] | None:
        """The counted noun: from token ``i`` to its head ('Chinese military aircraft')."""
        if i >= len(self.toks):
            return None
        index = self.spacy_at(self.toks[i].start)
        if index is None:
            return None
        spacy = self.spacy
        last_noun = None
        k = index
        while k < len(spacy) and k - index < _MAX_NOUN_TOKENS:
            tok = spacy[k]
            modifier = (
                tok.tag_ in ("VBG", "VBN", "VBD")
                and k + 1 < len(spacy)
                and (spacy[k + 1].tag_ == "HYPH" or spacy[k + 1].pos_ in _NOUN_RUN_POS)
            )  # 'deployed warheads' (even tagged as a past tense), 'floating-point operations'
            if tok.pos_ in _NOUN_RUN_POS or modifier:
                if tok.lower_ in ("%", "per", "percent") or tok.lower_ in self.lex.months:
                    break
                if tok.pos_ in _NOUN_POS:
                    last_noun = k
                k += 1
            elif tok.tag_ == "HYPH" and k > index and k + 1 < len(spacy):
                k += 1
            elif (
                k + 2 < len(spacy) and spacy[k + 1].tag_ == "HYPH" and _touching(tok, spacy[k + 1])
            ):
                k += 2  # on-site inspections, long-range drones
            elif tok.pos_ == "NUM" and k > index and spacy[k - 1].tag_ == "HYPH":
                k += 1
            elif (
                tok.tag_ == "RB"
                and tok.lower_.endswith("ly")
                and k + 1 < len(spacy)
                and (spacy[k + 1].pos_ == "ADJ" or spacy[k + 1].tag_ in ("VBN", "VBG"))
            ):
                k += 1  # 'nationally significant incidents', 'widely accepted principles'
            else:
                break
        if last_noun is None:
            return None
        head = spacy[last_noun]
        start = spacy[index].idx - self.base
        end = head.idx - self.base + len(head.text)
        noun = self.text[start:end]
        # the figure's end moves to the head noun: find the reader token that ends there
        for t in range(i, len(self.toks)):
            if self.toks[t].end >= end:
                return noun, t + 1
        return noun, len(self.toks)

    def _vetoed(
        self, start_tok: int, end_tok: int, first: _Number, kind: str, unit: _Unit | None
    ) -> bool:
        """Years, dates, times, ordinals, names and idioms are not figures."""
        toks = self.toks
        head = toks[first.start]
        if self._in_idiom(head.start, toks[first.end - 1].end):
            return True
        if kind == "count" and _is_year(toks, first):
            return True
        if head.kind == "num" and (
            self._part_of_name(first) or self._ordinal_or_time(first, kind, unit)
        ):
            return True
        if self._month_near(first):
            return True
        if kind == "count" and not first.approximate and self._named_count(first):
            return True
        return self._target(start_tok, end_tok)

    def _part_of_name(self, first: _Number) -> bool:
        """Digits glued to letters or symbols: 'G7', 'F-35', 'COVID-19', '2+2', '24/7', URLs."""
        toks = self.toks
        head = toks[first.start]
        before = toks[first.start - 1] if first.start > 0 else None
        if before is not None and before.end == head.start:
            if before.kind == "word" or before.text in _GLUED_BEFORE:
                return True
            word_hyphen = first.start >= 2 and toks[first.start - 2].kind == "word"
            if before.text in _HYPHENS and word_hyphen and _glued(toks, first.start - 1):
                return True
        after = first.end
        return (
            after + 1 < len(toks)
            and toks[after].text in ("+", "/", ":")
            and _glued(toks, after)
            and toks[after + 1].kind == "num"
        )

    def _ordinal_or_time(self, first: _Number, kind: str, unit: _Unit | None) -> bool:
        """'40th', '82nd', '1990s', '3am', '10 pm', '7nm', '5G' (letters glued, no unit)."""
        after = self.toks[first.end] if first.end < len(self.toks) else None
        if after is None:
            return False
        if after.low in ("am", "pm", "a.m", "p.m", "gmt", "utc", "bst"):
            return True
        glued_word = after.kind == "word" and _glued(self.toks, first.end)
        if not glued_word or unit is not None or first.scaled or kind == "multiplier":
            return False
        return kind == "count" or after.low in ("st", "nd", "rd", "th", "s")

    def _named_count(self, first: _Number) -> bool:
        """A count that is a name: 'Article 5', 'S&P 500', 'Kirin 9000', 'the Big Four', 'one'."""
        toks = self.toks
        head = toks[first.start]
        cue = self.lex.name_cue.search(self.text, max(0, head.start - 24), head.start)
        if cue is not None and cue.group(1)[:1].isupper():
            return True  # capitalised cue only: 'Article 5', not 'zone 10'
        prev = first.start - 1
        if head.kind == "num" and prev > 0 and toks[prev].kind == "word":
            index = self.spacy_at(toks[prev].start)
            if index is not None and self.spacy[index].pos_ == "PROPN":
                return toks[prev].text[:1].isupper()  # 'Boeing 737', 'Kirin 9000S'
        if head.low in ("one", "a", "an") and first.value == 1 and not first.scaled:
            return True  # the pronoun 'one', 'one of'
        return first.words and head.text[:1].isupper() and not self._sentence_start(first.start)

    def _sentence_start(self, i: int) -> bool:
        """Token ``i`` opens the text or follows a sentence end or an opening quote."""
        q = i - 1
        while q >= 0 and self.toks[q].text in ('"', "“", "‘", "'", "(", "["):
            q -= 1
        return q < 0 or self.toks[q].text in (".", "!", "?", ":", ";")

    def _month_near(self, number: _Number) -> bool:
        """'March 3', '7 October': a capitalised month next to the number makes it a date."""
        if self.toks[number.start].kind != "num":
            return False
        return any(
            0 <= k < len(self.toks)
            and self.toks[k].low in self.lex.months
            and self.toks[k].text[:1].isupper()
            for k in (number.start - 1, number.end)
        )

    def _target(self, start_tok: int, end_tok: int) -> bool:
        """'the 1.5C target', "Nato's 2% target", 'the $100bn-a-year climate finance goal'.

        A target word within a few lower-case words after the figure makes it a name when the
        figure is determined by 'the' or a possessive; 'a 2% cap' or 'giving 0.7%' stay figures.
        """
        toks, j = self.toks, end_tok
        while j < len(toks) and j - end_tok < _TARGET_REACH:
            tok = toks[j]
            if tok.low in self.lex.target_words:
                q = start_tok - 1
                return q >= 0 and toks[q].low in ("the", "s", "its", "their", "our")
            if not ((tok.kind == "word" and tok.text.islower()) or tok.text in _HYPHENS):
                return False
            j += 1
        return False

    def _extent_over(self, start_tok: int) -> bool:
        """'over' after a verb of extent ('spread over', 'stretches over') places the thing."""
        return self.is_word(start_tok - 1, "over") and self.low(start_tok - 2) in _EXTENT_VERBS

    def _span_of_an_amount(self, start_tok: int) -> bool:
        """'over' right after another figure ('$5.7 billion over 14 months') opens the span
        that figure covers."""
        if not self.is_word(start_tok - 1, "over"):
            return False
        scales = self.lex.scales.keys() | _SPACED_SCALES | {"m", "k"}
        before = start_tok - 2
        if before >= 0 and self.toks[before].low == ")":
            # "R$23bn (about $4bn) over four years": a conversion in brackets after the amount
            inside = range(before - 1, max(-1, before - 8), -1)
            return any(self.toks[k].kind == "num" for k in inside)
        while before >= 0 and self.toks[before].kind == "word" and self.low(before) in scales:
            before -= 1
        # "7.8tn won over seven years": a currency written after the amount
        for n in (3, 2, 1):
            if before - n + 1 < 0:
                continue
            matched, _ = _match(self.toks, before - n + 1, self.lex.currency_after)
            if matched == n:
                before -= n
                while before >= 0 and self.low(before) in scales:
                    before -= 1
                break
        if before >= 0 and self.toks[before].kind == "num":
            return True
        # "$750 billion of American energy over three years": the amount's "of" phrase between
        for back in range(before, max(-1, start_tok - 8), -1):
            if self.toks[back].kind == "num":
                return any(self.low(k) == "of" for k in range(back + 1, start_tok - 1))
            if self.toks[back].kind != "word":
                return False
        return False

    def _describes_a_noun(self, first: _Number, end_tok: int) -> bool:
        """'a 50-year agreement', 'a 10-year plan': a figure glued by a hyphen to its unit, then
        a noun — a compound adjective, so 'under'/'over' before it bound nothing."""
        toks = self.toks
        hyphened = first.end < len(toks) and toks[first.end].low in _HYPHENS
        if not hyphened or end_tok >= len(toks) or toks[end_tok].kind != "word":
            return False
        index = self.spacy_at(toks[end_tok].start)
        return index is not None and self.spacy[index].pos_ == "NOUN"

    def _qualifier(self, start_tok: int, first: _Number) -> str:
        toks, lex = self.toks, self.lex
        end = start_tok
        for _ in range(2):
            for n in range(min(4, end), 0, -1):
                key = tuple(t.low for t in toks[end - n : end])
                if key == ("over",) and end >= 2 and toks[end - 2].low.startswith(_CONTENDING):
                    return "exact"  # 'fighting over two container terminals': about, not above
                if key == ("past",) and end >= 2 and toks[end - 2].low not in _BEFORE_A_SPAN:
                    return "over"  # 'pushed prices past $12,000 a tonne'; not 'the past 12 months'
                if key in lex.qualifiers:
                    return str(lex.qualifiers[key])
            # skip one emphasis word or a range opener: 'only about', 'between about'
            skipped = False
            for n in (2, 1):
                key = tuple(t.low for t in toks[max(0, end - n) : end])
                if len(key) == n and (key in lex.emphasis or key in (("between",), ("from",))):
                    end -= n
                    skipped = True
                    break
            if not skipped:
                break
        return "exact"

    def _period(self, j: int, *, number_end: int) -> str | None:
        """'$10bn a year', '$300m per year', '$85 a barrel', '15 litres of water a day',
        '$100bn-a-year', '$200 monthly stipend'; not '$1.17bn a year earlier'."""
        lex = self.lex
        adverb = self.low(number_end)  # '$200 monthly stipend'
        if number_end <= j and adverb.endswith("ly") and adverb in lex.periods:
            return lex.periods[adverb]
        starts = [j, j + 2, j + 3] if self.is_word(j, "of") else [j]  # 'of water a day'
        for k in starts:
            word = self.low(k)
            if word in _HYPHENS and self.is_word(k + 1, "a", "per"):  # '-a-year'
                k += 1
                word = self.low(k)
            if word not in ("a", "an", "per", "every"):
                if k == j and word.endswith("ly") and word in lex.periods:
                    return lex.periods[word]  # '50,000 barrels daily'
                continue
            k += 1
            if self.low(k) in _HYPHENS:
                k += 1
            if k >= len(self.toks) or self.toks[k].kind != "word":
                return None
            if self.low(k + 1) in _RATE_BREAKERS:
                return None  # 'a year earlier'
            period = self.low(k)
            if period in lex.periods:
                return lex.periods[period]
            if word == "per":
                return _singular(period)  # 'per model', 'per applicant'
        return None

    # -- the walk -------------------------------------------------------------------------------

    def read(self) -> list[FoundQuantity]:
        found: list[FoundQuantity] = []
        i = 0
        toks = self.toks
        starters = self.lex.starters
        while i < len(toks):
            if toks[i].kind != "num" and toks[i].low not in starters:
                i += 1
                continue
            quantity, after = self.percent_of(i)
            if quantity is None:
                currency, j = self.currency_before(i)
                first = self.number(j)
                if first is None:
                    i += 1
                    continue
                if currency is None:
                    quantity, after = self.ratio(i, first)
                if quantity is None:
                    quantity, after = self.figure(i, currency, first)
            if quantity is not None:
                found.append(quantity)
                i = max(after, i + 1)
            else:
                i = max(after, i + 1) if after > i else i + 1
        return found


def _same_unit(first: _Unit, second: _Unit | None, *, hyphen: bool) -> bool:
    """Can a first end in ``first`` take a second end with ``second``? ('15%-20%', '15% to 20')"""
    if second is not None:
        return (first.kind, first.unit) == (second.kind, second.unit)
    return first.kind == "percent" or hyphen


def _unscaled(toks: list[_Tok], number: _Number) -> float:
    raw = number_value(toks[number.start].text) if toks[number.start].kind == "num" else None
    return raw if raw else 1.0


def _is_year(toks: list[_Tok], number: _Number) -> bool:
    """A bare four-digit integer in the range of years, with no group separator."""
    tok = toks[number.start]
    if tok.kind != "num" or number.end - number.start != 1 or number.scaled:
        return False
    return bool(re.fullmatch(r"\d{4}", tok.text.translate(_DIGITS))) and (
        _YEAR_LOW <= int(tok.text.translate(_DIGITS)) <= _YEAR_HIGH
    )


def _touching(left: Token, right: Token) -> bool:
    return left.idx + len(left.text) == right.idx and not left.whitespace_


def _singular(word: str) -> str:
    return word[:-1] if word.endswith("s") and len(word) > 3 and not word.endswith("ss") else word


def _finite(*values: float | None) -> bool:
    return all(v is None or math.isfinite(v) for v in values)


def _clean(value: float | None) -> float | None:
    """Drop binary noise from scaling (8.7 * 1e12 = 8699999999999.999 → 8.7e12)."""
    return None if value is None else float(f"{value:.12g}")


# --- horizons ---------------------------------------------------------------------------------

_HORIZON_HINT = re.compile(
    r"\b(decade|decades|year|years|century|by|next|coming|within|until|\d{4})\b", re.I
)
_AHEAD = re.compile(
    r"\b(coming|next|future|ahead|forthcoming)\b|\bnow\s+(?:and|until|to|through)\b", re.I
)  # ("between now and 2030")
_BACKWARD = re.compile(r"\b(last|past|ago|previous|earlier|since)\b", re.I)
_FORWARD = re.compile(
    r"\b(will|would|could|shall|expected|projected|forecast|set to|poised|on track|"
    r"target|goal|aim|pledge[ds]?|promise[ds]?|propos(?:e|es|ed|ing|al)|plan(?:s|ned)?|"
    r"commit(?:s|ted|ting|ment)?)\b",
    re.I,
)
_HORIZON_PREPOSITIONS = {"by", "until", "before", "within", "through"}
_YEAR = re.compile(r"\b\d{4}\b")
_EXTENT_VERBS = frozenset(
    {"spread", "spreads", "stretch", "stretches", "stretched", "stretching", "sprawl",
     "sprawls", "sprawling", "scattered", "extend", "extends", "extending", "span", "spans",
     "spanning", "spreading"}
)  # fmt: skip
# A rate ("1.4bn tonnes a year"), not a time frame — unless a span opens it ("over a decade").
_SPREAD_OVER = frozenset({"over", "within", "across"})
_SPREAD_SPAN = re.compile(r"\b(?:over|within|across)\s+(a\s+(?:decade|generation|century))\b", re.I)
_RATE_DATE = re.compile(r"(?:a|an|per|each|every)\s+(?:year|month|week|day|decade)", re.I)


_CHANGE_BASE = re.compile(r"\b(?:up|down) from\s+(?:about |around |roughly |some )?\W?$", re.I)


def _base_of_a_change(unit: Span, ent: Span) -> bool:
    """'up from $12.3 billion in 2023': the year a change is measured from, not a horizon."""
    if ent.start <= unit.start or unit.doc[ent.start - 1].lower_ not in {"in", "at"}:
        return False
    window = unit.doc[max(unit.start, ent.start - 7) : ent.start - 1]
    return any(t.lower_ == "from" for t in window) and any(t.like_num for t in window)


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
        spread = prev is not None and prev.lower_ in _SPREAD_OVER  # "over a decade"
        if _RATE_DATE.fullmatch(ent.text) and not spread:
            continue
        if _base_of_a_change(unit, ent):
            continue
        by = prev is not None and prev.lower_ in _HORIZON_PREPOSITIONS
        # "From August 2026, providers can be fined up to 3%": a rule that starts then
        starts = (
            prev is not None
            and prev.lower_ == "from"
            and bool(_YEAR.search(ent.text))
            and unit.root.tag_ != "VBD"
        )
        by = by or starts
        ahead = bool(_AHEAD.search(ent.text)) or (spread and forward)
        if by or ahead or (forward and _HORIZON_HINT.search(ent.text)):
            dates.append((ent, by))
    if not dates:
        spread = _SPREAD_SPAN.search(unit_text) if forward else None
        return spread.group(1) if spread else None  # the tagger saw no date in "over a decade"
    dates.sort(key=lambda d: (d[0].start_char < after, abs(d[0].start_char - after)))
    ent, by = dates[0]
    return f"{unit.doc[ent.start - 1].text} {ent.text}" if by else ent.text


def find_quantities(
    unit: Span,
    ents: list[Span] | None = None,
    tokens: list[Token] | None = None,
    text: str | None = None,
) -> list[FoundQuantity]:
    """Figures in one unit span (offsets are character offsets into ``unit.doc.text``).

    ``ents``, ``tokens`` and ``text`` are the span's, when the caller has them already
    (spaCy rebuilds each on every access).
    """
    unit_text = unit.text if text is None else text
    if not _lexicon().candidate.search(unit_text.lower()):
        return []
    if ents is None:
        ents = list(unit.ents)
    if tokens is None:
        tokens = list(unit)
    base = unit.start_char
    found = _Reader(unit_text, tokens, base).read()
    out = []
    for q in found:
        if q.kind == "count" and q.noun is None and not q.is_range and _in_date(q, ents, base):
            continue  # a bare number spaCy reads as part of a date ('the 11th', 'Sept. 11')
        # "up from $12.3bn in 2023": the base of a change is a past figure, whatever follows
        base_of_change = bool(_CHANGE_BASE.search(unit_text[: q.start]))
        horizon = (
            _horizon(unit, base + q.end, ents, unit_text)
            if q.kind != "duration" and not base_of_change
            else None
        )
        out.append(
            FoundQuantity(
                start=base + q.start,
                end=base + q.end,
                kind=q.kind,
                value=_clean(q.value),
                unit=q.unit,
                qualifier=q.qualifier,
                horizon=horizon,
                low=_clean(q.low),
                high=_clean(q.high),
                noun=q.noun,
                per=q.per,
            )
        )
    return _shared_bounds(out, unit_text, base)


# Words before 'past' that make it a span of time ('the past 12 months'), not 'beyond'.
_BEFORE_A_SPAN = frozenset(
    {"the", "this", "these", "those", "last", "its", "their", "his", "her", "our", "my", "your",
     "in", "for", "over", "of", "during", "since", "recent"}
)  # fmt: skip

_BOUNDS = frozenset({"up_to", "over", "under", "at_least"})


def _shared_bounds(found: list[FoundQuantity], text: str, base: int) -> list[FoundQuantity]:
    """'fined up to 3% of turnover or €15m': the bound also holds for the alternative (not
    for a restatement: '2.6 billion people, or 33 percent')."""
    out = list(found)
    for k in range(1, len(out)):
        before, q = out[k - 1], out[k]
        if q.qualifier != "exact" or before.qualifier not in _BOUNDS:
            continue
        between = text[before.end - base : q.start - base]
        alternative = re.search(r"\bor\b", between) and not re.search(r",\s*or\b", between)
        if alternative and len(between.split()) <= 8:
            out[k] = replace(q, qualifier=before.qualifier)
    return out


def _in_date(q: FoundQuantity, ents: list[Span], base: int) -> bool:
    return any(
        e.label_ == "DATE"
        and e.start_char - base <= q.start < e.end_char - base
        and not _figure_before_a_date(e, q.start + base)
        for e in ents
    )


def _figure_before_a_date(ent: Span, start: int) -> bool:
    """'up from 89 the year before': the tagger's date took in the figure that precedes it."""
    return (
        ent.start_char == start
        and len(ent) > 2
        and ent[0].like_num
        and ent[1].lower_ in {"the", "a", "an"}
    )
