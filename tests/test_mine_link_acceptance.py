"""Links an op-ed's position alone made, and a reader would likely reject, are left out.

The model behind it is learned from the development half of the project's own essays only; the
shipped file is exactly what those essays give, and held-out essays never reach it.
"""

from __future__ import annotations

import json
import shutil
from importlib import resources
from pathlib import Path

import pytest

import aidip_cli.mine.tree.acceptance as acceptance
from aidip_cli import analyse
from aidip_cli.corpora.essays import HELD_OUT, load_gold
from aidip_cli.errors import InputError
from aidip_cli.mine.scorers.learned import LinearModel
from aidip_cli.schema import Analysis, Role, Unit
from aidip_cli.train import link_acceptance
from helpers import ESSAYS

HEADLINE = "Chip deals need conditions\n\n"
THESIS = "Washington should attach conditions to every AI chip licence it grants in the Gulf.\n\n"
QUOTED = (
    '"We signed every page they put in front of us," said Hamad Rashid, who negotiated the '
    "first licence for Abu Dhabi. So the conditions were never the obstacle, he said.\n\n"
)
EVIDENCE = (
    "Licences without conditions have leaked before. Chips sold to Singapore in 2023 turned "
    "up in Shenzhen within months.\n"
)


def _unit(analysis: Analysis, start: str) -> Unit:
    return next(u for u in analysis.units if u.text.startswith(start))


def _head(analysis: Analysis, unit: Unit) -> str | None:
    return next((r.target for r in analysis.relations if r.source == unit.id), None)


@pytest.fixture
def doubting_everything(monkeypatch: pytest.MonkeyPatch) -> None:
    """A model that finds every link more likely wrong than right."""
    monkeypatch.setattr(acceptance, "_model", lambda: LinearModel(intercept=-30.0, weights={}))


@pytest.mark.usefixtures("doubting_everything")
def test_in_a_reported_op_ed_only_links_the_text_makes_survive_doubt() -> None:
    analysis = analyse(HEADLINE + THESIS + QUOTED + EVIDENCE)
    quote = _unit(analysis, '"We signed every page')
    concluded = _unit(analysis, "So the conditions")
    assert _head(analysis, quote) == concluded.id  # "So ...": a marker makes the link
    figures = _unit(analysis, "Chips sold to Singapore")
    assert _head(analysis, figures) is None  # only its place in the paragraph linked it
    assert figures.role is Role.PREMISE  # it still reads as evidence, for what is unclear
    assert all(r.cue_kind != "structural" for r in analysis.relations)


@pytest.mark.usefixtures("doubting_everything")
def test_an_op_ed_argued_in_the_authors_own_voice_keeps_every_link() -> None:
    own_voice = HEADLINE + THESIS + EVIDENCE
    doubted = analyse(own_voice)
    figures = _unit(doubted, "Chips sold to Singapore")
    assert _head(doubted, figures) == _unit(doubted, "Licences without conditions").id


def test_the_shipped_link_model_is_what_the_development_essays_give() -> None:
    shipped = json.loads(
        (resources.files("aidip_cli") / "models" / "link_acceptance.json").read_text("utf-8")
    )
    rows = link_acceptance.link_rows(ESSAYS)
    # the engine or the development essays changed since the model was fitted: `make models`
    assert shipped["model"] == link_acceptance.fit(rows).to_json(), "run `make models`"
    assert shipped["provenance"]["essays"] == len({r.essay for r in rows})
    assert shipped["provenance"]["cross_validation"] == link_acceptance.cross_validate(rows)


def test_held_out_essays_never_reach_the_link_model(tmp_path: Path) -> None:
    held_out = [(path, gold) for path, gold in load_gold(ESSAYS) if gold.get("split") == HELD_OUT]
    for path, gold in held_out[:3]:
        shutil.copy(path, tmp_path / path.name)
        (tmp_path / f"{path.stem}.gold.json").write_text(json.dumps(gold), encoding="utf-8")
    with pytest.raises(InputError, match="no development op-eds"):
        link_acceptance.link_rows(tmp_path)
