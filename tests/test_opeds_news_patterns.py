"""How journalists write, and what a reader of the map should see (texts written for these tests).

Headlines that end in "?" or ".", section headings, a thesis that is the author's own stance
(never a quotation, a question or a fragment) or only the headline, contrast and rebuttal drawn
as attack, opposing voices the author refutes, narrative openings as background, and cues that
are discourse markers.
"""

from __future__ import annotations

import re

import pytest

from aidip_cli import analyse
from aidip_cli.lexicons import load as load_lexicon
from aidip_cli.schema import Analysis, ExclusionReason, Kind, RelationType, Role, Unit
from helpers import sound


def _by_text(analysis: Analysis, start: str) -> Unit:
    found = [u for u in analysis.units if u.text.startswith(start)]
    assert len(found) == 1, (start, [u.text for u in analysis.units])
    return found[0]


def _major(analysis: Analysis) -> Unit:
    return next(u for u in analysis.units if u.id == analysis.major_claim)


def _edge(analysis: Analysis, source: Unit) -> tuple[str, RelationType] | None:
    for r in analysis.relations:
        if r.source == source.id:
            return r.target, r.type
    return None


def _checked(text: str, fmt: str = "txt") -> Analysis:
    analysis = analyse(text, fmt=fmt)  # type: ignore[arg-type]
    sound(analysis.model_dump(mode="json"))
    return analysis


# -- headlines and headings ------------------------------------------------------------------

BODY = (
    "Sanctions on Tehran have cut its oil income by half since the talks collapsed. "
    "Europe should offer a phased return to the 2015 limits in exchange for inspections.\n\n"
    "Inspectors have not entered the enrichment halls for two years. Every month without "
    "them widens what the world does not know about the stockpile.\n\n"
    "A phased offer gives Tehran something to win and Europe something to verify.\n"
)


@pytest.mark.parametrize(
    "headline",
    [
        "Will sanctions bring Tehran back to the table?",
        "Europe must make Tehran an offer it can verify.",
        "Europe must make Tehran an offer it can verify",
    ],
)
def test_a_short_first_line_is_the_headline_whatever_it_ends_with(headline: str) -> None:
    analysis = _checked(f"{headline}\n\n{BODY}")
    assert analysis.metadata.title == headline
    assert [e.reason for e in analysis.excluded][:1] == [ExclusionReason.TITLE]
    assert all(not u.text.startswith(headline[:20]) or u.from_headline for u in analysis.units)
    assert not any(u.text.endswith("?") for u in analysis.units if u.role == Role.MAJOR_CLAIM)


def test_section_headings_are_excluded_and_group_the_paragraphs_under_them() -> None:
    text = (
        "Why Europe needs a drone wall\n\n"
        "Europe should build a shared shield against drones along its eastern border.\n\n"
        "Bilateral agreement\n\n"
        "Poland and Lithuania already pool their radar tracks. The pooling halved the time "
        "needed to spot a drone last spring.\n\n"
        "2. The cost\n\n"
        "A shared shield costs less than four national ones because the sensors overlap.\n"
    )
    analysis = _checked(text)
    headings = [e.text for e in analysis.excluded if e.reason == ExclusionReason.HEADING]
    assert headings == ["Bilateral agreement", "2. The cost"]
    assert not any(u.text in headings for u in analysis.units)
    by_heading = {p.heading for p in analysis.paragraphs}
    assert {"Bilateral agreement", "2. The cost"} <= by_heading


def test_markdown_myth_headings_are_not_claims_and_the_myth_is_attacked() -> None:
    text = (
        "# Three myths about sanctions\n\n"
        "Sanctions remain the best tool Europe has against Tehran's nuclear programme.\n\n"
        "## Myth #1: sanctions never work\n\n"
        "Sanctions never change a regime's course. That view ignores 2015, when sanctions "
        "brought Tehran to sign the deal.\n\n"
        "## Myth #2: sanctions only hurt the poor\n\n"
        "Sanctions only hurt ordinary Iranians. Targeted listings now fall on the "
        "Revolutionary Guard's firms, not on bread or medicine.\n"
    )
    analysis = _checked(text, fmt="md")
    headings = [e.text for e in analysis.excluded if e.reason == ExclusionReason.HEADING]
    assert any("Myth #1" in h for h in headings)
    assert not any(u.text.startswith("Myth") for u in analysis.units)
    major = _major(analysis)
    assert major.text.startswith("Sanctions remain the best tool")
    myth = _by_text(analysis, "Sanctions never change")
    assert _edge(analysis, myth) == (major.id, RelationType.ATTACK)
    answer = _by_text(analysis, "That view ignores 2015")
    assert _edge(analysis, answer) == (myth.id, RelationType.ATTACK)


# -- the thesis ------------------------------------------------------------------------------


def test_the_thesis_is_never_a_quotation_of_someone_else() -> None:
    text = (
        "Talks on Gaza's reconstruction need a monitoring system both sides trust\n\n"
        '"We must not give up the chance," the president said on Tuesday.\n\n'
        "Donors will only pay for cement if they can see where it goes. Satellite images "
        "checked by a neutral agency would show them. Such checks worked in Kosovo in 1999.\n\n"
        "A monitoring system both sides trust should therefore come before the first pledge.\n"
    )
    analysis = _checked(text)
    major = _major(analysis)
    assert not major.text.startswith('"')
    assert major.attribution is None or major.attribution.status == "none"


def test_the_thesis_is_never_a_verbless_fragment() -> None:
    text = (
        "The WTO cannot referee the chip war as it stands\n\n"
        "The appellate body has not sat since 2019. Export controls on chips are justified as "
        "security measures, which the rules leave to each member.\n\n"
        "The WTO must be reformed before it can settle disputes over AI chips.\n\n"
        "In short, deep reforms.\n"
    )
    analysis = _checked(text)
    assert _major(analysis).text.startswith("The WTO must be reformed")
    fragment = _by_text(analysis, "In short, deep reforms")
    assert fragment.role != Role.MAJOR_CLAIM


def test_when_only_the_headline_states_the_thesis_it_is_the_major_claim() -> None:
    headline = "The Arctic Council should write the first rules for AI icebreakers"
    text = (
        f"{headline}\n\n"
        "Autonomous icebreakers began trials off Svalbard in March. Three navies now run "
        "them, and none has told the others how their collision software decides.\n\n"
        "In 2023 a Russian survey ship and a Norwegian trawler came within forty metres of "
        "each other in fog. Both crews later said they had trusted their sensors.\n"
    )
    analysis = _checked(text)
    major = _major(analysis)
    assert major.from_headline and major.id == "u0"
    assert text[major.start : major.end] == headline
    assert major.paragraph is None


def test_the_short_answer_to_a_question_headline_is_the_thesis() -> None:
    # The opening's "should" reads like a thesis too; the answer to the headline is the thesis.
    text = (
        "Can Article 5 survive the age of AI hacking?\n\n"
        "When criminals shut down a carmaker's plants for five weeks last autumn, the damage ran "
        "to billions of pounds. NATO should say now how it would answer such an attack on the "
        "networks of its members.\n\n"
        "Tools that once needed a team of skilled engineers can now find flaws in software on "
        "their own. The alliance has never said how many small attacks on its members add up to "
        "an armed one.\n\n"
        "Allies pledged money for the resilience of their networks at The Hague. Most of it has "
        "not been spent.\n\n"
        "It can, but only if the allies spend the money they pledged.\n"
    )
    analysis = _checked(text)
    assert _major(analysis).text == "It can, but only if the allies spend the money they pledged."


def test_a_short_subject_and_auxiliary_answer_a_who_headline() -> None:
    text = (
        "Who really controls the Panama Canal?\n\n"
        "At its worst, in the summer of 2023, the line of ships waiting to enter the Panama Canal "
        "ran well past a hundred.\n\n"
        "The cause was the weather. Every ship is lifted by fresh water from a lake that the "
        "drought left low.\n\n"
        "Washington and Beijing argue about two container terminals at either end of the canal, "
        "and the canal's real masters are neither.\n\n"
        "So who really controls the Panama Canal?\n\n"
        "The rain does, and every month spent fighting over the terminals is a month lost to "
        "the only threat that has kept ships out of the canal.\n"
    )
    analysis = _checked(text)
    assert _major(analysis).text.startswith("The rain does")


def test_a_prescription_in_the_first_quarter_of_a_long_op_ed_reads_as_its_nut_graf() -> None:
    story = [
        "The headmistress in Ibadan recorded her voice for a language project in 2023.",
        "The recordings went to a laboratory abroad, and she was paid nothing for them.",
        "Nigeria has more than 500 languages and few of them are online.",
    ]
    points = [
        "Licences can be free for students and costly for companies.",
        "A Hausa assistant would find users across the Sahel.",
        "Recordings are expensive to make and cheap to copy.",
        "Other countries have sold access to their archives.",
        "The firms need the data more than the data needs them.",
        "Universities can keep the recordings in Nigeria.",
        "Every year of delay lowers the price of what is left.",
        "Lagos has the engineers to build the models at home.",
        "Donors will pay for archives that stay open to Nigerian researchers.",
        "Nigeria can still set a better price for the headmistress's words.",
    ]
    thesis = (
        "Abuja should stop treating its language data as a gift to science and start treating "
        "it as a bargaining chip."
    )
    text = "Languages are not a free sample\n\n" + "\n\n".join([*story, thesis, *points]) + "\n"
    analysis = _checked(text)
    assert _major(analysis).text == thesis


def test_a_future_seen_from_the_past_is_no_forecast() -> None:
    analysis = analyse("Europe was going to buy these chips regardless.")
    assert Kind.PREDICTIVE not in analysis.units[0].kinds
    assert Kind.PREDICTIVE in analyse("Europe is going to buy these chips.").units[0].kinds


# -- contrast, opposing voices, rebuttal -----------------------------------------------------


def test_a_yet_sentence_attacks_the_sentence_it_contradicts() -> None:
    text = (
        "Gulf chip deals need conditions\n\n"
        "Washington should attach export conditions to every Gulf data-centre deal.\n\n"
        "The buyers promise that no chip will be resold to China. Yet those promises must be "
        "matched by inspections that nobody has agreed to.\n\n"
        "Conditions written into the licence are the only promises that can be enforced.\n"
    )
    analysis = _checked(text)
    promise = _by_text(analysis, "The buyers promise")
    turn = _by_text(analysis, "Yet those promises")
    target, kind = _edge(analysis, turn) or (None, None)
    assert kind == RelationType.ATTACK
    assert target == promise.id


# Each case: an op-ed, the start of its thesis, and edges a reader would draw: (start of the
# source unit, start of the target unit or None for the thesis, type); an edge of None means the
# unit is background.
SIDES = {
    "an opposing voice attacks the thesis and the rebuttal attacks it": (
        "Ukraine's drone makers deserve European orders\n\n"
        "European armies should buy drones from Ukrainian workshops now.\n\n"
        "Cynics argued that the workshops cannot build to NATO standards. There is no standard "
        "that their products have not already met on the front line.\n\n"
        "Buying now also keeps the engineers in Ukraine rather than in foreign firms.\n",
        "European armies should buy",
        [
            ("Cynics argued", None, RelationType.ATTACK),
            ("There is no standard", "Cynics argued", RelationType.ATTACK),
        ],
    ),
    "a point granted to a reported view backs it and the but answers the view": (
        "Europe's chip money is buying the wrong thing\n\n"
        "Brussels should spend its chip subsidies on research and equipment makers, not on "
        "luring foreign giants.\n\n"
        "Defenders of the Chips Act argue that the new plant in Dresden proves the policy works. "
        "They point to thousands of jobs in Saxony.\n\n"
        "Granted, Dresden is a real success.\n\n"
        "But the plant makes mature chips, and the know-how stays in Taiwan.\n\n"
        "Research money would buy leverage that no factory can.\n",
        "Brussels should spend",
        [
            ("Defenders of the Chips Act", None, RelationType.ATTACK),
            ("Granted, Dresden", "Defenders of the Chips Act", RelationType.SUPPORT),
            ("But the plant", "Defenders of the Chips Act", RelationType.ATTACK),
        ],
    ),
    "a dismissal with no contrast word answers the view it follows": (
        "The WTO's data rules can wait no longer\n\n"
        "WTO members should write binding rules on cross-border data now.\n\n"
        "Others insist that the gaps can be filled later, once the technology settles. History "
        "is not on their side.\n\n"
        "Every year without rules adds another national data law that a treaty must undo.\n",
        "WTO members should write",
        [
            ("Others insist", None, RelationType.ATTACK),
            ("History is not on their side", "Others insist", RelationType.ATTACK),
        ],
    ),
    "a sentence that only announces critics is background and the view attacks": (
        "The Gulf chip bargain is a bet worth making\n\n"
        "On the chip licences for the Abu Dhabi campus, we think Washington has made the right "
        "call.\n\n"
        "The deal has loud critics. Hawks in Congress argue that any chip shipped to the Gulf "
        "may end up in China.\n\n"
        "Yet the Emirati firm cut its Chinese ties precisely because American chips required "
        "it.\n\n"
        "Selling under strict conditions keeps the campus on American rules.\n",
        "On the chip licences",
        [
            ("The deal has loud critics", None, None),
            ("Hawks in Congress argue", None, RelationType.ATTACK),
        ],
    ),
    "'not everyone' only announces the view that follows": (
        "The G7 and AI\n\n"
        "Canada should turn the G7's promises on AI into numbers every member publishes.\n\n"
        "Not everyone welcomed the new tone. Safety researchers argue that the statement "
        "dropped the risks of powerful models.\n\n"
        "But a government that cannot use AI cannot police it either.\n",
        "Canada should turn",
        [
            ("Not everyone welcomed", None, None),
            ("Safety researchers argue", None, RelationType.ATTACK),
        ],
    ),
    "a view conceded with a fronted phrase is still the other side": (
        "The UN's cyber forum must put AI on its agenda\n\n"
        "The new UN cyber forum must make AI-driven hacking its first order of business.\n\n"
        "Many Western diplomats think the old norms are enough. The norms are "
        "technology-neutral, they argue.\n\n"
        "In law, they are right. But the norms rely on attribution, and AI erases the "
        "fingerprints that attribution needs.\n\n"
        "A forum that ignores AI will spend its first years arguing about yesterday's hacks.\n",
        "The new UN cyber forum",
        [
            ("Many Western diplomats", None, RelationType.ATTACK),
            ("The norms are technology-neutral", "Many Western diplomats", RelationType.SUPPORT),
            ("But the norms rely", "Many Western diplomats", RelationType.ATTACK),
        ],
    ),
    "a reply opening the next paragraph answers the view the last one ended on": (
        "Forecasts for Africa need money, not models\n\n"
        "Rich governments should keep paying for weather stations in Africa.\n\n"
        "That said, money alone will not fix the network. Critics say AI will give donors an "
        "excuse to stop paying for stations, because a model can fill the gaps.\n\n"
        "They have it backwards. A model that guesses is least reliable where storms strike.\n\n"
        "Stations are cheap next to the damage a missed warning does.\n",
        "Rich governments should keep",
        [("They have it backwards", "Critics say AI", RelationType.ATTACK)],
    ),
    "a point granted in the next paragraph backs the view reported before it": (
        "Africa's compute pact\n\n"
        "The African Union should pool its members' money for shared supercomputers.\n\n"
        "Pan-Africanists object that renting foreign chips is the problem, not the solution.\n\n"
        "They are right about ownership. Almost none of the processors being installed in "
        "Africa were designed there.\n\n"
        "But ownership has mattered less to Africans than access and price.\n",
        "The African Union should pool",
        [
            ("Pan-Africanists object", None, RelationType.ATTACK),
            ("They are right about ownership", "Pan-Africanists object", RelationType.SUPPORT),
        ],
    ),
    "a short grant backs the view and the turn after it answers the view": (
        "Africa's compute pact\n\n"
        "The African Union should pool its members' money for shared supercomputers.\n\n"
        "Pan-Africanists object that renting foreign chips is the problem, not the solution.\n\n"
        "That may be true today. But ownership has mattered less to Africans than access and "
        "price.\n\n"
        "A shared machine in Nairobi would serve researchers from Lagos to Cairo.\n",
        "The African Union should pool",
        [
            ("That may be true today", "Pan-Africanists object", RelationType.SUPPORT),
            ("But ownership has mattered", "Pan-Africanists object", RelationType.ATTACK),
        ],
    ),
    "a claim answered as false and a named critic granted a point": (
        "Who controls the canal\n\n"
        "Panama, not Beijing, runs the canal, and Washington should stop saying otherwise.\n\n"
        "In his inaugural address, the president claimed that China operates the canal.\n\n"
        "That is false. The locks are run by a Panamanian authority.\n\n"
        "Ana Ruiz, a former canal official, argues that the port terminals are the real risk. "
        "She is right that ports see every container. But ports do not run the locks.\n",
        "Panama, not Beijing, runs the canal",
        [
            ("That is false", "In his inaugural address", RelationType.ATTACK),
            ("She is right that", "Ana Ruiz", RelationType.SUPPORT),
        ],
    ),
}


@pytest.mark.parametrize("case", list(SIDES), ids=lambda c: c.replace(" ", "_"))
def test_the_other_side_and_the_answers_to_it_are_drawn_as_a_reader_reads_them(case: str) -> None:
    text, thesis, edges = SIDES[case]
    analysis = _checked(text)
    major = _major(analysis)
    assert major.text.startswith(thesis)
    for source, target, kind in edges:
        unit = _by_text(analysis, source)
        if kind is None:
            assert unit.role == Role.BACKGROUND and _edge(analysis, unit) is None
            continue
        head = major if target is None else _by_text(analysis, target)
        assert _edge(analysis, unit) == (head.id, kind), source


def test_then_there_is_adds_a_reason_rather_than_concluding() -> None:
    analysis = _checked(
        "Interpreters still matter\n\n"
        "The UN should keep human interpreters in every negotiating room.\n\n"
        "Machines miss the hedges that diplomats use on purpose, and they cannot be asked what "
        "they meant. Then there is secrecy, which no cloud server can promise.\n\n"
        "The savings from empty booths would be small.\n"
    )
    hedges = _by_text(analysis, "Machines miss the hedges")
    secrecy = _by_text(analysis, "Then there is secrecy")
    assert _edge(analysis, hedges) != (secrecy.id, RelationType.SUPPORT)
    assert "then" not in secrecy.markers


# -- narrative -------------------------------------------------------------------------------


# Each case: an op-ed, the start of its thesis, and the starts of the units that only tell.
STORIES = {
    "an opening anecdote": (
        "NATO's bases need their own drone shields\n\n"
        "The smell of kerosene hangs over the base at dawn. A mechanic walks the line of "
        "parked jets with a torch, counting them twice.\n\n"
        "NATO should give every forward air base its own drone shield within two years.\n\n"
        "Last month three drones crossed the perimeter of a base in Romania unseen. A shield "
        "would have spotted them kilometres away.\n",
        "NATO should give every forward air base",
        ("The smell of kerosene", "A mechanic walks"),
    ),
    "a story told mid-essay": (
        "The Arctic's rivals should share what their sensors see\n\n"
        "The Arctic states should share what their radars and satellites see with Russia.\n\n"
        "Sharing a picture of ships in distress would cut the risk of an accident nobody can "
        "explain. It would also keep the coast guards talking.\n\n"
        "The Arctic Council was founded in 1996 to keep security off the table. In March 2022 "
        "its seven Western members paused their work with Moscow.\n\n"
        "A shared picture need not wait for the council to revive.\n",
        "The Arctic states should share",
        ("The Arctic Council was founded", "In March 2022"),
    ),
    "the paragraph after a scene that still only tells": (
        "Compute for Africa\n\n"
        "In a server hall outside Nairobi, the fans never stop. Engineers in fleeces walk "
        "between the racks.\n\n"
        "The African Union has a plan to link such halls into one network. Officials in Addis "
        "Ababa talk of a continental supercomputer.\n\n"
        "Africa will get its computing power from the market, and the AU should stop pretending "
        "otherwise.\n\n"
        "Private data centres are already being built in Lagos, Nairobi and Johannesburg.\n",
        "Africa will get its computing power",
        ("The African Union has a plan", "Officials in Addis Ababa"),
    ),
}


@pytest.mark.parametrize("case", list(STORIES), ids=lambda c: c.replace(" ", "_"))
def test_a_story_is_background_rather_than_a_guessed_reason(case: str) -> None:
    text, thesis, told = STORIES[case]
    analysis = _checked(text)
    assert _major(analysis).text.startswith(thesis)
    for start in told:
        unit = _by_text(analysis, start)
        assert unit.role == Role.BACKGROUND
        assert _edge(analysis, unit) is None


# -- segmentation and cues -------------------------------------------------------------------


def test_units_never_end_inside_a_word_a_hyphenated_name_or_a_quotation() -> None:
    text = (
        "Syria's rebels and the drone trade\n\n"
        "Western capitals accused Turkey of arming al-\nNusra fighters with cheap drones in "
        '2015. The envoy said "we will stop the flights, because the border is ours" and '
        "nothing changed. Europe should make drone exports part of the next Syria talks.\n"
    )
    analysis = _checked(text)
    texts = [u.text for u in analysis.units]
    assert not any(t.endswith("al-") for t in texts), texts
    for t in texts:
        assert t.count('"') % 2 == 0, t


def _marker_words() -> set[str]:
    lexicon = load_lexicon("markers")
    words = {
        m.lower() for entry in lexicon.values() if isinstance(entry, dict) for m in entry["markers"]
    }
    # Clause connectives the segmenter splits at, and the one category name a rule shows.
    words |= {"as", "since", "for", "because", "so", "so that", "which means", "given that"}
    words |= {"while", "whereas", "although", "though", "but", "yet", "even though", "even if"}
    return words | {"concession", "reason", "however", "therefore"}


def test_every_marker_cue_shown_is_a_discourse_marker(bundled_analyses: list[Analysis]) -> None:
    markers = _marker_words()
    for analysis in bundled_analyses:
        for r in analysis.relations:
            if r.cue_kind != "marker":
                continue
            cue = re.sub(r" \(rebuttal\)$", "", r.cue).lower()
            assert cue in markers, (analysis.source.path, r.cue)


def test_the_summary_counts_the_fallback_relations_the_json_marks(
    bundled_analyses: list[Analysis],
) -> None:
    for analysis in bundled_analyses:
        fallback = sum(r.basis == "fallback" for r in analysis.relations)
        assert analysis.stats.fallback_relations == fallback
        for r in analysis.relations:
            if r.basis == "fallback":
                assert r.cue_kind == "structural", r


# -- bad input: a valid tree, no crash -------------------------------------------------------


def _paragraph(k: int) -> str:
    return (
        f"Delegation {k} argues that the treaty should cover drones. Its envoys add that "
        f"inspections failed in {1990 + k % 30} because nobody paid for them."
    )


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("single paragraph", "Europe should regulate AI. It must act because the risks grow."),
        ("all headings", "Why this matters\n\nThe background\n\nThe cost\n\nWhat next\n"),
        ("no headline", BODY),
        ("headline only", "Will sanctions bring Tehran back to the table?\n"),
        (
            "300 paragraphs",
            "A headline for a long read\n\n" + "\n\n".join(map(_paragraph, range(300))),
        ),
        (
            "a paragraph of 200 quotes",
            "Voices from the summit\n\n"
            + " ".join(f'"Point {k} matters," envoy {k} said.' for k in range(200)),
        ),
    ],
)
def test_awkward_op_eds_give_a_valid_tree(name: str, text: str) -> None:
    analysis = _checked(text)
    if analysis.units:
        assert analysis.major_claim is not None, name


def test_a_superlative_verdict_reads_as_the_thesis() -> None:
    analysis = analyse(
        "Arabic AI\n\n"
        "The Gulf has bought football clubs, golf tours and museum franchises. It has hosted "
        "summits and world cups.\n\n"
        "Of all the ways the Gulf has bought itself influence, Arabic AI is the shrewdest.\n\n"
        "A football club buys attention for a season. A language model that speaks your dialect "
        "buys a habit, and the Gulf's models now do.\n\n"
        "Jais and Falcon are open, so universities from Rabat to Muscat build on them."
    )
    assert _major(analysis).text.startswith("Of all the ways")
    assert Kind.EVALUATIVE in _by_text(analysis, "Of all the ways").kinds


def test_an_otherwise_sentence_gives_a_reason_and_is_not_the_thesis() -> None:
    analysis = analyse(
        "Europe's chip pledge buys nothing\n\n"
        "In Scotland in July, Brussels promised to buy $40bn of American AI chips over three "
        "years.\n\n"
        "Of all the promises Brussels made, the pledge to buy American chips is the least "
        "meaningful.\n\n"
        "Europe was going to buy these chips anyway. Nvidia has no European rival, and European "
        "firms already buy its chips.\n\n"
        "The pledge could have bought Europe something. Brussels should ask for a say over export "
        "licences.\n\n"
        "Otherwise the chip money will be spent, reported and forgotten, and the only thing Europe "
        "will have bought with its pledge is time."
    )
    assert _major(analysis).text.startswith("Of all the promises")


def test_a_semicolon_keeps_one_thought_in_one_unit_in_an_op_ed() -> None:
    analysis = analyse(
        "BRICS and AI\n\n"
        "The bloc met in Rio in July.\n\n"
        "The bloc will probably win more seats in the rooms where AI rules are written; it will "
        "not win the say that matters, over the chips and data centres.\n\n"
        "Its members own few of the machines; therefore their votes weigh little."
    )
    texts = [u.text for u in analysis.units]
    assert any(t.startswith("The bloc will probably") and "it will not win" in t for t in texts)
    assert any(t.startswith("therefore") for t in texts)


def test_a_should_inside_an_embedded_question_is_no_prescription() -> None:
    analysis = analyse(
        "Killer robots\n\n"
        "Astrid Myrvold keeps a list of capitals on her phone.\n\n"
        "The voluntary declaration is the only approach to military AI that stands a chance, "
        "and the holdouts should get behind it.\n\n"
        "Diplomats have discussed a ban in Geneva for a decade, and any member can block a deal, "
        "a right Russia has used to haggle over how many days the talks should last."
    )
    assert _major(analysis).text.startswith("The voluntary declaration")


def test_a_signpost_that_only_announces_what_follows_is_background() -> None:
    analysis = analyse(
        "The tech deal\n\nThe deal is a bad one.\n\nThere are three problems with it.\n\n"
        "The first is that nothing binds anybody. The memorandum is not a treaty, and the "
        "pledges are company announcements.\n\nHere is why that matters. Companies revise "
        "announcements when markets turn.\n\nStart with what the deal leaves out.\n\n"
        "It says nothing about chips, and chips are what both sides want."
    )
    for signpost in ("There are three problems", "Here is why", "Start with what"):
        unit = _by_text(analysis, signpost)
        assert unit.role == Role.BACKGROUND
        assert not [r for r in analysis.relations if unit.id in (r.source, r.target)]


QUIET_CLUB = (
    "The quiet club that tests the world's AI\n\n"
    "In November 2024, officials from nine countries met in San Francisco to launch a network "
    "of AI safety institutes. They pledged $11m for research.\n\n"
    "A year later, that unglamorous club is the most useful thing Western AI diplomacy has "
    "produced, and Washington is starving it.\n\n"
    "Summits produce declarations; the institutes produce test results.\n\n"
    "Congress has cut the American institute's budget by a third."
)


def test_a_label_headline_is_not_the_thesis_even_with_a_verb_in_it() -> None:
    analysis = _checked(
        "The quiet club that tests the world's AI\n\n"
        "In November 2024, officials from nine countries met in San Francisco.\n\n"
        "The institutes tested two models from American firms in 2025.\n\n"
        "Congress cut the American institute's budget by a third in June."
    )
    assert not _major(analysis).from_headline


def test_a_verdict_outweighs_a_plain_fact_as_the_thesis() -> None:
    assert _major(_checked(QUIET_CLUB)).text.startswith("A year later")


def test_one_more_item_on_a_list_of_problems_is_not_the_thesis() -> None:
    analysis = _checked(
        "Compute for Africa\n\n"
        "The African Union wants to pool its members' money for shared supercomputers.\n\n"
        "Compute is harder to pool than airspace.\n\n"
        "Power is another problem: South Africa, the continent's biggest data-centre market and "
        "the place where African AI computing power is built, endured blackouts for much of "
        "2023, and African data centres and computing power follow the grid.\n\n"
        "Africa will get its AI computing power from the market, and the AU should help it."
    )
    assert not _major(analysis).text.startswith("Power is another problem")


# -- links the text does not make; turns on the claim; one more reason -------------------------


OPENING = (
    "Chip deals need conditions\n\n"
    "Washington should attach conditions to every AI chip licence it grants in the Gulf.\n\n"
)


def test_a_paragraph_that_only_reports_is_not_guessed_to_argue_for_the_thesis() -> None:
    text = OPENING + (
        "Conditions cost the seller very little. A licence can name the data centre, the "
        "operator and the inspector in a page.\n\n"
        '"We signed every page they put in front of us," said Hamad Rashid, who negotiated '
        "the first licence for Abu Dhabi. He said the inspectors had visited twice.\n\n"
        "Licences without conditions have leaked before. Chips sold to Singapore in 2023 "
        "turned up in Shenzhen within months.\n"
    )
    analysis = _checked(text)
    quoted = _by_text(analysis, '"We signed every page')
    assert _edge(analysis, quoted) is None  # no guess that the quotation argues for the thesis
    assert not [r for r in analysis.relations if r.source == quoted.id]
    # The same voice going on is no reason for its own quotation either (development essays:
    # 4 such links in 30 right), so nothing links it; it still reads as evidence.
    follow_up = _by_text(analysis, "He said the inspectors")
    assert _edge(analysis, follow_up) is None
    assert follow_up.role is Role.PREMISE
    from aidip_cli.render import argument_map, console

    shown = console(width=100, record=True)
    shown.print(argument_map(analysis))
    assert "Not connected to the major claim" in shown.export_text()


def test_a_point_that_says_also_is_one_more_reason_for_the_thesis() -> None:
    text = OPENING + (
        "Conditions cost the seller very little. A licence can name the data centre in a "
        "page.\n\n"
        "Conditions also buy influence. A buyer who has signed them asks before it sells on.\n"
    )
    analysis = _checked(text)
    also = _by_text(analysis, "Conditions also buy influence")
    relation = next(r for r in analysis.relations if r.source == also.id)
    assert (relation.target, relation.cue, relation.basis) == (analysis.major_claim, "also", "cue")


def test_a_turn_after_the_evidence_answers_the_claim_the_evidence_backs() -> None:
    text = OPENING + (
        "The Emirates has accepted intrusive terms before. Its nuclear deal of 2009 let "
        "inspectors into every plant. Yet its officials now call chip inspectors an insult.\n\n"
        "Conditions cost the seller very little. A licence can name the data centre in a page.\n"
    )
    analysis = _checked(text)
    turn = _by_text(analysis, "Yet its officials")
    claim = _by_text(analysis, "The Emirates has accepted")
    assert _edge(analysis, turn) is not None
    assert _edge(analysis, turn)[0] == claim.id  # not the 2009 deal that backs the claim


@pytest.mark.parametrize(
    ("sentence", "kind_expected"),
    [
        (
            "Nobody asks what happens when a model fails a test it was never required to pass.",
            False,
        ),
        ("Since 2023 the United States has required licences for exports of AI chips.", False),
        ("Start with what Vietnam is selling.", False),
        ("Supply chains, she argued, should run through countries Washington can trust.", True),
        ("The United States should require licences for exports of AI chips.", True),
    ],
)
def test_what_is_described_signposted_or_reported_prescribes_nothing(
    sentence: str, kind_expected: bool
) -> None:
    unit = analyse(sentence).units[0]
    assert (Kind.NORMATIVE in unit.kinds) == kind_expected or unit.attribution.status != "none"


def test_so_far_opens_no_conclusion() -> None:
    from aidip_cli.mine.units._markers import opening_marker

    so_far = "So far the pressure has had the opposite effect."
    assert opening_marker(so_far, split_connective=None) is None
    marker = opening_marker("So the pressure has had the opposite effect.", split_connective=None)
    assert marker is not None and marker.cls == "conclusion"


def test_a_dated_event_is_news_not_the_thesis() -> None:
    text = (
        "Vietnam's partnership with America\n\n"
        "The morning shift at the Amkor plant outside Bac Ninh starts early, and the car park "
        "is full by seven.\n\n"
        "Their government has heard little else about friend-shoring. Vietnam took the "
        "factories and politely declined the sermon. That refusal to pick a side is not a "
        "weakness in Vietnam's bargain with America; it is the wisest part of the "
        "partnership.\n\n"
        "In September 2023 Joe Biden flew to Hanoi, and Vietnam lifted America to the top rung "
        "of its diplomatic ladder, a comprehensive strategic partnership with America.\n\n"
        "Three months later Xi Jinping came to Hanoi and left with a partnership of his own, "
        "and Vietnam signed both.\n\n"
        "Investors read the two visits as a promise that Vietnam would stay open to everyone.\n"
    )
    assert _major(_checked(text)).text.startswith("That refusal to pick a side")


def test_the_scene_an_op_ed_opens_with_is_not_guessed_to_argue_for_the_thesis() -> None:
    text = (
        "Trains to Europe\n\n"
        "The freight train from Xi'an pulled into Aktau at dawn. Its containers held servers "
        "bound for Baku.\n\n"
        "The ambition is larger than one machine. Data is supposed to follow the trains, "
        "through cables laid beside the track.\n\n"
        "The freight, at least, is moving. Europe has put money behind the corridor through "
        "its Global Gateway programme.\n\n"
        "The cable is the prize. Kazakhstan should price access to it for everyone and sell it "
        "to no single buyer.\n"
    )
    analysis = _checked(text)
    assert _major(analysis).text.startswith("Kazakhstan should price")
    scene = _by_text(analysis, "The freight, at least")
    assert _edge(analysis, scene) is None  # before the author takes any side: not a reason
    backing = _by_text(analysis, "Europe has put money")
    assert _edge(analysis, backing) == (scene.id, RelationType.SUPPORT)


def test_a_point_before_the_thesis_that_shares_nothing_with_it_is_not_guessed_to_argue_for_it() -> (
    None
):
    text = (
        "Cables before chips\n\n"
        "Most talk about the Gulf's AI boom is wrong. Reporters count the chips and ignore the "
        "wiring. That habit will cost America dearly.\n\n"
        "Oman sits at the mouth of the Strait of Hormuz. Eleven undersea systems land on its "
        "coast, near Barka. Ships anchor off the same beach every night, and fishermen work "
        "between them.\n\n"
        "Washington should treat cable landings as the real prize of its Gulf diplomacy. Chips "
        "age in three years; a landing station lasts thirty.\n"
    )
    analysis = _checked(text)
    assert _major(analysis).text.startswith("Washington should treat")
    place = _by_text(analysis, "Oman sits")
    assert _edge(analysis, place) is None  # no side taken, no word shared with the thesis
    assert _edge(analysis, _by_text(analysis, "Eleven undersea")) == (
        place.id,
        RelationType.SUPPORT,
    )
    habit = _by_text(analysis, "That habit")  # a side taken: still guessed, and marked so
    assert [r.basis for r in analysis.relations if r.source == habit.id] == ["fallback"]


@pytest.mark.parametrize(
    "grant",
    ["That may be true today.", "It is a fair worry.", "We have some sympathy.",
     "The complaint is half true."],
)  # fmt: skip
def test_a_turn_after_a_short_grant_answers_the_view_granted(grant: str) -> None:
    text = (
        "Africa's compute pact\n\n"
        "The African Union should pool its members' money for shared supercomputers.\n\n"
        "Pan-Africanists object that renting foreign chips is the problem, not the solution.\n\n"
        f"{grant} But ownership has mattered less to Africans than access and price.\n\n"
        "A shared machine in Nairobi would serve researchers from Lagos to Cairo.\n"
    )
    analysis = _checked(text)
    view = _by_text(analysis, "Pan-Africanists object")
    assert _edge(analysis, _by_text(analysis, grant[:12])) == (view.id, RelationType.SUPPORT)
    assert _edge(analysis, _by_text(analysis, "But ownership")) == (view.id, RelationType.ATTACK)


@pytest.mark.parametrize(
    ("before", "answered"),
    [
        (
            "Critics in Paris say the last summit was a trade fair for European start-ups.\n\n"
            "They have a point. Mistral, the Paris model-maker, raised €1.7bn in the weeks after "
            "it.",
            "Critics in Paris",
        ),
        (
            "European start-ups did well out of the last summit. Mistral, the Paris model-maker, "
            "raised €1.7bn in the weeks after it.",
            None,
        ),
    ],
)
def test_a_paragraph_that_opens_with_but_supports_no_sentence_before_it(
    before: str, answered: str | None
) -> None:
    text = (
        "Europe's next summit\n\n"
        "Europe should arrive in Delhi with one binding text, not another list of investments.\n\n"
        f"{before}\n\n"
        "But a summit is not a trade fair. Its job is to get rivals to sign the same sentence.\n\n"
        "A text that binds nobody will be forgotten by the time the delegates fly home.\n"
    )
    analysis = _checked(text)
    turn = _by_text(analysis, "But a summit")
    if answered is None:  # the turn takes the essay back to its thesis
        assert _edge(analysis, turn) == (analysis.major_claim, RelationType.SUPPORT)
    else:  # the view the last paragraph granted a point is what the turn answers
        assert _edge(analysis, turn) == (_by_text(analysis, answered).id, RelationType.ATTACK)


def test_a_question_the_author_answers_next_is_no_reason() -> None:
    text = (
        "Eurasia's server room\n\n"
        "Kazakhstan wants the data centres that the Gulf is building. Its ministers talk of "
        "campuses hungry for cheap coal power.\n\n"
        "The country has land, cold winters and a fibre line to China. Electricity costs less "
        "than in any Gulf state.\n\n"
        "So, can Kazakhstan become Eurasia's server room? Not in the sense its boosters mean. "
        "It will host the small machines that answer questions, not the giant ones that learn.\n"
    )
    analysis = _checked(text)
    question = _by_text(analysis, "So, can Kazakhstan")
    assert _edge(analysis, question) is None
    assert analysis.major_claim != question.id


def test_a_voice_quoted_after_a_view_backs_it_and_the_grant_and_turn_answer_that_view() -> None:
    text = (
        "Colombo's ocean dilemma\n\n"
        "Sri Lanka should open its waters to research ships from any country that shares its "
        "data.\n\n"
        "Indian officials argue that no condition can make a Chinese survey safe, because the "
        "data goes home by satellite.\n\n"
        '"A copy of the data is not the point," the commodore said. "The point is who had it '
        'first."\n\n'
        "That is true up to a point.\n\n"
        "But the ban has not kept Chinese ships out of the Indian Ocean, only out of Sri Lankan "
        "ports.\n"
    )
    analysis = _checked(text)
    view = _by_text(analysis, "Indian officials argue")
    assert _edge(analysis, _by_text(analysis, '"A copy')) == (view.id, RelationType.SUPPORT)
    assert _edge(analysis, _by_text(analysis, "That is true")) == (view.id, RelationType.SUPPORT)
    assert _edge(analysis, _by_text(analysis, "But the ban")) == (view.id, RelationType.ATTACK)


@pytest.mark.parametrize(
    "signpost", ["Washington sees it differently.", "In Washington the worry runs the other way."]
)
def test_a_line_announcing_that_others_see_it_differently_argues_nothing(signpost: str) -> None:
    text = (
        "Taiwan's deepfake front\n\n"
        "Taiwan should stop treating every deepfake as a national emergency and start "
        "treating American doubt as the bigger threat.\n\n"
        "The fakes are multiplying, but they have not swung a single election result.\n\n"
        f"{signpost}\n\n"
        "Many American analysts warn that generative AI will make the next election a "
        "disaster.\n\n"
        "But better fakes have met a better-prepared public, and Taiwan's fact-checkers answer "
        "most of them within hours.\n"
    )
    analysis = _checked(text)
    assert _major(analysis).text.startswith("Taiwan should stop")
    unit = _by_text(analysis, signpost[:12])
    assert not [r for r in analysis.relations if unit.id in (r.source, r.target)]


ARCTIC_THESIS = (
    "Arctic data\n\n"
    "The Arctic states should pool what their sensors see, and publish it, before an accident "
    "turns into a crisis.\n\n"
)
ARCTIC_POINT = (
    "The ice is thinning faster than the treaties assumed. Shipping lanes that were closed for "
    "most of the year now stay open from July to November.\n\n"
)


@pytest.mark.parametrize("reported", [True, False])
def test_a_reported_op_ed_leaves_a_paragraph_unlinked_that_nothing_ties_to_the_thesis(
    reported: bool,
) -> None:
    voices = (
        '"We see their ships long before they see ours," said Kari Nordby, a retired Norwegian '
        'admiral. "Nobody shares what they see."\n\n'
        "Officials in Copenhagen say the same. They add that the radars are old.\n\n"
        if reported
        else "Radar coverage is patchy, and each state keeps its own picture of the sea.\n\n"
    )
    analysis = _checked(ARCTIC_THESIS + voices + ARCTIC_POINT)
    assert _major(analysis).text.startswith("The Arctic states should pool")
    point = _by_text(analysis, "The ice is thinning")
    guesses = [r for r in analysis.relations if r.source == point.id]
    if reported:  # position alone is no evidence in reporting: no link is guessed
        assert guesses == []
    else:  # an essay argued in the author's own voice: the dimmed guess stays
        assert [(r.target, r.basis) for r in guesses] == [(analysis.major_claim, "fallback")]


def test_officials_quoted_after_their_view_back_it_and_a_document_cited_with_but_answers_it() -> (
    None
):
    text = (
        "Export licences need an outside audit\n\n"
        "Britain should let an independent auditor check every export licence for AI chips.\n\n"
        "Officials at the trade ministry say the present checks are strict enough. "
        '"We look at every licence twice," one official told me. '
        "But the ministry's own audit found dozens of licences that nobody had checked at "
        "all.\n\n"
        "An outside auditor would cost little and would end the argument.\n"
    )
    analysis = _checked(text)
    view = _by_text(analysis, "Officials at the trade ministry")
    assert _edge(analysis, _by_text(analysis, '"We look')) == (view.id, RelationType.SUPPORT)
    assert _edge(analysis, _by_text(analysis, "But the ministry")) == (view.id, RelationType.ATTACK)


def test_a_line_announcing_the_points_to_come_argues_nothing() -> None:
    text = (
        "Manila and the crewless ship\n\n"
        "Manila should stop trying to slow the maritime code down and start shaping it.\n\n"
        "Two things follow. The first is that the fight that matters is over certificates. "
        "Whoever writes the training rules decides which officers a ship needs.\n\n"
        "The second is that time is short.\n"
    )
    analysis = _checked(text)
    assert _by_text(analysis, "Two things follow").role == Role.BACKGROUND
    first = _by_text(analysis, "The first is")
    assert _edge(analysis, _by_text(analysis, "Whoever writes")) == (
        first.id,
        RelationType.SUPPORT,
    )


def test_still_after_a_point_the_author_granted_answers_the_grant() -> None:
    text = (
        "Count the water together\n\n"
        "Tashkent and Kabul should build one public record of the river from satellite data.\n\n"
        "It is true that the models have limits. Dust storms blind the satellites for days at a "
        "time.\n\n"
        "Still, a range that both sides have checked is worth more than a figure one side "
        "dismisses.\n\n"
        "A shared record would make any bargain fairer.\n"
    )
    analysis = _checked(text)
    grant = _by_text(analysis, "It is true")
    assert _edge(analysis, _by_text(analysis, "Still, a range")) == (grant.id, RelationType.ATTACK)


def test_voices_that_go_on_giving_a_reported_view_back_it_and_the_turn_answers_it() -> None:
    text = (
        "Export licences need an outside audit\n\n"
        "Britain should let an independent auditor check every export licence for AI chips.\n\n"
        "Officials at the trade ministry say the present checks are strict enough. "
        "Every application, they note, passes two desks before it is signed. "
        '"Nothing leaves this building unread," one official told me. '
        "Yet dozens of licences went out last year with a single signature.\n\n"
        "An outside auditor would cost little and would end the argument.\n"
    )
    analysis = _checked(text)
    view = _by_text(analysis, "Officials at the trade ministry")
    for start in ("Every application", '"Nothing leaves'):
        assert _edge(analysis, _by_text(analysis, start)) == (view.id, RelationType.SUPPORT)
    assert _edge(analysis, _by_text(analysis, "Yet dozens")) == (view.id, RelationType.ATTACK)


def test_a_grant_of_what_a_voice_said_and_the_turn_after_it_answer_that_voice() -> None:
    text = (
        "Promises on military AI are worth keeping\n\n"
        "Governments should keep signing voluntary pledges on military AI while a treaty is out "
        "of reach.\n\n"
        "Maria Lund, who follows the talks for a civil-society group in Oslo, says voluntary "
        "pledges let governments take credit while changing nothing. "
        '"A pledge you can drop in secret is not a rule," she said. '
        "She added that the last pledge had been dropped within a year.\n\n"
        "She is right that a pledge is weaker than a treaty. But a treaty that the big powers "
        "refuse to join is weaker still.\n\n"
        "A pledge at least sets a standard others can be held to.\n"
    )
    analysis = _checked(text)
    view = _by_text(analysis, "Maria Lund")
    for start in ('"A pledge', "She added", "She is right"):
        assert _edge(analysis, _by_text(analysis, start)) == (view.id, RelationType.SUPPORT)
    assert _edge(analysis, _by_text(analysis, "But a treaty")) == (view.id, RelationType.ATTACK)
