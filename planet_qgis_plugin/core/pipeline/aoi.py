"""Area of interest: polygons (or a bbox) in any CRS, reduced to a boolean mask on a coarse grid."""
from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from ..errors import AOIBusy, AOIError
from ..publish import name_not_utf8
from ..wording import tr
from .sources import remote_vector

#: Coordinates beyond this (in any CRS unit) are typing errors, not places (1e308 overflows transforms).
MAX_COORDINATE = 1e9


@dataclass
class AOI:
    """GeoJSON geometries and the CRS they are in (WKT, PROJ or "EPSG:xxxx")."""

    geometries: list[dict[str, Any]]
    crs: str
    #: how a refusal names the area and the way to narrow it (change's area is the overlap of two rasters)
    named: str = "the area of interest"
    narrower: str = "choose a smaller area of interest"

    @classmethod
    def from_bbox(cls, minx: float, miny: float, maxx: float, maxy: float, crs: str) -> "AOI":
        if not all(math.isfinite(v) and abs(v) <= MAX_COORDINATE for v in (minx, miny, maxx, maxy)):
            raise AOIError(tr("bounding box ({minx}, {miny}, {maxx}, {maxy}) has a coordinate that is not a finite "
                              "number within +-{MAX_COORDINATE:g}").format(
                minx=minx, miny=miny, maxx=maxx, maxy=maxy, MAX_COORDINATE=MAX_COORDINATE))
        if not (minx < maxx and miny < maxy):
            raise AOIError(tr("bounding box ({minx}, {miny}, {maxx}, {maxy}) is empty: need minx < maxx and "
                              "miny < maxy").format(minx=minx, miny=miny, maxx=maxx, maxy=maxy))
        ring = [[minx, miny], [maxx, miny], [maxx, maxy], [minx, maxy], [minx, miny]]
        return cls([{"type": "Polygon", "coordinates": [ring]}], crs)

    @classmethod
    def from_text(cls, text: str) -> "AOI":
        """``minx,miny,maxx,maxy[,CRS]`` (CRS defaults to EPSG:4326) or a path to a vector file."""
        parts = [p.strip() for p in text.split(",")]
        if len(parts) in (4, 5):
            try:
                coords = [float(p) for p in parts[:4]]
            except ValueError:
                coords = None
            if coords:
                return cls.from_bbox(*coords, crs=parts[4] if len(parts) == 5 else "EPSG:4326")
        if "," in text and not Path(text).exists():  # a box mistyped, not a file: say what a box is
            raise AOIError(tr("area of interest {text} is neither minx,miny,maxx,maxy[,CRS] (four numbers, then an "
                              "optional CRS such as EPSG:32649) nor a file").format(text=text))
        return cls.from_file(text)

    @classmethod
    def from_file(cls, path: str | Path) -> "AOI":
        """Read all polygons of the layer holding polygons of any OGR vector file (GeoPackage, GeoJSON, Shapefile...)."""
        from osgeo import ogr, osr

        from ..layer.sqlite_read import sqlite_file, too_deep, views_said

        ogr.UseExceptions()
        if not Path(path).exists():
            raise AOIError(tr("area of interest {path} does not exist").format(path=path))
        if not (Path(path).is_file() or Path(path).is_dir()):  # a FIFO or device would block the open forever
            raise AOIError(tr("area of interest {path} is not a file (a pipe, socket or device); save it to "
                              "a file").format(path=path))
        unnamed = name_not_utf8("area of interest", path)
        if unnamed is not None:  # OGR would say 'not a string'
            raise AOIError(unnamed)
        remote = remote_vector(Path(path)) if Path(path).is_file() else None
        if remote is not None:  # told before OGR opens it: a driver may connect as it opens
            raise AOIError(tr("area of interest {path} {remote}").format(path=path, remote=remote))
        views = views_said(path) if Path(path).is_file() else None
        if views is not None:  # before OGR opens it: it reads its CRS table and contents as it opens
            raise AOIError(tr("area of interest {path} holds {views}; save the area as a plain file (GeoJSON) and give "
                              "that").format(path=path, views=views))
        deep = too_deep(path) if Path(path).is_file() and sqlite_file(path) else None
        if deep is not None:
            raise AOIError(tr("area of interest {path} cannot be opened: {deep}").format(path=path, deep=deep))
        try:
            source = ogr.Open(str(path))
        except RuntimeError as exc:
            if "database is locked" in str(exc):   # it is readable once that program is done
                raise AOIBusy(tr("area of interest {path} is in use by another program that is writing it (the "
                                 "database is locked); finish or close that (an edit session in QGIS?) and try "
                                 "again").format(path=path)) from None
            raise AOIError(tr("area of interest {path} is not a readable vector file ({exc})").format(
                path=path, exc=exc)) from None
        if source is None or source.GetLayerCount() == 0:
            raise AOIError(tr("area of interest {path} has no vector layer").format(path=path))
        # the layer that holds polygons (a project's file: roads first, the area after them), never one of several
        found = [(layer, geoms) for layer in map(source.GetLayer, range(source.GetLayerCount()))
                 if (geoms := _polygons(layer, path))]
        if len(found) > 1:
            names = [layer.GetName() for layer, _ in found]
            raise AOIError(tr("area of interest {path} holds {n} layers of polygons ({names}): say which is the area "
                              "by saving it as a file of its own (ogr2ogr area.gpkg {path} {name}) and giving "
                              "that").format(path=path, n=len(names), names=", ".join(names), name=names[0]))
        if not found:
            raise AOIError(tr("area of interest {path} holds no polygons").format(path=path))
        layer, geoms = found[0]
        srs = layer.GetSpatialRef()
        if srs is None:
            raise AOIError(tr("area of interest {path} has no CRS; save it with one").format(path=path))
        if (srs.GetName() or "").lower().startswith("undefined"):  # GeoPackage's srs_id 0 / -1: no datum, no units
            raise AOIError(tr("area of interest {path} has an undefined CRS ({crs}); save it with a defined "
                              "one").format(path=path, crs=srs.GetName()))
        srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
        return cls(geoms, srs.ExportToWkt())

    def extent(self) -> str:
        """Where the area lies, in its own CRS, for a message."""
        try:
            crs = self._own_crs()
        except AOIError:
            crs = self.crs
        return extent_text([p for g in self.geometries for p in _points(g.get("coordinates", []))], crs)

    def _own_crs(self):
        """The area's CRS as a rasterio CRS, or AOIError naming it."""
        from rasterio.crs import CRS
        from rasterio.errors import CRSError

        try:
            return CRS.from_user_input(self.crs)
        except CRSError as exc:
            raise AOIError(tr("area of interest CRS {crs!r} is not understood ({exc})").format(
                crs=self.crs[:60], exc=exc)) from None

    def in_crs(self, crs: Any, transform: Any = None, shape: tuple[int, int] | None = None) -> "AOI":
        """The same area with its geometries in ``crs`` (reprojected once, for many ``mask`` calls); given the
        raster's ``transform`` and ``shape``, clipped to a margin around the raster first (see _to_raster_crs)."""
        from rasterio.crs import CRS
        from rasterio.warp import transform_geom

        if crs is None:
            raise AOIError(tr("the raster has no CRS, so an area of interest cannot be placed on it"))
        src_crs = self._own_crs()
        if src_crs == crs:
            return self
        if transform is not None and shape is not None:
            return AOI(self._to_raster_crs(src_crs, crs, transform, shape), CRS.from_user_input(crs).to_wkt())
        try:
            return AOI([transform_geom(src_crs, crs, g) for g in self.geometries], CRS.from_user_input(crs).to_wkt())
        except Exception as exc:  # PROJ/GDAL raise several types for CRSs that cannot be related
            raise _untransformable(exc, crs) from None

    def exact_shapes(self) -> list | None:
        """The geometries as OGR polygons, for exact overlap tests of tiles (in the CRS ``mask`` is given, the
        raster's: call it on ``in_crs``'s AOI); None where GEOS cannot judge one: no area (a box drawn through one
        pixel's centre), not valid (a ring crossing itself), or OGR unable to read it."""
        import json

        from osgeo import gdal, ogr

        shapes = []
        gdal.PushErrorHandler("CPLQuietErrorHandler")  # GEOS words an invalid ring ("Self-intersection at ...")
        try:
            for geometry in self.geometries:
                shape = ogr.CreateGeometryFromJson(json.dumps(geometry))
                if shape is None or shape.IsEmpty() or not shape.IsValid() or not shape.GetArea() > 0:
                    return None
                shapes.append(shape)
        except (RuntimeError, TypeError, ValueError):  # GDAL's exceptions on (QGIS may turn them on)
            return None
        finally:
            gdal.PopErrorHandler()
        return shapes

    def mask(self, crs: Any, transform: Any, shape: tuple[int, int]) -> np.ndarray:
        """Boolean mask (True = inside, all-touched) on a grid with ``transform`` and ``shape``."""
        from rasterio.features import is_valid_geom, rasterize

        src_crs = self._own_crs()
        if crs is None:
            raise AOIError(tr("the raster has no CRS, so an area of interest cannot be placed on it"))
        geoms = self.geometries if src_crs == crs else self._to_raster_crs(src_crs, crs, transform, shape)
        # a polygon of no area (a ring out and back along one line) is marked by its vertices alone: rasterio skips it
        # itself, with a ShapeSkipWarning and its source line on the terminal for every mask
        shapes = [(g, 1) for g in geoms if is_valid_geom(g)] + [(p, 1) for p in _vertices(geoms)]
        if not shapes:  # nothing left near the raster after clipping
            return np.zeros(shape, dtype=bool)
        return rasterize(shapes, out_shape=shape, transform=transform, fill=0, all_touched=True,
                         dtype="uint8").astype(bool)

    def _to_raster_crs(self, src_crs, crs, transform, shape: tuple[int, int]) -> list[dict[str, Any]]:
        """The geometries clipped to (a margin around) the raster in their own CRS, then reprojected.

        Clipping first keeps a world-sized box from reprojecting into nonsense far outside a UTM zone."""
        import json

        from osgeo import ogr
        from rasterio.warp import transform_bounds, transform_geom

        ogr.UseExceptions()
        height, width = shape
        xs, ys = zip(*(transform * (c, r) for c, r in ((0, 0), (width, 0), (width, height), (0, height))))
        try:
            left, bottom, right, top = transform_bounds(crs, src_crs, min(xs), min(ys), max(xs), max(ys),
                                                        densify_pts=21)
            if not all(math.isfinite(v) for v in (left, bottom, right, top)):
                raise ValueError("the raster's extent has no finite bounds in the AOI's CRS")
            pad_x, pad_y = (right - left) * 0.1, (top - bottom) * 0.1
            box = ogr.CreateGeometryFromWkt(
                f"POLYGON(({left - pad_x} {bottom - pad_y},{right + pad_x} {bottom - pad_y},"
                f"{right + pad_x} {top + pad_y},{left - pad_x} {top + pad_y},{left - pad_x} {bottom - pad_y}))")
            out = []
            for g in self.geometries:
                geom = ogr.CreateGeometryFromJson(json.dumps(g))
                if not geom.IsValid():
                    geom = geom.Buffer(0)
                clipped = geom.Intersection(box)
                if clipped is not None and not clipped.IsEmpty():
                    out.append(transform_geom(src_crs, crs, json.loads(clipped.ExportToJson())))
        except AOIError:
            raise
        except Exception as exc:  # PROJ/GDAL raise several types for CRSs that cannot be related
            raise _untransformable(exc, crs) from None
        return out


def _untransformable(exc: Exception, crs) -> AOIError:
    """Why the area of interest cannot be put in the raster's CRS ``crs``: a raster on a local grid (an engineering
    CRS, no datum tying it to the earth) takes an area in its own CRS only, which a box's lon/lat or EPSG code is not
    (the advice to use a defined CRS led nowhere there)."""
    from rasterio.crs import CRS

    from ..layer.tiletable import on_the_earth

    if not on_the_earth(CRS.from_user_input(crs).to_wkt()):
        return AOIError(tr("the raster is on a local grid that no datum ties to the earth, so an area of interest in "
                           "another CRS cannot be placed on it; give it as a file saved in the raster's own CRS"))
    reason = " ".join(str(exc).split())[:160] or type(exc).__name__
    return AOIError(tr("the area of interest cannot be placed on the raster: its CRS cannot be transformed "
                       "to the raster's ({reason}); save the area of interest in a defined CRS").format(reason=reason))



def _polygons(layer, path) -> list[dict]:
    """The polygons of ``layer`` of area file ``path`` as GeoJSON geometries (curves made linear); AOIError for one
    whose coordinates are not finite numbers."""
    import json

    geoms = []
    for feature in layer:
        for geom in _polygon_parts(feature.GetGeometryRef()):
            if geom.HasCurveGeometry():  # CurvePolygon, MultiSurface: GeoJSON has no arcs
                geom = geom.GetLinearGeometry()
            text = geom.ExportToJson()  # None for a vertex that is NaN or infinite
            shape = json.loads(text) if text else None
            if shape is None or not all(map(math.isfinite, _numbers(shape["coordinates"]))):
                raise AOIError(tr("area of interest {path}: polygon {fid} has coordinates that are not finite "
                                  "numbers (NaN or infinite); fix or redraw it").format(path=path, fid=feature.GetFID()))
            geoms.append(shape)
    return geoms

def _polygon_parts(geom):
    """The non-empty polygons (polygon, multipolygon, curve polygon, multisurface) of an OGR geometry, those inside
    a geometry collection too (what some tools save a set of shapes as); none for points, lines or no geometry. An
    empty polygon (its shape deleted part by part in QGIS) is no area: rasterio's burning raised on it."""
    if geom is None or geom.IsEmpty():
        return []
    name = geom.GetGeometryName()
    if "POLYGON" in name or name == "MULTISURFACE":
        return [geom]
    if name == "GEOMETRYCOLLECTION":
        return [part for i in range(geom.GetGeometryCount()) for part in _polygon_parts(geom.GetGeometryRef(i))]
    return []


def _numbers(coords):
    """Every number of a GeoJSON ``coordinates`` array, however deeply nested."""
    if isinstance(coords, (list, tuple)):
        for item in coords:
            yield from _numbers(item)
    else:
        yield float(coords)


def _points(coords):
    """The (x, y) of every vertex of GeoJSON ``coordinates``, however deeply nested."""
    if coords and isinstance(coords[0], (int, float)):
        yield list(coords[:2])
    else:
        for c in coords:
            yield from _points(c)


def crs_name(crs: Any) -> str:
    """A CRS as a message names it: its authority code where it has one, else its name (at most 60 characters)."""
    try:
        text = crs.to_string()
    except Exception:  # noqa: BLE001 - a message must not fail on the CRS it names
        text = str(crs)
    return text if len(text) <= 60 else text[:57] + "..."


def extent_text(points: list, crs: Any) -> str:
    """"x0, y0 to x1, y1 in CRS" for ``points`` ((x, y) pairs; "no finite coordinates" where none is)."""
    pts = [p for p in points if all(math.isfinite(v) for v in p)]
    if not pts:
        return "no finite coordinates"
    xs, ys = [p[0] for p in pts], [p[1] for p in pts]

    def num(v: float) -> str:  # metres whole, degrees to about 10 cm
        return f"{v:.0f}" if abs(v) >= 1000 else f"{v:.6f}".rstrip("0").rstrip(".")
    return f"{num(min(xs))}, {num(min(ys))} to {num(max(xs))}, {num(max(ys))} in {crs_name(crs)}"


def _vertices(geoms: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Every vertex as a GeoJSON MultiPoint, so that a degenerate polygon (no area: a point or a line of
    vertices, e.g. a one-pixel box drawn through pixel centres) still marks the cells it touches."""
    out = []
    for g in geoms:
        pts = [p for p in _points(g.get("coordinates", [])) if all(math.isfinite(v) for v in p)]
        if pts:
            out.append({"type": "MultiPoint", "coordinates": pts})
    return out
