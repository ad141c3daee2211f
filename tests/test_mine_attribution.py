"""Who said it: named, vague or no source, the speaker behind a pronoun or a title, quotations.

Every sentence is written for these tests (most after the patterns the sources issue lists).
"""

from __future__ import annotations

import pytest

from aidip_cli import analyse
from aidip_cli.mine.units._paragraph import paragraph_text
from aidip_cli.mine.units.attribution._columns import sentence_of, unit_columns
from aidip_cli.nlp import get_nlp
from aidip_cli.schema import Analysis, Attribution, AttributionStatus
from helpers import problems

NAMED = AttributionStatus.NAMED
VAGUE = AttributionStatus.VAGUE
NONE = AttributionStatus.NONE


def _attribution(sentence: str) -> Attribution:
    units = analyse(sentence).units
    assert len(units) == 1, [u.text for u in units]
    return units[0].attribution


def _by_text(analysis: Analysis, start: str) -> Attribution:
    (unit,) = [u for u in analysis.units if u.text.lstrip('"“').startswith(start)]
    return unit.attribution


def _named_speaker(text: str, start: str) -> str:
    """The speaker the unit starting with ``start`` names (it must name one)."""
    attribution = _by_text(analyse(text), start)
    assert attribution.status == NAMED, attribution
    return attribution.speaker or ""


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("According to the IMF, almost 40% of global jobs are exposed to AI.", "IMF"),
        ("A PwC study puts the gain from AI at $15.7 trillion by 2030.", "PwC"),
        ("A 2023 OECD survey found that 60% of ministries use AI tools.", "OECD"),
        ("UNCTAD estimates that the AI market will reach $4.8 trillion by 2033.", "UNCTAD"),
        ("Reuters reported that the talks had stalled over verification.", "Reuters"),
        ("The UN estimates that 2.6 billion people are still offline.", "UN"),
        ("A Pentagon memo warns that cheap drones will overwhelm air defences.", "Pentagon"),
        ("The UK's Cameron suggested that the sanctions be lifted in stages.", "Cameron"),
        (
            '"Red notices were built for a world of paper," said Marta Ekdahl, a lawyer in '
            "Stockholm who has had several notices against her clients overturned.",
            "Marta Ekdahl",
        ),
        ("Their professional association, AIIC, has warned that the output can be wrong.", "AIIC"),
        # researchers' findings are their institution's (officials at a body stay a vague group)
        (
            "Researchers at Google DeepMind reported that their model beat the old one.",
            "Google DeepMind",
        ),
        (
            "Later, researchers at the Federation of American Scientists found a second field.",
            "Federation of American Scientists",
        ),
        ("ECMWF's own scientists have written that the models still need observations.", "ECMWF"),
        ("Mr. Nair conceded as much.", "Nair"),
        ("The IAEA announced that its inspectors had left the site.", "IAEA"),
        ("The Danish government announced that it would buy drone detectors.", "Danish government"),
    ],
)
def test_named_sources_are_recognised_with_their_speaker(sentence: str, speaker: str) -> None:
    attribution = _attribution(sentence)
    assert attribution.status == NAMED
    assert attribution.speaker == speaker


@pytest.mark.parametrize(
    "sentence",
    [
        "Projections indicate that AI will add $15.7 trillion to the world economy.",
        "Experts say the market for military AI will triple within five years.",
        "Studies show that 30% of diplomatic cables could be drafted by machines.",
        "By some estimates, compute capacity doubles every six months.",
        "Western reports indicate that the convoy crossed the border at night.",
        "Critics say the treaty has no teeth.",
        "Officials said the summit would be postponed.",
        "Experts believe the ceasefire will not hold.",
        "It is believed that the drones were launched from the coast.",
        "Some argue that sanctions only harden the regime.",
        "Analysts warn that the deal could unravel.",
        "A recent survey found that most diplomats distrust chatbots.",
        "Some interpreters and translators argue that machines have no place in the booth.",
        "Economists warn that the tariffs will backfire on Washington.",
        "Many small states argue that the rules favour the rich.",
        "AI, they argue, will cut far more emissions than it causes.",
        "Officials at the Commission say the rules already cover border systems.",
        "Diplomats in Geneva like to say that the treaty's strength is its simplicity.",
        "Others, led by American tech lobbies, want the WTO to return to binding rules.",
        "Some senators want to give the institute a permanent footing in law.",
    ],
)
def test_vague_sources_are_flagged_with_no_speaker(sentence: str) -> None:
    attribution = _attribution(sentence)
    assert attribution.status == VAGUE, attribution
    assert attribution.speaker is None and attribution.cue


@pytest.mark.parametrize(
    "sentence",
    [
        "The market grew by 20% last year.",
        "The West should expect no quick fix.",
        "Russia is expected to sign the treaty.",
        "That said, the talks must go on.",
        "The said agreement expires in June.",
        "Britain gave the agency £100 million last year.",
        "The UN voted to create a scientific panel on AI.",
        "I argued last year that the embargo would fail.",
        "If Washington believes that Beijing will cheat, it will not sign.",
        'The so-called "digital sovereignty" agenda is a slogan, not a policy.',
        'A delegate who says her government "could look at" a proposal is not saying yes.',
        "The numbers suggest that the embargo has worked.",
        "In April Beijing added seven rare earths to its export-licensing regime.",
        # requests and orders are what somebody did, not what they said
        "In May 2025 the White House asked Congress to stop paying for peacekeeping altogether.",
        "Other ministries have told their diplomats to keep the machines away from secrets.",
        "Guterres has proposed cutting the regular budget for 2026 by about 15%.",
        # wanting a thing, or having wanted one in a story, is no stated position
        "Beijing wants relief for Huawei.",
        # announcing a project is doing something; announcing that ... is saying it
        "Microsoft and G42 announced a $1bn data centre in Kenya in 2024.",
        "A trading company in Bishkek wanted to pay a German distributor for the goods.",
        "But private testers answer to the firms that pay them.",
        "They say little about the cost.",
    ],
)
def test_no_source_is_invented_where_nobody_speaks(sentence: str) -> None:
    assert _attribution(sentence).status == NONE


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        ('"We will not retreat," said Ali Vaezi, the deputy foreign minister.', "said"),
        ('"We will not retreat," Ali Vaezi warned.', "warned"),
        ("Ali Vaezi told reporters that Tehran would not retreat.", "told"),
        ('As Ali Vaezi put it, "nobody retreats from a winning hand."', "put it"),
    ],
)
def test_both_orders_of_quotation_and_speech_verb_name_the_speaker(sentence: str, cue: str) -> None:
    attribution = _attribution(sentence)
    assert (attribution.status, attribution.speaker, attribution.cue) == (NAMED, "Ali Vaezi", cue)
    assert attribution.kind == "person"


def test_a_direct_quotation_records_the_quoted_words_and_their_offsets() -> None:
    text = '"The talks are over," Ms Ray said. "Nobody will come back to this table."'
    analysis = analyse(text)
    first, second = (u.attribution for u in analysis.units)
    assert first.mode == second.mode == "direct"
    assert first.speaker == second.speaker == "Ray"
    assert first.quote is not None and first.quote.text == "The talks are over,"
    assert analysis.text[first.quote.start : first.quote.end] == first.quote.text
    assert second.quote is not None and second.quote.text == "Nobody will come back to this table."


def test_a_quotation_over_several_sentences_is_one_attribution() -> None:
    analysis = analyse('"The talks are over. Nobody will come back," said Leila Haddad.')
    assert [u.attribution.speaker for u in analysis.units] == ["Leila Haddad", "Leila Haddad"]


def test_a_pronoun_speaker_resolves_to_the_person_of_that_gender_named_before() -> None:
    analysis = analyse(
        "Ms Ray met Mr Vaezi in Geneva. Mr Vaezi wanted guarantees.\n\n"
        '"We will not retreat," he declared. "Nor will we," she replied.'
    )
    assert _by_text(analysis, "We will not retreat").speaker == ["Mr", "Vaezi"][-1]
    assert _by_text(analysis, "Nor will we").speaker == "Ray"


def test_british_single_quotation_marks_carry_the_speaker_to_the_next_sentence() -> None:
    analysis = analyse(
        "Grace Chirwa was tracking the storm from Blantyre. 'Our only radar was broken,' she "
        "told me. 'Everything we knew came from a few rain gauges.' It was not enough.\n\n"
        "'Africa has been giving that data away for 50 years. Now it is being asked to buy the "
        "forecasts back,' said Ruth Atieno. The officials' view differs."
    )
    for start in ("'Our only radar", "'Everything we knew", "'Africa has been", "Now it is"):
        unit = next(u for u in analysis.units if u.text.startswith(start))
        assert unit.attribution.status == NAMED, start
        assert unit.attribution.mode == "direct", start
    assert _by_text(analysis, "It was not enough").status == NONE
    assert _by_text(analysis, "The officials' view").status == NONE


# (text, start of the unit, the person its pronoun or title means)
SPEAKERS_IN_VIEW = {
    "'in her words' is the woman in view": (
        "Ana Kovač runs the agency in Belgrade. Mira Vos, a lawyer, has sued it twice.\n\n"
        'In her words, the cameras are "a trap for anyone who protests".',
        "In her words",
        "Mira Vos",
    ),
    "'he' is the man set off by commas as the subject, not the man in the possessive": (
        "Jonas Berg wrote that a UN agency would be obsolete on the day it opened.\n\n"
        "Berg's former colleague at the AI Office, Pieter Aalders, disagrees. He noted that the "
        "IAEA itself began with a modest mandate.",
        "He noted",
        "Pieter Aalders",
    ),
    "a storm with a name is not the woman 'she' points to": (
        "When Cyclone Freddy swung back towards Mozambique, Grace Chirwa was tracking it. "
        '"Our only radar was broken," she told me.',
        "Our only radar",
        "Grace Chirwa",
    ),
    "a company role is the founder named just before, not the company": (
        "Kestrel Labs, a Boston firm that sells model evaluations to AI developers, was founded "
        "last year by Arjun Nair, a former researcher at the American institute. The company's "
        'chief executive argued that private testers move faster: "Governments meet quarterly."',
        "The company's chief executive",
        "Arjun Nair",
    ),
}


@pytest.mark.parametrize("case", SPEAKERS_IN_VIEW)
def test_a_pronoun_or_role_speaker_is_the_person_the_text_has_in_view(case: str) -> None:
    text, start, speaker = SPEAKERS_IN_VIEW[case]
    attribution = _by_text(analyse(text), start)
    assert (attribution.status, attribution.speaker) == (NAMED, speaker)


def test_a_title_speaker_resolves_to_the_person_the_text_gave_that_title() -> None:
    analysis = analyse(
        "Haruka Sato, Japan's trade minister, flew to Washington on Monday. "
        "The minister told reporters that Tokyo would align its export lists."
    )
    attribution = _by_text(analysis, "The minister told")
    assert (attribution.status, attribution.source, attribution.speaker) == (
        NAMED,
        "The minister",
        "Haruka Sato",
    )


def test_the_author_answering_a_quotation_speaks_in_their_own_voice() -> None:
    analysis = analyse(
        '"Every restriction is a subsidy to Huawei," said Dana Whitlock. She is wrong.'
    )
    assert _by_text(analysis, "She is wrong").status == NONE


@pytest.mark.parametrize(
    "text",
    [
        'He said "yes and then left. Nobody followed.',  # never closed
        "She said “no” and «maybe» and „vielleicht“ and 'perhaps'.",  # mixed marks
        '"Outer "inner" outer," said Ms Ray.',  # nested straight quotes
        '"A quotation with no verb anywhere."',
        ("“This quotation goes on\n\ninto the next paragraph,” she said.\n\n" * 3),
        " ".join(f'"Point {i}," said Ms Ray.' for i in range(500)),
    ],
)
def test_broken_and_extreme_quotations_give_a_sound_analysis(text: str) -> None:
    data = analyse(text).model_dump(mode="json")
    assert problems(data) == []
    for unit in data["units"]:
        attribution = unit["attribution"]
        if attribution["status"] == "none":
            assert attribution["speaker"] is None and attribution["quote"] is None
        quote = attribution["quote"]
        if quote is not None:
            assert data["text"][quote["start"] : quote["end"]] == quote["text"]


def test_a_quotation_with_no_speaker_anywhere_gets_no_source() -> None:
    assert _attribution('"A quotation with no verb anywhere."').status == NONE


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        (
            "Critics will say that a chatbot paid for by a king will tell people what to think.",
            VAGUE,
        ),
        ("Some will argue that the deal is fine.", VAGUE),
        ("Washington might argue that it must act.", NONE),
        ("In April 2024 Microsoft put $1.5bn into G42, an Emirati firm.", NONE),
        ("Industry analysts put the share of usable chips well below 50 percent.", VAGUE),
        ('Tokyo lifted the curbs and put Korea back on its "white list" of partners.', NONE),
        ("Tonga found this out in January 2022, when the eruption severed its only cable.", NONE),
        ("In late 2024 both companies agreed to let the institutes test their models.", NONE),
        ("Former staff say several of the institute's best researchers have left.", VAGUE),
        ("By most estimates, Europe buys less than a third of that from America.", VAGUE),
    ],
)
def test_foreseen_objections_and_estimates_are_sources_but_deals_and_payments_are_not(
    sentence: str, status: AttributionStatus
) -> None:
    assert _attribution(sentence).status == status


def test_an_estimate_credited_with_by_names_its_owner() -> None:
    attribution = _attribution(
        "By one widely cited estimate from Epoch AI, a research group, the United States hosts "
        "about three-quarters of the world's AI supercomputing capacity."
    )
    assert (attribution.status, attribution.speaker) == (NAMED, "Epoch AI")


def test_a_name_the_tagger_misses_is_still_the_speaker_a_pronoun_means() -> None:
    analysis = analyse(
        "Ana Ruiz runs the lab in Lima. She has worked there for years.\n\n"
        "Ms Ruiz is calmer; she thinks the money will come."
    )
    attribution = _by_text(analysis, "Ms Ruiz")
    assert (attribution.status, attribution.speaker) == (NAMED, "Ana Ruiz")


def test_a_surname_with_an_honorific_resolves_to_the_full_name_given_before() -> None:
    analysis = analyse(
        'The bloc has grown. "Nobody can write the rules," said Mariana Coutinho, a Brazilian '
        "diplomat who worked on the text.\n\nThe money is elsewhere.\n\n"
        '"We have won the right to speak," Ms Coutinho said.'
    )
    assert _by_text(analysis, "We have won").speaker == "Mariana Coutinho"


def test_a_role_the_text_gave_someone_keeps_pointing_at_them() -> None:
    analysis = analyse(
        "The envoy\n\nAstrid Myrvold keeps a list of 58 capitals on her phone.\n\n"
        '"People laugh at the list," Norway\'s envoy for military technologies told me.\n\n'
        "Ms Myrvold has spent three years on it. The declaration is voluntary. Nobody is bound. "
        "Several large states stayed away. The campaigners want more. Geneva is slow. The talks "
        "drag on. The drafts pile up. The coffee is bad.\n\n"
        '"Then the job is to make it less American," the envoy replied.'
    )
    attribution = _by_text(analysis, "Then the job")
    assert attribution.status == NAMED and (attribution.speaker or "").endswith("Myrvold")


def test_the_company_is_the_firm_just_named_as_a_subject() -> None:
    analysis = analyse(
        "Chips in Texas\n\n"
        "Samsung is building a chip plant in Texas, with money from Washington.\n\n"
        "The company has said it will need about $40bn in all."
    )
    attribution = _by_text(analysis, "The company")
    assert (attribution.status, attribution.speaker) == (NAMED, "Samsung")


def test_a_source_kept_anonymous_on_purpose_is_not_the_person_in_view() -> None:
    analysis = analyse(
        "Probe\n\nAccording to Dr Ali Khan, the machines are reliable. He added that the audits "
        "had found no fraud.\n\nThe ambassador, who asked not to be named, said the deal was dead."
    )
    attribution = _by_text(analysis, "The ambassador")
    assert (attribution.status, attribution.speaker) == (VAGUE, None)


def test_a_report_published_by_a_body_speaks_for_that_body() -> None:
    attribution = _attribution(
        "The report, published by the Carter Center in March, found that the tallies matched."
    )
    assert (attribution.status, attribution.speaker) == (NAMED, "Carter Center")


@pytest.mark.parametrize(
    ("sentence", "status", "source"),
    [
        # the tagger reads the reporting verb as a noun at the root
        ("Pan-Africanists object that the pact is the problem.", VAGUE, "Pan-Africanists"),
        (
            "Historians of the relationship note that earlier thaws, in 1998 and again in 2015, "
            "ended in recrimination.",
            VAGUE,
            None,
        ),
        ("Critics on the left dismiss the Rome Call as ethics-washing.", VAGUE, None),
        # ... or a plural present as a bare infinitive
        ("Sceptics in Washington dismiss the Rio text as talking points.", VAGUE, None),
        # what an unnamed group sees is its view; a body's or a country's is not
        ("Officials at the AI Office see no reason to publish more.", VAGUE, None),
        ("Some Panamanians see the rivalry as a windfall.", VAGUE, None),
        ("Banks see only their own customers.", NONE, None),
        ("Washington sees it differently.", NONE, None),
        # a participle of "say" reports what the main clause's subject said
        (
            "Donald Trump left the summit a day early, saying he was needed in Washington.",
            NAMED,
            "Donald Trump",
        ),
        ("In October China went further, claiming the right to license chips.", NONE, None),
        # an aside with "they" is people, unnamed
        ("Talks between governments, they say, are not lobbying.", VAGUE, None),
    ],
)
def test_reporting_verbs_the_tagger_misreads_and_views_groups_hold(
    sentence: str, status: AttributionStatus, source: str | None
) -> None:
    attribution = _attribution(sentence)
    assert attribution.status == status
    if source is not None:
        assert attribution.source == source


def test_a_pronoun_in_an_aside_is_not_the_person_named_in_what_was_said() -> None:
    analysis = analyse(
        "A new name\n\nTwo days after his election, Pope Leo XIV spoke to the cardinals about his "
        "name. Leo XIII, he recalled, had answered the first industrial revolution with an "
        "encyclical. The Church now faced another revolution, he said."
    )
    for start in ("Leo XIII", "The Church"):
        attribution = _by_text(analysis, start)
        assert attribution.status == NAMED, start
        assert (attribution.speaker or "").endswith("Leo XIV"), start


def test_by_her_count_credits_the_woman_in_view() -> None:
    analysis = analyse(
        "Lobbying\n\nSanne Visser tracks lobbying in Amsterdam.\n\n"
        "By her count, American firms held more than half of the meetings."
    )
    attribution = _by_text(analysis, "By her count")
    assert (attribution.status, attribution.speaker) == (NAMED, "Sanne Visser")


def test_the_bloc_is_the_body_the_essay_is_about() -> None:
    analysis = analyse(
        "BRICS and AI\n\nBRICS wants a say over AI. BRICS met in Rio in July.\n\n"
        "Its members produce few chips. Money is scarce. Votes are cheap.\n\n"
        "In a joint statement, the bloc called for rules written at the United Nations."
    )
    attribution = _by_text(analysis, "In a joint statement")
    assert (attribution.status, attribution.speaker) == (NAMED, "BRICS")


@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        # a wire dateline is not the source
        (
            "NAIROBI — Kenya's ICT minister, Joseph Mwangi, said on Monday that the data centre "
            "would open in May.",
            "NAIROBI",
            "Joseph Mwangi",
        ),
        # a title in an aside points at the person in view, not at the clause's subject
        (
            "Lena Berg runs the Swedish AI office. Europe and Japan, the director says, have "
            "shown that small teams can test large models.",
            "Europe and Japan",
            "Lena Berg",
        ),
        # a report in a trailing concession still has its speaker
        (
            "Power for Africa\n\nAmina Yusuf, the AU commissioner for energy, asked for new "
            "power lines.\n\nHer plan "
            "drew applause, though the commissioner acknowledged that the money must come from "
            "abroad.",
            "Her plan drew applause",
            "Amina Yusuf",
        ),
        # a title noun the entity ruler marks as an actor is still a title
        (
            "Kenji Mori, a Japanese diplomat, greeted the delegation. The diplomat added that "
            "Tokyo would wait.",
            "The diplomat added",
            "Kenji Mori",
        ),
        # an age stands for the person in view
        (
            "Park Ji-ho founded the start-up in 2018. The 39-year-old said he had refused "
            "Chinese money.",
            "The 39-year-old",
            "Park Ji-ho",
        ),
        # "the embassy" is the body named before whose name holds the word
        (
            "The Chinese embassy in London has accused MPs of spreading fabrications. The "
            "embassy said on its website that the cameras were safe.",
            "The embassy said",
            "Chinese embassy in London",
        ),
    ],
)
def test_titles_asides_and_datelines_point_at_the_right_speaker(
    text: str, start: str, speaker: str
) -> None:
    assert _named_speaker(text, start).endswith(speaker)


@pytest.mark.parametrize(
    ("text", "start"),
    [
        # a possessive title is somebody else, unnamed
        (
            "Sen. Robert Hale chairs the export subcommittee. He wants the loophole closed.\n\n"
            "His spokeswoman said a hearing would follow in September.",
            "His spokeswoman",
        ),
        # a title first given to an unnamed source stays unnamed
        (
            "Claire Roux, the president's envoy, announced the summit. A spokeswoman for the "
            "ministry said invitations had gone out. Asked about China, the spokeswoman said it "
            "was too early to say.",
            "Asked about China",
        ),
        # a title owned by a country is nobody tied to another one
        (
            "Ghana's ambassador, Kwesi Amoako, told the council that the battlefield had become "
            "a laboratory. He urged members to back talks. China's envoy said Beijing supported "
            "the goal.",
            "China's envoy",
        ),
        # a 'he' just after a person left unnamed is that person, not the one named before
        (
            "The latest is Senator Mark Delaney, who told an audience that the Emirates were "
            "playing both sides. He is right, but late.\n\nA Gulf diplomat I spoke to afterwards "
            'was unbothered. "Of course we hedge," he said.',
            "Of course we hedge",
        ),
        (
            "Maria Costa, the Italian envoy, opened the talks.\n\nA spokeswoman for the ministry "
            "said the talks would resume. She added that no date had been set.",
            "She added",
        ),
        # a body's (or a titled person's) spokesman is nobody the text merely has in view
        (
            "Siobhan Kearney, who chairs the residents' group, counts the lorries. \"Nobody "
            'mentioned the grid," she says.\n\nEirGrid, the state operator, says connections '
            "are assessed case by case. The company's spokesman would not say how many "
            "applications were pending.",
            "The company's spokesman",
        ),
        # ... but somebody who answers the titled source is somebody else
        (
            'Headline\n\nThe minister said the talks were over. Ana Ruiz disagreed. "We will be '
            'back," the minister said.',
            "We will be back",
        ),
        # "the ministry" is no name the tagger took for a body ("Mihkel Org")
        (
            "Mihkel Org, a physics teacher in Tartu, is uneasy. The 64-year-old in Tartu does not "
            "want the programme scrapped. When I asked the foreign ministry whether it checks the "
            "systems it helps to build, the ministry said in a statement that partners take full "
            "ownership.",
            "When I asked",
        ),
    ],
)
def test_an_unnamed_title_is_not_resolved_to_the_person_in_view(text: str, start: str) -> None:
    attribution = _by_text(analyse(text), start)
    assert attribution.status == VAGUE and attribution.speaker is None


def test_described_as_is_a_verdict_reported() -> None:
    analysis = analyse(
        "Hiroko Sato is Japan's ambassador. Speaking in Washington, Ambassador Sato described "
        "coordination between the two governments as closer than ever."
    )
    attribution = _by_text(analysis, "Speaking in Washington")
    assert attribution.status == NAMED and (attribution.speaker or "").endswith("Sato")


def test_a_company_after_a_dateline_is_what_the_company_later_means() -> None:
    analysis = analyse(
        "SAN DIEGO, Calif. — Qualnet Systems, a smaller rival to Nvidia, said on Monday it had "
        "paused shipments to two distributors. The company said it was reviewing the buyers."
    )
    attribution = _by_text(analysis, "The company said")
    assert (attribution.status, attribution.speaker) == (NAMED, "Qualnet Systems")


@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        # "it" after a person spoke: the organisation that is the subject just before
        (
            "Rahul Mehta, who runs a cloud start-up in Pune, said he would move his servers to "
            "Dubai. India's Ministry of Electronics did not reply to his complaint. It said in "
            "May that it was reviewing power prices.",
            "It said in May",
            "Ministry of Electronics",
        ),
        # ... or the only organisation the sentence before names
        (
            "The prosecution is led by the Office of Export Enforcement. It says the broker "
            "ignored four warnings.",
            "It says the broker",
            "Office of Export Enforcement",
        ),
        # a firm that spoke a few sentences back is what "the company" means
        (
            "Veritext, a start-up that sells translation software to embassies, said on Monday "
            "that it had raised $40m. Its founder, Ines Calder, said the money would pay for an "
            "office in Nairobi. Asked about data, the founder said nothing left Kenya. The "
            "company said it would not sell to armies.",
            "The company said",
            "Veritext",
        ),
        # "the group" is the organisation that just spoke
        (
            "The Semiconductor Exporters Forum warned on Friday that new curbs would cost its "
            "members dearly. The group said buyers would turn to Korean suppliers.",
            "The group said",
            "Semiconductor Exporters Forum",
        ),
        # a name with a title beside it is a person, even one the tagger does not know
        (
            "Fewer Westerners attend each year. By the count of Urs Rieder, a Swiss engineer who "
            'has sat on the committee since 2018, their share has halved. "The rooms belong to '
            'the big firms now," he said by phone.',
            "The rooms belong",
            "Urs Rieder",
        ),
        # of several engineers, "the Swiss engineer" is the one the text called Swiss
        (
            "Lin Yue, an engineer with the Chinese delegation, spoke first. Urs Rieder, a Swiss "
            "engineer, disagreed. Mara Costa, a Portuguese engineer, agreed with Lin. The Swiss "
            "engineer reckons that a seat costs $150,000 a year.",
            "The Swiss engineer",
            "Urs Rieder",
        ),
        # an aside after a colon reports the clause it sits in, not the narrative before it
        (
            "Gina Raimondo, then commerce secretary, brought the idea to Hanoi in 2023: chip "
            "plants, she argued, should sit in countries Washington can trust.",
            "Gina Raimondo",
            "Gina Raimondo",
        ),
        # a speaker set off by commas before a closing "said", however the parser hangs it
        (
            "The bloc wants countries to notify each other before training any system above an "
            "agreed computing threshold, its digital envoy, Matteo Bellandi, said.",
            "The bloc wants",
            "Matteo Bellandi",
        ),
        (
            "In 2024 Alat, the fund's manufacturing arm, said it would sell its Chinese stakes.",
            "In 2024 Alat",
            "Alat",
        ),
        # a call made by doing something
        (
            "Sophie Lambert opened the session by calling for a fund for poor countries.",
            "Sophie Lambert",
            "Sophie Lambert",
        ),
        # two subjects in one parse: the nearer one is the speaker
        (
            "In June 2023 rolling blackouts across the north shut factories for days, and the "
            "World Bank put the cost at about $1.4bn, some 0.3% of GDP.",
            "In June 2023",
            "World Bank",
        ),
    ],
)
def test_organisation_pronouns_titles_and_misparsed_speakers_resolve(
    text: str, start: str, speaker: str
) -> None:
    assert _named_speaker(text, start).endswith(speaker)


@pytest.mark.parametrize(
    "text",
    [
        "Interpol has tightened its checks, and in 2022 it put requests from Russia under "
        "extra scrutiny.",
        "Somewhere in Bavaria, meanwhile, a plant manager is still counting transistors.",
    ],
)
def test_putting_and_counting_things_is_no_report(text: str) -> None:
    assert all(u.attribution.status == NONE for u in analyse(text).units)


def test_the_name_of_a_firm_described_before_it_is_no_person_in_view() -> None:
    analysis = analyse(
        "THE HAGUE — A Dutch court on Monday blocked the sale of a lithography-software firm, "
        "Optiqa, to a Chinese buyer. The company's lawyer said Optiqa would appeal."
    )
    attribution = _by_text(analysis, "The company's lawyer")
    assert attribution.status == VAGUE and attribution.speaker is None


@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        # a bare surname brings its person back into view: "She" is the one just mentioned
        (
            "During the hearing its chair, Ulrike Sommerfeld, questioned the head of the "
            "agency. Regina Pohl, who has run the agency since 2022, said an audit was under "
            "way.\n\nSommerfeld was not satisfied with Pohl's answer. She told reporters that "
            "the agency had dodged the question.",
            "She told reporters",
            "Ulrike Sommerfeld",
        ),
        # "the agency" is the body described as one, not the embassy named since
        (
            "Britain's National Cyber Security Centre said on Friday that hackers had used AI "
            "to write phishing emails. The Iranian embassy in London rejected the allegation. "
            "The agency added that no classified systems had been breached.",
            "The agency added",
            "National Cyber Security Centre",
        ),
        # "the firm" is the company, not the ministry that announced its contract
        (
            "Ghana has chosen Volta Digital, a joint venture of a telecoms group and a Qatari "
            "fund, to build its first AI data centre, the Ministry of Communications said on "
            "Monday. The firm said building work would start in March.",
            "The firm said",
            "Volta Digital",
        ),
        # "the ministry" of two: the one that was the subject
        (
            "Brazil's Ministry of Science said on Wednesday that it would fund a national AI "
            "model, a project the Ministry of Finance had tried to shelve. The ministry said "
            "the model would cost 1.2 billion reais.",
            "The ministry said",
            "Ministry of Science",
        ),
        # a refusal to say is the speaker's all the same
        (
            "Oleh Savchuk, Ukraine's envoy for defence technology, said several governments "
            "were interested. The envoy declined to name the countries.",
            "The envoy declined",
            "Oleh Savchuk",
        ),
        # a name given after its title ("the technology minister, Rhodri Gwilt") is a person
        (
            "MPs pressed the technology minister, Rhodri Gwilt, over the pact. Patricia "
            'Oyelaran, who chairs the committee, asked about risks. "We have assessed them," '
            "the minister replied.",
            "We have assessed them",
            "Rhodri Gwilt",
        ),
    ],
)
def test_surnames_sorts_of_body_refusals_and_titles_point_at_the_speaker(
    text: str, start: str, speaker: str
) -> None:
    assert _named_speaker(text, start).endswith(speaker)


def test_a_name_the_tagger_ran_on_into_the_verb_is_cut_at_the_verb() -> None:
    analysis = analyse(
        'Ingrid Moe sat on the council for a decade. "Silence is a vote too," Ms Moe told me.'
    )
    assert _by_text(analysis, "Silence is a vote").speaker == "Ingrid Moe"


@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        # a word the text set beside a name is a title for that person alone
        (
            "Tomás Huenchul, a lonko, or chief, of a Mapuche community near Temuco, met the "
            "minister in March. Ana Soto, who runs the regional office, said talks would go "
            'on.\n\n"We were here before the dams," the lonko said.',
            "We were here before",
            "Tomás Huenchul",
        ),
        (
            "Senators questioned Harriet Lyle, the nominee for trade representative, for three "
            'hours. "Tariffs are a tool, not a goal," the nominee said.',
            "Tariffs are a tool",
            "Harriet Lyle",
        ),
        # one person called by nationality
        (
            "Chidi Okafor has advised three governments on data law. Critics say he moves too "
            'fast. "Rules written elsewhere will be enforced here," the Nigerian said.',
            "Rules written elsewhere",
            "Chidi Okafor",
        ),
        # a name described as a firm is a body, which "it" and "the company" mean later
        (
            "Drone maker Velkar Aero, based in Shenzhen, said on Tuesday it would sue. The firm "
            "said in a statement that it had no military ties.",
            "The firm said",
            "Velkar Aero",
        ),
        (
            "The regulator on Friday ordered a cloud platform, Zervo, to delete the files. The "
            "company, which is based in Malta, said it had deleted them within hours.",
            "The company, which",
            "Zervo",
        ),
        # what a source would not say, or would say and no more, is still theirs
        (
            "Korvane Robotics said on Monday that it would build a plant in Poland. The company "
            "did not say how much it would invest.",
            "The company did not say",
            "Korvane Robotics",
        ),
        (
            "I watched Marta Lindqvist corner the Chinese delegate for twenty minutes. "
            'Afterwards she would say only that the talks had been "useful".',
            "Afterwards she would say",
            "Marta Lindqvist",
        ),
        # a surname alone is the person named before, whatever the tagger made of it
        (
            "Park Min-jun, a South Korean diplomat, helped prepare the debate. Antonio Guterres "
            "backed a new body.\n\nPark said he expected the Council to return to the subject. "
            '"We will keep talking," he said.',
            "We will keep talking",
            "Park Min-jun",
        ),
        (
            "In her new book, the Chilean economist Beatriz Rojas Correa makes an unfashionable "
            "case. Rojas argues that every data centre is a copper mine.",
            "Rojas argues",
            "Rojas Correa",
        ),
        # "in her words" set into a clause about one woman gives another woman's words
        (
            "Inés Ferraro left the agency last year and now criticises her successor, Lucía "
            'Benedetti. Benedetti, in her words, "treats the cloud like a religion."',
            "Benedetti, in her words",
            "Inés Ferraro",
        ),
        # a 'her' nobody named before is the woman the paragraph names next
        (
            'The envoy did not hide her anger. The new rules, in her words, are "a wall dressed '
            "as a bridge\". Amara Diallo, Senegal's envoy to the talks, spoke after the vote.",
            "The new rules, in her words",
            "Amara Diallo",
        ),
        # "Her name is ...": the source just called by a title is named
        (
            'Tor Haugen, an investor from Oslo, toured the port in May. "We turn the turbines '
            "off when the wind is best,\" the port's energy manager told me. Her name is Ingrid "
            "Solberg, and she has run the grid for a decade.",
            "We turn the turbines",
            "Ingrid Solberg",
        ),
        # a 'she' after a clause whose subject is a title is the person with that title
        (
            "Ingrid Solberg, the port's energy manager, showed me the turbines. Maja Lunde, an "
            "economist in Bergen, is less sure. Batteries would be needed, she said.\n\nThe "
            "manager does not dispute the cost, but she argues that the grid needs a customer.",
            "The manager does not dispute",
            "Ingrid Solberg",
        ),
        # the age misread as the subject of a noun
        (
            "Bernard Achterberg negotiated the chemical weapons annex. The 71-year-old argues "
            "that inspectors could audit data centres.",
            "The 71-year-old argues",
            "Bernard Achterberg",
        ),
        # a reason cited is no source: the firm that said it is
        (
            "Hanwol Semiconductor said on Friday that it would build the plant in Vietnam, "
            "citing uncertainty over American export rules.",
            "Hanwol Semiconductor said",
            "Hanwol Semiconductor",
        ),
        # a newspaper that reported is not "the company"
        (
            "In May the Guardian reported that the unit had stored recordings on Zentra's "
            "servers. Days later the company said it had cut off the unit.",
            "Days later the company",
            "Zentra",
        ),
    ],
)
def test_roles_nationalities_firms_refusals_and_cataphora_point_at_the_speaker(
    text: str, start: str, speaker: str
) -> None:
    assert _named_speaker(text, start).endswith(speaker)


@pytest.mark.parametrize(
    ("text", "start"),
    [
        # a silence told in the author's voice
        (
            "The government scrapped the scheme in June but has not said what will replace it.",
            "The government scrapped",
        ),
        # a title nobody was given names nobody
        ('Ana Soto runs the regional office. "It is late," the lonko said.', "It is late"),
    ],
)
def test_a_silence_or_an_unknown_word_for_a_speaker_names_nobody(text: str, start: str) -> None:
    attribution = _by_text(analyse(text), start)
    assert attribution.speaker is None


def test_a_named_persons_aide_is_somebody_else_unnamed() -> None:
    analysis = analyse(
        "President Tomás Ibarra signed the deal with his counterpart, Lucía Ferrer. Ibarra "
        "said the centre would open in 2028. Ferrer's spokesman said Uruguay would send "
        "engineers rather than money."
    )
    attribution = _by_text(analysis, "Ferrer's spokesman")
    assert attribution.status == VAGUE and attribution.speaker is None


@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        # a person's view told without their words
        (
            "Solène Carrier, who led the French team, calls the text a success. Ines Mrak, "
            "who drafted it, is less sure.",
            "Ines Mrak, who drafted it",
            "Ines Mrak",
        ),
        (
            "Critics say the summit achieved nothing. Ms Carrier disputes that.",
            "Ms Carrier disputes",
            "Carrier",
        ),
        (
            "Rivers flood when dams release water. Almaz Tesfaye does not dispute that.",
            "Almaz Tesfaye does not dispute",
            "Tesfaye",
        ),
        (
            "Vikram Bhandari, an Indian negotiator, sees it differently.",
            "Vikram Bhandari",
            "Vikram Bhandari",
        ),
        (
            "Margit Ruus, who represented Estonia in the drafting, remembers a host in a hurry.",
            "Margit Ruus",
            "Margit Ruus",
        ),
        # what a source that spoke before would not say is still theirs
        (
            "Lucia Ferenc, the commission's spokeswoman, confirmed the inquiry. She would not "
            "name the companies involved.",
            "She would not name",
            "Lucia Ferenc",
        ),
        # a public call, and a joke
        (
            "Thabo Mahlangu, South Africa's representative, praised the text. He called on the "
            "African Development Bank to create a fund.",
            "He called on",
            "Thabo Mahlangu",
        ),
        (
            'David Kiprop runs a start-up in Nairobi. "Paper is the only thing nobody can '
            'hack," he joked.',
            "Paper is the only thing",
            "David Kiprop",
        ),
    ],
)
def test_views_refusals_calls_and_jokes_are_the_speakers(
    text: str, start: str, speaker: str
) -> None:
    assert _named_speaker(text, start).endswith(speaker)


@pytest.mark.parametrize(
    ("text", "start"),
    [
        # a deal, not a view
        (
            "In November Joe Biden and Xi Jinping agreed to keep humans in control of nuclear "
            "weapons.",
            "In November",
        ),
        # a common noun that ends a firm's name is not a firm
        (
            'Beat Amstutz said the company was safe because it did not sell semiconductors. "We '
            'make power equipment," the chief executive said.',
            "Beat Amstutz said",
        ),
    ],
)
def test_deals_and_common_nouns_are_not_taken_for_views_or_firms(text: str, start: str) -> None:
    attribution = _by_text(analyse(text), start)
    assert attribution.status != NAMED or attribution.kind == "person"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # the verb, set off by a comma, read as a participle of its subject
        (
            "Researchers at the University of California, Riverside, estimated in 2023 that a "
            "chatbot answer uses half a litre of water.",
            "University of California",
        ),
        # a figure reported
        ("Google reported a rise of about 20 per cent.", "Google"),
        # the description inside "what X says ..." is X's
        (
            "Contractors are levelling the desert for what the Emirati government says will be "
            "a 5-gigawatt campus.",
            "Emirati",
        ),
    ],
)
def test_misparsed_estimates_reported_figures_and_what_x_says_have_their_source(
    sentence: str, speaker: str
) -> None:
    attribution = _attribution(sentence)
    assert attribution.status == NAMED and (attribution.speaker or "").startswith(speaker)


@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        # a title written before the name says what the person is
        (
            "Eng. Karim Said runs the crane terminal at Sokhna. Noura Aziz, who advises an "
            'investor, said the port would be sold. "The crane does not care who owns it," the '
            "engineer told me.",
            "The crane does not care",
            "Karim Said",
        ),
        # a body the text calls by a noun, then "it"
        (
            "The Suez Canal Authority says transits fell by half in 2024. President Sisi put the "
            "loss at $7bn.\n\nThe authority has offered discounts to the largest ships. It "
            "insists that the lines will come back.",
            "It insists",
            "Suez Canal Authority",
        ),
        # "the Estonian": the person the text tied to Estonia
        (
            "Margit Ruus, who represented Estonia in the drafting, remembers a host in a hurry. "
            "Solène Carrier, who led the French team, calls the text a success. The Estonian is "
            'not persuaded. "We wrote a beautiful document," she said.',
            "We wrote a beautiful",
            "Margit Ruus",
        ),
        # a name set after "at the insurer," is the person, not the insurer
        (
            "Somchai Rattanakul needed $180m for a data centre. Her old boss at the insurer, "
            'Takeshi Okabe, thinks that is a step too far. "Nobody elected us," he said.',
            "Nobody elected us",
            "Takeshi Okabe",
        ),
    ],
)
def test_titles_nouns_for_bodies_and_nationalities_point_at_the_speaker(
    text: str, start: str, speaker: str
) -> None:
    assert _named_speaker(text, start).endswith(speaker)


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("Amina Diallo, the UN envoy, wants a binding treaty agreed by 2026.", NAMED),
        ("Squeeze supply, they argue, and high prices will call forth new producers.", VAGUE),
        (
            "The first objection comes from hawks in Washington, who argue that the plan leaks.",
            VAGUE,
        ),
        ("Defenders of the Act point to Dresden.", VAGUE),
        ("Officials at the AU Commission now talk of linking national supercomputers.", VAGUE),
        ("The White House has presented the purchases as proof that the tariffs work.", NAMED),
        ("Greta Hollis, who worked on the negotiations, is less alarmed.", NAMED),
        ("Emirati officials bristle at the idea that their country is a back door.", VAGUE),
        ("Some in the industry agree.", VAGUE),
    ],
)
def test_aims_asides_relative_clauses_and_attitudes_are_someones_view(
    sentence: str, status: AttributionStatus
) -> None:
    assert _attribution(sentence).status == status


@pytest.mark.parametrize(
    "sentence",
    [
        "Beijing wants relief for Huawei and for its start-ups.",
        "The companies that build the models are worried too.",
        "The others agreed one anyway.",
    ],
)
def test_what_a_country_or_firm_is_after_is_no_view_reported(sentence: str) -> None:
    assert _attribution(sentence).status == NONE


@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        # a surname the tagger took for a people is the person named before
        (
            "Owen Tallis, 44, told the jury he had been misled. The prosecutor put it to him "
            'that no university pays that way. "I see that now," Tallis replied.',
            "I see that now",
            "Owen Tallis",
        ),
        # "the group" is the coalition named before, whatever sort of body it is
        (
            "A coalition of humanitarian organisations, the Humanitarian Technology Alliance, "
            "called on Monday for a ban on such weapons. The group said 2026 was the last "
            "realistic window.",
            "The group said",
            "Humanitarian Technology Alliance",
        ),
    ],
)
def test_surnames_read_as_peoples_and_groups_of_any_sort_point_at_the_speaker(
    text: str, start: str, speaker: str
) -> None:
    assert _named_speaker(text, start).endswith(speaker)


@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        # an organisation the tagger missed ("the U.S. Treasury") is what "It" means
        (
            "The U.S. Treasury on Wednesday added three Hong Kong trading firms to its sanctions "
            "list. It said the firms had used shell addresses in Shenzhen.",
            "It said the firms",
            "U.S. Treasury",
        ),
        # "the department" is the body named with a possessive ending before
        (
            "A federal judge refused to block the Commerce Department's new licensing rule. "
            "A lawyer for the cloud providers said they would appeal. The department declined "
            "to comment.",
            "The department declined",
            "Commerce Department",
        ),
        # "one of the companies, X": X speaks
        (
            "The Treasury named three trading firms. One of the companies, Brightwave Circuit "
            "Trading, said in a statement that it had never sold to Iranian buyers.",
            "One of the companies",
            "Brightwave Circuit Trading",
        ),
        # after a colon, "in his words" gives the words of the clause's subject
        (
            "Ingrid Fjeldstad says machine translation has made diplomats lazier. Her colleague "
            'Halvard Moe disagrees: in his words, "the summary is usually better than the text".',
            "Her colleague Halvard Moe",
            "Halvard Moe",
        ),
        # the man a sentence's "his" means stays the "he" of the next one
        (
            "Few people have thought longer about chips than Martin Feld, who ran the export "
            "office. His new book, written with the economist Aaron Whitcombe, is an attack on "
            "permanent controls.\n\nControls buy time, he writes, and time is only useful if "
            "you use it.",
            "Controls buy time",
            "Martin Feld",
        ),
        # ... but behind the subject it belongs to: "Her deputy, X" is the "she" next
        (
            "Astrid Myrvold keeps a list of capitals on her phone. Her deputy, Hanne Rustad, "
            "handles the technical files. She told me the hardest part is the lawyers.",
            "She told me",
            "Hanne Rustad",
        ),
        # the tagger may call "the Ukrainian" a place; it is the person tied to Ukraine
        (
            "Oksana Melnyk, who advised Ukraine's digital ministry, agrees only up to a point. "
            '"We took the plumbing from Estonia, and it worked," the Ukrainian told me.',
            "We took the plumbing",
            "Oksana Melnyk",
        ),
        # a view stated with its owner: "the lawyer's answer is that ..."
        (
            "Patrick Kalonji, a Kinshasa lawyer, has read the documents. The lawyer's answer "
            "is that the lever pulls both ways.",
            "The lawyer's answer",
            "Patrick Kalonji",
        ),
        # a title given nobody, then one person introduced in the next sentence: that person
        (
            "TAIPEI (Reuters) - Taiwan's economy minister said on Tuesday that the island would "
            "keep its best factories at home. Speaking to lawmakers, Hung Tzu-wei said Washington "
            'understood the position.\n\n"The Americans have asked, and we have answered," the '
            "minister said.",
            "The Americans have asked",
            "Hung Tzu-wei",
        ),
        # ... also a title the subject holds for somebody ("His Australian counterpart"); a
        # relation fits a person with an office of their own, and a counterpart holds the office
        # of the person it is the counterpart of
        (
            "The Norwegian commissioner, Torbjorn Lie, defended the rule.\n\nHis Australian "
            "counterpart sees it differently. Meredith Brereton, who led Australia's delegation, "
            "said a fishery could not keep waiting.",
            "His Australian counterpart",
            "Meredith Brereton",
        ),
        (
            "The Norwegian commissioner, Torbjorn Lie, defended the rule.\n\nHis Australian "
            "counterpart sees it differently. Meredith Brereton, who led Australia's delegation, "
            'said a fishery could not keep waiting. "Consensus protects the minority," the '
            "commissioner said.",
            "Consensus protects",
            "Meredith Brereton",
        ),
        (
            "Ethiopia's negotiator, Abebe Girma, defended the dam.\n\nHer counterpart in Cairo "
            "agrees about the science and little else. Rania Mostafa, a hydrologist at Cairo "
            "University, says forecasting was never the hard part.",
            "Her counterpart",
            "Rania Mostafa",
        ),
        (
            "Senators pressed the chief executive of an American cloud company on Thursday. "
            "Lorraine Pettigrew, who has run Northgate Cloud since 2021, told them every chip "
            "would be tracked.\n\nSenator Wade Hollister was not persuaded. The chief executive "
            "said the company's own engineers would run the sites.",
            "The chief executive said",
            "Lorraine Pettigrew",
        ),
        # a title as the subject of the sentence before: the "she" is the person so titled
        (
            "Professor Zhao Ruoxi teaches law in Singapore. Her former student, Priyanka Dutt, "
            'now negotiates for India.\n\n"She taught me to read every footnote twice," Dutt '
            'said. The professor is less sentimental. "Priyanka reads them three times," she '
            "said.",
            "Priyanka reads them",
            "Zhao Ruoxi",
        ),
        (
            "Nadia Boukhari became Algeria's first minister for the digital economy at 39. Her "
            "deputy, Souad Meziane, handles the negotiations.\n\nMeziane describes her boss as "
            '"allergic to choosing". The minister prefers another word. "We are not undecided," '
            "she said.",
            "We are not undecided",
            "Nadia Boukhari",
        ),
        # a campaign group that spoke before is no company
        (
            "In 2022 Global Witness, a campaign group, said the tagging scheme was failing. Some "
            "buyers listened. After complaints were filed against Apple subsidiaries, the company "
            "said it had told its suppliers to stop buying from the region.",
            "After complaints",
            "Apple",
        ),
        # a colon the parser read as one sentence: the clause before it reports
        (
            "Nasrin Haque runs a knitwear plant outside Dhaka. Ms Haque says her plant is "
            "different: she paid to train the technicians who run her laser cutter.",
            "Ms Haque says",
            "Nasrin Haque",
        ),
    ],
)
def test_bodies_the_tagger_missed_and_pronouns_kept_in_view_point_at_the_speaker(
    text: str, start: str, speaker: str
) -> None:
    assert _named_speaker(text, start).endswith(speaker)


@pytest.mark.parametrize(
    "sentence",
    [
        "Mihkel Lepp, a physics teacher, is uneasy.",
        "Andres Tamm, an engineer, worries about the buyers rather than the pupils.",
    ],
)
def test_unease_and_worry_are_a_persons_view(sentence: str) -> None:
    assert _attribution(sentence).status == NAMED


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("Anna Berg, a trader, does not expect software to change that.", NAMED),
        ("Anna Berg does not think the new rules will work.", NAMED),
        ("The International Energy Agency expects demand to double by 2030.", NAMED),
        ("Most lawyers in Brussels had expected him to lose.", NONE),
        ("Beijing should expect a warm welcome.", NONE),
        ("Anna Berg did not say the deal was dead.", NONE),
    ],
)
def test_a_forecast_or_view_held_now_is_reported_even_when_negated(
    sentence: str, status: AttributionStatus
) -> None:
    assert _attribution(sentence).status == status


@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        # the parser hung "the 38-year-old" on the verb as anything but its subject
        (
            "Captain Aiko Shimazu, 38, commands a Japanese Maritime Self-Defense Force unit "
            'that tests drones off Okinawa. "We buy ships on a fifteen-year cycle," the '
            '38-year-old said. "Software changes every fifteen weeks."',
            "We buy ships",
            "Aiko Shimazu",
        ),
        # ", as she put it later," credits the sentence it sits in (and does not split it)
        (
            "Notes from Hsinchu\n\nLin Yu-ting has worked at the same plant for 19 years.\n\n"
            "What she means, as she put it later over tea, is that the plants run on people.",
            "What she means",
            "Lin Yu-ting",
        ),
        ("Grant Mowbray is not so sure. In his view, the votes matter more.", "In his view",
         "Grant Mowbray"),
        # a participle of 'tell' reports what the main clause's subject said
        (
            "Aminata Sow-Diallo wanted guarantees. She was less cheerful, telling reporters the "
            'text was "a beginning, not an answer".',
            "She was less cheerful",
            "Aminata Sow-Diallo",
        ),
        (
            "Suresh Narayanan arrived early. He spent the afternoon telling anyone who would "
            "listen that the Global South should not be a data farm.",
            "He spent",
            "Narayanan",
        ),
        (
            "In July the US Treasury sanctioned a network run by a businessman, accusing it of "
            "blending Iranian oil with Iraqi crude.",
            "In July",
            "Treasury",
        ),
        # an unnamed official named in the next sentence ("The official, X, said")
        (
            "CANBERRA - A senior defence official told a Senate hearing on Wednesday that "
            "Australia had not decided. The official, deputy secretary Gareth Pennock, said a "
            'decision would come "within this financial year".',
            "CANBERRA",
            "Gareth Pennock",
        ),
        # a counterpart named beside an office holder holds the same office
        (
            "Kenya's trade minister, Joyce Cherono, and her Ethiopian counterpart, Tesfaye "
            "Alemu, signed an agreement on Friday. Ms Cherono said Kenya would pay half.\n\n"
            "The Ethiopian minister said the cable would cut latency by a third.",
            "The Ethiopian minister",
            "Tesfaye Alemu",
        ),
        # 'it' is the body that became the subject after the last one spoke
        (
            "South Korea's SK Hynix said on Monday it had received U.S. approval. The company "
            "said the waiver covered old tools.\n\nThe Ministry of Trade, Industry and Energy "
            "welcomed the decision. It said Seoul had lobbied Washington for months.",
            "It said Seoul",
            "Ministry of Trade, Industry and Energy",
        ),
        (
            "Mustafa Jabbar, a member of parliament from Basra, says the squeeze hurts. "
            '"Washington tells us to stop buying from Iran," the MP said.',
            "Washington tells us",
            "Mustafa Jabbar",
        ),
        # the tagger may call a country a person; it is never the 'she' of a quotation
        (
            "Shanika Peiris, a maritime lawyer in Colombo, thinks the answer sits in a treaty "
            "Sri Lanka has already signed. Under Article 249 of the convention, a foreign ship "
            'must share its data.\n\n"We already have the right to the data," she said.',
            "We already have",
            "Shanika Peiris",
        ),
    ],
)  # fmt: skip
def test_participles_asides_views_and_officials_named_next_point_at_the_speaker(
    text: str, start: str, speaker: str
) -> None:
    assert _named_speaker(text, start).endswith(speaker)


def test_putting_at_least_one_somewhere_reports_nothing() -> None:
    sentence = (
        "Brussels should pay for the gigafactories from a common European pot and put at least "
        "one of them east of the Oder."
    )
    assert _attribution(sentence).status == NONE


@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        # an aside set into the sentence credits it, however the parser hung it
        (
            "Marta Oyelaran, who sells census software to three ministries, is worried about "
            "the customers. They ask for the Kenyan model, she says, and mean the chatbot: "
            '"Nobody asks to see the audit logs."',
            "They ask for the Kenyan model",
            "Marta Oyelaran",
        ),
        # the named owner of the sentence's opening phrase is the 'she' of its aside
        (
            "Ingrid Solheim tracks drone flights for a living. Aud Berntsen, her manager, is "
            "more cautious. Ms Solheim's logs tell the same story: most of the flights she "
            "flags start at sea, she said, and end near the pipeline.",
            "Ms Solheim's logs",
            "Ingrid Solheim",
        ),
        # "the EU envoy" is the one the text called the EU's envoy, however long the title
        (
            "The UN's cyber envoy, Tomasz Wilk, and the EU's special envoy for digital "
            "affairs, Jorge Abascal, flew to Nairobi together and argued the whole way.\n\n"
            'The EU envoy said the trip had been "useful".',
            "The EU envoy said",
            "Jorge Abascal",
        ),
        # a reply is not from the one who put the question
        (
            '"There is no off switch," said Viktor Melnyk, a delegate, at a side event in '
            "Geneva. A Dutch moderator, Pieter Smeets, pressed him on whether that made a ban "
            'pointless.\n\n"It means a ban must be written by people who have been shelled," '
            "he replied.",
            "It means a ban",
            "Viktor Melnyk",
        ),
        (
            "Appearing before the committee, Rosalind Achebe, the ministry's director for "
            "technology, said no raw data had left the country. The committee's chair, Nigel "
            "Parrish, said he was not satisfied. The official replied that she would write to "
            "the committee.",
            "The official replied",
            "Rosalind Achebe",
        ),
        # a body the tagger missed, carried on by 'It' as the subject of the next sentence
        (
            "The Institute for Maritime Data, a Lisbon research group, published a ranking "
            "of thirty ports on Monday. It placed Sines above Rotterdam.\n\n"
            'The ranking is "about honesty, not size", it said in a summary.',
            "The ranking is",
            "Institute for Maritime Data",
        ),
        # "the latter" and "the former" are the last and the first of two just named
        (
            "Two former envoys, Karl Hessler of Austria and Luc Perrin of Belgium, shared a "
            "panel in Vienna. Hessler thought Europe could stay neutral; Perrin doubted it.\n\n"
            'The latter said Europe had "chosen already".',
            "The latter said",
            "Luc Perrin",
        ),
    ],
)  # fmt: skip
def test_asides_owners_replies_and_pairs_point_at_the_speaker(
    text: str, start: str, speaker: str
) -> None:
    assert _named_speaker(text, start).endswith(speaker)


def test_a_body_the_tagger_cut_short_is_named_in_full() -> None:
    text = (
        "Member states adopted a common AI framework on Sunday. The text was drafted by the "
        "African Union Commission. It said the plan would depend on donors."
    )
    assert _named_speaker(text, "It said the plan") == "African Union Commission"


@pytest.mark.parametrize(
    ("text", "start"),
    [
        (
            "Amara Nwosu, 34, who took over from Tunde Bakare last year, leads Nigeria's team "
            "at the UN talks on drones, and she does not hide her impatience. "
            '"We have defined terms for six years," she told me.\n\n'
            "Her deputy, a retired air force colonel, is more patient. He said the talks were "
            '"slow because they are serious".',
            "He said the talks",
        ),
        (
            "Elif Demir, 29, has come to Brussels to ask for a seat at the table. "
            '"We already apply half of your law," the 29-year-old told the panel.\n\n'
            "The chairman of the working group, a Dutchman, said only that the request would "
            'be "noted".',
            "The chairman of the working group",
        ),
    ],
)
def test_a_title_described_as_somebody_new_is_not_the_person_in_view(text: str, start: str) -> None:
    attribution = _by_text(analyse(text), start)
    assert attribution.status == VAGUE and attribution.speaker is None, attribution


@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        # a name in the description set beside a person tells which one "the Penang executive" is
        (
            "Ahmad Rahman, chief operating officer of a chip-testing company in Penang, said two "
            "customers had delayed orders. Huda Ismail, a trade lawyer in Kuala Lumpur, argues "
            "that discretion cuts both ways.\n\n"
            "Kuala Lumpur should publish its permit rules.\n\n"
            '"Tell me the rule and I will follow it," the Penang executive said.',
            "Tell me the rule",
            "Ahmad Rahman",
        ),
        # "the 47-year-old skipper" is the person in view; later "the skipper" is she again
        (
            "The squid fleet\n\n"
            "Every August Marisol Vera can see the fleet from the deck of her boat.\n\n"
            "'They switch off the lights when they get close,' the 47-year-old skipper said.\n\n"
            "Quito has asked for more warships. The navy says patrols have doubled.\n\n"
            "'I do not need another warship,' the skipper said when I asked what would help.",
            "'I do not need",
            "Marisol Vera",
        ),
    ],
)  # fmt: skip
def test_a_title_finds_the_person_its_description_or_an_earlier_title_named(
    text: str, start: str, speaker: str
) -> None:
    assert _named_speaker(text, start).endswith(speaker)


def test_the_company_is_the_only_firm_its_own_sentence_names_before_it() -> None:
    text = (
        "Courts in Paris and Brussels are hearing the case, and Google and Microsoft have filed "
        "briefs. In March, just after Congo filed criminal complaints in France against Nokia "
        "subsidiaries, the company said it had told its suppliers to stop buying ore from the "
        "region."
    )
    assert _named_speaker(text, "In March") == "Nokia"


@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        # "Name, 52," and later "the 52-year-old", after the other one spoke
        (
            "Two candidates want the new post: Lee Ji-hoon, 52, a career trade negotiator, and "
            "Choi Soo-yeon, 44, who ran the science ministry's AI bureau.\n\n"
            "The 44-year-old said universities should shape the talks. The 52-year-old said "
            "Seoul should stop treating chips as a bargaining chip.",
            "The 52-year-old",
            "Lee Ji-hoon",
        ),
        # "41-year-old Tomas Berg", then a colleague, then "the 41-year-old"
        (
            "The ministry hired 41-year-old Tomas Berg in May. His colleague Peter Lund joined "
            "later.\n\nThe 41-year-old said the rules were too slow.",
            "The 41-year-old",
            "Tomas Berg",
        ),
        # "X, a 38-year-old engineer"
        (
            "Anna Kowalski, a 38-year-old engineer, built the tool. Her colleague Maria Nowak "
            "tested it.\n\nThe 38-year-old said it worked.",
            "The 38-year-old",
            "Anna Kowalski",
        ),
    ],
)  # fmt: skip
def test_an_age_finds_the_person_the_text_gave_that_age(
    text: str, start: str, speaker: str
) -> None:
    assert _named_speaker(text, start) == speaker


def test_a_name_beside_a_role_at_a_body_names_the_speaker() -> None:
    text = (
        "An assistant deputy minister at Global Affairs Canada, Susan Marwick, told the "
        "committee the department had briefed all parties."
    )
    assert _named_speaker(text, "An assistant") == "Susan Marwick"


@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        # a document the text gives to a body it calls by a noun: that body
        (
            "Australia's Department of Foreign Affairs and Trade spent A$14 million on a "
            "translation system that staff rarely used. The department's own audit found that "
            "fewer than one in five posts used it.",
            "The department's own audit",
            "Department of Foreign Affairs and Trade",
        ),
        # "the lab" described so before
        (
            "DeepCurrent, the London AI lab, has hired a former ambassador. Claire Dubreuil starts "
            "next month. In a post on X, the lab said she would lead a new team.",
            "In a post on X",
            "DeepCurrent",
        ),
        # "the observer": a diplomatic title given before, another person named since
        (
            "The African Union has asked the UN to act. The request came in a letter from Amina "
            "Okafor, the AU's permanent observer in New York. The UN's spokesman, Tom Reyes, "
            "said the letter had arrived.\n\n"
            "The observer wrote that Africa had been ignored.",
            "The observer",
            "Amina Okafor",
        ),
    ],
)  # fmt: skip
def test_a_body_or_title_the_text_named_before_is_found_by_its_noun(
    text: str, start: str, speaker: str
) -> None:
    assert _named_speaker(text, start) == speaker


@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        # a name inside the clause that describes the subject is not whom the sentence is about
        (
            "Tomasz Wrona spent a decade in the customs service. His old boss sees it otherwise. "
            "David Holm, who ran the service when Mr Wrona joined it, fears a flood of false "
            'alarms. "Every alarm needs an officer to chase it," he said.',
            "Every alarm",
            "David Holm",
        ),
        # a feature describes its subject first and names her as the next paragraph opens
        (
            "The woman who runs the night desk at the port authority watches four screens. On "
            "most nights, she says, the quiet one matters most.\n\n"
            "Lucia Bianchi has worked that desk for nine years.",
            "On most nights",
            "Lucia Bianchi",
        ),
        # "the Swede" is the one the text described as Swedish
        (
            "Ingrid Berg, a former Swedish navy officer who leads the monitoring unit, says the "
            "drones work. Paolo Conti disagrees.\n\n"
            '"We see more than we share," the Swede said.',
            "We see more",
            "Ingrid Berg",
        ),
        # "the former prefect": a title, so the person in view
        (
            "In Rome, Marco Ricci, an adviser to the interior minister, argues against it. "
            '"Publish every position and you publish a timetable," the former prefect said.',
            "Publish every position",
            "Marco Ricci",
        ),
    ],
)  # fmt: skip
def test_the_person_a_feature_means_is_found(text: str, start: str, speaker: str) -> None:
    assert _named_speaker(text, start) == speaker


@pytest.mark.parametrize(
    ("text", "start"),
    [
        # her office speaks for her, but is not she
        (
            "Claire Marchetti, the digital minister, visited Seoul last week. Marchetti's office "
            "said the visit had been coordinated with Brussels.",
            "Marchetti's office",
        ),
        # the name beside "a lawyer for the buyer" is the client
        (
            "The plant was sold to Qingyun Semiconductor. A lawyer for the buyer, Qingyun "
            "Semiconductor, said the sale was lawful.",
            "A lawyer for the buyer",
        ),
    ],
)  # fmt: skip
def test_those_who_speak_for_somebody_are_not_that_somebody(text: str, start: str) -> None:
    attribution = _by_text(analyse(text), start)
    assert not (attribution.status == NAMED and attribution.kind == "person"), attribution


@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        # a public body no tagger names, called later by its sort
        (
            "Embassy staff held\n\nBEIJING — The US embassy in Beijing said on Friday that two "
            "of its drivers had been questioned. The embassy said both men had since been "
            "released.",
            "The embassy said",
            "US embassy in Beijing",
        ),
        (
            "The Tromsø municipal council, in northern Norway, voted to approve a data centre. "
            "The council said the project would bring 200 jobs.",
            "The council said",
            "Tromsø municipal council",
        ),
        # a name the domain lens would have cut down to "AI"
        (
            "The head of the EU's AI Office took questions from MEPs on Tuesday. Dutch MEP "
            "Pieter Smit wanted names. The office said later that it would publish them.",
            "The office said",
            "AI Office",
        ),
        # hyphenated names stay whole
        (
            "Anne-Marie Lefort-Durand runs the French delegation. \"We will not sign,\" she "
            "said.",
            "We will not sign",
            "Anne-Marie Lefort-Durand",
        ),
        # posts a person holds by what they did
        (
            "Kofi Mensah-Bonsu founded the Kumasi Policy Lab in 2018. \"We were the first,\" "
            "its founder said.",
            "We were the first",
            "Kofi Mensah-Bonsu",
        ),
        (
            "The Baltic Centre for Cyber Studies published a ranking on Monday. The centre is "
            "run by Jonas Petraitis, a former diplomat. Its director said the ranking would be "
            "yearly.",
            "Its director said",
            "Jonas Petraitis",
        ),
        # an age the text gave nobody is the person in view, not one of another age
        (
            "Rina Sato, 33, mends nets in Kesennuma. \"The fish moved north,\" the 33-year-old "
            "said. Kenji Mori runs the port authority there. \"We moved with them,\" the "
            "58-year-old said.",
            "We moved with them",
            "Kenji Mori",
        ),
        (
            "Greta Lund spent 14 years as an inspector. \"We are stretched,\" she said. The "
            "61-year-old, now a consultant in Vienna, said the answer was better tools.",
            "The 61-year-old",
            "Greta Lund",
        ),
        # a name in a clause set before a 'she'
        (
            "Ana Ruiz runs the fact-checking desk. Petra Novak, who handles the file in "
            "Brussels, disagreed. When I asked Ruiz what she would do with more money, she "
            "laughed. \"Sleep,\" she said.",
            "Sleep",
            "Ana Ruiz",
        ),
        # the Ghanaian minister is the Ghanaian, called "counterpart" before
        (
            "Aminu Musa Danladi, Nigeria's minister for the digital economy, and his Ghanaian "
            "counterpart, Abena Osei, met in Abuja. Danladi wants the centre in Lagos. \"We "
            "need one grid,\" the Ghanaian minister said.",
            "We need one grid",
            "Abena Osei",
        ),
        (
            "Britain's ambassador, Hugh Parry, spoke first. His Russian counterpart, Oleg "
            "Tarasov, replied. The British envoy said London would table a text.",
            "The British envoy",
            "Hugh Parry",
        ),
        (
            "Chile's ambassador, Rosa Vidal, and her Peruvian counterpart, Luis Paredes, met "
            "on Monday. His counterpart said the talks were useful.",
            "His counterpart said",
            "Luis Paredes",
        ),
        # "the former official" is not the official who asked not to be named
        (
            "Baghdad's oil records\n\nSome officials in Baghdad argue that audits would hand "
            "Washington a lever. A senior official in the prime minister's office, who asked "
            "not to be named, called the plan naive.\n\nAmerican officials see it otherwise. "
            "Tom Harlow, who worked on sanctions at the Treasury until last year, said a "
            "verified record would help. Sanctions on buyers, the former official argued, "
            "would be harder to justify.",
            "Sanctions on buyers",
            "Tom Harlow",
        ),
        # a lede's title, named as the next paragraph opens
        (
            "Talks on a drone code\n\nGENEVA — The conference's chief negotiator said on "
            "Monday that the talks had reached the hard part.\n\nMaria Lindgren, a Swedish "
            "diplomat, has steered the talks since 2023.",
            "GENEVA",
            "Maria Lindgren",
        ),
        # a feature names its "she" in the next paragraph, or in a sentence that is no bio
        (
            "Estonia's code breakers\n\n\"We are small, so we must be early,\" she "
            "says.\n\nHer name is Liina Kask, and until 2020 she was a cryptographer.",
            "We are small",
            "Liina Kask",
        ),
        (
            "Our guest spent nine years at the IAEA. She argues that inspections could work "
            "for AI.\n\nShe is Dr Amaka Obi, and she now teaches law in Lagos. She said "
            "inspectors would need access to the machines.",
            "She said inspectors",
            "Amaka Obi",
        ),
        # a hyphenated subject noun
        (
            "Kaveri Labs, an Indian start-up, said on Monday it had raised $110 million. The "
            "start-up said the money would buy computing abroad.",
            "The start-up said",
            "Kaveri Labs",
        ),
        # a dateline in capitals is no body
        (
            "ADDIS ABABA — African Union ministers on Saturday endorsed a plan to pool "
            "computing power. The bloc said it would seek $800 million.",
            "The bloc said",
            "African Union",
        ),
        # "now a senior fellow": the one in view, in a new post
        (
            "Dale Hudson sees it differently. The former Pentagon analyst, now a senior fellow "
            "at a think-tank, argues that sensors could replace troops.",
            "The former Pentagon analyst",
            "Dale Hudson",
        ),
        # a demonym of two words
        (
            "Peacekeeping on a budget\n\nFatmata Koroma, a Sierra Leonean officer, ran the map "
            "for three years.\n\nNo mandate should shrink, the Sierra Leonean argues, until "
            "the tools are tested.",
            "No mandate",
            "Fatmata Koroma",
        ),
        # "taking over from X": X is the predecessor
        (
            "Norway in Tokyo\n\nLars Vik became Norway's envoy in Tokyo in 2024, taking over "
            "from Ingrid Aas, who now runs a think-tank in Oslo. \"Tokyo rewards patience,\" "
            "he said.\n\nHis predecessor agrees. She said the post had been created for trade.",
            "She said the post",
            "Ingrid Aas",
        ),
        # a first name alone is of its gender
        (
            "An inspector at home\n\nBernard Aalst negotiated the annex in the 1990s. The "
            "71-year-old argues that inspectors could audit AI too. Marijke is less sure. "
            "\"She thinks I am nostalgic,\" he said.",
            "She thinks",
            "Bernard Aalst",
        ),
    ],
)  # fmt: skip
def test_bodies_posts_ages_nations_and_people_named_later_point_at_the_speaker(
    text: str, start: str, speaker: str
) -> None:
    assert _named_speaker(text, start) == speaker


def test_an_age_the_parser_hung_on_the_verb_is_still_the_subject() -> None:
    text = (
        "A farm outside Bergen\n\n"
        "Ingrid Solberg was Norway's ambassador in Beijing. Now retired, she keeps goats.\n\n"
        "The 63-year-old says she misses the dinners more than the work."
    )
    assert _named_speaker(text, "The 63-year-old") == "Ingrid Solberg"


def test_a_word_opening_a_sentence_is_no_person_a_she_could_mean() -> None:
    text = (
        "Peacekeeping on a budget\n\n"
        "Amara Kallon ran the map in Juba for three years. London wants 'smarter, leaner' "
        "missions. Smarter is welcome; lean enough to be absent is not.\n\n"
        "'Knowing was never what saved anyone,' she said."
    )
    assert _named_speaker(text, "'Knowing") == "Amara Kallon"


@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        # a people's noun the tagger took for a body
        (
            "Two old hands\n\nIvan Petrov and the Polish envoy Tomasz Wrona have sat across "
            "from each other for years. \"Inspections build trust,\" the Pole said.",
            "Inspections build trust",
            "Tomasz Wrona",
        ),
        # "the French minister" is France's, not Italy's
        (
            "A fund for Europe\n\nFrance's digital minister, Claire Duval, and Italy's "
            "industry minister, Marco Rinaldi, met in Rome. Rinaldi said Italy would pay "
            "first.\n\nThe French minister said Paris would follow.",
            "The French minister",
            "Claire Duval",
        ),
        # a deputy minister is not the minister
        (
            "Trade talks\n\nChile's trade minister, Paula Rojas, opened the round on Monday. "
            "Her deputy, Andrés Vidal, leads the technical talks.\n\nThe deputy minister "
            "told reporters the talks were slow.",
            "The deputy minister",
            "Andrés Vidal",
        ),
        # a post the surname alone was given
        (
            "Old rivals\n\nSergio Bianchi and Olek Sadowski meet at every round. Bianchi is "
            "his government's special envoy; Sadowski is a lawyer. The envoy frowned. "
            "\"Nobody reads the annex,\" he said.",
            "Nobody reads",
            "Sergio Bianchi",
        ),
        # two people of one surname are two people
        (
            "A family argument\n\nKemal Aksoy advised Ankara on AI for a decade. His wife, "
            "Elif Aksoy, is a judge. \"We disagree about everything,\" she said.",
            "We disagree",
            "Elif Aksoy",
        ),
        # a nationality the tagger did not mark
        (
            "Methane alerts\n\nDovlet Berdiyev, a member of Turkmenistan's delegation, "
            "rejected the alerts. Jonas Kühn, Germany's envoy, defended them.\n\nThe Turkmen "
            "delegate said his government was studying the data.",
            "The Turkmen delegate",
            "Dovlet Berdiyev",
        ),
        # what the text calls a person whose surname stands alone
        (
            "The helpline\n\nGrace Wanjiru runs the embassy's helpline. \"We are busy,\" Grace "
            "Wanjiru said.\n\nWanjiru, a former trade unionist, is Kenya's labour attaché.\n\n"
            "\"It reads messages,\" the former trade unionist said.",
            "It reads",
            "Grace Wanjiru",
        ),
        # the one who speaks stays in view, ahead of the one he speaks of
        (
            "Water\n\nTom Hale, a state senator, wants tariffs. \"Punish them,\" he said.\n\n"
            "Ravi Menon, an economist, disagrees. But the economist thinks Mr. Hale has "
            "a point. \"A tariff gets you water,\" he said.",
            "A tariff",
            "Ravi Menon",
        ),
        # a title named in the next sentence, whatever post the name then holds
        (
            "Tax\n\n\"We read perhaps 200 files a year,\" said the official who runs the "
            "unit. Samuel Otieno, the authority's head of international tax, told "
            "delegates that software now ranks the files.",
            "We read",
            "Samuel Otieno",
        ),
        # the verb the parser read as a modifier of its object
        (
            "A pilot\n\nIn Nairobi, the labour minister, Peter Mwangi, has promised more "
            "money.\n\nThe 58-year-old warned lawmakers that the pilot was late.",
            "The 58-year-old",
            "Peter Mwangi",
        ),
        # "the group" after a dateline's place
        (
            "GENEVA — A coalition of aid groups, the Civilian Shield Network, called on "
            "Monday for a ban on autonomous targeting. The group said 2026 was the last "
            "chance.",
            "The group",
            "Civilian Shield Network",
        ),
        # a firm named after AI
        (
            "Money\n\nLyon start-up Veridan AI has raised €40m, the Lyon-based company said "
            "on Monday.",
            "Lyon start-up",
            "Veridan AI",
        ),
        # "the lender": the bank just named
        (
            "Chips for Africa\n\nThe World Bank warned on Thursday that poor countries risk "
            "being left behind. The lender also urged governments to share data centres.",
            "The lender",
            "World Bank",
        ),
        # "the company": the last firm named when none was a subject
        (
            "Regulators\n\nRegulators in Oslo have questioned two firms this year. In March "
            "they turned to Baltic Cloud, a data-centre operator in Tallinn. The company said "
            "it had done nothing wrong.",
            "The company",
            "Baltic Cloud",
        ),
        # "Slovak" tagged as a person: a people ("Slovakia"), so the Slovak minister is Kollar
        (
            "BRNO (Reuters) - The Czech digital minister, Tomas Vesely, said on Monday that "
            "Europe needed its own language models. Meeting in Brno with his Slovak counterpart, "
            'Marek Kollar, he said the region "cannot rent its future from abroad". The Slovak '
            "minister was more careful, saying Bratislava would wait for the EU.",
            "The Slovak minister",
            "Marek Kollar",
        ),
    ],
)  # fmt: skip
def test_peoples_deputies_kin_posts_and_bodies_named_in_passing_point_at_the_speaker(
    text: str, start: str, speaker: str
) -> None:
    assert _named_speaker(text, start) == speaker


def test_an_age_put_it_and_a_colon_still_report() -> None:
    text = (
        "Tax\n\nMariam Sow leads Senegal's delegation. Abdou Ndiaye runs the audit unit in "
        'Dakar.\n\nBack in Dakar, the 52-year-old put it more simply: "Give us the same '
        'machine."'
    )
    assert _by_text(analyse(text), "Back in Dakar").status == NAMED


@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        # a person named in the headline (here a first paragraph of one sentence) is known
        (
            "Professor Amadou Kone of the University of Bamako has spent years studying how "
            "Bambara is translated by machines.\n\nHis new paper, out on Monday, tested five "
            "systems. The professor said ministries should not rely on them yet.",
            "The professor said",
            "Amadou Kone",
        ),
        # "made the announcement" reports speech
        (
            "SEOUL - Japan's digital minister, Aiko Mori, said on Friday that Tokyo would give $30 "
            "million to a shared AI safety fund. She made the announcement after talks with her "
            "Korean counterpart in Seoul.",
            "She made the announcement",
            "Aiko Mori",
        ),
        # "X was 31": the age the text gave him, so "the 31-year-old" is he
        (
            "Tiago Ferreira was 31 and new to diplomacy. His ambassador, Carlos Mendes, handed him "
            "the cyber file, saying nobody else wanted it. The 31-year-old spent a year learning "
            'the jargon. "I read every annex twice," he said.',
            "I read every annex",
            "Tiago Ferreira",
        ),
        # "The Argentine calls": one of a people, the one the text called Argentine
        (
            "Two negotiators disagree. Lucas Benedetti, a former Argentine trade official, wants "
            "a regional treaty. Elena Vargas, who led Peru's delegation, thinks that is a "
            'fantasy. The Argentine calls her view "defeatist".',
            "The Argentine calls",
            "Lucas Benedetti",
        ),
        # "a veteran reporter named Ama Owusu": the reporter
        (
            "Her first editor, a veteran reporter named Ama Owusu, thought the beat was a fad. "
            "Kwame Boateng, the paper's owner, agreed with her. \"I was wrong about that,\" the "
            "reporter admits.",
            "I was wrong",
            "Ama Owusu",
        ),
    ],
)  # fmt: skip
def test_headline_people_announcements_ages_peoples_and_names_given_point_at_the_speaker(
    text: str, start: str, speaker: str
) -> None:
    assert _named_speaker(text, start) == speaker


def test_a_her_tells_that_a_name_of_either_gender_is_a_womans() -> None:
    text = (
        "Nino Kapanadze sat in the court all morning. Her lawyer spoke for an hour about the "
        'spyware. "The state watched her every message," he said.'
    )
    unit = _by_text(analyse(text), "The state watched")
    assert unit.status != NAMED


@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        # an aside whose verb the tagger read as a noun, its subject an age or a people
        (
            "Ravi Menon, 36, a data scientist in Pune, built the model. Targeting by satellite "
            "is faster, the 36-year-old argues, and the old lists were worse.",
            "Targeting by satellite",
            "Ravi Menon",
        ),
        (
            "Ravi Menon, 40, a data scientist in Pune, built the model. The commitments on "
            "compute, the 40-year-old said, were the first sign of change.",
            "The commitments on compute",
            "Ravi Menon",
        ),
        (
            "Kofi Boateng, a Ghanaian economist, advises the African Union. The answer, the "
            "Ghanaian insists, is to pool data centres across borders.",
            "The answer, the Ghanaian insists",
            "Kofi Boateng",
        ),
        # the that-clause the parser hung on the listener
        (
            "Grace Wanjiru is Kenya's envoy. The envoy was more cautious, telling the room that "
            "Nairobi had no appetite for it.",
            "The envoy was more cautious",
            "Grace Wanjiru",
        ),
        # a title with a hyphen is a title, not a name
        (
            "Kenji Sato, director-general for trade at Japan's foreign ministry, led the talks. "
            '"Nobody wins a deepfake war," the director-general said.',
            "Nobody wins a deepfake war",
            "Kenji Sato",
        ),
        # one of a people described in an aside, and a people of two words
        (
            "Ama Mensah, who led Ghana's delegation, remembers it differently. The Ghanaian, "
            "then a counsellor in London, says the text came late.",
            "The Ghanaian, then a counsellor",
            "Ama Mensah",
        ),
        (
            "Thabo Nkosi, South Africa's sherpa, took a more measured line. The South African "
            "said the declaration was a statement of ambition.",
            "The South African said",
            "Thabo Nkosi",
        ),
    ],
)  # fmt: skip
def test_asides_listeners_hyphenated_titles_and_peoples_point_at_the_speaker(
    text: str, start: str, speaker: str
) -> None:
    assert _named_speaker(text, start) == speaker


def test_a_person_in_the_headline_does_not_outrank_an_unnamed_source_after_it() -> None:
    text = (
        "Maria Costa, the Italian envoy, opened the talks.\n\nA spokeswoman for the ministry said "
        "the talks would resume. She added that no date had been set."
    )
    assert _by_text(analyse(text), "She added").status == VAGUE


@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        # a place the tagger took for a person, owning a stretch of coast or joined to a
        # language; a name it took for a body, described with "who"
        (
            "Nurul Hidayah, who studies public-sector algorithms at a university in Bandung, "
            "compared the files of 300 applicants.\n\nWorkers from districts on Java's north "
            "coast were refused three times as often, she found.",
            "Workers from districts",
            "Nurul Hidayah",
        ),
        (
            "Nomsa Dube tested the bot for the ministry. In isiZulu and Sesotho the bot was "
            "fluent, the linguist said; in Tshivenda it was not.",
            "In isiZulu and Sesotho",
            "Nomsa Dube",
        ),
        # a hyphenated title set beside a name, not a word of a post it is close to
        (
            "Margit Aasen, the agency's director-general for data, gave evidence. Tomas Berg, who "
            "leads the committee's digital work, read a letter aloud. The director-general "
            "said she would reply in writing.",
            "The director-general said",
            "Margit Aasen",
        ),
        # the one asked answers, not the one asking, however the question is put
        (
            "Rosa Lindqvist runs the data unit. Ana Ferreira sits on the committee and asked "
            "about the error. Pressed by Ms Ferreira on whether the audit was public, she "
            "replied that it was not.",
            "Pressed by Ms Ferreira",
            "Rosa Lindqvist",
        ),
        (
            "Daniel Okafor, a former diplomat, faced the committee on Tuesday. The committee "
            "chairman, Paul Hendry, began by asking whether the talks with Beijing had produced "
            "anything at all. The nominee said they had produced a hotline.",
            "The nominee said",
            "Daniel Okafor",
        ),
        (
            "Ana Lima, a senior official at the ministry, drafted the plan. Sofia Reyes, who "
            "runs a patients' charity, called it nice words in a nice place. When I relayed "
            "this to the official, she said that nice words were how treaties began.",
            "When I relayed this",
            "Ana Lima",
        ),
        (
            "Pedro Alves, a retired army colonel, spoke first. Tomas Reyes, a former ambassador, "
            "replied for the other side. Ingrid Sol, a student, asked the colonel whether he "
            "could name a single case. He conceded that he could not.",
            "He conceded",
            "Pedro Alves",
        ),
        # a surname in what somebody else says keeps that person in view
        (
            "Kwesi Appiah retired in 2019 and now advises a start-up run by Kofi Mensah.\n\n"
            "Kofi Mensah said the hire was a coup. His critics say Appiah is lending his name to "
            "a private interest. He bristles at that. \"Every voice is somebody's,\" he says.",
            "Every voice is",
            "Kwesi Appiah",
        ),
        # a family name first, and a given name hyphenated in lower case
        (
            "Choi Min-seo is the trade minister.\n\nKim Ji-hye, her predecessor, moved slowly "
            "in 2019 and was criticised for it. Choi, a former negotiator, watched that happen. "
            "She told lawmakers she would not repeat the mistake.",
            "She told lawmakers",
            "Choi Min-seo",
        ),
        (
            "Han Ji-won, 49, is a counsellor at Korea's mission. Ayesha Khan, who represents "
            "Pakistan, disagrees with her. \"My mother thinks the UN never closes,\" the "
            "49-year-old says.",
            "My mother thinks",
            "Han Ji-won",
        ),
        # a name the parser set beside a place, not beside the title it names
        (
            "Kofi Boateng ran the embassy for a decade. Ama Owusu, his daughter, works in "
            "Toronto.\n\nHis former deputy at the embassy in Rome, Abena Osei, is now a "
            "director in Accra. \"He taught us to read every draft backwards,\" his former "
            "deputy says.",
            "He taught us to read",
            "Abena Osei",
        ),
        # the post the subject holds, though the name stands beside the subject
        (
            "The company's founder, Elena Rossi, was the first witness. The embassy's counsel, "
            "Harriet Ode, asked about the logins. \"Some of them, perhaps,\" the witness said.",
            "Some of them, perhaps",
            "Elena Rossi",
        ),
        # a title said of the one who just spoke, who had none
        (
            "Clara Mendes keeps every data treaty on one shelf. \"Nobody reads the annexes,\" "
            "she said.\n\nPortugal's data commissioner is exaggerating, but only a little. "
            "Most of those treaties predate the AI boom.\n\nAiko Sato, a professor in Kyoto, "
            "worries about something else.\n\nThe commissioner noted that the courts had "
            "struck down two agreements.",
            "The commissioner noted",
            "Clara Mendes",
        ),
        # somebody described, who speaks, and is named after
        (
            "A legal adviser to one of the delegations, a former naval officer, is more "
            "sceptical. \"We wrote a fine description of a problem,\" he says.\n\nThe adviser, "
            "Lars Eklund, says his government will vote for it anyway.",
            "We wrote a fine description",
            "Lars Eklund",
        ),
        (
            "Kwame Asante, an investor, backed the firm early. The firm's founder, a 30-year-old "
            "engineer from Kano, hired him after a panel. \"He was the only one talking about "
            "negotiation,\" the founder says. The founder, Tunde Okoye, admits the hire puzzled "
            "investors.",
            "He was the only one talking",
            "Tunde Okoye",
        ),
        # a country the person's own clause says they lead
        (
            "Astrid Lie leads Norway's delegation to the talks. Maria Gomez, an analyst in "
            "Madrid, disagrees with her. The Norwegian diplomat does not want the rules "
            "scrapped; she wants them negotiated.",
            "she wants them negotiated",
            "Astrid Lie",
        ),
        # an embassy the tagger read as a building
        (
            "Lexara, a London start-up, is suing the Embassy of the Republic of Valdoria for "
            "unpaid fees. The embassy denies the claim and says the software mistranslated "
            "letters.",
            "The embassy denies",
            "Embassy of the Republic of Valdoria",
        ),
    ],
)  # fmt: skip
def test_hearings_profiles_places_and_names_written_in_other_orders_point_at_the_speaker(
    text: str, start: str, speaker: str
) -> None:
    assert _named_speaker(text, start) == speaker


def test_a_her_in_the_sentence_of_an_unnamed_source_keeps_it_unnamed() -> None:
    text = (
        "Sigrun Dahl, Denmark's ambassador, tells the story against herself.\n\nOne negotiator "
        "from a small island state, who asked not to be named because her government has not "
        "decided, said the real fix was money. Her delegation of two, she said, could not pay "
        "for a reviewer."
    )
    assert _by_text(analyse(text), "Her delegation of two").status == VAGUE


def test_a_request_is_no_question_put_to_the_one_who_answers() -> None:
    # (a 'he' in the sentence of one who puts a question is somebody else; one who asks for
    # something goes on speaking)
    text = (
        "Jan Nowak, Poland's digital minister, asked Brussels to delay the rules by a year, and "
        "in the same letter he wrote that small firms could not comply."
    )
    assert _named_speaker(text, "Jan Nowak, Poland") == "Jan Nowak"


@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        # a feature's opening: the person described, quoted by age, and named only in the
        # paragraph after
        (
            "The drone maker in the back room\n\nThe engineer at the far bench keeps three "
            'soldering irons and a kettle within reach. "Every export licence I ever lost, I '
            'lost on paperwork," the 57-year-old says.\n\nHenrik Solberg started the firm in '
            "a garage outside Trondheim in 2009.",
            "Every export licence I ever lost",
            "Henrik Solberg",
        ),
        # a reporting verb after a quotation that the tagger read as a plural noun
        (
            'Oksana Hrytsenko has run the cyber desk in Kyiv since 2021. "We patch on '
            'Tuesdays and pray on Wednesdays," the 44-year-old explains.',
            "We patch on Tuesdays",
            "Oksana Hrytsenko",
        ),
        # a quoted question, and the verb after it in lower case: one sentence
        (
            "Adebayo Okon listened to the trade commissioner for twenty minutes. When she "
            'had finished, he raised a hand. "Whose thresholds are these?" the Nigerian '
            "asked.",
            "Whose thresholds are these?",
            "Adebayo Okon",
        ),
        # the letters after a barrister's name are her title ("KC": the barrister)
        (
            "Opening for the claimant, Ruth Adeyemi KC said the contract was void. Daniel Fry, "
            "a barrister for the ministry, asked for a short adjournment. Ms Adeyemi then took "
            'the court through the emails. "Read the dates," the barrister said.',
            "Read the dates",
            "Ruth Adeyemi KC",
        ),
    ],
)
def test_openings_that_name_the_speaker_late_and_verbs_after_a_quotation_find_the_speaker(
    text: str, start: str, speaker: str
) -> None:
    assert _named_speaker(text, start) == speaker


def test_a_quoted_question_and_the_verb_after_it_stay_one_unit() -> None:
    analysis = analyse('Lena Vogt took the floor. "Who wrote this draft?" the delegate asked.')
    assert [u.text for u in analysis.units][-1] == '"Who wrote this draft?" the delegate asked.'


@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        # her own findings: the woman in view
        (
            "Leyla Hamidova has spent two years auditing border cameras in Baku. According to "
            "her findings, the cameras misread one face in twelve.",
            "According to her findings",
            "Leyla Hamidova",
        ),
        # a title in capitals the tagger read as a body or a name
        (
            "Tomasz Wierzbicki sits on the European Parliament's trade committee. \"Export "
            "rules are written for yesterday's chips,\" the MEP said.",
            "Export rules are written",
            "Tomasz Wierzbicki",
        ),
        (
            "Owen Pritchard, who represents Swansea East, opened the debate. The Welsh MP "
            "argued that the rules came too late.",
            "The Welsh MP argued",
            "Owen Pritchard",
        ),
        # a given name with a hyphen and a part in lower case, before the family name
        (
            "South Korea's trade minister, Hyun-woo Bae, arrived late. He told a briefing "
            "that Seoul could accept a narrow list.",
            "He told a briefing",
            "Hyun-woo Bae",
        ),
        (
            "Jae-won Park, 39, runs a small consultancy in Seoul. He said the fakes were "
            "getting cheaper.",
            "He said the fakes",
            "Jae-won Park",
        ),
        # a question pressed after a quotation
        (
            "The minister, Rhys Caddick, would not give a figure. Amaka Eze, for the "
            'committee, leaned forward. "Confidential for whom?" she pressed.',
            "Confidential for whom?",
            "Amaka Eze",
        ),
    ],
)
def test_own_findings_titles_in_capitals_and_hyphenated_given_names_point_at_the_speaker(
    text: str, start: str, speaker: str
) -> None:
    assert _named_speaker(text, start) == speaker


def test_a_part_of_a_document_is_nobody_a_pronoun_could_mean() -> None:
    text = 'The lawyers argued over Annex C for an hour. "Nobody reads annexes," he said.'
    assert _by_text(analyse(text), "Nobody reads annexes").status == VAGUE


@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        # a document pinned down by where it went or who made it, and the 'it' after it
        (
            "A memo sent to member states in March, seen by this paper, warns that the "
            "registry is late. It puts the delay at two years.",
            "It puts the delay",
            "memo sent to member states in March",
        ),
        (
            "An audit by the agency's own inspectors found that half the cameras were "
            "offline. The fault, it said, lay with the vendor.",
            "The fault, it said",
            "audit by the agency's own inspectors",
        ),
        # where the words were kept is no speaker: the person who spoke is
        (
            'Senator Maria Lopez chaired the session. "We are not a testing ground," '
            "she told the committee, according to a recording of the meeting.",
            "We are not a testing ground",
            "Maria Lopez",
        ),
        # a title made from the word for the person's work, when nobody holds it as such
        (
            "Sipho Ndlovu, who runs the treasury's forecasting unit, spoke first. Then came "
            'Karen Mbeki, a bond trader in Johannesburg. "The numbers hold," the forecaster '
            "said.",
            "The numbers hold",
            "Sipho Ndlovu",
        ),
        (
            "Anna Lindqvist has dated glacier cores for twenty years. The head of glaciology at "
            "the Alpine Research Centre says the ice is thinning fast. Marco Ruffini, a "
            "mountain guide, agrees. The loss is uneven, the glaciologist added.",
            "The loss is uneven",
            "Anna Lindqvist",
        ),
    ],
)
def test_pinned_down_documents_recorded_words_and_titles_from_a_field_point_at_the_speaker(
    text: str, start: str, speaker: str
) -> None:
    assert _named_speaker(text, start) == speaker


@pytest.mark.parametrize(
    ("text", "start"),
    [
        # a document that only exists: no more than 'a study'
        ("A recent poll of voters in Ohio found that most oppose the plan.", "A recent poll"),
        ("A briefing paid for by the embassy found the same.", "A briefing paid"),
    ],
)
def test_a_document_that_is_only_said_to_exist_stays_vague(text: str, start: str) -> None:
    assert _by_text(analyse(text), start).status == VAGUE


def test_a_seat_in_a_body_or_an_unnamed_source_with_the_title_is_not_found_by_its_field() -> None:
    senate = (
        "Ruth Okafor, who speaks for the government in the Senate, defended the bill. Her "
        "critic, Dale Whitcombe, called it rushed. The senator said the fence was a gate."
    )
    assert _named_speaker(senate, "The senator said") == "Dale Whitcombe"
    unnamed = (
        "Jonas Weber, Austria's envoy for water diplomacy, spoke first. A diplomat from a "
        'Baltic state said the data had changed the talks. "We argue about a pipe now," the '
        "diplomat said."
    )
    assert _by_text(analyse(unnamed), "We argue about a pipe").status == VAGUE


@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        # a country's ministry the tagger marked as a name is still the ministry spoken of
        (
            "Brazil's foreign ministry on Tuesday summoned the Dutch ambassador over export "
            "rules. The ministry said in a statement that the rules broke a promise.",
            "The ministry said in a statement",
            "Brazil's foreign ministry",
        ),
        # the ministry named last as a subject, not the one that spoke earlier
        (
            "Kenya's energy ministry on Monday summoned the Chinese ambassador. The ministry "
            "said the delay had no technical reason.\n\nChile's mining ministry on Friday "
            "suspended two lithium permits. The ministry said the permits would be reviewed.",
            "The ministry said the permits",
            "Chile's mining ministry",
        ),
        # the nationality says which of two ministries
        (
            "Peru's Ministry of Production said on Sunday it would pause new permits. "
            "Ecuador's Ministry of Production and Trade, whose firms buy the catch, said it "
            "had not been told.\n\nThe Peruvian ministry said the pause would last a year.",
            "The Peruvian ministry said",
            "Ministry of Production",
        ),
    ],
)
def test_the_ministry_is_the_one_last_named_or_of_the_nation_it_is_called_by(
    text: str, start: str, speaker: str
) -> None:
    assert _named_speaker(text, start) == speaker


@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        # a document that was the subject of the sentence before, by its title or description
        (
            'Her unit\'s audit of the loan book, titled "Thin Margins", came out in May. It '
            "found that most loans went to three countries.",
            "It found that most loans",
            "Thin Margins",
        ),
        (
            "The draft declaration is short. It says that every state keeps a veto.",
            "It says that every state",
            "draft declaration",
        ),
        # a body described as a non-profit or a think tank, and the noun that calls it back
        (
            "Ballot Watch, a non-profit that tracks election fraud, published its count in "
            'June. It found that fakes rarely changed a vote. "Attention is the scarce '
            'thing," the group said.',
            "Attention is the scarce thing",
            "Ballot Watch",
        ),
        (
            "The Lantern Institute, a Berlin think tank, counted the leaks in a report. The "
            "think tank also noted that customs lacked staff.",
            "The think tank also noted",
            "Lantern Institute",
        ),
        # a title in capitals after 'the'
        (
            "Uganda's Cabinet Secretary for Trade, Grace Nakato, signed the deal. Asked about "
            "the critics, the Cabinet Secretary said she welcomed scrutiny.",
            "Asked about the critics",
            "Grace Nakato",
        ),
        # a reporting verb the tagger read as a plural noun after the title
        (
            "Tomas Novak is not reassured. The Czech political scientist points to the 2023 "
            "election, when a fake clip spread days before the vote.",
            "The Czech political scientist",
            "Tomas Novak",
        ),
        # 'reminded members that ...'
        (
            "The vice-president in the chair, Paolo Ferri, cut off two speakers. The "
            "vice-president reminded members that "
            "the debate was being interpreted.",
            "The vice-president reminded",
            "Paolo Ferri",
        ),
        # a nationality with a clause about the country, and one after a possessive
        (
            "Ricardo Alves, who represents Brazil's standards body, proposed a compromise. "
            "The Brazilian, whose country banned deepfakes in 2024, said one rule should "
            "serve all.",
            "The Brazilian, whose country",
            "Ricardo Alves",
        ),
        (
            "Aino Virtanen, a Finnish member of the Green group, spoke first. The rapporteur "
            "replied that the text was the best on offer. Her Finnish colleague was "
            "unpersuaded, noting that similar promises had been broken.",
            "Her Finnish colleague",
            "Aino Virtanen",
        ),
        # a founder called the entrepreneur
        (
            "The panel then heard from Kofi Mensah, the founder of an Accra start-up that "
            "builds speech tools. Musa Bello, a senator from Kano, listened with his arms "
            'folded. "Our archives are the bottleneck," the entrepreneur said.',
            "Our archives are the bottleneck",
            "Kofi Mensah",
        ),
    ],
)
def test_documents_in_view_bodies_by_description_and_misread_titles_point_at_the_speaker(
    text: str, start: str, speaker: str
) -> None:
    assert _named_speaker(text, start) == speaker


@pytest.mark.parametrize(
    ("text", "start"),
    [
        # what was said of a document is not the document speaking
        (
            "The ministry opened a registry. The registry would be free to use, it said.",
            "The registry would be free",
        ),
    ],
)
def test_a_document_spoken_of_in_the_sentence_is_not_the_it_that_speaks(
    text: str, start: str
) -> None:
    attribution = _by_text(analyse(text), start)
    assert attribution.kind != "document", attribution


def test_the_person_a_hearing_hears_from_next_is_the_he_who_speaks() -> None:
    text = (
        "Senator Tom Rawlings, who chairs the panel, opened the session. He asked about "
        "cloud contracts. The committee then heard from Daniel Osei, the founder of a Kumasi "
        "start-up that builds translation tools. He argued that data rules would hurt small "
        "firms most."
    )
    assert _named_speaker(text, "He argued that data rules") == "Daniel Osei"


@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        # the clause of what was argued, which the parser hung on the text it was argued in
        (
            "The Offshore Wind Alliance, which represents turbine makers on both sides of the "
            "North Sea, estimates that its members have lost about $3bn in sales to Russian "
            "buyers since 2022. It argued in a submission to the European Commission that the "
            "money would otherwise have funded the research that keeps European yards busy.",
            "It argued in a submission",
            "Offshore Wind Alliance",
        ),
        # a body the tagger took for a work of art, which its description makes one
        (
            "The Sahel Policy Forum, a Brussels think-tank, has put a price on that "
            "recommendation. It estimates that €50m a year would fund three hundred observers.",
            "It estimates",
            "Sahel Policy Forum",
        ),
        # a name the text gave a body, which the tagger later took for a person
        (
            "The policy was explained by Joana Prates, head of trust at the ride-hailing "
            "service Zypto. She said drivers would be told why.\n\nIn a statement on Monday, "
            'Zypto said it was "reviewing every complaint". It added that refunds would follow.',
            "It added that refunds",
            "Zypto",
        ),
        # 'the report', 'the memo': the one the sentence before told which it is
        (
            "The Danish Refugee Council released its annual report on border technology in "
            "May. The report found that drones were used on three frontiers.",
            "The report found",
            "annual report on border technology",
        ),
        (
            "In a memo circulated to member states in March, the secretariat estimated the "
            "cost. The memo warned that the budget would run out by June.",
            "The memo warned",
            "memo circulated to member states in March",
        ),
        # a surname the tagger split at its hyphen
        (
            "Abena Owusu-Ansah runs the verification desk. Grace Mensah runs the night "
            "shift.\n\nOwusu-Ansah laughed when I asked about rumours. "
            '"We hear them all," she said.',
            "We hear them all",
            "Abena Owusu-Ansah",
        ),
        # a law firm named after a partner is no person an age could mean
        (
            "The claimant's counsel, Olusola Adeyinka of the London firm Marsh Adeyinka LLP, "
            "said the case was about a promise. The 58-year-old, who has acted for investors "
            "in more than 30 claims, said he was confident.",
            "The 58-year-old",
            "Olusola Adeyinka",
        ),
        # "The Kazakh official": of the officials, the one tied to Kazakhstan
        (
            "Erik Lind, the official in question, is a former customs officer with little "
            "patience for evaders.\n\nAibek Nurlanov, a senior official in Kazakhstan's trade "
            "ministry, told a conference in Almaty that his country had tightened controls. "
            "Mr Lind, who attended the same event, made a similar complaint. He said that "
            "requests often arrived months late. The Kazakh official was more pointed still. "
            "If Europe wanted help, he said, it could start by sharing its lists.",
            "If Europe wanted help",
            "Aibek Nurlanov",
        ),
    ],
)
def test_bodies_misread_documents_described_before_and_split_names_point_at_the_speaker(
    text: str, start: str, speaker: str
) -> None:
    assert _named_speaker(text, start) == speaker


def test_a_survey_that_spoke_last_is_the_survey_not_a_document_named_before() -> None:
    text = (
        "A background paper prepared for the workshop by the ITU secretariat found few "
        "African experts. A recent survey found that most diplomats distrust AI. The survey "
        "also found that few use it."
    )
    attribution = _by_text(analyse(text), "The survey also found")
    assert (attribution.status, attribution.speaker) == (VAGUE, None)


@pytest.mark.parametrize(
    ("text", "start"),
    [
        # the unnamed diplomat who just spoke, not one named paragraphs before
        (
            "Pedro Alves, a Brazilian diplomat, opened the talks.\n\nA senior African "
            "diplomat, who asked not to be named, said the draft was unfair. "
            '"We were not consulted," the diplomat said.',
            "We were not consulted",
        ),
        # nobody the text names next is the one who asked not to be named
        (
            "Hanna Berg chairs the group.\n\nA Danish official who asked not to be named "
            'because the talks are private said the vote could slip. "Nothing is settled," '
            "the official said. He added that Berlin was undecided.\n\nIndustry is nervous. "
            "Rasmus Holt, head of the Danish shipping association, warned that exporters "
            "would pay.",
            "He added that Berlin",
        ),
        # a 'he' after an unnamed source (who declined to be named) and words quoted before it
        (
            "Karl Weber, a German official, spoke in the morning.\n\nA Treasury official, "
            "who declined to be named, told me Washington would not share the list because "
            'doing so could reveal its sources. "The list is the easy part," he said.',
            "The list is the easy part",
        ),
        # 'his name' after an unnamed subject is his, and keeps him the one in view
        (
            "Jonas Vik runs the registry.\n\nSome crews will talk. One skipper, who had "
            "sailed for a decade, agreed to speak on condition that his name not be used. "
            "He said the transponder was switched off at night.",
            "He said the transponder",
        ),
        # the rest of a sentence whose unnamed subject the parser left without a verb
        (
            "Marek Nowak heads the port authority.\n\nNot everyone in the trade is so "
            "patient. A freight broker in Busan, who asked not to be named because his firm "
            'still ships to Russian clients, described the rules as "a tax on paperwork". '
            "He said inspectors opened one box in fifty.",
            "He said inspectors",
        ),
    ],
)
def test_a_source_left_unnamed_stays_unnamed_when_it_goes_on_speaking(
    text: str, start: str
) -> None:
    attribution = _by_text(analyse(text), start)
    assert attribution.status == VAGUE and attribution.speaker is None, attribution


@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        # the interpreter is how the words came across, not who said them
        (
            "Kenji Moriyama, Japan's trade minister, spoke through an interpreter. "
            '"Openness without rules is not openness," he said, according to the '
            "interpreter's rendering.",
            "Openness without rules",
            "Kenji Moriyama",
        ),
        # a document that is the subject of the sentence before, though a body is named in it
        (
            "A broker in Singapore rented restricted chips to a drone maker, according to "
            "court papers.\n\nThe 58-page complaint charges Arjun Rao, the founder of Nimbus "
            "Relay, with evading sanctions. It alleges that his company sold a million hours "
            "of computing time.",
            "It alleges that his company",
            "58-page complaint",
        ),
        # an age and a nationality together
        (
            "Rafael Nogueira Lins has a rule about negotiating sessions that run past "
            "midnight. The 70-year-old Brazilian, who retires this month, says the rule has "
            "saved his country from three bad deals.",
            "The 70-year-old Brazilian",
            "Rafael Nogueira Lins",
        ),
    ],
)
def test_interpreters_documents_beside_bodies_and_aged_nationals_point_at_the_speaker(
    text: str, start: str, speaker: str
) -> None:
    assert _named_speaker(text, start) == speaker


@pytest.mark.parametrize(
    ("text", "start"),
    [
        # "one" and "another" set beside what they are: people left unnamed
        (
            "Two officials spoke to this newspaper. One, a retired diplomat, said the talks "
            'were doomed. Another, a serving official, put it more bluntly: "The politics '
            'were decided first."',
            "One, a retired diplomat",
        ),
        (
            "Two officials spoke to this newspaper. One, a retired diplomat, said the talks "
            'were doomed. Another, a serving official, put it more bluntly: "The politics '
            'were decided first."',
            "Another, a serving official",
        ),
        # a source who did not give her name
        (
            "Ana Lopes, the Brazilian minister, spoke first. Her Chinese counterpart, a deputy "
            "minister who did not give her name at the briefing, said talks would continue.",
            "Her Chinese counterpart",
        ),
        # the spokeswoman he spoke through, whom the text does not name
        (
            "Mikko Aaltonen, now posted to Nairobi, said through a foreign ministry "
            'spokeswoman that he had "reported accurately what was said". The spokeswoman '
            'added that diplomats "do not take licensing decisions".',
            "The spokeswoman added",
        ),
    ],
)
def test_people_set_beside_a_number_or_spoken_through_stay_unnamed(text: str, start: str) -> None:
    attribution = _by_text(analyse(text), start)
    assert attribution.status == VAGUE and attribution.speaker is None, attribution


def test_a_bare_note_in_view_is_no_named_document() -> None:
    text = (
        "Finance deputies meet this week. The note, drafted by the presidency with help from "
        "the African Development Bank, proposes a $5bn facility. It argues that compute is "
        "becoming what ports were to trade."
    )
    attribution = _by_text(analyse(text), "It argues that compute")
    assert (attribution.kind, attribution.speaker) == ("document", None), attribution


@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        # a firm the tagger took for a place, described beside it however the parser hung it
        (
            "Shares in Korvex, the Utrecht-based maker of deposition equipment, closed down 3.1% "
            "in Amsterdam. The company said it would apply for licences for its Chinese orders.",
            "The company said",
            "Korvex",
        ),
        (
            "Among the firms watching the case is Tanjung, a Surabaya-based developer of farming "
            "apps. The company said it had delayed plans to open an office in Berlin.",
            "The company said",
            "Tanjung",
        ),
        # "the observatory": the body named before whose name ends so
        (
            "Much of the evidence comes from the Andean Media Observatory, a network of "
            "journalists in Lima. It logged 200 fake clips last year. The observatory also warned "
            "that audio fakes were spreading faster than video.",
            "The observatory also",
            "Andean Media Observatory",
        ),
        # a title described first and named in the next sentence, though another head was named
        (
            "Talks resumed in Geneva on Monday. Grace Otieno, head of the central bank, opened the "
            "session and said rates would hold. The head of trade policy at the Kenyan treasury "
            "said her team wanted a faster timetable. The official, Wanjiru Kamau, added that a "
            "deal was possible by June.",
            "The head of trade policy",
            "Wanjiru Kamau",
        ),
        # a title in lower case the tagger read as a name
        (
            "Deputy Director-General Ines Carvalho of the Commission's trade department said "
            "transparency had to come first. The deputy director-general acknowledged that several "
            "states wanted a higher threshold.",
            "The deputy director-general",
            "Ines Carvalho",
        ),
        # a source cited inside what the campaigner reports is not who speaks
        (
            "Rosa Quispe, a debt campaigner at the Andes Finance Network, spoke first. The "
            "campaigner noted that several borrowers are at high risk of debt distress according "
            "to assessments by the IMF.",
            "The campaigner noted",
            "Rosa Quispe",
        ),
        # "its statement": the body 'it' is; "described" a scene the words drew
        (
            "The Chilean Ministry of Foreign Affairs said it would ratify the treaty before June. "
            "Its statement also confirmed that the first review would be held in Santiago.",
            "Its statement also",
            "Chilean Ministry of Foreign Affairs",
        ),
        (
            "Lucas Moreau, a customs director in Marseille, told senators that smuggling had "
            "changed. He described crates relabelled in three ports before they reached Shenzhen.",
            "He described crates",
            "Lucas Moreau",
        ),
        # a person brought in with a description, in a sentence about nobody else, is the 'she'
        (
            'Dewi Sartika, Indonesia\'s envoy, tabled the objection. "Small firms will pay," she '
            "said.\n\nThe reply came from Ana Beltrán, a Chilean diplomat who serves at the "
            "mission in Geneva. She told the committee the rules treated every supplier alike.",
            "She told the committee",
            "Ana Beltrán",
        ),
        (
            "Peter Njoroge, the petitioners' advocate, said the ruling was a relief. \"Kenyans are "
            'not test subjects," he said.\n\nThe government was represented by Daniel Mutua, a '
            "state counsel in the Attorney-General's office. He said the state would study the "
            "ruling and was likely to appeal.",
            "He said the state",
            "Daniel Mutua",
        ),
    ],
)
def test_bodies_by_description_titles_named_next_and_people_brought_in_point_at_the_speaker(
    text: str, start: str, speaker: str
) -> None:
    assert _named_speaker(text, start) == speaker


def test_a_name_beside_another_title_does_not_name_the_source_before() -> None:
    text = (
        "Daniel Osei, 41, spoke only to confirm his name. His barrister told the court that Mr "
        "Osei would deny the charges. The prosecutor, Claire Benton, said the case was strong."
    )
    attribution = _by_text(analyse(text), "His barrister told")
    assert attribution.speaker != "Claire Benton", attribution


def test_according_to_set_off_after_what_officials_said_stays_the_source() -> None:
    text = (
        "The strike hit the port on Tuesday. Officials said the port was hit twice, according "
        "to state media."
    )
    attribution = _by_text(analyse(text), "Officials said")
    assert (attribution.mode, attribution.source) == ("according_to", "state media"), attribution


def test_a_title_the_lede_gives_before_the_name_is_that_person_when_it_comes_back() -> None:
    text = (
        "Radio interview: Chile's trade deputy on AI at the border\n\n"
        "Chile's deputy trade minister has warned that AI tools screening imports could shut "
        "small exporters out of rich markets.\n\n"
        "Carla Fuentes was speaking on a radio programme, in a discussion with Lena Ortiz, an "
        "economist in Lima.\n\n"
        '"Because nobody else will," Fuentes said.\n\n'
        '"The tools decide before any customs officer looks," the minister said.'
    )
    assert _named_speaker(text, "The tools decide") == "Carla Fuentes"


@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        # an age and 'said' the tagger read as the modifiers of what was said
        (
            "Nadia Rahman runs a translation start-up in Dhaka. She is no fan of paperwork. The "
            "29-year-old said compliance had cost her firm about two months and a painful amount "
            "of money.",
            "The 29-year-old said",
            "Nadia Rahman",
        ),
        # an age and 'added' set off by commas, 'added' read as a noun
        (
            "Ingrid Solberg, a lawyer in Oslo who follows the talks, said the vote changed "
            'nothing. "A resolution is a mood, not a law," she said. Only a treaty could bind '
            "them, the 58-year-old added, and none has been drafted.",
            "Only a treaty could",
            "Ingrid Solberg",
        ),
        # the person the author rang answers next
        (
            "Mr Falk's second claim is about Africa. He quotes Yaw Boateng, a former Ghanaian "
            "deputy minister, as saying that governments resent the rules. I called Mr Boateng. "
            "He does not deny the quote, but he says it was about the paperwork for universities.",
            "but he says it was",
            "Yaw Boateng",
        ),
        # a clause of what a body found, hung by the parser on the survey it was found in
        (
            "Hamid Sultani, who studies the cases at the Arbitration Data Observatory in Geneva, "
            "said claims were rising. The observatory found in its latest survey that states had "
            "lost or settled more than half of the cases it examined.",
            "The observatory found",
            "Arbitration Data Observatory",
        ),
        # a name with capitals inside it, read as a noun, is the 'it' after it
        (
            "The clip first appeared on an account called FactPulseDaily. FactPulseDaily did not "
            "respond to messages. In a later post, however, it insisted that the vote had been "
            "binding.",
            "In a later post",
            "FactPulseDaily",
        ),
        # one body by its name and its initials is the only one named before 'it'
        (
            "The number comes from the International Telecommunication Union (ITU). In its "
            "yearly survey, it estimated that a third of the world was still offline.",
            "In its yearly survey",
            "International Telecommunication Union",
        ),
        # "the facility": the body whose name ends so
        (
            "The Pacific Digital Access Facility, a fund set up by donors in 2022, publishes its "
            "grants online. Asked about the delays, the facility said that approvals took time.",
            "Asked about the delays",
            "Pacific Digital Access Facility",
        ),
        # a charge whose preposition the parser hung on the one charged
        (
            "Kofi Mensah, the opposition's finance spokesman, wrote that the figure was wrong. In "
            'a radio interview, he went further, accusing the deputy minister of "inventing '
            'numbers".',
            "In a radio interview",
            "Kofi Mensah",
        ),
    ],
)
def test_ages_read_as_modifiers_people_the_author_rang_and_bodies_by_other_names_are_found(
    text: str, start: str, speaker: str
) -> None:
    assert _named_speaker(text, start) == speaker


def test_a_she_after_an_unnamed_source_whose_sentence_goes_on_stays_unnamed() -> None:
    text = (
        'Mei Tanaka, an analyst in Tokyo, called the plan naive. "It will not work," she told '
        "me.\n\nA negotiator from a small island state, who asked not to be named because talks "
        "are continuing, was more sympathetic. She told me the delegations wanted the issue on "
        "the agenda, if only because the industry keeps promising miracles. But she doubted "
        "that a cap would survive the first week."
    )
    attribution = _by_text(analyse(text), "But she doubted")
    assert attribution.speaker != "Mei Tanaka", attribution


def test_a_firms_officer_is_not_the_adviser_in_view_who_works_elsewhere() -> None:
    text = (
        "Liam Farrell, a partner at Hollin Advisory in London, said the licence would be "
        'watched across the region. "Everyone is waiting," he said.\n\n'
        "Sauti's chief technology officer, who joined last year, told reporters that the "
        "cooling had been built for newer chips."
    )
    attribution = _by_text(analyse(text), "Sauti's chief technology officer")
    assert attribution.speaker != "Liam Farrell", attribution


@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        # an aside with whom it was told, read as a relative clause
        (
            "Maria Lopez is a trade lawyer. The lesson, she told me, is that controls hold only "
            "when the countries agree first.",
            "The lesson, she told me",
            "Maria Lopez",
        ),
        # what a person listed after a colon
        (
            "Lucia Ferrer ran the digital programme at a regional bank until 2022. When I met her "
            "in Quito, she listed the gaps: power, cables and clean statistics.",
            "When I met her",
            "Lucia Ferrer",
        ),
        # both posts of "co-founder and chief executive"; the title the sentence before had as
        # its subject is the 'she' that answers
        (
            '"We rent too much," said Claire Dubois, Veltar\'s co-founder and chief executive. '
            "Ines Berg, the chief technology officer, described the data centres. Asked whether "
            'Veltar would sell to the army, the chief executive smiled. "Only if asked," she said.',
            "Only if asked",
            "Claire Dubois",
        ),
        # a former holder of a post is not who holds it now
        (
            "Sara Lind, the chief executive, opened the call. Omar Haddad, the sales chief, said "
            "four contracts were signed. Haddad joined last year from an arms maker. The former "
            "defence executive added that one offer had been turned down.",
            "The former defence executive",
            "Omar Haddad",
        ),
    ],
)
def test_asides_lists_joint_posts_and_former_posts_point_at_the_speaker(
    text: str, start: str, speaker: str
) -> None:
    assert _named_speaker(text, start) == speaker


def test_a_job_advising_a_firm_is_no_statement() -> None:
    text = (
        "Marta Nowak spent six years at the ministry. She has left government and now advises a "
        "law firm in Warsaw."
    )
    assert _by_text(analyse(text), "She has left").status == NONE


def test_a_person_the_next_paragraph_describes_otherwise_does_not_name_an_unnamed_spokesman() -> (
    None
):
    text = (
        "Chile's climate envoy, Rafael Soto, told a panel in Bonn that AI would soon use more "
        "power than Japan.\n\nSoto's office stood by the substance of the remark. A spokesman "
        'for the envoy said he had been "quoting the agency from memory" and that the point '
        '"remains valid". The spokesman did not say whether the figure would be corrected.\n\n'
        "Henrik Lund, a Dane who heads grid planning at a Scandinavian transmission operator, "
        'said mixing up the numbers risked distracting from a real problem. "If you overstate '
        'it, you get a backlash," he said.'
    )
    attribution = _by_text(analyse(text), "A spokesman for the envoy")
    assert attribution.speaker != "Henrik Lund", attribution


def test_a_platform_something_was_posted_on_is_not_the_company_that_speaks() -> None:
    text = (
        "Qingyun Robotics sells delivery drones in twelve countries. In a post on WeChat, the "
        "company said the tests had been rigged."
    )
    assert _named_speaker(text, "In a post on WeChat") == "Qingyun Robotics"


@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        (  # a person's own article, study or experiments speak for her or him
            "Chiara Longo, who spent a decade at the Italian trade ministry, defends the rule. "
            "Her 2021 paper in a Milan law review insists that mutual recognition was always "
            "the aim.",
            "Her 2021 paper",
            "Chiara Longo",
        ),
        (
            "Tomasz Wilk, a chemist in Gdansk, doubts the claim. His 2023 experiments found that "
            "the models leaked records only when prompted with most of the record.",
            "His 2023 experiments",
            "Tomasz Wilk",
        ),
        (  # a view held: "Her reasoning is that ..."
            "Amara Obi advises regulators across West Africa. Her reasoning is that a model "
            "trained on personal records has, in effect, exported them.",
            "Her reasoning is",
            "Amara Obi",
        ),
        (  # an age the parser hung on the place before it
            "The appeal was lodged by Irena Novak, a Slovak teacher. Speaking outside the "
            'tribunal in Strasbourg, the 44-year-old said the ruling showed that "rights are '
            'not for sale".',
            "Speaking outside",
            "Irena Novak",
        ),
        (  # "who argued" hung on the description of the one named
            "The court ruled on Monday.\n\nThe case was brought by Ivana Horvat, a Croatian "
            "privacy campaigner, who argued that her data had been transferred to cloud "
            "providers abroad.",
            "The case was brought",
            "Ivana Horvat",
        ),
        (  # the presidency of a country is a body that speaks, and 'it' goes on
            "Leaders left the summit on Sunday.\n\nBrazil's presidency, which hosted the "
            "meeting, said in a statement that the outcome showed real progress. It said the "
            "data fund had been one of its four priorities.",
            "It said the data fund",
            "Brazil",
        ),
    ],
)
def test_works_ages_and_bodies_point_at_who_speaks(text: str, start: str, speaker: str) -> None:
    assert _named_speaker(text, start) == speaker


def test_the_letter_signed_by_many_speaks_and_it_goes_on() -> None:
    text = (
        "Campaigners kept up the pressure before the signing.\n\nAn open letter signed by more "
        "than sixty groups in the spring of 2025 warned that the exemption would swallow the "
        "rule. It urged governments to apply the treaty to companies in full."
    )
    analysis = analyse(text)
    letter = "open letter signed by more than sixty groups in the spring of 2025"
    assert _by_text(analysis, "An open letter").speaker == letter
    assert _by_text(analysis, "It urged").speaker == letter


def test_the_draft_described_paragraphs_before_is_the_draft_that_states() -> None:
    text = (
        "Trade officials met in Vienna on Friday.\n\nA draft circulated among delegations on "
        "Tuesday would widen the controls to rented computing power. Two people briefed on the "
        "draft said it ran to forty pages.\n\nMonika Graf, the Austrian envoy, was upbeat.\n\n"
        "The text is still full of brackets. The draft also states that the scheme would be "
        "reviewed every three years."
    )
    attribution = _by_text(analyse(text), "The draft also states")
    assert attribution.speaker == "draft circulated among delegations on Tuesday", attribution


def test_a_surname_the_tagger_took_for_a_body_is_not_the_company_that_speaks() -> None:
    text = (
        "Zsuzsa Halmi, who runs a small rights group in Szeged, filed complaints against "
        "Orvane, a chatbot developer in Austin, last week.\n\nThe complaints rest on a leaked "
        "memo, which Halmi published alongside her post. Orvane's lawyer, Paul Dufour, replied "
        "on LinkedIn. The company said in a separate statement that it would cooperate with "
        "any regulator."
    )
    assert _named_speaker(text, "The company said") == "Orvane"


def test_she_who_reports_what_a_named_woman_did_is_not_that_woman() -> None:
    text = (
        "The vote was close.\n\nAnja Kowalczyk sat through the whole debate. Eleanor Marsh "
        "spoke for Britain.\n\nMarsh had made the stronger point in the chamber, she said: the "
        "real risk lay further out."
    )
    assert _named_speaker(text, "Marsh had made") == "Anja Kowalczyk"


def test_a_relative_the_text_named_is_who_speaks_and_an_unnamed_one_is_nobody_in_view() -> None:
    text = (
        "The water came at night.\n\nSalma Akter, 38, keeps ducks beside the canal. Her "
        'husband, Nurul Islam, repairs boats in the town. "He says the app was his idea," she '
        'said. "I only read it once," her husband said.\n\nParveen Sultana runs the village '
        'school. "She never sleeps before midnight," her father said.'
    )
    analysis = analyse(text)
    assert _by_text(analysis, "I only read it once").speaker == "Nurul Islam"
    father = _by_text(analysis, "She never sleeps")
    assert father.status == VAGUE and father.speaker is None, father


def test_an_age_read_as_a_noun_after_a_quotation_still_speaks() -> None:
    text = (
        "Accra wants its own data centre\n\nOn the roof of a half-built tower in Osu, Efua "
        "Mensah points at the place where the chillers will go. For now there are crows.\n\n"
        '"Everybody loves the drawing," the 41-year-old said, tapping a poster of the '
        "finished building."
    )
    assert _named_speaker(text, "Everybody loves the drawing") == "Efua Mensah"


def test_a_given_name_the_tagger_left_outside_the_name_is_part_of_it() -> None:
    text = (
        "Brussels listed three firms on Monday.\n\n"
        '"These listings send a signal," said Pieter De Smet, the spokesman for foreign '
        "affairs.\n\nOne firm rejected the allegations. Mehmet Yıldız, a lawyer representing "
        'the company, said it had sold ordinary software. "My client never worked for the '
        'army," he said.'
    )
    analysis = analyse(text)
    assert _by_text(analysis, "Mehmet Yıldız, a lawyer").speaker == "Mehmet Yıldız"
    assert _by_text(analysis, "My client never").speaker == "Mehmet Yıldız"


def test_a_relative_who_is_the_subject_keeps_the_one_whose_relative_she_is_in_view() -> None:
    text = (
        "A judge in Boston on Tuesday sentenced Arvid Kalnins, a Lithuanian trader, to four "
        "years for shipping servers to Belarus. Judge Helen Park said the scheme had been "
        '"careful and deliberate".\n\nKalnins\'s wife, who came to every hearing, wept as the '
        "sentence was read. Before sentencing, the defendant told the court he had thought only "
        "about the money."
    )
    assert _named_speaker(text, "Before sentencing") == "Arvid Kalnins"


def test_a_husband_named_beside_the_title_is_a_he() -> None:
    text = (
        "Wang Shu-fen moved to Dresden in 2024 to run a cleanroom.\n\nWang's husband, Lee "
        'Kuan-ting, left a job in Taipei to come. "People said I followed her like luggage," he '
        "said."
    )
    assert _named_speaker(text, "People said I followed") == "Lee Kuan-ting"


@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        (  # a sort of document, then the noun alone
            "Export licences are under review.\n\nThe chairman waved a staff report released "
            "the night before. The report found that nine licences had no site visit.",
            "The report found",
            "staff report",
        ),
        (  # whom it went to
            "The Treasury replied in writing.\n\nIts deputy made the same case in a letter to "
            "the committee last month. The letter said that no machine decides a designation.",
            "The letter said",
            "letter to the committee",
        ),
        (  # one document under two nouns
            "He joined the export office in 1988.\n\nAn internal memorandum he drafted in 1993 "
            "predicted trouble. The memo urged a new regime built on design software.",
            "The memo urged",
            "internal memorandum",
        ),
        (  # the parser read the sentence as one long noun phrase, its verb hung inside
            "The institutions are moving ahead.\n\nA draft methodology note circulated to the "
            'board before the Baku conference proposes "automated first estimates" for floods. '
            "It argues that such estimates would end the bargaining.",
            "It argues",
            "draft methodology note circulated to the board",
        ),
    ],
)
def test_a_document_described_before_is_the_one_its_noun_or_it_means(
    text: str, start: str, speaker: str
) -> None:
    assert _named_speaker(text, start) == speaker


def test_the_paper_is_the_newspaper_in_view_and_the_one_quoted_as_saying_speaks() -> None:
    text = (
        "African papers on the climate talks\n\nThe Lagos Ledger reported that Nigeria would "
        "court data-centre investors. It quoted Bola Adeyemi, the minister for power, as saying "
        'the grid could carry them. "Our turbines are ready," he told the paper.\n\nThe paper '
        "said the pitch had been timed for the summit. The Harare Mirror, a weekly tabloid, was "
        "less kind. According to the tabloid, the turbines are forty years old."
    )
    analysis = analyse(text)
    assert _by_text(analysis, "It quoted Bola Adeyemi").speaker == "Bola Adeyemi"
    assert _by_text(analysis, "The paper said").speaker == "Lagos Ledger"
    assert _by_text(analysis, "According to the tabloid").speaker == "Harare Mirror"


def test_who_says_it_while_citing_others_is_the_source() -> None:
    text = (
        "Brussels and Delhi are still apart.\n\nRond-Point, a newsletter read in the EU "
        "quarter, had a different account. Citing two officials close to the talks, it said "
        "the Commission had shared a draft with India."
    )
    assert _named_speaker(text, "Citing two officials") == "Rond-Point"


@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        (  # a sentence the parser left without a verb still has its subject
            "Delegates argued over one phrase.\n\nChina's head of delegation, Chen Wei, said the "
            "union was the only body where every country votes. He argued that leaving standards "
            "to private groups would be a mistake.\n\nBrazil's Paulo Henrique Souza, a veteran of "
            'several assemblies, proposed keeping "as a matter of priority" but adding a reference '
            "to ISO. The engineer, who spent two decades at the national regulator, said the "
            "difference was one word.",
            "The engineer, who spent",
            "Paulo Henrique Souza",
        ),
        (  # the adverb taken for the subject
            "The report is long.\n\nKwame Boateng, a technologist in Accra, thinks it matters "
            "more than any declaration. The 44-year-old nonetheless complained that African "
            "authors were few.",
            "The 44-year-old",
            "Kwame Boateng",
        ),
        (  # the post she served in
            "Her closest colleague spoke at the funeral.\n\nLucía Araya, who served as her deputy "
            'in Geneva from 2014 to 2018, said the verdict was too harsh. "She planted what '
            'others harvested," her former deputy said.',
            "She planted",
            "Lucía Araya",
        ),
        (  # chairing, in the description beside the name
            "Talks resumed at ten.\n\nMeera Iyer, the Indian official chairing the committee, "
            "opened the session. Sarah Holt, who leads the US team, said a delay was needed. The "
            "chair said she expected a clean text by seven.",
            "The chair said",
            "Meera Iyer",
        ),
        (  # a party and a place
            "The subcommittee met on Tuesday.\n\nSenator Eleanor Cruz of Nevada asked whether "
            "the agency had enough money. Samuel Ode, a witness from the standards institute, "
            'said it did not. The Nevada Democrat called that "a self-inflicted wound".',
            "The Nevada Democrat",
            "Eleanor Cruz",
        ),
        (  # a name set beside 'the company' though it opens like a given name
            "The court heard both sides.\n\nThe company, Qamar Health Intelligence, was "
            "represented by Fatima Saleh, who told the court its servers were audited. The "
            "Emirati lawyer said the records were encrypted.",
            "The Emirati lawyer",
            "Fatima Saleh",
        ),
    ],
)
def test_titles_and_ages_find_the_person_the_text_describes(
    text: str, start: str, speaker: str
) -> None:
    assert _named_speaker(text, start) == speaker


@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        (  # the description the parser hung on the sentence's subject
            "Lenders met in Washington.\n\nThe roundtable, organised by the Centre for Public "
            "Finance, a Washington think-tank, opened with a paper. The think-tank said it would "
            "publish a checklist.",
            "The think-tank said",
            "Centre for Public Finance",
        ),
        (  # spelt the other way
            "The fellowship is new.\n\nThe Meridian Policy Center said it would fund two places. "
            "The centre said the first fellows would come from Africa.",
            "The centre said",
            "Meridian Policy Center",
        ),
        (  # initials called back by a noun
            "Senators want a review.\n\nThe chairman asked the Government Accountability Office "
            "to look again. The GAO has studied the question before. In a 2023 report, the "
            "watchdog found that agencies lacked a strategy.",
            "In a 2023 report",
            "Government Accountability Office",
        ),
        (  # a maker of tools, though the tagger took the name for a person's
            "Chip talks continued.\n\nIn Beijing, a spokesman said China opposed the move. China "
            "is the largest market for Dutch tools.\n\nThe Veldhoven-based toolmaker Lithoptix, "
            "which is not taking part in the talks, said in a statement that it would comply. It "
            "added that it had not been briefed.",
            "It added",
            "Lithoptix",
        ),
    ],
)
def test_bodies_are_found_by_their_description_spelling_and_initials(
    text: str, start: str, speaker: str
) -> None:
    assert _named_speaker(text, start) == speaker


def test_a_participle_opening_the_sentence_is_no_part_of_the_name() -> None:
    text = (
        "Seoul answered within hours.\n\nPark Ji-yeon runs the chip lobby in Seoul. Quoting "
        "Halvorsen's post, she wrote that Korean firms decide for themselves."
    )
    analysis = analyse(text)
    assert all("Quoting" not in (u.attribution.speaker or "") for u in analysis.units)


@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        (  # the one quoted is not the one who quotes
            "Envoys traded barbs online.\n\nMaria Lindqvist, the Swedish ambassador, posted a "
            "long thread on Monday. Anna Berg, a junior minister, replied the next day. Quoting "
            "Lindqvist's post, she wrote that the thread misread the treaty.",
            "Quoting",
            "Anna Berg",
        ),
        (  # the one asked about is not the one who answers
            "The summit ended late.\n\nEmma Castell, the French envoy, left first. Sofia Brandt "
            "stayed behind to brief reporters. Asked about Castell's remarks, she said the text "
            "was final.",
            "Asked about",
            "Sofia Brandt",
        ),
    ],
)
def test_people_named_in_an_opening_participle_clause_are_not_its_speaker(
    text: str, start: str, speaker: str
) -> None:
    assert _named_speaker(text, start) == speaker


def test_a_person_named_in_the_participle_clause_is_not_the_he_who_cites_them() -> None:
    text = (
        "Talks stalled.\n\nThe delegations met twice. Citing a report by Tom Hale, he said the "
        "talks had failed."
    )
    assert _by_text(analyse(text), "Citing").speaker != "Tom Hale"


@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        (  # a retort: "shot back"
            "The debate turned sharp.\n\nSenator Ruth Calloway attacked the plan. Marcus "
            'Oyelaran, her opponent, waited. "Whose time, Senator?" he shot back.',
            "Whose time",
            "Marcus Oyelaran",
        ),
        (  # "repeats" a line
            "An interview in Lisbon.\n\nLucía Ferreyra has run the office since 2019. "
            '"Time is not neutral," she repeats.',
            "Time is not neutral",
            "Lucía Ferreyra",
        ),
        (  # those present relay what she said: the words are hers
            "Inside the talks.\n\nAnjali Raghunathan, the Indian negotiator, held firm. "
            '"Everyone goes home a winner," she told the chair, according to a delegate who '
            "was present.",
            "Everyone goes home",
            "Anjali Raghunathan",
        ),
        (  # the relay named first
            "Inside the talks.\n\nRafael Monteiro led Brazil's team. According to one "
            "participant, Monteiro said the text was dead.",
            "According to one participant",
            "Rafael Monteiro",
        ),
        (  # a title's initials: "the CS", "the PS"
            "A data centre for Nairobi.\n\nCabinet Secretary Grace Wanjiku Mutua said the "
            "project would help. Principal Secretary Samuel Rotich said the deal had a data "
            "clause. The CS told guests that the first phase would be ready by 2027.",
            "The CS told",
            "Grace Wanjiku Mutua",
        ),
        (
            "A data centre for Nairobi.\n\nCabinet Secretary Grace Wanjiku Mutua said the "
            "project would help. Principal Secretary Samuel Rotich said the deal had a data "
            "clause. The PS added that start-ups would get a share.",
            "The PS added",
            "Samuel Rotich",
        ),
        (  # two of one family name: the honorific tells them apart
            "Beijing and Brussels talk.\n\nWang Lixin, China's vice minister, said Beijing was "
            '"ready to talk". Wang Jiayi, a professor at a Beijing university who is not '
            'related to the minister, said scholars could move faster. "We will talk about '
            'everything," Mr Wang said.',
            "We will talk",
            "Wang Lixin",
        ),
        (  # the name beside the word beside the title
            "A primary debate.\n\nThe co-moderator, Colleen Hargrove, opened the evening. The "
            "third candidate, the businessman Arturo Mendes, said both of his rivals were wrong.",
            "The third candidate",
            "Arturo Mendes",
        ),
        (  # a guest of the host is somebody else than the host
            "A podcast on chips.\n\nThe host, Miriam Castellanos, asked how long Seoul can "
            "last. Castellanos's second guest, the Singapore-based analyst Adaeze Nwankwo, "
            'disagreed with the framing. "We overstate the choice," she said.',
            "We overstate",
            "Adaeze Nwankwo",
        ),
        (  # a question put "on whether" is reported speech
            "A primary debate.\n\nThe co-moderator, Colleen Hargrove, opened the evening. "
            "Arturo Mendes proposed a visa for researchers. Hargrove pressed him on whether "
            "that fitted the party's platform.",
            "Hargrove pressed",
            "Colleen Hargrove",
        ),
        (  # the one who answers is not the one who put the question
            "A primary debate.\n\nThe co-moderator, Colleen Hargrove, opened the evening. "
            "Arturo Mendes proposed a visa for researchers. Hargrove pressed him on whether "
            'that fitted the platform. "The platform is old," the 52-year-old replied.',
            "The platform is old",
            "Arturo Mendes",
        ),
        (  # the press's word for an academic
            "A chatbot in Luganda.\n\nDr Agnes Nansubuga, a lecturer in linguistics at "
            "Makerere University, welcomed the plan. Minister Paul Okello spoke next. "
            '"A chatbot is not a village," the don said.',
            "A chatbot is not",
            "Agnes Nansubuga",
        ),
        (  # a body that was asked before it spoke
            "A campaign row.\n\nSenator Ruth Calloway spoke first.\n\nThe State Department, "
            "asked about the exchange on Wednesday, said in a statement that consultations "
            "were continuous.",
            "The State Department",
            "State Department",
        ),
        (  # the name read as a plural noun's modifier ("Otieno laughs")
            "A minister in a hurry.\n\nAchieng Otieno runs the ministry. Her principal "
            'secretary, Mercy Wambui, describes a minister who reads every draft. "She does '
            'not accept vague sentences," Wambui said.\n\nOtieno laughs at that. "Yesterday '
            'would be nice," she said.',
            "Yesterday would be nice",
            "Achieng Otieno",
        ),
        (  # a single name the tagger took for a place, with a title beside it
            "A paper on autonomy.\n\nDarmawan, Indonesia's ambassador to the United Nations "
            'in Geneva, was more cautious. "A paper is a beginning," the ambassador said.',
            "A paper is a beginning",
            "Darmawan",
        ),
        (  # she was asked (the parser made "asked" her verb), then she answered
            "Standards talks.\n\nGrace Holloway, who led the U.S. delegation, said labels "
            "should be simple. Park Ji-won chaired the session. Holloway, asked whether "
            "Washington might walk away, said that was not the plan. The American said the "
            "United States would keep working within ISO.",
            "The American said",
            "Grace Holloway",
        ),
        (  # a word for the person's work describes the title
            "Elections in Moldova.\n\nIon Munteanu, who runs the electoral commission's "
            "monitoring team, told me his staff flagged 1,200 fake accounts. Vadim Bostan, an "
            "opposition MP, told me the unit would be abused.\n\nThe election official was "
            'blunter when I read him the statement. "They tell us after the vote," he said.',
            "They tell us after the vote",
            "Ion Munteanu",
        ),
        (  # the subject of a clause of time is not the one in view
            "A panel on forecasts.\n\nNomvula Dlamini, the moderator, opened the panel. Kenji "
            "Morita spoke first. Mariana Quispe, a lawyer from Peru, cut in before the moderator "
            'could move on. "With respect, maintenance is ownership," she said.',
            "With respect",
            "Mariana Quispe",
        ),
        (  # the one a question was put to answers it
            "A phone-in on elections.\n\nThe presenter, Priya Raghunathan, was joined by Farah "
            "Siddiqui, a researcher. The presenter put the caller's question to Siddiqui, who "
            'said the answer was the election commission. "You are asking a referee to send off '
            'a player," she said.',
            "You are asking a referee",
            "Farah Siddiqui",
        ),
        (  # her father is no 'she'
            "A negotiator at home.\n\nPriya Raman spent a decade as a trade negotiator. Her "
            "father, a retired railway engineer in Chennai, still asks her what she does. "
            '"I tell him I argue over adjectives," she said.',
            "I tell him",
            "Priya Raman",
        ),
    ],
)
def test_speakers_of_debates_regional_titles_and_relayed_words(
    text: str, start: str, speaker: str
) -> None:
    assert _named_speaker(text, start) == speaker


@pytest.mark.parametrize(
    ("text", "start"),
    [
        (  # the first caller, described but never named, and his 'he'
            "A radio phone-in.\n\nRaymond Oduya, who chairs the defence committee, said the "
            "phrase was misleading.\n\nThe first caller, a former patrol leader from Rankin "
            'Inlet, said nobody had asked the north. "Ask us first," he said.',
            "Ask us first",
        ),
        (  # the delegate of another nation than the one named
            "Inside the talks.\n\nThe British delegate, Oliver Pemberton-Shaw, arrived with a "
            "draft.\n\nThe Chinese delegate took a different line. According to two people in "
            "the room, he said his government could support voluntary commitments.",
            "According to two people",
        ),
        (  # the deputy left unnamed goes on speaking after a sentence about her
            "An office in Brussels.\n\nI read the line to Erzsébet Szabó-Lind. She laughs. "
            '"He is not wrong," she says.\n\nHer deputy, a younger official who sits in on '
            "the interview, adds that the office gets more questions. She asks me not to print "
            'her name. "They do not copy us," she says.',
            "They do not copy us",
        ),
    ],
)
def test_people_described_but_never_named_stay_unnamed(text: str, start: str) -> None:
    attribution = _by_text(analyse(text), start)
    assert attribution.status == VAGUE and attribution.speaker is None, attribution


def test_a_surname_set_beside_an_age_is_no_body_that_speaks_later() -> None:
    text = (
        "Following the ships.\n\nKadri Tamm founded Seawatch Analytics six years ago. "
        '"A ship can switch off its transponder," Tamm said.\n\nTamm, 36, learned her trade '
        "at a NATO cyber defence centre in Tallinn. It says it now employs about ninety people."
    )
    assert _by_text(analyse(text), "It says").speaker != "Tamm"


def test_a_critic_set_beside_a_name_makes_a_person_and_a_rival_is_not_the_one_he_means() -> None:
    analysis = analyse(
        "A phone-in on Arctic defence.\n\nGisèle Marchand, the opposition critic, said the plan "
        'was thin. Raymond Oduya countered that the money was there. "It is in the budget," he '
        'said. "Not at this rate," his rival said.'
    )
    assert _by_text(analysis, "Gisèle Marchand").kind == "person"
    assert _by_text(analysis, "Not at this rate").speaker != "Raymond Oduya"


def test_a_title_called_by_its_initials_is_no_firm_that_speaks_later() -> None:
    analysis = analyse(
        "A data centre for Nairobi.\n\nPrincipal Secretary Samuel Rotich said the deal had a "
        "data clause. The PS added that the firm would reserve capacity for universities. The "
        "firm said it expected to finish by 2027."
    )
    assert _by_text(analysis, "The firm said").speaker != "PS"


@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        (  # "a senior colonel named X" beside the subject: X is who the 'he' means
            "A hotline at sea.\n\nThe Korean delegate, Park Sung-min, said Seoul would pay for "
            "the first year. His Vietnamese counterpart, a senior colonel named Tran Van Duc, was "
            "more cautious. A hotline was acceptable in principle, he said, but it should be run "
            "by coast guards.",
            "A hotline was acceptable",
            "Tran Van Duc",
        ),
        (  # the same, when the description with the name says it
            "Talks in Quito.\n\nPeru's representative, a veteran trade lawyer named Rosa "
            "Quispe, backed the text, saying that footnotes were where commitments went to die.",
            "Peru's representative",
            "Rosa Quispe",
        ),
        (  # a long title written before the name, with no comma
            "Seoul and Tokyo agree.\n\nThe Ministry of Science and ICT welcomed the deal. Second "
            "Vice-Minister of Science and ICT Bae Jung-ho said in a statement that the pact showed "
            "how neighbours can lead.",
            "Second Vice-Minister",
            "Bae Jung-ho",
        ),
        (  # the name set beside the title's place (and a clause about her after it)
            "A summit in Senegal.\n\nThe German ambassador in Dakar, Ursula Brandt, who attended "
            "the session, said Germany supported the plan.",
            "The German ambassador",
            "Ursula Brandt",
        ),
        (  # a given name split at its hyphen, the tagger's name stopping before it
            "Memory chips.\n\nAnalysts broadly agreed with the company's assessment. Kim "
            "So-yeon, an analyst at Hanbit Investment & Securities, said in a note that the "
            "restrictions formalise a decoupling.",
            "Kim So-yeon",
            "Kim So-yeon",
        ),
        (  # a name the tagger took for a body, described with "who"; her age later
            "Rights groups react.\n\nCivil society groups said the institutes must publish more. "
            "Han Soo-jin, who leads the Seoul-based group Digital Rights Watch Korea, said the "
            "public had seen only summaries. The 41-year-old said she would ask lawmakers to act.",
            "The 41-year-old",
            "Han Soo-jin",
        ),
        (  # somebody from a place, called by its word for its people
            "The Senate inquiry.\n\nSenator Ross Keating, from Queensland, took a different "
            'line. "Beijing is not waiting for us," the Queenslander said.',
            "Beijing is not waiting",
            "Ross Keating",
        ),
        (  # "the group" is the firm that spoke, not a country's government
            "Export rules.\n\nVantor Systems, the Dutch maker of lithography parts, cut its "
            "forecast on Tuesday. The Eindhoven-based group said China would buy less.",
            "The Eindhoven-based group",
            "Vantor Systems",
        ),
        (  # ... nor the body that is the subject of what the group said
            "A hearing in Wellington.\n\nIn a submission, Code Pacific, an industry body, said "
            "the Government should consult local firms. The group argued that small economies "
            "could not wait.",
            "The group argued",
            "Code Pacific",
        ),
        (  # a party called by its initials
            "A committee in Cape Town.\n\nMaria Fourie of the Freedom Front Alliance asked who "
            'would pay. "Then we cannot judge the money," the FFA member said.',
            "Then we cannot judge",
            "Maria Fourie",
        ),
        (  # "X, who said ..." at the end of the sentence: X says it
            "The UN debate.\n\nThe plan drew a sharp reply from Ambassador Tom Keller, who said "
            "the UN should convene, not control.",
            "The plan drew",
            "Tom Keller",
        ),
        (  # an aside with whom it was told, before the clause it is set into
            "A regional pact.\n\nJorge Paz said the region had often arrived late. This time, he "
            "told reporters, it would arrive with one voice.",
            "This time",
            "Jorge Paz",
        ),
        (  # the lede's title, named after it, is still the 'she' of a later answer
            "Envoy nominee vows to rally allies\n\nWASHINGTON — The nominee to be the State "
            "Department's envoy for emerging technology told senators on Tuesday that allies "
            "mattered more than export controls.\n\nMaria Sandoval, a career diplomat, appeared "
            "before the Senate Foreign Relations Committee. Sen. Ruth Adler of Oregon asked about "
            'staffing. "That is a rounding error," the Oregon senator said.\n\nSen. Raymond Ode, '
            "a Maryland Democrat, asked about poorer countries. The nominee agreed. "
            '"Someone else will make a better offer," she said.',
            "Someone else will",
            "Maria Sandoval",
        ),
        (  # the one left unnamed, named afterwards as "the official in question"
            "A warning from Bucharest.\n\nOne official told me the institutions had been caught "
            'unprepared. "We had rules for posters," she said.\n\nAna Costa, the official in '
            "question, has since left the ministry.",
            "We had rules",
            "Ana Costa",
        ),
        (  # a barrister's letters, tagged as a body, are no other barrister's
            "A translation dispute.\n\nThe claimant, the state agency Erdenes Trade, is suing the "
            "start-up Lingomere. Opening the claimant's case, Sunita Ramaswamy KC said one "
            'sentence had been mistranslated. "They read it as an offer," she told the judge.'
            "\n\nFor Lingomere, Oliver Stanbridge KC said the company was being blamed for the "
            "fog of negotiation.",
            "For Lingomere",
            "Oliver Stanbridge KC",
        ),
        (  # a view told without its words: rejecting what another said
            "In Luxembourg.\n\nThe firm's counsel said the office had moved the goalposts. The "
            "Commission's agent, Lotte Verhaegen, rejected that characterisation.",
            "The Commission's agent",
            "Lotte Verhaegen",
        ),
        (  # a body's view given in a statement
            "A registry for the region.\n\nThe Ministry of Foreign Affairs backed the proposal "
            "in a statement issued after the speech.",
            "The Ministry of Foreign Affairs",
            "Ministry of Foreign Affairs",
        ),
        (  # "Friends of ..." is a body's name, not friends
            "Data centres.\n\nFriends of the Earth Ireland has called for a moratorium on new "
            "data centres.",
            "Friends of the Earth",
            "Friends of the Earth Ireland",
        ),
    ],
)
def test_speakers_of_hearings_negotiations_and_business_news(
    text: str, start: str, speaker: str
) -> None:
    assert _named_speaker(text, start) == speaker


@pytest.mark.parametrize(
    ("text", "start", "cue"),
    [
        (  # by reminding ... that
            "A villa above the lake.\n\nBeatrix Kohler convened the talks. She opened the "
            'meeting by reminding both sides that "nobody here can commit a government".',
            "She opened",
            "reminding",
        ),
        (  # proposed doing something
            "A closed room.\n\nWei Jian led the Chinese delegation. He proposed tying the "
            "threshold to the size of an exercise.",
            "He proposed",
            "proposed",
        ),
        (  # called a point a quoted name
            "A committee hearing.\n\nMr Tulliver said officials sometimes used summaries as a "
            'starting point. The Labour member called that "a distinction without much of a '
            'difference".',
            "The Labour member called",
            "called",
        ),
        (  # put it to somebody that ...
            "An inquiry in Canberra.\n\nSenator Jonah Kealy was not persuaded. He put it to the "
            'official that Pacific languages were "an afterthought".',
            "He put it",
            "put it",
        ),
        (  # wrote to say that ...
            "My last column.\n\nA reader in Uppsala, Petra Lind, wrote to say that I was too "
            "quick to dismiss the summit.",
            "A reader in Uppsala",
            "wrote",
        ),
        (  # a participle that names the outcome in the body's words
            "After the summit.\n\nThe Geneva Centre for Digital Policy published its assessment "
            'on Friday, calling the outcome "a modest but real step".',
            "The Geneva Centre",
            "calling",
        ),
        (  # a participle that urges
            "Trade talks.\n\nDigitalEurope published a position paper on Monday urging both "
            'sides to "de-escalate".',
            "DigitalEurope",
            "urging",
        ),
    ],
)
def test_reporting_verbs_journalists_use_beyond_said(text: str, start: str, cue: str) -> None:
    attribution = _by_text(analyse(text), start)
    assert attribution.status != NONE and cue in (attribution.cue or ""), attribution


@pytest.mark.parametrize(
    ("text", "start"),
    [
        (  # one of a group the text does not name
            "Talks in Geneva.\n\nCritics were not persuaded. One of the diplomats said the text "
            "was empty.",
            "One of the diplomats",
        ),
        (  # a member of a delegation
            "Talks in Geneva.\n\nAnna Berg chaired the session. A member of the delegation said "
            "the talks had stalled.",
            "A member of the delegation",
        ),
        (  # "the former employee" is nobody merely in view
            'A court filing.\n\nThomas Reilly founded the firm in 2015. "Nobody said the word '
            'drone," the former employee said.',
            "Nobody said the word",
        ),
        (  # a phrase opening the sentence is not its subject; the official's 'he' stays his
            "A trial in San Jose.\n\nMr Rusk told the jury his client was innocent.\n\nOutside "
            "court, a former Commerce Department official, who asked not to be named, said the "
            'case would be watched. "Every reseller is reading this," he said.',
            "Every reseller",
        ),
        (  # one participant, unnamed, and the 'he' of another after him
            'A track-two dialogue.\n\nProfessor Liu Hong led the Chinese side. "He asked for '
            'too much," one American participant said. A Chinese participant described the '
            'exchange differently. The Americans, he said, wanted "a statement about warning".',
            "The Americans, he said",
        ),
    ],
)
def test_unnamed_members_and_participants_stay_unnamed(text: str, start: str) -> None:
    attribution = _by_text(analyse(text), start)
    assert attribution.status == VAGUE and attribution.speaker is None, attribution


@pytest.mark.parametrize(
    ("text", "start"),
    [
        (  # one of some texts, on a topic
            "Three declarations.\n\nThe summit issued three texts. One of them, on "
            '"AI for prosperity", barely mentioned the dangers.',
            "One of them",
        ),
        (  # what somebody should stop calling something is nobody's words
            "A club of rich states.\n\nBrussels should give poorer members a vote, or stop "
            "calling the club open.",
            "Brussels should",
        ),
        (  # done in an interview, but nothing said
            "A profile.\n\nKarl Mott runs the lab. He appeared in an interview last year.",
            "He appeared",
        ),
    ],
)
def test_texts_and_appearances_are_no_sources(text: str, start: str) -> None:
    assert _by_text(analyse(text), start).status == NONE


def test_a_lawyer_for_somebody_named_is_not_that_person() -> None:
    text = "A dispute.\n\nA lawyer for Ana Ruiz said the talks were over."
    assert _by_text(analyse(text), "A lawyer for").speaker != "Ana Ruiz"


@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        (  # a party's member, called by the party as one is by a nation
            "Coalition talks in Copenhagen.\n\nKaren Lund offered to host an AI institute. His "
            "fellow conservative, Søren Kjær of the Conservative People's Party, went further. "
            "The Conservative said the plan risked turning Copenhagen into a stage.",
            "The Conservative said",
            "Søren Kjær",
        ),
        (  # "Christian Democrat" is a party's member, not a person of that name
            "Coalition talks in Brussels.\n\nThe formateur, Bart Claes, defended the plan on "
            'Wednesday. "Belgium can rent the future," he said. The Flemish Christian Democrat, '
            "who was given the task by the king in January, argued that research would fall "
            "behind.",
            "The Flemish Christian Democrat",
            "Bart Claes",
        ),
        (  # a title before its holder takes office
            "A new government in Copenhagen\n\nCOPENHAGEN — Denmark's prime minister-designate "
            "offered on Friday to host an AI safety institute.\n\nKaren Lund, who leads the Social "
            "Liberals, is expected to take office next week. The prime minister-designate said "
            "she had discussed the idea with Norway.",
            "The prime minister-designate said",
            "Karen Lund",
        ),
        (  # a title written before the name like an honorific
            "Beijing responds.\n\nChina's foreign ministry condemned the curbs. Spokeswoman Zhou "
            "Lingyi told the daily briefing that the measures were unfair. She did not say what "
            "would follow.",
            "Spokeswoman Zhou Lingyi",
            "Zhou Lingyi",
        ),
        (  # a word for one's place in a lab
            "A lab in Cape Town.\n\nJuliana Ferreira, a postdoc at the University of Cape Town, "
            'built the tool. "The moment you publish a league table, the politics swallow the '
            'science," the postdoc said.',
            "The moment you publish",
            "Juliana Ferreira",
        ),
    ],
)
def test_party_members_offices_to_come_and_titles_written_as_honorifics(
    text: str, start: str, speaker: str
) -> None:
    assert _named_speaker(text, start) == speaker


@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        (  # a body called by the word its name ends on
            "Emissions in view.\n\nThe Climate Data Trust, a non-profit research body, compared "
            "detections for 40 countries last year. The trust found that reported emissions were "
            "less than half of what satellites observed.",
            "The trust found",
            "Climate Data Trust",
        ),
        (  # ... or the word before its "on"
            "A network reviewed.\n\nThe Geneva Forum on Technology Governance published an "
            "assessment in January. The forum found that the institutes had made progress.",
            "The forum found",
            "Geneva Forum on Technology Governance",
        ),
        (  # the body speaks through its authors
            "Diplomats and drafts.\n\nThe Centre for Diplomatic Technology, a research body in "
            "Stockholm, surveyed 214 diplomats. The centre found that two-thirds had used a "
            "model. Its authors warn that adoption has run ahead of policy.",
            "Its authors warn",
            "Centre for Diplomatic Technology",
        ),
        (  # a report 'its' means, after the body found something
            "A report that cuts both ways.\n\nThe Open Verification Project, a research "
            "consortium, tested three models last year. The project found that the best of them "
            "identified 91 per cent of sites. Its report warns that a false positive is a crisis.",
            "Its report warns",
            "Open Verification Project",
        ),
        (  # the verb read as a noun after the quotation; the title before it is who
            "Ambiguity in treaties.\n\nIngrid Solheim teaches international law in Oslo, and she "
            'is less sure. "Ambiguity is not a bug in a treaty text," the professor counters.',
            "Ambiguity is not a bug",
            "Ingrid Solheim",
        ),
        (  # a narrative opening's protagonist, back by a title nobody else was given
            "Counting electricity.\n\nThe first thing Tariq Hassan did when he walked into the "
            "server hall was look at the meters.\n\nArjun Mehta, a former Indian negotiator, "
            'warned that verification would be political. "Whoever writes the rules decides," '
            "the former negotiator said.\n\nThe former inspector spent three days in the hall. "
            "He found that the power use could be reconstructed from the records.",
            "He found that",
            "Tariq Hassan",
        ),
        (  # ... and the one the author talks to answers
            "A word in the booth.\n\nAt midnight, Leila Haddad took off her headphones and wrote "
            "a note.\n\nMartina Oduya, a Kenyan legal adviser, told me that the text was a start."
            "\n\nWhen I spoke to the interpreter two days later, she described the moment she "
            "wrote it.",
            "When I spoke to the interpreter",
            "Leila Haddad",
        ),
        (  # a title opening the sentence for its 'she'
            "Treaties and tools.\n\nHelena Marr is enthusiastic about the tools. Ingrid Solheim "
            "is less sure. A professor of law in Oslo, she has watched the tools spread. "
            '"Ambiguity is not a bug," the professor said.',
            "Ambiguity is not a bug",
            "Ingrid Solheim",
        ),
        (  # a name set beside a title that the tagger did not find
            "Licences.\n\nThe regulators see it differently. The agency's head of policy, "
            'Florian Mbeki-Haas, said the licensing system was "designed to say yes quickly".',
            "The agency's head of policy",
            "Florian Mbeki-Haas",
        ),
        (  # 'his ministry': the one named with him a few sentences back
            "Jakarta's rules.\n\nHendra Wijaya, who heads the Ministry of Digital Affairs, has "
            'made sovereignty his theme. "Our language belongs to us," he said. His ministry '
            "said last week that a draft would be published.",
            "His ministry said",
            "Ministry of Digital Affairs",
        ),
        (  # raising a concern, issuing a statement: speech
            "Talks in Geneva.\n\nTurkey's representative, the envoy Mehmet Karaca, raised a "
            "similar concern about the draft.",
            "Turkey's representative",
            "Mehmet Karaca",
        ),
        (
            "Talks in Geneva.\n\nThe Russian delegation, for its part, issued a statement "
            'describing the draft as "premature".',
            "The Russian delegation",
            "Russian delegation",
        ),
        (  # an aside 'as X put it' after the modal of the clause it breaks into
            "A race with rules.\n\nSen. Curtis Baird has a plan. It would, as Sen. Baird put it "
            'to me, "at least make sure the race has rules."',
            "It would, as Sen. Baird",
            "Curtis Baird",
        ),
        (  # an answer after a colon
            "A hearing.\n\nProfessor Elena Vassilakis answered first: fund the people who track "
            "this.",
            "Professor Elena Vassilakis",
            "Elena Vassilakis",
        ),
        (  # a view told is no words a reply answers
            "Servers abroad.\n\nPriya Raghunathan runs a programme in Delhi. Her colleague Meera "
            "Iyer takes a softer line, arguing that local models solve it. Ms Raghunathan is "
            'unconvinced. "Locally hosted is a phrase," she replied.',
            "Locally hosted",
            "Priya Raghunathan",
        ),
        (  # reading what was said a certain way is a view
            "Inspectors and machines.\n\nDr Yusra Bakhtiar was an inspector for nine years. Dr "
            "Bakhtiar reads that as an argument for more human review.",
            "Dr Bakhtiar reads",
            "Yusra Bakhtiar",
        ),
        (  # 'in her account'
            "A diplomatic product.\n\nClaudia Werneck is a professor in São Paulo. Verification, "
            "in her account, is a diplomatic product before it is a technical one.",
            "Verification, in her account",
            "Claudia Werneck",
        ),
    ],
)
def test_bodies_by_their_names_narrative_openings_and_views_told(
    text: str, start: str, speaker: str
) -> None:
    assert _named_speaker(text, start) == speaker


@pytest.mark.parametrize(
    ("text", "start"),
    [
        (  # an official who spoke privately is nobody the next sentence names
            "Talks end.\n\nSome participants were frustrated. A European official who took part "
            'in the talks said privately that the text had been "watered down". Canada\'s '
            "delegate, Geneviève Tremblay, was more diplomatic.",
            "A European official",
        ),
        (  # 'the official' right after an unnamed source is that source
            'Interpreters.\n\nMireille Santandreu has interpreted at Geneva for years. "The '
            'hesitation is the message," the veteran interpreter said.\n\nA senior figure in the '
            "UN's conference department, who was not authorised to speak, said there were no "
            "plans to replace interpreters. The pressure, the official added, comes from budgets.",
            "The pressure, the official added",
        ),
        (  # the Chinese delegate is not the Korean one named before
            "Talks in Geneva.\n\nThe Korean delegate, Park Ji-hoon, said Seoul could accept a "
            "carve-out.\n\nOn Wednesday the Chinese delegate raised a different objection. China, "
            "he said, would not accept any language on security.",
            "China, he said",
        ),
        (  # a narrative opening leaves a spokeswoman of somebody else unnamed
            "A mayor's plan.\n\nLucía Beltrán walked into the square at dawn and counted the "
            "cameras.\n\nThe mayor, Tomás Ortega, wants more of them. Her spokeswoman, who has "
            "worked for her for a decade, says the plan is modest.",
            "Her spokeswoman",
        ),
    ],
)
def test_unnamed_sources_stay_unnamed_beside_the_people_named(text: str, start: str) -> None:
    attribution = _by_text(analyse(text), start)
    assert attribution.status == VAGUE and attribution.speaker is None, attribution


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Markets.\n\nThe plant raised prices in March.", "The plant raised prices"),
        (
            "Reading.\n\nAnna Berg is a diplomat. She reads the report every morning.",
            "She reads the report",
        ),
    ],
)
def test_raising_prices_and_reading_reports_are_no_speech(text: str, start: str) -> None:
    assert _by_text(analyse(text), start).status == NONE


def test_an_aside_is_the_speech_when_the_clause_it_breaks_issues_statements() -> None:
    text = (
        "Fakes and diplomats.\n\nKadri Lepik is the ambassador. Governments issue statements, "
        "she says, while the clips circulate for days."
    )
    assert _named_speaker(text, "Governments issue statements") == "Kadri Lepik"


def test_the_subject_is_the_official_not_the_object_the_parser_hung_on_the_verb() -> None:
    text = (
        "A pilot in Iceland.\n\nOne official involved in designing the pilot said privately "
        "that the hardest problem was not measurement."
    )
    attribution = _by_text(analyse(text), "One official involved")
    assert attribution.status == VAGUE and attribution.source == "One official", attribution


@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        (  # what moves somebody, in a clause a "what" opens
            "Cables.\n\nTeodor Balan has laid cable under the Black Sea for years. What worries "
            "him is not the depth.",
            "What worries him",
            "Teodor Balan",
        ),
        (  # ... with the name the parser left inside the "what" clause
            "Ports.\n\nAna Ortiz runs the port. What bothers Ana Ortiz most is the cost.",
            "What bothers Ana Ortiz",
            "Ana Ortiz",
        ),
        (  # what somebody wants, in a clause a "what" opens
            "Chips.\n\nMiyu Sato runs the export desk. What she wants, in short, is a clear list.",
            "What she wants",
            "Miyu Sato",
        ),
        (  # a preference: "would rather"
            "Treaties.\n\nSigrid Holm chairs the working group. She would rather see a short "
            "treaty next year than a long one in five.",
            "She would rather see",
            "Sigrid Holm",
        ),
        (  # what somebody means by it, with a that-clause
            "Verification.\n\nPiotr Zielinski is a Pole who has negotiated for Warsaw. The Pole "
            "means that verification has been left for later.",
            "The Pole means",
            "Piotr Zielinski",
        ),
        (  # a concern told with its holder
            "Data.\n\nAmara Diallo advises the ministry. Her concern is that the records leave "
            "the continent.",
            "Her concern is",
            "Amara Diallo",
        ),
        (  # a view in a clause joined to one that names her
            "Wind.\n\nThe farm sits on a ridge. Her name is Ines Paredes, and she sees a data "
            "centre as the rare customer that stays.",
            "Her name is Ines Paredes",
            "Ines Paredes",
        ),
        (  # a defence of something, as something
            "Codes.\n\nKenji Arai, a trade official who drafted the code, defends it as the most "
            "that could be agreed.",
            "Kenji Arai",
            "Kenji Arai",
        ),
        (  # a defence against criticism
            "Agencies.\n\nLaura Ibáñez Soto, the minister for digital affairs, defended the "
            "agency against criticism that it had moved too slowly.",
            "Laura Ibáñez Soto",
            "Laura Ibáñez Soto",
        ),
        (  # talks framed as something
            "Partners.\n\nDr Anil Kapoor, the minister of state for electronics, framed the talks "
            "as a partnership of equals.",
            "Dr Anil Kapoor",
            "Anil Kapoor",
        ),
        (  # "went further, calling X '...'"
            "Policy.\n\nA spokesman for the embassy, Wang Jun, went further, calling the policy "
            '"a choice to follow rather than to lead".',
            "A spokesman for the embassy",
            "Wang Jun",
        ),
        (  # an aside the parser made the subject of the sentence
            "Norms.\n\nMateo Ruiz is an ambassador. Waiting for the big powers, he told a panel on "
            "Monday, is how the last initiatives died.",
            "Waiting for the big powers",
            "Mateo Ruiz",
        ),
        (  # a name the parser hung on the place the sentence opens with
            "Markets.\n\nAt the Kariakoo market in Dar es Salaam, where radios are repaired by "
            "the hundred, Mr Juma Mwinyi, chairman of a traders' group there, said his members "
            "already used translation tools.",
            "At the Kariakoo market",
            "Juma Mwinyi",
        ),
        (  # a name with an honorific set beside a long title, which the tagger missed
            "A bloc.\n\nThe Deputy Minister for Trade and Industrialisation, Mrs Akosua Serwaa "
            "Ofori-Atta, told delegates that Ghana wanted one voice.",
            "The Deputy Minister for Trade",
            "Akosua Serwaa Ofori-Atta",
        ),
        (  # a name no tagger saw, opening the sentence as its subject
            "A river model.\n\nSomphone Keomany built the first version of the model in 2019 and "
            "still maintains it. The model relies on schedules that upstream operators supply, he "
            "explained.",
            "The model relies on schedules",
            "Somphone Keomany",
        ),
        (  # the 64-year-old in the town the text tied one person to
            "Schools.\n\nKalle Tamm, a physics teacher in Viljandi, is uneasy. Rein Kask, an "
            "engineer who built the system, is not. The 64-year-old in Viljandi does not want the "
            "programme scrapped; he wants rules for it.",
            "he wants rules",
            "Kalle Tamm",
        ),
        (  # the Fijian is the one who negotiates for Fiji
            "Loss and damage.\n\nSalote Vakaloloma has spent a decade in climate negotiations for "
            "Fiji. Ana Costa, an economist, spoke first. The Fijian negotiator said "
            "she supported the idea in principle.",
            "The Fijian negotiator",
            "Salote Vakaloloma",
        ),
        (  # a people the lexicon knows by its country
            "Reefs.\n\nFaleta Seluka, a fisheries officer in Tuvalu, has watched the coral die. "
            '"Come and put your head under the water," the Tuvaluan said.',
            "Come and put your head",
            "Faleta Seluka",
        ),
        (  # the view of the one the sentence opens on
            "Talks.\n\nMaja Lindgren and Aiko Mori met in Tokyo. Mori said her government would "
            "study the text. For Lindgren, the impasse was predictable. Allies, she argues, never "
            "like paying for someone else's strategy.",
            "Allies, she argues",
            "Maja Lindgren",
        ),
        (  # the owner of what a sentence about nobody else is about
            "Licences.\n\nMarieke Jansen runs the licensing desk. Sanne Bakker speaks for the "
            'suppliers. "We want to know the rules," she said.\n\nThat uncertainty reaches Ms '
            "Jansen's desk every night. She described a shipment held for three weeks.",
            "She described a shipment",
            "Marieke Jansen",
        ),
        (  # the bloc is the union named before, not the capital that spoke in between
            "Trade.\n\nBRUSSELS — The European Union will challenge the new rules at the WTO, its "
            "trade commissioner, Lars Eklund, said on Tuesday.\n\nNew Delhi has defended the "
            "rules as a safety measure. The bloc said it would first request consultations.",
            "The bloc said",
            "European Union",
        ),
    ],
)
def test_views_told_names_the_tagger_missed_and_people_by_their_places(
    text: str, start: str, speaker: str
) -> None:
    assert _named_speaker(text, start) == speaker


def test_somebody_described_anew_but_not_found_is_an_unnamed_source() -> None:
    text = (
        "Grain.\n\nEgypt buys wheat in tenders. The woman who runs the forecasting desk at the "
        "state buyer, a statistician who keeps a photograph of a wheat field above her desk, "
        "says she reads the same satellite pictures as everyone else, only later."
    )
    attribution = _by_text(analyse(text), "The woman who runs")
    assert attribution.status == VAGUE and attribution.speaker is None, attribution


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Defence.\n\nThe army defended the town against attack.", "The army defended"),
        ("Art.\n\nNora Lind is a painter. She framed the photograph.", "She framed"),
        ("Deals.\n\nThis means that the deal is off.", "This means"),
        ("Deals.\n\nWhat the deal wants is money.", "What the deal wants"),
        ("Trade.\n\nThe last quarrel showed what a fight costs.", "The last quarrel"),
        (
            "Spies.\n\nIntelligence officials would rather keep their findings to themselves.",
            "Intelligence officials",
        ),
        (
            "Apps.\n\nWould Nigeria rather those people met its languages through a Nigerian app?",
            "Would Nigeria rather",
        ),
    ],
)
def test_defending_framing_and_meaning_that_report_nobody(text: str, start: str) -> None:
    assert _by_text(analyse(text), start).status == NONE


@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        (  # a trade given right after the name, to the one the sentence before was about
            "Scores.\n\nShipping has changed. Banks read scores.\n\nAnna Petrou reads risk "
            "scores for a living. The compliance lawyer, who "
            "advises a dozen owners, has watched them spread. Nikos Varga, a captain, is angry. "
            '"Keep your own records," the lawyer said.',
            "Keep your own records",
            "Anna Petrou",
        ),
        (  # a post held for years "as" one: a former one now
            "Satellites.\n\nThe pictures were sharp.\n\nLukas Brenner spent fourteen years as a "
            "safeguards inspector before taking up a research post in Vienna.\n\nPaul Ade helped "
            "negotiate a treaty in the 1990s and has watched the technology change.\n\nThe "
            "former inspector has proposed a register. Firms, he said, should publish error rates.",
            "Firms, he said",
            "Lukas Brenner",
        ),
        (  # the other side of a dispute
            "Two women.\n\nHelen Ward thinks the old machinery can be stretched. Leela Rao thinks "
            'it must be rebuilt. "We disagree about the road," Ward says. Her opponent is less '
            'generous. "Roads are where the money goes," she says.',
            "Roads are where the money goes",
            "Leela Rao",
        ),
    ],
)
def test_people_called_by_their_trade_post_or_side(text: str, start: str, speaker: str) -> None:
    assert _named_speaker(text, start) == speaker


def test_a_rank_before_a_given_name_is_no_part_of_the_name() -> None:
    text = (
        "Compounds.\n\nCol Siriporn Chaiyasit, who runs a police unit in Tak province, watched "
        'the workers wait for weeks. "The Chinese had planes on the runway," she said.'
    )
    assert _named_speaker(text, "The Chinese had planes") == "Siriporn Chaiyasit"


def test_a_person_the_tagger_took_for_a_body_is_a_person_who_speaks() -> None:
    text = (
        "The Arctic.\n\nSpeaking in Tromsø in January, Annika Berglund said the Union would not "
        "reward aggression."
    )
    attribution = _by_text(analyse(text), "Speaking in Tromsø")
    assert attribution.kind == "person" and attribution.speaker == "Annika Berglund", attribution


@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        (  # a court's ruling closing the sentence, after a dateline
            "Ruling.\n\nVIENNA — A Swiss analytics firm broke Austrian law when it copied "
            "the voter rolls to a server in Zug, the Constitutional Court ruled on Thursday.",
            "VIENNA",
            "Constitutional Court",
        ),
        (  # speech in a relative clause: "which it said had earned"
            "Sanctions.\n\nTulli, the Finnish customs agency, opened an inquiry in March. In June "
            "it seized a shipment of servers, which it said had been routed through Armenia.",
            "In June it seized",
            "Tulli",
        ),
        (  # "He argued, and the tribunal agreed, that": he argued it first
            "A dispute.\n\nKaspar Lind took the ministry to the tribunal. He argued, and the "
            "tribunal agreed, that the tender had been rigged.",
            "He argued",
            "Kaspar Lind",
        ),
        (  # a quoted 'not' is no negation of the reply
            "Hearing.\n\nThe envoy, Tobias Renner, faced the committee. Its chair, Ilse Varga, "
            'asked him whether the deal was secret. "No, certainly not," he replied, before '
            "the chair could go on.",
            "No, certainly not",
            "Tobias Renner",
        ),
        (  # the title before the comma the parser made a second subject
            "Talks.\n\nThe chair of the working group, the Chilean ambassador Rodrigo Fuentes, "
            "told delegates that the text was close.\n\nAsked whether the group would finish "
            "this year, the chair replied that deadlines were flexible.",
            "Asked whether",
            "Rodrigo Fuentes",
        ),
        (  # a name hung on the thing a phrase after the title names
            "Records.\n\nAn auditor appointed by the tribunal, Helga Brandt, told the hearing "
            "that the files were incomplete. The auditor said she had found forty gaps.",
            "The auditor said",
            "Helga Brandt",
        ),
        (  # "Mr X's ministry" is the ministry named with him, not the man
            "Trade.\n\nDaniel Tan, the trade minister, spoke at the Ministry of Trade and Industry "
            "on Monday. Mr Tan's ministry later clarified that no draft had been agreed.",
            "Mr Tan's ministry",
            "Ministry of Trade and Industry",
        ),
    ],
)
def test_courts_clauses_replies_and_titles_journalists_write(
    text: str, start: str, speaker: str
) -> None:
    assert _named_speaker(text, start) == speaker


def test_a_given_name_the_tagger_took_for_a_place_opens_a_person_s_name() -> None:
    attribution = _by_text(analyse("Figures.\n\nMarta Ruiz said the figure was low."), "Marta")
    assert attribution.kind == "person" and attribution.speaker == "Marta Ruiz", attribution


@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        (  # a panel's experts are the panel
            "Fuel at sea.\n\nThe United Nations Panel of Experts on Sudan published its report "
            "on Tuesday. The experts concluded that fuel was moved at night. They also reported "
            "that two tankers had changed their flags.",
            "They also reported",
            "United Nations Panel of Experts",  # (the tagger's name stops before "on Sudan")
        ),
        (  # the researchers of the lab that was the subject just before
            "Ships.\n\nThe Maritime Evidence Lab at the University of Bergen matched satellite "
            "pictures with port records. The researchers said the model could find a ship with "
            "its transponder off.",
            "The researchers said",
            "Maritime Evidence Lab",
        ),
        (  # a document written by somebody is that person's
            "A memo.\n\nThe memo, written in April by the agency's chief counsel, Ruth Okello, "
            "warns that the contract is one-sided.",
            "The memo",
            "Ruth Okello",
        ),
        (  # a filing nobody else made is the firm's the sentence is about
            "Orders.\n\nNordlys Photonics, the Oslo maker of laser sensors, expects sales to China "
            "to halve, according to a filing with the Oslo stock exchange. The filing states "
            "that several orders were cancelled.",
            "The filing states",
            "Nordlys Photonics",
        ),
        (  # "an analysis of records published by X" is X's
            "Imports.\n\nImports rose by a third, according to an analysis of customs data "
            "published on Monday by the Riga Centre for Trade Studies.",
            "Imports rose",
            "Riga Centre for Trade Studies",
        ),
        (  # a company's own results are the company's
            "Chips.\n\nKestrel Devices is the largest maker of etching tools in Finland. The "
            "company's own results show that half of its sales went to China.",
            "The company's own results",
            "Kestrel Devices",
        ),
    ],
)
def test_bodies_speak_through_their_people_and_their_papers(
    text: str, start: str, speaker: str
) -> None:
    assert _named_speaker(text, start) == speaker


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Trade.\n\nThe minister ruled out a deal.", "The minister ruled out"),
        (
            "Customs.\n\nLena Dahl spent ten years opening containers that the paperwork said "
            "held textiles.",
            "Lena Dahl spent",
        ),
        ("Talks.\n\nThe talks went on to collapse in March.", "The talks went on"),
        ("Summit.\n\nThe government held talks with the firm.", "The government held"),
    ],
)
def test_ruling_out_holding_talks_and_a_story_s_paperwork_report_nobody(
    text: str, start: str
) -> None:
    assert _by_text(analyse(text), start).status == NONE


@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        (  # a picture of the speaker after the speech verb, parsed as the main clause
            "Standards.\n\nLiu Fang edits the draft for her institute. "
            '"Most of the work happens in spreadsheets," she told me during a break in the '
            "talks, her badge twisted around one wrist.",
            "Most of the work",
            "Liu Fang",
        ),
        (  # a subject and its name beside it, the verb parsed as a phrase describing them
            "Hearing.\n\nThe committee's ranking member, Senator Paul Okafor, opened by saying "
            "the licences had been rushed.",
            "The committee's ranking member",
            "Paul Okafor",
        ),
        (  # "suggesting" after a person's main clause
            "Video.\n\nHis aide, Marco Neri, went further, suggesting the recording had been "
            "edited.",
            "His aide",
            "Marco Neri",
        ),
        (  # a post named by the next source the text introduces
            "Clouds.\n\nNordavia, a Tromsø company that runs two data centres, has lost a "
            "tender to an American rival. Its chief executive said the rules favoured size. "
            '"We cannot win on price alone," said Ingrid Solberg.',
            "Its chief executive",
            "Ingrid Solberg",
        ),
        (  # what she rejects after what she concedes is still hers
            "Data.\n\nLeila Haddad chaired the committee for six years, and Rosa Klein sat "
            "beside her.\n\nRosa Klein recalled long evenings. Ms Haddad acknowledges that "
            "the servers are full. But she rejects the idea that the rules should wait.",
            "But she rejects",
            "Leila Haddad",
        ),
        (  # "his company": the body named beside him
            "Chips.\n\nThe venture, Kirin Microsystems, lost money again. Kirin's president, "
            "Daiki Sato, defended the plan. His company said it had new customers.",
            "His company said",
            "Kirin Microsystems",
        ),
        (  # "the company's" post is held at the company just named, not by the one before
            "Licences.\n\nTomas Berg, a former chip executive, now leads the delegation. He "
            "said the talks were useful.\n\nVoltara Systems, a Lyon designer of "
            "accelerators, has signed deals in the Gulf. The company's chief executive said "
            'the delays were costly. "Customers are hedging," said Camille Roux.',
            "The company's chief executive",
            "Camille Roux",
        ),
        (  # "when X said": a clause of time after what it dates
            "Debate.\n\nThe fiercest clash came on the second day, when Brazil's minister, "
            "Paulo Serra, said the text was hollow.",
            "The fiercest clash",
            "Paulo Serra",
        ),
        (  # a counterpart in a later sentence holds the same office
            "G20.\n\nItaly's minister, Marco Conti, left early. His Dutch counterpart, Sanne "
            "Bakker, stayed on. Asked about the text, the minister said it was a start.",
            "Asked about the text",
            "Sanne Bakker",
        ),
        (  # "opposite number" is a counterpart, of the nation said
            "G20.\n\nKenya's minister, Ruth Wanjiku, spoke first. The exchange came later, when "
            "Ghana's minister, Kofi Mensah, said the fund was too small. Her Ghanaian opposite "
            "number later said he had not meant to offend.",
            "Her Ghanaian opposite number",
            "Kofi Mensah",
        ),
        (  # a hyphenated given name the tagger split, a title beside it
            "Cyber.\n\nHan Ji-woo, a security researcher at a university in Busan, said that "
            "most attacks began with an email.",
            "Han Ji-woo",
            "Han Ji-woo",
        ),
        (  # "For Mr X," sets the sentence up for him
            "Cables.\n\nJukka Virtanen runs the company that owns the cable. He said the break "
            "was found at dawn.\n\nThe minister, Sanna Koivu, told reporters that the ship had "
            "been boarded. The operator said the anchor fell by mistake.\n\nOla Nordmann, an "
            'analyst at a Norwegian institute, said outages were rising. "It is expensive," he '
            'said. "Nobody insures it."\n\nFor Mr Virtanen, the repair ship\'s arrival, due '
            "within a week, cannot come soon enough. Traffic has been moved to Estonia, he said.",
            "Traffic has been moved",
            "Jukka Virtanen",
        ),
        (  # a demonym of two words
            "Forum.\n\nThe forum was opened by Costa Rica's ambassador, Andrés Mora. The Costa "
            "Rican said small states were left out.",
            "The Costa Rican said",
            "Andrés Mora",
        ),
        (  # "it was X who ...": the one singled out
            "Hearing.\n\nRosa Mendes, a member of the committee, pressed harder. The question "
            "was put to Mr Vance, but it was his deputy, Amal Nasser, who answered it. She said "
            "every contract had an audit clause.",
            "She said every contract",
            "Amal Nasser",
        ),
        (  # a post stated with "is a deputy assistant secretary"
            "Talks.\n\nMarta Silva and Joan Pike have met every month. Ms Pike is a deputy "
            "assistant secretary at the State Department. Ms Silva leads for the Commission. "
            "She said the gap was narrowing. The deputy assistant secretary said the talks "
            "would go on.",
            "The deputy assistant secretary said",
            "Joan Pike",
        ),
        (  # "the general counsel of X" is nobody of another body
            "Export rules.\n\nBeijing's ambassador, Wang Lei, called the rules unfair.\n\n"
            "The general counsel of Optiva Lasers, a Delft maker of sensors, said the firm "
            'would comply. "We learned of the rules late," said Pieter Hoek.',
            "The general counsel",
            "Pieter Hoek",
        ),
        (  # somebody in what a clip shows is no unnamed person in view
            "Elections.\n\nDuring the break, Norway's delegate, Kari Lunde, found the Latvian "
            "delegate and handed him a printout. It was the transcript of a clip in which a "
            'party leader seemed to buy votes. "Is this meddling?" she asked him.',
            "Is this meddling",
            "Kari Lunde",
        ),
        (  # a body's name, a description beside it, then its verb, parsed as one noun phrase
            "Staff.\n\nThe West African Policy Forum, a network of think-tanks in nine "
            "countries, estimated in a report that fewer than 300 officials work on AI.",
            "The West African Policy Forum",
            "West African Policy Forum",
        ),
        (  # a document said to be done somewhere and when is the one meant, by what it is
            "Audit.\n\nAn internal review completed in May, which covered nine contracts, "
            "criticised the ministry. It found that two contracts had no audit clause.",
            "It found",
            "internal review completed in May",
        ),
        (  # what a published survey finds is its publisher's
            "Guidance.\n\nThe Geneva Arms Monitor, a research group, published a survey in May "
            "finding that 40 states have guidance on military AI.",
            "The Geneva Arms Monitor",
            "Geneva Arms Monitor",
        ),
    ],
)
def test_speakers_set_up_by_posts_pictures_and_clauses_journalists_write(
    text: str, start: str, speaker: str
) -> None:
    assert _named_speaker(text, start) == speaker


def test_a_name_that_does_its_own_things_is_no_person_to_give_a_post_to() -> None:
    text = (
        "Clouds.\n\nThe local providers have not stood still. Altostrat, one of the largest, "
        "has offered to run its public-sector business through joint ventures. The company's "
        "head of government affairs said the offer was serious."
    )
    attribution = _by_text(analyse(text), "The company's head")
    assert attribution.speaker != "Altostrat", attribution


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Markets.\n\nPrices rose in March, suggesting that demand is strong.", "Prices rose"),
        ("Talks.\n\nHe left the room when she said that the deal was dead.", "He left the room"),
    ],
)
def test_a_thing_s_suggestion_and_a_clause_of_time_inside_a_story_report_nobody(
    text: str, start: str
) -> None:
    assert _by_text(analyse(text), start).status == NONE


def test_an_answer_from_somebody_new_does_not_name_the_post_before() -> None:
    text = "Plans.\n\nThe minister said the plan was sound. Ana Ruiz, a lawyer, disagreed."
    attribution = _by_text(analyse(text), "The minister said")
    assert attribution.speaker != "Ana Ruiz", attribution


def test_her_office_is_no_committee_she_sits_on() -> None:
    text = (
        "Chips.\n\nSenator Rita Hale, a Democrat on the Senate Banking Committee, said she "
        "was sceptical. Her office said she would ask for a briefing."
    )
    attribution = _by_text(analyse(text), "Her office said")
    assert attribution.speaker != "Senate Banking Committee", attribution


@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        (  # a trade's name told anew is the one in view, told more of
            "Debt.\n\nZhou Min, who leads the bank's team, said Beijing backed the plan. "
            "The platform runs on servers abroad. The soft-spoken banker, a veteran of "
            "restructurings in Zambia, told delegates that the contracts were confidential.",
            "The soft-spoken banker",
            "Zhou Min",
        ),
        (  # where somebody comes from, too
            "Chips.\n\nDaniel Whitaker, a former congressional staffer, said the rules were "
            "working. The Ohio native, who spent a decade investigating sanctions, said his "
            "main worry was smuggling.",
            "The Ohio native",
            "Daniel Whitaker",
        ),
        (  # dismissing the idea that ... is a view
            "Trade.\n\nNurul Hakimah Idris, the trade minister, spoke on Friday. Ms Nurul "
            "Hakimah dismissed the idea that Malaysia was losing business to its neighbours.",
            "Ms Nurul Hakimah dismissed",
            "Nurul Hakimah Idris",
        ),
        (  # "which said" after a body and a description set beside it
            "Subsidies.\n\nHis remarks drew a reply from the European Chip Tools Alliance, an "
            "industry group representing 60 toolmakers, which said in a statement that the plan "
            "was flawed.",
            "His remarks drew",
            "European Chip Tools Alliance",
        ),
        (  # "his association": the one he heads, however long he has been speaking
            "Controls.\n\nRajiv Menon, who heads the Chip Design Association of India, said "
            "the rules were unfair. India joined the regime in 2017. The 44-year-old argued "
            "that thresholds would soon catch laptops. \"Today's chip is tomorrow's toy,\" he "
            'said. "The list will strangle universities." His association said in a '
            "submission that it backed narrower controls.",
            "His association said",
            "Chip Design Association of India",
        ),
        (  # "the water ministry" is the ministry whose name says so
            "Floods.\n\nThe Flood Forecasting Centre, an arm of the board under the Ministry "
            "of Water Resources, said the gauges failed. An official in India's Ministry of "
            "External Affairs said talks would go on.\n\nThe water ministry said in a "
            "statement on Sunday that it had raised the request formally.",
            "The water ministry said",
            "Ministry of Water Resources",
        ),
    ],
)
def test_people_and_bodies_journalists_describe_anew_or_call_back(
    text: str, start: str, speaker: str
) -> None:
    assert _named_speaker(text, start) == speaker


def test_the_first_of_several_described_anew_is_somebody_new() -> None:
    text = (
        "Hearings.\n\nZhou Min said the plan was sound. The first banker, a "
        "veteran of restructurings in Zambia, told delegates that the contracts were secret."
    )
    attribution = _by_text(analyse(text), "The first banker")
    assert attribution.speaker != "Zhou Min", attribution


def test_a_body_that_writes_the_rules_says_nothing_by_writing_them() -> None:
    text = (
        "Rules.\n\nDublin should ask that the quarrel over digital rules be taken to the "
        "Commission, which writes them, rather than to the small country that enforces them."
    )
    assert _by_text(analyse(text), "Dublin should ask").status == NONE


@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        (  # a person described before the name keeps the description's trade
            "Grain.\n\nSara Lindqvist, who trades wheat in Geneva, said prices were calm. The "
            "woman who runs the tender desk at the state buyer in Cairo, a soft-spoken "
            "statistician who keeps her father's ledgers, says she reads the same pictures late. "
            '"We are always the last to know," said Nour Haddad, who took the job in 2020.\n\n'
            'Ms Lindqvist thinks a public forecast would move prices. "Markets hate '
            'surprises," she said. "We lose more than that in one tender," the statistician '
            "told me.",
            "We lose more than that",
            "Nour Haddad",
        ),
        (  # a post that only sets up the words the next sentence names the speaker of
            "Ice.\n\nKari Nordvik, the head of forecasting at the Norwegian institute, says the "
            'model is failing. "It is blind in the east," she said.\n\nThe EU\'s special envoy '
            "for Arctic matters put it most plainly. Speaking in Tromsø in January, Annika "
            "Berglund said the Union would not reward aggression.",
            "The EU's special envoy",
            "Annika Berglund",
        ),
        (  # a country's ministry is the ministry named before, not the country
            "Visas.\n\nSouth Korea's Ministry of Employment and Labor added the model in 2024. "
            "Korea's labour ministry rejects that reading.",
            "Korea's labour ministry",
            "Ministry of Employment and Labor",
        ),
        (  # the title of the one the text tied to a place
            "Border.\n\nLucía Ortega, 44, parks outside a customs building in Ciudad Juárez. "
            "Across the river, Karen Whitlock, an engineer at the customs agency, opens the same "
            "screen. Ms Whitlock said the data did not exist. The engineer in Juárez counters "
            "that the data exists.",
            "The engineer in Juárez",
            "Lucía Ortega",
        ),
        (  # a nation the text gave the one a title meant is theirs from then on
            "Chips.\n\nLin Pei-shan is vice-president at Jade Harbor, a packaging firm. "
            '"We can live with strict rules," the Taiwanese executive told the committee. '
            "Senator Dale Whitcomb pressed the Korean witness, Kim Soo-ah, on smuggling. "
            '"We follow every rule," she said.\n\nThe Taiwanese witness, asked the same '
            "question, took a different line. She said her firm would support tracking chips.",
            "She said her firm",
            "Lin Pei-shan",
        ),
        (  # who put the question is no post of the one who answers
            "Hearing.\n\nThe committee's chair, Eleanor Pryce, opened the session. Hannah "
            "Seddon, the minister for technology, rejected the criticism. Pressed by the chair "
            "on the staffing figures, Ms Seddon conceded that retention was hard. The chair "
            "said the committee would report before the summer.",
            "The chair said",
            "Eleanor Pryce",
        ),
        (  # a name the parser cut off the body the person is of
            "Rules.\n\nBeatriz Salgado of the European consumer organisation BEUC told "
            "reporters that voluntary reporting was not enough.",
            "Beatriz Salgado",
            "Beatriz Salgado",
        ),
        (  # the firm a person once worked at, in a post served
            "Tests.\n\nHiroshi Tanabe, who heads evaluation at the institute, spent twenty years "
            "as an engineer at Toshiba. Choi Seung-woo, a former engineer who leads the Korean "
            "team, pointed to a gap. The former Toshiba engineer says he is untroubled.",
            "The former Toshiba engineer",
            "Hiroshi Tanabe",
        ),
        (  # a country in the name of the body a person works at gives the nation
            "Tests.\n\nHiroshi Tanabe, who heads evaluation at the Japan AI Safety Institute, "
            "ran the tests. Choi Seung-woo, who leads the team at Korea's institute, found a "
            '"gap". "That is a footnote," the Korean said. The Japanese engineer does not '
            "dispute the finding. But he argued that the firms had responded quickly.",
            "But he argued",
            "Hiroshi Tanabe",
        ),
        (  # a post described anew, named in the next sentence, and called back by its nation
            "Drafts.\n\nInes Carvalho, a Brazilian diplomat posted in Lisbon, said the tools "
            "were useful. The Brazilian diplomat who chaired the last round, a former journalist "
            "from Recife, "
            'said he used one every week. "Small ministries have the same problem," said '
            "Rodrigo Mattos. The Brazilian said he would raise the text at the next meeting.",
            "The Brazilian said",
            "Rodrigo Mattos",
        ),
    ],
)
def test_people_described_before_their_name_tied_to_places_and_nations(
    text: str, start: str, speaker: str
) -> None:
    assert _named_speaker(text, start) == speaker


def test_a_post_the_text_gave_somebody_is_not_taken_by_the_next_name() -> None:
    text = (
        "Ice.\n\nKari Nordvik, the head of forecasting at the institute, says the model is "
        "failing. The head of forecasting was blunter. Speaking in Oslo, Per Olsen said the "
        "channel must stay shut."
    )
    assert _named_speaker(text, "The head of forecasting") == "Kari Nordvik"


@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        (  # a honorific tells which of two people with one surname is meant
            "Lab.\n\nAmara Osei founded the lab in 2009. Her husband, Kwame Osei, runs its "
            "workshop. Lena Braun, a German engineer, joined in 2015. The board later praised "
            "Ms Osei for her patience. The lab has since doubled in size. She told me the growth "
            "had come too fast.",
            "She told me",
            "Amara Osei",
        ),
        (  # the person a quotation is about is the one in view afterwards
            "Obituary.\n\nMarta Lindqvist, a Swedish lawyer who drafted the first data treaty, "
            "died on Monday. She was 88. Ingrid Berg, a Norwegian diplomat who worked with her, "
            'said the delegates admired her. "She read every draft," the diplomat said. Paul '
            "Hendry, a former American official, said the final text was weaker. "
            '"Marta wanted one strong treaty," he said. In an essay published last year, she '
            "called that flexibility a mistake.",
            "In an essay published",
            "Marta Lindqvist",
        ),
        (  # a body whose name ends in a place the tagger found on its own
            "Posts.\n\nBudget Monitor Kenya, a research group based in Nairobi, counted the "
            "contracts last year. It found that most went to three firms.",
            "It found",
            "Budget Monitor Kenya",
        ),
        (  # nobody in view: the one the piece opened on, after others spoke of him
            "Obituary.\n\nTomas Reyes, the engineer who built Chile's first weather model, died "
            "on Sunday in Santiago. He was 79.\n\nDaniel Ortiz, an American scientist who worked "
            'with him in the 1990s, said Reyes had been stubborn about data. "He never let a '
            'number go," Mr Ortiz said.\n\nThe national weather service said in a statement that '
            "it would name a prize after him. It said the prize would go to a young forecaster."
            "\n\nIn a 2019 interview with a Santiago newspaper, he said that small countries "
            "should train their own models.",
            "In a 2019 interview",
            "Tomas Reyes",
        ),
        (  # the post a person was nominated to, and 'the nominee'
            "Hearing.\n\nKaren Whitfield, nominated as under secretary of commerce, told the "
            "committee that she would judge the licence on its merits. Linda Ortega, the "
            "committee's ranking Democrat, was more sceptical. The nominee said she had recused "
            "herself.",
            "The nominee said",
            "Karen Whitfield",
        ),
    ],
)
def test_people_kept_in_view_by_what_is_said_of_them(text: str, start: str, speaker: str) -> None:
    assert _named_speaker(text, start) == speaker


def test_what_is_read_once_a_paragraph_is_spacys_own() -> None:
    """The mine stage keeps what it reads of each paragraph after the first time it asks
    (``Token.sent`` and ``Doc.text`` rebuild their answer on every call, and a ``Token`` getter
    costs more than a list's entry): each word's sentence, its columns (part of speech, fine
    tag, lower-case form, whether it is in lower case) and the paragraph's text. What it keeps
    must be what spaCy gives, for every word, for a unit as for the paragraph, and for each
    paragraph its own."""
    paragraphs = [
        'Ms Ray spoke first. "The talks are over," she said. Nobody answered her.',
        "A 52-year-old negotiator, Tomas Berg, disagreed. He said the door was open.",
        "OpenAI's CEO met the UN's iPhone-toting envoy. NATO said 𝐍𝐎 to Ünal and ß.",
    ]
    for doc in get_nlp().pipe(paragraphs):
        assert len(list(doc.sents)) >= 2  # (several sentences, or the test shows nothing)
        for unit in [doc[:], *doc.sents]:
            columns = unit_columns(unit)
            assert columns.pos == [t.pos for t in unit]
            assert columns.tag == [t.tag for t in unit]
            assert columns.lower == [t.lower for t in unit]
            assert columns.is_lower == [int(t.is_lower) for t in unit]
        for tok in doc:
            assert (sentence_of(tok).start, sentence_of(tok).end) == (
                tok.sent.start,
                tok.sent.end,
            )
        assert paragraph_text(doc) == doc.text
        assert paragraph_text(doc) == doc.text  # (the kept one, the second time)
