#!/usr/bin/env python3
"""``make bench``: aidip's speed and memory, measured against its targets in one run.

Everything is measured in the same run on the same texts, so the ratios (batch vs bare spaCy,
2 workers vs 1, 16x vs 1x) hold even on a busy machine where absolute numbers wander. Results go
to ``docs/benchmarks.md`` (and stdout): a table, the machine, the versions and the command.

What is measured:

* bare spaCy: ``nlp.pipe`` over the body paragraphs the analyser parses, same pipeline;
* ``aidip analyse_documents`` in-process over the same documents (no start-up cost);
* ``aidip batch --workers 1`` and ``--workers 2`` as commands (wall time, fresh output folder),
  with the peak RSS of each process;
* ``aidip batch --executor dask --workers 2`` (a LocalCluster of 2 worker processes) against
  the local pool of 2: throughput, byte-identical outputs, client peak RSS, bytes per result,
  and the scheduler's own cost (no-op tasks per second, overhead per document);
* attribution's share: timers around its calls (``scripts/attribution_cost.py``; the garbage
  collector's pauses charged by the share of collections that start in its calls) in one more
  in-process run that drops each analysis once made, as the batch does, against that run and
  against the 1-worker batch;
* cold start of ``aidip --help``, ``aidip --version`` and ``aidip analyse`` on one op-ed;
* the analysis time of one essay at 1x, 4x and 16x its length (model already loaded);
* ``aidip analyse`` on big inputs (64 KB, 256 KB, 1 MB, 4 MB, 20 MB) while the time budget allows;
  sizes that would not fit are projected from the measured ones, and marked as projections.

Usage: python scripts/bench.py [--essays 200] [--big-budget 150] [--output docs/benchmarks.md]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections import deque
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import attribution_cost
import bench_inputs
import bench_proc

REPO = bench_inputs.REPO
MB = 1024 * 1024
SEED = REPO.parent / "shared" / "seeds" / "000_76ae3af1bec495f9.txt"
BIG_SIZES = (64 * 1024, 256 * 1024, 1 * MB, 4 * MB, 20 * MB)
RSS_TARGET = 400 * MB


@dataclass
class Row:
    measure: str
    value: str
    target: str = ""
    status: str = ""


def met(ok: bool) -> str:
    return "met" if ok else "NOT met"


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.lower().startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def aidip_command() -> list[str]:
    script = Path(sys.executable).parent / "aidip"
    return [str(script)] if script.is_file() else [sys.executable, "-m", "aidip_cli"]


def batch_command() -> tuple[list[str], str]:
    """``aidip batch``, or the batch module run through the CLI entry point if not registered."""
    base = aidip_command()
    shown = subprocess.run([*base, "--help"], capture_output=True, text=True, check=False)
    if re.search(r"^\s+batch\s", shown.stdout, re.M):  # a command line, not help prose
        return [*base, "batch"], ""
    shim = "import aidip_cli.cli._batch_cmd; from aidip_cli.cli import main; main()"
    note = "`batch` is not registered in `aidip --help` yet; ran its module via the CLI entry"
    return [sys.executable, "-c", shim, "batch"], note


def timed(fn, repeats: int = 1) -> float:  # type: ignore[no-untyped-def]
    """Median wall time of ``fn()`` over ``repeats`` calls."""
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def fmt_mb(n: float) -> str:
    return f"{n / MB:.0f} MB"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--essays", type=int, default=200, help="Essays in the batch corpus.")
    parser.add_argument("--long-variants", type=int, default=2, help="Long essays among them.")
    parser.add_argument(
        "--big-budget", type=float, default=150.0, help="Seconds allowed for big inputs."
    )
    parser.add_argument("--output", type=Path, default=REPO / "docs" / "benchmarks.md")
    parser.add_argument(
        "--chunk-size", type=int, default=8, help="Documents per chunk (the batch default)."
    )
    args = parser.parse_args(argv)
    started = time.perf_counter()
    rows: list[Row] = []
    notes: list[str] = []

    import spacy

    import aidip_cli
    from aidip_cli.api import analyse_documents
    from aidip_cli.ingest import load_path, load_text
    from aidip_cli.nlp import get_nlp, model_label

    aidip = aidip_command()
    with tempfile.TemporaryDirectory(prefix="aidip-bench-") as tmp_name:
        tmp = Path(tmp_name)
        print("building the corpus ...", flush=True)
        paths, builder = bench_inputs.build_corpus(tmp / "corpus", args.essays, args.long_variants)
        docs = [load_path(p) for p in paths]
        texts = [d.text[s:e] for d in docs for s, e in d.paragraphs]
        words = sum(len(t.split()) for t in texts)
        notes.append(
            f"Corpus: {len(docs)} essays ({args.long_variants} long), {words} words in "
            f"{len(texts)} body paragraphs, built by {builder}. Words = whitespace-separated "
            "tokens of the body paragraphs (the same count for every throughput)."
        )

        nlp = get_nlp()
        list(analyse_documents(docs[:2]))  # warm up: model, lexicons, scorer

        def bare() -> None:
            for _ in nlp.pipe(texts, batch_size=64):
                pass

        print("bare spaCy ...", flush=True)
        bare_first = timed(bare)
        print("in-process analysis ...", flush=True)
        inproc = timed(lambda: list(analyse_documents(docs)))
        print("attribution's share ...", flush=True)
        # (each analysis dropped once made, as the batch writes and drops it: a run that keeps
        # 200 analyses makes every full collection longer)
        attribution = attribution_cost.time_attribution(
            lambda: deque(analyse_documents(docs), maxlen=0)
        )

        batch, batch_note = batch_command()
        if batch_note:
            notes.append(batch_note + ".")
        batch_runs: dict[int, bench_proc.Run] = {}
        for workers in (1, 2):
            print(f"aidip batch --workers {workers} ...", flush=True)
            out = tmp / f"out-{workers}"
            cmd = [*batch, str(tmp / "corpus"), "-o", str(out), "--workers", str(workers)]
            cmd += ["--force", "--fail-on", "none"]
            result = bench_proc.run(cmd, interval=0.1)
            if result.returncode != 0:
                raise SystemExit(f"batch failed ({result.returncode}): {result.stderr[-2000:]}")
            batch_runs[workers] = result
        print("bare spaCy again ...", flush=True)
        bare_second = timed(bare)
        bare_s = (bare_first + bare_second) / 2
        notes.append(
            f"Bare spaCy was timed before and after the batch runs ({bare_first:.1f} s, "
            f"{bare_second:.1f} s); the table uses their mean, so drift in machine load "
            "between the measurements partly cancels."
        )
        bare_wps = words / bare_s
        rows.append(
            Row(
                "bare spaCy `nlp.pipe` (same paragraphs, same pipeline)", f"{bare_wps:,.0f} words/s"
            )
        )
        rows.append(
            Row(
                "`analyse_documents` in-process (no start-up)",
                f"{words / inproc:,.0f} words/s = {words / inproc / bare_wps:.2f}x bare",
            )
        )
        one = batch_runs[1].seconds
        two = batch_runs[2].seconds
        rows.append(
            Row(
                "`aidip batch --workers 1` (wall time of the command)",
                f"{words / one:,.0f} words/s, {len(docs) / one:.2f} essays/s "
                f"= {words / one / bare_wps:.2f}x bare",
                ">= 0.85x bare spaCy",
                met(words / one / bare_wps >= 0.85),
            )
        )
        rows.append(
            Row(
                "`aidip batch --workers 2` (wall time of the command)",
                f"{words / two:,.0f} words/s, {len(docs) / two:.2f} essays/s "
                f"= {one / two:.2f}x 1 worker",
                ">= 1.7x 1 worker",
                met(one / two >= 1.7),
            )
        )
        rows.append(
            Row(
                "attribution (who said it): its calls' wall time in an in-process run, the "
                "collector's pauses charged by the share of collections started in its calls; "
                "over that run / over `batch --workers 1`",
                f"{attribution.seconds:.2f} s of {attribution.run:.1f} s = "
                f"{attribution.seconds / attribution.run:.1%} / {attribution.seconds / one:.1%}",
                "<= 5% of the batch time",
                met(attribution.seconds / one <= 0.05),
            )
        )
        notes.append(
            f"Attribution: its own time {attribution.own:.2f} s, and {attribution.collector:.2f} "
            f"s of the collector's {attribution.pauses:.2f} s ({attribution.started_inside} of "
            f"{attribution.collections} collections started in its calls); see "
            "scripts/attribution_cost.py for why the pauses are not charged where they land."
        )
        rss1 = batch_runs[1].root_rss
        workers2 = batch_runs[2].child_rss
        worker_peak = max(workers2[:2], default=0)
        rows.append(
            Row(
                "peak RSS, batch: 1 worker (in-process) / largest of 2 workers / parent",
                f"{fmt_mb(rss1)} / {fmt_mb(worker_peak)} / {fmt_mb(batch_runs[2].root_rss)}",
                "<= 400 MB per worker",
                met(max(rss1, worker_peak) <= RSS_TARGET),
            )
        )

        rows.extend(_dask_rows(batch, tmp, docs, words, batch_runs, args.chunk_size, notes))

        print("cold start ...", flush=True)
        help_s, _ = bench_proc.median_time([*aidip, "--help"], 7)
        version_s, _ = bench_proc.median_time([*aidip, "--version"], 7)
        seed = SEED
        if not seed.is_file():
            seed = bench_inputs.BASE_ESSAY
            notes.append(
                "../shared is absent: cold `aidip analyse` ran on "
                "data/essays/01_compute_diplomacy.txt instead of the seed op-ed."
            )
        analyse_s, _ = bench_proc.median_time([*aidip, "analyse", str(seed)], 3)
        rows.append(
            Row(
                "cold `aidip --help` (median of 7)",
                f"{help_s:.3f} s",
                "<= 0.25 s",
                met(help_s <= 0.25),
            )
        )
        rows.append(Row("cold `aidip --version` (median of 7)", f"{version_s:.3f} s"))
        rows.append(Row(f"cold `aidip analyse {seed.name}` (median of 3)", f"{analyse_s:.2f} s"))

        print("scaling ...", flush=True)
        base_words = bench_inputs.base_words()
        scaling: dict[int, tuple[int, float, float]] = {}
        for factor, repeats in ((1, 5), (4, 3), (16, 1)):
            document = load_text(bench_inputs.long_essay(factor * base_words))
            paragraphs = [document.text[s:e] for s, e in document.paragraphs]
            n_words = sum(len(p.split()) for p in paragraphs)
            t_all = timed(lambda d=document: list(analyse_documents([d])), repeats)
            t_parse = timed(lambda p=paragraphs: list(nlp.pipe(p, batch_size=64)), repeats)
            scaling[factor] = (n_words, t_all, t_parse)
        w1, t1, p1 = scaling[1]
        for factor in (4, 16):
            wk, tk, pk = scaling[factor]
            rows.append(
                Row(
                    f"one essay at {factor}x length ({wk} words) vs 1x ({w1} words)",
                    f"{tk:.2f} s vs {t1:.2f} s = {tk / t1:.1f}x time "
                    f"(words {wk / w1:.1f}x; parse alone {pk / p1:.1f}x)",
                    "16x <= 18x time" if factor == 16 else "",
                    met(tk / t1 <= 18) if factor == 16 else "",
                )
            )

        print("big inputs ...", flush=True)
        budget_end = time.perf_counter() + args.big_budget
        measured: list[tuple[int, float, int]] = []
        for size in BIG_SIZES:
            label = f"{size / MB:g} MB" if size >= MB else f"{size // 1024} KB"
            remaining = budget_end - time.perf_counter()
            if measured:
                projection = _project(measured, size)
                if projection > remaining:
                    rows.append(
                        Row(
                            f"`aidip analyse` {label} file (json)",
                            f"not run: projected {projection:,.0f} s from the sizes above "
                            f"(budget left {max(remaining, 0):.0f} s)",
                            "<= 400 MB" if size == 20 * MB else "",
                            "unknown" if size == 20 * MB else "",
                        )
                    )
                    continue
            big = bench_inputs.big_file(tmp / f"big-{size}.txt", size)
            cmd = [
                *aidip,
                "analyse",
                str(big),
                "--max-chars",
                "25000000",
                "-f",
                "json",
                "-o",
                str(tmp / "big.json"),
            ]
            result = bench_proc.run(cmd, interval=0.1, timeout=max(remaining, 30))
            if result.returncode != 0:
                rows.append(
                    Row(
                        f"`aidip analyse` {label} file (json)",
                        f"stopped after {result.seconds:.0f} s (exit {result.returncode})",
                        "<= 400 MB" if size == 20 * MB else "",
                        "unknown",
                    )
                )
                break
            measured.append((size, result.seconds, result.root_rss))
            rows.append(
                Row(
                    f"`aidip analyse` {label} file (json)",
                    f"{result.seconds:.1f} s, peak RSS {fmt_mb(result.root_rss)}",
                    "<= 400 MB" if size == 20 * MB else "",
                    met(result.root_rss <= RSS_TARGET) if size == 20 * MB else "",
                )
            )
        print("odd inputs ...", flush=True)
        rows.extend(_odd_inputs(aidip, tmp))
        if len(measured) >= 2:
            (s_a, _, r_a), (s_b, _, r_b) = measured[-2], measured[-1]
            slope = (r_b - r_a) / (s_b - s_a)
            projected_rss = r_b + slope * (20 * MB - s_b)
            if measured[-1][0] < 20 * MB:
                notes.append(
                    f"Peak RSS grows by {slope:.1f} bytes per input byte between the two largest "
                    f"sizes measured; linear projection for 20 MB: {fmt_mb(projected_rss)} "
                    "(a projection, not a measurement)."
                )

    elapsed = time.perf_counter() - started
    env = [
        f"- Date: {dt.date.today().isoformat()}",
        f"- Machine: {cpu_model()}, {os.cpu_count()} cores ({platform.system()} "
        f"{platform.release()}); shared with other jobs, so absolute numbers are noisy — "
        "the ratios are measured in the same run",
        f"- Python {platform.python_version()}, spaCy {spacy.__version__}, "
        f"pipeline {model_label(nlp)}, aidip {aidip_cli.__version__}",
        "- Command: `make bench` (runs `"
        + " ".join(["python scripts/bench.py", *(sys.argv[1:] if argv is None else argv)])
        + "`)",
        f"- Run time of the benchmark: {elapsed:.0f} s",
    ]
    text = render(rows, env, notes)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(text, encoding="utf-8")
    print()
    print(text)
    return 0


def _noop(x: int) -> int:
    return x


def _scheduler_rate(n_tasks: int = 2000) -> float:
    """No-op tasks per second through a LocalCluster of 2 single-thread worker processes."""
    import logging

    from distributed import Client, LocalCluster

    with (
        LocalCluster(
            n_workers=2,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            silence_logs=logging.CRITICAL,
        ) as cluster,
        Client(cluster) as client,
    ):
        client.gather(client.map(_noop, range(50)))  # warm up
        started = time.perf_counter()
        client.gather(client.map(_noop, range(n_tasks), pure=False))
        return n_tasks / (time.perf_counter() - started)


def _dask_rows(  # type: ignore[no-untyped-def]
    batch: list[str], tmp: Path, docs, words: int, runs, chunk_size: int, notes: list[str]
) -> list[Row]:
    """Dask LocalCluster (2 workers) vs the local pool (2 workers), and the scheduler's cost."""
    try:
        import distributed  # noqa: F401
    except ImportError:
        notes.append("distributed is not installed: the Dask rows were not measured.")
        return []
    print("aidip batch --executor dask --workers 2 ...", flush=True)
    out = tmp / "out-dask"
    cmd = [*batch, str(tmp / "corpus"), "-o", str(out), "--workers", "2", "--executor", "dask"]
    result = bench_proc.run([*cmd, "--force", "--fail-on", "none"], interval=0.1)
    if result.returncode != 0:
        raise SystemExit(f"dask batch failed ({result.returncode}): {result.stderr[-2000:]}")
    local_out = tmp / "out-2"
    same = all(
        (out / p.relative_to(local_out)).read_bytes() == p.read_bytes()
        for p in local_out.rglob("*")
        if p.is_file()
    ) and len(list(out.rglob("*"))) == len(list(local_out.rglob("*")))
    two, dask_s = runs[2].seconds, result.seconds
    outputs = [p for p in out.rglob("*.json") if p.name != "summary.json"]
    result_bytes = sum(p.stat().st_size for p in outputs) / max(1, len(outputs))
    print("scheduler rate ...", flush=True)
    rate = _scheduler_rate()
    per_doc_ms = 1000 / rate / chunk_size
    one = runs[1].seconds
    notes.append(
        f"Dask: {len(docs) / one:.2f} documents per core-second (the 1-worker batch, start-up "
        f"included); {result_bytes / 1024:.1f} KB per result (mean analysis JSON); a "
        f"LocalCluster of 2 schedules {rate:,.0f} no-op tasks/s; chunks of {chunk_size} "
        "documents. docs/scaling.md turns these into a cost model."
    )
    return [
        Row(
            "`aidip batch --executor dask --workers 2` (LocalCluster, wall time)",
            f"{words / dask_s:,.0f} words/s, {len(docs) / dask_s:.2f} essays/s "
            f"= {two / dask_s:.2f}x local 2 workers; outputs identical: {'yes' if same else 'NO'}",
            ">= 0.85x local 2 workers",
            met(two / dask_s >= 0.85 and same),
        ),
        Row(
            "Dask scheduler overhead (no-op tasks, LocalCluster of 2)",
            f"{rate:,.0f} tasks/s = {1000 / rate:.2f} ms per task "
            f"= {per_doc_ms:.3f} ms per document at {chunk_size} per chunk",
        ),
        Row(
            "peak RSS, Dask client (scheduler in-process) / largest worker",
            f"{fmt_mb(result.root_rss)} / {fmt_mb(max(result.child_rss, default=0))}",
        ),
    ]


def _odd_inputs(aidip: list[str], tmp: Path) -> list[Row]:
    """The inputs issue 6 bounds: a 20 MB file at the default limit, a 200,000-char sentence."""
    rows = []
    big = bench_inputs.big_file(tmp / "big-20mb.txt", 20 * MB)
    result = bench_proc.run([*aidip, "analyse", str(big), "-f", "json"], interval=0.05, timeout=120)
    rows.append(
        Row(
            "`aidip analyse` 20 MB file, default `--max-chars` (refused, one-line error)",
            f"exit {result.returncode} in {result.seconds:.2f} s, "
            f"peak RSS {fmt_mb(result.root_rss)}",
            "<= 400 MB",
            met(result.returncode == 3 and result.root_rss <= RSS_TARGET),
        )
    )
    sentence = tmp / "one-sentence.txt"
    words = ("diplomacy", "requires", "shared", "rules", "for", "machine", "learning", "systems")
    sentence.write_text(" ".join(words[i % len(words)] for i in range(25_000))[:200_000])
    out = tmp / "one-sentence.json"
    result = bench_proc.run(
        [*aidip, "analyse", str(sentence), "-f", "json", "-o", str(out)], interval=0.05, timeout=600
    )
    rows.append(
        Row(
            "`aidip analyse` one 200,000-character sentence, no punctuation",
            f"exit {result.returncode} in {result.seconds:.1f} s, "
            f"peak RSS {fmt_mb(result.root_rss)}",
            "<= 400 MB",
            met(result.returncode == 0 and result.root_rss <= RSS_TARGET),
        )
    )
    return rows


def _project(measured: list[tuple[int, float, int]], size: int) -> float:
    """Time for ``size`` extrapolated from the measured sizes (power law through the last two)."""
    if len(measured) == 1:
        s, t, _ = measured[0]
        return t * size / s
    import math

    (s_a, t_a, _), (s_b, t_b, _) = measured[-2], measured[-1]
    exponent = max(1.0, math.log(max(t_b, 1e-3) / max(t_a, 1e-3)) / math.log(s_b / s_a))
    return t_b * (size / s_b) ** exponent


def render(rows: list[Row], env: list[str], notes: list[str]) -> str:
    lines = [
        "# Benchmarks",
        "",
        "Written by `make bench` (`scripts/bench.py`); rerun it to refresh this page.",
        "",
        *env,
        "",
        "| Measure | Value | Target | Status |",
        "| --- | --- | --- | --- |",
    ]
    lines += [f"| {r.measure} | {r.value} | {r.target} | {r.status} |" for r in rows]
    lines += ["", "Notes:", ""]
    lines += [f"- {n}" for n in notes]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    raise SystemExit(main())
