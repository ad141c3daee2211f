"""Ingest: an HTML page yields the article's paragraphs, not its menus, header or footer."""

from __future__ import annotations

import pytest

from aidip_cli.errors import ContentError
from aidip_cli.ingest import load_bytes, load_text

ARTICLE = [
    "Artificial intelligence is changing how states negotiate. Diplomats now rely on machine "
    "translation and sentiment analysis to prepare for talks, and this shift is accelerating.",
    "Therefore, foreign ministries must invest in technical expertise. Without it, they will "
    "depend on private vendors whose interests differ from the public interest.",
    "However, some argue that the risks are overstated. They note that human judgement "
    "remains central to every serious negotiation.",
]

PAGE = f"""<!DOCTYPE html>
<html><head><title>AI Diplomacy Now | The Daily Site</title>
<meta name="author" content="Jane Doe"><style>body {{ color: red; }}</style>
<script>window.tracking = "Follow us";</script></head>
<body>
<header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/tech">Technology</a></nav>
<div class="promo">Subscribe to our newsletter</div></header>
<main><article>
<h1>AI Diplomacy Now</h1>
<p>{ARTICLE[0]}</p>
<p>{ARTICLE[1]}</p>
<p>{ARTICLE[2]}</p>
</article></main>
<footer><p>Follow us on Twitter</p><p>Most Popular</p><p>&copy; 2024 The Daily Site</p></footer>
</body></html>"""


def _body(doc) -> list[str]:  # type: ignore[no-untyped-def]
    return [doc.text[start:end] for start, end in doc.paragraphs]


def test_html_page_keeps_the_article_and_drops_the_furniture() -> None:
    doc = load_bytes(PAGE.encode("utf-8"), path="page.html")
    assert doc.format == "html"
    assert _body(doc) == ARTICLE
    for furniture in ("Home", "Subscribe", "Follow us", "Most Popular", "color: red", "tracking"):
        assert all(furniture not in paragraph for paragraph in _body(doc))
    assert doc.metadata.title == "AI Diplomacy Now"
    assert doc.metadata.author == "Jane Doe"
    titles = [span for span in doc.excluded if span.reason.value == "title"]
    assert [span.text for span in titles] == ["AI Diplomacy Now"]
    for span in doc.excluded:
        assert doc.text[span.start : span.end] == span.text


def test_html_paragraphs_are_separated_by_blank_lines() -> None:
    doc = load_text(PAGE, fmt="html")
    assert "\n\n".join(ARTICLE) in doc.text


def test_a_page_of_only_script_and_style_has_no_text() -> None:
    page = "<html><head><style>p { margin: 0 }</style></head>"
    page += "<body><script>go()</script></body></html>"
    with pytest.raises(ContentError, match=r"no text found in 'empty\.html'"):
        load_bytes(page.encode(), path="empty.html")


def test_deeply_nested_html_does_not_crash() -> None:
    sentence = "The treaty text survived five thousand nested divisions of markup."
    nested = "<div>" * 5000 + f"<p>{sentence}</p>" + "</div>" * 5000
    page = f"<html><body>{nested}</body></html>"
    doc = load_bytes(page.encode(), path="deep.html")
    assert _body(doc) == [sentence]


def test_a_short_page_falls_back_gracefully() -> None:
    page = "<html><body><p>States must act.</p><p>AI changes diplomacy.</p></body></html>"
    doc = load_text(page, fmt="html")
    assert _body(doc) == ["States must act.", "AI changes diplomacy."]


def test_a_declared_legacy_charset_is_honoured() -> None:
    page = (
        '<html><head><meta charset="windows-1252"></head><body>'
        f"<p>{ARTICLE[0]} It\x92s \x93new\x94.</p></body></html>"
    )
    doc = load_bytes(page.encode("latin-1"), path="old.html")
    assert doc.encoding == "cp1252"
    assert "It’s “new”." in doc.text


def test_the_standfirst_and_question_headings_the_page_marks_are_not_body() -> None:
    paragraphs = [
        "Governments should agree rules for military AI before the next crisis arrives.",
        "Autonomous systems shorten the time leaders have to decide, which raises the risk.",
        "A treaty would give every side the same floor of human control and inspection.",
    ]
    page = (
        "<html><body><article><h1>Rules for military AI</h1>"
        "<p class='standfirst'>The next crisis will not wait for diplomats.</p>"
        f"<p>{paragraphs[0]}</p><h2>Whose decision?</h2><p>{paragraphs[1]}</p>"
        f"<p>{paragraphs[2]}</p><p>Comments are closed for this article.</p>"
        "</article></body></html>"
    )
    doc = load_text(page, fmt="html")
    body = [doc.text[start:end] for start, end in doc.paragraphs]
    assert body == paragraphs
    reasons = {span.text: span.reason.value for span in doc.excluded}
    assert reasons["The next crisis will not wait for diplomats."] == "other"
    assert reasons["Whose decision?"] == "heading"
    assert doc.headings == [None, "Whose decision?", "Whose decision?"]
