"""The corpus view: what recurs across essays (claims, figures), who is named, who is quoted
and which essays quote them, which kinds.

Near-duplicate claims are grouped by token-set Jaccard similarity of lowercased content words
(threshold 0.6), single-link: two claims join a group when they, or a chain of claims between
them, are that similar. Candidate pairs come from prefix filtering (a pair at or above the
threshold must share one of the rarest few tokens of each), so the cost stays near-linear
instead of comparing every claim with every other. Figures group on identical value + unit +
kind. Everything is ordered deterministically (by frequency, then input order).
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from fractions import Fraction
from typing import Any

from ..schema import Kind
from ._records import FileRecord

JACCARD_THRESHOLD = Fraction(3, 5)
MIN_CONTENT_WORDS = 3
TOP_GROUPS = 50
TOP_ACTORS = 20
TOP_SPEAKERS = 20

# Function words carry no claim content; kept short and local on purpose (not a domain lexicon).
_STOP_WORDS = """
    a an the and or but nor so yet for of to in on at by with from into onto over under about
    as than then that this these those there here it its it's is are was were be been being am
    do does did doing have has had having will would shall should can could may might must
    not no also only very more most much many such any some each every all both either neither
    i me my we us our you your he him his she her they them their who whom whose which what
    when where why how if while because although though since until unless whether
    just even still already ever again further once out up down off own same other another
"""
_STOP = frozenset(_STOP_WORDS.split())
_TOKEN = re.compile(r"[a-z0-9]+(?:[.,'’][a-z0-9]+)*")


def content_words(text: str) -> frozenset[str]:
    """Lowercased content words with a light plural strip ('nations' ~ 'nation')."""
    words = set()
    for token in _TOKEN.findall(text.lower()):
        token = token.replace("’", "'")
        if token in _STOP or (len(token) < 2 and not token.isdigit()):
            continue
        if len(token) > 3 and token.endswith("s") and not token.endswith("ss"):
            token = token[:-1]
        words.add(token)
    return frozenset(words)


class _UnionFind:
    def __init__(self, size: int) -> None:
        self.parent = list(range(size))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def _similar(a: frozenset[str], b: frozenset[str]) -> bool:
    inter = len(a & b)
    return Fraction(inter, len(a) + len(b) - inter) >= JACCARD_THRESHOLD


def similar_pairs(token_sets: Sequence[frozenset[str]]) -> list[tuple[int, int]]:
    """All pairs (i < j) with Jaccard ≥ threshold, found by prefix filtering."""
    frequency: Counter[str] = Counter(t for tokens in token_sets for t in tokens)
    index: dict[str, list[int]] = defaultdict(list)
    pairs: list[tuple[int, int]] = []
    for i, tokens in enumerate(token_sets):
        ordered = sorted(tokens, key=lambda t: (frequency[t], t))
        size = len(ordered)
        prefix = size - math.ceil(JACCARD_THRESHOLD * size) + 1
        candidates: set[int] = set()
        for token in ordered[:prefix]:
            candidates.update(index[token])
            index[token].append(i)
        for j in sorted(candidates):
            other = token_sets[j]
            if JACCARD_THRESHOLD * max(size, len(other)) <= min(size, len(other)) and _similar(
                tokens, other
            ):
                pairs.append((j, i))
    return sorted(pairs)


def recurring_claims(records: Sequence[FileRecord]) -> dict[str, Any]:
    items: list[tuple[int, str, str]] = []  # (record index, unit id, text)
    token_sets: list[frozenset[str]] = []
    for r_index, record in enumerate(records):
        if record.digest is None:
            continue
        for claim in record.digest.corpus.claims:
            tokens = content_words(claim.text)
            if len(tokens) >= MIN_CONTENT_WORDS:
                items.append((r_index, claim.unit, claim.text))
                token_sets.append(tokens)
    uf = _UnionFind(len(items))
    for a, b in similar_pairs(token_sets):
        uf.union(a, b)
    members: dict[int, list[int]] = defaultdict(list)
    for i in range(len(items)):
        members[uf.find(i)].append(i)
    groups = []
    for root, idxs in members.items():
        essays = sorted({items[i][0] for i in idxs})
        if len(essays) < 2:
            continue
        groups.append((-len(essays), -len(idxs), root, idxs, essays))
    groups.sort()
    out = [
        {
            "text": items[idxs[0]][2],
            "essays": len(essays),
            "claims": len(idxs),
            "members": [{"path": records[items[i][0]].path, "unit": items[i][1]} for i in idxs],
        }
        for _neg_e, _neg_m, _root, idxs, essays in groups[:TOP_GROUPS]
    ]
    return {"threshold": float(JACCARD_THRESHOLD), "groups_total": len(groups), "groups": out}


def recurring_quantities(records: Sequence[FileRecord]) -> dict[str, Any]:
    seen: dict[tuple[str, str, float], list[tuple[int, str]]] = defaultdict(list)
    for r_index, record in enumerate(records):
        if record.digest is None:
            continue
        for q in record.digest.corpus.quantities:
            seen[(q.kind, q.unit, q.value)].append((r_index, q.text))
    rows = []
    for (kind, unit, value), hits in seen.items():
        essays = sorted({r for r, _ in hits})
        if len(essays) >= 2:
            rows.append((-len(essays), hits[0][0], kind, unit, value, hits, essays))
    rows.sort(key=lambda row: row[:5])
    groups = [
        {
            "value": value,
            "unit": unit,
            "kind": kind,
            "text": hits[0][1],
            "essays": len(essays),
            "paths": [records[r].path for r in essays],
        }
        for _neg, _first, kind, unit, value, hits, essays in rows[:TOP_GROUPS]
    ]
    return {"groups_total": len(rows), "groups": groups}


def top_actors(records: Sequence[FileRecord]) -> list[dict[str, Any]]:
    mentions: Counter[str] = Counter()
    essays: Counter[str] = Counter()
    for record in records:
        if record.digest is None:
            continue
        actors = record.digest.corpus.actors
        mentions.update(actors)
        essays.update(set(actors))
    ranked = sorted(mentions, key=lambda a: (-mentions[a], -essays[a], a))
    return [{"actor": a, "mentions": mentions[a], "essays": essays[a]} for a in ranked[:TOP_ACTORS]]


def top_speakers(records: Sequence[FileRecord]) -> list[dict[str, Any]]:
    """The most quoted named speakers: how many units report them, and which essays do."""
    quotes: Counter[str] = Counter()
    essays: dict[str, list[str]] = defaultdict(list)
    for record in records:
        if record.digest is None:
            continue
        speakers = record.digest.corpus.speakers
        quotes.update(speakers)
        for speaker in dict.fromkeys(speakers):
            essays[speaker].append(record.path)
    ranked = sorted(quotes, key=lambda s: (-len(essays[s]), -quotes[s], s))
    return [
        {"speaker": s, "statements": quotes[s], "essays": len(essays[s]), "paths": essays[s]}
        for s in ranked[:TOP_SPEAKERS]
    ]


def claim_kinds(records: Sequence[FileRecord]) -> list[dict[str, Any]]:
    """Per essay: how many claims (incl. the major claim) carry each kind."""
    order = [k.value for k in Kind]
    rows = []
    for record in records:
        if record.digest is None:
            continue
        counts: Counter[str] = Counter(
            kind for claim in record.digest.corpus.claims for kind in claim.kinds
        )
        rows.append(
            {
                "path": record.path,
                "claims": len(record.digest.corpus.claims),
                "kinds": {k: counts[k] for k in order if counts[k]},
            }
        )
    return rows


def corpus_view(records: Sequence[FileRecord]) -> dict[str, Any]:
    return {
        "recurring_claims": recurring_claims(records),
        "recurring_quantities": recurring_quantities(records),
        "top_actors": top_actors(records),
        "top_speakers": top_speakers(records),
        "claim_kinds": claim_kinds(records),
    }
