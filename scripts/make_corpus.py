#!/usr/bin/env python3
"""Build a folder of op-ed variants for batch timing and benchmarks.

``make_corpus(out_dir, n=200, long_variants=0)`` writes ``n`` essays derived from the sample
essays in ``data/essays`` (txt, md and html; plus any extra ``sources``): deterministic variants
(a body paragraph dropped, figures nudged) so files mostly differ while claims and figures
still recur across files the way they do across real op-eds (a few variants can come out
identical, like syndicated copies). ``long_variants`` of the
``n`` essays are long ones made by joining the bodies of several sources. Files are spread over
nested sub-folders (``set00/``, ``set01/`` ...), as a real archive would be.

Usage: python scripts/make_corpus.py OUT_DIR [--n 200] [--long-variants 10] [--source FILE ...]
"""

from __future__ import annotations

import argparse
import random
import re
from collections.abc import Sequence
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "data" / "essays"
PER_FOLDER = 50
_NUMBER = re.compile(r"(?<![\w.])(\d{2,3})(?![\w.])")
_HTML_PARAGRAPH = re.compile(r"(<p\b[^>]*>.*?</p>)", re.S | re.I)


def default_sources() -> list[Path]:
    """The sample essays shipped with the repo, in name order."""
    return sorted(p for p in SAMPLES.iterdir() if p.suffix in {".txt", ".md", ".html"})


def _nudge_numbers(text: str, rng: random.Random) -> str:
    """Change a few two/three-digit figures (not years) so files differ but still read right."""

    def swap(match: re.Match[str]) -> str:
        value = int(match.group(1))
        if 1900 <= value <= 2100 or rng.random() > 0.3:
            return match.group(1)
        return str(value + rng.choice((-2, -1, 1, 2)))

    return _NUMBER.sub(swap, text)


def _drop_paragraph(text: str, suffix: str, rng: random.Random) -> str:
    """Drop one inner body paragraph (never the first three blocks or the last one)."""
    if suffix == ".html":
        blocks = _HTML_PARAGRAPH.findall(text)
        if len(blocks) > 4:
            return text.replace(rng.choice(blocks[1:-1]), "", 1)
        return text
    blocks = text.split("\n\n")
    if len(blocks) > 5:
        del blocks[rng.randrange(3, len(blocks) - 1)]
    return "\n\n".join(blocks)


def _body(text: str, suffix: str) -> str:
    """The prose of a source as plain paragraphs (for joining several into one long essay)."""
    if suffix == ".html":
        paragraphs = [re.sub(r"<[^>]+>", "", p).strip() for p in _HTML_PARAGRAPH.findall(text)]
        return "\n\n".join(p for p in paragraphs if p)
    blocks = [b for b in text.split("\n\n") if len(b.split()) > 12 and not b.startswith("#")]
    return "\n\n".join(blocks)


def make_corpus(
    out_dir: str | Path,
    n: int = 200,
    long_variants: int = 0,
    *,
    sources: Sequence[str | Path] | None = None,
    seed: int = 0,
) -> list[Path]:
    """Write ``n`` essays under ``out_dir`` (``long_variants`` of them long); return their paths.

    The same arguments always give the same files, byte for byte.
    """
    if n < 0 or not 0 <= long_variants <= n:
        raise ValueError("need 0 <= long_variants <= n")
    paths = [Path(p) for p in (sources or default_sources())]
    if not paths:
        raise ValueError(f"no source essays found in {SAMPLES}")
    texts = [(p.stem, p.suffix, p.read_text(encoding="utf-8")) for p in paths]
    out = Path(out_dir)
    written: list[Path] = []
    for i in range(n):
        rng = random.Random(f"{seed}-{i}")
        folder = out / f"set{i // PER_FOLDER:02d}"
        folder.mkdir(parents=True, exist_ok=True)
        if i < long_variants:
            picks = [texts[(i + k) % len(texts)] for k in range(rng.randint(3, 5))]
            title = f"Long read {i}: AI and the future of diplomacy"
            body = "\n\n".join(_body(text, suffix) for _stem, suffix, text in picks)
            target = folder / f"essay{i:04d}_long.txt"
            target.write_text(f"{title}\n\n{_nudge_numbers(body, rng)}\n", encoding="utf-8")
        else:
            stem, suffix, text = texts[i % len(texts)]
            variant = _nudge_numbers(_drop_paragraph(text, suffix, rng), rng)
            target = folder / f"essay{i:04d}_{stem}{suffix}"
            target.write_text(variant, encoding="utf-8")
        written.append(target)
    return written


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--n", type=int, default=200)
    parser.add_argument("--long-variants", type=int, default=0)
    parser.add_argument("--source", action="append", type=Path, help="Extra source essay")
    args = parser.parse_args(argv)
    sources = [*default_sources(), *(args.source or [])]
    written = make_corpus(args.out_dir, args.n, args.long_variants, sources=sources)
    print(f"wrote {len(written)} essays under {args.out_dir}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
