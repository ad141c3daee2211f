"""``summary.json`` and the end-of-run table: totals, gates, failures and the corpus view.

Nothing here depends on timing or worker count, so ``summary.json`` is as reproducible as the
outputs; the wall time and rate are only printed.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from ..errors import printable
from ..version import __version__
from ._corpus import corpus_view
from ._records import BatchResult, FileRecord, GateOutcome
from .options import BatchOptions

if TYPE_CHECKING:
    from rich.console import Console


_TOTAL_FIELDS = (
    "units",
    "claims",
    "relations",
    "quantities",
    "unattributed_numbers",
    "unsupported_claims",
)


def totals(records: Sequence[FileRecord]) -> dict[str, int]:
    sums = dict.fromkeys(_TOTAL_FIELDS, 0)
    sums["no_major_claim"] = 0
    for record in records:
        if record.digest is None:
            continue
        stats = record.digest.stats
        for name in _TOTAL_FIELDS:
            sums[name] += getattr(stats, name)
        sums["no_major_claim"] += 0 if record.digest.major_claim else 1
    return sums


def build_summary(
    records: Sequence[FileRecord],
    gates: Sequence[GateOutcome],
    options: BatchOptions,
    exit_code: int,
) -> dict[str, Any]:
    ok = sum(1 for r in records if r.status == "ok")
    return {
        "tool": {"name": "aidip", "version": __version__},
        "options": options.describe(),
        "files": len(records),
        "ok": ok,
        "errors": len(records) - ok,
        "skipped": sum(1 for r in records if r.cached),
        "totals": totals(records),
        "gates": {
            g.gate: {
                "enabled": g.enabled,
                "findings": g.findings,
                "files": g.files,
                "failed": g.failed,
            }
            for g in gates
        },
        "exit_code": exit_code,
        "failed_inputs": [{"path": r.path, "error": r.error} for r in records if r.status != "ok"],
        "corpus": corpus_view(records),
    }


def _short(text: str, width: int = 90) -> str:
    flat = printable(" ".join(text.split()))
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def render_summary(result: BatchResult, console: Console) -> None:
    """The printed summary: one totals table, the gates, and the top of the corpus view."""
    from rich.table import Table

    summary = result.summary
    sums = summary["totals"]
    table = Table(title="aidip batch", title_justify="left", show_header=False)
    table.add_column("what")
    table.add_column("count", justify="right")
    rows = [(k, summary[k]) for k in ("files", "ok", "errors", "skipped")]
    rows += [(k, sums[k]) for k in ("units", "claims", "relations")]
    rows.append(("numbers without a named source", sums["unattributed_numbers"]))
    for name, value in rows:
        table.add_row(name, str(value))
    console.print(table)
    rate = (summary["ok"] - summary["skipped"]) / result.elapsed if result.elapsed > 0 else 0.0
    console.print(f"wall time {result.elapsed:.1f} s, {rate:.2f} essays/s analysed")
    for gate in result.gates:
        if gate.enabled:
            state = "FAILED" if gate.failed else "passed"
            console.print(
                f"gate {gate.gate}: {state} ({gate.findings} findings in {gate.files} files)"
            )
    corpus = summary["corpus"]
    claims = corpus["recurring_claims"]["groups"][:5]
    if claims:
        console.print("recurring claims:")
        for group in claims:
            console.print(f"  {group['essays']:>4} essays  {_short(group['text'])}", markup=False)
    figures = corpus["recurring_quantities"]["groups"][:5]
    if figures:
        console.print("recurring figures:")
        for group in figures:
            console.print(
                f"  {group['essays']:>4} essays  {_short(group['text'], 40)}", markup=False
            )
    speakers = corpus["top_speakers"][:8]
    if speakers:
        names = ", ".join(
            f"{s['speaker']} ({s['statements']} in {s['essays']} essays)" for s in speakers
        )
        console.print(f"most quoted: {names}", markup=False)
    actors = corpus["top_actors"][:8]
    if actors:
        names = ", ".join(f"{a['actor']} ({a['mentions']})" for a in actors)
        console.print(printable(f"top actors: {names}"), markup=False)
    for failure in summary["failed_inputs"][:10]:
        line = printable(f"error: {failure['path']}: {failure['error']}")
        console.print(line, markup=False, soft_wrap=True)  # one greppable line per failure
    more = len(summary["failed_inputs"]) - 10
    if more > 0:
        console.print(f"... and {more} more failed inputs (see index.jsonl)")
