"""A single self-contained HTML report: the essay marked up by role, the tree, the numbers.

One file, no network: inline CSS and a small inline script. The essay text is shown with each
unit highlighted in its role colour and labelled (as spaCy's displaCy marks entities) and the
excluded boilerplate dimmed with its reason. Hovering, focusing or clicking a unit shows what
it supports or attacks and what supports or attacks it. Everything the reader needs is also
plain HTML that works without JavaScript: the argument tree as nested lists, the numbers
table, the excluded spans.

Safety: every string that comes from the input (texts, ids, titles, paths, cues, reasons) goes
through :func:`html.escape`, so an op-ed containing ``<script>`` shows it as text. The JSON the
script reads is embedded with ``<``, ``>``, ``&`` and non-ASCII as ``\\uXXXX`` escapes, so it
cannot close its ``<script>`` element.
"""

from __future__ import annotations

import json
from html import escape

from ..queries import TreeNode, build_forest, source_label
from ..schema import Analysis, Quantity, RelationType, Role, Unit
from ._html_assets import CSS, JS

ROLE_NAME = {
    Role.MAJOR_CLAIM: "major claim",
    Role.CLAIM: "claim",
    Role.PREMISE: "premise",
    Role.BACKGROUND: "background",
}
_VERB = {RelationType.SUPPORT: "supports", RelationType.ATTACK: "attacks"}


def e(value: object) -> str:
    """HTML-escape anything (quotes too, so the result is safe inside attributes)."""
    return escape(str(value), quote=True)


def script_json(data: object) -> str:
    """JSON that is also a safe JavaScript literal inside ``<script>``."""
    text = json.dumps(data, ensure_ascii=True, sort_keys=True, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _mark(unit: Unit) -> str:
    role = unit.role.value
    return (
        f'<mark class="unit role-{role}" id="unit-{e(unit.id)}" data-unit="{e(unit.id)}" '
        f'dir="auto" tabindex="0" title="{e(unit.id)} · {ROLE_NAME[unit.role]}">{e(unit.text)}'
        f'<span class="label">{ROLE_NAME[unit.role]}</span></mark>'
    )


def essay_html(analysis: Analysis) -> str:
    """The full text with unit marks and dimmed excluded spans, in offset order.

    A span whose offsets fall outside the text or overlap an earlier span is left unmarked
    (its text still shows); the tree below lists every unit regardless.
    """
    text = analysis.text
    spans: list[tuple[int, int, str]] = []
    for unit in analysis.units:
        spans.append((unit.start, unit.end, _mark(unit)))
    for span in analysis.excluded:
        reason = span.reason.value.replace("_", " ")
        spans.append(
            (
                span.start,
                span.end,
                f'<span class="excluded" title="excluded: {e(reason)}">'
                f'{e(text[span.start : span.end])}<span class="label">{e(reason)}</span></span>',
            )
        )
    spans.sort(key=lambda s: (s[0], -s[1]))
    parts: list[str] = []
    cursor = 0
    for start, end, markup in spans:
        if start < cursor or end > len(text) or end <= start:
            continue
        parts.append(e(text[cursor:start]))
        parts.append(markup)
        cursor = end
    parts.append(e(text[cursor:]))
    return "".join(parts)


def _tree_item(node: TreeNode) -> str:
    unit = node.unit
    badge = ""
    if node.relation is not None:
        kind = node.relation.type
        badge = f'<span class="badge rel-{kind.value}">{_VERB[kind]}</span>'
    ref = f'<a class="ref" href="#unit-{e(unit.id)}" data-unit="{e(unit.id)}">{e(unit.id)}</a>'
    role = f'<span class="badge role-{unit.role.value}">{ROLE_NAME[unit.role]}</span>'
    if node.repeat:
        return f'<li>{badge}{ref}<span class="repeat">(shown above)</span></li>'
    kinds = ", ".join(k.value for k in unit.kinds)
    kinds_html = f' <span class="repeat">[{e(kinds)}]</span>' if kinds else ""
    said = source_label(unit.attribution)
    speaker = f' <span class="speaker">— {e(said)}</span>' if said else ""
    body = (
        f'{badge}{ref}{role}<span class="node-text" dir="auto">{e(unit.text)}</span>'
        f"{speaker}{kinds_html}"
    )
    if node.children:
        inner = "".join(_tree_item(child) for child in node.children)
        body += f"<ul>{inner}</ul>"
    return f"<li>{body}</li>"


def tree_html(analysis: Analysis) -> str:
    """Nested ``<ul>`` lists: the major claim's tree, other fragments, then background."""
    forest = build_forest(analysis)
    out: list[str] = []
    main = [t for t in forest.trees if t.unit.id == analysis.major_claim]
    rest = [t for t in forest.trees if t.unit.id != analysis.major_claim]
    if main:
        out.append(f'<ul class="tree">{_tree_item(main[0])}</ul>')
    else:
        out.append('<p class="hint">No major claim was identified.</p>')
    if rest:
        out.append("<h3>Not connected to the major claim</h3>")
        out.append(f'<ul class="tree">{"".join(_tree_item(t) for t in rest)}</ul>')
    if forest.background:
        items = "".join(_tree_item(TreeNode(unit, None)) for unit in forest.background)
        out.append(f'<h3>Background</h3><ul class="tree">{items}</ul>')
    return "\n".join(out)


def _quantity_row(unit: Unit, quantity: Quantity) -> str:
    status = unit.attribution.status.value
    who = unit.attribution.speaker or unit.attribution.source
    source = f": {who}" if who else ""
    link = f'<a class="ref" href="#unit-{e(unit.id)}" data-unit="{e(unit.id)}">{e(unit.id)}</a>'
    cells = [  # (class attribute, cell content already escaped)
        ("", e(quantity.text)),
        ("num", e(quantity.as_written())),
        ("", e(quantity.unit)),
        ("", e(quantity.qualifier.replace("_", " "))),
        ("", e(quantity.horizon or "")),
        (f"status-{status}", e(status + source)),
        ("", link),
    ]
    tds = "".join(
        f'<td class="{cls}">{content}</td>' if cls else f"<td>{content}</td>"
        for cls, content in cells
    )
    return f"<tr>{tds}</tr>"


def numbers_html(analysis: Analysis) -> str:
    rows = [_quantity_row(u, q) for u in analysis.units for q in u.quantities]
    if not rows:
        return '<p class="hint">No figures were found.</p>'
    head = "".join(
        f"<th>{h}</th>"
        for h in ("Quantity", "Value", "Unit", "Qualifier", "Horizon", "Attribution", "In")
    )
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"


def excluded_html(analysis: Analysis) -> str:
    if not analysis.excluded:
        return '<p class="hint">Nothing was excluded.</p>'
    items = "".join(
        f'<li><span class="reason">{e(s.reason.value.replace("_", " "))}</span> {e(s.text)}</li>'
        for s in analysis.excluded
    )
    return f'<ul class="excluded-list">{items}</ul>'


def _n(count: int, word: str, plural: str | None = None) -> str:
    return f"{count} {word if count == 1 else plural or word + 's'}"


def _summary(analysis: Analysis) -> str:
    s = analysis.stats
    return (
        f"{_n(s.units, 'unit')} ({_n(s.major_claims, 'major claim')}, {_n(s.claims, 'claim')}, "
        f"{_n(s.premises, 'premise')}, {s.background} background) · "
        f"{_n(s.relations, 'relation')} ({s.supports} support, {s.attacks} attack) · "
        f"{_n(s.unsupported_claims, 'unsupported claim')} · {_n(s.quantities, 'figure')}, "
        f"{s.unattributed_numbers} without a named source"
    )


def script_data(analysis: Analysis) -> dict[str, object]:
    """What the inline script needs: roles and texts by id, relations as triples."""
    return {
        "units": {u.id: {"role": u.role.value, "text": u.text} for u in analysis.units},
        "relations": [[r.source, r.target, r.type.value] for r in analysis.relations],
    }


def to_html(analysis: Analysis) -> str:
    """The complete report as one HTML5 document (UTF-8, trailing newline)."""
    title = analysis.metadata.title or analysis.source.path or "Argument analysis"
    byline = [f"by {analysis.metadata.author}"] if analysis.metadata.author else []
    if analysis.source.path:
        byline.append(f"source: {analysis.source.path}")
    legend = "".join(f'<span class="role-{role.value}">{ROLE_NAME[role]}</span>' for role in Role)
    tool = analysis.tool
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="{e(tool.name)} {e(tool.version)}">
<title>{e(title)} · aidip</title>
<style>{CSS}</style>
</head>
<body>
<header>
<h1>{e(title)}</h1>
<p class="meta">{e(" · ".join(byline))}</p>
<p class="meta">{e(_summary(analysis))}</p>
<p class="legend">{legend}</p>
</header>
<main>
<section id="essay">
<h2>Essay</h2>
<p class="hint">Hover over or click a highlighted unit to see what it supports and what \
supports it (Esc releases a pinned unit). Dimmed text was set aside as boilerplate.</p>
<div class="essay">{essay_html(analysis)}</div>
</section>
<aside id="details" hidden></aside>
<section id="tree">
<h2>Argument</h2>
{tree_html(analysis)}
</section>
<section id="numbers">
<h2>Numbers</h2>
{numbers_html(analysis)}
</section>
<section id="excluded">
<h2>Excluded</h2>
{excluded_html(analysis)}
</section>
</main>
<footer>{e(tool.name)} {e(tool.version)} · engine {e(tool.engine)} · {e(tool.spacy_model)}</footer>
<script>
var DATA = {script_json(script_data(analysis))};
{JS}</script>
</body>
</html>
"""
