"""Finding the inputs: directories walked recursively, files taken as given, in sorted order.

Problems with single entries (a symlink loop, a dangling link, a FIFO, an unreadable directory)
become error entries for the index instead of stopping the run; only a PATH argument that does
not exist at all is a usage error. The walk never re-enters a directory on its own ancestor
chain and never walks into the output directory.

Symlinks found in the walk follow ``follow_symlinks``: ``inside`` (the default) follows a link
only when its target lies inside one of the PATH arguments, so a link to ``/etc/passwd`` in a
pull request cannot copy that file into CI artifacts; ``outside`` follows every link; ``never``
follows none. A link that is not followed becomes an error entry that says why (the PATH
arguments themselves are always followed: the user named them).
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from fnmatch import fnmatchcase

from ..errors import AidipError, InputError
from ..io import display_path
from ._naming import NameRegistry, output_name, root_labels

SYMLINK_POLICIES: tuple[str, ...] = ("inside", "outside", "never")


def check_symlink_policy(policy: str) -> str:
    if policy not in SYMLINK_POLICIES:
        choices = ", ".join(SYMLINK_POLICIES)
        raise AidipError(f"unknown --follow-symlinks value '{policy}' (choose from {choices})")
    return policy


def _within(path: str, roots: Sequence[str]) -> bool:
    return any(path == r or path.startswith(r.rstrip(os.sep) + os.sep) for r in roots)


@dataclass(frozen=True)
class InputEntry:
    """One line of the index-to-be: a file to analyse or an entry that could not be walked.

    ``path`` is the path as the user would type it (the argument joined with the relative
    path); ``fs_path`` is the same as the OS needs it; ``output`` is relative to OUTDIR.
    """

    path: str
    fs_path: str
    output: str | None
    error: str | None = None

    @property
    def display(self) -> str:
        return display_path(self.path)


@dataclass(frozen=True)
class _Found:
    root: int
    rel: tuple[str, ...]
    fs_path: str
    error: str | None = None


def _matches(patterns: Sequence[str], name: str, rel: str) -> bool:
    """Case-insensitive glob match on the file name, or on the relative path if it has a '/'."""
    name_l, rel_l = name.lower(), rel.lower()
    for pattern in patterns:
        pat = pattern.lower()
        if fnmatchcase(name_l, pat) or ("/" in pat and fnmatchcase(rel_l, pat.strip("/"))):
            return True
    return False


def _stat_error(exc: OSError, is_link: bool) -> str:
    if exc.errno == errno.ELOOP:
        return "symlink loop: the link cannot be resolved"
    if is_link and exc.errno == errno.ENOENT:
        return "broken symlink: its target does not exist"
    return f"cannot read: {exc.strerror or exc}"


class _Walker:
    def __init__(
        self,
        globs: Sequence[str],
        excludes: Sequence[str],
        skip: set[tuple[int, int]],
        follow: str = "inside",
        roots: Sequence[str] = (),
    ) -> None:
        self.globs = globs
        self.excludes = excludes
        self.skip = skip
        self.follow = follow
        self.roots = roots

    def refused_link(self, path: str) -> str | None:
        """Why the symlink at ``path`` is not followed, or ``None`` when it is."""
        if self.follow == "never":
            return "symlink not followed (--follow-symlinks never)"
        if self.follow == "inside":
            target = os.path.realpath(path)
            if not _within(target, self.roots):
                return (
                    f"symlink to {display_path(target)}, outside the input paths: not followed "
                    "(--follow-symlinks outside allows it)"
                )
        return None

    def walk(
        self, root: int, directory: str, rel: tuple[str, ...], ancestors: frozenset
    ) -> Iterator[_Found]:
        try:
            with os.scandir(directory) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError as exc:
            yield _Found(root, rel, directory, f"cannot list directory: {exc.strerror or exc}")
            return
        for entry in entries:
            child = (*rel, entry.name)
            rel_posix = "/".join(child)
            if _matches(self.excludes, entry.name, rel_posix):
                continue
            is_link = entry.is_symlink()
            try:
                st = os.stat(entry.path)
            except OSError as exc:
                if exc.errno == errno.ELOOP or _matches(self.globs, entry.name, rel_posix):
                    yield _Found(root, child, entry.path, _stat_error(exc, is_link))
                continue
            is_dir = stat.S_ISDIR(st.st_mode)
            refused = self.refused_link(entry.path) if is_link else None
            if refused is not None:
                if is_dir or _matches(self.globs, entry.name, rel_posix):
                    yield _Found(root, child, entry.path, refused)
                continue
            if is_dir:
                key = (st.st_dev, st.st_ino)
                if key in ancestors:
                    message = "symlink loop: the link points back to a directory above it"
                    yield _Found(root, child, entry.path, message)
                elif key not in self.skip:
                    yield from self.walk(root, entry.path, child, ancestors | {key})
            elif _matches(self.globs, entry.name, rel_posix):
                error = None if stat.S_ISREG(st.st_mode) else "not a regular file"
                yield _Found(root, child, entry.path, error)


def discover(
    args: Sequence[str],
    *,
    globs: Sequence[str],
    excludes: Sequence[str] = (),
    skip_dirs: Sequence[str] = (),
    follow_symlinks: str = "inside",
) -> list[InputEntry]:
    """All inputs under ``args`` in deterministic order, with their unique output names.

    Order: arguments in the order given (duplicates dropped), then sorted relative paths. The
    output name mirrors the path relative to its root, prefixed with a per-root label when
    there are several arguments. ``follow_symlinks``: ``inside``, ``outside`` or ``never``.
    """
    check_symlink_policy(follow_symlinks)
    if not args:
        raise InputError("no input paths given")
    unique: list[str] = []
    seen: set[str] = set()
    for arg in args:
        key = os.path.normpath(os.path.abspath(arg))
        if key not in seen:
            seen.add(key)
            unique.append(arg)
    skip: set[tuple[int, int]] = set()
    for directory in skip_dirs:
        try:
            st = os.stat(directory)
            skip.add((st.st_dev, st.st_ino))
        except OSError:
            pass
    roots = [os.path.realpath(arg) for arg in unique if os.path.exists(arg)]
    walker = _Walker(globs, excludes, skip, follow_symlinks, roots)
    found: list[_Found] = []
    is_dir: list[bool] = []
    for index, arg in enumerate(unique):
        try:
            st = os.stat(arg)
        except OSError as exc:
            reason = _stat_error(exc, os.path.islink(arg))
            if exc.errno in (errno.ENOENT, errno.ENOTDIR) and not os.path.islink(arg):
                reason = "no such file or directory"
            raise InputError(f"{display_path(arg)}: {reason}") from exc
        directory = stat.S_ISDIR(st.st_mode)
        is_dir.append(directory)
        if directory:
            ancestors = frozenset({(st.st_dev, st.st_ino)})
            found.extend(walker.walk(index, arg, (), ancestors))
        else:
            error = None if stat.S_ISREG(st.st_mode) else "not a regular file"
            name = os.path.basename(os.path.normpath(arg)) or arg
            found.append(_Found(index, (name,), arg, error))
    found.sort(key=lambda f: (f.root, f.rel))
    return _name_outputs(unique, is_dir, found)


def _name_outputs(
    args: Sequence[str], is_dir: Sequence[bool], found: list[_Found]
) -> list[InputEntry]:
    dir_args = [a for a, d in zip(args, is_dir, strict=True) if d]
    labels = dict(zip(dir_args, root_labels(dir_args), strict=True))
    prefixed = len(args) > 1
    registry = NameRegistry()
    entries: list[InputEntry] = []
    for item in found:
        arg = args[item.root]
        if is_dir[item.root]:
            path = _join(arg, item.rel)
            prefix = (labels[arg],) if prefixed else ()
        else:
            path = arg
            prefix = ()
        output = None
        if item.error is None:
            output = registry.claim(output_name((*prefix, *item.rel)))
        entries.append(InputEntry(path=path, fs_path=item.fs_path, output=output, error=item.error))
    return entries


def _join(arg: str, rel: tuple[str, ...]) -> str:
    path = os.path.join(arg, *rel)
    return path[2:] if arg in (".", "./") and path.startswith("./") else path
