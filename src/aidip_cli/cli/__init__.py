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

from ..errors import EXIT_INTERRUPTED, EXIT_USAGE, AidipError

# Importing a command module registers its command on `app`.
from . import _analyse_cmd, _batch_cmd, _evaluate_cmd, _export_cmd, _state, _train_cmd  # noqa: F401
from ._app import app


def _fail(message: str, code: int) -> int:
    sys.stderr.write(f"aidip: error: {message}\n")
    sys.stderr.flush()
    return code


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
    """
    command = typer.main.get_command(app)
    args = sys.argv[1:] if argv is None else argv
    _state.DEBUG = "--debug" in args or os.environ.get("AIDIP_DEBUG") == "1"
    try:
        result = command.main(args=args, prog_name="aidip", standalone_mode=False)
    except AidipError as exc:
        if _state.DEBUG:
            raise
        return _fail(exc.message, exc.exit_code)
    except (click.exceptions.Abort, TyperAbort, KeyboardInterrupt):
        return _fail("interrupted", EXIT_INTERRUPTED)
    except (click.exceptions.ClickException, TyperException) as exc:
        return _usage_error(exc)
    except BrokenPipeError:
        # The reader went away (e.g. `| head`): not an error worth a traceback.
        with contextlib.suppress(OSError):
            sys.stdout = open(os.devnull, "w")  # noqa: SIM115
        return 0
    except Exception as exc:  # the last resort: one line, unless --debug
        if _state.DEBUG:
            raise
        return _fail(f"internal error: {type(exc).__name__}: {exc} (rerun with --debug)", 70)
    if result == EXIT_INTERRUPTED:
        return _fail("interrupted", EXIT_INTERRUPTED)
    if isinstance(result, int):
        return result
    return 0


def main() -> None:
    code = run()
    sys.exit(code if code is not None else EXIT_USAGE)
