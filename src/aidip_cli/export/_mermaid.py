"""Mermaid ``flowchart TD``: an argument map that GitHub/GitLab Markdown viewers draw.

Paste it inside a fenced ```` ```mermaid ```` block. Node ids are ``n0``, ``n1``, ... in unit
order (Mermaid ids must be plain words, and ``end`` or ``graph`` would be keywords); a comment
line maps each back to its unit id. Labels are ``"..."`` strings reading ``u3 · claim: text``.
Edges run premise → conclusion: ``-->|support|`` and ``-.->|attack|``. Nodes are styled by role
with ``classDef`` classes.

Escaping: Mermaid labels cannot contain a raw ``"`` and treat ``#...;`` as an entity code, so
``" # < > & ` \\`` are written as ``#quot; #35; #lt; #gt; #amp; #96; #92;`` (``<`` and ``&``
because labels are rendered as HTML, the backtick because ``"`...`"`` starts a Markdown string,
the backslash so no renderer takes it for an escape). Line breaks become spaces. Kinds,
quantities, attribution and confidences are not expressible.
"""

from __future__ import annotations

from ..schema import Analysis, RelationType, Role
from ._text import one_line

ENTITIES = {
    "#": "#35;",
    '"': "#quot;",
    "<": "#lt;",
    ">": "#gt;",
    "&": "#amp;",
    "`": "#96;",
    "\\": "#92;",
}
_TABLE = str.maketrans(ENTITIES)

_CLASS = {
    Role.MAJOR_CLAIM: "major",
    Role.CLAIM: "claim",
    Role.PREMISE: "premise",
    Role.BACKGROUND: "background",
}
_CLASS_DEFS = (
    "classDef major fill:#f6c945,stroke:#8a6d00,stroke-width:2px,color:#000",
    "classDef claim fill:#9cc8f0,stroke:#2a5d8f,color:#000",
    "classDef premise fill:#bfe8b5,stroke:#3b7a2e,color:#000",
    "classDef background fill:#eeeeee,stroke:#888888,stroke-dasharray:4 3,color:#555",
)
_ARROW = {RelationType.SUPPORT: "-->|support|", RelationType.ATTACK: "-.->|attack|"}
_ROLE_NAME = {
    Role.MAJOR_CLAIM: "major claim",
    Role.CLAIM: "claim",
    Role.PREMISE: "premise",
    Role.BACKGROUND: "background",
}


def escape_label(text: str) -> str:
    """Label text safe inside Mermaid's ``"..."`` (entity codes, one line)."""
    return one_line(text).translate(_TABLE)


def to_mermaid(analysis: Analysis) -> str:
    """The flowchart source (trailing newline)."""
    ids = {unit.id: f"n{index}" for index, unit in enumerate(analysis.units)}
    lines = ["flowchart TD"]
    for unit in analysis.units:
        # The comment shows the unit id as plain text; strip what could end the comment line.
        lines.append(f"  %% {ids[unit.id]} = {one_line(unit.id)}")
        label = escape_label(f"{unit.id} · {_ROLE_NAME[unit.role]}: {unit.text}")
        lines.append(f'  {ids[unit.id]}["{label}"]:::{_CLASS[unit.role]}')
    for relation in analysis.relations:
        if relation.source in ids and relation.target in ids:
            arrow = _ARROW[relation.type]
            lines.append(f"  {ids[relation.source]} {arrow} {ids[relation.target]}")
    lines += [f"  {definition}" for definition in _CLASS_DEFS]
    return "\n".join(lines) + "\n"
