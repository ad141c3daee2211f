"""Ingest: each encoding a file may arrive in decodes to the same text; binaries are refused."""

from __future__ import annotations

import codecs
import hashlib

import pytest

from aidip_cli.errors import EXIT_INPUT, ContentError
from aidip_cli.ingest import load_bytes, load_text

SENTENCE = "Diplomats said “AI changes everything” and it’s true.\n\nTherefore, states must act."


@pytest.mark.parametrize(
    ("encoding", "prefix", "recorded"),
    [
        ("utf-8", b"", "utf-8"),
        ("utf-8", codecs.BOM_UTF8, "utf-8-sig"),
        ("utf-16-le", codecs.BOM_UTF16_LE, "utf-16"),
        ("utf-16-be", codecs.BOM_UTF16_BE, "utf-16"),
        ("utf-16-le", b"", "utf-16-le"),
        ("utf-16-be", b"", "utf-16-be"),
        ("cp1252", b"", "cp1252"),
    ],
)
def test_each_encoding_decodes_to_the_same_text(
    encoding: str, prefix: bytes, recorded: str
) -> None:
    data = prefix + SENTENCE.encode(encoding)
    doc = load_bytes(data, path="essay.txt")
    assert doc.text == SENTENCE
    assert doc.encoding == recorded
    assert doc.sha256 == hashlib.sha256(data).hexdigest()
    assert doc.nbytes == len(data)


def test_the_byte_order_mark_is_not_part_of_the_text() -> None:
    doc = load_bytes(codecs.BOM_UTF8 + b"States must act now.")
    assert doc.text == "States must act now."
    assert doc.paragraphs == [(0, len(doc.text))]


def test_cp1252_smart_quotes_come_out_as_curly_quotes() -> None:
    doc = load_bytes(b"He called it \x93a new era\x94 \x96 and it\x92s not.")
    assert doc.text == "He called it “a new era” – and it’s not."


def test_latin1_accents_survive() -> None:
    text = "La diplomatie numérique à Genève: déjà une réalité, même pour les États."
    doc = load_bytes(text.encode("latin-1"))
    assert doc.text == text
    assert doc.encoding in {"cp1252", "iso8859-1"}


def test_windows_and_old_mac_newlines_become_newlines() -> None:
    doc = load_bytes(b"First point here.\r\n\r\nSecond point here.\rThird point here.")
    assert doc.text == "First point here.\n\nSecond point here.\nThird point here."


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG image"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF document"),
        (b"PK\x03\x04\x14\x00\x06\x00", "ZIP archive"),
        (b"GIF89a\x01\x00\x01\x00", "GIF image"),
    ],
)
def test_binary_files_are_refused_by_their_signature(data: bytes, kind: str) -> None:
    with pytest.raises(ContentError, match=rf"'x\.bin' looks binary \({kind}") as caught:
        load_bytes(data, path="x.bin")
    assert caught.value.exit_code == EXIT_INPUT


def test_nul_bytes_that_are_not_utf16_mean_binary() -> None:
    with pytest.raises(ContentError, match="NUL bytes"):
        load_bytes(b"some text\x00\x00\x00\x01more\x00bytes\xff\xfe", path="dump.dat")


def test_control_characters_mean_binary() -> None:
    with pytest.raises(ContentError, match="control characters"):
        load_bytes(bytes(range(1, 32)) * 20 + b"a few letters", path="blob")


@pytest.mark.parametrize(
    "data", [b"", b"   \n\t\r\n  ", codecs.BOM_UTF8, codecs.BOM_UTF8 + b"\n \n"]
)
def test_empty_or_blank_input_is_reported_as_empty(data: bytes) -> None:
    with pytest.raises(ContentError, match=r"'x\.txt' is empty"):
        load_bytes(data, path="x.txt")


def test_blank_text_is_reported_as_empty() -> None:
    with pytest.raises(ContentError, match="is empty"):
        load_text(" \n\n ")


def test_undecodable_bytes_are_a_one_line_error() -> None:
    # Bytes undefined in Windows-1252 that no legacy guess accepts either.
    data = bytes([0x81, 0x8D, 0x8F, 0x90, 0x9D]) * 5
    with pytest.raises(ContentError, match="cannot be decoded as text"):
        load_bytes(data, path="odd.txt")


def test_text_longer_than_max_chars_names_the_limit_and_the_option() -> None:
    text = "A sentence that is long enough. " * 10
    with pytest.raises(
        ContentError, match=r"more than the limit of 100; raise it with --max-chars"
    ):
        load_bytes(text.encode(), path="long.txt", max_chars=100)
    assert load_bytes(text.encode(), max_chars=len(text)).text == text
