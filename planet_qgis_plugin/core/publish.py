"""Put a finished output in place, the one way this project does it.

``staged(path)``: any file or folder (a preview, a report, summary.csv, a manifest, an exported bundle, a
plugin zip) is written under a temporary name beside it and renamed into place when complete, so a
reader finds the old version or the new one, never half of one. ``Staged`` is the same in steps, for an
output that must go in place together with another (teach's concept file and saved bundle, put in place
just before its GeoPackage commits and taken back if that fails).

``begin`` / ``publish`` / ``discard``: a run's GeoPackage output, which must also never clobber a file
that another run or program put there meanwhile:

a run writes ``.<key>.<pid>-<host>.<random>.partial.gpkg`` in the output's folder (``key`` is a hash of the output's
name, so the temporary name stays short even when the output's name is near the file-name limit) and,
when complete, publishes it under the output's name:

- no file at the output path when the run started: hard-linked into place (``os.link`` fails if a file
  appeared meanwhile, e.g. a second run to the same output), so nothing is ever replaced;
- a file there at the start (``--overwrite``): replaced only if it is still that file (same device,
  inode, size and modification time); a file changed or put there during the run is left alone.

A run killed outright (``kill -9``, power loss) cannot remove its temporary file; the next run to the same
output removes those whose process is gone (sweep, sweep_staged; writer_gone: a zombie counts as gone, and only
this machine's files are judged, by the ``<host>`` in their names).

``open_regular``: a file an output is read or copied from (a concept file, a bundle's files), opened without
following a link into somewhere else.
"""
from __future__ import annotations

import errno
import glob
import hashlib
import os
import re
import secrets
import shutil
import socket
import stat
import sys
import tempfile
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Callable, Iterator, Sequence

from .errors import OutputError
from .wording import tr

SUFFIX = ".partial.gpkg"
#: The side files SQLite opens beside a database (a GeoPackage) by name: its rollback journal, write-ahead log, index.
SQLITE_SIDE_FILES = ("-journal", "-wal", "-shm")
_SIDE_FILES = f"(?:{'|'.join(SQLITE_SIDE_FILES)})?"
#: This machine in the names of its temporary files (a hash of its host name): a pid tells whether a file's writer
#: is gone only on the machine that ran it, and a folder may be shared with others (Dask workers of a --scheduler
#: cluster on other hosts writing into one OUTDIR). A sweep judges this machine's files only.
HOST = hashlib.sha1(socket.gethostname().encode("utf-8", "surrogateescape")).hexdigest()[:6]
#: Who writes a temporary file, as its name says: ``<pid>-<host>`` (group 1 the pid, group 2 the host; names made
#: before they carried a host have the pid alone and are taken for this machine's).
_WRITER = r"([0-9]{1,9})(?:-([0-9a-f]{6}))?"
#: The names begin() gives a run's temporary GeoPackage, ``.<key>.<pid>-<host>.<random>.partial.gpkg``, with its
#: side files.
PARTIAL_NAME = re.compile(r"\.[0-9a-f]{12}\." + _WRITER + r"\.[0-9a-f]{8}" + re.escape(SUFFIX) + _SIDE_FILES)
#: The longest name begin() gives: a 9-digit pid.
PARTIAL_BYTES = len(f".{'0' * 12}.{'9' * 9}-{'0' * 6}.{'0' * 8}{SUFFIX}")


def staged_name(prefix: str, suffix: str) -> re.Pattern:
    """The names Staged.create gives temporary files, ``<prefix><pid>-<host>.<random><suffix>``, with SQLite's side
    files: ``prefix`` is a regular expression; writer_gone reads a match."""
    return re.compile(prefix + _WRITER + r"\.[a-z0-9_]+" + re.escape(suffix) + _SIDE_FILES)


def _writer() -> str:
    return f"{os.getpid()}-{HOST}"


def writer_gone(name: re.Match) -> bool:
    """Whether the process that wrote a temporary file is gone, from its name matched by PARTIAL_NAME or staged_name:
    a process of this machine that no longer runs (process_gone). Another machine's writer cannot be told from here:
    never gone (a run there removes its files)."""
    return name[2] in (None, HOST) and process_gone(int(name[1]))


@dataclass(frozen=True)
class Target:
    """Where a run writes (``temp``) and publishes (``path``); ``found``: the file at ``path`` when it started."""

    path: Path
    temp: Path
    found: tuple[int, int, int, int] | None


def begin(path: Path) -> Target:
    """Sweep stale temporary files of ``path``, note what is there now, and name this run's temporary file."""
    sweep(path)
    temp = path.parent / f".{_key(path)}.{_writer()}.{secrets.token_hex(4)}{SUFFIX}"
    return Target(path, temp, _identity(path))


def publish(target: Target) -> None:
    """Move the finished temporary file to the output path, or raise OutputError and leave the path alone."""
    now = _identity(target.path)
    if now is not None and now != target.found:
        raise OutputError(tr("output {path} was {how} by another program or run while this run was writing; it was "
                             "left as it is (run again to replace it)").format(
            path=target.path, how=tr("created") if target.found is None else tr("changed")))
    if now is None:
        try:
            os.link(target.temp, target.path)
        except FileExistsError:
            raise OutputError(tr("output {path} was created by another program or run while this run was "
                                 "writing; it was left as it is (run again to replace it)").format(
                path=target.path)) from None
        except OSError as exc:
            if exc.errno not in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EXDEV, errno.EMLINK):
                raise
            put_in_place(target.temp, target.path)  # a file system without hard links (FAT, some shares)
        else:
            os.unlink(target.temp)
        return
    put_in_place(target.temp, target.path)


def put_in_place(temp: Path, path: Path) -> None:
    """``temp`` renamed to ``path`` (os.replace), or OutputError naming ``path`` where the system refuses (a file
    made immutable, another user's in a sticky folder, a share's rules): it was '[Errno 1] Operation not permitted:
    '.../.s.1234-host.x.batch.gpkg' -> '.../s.gpkg'', after the work, of a temporary name nobody asked for."""
    try:
        os.replace(temp, path)
    except OSError as exc:
        raise not_put(path, exc) from None


def not_put(path: Path, exc: OSError) -> OutputError:
    """The one line for an output ``path`` the system refused to put in place (``exc``), named for itself."""
    return OutputError(tr("could not put {path} in place ({reason}); what was there is left as it was").format(
        path=path, reason=exc.strerror or type(exc).__name__))


def resolved_path(path: str | Path) -> Path:
    """``path`` with its links followed; a link that loops (Python raises RuntimeError) as it is, absolute."""
    try:
        return Path(path).resolve()
    except (RuntimeError, OSError):
        return Path(os.path.abspath(path))


def same_file(a: str | Path, b: str | Path) -> bool:
    """Whether ``a`` and ``b`` name one file: the same path once resolved, or one file through a link or another
    spelling (a path that does not exist is the same file only as the same resolved path)."""
    if resolved_path(a) == resolved_path(b):
        return True
    try:
        return os.path.samefile(a, b)
    except OSError:  # one of them does not exist: cannot be the same file
        return False


def check_not_an_input(path: Path, inputs: Sequence[str | Path], what: str = "output") -> None:
    """OutputError when ``path`` is one of ``inputs`` (also through a link or another spelling), or is named as SQLite
    names a side file of one (``tiles.gpkg-journal``: the next write into tiles.gpkg takes it for a hot journal and
    removes it): an input is never written over, not even with --overwrite."""
    for given in inputs:
        if same_file(path, given):
            raise OutputError(tr("{what} {path} is the input {given}; choose another name (inputs are never written "
                                 "over)").format(what=tr(what), path=path, given=given))
        side = next((side for side in SQLITE_SIDE_FILES if same_file(path, f"{given}{side}")), None)
        if side is not None:   # teach --save-concept tiles.gpkg-journal: SQLite took the file for its journal
            raise OutputError(tr("{what} {path} has the name SQLite gives the {kind} of the input {given}, which it "
                                 "would take for its own and remove; choose another name").format(
                what=tr(what), path=path, given=given, kind={"-journal": tr("rollback journal"),
                                                              "-wal": tr("write-ahead log"),
                                                              "-shm": tr("write-ahead log's index")}[side]))


def resolved_target(path: str | Path, what: str, instead: str = "name") -> Path:
    """``path`` with its links followed, or OutputError when it is a symbolic link
    that loops: "<what> <path> is a symbolic link that loops (it points to itself); remove it or choose another
    <instead>". The one message for such a link wherever something is to be written."""
    path = Path(path)
    try:
        return path.resolve()
    except RuntimeError:  # Python's word for a link that points to itself (or a loop of links)
        raise OutputError(tr("{what} {path} is a symbolic link that loops (it points to itself); remove it or choose "
                             "another {instead}").format(what=tr(what), path=path, instead=instead)) from None


def check_new_file(path: str | Path, what: str, overwrite: bool, folder_must_exist: bool = True) -> Path:
    """Before any work: ``path`` can be written as the run's ``what`` ("output", "preview", "report"): a name
    the file system can hold, not a folder nor a FIFO, socket or device, an existing file only replaced with
    ``overwrite``, its folder there (or, without ``folder_must_exist``, creatable: no file on the way) and
    writable. OutputError names the first problem, in one line."""
    path = Path(path)
    unnamed = name_not_utf8(what, path)
    if unnamed is not None:  # GDAL and the files that record it would fail on it once the work is done
        raise OutputError(unnamed)
    too_long = name_too_long(path)
    if too_long:
        raise OutputError(tr("{what} {too_long}; choose a shorter name").format(what=tr(what), too_long=too_long))
    try:
        return _check_new_file(path, what, overwrite, folder_must_exist)
    except OSError as exc:  # the file system refuses to look the name up (a path over PATH_MAX, a folder not searchable)
        shown = str(path) if len(str(path)) <= 160 else f"{str(path)[:80]}…{str(path)[-60:]}"
        raise OutputError(tr("{what} {shown} cannot be written ({reason}); choose another name").format(
            what=tr(what), shown=shown, reason=exc.strerror or type(exc).__name__)) from None


def _check_new_file(path: Path, what: str, overwrite: bool, folder_must_exist: bool) -> Path:
    resolved_target(path, what)
    if path.is_dir():
        raise OutputError(tr("{what} {path} is a folder").format(what=tr(what), path=path))
    kind = special_file(path)
    if kind is not None:  # even with overwrite: an output put in its place would destroy it
        raise OutputError(tr("{what} {path} is {kind}, not a file; choose another name").format(
            what=tr(what), path=path, kind=kind))
    if path.is_symlink() and not path.exists() and not overwrite:  # the run would end on its link, never publish
        raise OutputError(tr("{what} {path} is a symbolic link to {target}, which does not exist; pass --overwrite "
                             "to replace the link (or choose another name)").format(
            what=tr(what), path=path, target=os.readlink(path)))
    if path.exists() and not overwrite:
        raise OutputError(tr("{what} {path} already exists; pass --overwrite (or choose another name) to "
                             "replace it").format(what=tr(what), path=path))
    folder = check_folder(path, what, folder_must_exist)
    if folder is None or not os.access(folder, os.W_OK) or (path.exists() and not os.access(path, os.W_OK)):
        if folder is not None and read_only_mount(folder):   # its permissions are fine: no change of them helps
            raise OutputError(tr("{what} {path} cannot be written: {folder} is on a read-only file system (a mounted "
                                 "archive or share); choose a folder elsewhere").format(
                what=tr(what), path=path, folder=folder))
        raise OutputError(tr("{what} {path} is not writable (check permissions)").format(what=tr(what), path=path))
    return path


def read_only_mount(folder: Path) -> bool:
    """``folder`` lies on a file system mounted read-only (statvfs's ST_RDONLY)."""
    try:
        return bool(os.statvfs(folder).f_flag & os.ST_RDONLY)
    except (OSError, AttributeError):   # AttributeError: no statvfs (Windows)
        return False


def check_folder(path: Path, what: str, must_exist: bool = True,
                 error: type[Exception] = OutputError) -> Path | None:
    """The nearest folder that is there on ``path``'s way (its own folder, or the one a new folder would be made in),
    once ``path`` can go there: ``error`` where a file stands on the way ('afile/sub/x.json': no folder can be made
    under a file) or, with ``must_exist``, where its folder is not there. The one wording for every output."""
    dash = standard_stream(path, what)
    if dash is not None:
        raise error(dash)
    folder = next((f for f in path.resolve().parents if f.exists()), None)
    if folder is not None and not folder.is_dir():
        raise error(tr("{what} {path} cannot be written: {folder} is a file, not a folder; choose "
                       "another place").format(what=tr(what), path=path, folder=folder))
    if must_exist and not path.parent.is_dir():
        raise error(tr("{what} folder {parent} does not exist; create it first, or choose another folder").format(
            what=tr(what), parent=path.parent))
    return folder


def standard_stream(path: str | Path, what: str) -> str | None:
    """Why ``path`` cannot be written, where it is named '-' (standard output to many tools): the commands write
    files and folders only, and one named '-' was made in silence where a script piped what it took for the output
    to the next tool. None for any other name."""
    if Path(path).name != "-":
        return None
    return tr("{what} {path} is a file or folder named '-', not standard output (the command writes files only); "
              "give a name").format(what=tr(what), path=path)


def name_not_utf8(what: str, path: str | Path) -> str | None:
    """The line for a ``what`` ("raster", "scene", "output") whose path is not UTF-8 text, else None. GDAL is
    given names as UTF-8 (rasterio, OGR), and Dask, summary.csv and the reports write them so: a name from an archive
    written in another encoding (Latin-1's 'cena\\xe9.tif' on a UTF-8 system) reaches none of them. Shown as its bytes."""
    name = os.fspath(path)
    try:
        name.encode("utf-8")
        return None
    except UnicodeEncodeError:
        pass
    try:
        raw = os.fsencode(name)
    except UnicodeError:  # a surrogate that names no byte (not from the file system)
        raw = name.encode("utf-8", "backslashreplace")
    shown = raw.decode("utf-8", "backslashreplace")
    if shown == raw.decode("utf-8", "replace"):  # UTF-8 bytes this Python read as another encoding (LC_ALL=C)
        return tr("{what} {shown} cannot be given to GDAL: this Python reads file names as {encoding} (its locale); "
                  "run it with PYTHONUTF8=1 or a UTF-8 locale (LANG=C.UTF-8)").format(
            what=tr(what), shown=ascii(shown)[1:-1], encoding=sys.getfilesystemencoding())
    return tr("{what} {shown} has a name that is not UTF-8 text, which GDAL cannot be given; use a name in UTF-8 "
              "(convmv -f latin1 -t utf8 --notest FILE renames a file)").format(what=tr(what), shown=shown)


def name_too_long(path: str | Path, done: str = "written") -> str | None:
    """Why the file system cannot hold ``path``: a file or folder name in it longer than its limit (NAME_MAX,
    255 bytes on most), said with that name cut short ("out/nnnnnnnnnnnnnnnnnnnnnnnn… cannot be written: a name in
    it is too long (300 bytes; the file system takes 255)"; ``done``: what cannot be done with it); None when every
    name fits."""
    path = Path(path)
    limit = _name_max(path)
    sizes = [len(os.fsencode(part)) for part in path.parts]
    if max(sizes, default=0) <= limit:
        return None
    shown = Path(*[part if size <= limit else part[:24] + "…" for part, size in zip(path.parts, sizes)])
    return f"{shown} cannot be {done}: a name in it is too long ({max(sizes)} bytes; the file system takes {limit})"


def too_long_said(exc: BaseException) -> str | None:
    """A name longer than the file system takes, wherever a command or an algorithm met it (a scene, an area, a
    concept file, teach's --save-concept, change's --export: each an OSError '[Errno 36] File name too long' with the
    whole name), said as the outputs' check says it (name_too_long), the name cut short; None for any other error."""
    import errno

    if not (isinstance(exc, OSError) and exc.errno == errno.ENAMETOOLONG and exc.filename):
        return None
    said = name_too_long(os.fsdecode(exc.filename), "read or written")
    return f"{said}; give a shorter name" if said else None


def _name_max(path: Path) -> int:
    """The longest file name (bytes) the file system of ``path``'s nearest existing folder takes; 255 if unknown."""
    for folder in Path(os.path.abspath(path)).parents:
        try:
            if folder.is_dir():
                return int(os.pathconf(folder, "PC_NAME_MAX"))
        except OSError:  # a name too long on the way up: its parents are asked
            continue
        except (ValueError, AttributeError):  # no such limit, or no pathconf (Windows)
            break
    return 255


def discard(target: Target) -> None:
    """Remove this run's temporary file and SQLite's -journal / -wal / -shm beside it."""
    for leftover in target.temp.parent.glob(target.temp.name + "*"):
        leftover.unlink(missing_ok=True)


def sweep(path: Path) -> list[Path]:
    """Remove temporary files of earlier runs to ``path`` whose process is gone (writer_gone); returns them."""
    removed = []
    for leftover in path.parent.glob(f".{_key(path)}.*{SUFFIX}*"):
        name = PARTIAL_NAME.fullmatch(leftover.name)
        if name is not None and writer_gone(name):
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
        try:  # a link to nowhere is there all the same (os.link would refuse it): the link, replaced as it is
            st = os.lstat(path)
        except FileNotFoundError:
            return None
    return st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns


def process_gone(pid: int) -> bool:
    """No process ``pid`` runs: there is none, or it is a zombie (killed, not yet reaped: workers killed with their
    parent stay so until init reaps them, a second or so, and a run started meanwhile kept their files)."""
    if not pid_alive(pid):
        return True
    try:
        with open(f"/proc/{pid}/stat", "rb") as handle:  # Linux; elsewhere a zombie's files wait for the next run
            return handle.read().rpartition(b")")[2].split()[:1] in ([b"Z"], [b"X"])
    except OSError:
        return False


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


class Staged:
    """A new version of ``path`` (a file, or with ``folder`` a folder) written whole under the temporary name
    ``temp`` beside it (``create``), not yet in place.

    ``publish()`` puts it in place and keeps what it replaces aside, ``finish()`` drops that and returns
    ``path``, ``discard()`` undoes whatever was done. A caller that must write something else too (teach's
    GeoPackage) publishes just before its own commit and discards if that fails: all or nothing. Links are
    never followed: a link at ``path`` is replaced (and kept aside) as it is, not its target.
    """

    def __init__(self, path: Path, temp: Path, folder: bool, undoable: bool = True):
        self.path, self.temp, self.folder = path, temp, folder
        self.undoable = undoable or folder  # a folder cannot be replaced in one step: it always goes aside first
        self.aside: Path | None = None      # a folder holding the replaced version under its name, once published
        self.published = False
        self.replaced = False               # something was at path when published

    @classmethod
    def create(cls, path: str | Path, *, folder: bool = False, prefix: str | None = None, suffix: str = ".partial",
               undoable: bool = True):
        """Sweep what killed runs left for ``path`` (sweep_staged), then make the empty temporary file or folder,
        ``<prefix><pid>.<random><suffix>`` (prefix ``.<name>.``). Without ``undoable`` a replaced file is not
        kept aside (publish and finish come together; no hard link needed, so FAT and shares work)."""
        path = Path(path)
        prefix = f".{path.name}." if prefix is None else prefix
        sweep_staged(path, prefix, suffix)
        prefix = f"{prefix}{_writer()}."
        try:
            if folder:
                temp = Path(tempfile.mkdtemp(prefix=prefix, suffix=suffix, dir=path.parent))
            else:
                fd, name = tempfile.mkstemp(prefix=prefix, suffix=suffix, dir=path.parent)
                os.close(fd)
                temp = Path(name)
        except OSError as exc:  # named for the file asked for, not for the temporary one nobody asked for
            raise OutputError(tr("cannot write {path}: its folder {parent} does not take new files "
                                 "({reason}); nothing was written").format(
                path=path, parent=path.parent, reason=exc.strerror or exc)) from None
        return cls(path, temp, folder, undoable)

    def publish(self) -> None:
        """Put the new version in place, readable as the umask allows (mkstemp / mkdtemp make it private)."""
        self._make_readable()
        self.replaced = os.path.lexists(self.path)
        if self.replaced and self.undoable:
            try:
                self.aside = Path(tempfile.mkdtemp(prefix=f".{self.path.name}.{_writer()}.", suffix=".old",
                                                   dir=self.path.parent))
                if self.folder:   # an immutable folder, a share's rules: refused here, the folder as it was
                    self.path.rename(self.aside / self.path.name)
                else:  # a second name for the replaced file (or link): readers still find it at path meanwhile
                    _keep_copy(self.path, self.aside / self.path.name)
            except OSError as exc:
                self._drop(self.aside)
                self.aside = None
                raise not_put(self.path, exc) from None
        try:
            put_in_place(self.temp, self.path)
        except BaseException:
            if self.folder or not os.path.lexists(self.temp):   # moved aside, or replaced (a stop just after)
                self._restore()
            else:   # not renamed: the file at path is as it was; the second name kept of it is dropped (put back
                self._drop(self.aside)   # over itself, an immutable file refused that too: files were left)
                self.aside = None
            raise
        self.published = True

    def commit(self) -> Path:
        """publish and finish; if publishing fails, discard (what was at ``path`` stays). Returns ``path``."""
        try:
            self.publish()
        except BaseException:
            self.discard()
            raise
        return self.finish()

    def publish_new(self) -> None:
        """Put the new version in place only where nothing took ``path`` meanwhile (an export folder is never
        merged into, nor does it replace one that appeared while it was written): OSError otherwise."""
        self._make_readable()
        if self.folder:
            os.rename(self.temp, self.path)  # refuses a file or a folder with anything in it
        else:
            os.link(self.temp, self.path)    # refuses anything at path
            self.temp.unlink()
        self.published = True

    def _make_readable(self) -> None:
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(self.temp, (0o777 if self.folder else 0o666) & ~umask)

    def finish(self) -> Path:
        """Drop the replaced version; returns ``path``."""
        self._drop(self.aside)
        self.aside = None
        self._drop_temp()
        return self.path

    def discard(self) -> None:
        """Take the new version back out (if published) and put the replaced one back; remove the temporary."""
        if self.published:
            if self.folder:
                os.replace(self.path, self.temp)  # out first: the replaced folder goes back below
            elif not self.replaced:
                self.path.unlink(missing_ok=True)
            self.published = False
        self._restore()
        self._drop_temp()

    def _restore(self) -> None:
        if self.aside is not None:
            kept = self.aside / self.path.name
            if os.path.lexists(kept) and not (self.folder and os.path.lexists(self.path)):
                os.replace(kept, self.path)
            self._drop(self.aside)
            self.aside = None

    def _drop_temp(self) -> None:
        self._drop(self.temp)
        for leftover in self.temp.parent.glob(glob.escape(self.temp.name) + "*"):  # SQLite's -journal / -wal / -shm
            leftover.unlink(missing_ok=True)

    @staticmethod
    def _drop(path: Path | None) -> None:
        if path is not None and path.is_dir() and not path.is_symlink():
            shutil.rmtree(path, ignore_errors=True)
        elif path is not None:
            path.unlink(missing_ok=True)


def _keep_copy(path: Path, kept: Path) -> None:
    """A hard link where the system makes one without following a link; a copy elsewhere (Windows refuses
    ``follow_symlinks=False``, FAT and some network shares have no hard links)."""
    try:
        os.link(path, kept, follow_symlinks=False)
    except (NotImplementedError, OSError):
        shutil.copy2(path, kept, follow_symlinks=False)


def sweep_staged(path: Path, prefix: str | None = None, suffix: str = ".partial") -> None:
    """Undo what a run killed outright (``kill -9``) while staging ``path`` left beside it: its temporary file or
    folder is removed, and a version it had put aside goes back if nothing took ``path``'s place since."""
    prefix = f".{path.name}." if prefix is None else prefix
    patterns = {"temp": staged_name(re.escape(prefix), suffix),
                "aside": staged_name(re.escape(f".{path.name}."), ".old")}
    for leftover in sorted({*path.parent.glob(glob.escape(prefix) + "*"),
                            *path.parent.glob(glob.escape(f".{path.name}.") + "*.old")}):
        kind = next((k for k, p in patterns.items() if p.fullmatch(leftover.name)), None)
        if kind is None or not writer_gone(patterns[kind].fullmatch(leftover.name)):
            continue
        kept = leftover / path.name
        if kind == "aside" and leftover.is_dir() and not leftover.is_symlink() and os.path.lexists(kept) \
                and not os.path.lexists(path):
            os.replace(kept, path)
        Staged._drop(leftover)


@contextmanager
def staged(path: str | Path, *, folder: bool = False, prefix: str | None = None,
           suffix: str = ".partial") -> Iterator[Path]:
    """Yield a temporary name beside ``path`` (an empty file, or with ``folder`` an empty folder) to write;
    when the block ends without error it takes ``path``'s place (Staged.publish); on error it is removed
    (with any SQLite -journal / -wal / -shm beside it) and ``path`` is left as it was.

    A folder already at ``path`` is moved aside before the new one is renamed in and removed after (a
    folder cannot be replaced in one step); if the second rename fails, the old folder is put back."""
    stage = Staged.create(path, folder=folder, prefix=prefix, suffix=suffix, undoable=False)
    try:
        yield stage.temp
    except BaseException:
        stage.discard()
        raise
    stage.commit()


@contextmanager
def discarded_on_error(stage: Staged, errors: tuple[type[BaseException], ...],
                       error: Callable[[BaseException], Exception]) -> Iterator[Staged]:
    """For the block that fills or publishes ``stage``: if it fails, ``stage`` is discarded (what was at its
    path stays) and one of ``errors`` is raised as ``error(exc)`` (one line, no traceback); anything else (a
    cancel, Ctrl-C) as it came."""
    try:
        yield stage
    except BaseException as exc:
        stage.discard()
        if isinstance(exc, errors):
            raise error(exc) from None
        raise


def stage_text(path: str | Path, text: str, undoable: bool = True) -> Staged:
    """A small text output (a summary table, a report, a manifest) written whole under a temporary name beside
    ``path``, not yet in place (Staged: ``commit()``, or ``publish()`` with other outputs and ``discard()`` if one
    of them fails); on an error writing it, nothing is left and the error is raised."""
    path = Path(path)
    stage = Staged.create(path, prefix=f".{path.stem}.", suffix=f"{path.suffix}.partial", undoable=undoable)
    try:
        write_text(stage.temp, text)
    except BaseException:
        stage.discard()
        raise
    return stage


def write_text(path: Path, text: str) -> None:
    """``text`` into the (temporary) file ``path``, UTF-8, newlines as given."""
    with open(path, "w", encoding="utf-8", newline="") as handle:
        handle.write(text)


def not_written(path: str | Path, exc: OSError) -> OutputError:
    """``path`` could not be written for ``exc``: one line naming the file, which an error of a write (a full disk's
    ENOSPC, a quota's EDQUOT) does not."""
    return OutputError(tr("could not write {path}: {reason}").format(path=path, reason=exc.strerror or exc))


def write_text_atomic(path: Path, text: str) -> Path:
    """Write a small text output (a summary table, a report, a manifest) whole or not at all (staged)."""
    return stage_text(path, text, undoable=False).commit()


def special_file(path: str | Path) -> str | None:
    """What is at ``path`` when it is neither a regular file, a folder nor a symbolic link ("a named pipe
    (FIFO)", "a socket", "a device"), else None: an output put in its place would destroy it (for root,
    ``/dev/null`` itself)."""
    try:
        mode = os.lstat(path).st_mode
    except OSError:
        return None
    if stat.S_ISREG(mode) or stat.S_ISDIR(mode) or stat.S_ISLNK(mode):
        return None
    return not_a_file(mode)


def not_a_file(mode: int) -> str:
    """What a file of ``mode`` (os.stat's st_mode) that is no regular file is, in words: "a named pipe (FIFO)",
    "a socket", "a device" or "not a regular file"."""
    return (tr("a named pipe (FIFO)") if stat.S_ISFIFO(mode) else tr("a socket") if stat.S_ISSOCK(mode)
            else tr("a device") if stat.S_ISCHR(mode) or stat.S_ISBLK(mode) else tr("not a regular file"))


class NotRegularFile(OSError):
    """open_regular refused a path: ``link`` if it is a symbolic link, else it is no regular file (a folder,
    a FIFO, a device)."""

    def __init__(self, path: Path, link: bool):
        super().__init__(errno.ELOOP if link else errno.EINVAL,
                         "is a symbolic link" if link else "is not a regular file", str(path))
        self.link = link


def open_regular(path: Path) -> BinaryIO:
    """``path`` opened to read bytes if it is a regular file, for what an output is copied or read from. A
    symbolic link is refused, not followed (O_NOFOLLOW: nor is one swapped in after a caller's check), and a
    FIFO is never waited on (O_NONBLOCK): NotRegularFile; other OSErrors as the open raises them."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0))
    except OSError:
        if Path(path).is_symlink():
            raise NotRegularFile(path, link=True) from None
        raise
    handle = os.fdopen(fd, "rb")
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        handle.close()
        raise NotRegularFile(path, link=False)
    return handle
