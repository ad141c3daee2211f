"""Bad and odd inputs to ``aidip analyse``: each gets an analysis or one line, never a traceback.

Every input is generated here (nothing binary is committed). The CLI runs in-process through
``aidip_cli.cli.run`` (fast); ``test_robust_cli_process.py`` repeats a few through a real
process. "analysed" means exit 0, JSON valid against ``aidip schema``, every offset honest and
the relations a tree (see ``test_robust_invariants.py``); "error N" means exit code N and one
line ``aidip: error: ...`` on stderr, nothing on stdout, no output file. Root ignores permission
bits, so ``test_robust_permissions.py`` also simulates EACCES at the exact call.

=========================================  ==========================================  =====
input                                      outcome                                     exit
=========================================  ==========================================  =====
empty file                                 error "... is empty"                        3
whitespace only                            error "... is empty"                        3
PNG (magic bytes + junk)                   error "looks binary (PNG image)"            3
PDF (magic bytes + junk)                   error "looks binary (PDF document)"         3
PNG bytes named .txt                       error "looks binary (PNG image)"            3
NUL bytes inside text                      error "looks binary (it contains NUL ...)"  3
invalid UTF-8 (stray bytes)                analysed, decoded as cp1252                 0
UTF-16 with BOM                            analysed, encoding utf-16                   0
UTF-16-LE without BOM                      analysed, encoding utf-16-le                0
cp1252 smart quotes                        analysed, quotes decoded right              0
20 MB text, default --max-chars            error "... raise it with --max-chars"       3
20 MB text, --max-chars 25,000,000         ingested (not analysed here; see bench)    -
200,000-char sentence, no punctuation      analysed, cut into <=20,000-char pieces     0
10,000 one-line paragraphs (slow)          analysed, 10,000 paragraphs                 0
HTML with only script and style            error "no text found"                       3
HTML nested 5,000 divs deep                analysed, no markup in the text             0
Markdown with code blocks and a table      analysed, code set aside as excluded        0
Arabic and Hebrew (right-to-left)          analysed                                    0
zero-width and combining characters        analysed, characters kept                   0
emoji (incl. ZWJ sequences)                analysed                                    0
German essay                               analysed                                    0
a directory                                error "it is a directory"                   2
a FIFO (no writer)                         error "a named pipe", without blocking      2
a missing file                             error "no such file"                        2
a file without read permission             error "permission denied" (root: simulated) 2
-o whose directory is a file               error "... is not a directory"              2
-o into a directory without write perm.    error "not writable" (root: simulated)      2
-o into a missing directory                error "... does not exist" (not created)    2
-o naming an existing directory            error "it is a directory"                   2
--max-chars 0 / not a number               error "Invalid value for '--max-chars'"     2
an unknown option                          error "No such option"                      2
=========================================  ==========================================  =====
"""

from __future__ import annotations

import itertools
import json
import os
import stat
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from aidip_cli.cli import run
from aidip_cli.ingest import DEFAULT_MAX_CHARS, load_path
from aidip_cli.nlp import MAX_PIECE_CHARS, pieces
from helpers import ESSAY, sound

SMART = "\u201cCritics\u201d argue \u2014 it\u2019s true \u2013 that treaties cannot be verified."
SENTENCE_WORDS = "diplomats negotiate binding rules for artificial intelligence "
GERMAN = (
    "Künstliche Intelligenz verändert die Diplomatie grundlegend. Deshalb müssen Staaten "
    "gemeinsame Regeln vereinbaren, weil sonst ein Wettrüsten droht.\n\n"
    "Kritiker sagen, solche Verträge seien nicht überprüfbar. Dennoch sind Inspektionen von "
    "Rechenzentren längst möglich.\n"
)
RTL = (
    "الذكاء الاصطناعي يغير الدبلوماسية الدولية. لذلك يجب على الدول أن تتفق على قواعد مشتركة.\n\n"
    "הבינה המלאכותית משנה את הדיפלומטיה. לכן על המדינות להסכים על כללים.\n"
)


@dataclass(frozen=True)
class Case:
    """One input: its file name, how to make its bytes, and what the user must see."""

    name: str
    make: Callable[[], bytes]
    exit_code: int = 0
    message: str = ""  # a fragment of the one-line error (or "" when analysed)
    encoding: str | None = None  # the encoding an analysed input must report
    keeps: str = ""  # text the analysed document must still contain


def _essay(text: str = ESSAY) -> bytes:
    return text.encode("utf-8")


CASES = [
    Case("empty.txt", lambda: b"", 3, "is empty"),
    Case("blank.txt", lambda: "  \n\t\n \r\n\u00a0\u3000\n".encode(), 3, "is empty"),
    Case("image.png", lambda: b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, 3, "PNG image"),
    Case("paper.pdf", lambda: b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + bytes(range(256)), 3, "PDF"),
    Case("renamed.txt", lambda: b"\x89PNG\r\n\x1a\n" + b"\x00IHDR" * 40, 3, "PNG image"),
    Case("nul.txt", lambda: _essay().replace(b"rules", b"ru\x00les"), 3, "NUL bytes"),
    Case(
        "stray-bytes.txt",
        lambda: _essay() + b"Costs rose \xff\xfe 3\xa0percent.\n",
        encoding="cp1252",
        keeps="Nations must agree",
    ),
    Case("bom16.txt", lambda: ESSAY.encode("utf-16"), encoding="utf-16", keeps="OECD"),
    Case("le16.txt", lambda: ESSAY.encode("utf-16-le"), encoding="utf-16-le", keeps="OECD"),
    Case(
        "smart.txt",
        lambda: (ESSAY + SMART + "\n").encode("cp1252"),
        encoding="cp1252",
        keeps="\u201cCritics\u201d argue \u2014 it\u2019s",
    ),
    Case(
        "nested.html",
        lambda: (
            "<html><body>" + "<div>" * 5000 + "<p>" + ESSAY.replace("\n\n", "</p><p>") + "</p>"
            "" + "</div>" * 5000 + "</body></html>"
        ).encode(),
        keeps="inspections of data centres",
    ),
    Case(
        "only-code.html",
        lambda: (
            b"<html><head><style>p{color:red}</style><script>alert(1)</script></head>"
            b"<body><script>var x = '<p>hidden</p>';</script><style>b{}</style></body></html>"
        ),
        3,
        "no text found",
    ),
    Case(
        "code.md",
        lambda: (
            "# Compute diplomacy\n\n" + ESSAY + "\n```python\nprint('not an argument')\n```\n\n"
            "| country | share |\n|---|---|\n| A | 40% |\n\n" + ESSAY
        ).encode(),
        keeps="Therefore, governments",
    ),
    Case("rtl.txt", lambda: RTL.encode(), keeps="הבינה"),
    Case(
        "zero-width.txt",
        lambda: (
            ESSAY.replace("military", "mi\u200bli\u200dtary")
            .replace("Critics", "Cri\u0301tics\u0308")
            .replace("Nations", "\ufeffNa\u200ctions\u2060")
            .encode()
        ),
        keeps="mi\u200bli\u200dtary",
    ),
    Case(
        "emoji.txt",
        lambda: ESSAY.replace("AI", "AI \U0001f916\U0001f469\U0001f3fd\u200d\U0001f4bb").encode(),
        keeps="\U0001f469\U0001f3fd\u200d\U0001f4bb",
    ),
    Case("german.txt", lambda: GERMAN.encode(), keeps="Wettrüsten"),
]


def _analyse(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = run(["analyse", *args])
    out, err = capsys.readouterr()
    return code, out, err


def assert_one_line_error(code: int, out: str, err: str, exit_code: int, fragment: str) -> None:
    """The documented exit code, one ``aidip: error:`` line that says why, nothing else."""
    assert code == exit_code, err
    assert out == ""
    assert err.startswith("aidip: error: ") and err.count("\n") == 1, err
    assert "Traceback" not in err and "internal error" not in err, err
    assert fragment in err, err


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_each_odd_input_is_analysed_or_refused_in_one_line(
    case: Case, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / case.name
    source.write_bytes(case.make())
    target = tmp_path / "out.json"
    code, out, err = _analyse(capsys, str(source), "-o", str(target))
    if case.exit_code:
        assert_one_line_error(code, out, err, case.exit_code, case.message)
        assert not target.exists(), "a failed run must not leave an output file"
        return
    assert (code, err) == (0, "")
    data = json.loads(target.read_text(encoding="utf-8"))
    sound(data)
    assert data["units"], "an essay should yield argument units"
    if case.encoding:
        assert data["source"]["encoding"] == case.encoding
    assert case.keeps in data["text"]
    assert "<div" not in data["text"] and "print('not" not in " ".join(
        u["text"] for u in data["units"]
    )


def test_markdown_code_blocks_are_set_aside_not_analysed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    case = next(c for c in CASES if c.name == "code.md")
    source = tmp_path / case.name
    source.write_bytes(case.make())
    code, out, _ = _analyse(capsys, str(source), "-f", "json")
    assert code == 0
    data = json.loads(out)
    assert any(span["reason"] == "code" for span in data["excluded"])
    assert all("not an argument" not in u["text"] for u in data["units"])


def test_a_20_mb_text_is_refused_by_default_with_the_option_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    big = tmp_path / "big.txt"
    paragraph = ESSAY.replace("\n\n", " ").strip() + "\n\n"
    big.write_text(paragraph * (20_000_000 // len(paragraph) + 1), encoding="utf-8")
    assert big.stat().st_size >= 20_000_000
    code, out, err = _analyse(capsys, str(big), "-o", str(tmp_path / "big.json"))
    assert_one_line_error(code, out, err, 3, f"limit of {DEFAULT_MAX_CHARS:,} characters")
    assert "--max-chars" in err
    assert not (tmp_path / "big.json").exists()
    # With the limit raised it is read and split into paragraphs the parser can take; the
    # full 20 MB analysis is measured by `make bench`, not here.
    document = load_path(big, max_chars=25_000_000)
    assert len(document.text) >= 20_000_000
    assert all(end - start <= MAX_PIECE_CHARS for start, end in document.paragraphs)


def test_a_200000_character_sentence_is_analysed_in_bounded_pieces(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = (SENTENCE_WORDS * (200_000 // len(SENTENCE_WORDS) + 1))[:200_000]
    source = tmp_path / "one-sentence.txt"
    source.write_text(text, encoding="utf-8")
    code, out, err = _analyse(capsys, str(source), "-f", "json")
    assert (code, err) == (0, "")
    data = json.loads(out)
    sound(data)
    assert len(data["paragraphs"]) == 1
    assert len(data["units"]) >= 2, "one 200k-char unit would mean the paragraph was not cut"
    assert all(len(u["text"]) <= MAX_PIECE_CHARS for u in data["units"])
    covered = sum(len(u["text"]) for u in data["units"])
    assert covered >= len(text.strip()) - len(data["units"]), "the pieces must cover the text"


def test_long_paragraphs_are_cut_at_sentence_ends_and_cover_everything() -> None:
    text = "Treaties matter. " * 30 + "x" * 250 + " tail"
    spans = pieces(text, 0, len(text), 100)
    assert spans[0][0] == 0 and spans[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in itertools.pairwise(spans))
    assert all(0 < end - start <= 100 for start, end in spans)
    assert text[: spans[0][1]].endswith("matter. "), "a sentence end inside the window wins"


@pytest.mark.slow
def test_10000_one_line_paragraphs_are_all_analysed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "lines.txt"
    source.write_text("\n".join(f"Point {i}." for i in range(10_000)) + "\n", encoding="utf-8")
    code, out, err = _analyse(capsys, str(source), "-f", "json")
    assert (code, err) == (0, "")
    data = json.loads(out)
    assert len(data["paragraphs"]) == 10_000
    sound(data)


def test_a_directory_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert_one_line_error(*_analyse(capsys, str(tmp_path)), 2, "it is a directory")


def test_a_fifo_is_refused_without_waiting_for_a_writer(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    assert_one_line_error(*_analyse(capsys, str(fifo)), 2, "a named pipe")


def test_a_missing_file_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert_one_line_error(*_analyse(capsys, str(tmp_path / "nope.txt")), 2, "no such file")


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their permission bits")
def test_an_unreadable_file_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "secret.txt"
    source.write_bytes(_essay())
    source.chmod(0)
    assert_one_line_error(*_analyse(capsys, str(source)), 2, "permission denied")


@pytest.fixture
def essay_file(tmp_path: Path) -> Path:
    source = tmp_path / "essay.txt"
    source.write_bytes(_essay())
    return source


def test_output_under_a_file_is_refused(
    essay_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "afile"
    blocker.write_text("keep me", encoding="utf-8")
    result = _analyse(capsys, str(essay_file), "-o", str(blocker / "out.json"))
    assert_one_line_error(*result, 2, "is not a directory")
    assert blocker.read_text(encoding="utf-8") == "keep me"


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into directories without write bits")
def test_output_into_a_read_only_directory_is_refused(
    essay_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(stat.S_IRUSR | stat.S_IXUSR)
    result = _analyse(capsys, str(essay_file), "-o", str(locked / "out.json"))
    assert_one_line_error(*result, 2, "not writable")


def test_output_into_a_missing_directory_is_refused_not_created(
    essay_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "missing" / "deeper"
    result = _analyse(capsys, str(essay_file), "-o", str(missing / "out.json"))
    assert_one_line_error(*result, 2, "does not exist")
    assert not missing.exists() and not missing.parent.exists()


def test_output_naming_a_directory_is_refused(
    essay_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "results.json"
    folder.mkdir()
    result = _analyse(capsys, str(essay_file), "-o", str(folder), "-f", "json")
    assert_one_line_error(*result, 2, "it is a directory")
    assert list(folder.iterdir()) == [], "no temporary file may be left behind"


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (["--max-chars", "0"], "Invalid value for '--max-chars'"),
        (["--max-chars", "many"], "Invalid value for '--max-chars'"),
        (["--no-such-flag"], "No such option: --no-such-flag"),
    ],
)
def test_bad_options_are_one_line_usage_errors(
    essay_file: Path, args: list[str], fragment: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = _analyse(capsys, str(essay_file), *args)
    assert_one_line_error(code, out, err, 2, fragment)
    assert "aidip analyse --help" in err


def test_max_chars_is_documented_with_its_default(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["analyse", "--help"]) == 0
    help_text = " ".join(capsys.readouterr().out.split())
    assert "--max-chars" in help_text and f"default: {DEFAULT_MAX_CHARS}" in help_text
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    assert "--max-chars" in readme and f"{DEFAULT_MAX_CHARS:,}" in readme


def test_a_small_max_chars_refuses_with_the_limit_named(
    essay_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = _analyse(capsys, str(essay_file), "--max-chars", "50")
    assert_one_line_error(code, out, err, 3, "limit of 50 characters")
    assert "raise it with --max-chars" in err
