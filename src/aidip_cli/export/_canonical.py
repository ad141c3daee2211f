"""The canonical analysis JSON: exactly what ``aidip analyse --format json`` prints."""

from __future__ import annotations

from ..schema import Analysis


def to_json(analysis: Analysis) -> str:
    """The full analysis (every field of the schema), stable key order, trailing newline."""
    return analysis.to_json()
