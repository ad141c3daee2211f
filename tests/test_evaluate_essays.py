"""Scoring an analysis against a hand-made gold file: counts a reader can verify by hand."""

from __future__ import annotations

from aidip_cli import analyse
from aidip_cli.evaluate._essays import pool_scores, score_essay
from aidip_cli.evaluate.runner import NEWS_ROUNDS, _number
from helpers import ESSAYS

TEXT = (
    "Nations must regulate military AI, as autonomous weapons make war cheaper. "
    "Critics argue that rules cannot be verified. However, chip registries make checks possible."
)


def test_a_gold_file_is_scored_unit_by_unit() -> None:
    analysis = analyse(TEXT)
    texts = [u.text for u in analysis.units]
    assert len(texts) == 4
    gold = {
        "essay": "inline",
        "major_claim": "g1",
        "units": [
            {"id": "g1", "text": texts[0], "role": "major_claim"},
            {"id": "g2", "text": texts[1], "role": "premise"},
            {"id": "g3", "text": texts[2], "role": "premise"},
            {"id": "g4", "text": "A sentence the engine never saw.", "role": "premise"},
        ],
        "relations": [
            {"source": "g2", "target": "g1", "type": "support"},
            {"source": "g3", "target": "g1", "type": "attack"},
            {"source": "g4", "target": "g3", "type": "attack"},
        ],
    }
    score = score_essay(gold, analysis)
    assert (score.units, score.units_matched, score.relations) == (4, 3, 3)
    assert score.major_claim_right == (analysis.major_claim == analysis.units[0].id)
    head = {r.source: (r.target, r.type.value) for r in analysis.relations}
    ids = [u.id for u in analysis.units]
    expected = [(ids[1], (ids[0], "support")), (ids[2], (ids[0], "attack"))]
    assert score.attached == sum(head.get(s, (None,))[0] == t for s, (t, _) in expected)
    assert score.attached_labelled == sum(head.get(s) == tl for s, tl in expected)
    assert score.gold_attacks == 2
    gold_pairs = {(ids[1], ids[0]): "support", (ids[2], ids[0]): "attack"}
    in_gold = [r for r in analysis.relations if (r.source, r.target) in gold_pairs]
    assert score.predicted_right == len(in_gold)
    assert score.predicted_right_labelled == sum(
        gold_pairs[(r.source, r.target)] == r.type.value for r in in_gold
    )
    fallback = sum(r.basis == "fallback" for r in analysis.relations)
    assert (score.predicted_relations, score.fallback_relations) == (
        len(analysis.relations),
        fallback,
    )
    pooled = pool_scores([score, score])
    assert pooled["essays"] == 2
    assert pooled["unit_recall"] == 3 / 4
    assert pooled["fallback_share"] == fallback / max(1, len(analysis.relations))
    assert pooled["headlines_right"] == 2 * (analysis.metadata.title is None)
    assert pooled["attachment"] == score.attached / 3
    predicted = max(1, len(analysis.relations))
    assert pooled["relation_precision"] == score.predicted_right / predicted
    assert pooled["labelled_precision"] == score.predicted_right_labelled / predicted


def test_precision_counts_a_relation_drawn_to_the_wrong_target_as_wrong() -> None:
    analysis = analyse(TEXT)
    ids = [u.id for u in analysis.units]
    texts = [u.text for u in analysis.units]
    relation = next(r for r in analysis.relations)
    wrong_target = next(i for i in ids if i not in (relation.source, relation.target))
    units = [{"id": f"g{k}", "text": t, "role": "premise"} for k, t in enumerate(texts)]
    gold_of = {i: f"g{k}" for k, i in enumerate(ids)}
    gold = {
        "essay": "inline",
        "major_claim": "g0",
        "units": units,
        "relations": [
            {"source": gold_of[relation.source], "target": gold_of[wrong_target], "type": "support"}
        ],
    }
    score = score_essay(gold, analysis)
    assert (score.predicted_right, score.predicted_right_labelled) == (0, 0)
    gold["relations"][0]["target"] = gold_of[relation.target]
    other = "attack" if relation.type.value == "support" else "support"
    gold["relations"][0]["type"] = other
    score = score_essay(gold, analysis)
    assert (score.predicted_right, score.predicted_right_labelled) == (1, 0)


def test_every_news_essay_is_reported_in_exactly_one_writing_round() -> None:
    numbers = sorted({_number(p.name) for p in ESSAYS.glob("*.gold.json")})
    news = [n for n in numbers if n >= 9]
    for n in news:
        assert sum(first <= n <= last for first, last in NEWS_ROUNDS) == 1, n
    assert _number("README.md") == -1
