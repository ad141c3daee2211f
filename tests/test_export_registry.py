"""The export registry: every format, deterministic bytes, file-name inference, bad input."""

from __future__ import annotations

import subprocess
import sys

import pytest

from aidip_cli.errors import AidipError, ContentError
from aidip_cli.export.registry import DEFAULT_SUFFIX, FORMATS, export, format_from_suffix
from aidip_cli.schema import Analysis, Relation, RelationType
from helpers import ALL_FIXTURES, REPO, realistic_analysis

EXPECTED_FORMATS = [
    "json",
    "aif",
    "argdown",
    "dot",
    "graphml",
    "node-link",
    "mermaid",
    "csv",
    "html",
]


def test_registry_offers_every_documented_format() -> None:
    assert list(FORMATS) == EXPECTED_FORMATS
    assert set(DEFAULT_SUFFIX) == set(FORMATS)


@pytest.mark.parametrize("fixture", sorted(ALL_FIXTURES))
@pytest.mark.parametrize("fmt", EXPECTED_FORMATS)
def test_equal_analyses_export_to_identical_bytes(fixture: str, fmt: str) -> None:
    build = ALL_FIXTURES[fixture]
    first = export(build(), fmt)
    reloaded = Analysis.model_validate_json(build().to_json())
    assert export(build(), fmt) == first
    assert export(reloaded, fmt) == first
    assert first.endswith("\n")


def test_json_format_is_the_canonical_analysis() -> None:
    analysis = realistic_analysis()
    text = export(analysis, "json")
    assert text == analysis.to_json()
    assert Analysis.model_validate_json(text) == analysis


@pytest.mark.parametrize(
    ("name", "fmt"),
    [
        ("out.json", "json"),
        ("OUT.JSON", "json"),
        ("map.aif.json", "aif"),
        ("map.aif", "aif"),
        ("map.argdown", "argdown"),
        ("map.ad", "argdown"),
        ("dir.v2/map.dot", "dot"),
        ("map.gv", "dot"),
        ("map.graphml", "graphml"),
        ("map.nodelink.json", "node-link"),
        ("map.mmd", "mermaid"),
        ("map.mermaid", "mermaid"),
        ("table.csv", "csv"),
        ("report.html", "html"),
        ("report.HTM", "html"),
        ("notes.txt", None),
        ("README", None),
        (".json", None),
    ],
)
def test_file_name_chooses_the_format(name: str, fmt: str | None) -> None:
    assert format_from_suffix(name) == fmt


@pytest.mark.parametrize("fmt", EXPECTED_FORMATS)
def test_default_suffix_maps_back_to_its_format(fmt: str) -> None:
    assert format_from_suffix(f"analysis{DEFAULT_SUFFIX[fmt]}") == fmt


def test_unknown_format_is_a_one_line_error() -> None:
    with pytest.raises(AidipError) as caught:
        export(realistic_analysis(), "pdf")
    assert "pdf" in caught.value.message and "\n" not in caught.value.message


def test_relation_to_a_missing_unit_is_refused() -> None:
    analysis = realistic_analysis()
    analysis.relations.append(
        Relation(
            id="rx", source="u3", target="u99", type=RelationType.SUPPORT, confidence=0.5, cue="so"
        )
    )
    with pytest.raises(ContentError, match="u99"):
        export(analysis, "aif")


def test_major_claim_that_is_not_a_unit_is_refused() -> None:
    analysis = realistic_analysis().model_copy(update={"major_claim": "nope"})
    with pytest.raises(ContentError, match="nope"):
        export(analysis, "argdown")


def test_exporting_never_imports_spacy() -> None:
    code = (
        "import sys; sys.path.insert(0, 'tests')\n"
        "from helpers import nasty_analysis\n"
        "from aidip_cli.export.registry import FORMATS, export\n"
        "[export(nasty_analysis(), f) for f in FORMATS]\n"
        "print('spacy' in sys.modules)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"


def test_the_cli_format_names_are_exactly_the_registered_exporters() -> None:
    from aidip_cli.export.formats import FORMAT_NAMES

    assert tuple(FORMATS) == FORMAT_NAMES
    assert set(DEFAULT_SUFFIX) == set(FORMAT_NAMES)
