"""Ingest: whatever the input, every offset slices the text it claims (property-based)."""

from __future__ import annotations

import itertools

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from aidip_cli.errors import ContentError
from aidip_cli.ingest import load_bytes

LINES = [
    "HomeWorldTechnology The Future of Talks",
    "Home > Opinion > Asia",
    "Why AI Needs Treaties",
    "By Jane Doe | May 3, 2024",
    "Jane Doe",
    "States must regulate military AI now, because the risks grow every single year.",
    "Therefore, a binding treaty is needed even if it takes a decade.",
    "Consider Taiwan.",
    "- A list item that ends properly.",
    "# A Heading",
    "```",
    "| a | b |",
    "|---|---|",
    "*The author is a fellow at the Institute of Things.",
    "The opinions in this article are the author’s own and do not necessarily reflect ours.",
    "Subscribe to our newsletter",
    "Follow us",
    "Most Popular",
    "   ",
    "",
    "“Quoted” words, and cp1252 survivors: café, naïve.",
]


@st.composite
def documents(draw: st.DrawFn) -> tuple[bytes, str]:
    lines = draw(st.lists(st.sampled_from(LINES), min_size=1, max_size=14))
    newline = draw(st.sampled_from(["\n", "\r\n", "\n\n", "\r"]))
    fmt = draw(st.sampled_from(["txt", "md", "html"]))
    text = newline.join(lines)
    if fmt == "html":
        text = "<html><body>" + "".join(f"<p>{line}</p>" for line in lines) + "</body></html>"
    return text.encode(draw(st.sampled_from(["utf-8", "utf-16", "cp1252"]))), fmt


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents())
def test_offsets_always_slice_their_text(case: tuple[bytes, str]) -> None:
    data, fmt = case
    try:
        doc = load_bytes(data, fmt=fmt)  # type: ignore[arg-type]
    except ContentError:
        return  # empty or all boilerplate: a one-line error is the right outcome
    spans = [(span.start, span.end) for span in doc.excluded]
    for span in doc.excluded:
        assert doc.text[span.start : span.end] == span.text
    assert doc.paragraphs == sorted(doc.paragraphs)
    everything = sorted(spans + doc.paragraphs)
    for start, end in everything:
        assert 0 <= start < end <= len(doc.text)
        assert not doc.text[start].isspace() and not doc.text[end - 1].isspace()
    for (_, first_end), (second_start, _) in itertools.pairwise(everything):
        assert first_end <= second_start
    assert "\r" not in doc.text
