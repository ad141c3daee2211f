"""Ingest: Markdown keeps its raw text; headings, code and tables are set aside, prose is body."""

from __future__ import annotations

from aidip_cli.ingest import load_text

MARKDOWN = """---
title: Front Matter Title
author: Jane Doe
---

# AI and the Future of Diplomacy

Machine learning is reshaping how diplomats negotiate. This matters because talks move faster.

## Evidence

- Translation tools cut preparation time in half.
- Sentiment analysis flags *hostile* statements early.

```python
print("a fenced block")

x = 1
```

| Country | Budget |
|---------|--------|
| A       | 10     |

    indented_code = True

Therefore, ministries should invest in **technical** skills.
"""


def _doc():  # type: ignore[no-untyped-def]
    return load_text(MARKDOWN, fmt="md")


def test_markdown_text_is_kept_raw_so_offsets_point_into_the_file() -> None:
    doc = _doc()
    assert doc.text == MARKDOWN
    for span in doc.excluded:
        assert doc.text[span.start : span.end] == span.text


def test_markdown_body_is_prose_and_list_items_without_markers() -> None:
    doc = _doc()
    assert [doc.text[start:end] for start, end in doc.paragraphs] == [
        "Machine learning is reshaping how diplomats negotiate. This matters because talks "
        "move faster.",
        "Translation tools cut preparation time in half.",
        "Sentiment analysis flags *hostile* statements early.",
        "Therefore, ministries should invest in **technical** skills.",
    ]


def test_markdown_headings_code_and_tables_are_excluded_with_reasons() -> None:
    doc = _doc()
    found = [(span.reason.value, span.text.split("\n")[0]) for span in doc.excluded]
    assert found == [
        ("markup", "---"),
        ("title", "# AI and the Future of Diplomacy"),
        ("heading", "## Evidence"),
        ("code", "```python"),
        ("markup", "| Country | Budget |"),
        ("code", "indented_code = True"),
    ]
    fence = next(span for span in doc.excluded if span.reason.value == "code")
    assert fence.text.endswith("```") and "x = 1" in fence.text


def test_front_matter_supplies_title_and_author() -> None:
    doc = _doc()
    assert doc.metadata.title == "Front Matter Title"
    assert doc.metadata.author == "Jane Doe"


def test_the_first_heading_is_the_title_without_front_matter() -> None:
    doc = load_text(
        "The Case for AI Treaties\n========================\n\nBy Jane Doe\n\n"
        "States must cooperate on AI. The risks cross every border.",
        fmt="md",
    )
    assert doc.metadata.title == "The Case for AI Treaties"
    assert doc.metadata.author == "Jane Doe"
    assert [span.reason.value for span in doc.excluded] == ["title", "byline"]


def test_quote_markers_are_not_part_of_body_paragraphs() -> None:
    doc = load_text(
        "States must cooperate on AI, and soon.\n\n> The treaty matters more than any summit.",
        fmt="md",
    )
    assert [doc.text[start:end] for start, end in doc.paragraphs][1] == (
        "The treaty matters more than any summit."
    )
