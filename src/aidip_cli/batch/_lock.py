"""One batch per output folder: an exclusive lock file in OUTDIR, held for the whole run.

Two runs writing into one folder would delete each other's temporary files (the start-up sweep)
and overwrite each other's index, summary and journal. The lock is ``fcntl.flock`` on
``OUTDIR/.aidip-batch.lock``, which holds the owner's process id: the kernel drops the lock when
its owner dies, however it dies, so a lock left by a killed run (a dead pid) is simply taken
over. A second live run is refused with exit code 2, naming the holder.

The file is removed when the run ends. Removing a lock file races with a run that has opened it
but not locked it yet; that run checks, once it holds the lock, that the file it locked is still
the one at the path, and starts over otherwise.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import os
from collections.abc import Iterator
from pathlib import Path

from ..errors import OutputError
from ..io import display_path, output_error

LOCK_NAME = ".aidip-batch.lock"


def _holder(fd: int) -> str:
    try:
        text = os.pread(fd, 64, 0).decode("ascii", "replace").strip()
    except OSError:
        return "another process"
    return f"process {text}" if text.isdigit() else "another process"


def _same_file(fd: int, path: Path) -> bool:
    try:
        st = path.stat()
    except FileNotFoundError:
        return False
    mine = os.fstat(fd)
    return (st.st_dev, st.st_ino) == (mine.st_dev, mine.st_ino)


def acquire(outdir: Path) -> int:
    """Lock ``outdir`` for this process; return the lock's file descriptor."""
    path = outdir / LOCK_NAME
    while True:
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
        except OSError as exc:
            raise output_error(path, exc) from exc
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            holder = _holder(fd)
            os.close(fd)
            if exc.errno in (errno.EWOULDBLOCK, errno.EAGAIN):
                raise OutputError(
                    f"{display_path(outdir)} is in use by another aidip batch ({holder}, see "
                    f"{LOCK_NAME}); wait for it to finish or use another --output"
                ) from None
            raise output_error(path, exc) from exc
        if _same_file(fd, path):
            break
        os.close(fd)  # the previous owner removed the file between our open and our lock
    try:
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode("ascii"), 0)
    except OSError as exc:
        release(outdir, fd)
        raise output_error(path, exc) from exc
    return fd


def release(outdir: Path, fd: int) -> None:
    """Remove the lock file, then drop the lock (in that order: see the module docstring)."""
    with contextlib.suppress(OSError):
        (outdir / LOCK_NAME).unlink()
    with contextlib.suppress(OSError):
        os.close(fd)


@contextlib.contextmanager
def locked(outdir: Path) -> Iterator[None]:
    """Hold the lock of ``outdir`` for the duration of the ``with`` block."""
    fd = acquire(outdir)
    try:
        yield
    finally:
        release(outdir, fd)
