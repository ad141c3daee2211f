"""Inputs for ``scripts/bench.py``: a corpus of op-eds, long single essays and big files.

The corpus comes from ``scripts/make_corpus.py`` when it is there (the batch tests use the
same builder); otherwise a small builder here copies the sample essays under variant names.
Long essays are body paragraphs of the sample essays joined in a fixed cycle, so "16x" is
sixteen times the words of the base essay, not one paragraph repeated.
"""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "data" / "essays"
BASE_ESSAY = SAMPLES / "01_compute_diplomacy.txt"


def sample_essays() -> list[Path]:
    """The original sample essays (txt, md, html), in name order."""
    return sorted(p for p in SAMPLES.iterdir() if p.suffix in {".txt", ".md", ".html"})


def build_corpus(out_dir: Path, n: int, long_variants: int) -> tuple[list[Path], str]:
    """Write ``n`` essays under ``out_dir``; return their paths and which builder made them."""
    maker = REPO / "scripts" / "make_corpus.py"
    if maker.is_file():
        spec = importlib.util.spec_from_file_location("aidip_make_corpus", maker)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        paths = module.make_corpus(out_dir, n=n, long_variants=long_variants)
        return [Path(p) for p in paths], "scripts/make_corpus.py"
    # Fallback: plain copies of the samples (identical texts parse the same; fine for timing).
    out_dir.mkdir(parents=True, exist_ok=True)
    sources = sample_essays()
    paths = []
    for i in range(n):
        source = sources[i % len(sources)]
        target = out_dir / f"essay{i:04d}_{source.name}"
        shutil.copyfile(source, target)
        paths.append(target)
    return paths, "copies of data/essays (scripts/make_corpus.py absent)"


def body_paragraphs() -> list[str]:
    """Body paragraphs of every sample essay, after ingest (what the analyser parses)."""
    from aidip_cli.ingest import load_path

    pool: list[str] = []
    for path in sample_essays():
        document = load_path(path)
        pool.extend(document.text[s:e] for s, e in document.paragraphs)
    return pool


def base_words() -> int:
    """Words in the body paragraphs of the base essay (the "1x" of the scaling test)."""
    from aidip_cli.ingest import load_path

    document = load_path(BASE_ESSAY)
    return sum(len(document.text[s:e].split()) for s, e in document.paragraphs)


def long_essay(target_words: int) -> str:
    """Body paragraphs of the sample essays, cycled until ``target_words`` words are reached.

    Starts with the base essay's own paragraphs, so 1x is (about) the base essay.
    """
    from aidip_cli.ingest import load_path

    base = load_path(BASE_ESSAY)
    pool = [base.text[s:e] for s, e in base.paragraphs]
    pool += [p for p in body_paragraphs() if p not in pool]
    chosen: list[str] = []
    words = 0
    i = 0
    while words < target_words:
        paragraph = pool[i % len(pool)]
        chosen.append(paragraph)
        words += len(paragraph.split())
        i += 1
    return "\n\n".join(chosen) + "\n"


def big_file(path: Path, size_bytes: int) -> Path:
    """A plain-text file of about ``size_bytes`` made of cycled body paragraphs."""
    pool = body_paragraphs()
    parts: list[str] = []
    total = 0
    i = 0
    while total < size_bytes:
        paragraph = pool[i % len(pool)]
        parts.append(paragraph)
        total += len(paragraph.encode("utf-8")) + 2
        i += 1
    path.write_text("\n\n".join(parts) + "\n", encoding="utf-8")
    return path
