"""The bundled sample op-eds and their hand-made gold annotations are consistent fixtures.

These tests check the fixtures, not the engine: a broken gold file would make every engine
comparison built on it meaningless, so each rule of ``data/essays/README.md`` is enforced here.
"""

from __future__ import annotations

import itertools
import json
import re
from functools import cache
from pathlib import Path
from typing import Any

import lxml.html
import pytest

from aidip_cli.schema import AttributionStatus, ExclusionReason, Kind, Role
from helpers import ESSAYS

GOLD_FILES = sorted(ESSAYS.glob("*.gold.json"))
ESSAY_SUFFIXES = {".txt", ".md", ".html"}
QUALIFIERS = {"exact", "over", "under", "about", "up_to", "at_least"}
# A unit that starts in lower case continues a sentence: it must open with one of these.
SPLIT_CONNECTIVES = (
    "as ",
    "because ",
    "since ",
    "so that ",
    "given that ",
    "for ",
    "therefore ",
    "which means ",
)
# Connectives that split a sentence; none of them may sit inside a unit unsplit.
UNSPLIT_CONNECTIVES = (
    ", as ",
    " because ",
    " since ",
    " so that ",
    " given that ",
    ", for ",
    "; therefore",
    ", which means ",
)


def _collapse(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


@cache
def essay_text(name: str) -> str:
    """The string unit texts index: raw text, or visible <body> text for HTML."""
    path = ESSAYS / name
    if path.suffix != ".html":
        return path.read_text(encoding="utf-8")
    root = lxml.html.fromstring(path.read_bytes())
    body = root.find("body")
    assert body is not None, f"{name}: no <body>"
    for element in body.xpath(".//script | .//style"):
        element.drop_tree()
    return _collapse(body.text_content())


def load(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))


def unit_spans(gold: dict[str, Any]) -> list[tuple[int, int]]:
    """Locate each unit after the previous one; fail if a unit is missing or out of order."""
    text = essay_text(gold["essay"])
    spans: list[tuple[int, int]] = []
    cursor = 0
    for unit in body_units(gold):
        start = text.find(unit["text"], cursor)
        assert start >= 0, f"{unit['id']} not found after offset {cursor}: {unit['text']!r}"
        spans.append((start, start + len(unit["text"])))
        cursor = start + len(unit["text"])
    return spans


def body_units(gold: dict[str, Any]) -> list[dict[str, Any]]:
    """The units that lie in the body: all but a thesis taken from the headline (``g0``)."""
    return [u for u in gold["units"] if not u.get("from_headline")]


def outside_quotes(text: str) -> str:
    """``text`` with every quotation (straight, curly or guillemets) blanked out."""
    return re.sub(r'"[^"]*"|“[^”]*”|«[^»]*»', lambda m: " " * len(m.group()), text)


def is_news_style(gold: dict[str, Any]) -> bool:
    """Essays 09+ follow the news-style additions of the README (attribution on every unit)."""
    return all("attribution" in u for u in gold["units"])


def parents(gold: dict[str, Any]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {u["id"]: [] for u in gold["units"]}
    for rel in gold["relations"]:
        out[rel["source"]].append(rel["target"])
    return out


gold_file = pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.name.split(".")[0])


def test_every_bundled_essay_has_a_gold_file() -> None:
    essays = sorted(
        p.name for p in ESSAYS.iterdir() if p.suffix in ESSAY_SUFFIXES and p.stem != "README"
    )
    golds = sorted(load(p)["essay"] for p in GOLD_FILES)
    assert len(essays) >= 5
    assert essays == golds
    for path in GOLD_FILES:
        assert path.name == Path(load(path)["essay"]).stem + ".gold.json"


@gold_file
def test_gold_unit_texts_are_exact_substrings_in_text_order(path: Path) -> None:
    gold = load(path)
    spans = unit_spans(gold)
    assert all(a[1] <= b[0] for a, b in itertools.pairwise(spans))
    ids = [u["id"] for u in body_units(gold)]
    assert ids == [f"g{i}" for i in range(1, len(ids) + 1)]
    assert 18 <= len(ids) <= 40
    headline_units = [u for u in gold["units"] if u.get("from_headline")]
    if headline_units:
        assert gold["units"][0] is headline_units[0] and len(headline_units) == 1
        assert headline_units[0]["id"] == "g0"
        assert headline_units[0]["text"] == gold["metadata"]["title"]
        assert headline_units[0]["role"] == Role.MAJOR_CLAIM


@gold_file
def test_gold_units_cover_every_body_sentence(path: Path) -> None:
    """Apart from excluded boilerplate, nothing but separators lies outside the units."""
    gold = load(path)
    text = essay_text(gold["essay"])
    covered = [False] * len(text)
    for start, end in unit_spans(gold):
        covered[start:end] = [True] * (end - start)
    for block in gold["excluded"]:
        assert ExclusionReason(block["reason"])
        start = text.find(block["text"])
        while start >= 0 and any(covered[start : start + len(block["text"])]):
            start = text.find(block["text"], start + 1)
        assert start >= 0, f"excluded block not found outside the body: {block['text']!r}"
        covered[start : start + len(block["text"])] = [True] * len(block["text"])
    leftover = "".join(ch for ch, done in zip(text, covered, strict=True) if not done)
    separators = " \n,;>" if gold["essay"].endswith(".md") else " \n,;"  # > marks a block quote
    assert set(leftover) <= set(separators), f"text outside units and excluded: {leftover!r}"


@gold_file
def test_gold_units_split_only_at_argumentative_connectives(path: Path) -> None:
    for unit in body_units(load(path)):
        text = unit["text"]
        assert not any(c in outside_quotes(text) for c in UNSPLIT_CONNECTIVES), unit["id"]
        if text[0].islower():
            assert text.startswith(SPLIT_CONNECTIVES), unit["id"]
        assert not text.endswith((",", ";", " ")), unit["id"]


@gold_file
def test_gold_has_exactly_one_major_claim(path: Path) -> None:
    gold = load(path)
    majors = [u["id"] for u in gold["units"] if u["role"] == Role.MAJOR_CLAIM]
    assert majors == [gold["major_claim"]]


@gold_file
def test_gold_relations_form_a_tree_rooted_at_the_major_claim(path: Path) -> None:
    gold = load(path)
    roles = {u["id"]: Role(u["role"]) for u in gold["units"]}
    for rel in gold["relations"]:
        assert rel["source"] in roles and rel["target"] in roles
        assert rel["type"] in {"support", "attack"}
        assert roles[rel["target"]] != Role.BACKGROUND
    out = parents(gold)
    for uid, role in roles.items():
        expected = 1 if role in (Role.CLAIM, Role.PREMISE) else 0
        assert len(out[uid]) == expected, f"{uid} ({role}) has {len(out[uid])} outgoing edges"
        seen = {uid}
        node = uid
        while out[node]:
            node = out[node][0]
            assert node not in seen, f"cycle through {node}"
            seen.add(node)
        assert role == Role.BACKGROUND or node == gold["major_claim"]


@gold_file
def test_gold_roles_match_the_tree(path: Path) -> None:
    """A claim is supported by another unit; a premise has no support of its own."""
    gold = load(path)
    supported = {r["target"] for r in gold["relations"] if r["type"] == "support"}
    for unit in gold["units"]:
        if unit["role"] == Role.CLAIM:
            assert unit["id"] in supported, unit["id"]
        if unit["role"] == Role.PREMISE:
            assert unit["id"] not in supported, unit["id"]


@gold_file
def test_gold_essay_body_is_600_to_1200_words(path: Path) -> None:
    words = sum(len(u["text"].split()) for u in body_units(load(path)))
    assert 600 <= words <= 1200


@gold_file
def test_gold_quantities_occur_in_statistical_units(path: Path) -> None:
    gold = load(path)
    quantity_texts = [q["text"] for q in gold["quantities"]]
    body = " ".join(u["text"] for u in gold["units"])
    cursor = 0
    for text in quantity_texts:
        found = body.find(text, cursor)
        assert found >= 0, f"quantity missing or out of text order: {text!r}"
        cursor = found + len(text)
    for q in gold["quantities"]:
        assert q["text"] in essay_text(gold["essay"])
        assert any(q["text"] in u["text"] for u in gold["units"]), q["text"]
        if q.get("value") is None:  # a range (news-style essays)
            assert 0 <= q["low"] < q["high"], q["text"]
        else:
            assert isinstance(q["value"], int | float) and q["value"] > 0
        assert q["qualifier"] in QUALIFIERS
        status = AttributionStatus(q["attribution"])
        assert (q["source"] is not None) == (status == AttributionStatus.NAMED), q["text"]
    for unit in gold["units"]:
        kinds = [Kind(k) for k in unit["kinds"]]
        assert kinds, unit["id"]
        has_quantity = any(t in unit["text"] for t in quantity_texts)
        if is_news_style(gold):  # statistical = a figure used as evidence, so it needs one
            assert Kind.STATISTICAL not in kinds or has_quantity, unit["id"]
        else:
            assert (Kind.STATISTICAL in kinds) == has_quantity, unit["id"]


@gold_file
def test_gold_metadata_names_the_title_and_author(path: Path) -> None:
    gold = load(path)
    reasons = {b["reason"]: b["text"] for b in gold["excluded"]}
    assert gold["metadata"]["title"] in reasons["title"]
    if gold["metadata"]["author"] is not None or not is_news_style(gold):
        assert gold["metadata"]["author"] in reasons["byline"]


ATTRIBUTION_KINDS = {"person", "organisation", "document", "group", "unknown"}
ATTRIBUTION_MODES = {"direct", "indirect", "according_to"}


@gold_file
def test_gold_attribution_of_news_style_essays_follows_the_readme(path: Path) -> None:
    gold = load(path)
    if not is_news_style(gold):
        pytest.skip("essays 01-08 predate unit attribution gold")
    for unit in gold["units"]:
        attribution = unit["attribution"]
        status = AttributionStatus(attribution["status"])
        if status == AttributionStatus.NONE:
            assert attribution == {"status": "none"}, unit["id"]
            continue
        assert attribution["source"], unit["id"]
        assert attribution["cue"], unit["id"]
        assert attribution["kind"] in ATTRIBUTION_KINDS, unit["id"]
        assert attribution["mode"] in ATTRIBUTION_MODES, unit["id"]
        assert (attribution.get("speaker") is None) == (status == AttributionStatus.VAGUE), unit[
            "id"
        ]
        if attribution["mode"] == "direct":
            assert attribution["quote"] and attribution["quote"] in unit["text"], unit["id"]
        else:
            assert attribution.get("quote") is None, unit["id"]
    assert gold["units"][[u["id"] for u in gold["units"]].index(gold["major_claim"])][
        "attribution"
    ] == {"status": "none"}, "the thesis is the author's own"
