"""The analysis contract: the only structure that crosses module borders after mining.

Renderers, exporters, batch and evaluation read an :class:`Analysis` and nothing else, so
every field here is part of the public JSON schema (`aidip schema`). Offsets are character
offsets into :attr:`Analysis.text`; ``text[start:end] == span.text`` always holds.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1.2"


class Role(StrEnum):
    MAJOR_CLAIM = "major_claim"
    CLAIM = "claim"
    PREMISE = "premise"
    BACKGROUND = "background"


class Kind(StrEnum):
    STATISTICAL = "statistical"
    PREDICTIVE = "predictive"
    NORMATIVE = "normative"
    CAUSAL = "causal"
    EVALUATIVE = "evaluative"
    FACTUAL = "factual"


#: The kinds by which a unit takes a side: it prescribes, forecasts or judges.
STANCE_KINDS = frozenset({Kind.NORMATIVE, Kind.EVALUATIVE, Kind.PREDICTIVE})


class RelationType(StrEnum):
    SUPPORT = "support"
    ATTACK = "attack"


class AttributionStatus(StrEnum):
    NAMED = "named"
    VAGUE = "vague"
    NONE = "none"


class ExclusionReason(StrEnum):
    NAVIGATION = "navigation"
    TITLE = "title"
    HEADING = "heading"
    BYLINE = "byline"
    AUTHOR_BIO = "author_bio"
    DISCLAIMER = "disclaimer"
    PROMOTION = "promotion"
    SOCIAL = "social"
    CODE = "code"
    MARKUP = "markup"
    OTHER = "other"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=False)


class Span(_Strict):
    """A character range of :attr:`Analysis.text` with the text it covers."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str


class Tool(_Strict):
    name: str = "aidip"
    version: str
    engine: str = Field(
        description="Name of the scorer that mined the argument (the shipped rules or a trained "
        "scorer file)"
    )
    spacy_model: str = Field(description="spaCy pipeline name and version used for parsing")


class Source(_Strict):
    path: str | None = Field(description="Path as given by the user; null for stdin")
    sha256: str = Field(description="SHA-256 of the raw input bytes")
    encoding: str = Field(
        description="Encoding used to decode the bytes, e.g. utf-8, utf-16, cp1252"
    )
    format: Literal["txt", "md", "html"]
    bytes: int = Field(ge=0)


class Metadata(_Strict):
    title: str | None = None
    author: str | None = None


class ExcludedSpan(Span):
    """Non-body material (boilerplate) that was separated and never analysed as argument."""

    reason: ExclusionReason


class Paragraph(Span):
    index: int = Field(ge=0)
    heading: str | None = Field(
        default=None, description="The section heading the paragraph sits under, if any"
    )


class Quantity(Span):
    """A figure the unit cites: a value or a range (``low``-``high``), in a unit.

    ``unit`` is an ISO 4217 code for money ("USD"), ``percent``, ``percentage_point``, a
    physical unit (``kilometre``, ``tonne``, ``barrel``, ``degree_celsius``, ``megawatt``, ...),
    a duration (``year``, ``month``, ``week``, ``day``, ``hour``, ``minute``), ``times`` for a
    multiplier, or ``count`` (then ``noun`` names what is counted, when the text says).
    """

    kind: Literal[
        "money", "percent", "percentage_point", "physical", "duration", "multiplier", "count"
    ]
    value: float | None = Field(
        allow_inf_nan=False,
        description="Normalised value, e.g. 1.57e13 for '$15.7 trillion'; null for a range",
    )
    low: float | None = Field(
        default=None, allow_inf_nan=False, description="Lower end of a range ('$4-6bn' → 4e9)"
    )
    high: float | None = Field(
        default=None, allow_inf_nan=False, description="Upper end of a range ('$4-6bn' → 6e9)"
    )
    unit: str = Field(
        description="USD, EUR, percent, percentage_point, kilometre, year, times, count, ..."
    )
    noun: str | None = Field(
        default=None, description="What a count counts, as written ('3,000 troops' → 'troops')"
    )
    per: str | None = Field(
        default=None, description="The period or denominator of a rate ('$10bn a year' → 'year')"
    )
    qualifier: Literal["exact", "over", "under", "about", "up_to", "at_least"] = "exact"
    horizon: str | None = Field(
        default=None, description="Time horizon the figure refers to, e.g. 'the coming decade'"
    )

    def as_written(self) -> str:
        """The normalised figure as a reader writes it: '$4–6 bn', '15–20 %', '3,000 troops',
        '3 m barrel a day', '2×'; '?' when the figure has no value."""
        if self.value is not None:
            amount = _amount(self.value)
        elif self.low is not None and self.high is not None:
            amount = _amount(self.low, self.high)
        else:
            return "?"
        unit = self.unit
        if self.kind == "money":
            prefix = _CURRENCY_PREFIX.get(unit, f"{unit} ")
            text = f"{prefix}{amount}"
        elif unit == "percent":
            text = f"{amount} %"
        elif unit == "percentage_point":
            text = f"{amount} pp"
        elif unit == "times":
            text = f"{amount}×"
        elif unit == "count":
            text = f"{amount} {self.noun}" if self.noun else amount
        else:
            single = self.value is not None and abs(self.value) == 1
            name = _UNIT_SYMBOL.get(unit) or unit.replace("_", " ") + ("" if single else "s")
            text = f"{amount}{'' if name.startswith('°') else ' '}{name}"
        if self.per:
            text += f" a {self.per}" if self.per in _PERIODS else f" per {self.per}"
        return text


_CURRENCY_PREFIX = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥", "INR": "₹"}
_UNIT_SYMBOL = {
    "kilometre": "km", "metre": "m", "centimetre": "cm", "millimetre": "mm",
    "square_kilometre": "km²", "square_metre": "m²", "cubic_metre": "m³", "cubic_kilometre": "km³",
    "kilogram": "kg",
    "tonne": "t", "degree_celsius": "°C", "degree_fahrenheit": "°F", "kilowatt": "kW",
    "megawatt": "MW", "gigawatt": "GW", "kilowatt_hour": "kWh", "megawatt_hour": "MWh",
    "gigawatt_hour": "GWh", "terawatt_hour": "TWh", "kilometre_per_hour": "km/h",
    "mile_per_hour": "mph",
}  # fmt: skip
_PERIODS = frozenset({"year", "month", "week", "day", "hour", "barrel", "share", "unit", "person"})
_SCALES = ((1e12, "tn"), (1e9, "bn"), (1e6, "m"))


def _amount(value: float, high: float | None = None) -> str:
    """'15.7 tn', '4–6 bn', '100,000–150,000', '33.333': a value, or a range on one scale."""
    ends = (value,) if high is None else (value, high)
    top = abs(ends[-1])
    for size, name in _SCALES:
        if top >= size:
            return "–".join(_plain(end / size) for end in ends) + f" {name}"
    return "–".join(_plain(end) for end in ends)


def _plain(number: float) -> str:
    return f"{number:,.10g}" if abs(number) < 1e15 else f"{number:.4g}"


SourceKind = Literal["person", "organisation", "document", "group", "unknown"]
AttributionMode = Literal["direct", "indirect", "according_to"]


class Attribution(_Strict):
    """Whose words a unit reports; all fields but ``status`` are null for the author's own."""

    status: AttributionStatus = AttributionStatus.NONE
    source: str | None = Field(
        default=None,
        description="The source as written ('he', 'the minister', 'Critics', 'the UN')",
    )
    speaker: str | None = Field(
        default=None,
        description="Who the source is: the name a pronoun or title resolves to, else the named "
        "source itself; null when vague",
    )
    kind: SourceKind | None = Field(default=None, description="What kind of source it is")
    cue: str | None = Field(
        default=None, description="The verb or phrase that signals it ('said', 'according to')"
    )
    mode: AttributionMode | None = Field(
        default=None,
        description="direct: the unit quotes the source's words; indirect: reports them; "
        "according_to: 'according to X'",
    )
    quote: Span | None = Field(
        default=None, description="The quoted words (without the marks) when mode is direct"
    )


class Unit(Span):
    id: str
    paragraph: int | None = Field(
        ge=0, description="Index into Analysis.paragraphs; null for the headline"
    )
    sentence: int | None = Field(
        ge=0, description="Index of the sentence in the body, from 0; null for the headline"
    )
    from_headline: bool = Field(
        default=False,
        description="The unit is the headline, taken as the major claim because no sentence of "
        "the body states the thesis (its offsets point into the excluded title)",
    )
    role: Role
    role_confidence: float = Field(ge=0.0, le=1.0)
    kinds: list[Kind] = Field(default_factory=list)
    hedges: list[str] = Field(default_factory=list)
    boosters: list[str] = Field(default_factory=list)
    markers: list[str] = Field(
        default_factory=list, description="Discourse markers that open or link this unit"
    )
    attribution: Attribution = Field(default_factory=Attribution)
    quantities: list[Quantity] = Field(default_factory=list)
    actors: list[str] = Field(default_factory=list)


class Relation(_Strict):
    """``source`` supports or attacks ``target`` (premise → conclusion)."""

    id: str
    source: str
    target: str
    type: RelationType
    confidence: float = Field(ge=0.0, le=1.0)
    cue: str = Field(
        description="What produced the edge: a marker ('Therefore') or a structural cue"
    )
    cue_kind: Literal["marker", "structural", "learned"] = "marker"
    basis: Literal["cue", "fallback"] = Field(
        default="cue",
        description="fallback: nothing in the text marks this link; it is where position alone "
        "puts the unit (shown dimmed in the map)",
    )


class Stats(_Strict):
    paragraphs: int
    units: int
    major_claims: int
    claims: int
    premises: int
    background: int
    relations: int
    supports: int
    attacks: int
    fallback_relations: int = Field(
        default=0, description="Relations with basis 'fallback' (position alone)"
    )
    unsupported_claims: int
    quantities: int
    unattributed_numbers: int = Field(
        description="Statistical units whose figures have no named source (vague or none)"
    )
    excluded: int
    words: int


class Analysis(_Strict):
    schema_version: str = SCHEMA_VERSION
    tool: Tool
    source: Source
    text: str = Field(description="The text every offset indexes (decoded, newlines normalised)")
    metadata: Metadata
    excluded: list[ExcludedSpan]
    paragraphs: list[Paragraph]
    units: list[Unit]
    relations: list[Relation]
    major_claim: str | None
    stats: Stats

    def unit(self, unit_id: str) -> Unit:
        for unit in self.units:
            if unit.id == unit_id:
                return unit
        raise KeyError(unit_id)

    def to_json(self) -> str:
        """Canonical JSON: stable key order and formatting so equal analyses give equal bytes."""
        return self.model_dump_json(indent=2) + "\n"


def json_schema() -> dict:
    schema = Analysis.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = f"https://aidip.invalid/schema/analysis-{SCHEMA_VERSION}.json"
    return schema
