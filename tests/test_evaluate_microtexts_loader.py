"""Loading arggraph XML into gold trees: hand-written graphs (with what the corpus's second part
uses: ADUs of several EDUs, joints, EDUs outside any ADU, implicit central claims, examples), files
that cannot be read, and the corpus when present."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from aidip_cli.corpora.microtexts import (
    CorpusError,
    MicroText,
    load_corpus,
    load_folds,
    load_microtext,
    parse_arggraph,
)
from helpers import EDGES, EDUS, PART2, ROLES, TWO_CLAIMS, arggraph, write_corpus, write_part2


def test_undercut_and_linked_premise_are_converted_as_the_readme_says() -> None:
    micro = parse_arggraph(arggraph("micro_x1", EDUS, ROLES, EDGES))
    # und targets edge c1 (a2→a1): its source ADU is a2; add targets c3 (a4 reb a3): source a4.
    assert micro.tree == [(2, 1, "sup"), (3, 2, "und"), (4, 3, "reb"), (5, 4, "link")]
    assert micro.root == 1
    assert micro.segments == EDUS
    assert micro.roles == ROLES


def test_segment_pieces_index_the_text() -> None:
    micro = parse_arggraph(arggraph("micro_x1", EDUS, ROLES, EDGES))
    assert micro.text == " ".join(EDUS)
    assert [micro.text[s:e] for ((s, e),) in micro.pieces] == EDUS
    assert micro.pieces[1][0][0] == len(EDUS[0]) + 1
    assert micro.not_in_text == []


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
    texts = load_corpus(tmp_path).texts
    assert [m.id for m in texts] == ["micro_b1", "micro_d3", "micro_k2"]


def test_missing_corpus_folder_is_a_one_line_error(tmp_path: Path) -> None:
    with pytest.raises(CorpusError, match="not a directory"):
        load_corpus(tmp_path / "nope")
    with pytest.raises(CorpusError, match="no arggraph"):
        load_corpus(tmp_path)


def test_txt_that_does_not_contain_the_segments_is_rejected(tmp_path: Path) -> None:
    write_corpus(tmp_path, ["micro_b1"])
    (tmp_path / "micro_b1.txt").write_text("something else entirely", "utf-8")
    with pytest.raises(CorpusError, match=r"micro_b1\.xml: EDU e1 is not found in the text"):
        load_microtext(tmp_path / "micro_b1.xml")


def test_a_txt_with_other_line_breaks_and_spacing_still_places_every_segment(
    tmp_path: Path,
) -> None:
    write_corpus(tmp_path, ["micro_b1"])
    text = "\n\n".join(EDUS).replace("for war", "for\n  war")
    (tmp_path / "micro_b1.txt").write_text(text, "utf-8")
    micro = load_microtext(tmp_path / "micro_b1.xml")
    assert micro.text == text
    pieces = [text[s:e] for ((s, e),) in micro.pieces]
    assert pieces[1] == "because autonomous weapons lower the threshold for\n  war."
    assert pieces[2:] == EDUS[2:]


# -- what the corpus's second part uses --------------------------------------------------------


def part2(doc_id: str) -> MicroText:
    xml, text = PART2[doc_id]
    return parse_arggraph(xml, text=text, source=f"{doc_id}.xml")


def texts_of(micro: MicroText) -> list[list[str]]:
    return [[micro.text[s:e] for s, e in pieces] for pieces in micro.pieces]


def test_an_adu_of_several_edus_is_one_segment_with_its_edus_in_document_order() -> None:
    micro = part2("micro_p1_multi_edu")
    assert micro.segments == [
        "Nations should sign the drone treaty, before the summit ends.",
        "which most of them already back,",
        "If the treaty fails, an arms race will follow.",
    ]
    assert micro.tree == [(2, 1, "sup"), (3, 1, "sup")] and micro.root == 1
    # a1 is cut in two by a2's EDU; a3's two EDUs are adjacent, so one piece.
    assert texts_of(micro) == [
        ["Nations should sign the drone treaty,", "before the summit ends."],
        ["which most of them already back,"],
        ["If the treaty fails, an arms race will follow."],
    ]


def test_edus_joined_by_a_joint_are_one_segment() -> None:
    micro = part2("micro_p2_joint")
    assert micro.segments == [
        "Coal plants must close by the end of the decade,",
        "since wind power is now cheaper.",
    ]
    assert micro.tree == [(2, 1, "sup")]
    assert texts_of(micro)[0] == ["Coal plants must close by the end of the decade,"]


def test_edus_outside_any_adu_stay_in_the_text_but_are_not_segments() -> None:
    micro = part2("micro_p3_outside")
    assert micro.text.startswith("Dear readers, libraries")
    assert micro.segments == ["libraries deserve more money.", "They serve everyone who walks in."]
    assert texts_of(micro) == [[s] for s in micro.segments]
    assert micro.gold.heads == (None, 0)


def test_an_implicit_claim_restated_in_capitals_is_found_in_the_text() -> None:
    micro = part2("micro_p4_implicit_capitals")
    assert micro.segments[0] == "Schools should start later"  # the annotated wording
    assert texts_of(micro)[0] == ["SCHOOLS SHOULD  START\nLATER"]
    assert micro.not_in_text == []


def test_an_implicit_edu_is_placed_where_no_explicit_edu_already_is() -> None:
    xml = """<arggraph id="micro_q">
  <edu id="e1"><![CDATA[Many say schools should start later.]]></edu>
  <edu id="e2" implicit="true"><![CDATA[schools should start later]]></edu>
  <adu id="a1" type="pro"/>
  <adu id="a2" type="pro"/>
  <edge id="c1" src="e1" trg="a1" type="seg"/>
  <edge id="c2" src="e2" trg="a2" type="seg"/>
  <edge id="c3" src="a1" trg="a2" type="sup"/>
</arggraph>"""
    text = "Many say schools should start later. Schools Should Start Later!"
    micro = parse_arggraph(xml, text=text)
    assert micro.pieces[1] == ((37, 63),)
    assert text[37:63] == "Schools Should Start Later"


def test_an_implicit_claim_the_text_does_not_state_is_a_segment_outside_the_text() -> None:
    micro = part2("micro_p5_implicit_absent")
    assert micro.segments[0] == "Cities should ban cars from their centres."
    assert micro.root == 1 and micro.not_in_text == [1]
    assert micro.pieces[0] == ()
    # Without a .txt the text is the explicit EDUs: the supplied wording is not put into it.
    assert micro.text.startswith("Traffic noise harms sleep.")
    assert [micro.text[s:e] for ((s, e),) in micro.pieces[1:]] == micro.segments[1:]


def test_support_by_example_counts_as_support() -> None:
    micro = part2("micro_p6_example")
    assert micro.tree == [(2, 1, "sup"), (3, 2, "exa")]
    assert micro.gold.labels == (None, "support", "support")


def test_one_file_that_cannot_be_read_is_set_aside_and_the_rest_load(tmp_path: Path) -> None:
    write_part2(tmp_path)
    (tmp_path / "micro_p9_two_claims.xml").write_text(TWO_CLAIMS, "utf-8")
    (tmp_path / "micro_p8_latin1.xml").write_bytes("<arggraph>\xe9</arggraph>".encode("latin-1"))
    corpus = load_corpus(tmp_path)
    assert [m.id for m in corpus.texts] == sorted(PART2)
    assert [(u.file, u.id) for u in corpus.unreadable] == [
        ("micro_p8_latin1.xml", "micro_p8_latin1"),
        ("micro_p9_two_claims.xml", "micro_p9_two_claims"),
    ]
    assert corpus.unreadable[1].problem == "expected one central claim, found 2"
    assert corpus.warnings() == [
        f"{tmp_path / 'micro_p8_latin1.xml'}: the .xml or .txt file is not UTF-8; text skipped",
        f"{tmp_path / 'micro_p9_two_claims.xml'}: expected one central claim, found 2; "
        "text skipped",
    ]


def test_strict_loading_stops_at_the_first_file_that_cannot_be_read(tmp_path: Path) -> None:
    write_part2(tmp_path, ["micro_p1_multi_edu"])
    (tmp_path / "micro_p9_two_claims.xml").write_text(TWO_CLAIMS, "utf-8")
    with pytest.raises(CorpusError, match=r"micro_p9_two_claims\.xml: expected one central"):
        load_corpus(tmp_path, strict=True)


def test_a_folder_where_no_file_can_be_read_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "micro_p9_two_claims.xml").write_text(TWO_CLAIMS, "utf-8")
    with pytest.raises(CorpusError, match="none of the 1 arggraph files can be read"):
        load_corpus(tmp_path)


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        (
            ('<edge id="c3"', '<edge id="c9" src="e1" trg="a2" type="seg"/><edge id="c3"'),
            "e1 is segmented into both a1 and a2",
        ),
        (
            ('<adu id="a2" type="pro"/>', '<adu id="a2" type="pro"/><adu id="a7" type="pro"/>'),
            "ADU a7 has no EDU",
        ),
        (('src="e3" trg="a1"', 'src="e3" trg="a9"'), "seg edge e3→a9 does not join"),
        (("<![CDATA[before the summit ends.]]>", ""), "EDU e3 is empty"),
    ],
)
def test_a_broken_segmentation_is_a_one_line_corpus_error(
    change: tuple[str, str], problem: str
) -> None:
    xml, _ = PART2["micro_p1_multi_edu"]
    assert change[0] in xml
    with pytest.raises(CorpusError, match=problem):
        parse_arggraph(xml.replace(*change), source="broken.xml")


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
    bad.write_bytes(b'[["micro_\xe9"]]')
    with pytest.raises(CorpusError, match="not UTF-8"):
        load_folds(bad)


@pytest.mark.corpus
def test_the_corpus_loads_with_the_counts_its_readme_gives(microtexts_dir: Path) -> None:
    corpus = load_corpus(microtexts_dir)
    assert corpus.unreadable == []
    texts = corpus.texts
    assert len(texts) == 112
    assert sum(len(m.segments) for m in texts) == 576
    labels = Counter(label for m in texts for _, _, label in m.tree)
    assert labels == {"sup": 263, "reb": 108, "und": 63, "link": 21, "exa": 9}
    assert sum(m.root == 1 for m in texts) == 60
    assert all(m.text == " ".join(m.segments) for m in texts)
    # Every segment is one piece of the text, found where its words are.
    for m in texts:
        assert [m.text[s:e] for ((s, e),) in m.pieces] == m.segments, m.id


@pytest.mark.corpus
def test_roles_derived_from_every_corpus_tree_match_the_annotation(microtexts_dir: Path) -> None:
    for micro in load_corpus(microtexts_dir).texts:
        assert ["opp" if r else "pro" for r in micro.gold.roles()] == micro.roles, micro.id


@pytest.mark.corpus
def test_the_fifty_folds_partition_the_corpus_five_at_a_time(microtexts_dir: Path) -> None:
    folds = load_folds(microtexts_dir / "folds_10x5.json")
    ids = {m.id for m in load_corpus(microtexts_dir).texts}
    assert len(folds) == 50
    for start in range(0, 50, 5):
        block = [i for fold in folds[start : start + 5] for i in fold]
        assert sorted(block) == sorted(ids)
