"""Files in and out: saved analyses, scorer files, atomic writes, paths fit for a log.

:func:`read_analysis` turns a saved analysis JSON back into an :class:`Analysis`, telling a
missing file, a file that is not JSON, JSON that is not an analysis and an analysis whose
offsets do not index its text apart in one line. :func:`read_json` is the strict JSON reader
behind it (no ``NaN``/``Infinity``, no nesting deep enough to exhaust the stack).
:func:`preflight` checks what an analysis will load — the scorer file and the spaCy pipeline —
before any input is touched, so a bad model fails once with exit code 4.
:func:`write_atomic` writes to a temporary file in the target's own directory and then renames
it over the target (``os.replace`` is atomic on one filesystem), so an interrupted run leaves
either the old file or the new one — never a truncated export that a later tool misreads.
"""

from __future__ import annotations

import contextlib
import errno
import json
import math
import os
import re
import stat
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from .errors import ContentError, DiskError, InputError, LoadError, OutputError
from .schema import SCHEMA_VERSION, Analysis, Span

# What write_atomic names its temp files (mkstemp adds 8 random characters).
_TEMP_NAME = re.compile(r"^\..+\.[A-Za-z0-9_]{8}\.tmp$")
#: Errors that mean the device itself cannot take more writes: a batch stops at once.
DISK_ERRNOS = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EIO, errno.EROFS})
#: Deepest JSON nesting accepted from a file (an analysis is about 6 deep, a scorer file 4).
MAX_JSON_DEPTH = 64


def display_path(path: str | os.PathLike[str]) -> str:
    """A path fit for JSON and logs, lossless: a byte that is not UTF-8 is shown as ``\\xNN``
    and a backslash as ``\\\\``, so two different names never look the same."""
    raw = os.fsencode(path)
    if b"\\" not in raw:
        return raw.decode("utf-8", "backslashreplace")
    return "\\\\".join(p.decode("utf-8", "backslashreplace") for p in raw.split(b"\\"))


def output_error(target: str | os.PathLike[str], exc: OSError) -> OutputError:
    """The one-line error for a failed write; :class:`DiskError` when the device is full or
    failing (the caller should stop rather than try the next file)."""
    reason = exc.strerror or type(exc).__name__
    message = f"cannot write {display_path(target)}: {reason}"
    if exc.errno in DISK_ERRNOS:
        return DiskError(message)
    return OutputError(message)


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
            raise output_error(target, exc) from exc
    parent = _check_target(target)
    payload = data.encode("utf-8") if isinstance(data, str) else data
    try:
        mode = stat.S_IMODE(target.stat().st_mode) if target.exists() else _default_mode()
    except OSError:
        mode = _default_mode()
    try:
        fd, tmp_name = tempfile.mkstemp(dir=parent, prefix=f".{target.name}.", suffix=".tmp")
    except OSError as exc:
        raise output_error(target, exc) from exc
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp_name, mode)
        os.replace(tmp_name, target)
    except BaseException as exc:  # also Ctrl-C / SIGTERM: never leave the temp file behind
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        if isinstance(exc, OSError):
            raise output_error(target, exc) from exc
        raise


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


def _finite(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise ValueError(f"number {text} is out of range")
    return value


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a number JSON allows")


def _too_deep(text: str, limit: int) -> bool:
    """True when brackets nest deeper than ``limit`` outside strings (checked before parsing:
    Python's json module would exhaust the stack first)."""
    depth = 0
    for match in re.finditer(r'"(?:[^"\\]|\\.)*"|[\[{]|[\]}]', text):
        token = match.group()
        if token in "[{":
            depth += 1
            if depth > limit:
                return True
        elif token in "]}":
            depth -= 1
    return False


def parse_json(text: str, name: str) -> Any:
    """Strict JSON: a :class:`ValueError` naming the problem for bad syntax, ``NaN``/``Infinity``
    (or a number too large for a float) and nesting deeper than :data:`MAX_JSON_DEPTH`."""
    if text.count("[") + text.count("{") > MAX_JSON_DEPTH and _too_deep(text, MAX_JSON_DEPTH):
        raise ValueError(f"{name} nests deeper than {MAX_JSON_DEPTH} levels")
    try:
        return json.loads(text, parse_constant=_no_constant, parse_float=_finite)
    except json.JSONDecodeError as exc:
        raise ValueError(
            f"{name} is not valid JSON: {exc.msg} at line {exc.lineno} column {exc.colno}"
        ) from None
    except ValueError as exc:
        raise ValueError(f"{name} is not usable JSON: {exc}") from None


def _spans(analysis: Analysis) -> Iterator[tuple[str, Span]]:
    yield from ((f"paragraph {p.index}", p) for p in analysis.paragraphs)
    yield from ((f"excluded span {i + 1}", e) for i, e in enumerate(analysis.excluded))
    for unit in analysis.units:
        yield f"unit {unit.id}", unit
        yield from ((f"a quantity of unit {unit.id}", q) for q in unit.quantities)


def offset_problem(analysis: Analysis) -> str | None:
    """The first span whose offsets do not index ``analysis.text`` (reversed, outside the
    text, or not covering the span's own text); ``None`` when every offset is honest."""
    size = len(analysis.text)
    for what, span in _spans(analysis):
        if span.start > span.end:
            return f"{what} has reversed offsets {span.start}..{span.end}"
        if span.end > size:
            return f"{what} ends at {span.end}, past the end of the text ({size} characters)"
        if analysis.text[span.start : span.end] != span.text:
            return f"{what}: text[{span.start}:{span.end}] is not the span's own text"
    return None


def read_analysis(path: str) -> Analysis:
    """Load an analysis saved by ``aidip analyse --format json`` (``-`` reads stdin).

    Raises :class:`InputError` when the file cannot be read and :class:`ContentError` when it
    is not UTF-8 JSON, is some other JSON document, has another schema major version, breaks
    the schema or has offsets that do not index its text — each with a one-line message.
    """
    name = "standard input" if path == "-" else display_path(path)
    raw = _read_bytes(path)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ContentError(f"{name} is not UTF-8 text, so not an analysis JSON") from None
    try:
        data = parse_json(text, name)
    except ValueError as exc:
        raise ContentError(str(exc)) from None
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
        analysis = Analysis.model_validate_json(text)
    except ValidationError as exc:
        raise ContentError(f"{name} is not a valid aidip analysis: {_first_problem(exc)}") from None
    problem = offset_problem(analysis)
    if problem is not None:
        raise ContentError(f"{name} is not a valid aidip analysis: {problem}")
    return analysis


def check_scorer_file(ref: str | None) -> None:
    """Refuse a scorer file that is not strict JSON (``NaN`` or infinite weights, absurd
    nesting) before the scorer loader sees it; names that are not files are left to it."""
    if ref is None or not os.path.isfile(ref):
        return
    name = display_path(ref)
    try:
        text = Path(ref).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) else "not UTF-8 text"
        raise LoadError(f"cannot load scorer file '{name}': {reason}") from None
    try:
        parse_json(text, "it")
    except ValueError as exc:
        raise LoadError(f"cannot load scorer file '{name}': {exc}") from None


def load_pipeline(name: str | None) -> None:
    """Load the spaCy pipeline (cached per process), turning anything that goes wrong — a
    package that is not a pipeline, a broken install — into one :class:`LoadError`."""
    from .nlp import INSTALL_HINT, MODEL_ENV, get_nlp, resolve_model_name

    try:
        get_nlp(name)
    except LoadError:
        raise
    except Exception as exc:
        model = resolve_model_name(name)
        detail = " ".join(f"{type(exc).__name__}: {exc}".split())[:200]
        raise LoadError(
            f"'{model}' cannot be loaded as a spaCy pipeline ({detail}); install the default "
            f"with '{INSTALL_HINT}' or pick an installed pipeline with --model / {MODEL_ENV}"
        ) from exc


def preflight(pipeline: str | None, scorer: str | None) -> None:
    """Check the scorer file and load the pipeline: a :class:`LoadError` (exit 4) now, before
    any input, instead of one error per input later."""
    check_scorer_file(scorer)
    load_pipeline(pipeline)
