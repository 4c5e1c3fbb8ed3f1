"""The alerts of a change layer, read back for review, hand-off and reports, and the analyst's answers
written into the layer (fields review, cause, reject_reason, reviewed_at, reviewed_by, and review_history: every
answer ever given to the alert, so a changed mind stays on record: the audit trail)."""
from __future__ import annotations

import datetime as dt
import getpass
import json
import math
import re
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from ..layer.tiletable import a_polygon, defined_srs, open_layer
from ..wording import tr
from .change import (
    CAUSES,
    CONFIDENCE,
    CONFIRMED,
    LAYER,
    META_AFTER_SCENE,
    META_BEFORE_SCENE,
    REJECTED,
    REVIEW_FIELDS,
    ChangeError,
)
from .footprints import centroids_lonlat
from .scenes import found_scene

OPEN = "open"
#: The status of an alert whose review field holds a value no answer has (typed by hand in QGIS's attribute table):
#: counted as such, never taken for an answer.
UNKNOWN = "unknown"
#: What counts() counts per cause.
STATUSES = (CONFIRMED, REJECTED, OPEN, UNKNOWN)
#: The longest reviewer name stored (a login or a name typed in the panel; longer ones are cut).
MAX_REVIEWER = 80
#: The longest reason stored with an answer: a sentence or a short paragraph. A longer one (a pasted report, a
#: megabyte of log) is refused rather than cut, so nothing typed is lost in silence; each answer also copies it into
#: review_history, which would grow by it on every answer.
MAX_REASON = 1000


@dataclass
class AlertRow:
    fid: int
    wkb: bytes
    lon: float
    lat: float
    new_flag: str
    confidence: str
    rise: float
    suggested_cause: str
    date_before: str
    date_after: str
    evidence: str = ""
    neighbours: int = 0
    review: str = ""          # "", confirmed, rejected (read leniently: as_known); another value as typed
    cause: str = ""
    reject_reason: str = ""
    reviewed_at: str = ""
    reviewed_by: str = ""
    history: str = ""         # field review_history as stored (a JSON list of every answer; see answers)

    @property
    def status(self) -> str:
        """open, confirmed, rejected, or UNKNOWN where the review field holds another value."""
        return self.review if self.review in (CONFIRMED, REJECTED) else UNKNOWN if self.review else OPEN

    @property
    def located(self) -> bool:
        """Whether the alert has a place on Earth (a layer without a CRS has pixel coordinates only)."""
        return math.isfinite(self.lon) and math.isfinite(self.lat)

    @property
    def counted_cause(self) -> str:
        """The one cause this alert is counted under: the analyst's when confirmed, else the suggested one."""
        return self.cause if self.review == CONFIRMED and self.cause else self.suggested_cause


@dataclass
class AlertSet:
    path: Path
    crs_wkt: str | None
    rows: list[AlertRow]
    scenes: tuple[Path | None, Path | None]
    metadata: dict[str, str] = field(default_factory=dict)

    def counts(self) -> dict[str, dict[str, int]]:
        """cause -> {confirmed, rejected, open, unknown}: each alert counted once (a cause typed by hand that is none
        of CAUSES under its own name)."""
        table = {cause: dict.fromkeys(STATUSES, 0) for cause in CAUSES}
        for row in self.rows:
            table.setdefault(row.counted_cause, dict.fromkeys(STATUSES, 0))[row.status] += 1
        return table


def as_known(value: str | None, known: tuple[str, ...]) -> str:
    """A review or cause field as read: one of ``known`` whatever its case and spaces (' Confirmed', 'Mining', typed
    by hand in QGIS's attribute table), else the value as typed, trimmed ('' for none). record_review writes only the
    known values themselves."""
    said = " ".join((value or "").split())
    return said.lower() if said.lower() in known else said


#: The fields of a change layer that reading its alerts needs (``reviewed_by``, ``review_history``: later additions,
#: read where present).
READ_FIELDS = ("alert", "rise", "lon", "lat", "new_flag", "confidence", "suggested_cause", "date_before", "date_after",
               "evidence", "neighbours", "cause", "reject_reason", "reviewed_at")
#: Those of them (and the review fields) read and written as text: one of another type (QGIS's Refactor fields) turns
#: an answer written into it into 0, and a number read from it is no text to show.
TEXT_FIELDS = ("new_flag", "confidence", "suggested_cause", "date_before", "date_after", "evidence", *REVIEW_FIELDS)


def _open(path: str | Path, update: bool = False):
    """(data source, layer ``changes``, its field names) of a change GeoPackage with the review fields
    (tiletable.open_layer)."""
    from osgeo import ogr

    ds, layer = open_layer(path, LAYER, ChangeError, update=update, written_by="`change`")
    defn = layer.GetLayerDefn()
    kinds = {defn.GetFieldDefn(i).GetName(): (defn.GetFieldDefn(i).GetType(), defn.GetFieldDefn(i).GetTypeName())
             for i in range(defn.GetFieldCount())}
    del defn
    names = set(kinds)
    missing = [name for name in READ_FIELDS if name not in names]
    retyped = [name for name in TEXT_FIELDS if name in kinds and kinds[name][0] != ogr.OFTString]
    if "review" not in names:
        refusal = tr("{path} was written by an older `change` without review fields; run `change` again").format(
            path=path)
    elif missing:  # deleted or renamed in QGIS: GDAL's KeyError or RuntimeError, out of the Alerts dock's slot
        refusal = tr("{path} lacks the field {field} of a change layer (deleted or renamed in QGIS?): run `change` "
                     "again").format(path=path, field=missing[0])
    elif retyped:  # Refactor fields: an answer written into an integer review is stored as 0
        refusal = tr("{path}: its field {field} holds {kind} values, not text as a change layer's does (its type "
                     "changed in QGIS, Refactor fields?), so answers written into it would be lost: set it back to "
                     "text (String), or run `change` again").format(path=path, field=retyped[0],
                                                                    kind=kinds[retyped[0]][1])
    else:
        return ds, layer, names
    layer = ds = None   # the layer first, and before the refusal's traceback holds this frame (freed in any order)
    raise ChangeError(refusal)


def reviewer_name() -> str:
    """Who answers, as the review records it by default: the operating system's login name ("" where it has none)."""
    try:
        return getpass.getuser()
    except (KeyError, OSError, ImportError):  # no login name in the environment or the password database
        return ""


#: Control and bidirectional characters: a GeoPackage field ends at a NUL (review_history, JSON, keeps it), and U+202E
#: shows a name reversed wherever it is read.
_UNSHOWN = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_SURROGATE = re.compile("[\ud800-\udfff]")


def _one_text(text: str, what: str) -> str:
    """A reviewer's name or a reason (``what``) as stored: one line, its runs of white space (and control or
    bidirectional characters) one space, so that the field and review_history hold the same text; a lone UTF-16
    surrogate (JSON's '\\ud800' from a web form, a user name of non-UTF-8 bytes as Python gives it) U+FFFD, where
    GDAL refused the whole text ('not a string'). ChangeError for a value that is no text (a CSV's empty cell read
    as NaN, a number): answers from a program are checked as the dock's."""
    if not isinstance(text, str):
        raise ChangeError(tr("{what} {value} is not text ({kind}); give it as text").format(
            what=what, value=repr(text)[:40], kind=type(text).__name__))
    return " ".join(_UNSHOWN.sub(" ", _SURROGATE.sub("\ufffd", text)).split())


def history_lines(text: str | None) -> list[str]:
    """Field review_history as a reader reads it, one answer a line, oldest first: 'AT BY: REVIEW (CAUSE or
    REASON)' (English, as the layer and the hand-off record it)."""
    lines = []
    for entry in answers(text):
        kept = not_an_answer(entry)
        if kept is not None:
            lines.append(kept)
            continue
        detail = entry.get("cause") or entry.get("reason")
        lines.append(f"{entry.get('at', '')} {entry.get('by', '')}: {entry['review']}" + (f" ({detail})" if detail else ""))
    return lines


def not_an_answer(entry) -> str | None:
    """An entry of review_history that is no answer (text edited by hand, another tool's value) as written; None for
    an answer (a dict with its review)."""
    if isinstance(entry, dict) and "review" in entry:
        return None
    return str(entry.get("earlier", entry) if isinstance(entry, dict) else entry)


def answers(text: str | None) -> list:
    """Field review_history read: every answer given to the alert, oldest first (dicts of at, by, review and its
    cause or reason); text that is not such a list (edited by hand) is kept whole as the first entry
    ({"earlier": text}), never dropped."""
    if not text:
        return []
    try:
        entries = json.loads(text)
    except (ValueError, RecursionError):   # RecursionError: a list nested past Python's limit is JSON too
        return [{"earlier": text}]
    return entries if isinstance(entries, list) else [{"earlier": text}]


def _review(value: str | None) -> str:
    """The review field as AlertRow holds it: confirmed, rejected, '' (open: none, or 'Open' typed), or another value
    as typed."""
    said = as_known(value, (CONFIRMED, REJECTED, OPEN))
    return "" if said == OPEN else said


def _scene(value: str, layer: Path) -> Path | None:
    """A scene the change layer records, where it is now (scenes.found_scene: where a moved project took it; one
    recorded relative by an earlier version, beside the layer: `change` is run in the layer's folder as often as
    not)."""
    scene = found_scene(value, layer)
    return scene.resolve() if scene is not None else None


def _lonlat(feature, wkb: bytes, crs_wkt: str | None) -> tuple[float, float]:
    """The alert's lon/lat as the layer holds them; where one is NULL (no CRS, or blanked in an edit), from its
    tile (NaN without a CRS), never 0, 0."""
    if not (feature.IsFieldNull("lon") or feature.IsFieldNull("lat")):
        return feature.GetFieldAsDouble("lon"), feature.GetFieldAsDouble("lat")
    return centroids_lonlat([wkb], crs_wkt)[0]


def read_alerts(path: str | Path, status: str | None = None) -> AlertSet:
    """Alerts of a change layer (``status``: only open / confirmed / rejected ones), highest confidence and
    biggest rise first."""
    ds, layer, names = _open(path)
    srs = defined_srs(ds, layer)  # a layer written without a CRS has none, not GDAL's 'undefined' one
    wkt = srs.ExportToWkt() if srs is not None else None
    meta = layer.GetMetadata() or {}
    rows = []
    layer.SetAttributeFilter("alert = 1")
    for f in layer:
        rise = f.GetFieldAsDouble("rise")
        geometry = f.GetGeometryRef()
        placed = _placed(geometry, f.GetFID(), Path(path).name)
        if placed is not None:   # the file let go of (the layer first) before the refusal's traceback holds this frame
            f = geometry = layer = ds = None
            raise ChangeError(placed)
        wkb = bytes(geometry.ExportToWkb())
        lon, lat = _lonlat(f, wkb, wkt)
        row = AlertRow(f.GetFID(), wkb, lon, lat, f.GetField("new_flag") or "", f.GetField("confidence") or "", rise,
                       f.GetField("suggested_cause") or "other", f.GetField("date_before") or "",
                       f.GetField("date_after") or "", f.GetField("evidence") or "", f.GetFieldAsInteger("neighbours"),
                       _review(f.GetField("review")), as_known(f.GetField("cause"), CAUSES),
                       f.GetField("reject_reason") or "",
                       f.GetField("reviewed_at") or "",
                       (f.GetField("reviewed_by") or "") if "reviewed_by" in names else "",
                       (f.GetField("review_history") or "") if "review_history" in names else "")
        if status is None or row.status == status:
            rows.append(row)
    del layer, ds  # the layer first: it keeps the data source open
    rows.sort(key=lambda r: (-CONFIDENCE.index(r.confidence) if r.confidence in CONFIDENCE else 1, -r.rise, r.fid))
    return AlertSet(Path(path), wkt, rows,
                    (_scene(meta.get(META_BEFORE_SCENE, ""), path), _scene(meta.get(META_AFTER_SCENE, ""), path)), meta)


@dataclass
class HeldRow:
    """A tile of a change layer whose new flags the rule held back (no alert): each flag and why (``held_back``)."""

    fid: int
    wkb: bytes
    lon: float
    lat: float
    held_back: str
    date_before: str
    date_after: str
    tags_gained: str
    tags_lost: str


def read_held(path: str | Path) -> list[HeldRow]:
    """The tiles of a change layer whose new flags were held back, in tile order (the report's held-back table's); []
    for a layer of an earlier version without the field, and for tiles whose polygon an edit took away."""
    ds, layer, names = _open(path)
    if "held_back" not in names:
        del layer, ds
        return []
    srs = defined_srs(ds, layer)
    wkt = srs.ExportToWkt() if srs is not None else None
    rows = []
    layer.SetAttributeFilter("(alert = 0 OR alert IS NULL) AND held_back IS NOT NULL AND held_back <> ''")
    for f in layer:
        geometry = f.GetGeometryRef()
        if geometry is None or geometry.IsEmpty():
            continue
        wkb = bytes(geometry.ExportToWkb())
        text = {k: (f.GetField(k) or "") if k in names else "" for k in ("date_before", "date_after", "tags_gained",
                                                                       "tags_lost")}
        rows.append(HeldRow(f.GetFID(), wkb, *_lonlat(f, wkb, wkt), f.GetField("held_back"), **text))
    del layer, ds  # the layer first: it keeps the data source open
    return sorted(rows, key=lambda r: r.fid)


def _placed(geometry, fid: int, name: str) -> str | None:
    """Why alert ``fid`` of the change layer ``name`` has no tile to show or hand off (its geometry edited in QGIS),
    or None where it has one."""
    if geometry is None or geometry.IsEmpty():  # the tile's polygon deleted in an edit: no place to show or hand off
        return tr("alert {fid} of {name} has no geometry (edited in QGIS?): undo the edit or run `change` "
                  "again").format(fid=fid, name=name)
    if not a_polygon(geometry):  # a point, a line, a polygon without area: no window to cut its chips from
        return tr("alert {fid} of {name} is no tile polygon (its geometry edited in QGIS into a point, a line or a "
                  "shape without area?): undo the edit or run `change` again").format(fid=fid, name=name)
    return None


def _alert_id(fid) -> int:
    """``fid`` as the whole number it is (an int, numpy's, a float such as 2.0, digits as text), else ChangeError:
    int() took 2.5 or True for alert 2 or 1, one a triage script never named, and a NaN, None or 2^70 raised past
    the one-line rule."""
    if isinstance(fid, str) and re.fullmatch(r"\s*-?[0-9]+\s*", fid):
        return int(fid)
    if not isinstance(fid, bool):
        try:
            if fid == int(fid):
                return int(fid)
        except (TypeError, ValueError, OverflowError):
            pass
    raise ChangeError(tr("alert id {fid!r} is not a whole number; give the fid of an alert (read_alerts' rows)").format(
        fid=fid))


def record_review(path: str | Path, fid: int, verdict: str, cause: str = "", reason: str = "",
                  when: dt.datetime | None = None, reviewer: str | None = None) -> tuple[str, str, str]:
    """Store an analyst's answer on alert ``fid``: confirmed with a cause, rejected with a reason, or ""
    (reopened), by ``reviewer`` (None: reviewer_name()), and add it to the alert's review_history. A layer of an
    earlier version gets the fields reviewed_by and review_history on its first answer. Returns what was written in
    reviewed_at (UTC) and reviewed_by (both empty for a reopened alert), and in review_history. ``fid``: a whole
    number, or its digits as text (a CSV's); ``when``: any zone (naive: local time, as Python takes it)."""
    fid = _alert_id(fid)
    reason = _one_text(reason, "reason")
    if verdict == REJECTED and len(reason) > MAX_REASON:   # (the reason of another answer is not stored)
        raise ChangeError(tr("a reason of {n:,} characters is longer than the {most:,} an answer keeps; shorten it (a "
                             "longer account belongs in a file the reason names)").format(n=len(reason), most=MAX_REASON))
    reviewer = _one_text(reviewer_name() if reviewer is None else reviewer, "reviewer")[:MAX_REVIEWER]
    if verdict == CONFIRMED and cause not in CAUSES:
        raise ChangeError(tr("a confirmed alert needs a cause: one of {CAUSES}").format(CAUSES=', '.join(CAUSES)))
    if verdict == REJECTED and not reason:
        raise ChangeError(tr("a rejected alert needs a reason"))
    if verdict not in (CONFIRMED, REJECTED, ""):
        raise ChangeError(tr("verdict must be {CONFIRMED}, {REJECTED} or empty, got {verdict!r}").format(
            CONFIRMED=CONFIRMED, REJECTED=REJECTED, verdict=verdict))
    at = _utc_stamp(when)
    stamp, by = (at, reviewer) if verdict else ("", "")
    recorded = _write_review(path, fid, {
        "review": verdict, "cause": cause if verdict == CONFIRMED else "",
        "reject_reason": reason if verdict == REJECTED else "", "reviewed_at": stamp, "reviewed_by": by},
        {"at": at, "by": reviewer, "review": verdict or OPEN, **({"cause": cause} if verdict == CONFIRMED else {}),
         **({"reason": reason} if verdict == REJECTED else {})})
    return stamp, by, recorded


#: The review fields an undo puts back as they were (review_history only grows: it records the undo too).
RESTORED_FIELDS = REVIEW_FIELDS[:-1]


@dataclass(frozen=True)
class StoredReview:
    """Alert ``fid``'s RESTORED_FIELDS as the layer held them (None: NULL, or a field an older layer lacks), read by
    stored_review before an answer: what restore_review writes back."""
    fid: int
    values: tuple[str | None, ...]

    @property
    def review(self) -> str:
        """The review field as read_alerts reads it into AlertRow (so are cause and reject_reason)."""
        return _review(self.values[0])

    @property
    def cause(self) -> str:
        return as_known(self.values[1], CAUSES)

    @property
    def reject_reason(self) -> str:
        return self.values[2] or ""


def stored_review(path: str | Path, fid: int) -> StoredReview:
    """Alert ``fid``'s review fields as the layer holds them now, whatever they hold (a review typed by hand that no
    answer has, 'maybe'); ChangeError where ``fid`` is no alert of it."""
    fid = _alert_id(fid)
    ds, layer, names = _open(path)
    feature = layer.GetFeature(fid) if -2**63 <= fid < 2**63 else None   # GDAL's fids are 64-bit
    if feature is None or not feature.GetFieldAsInteger("alert"):
        is_tile = feature is not None
        feature = layer = ds = None
        raise ChangeError(_no_alert(Path(path), fid, is_tile))
    values = tuple(None if name not in names or feature.IsFieldNull(name) else feature.GetField(name)
                   for name in RESTORED_FIELDS)
    del feature, layer, ds
    return StoredReview(fid, values)


def restore_review(path: str | Path, stored: StoredReview, when: dt.datetime | None = None,
                   reviewer: str | None = None) -> tuple[str, str, str]:
    """Put alert ``stored.fid``'s review fields back as stored_review read them (an undo of the answer given since: a
    review typed by hand that no answer has comes back as typed, which record_review never writes), and add the step
    to its review_history, by ``reviewer`` at ``when`` as record_review adds an answer, marked ``restored``. Returns
    what reviewed_at and reviewed_by hold again ('' for NULL), and review_history."""
    reviewer = _one_text(reviewer_name() if reviewer is None else reviewer, "reviewer")[:MAX_REVIEWER]
    values = dict(zip(RESTORED_FIELDS, stored.values))
    recorded = _write_review(path, stored.fid, values, {"at": _utc_stamp(when), "by": reviewer,
                                                        "review": stored.review or OPEN, "restored": True})
    return values["reviewed_at"] or "", values["reviewed_by"] or "", recorded


def _utc_stamp(when: dt.datetime | None) -> str:
    """``when`` (None: now; naive: local time, as Python takes it) as the review fields record it, in UTC. ChangeError
    for a time that is no datetime (a CSV's text or epoch, a date), one UTC cannot hold, or one more than a day ahead
    of now (datetime.max, a clock set wrong): answers from a program are checked, and the audit trail stays in order."""
    now = dt.datetime.now(dt.timezone.utc)
    if when is None:
        when = now
    if not isinstance(when, dt.datetime):
        raise ChangeError(tr("the time of an answer must be a datetime, not {kind} {value}").format(
            kind=type(when).__name__, value=repr(when)[:40]))
    try:
        utc = when.astimezone(dt.timezone.utc)
    except (ValueError, OverflowError):
        raise ChangeError(tr("the time of an answer, {value}, cannot be put in UTC (out of range)").format(
            value=when)) from None
    if utc > now + dt.timedelta(days=1):
        raise ChangeError(tr("the time of an answer, {stamp}, is in the future; give when it was given (or none: "
                             "now)").format(stamp=utc.strftime("%Y-%m-%dT%H:%M:%SZ")))
    return utc.strftime("%Y-%m-%dT%H:%M:%SZ")


def _write_review(path: str | Path, fid: int, values: dict[str, str | None], entry: dict) -> str:
    """Write ``values`` (review field -> text, None: NULL) into alert ``fid`` of ``path`` and append ``entry`` to its
    review_history (added, with reviewed_by, to a layer of an earlier version); returns review_history as written."""
    ds, layer, names = _open(path, update=True)
    stored = _stored_writes(path, names)
    if stored is not None:
        layer = ds = None
        raise ChangeError(tr("{name} holds a trigger {trigger!r} that would change {table!r} when an answer is "
                             "written; no SQL stored in a file is run, so it was left as it was: drop that trigger "
                             "(DROP TRIGGER \"{trigger}\") if you trust it, or run `change` again").format(
            name=Path(path).name, trigger=stored[0], table=stored[1]))
    feature = layer.GetFeature(fid) if -2**63 <= fid < 2**63 else None   # GDAL's fids are 64-bit
    is_tile, is_alert = feature is not None, feature is not None and feature.GetFieldAsInteger("alert")
    feature = None  # released before the layer's fields may grow (a feature of the old definition must not outlive it)
    if not is_alert:
        layer = ds = None
        raise ChangeError(_no_alert(Path(path), fid, is_tile))
    if not _add_review_fields(layer, names):
        layer = ds = None
        raise ChangeError(tr("could not add the fields reviewed_by and review_history to {path}").format(path=path))
    feature = layer.GetFeature(fid)
    history = answers(feature.GetField("review_history"))
    history.append(entry)
    recorded = json.dumps(history, ensure_ascii=False)
    for name, value in (*values.items(), ("review_history", recorded)):
        if value is None:
            feature.SetFieldNull(name)
        else:
            feature.SetField(name, value)
    try:   # GDAL's exceptions may be on (QGIS, another plugin): a failure raises instead of returning non-zero
        stored = layer.SetFeature(feature) == 0
    except RuntimeError:
        stored = False
    if not stored:
        feature = layer = ds = None
        raise ChangeError(_not_stored(Path(path)))
    del feature, layer, ds  # closes the file: the answer is on disk
    return recorded


def _no_alert(path: Path, fid: int, is_tile: bool) -> str:
    """Why ``fid`` is no alert of the change layer ``path`` to answer, and the fids of those there are (a triage script
    that took the report's alert 1 for a fid was told 'no alert with id 1' and no way to the right one)."""
    fids = [row.fid for row in read_alerts(path).rows]
    shown = ", ".join(map(str, fids[:10])) + (tr(" and {n} more").format(n=len(fids) - 10) if len(fids) > 10 else "")
    why = tr("tile {fid} raised none") if is_tile else tr("no tile has that fid")
    return tr("{path} has no alert with id {fid} ({why}); its alerts are fids {fids} (read_alerts(path).rows, numbered "
              "from 1 as the report and the Alerts dock number them)").format(path=path, fid=fid, why=why.format(fid=fid),
                                                                              fids=shown or "-")


def _not_stored(path: Path) -> str:
    """Why an answer could not be written into ``path``: a folder that takes no new files (a read-only share: SQLite
    writes its journal beside the file) said with the way on, else the bare fact."""
    import tempfile

    try:
        with tempfile.TemporaryFile(dir=path.parent):
            pass
    except OSError as exc:
        return tr("could not store the review in {path}: its folder {folder} does not take new files ({reason}), "
                  "which SQLite needs beside the file; copy the change layer to a folder you can write and answer "
                  "there").format(path=path, folder=path.parent, reason=exc.strerror or exc)
    return tr("could not store the review in {path}").format(path=path)


def _stored_writes(path: str | Path, names: set[str]) -> tuple[str, str] | None:
    """(trigger, table) of the first write SQL stored in the change GeoPackage (a trigger: a file handed over by
    someone else) would make as an answer is written through GDAL: the update of the alert's review fields and GDAL's
    stamp of the layer's last change, prepared (never run) under the authorizer teach writes under; None where
    there is none. GDAL runs such SQL as it writes: the notes beside the layer were deleted on the first answer."""
    from ..layer.sqlite_read import connect_read_only, deny_stored_writes, stand_in_gpkg_functions

    refused: list[tuple[str, str]] = []
    conn = connect_read_only(path, ChangeError)
    try:
        stand_in_gpkg_functions(conn)
        deny_stored_writes(conn, refused, LAYER)
        fields = ", ".join(f'"{name}" = "{name}"' for name in REVIEW_FIELDS if name in names)
        for sql in (f'UPDATE "{LAYER}" SET {fields} WHERE 0', "UPDATE gpkg_contents SET last_change = last_change"
                    " WHERE 0"):
            try:
                conn.execute(sql)
            except sqlite3.DatabaseError:   # denied (said below), or the read-only connection's refusal to write
                pass
    finally:
        conn.close()
    return refused[0] if refused else None


def _add_review_fields(layer, names: set[str]) -> bool:
    """The review fields a layer of an earlier version lacks, added (empty); False where one could not be."""
    from osgeo import ogr

    for name in REVIEW_FIELDS:
        try:   # GDAL's exceptions may be on: a failure raises
            if name not in names and layer.CreateField(ogr.FieldDefn(name, ogr.OFTString)) != 0:
                return False
        except RuntimeError:
            return False
    return True
