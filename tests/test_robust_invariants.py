"""The invariant checker in helpers bites: broken analyses are caught, a sound one passes."""

from __future__ import annotations

import copy
import json
from typing import Any

from aidip_cli.api import analyse
from helpers import ESSAY, problems, sound


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
