"""The corpus view in summary.json: recurring claims and figures, frequent actors, claim kinds."""

from __future__ import annotations

import random
from fractions import Fraction
from pathlib import Path

from aidip_cli.batch import BatchOptions, run_batch
from aidip_cli.batch._corpus import (
    JACCARD_THRESHOLD,
    content_words,
    corpus_view,
    similar_pairs,
)
from aidip_cli.batch._records import (
    ClaimFact,
    CorpusFacts,
    Digest,
    FileRecord,
    QuantityFact,
)
from aidip_cli.schema import Stats
from helpers import fake_analyse_documents

PROJECTIONS = [
    "AI will add $15.7 trillion to the global economy by 2030.",
    "By 2030, AI will add 15.7 trillion dollars to the global economy.",
    "Projections say AI could add $15.7 trillion to the world economy by 2030.",
]


def _record(
    path: str, claims: list[str], quantities=(), actors=(), kinds=("predictive",), speakers=()
):  # type: ignore[no-untyped-def]
    facts = CorpusFacts(
        claims=tuple(ClaimFact(f"u{i}", t, "claim", tuple(kinds)) for i, t in enumerate(claims)),
        quantities=tuple(quantities),
        actors=tuple(actors),
        speakers=tuple(speakers),
    )
    stats = Stats(
        paragraphs=1, units=len(claims), major_claims=1, claims=len(claims), premises=0,
        background=0, relations=0, supports=0, attacks=0, unsupported_claims=0,
        quantities=len(quantities), unattributed_numbers=0, excluded=0, words=0,
    )  # fmt: skip
    return FileRecord(
        path, path + ".json", "0" * 64, "ok", None, Digest("0" * 64, "txt", stats, True, (), facts)
    )


def test_the_same_projection_in_several_op_eds_forms_one_group() -> None:
    records = [
        _record("a.txt", [PROJECTIONS[0], "Treaties must cover compute exports."]),
        _record("b.txt", ["Diplomats need technical advisers.", PROJECTIONS[1]]),
        _record("c.txt", [PROJECTIONS[2]]),
        _record("d.txt", ["Verification of AI treaties is hard."]),
    ]
    groups = corpus_view(records)["recurring_claims"]["groups"]
    assert len(groups) == 1
    (group,) = groups
    assert group["essays"] == 3 and group["text"] == PROJECTIONS[0]
    assert [m["path"] for m in group["members"]] == ["a.txt", "b.txt", "c.txt"]


def test_same_figure_across_essays_groups_by_value_and_unit() -> None:
    money = QuantityFact("money", "USD", 1.57e13, "$15.7 trillion")
    other = QuantityFact("money", "USD", 1.57e13, "15.7 trillion dollars")
    percent = QuantityFact("percent", "percent", 40.0, "40 percent")
    records = [
        _record("a.txt", [], quantities=[money, percent]),
        _record("b.txt", [], quantities=[other]),
        _record("c.txt", [], quantities=[QuantityFact("percent", "percent", 41.0, "41%")]),
    ]
    groups = corpus_view(records)["recurring_quantities"]["groups"]
    assert [(g["value"], g["unit"], g["essays"], g["paths"]) for g in groups] == [
        (1.57e13, "USD", 2, ["a.txt", "b.txt"])
    ]


def test_most_frequent_actors_and_kinds_per_essay() -> None:
    records = [
        _record("a.txt", ["x y z"], actors=["China", "China", "the UN"], kinds=("normative",)),
        _record("b.txt", ["x y z", "u v w"], actors=["the UN"], kinds=("causal", "normative")),
    ]
    view = corpus_view(records)
    # Ties on mentions go to the actor named in more essays.
    assert view["top_actors"] == [
        {"actor": "the UN", "mentions": 2, "essays": 2},
        {"actor": "China", "mentions": 2, "essays": 1},
    ]
    assert view["claim_kinds"] == [
        {"path": "a.txt", "claims": 1, "kinds": {"normative": 1}},
        {"path": "b.txt", "claims": 2, "kinds": {"normative": 2, "causal": 2}},
    ]


def test_prefix_filtering_finds_exactly_the_brute_force_pairs() -> None:
    rng = random.Random(7)
    vocabulary = [f"w{i}" for i in range(30)]
    sets = [frozenset(rng.sample(vocabulary, rng.randint(3, 9))) for _ in range(300)]
    expected = [
        (i, j)
        for i in range(len(sets))
        for j in range(i + 1, len(sets))
        if Fraction(len(sets[i] & sets[j]), len(sets[i] | sets[j])) >= JACCARD_THRESHOLD
    ]
    assert expected  # the sample must contain similar pairs for the check to mean anything
    assert similar_pairs(sets) == expected


def test_content_words_drop_function_words_and_plurals() -> None:
    assert content_words("The nations must add $15.7 trillion to the economy") == {
        "nation",
        "add",
        "15.7",
        "trillion",
        "economy",
    }


def test_summary_json_carries_the_corpus_view(tmp_path: Path) -> None:
    for name, text in zip("abc", PROJECTIONS, strict=True):
        (tmp_path / f"{name}.txt").write_text(text + " China should act.\n")
    options = BatchOptions(workers=1, analyser=fake_analyse_documents)
    result = run_batch([tmp_path], tmp_path / "out", options)
    corpus = result.summary["corpus"]
    assert corpus["recurring_claims"]["groups"][0]["essays"] == 3
    assert corpus["top_actors"][0] == {"actor": "China", "mentions": 3, "essays": 3}


def test_the_most_quoted_speakers_are_listed_with_the_essays_that_quote_them() -> None:
    records = [
        _record("a.txt", [], speakers=["Dana Whitlock", "Dana Whitlock", "Raymond Osei"]),
        _record("b.txt", [], speakers=["Raymond Osei"]),
        _record("c.txt", [], speakers=["Raymond Osei", "UN"]),
    ]
    speakers = corpus_view(records)["top_speakers"]
    assert [(s["speaker"], s["statements"], s["essays"]) for s in speakers] == [
        ("Raymond Osei", 3, 3),
        ("Dana Whitlock", 2, 1),
        ("UN", 1, 1),
    ]
    assert speakers[0]["paths"] == ["a.txt", "b.txt", "c.txt"]
