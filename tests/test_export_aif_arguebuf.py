"""AIF export: AIFdb conventions, and arguebuf (a real AIF consumer) loads it."""

from __future__ import annotations

import json
import subprocess
from collections import Counter
from pathlib import Path

import pytest

from aidip_cli.export.registry import export
from aidip_cli.queries import who
from aidip_cli.schema import Analysis, RelationType
from helpers import ALL_FIXTURES, INSTALL_HINT, arguebuf_python, save

SCHEME = {RelationType.SUPPORT: "RA", RelationType.ATTACK: "CA"}

# Runs inside .tools/arguebuf-venv: load the file the way arguebuf users do, print what it saw.
ARGUEBUF_SNIPPET = """
import json, sys
import arguebuf
graph = arguebuf.load.file(sys.argv[1])
print(json.dumps({
    "version": __import__("importlib.metadata").metadata.version("arguebuf"),
    "atoms": {key: node.plain_text for key, node in graph.atom_nodes.items()},
    "schemes": {key: type(node.scheme).__name__ for key, node in graph.scheme_nodes.items()},
    "edges": sorted([edge.source.id, edge.target.id] for edge in graph.edges.values()),
}))
"""


def expected_triples(analysis: Analysis) -> Counter[tuple[str, str, str]]:
    return Counter((r.source, SCHEME[r.type], r.target) for r in analysis.relations)


def triples_from_aif(aif: dict, unit_of: dict[str, str]) -> Counter[tuple[str, str, str]]:
    """Read I → S → I paths back into (source unit, scheme type, target unit)."""
    types = {node["nodeID"]: node["type"] for node in aif["nodes"]}
    into = {e["toID"]: e["fromID"] for e in aif["edges"] if types[e["toID"]] in ("RA", "CA")}
    out = {e["fromID"]: e["toID"] for e in aif["edges"] if types[e["fromID"]] in ("RA", "CA")}
    return Counter(
        (unit_of[into[node_id]], types[node_id], unit_of[out[node_id]])
        for node_id, kind in types.items()
        if kind in ("RA", "CA")
    )


@pytest.mark.parametrize("fixture", sorted(ALL_FIXTURES))
def test_aif_follows_aifdb_conventions(fixture: str) -> None:
    analysis = ALL_FIXTURES[fixture]()
    aif = json.loads(export(analysis, "aif"))
    assert (
        {"nodes", "edges", "locutions"}
        <= set(aif)
        <= {"nodes", "edges", "locutions", "participants"}
    )
    ids = [n["nodeID"] for n in aif["nodes"]] + [e["edgeID"] for e in aif["edges"]]
    assert all(isinstance(i, str) for i in ids)
    assert all(isinstance(e[k], str) for e in aif["edges"] for k in ("fromID", "toID"))
    node_ids = [n["nodeID"] for n in aif["nodes"]]
    assert len(set(node_ids)) == len(node_ids)
    types = {n["nodeID"]: n["type"] for n in aif["nodes"]}
    i_nodes = [n for n in aif["nodes"] if n["type"] == "I"]
    assert [n["text"] for n in i_nodes] == [u.text for u in analysis.units]  # background too
    for edge in aif["edges"]:
        ends = (types[edge["fromID"]], types[edge["toID"]])
        allowed = ends.count("I") == 1 or ends == ("L", "YA")
        assert allowed, f"edge {edge['edgeID']} joins {ends}: must be I↔scheme or L→YA"
    outgoing = Counter(e["fromID"] for e in aif["edges"])
    incoming = Counter(e["toID"] for e in aif["edges"])
    for node in aif["nodes"]:
        if node["type"] in ("RA", "CA"):
            assert outgoing[node["nodeID"]] == 1 and incoming[node["nodeID"]] == 1
            expected = "Default Inference" if node["type"] == "RA" else "Default Conflict"
            assert node["text"] == expected
    unit_of = {n["nodeID"]: u.id for n, u in zip(i_nodes, analysis.units, strict=True)}
    assert triples_from_aif(aif, unit_of) == expected_triples(analysis)


@pytest.mark.parametrize("fixture", sorted(ALL_FIXTURES))
def test_who_said_what_is_a_locution_linked_to_the_unit_through_a_ya_node(fixture: str) -> None:
    analysis = ALL_FIXTURES[fixture]()
    aif = json.loads(export(analysis, "aif"))
    nodes = {n["nodeID"]: n for n in aif["nodes"]}
    i_nodes = [n for n in aif["nodes"] if n["type"] == "I"]
    unit_of = {n["nodeID"]: u for n, u in zip(i_nodes, analysis.units, strict=True)}
    step = {e["fromID"]: e["toID"] for e in aif["edges"] if nodes[e["fromID"]]["type"] in "LYA"}
    people = {p["participantID"]: p for p in aif.get("participants", [])}
    spoken = set()
    for locution in aif["locutions"]:
        l_node = nodes[locution["nodeID"]]
        ya_node = nodes[step[l_node["nodeID"]]]
        unit = unit_of[step[ya_node["nodeID"]]]
        assert (l_node["type"], ya_node["type"], ya_node["text"]) == ("L", "YA", "Asserting")
        person = people[locution["personID"]]
        speaker = who(unit.attribution)
        assert l_node["text"].startswith(f"{speaker}: ")
        assert f"{person['firstname']} {person['surname']}".strip() == speaker
        spoken.add(unit.id)
    assert spoken == {u.id for u in analysis.units if u.attribution.status.value != "none"}


@pytest.mark.parametrize("fixture", sorted(ALL_FIXTURES))
def test_arguebuf_loads_the_aif_export(fixture: str, tmp_path: Path) -> None:
    python = arguebuf_python()
    if python is None:
        pytest.skip(f"arguebuf venv not found in .tools/arguebuf-venv ({INSTALL_HINT})")
    analysis = ALL_FIXTURES[fixture]()
    path = save(tmp_path, analysis, "aif", name="graph.json")
    aif = json.loads(path.read_text(encoding="utf-8"))
    result = subprocess.run(
        [str(python), "-c", ARGUEBUF_SNIPPET, str(path)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    i_nodes = [n for n in aif["nodes"] if n["type"] == "I"]
    unit_of = {n["nodeID"]: u.id for n, u in zip(i_nodes, analysis.units, strict=True)}
    assert {unit_of[k]: text for k, text in seen["atoms"].items()} == {
        u.id: u.text for u in analysis.units
    }
    schemes = Counter(seen["schemes"].values())
    # unary + drops zero counts (the empty analysis has neither kind)
    assert schemes == +Counter(
        {"Support": analysis.stats.supports, "Attack": analysis.stats.attacks}
    )
    assert len(seen["edges"]) == 2 * len(analysis.relations)
    loaded = {"nodes": aif["nodes"], "edges": [{"fromID": a, "toID": b} for a, b in seen["edges"]]}
    assert triples_from_aif(loaded, unit_of) == expected_triples(analysis)
