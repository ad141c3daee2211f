"""Mermaid export: the flowchart syntax a Markdown viewer needs, with labels that stay quoted.

There is no offline Mermaid renderer here (@mermaid-js/mermaid-cli downloads a browser), so this
checks the grammar we emit line by line and decodes every label back to the unit text.
"""

from __future__ import annotations

import re

import pytest

from aidip_cli.export._mermaid import ENTITIES
from aidip_cli.export._text import one_line
from aidip_cli.export.registry import export
from aidip_cli.schema import RelationType
from helpers import ALL_FIXTURES

NODE = re.compile(r'^  (n\d+)\["([^"\n]*)"\]:::(\w+)$')
EDGE = re.compile(r"^  (n\d+) (-->\|support\||-\.->\|attack\|) (n\d+)$")
COMMENT = re.compile(r"^  %% .*$")
CLASSDEF = re.compile(r"^  classDef (\w+) [\w:#,.\- ]+$")
ROLE_NAME = {"major_claim": "major claim"}
KEYWORDS = {"end", "graph", "subgraph", "flowchart", "classDef", "class", "style", "click"}


CODE = re.compile(r"#(\w+);")


def decode(label: str) -> str:
    """Decode entity codes in one pass, as Mermaid does."""
    chars = {code: char for char, code in ENTITIES.items()}
    return CODE.sub(lambda m: chars[m[0]], label)


@pytest.mark.parametrize("fixture", sorted(ALL_FIXTURES))
def test_mermaid_flowchart_parses_and_labels_decode_to_unit_text(fixture: str) -> None:
    analysis = ALL_FIXTURES[fixture]()
    lines = export(analysis, "mermaid").splitlines()
    assert lines[0] == "flowchart TD"
    nodes: dict[str, tuple[str, str]] = {}
    edges: list[tuple[str, str, str]] = []
    defined: set[str] = set()
    for line in lines[1:]:
        if match := NODE.match(line):
            nodes[match[1]] = (match[2], match[3])
        elif match := EDGE.match(line):
            edges.append((match[1], match[2], match[3]))
        elif match := CLASSDEF.match(line):
            defined.add(match[1])
        else:
            assert COMMENT.match(line), f"line Mermaid would not parse: {line!r}"
    assert len(nodes) == len(analysis.units)
    assert not set(nodes) & KEYWORDS
    assert {cls for _, cls in nodes.values()} <= defined
    id_of = {}
    for node_id, unit in zip(nodes, analysis.units, strict=True):
        label, _ = nodes[node_id]
        assert not set(label) & {'"', "<", ">", "&", "`", "\\"}
        role = ROLE_NAME.get(unit.role.value, unit.role.value)
        assert decode(label) == f"{unit.id} · {role}: {one_line(unit.text)}"
        id_of[unit.id] = node_id
    arrow = {RelationType.SUPPORT: "-->|support|", RelationType.ATTACK: "-.->|attack|"}
    assert edges == [(id_of[r.source], arrow[r.type], id_of[r.target]) for r in analysis.relations]


def test_hash_is_encoded_so_it_cannot_start_an_entity() -> None:
    text = export(ALL_FIXTURES["nasty"](), "mermaid")
    assert "#35;quot;" in text  # the literal text "#quot;" survives as text
