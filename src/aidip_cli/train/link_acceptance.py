"""Fitting the link-acceptance model (:mod:`aidip_cli.mine.tree.acceptance`) on the project's
own development op-eds.

Every link the analyser keeps in an op-ed (with no link left out) becomes a row of features; its
label says whether the gold draws the same link with the same type. Only essays without
``"split": "held-out"`` are read: the held-out essays stay the honest estimate. The regression
is not class-balanced, so that its output reads as a probability.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..api import analyse_path
from ..corpora.essays import DEVELOPMENT, load_gold, normalise_text
from ..errors import InputError
from ..io import write_atomic
from ..mine.scorers.learned import LinearModel
from ..mine.tree.acceptance import ACCEPT_AT_LEAST, FORMAT, VERSION, collecting
from ..mine.units.features import UnitFeatures
from . import fit_linear

C = 0.3  # inverse regularisation strength (five-fold cross-validation on the development essays)
FOLDS = 5


@dataclass(frozen=True)
class LinkRow:
    essay: str
    features: dict[str, float]
    right: bool  # the gold draws this link, with this type


def link_rows(directory: Path) -> list[LinkRow]:
    """The links the analyser keeps in each development essay of ``directory``, labelled."""
    rows: list[LinkRow] = []
    found: list[tuple[UnitFeatures, UnitFeatures, dict[str, float]]] = []

    def collect(source: UnitFeatures, target: UnitFeatures, features: dict[str, float]) -> None:
        found.append((source, target, features))

    for path, gold in load_gold(directory):
        if gold.get("split", DEVELOPMENT) != DEVELOPMENT:
            continue
        text = {u["id"]: normalise_text(u["text"]) for u in gold["units"]}
        drawn = {(text[r["source"]], text[r["target"]]): r["type"] for r in gold["relations"]}
        found.clear()
        with collecting(collect):
            analyse_path(path)
        for source, target, features in found:
            kind = "attack" if features.get("type=attack") else "support"
            pair = (normalise_text(source.text), normalise_text(target.text))
            rows.append(LinkRow(gold["essay"], features, drawn.get(pair) == kind))
    if not rows:
        raise InputError(f"{directory}: no development op-eds with links to learn from")
    return rows


def fit(rows: Sequence[LinkRow]) -> LinearModel:
    return fit_linear([r.features for r in rows], [int(r.right) for r in rows], c=C, balanced=False)


def cross_validate(rows: Sequence[LinkRow], folds: int = FOLDS) -> dict[str, Any]:
    """Essays dealt round-robin into folds; each fold scored by a model fitted on the others:
    how many links would be left out, how often those were right, the precision of the rest."""
    essays = sorted({r.essay for r in rows})
    fold_of = {essay: n % folds for n, essay in enumerate(essays)}
    left_out = left_out_right = kept = kept_right = 0
    for k in range(folds):
        model = fit([r for r in rows if fold_of[r.essay] != k])
        for r in (r for r in rows if fold_of[r.essay] == k):
            if model.probability(r.features) < ACCEPT_AT_LEAST:
                left_out += 1
                left_out_right += r.right
            else:
                kept += 1
                kept_right += r.right
    return {
        "links": len(rows),
        "precision_before": round(sum(r.right for r in rows) / len(rows), 3),
        "left_out": left_out,
        "left_out_right": round(left_out_right / max(1, left_out), 3),
        "precision_kept": round(kept_right / max(1, kept), 3),
    }


def save(model: LinearModel, path: Path, provenance: dict[str, Any]) -> None:
    """Sorted, indented JSON written atomically: the same essays give the same bytes."""
    data = {
        "format": FORMAT,
        "version": VERSION,
        "provenance": provenance,
        "model": model.to_json(),
    }
    text = json.dumps(data, indent=1, sort_keys=True, ensure_ascii=False)
    write_atomic(path, text + "\n", make_parents=True)
