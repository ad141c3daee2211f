"""Which files `aidip batch` takes, in which order, and where each one's output goes."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from aidip_cli.batch._core import output_target
from aidip_cli.batch._walk import discover
from aidip_cli.batch.options import DEFAULT_GLOBS
from aidip_cli.errors import InputError, OutputError
from helpers import make_tree


def _walk(*args: str, **kw: object) -> list:
    return discover(list(args), globs=kw.pop("globs", DEFAULT_GLOBS), **kw)  # type: ignore[arg-type]


def test_folder_is_walked_recursively_in_sorted_order(tmp_path: Path, monkeypatch) -> None:
    make_tree(tmp_path / "essays")
    monkeypatch.chdir(tmp_path)
    entries = _walk("essays")
    assert [e.path for e in entries] == [
        "essays/a/x.md",
        "essays/a/x.txt",
        "essays/b/deep/c/y.txt",
        "essays/b/deep/loop",
        "essays/b/x.txt",
        "essays/bad/binary.txt",
        "essays/bad/empty.txt",
        "essays/bad/undecodable.txt",
        "essays/top.html",
    ]
    outputs = {e.path: e.output for e in entries}
    assert outputs["essays/a/x.txt"] == "a/x.txt.json"
    assert outputs["essays/a/x.md"] == "a/x.md.json"
    assert outputs["essays/b/x.txt"] == "b/x.txt.json"
    assert outputs["essays/b/deep/loop"] is None


def test_symlink_loop_is_an_error_entry_not_a_hang(tmp_path: Path) -> None:
    make_tree(tmp_path)
    (tmp_path / "self").symlink_to("self")
    errors = {Path(e.path).name: e.error for e in _walk(str(tmp_path)) if e.error}
    assert "symlink loop" in errors["loop"]
    assert "symlink loop" in errors["self"]


def test_dangling_link_and_fifo_are_reported(tmp_path: Path) -> None:
    (tmp_path / "gone.txt").symlink_to(tmp_path / "missing.txt")
    os.mkfifo(tmp_path / "pipe.txt")
    errors = {Path(e.path).name: e.error for e in _walk(str(tmp_path))}
    assert "broken symlink" in errors["gone.txt"]
    assert errors["pipe.txt"] == "not a regular file"


def test_globs_and_excludes_choose_files(tmp_path: Path) -> None:
    make_tree(tmp_path)
    entries = _walk(str(tmp_path), globs=["*.RST", "*.md"])
    assert [Path(e.path).name for e in entries if e.error is None] == ["x.md", "notes.rst"]
    kept = _walk(str(tmp_path), excludes=["bad", "b/deep/*", "*.html"])
    assert [Path(e.path).relative_to(tmp_path).as_posix() for e in kept] == [
        "a/x.md",
        "a/x.txt",
        "b/x.txt",
    ]


def test_file_given_directly_is_taken_whatever_its_extension(tmp_path: Path) -> None:
    make_tree(tmp_path)
    entries = _walk(str(tmp_path / "notes.rst"))
    assert [(Path(e.path).name, e.output) for e in entries] == [("notes.rst", "notes.rst.json")]


def test_several_roots_get_a_prefix_each_and_never_collide(tmp_path: Path) -> None:
    for parent in ("one", "two"):
        (tmp_path / parent / "essays").mkdir(parents=True)
        (tmp_path / parent / "essays" / "x.txt").write_text("Text.")
    (tmp_path / "x.txt").write_text("Text.")
    args = [
        str(tmp_path / "one" / "essays"),
        str(tmp_path / "two" / "essays"),
        str(tmp_path / "x.txt"),
    ]
    outputs = [e.output for e in _walk(*args)]
    assert outputs == ["essays/x.txt.json", "essays~2/x.txt.json", "x.txt.json"]
    assert len(_walk(args[0], args[0] + "/")) == 1  # the same root twice is walked once


def test_names_differing_only_in_case_get_distinct_outputs(tmp_path: Path) -> None:
    (tmp_path / "A.txt").write_text("One.")
    (tmp_path / "a.txt").write_text("Two.")
    (tmp_path / "A.txt~2").write_text("Three.")
    outputs = [e.output for e in _walk(str(tmp_path), globs=["*"])]
    assert len({o.casefold() for o in outputs}) == 3


@pytest.mark.parametrize(
    "name", ["..x.txt", "line\nbreak.txt", "back\\slash.txt", "colon:star*.txt", "\x7f.txt"]
)
def test_odd_names_are_written_only_under_outdir(tmp_path: Path, name: str) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / name).write_text("Text.")
    (entry,) = _walk(str(tmp_path / "in"))
    assert entry.output is not None and "/" not in entry.output
    target = output_target(tmp_path / "out", entry.output)
    assert target.parent == tmp_path / "out"
    assert target.name.endswith(".txt.json")


def test_undecodable_file_name_still_gets_a_safe_output(tmp_path: Path) -> None:
    directory = os.fsencode(tmp_path)
    with open(os.path.join(directory, b"caf\xe9.txt"), "wb") as handle:
        handle.write(b"Text.")
    (entry,) = _walk(str(tmp_path))
    assert entry.output == "caf_.txt.json"
    assert entry.display.endswith("caf\\xe9.txt")


def test_output_that_would_leave_outdir_through_a_symlink_is_refused(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "a").symlink_to(tmp_path)
    with pytest.raises(OutputError):
        output_target(out, "a/x.txt.json")


def test_output_dir_inside_the_input_is_not_walked(tmp_path: Path) -> None:
    (tmp_path / "x.txt").write_text("Text.")
    (tmp_path / "aidip-out").mkdir()
    (tmp_path / "aidip-out" / "old.txt").write_text("Text.")
    entries = discover(
        [str(tmp_path)], globs=DEFAULT_GLOBS, skip_dirs=[str(tmp_path / "aidip-out")]
    )
    assert [Path(e.path).name for e in entries] == ["x.txt"]


def test_missing_path_is_a_usage_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        _walk(str(tmp_path / "nope"))
