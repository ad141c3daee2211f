"""Standard output and signals as CI sees them: closed, full, piped into ``head``, cp1252, SIGTERM.

- A reader that closes the pipe early (``| head``, ``| true``) ends the output quietly and never
  changes the exit code; the rest of what would have been printed goes to ``/dev/null`` so the
  interpreter's last flush cannot fail either.
- A standard output that is closed (``>&-``) or cannot be written (``> /dev/full``) is a one-line
  error with exit code 2 when the output is the product (``aidip analyse``); a batch writes its
  products to OUTDIR and only loses its printed summary.
- When standard output cannot encode the map's symbols (``PYTHONIOENCODING=cp1252``, a Latin-1
  locale), they fall back to ASCII (``✓`` → ``+``, ``✗`` → ``x`` ...) instead of crashing.
- ``COLUMNS=0`` (or another width too small to draw anything) falls back to the terminal's
  real width, or 80 columns.
- SIGTERM unwinds like Ctrl-C (:class:`~aidip_cli.errors.Terminated`): cleanup runs, a batch
  stays resumable, and the CLI exits 143 with one line.
"""

from __future__ import annotations

import codecs
import contextlib
import io
import os
import shutil
import signal
import sys
import threading
import unicodedata
from collections.abc import Iterator
from types import FrameType
from typing import TYPE_CHECKING

from ..errors import OutputError, Terminated

if TYPE_CHECKING:
    from rich.console import Console, RenderableType

#: Narrowest width the map is drawn at; a smaller ``COLUMNS`` is taken as unset.
MIN_WIDTH = 20
_ASCII_ERRORS = "aidip-ascii"
_SYMBOLS = {
    "✓": "+",
    "✗": "x",
    "↺": "@",
    "·": "-",
    "…": "...",
    "—": "-",
    "–": "-",
    "→": "->",
    "“": '"',
    "”": '"',
    "‘": "'",
    "’": "'",
}
_PROBE = "✓✗↺·…"


def _ascii(char: str) -> str:
    if char in _SYMBOLS:
        return _SYMBOLS[char]
    plain = unicodedata.normalize("NFKD", char).encode("ascii", "ignore").decode("ascii")
    return plain or "?"


def _ascii_errors(exc: UnicodeError) -> tuple[str, int]:
    if not isinstance(exc, UnicodeEncodeError):
        raise exc
    return "".join(_ascii(c) for c in exc.object[exc.start : exc.end]), exc.end


codecs.register_error(_ASCII_ERRORS, _ascii_errors)


def ascii_fallback() -> None:
    """Let text written to stdout degrade to ASCII where its encoding has no such character."""
    stream = sys.stdout
    encoding = getattr(stream, "encoding", None)
    if stream is None or not encoding or not hasattr(stream, "reconfigure"):
        return
    try:
        _PROBE.encode(encoding)
    except UnicodeEncodeError:
        stream.reconfigure(errors=_ASCII_ERRORS)
    except LookupError:
        pass


def map_width() -> int | None:
    """The width to draw at when ``COLUMNS`` is set too small to be meant; else ``None``."""
    raw = os.environ.get("COLUMNS", "")
    if not raw.strip().isdigit() or int(raw) >= MIN_WIDTH:
        return None  # unset, not a number (rich ignores it) or a usable width
    return max(MIN_WIDTH, shutil.get_terminal_size((80, 24)).columns)


def _quiet_stdout() -> None:
    """Send whatever stdout still holds to /dev/null, so the interpreter's final flush works."""
    with contextlib.suppress(OSError, ValueError, AttributeError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)


def require_stdout() -> None:
    """Refuse to produce output nobody can receive (``aidip analyse essay.txt >&-``)."""
    stream = sys.stdout
    closed = stream is None
    if not closed:
        try:
            os.fstat(stream.fileno())
        except (io.UnsupportedOperation, AttributeError):
            closed = False  # a file-like object without a descriptor (tests, notebooks)
        except (OSError, ValueError):
            closed = True
    if closed:
        raise OutputError("standard output is closed; write to a file with -o FILE")


@contextlib.contextmanager
def writing_stdout() -> Iterator[None]:
    """Writes to stdout inside the block: a reader gone is quiet, any other failure is one line."""
    try:
        yield
        if sys.stdout is not None:
            sys.stdout.flush()
    except BrokenPipeError:
        _quiet_stdout()
    except OSError as exc:
        from ..io import output_error  # lazily: pydantic is not needed for `aidip --help`

        _quiet_stdout()
        raise output_error("standard output", exc) from exc


def write_stdout(data: str) -> None:
    """The bytes of an export (always UTF-8, whatever the terminal's encoding) to stdout."""
    require_stdout()
    with writing_stdout():
        stream = sys.stdout
        buffer = getattr(stream, "buffer", None)
        if buffer is None:
            stream.write(data)
            return
        stream.flush()
        buffer.write(data.encode("utf-8"))
        buffer.flush()


def _reader_gone() -> None:
    raise BrokenPipeError


def stdout_console(**options: object) -> Console:
    """The rich console for stdout: honours NO_COLOR, survives ``COLUMNS=0`` and lets
    :func:`writing_stdout` handle a closed pipe (rich would exit 1 on its own)."""
    from ..render import console

    width = map_width()
    if width is not None:
        options.setdefault("width", width)
    made = console(**options)
    made.on_broken_pipe = _reader_gone  # type: ignore[method-assign]
    return made


def print_stdout(renderable: RenderableType, **options: object) -> None:
    """Print ``renderable`` on stdout through :func:`stdout_console`."""
    with writing_stdout():
        stdout_console(**options).print(renderable)


@contextlib.contextmanager
def sigterm_unwinds() -> Iterator[None]:
    """Inside the block (main thread only), SIGTERM raises :class:`Terminated` once; a second
    SIGTERM during the cleanup it starts is ignored."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def handler(signum: int, frame: FrameType | None) -> None:
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        raise Terminated

    previous = signal.signal(signal.SIGTERM, handler)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)
