"""The ``aidip`` command line: thin Typer commands over the library.

The Typer app lives in ``_app``; each command lives in its own module and registers itself on
it; this module wires them up and turns failures into one line and an exit code. Nothing here
imports spaCy at module level, so ``aidip --help`` and ``aidip --version`` stay fast.
"""

from __future__ import annotations

import contextlib
import os
import sys

import click
import typer
from typer.exceptions import Abort as TyperAbort
from typer.exceptions import TyperException

from ..errors import (
    EXIT_INTERNAL,
    EXIT_INTERRUPTED,
    EXIT_TERMINATED,
    EXIT_USAGE,
    AidipError,
    Terminated,
    printable,
)

# Importing a command module registers its command on `app`.
from . import _analyse_cmd, _batch_cmd, _evaluate_cmd, _export_cmd, _state, _train_cmd  # noqa: F401
from ._app import app
from ._streams import ascii_fallback, sigterm_unwinds

INTERRUPTED = "interrupted"  # Ctrl-C; a batch resumes when run again (README)
TERMINATED = "terminated"  # SIGTERM; the same


def _fail(message: str, code: int) -> int:
    """One line on stderr (escaped: a message may quote a file name); the code regardless of
    whether stderr is closed or full."""
    stream = sys.stderr
    if stream is not None:
        with contextlib.suppress(OSError, ValueError):
            stream.write(f"aidip: error: {printable(message)}\n")
            stream.flush()
    return code


def _by_sigterm(exc: BaseException) -> bool:
    """Was this interrupt SIGTERM (possibly wrapped by click on the way up)?"""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        if isinstance(current, Terminated):
            return True
        seen.add(id(current))
        current = current.__cause__ or current.__context__
    return False


def _usage_error(exc: click.exceptions.ClickException | TyperException) -> int:
    """Bad arguments: one line naming the problem and where help is (help itself is shown)."""
    code = int(getattr(exc, "exit_code", EXIT_USAGE))
    if type(exc).__name__ == "NoArgsIsHelpError":  # `aidip` alone: the help is the answer
        exc.show()  # type: ignore[union-attr]
        return code
    message = " ".join(exc.format_message().split())
    ctx = getattr(exc, "ctx", None)
    where = f" (see '{ctx.command_path} --help')" if ctx is not None else ""
    return _fail(f"{message}{where}", code)


def run(argv: list[str] | None = None) -> int:
    """Run the CLI and return its exit code, turning every expected failure into one line.

    Typer (>= 0.20) ships its own copy of click, so both families of exceptions are caught;
    it also turns Ctrl-C into a silent exit code 130, which is reported here as one line.
    SIGTERM unwinds the same way and exits 143. Exit code 70 is left for bugs only.
    """
    command = typer.main.get_command(app)
    args = sys.argv[1:] if argv is None else argv
    _state.DEBUG = "--debug" in args or os.environ.get("AIDIP_DEBUG") == "1"
    ascii_fallback()
    try:
        with sigterm_unwinds():
            result = command.main(args=args, prog_name="aidip", standalone_mode=False)
    except AidipError as exc:
        if _state.DEBUG:
            raise
        return _fail(exc.message, exc.exit_code)
    except Terminated:
        return _fail(TERMINATED, EXIT_TERMINATED)
    except (click.exceptions.Abort, TyperAbort, KeyboardInterrupt) as exc:
        if _by_sigterm(exc):
            return _fail(TERMINATED, EXIT_TERMINATED)
        return _fail(INTERRUPTED, EXIT_INTERRUPTED)
    except (click.exceptions.ClickException, TyperException) as exc:
        return _usage_error(exc)
    except Exception as exc:  # the last resort: one line, unless --debug
        if _state.DEBUG:
            raise
        return _fail(
            f"internal error, a bug in aidip: {type(exc).__name__}: {exc} — please report it "
            "with the command and the output of the same command run with --debug",
            EXIT_INTERNAL,
        )
    if result == EXIT_INTERRUPTED:
        return _fail(INTERRUPTED, EXIT_INTERRUPTED)
    if isinstance(result, int):
        return result
    return 0


def main() -> None:
    code = run()
    sys.exit(code if code is not None else EXIT_USAGE)
