"""Figures as a reader of the map sees them: value or range, unit, noun, rate, qualifier.

Every sentence here is written for these tests (news style, none taken from a corpus); the rules
they check are those of ``data/quantities/README.md``.
"""

from __future__ import annotations

import math

import pytest

from aidip_cli import analyse
from aidip_cli.schema import Kind, Quantity

# (sentence, expected figures as (text, value or (low, high) for a range, unit))
FIGURES = [
    # money: symbols, prefixes, codes, words, glued and written scales, lakh and crore
    ("The Pentagon asked for $200 for each recruit.", [("$200", 200, "USD")]),
    ("The plan costs $327m over a decade.", [("$327m", 3.27e8, "USD")]),
    ("Saudi Arabia pledged $1trn to the fund.", [("$1trn", 1e12, "USD")]),
    ("Canberra set aside A$3.5bn for drones.", [("A$3.5bn", 3.5e9, "AUD")]),
    ("Ottawa will spend C$8bn on the Arctic.", [("C$8bn", 8e9, "CAD")]),
    ("The city raised HK$2bn from the sale.", [("HK$2bn", 2e9, "HKD")]),
    ("The bank lent US$750 million to Kenya.", [("US$750 million", 7.5e8, "USD")]),
    ("Brussels offered €4.5bn in grants.", [("€4.5bn", 4.5e9, "EUR")]),
    ("London paid £12m to the contractor.", [("£12m", 1.2e7, "GBP")]),
    ("Tokyo added ¥2 trillion to the budget.", [("¥2 trillion", 2e12, "JPY")]),
    ("Delhi approved ₹900 crore for the port.", [("₹900 crore", 9e9, "INR")]),
    ("Each family gets Rs 3 lakh in relief.", [("Rs 3 lakh", 3e5, "INR")]),
    ("The grant, worth USD 2 million, was frozen.", [("USD 2 million", 2e6, "USD")]),
    ("Beijing offered 500m yuan in loans.", [("500m yuan", 5e8, "CNY")]),
    ("Bern froze CHF 3 billion in assets.", [("CHF 3 billion", 3e9, "CHF")]),
    ("Seoul will spend 5 trillion won on chips.", [("5 trillion won", 5e12, "KRW")]),
    ("The loan is worth 7 billion euros in total.", [("7 billion euros", 7e9, "EUR")]),
    ("Congress added a billion dollars for the border.", [("a billion dollars", 1e9, "USD")]),
    # ranges: -, –, to, between ... and, shared scale and unit
    ("The deal is worth $4-6bn a year.", [("$4-6bn", (4e9, 6e9), "USD")]),
    ("Repairs will cost $1.5–2tn in all.", [("$1.5–2tn", (1.5e12, 2e12), "USD")]),
    ("Prices may rise 15%-20% next year.", [("15%-20%", (15, 20), "percent")]),
    ("Costs could climb 15 to 20 per cent.", [("15 to 20 per cent", (15, 20), "percent")]),
    (
        "Each visa costs between $100,000 and $150,000, lawyers say.",
        [("$100,000 and $150,000", (1e5, 1.5e5), "USD")],
    ),
    (
        "The port will cost between 600 and 800 million euros.",
        [("600 and 800 million euros", (6e8, 8e8), "EUR")],
    ),
    ("Estimates range from $30bn to $45bn.", [("$30bn to $45bn", (3e10, 4.5e10), "USD")]),
    ("Sentences run three to five years.", [("three to five years", (3, 5), "year")]),
    ("The zone would be 10-15km deep.", [("10-15km", (10, 15), "kilometre")]),
    (
        "The Commission wants four or five AI gigafactories.",
        [("four or five AI gigafactories", (4, 5), "count")],
    ),
    # a change from X to Y is two figures
    (
        "Aid was cut from 0.7% to 0.5% of national income.",
        [("0.7%", 0.7, "percent"), ("0.5%", 0.5, "percent")],
    ),
    # percent and percentage points
    ("Some 78 per cent of voters agreed.", [("78 per cent", 78, "percent")]),
    ("Exports rose 19 percent last year.", [("19 percent", 19, "percent")]),
    ("Allies agreed to spend 3.5pc of GDP.", [("3.5pc", 3.5, "percent")]),
    ("Unemployment stood at 5 % in May.", [("5 %", 5, "percent")]),
    ("The Fed cut rates by 50 basis points.", [("50 basis points", 0.5, "percentage_point")]),
    (
        "Growth was revised down 0.4 percentage points.",
        [("0.4 percentage points", 0.4, "percentage_point")],
    ),
    ("The ruling party leads by nine points.", [("nine points", 9, "percentage_point")]),
    # fractions and ratios are percentages
    ("Half of voters back the treaty.", [("Half", 50, "percent")]),
    ("Two-thirds of the grain went abroad.", [("Two-thirds", 66.667, "percent")]),
    ("One in five graduates is jobless.", [("One in five", 20, "percent")]),
    ("Seven in 10 farmers lost their harvest.", [("Seven in 10", 70, "percent")]),
    # counts keep their noun; amounts in words are ranges
    ("The army sent 3,000 troops to the border.", [("3,000 troops", 3000, "count")]),
    ("Forty-two countries signed the pledge.", [("Forty-two countries", 42, "count")]),
    ("Half a million refugees returned.", [("Half a million refugees", 5e5, "count")]),
    ("Dozens of civilians were killed.", [("Dozens of civilians", (24, 100), "count")]),
    ("Thousands of soldiers were deployed.", [("Thousands of soldiers", (2000, 10000), "count")]),
    ("Tens of millions of dollars vanished.", [("Tens of millions of dollars", (2e7, 1e8), "USD")]),
    (
        "Several hundred workers went on strike.",
        [("Several hundred workers", (200, 1000), "count")],
    ),
    # physical amounts and durations
    ("The missile flew 1,200 km before it fell.", [("1,200 km", 1200, "kilometre")]),
    ("Russia ships 3m barrels a day by sea.", [("3m barrels a day", 3e6, "barrel")]),
    ("The campus will draw 300 MW from the grid.", [("300 MW", 300, "megawatt")]),
    ("The world may pass 1.5C of warming soon.", [("1.5C", 1.5, "degree_celsius")]),
    ("The court handed him a ten-year sentence.", [("a ten-year", 10, "year")]),
    ("Talks have dragged on for 18 months.", [("18 months", 18, "month")]),
    ("A chat used about half a litre of water.", [("half a litre", 0.5, "litre")]),
    (
        "A model can scan thousands of square kilometres of imagery.",
        [("thousands of square kilometres", (2000, 10000), "square_kilometre")],
    ),
    # a count whose noun is left out after a count given before it
    (
        "Labs built 40 notable models in 2024, against 15 from China.",
        [("40 notable models", 40, "count"), ("15", 15, "count")],
    ),
    (
        "China had 600 operational warheads in 2024 and will have over 1,000 by 2030.",
        [("600 operational warheads", 600, "count"), ("1,000", 1000, "count")],
    ),
    (
        "The review counted 204 nationally significant incidents, up from 89 the year before.",
        [("204 nationally significant incidents", 204, "count"), ("89", 89, "count")],
    ),
    (
        "The treaty passed by 154 votes to three.",
        [("154 votes", 154, "count"), ("three", 3, "count")],
    ),
    # multipliers
    ("China now has twice as many ships.", [("twice", 2, "times")]),
    ("The chip is 10x faster than its rival.", [("10x", 10, "times")]),
    ("Imports grew fivefold in a decade.", [("fivefold", 5, "times")]),
    # invisible spaces, Arabic-Indic digits, fraction and exponent symbols
    ("France keeps 2\u00a0500 soldiers there.", [("2\u00a0500 soldiers", 2500, "count")]),
    ("The fine was set at €500\u2009000.", [("€500\u2009000", 5e5, "EUR")]),
    ("The aid convoy carried ٣٬٠٠٠ tonnes of flour.", [("٣٬٠٠٠ tonnes", 3000, "tonne")]),
    ("Output fell by 1½ million barrels.", [("1½ million barrels", 1.5e6, "barrel")]),
    ("The law covers models trained with 10^25 operations.", [("10^25 operations", 1e25, "count")]),
]

NOT_FIGURES = [
    "In 2023 the treaty was signed at the 1997 convention centre.",
    "The P5+1 talks collapsed.",
    "Beijing insists the nine-dash line is historic.",
    "Foreign policy is not three-dimensional chess.",
    "Why the two-state solution still matters.",
    "The two sides agreed to keep talking.",
    "Some call it Cold War mark two.",
    "The third round of talks ended early.",
    "Article 5 was invoked after the attacks of September 11.",
    "Resolution 2231 expires in October.",
    "The F-35 programme and the S-400 system are rivals.",
    "She is one of the few diplomats who know both men.",
    "Explosions were heard at 3am local time.",
    "The 1.5C target is all but dead.",
    "Several governments have barred Huawei from their 5G networks.",
    "Huawei's 7nm chip surprised Washington.",
    "The Five Eyes share intelligence.",
]


def _figures(text: str) -> list[Quantity]:
    return [q for u in analyse(text).units for q in u.quantities]


def _kinds(text: str) -> list[Kind]:
    return [k for u in analyse(text).units for k in u.kinds]


@pytest.mark.parametrize(("text", "expected"), FIGURES, ids=[t for t, _ in FIGURES])
def test_figures_are_read_with_value_or_range_and_unit(text: str, expected: list) -> None:
    found = _figures(text)
    assert [(q.text, q.unit) for q in found] == [(t, u) for t, _, u in expected]
    for q, (_, value, _) in zip(found, expected, strict=True):
        if isinstance(value, tuple):
            assert q.value is None
            assert (q.low, q.high) == (pytest.approx(value[0]), pytest.approx(value[1]))
        else:
            assert (q.value, q.low, q.high) == (pytest.approx(value, rel=1e-4), None, None)


@pytest.mark.parametrize("text", NOT_FIGURES)
def test_years_dates_names_ordinals_and_idioms_are_not_figures(text: str) -> None:
    assert _figures(text) == []
    assert Kind.STATISTICAL not in _kinds(text)


def test_counts_name_what_they_count() -> None:
    (q,) = _figures("Taiwan detected 45 Chinese military aircraft near the island.")
    assert (q.kind, q.noun) == ("count", "Chinese military aircraft")
    (q,) = _figures("Thousands of North Korean troops were sent to Kursk.")
    assert (q.noun, q.qualifier) == ("North Korean troops", "about")


def test_rates_name_their_period() -> None:
    assert [q.per for q in _figures("Smugglers earn $300m a year from the route.")] == ["year"]
    assert [q.per for q in _figures("Brent climbed above $85 a barrel.")] == ["barrel"]
    assert [q.per for q in _figures("The fund pays up to $5m per applicant.")] == ["applicant"]


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("Washington has sent more than $175bn to Kyiv.", "over"),
        ("Growth is expected to stay below 2% this year.", "under"),
        ("Roughly 12,000 soldiers were sent to the front.", "about"),
        ("As much as 30% of the grain may have been diverted.", "up_to"),
        ("At least 60 people were killed overnight.", "at_least"),
        ("Each interceptor costs $4 million or more.", "at_least"),
        ("The ministry puts the cost at ~$2bn.", "about"),
        ("Only 5 donors met the target of 0.7% of income last year.", "exact"),
    ],
)
def test_qualifiers_bound_the_figure(text: str, qualifier: str) -> None:
    assert _figures(text)[0].qualifier == qualifier


def test_money_with_qualifier_and_horizon() -> None:
    (q,) = _figures("Investment in AI safety could reach more than $4 billion by 2030.")
    assert (q.kind, q.unit, q.qualifier, q.horizon) == ("money", "USD", "over", "by 2030")
    assert q.value == pytest.approx(4e9)


def test_the_year_a_change_is_measured_from_is_not_its_horizon() -> None:
    text = (
        "Fraud could cost $40 billion by 2027, up from $12.3 billion in 2023, a 200 percent rise."
    )
    assert [q.horizon for q in _figures(text)] == ["by 2027", None, "by 2027"]


def test_over_after_an_amount_and_its_noun_is_the_span_not_more_than() -> None:
    (_, q) = _figures("The EU promised to buy $750 billion of American energy over three years.")
    assert (q.text, q.qualifier) == ("three years", "exact")


def test_a_rate_is_not_the_horizon_and_a_commitment_runs_over_its_years() -> None:
    (q,) = _figures("New tools could cut about 1.4bn tonnes of carbon dioxide a year by 2035.")
    assert (q.unit, q.per, q.horizon) == ("tonne", "year", "by 2035")
    q = _figures("Canada has committed C$38.6bn over 20 years to modernise its radars.")[0]
    assert (q.unit, q.horizon) == ("CAD", "20 years")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Providers can be fined up to 3% of their turnover or €15m, whichever is higher.",
            [("3%", "up_to"), ("€15m", "up_to")],
        ),
        (
            "About 2.6 billion people, or 33 percent, are offline.",
            [("2.6 billion people", "about"), ("33 percent", "exact")],
        ),
        ("The campus is spread over 10 square miles of desert.", [("10 square miles", "exact")]),
    ],
)
def test_a_bound_holds_for_the_alternative_but_not_for_a_restatement_or_a_place(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(q.text, q.qualifier) for q in _figures(text)] == expected


def test_a_range_of_multiples_is_a_multiplier() -> None:
    (q,) = _figures("The algorithms made false matches 10 to 100 times more often for some faces.")
    assert (q.kind, q.unit, q.low, q.high) == ("multiplier", "times", 10, 100)


def test_a_rule_that_starts_on_a_future_date_has_that_date_as_horizon() -> None:
    (q,) = _figures("From August 2026, providers can be fined up to 3% of their turnover.")
    assert q.horizon is not None and "August 2026" in q.horizon
    (q,) = _figures("From 2019 to 2023 the share rose by 3%.")
    assert q.horizon is None


def test_kroner_and_kronor_are_currencies() -> None:
    (q,) = _figures("Denmark has set aside 25 billion kroner for drones.")
    assert (q.kind, q.unit, q.value) == ("money", "DKK", pytest.approx(2.5e10))
    (q,) = _figures("Stockholm spent 3 billion Swedish kronor on the programme.")
    assert q.unit == "SEK"


def test_quantity_offsets_index_the_analysis_text() -> None:
    analysis = analyse("Header line\n\nThe fund holds up to €2 billion, experts say.")
    quantities = [q for u in analysis.units for q in u.quantities]
    assert [q.text for q in quantities] == ["€2 billion"]
    for q in quantities:
        assert analysis.text[q.start : q.end] == q.text
        assert q.qualifier == "up_to"


@pytest.mark.parametrize(
    "text",
    [
        "Beijing spent $12bn on chips last year.",
        "Support for the deal fell to 38 per cent.",
        "The IMF cut its forecast by 0.5 percentage points.",
        "Russia fired 40 drones overnight.",
        "Dozens of ships were attacked.",
        "At least three ministers resigned.",
        "China builds three times as many ships as America.",
        "Russia exports 3m barrels a day.",
    ],
)
def test_a_figure_used_as_evidence_makes_the_unit_statistical(text: str) -> None:
    assert Kind.STATISTICAL in _kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "Two ministers resigned over the leak.",
        "The bloc has adopted four sets of sanctions.",
        "The court handed the journalist a ten-year sentence.",
        "The Security Council has met twice this week.",
        "The president met five leaders in three days.",
    ],
)
def test_small_counts_and_durations_are_not_statistical(text: str) -> None:
    assert Kind.STATISTICAL not in _kinds(text)
    assert _figures(text)  # they are figures all the same


BAD_INPUTS = [
    "$$$ is all the headline said.",
    "The list read 1,2,3,4 and stopped.",
    "A googol is 10^100, they said.",
    "The model claims 1e309 parameters and 1e308 dollars.",
    "½ of the delegates left, and ¼ stayed.",
    "France keeps 2\u00a0500 troops and 1\u2009000\u202f000 tonnes of grain.",
    "Aid rose by ٥٠٪ to ١٬٢٠٠ tonnes.",
    "Unemployment hit 5 % and then 6\u00a0%.",
    "The number " + "9" * 10_000 + " is too large, and so is $" + "8" * 10_000 + ".",
    "-$-5bn--3%%% of €€ and 10^ and 10^99999999 and 1e and .e5.",
]


@pytest.mark.parametrize("text", BAD_INPUTS, ids=lambda t: t[:30])
def test_bad_numbers_never_crash_and_every_value_is_finite_or_null(text: str) -> None:
    from helpers import sound

    analysis = analyse(text)
    sound(analysis.model_dump(mode="json"))
    for q in (q for u in analysis.units for q in u.quantities):
        for value in (q.value, q.low, q.high):
            assert value is None or math.isfinite(value)
        assert analysis.text[q.start : q.end] == q.text


@pytest.mark.parametrize(
    "text",
    [
        "Seoul pledged some 7.8tn won over seven years to make such materials at home.",
        "Brazil's AI plan promises R$23bn (about $4bn) over four years.",
    ],
)
def test_the_span_a_pledge_covers_is_an_exact_duration(text: str) -> None:
    (duration,) = [q for q in _figures(text) if q.unit == "year"]
    assert duration.qualifier == "exact"
    assert _figures("It has worked for over seven years.")[0].qualifier == "over"


def test_a_forecast_spread_over_a_decade_has_that_horizon() -> None:
    (q,) = _figures("The two plants will add about ¥6.9tn to the local economy over a decade.")
    assert q.horizon == "a decade"
    (q,) = _figures("Exports reached $4bn a year.")
    assert (q.horizon, q.per) == (None, "year")


@pytest.mark.parametrize(
    ("text", "bare"),
    [
        ("Only seven countries took part in all of them and 118, nearly all poor, in none.", "118"),
        ("American labs produced 40 notable AI models in 2024 and Chinese ones 15.", "15"),
        ("The cutting room used to need 60 people on a shift; today it needs nine.", "nine"),
    ],
)
def test_a_count_whose_noun_is_left_out_after_and_is_still_a_count(text: str, bare: str) -> None:
    assert [q.unit for q in _figures(text) if q.text == bare] == ["count"]


def test_a_bare_number_word_with_nothing_counted_before_it_is_no_count() -> None:
    assert [q.text for q in _figures("Of the many plans on the table, it needs nine.")] == []


def test_taka_are_bangladeshi_money() -> None:
    (q,) = _figures("A machine operator in Gazipur earns about 12,500 taka a month.")
    assert (q.value, q.unit, q.per) == (12500, "BDT", "month")


def test_a_count_of_what_someone_owns_is_a_count() -> None:
    figures = _figures("The platform runs on 18,000 of Nvidia's newest chips.")
    assert [(q.text, q.unit) for q in figures] == [("18,000", "count")]


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The line of ships waiting to enter the canal ran well past a hundred.", "a hundred"),
        ("By the spring the toll of the floods had risen above a thousand.", "a thousand"),
    ],
)
def test_a_count_in_words_passed_with_its_noun_left_out_is_a_count_over_it(
    text: str, figure: str
) -> None:
    (q,) = [q for q in _figures(text) if q.text == figure]
    assert (q.unit, q.qualifier) == ("count", "over")


def test_the_past_twelve_months_is_no_lower_bound() -> None:
    (q,) = _figures("In the past 12 months, the price of chips rose.")
    assert q.qualifier == "exact"


def test_a_change_from_one_bare_count_to_another_gives_both_counts() -> None:
    figures = _figures("The authority cut daily transits from the usual 36 to as few as 22.")
    assert [(q.text, q.unit, q.qualifier) for q in figures] == [
        ("36", "count", "exact"),
        ("22", "count", "at_least"),
    ]


def test_over_after_a_verb_of_contention_is_about_not_above() -> None:
    (q,) = _figures("Washington and Beijing are fighting over two container terminals.")
    assert (q.value, q.qualifier) == (2, "exact")
    (q,) = _figures("The port handles over two million containers a year.")
    assert q.qualifier == "over"
