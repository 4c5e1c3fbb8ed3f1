"""Open a GeoPackage (SQLite) file for reading, saying why when it cannot be: missing, locked by a program
writing it, left mid-write by a program that was stopped, or not SQLite at all.

A program killed while writing leaves a "hot" journal beside the file; a read-only connection cannot undo
that write, so SQLite refuses ("attempt to write a readonly database"). Where the file and its folder are
writable, a read-write connection undoes it (what any SQLite program does on opening), so the file is
as it was before that write began; else the message says what to do.
"""
from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path

from ..publish import SQLITE_SIDE_FILES, not_a_file
from ..wording import tr

SQLITE_MAGIC = b"SQLite format 3\x00"  # the first 16 bytes of every SQLite file (a GeoPackage, an MBTiles, ...)
WAL_VERSIONS = b"\x02\x02"  # bytes 18-19 of an SQLite file in WAL journal mode (its read and write versions)
#: What SQLite says where it cannot make a WAL file's -shm: a read-only file system, a folder without write permission
NO_SHM = ("SQLITE_CANTOPEN", "SQLITE_READONLY_DIRECTORY", "SQLITE_READONLY_CANTINIT")
LOCKED = ("SQLITE_BUSY", "SQLITE_LOCKED")
WAIT_S = 5  # how long SQLite waits for another program's lock before it reports the file locked
#: The longest full name (bytes, after the working folder and links) SQLite opens a database under: its unix file
#: layer's MAX_PATHNAME, 512, less the 8 of the "-journal" it keeps beside it (measured: 504 opens, 506 does not).
SQLITE_MAX_NAME = 504


def too_deep(path: str | Path, name_bytes: int = 0) -> str | None:
    """Why SQLite cannot open (or make) a GeoPackage at ``path``: its full name is longer than SQLITE_MAX_NAME
    (``name_bytes``: the longest name a file of it takes in that folder, a run's temporary file); None where it can.
    Such a file was 'not a GeoPackage (unable to open database file)', and an output failed after the whole run."""
    path = Path(path)
    folder = max((os.fsencode(os.path.abspath(path.parent)), os.fsencode(os.path.realpath(path.parent))), key=len)
    full = len(folder) + 1 + max(len(os.fsencode(path.name)), name_bytes)
    if full <= SQLITE_MAX_NAME:
        return None
    return tr("its full name is {n} bytes long, more than the {most} under which SQLite opens a GeoPackage: use a "
              "folder nearer the root").format(n=full, most=SQLITE_MAX_NAME)


def connect_read_only(path: str | Path, error: type[Exception], busy: type[Exception] | None = None) -> sqlite3.Connection:
    """A read-only connection to ``path`` (an existing file); ``error`` with one line when it cannot be read,
    ``busy`` (default ``error``) when another program holds its lock (the same call may succeed later)."""
    path = Path(path)
    deep = too_deep(path)
    if deep is not None:
        raise error(tr("{path} cannot be opened: {deep}").format(path=path, deep=deep))
    odd = odd_side_file(path)
    if odd is not None:  # SQLite would open it as it opens the file: a pipe waits for a writer for ever
        raise error(tr("{path} cannot be read: {odd}, where SQLite keeps the file's journal; remove it (or move the "
                     "GeoPackage elsewhere)").format(path=path, odd=odd))
    unmerged = path.with_name(path.name + "-wal")
    if wal_in_a_fixed_folder(path) and unmerged.is_file() and unmerged.stat().st_size:
        raise error(tr("{path} holds writes not yet merged into it ({wal}), which SQLite cannot read where its folder "
                       "takes no new file (read-only); copy the two files into a writable folder, or open it once "
                       "where it is writable").format(path=path, wal=unmerged.name))
    for attempt in range(2):
        try:
            return _read_only(path)
        except sqlite3.DatabaseError as exc:
            reason = getattr(exc, "sqlite_errorname", "")
            if reason in LOCKED:
                raise (busy or error)(tr("{path} is in use by another program that is writing it (the database is "
                                         "locked); finish or close that (an edit session in QGIS?) and try "
                                         "again").format(path=path)) from None
            if reason != "SQLITE_READONLY_ROLLBACK":
                raise error(tr("{path} is not a GeoPackage ({exc})").format(path=path, exc=exc)) from None
            if attempt or not writable(path):
                raise error(tr("{path} holds an unfinished write (a program was stopped while writing it and left "
                               "{name}-journal): open it once with write access (make the file and its folder "
                               "writable) so SQLite can undo that write, then try again").format(
                    path=path, name=path.name)) from None
            _undo_unfinished_write(path, error)
    raise AssertionError("unreachable")


def _read_only(path: Path) -> sqlite3.Connection:
    """A read-only connection to ``path``, its schema read. A file in WAL journal mode (QGIS leaves a GeoPackage so
    after an edit session) where its folder takes no new file (a read-only share, a mounted archive, another user's
    folder): SQLite cannot make the -shm it reads through ('unable to open database file', 'attempt to write a
    readonly database': 'not a GeoPackage'), so the views check read nothing, and GDAL, which then reads such a file
    as it stands, ran what its views hold. Read as it stands here too (immutable: nothing writes it there)."""
    uri = path.resolve().as_uri()
    try:
        return _schema_read(sqlite3.connect(f"{uri}?mode=ro", uri=True, timeout=WAIT_S))
    except sqlite3.DatabaseError as exc:
        if getattr(exc, "sqlite_errorname", "") not in NO_SHM or not wal_in_a_fixed_folder(path):
            raise
    return _schema_read(sqlite3.connect(f"{uri}?mode=ro&immutable=1", uri=True, timeout=WAIT_S))


def _schema_read(conn: sqlite3.Connection) -> sqlite3.Connection:
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except BaseException:
        conn.close()
        raise
    return conn


def wal_in_a_fixed_folder(path: Path) -> bool:
    """``path`` is an SQLite file in WAL journal mode (bytes 18-19 of its header) in a folder that takes no new file."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(20)
    except OSError:
        return False
    return head[:16] == SQLITE_MAGIC and head[18:20] == WAL_VERSIONS and not os.access(path.parent, os.W_OK)


def odd_side_file(path: Path) -> str | None:
    """"<side> is <kind>" for a side file SQLite opens beside ``path`` (its -journal, -wal, -shm) that is not a
    regular file (a symbolic link, a named pipe, a socket, a device, a folder); else None."""
    for suffix in SQLITE_SIDE_FILES:
        side = path.with_name(path.name + suffix)
        if side.is_symlink():  # SQLite opens no link there (whatever it points at): "unable to open database file"
            return tr("{side} is a symbolic link (to {target})").format(side=side, target=os.readlink(side))
        try:
            mode = os.stat(side).st_mode
        except OSError:  # not there (or a link to nowhere: SQLite finds no journal either)
            continue
        if not stat.S_ISREG(mode):
            return f"{side} is {not_a_file(mode)}"
    return None


def writable(path: Path) -> bool:
    """The file and its folder (SQLite's journal goes there) are writable; root passes os.access regardless
    of the mode, so a file without any write bit counts as read-only too."""
    return os.access(path, os.W_OK) and bool(path.stat().st_mode & 0o222) and os.access(path.parent, os.W_OK)


def _undo_unfinished_write(path: Path, error: type[Exception]) -> None:
    conn = sqlite3.connect(str(path), timeout=WAIT_S)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.DatabaseError as exc:
        raise error(tr("{path} holds an unfinished write that SQLite could not undo ({exc})").format(
            path=path, exc=exc)) from None
    finally:
        conn.close()


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def first_non_number(conn: sqlite3.Connection, table: str, key: str, columns: list[str], where: str = ""
                     ) -> tuple[object, str, object] | None:
    """(``key``, column, value) of the first row of ``table`` (by ``key``; only rows matching the SQL ``where``, if
    given) where one of ``columns`` holds no number: text, a BLOB or NULL. SQLite keeps text that does not read as a
    number in a REAL or BOOLEAN column (type affinity converts only text that does) and OGR reads all three as 0.
    None when every value is a number."""
    found = None
    for start in range(0, len(columns), 50):  # an OR chain per query well under SQLite's expression depth
        group = columns[start:start + 50]
        test = " OR ".join(f"typeof({_quoted(c)}) NOT IN ('integer', 'real')" for c in group)
        row = conn.execute(f"SELECT {_quoted(key)}, {', '.join(map(_quoted, group))} FROM {_quoted(table)} WHERE "
                           f"{'(' + where + ') AND ' if where else ''}({test}) ORDER BY {_quoted(key)} LIMIT 1"
                           ).fetchone()
        if row is not None and (found is None or row[0] < found[0]):
            column, value = next((c, v) for c, v in zip(group, row[1:]) if not isinstance(v, (int, float)))
            found = (row[0], column, value)
    return found


def non_numbers(conn: sqlite3.Connection, table: str, column: str, where: str = "") -> tuple[int, int]:
    """(rows of ``table`` whose ``column`` holds no number, rows): of those matching the SQL ``where``, if given."""
    test = f"typeof({_quoted(column)}) NOT IN ('integer', 'real')"
    return conn.execute(f"SELECT SUM({test}), COUNT(*) FROM {_quoted(table)}"
                        + (f" WHERE {where}" if where else "")).fetchone()


def sqlite_file(path: str | Path) -> bool:
    """Whether the file at ``path`` (a regular file: a pipe would wait for a writer) begins as an SQLite database."""
    try:
        with open(path, "rb") as handle:
            return handle.read(len(SQLITE_MAGIC)) == SQLITE_MAGIC
    except OSError:
        return False


def views_of(path: str | Path) -> list[str]:
    """The SQL views of SQLite file ``path`` (a GeoPackage), [] for any other file or one this cannot read. A view
    is SQL that GDAL runs when it reads what the view stands for: a layer, or one of the GeoPackage's own tables (its
    CRS list, its contents), which it reads as it opens the file. One that never ends (a recursive WITH) hung the
    reader for good, deaf to Ctrl-C and SIGTERM: SQLite runs it in C, where Python's handlers wait. Reading the
    schema runs none of it. The layers this project writes hold no view."""
    if not sqlite_file(path) or odd_side_file(Path(path)) is not None:  # a pipe for its journal: SQLite would wait
        return []                                                         # for ever; the reader's own open says so
    try:
        conn = _read_only(Path(path))
    except (OSError, sqlite3.Error):
        return []
    try:
        return [row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'view' ORDER BY name")]
    except sqlite3.Error:  # locked, damaged: the reader's own open says so
        return []
    finally:
        conn.close()


def views_said(path: str | Path) -> str | None:
    """What ``path``'s views are, for the end of a one-line refusal ("PATH holds ..."), or None when it has none."""
    views = views_of(path)
    if not views:
        return None
    shown = ", ".join(views[:3]) + (f" and {len(views) - 3} more" if len(views) > 3 else "")
    return tr("SQL views ({shown}), which reading it runs (one may never end)").format(shown=shown)


def refuse_views(path: str | Path, error: type[Exception], written_by: str | None = None) -> None:
    """``error`` with one line where GeoPackage ``path``, given as a layer this project writes (by ``written_by``,
    default the classifier), holds SQL views: reading it, GDAL or SQLite itself would run them, and one may never
    end. Asked before either reads it."""
    views = views_said(path)
    if views is not None:
        raise error(tr("{path} holds {views}; a GeoPackage written by {written_by} holds none: give the one it "
                       "wrote").format(path=path, views=views, written_by=written_by or tr("the classifier")))


def stand_in_gpkg_functions(conn: sqlite3.Connection) -> None:
    """The GeoPackage's R-tree triggers name ST_* functions (SpatiaLite/GDAL); SQLite checks that they
    exist when an UPDATE is prepared. They only run when a geometry or fid changes, which the plugin's own
    writes of fields never do, so these stand-ins refuse to run."""
    def refuse(*_):
        raise sqlite3.OperationalError(tr("this write changes no geometry"))

    for name in ("ST_IsEmpty", "ST_MinX", "ST_MaxX", "ST_MinY", "ST_MaxY"):
        conn.create_function(name, 1, refuse)


#: What SQL stored in the file (a trigger) may do while the plugin writes: read (a check that aborts, as the
#: GeoPackage specification's own triggers do). GDAL's spatial-index triggers also write the index table.
_READ_ACTIONS = (sqlite3.SQLITE_READ, sqlite3.SQLITE_SELECT, sqlite3.SQLITE_FUNCTION)
_WRITE_ACTIONS = (sqlite3.SQLITE_INSERT, sqlite3.SQLITE_UPDATE, sqlite3.SQLITE_DELETE)


def deny_stored_writes(conn: sqlite3.Connection, refused: list[tuple[str, str]], layer: str) -> None:
    """Deny every write that a trigger stored in the GeoPackage would make while the plugin writes into ``layer``
    (a file a user was given may carry ``AFTER UPDATE ON tiles BEGIN DELETE FROM notes; END``): SQLite asks this
    authorizer while it prepares each statement, trigger bodies included, so a denied write never runs and the
    statement fails; ``refused`` gets (trigger, table) for the message. GDAL's own R-tree triggers
    (``rtree_<layer>_<column>_*``, which write only ``rtree_<layer>_<column>``) are let through: no field write
    changes a geometry or fid, the only case in which they run."""
    index = f"rtree_{layer}_"

    def authorize(action, arg1, arg2, database, trigger):
        if trigger is None or action in _READ_ACTIONS:
            return sqlite3.SQLITE_OK
        if action in _WRITE_ACTIONS and trigger.startswith(index) and str(arg1).startswith(index) \
                and "_" not in str(arg1)[len(index):]:
            return sqlite3.SQLITE_OK
        refused.append((trigger, str(arg1)))
        return sqlite3.SQLITE_DENY

    conn.set_authorizer(authorize)
