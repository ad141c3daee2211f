"""Graphviz DOT: the argument map as ``dot -Tsvg`` / ``-Tpng`` draws it.

Nodes are units, filled by role (major claim gold, claim blue, premise green, background grey
and dashed), labelled with the id, role and the text wrapped at 40 characters. Edges run
premise → conclusion (drawn bottom-up, so the major claim is on top): support is a solid green
arrow labelled "support", attack a dashed red arrow labelled "attack". Edge tooltips carry the
cue and confidence.

Escaping: labels are double-quoted DOT strings; ``\\`` and ``"`` are backslash-escaped, ``&`` is
written as ``&amp;`` (Graphviz decodes HTML entities in labels, so a literal ``&amp;`` in the
text would otherwise turn into ``&``), and line breaks are Graphviz's ``\\n``. The wrapping
only changes whitespace.
"""

from __future__ import annotations

import textwrap

from ..schema import Analysis, RelationType, Role

WRAP = 40

_NODE_STYLE = {
    Role.MAJOR_CLAIM: 'fillcolor="#f6c945", style="filled,bold", penwidth=2',
    Role.CLAIM: 'fillcolor="#9cc8f0", style=filled',
    Role.PREMISE: 'fillcolor="#bfe8b5", style=filled',
    Role.BACKGROUND: 'fillcolor="#eeeeee", style="filled,dashed", fontcolor="#555555"',
}
_EDGE_STYLE = {
    RelationType.SUPPORT: 'color="#2e7d32", fontcolor="#2e7d32", style=solid',
    RelationType.ATTACK: 'color="#c62828", fontcolor="#c62828", style=dashed, arrowhead=tee',
}
_ROLE_NAME = {
    Role.MAJOR_CLAIM: "major claim",
    Role.CLAIM: "claim",
    Role.PREMISE: "premise",
    Role.BACKGROUND: "background",
}


def quote(text: str, *, label: bool = True) -> str:
    """A DOT double-quoted string; for labels ``&`` becomes ``&amp;`` and ``\\n`` breaks lines."""
    escaped = text.replace("\\", "\\\\").replace('"', '\\"')
    if label:
        escaped = escaped.replace("&", "&amp;")
    return '"' + "\\n".join(escaped.splitlines() or [""]) + '"'


def wrap(text: str, width: int = WRAP) -> str:
    """Break at whitespace only (never inside a word), so joining lines gives the text back."""
    lines = textwrap.wrap(text, width=width, break_long_words=False, break_on_hyphens=False)
    return "\n".join(lines)


def node_label(analysis: Analysis, unit_id: str) -> str:
    """The label text of one node before DOT quoting: header line, then the wrapped text."""
    unit = analysis.unit(unit_id)
    return f"{unit.id} · {_ROLE_NAME[unit.role]}\n{wrap(unit.text)}"


def to_dot(analysis: Analysis) -> str:
    """A ``digraph`` with one node per unit and one edge per relation."""
    lines = [
        "digraph argument {",
        '  graph [rankdir=BT, charset="UTF-8", nodesep=0.4, ranksep=0.6];',
        '  node [shape=box, style=filled, fontname="Helvetica", fontsize=10, margin="0.15,0.08"];',
        '  edge [fontname="Helvetica", fontsize=9];',
    ]
    known = {unit.id for unit in analysis.units}
    for unit in analysis.units:
        label = quote(node_label(analysis, unit.id))
        lines.append(f"  {quote(unit.id, label=False)} [label={label}, {_NODE_STYLE[unit.role]}];")
    for relation in analysis.relations:
        if relation.source not in known or relation.target not in known:
            continue
        tooltip = quote(f"{relation.type.value} ({relation.confidence:.2f}): {relation.cue}")
        lines.append(
            f"  {quote(relation.source, label=False)} -> {quote(relation.target, label=False)} "
            f"[label={quote(relation.type.value)}, tooltip={tooltip}, "
            f"{_EDGE_STYLE[relation.type]}];"
        )
    lines.append("}")
    return "\n".join(lines) + "\n"
