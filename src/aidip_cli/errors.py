"""User-facing errors and the exit codes the CLI documents.

Every failure a user can cause is an :class:`AidipError` carrying a one-line message and an exit
code; the CLI prints the message (no traceback unless ``--debug``) and exits with the code.
"""

from __future__ import annotations

EXIT_OK = 0
EXIT_GATE = 1  # batch: a --fail-on gate failed
EXIT_USAGE = 2  # bad arguments, unreadable / missing input, unwritable output
EXIT_INPUT = 3  # the input was read but cannot be analysed (empty, binary, undecodable, too large)
EXIT_LOAD = 4  # the spaCy pipeline or a trained scorer file cannot be loaded
EXIT_INTERNAL = 70  # a bug in aidip (EX_SOFTWARE): the message asks for a report
EXIT_INTERRUPTED = 130  # Ctrl-C (SIGINT)
EXIT_TERMINATED = 143  # SIGTERM (128 + 15), e.g. `docker stop` or a CI job cancelled


class AidipError(Exception):
    """An expected failure with a message fit for one line on stderr."""

    exit_code = EXIT_USAGE

    def __init__(self, message: str, *, exit_code: int | None = None) -> None:
        super().__init__(message)
        if exit_code is not None:
            self.exit_code = exit_code

    @property
    def message(self) -> str:
        return str(self)


class InputError(AidipError):
    """The input path is missing, a directory, unreadable, or not a regular file."""

    exit_code = EXIT_USAGE


class ContentError(AidipError):
    """The input was read but holds nothing analysable: empty, binary, undecodable, too large."""

    exit_code = EXIT_INPUT


class OutputError(AidipError):
    """An output path cannot be written."""

    exit_code = EXIT_USAGE


class DiskError(OutputError):
    """The output device is full or failing (ENOSPC, EDQUOT, EIO, EROFS): every further write
    would fail too, so a batch stops at once instead of analysing inputs it cannot save."""

    exit_code = EXIT_USAGE


class LoadError(AidipError):
    """The spaCy pipeline or a trained scorer file cannot be loaded."""

    exit_code = EXIT_LOAD


class CorpusError(InputError):
    """An annotated corpus file is missing or does not follow its documented format."""


class Terminated(BaseException):
    """Raised by the CLI's SIGTERM handler: unwinds like Ctrl-C (cleanup runs, outputs stay
    resumable) and exits with :data:`EXIT_TERMINATED`. Not a :class:`KeyboardInterrupt`, so
    nothing on the way up mistakes it for Ctrl-C (exit 130)."""


def printable(text: str) -> str:
    """``text`` safe for one log line: control and format characters (newline, tab, escape,
    right-to-left override, zero-width ...) and undecodable bytes shown as escapes, so a
    crafted file name can neither forge a line nor reorder what a terminal shows."""
    if text.isprintable():
        return text
    out = []
    for ch in text:
        code = ord(ch)
        if ch.isprintable() or ch == " ":
            out.append(ch)
        elif 0xDC80 <= code <= 0xDCFF:  # a byte that was not UTF-8 (surrogate escape)
            out.append(f"\\x{code - 0xDC00:02x}")
        else:
            out.append(ch.encode("unicode_escape").decode("ascii"))
    return "".join(out)
