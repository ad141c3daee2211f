"""Argdown export: the official @argdown/cli parses it into the same statements and relations."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from aidip_cli.export._argdown import escape_text
from aidip_cli.export._text import one_line
from helpers import ALL_FIXTURES, INSTALL_HINT, argdown_bin, save


def parse_with_argdown(path: Path) -> dict:
    binary = argdown_bin()
    if binary is None:
        pytest.skip(f"@argdown/cli not found in .tools/node_modules ({INSTALL_HINT})")
    result = subprocess.run(
        [str(binary), "json", "--stdout", "--silent", str(path)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return json.loads(result.stdout)


def statement_text(member: dict) -> str:
    """The statement text without the trailing #tags Argdown keeps in it.

    Argdown's ranges count JavaScript UTF-16 code units, so cut in UTF-16.
    """
    units = member["text"].encode("utf-16-le")
    for tag in sorted(member.get("ranges", []), key=lambda r: r["start"], reverse=True):
        assert tag["type"] == "tag", f"unexpected markup {tag['type']} in {member['text']!r}"
        units = units[: 2 * tag["start"]] + units[2 * (tag["stop"] + 1) :]
    return units.decode("utf-16-le").strip()


@pytest.mark.parametrize("fixture", sorted(ALL_FIXTURES))
def test_argdown_cli_reads_every_statement_and_relation(fixture: str, tmp_path: Path) -> None:
    analysis = ALL_FIXTURES[fixture]()
    data = parse_with_argdown(save(tmp_path, analysis, "argdown"))
    statements = data["statements"]
    assert set(statements) == {u.id for u in analysis.units}
    for unit in analysis.units:
        members = statements[unit.id]["members"]
        defined = [m for m in members if statement_text(m)]
        assert len(defined) == 1, f"{unit.id} defined {len(defined)} times"
        assert statement_text(defined[0]) == one_line(unit.text).strip()
        assert defined[0]["tags"] == [unit.role.value, *(k.value for k in unit.kinds)]
    relations = sorted((r["from"], r["relationType"], r["to"]) for r in data["relations"])
    assert relations == sorted((r.source, r.type.value, r.target) for r in analysis.relations)
    assert data["arguments"] == {}


def test_unit_with_two_parents_is_defined_once_and_referenced(tmp_path: Path) -> None:
    from aidip_cli.schema import Relation, RelationType

    analysis = ALL_FIXTURES["realistic"]()
    analysis.relations.append(
        Relation(
            id="r99",
            source="u6",
            target="u9",
            type=RelationType.SUPPORT,
            confidence=0.4,
            cue="also",
        )
    )
    data = parse_with_argdown(save(tmp_path, analysis, "argdown"))
    relations = {(r["from"], r["relationType"], r["to"]) for r in data["relations"]}
    assert ("u6", "support", "u9") in relations and ("u6", "support", "u3") in relations


def test_special_characters_are_escaped_not_dropped() -> None:
    assert escape_text("a #tag [ref] //c") == r"a \#tag \[ref\] \/\/c"
    assert escape_text("two\nlines") == "two lines"
