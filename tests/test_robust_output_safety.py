"""Outputs cannot be turned against the reader or escape the folder they were meant for.

* An op-ed that contains markup (``<script>``, event-handler attributes, ``</script>`` meant to
  close the report's own script, HTML entities) exported with ``aidip analyse x.txt -o x.html``
  shows all of it as text: the report keeps exactly its one inline script, no element gains an
  ``on*`` attribute or a ``javascript:`` link, and the payload reads back verbatim as text.
* ``aidip batch`` writes only under its output directory, whatever the input names hold
  (``..`` segments, leading dashes, spaces, quotes, non-ASCII), and a rerun after Ctrl-C
  resumes without truncated outputs.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from html.parser import HTMLParser
from pathlib import Path

import pytest

from aidip_cli.cli import run
from helpers import as_from_a_terminal

REPO = Path(__file__).resolve().parents[1]
PAYLOADS = (
    "<script>alert('aidip-xss-1')</script>",
    '<img src=x onerror="alert(2)">',
    "</script><script>alert('aidip-xss-3')</script>",
    '<a href="javascript:alert(4)">link</a>',
    "&lt;b&gt; stays literal &amp;",
)
ESSAY = (
    "Nations must agree on shared rules for military AI {}. Because automated systems react "
    "faster than diplomats, escalation is a real risk {}.\n\n"
    "According to <b onclick=alert(5)>Evil Corp</b>, 40 percent {} of compute sits in three "
    "countries. However, critics {} doubt that treaties can be verified.\n\n"
    "Therefore, governments should start negotiating now {}.\n"
).format(*PAYLOADS)


class _Collect(HTMLParser):
    """Elements, attributes and text of an HTML page, as a browser's tokenizer sees them."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []
        self.text: list[str] = []
        self.scripts: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, attrs))
        self._in_script = tag == "script"

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._in_script = False

    def handle_data(self, data: str) -> None:
        (self.scripts if self._in_script else self.text).append(data)


def _report(tmp_path: Path, essay: str, capsys: pytest.CaptureFixture[str]) -> _Collect:
    source = tmp_path / "oped.txt"
    source.write_text(essay, encoding="utf-8")
    target = tmp_path / "oped.html"
    assert run(["analyse", str(source), "-o", str(target)]) == 0, capsys.readouterr().err
    page = _Collect()
    page.feed(target.read_text(encoding="utf-8"))
    page.close()
    return page


def test_markup_in_an_op_ed_is_shown_as_text_in_the_html_report(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    benign = _report(tmp_path / "a", "Nations must agree on rules. Therefore, talk now.\n", capsys)
    hostile = _report(tmp_path / "b", ESSAY, capsys)
    scripts = [t for t, _ in hostile.tags if t == "script"]
    assert len(scripts) == len([t for t, _ in benign.tags if t == "script"]) == 1
    assert not [t for t, _ in hostile.tags if t == "img"], "an <img> from the op-ed was rendered"
    for tag, attrs in hostile.tags:
        for name, value in attrs:
            assert not name.startswith("on"), f"<{tag} {name}=...> came from the op-ed"
            assert "javascript:" not in (value or "").lower(), f"<{tag} {name}={value!r}>"
    shown = "".join(hostile.text)
    for payload in PAYLOADS:
        assert payload in shown, f"{payload!r} is not shown verbatim as text"
    inline = "".join(hostile.scripts)  # the report's own script carries the texts as JSON
    for payload in PAYLOADS:
        if "<" in payload:
            assert payload not in inline, f"{payload!r} sits raw inside the report's script"
    assert "\\u003c/script\\u003e" in inline, "the essay's texts should reach the script escaped"


# --- batch -----------------------------------------------------------------------------------


def _batch_available() -> bool:
    from aidip_cli.cli import app

    return any(c.name == "batch" or c.callback.__name__ == "batch" for c in app.registered_commands)


needs_batch = pytest.mark.skipif(
    not _batch_available(), reason="`aidip batch` is not registered in the CLI yet"
)
ODD_NAMES = (
    "..",
    "-o.txt",
    "with space.txt",
    "quote'\"s.txt",
    "ünïcødé — op-ed.txt",
    "a..b.txt",
    ".hidden.txt",
    "semi;colon$(x).md",
)


def _tree(root: Path) -> set[Path]:
    return {p for p in root.rglob("*")}


@needs_batch
def test_batch_writes_only_under_its_output_directory(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    essays = tmp_path / "in" / "nested" / "deeper"
    essays.mkdir(parents=True)
    body = "Nations must agree on shared rules for AI. Therefore, talks should start now.\n"
    for name in ODD_NAMES:
        if name == "..":
            (essays / ".." / "up.txt").write_text(body, encoding="utf-8")
            continue
        (essays / name).write_text(body, encoding="utf-8")
    out = tmp_path / "out"
    outside_before = _tree(tmp_path) - {out}
    relative_input = os.path.relpath(essays / ".." / ".." / "nested" / "deeper" / "..", REPO)
    code = run(["batch", str(tmp_path / "in"), relative_input, "-o", str(out), "-j", "1"])
    capsys.readouterr()
    assert code == 0
    outside_after = {p for p in _tree(tmp_path) if out not in p.parents and p != out}
    assert outside_after == outside_before, "batch wrote outside its output directory"
    written = [p for p in out.rglob("*.json") if p.is_file()]
    assert len(written) >= len(ODD_NAMES) + 2  # analyses (+ summary)
    for path in written:
        assert out.resolve() in path.resolve().parents


@needs_batch
@pytest.mark.skipif(not Path("/proc/self/maps").exists(), reason="needs /proc to see the load")
def test_batch_interrupted_leaves_no_truncated_output_and_resumes(tmp_path: Path) -> None:
    essays = tmp_path / "in"
    essays.mkdir()
    for i in range(12):
        (essays / f"essay{i:02d}.txt").write_text(
            "\n\n".join(
                f"Point {i}.{j}: AI changes diplomacy, so rules matter." for j in range(50)
            ),
            encoding="utf-8",
        )
    out = tmp_path / "out"
    argv = [sys.executable, "-m", "aidip_cli", "batch", str(essays), "-o", str(out), "-j", "1"]
    proc = subprocess.Popen(
        argv,
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        preexec_fn=as_from_a_terminal,
    )
    try:
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline and proc.poll() is None:
            if len(list(out.rglob("*.txt.json"))) >= 2:
                break
            time.sleep(0.05)
        assert proc.poll() is None, "the batch finished before it could be interrupted"
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    text = err.decode("utf-8", "replace")
    assert proc.returncode == 130, text
    assert "Traceback" not in text and text.strip().splitlines()[-1].startswith("aidip: error:")
    done = sorted(out.rglob("*.txt.json"))
    assert 0 < len(done) < 12
    for path in done:
        json.loads(path.read_text(encoding="utf-8"))  # complete, never truncated
    rerun = subprocess.run(argv, cwd=REPO, capture_output=True, timeout=300, check=False)
    assert rerun.returncode == 0, rerun.stderr.decode()
    assert len(sorted(out.rglob("*.txt.json"))) == 12
