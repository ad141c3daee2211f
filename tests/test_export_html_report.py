"""HTML report: one safe, self-contained page with the marked-up essay, tree, numbers, boilerplate.

Parsed with lxml (the tree) and the standard library's HTML tokenizer (what a browser would
see as tags); rendered and clicked in headless Chromium, which scripts/install-test-tools.sh
installs (CI runs it first; the browser tests skip with a reason only where it cannot).
"""

from __future__ import annotations

import json
import re
import struct
import subprocess
import zlib
from html.parser import HTMLParser
from pathlib import Path

import lxml.html
import pytest

from aidip_cli.export.registry import export
from aidip_cli.schema import Analysis
from helpers import ALL_FIXTURES, INSTALL_HINT, chromium_bin, nasty_analysis, realistic_analysis


class TagCounter(HTMLParser):
    """Counts start tags the way an HTML tokenizer sees them."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)


def page(analysis: Analysis) -> lxml.html.HtmlElement:
    return lxml.html.document_fromstring(export(analysis, "html"))


def embedded_data(html: str) -> str:
    match = re.search(r"var DATA = (.*?);\n", html)
    assert match, "no DATA literal in the page"
    return match[1]


@pytest.mark.parametrize("fixture", sorted(ALL_FIXTURES))
def test_every_unit_is_highlighted_with_its_role(fixture: str) -> None:
    analysis = ALL_FIXTURES[fixture]()
    doc = page(analysis)
    marks = {
        m.get("data-unit"): m
        for m in doc.xpath("//section[@id='essay']//mark[contains(@class, 'unit ')]")
    }
    assert set(marks) == {u.id for u in analysis.units}
    for unit in analysis.units:
        mark = marks[unit.id]
        assert mark.text == unit.text
        assert f"role-{unit.role.value}" in mark.get("class").split()
        assert mark.xpath("./span[@class='label']")[0].text == unit.role.value.replace("_", " ")


@pytest.mark.parametrize("fixture", sorted(ALL_FIXTURES))
def test_only_our_own_script_element_exists(fixture: str) -> None:
    html = export(ALL_FIXTURES[fixture](), "html")
    counter = TagCounter()
    counter.feed(html)
    assert counter.tags.count("script") == 1
    scripts = lxml.html.document_fromstring(html).xpath("//script")
    assert len(scripts) == 1 and scripts[0].text.lstrip().startswith("var DATA = ")
    assert not lxml.html.document_fromstring(html).xpath("//*[@src] | //link | //iframe")
    assert "http://" not in html and "https://" not in html and "url(" not in html


def test_hostile_text_is_shown_as_text() -> None:
    analysis = nasty_analysis()
    html = export(analysis, "html")
    assert "<script>alert(1)" not in html
    assert '<script>document.write("pwned")' not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    doc = lxml.html.document_fromstring(html)
    assert doc.findtext(".//title").startswith('</title><script>alert("t")</script>')
    assert doc.findtext(".//h1") == '</title><script>alert("t")</script>'
    excluded = doc.xpath("//section[@id='essay']//span[@class='excluded']")
    assert [e.text for e in excluded] == [s.text for s in analysis.excluded]


@pytest.mark.parametrize("fixture", sorted(ALL_FIXTURES))
def test_script_data_cannot_close_the_script_and_matches_the_analysis(fixture: str) -> None:
    analysis = ALL_FIXTURES[fixture]()
    literal = embedded_data(export(analysis, "html"))
    assert not set(literal) & {"<", ">", "&", "\u2028", "\u2029"}
    data = json.loads(literal)
    assert data["units"] == {u.id: {"role": u.role.value, "text": u.text} for u in analysis.units}
    assert data["relations"] == [[r.source, r.target, r.type.value] for r in analysis.relations]


def _tree_children(li: lxml.html.HtmlElement) -> list[str]:
    nested = li.find("ul")
    return (
        []
        if nested is None
        else [c.xpath("./a[@class='ref']")[0].text for c in nested.findall("li")]
    )


@pytest.mark.parametrize("fixture", ["realistic", "nasty"])
def test_argument_tree_is_nested_lists_that_follow_the_relations(fixture: str) -> None:
    analysis = ALL_FIXTURES[fixture]()
    doc = page(analysis)
    items = doc.xpath("//section[@id='tree']/ul[@class='tree']//li")
    ids = [li.xpath("./a[@class='ref']")[0].text for li in items]
    assert sorted(ids) == sorted(u.id for u in analysis.units)
    root = doc.xpath("//section[@id='tree']/ul[@class='tree']/li")[0]
    assert root.xpath("./a[@class='ref']")[0].text == analysis.major_claim
    assert doc.xpath("//section[@id='tree']/ul[@class='tree']/li/ul/li/ul/li/ul/li")  # 3 deep
    for li, unit_id in zip(items, ids, strict=True):
        expected = [r.source for r in analysis.relations if r.target == unit_id]
        assert sorted(_tree_children(li)) == sorted(expected)
        text = li.xpath("./span[@class='node-text']")[0].text
        assert text == analysis.unit(unit_id).text


def test_numbers_table_lists_each_figure_with_its_source() -> None:
    doc = page(realistic_analysis())
    rows = [
        [td.text_content() for td in tr.findall("td")]
        for tr in doc.xpath("//section[@id='numbers']//tbody/tr")
    ]
    assert rows == [
        [
            "6.8 percent",
            "6.8 %",
            "percent",
            "exact",
            "last year",
            "named: the Stockholm institute",
            "u4",
        ],
        ["$30 billion", "$30 bn", "USD", "over", "by 2030", "vague", "u5"],
    ]


def test_excluded_boilerplate_is_listed_with_its_reason() -> None:
    analysis = realistic_analysis()
    items = page(analysis).xpath("//section[@id='excluded']//li")
    assert [li.text_content() for li in items] == [
        f"{s.reason.value.replace('_', ' ')} {s.text}" for s in analysis.excluded
    ]


# --- a real browser (scripts/install-test-tools.sh installs Debian's chromium) ----------------

#: Seconds one headless Chromium run may take before the test fails.
BROWSER_TIMEOUT = 90


def _chromium(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[bytes]:
    binary = chromium_bin()
    if binary is None:
        pytest.skip(
            f"chromium not installed ({INSTALL_HINT}: it installs Debian's chromium as root)"
        )
    command = [
        binary,
        "--headless",
        "--no-sandbox",  # the tests run as root in CI
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",  # no connections out of a closed network
        "--disable-component-update",
        "--disable-sync",
        "--hide-scrollbars",
        f"--user-data-dir={tmp_path / 'profile'}",
        *args,
    ]
    try:
        return subprocess.run(command, capture_output=True, timeout=BROWSER_TIMEOUT)
    except subprocess.TimeoutExpired:
        pytest.fail(f"headless chromium did not finish within {BROWSER_TIMEOUT} s: {args[-1]}")


def _png_distinct_bytes(path: Path) -> int:
    """How many distinct byte values the decompressed image data holds (blank → a handful)."""
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    position, idat = 8, b""
    while position < len(data):
        (length,) = struct.unpack(">I", data[position : position + 4])
        kind = data[position + 4 : position + 8]
        if kind == b"IDAT":
            idat += data[position + 8 : position + 8 + length]
        position += 12 + length
    return len(set(zlib.decompress(idat)))


def test_chromium_renders_a_page_that_is_not_blank(tmp_path: Path) -> None:
    path = tmp_path / "report.html"
    path.write_text(export(realistic_analysis(), "html"), encoding="utf-8")
    shot = tmp_path / "shot.png"
    result = _chromium(tmp_path, "--window-size=1200,1600", f"--screenshot={shot}", path.as_uri())
    assert result.returncode == 0, result.stderr[-500:]
    assert _png_distinct_bytes(shot) > 32


def test_clicking_a_unit_in_chromium_shows_what_it_supports(tmp_path: Path) -> None:
    html = export(nasty_analysis(), "html")
    click = '<script>document.getElementById("unit-u4").click();</script></body>'
    path = tmp_path / "report.html"
    path.write_text(html.replace("</body>", click), encoding="utf-8")
    result = _chromium(tmp_path, "--dump-dom", path.as_uri())
    assert result.returncode == 0, result.stderr[-500:]
    dom = lxml.html.document_fromstring(result.stdout.decode("utf-8"))
    panel = dom.get_element_by_id("details")
    assert panel.get("hidden") is None
    text = panel.text_content()
    assert "Supports" in text and "Supported by" in text
    assert "<b>bold</b>" in text and not panel.xpath(".//b")  # shown as text, not markup
    assert "u3 (claim)" in text and "u5 (premise): Ends with a backslash \\" in text
    assert len(dom.xpath("//script")) == 2  # ours and the click, nothing from the essay
