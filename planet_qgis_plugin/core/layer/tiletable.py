"""A classified tile layer read back into arrays (for batch summaries, change detection and reports).

Works on any tile GeoPackage this project wrote: the current layout (score_<group>, concept fields,
embeddings) and older ones (no scores: a group's score is then the highest p_ of its tags).
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from ..errors import PlanetClassifierError
from ..labels import FLAG_GROUPS, LABELS
from ..publish import name_not_utf8
from ..wording import count, tr
from .embeddings import EMBEDDING_FIELD, META_BACKBONE, META_DTYPE, META_SIZE, decode_blobs
from .schema import CHANGES, LAYER, RUN_META, concept_names


class TileLayerError(PlanetClassifierError):
    """A file that is not a readable tile layer of this project."""


@dataclass
class TileTable:
    path: Path
    crs_wkt: str | None
    labels: list[str]                 # tags with both p_<tag> and <tag> fields, in layer order
    concepts: list[str]               # concept names (p_<name> + flag_<name>, not a tag)
    wkb: list[bytes]                  # tile polygons
    rows: np.ndarray
    cols: np.ndarray
    probs: np.ndarray                 # (N, len(labels)) float
    tags: np.ndarray                  # (N, len(labels)) bool
    flags: dict[str, np.ndarray]      # flag_<group> and flag_<concept> -> bool (N,)
    scores: dict[str, np.ndarray]     # group -> score (N,), from score_<group> or max p_ of its tags
    score_source: str                 # "score fields" or "max p_ of the group's tags"
    concept_probs: dict[str, np.ndarray]
    models: list[str]
    metadata: dict[str, str] = field(default_factory=dict)
    embeddings: np.ndarray | None = None  # (N, D) float32 where the layer has them
    flagged_field: np.ndarray | None = None
    coverage: np.ndarray | None = None    # share of each tile's chip that holds valid pixels (where written)
    embedding_problem: str = ""  # why a layer with an embedding field has no embeddings here (a damaged one)
    without_geometry: list[int] = field(default_factory=list)  # fids of tiles not read: no (readable) geometry
    fids: list[int] = field(default_factory=list)  # each tile's feature id, in the order of wkb
    scored: tuple[str, ...] = ()  # the flag groups read from their score_<group> field (the rest: max p_ of tags)

    def __len__(self) -> int:
        return len(self.wkb)

    @property
    def flagged(self) -> np.ndarray:
        """The layer's ``flagged`` field (core/pipeline/flags.py: any flag group raised); for a layer without one,
        any ``flag_<group>``."""
        if self.flagged_field is not None:
            return self.flagged_field
        out = np.zeros(len(self), bool)
        for group in FLAG_GROUPS:
            out |= self.flags.get(f"flag_{group}", np.zeros(len(self), bool))
        return out

    @property
    def model(self) -> str:
        return ", ".join(sorted(set(self.models))) or "unknown model"

    def score(self, name: str) -> np.ndarray:
        """What flag ``name`` is raised on: a flag group's score_<group>, else concept ``name``'s p_<name>."""
        return self.scores[name] if name in FLAG_GROUPS else self.concept_probs[name]

    def tag_text(self, i: int) -> set[str]:
        return {label for label, on in zip(self.labels, self.tags[i]) if on}


def open_tile_layer(path: str | Path, error: type[PlanetClassifierError] = TileLayerError):
    """(data source, layer ``tiles``) of a tile GeoPackage, read-only (keep the data source while the layer is
    used); ``error`` with a one-line reason when the file is not one."""
    return open_layer(path, LAYER, error)


def open_layer(path: str | Path, name: str, error: type[PlanetClassifierError], *, update: bool = False,
               written_by: str = ""):
    """(data source, layer ``name``) of a GeoPackage this project wrote (the tile or the change layer), read-only
    unless ``update``; ``error`` with a one-line reason when the file is not one."""
    from osgeo import gdal, ogr

    from .sqlite_read import connect_read_only, refuse_views

    path = Path(path)
    if not path.is_file():
        raise error((tr("{path} does not exist") if not path.exists() else
                     tr("{path} is not a file")).format(path=path))
    unnamed = name_not_utf8("GeoPackage", path)
    if unnamed is not None:  # OGR would say 'not a string'
        raise error(unnamed)
    connect_read_only(path, error).close()  # locked, or left mid-write by a stopped program: say so (or undo that)
    refuse_views(path, error, written_by)  # before GDAL opens it: it reads its CRS table and contents as it opens
    gdal.PushErrorHandler("CPLQuietErrorHandler")
    try:
        ds = ogr.Open(str(path), 1 if update else 0)
    finally:
        gdal.PopErrorHandler()
    if ds is None and update and not os.access(path, os.W_OK):   # an answer into a colleague's read-only file
        raise error(tr("{path} is read-only (its permissions, or made immutable), so nothing can be written into it; "
                       "make it writable, or work on a copy").format(path=path))
    if ds is None:
        raise error((tr("{path} is not a readable GeoPackage (or it cannot be written)") if update else
                     tr("{path} is not a readable GeoPackage")).format(path=path))
    layer = ds.GetLayerByName(name)
    if layer is None:
        from osgeo import ogr

        held = [ds.GetLayer(i).GetName() for i in range(ds.GetLayerCount())
                if ds.GetLayer(i).GetGeomType() != ogr.wkbNone]
        ds = None
        # QGIS's Save As names the layer after the file (tiles_copy.gpkg holds 'tiles_copy'); a layer of the other
        # kind (a change layer given as tiles) is no such copy
        if len(held) == 1 and held[0] not in (LAYER, CHANGES):
            raise error(tr("{path} has no layer '{name}' (it holds '{held}': saved under another name?); name it "
                           "back: ogrinfo {path} -sql \"ALTER TABLE {held} RENAME TO {name}\"").format(
                path=path, name=name, held=held[0]))
        raise error(tr("{path} has no layer '{name}'; give a GeoPackage written by {written_by}").format(
            path=path, name=name, written_by=written_by or tr("the classifier")))
    return ds, layer


def field_names(layer) -> list[str]:
    """The names of an OGR ``layer``'s fields, in their order."""
    defn = layer.GetLayerDefn()
    return [defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())]


def read_tiles(path: str | Path, with_embeddings: bool = True) -> TileTable:
    """Read layer ``tiles`` of ``path``; TileLayerError with a one-line reason if it is not one."""
    path = Path(path)
    ds, layer = open_tile_layer(path)
    names = field_names(layer)
    present = set(names)
    labels = [n[2:] for n in names if n.startswith("p_") and n[2:] in LABELS and n[2:] in present]
    if not labels:
        raise TileLayerError(tr("{path}: layer '{LAYER}' has no p_<tag> fields; it was not written by the "
                                "classifier").format(path=path, LAYER=LAYER))
    concepts = concept_names(names)
    flag_fields = [f"flag_{g}" for g in FLAG_GROUPS if f"flag_{g}" in present] + [f"flag_{c}" for c in concepts]
    score_fields = {g: f"score_{g}" for g in FLAG_GROUPS if f"score_{g}" in present}
    has_embedding = with_embeddings and EMBEDDING_FIELD in present
    srs = defined_srs(ds, layer)
    metadata = {key: _text(value) for key, value in (layer.GetMetadata() or {}).items()}
    numbers = ([f"p_{l}" for l in labels] + labels + flag_fields + list(score_fields.values())
               + [f"p_{c}" for c in concepts] + [n for n in ("row", "col", "flagged", "coverage") if n in present])
    _check_numbers(path, layer, numbers)

    wkb, rows, cols, probs, tags, models, blobs, flagged, coverage, fids = [], [], [], [], [], [], [], [], [], []
    without_geometry = []
    flags = {name: [] for name in flag_fields}
    scores = {g: [] for g in score_fields}
    cprobs = {c: [] for c in concepts}
    for feature in layer:
        geom = feature.GetGeometryRef()
        if not a_polygon(geom):  # deleted or emptied in QGIS, a point, a blob OGR cannot read: nothing to place
            without_geometry.append(feature.GetFID())
            continue
        wkb.append(bytes(geom.ExportToWkb()))
        fids.append(feature.GetFID())
        rows.append(feature.GetFieldAsInteger("row") if "row" in present else -1)
        cols.append(feature.GetFieldAsInteger("col") if "col" in present else -1)
        probs.append([feature.GetFieldAsDouble(f"p_{l}") for l in labels])
        tags.append([bool(feature.GetFieldAsInteger(l)) for l in labels])
        for name in flag_fields:
            flags[name].append(bool(feature.GetFieldAsInteger(name)))
        for group, name in score_fields.items():
            scores[group].append(feature.GetFieldAsDouble(name))
        for c in concepts:
            cprobs[c].append(feature.GetFieldAsDouble(f"p_{c}"))
        models.append(_text(feature.GetFieldAsString("model")) if "model" in present else "")
        flagged.append(bool(feature.GetFieldAsInteger("flagged")) if "flagged" in present else False)
        coverage.append(feature.GetFieldAsDouble("coverage") if "coverage" in present else 1.0)
        if has_embedding:
            blobs.append(feature.GetFieldAsBinary(EMBEDDING_FIELD) if feature.IsFieldSetAndNotNull(EMBEDDING_FIELD)
                         else None)
    ds = None
    n = len(wkb)
    probs_a = np.asarray(probs, np.float64).reshape(n, len(labels))
    score_a = {g: np.asarray(v, np.float64) for g, v in scores.items()}
    _check_probabilities(path, fids, {**{f"p_{l}": probs_a[:, i] for i, l in enumerate(labels)},
                                      **{score_fields[g]: v for g, v in score_a.items()}})
    source = "score fields"
    for group, members in FLAG_GROUPS.items():
        if group not in score_a:
            idx = [labels.index(t) for t in members if t in labels]
            score_a[group] = probs_a[:, idx].max(axis=1) if idx else np.zeros(n)
            source = "max p_ of the group's tags"
    embeddings, problem = _embeddings(blobs, fids, metadata) if has_embedding and n else (None, "")
    return TileTable(path, srs.ExportToWkt() if srs is not None else None, labels, concepts, wkb,
                     np.asarray(rows, int), np.asarray(cols, int), probs_a, np.asarray(tags, bool).reshape(n, len(labels)),
                     {k: np.asarray(v, bool) for k, v in flags.items()}, score_a, source,
                     {k: np.asarray(v, np.float64) for k, v in cprobs.items()}, models, metadata, embeddings,
                     np.asarray(flagged, bool) if "flagged" in present else None,
                     np.asarray(coverage, np.float64) if "coverage" in present else None, problem, without_geometry,
                     fids, tuple(score_fields))


def a_polygon(geom) -> bool:
    """Whether ``geom`` is a tile's footprint: a polygon with area to match by place. None (deleted, or unreadable),
    POLYGON EMPTY (QGIS's Delete Part on its one part), a point or a line (edited, or another layer saved as tiles)
    is not one."""
    from osgeo import ogr

    return (geom is not None and not geom.IsEmpty()
            and ogr.GT_Flatten(geom.GetGeometryType()) in (ogr.wkbPolygon, ogr.wkbMultiPolygon, ogr.wkbCurvePolygon)
            and geom.GetArea() > 0)   # its vertices moved onto one point or line: no footprint either


def _text(value: str) -> str:
    """A text field or metadata item as text any file takes: bytes that are not UTF-8 (a BLOB typed in by SQL) reach
    Python as lone surrogates, which ended change's report in a UnicodeEncodeError; they become '?'."""
    return value.encode("utf-8", "replace").decode("utf-8")


def _embeddings(blobs: list, fids: list[int], metadata: dict) -> tuple[np.ndarray | None, str]:
    """(the tiles' embeddings, "") or (None, what is wrong with the first damaged one: missing, of another size, not
    finite): the caller says so (change: no alert is then 'highest') rather than take them all away unsaid."""
    try:
        size = int(metadata.get(META_SIZE) or 0) or len(next((b for b in blobs if b), b"")) // 2
        embeddings = decode_blobs(blobs, size, metadata.get(META_DTYPE) or "float16",
                                  names=[f"fid {f}" for f in fids])
    except (ValueError, TypeError) as exc:  # TypeError: a dtype in the metadata numpy does not know
        return None, str(exc)
    finite = np.isfinite(embeddings).all(axis=1)
    if not finite.all():
        return None, f"the embedding of fid {fids[int(np.argmin(finite))]} holds values that are not finite numbers"
    return embeddings, ""


def _check_numbers(path: Path, layer, columns: list[str]) -> None:
    """TileLayerError naming the first tile (with a geometry: the others are not read) whose field of ``columns``
    holds text, a BLOB or NULL (typed into the attribute table, emptied there, or a save-as that dropped NOT NULL),
    and how many tiles hold none there: OGR reads it as 0, a probability or a flag nobody gave."""
    from .sqlite_read import connect_read_only, first_non_number, non_numbers

    geom = layer.GetGeometryColumn()
    where = f'"{geom}" IS NOT NULL' if geom and '"' not in geom else ""
    conn = connect_read_only(path, TileLayerError)
    try:
        bad = first_non_number(conn, layer.GetName(), layer.GetFIDColumn() or "fid", columns, where)
        if bad is not None:
            some, total = non_numbers(conn, layer.GetName(), bad[1], where)
    finally:
        conn.close()
    if bad is not None:
        fid, name, value = bad
        shown = "NULL" if value is None else "a BLOB" if isinstance(value, bytes) else repr(str(value)[:40])
        raise TileLayerError(tr("{name}: {name2} of fid {fid} is {shown}, not a number ({tiles} of {total} hold no "
                                "number there); was it edited by hand? Undo the edit or classify again").format(
            name=path.name, name2=name, fid=fid, shown=shown, tiles=count(some, tr("tile"), tr("tiles")), total=total))


def _check_probabilities(path: Path, fids: list[int], columns: dict[str, np.ndarray]) -> None:
    """TileLayerError naming the first tile whose p_<tag> or score_<group> is not a probability (0..1): a value
    edited by hand (QGIS's attribute table) would reach change's rises and the layers it writes as inf or -5.
    (Concept fields are teach's to check: it names what it cannot refold.)"""
    for name, values in columns.items():
        bad = np.flatnonzero(~((values >= 0) & (values <= 1)))  # NaN too
        if bad.size:
            value = values[bad[0]]
            raise TileLayerError(tr("{name}: {name2} of fid {fids} is {value:g}, not a probability (0..1); "
                                    "was it edited by hand? Undo the edit or classify again").format(
                name=path.name, name2=name, fids=fids[bad[0]], value=value))


def defined_srs(ds, layer):
    """The layer's CRS, or None where it has none. A GeoPackage layer written without a CRS refers to the
    'undefined' SRS (srs_id 0, geographic, or -1, Cartesian), which GDAL reports as a CRS all the same:
    pixel coordinates would then pass for degrees."""
    srs = layer.GetSpatialRef()
    if srs is None or ds.GetDriver().GetName() != "GPKG":
        return srs
    name = layer.GetName().replace("'", "''")
    result = ds.ExecuteSQL(f"SELECT srs_id FROM gpkg_geometry_columns WHERE table_name = '{name}'")
    try:
        feature = result.GetNextFeature() if result is not None else None
        srs_id = feature.GetField(0) if feature is not None else None
    finally:
        if result is not None:
            ds.ReleaseResultSet(result)
    return None if srs_id in (0, -1) else srs


def backbone_of(table: TileTable) -> str | None:
    return table.metadata.get(META_BACKBONE)


def run_metadata(table: TileTable) -> dict[str, str]:
    """The batch-run facts stored in the layer (empty strings where the layer has none)."""
    return {key: table.metadata.get(item, "") for key, item in RUN_META.items()}


def write_run_metadata(path: str | Path, values: dict[str, object]) -> None:
    """Store batch-run facts as layer metadata items of ``tiles`` (RUN_META keys)."""
    ds, layer = open_layer(path, LAYER, TileLayerError, update=True)
    for key, value in values.items():
        layer.SetMetadataItem(RUN_META[key], str(value))
    del layer, ds  # the layer first: it keeps the data source open; closing writes the items


def transformation(src, dst):
    """osr.CoordinateTransformation from SpatialReference ``src`` to ``dst``, or None where PROJ knows none: an
    engineering CRS (a mine site's local grid, which no datum ties to the earth) has no place in WGS 84. Quiet:
    GDAL's 'ERROR 6: Cannot find coordinate operations' line is the caller's to word. It returned an empty proxy
    whose first use was a TypeError traceback out of change."""
    from osgeo import gdal, osr

    gdal.PushErrorHandler("CPLQuietErrorHandler")
    try:
        found = osr.CoordinateTransformation(src, dst)
    except (RuntimeError, TypeError, ValueError):  # GDAL's exceptions on (QGIS, another plugin)
        return None
    finally:
        gdal.PopErrorHandler()
    return found if getattr(found, "this", None) is not None else None


def on_the_earth(crs_wkt: str | None) -> bool:
    """Whether a layer in ``crs_wkt`` has places on the earth (lon/lat): not without a CRS, nor on a local
    (engineering) grid, which PROJ relates to no geographic CRS."""
    return bool(crs_wkt) and transformation(xy_srs(crs_wkt), xy_srs(epsg=4326)) is not None


def xy_srs(wkt: str | None = None, *, epsg: int | None = None, proj4: str | None = None):
    """An osr.SpatialReference from WKT, an EPSG code or a PROJ string, axes in x/y (easting/lon,
    northing/lat) order, as the tile geometries are written."""
    from osgeo import osr

    srs = osr.SpatialReference()
    if wkt is not None:
        srs.ImportFromWkt(wkt)
    elif epsg is not None:
        srs.ImportFromEPSG(epsg)
    else:
        srs.ImportFromProj4(proj4)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return srs


def flagged_km2(table: TileTable, mask: np.ndarray) -> float | None:
    """Area of the tiles selected by ``mask`` in km2 (each tile projected to a Lambert equal-area
    projection centred on the layer), or None where the layer has no CRS or PROJ cannot place it."""
    import math

    from osgeo import gdal, ogr, osr

    if not table.crs_wkt:
        return None
    if not mask.any():
        return 0.0
    gdal.PushErrorHandler("CPLQuietErrorHandler")  # PROJ's own lines would reach a worker's terminal; None says it
    try:
        src = xy_srs(table.crs_wkt)
        geoms = [ogr.CreateGeometryFromWkb(table.wkb[i]) for i in np.flatnonzero(mask)]
        lon, lat = _centre_lonlat(geoms, src)
        laea = xy_srs(proj4=f"+proj=laea +lat_0={lat} +lon_0={lon} +datum=WGS84 +units=m +no_defs")
        to_laea = osr.CoordinateTransformation(src, laea)
        total = 0.0
        for geom in geoms:
            if geom.Transform(to_laea) != 0:
                return None
            total += geom.GetArea()
    except (RuntimeError, TypeError, ValueError):  # no transformation (None) or a failed one
        return None
    finally:
        gdal.PopErrorHandler()
    return total / 1e6 if math.isfinite(total) else None


def _centre_lonlat(geoms, src) -> tuple[float, float]:
    from osgeo import osr

    env = [g.GetEnvelope() for g in geoms]
    x = (min(e[0] for e in env) + max(e[1] for e in env)) / 2
    y = (min(e[2] for e in env) + max(e[3] for e in env)) / 2
    lon, lat, _ = osr.CoordinateTransformation(src, xy_srs(epsg=4326)).TransformPoint(x, y)
    return lon, lat
