"""The house reads in one direction: no import circles, and the core never imports the front.

Every import statement in ``src/aidip_cli`` is read, including those inside functions; only
``if TYPE_CHECKING:`` blocks are left out (they never run). Rooms are the stages of
``docs/architecture.md``: a sub-package (``mine``, ``ingest``, ...) or a top-level module.
"""

from __future__ import annotations

import ast
from functools import cache
from pathlib import Path

import networkx as nx
import pytest

from helpers import REPO

SRC = REPO / "src" / "aidip_cli"
PACKAGE = "aidip_cli"

#: Rooms that analyse text and may not depend on anything that presents or drives it.
CORE = {
    "ingest",
    "nlp",
    "mine",
    "schema",
    "corpora",
    "argtree",
    "queries",
    "errors",
    "limits",
    "version",
    "lexicons",
}
#: Rooms that drive or present the analysis.
FRONT = {
    PACKAGE,  # the package root re-exports the API
    "__main__",
    "api",
    "cli",
    "batch",
    "evaluate",
    "train",
    "export",
    "render",
    "graph",
    "io",
}


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(SRC.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


@cache
def modules() -> dict[str, Path]:
    return {_module_name(p): p for p in sorted(SRC.rglob("*.py"))}


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _import_nodes(tree: ast.AST) -> list[ast.Import | ast.ImportFrom]:
    found: list[ast.Import | ast.ImportFrom] = []
    stack: list[ast.AST] = [tree]
    while stack:
        node = stack.pop()
        if isinstance(node, ast.If) and _is_type_checking(node):
            stack.extend(node.orelse)  # the TYPE_CHECKING branch itself never runs
            continue
        if isinstance(node, ast.Import | ast.ImportFrom):
            found.append(node)
        stack.extend(ast.iter_child_nodes(node))
    return found


def _targets(module: str, node: ast.Import | ast.ImportFrom) -> list[str]:
    known = modules()
    if isinstance(node, ast.Import):
        return [a.name for a in node.names if a.name.split(".")[0] == PACKAGE]
    if node.level:
        base = module.split(".")
        if modules()[module].name != "__init__.py":
            base = base[:-1]
        base = base[: len(base) - (node.level - 1)]
        origin = ".".join([*base, *([node.module] if node.module else [])])
    else:
        origin = node.module or ""
    if origin.split(".")[0] != PACKAGE:
        return []
    targets = []
    for alias in node.names:
        submodule = f"{origin}.{alias.name}"
        targets.append(submodule if submodule in known else origin)
    return targets


@cache
def import_graph() -> nx.DiGraph:
    graph = nx.DiGraph()
    for module, path in modules().items():
        graph.add_node(module)
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in _import_nodes(tree):
            for target in _targets(module, node):
                if target != module:
                    graph.add_edge(module, target, line=node.lineno)
    return graph


def room(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else PACKAGE


def test_every_room_is_classified_as_core_or_front() -> None:
    rooms = {room(m) for m in modules()}
    assert rooms <= CORE | FRONT, rooms - CORE - FRONT
    assert not CORE & FRONT


def test_no_import_cycle_between_files() -> None:
    cycles = [sorted(c) for c in nx.strongly_connected_components(import_graph()) if len(c) > 1]
    assert cycles == []


def test_no_import_cycle_between_rooms() -> None:
    rooms = nx.DiGraph()
    for source, target in import_graph().edges:
        if room(source) != room(target):
            rooms.add_edge(room(source), room(target))
    cycles = [sorted(c) for c in nx.strongly_connected_components(rooms) if len(c) > 1]
    assert cycles == []


def test_the_core_never_imports_the_front() -> None:
    wrong = [
        f"{source} -> {target} (line {data['line']})"
        for source, target, data in import_graph().edges(data=True)
        if room(source) in CORE and room(target) in FRONT
    ]
    assert wrong == []


def test_the_checker_sees_imports_inside_functions() -> None:
    # The package root imports the API lazily inside __getattr__; the graph must see it.
    assert import_graph().has_edge(PACKAGE, f"{PACKAGE}.api")


@pytest.mark.parametrize("internal", ["_arborescence", "_lexmatch"])
def test_internal_modules_are_only_imported_from_their_own_folder(internal: str) -> None:
    for module in modules():
        if module.rsplit(".", 1)[-1].startswith("_") and not module.endswith("__main__"):
            folder = module.rsplit(".", 1)[0]
            for user in import_graph().predecessors(module):
                assert user.startswith(folder + ".") or user == folder, (user, module)
    assert any(m.endswith(internal) for m in modules())
