"""Loading arggraph XML into gold trees: a hand-written graph, and the corpus when present."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from aidip_cli.corpora.microtexts import (
    CorpusError,
    load_corpus,
    load_folds,
    load_microtext,
    parse_arggraph,
)
from helpers import EDGES, EDUS, ROLES, arggraph, write_corpus


def test_undercut_and_linked_premise_are_converted_as_the_readme_says() -> None:
    micro = parse_arggraph(arggraph("micro_x1", EDUS, ROLES, EDGES))
    # und targets edge c1 (a2→a1): its source ADU is a2; add targets c3 (a4 reb a3): source a4.
    assert micro.tree == [(2, 1, "sup"), (3, 2, "und"), (4, 3, "reb"), (5, 4, "link")]
    assert micro.root == 1
    assert micro.segments == EDUS
    assert micro.roles == ROLES


def test_segment_spans_index_the_text() -> None:
    micro = parse_arggraph(arggraph("micro_x1", EDUS, ROLES, EDGES))
    assert micro.text == " ".join(EDUS)
    assert [micro.text[s:e] for s, e in micro.spans] == EDUS
    assert micro.spans[1][0] == len(EDUS[0]) + 1


def test_roles_derived_from_the_tree_match_the_annotated_roles() -> None:
    micro = parse_arggraph(arggraph("micro_x1", EDUS, ROLES, EDGES))
    assert ["opp" if r else "pro" for r in micro.gold.roles()] == ROLES


def test_a_graph_with_two_central_claims_is_rejected_with_one_line() -> None:
    with pytest.raises(CorpusError, match="expected one central claim, found 2"):
        parse_arggraph(arggraph("micro_x2", EDUS, ROLES, EDGES[:3]))


def test_malformed_xml_is_a_corpus_error() -> None:
    with pytest.raises(CorpusError, match="not well-formed XML"):
        parse_arggraph("<arggraph><edu>", source="broken.xml")


def test_an_undercut_of_a_missing_edge_is_a_corpus_error() -> None:
    edges = [*EDGES[:1], ("c2", "a3", "c99", "und"), *EDGES[2:]]
    with pytest.raises(CorpusError, match="neither an ADU nor an edge"):
        parse_arggraph(arggraph("micro_x3", EDUS, ROLES, edges))


def test_corpus_is_sorted_by_id_and_found_in_an_en_subfolder(tmp_path: Path) -> None:
    write_corpus(tmp_path / "en", ["micro_k2", "micro_b1", "micro_d3"])
    texts = load_corpus(tmp_path)
    assert [m.id for m in texts] == ["micro_b1", "micro_d3", "micro_k2"]


def test_missing_corpus_folder_is_a_one_line_error(tmp_path: Path) -> None:
    with pytest.raises(CorpusError, match="not a directory"):
        load_corpus(tmp_path / "nope")
    with pytest.raises(CorpusError, match="no arggraph"):
        load_corpus(tmp_path)


def test_txt_that_does_not_contain_the_segments_is_rejected(tmp_path: Path) -> None:
    write_corpus(tmp_path, ["micro_b1"])
    (tmp_path / "micro_b1.txt").write_text("something else entirely", "utf-8")
    with pytest.raises(CorpusError, match="segment 1 is not found"):
        load_microtext(tmp_path / "micro_b1.xml")


def test_folds_are_read_from_the_test_folds_key_or_a_bare_list(tmp_path: Path) -> None:
    keyed = tmp_path / "folds.json"
    keyed.write_text(json.dumps({"test_folds": [["a", "b"], ["c"]]}), "utf-8")
    bare = tmp_path / "bare.json"
    bare.write_text(json.dumps([["a"], ["b", "c"]]), "utf-8")
    assert load_folds(keyed) == [["a", "b"], ["c"]]
    assert load_folds(bare) == [["a"], ["b", "c"]]


def test_a_fold_file_of_the_wrong_shape_is_rejected(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"test_folds": [1, 2]}), "utf-8")
    with pytest.raises(CorpusError, match="list of lists"):
        load_folds(bad)
    bad.write_text("{", "utf-8")
    with pytest.raises(CorpusError, match="not JSON"):
        load_folds(bad)


@pytest.mark.corpus
def test_the_corpus_loads_with_the_counts_its_readme_gives(microtexts_dir: Path) -> None:
    texts = load_corpus(microtexts_dir)
    assert len(texts) == 112
    assert sum(len(m.segments) for m in texts) == 576
    labels = Counter(label for m in texts for _, _, label in m.tree)
    assert labels == {"sup": 263, "reb": 108, "und": 63, "link": 21, "exa": 9}
    assert sum(m.root == 1 for m in texts) == 60
    assert all(m.text == " ".join(m.segments) for m in texts)


@pytest.mark.corpus
def test_roles_derived_from_every_corpus_tree_match_the_annotation(microtexts_dir: Path) -> None:
    for micro in load_corpus(microtexts_dir):
        assert ["opp" if r else "pro" for r in micro.gold.roles()] == micro.roles, micro.id


@pytest.mark.corpus
def test_the_fifty_folds_partition_the_corpus_five_at_a_time(microtexts_dir: Path) -> None:
    folds = load_folds(microtexts_dir / "folds_10x5.json")
    ids = {m.id for m in load_corpus(microtexts_dir)}
    assert len(folds) == 50
    for start in range(0, 50, 5):
        block = [i for fold in folds[start : start + 5] for i in fold]
        assert sorted(block) == sorted(ids)
