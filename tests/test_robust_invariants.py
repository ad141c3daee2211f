"""What every analysis must satisfy, whatever the input: the checks the robustness tests share.

``problems(data)`` lists every broken invariant of an analysis JSON (as a dict), so a failing
test says all that is wrong at once:

* it validates against the JSON Schema that ``aidip schema`` prints;
* every offset is honest: ``text[start:end] == span.text`` for paragraphs, excluded spans,
  units and their quantities;
* every relation names existing units, no unit has two parents, and following parents never
  loops: the relations form a forest;
* at most one major claim, and the only root that has children is the major claim (the tree
  hangs from it; everything else is isolated background or a lone unit);
* the stats agree with the lists they count.

The tests below feed the checker broken analyses, so the checker itself is known to bite.
"""

from __future__ import annotations

import contextlib
import copy
import io
import json
from functools import cache
from typing import Any

import jsonschema

from aidip_cli.api import analyse
from aidip_cli.cli import run

ESSAY = (
    "Nations must agree on shared rules for military AI. Unchecked deployment raises the risk "
    "of accidental escalation, because automated systems react faster than diplomats can.\n\n"
    "Critics argue that such treaties cannot be verified. However, inspections of data centres "
    "are already feasible. According to the OECD, 40 percent of compute sits in three "
    "countries.\n\n"
    "Therefore, governments should start negotiating now.\n"
)


@cache
def schema() -> dict[str, Any]:
    """The schema exactly as a user gets it from ``aidip schema``."""
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = run(["schema"])
    assert code == 0
    return json.loads(out.getvalue())


@cache
def _validator() -> jsonschema.protocols.Validator:
    cls = jsonschema.validators.validator_for(schema())
    cls.check_schema(schema())
    return cls(schema())


def _offset_problems(data: dict[str, Any]) -> list[str]:
    text = data["text"]
    found = []
    spans = [("paragraph", p) for p in data["paragraphs"]]
    spans += [("excluded", e) for e in data["excluded"]]
    for unit in data["units"]:
        spans.append(("unit " + unit["id"], unit))
        spans += [(f"quantity of {unit['id']}", q) for q in unit["quantities"]]
    for what, span in spans:
        start, end = span["start"], span["end"]
        if not 0 <= start <= end <= len(text):
            found.append(f"{what}: offsets {start}..{end} outside the text ({len(text)} chars)")
        elif text[start:end] != span["text"]:
            found.append(f"{what}: text[{start}:{end}] != its text {span['text'][:40]!r}")
    return found


def _tree_problems(data: dict[str, Any]) -> list[str]:
    ids = [u["id"] for u in data["units"]]
    known = set(ids)
    found = []
    if len(known) != len(ids):
        found.append("unit ids are not unique")
    parent: dict[str, str] = {}
    for rel in data["relations"]:
        for end in ("source", "target"):
            if rel[end] not in known:
                found.append(f"relation {rel['id']} names unknown unit {rel[end]!r}")
        if rel["source"] in parent:
            found.append(f"unit {rel['source']} has two parents")
        parent[rel["source"]] = rel["target"]
    for start in parent:
        seen = {start}
        node = start
        while node in parent:
            node = parent[node]
            if node in seen:
                found.append(f"relations loop through {node}")
                break
            seen.add(node)
    majors = [u["id"] for u in data["units"] if u["role"] == "major_claim"]
    if len(majors) > 1:
        found.append(f"{len(majors)} major claims: {majors}")
    if data["major_claim"] != (majors[0] if majors else None):
        found.append(f"major_claim field {data['major_claim']!r} != the unit marked {majors}")
    roots_with_children = {t for t in parent.values() if t not in parent}
    if roots_with_children - set(majors[:1]):
        found.append(f"roots other than the major claim have children: {roots_with_children}")
    return found


def _stats_problems(data: dict[str, Any]) -> list[str]:
    stats = data["stats"]
    counts = {
        "units": len(data["units"]),
        "relations": len(data["relations"]),
        "paragraphs": len(data["paragraphs"]),
        "excluded": len(data["excluded"]),
        "major_claims": sum(u["role"] == "major_claim" for u in data["units"]),
        "quantities": sum(len(u["quantities"]) for u in data["units"]),
    }
    return [f"stats.{k} = {stats[k]}, counted {v}" for k, v in counts.items() if stats[k] != v]


def problems(data: dict[str, Any]) -> list[str]:
    """Every broken invariant of one analysis JSON (empty when it is sound)."""
    found = [f"schema: {e.message[:120]}" for e in _validator().iter_errors(data)]
    if found:
        return found
    return _offset_problems(data) + _tree_problems(data) + _stats_problems(data)


def sound(data: dict[str, Any]) -> None:
    """Fail with every problem listed when ``data`` breaks an invariant."""
    found = problems(data)
    assert not found, "\n".join(found)


def _sample() -> dict[str, Any]:
    return json.loads(analyse(ESSAY).to_json())


def test_a_normal_essay_passes_every_check() -> None:
    data = _sample()
    assert data["relations"], "the sample essay should produce a tree to check"
    sound(data)


def test_a_shifted_offset_is_caught() -> None:
    data = _sample()
    data["units"][0]["start"] += 1
    assert any("unit u1" in p for p in problems(data))


def test_a_quantity_with_a_wrong_text_is_caught() -> None:
    data = _sample()
    unit = next(u for u in data["units"] if u["quantities"])
    unit["quantities"][0]["text"] += "!"
    assert any("quantity of" in p for p in problems(data))


def test_a_relation_to_a_missing_unit_is_caught() -> None:
    data = _sample()
    data["relations"][0]["target"] = "u999"
    assert any("unknown unit 'u999'" in p for p in problems(data))


def test_a_cycle_and_a_second_parent_are_caught() -> None:
    data = _sample()
    first = data["relations"][0]
    loop = copy.deepcopy(first) | {
        "id": "r99",
        "source": first["target"],
        "target": first["source"],
    }
    twin = copy.deepcopy(first) | {"id": "r98"}
    data["relations"] += [loop, twin]
    data["stats"]["relations"] += 2
    found = problems(data)
    assert any("loop" in p for p in found)
    assert any("two parents" in p for p in found)


def test_two_major_claims_are_caught() -> None:
    data = _sample()
    for unit in data["units"][:2]:
        unit["role"] = "major_claim"
    assert any("major claims" in p for p in problems(data))


def test_a_field_the_schema_forbids_is_caught() -> None:
    data = _sample()
    data["units"][0]["surprise"] = True
    assert any(p.startswith("schema:") for p in problems(data))
