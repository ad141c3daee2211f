"""Scores on the project's own annotated op-eds (`data/essays/*.gold.json`).

The microtexts are short single paragraphs; op-eds are what users analyse. Each gold unit is
matched to the predicted unit with the same text (whitespace and final punctuation aside), then:
major claim right or not, attachment (a gold relation whose source attaches to the gold target),
labelled attachment (also the same support/attack type), role accuracy, attacks predicted
against attacks in the gold, and relation precision (the share of predicted relations that are
gold relations, and also of the gold type: a reader who checks the map sees these). Essays whose
gold file says ``"split": "held-out"`` were kept away from rule development, so they are
reported apart: they are the honest estimate.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..corpora.essays import DEVELOPMENT, normalise_text
from ..schema import Analysis, RelationType


def is_news_style(gold: dict[str, Any]) -> bool:
    """Essays 09 on (news style) carry attribution gold on every unit."""
    return all("attribution" in u for u in gold["units"])


@dataclass(frozen=True)
class EssayScore:
    essay: str
    split: str
    group: str  # "sample" (essays 01-08) or "news" (09 on)
    units: int
    units_matched: int
    major_claim_right: bool
    relations: int
    attached: int
    attached_labelled: int
    roles_right: int
    gold_attacks: int
    predicted_attacks: int
    headline_right: bool  # the title found is the gold title
    predicted_relations: int
    fallback_relations: int  # predicted relations that position alone put there
    predicted_right: int  # predicted relations whose source and target are a gold relation
    predicted_right_labelled: int  # ... and of the gold type


def match_units(gold: dict[str, Any], analysis: Analysis) -> dict[str, str | None]:
    """Gold unit id → predicted unit id with the same text, or None."""
    predicted = {normalise_text(u.text): u.id for u in analysis.units}
    return {u["id"]: predicted.get(normalise_text(u["text"])) for u in gold["units"]}


def score_essay(gold: dict[str, Any], analysis: Analysis) -> EssayScore:
    match = match_units(gold, analysis)
    head = {r.source: r for r in analysis.relations}
    role = {u.id: u.role.value for u in analysis.units}
    attached = labelled = 0
    for rel in gold["relations"]:
        source, target = match.get(rel["source"]), match.get(rel["target"])
        edge = head.get(source) if source is not None else None
        if edge is not None and edge.target == target:
            attached += 1
            labelled += edge.type.value == rel["type"]
    gold_type = {(r["source"], r["target"]): r["type"] for r in gold["relations"]}
    gold_id = {predicted: unit for unit, predicted in match.items() if predicted is not None}
    drawn = [
        ((gold_id.get(r.source), gold_id.get(r.target)), r.type.value) for r in analysis.relations
    ]
    found = [gold_type[pair] == kind for pair, kind in drawn if pair in gold_type]
    roles_right = sum(
        match[u["id"]] is not None and role[match[u["id"]]] == u["role"] for u in gold["units"]
    )
    return EssayScore(
        essay=gold["essay"],
        split=gold.get("split", DEVELOPMENT),
        group="news" if is_news_style(gold) else "sample",
        units=len(gold["units"]),
        units_matched=sum(v is not None for v in match.values()),
        major_claim_right=match.get(gold["major_claim"]) == analysis.major_claim,
        relations=len(gold["relations"]),
        attached=attached,
        attached_labelled=labelled,
        roles_right=roles_right,
        gold_attacks=sum(r["type"] == "attack" for r in gold["relations"]),
        predicted_attacks=sum(r.type == RelationType.ATTACK for r in analysis.relations),
        headline_right=analysis.metadata.title == gold.get("metadata", {}).get("title"),
        predicted_relations=len(analysis.relations),
        fallback_relations=sum(r.basis == "fallback" for r in analysis.relations),
        predicted_right=len(found),
        predicted_right_labelled=sum(found),
    )


def pool_scores(scores: list[EssayScore]) -> dict[str, Any]:
    relations = sum(s.relations for s in scores)
    units = sum(s.units for s in scores)
    predicted = max(1, sum(s.predicted_relations for s in scores))
    return {
        "essays": len(scores),
        "major_claims_right": sum(s.major_claim_right for s in scores),
        "unit_recall": sum(s.units_matched for s in scores) / units,
        "attachment": sum(s.attached for s in scores) / relations,
        "labelled_attachment": sum(s.attached_labelled for s in scores) / relations,
        "role_accuracy": sum(s.roles_right for s in scores) / units,
        "gold_attacks": sum(s.gold_attacks for s in scores),
        "predicted_attacks": sum(s.predicted_attacks for s in scores),
        "headlines_right": sum(s.headline_right for s in scores),
        "fallback_share": sum(s.fallback_relations for s in scores) / predicted,
        "relation_precision": sum(s.predicted_right for s in scores) / predicted,
        "labelled_precision": sum(s.predicted_right_labelled for s in scores) / predicted,
    }
