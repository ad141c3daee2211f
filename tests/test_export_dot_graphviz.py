"""DOT export: Graphviz renders it, with one node per unit and the exact label text."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from lxml import etree

from aidip_cli.export._dot import node_label, quote
from helpers import ALL_FIXTURES, INSTALL_HINT, dot_bin, save

SVG = "{http://www.w3.org/2000/svg}"


def render_svg(path: Path) -> etree._Element:
    binary = dot_bin()
    if binary is None:
        pytest.skip(f"graphviz `dot` not installed ({INSTALL_HINT})")
    result = subprocess.run([binary, "-Tsvg", str(path)], capture_output=True, timeout=120)
    assert result.returncode == 0, result.stderr.decode("utf-8", "replace")
    assert result.stdout.strip(), "dot produced no SVG"
    return etree.fromstring(result.stdout)


def squash(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("fixture", sorted(ALL_FIXTURES))
def test_graphviz_renders_every_unit_and_relation(fixture: str, tmp_path: Path) -> None:
    analysis = ALL_FIXTURES[fixture]()
    svg = render_svg(save(tmp_path, analysis, "dot"))
    nodes = svg.findall(f".//{SVG}g[@class='node']")
    edges = svg.findall(f".//{SVG}g[@class='edge']")
    assert len(nodes) == len(analysis.units)
    assert len(edges) == len(analysis.relations)
    by_id = {n.findtext(f"{SVG}title"): n for n in nodes}
    assert set(by_id) == {u.id for u in analysis.units}
    for unit in analysis.units:
        shown = " ".join(t.text or "" for t in by_id[unit.id].iter(f"{SVG}text"))
        assert squash(shown) == squash(node_label(analysis, unit.id))
    edge_titles = sorted(e.findtext(f"{SVG}title") for e in edges)
    assert edge_titles == sorted(f"{r.source}->{r.target}" for r in analysis.relations)


def test_labels_escape_quotes_backslashes_and_entities() -> None:
    assert quote('say "hi" \\ & go') == '"say \\"hi\\" \\\\ &amp; go"'
    assert quote("two\nlines") == '"two\\nlines"'
