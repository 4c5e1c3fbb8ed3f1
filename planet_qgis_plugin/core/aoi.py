"""Area of interest: polygons (or a bbox) in any CRS, reduced to a boolean mask on a coarse grid."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from .errors import AOIError


@dataclass
class AOI:
    """GeoJSON geometries and the CRS they are in (WKT, PROJ or "EPSG:xxxx")."""

    geometries: list[dict[str, Any]]
    crs: str

    @classmethod
    def from_bbox(cls, minx: float, miny: float, maxx: float, maxy: float, crs: str) -> "AOI":
        if not (minx < maxx and miny < maxy):
            raise AOIError(f"bounding box ({minx}, {miny}, {maxx}, {maxy}) is empty: need minx < maxx and miny < maxy")
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
        return cls.from_file(text)

    @classmethod
    def from_file(cls, path: str | Path) -> "AOI":
        """Read all polygons of the first layer of any OGR vector file (GeoPackage, GeoJSON, Shapefile...)."""
        import json

        from osgeo import ogr, osr

        ogr.UseExceptions()
        if not Path(path).exists():
            raise AOIError(f"area of interest {path} does not exist")
        try:
            source = ogr.Open(str(path))
        except RuntimeError as exc:
            raise AOIError(f"area of interest {path} is not a readable vector file ({exc})") from None
        if source is None or source.GetLayerCount() == 0:
            raise AOIError(f"area of interest {path} has no vector layer")
        layer = source.GetLayer(0)
        srs = layer.GetSpatialRef()
        if srs is None:
            raise AOIError(f"area of interest {path} has no CRS; save it with one")
        srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
        geoms = []
        for feature in layer:
            geom = feature.GetGeometryRef()
            if geom is not None and "POLYGON" in geom.GetGeometryName():
                geoms.append(json.loads(geom.ExportToJson()))
        if not geoms:
            raise AOIError(f"area of interest {path} holds no polygons")
        return cls(geoms, srs.ExportToWkt())

    def mask(self, crs: Any, transform: Any, shape: tuple[int, int]) -> np.ndarray:
        """Boolean mask (True = inside, all-touched) on a grid with ``transform`` and ``shape``."""
        from rasterio.crs import CRS
        from rasterio.errors import CRSError
        from rasterio.features import rasterize
        from rasterio.warp import transform_geom

        try:
            src_crs = CRS.from_user_input(self.crs)
        except CRSError as exc:
            raise AOIError(f"area of interest CRS {self.crs[:60]!r} is not understood ({exc})") from None
        if crs is None:
            raise AOIError("the raster has no CRS, so an area of interest cannot be placed on it")
        geoms = self.geometries if src_crs == crs else [transform_geom(src_crs, crs, g) for g in self.geometries]
        return rasterize(((g, 1) for g in geoms), out_shape=shape, transform=transform, fill=0,
                         all_touched=True, dtype="uint8").astype(bool)
