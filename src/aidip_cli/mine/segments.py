"""Mining texts that are already cut into segments (corpora with gold units).

Evaluation on gold segments and training both need the analyser's features and tree for a
given segmentation rather than its own; :func:`predict_tree` gives them with the same scorer
and tree builder as ``aidip analyse``. Every segment takes part (none is left as background),
so the tree is complete.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from ..argtree import ArgTree
from ..nlp import get_nlp
from .scorers.base import Scorer
from .scorers.registry import get_scorer
from .tree.spanning import build_tree
from .units.attribution import attribute_units
from .units.features import UnitFeatures, unit_features


def predict_tree(
    segments: Sequence[str],
    *,
    paragraph_of: Sequence[int] | None = None,
    scorer: Scorer | str | None = None,
    pipeline: str | None = None,
) -> ArgTree:
    """The tree over ``segments``; ``scorer`` is a scorer or a name for :func:`get_scorer`."""
    features = segment_features(segments, paragraph_of=paragraph_of, pipeline=pipeline)
    chosen = scorer if scorer is not None and not isinstance(scorer, str) else get_scorer(scorer)
    decoded, _ = build_tree(features, chosen, allow_background=False)
    assert decoded.tree is not None  # every segment is active, so there is a root
    return decoded.tree


def segment_features(
    segments: Sequence[str],
    *,
    paragraph_of: Sequence[int] | None = None,
    pipeline: str | None = None,
) -> list[UnitFeatures]:
    """Features for pre-segmented text; each segment is parsed on its own.

    Results are cached per (segments, paragraphs, pipeline): cross-validated training and
    evaluation see the same texts many times, and the parse dominates their cost.
    """
    key = (tuple(segments), tuple(paragraph_of) if paragraph_of else None, pipeline)
    return list(_segment_features(*key))


# A sentence that opens with a subordinate clause ("Since ...", "And if ...") continues with
# its main clause; a conjunction after it ("..., and", "..., but") opens another clause. When
# the opening clause gives a reason, the main clause is concluded from it.
_FRONTED_REASON = re.compile(r"\W*(?:(?:and|but|so)\s+)?(?:since|because|as|given)\b", re.I)
_FRONTED = re.compile(
    r"\W*(?:(?:and|but|so|yet|or)\s+)?(?:if|since|because|as|although|though|when|while"
    r"|whereas|unless|once|given|even if|even though)\b",
    re.I,
)
_CONJUNCTIONS = {"and", "but", "or", "so", "yet", "as", "which", "for", "because", "since"}


def continuation_word(previous: str | None, segment: str) -> str | None:
    """The opening word of a segment that continues the previous one's sentence.

    "You should watch less TV," + "as it makes you stupid" is one sentence cut in two: the
    second part opens with a connective in mid-sentence, as the analyser's own split clauses do.
    """
    if previous is None:
        return None
    if previous.rstrip().rstrip("\"'”’)").endswith((".", "!", "?")):
        return None
    words = segment.split()
    if not words or not words[0][:1].islower():
        return None
    word = words[0].strip(",;:").lower()
    if _FRONTED.match(previous) and word not in _CONJUNCTIONS:
        return None  # "Since X, | the EU should act": the main clause, host of the fronted one
    return word


def fronted_reason(previous: str | None, segment: str) -> bool:
    """``segment`` is the main clause after a reason clause that opens the sentence ("Since X,"
    + "the EU should act")."""
    if previous is None or previous.rstrip().endswith((".", "!", "?")):
        return False
    words = segment.split()
    return bool(words) and words[0][:1].islower() and bool(_FRONTED_REASON.match(previous))


@lru_cache(maxsize=4096)
def _segment_features(
    segments: tuple[str, ...], paragraph_of: tuple[int, ...] | None, pipeline: str | None
) -> tuple[UnitFeatures, ...]:
    nlp = get_nlp(pipeline)
    paragraphs = list(paragraph_of) if paragraph_of else [0] * len(segments)
    sizes: dict[int, int] = {}
    for p in paragraphs:
        sizes[p] = sizes.get(p, 0) + 1
    n_paragraphs = len(sizes)
    seen: dict[int, int] = {}
    features: list[UnitFeatures] = []
    sentences: list[int] = []
    for i, doc in enumerate(nlp.pipe(segments)):
        p = paragraphs[i]
        pos = seen.get(p, 0)
        seen[p] = pos + 1
        previous = segments[i - 1] if i > 0 and paragraphs[i - 1] == p else None
        continues = continuation_word(previous, segments[i])
        after_reason = continues is None and fronted_reason(previous, segments[i])
        features.append(
            unit_features(
                doc[:],
                index=i,
                paragraph=p,
                n_paragraphs=n_paragraphs,
                position_in_paragraph=pos,
                paragraph_size=sizes[p],
                split_connective=continues,
            )
        )
        features[-1].after_fronted_reason = after_reason
        sentences.append(sentences[-1] + (continues is None) if sentences else 0)
    attributions = attribute_units(
        [f.voice for f in features], paragraphs, sentences, [f.split_connective for f in features]
    )
    for f, attribution in zip(features, attributions, strict=True):
        f.attribution = attribution
    return tuple(features)
