"""Evaluation harness: corpus loaders, the microtext metrics, and the runs behind `aidip evaluate`.

Nothing here imports spaCy until an analysis is actually requested (``--units predicted`` or the
web-discourse corpus), and no corpus data is stored in the package: loaders take paths.

Modules: :mod:`.microtexts` (arggraph XML → gold trees), :mod:`.trees` (the tree type),
:mod:`.metrics` (cc / ro / fu / at / lat), :mod:`.engines` (baseline and default engine),
:mod:`.training` (per-fold training extension point), :mod:`.alignment` (predicted units vs gold
segments), :mod:`.webdiscourse` (Toulmin JSONL), :mod:`.runner` (settings end to end),
:mod:`.report` (JSON / rich / Markdown).
"""

from __future__ import annotations

from .metrics import level_vectors, macro_f1, score_fold, summarise
from .microtexts import MicroText, load_corpus, load_folds
from .trees import ArgTree, baseline_tree
from .webdiscourse import WebDoc, load_webdiscourse

__all__ = [
    "ArgTree",
    "MicroText",
    "WebDoc",
    "baseline_tree",
    "level_vectors",
    "load_corpus",
    "load_folds",
    "load_webdiscourse",
    "macro_f1",
    "score_fold",
    "summarise",
]
