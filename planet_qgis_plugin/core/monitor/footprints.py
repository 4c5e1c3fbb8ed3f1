"""Tile footprints between two runs: brought into one CRS, each AFTER tile's overlap with the BEFORE tiles, and
tile centres in WGS 84 (OGR geometry; change's matching, the alerts' places)."""
from __future__ import annotations

import math
from typing import Callable

import numpy as np

from ..layer.tiletable import transformation, xy_srs
from ..wording import tr


def to_crs(wkbs: list[bytes], src_wkt: str | None, dst_wkt: str | None) -> list[bytes]:
    """The footprints ``wkbs`` from CRS ``src_wkt`` into ``dst_wkt`` (unchanged where either is None or they are one);
    ChangeError where no transformation joins the two."""
    from osgeo import ogr

    from .change import ChangeError  # here: change imports this module

    if src_wkt is None or dst_wkt is None:  # both none (_check_places): one raster's pixel coordinates
        return list(wkbs)
    src, dst = xy_srs(src_wkt), xy_srs(dst_wkt)
    if src.IsSame(dst):
        return list(wkbs)
    transform = transformation(src, dst)
    if transform is None:
        raise ChangeError(tr("BEFORE's CRS ({before}) and AFTER's ({after}) have no transformation between them (a "
                             "local grid is tied to no place on the earth): classify both in one CRS").format(
            before=src.GetName(), after=dst.GetName()))
    out = []
    for wkb in wkbs:
        geom = ogr.CreateGeometryFromWkb(wkb)
        geom.Transform(transform)
        out.append(bytes(geom.ExportToWkb()))
    return out


def overlaps(before_wkb: list[bytes], after_wkb: list[bytes], tick: Callable[[], None] = lambda: None):
    """Per AFTER tile: (share covered by BEFORE tiles, {BEFORE index: share of the AFTER tile}, intersection
    over union with the BEFORE tile of largest overlap, and over the smaller of the two) or None. ``tick()``
    once per AFTER tile (it raises Cancelled)."""
    from osgeo import ogr

    before = [ogr.CreateGeometryFromWkb(w) for w in before_wkb]
    areas = np.array([g.GetArea() for g in before])
    env = np.array([g.GetEnvelope() for g in before])  # minx, maxx, miny, maxy
    result = []
    for wkb in after_wkb:
        tick()
        tile = ogr.CreateGeometryFromWkb(wkb)
        area = tile.GetArea()
        x0, x1, y0, y1 = tile.GetEnvelope()
        near = np.flatnonzero((env[:, 0] < x1) & (env[:, 1] > x0) & (env[:, 2] < y1) & (env[:, 3] > y0))
        share, parts = {}, []
        for j in near:
            inter = tile.Intersection(before[j])
            if inter is not None and not inter.IsEmpty() and inter.GetArea() > 0:
                share[int(j)] = inter.GetArea() / area
                parts.append(inter)
        if not share or area <= 0:
            result.append(None)
            continue
        j = max(share, key=share.get)
        inter = share[j] * area
        result.append((min(1.0, _union_area(parts, area) / area), share, inter / (area + areas[j] - inter),
                       inter / min(area, areas[j])))
    return result


def _union_area(parts: list, area: float) -> float:
    """Area of the union of ``parts`` (pieces of one AFTER tile of ``area``): BEFORE tiles overlap where they were
    cut with a stride below the tile size, and a sum of their shares would count the common ground twice."""
    largest = max(part.GetArea() for part in parts)
    if len(parts) == 1 or largest >= area * (1 - 1e-9):  # one of them covers it all: nothing to add up
        return largest
    covered = parts[0]
    for part in parts[1:]:
        covered = covered.Union(part)
    return covered.GetArea()


def centroids_lonlat(wkbs: list[bytes], crs_wkt: str | None) -> list[tuple[float, float]]:
    """Each tile's centre in WGS 84; NaN (NULL in the layer) where the layer has no CRS, or one with no place on the
    earth (an engineering CRS: a mine site's local grid)."""
    from osgeo import ogr

    transform = transformation(xy_srs(crs_wkt), xy_srs(epsg=4326)) if crs_wkt is not None else None
    if transform is None:
        return [(math.nan, math.nan)] * len(wkbs)
    out = []
    for wkb in wkbs:
        c = ogr.CreateGeometryFromWkb(wkb).Centroid()
        lon, lat, _ = transform.TransformPoint(c.GetX(), c.GetY())
        out.append((round(lon, 6), round(lat, 6)))
    return out
