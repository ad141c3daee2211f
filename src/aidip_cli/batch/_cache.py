"""Resume: a journal of finished outputs, so a rerun skips what is already done.

Each analysed input appends one JSON line (output name, input path and sha256, the options
fingerprint, sha256 of the output bytes) right after its output is atomically in place. A run
killed with ``kill -9`` therefore leaves a journal whose every complete line describes a
complete output; a torn last line is ignored. An input is reused only if all of path, input
hash, fingerprint and output hash still match. At the end of a run the journal is rewritten
(atomically) to hold exactly the current inputs, so it never grows without bound.

A journal line that cannot be written (disk full, I/O error) stops the batch: going on would
analyse inputs whose results a rerun could not reuse.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from pathlib import Path

from ..io import output_error, write_atomic

JOURNAL_NAME = ".aidip-batch-journal.jsonl"


@dataclass(frozen=True)
class JournalEntry:
    output: str
    path: str
    sha256: str
    fingerprint: str
    output_sha256: str


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def sha256_file(path: str, chunk: int = 1 << 20) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while block := handle.read(chunk):
            digest.update(block)
    return digest.hexdigest()


class Journal:
    """Read the previous run's journal, append this run's entries, compact at the end."""

    def __init__(self, outdir: Path) -> None:
        self.path = outdir / JOURNAL_NAME
        self._previous = self._load()
        self._fd: int | None = None

    def _load(self) -> dict[str, JournalEntry]:
        entries: dict[str, JournalEntry] = {}
        try:
            lines = self.path.read_text(encoding="utf-8", errors="replace").splitlines()
        except OSError:
            return entries
        for line in lines:
            try:
                entry = JournalEntry(**json.loads(line))
            except (ValueError, TypeError):
                continue  # a line torn by a kill, or from an older format
            entries[entry.output] = entry
        return entries

    def reusable(self, output: str, path: str, sha256: str, fingerprint: str) -> bytes | None:
        """The cached output bytes if the previous run made them from the same input and options."""
        entry = self._previous.get(output)
        if entry is None or (entry.path, entry.sha256, entry.fingerprint) != (
            path,
            sha256,
            fingerprint,
        ):
            return None
        try:
            data = (self.path.parent / output).read_bytes()
        except OSError:
            return None
        return data if sha256_bytes(data) == entry.output_sha256 else None

    def made(self, output: str) -> bool:
        """Did an earlier run write ``output`` (so it is ours to replace or remove)?"""
        return output in self._previous

    def record(self, entry: JournalEntry) -> None:
        """Append one line with unbuffered writes: nothing is held back to fail later."""
        line = (json.dumps(asdict(entry), sort_keys=True) + "\n").encode("utf-8")
        try:
            if self._fd is None:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                flags = os.O_WRONLY | os.O_APPEND | os.O_CREAT | os.O_CLOEXEC
                self._fd = os.open(self.path, flags, 0o644)
            view = memoryview(line)
            while view:
                view = view[os.write(self._fd, view) :]
        except OSError as exc:
            raise output_error(self.path, exc) from exc

    def close(self) -> None:
        if self._fd is not None:
            fd, self._fd = self._fd, None
            os.close(fd)

    def compact(self, entries: Iterable[JournalEntry]) -> None:
        """Replace the journal with exactly ``entries`` (the outputs this run stands behind)."""
        self.close()
        lines = "".join(json.dumps(asdict(e), sort_keys=True) + "\n" for e in entries)
        write_atomic(self.path, lines, make_parents=True)
