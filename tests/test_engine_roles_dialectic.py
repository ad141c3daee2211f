"""The other side's voice: a conceded point attacks the thesis and the turn after it rebuts it."""

from __future__ import annotations

from aidip_cli.mine.segments import predict_tree


def test_point_before_but_attacks_the_claim_and_the_but_clause_rebuts_it() -> None:
    prediction = predict_tree(
        [
            "Governments should publish their military AI doctrines.",
            "Secrecy breeds fear among rivals.",
            "Publishing a doctrine reveals some plans to adversaries.",
            "But the broad principles reveal nothing tactical.",
        ]
    )
    assert prediction.root == 0
    assert prediction.heads[3] == 2 and prediction.labels[3] == "attack"
    assert prediction.labels[2] == "attack"
    assert prediction.labels[1] == "support"


def test_conclusion_marked_inside_a_sentence_is_the_central_claim() -> None:
    prediction = predict_tree(
        [
            "Chips for training large models come from very few factories.",
            "Whoever controls those factories controls the pace of AI.",
            "Export rules on chips are therefore a matter for diplomats.",
        ]
    )
    assert prediction.root == 2
    assert prediction.heads[1] == 2 and prediction.labels[1] == "support"
