"""The argument map in the terminal: rich renderables built from an Analysis, nothing else.

Small pieces (header, tree, numbers, summary, excluded) composed by :func:`argument_map`, so a
caller can print any one of them. Colour follows the role; rich drops the colour codes itself
when stdout is not a terminal or NO_COLOR is set.
"""

from __future__ import annotations

import os

from rich.console import Console, Group, RenderableType
from rich.panel import Panel
from rich.table import Table
from rich.text import Text
from rich.tree import Tree

from .queries import (
    TreeNode,
    build_forest,
    source_label,
    unattributed_numbers,
    unsupported_claims,
)
from .schema import Analysis, Relation, RelationType, Role, Unit

ROLE_STYLE = {
    Role.MAJOR_CLAIM: "bold magenta",
    Role.CLAIM: "bold cyan",
    Role.PREMISE: "green",
    Role.BACKGROUND: "dim",
}
ROLE_LABEL = {
    Role.MAJOR_CLAIM: "MAJOR CLAIM",
    Role.CLAIM: "CLAIM",
    Role.PREMISE: "PREMISE",
    Role.BACKGROUND: "BACKGROUND",
}


def unit_label(unit: Unit, relation: Relation | None = None) -> Text:
    """One node of the map: relation arrow, role badge, text, then kinds, cues and numbers."""
    label = Text()
    guess = relation is not None and relation.basis == "fallback"
    if relation is not None:
        if relation.type == RelationType.ATTACK:
            label.append("✗ attacks ", style="dim" if guess else "bold red")
        else:
            label.append("✓ supports ", style="dim" if guess else "green")
        basis = " · fallback" if guess else ""
        label.append(f"[{relation.cue} · {relation.confidence:.2f}{basis}] ", style="dim")
    label.append(f"{ROLE_LABEL[unit.role]} {unit.id} ", style=ROLE_STYLE[unit.role])
    if unit.from_headline:
        label.append("(headline) ", style="dim")
    label.append(unit.text, style="dim" if guess else "")
    details: list[str] = []
    if unit.kinds:
        details.append("kinds: " + ", ".join(k.value for k in unit.kinds))
    if unit.hedges:
        details.append("hedges: " + ", ".join(unit.hedges))
    if unit.boosters:
        details.append("boosters: " + ", ".join(unit.boosters))
    for q in unit.quantities:
        piece = f"number: {q.text} = {q.as_written()}"
        if q.qualifier != "exact":
            piece += f" ({q.qualifier})"
        if q.horizon:
            piece += f", horizon {q.horizon}"
        details.append(piece)
    if unit.quantities and unit.attribution.status.value == "none":
        details.append("source: none named")
    said = source_label(unit.attribution)
    if said is not None:
        label.append(f"\n   — {said}", style="bold" if unit.attribution.speaker else "yellow")
    if details:
        label.append("\n   " + " · ".join(details), style="dim italic")
    return label


def header(analysis: Analysis) -> RenderableType:
    meta = analysis.metadata
    lines = Text()
    lines.append(meta.title or "(untitled)", style="bold")
    if meta.author:
        lines.append(f"\nby {meta.author}")
    src = analysis.source
    lines.append(
        f"\n{src.path or '<stdin>'} · {src.format} · {src.encoding} · {analysis.stats.words} words",
        style="dim",
    )
    return Panel(lines, title="aidip argument map", title_align="left")


def _grow(branch: Tree, node: TreeNode) -> None:
    """Add ``node``'s children under ``branch`` (iteratively: a chain may be long)."""
    stack = [(branch, node)]
    while stack:
        parent, current = stack.pop()
        for child in current.children:
            if child.repeat:
                label = Text(f"↺ {child.unit.id} (shown above)", style="dim")
                parent.add(label)
                continue
            stack.append((parent.add(unit_label(child.unit, child.relation)), child))


def argument_tree(analysis: Analysis) -> RenderableType:
    """The tree from the major claim, then what the text does not connect to it (a paragraph of
    reported or narrated evidence that says for what), then the background."""
    if analysis.major_claim is None:
        return Text("No major claim found: the text does not argue for a position.", style="yellow")
    forest = build_forest(analysis)
    parts: list[RenderableType] = []
    if forest.argument is not None:
        root = Tree(unit_label(forest.argument.unit), guide_style="dim")
        _grow(root, forest.argument)
        parts.append(root)
    if forest.fragments:
        loose = Tree(Text("Not connected to the major claim", style="dim"), guide_style="dim")
        for node in forest.fragments:
            _grow(loose.add(unit_label(node.unit)), node)
        parts.append(loose)
    if forest.background:
        bg = Tree(Text("Background", style="dim"), guide_style="dim")
        for unit in forest.background:
            bg.add(unit_label(unit))
        parts.append(bg)
    return Group(*parts)


def numbers_table(analysis: Analysis) -> RenderableType | None:
    rows = [(u, q) for u in analysis.units for q in u.quantities]
    if not rows:
        return None
    table = Table(title="Numbers cited", title_justify="left", show_lines=False)
    for column in ("unit", "figure", "value", "qualifier", "horizon", "source"):
        table.add_column(column)
    for unit, q in rows:
        status = unit.attribution.status.value
        named = unit.attribution.speaker or unit.attribution.source
        source = named if status == "named" else status
        style = "" if status == "named" else "yellow"
        table.add_row(
            unit.id,
            q.text,
            q.as_written(),
            q.qualifier,
            q.horizon or "",
            Text(source or "", style=style),
        )
    return table


def _share(part: int, whole: int) -> str:
    return f"{part} ({part / whole:.0%})" if whole else "0"


def summary_table(analysis: Analysis) -> RenderableType:
    stats = analysis.stats
    table = Table(title="Summary", title_justify="left", show_header=False)
    table.add_column("what")
    table.add_column("count", justify="right")
    rows = [
        ("units", stats.units),
        ("major claim", stats.major_claims),
        ("claims", stats.claims),
        ("premises", stats.premises),
        ("background", stats.background),
        ("relations (support / attack)", f"{stats.relations} ({stats.supports} / {stats.attacks})"),
        ("fallback relations (position alone)", _share(stats.fallback_relations, stats.relations)),
        ("unsupported claims", stats.unsupported_claims),
        ("numbers cited", stats.quantities),
        ("statistical units without a named source", stats.unattributed_numbers),
        ("excluded (boilerplate) pieces", stats.excluded),
    ]
    for what, count in rows:
        table.add_row(what, str(count))
    unsupported = [u.id for u in unsupported_claims(analysis.units, analysis.relations)]
    unsourced = [u.id for u in unattributed_numbers(analysis.units)]
    notes = Text()
    if unsupported:
        notes.append("unsupported claims: " + ", ".join(unsupported) + "\n", style="yellow")
    if unsourced:
        notes.append("numbers without a named source: " + ", ".join(unsourced), style="yellow")
    return Group(table, notes) if notes else table


def excluded_list(analysis: Analysis) -> RenderableType | None:
    if not analysis.excluded:
        return None
    text = Text("Excluded from analysis\n", style="dim bold")
    for span in analysis.excluded:
        snippet = " ".join(span.text.split())
        if len(snippet) > 90:
            snippet = snippet[:87] + "..."
        text.append(f"  [{span.reason.value}] {snippet}\n", style="dim")
    return text


def argument_map(analysis: Analysis) -> RenderableType:
    parts: list[RenderableType | None] = [
        header(analysis),
        argument_tree(analysis),
        numbers_table(analysis),
        summary_table(analysis),
        excluded_list(analysis),
    ]
    return Group(*(p for p in parts if p is not None))


def console(**options: object) -> Console:
    """A rich console that honours NO_COLOR fully: no escape codes at all, not even bold."""
    if os.environ.get("NO_COLOR"):
        options.setdefault("color_system", None)
    return Console(**options)  # type: ignore[arg-type]
