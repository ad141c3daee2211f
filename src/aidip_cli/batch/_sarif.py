"""A SARIF 2.1.0 log of the gate findings, for code-scanning UIs and CI annotations.

Every rule's findings are listed; a rule named in ``--fail-on`` reports at level ``error``, the
others at ``note``. Columns count Unicode code points (``columnKind``), matching Python string
offsets. For txt/md inputs the analysed text is the file's text with newlines normalised, so
lines match the file; for HTML they refer to the extracted text, which each such result says.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any
from urllib.parse import quote

from ..version import __version__
from ._gates import RULE_DESCRIPTIONS
from ._records import FileRecord, Finding
from .options import GATES

SARIF_VERSION = "2.1.0"
SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
RULE_PREFIX = "aidip/"

_RULE_NAMES = {
    "error": "InputError",
    "unattributed-number": "UnattributedNumber",
    "unsupported-claim": "UnsupportedClaim",
    "no-major-claim": "NoMajorClaim",
}


def artifact_uri(path: str, cwd: str | None = None) -> str:
    """The input's URI: relative to the working directory when inside it, else ``file://``."""
    absolute = os.path.abspath(path)
    base = os.path.abspath(cwd or os.getcwd())
    try:
        rel = os.path.relpath(absolute, base)
    except ValueError:  # pragma: no cover - another drive on Windows
        rel = os.pardir
    if rel == os.pardir or rel.startswith(os.pardir + os.sep):
        return Path(absolute).as_uri()
    return quote(Path(rel).as_posix(), safe="/")


def _rules(fail_on: Sequence[str]) -> list[dict[str, Any]]:
    return [
        {
            "id": RULE_PREFIX + gate,
            "name": _RULE_NAMES[gate],
            "shortDescription": {"text": RULE_DESCRIPTIONS[gate]},
            "defaultConfiguration": {"level": "error" if gate in fail_on else "note"},
        }
        for gate in GATES
    ]


def _result(record: FileRecord, finding: Finding, fail_on: Sequence[str]) -> dict[str, Any]:
    physical: dict[str, Any] = {"artifactLocation": {"uri": artifact_uri(record.path)}}
    if finding.region is not None:
        region: dict[str, Any] = {
            "startLine": finding.region.start_line,
            "startColumn": finding.region.start_column,
            "endLine": finding.region.end_line,
            "endColumn": finding.region.end_column,
        }
        if finding.snippet is not None:
            region["snippet"] = {"text": finding.snippet}
        physical["region"] = region
    result: dict[str, Any] = {
        "ruleId": RULE_PREFIX + finding.rule,
        "ruleIndex": GATES.index(finding.rule),
        "level": "error" if finding.rule in fail_on else "note",
        "message": {"text": finding.message},
        "locations": [{"physicalLocation": physical}],
    }
    properties: dict[str, Any] = {}
    if finding.unit is not None:
        properties["unit"] = finding.unit
    if record.digest is not None:
        properties["format"] = record.digest.format
        if finding.region is not None:
            html = record.digest.format == "html"
            properties["lines"] = "extracted-text" if html else "file"
    if properties:
        result["properties"] = properties
    return result


def sarif_log(records: Sequence[FileRecord], fail_on: Sequence[str]) -> dict[str, Any]:
    """The whole log: one run, the four rules, results in input order."""
    results = [_result(r, f, fail_on) for r in records for f in r.findings]
    return {
        "$schema": SARIF_SCHEMA,
        "version": SARIF_VERSION,
        "runs": [
            {
                "tool": {
                    "driver": {"name": "aidip", "version": __version__, "rules": _rules(fail_on)}
                },
                "columnKind": "unicodeCodePoints",
                "results": results,
            }
        ],
    }
