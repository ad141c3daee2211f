"""Progress reporting: a rich bar on a terminal, one plain line per file in CI or in a pipe.

The runner only calls the three methods of :class:`Progress`; the CLI picks the flavour. File
names are shown escaped (:func:`~aidip_cli.errors.printable`), so a name with a newline or a
right-to-left override cannot forge or disguise a log line, and a log that can no longer be
written (a closed or full stderr) goes quiet instead of stopping the batch.
"""

from __future__ import annotations

import os
import sys
import time
from typing import IO, TYPE_CHECKING, Protocol

from ..errors import printable
from ..render import console
from ._records import FileRecord

if TYPE_CHECKING:
    from rich.progress import TaskID


class Progress(Protocol):
    def start(self, total: int, to_analyse: int) -> None: ...

    def advance(self, record: FileRecord) -> None: ...

    def stop(self) -> None: ...


class Silent:
    """The library default: say nothing."""

    def start(self, total: int, to_analyse: int) -> None:
        pass

    def advance(self, record: FileRecord) -> None:
        pass

    def stop(self) -> None:
        pass


def _describe(record: FileRecord) -> str:
    if record.status != "ok":
        return printable(f"error {record.path}: {record.error}")
    state = "cached" if record.cached else "ok"
    stats = record.digest.stats if record.digest else None
    extra = f" ({stats.units} units, {stats.claims} claims)" if stats else ""
    return f"{state} {printable(record.path)}{extra}"


class PlainLog:
    """``aidip: [i/n] ok path (k units, c claims)`` per file: greppable CI logs."""

    def __init__(self, stream: IO[str] | None = None) -> None:
        self.stream: IO[str] | None = stream or sys.stderr
        self.total = 0
        self.done = 0

    def _say(self, line: str) -> None:
        if self.stream is None:
            return
        try:
            self.stream.write(line + "\n")
            self.stream.flush()
        except (OSError, ValueError):  # stderr closed, full or gone: the outputs matter more
            self.stream = None

    def start(self, total: int, to_analyse: int) -> None:
        self.total = total
        self._say(f"aidip: {total} inputs, {to_analyse} to analyse")

    def advance(self, record: FileRecord) -> None:
        self.done += 1
        self._say(f"aidip: [{self.done}/{self.total}] {_describe(record)}")

    def stop(self) -> None:
        pass


class RichBar:
    """Files done, rate and ETA on a live bar (stderr), errors printed above it.

    Rate and ETA are computed here from analysed files over wall time: results arrive a chunk
    at a time, and rich's own short-window speed would read those bursts as huge rates.
    """

    def __init__(self, width: int | None = None) -> None:
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TaskProgressColumn,
            TextColumn,
            TimeElapsedColumn,
        )

        self.console = console(stderr=True, width=width)
        self.progress = Progress(
            TextColumn("[bold]aidip batch"),
            BarColumn(),
            MofNCompleteColumn(),
            TaskProgressColumn(),
            TimeElapsedColumn(),
            TextColumn("{task.fields[rate]}"),
            TextColumn("{task.fields[eta]}"),
            console=self.console,
        )
        self.task: TaskID | None = None
        self.started = 0.0
        self.analysed = 0
        self.done = 0
        self.total = 0

    def start(self, total: int, to_analyse: int) -> None:
        self.total = total
        self.started = time.monotonic()
        self.progress.start()
        self.task = self.progress.add_task("batch", total=total, rate="", eta="")

    def advance(self, record: FileRecord) -> None:
        from rich.markup import escape

        if record.status != "ok":
            line = escape(printable(f"{record.path}: {record.error}"))
            self.progress.console.print(f"[red]error[/red] {line}")
        self.done += 1
        if not record.cached:
            self.analysed += 1
        elapsed = time.monotonic() - self.started
        rate = self.analysed / elapsed if elapsed > 0 else 0.0
        fields = {"rate": "", "eta": ""}
        if rate > 0:
            fields = {
                "rate": f"{rate:.2f} files/s",
                "eta": f"ETA {_clock((self.total - self.done) / rate)}",
            }
        assert self.task is not None
        self.progress.update(self.task, advance=1, **fields)

    def stop(self) -> None:
        self.progress.stop()


def _clock(seconds: float) -> str:
    minutes, secs = divmod(int(seconds + 0.5), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}"


def choose_progress(stream: IO[str] | None = None, *, width: int | None = None) -> Progress:
    """Rich bar on an interactive terminal, plain lines in CI (``CI`` set) or when piped,
    nothing when stderr is closed. ``width`` overrides the terminal width for the bar."""
    stream = stream or sys.stderr
    if stream is None:
        return Silent()
    interactive = stream.isatty() and not os.environ.get("CI")
    return RichBar(width) if interactive else PlainLog(stream)
