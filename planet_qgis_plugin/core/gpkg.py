"""Write the tile layer: one polygon per tile, in the raster's CRS, in a single transaction.

The file is built under a temporary name next to the target and renamed into place only when
complete, so a cancelled or failed run never leaves half a layer nor touches an existing file.
"""
from __future__ import annotations

import os
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Sequence

from . import publish
from .errors import OutputError
from .labels import FLAG_GROUPS

LAYER = "tiles"


@dataclass
class TileRecord:
    """Everything written for one tile."""

    row: int
    col: int
    ring: list[tuple[float, float]]
    coverage: float
    probs: Sequence[float]
    tags: Sequence[bool]
    flags: dict[str, bool]


def field_names(labels: Sequence[str]) -> list[str]:
    """Attribute names of the tile layer, in order."""
    return (["row", "col", "coverage"] + [f"p_{l}" for l in labels] + list(labels) + ["tags"]
            + [f"flag_{f}" for f in FLAG_GROUPS] + ["flagged", "model"])


def check_output(path: str | Path, overwrite: bool) -> Path:
    """Fail early, before any work, if ``path`` cannot be written."""
    path = Path(path)
    if path.suffix.lower() != ".gpkg":
        raise OutputError(f"output {path} must end in .gpkg")
    if path.is_dir():
        raise OutputError(f"output {path} is a folder")
    if path.exists() and not overwrite:
        raise OutputError(f"output {path} already exists; pass --overwrite (or choose another name) to replace it")
    if not path.parent.is_dir():
        raise OutputError(f"output folder {path.parent} does not exist")
    if not os.access(path.parent, os.W_OK) or (path.exists() and not os.access(path, os.W_OK)):
        raise OutputError(f"output {path} is not writable (check permissions)")
    return path


def write_tiles(path: str | Path, records: Iterable[TileRecord], labels: Sequence[str], crs_wkt: str | None,
                model_name: str, overwrite: bool = False) -> int:
    """Write ``records`` to ``path`` (layer ``tiles``); returns the feature count."""
    from osgeo import ogr, osr

    ogr.UseExceptions()
    path = check_output(path, overwrite)
    target = publish.begin(path)
    tmp = target.temp
    count = 0
    try:
        ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(tmp))
        srs = None
        if crs_wkt:
            srs = osr.SpatialReference()
            srs.ImportFromWkt(crs_wkt)
        layer = ds.CreateLayer(LAYER, srs, ogr.wkbPolygon, options=["SPATIAL_INDEX=YES"])
        _create_fields(layer, labels)
        defn = layer.GetLayerDefn()
        flag_names = [f"flag_{f}" for f in FLAG_GROUPS]
        ds.StartTransaction()
        for rec in records:
            feature = ogr.Feature(defn)
            feature.SetField("row", rec.row)
            feature.SetField("col", rec.col)
            feature.SetField("coverage", float(rec.coverage))
            for label, p, on in zip(labels, rec.probs, rec.tags):
                feature.SetField(f"p_{label}", float(p))
                feature.SetField(label, int(bool(on)))
            feature.SetField("tags", " ".join(l for l, on in zip(labels, rec.tags) if on))
            for name, flag in zip(flag_names, FLAG_GROUPS):
                feature.SetField(name, int(bool(rec.flags.get(flag, False))))
            feature.SetField("flagged", int(any(rec.flags.values())))
            feature.SetField("model", model_name)
            ring = ogr.Geometry(ogr.wkbLinearRing)
            for x, y in rec.ring:
                ring.AddPoint_2D(float(x), float(y))
            polygon = ogr.Geometry(ogr.wkbPolygon)
            polygon.AddGeometry(ring)
            feature.SetGeometry(polygon)
            layer.CreateFeature(feature)
            count += 1
        ds.CommitTransaction()
        ds = None
        publish.publish(target)
    except BaseException as exc:
        layer = None  # it keeps the data source alive
        with _gdal_quiet():  # closing a failed file (the disk may still be full) only repeats the error
            ds = None
        publish.discard(target)
        if isinstance(exc, (OSError, RuntimeError)):  # GDAL's text can hold the whole SQL statement: first line, cut
            reason = (str(exc).strip().splitlines() or [type(exc).__name__])[0][:200]
            raise OutputError(f"could not write {path}: {reason}") from None
        raise
    return count


@contextmanager
def _gdal_quiet():
    """GDAL errors neither raised nor printed (they would surface as 'Exception ignored' noise)."""
    from osgeo import gdal, ogr

    raising = ogr.GetUseExceptions()
    ogr.DontUseExceptions()
    gdal.PushErrorHandler("CPLQuietErrorHandler")
    try:
        yield
    finally:
        gdal.PopErrorHandler()
        if raising:
            ogr.UseExceptions()


def _create_fields(layer, labels: Sequence[str]) -> None:
    from osgeo import ogr

    def add(name: str, kind: int, subtype: int | None = None) -> None:
        field = ogr.FieldDefn(name, kind)
        if subtype is not None:
            field.SetSubType(subtype)
        layer.CreateField(field)

    add("row", ogr.OFTInteger)
    add("col", ogr.OFTInteger)
    add("coverage", ogr.OFTReal)
    for label in labels:
        add(f"p_{label}", ogr.OFTReal)
    for label in labels:
        add(label, ogr.OFTInteger, ogr.OFSTBoolean)
    add("tags", ogr.OFTString)
    for flag in FLAG_GROUPS:
        add(f"flag_{flag}", ogr.OFTInteger, ogr.OFSTBoolean)
    add("flagged", ogr.OFTInteger, ogr.OFSTBoolean)
    add("model", ogr.OFTString)
