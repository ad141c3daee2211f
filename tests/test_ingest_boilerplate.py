"""Ingest: titles, bylines, menus, bios, disclaimers and promotion are set aside; the body stays."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from aidip_cli.errors import ContentError
from aidip_cli.ingest import Document, load_path, load_text

ESSAY = (
    "States must regulate military AI before it spreads further. The risks grow every year.\n\n"
    "First, autonomous weapons lower the threshold for war. Second, verification is hard.\n\n"
    "Therefore, a binding treaty is needed, even if it takes a decade to negotiate."
)


def assert_offsets_hold(doc: Document) -> None:
    """Every excluded span slices to its text; body paragraphs are sorted, disjoint, inside."""
    for span in doc.excluded:
        assert doc.text[span.start : span.end] == span.text
        assert span.text == span.text.strip() and span.text
    previous_end = 0
    for start, end in doc.paragraphs:
        assert previous_end <= start < end <= len(doc.text)
        assert doc.text[start:end] == doc.text[start:end].strip()
        previous_end = end
    taken = [(span.start, span.end) for span in doc.excluded] + doc.paragraphs
    taken.sort()
    for (_, first_end), (second_start, _) in itertools.pairwise(taken):
        assert first_end <= second_start


def body(doc: Document) -> list[str]:
    return [doc.text[start:end] for start, end in doc.paragraphs]


def reasons(doc: Document) -> dict[str, str]:
    return {span.text: span.reason.value for span in doc.excluded}


def test_seed_op_ed_keeps_exactly_the_argument_paragraphs(seed_path: Path) -> None:
    doc = load_path(seed_path)
    assert_offsets_hold(doc)
    raw = seed_path.read_text(encoding="utf-8")
    blocks = [block.strip() for block in raw.split("\n\n") if block.strip()]
    first = next(i for i, b in enumerate(blocks) if b.startswith("AI Diplomacy integrates"))
    last = next(i for i, b in enumerate(blocks) if b.startswith("In a nutshell, "))
    assert body(doc) == blocks[first : last + 1]
    assert doc.metadata.title == (
        "The Transformation of International Relations Through AI Diplomacy"
    )
    assert doc.metadata.author == "Mirza Abdul Aleem Baig"


def test_seed_op_ed_sets_aside_its_furniture_with_reasons(seed_path: Path) -> None:
    doc = load_path(seed_path)
    by_start = {span.text[:20]: span.reason.value for span in doc.excluded}
    assert by_start == {
        "HomeTechnologyArtifi": "navigation",
        "The Transformation o": "title",
        "Mirza Abdul Aleem Ba": "byline",
        "*The author is a CAS": "author_bio",
        "**The opinions in th": "disclaimer",
        "The Diplomatic Insig": "promotion",
        "Follow us": "social",
        "Most Popular": "social",
    }


def test_a_plain_essay_keeps_every_paragraph() -> None:
    doc = load_text(ESSAY)
    assert doc.excluded == []
    assert body(doc) == ESSAY.split("\n\n")
    assert doc.metadata.title is None and doc.metadata.author is None


def test_a_short_first_line_set_apart_is_the_headline_even_with_a_full_stop() -> None:
    for headline in ("Consider Taiwan.", "Will sanctions bring Tehran back?", "Talk to Tehran"):
        doc = load_text(f"{headline}\n\n" + ESSAY)
        assert doc.metadata.title == headline
        assert body(doc) == ESSAY.split("\n\n")


def test_a_first_paragraph_of_two_sentences_is_body_not_a_headline() -> None:
    doc = load_text("Consider Taiwan. It makes most of the chips.\n\n" + ESSAY)
    assert body(doc)[0] == "Consider Taiwan. It makes most of the chips."
    assert doc.metadata.title is None


def test_title_byline_date_and_trailing_bio_are_recognised() -> None:
    text = (
        "Why AI Needs Treaties\n\nBy Jane Doe | May 3, 2024\n\n"
        + ESSAY
        + "\n\nJane Doe is a senior fellow at the Institute for Global Affairs.\n\n"
        "Share this article\n\nRelated articles"
    )
    doc = load_text(text)
    assert_offsets_hold(doc)
    assert body(doc) == ESSAY.split("\n\n")
    assert doc.metadata.title == "Why AI Needs Treaties"
    assert doc.metadata.author == "Jane Doe"
    assert reasons(doc) == {
        "Why AI Needs Treaties": "title",
        "By Jane Doe | May 3, 2024": "byline",
        "Jane Doe is a senior fellow at the Institute for Global Affairs.": "author_bio",
        "Share this article": "social",
        "Related articles": "social",
    }


@pytest.mark.parametrize(
    "bio",
    [
        "Nadia Haddad is a former UN conference officer who writes about multilateral bodies.",
        "Kavya Menon is a fellow at a New Delhi think-tank, where she works on digital policy.",
        "The author worked for a decade as a protection officer in refugee operations.",
        "The writer covers mining and trade in South-East Asia.",
    ],
)
def test_a_closing_bio_is_recognised_without_a_byline(bio: str) -> None:
    doc = load_text("Why AI Needs Treaties\n\n" + ESSAY + "\n\n" + bio)
    assert body(doc) == ESSAY.split("\n\n")
    assert reasons(doc)[bio] == "author_bio"


def test_a_closing_paragraph_that_quotes_somebody_is_no_bio() -> None:
    closing = (
        "He is here because Papua New Guinea's government wants to know whether to accept a "
        "Chinese offer to build a data centre. "
        '"My job is to make sure they know what they\'re signing," Cutler told me.'
    )
    doc = load_text("Why AI Needs Treaties\n\n" + ESSAY + "\n\n" + closing)
    assert body(doc) == [*ESSAY.split("\n\n"), closing]


def test_a_closing_paragraph_that_introduces_and_reports_somebody_is_no_bio() -> None:
    closing = (
        "She is Dr Amaka Obi, and she now teaches international law in Lagos. She said "
        'inspectors would need "access to the machines, not just the paperwork".'
    )
    doc = load_text("Why AI Needs Treaties\n\n" + ESSAY + "\n\n" + closing)
    assert body(doc) == [*ESSAY.split("\n\n"), closing]


def test_a_bio_before_a_comments_notice_is_still_a_bio() -> None:
    bio = "Nadia Haddad is a former UN conference officer who writes on maritime law."
    notice = "Comments are open to subscribers and moderated before publication."
    doc = load_text("Why AI Needs Treaties\n\n" + ESSAY + "\n\n" + bio + "\n\n" + notice)
    assert body(doc) == ESSAY.split("\n\n")
    assert reasons(doc)[notice] == "social"


def test_a_name_above_the_headline_is_the_byline_and_a_repeated_title_is_excluded() -> None:
    text = "Home > World > Asia\n\nJane Doe\n\nWhy AI Needs Treaties\n\nWhy AI Needs Treaties\n\n"
    doc = load_text(text + ESSAY)
    assert reasons(doc) == {
        "Home > World > Asia": "navigation",
        "Jane Doe": "byline",
        "Why AI Needs Treaties": "title",
    }
    assert [span.reason.value for span in doc.excluded].count("title") == 2
    assert doc.metadata.author == "Jane Doe"


def test_a_page_pasted_one_paragraph_per_line_is_split_and_cleaned() -> None:
    text = (
        "Home | Opinion\nAI and the new diplomacy\nBy Jane Doe\nMay 3, 2024\n"
        "Artificial intelligence is changing how states negotiate, and diplomats who ignore it "
        "will fall behind their peers in every major capital.\n"
        "Read more: How AI changes war\n"
        "Therefore, foreign ministries must invest in technical expertise, because otherwise "
        "they will depend on vendors whose interests differ.\n"
        "Share this article\nSubscribe to our newsletter"
    )
    doc = load_text(text)
    assert_offsets_hold(doc)
    assert [paragraph[:20] for paragraph in body(doc)] == [
        "Artificial intellige",
        "Therefore, foreign m",
    ]
    assert reasons(doc) == {
        "Home | Opinion": "navigation",
        "AI and the new diplomacy": "title",
        "By Jane Doe": "byline",
        "May 3, 2024": "byline",
        "Read more: How AI changes war": "social",
        "Share this article": "social",
        "Subscribe to our newsletter": "promotion",
    }


def test_section_headings_between_paragraphs_are_excluded_and_group_what_follows() -> None:
    first, second, third = ESSAY.split("\n\n")
    doc = load_text(
        f"{first}\n\nThe Risks Ahead\n\n{second}\n\nMyth #2: sanctions never work\n\n{third}"
    )
    assert reasons(doc) == {
        "The Risks Ahead": "heading",
        "Myth #2: sanctions never work": "heading",
    }
    assert body(doc) == [first, second, third]
    assert doc.headings == [None, "The Risks Ahead", "Myth #2: sanctions never work"]


def test_a_numbered_heading_line_is_a_heading_not_a_list_item() -> None:
    first, second = ESSAY.split("\n\n")[:2]
    doc = load_text(f"{first}\n\n1. Start with the chips\n\n{second}")
    assert reasons(doc) == {"1. Start with the chips": "heading"}


def test_a_disclaimer_and_an_editors_note_at_the_end_are_set_aside() -> None:
    text = (
        ESSAY + "\n\nThe views expressed here are the author's own and do not necessarily reflect "
        "those of this website.\n\nEditor's note: this piece was updated on 4 May."
    )
    doc = load_text(text)
    assert body(doc) == ESSAY.split("\n\n")
    assert set(reasons(doc).values()) == {"disclaimer"}


def test_a_wire_dateline_and_a_columnist_disclaimer_are_not_body() -> None:
    disclaimer = "The opinions expressed here are those of the author, a Reuters columnist."
    text = f"Envoys should keep talking\n\nGENEVA, Oct 2 (Reuters) - {ESSAY}\n\n{disclaimer}"
    doc = load_text(text)
    assert body(doc) == ESSAY.split("\n\n")
    assert reasons(doc) == {
        "Envoys should keep talking": "title",
        "GENEVA, Oct 2 (Reuters) -": "other",
        disclaimer: "disclaimer",
    }


def test_hard_wrapped_paragraphs_stay_whole() -> None:
    wrapped = (
        "States must regulate military AI before it spreads further, because the\n"
        "risks grow every year and no single country can contain them alone. The\n"
        "arms race has already begun.\n"
        "Therefore, a binding treaty is needed, even if it takes a decade to\n"
        "negotiate and verify."
    )
    doc = load_text(wrapped)
    assert len(doc.paragraphs) == 2
    assert body(doc)[1].startswith("Therefore") and body(doc)[1].endswith("verify.")


def test_a_document_of_only_boilerplate_is_a_content_error() -> None:
    with pytest.raises(ContentError, match="no body text"):
        load_text("Follow us\n\nMost Popular")


def test_list_markers_are_not_part_of_body_paragraphs() -> None:
    doc = load_text(
        "Three reasons stand out, and each one matters for diplomacy.\n\n"
        "- Speed of analysis.\n- Cost of translation."
    )
    assert body(doc)[1:] == ["Speed of analysis.", "Cost of translation."]


@pytest.mark.parametrize("name", ["Chen Wei-ling", "Park Min-jun", "Inès van der Berg"])
def test_a_byline_with_a_hyphenated_or_particle_name_gives_the_author(name: str) -> None:
    doc = load_text(f"Why AI Needs Treaties\n\nBy {name}\n\n{ESSAY}")
    assert doc.metadata.author == name


@pytest.mark.parametrize(
    ("head", "author"),
    [
        ("By Rachel Ambrose in Lusaka", "Rachel Ambrose"),  # where the author files from
        ("By Jane Doe in New York | 3 May 2025", "Jane Doe"),
        # a one-line standfirst between the headline and the signed byline
        (
            "A treaty on military drones is overdue, and the talks in Geneva show why.\n\n"
            "By Imogen Thackeray",
            "Imogen Thackeray",
        ),
    ],
)
def test_a_byline_filed_from_a_place_or_under_a_standfirst_gives_the_author(
    head: str, author: str
) -> None:
    doc = load_text(f"Why AI Needs Treaties\n\n{head}\n\n{ESSAY}")
    assert doc.metadata.author == author
    assert body(doc)[0] == ESSAY.split("\n\n")[0]


def test_a_byline_with_section_and_date_after_bars_is_a_byline_not_a_menu() -> None:
    doc = load_text(
        f"Why AI Needs Treaties\n\nBy Rhiannon Pryce | Commentary | 17 November 2025\n\n{ESSAY}"
    )
    assert doc.metadata.author == "Rhiannon Pryce"
    assert [e.reason.value for e in doc.excluded] == ["title", "byline"]


@pytest.mark.parametrize(
    ("head", "byline", "author"),
    [
        (
            "<head><title>Why AI Needs Treaties</title></head>",
            "<p class='byline'>By <a href='/a'>Jane Doe</a> &middot; 14 November 2025</p>",
            "Jane Doe",
        ),
        (  # a byline the extractor drops with the page furniture around it
            "",
            "<p class='meta'>By <a href='/authors/x'>Rūta Jankauskaitė</a> &middot; 14 November "
            "2025 &middot; 6 min read</p>",
            "Rūta Jankauskaitė",
        ),
    ],
)
def test_an_html_byline_with_a_date_after_a_dot_gives_the_bare_author(
    head: str, byline: str, author: str
) -> None:
    page = (
        f"<html>{head}<body><article><h1>Why AI Needs Treaties</h1>{byline}"
        + "".join(f"<p>{p}</p>" for p in ESSAY.split("\n\n"))
        + "</article></body></html>"
    )
    assert load_text(page, fmt="html").metadata.author == author
