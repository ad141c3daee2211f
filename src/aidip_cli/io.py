"""Reading saved analyses and writing output files so that a reader never sees half of one.

:func:`read_analysis` turns a saved analysis JSON back into an :class:`Analysis`, telling a
missing file, a file that is not JSON and JSON that is not an analysis apart in one line.
:func:`write_atomic` writes to a temporary file in the target's own directory and then renames
it over the target (``os.replace`` is atomic on one filesystem), so an interrupted run leaves
either the old file or the new one — never a truncated export that a later tool misreads.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import stat
import sys
import tempfile
from pathlib import Path

from pydantic import ValidationError

from .errors import ContentError, InputError, OutputError
from .schema import SCHEMA_VERSION, Analysis

# What write_atomic names its temp files (mkstemp adds 8 random characters).
_TEMP_NAME = re.compile(r"^\..+\.[A-Za-z0-9_]{8}\.tmp$")


def _default_mode() -> int:
    """The mode a plain ``open(path, "w")`` would give: 0o666 minus the umask."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def _check_target(path: Path) -> Path:
    """Fail early, with a message that names the problem, when ``path`` cannot be written."""
    parent = path.parent
    if not parent.exists():
        raise OutputError(f"cannot write {path}: directory {parent} does not exist")
    if not parent.is_dir():
        raise OutputError(f"cannot write {path}: {parent} is not a directory")
    if path.is_dir():
        raise OutputError(f"cannot write {path}: it is a directory")
    if not os.access(parent, os.W_OK | os.X_OK):
        raise OutputError(f"cannot write {path}: directory {parent} is not writable")
    return parent


def write_atomic(
    path: str | os.PathLike[str], data: str | bytes, *, make_parents: bool = False
) -> None:
    """Write ``data`` (text is encoded as UTF-8, byte for byte, no newline translation).

    An existing file keeps its permission bits; a new one gets the usual umask-based mode.
    The temporary file is ``.NAME.XXXXXXXX.tmp`` beside the target (:func:`sweep_temp_files`
    removes leftovers of that shape after a kill). ``make_parents`` creates missing directories
    first (batch outputs mirror the input tree).
    Raises :class:`OutputError` with a one-line reason when the directory is missing, is a
    file, is not writable, or the write itself fails (disk full, ...).
    """
    target = Path(path)
    if make_parents:
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise OutputError(f"cannot write {target}: {exc.strerror or exc}") from exc
    parent = _check_target(target)
    payload = data.encode("utf-8") if isinstance(data, str) else data
    try:
        mode = stat.S_IMODE(target.stat().st_mode) if target.exists() else _default_mode()
    except OSError:
        mode = _default_mode()
    try:
        fd, tmp_name = tempfile.mkstemp(dir=parent, prefix=f".{target.name}.", suffix=".tmp")
    except OSError as exc:
        raise OutputError(f"cannot write {target}: {exc.strerror or exc}") from exc
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp_name, mode)
        os.replace(tmp_name, target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        reason = exc.strerror or type(exc).__name__
        raise OutputError(f"cannot write {target}: {reason}") from exc


def sweep_temp_files(directory: str | os.PathLike[str]) -> int:
    """Delete the temp files an interrupted :func:`write_atomic` left under ``directory``."""
    removed = 0
    for dirpath, _dirnames, filenames in os.walk(directory):
        for name in filenames:
            if _TEMP_NAME.match(name):
                with contextlib.suppress(OSError):
                    os.unlink(os.path.join(dirpath, name))
                    removed += 1
    return removed


def _read_bytes(path: str) -> bytes:
    if path == "-":
        return sys.stdin.buffer.read()
    target = Path(path)
    if not target.exists():
        raise InputError(f"cannot read {path}: no such file")
    if target.is_dir():
        raise InputError(f"cannot read {path}: it is a directory")
    try:
        return target.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror or exc}") from exc


def _first_problem(exc: ValidationError) -> str:
    errors = exc.errors(include_url=False)
    first = errors[0]
    where = ".".join(str(part) for part in first["loc"]) or "top level"
    more = f" (and {len(errors) - 1} more problems)" if len(errors) > 1 else ""
    return f"{where}: {first['msg']}{more}"


def read_analysis(path: str) -> Analysis:
    """Load an analysis saved by ``aidip analyse --format json`` (``-`` reads stdin).

    Raises :class:`InputError` when the file cannot be read and :class:`ContentError` when it
    is not UTF-8 JSON, is some other JSON document, has another schema major version, or
    breaks the schema — each with a one-line message that says which.
    """
    name = "standard input" if path == "-" else path
    raw = _read_bytes(path)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ContentError(f"{name} is not UTF-8 text, so not an analysis JSON") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ContentError(
            f"{name} is not valid JSON: {exc.msg} at line {exc.lineno} column {exc.colno}"
        ) from None
    if not isinstance(data, dict) or "schema_version" not in data or "units" not in data:
        raise ContentError(
            f"{name} is JSON but not an aidip analysis (it has no 'schema_version' and 'units'); "
            "save one with: aidip analyse FILE --format json -o FILE.json"
        )
    version = str(data["schema_version"])
    if version.split(".")[0] != SCHEMA_VERSION.split(".")[0]:
        raise ContentError(
            f"{name} uses analysis schema {version}; this aidip reads schema {SCHEMA_VERSION}"
        )
    try:
        return Analysis.model_validate_json(text)
    except ValidationError as exc:
        raise ContentError(f"{name} is not a valid aidip analysis: {_first_problem(exc)}") from None
