"""Write a GeoPackage layer, the one way (write_layer): the tile layer (write_tiles: one polygon per tile, in
the raster's CRS) and the change layer (core/monitor/change.py).

The file is built under a temporary name next to the target in a single transaction and renamed into
place only when complete, so a cancelled or failed run never leaves half a layer nor touches an existing file.
"""
from __future__ import annotations

import re
import struct
import traceback
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Mapping, Sequence

from .. import publish
from ..errors import OutputBusy, OutputError
from ..labels import FLAG_GROUPS
from ..wording import count, tr
from .embeddings import EMBEDDING_FIELD, META_BACKBONE, META_DTYPE, META_SIZE
from .schema import (
    ANSWER_FIELDS,
    CHANGES,
    LAYER,
    META_CONCEPTS,
    concept_flags,
    concept_names,
    concepts_item,
    field_kinds,
)
from .sqlite_read import too_deep
from .tiletable import field_names


@dataclass
class TileRecord:
    """Everything written for one tile."""

    row: int
    col: int
    ring: list[tuple[float, float]]
    coverage: float
    probs: Sequence[float]
    tags: Sequence[bool]
    flags: dict[str, bool]                     # flag group -> flag (tags and concepts of the group)
    scores: dict[str, float] = field(default_factory=dict)              # flag group -> score 0..1
    concepts: dict[str, tuple[float, bool]] = field(default_factory=dict)  # concept -> (p, flag)
    flagged: bool | None = None                # None: any of ``flags``
    embedding: bytes | None = None             # encoded by core.layer.embeddings.encode


#: The table QGIS keeps the styles saved into a GeoPackage in: not a layer of the analyst's.
STYLES_TABLE = "layer_styles"


@dataclass
class EmbeddingLayout:
    """What the layer's metadata says about the ``embedding`` BLOBs (core/layer/embeddings.py)."""

    backbone_id: str
    size: int
    dtype: str = "float16"


def check_gpkg_name(path: str | Path) -> Path:
    """``path`` as a Path, or OutputError unless it ends in .gpkg (the one format written)."""
    text = str(path)
    if ".gpkg|" in text.lower() or text.startswith("ogr:"):  # QGIS's "a layer in a GeoPackage" forms
        raise OutputError(tr("output {text} names a layer in a GeoPackage; give the file alone (e.g. "
                             "{file}): its layer is always 'tiles'").format(
            text=text, file=text.split('|')[0] if '|' in text else 'tiles.gpkg'))
    path = Path(path)
    if path.suffix.lower() != ".gpkg":
        raise OutputError(tr("output {path} must end in .gpkg").format(path=path))
    return path


#: What tables_besides says of a file of another kind.
NOT_SQLITE, NOT_GPKG = "not SQLite", "not a GeoPackage"


def not_ours(path: Path, layer: str = LAYER) -> str | None:
    """What the file at ``path`` is, when replacing it with a GeoPackage of ``layer`` would lose something of the
    analyst's: "a GeoPackage that holds roads, rivers" (tables besides ``layer`` and the styles QGIS saves in it),
    "an SQLite database that is not a GeoPackage", "not a GeoPackage"; None where nothing is there (or no regular
    file: the callers refuse those apart) or it holds ``layer`` alone. One it cannot list (another program is
    writing it) is OutputError."""
    others = tables_besides(path, layer)
    if isinstance(others, list):
        return f"a GeoPackage that holds {', '.join(others)}" if others else None
    return {NOT_SQLITE: "not a GeoPackage", NOT_GPKG: "an SQLite database that is not a GeoPackage"}.get(others)


def tables_besides(path: str | Path, layer: str = LAYER) -> list[str] | str | None:
    """The tables of the GeoPackage at ``path`` besides ``layer`` and the styles QGIS saves in it (the analyst's
    own layers), sorted; NOT_SQLITE or NOT_GPKG for a file of another kind; None where no regular file can be read
    there (none, a pipe, a name too long: the writer says why). One whose tables cannot be listed (another program
    is writing it; a write left unfinished) is OutputError: it may hold the analyst's layers."""
    import sqlite3

    from .sqlite_read import SQLITE_MAGIC, connect_read_only, views_of

    try:
        if not Path(path).is_file():  # a pipe would wait for a writer
            return None
        with open(path, "rb") as handle:
            if handle.read(len(SQLITE_MAGIC)) != SQLITE_MAGIC:
                return NOT_SQLITE
    except OSError:
        return None
    views = views_of(path)
    if views:   # SQL the query below would run (gpkg_contents a view that never ends hung QGIS): not a file of ours
        return views
    conn = connect_read_only(path, OutputError)
    try:
        tables = [row[0] for row in conn.execute("SELECT table_name FROM gpkg_contents")]
    except sqlite3.DatabaseError:
        return NOT_GPKG
    finally:
        conn.close()
    return sorted(t for t in tables if t not in (layer, STYLES_TABLE))


def check_output(path: str | Path, overwrite: bool, inputs: Sequence[str | Path] = (),
                 concepts: Iterable[str] | None = None) -> Path:
    """Fail early, before any work, if ``path`` cannot be written, is one of the run's ``inputs`` or holds the
    analyst's work that the run would lose (every face of classify and change): a change layer's answers
    (check_answers_kept), a tile layer's concepts (check_concepts_kept; ``concepts``: those a tile layer's run
    writes again, EVERY_CONCEPT where they were checked before the run, None for a run that writes no tile layer)."""
    path = check_gpkg_name(path)
    deep = too_deep(path, publish.PARTIAL_BYTES)   # SQLite could not make the run's GeoPackage: after the whole run
    if deep is not None:
        raise OutputError(tr("output {path} cannot be written: {deep}").format(path=path, deep=deep))
    publish.check_not_an_input(path, inputs)
    path = publish.check_new_file(path, "output", overwrite)
    if path.is_file():   # read once for both (an output written over is opened before the run and again at its end)
        _refuse_busy(path)
        answers, taught_here = _work_in(path)
        _refuse_answers_lost(path, answers)
        _refuse_concepts_lost(path, taught_here, concepts)
    return path


class _EveryConcept:
    """Every concept name: write_tiles' check at the end of a run, whose concepts classify checked before it."""

    def __contains__(self, name: object) -> bool:
        return True


EVERY_CONCEPT = _EveryConcept()


def check_answers_kept(output: Path) -> None:
    """An output that is a change layer the analyst has answered in is never written over (--overwrite, the
    dialog's replace question, Processing's output chosen again), by change or by classify: its answers and their
    history are the review's audit trail."""
    _refuse_answers_lost(output, answered(output) if output.is_file() else 0)


def check_concepts_kept(output: Path, written: Iterable[str] | None) -> None:
    """An output that is a tile layer carrying concepts the run does not write again (p_<name>/flag_<name>: taught on
    it with teach or the Teach panel, applied from a concept file) is never written over: classify --overwrite, the
    dialog's Replace, Processing's output chosen again, batch redoing a scene, change given it as its output. The
    fields are an analyst's work, often the only copy of it (a concept not saved with --save-concept). ``written``:
    the concepts the run writes again (the bundle's, the concept files applied); None: a run writing no tile layer."""
    _refuse_concepts_lost(output, taught(output) if output.is_file() else [], written)


def _refuse_answers_lost(output: Path, answers: int) -> None:
    if answers:
        raise OutputError(tr("{path} holds the answers given to {alerts} (review, review_history): writing over it "
                             "would lose them; give another output, or delete it first to start over").format(
            path=output, alerts=count(answers, tr("alert"), tr("alerts"))))


def _refuse_concepts_lost(output: Path, taught_here: Sequence[str], written) -> None:
    kept = written if isinstance(written, _EveryConcept) else set(written or ())
    lost = [name for name in taught_here if name not in kept]
    if not lost:
        return
    fields, concepts = ", ".join(f"p_{name}/flag_{name}" for name in lost), count(len(lost), tr("concept"),
                                                                                   tr("concepts"))
    if written is None:
        raise OutputError(tr("{path} is a tile layer carrying {concepts} ({fields}): writing over it would lose "
                             "them; give another output, or delete the file first to start over").format(
            path=output, concepts=concepts, fields=fields))
    raise OutputError(tr("{path} carries {concepts} ({fields}) that this run would not write again: writing over "
                         "it would lose them; give another output, apply the saved concept in this run (--concept "
                         "FILE; in Processing, Apply concept files), or delete the file first to start over").format(
        path=output, fields=fields, concepts=concepts))


def taught(path: str | Path) -> list[str]:
    """The concepts whose fields (p_<name> and flag_<name>) the tile layer at ``path`` carries that no run can write
    again, in field order (_taught_in); [] for a file that is no tile layer or cannot be read (what writing over it
    would lose is nothing taught)."""
    with _layer_read_quietly(path, LAYER) as (_, layer):
        return _taught_in(layer)


def _taught_in(layer) -> list[str]:
    """The concepts of a tile layer (None: no tile layer) but those its metadata records as applied from a concept
    file or shipped with the bundle (schema.concept_flags' source): the file applied again writes those anew (an
    acceptance driver, a batch applying another concept to the same output), a concept taught on the layer, or one
    of unknown source (layers before the record, a threshold moved by hand), is the analyst's work."""
    if layer is None:
        return []
    try:
        metadata = {str(k): str(v) for k, v in (layer.GetMetadata() or {}).items()}
    except RuntimeError:   # GDAL's exceptions, where another part of the process turned them on
        metadata = {}
    remade = {name for name, flag in concept_flags(metadata).items() if flag.source in ("applied", "bundle")}
    return [name for name in concept_names(field_names(layer)) if name not in remade]


def answered(path: str | Path) -> int:
    """How many tiles of the change layer at ``path`` hold an analyst's answer or a history of answers (ANSWER_FIELDS);
    0 for a file that is no change layer, or cannot be read (what writing over it would lose is nothing of the
    review's)."""
    with _layer_read_quietly(path, CHANGES) as (_, layer):
        return _answers_in(layer)


class _Unreadable(Exception):
    """A SQLite output that cannot be read (damaged, not a GeoPackage): --overwrite replaces it as any file."""


def _refuse_busy(path: Path) -> None:
    """OutputBusy for an output that is a GeoPackage another program is writing (its SQLite lock held: QGIS saving
    an edit session, a script's transaction): `classify -o locked.gpkg --overwrite` replaced it under that program,
    whose writes then went to a file no longer there. Processing refused it already (tables_besides)."""
    from .sqlite_read import connect_read_only, sqlite_file

    if not sqlite_file(path) or Path(f"{path}-journal").exists():
        return   # (a journal there: a read would undo the write it holds, on a file about to be replaced anyway)
    try:
        connect_read_only(path, _Unreadable, OutputBusy).close()
    except _Unreadable:
        pass


def _work_in(path: str | Path) -> tuple[int, list[str]]:
    """answered() and taught() of the file at ``path``, read with one opening."""
    with _layer_read_quietly(path, CHANGES) as (ds, changes):
        return _answers_in(changes), _taught_in(ds.GetLayerByName(LAYER) if ds is not None else None)


def _answers_in(layer) -> int:
    if layer is None:
        return 0
    names = set(field_names(layer))
    terms = [f"({name} IS NOT NULL AND {name} <> '')" for name in ANSWER_FIELDS if name in names]
    try:
        if not terms or layer.SetAttributeFilter(" OR ".join(terms)) != 0:
            return 0
        return max(layer.GetFeatureCount(), 0)
    except RuntimeError:   # GDAL's exceptions, where another part of the process turned them on
        return 0


@contextmanager
def _layer_read_quietly(path: str | Path, name: str):
    """The file at ``path`` and its layer ``name`` (OGR), None where the file is no GeoPackage (holding it) or cannot
    be read: what a check of what writing over it would lose asks, with nothing said (GDAL's errors kept quiet). A
    GeoPackage holding SQL views is none this project wrote, and is not opened: GDAL runs a view of its CRS table as
    it opens the file, and `classify -o old.gpkg --overwrite` over one that never ends hung for good, deaf to Ctrl-C
    and SIGTERM, before the run began (sqlite_read.views_of)."""
    from osgeo import gdal, ogr

    from .sqlite_read import views_of

    gdal.PushErrorHandler("CPLQuietErrorHandler")
    ds = layer = None
    try:
        try:
            ds = None if views_of(path) else ogr.Open(str(path))
            layer = ds.GetLayerByName(name) if ds is not None else None
        except RuntimeError:   # GDAL's exceptions, where another part of the process turned them on
            pass
        yield ds, layer
    finally:
        layer = ds = None
        gdal.PopErrorHandler()


def write_tiles(path: str | Path, records: Iterable[TileRecord], labels: Sequence[str], crs_wkt: str | None,
                model_name: str, overwrite: bool = False, concepts: Sequence[str] = (),
                embedding: EmbeddingLayout | None = None, metadata: Mapping[str, str] | None = None,
                completed: Callable[[Path], object] | None = None) -> int:
    """Write ``records`` to ``path`` (layer ``tiles``); returns the feature count.

    ``concepts``: names of the concepts whose ``p_<name>`` / ``flag_<name>`` every record carries (a
    {name: group} mapping also records the groups in the layer metadata, schema.META_CONCEPTS).
    ``embedding``: store each record's embedding BLOB and say so in the layer metadata; None: no field.
    ``metadata``: further layer metadata items (the run's facts: scene, acquisition date, bundle, grid).
    ``completed``: see write_layer.
    """
    path = check_output(path, overwrite, concepts=EVERY_CONCEPT)   # classify checked them before its run
    items: dict[str, str] = {}
    if embedding is not None:
        items.update({META_BACKBONE: embedding.backbone_id, META_SIZE: str(int(embedding.size)),
                      META_DTYPE: embedding.dtype})
    items.update({key: str(value) for key, value in (metadata or {}).items()})
    if isinstance(concepts, Mapping) and concepts:  # {name: group}: teach and the style read the groups
        items[META_CONCEPTS] = concepts_item(concepts)
    fields = field_kinds(labels, concepts, embedding is not None)
    return write_layer(path, LAYER, fields, crs_wkt, lambda layer: _add_tiles(layer, records, labels, concepts,
                                                                             model_name, [n for n, _ in fields]),
                       metadata=items, not_null=True, completed=completed)


def write_layer(path: Path, name: str, fields: Sequence[tuple[str, str]], crs_wkt: str | None,
                fill: Callable[[object], int], *, metadata: Mapping[str, str] | None = None, not_null: bool = False,
                finish: Callable[[object], object] | None = None,
                completed: Callable[[Path], object] | None = None) -> int:
    """Write a GeoPackage of one polygon layer ``name``, the one way: built under a temporary name beside
    ``path`` (checked beforehand: check_output) in one transaction, then published (core/publish.py: never
    over a file that appeared or changed meanwhile); on failure nothing is left and GDAL's text is cut to
    one line of OutputError. Returns what ``fill`` returns.

    ``fields``: (name, kind) in order, kind: str, bool, int, real or binary; ``not_null``: all but the strings NOT NULL.
    ``fill(layer)`` adds the features and returns their count; ``finish(data source)`` adds to the file
    after that transaction (the change layer's style), through the same handle so that it too is closed quietly.
    ``completed(temporary path)`` changes the closed file before it is published (classify's concepts): if it
    fails, nothing is published either."""
    from osgeo import ogr, osr

    ogr.UseExceptions()
    target = publish.begin(path)
    ds = layer = None
    # GDAL's own words, kept: GDAL 3.6 raises a full disk's 'sqlite3_exec(COMMIT) failed: database or disk is full' as a
    # RuntimeError without text, and the run said 'could not write o.gpkg: RuntimeError'
    failures: list[str] = []
    try:
        with _gdal_handler(_recorder(failures)):
            ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(target.temp))
            srs = None
            if crs_wkt:
                srs = osr.SpatialReference()
                srs.ImportFromWkt(crs_wkt)
            layer = ds.CreateLayer(name, srs, ogr.wkbPolygon, options=["SPATIAL_INDEX=YES"])
            _create_fields(layer, fields, not_null)
            for key, value in (metadata or {}).items():
                layer.SetMetadataItem(key, str(value))
            ds.StartTransaction()
            count = fill(layer)
            ds.CommitTransaction()
            if finish is not None:
                finish(ds)
            layer = None
        closing: list[str] = []
        with _gdal_quiet(closing), _destructor_errors(closing):  # GDAL builds the spatial index as the file closes:
            ds = None   # a failure there (a full disk) was a destructor's 'Exception ignored' traceback, the layer
                        # published without it
        if closing:
            raise RuntimeError(closing[0])
        if completed is not None:
            completed(target.temp)
        publish.publish(target)
    except BaseException as exc:
        layer = None  # it keeps the data source alive, as do the locals of fill / finish in the traceback
        with _gdal_quiet(), _destructor_errors([]):  # closing a failed file (the disk may still be full) only
            traceback.clear_frames(exc.__traceback__)          # repeats the error
            ds = None
        publish.discard(target)
        if isinstance(exc, (OSError, RuntimeError)):
            reason = _failure_reason(str(exc).strip().splitlines() or failures[:1] or [type(exc).__name__])
            raise OutputError(tr("could not write {path}: {reason}").format(path=path, reason=reason)) from None
        raise
    return count


def _add_tiles(layer, records: Iterable[TileRecord], labels: Sequence[str], concepts: Sequence[str],
               model_name: str, names: Sequence[str]) -> int:
    from osgeo import ogr

    # every value is set by field index, in layer order (see schema.field_names), on one feature made once: every
    # field is set for every tile, and its id cleared for the insert. Integers and strings through their typed
    # setters (the generic SetField tells them apart in Python first); reals have none in GDAL 3.6's bindings.
    index = {name: i for i, name in enumerate(names)}
    i_tags, i_flagged, i_row, i_col, i_cov, i_model = (index[n] for n in ("tags", "flagged", "row", "col",
                                                                          "coverage", "model"))
    i_groups = [(index[f"flag_{g}"], index[f"score_{g}"], g) for g in FLAG_GROUPS]
    i_concepts = [(index[f"p_{c}"], index[f"flag_{c}"], c) for c in concepts]
    i_probs = [index[f"p_{l}"] for l in labels]
    i_tag = [index[l] for l in labels]
    i_embedding = index.get(EMBEDDING_FIELD)
    feature = ogr.Feature(layer.GetLayerDefn())
    set_real, set_int, set_text = feature.SetField, feature.SetFieldInteger64, feature.SetFieldString
    count = 0
    for rec in records:
        feature.SetFID(ogr.NullFID)
        set_text(i_tags, " ".join(l for l, on in zip(labels, rec.tags) if on))
        flagged = any(rec.flags.values()) if rec.flagged is None else rec.flagged
        set_int(i_flagged, int(bool(flagged)))
        for i_flag, i_score, group in i_groups:
            set_int(i_flag, int(bool(rec.flags.get(group, False))))
            set_real(i_score, float(rec.scores.get(group, 0.0)))
        for i_p, i_flag, name in i_concepts:
            p, on = rec.concepts[name]
            set_real(i_p, float(p))
            set_int(i_flag, int(bool(on)))
        set_int(i_row, int(rec.row))
        set_int(i_col, int(rec.col))
        set_real(i_cov, float(rec.coverage))
        for i_p, i_t, p, on in zip(i_probs, i_tag, rec.probs, rec.tags):
            set_real(i_p, float(p))
            set_int(i_t, int(bool(on)))
        set_text(i_model, model_name)
        if i_embedding is not None:
            if rec.embedding is None:
                raise ValueError(f"tile {rec.row}:{rec.col} has no embedding")
            feature.SetFieldBinaryFromHexString(i_embedding, rec.embedding.hex())
        feature.SetGeometryDirectly(ogr.CreateGeometryFromWkb(_polygon_wkb(rec.ring)))
        layer.CreateFeature(feature)
        count += 1
    return count


def _polygon_wkb(ring: Sequence[tuple[float, float]]) -> bytes:
    """A tile's footprint (a closed ring) as little-endian WKB of a 2D polygon, which GDAL makes one geometry of: a
    ring and a polygon built point by point took nine calls into GDAL a tile (the same geometry; the same bytes
    stored)."""
    return struct.pack(f"<BIII{2 * len(ring)}d", 1, 3, 1, len(ring), *(v for point in ring for v in point))


#: GDAL's words for a failed SQLite statement, 'sqlite3_exec(<the whole statement>) failed: <SQLite's reason>'.
_FAILED_STATEMENT = re.compile(r"^sqlite3_\w+\(.*\) failed: ", re.S)


def _failure_reason(lines: list[str]) -> str:
    """The first of GDAL's ``lines`` without the SQL statement it may hold (SQLite's reason alone: 'database or disk
    is full' ended a 200-character cut of a CREATE TABLE), at most 200 characters."""
    return _FAILED_STATEMENT.sub("", lines[0])[:200]


def _recorder(into: list[str]):
    """A GDAL error handler keeping the failures' messages in ``into``, printing nothing."""
    from osgeo import gdal

    def record(level, number, message):
        if level >= gdal.CE_Failure:
            into.append(" ".join(str(message).split()))
    return record


@contextmanager
def _destructor_errors(into: list[str]):
    """What a destructor raises within the block (GDAL's, where ogr keeps raising: _gdal_quiet) kept in ``into``,
    not printed as 'Exception ignored in ...'."""
    import sys

    hook = sys.unraisablehook
    sys.unraisablehook = lambda unraisable: into.append(" ".join(str(unraisable.exc_value).split()))
    try:
        yield
    finally:
        sys.unraisablehook = hook


@contextmanager
def _gdal_handler(handler):
    """GDAL's errors go to ``handler`` (a name of GDAL's or a Python function) within the block: a handler of this
    thread's stack, the reader threads keep theirs."""
    from osgeo import gdal

    gdal.PushErrorHandler(handler)
    try:
        yield
    finally:
        gdal.PopErrorHandler()


@contextmanager
def _gdal_quiet(into: list[str] | None = None):
    """GDAL errors neither raised nor printed (they would surface as 'Exception ignored' noise); their messages kept
    in ``into`` where one is given."""
    from osgeo import ogr

    raising = ogr.GetUseExceptions()
    # GDAL refuses while gdal's exception handler was stacked after ogr's (another plugin's gdal.UseExceptions()):
    # before 3.7 by raising, since by saying 'Cannot call ogr.DontUseExceptions()' to the error handler in place (the
    # analyst's, QGIS's): said to nobody, and ogr keeps raising, into the quiet handler below
    with _gdal_handler("CPLQuietErrorHandler"):
        try:
            ogr.DontUseExceptions()
        except RuntimeError:
            pass
    raising = raising and not ogr.GetUseExceptions()
    try:
        with _gdal_handler("CPLQuietErrorHandler" if into is None else _recorder(into)):
            yield
    finally:
        if raising:
            ogr.UseExceptions()


def _create_fields(layer, fields: Sequence[tuple[str, str]], not_null: bool) -> None:
    """Create ``fields`` in that order; with ``not_null`` all but the strings are NOT NULL (a tile always has them)."""
    from osgeo import ogr

    types = {"binary": ogr.OFTBinary, "str": ogr.OFTString, "bool": ogr.OFTInteger, "int": ogr.OFTInteger,
             "real": ogr.OFTReal}
    for name, kind in fields:
        column = ogr.FieldDefn(name, types[kind])
        if kind == "bool":
            column.SetSubType(ogr.OFSTBoolean)
        if not_null and kind != "str":
            column.SetNullable(False)
        layer.CreateField(column)
