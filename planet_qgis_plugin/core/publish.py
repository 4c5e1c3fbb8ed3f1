"""Put a finished output in place, the one way this project does it.

``staged(path)``: any file or folder (a preview, a report, summary.csv, a manifest, a saved bundle, a
plugin zip) is written under a temporary name beside it and renamed into place when complete, so a
reader finds the old version or the new one, never half of one.

``begin`` / ``publish`` / ``discard``: a run's GeoPackage output, which must also never clobber a file
that another run or program put there meanwhile:

a run writes ``.<key>.<pid>.<random>.partial.gpkg`` in the output's folder (``key`` is a hash of the output's
name, so the temporary name stays short even when the output's name is near the file-name limit) and,
when complete, publishes it under the output's name:

- no file at the output path when the run started: hard-linked into place (``os.link`` fails if a file
  appeared meanwhile, e.g. a second run to the same output), so nothing is ever replaced;
- a file there at the start (``--overwrite``): replaced only if it is still that file (same device,
  inode, size and modification time); a file changed or put there during the run is left alone.

A run killed outright (``kill -9``, power loss) cannot remove its temporary file; the next run to the same
output removes those whose process is gone.
"""
from __future__ import annotations

import errno
import glob
import hashlib
import os
import secrets
import shutil
import tempfile
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, Sequence

from .errors import OutputError

SUFFIX = ".partial.gpkg"


@dataclass(frozen=True)
class Target:
    """Where a run writes (``temp``) and publishes (``path``); ``found``: the file at ``path`` when it started."""

    path: Path
    temp: Path
    found: tuple[int, int, int, int] | None


def begin(path: Path) -> Target:
    """Sweep stale temporary files of ``path``, note what is there now, and name this run's temporary file."""
    sweep(path)
    temp = path.parent / f".{_key(path)}.{os.getpid()}.{secrets.token_hex(4)}{SUFFIX}"
    return Target(path, temp, _identity(path))


def publish(target: Target) -> None:
    """Move the finished temporary file to the output path, or raise OutputError and leave the path alone."""
    now = _identity(target.path)
    if now is not None and now != target.found:
        raise OutputError(f"output {target.path} was {'created' if target.found is None else 'changed'} by another "
                          "program or run while this run was writing; it was left as it is (run again to replace it)")
    if now is None:
        try:
            os.link(target.temp, target.path)
        except FileExistsError:
            raise OutputError(f"output {target.path} was created by another program or run while this run was "
                              "writing; it was left as it is (run again to replace it)") from None
        except OSError as exc:
            if exc.errno not in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EXDEV, errno.EMLINK):
                raise
            os.replace(target.temp, target.path)  # a file system without hard links (FAT, some shares)
        else:
            os.unlink(target.temp)
        return
    os.replace(target.temp, target.path)


def check_not_an_input(path: Path, inputs: Sequence[str | Path], what: str = "output") -> None:
    """OutputError when ``path`` is one of ``inputs`` (also through a link or another spelling): an input is
    never written over, not even with --overwrite."""
    for given in inputs:
        same = Path(path).resolve() == Path(given).resolve()
        try:
            same = same or os.path.samefile(path, given)
        except OSError:  # one of them does not exist: cannot be the same file
            pass
        if same:
            raise OutputError(f"{what} {path} is the input {given}; choose another name (inputs are never written over)")


def check_new_file(path: str | Path, what: str, overwrite: bool, folder_must_exist: bool = True) -> Path:
    """Before any work: ``path`` can be written as the run's ``what`` ("output", "preview", "report"): not a
    folder, an existing file only replaced with ``overwrite``, its folder there (or, without
    ``folder_must_exist``, creatable) and writable. OutputError names the first problem."""
    path = Path(path)
    if path.is_dir():
        raise OutputError(f"{what} {path} is a folder")
    if path.exists() and not overwrite:
        raise OutputError(f"{what} {path} already exists; pass --overwrite (or choose another name) to replace it")
    if folder_must_exist and not path.parent.is_dir():
        raise OutputError(f"{what} folder {path.parent} does not exist")
    folder = next((f for f in path.resolve().parents if f.exists()), None)  # the one a new folder would go in
    if folder is None or not os.access(folder, os.W_OK) or (path.exists() and not os.access(path, os.W_OK)):
        raise OutputError(f"{what} {path} is not writable (check permissions)")
    return path


def discard(target: Target) -> None:
    """Remove this run's temporary file and SQLite's -journal / -wal / -shm beside it."""
    for leftover in target.temp.parent.glob(target.temp.name + "*"):
        leftover.unlink(missing_ok=True)


def sweep(path: Path) -> list[Path]:
    """Remove temporary files of earlier runs to ``path`` whose process no longer exists; returns them."""
    removed = []
    for leftover in path.parent.glob(f".{_key(path)}.*{SUFFIX}*"):
        parts = leftover.name.split(".")
        pid = int(parts[2]) if len(parts) > 2 and parts[2].isdigit() else None
        if pid is not None and pid != os.getpid() and not pid_alive(pid):
            try:
                leftover.unlink()
                removed.append(leftover)
            except OSError:  # not ours to remove (another user's folder): harmless to leave
                pass
    return removed


def _key(path: Path) -> str:
    return hashlib.sha1(path.name.encode("utf-8", "surrogateescape")).hexdigest()[:12]


def _identity(path: Path) -> tuple[int, int, int, int] | None:
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return None
    return st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns


def pid_alive(pid: int) -> bool:
    """Whether process ``pid`` may still run (a leftover of it must stay); always True on Windows."""
    if os.name == "nt":  # os.kill(pid, 0) would terminate the process there: never sweep on Windows
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process
        return True
    return True


@contextmanager
def staged(path: str | Path, *, folder: bool = False, prefix: str | None = None,
           suffix: str = ".partial") -> Iterator[Path]:
    """Yield a temporary name beside ``path`` (an empty file, or with ``folder`` an empty folder) to write;
    when the block ends without error it takes ``path``'s place, readable as the umask allows; on error it
    is removed (with any SQLite -journal / -wal / -shm beside it) and ``path`` is left as it was.

    A folder already at ``path`` is renamed aside before the new one is renamed in and removed after (a
    folder cannot be replaced in one step); if the second rename fails, the old folder is put back."""
    path = Path(path)
    prefix = f".{path.name}." if prefix is None else prefix
    if folder:
        temp = Path(tempfile.mkdtemp(prefix=prefix, suffix=suffix, dir=path.parent))
    else:
        fd, name = tempfile.mkstemp(prefix=prefix, suffix=suffix, dir=path.parent)
        os.close(fd)
        temp = Path(name)
    try:
        yield temp
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(temp, (0o777 if folder else 0o666) & ~umask)  # mkstemp / mkdtemp make it private
        if folder and path.exists():
            _swap_folder(temp, path)
        else:
            os.replace(temp, path)
    finally:
        if temp.is_dir():
            shutil.rmtree(temp, ignore_errors=True)
        for leftover in temp.parent.glob(glob.escape(temp.name) + "*"):
            leftover.unlink(missing_ok=True)


def _swap_folder(new: Path, path: Path) -> None:
    old = path.with_name(f".{path.name}.replaced")
    shutil.rmtree(old, ignore_errors=True)  # left by a run killed between the renames
    path.rename(old)
    try:
        os.replace(new, path)
    except BaseException:
        os.replace(old, path)
        raise
    shutil.rmtree(old, ignore_errors=True)


def write_text_atomic(path: Path, text: str) -> Path:
    """Write a small text output (a summary table, a report, a manifest) whole or not at all (staged)."""
    with staged(path, prefix=f".{Path(path).stem}.", suffix=f"{Path(path).suffix}.partial") as temp:
        with open(temp, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
    return Path(path)
