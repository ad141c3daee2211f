"""`--fail-on unattributed-number` and the summary count only units that use a figure as evidence.

Numbers in names, idioms, headlines and small counts of things used to trip the gate; an
unsourced statistic still does. Runs the real analyser (no stand-in engine).
"""

from __future__ import annotations

from pathlib import Path

import pytest

import aidip_cli.cli._batch_cmd  # noqa: F401 - registers the command
from aidip_cli import analyse
from aidip_cli.cli import run
from aidip_cli.queries import unattributed_numbers

NO_STATISTIC = (
    "Three myths about AI treaties\n\n"
    "Governments should not treat AI diplomacy as three-dimensional chess. The P5+1 talks "
    "showed that the two sides can agree, and Article 5 still binds the allies. Two ministers "
    "resigned over the leak, and the bloc adopted four sets of sanctions. The nine-dash line "
    "is no model for a two-state solution, and Cold War mark two is a poor slogan.\n"
)
UNSOURCED = (
    "Governments should fund a common AI safety institute. Such an institute would cost about "
    "$4bn a year, and more than 40 per cent of its budget would go to testing.\n"
)


def test_names_idioms_and_small_counts_are_not_unattributed_numbers() -> None:
    analysis = analyse(NO_STATISTIC)
    assert unattributed_numbers(analysis.units) == []
    assert analysis.stats.unattributed_numbers == 0


def test_an_unsourced_statistic_is_still_counted() -> None:
    analysis = analyse(UNSOURCED)
    assert analysis.stats.unattributed_numbers == 1
    (unit,) = unattributed_numbers(analysis.units)
    assert "$4bn" in unit.text


@pytest.mark.parametrize(("text", "code"), [(NO_STATISTIC, 0), (UNSOURCED, 1)])
def test_the_ci_gate_fails_only_on_unsourced_statistics(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str, code: int
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("in").mkdir()
    (Path("in") / "essay.txt").write_text(text, encoding="utf-8")
    args = ["batch", "in", "-o", "out", "--workers", "1", "--fail-on", "unattributed-number"]
    assert run(args) == code
