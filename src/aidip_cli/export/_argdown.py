"""Argdown: the argument as an indented text tree that the Argdown tools parse and map.

Each unit is a titled statement ``[u3]: text #claim #causal``: the title is the unit id, the
tags are the role and the kinds. Under the major claim, ``<+`` children support their parent
and ``<-`` children attack it. A unit with several parents is written in full once and then
referred to by its title (``<+ [u3]``). Fragments that do not reach the major claim follow as
their own trees; background units come last as plain statements under a ``# Background``
heading. An analysis without units is written as a lone heading, since Argdown rejects a
document that holds nothing but a comment.

Escaping: in unit text every character Argdown gives a meaning to (``[ ] < > # * _ / @ { } \\``)
is backslash-escaped, so ``#`` is not a tag, ``//`` not a comment and ``[x]`` not a reference.
Argdown statements are one line, so line breaks inside a unit become spaces — the only change
a round trip through Argdown makes to a text. A unit that reports someone else's words ends
with a comment naming the source (``// — Dana Whitlock (said)``). Quantities, offsets and
confidences are not expressible and are not exported.
"""

from __future__ import annotations

import re

from ..queries import TreeNode, build_forest, source_label
from ..schema import Analysis, RelationType, Unit
from ._text import one_line

_SPECIAL = re.compile(r"([\\\[\]<>#*_/@{}])")
_TITLE_UNSAFE = re.compile(r"[^A-Za-z0-9.-]+")
_ARROW = {RelationType.SUPPORT: "<+", RelationType.ATTACK: "<-"}
INDENT = "  "


def escape_text(text: str) -> str:
    """Unit text as Argdown reads it back verbatim (line breaks become spaces)."""
    return _SPECIAL.sub(r"\\\1", one_line(text))


def titles(analysis: Analysis) -> dict[str, str]:
    """Unit id → statement title: the id itself when it is plain, else a safe unique variant."""
    result: dict[str, str] = {}
    used: set[str] = set()
    for unit in analysis.units:
        base = _TITLE_UNSAFE.sub("-", unit.id).strip("-") or "unit"
        title, n = base, 2
        while title in used:
            title, n = f"{base}-{n}", n + 1
        used.add(title)
        result[unit.id] = title
    return result


def _tags(unit: Unit) -> str:
    return " ".join(f"#{tag}" for tag in [unit.role.value, *(k.value for k in unit.kinds)])


def _statement(unit: Unit, title: str) -> str:
    text = escape_text(unit.text).strip()
    said = source_label(unit.attribution)
    note = f" // — {one_line(said)}" if said else ""
    return f"[{title}]: {text} {_tags(unit)}{note}"


def _write(node: TreeNode, level: int, title: dict[str, str], lines: list[str]) -> None:
    unit = node.unit
    body = f"[{title[unit.id]}]" if node.repeat else _statement(unit, title[unit.id])
    if node.relation is None:
        lines.append(body)
    else:
        lines.append(f"{INDENT * level}{_ARROW[node.relation.type]} {body}")
    for child in node.children:
        _write(child, level + 1, title, lines)


def to_argdown(analysis: Analysis) -> str:
    """The Argdown document (trees separated by blank lines, trailing newline)."""
    forest = build_forest(analysis)
    title = titles(analysis)
    lines: list[str] = ["// Argument map exported by aidip: [title]: text #role #kinds", ""]
    for tree in forest.trees:
        _write(tree, 0, title, lines)
        lines.append("")
    if forest.background:
        lines += ["# Background", ""]
        for unit in forest.background:
            lines += [_statement(unit, title[unit.id]), ""]
    if not analysis.units:  # Argdown rejects a document that holds only a comment
        lines += ["# No argument units were found", ""]
    return "\n".join(lines).rstrip("\n") + "\n"
