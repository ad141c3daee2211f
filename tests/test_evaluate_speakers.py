"""Speaker probes (data/probes/speakers.json): pronoun and title speakers in short passages."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from aidip_cli import analyse
from aidip_cli.corpora.speakers import HELD_OUT, load_speaker_probes
from aidip_cli.errors import CorpusError
from aidip_cli.evaluate.runner import evaluate_speaker_probes
from helpers import REPO

PROBES = REPO / "data" / "probes" / "speakers.json"
# Measured with `make eval` (docs/quality.md); a drop below these is a regression.
# s121-s240 (longer passages, wire and court reporting) are harder than s01-s120; s241-s360
# (everyday news copy; features) were scored blind first: development .84, held-out .85, and
# s361-s480 (the same two briefs, new writers): development .91, held-out .81. All 480 passages
# now: development .95, held-out .85. s721-s840 (titles owned by bodies, ages, people described
# before they are named; features, court and wire copy) were scored blind first: development
# .675, held-out .736; all 840 then: development .918, held-out .848. s841-s960 (wire, business
# and court copy; features and profiles, names from many languages) were scored blind first:
# development .736, held-out .774; all 960 then: development .936, held-out .859. s961-s1080 were
# scored blind first: development .882, held-out .879; s1081-s1200, written while the rules for
# s961-s1080 were made and scored once they were finished: .802 and .779 before them, .793 and
# .796 after. s1201-s1320 were scored blind first: development .861, held-out .860 (.884 once
# the rules from their development half were finished); s1321-s1400 (longer passages): .850 and
# .862 (held-out .876 after). s1401-s1440 (whole pieces; hearings and profiles): .770 and .742
# (held-out .742 after); s1441-s1460, written after those rules: .894 before them, .904 after.
# s1461-s1510 (whole pieces), written after the next round's rules: development .876 and held-out
# .884 before them, .894 and .891 after (.929 and .891 with the rules then written from their
# development half). s1511-s1550 (whole pieces) were scored blind first: development .847 and
# held-out .831; .893 and .839 with the rules written from their development half. s1551-s1590
# (whole pieces) were scored blind first: development .863 and held-out .809; .927 and .824 with
# the rules written from their development half. s1591-s1630 (whole pieces) were scored blind
# first: development .863 and held-out .814; .894 and .814 with the rules written from their
# development half. s1631-s1670 (whole pieces) were scored blind first: development .835 and
# held-out .837; .914 and .871 with the rules written from their development half. s1671-s1710
# (whole pieces) were scored blind first: development .896 and held-out .925; .958 and .925 with
# the rules written from their development half. s1711-s1750 (whole pieces) were scored blind
# first: development .833 and held-out .851; .884 and .867 with the rules written from their
# development half. s1751-s1790 (whole pieces) were scored blind first: development .809 and
# held-out .804; .840 and .828 with the rules written from their development half. s1791-s1870
# (whole pieces) were scored blind first: development .840 and held-out .824; .900 and .848 with
# the rules written from their development half. s1871-s1950 (whole pieces) were scored blind
# first: development .871 and held-out .864; .937 and .889 with the rules written from their
# development half. All 1,950 now: development .923 (4,595 of 4,976), held-out .879 (4,381 of
# 4,986).
FLOORS = {"development": 0.91, HELD_OUT: 0.85}


def test_the_probe_file_loads_with_both_splits() -> None:
    probes = load_speaker_probes(PROBES)
    splits = {p.split for p in probes}
    assert splits == {"development", HELD_OUT}
    assert sum(len(p.expectations) for p in probes) >= 100


def test_a_probe_pointing_at_a_sentence_that_is_not_there_is_a_corpus_error(
    tmp_path: Path,
) -> None:
    bad = tmp_path / "speakers.json"
    probe = {"id": "x1", "text": "Ana Ruiz spoke. She said no.", "expect": []}
    probe["expect"] = [{"starts": "He said", "source": "He", "speaker": "Ana Ruiz"}]
    bad.write_text(json.dumps([probe]), encoding="utf-8")
    with pytest.raises(CorpusError, match="probe x1"):
        load_speaker_probes(bad)


@pytest.mark.parametrize(("split", "floor"), FLOORS.items())
def test_speaker_probe_accuracy_stays_above_its_floors(split: str, floor: float) -> None:
    # (one split per test: the suite's longest tests, which `make test` runs side by side)
    section = evaluate_speaker_probes(PROBES, split=split)
    assert set(section["splits"]) == {split}
    assert section["splits"][split]["accuracy"] >= floor, section["splits"][split]


def test_a_probe_with_no_name_to_give_is_wrong_when_a_person_is_named(tmp_path: Path) -> None:
    text = (
        "Sen. Robert Hale chairs the export subcommittee. He wants the loophole closed.\n\n"
        "His spokeswoman said a hearing would follow in September."
    )
    probe = {
        "id": "x2",
        "text": text,
        "expect": [
            {"starts": "His spokeswoman said", "source": "His spokeswoman", "speaker": None}
        ],
    }
    path = tmp_path / "speakers.json"
    path.write_text(json.dumps([probe]), encoding="utf-8")
    scores = evaluate_speaker_probes(path)["splits"]["development"]
    unit = next(u for u in analyse(text).units if u.text.startswith("His spokeswoman"))
    named_person = unit.attribution.status.value == "named" and unit.attribution.kind == "person"
    assert scores["accuracy"] == (0.0 if named_person else 1.0)
