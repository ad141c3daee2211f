"""The Typer application every command module registers on, with the root options."""

from __future__ import annotations

import typer

from ..version import __version__
from . import _state

app = typer.Typer(
    name="aidip",
    help=(
        "Map the argument of op-eds about AI and international diplomacy: major claim, claims, "
        "premises, support/attack relations, cited numbers and their sources.\n\n"
        "Exit codes: 0 ok; 1 a batch gate failed; 2 usage or I/O error (also a locked OUTDIR, "
        "a full disk, a closed stdout); 3 input cannot be analysed (empty, binary, "
        "undecodable, too large); 4 spaCy pipeline or scorer file cannot be loaded; 70 a bug "
        "in aidip (please report it); 130 interrupted (Ctrl-C); 143 terminated (SIGTERM)."
    ),
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)


def _version_callback(value: bool) -> None:
    if value:
        typer.echo(f"aidip {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: bool = typer.Option(
        False, "--version", callback=_version_callback, is_eager=True, help="Print the version."
    ),
    debug: bool = typer.Option(False, "--debug", help="Show tracebacks on errors."),
) -> None:
    _state.DEBUG = debug
