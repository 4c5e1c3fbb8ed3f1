"""A scene that is not orthorectified (a Planet Basic product: RPCs or ground control points, no map grid) and
the gdalwarp that puts it on one: what `change` says instead of only 'no CRS' when it is given one."""
from __future__ import annotations

from pathlib import Path


def not_orthorectified(src, which: str, path: Path, crs, then: str = "") -> str | None:
    """The refusal for the open rasterio dataset ``src`` (``which`` side, read from ``path``) if it holds RPCs or
    ground control points, naming the gdalwarp onto ``crs`` (the other side's; else its GCPs'); None otherwise.
    ``then``: what to do after the warp (classify it again, for a tile layer)."""
    rpcs = bool(getattr(src, "rpcs", None))
    gcps, gcp_crs = src.gcps
    if not (rpcs or gcps):
        return None
    target = crs or gcp_crs
    epsg = target.to_epsg() if target is not None else None
    name = f"EPSG:{epsg}" if epsg else f"'{target.to_wkt()}'" if target is not None else "EPSG:<UTM zone>"
    return (f"{which} ({path.name}) is not orthorectified: it has {'RPCs' if rpcs else 'ground control points'} but no "
            f"map grid; put it on one first: gdalwarp {'-rpc ' if rpcs else ''}-t_srs {name} {path.name} "
            f"{path.stem}_ortho.tif{then}")


def scene_not_orthorectified(scene: Path | None, which: str, crs_wkt: str | None, then: str = "") -> str | None:
    """not_orthorectified() for the raster at ``scene`` (None, or one that cannot be read: None). Opened as every
    reader opens a raster (open_raster): the scene may be the one a layer records, edited to a file that reads the
    network (a WMTS description fetched its capabilities as rasterio alone opened it: from QGIS, which has no wall
    against the network) or that would run code."""
    if scene is None:
        return None
    from rasterio.crs import CRS
    from rasterio.errors import RasterioError

    from ..errors import PlanetClassifierError
    from ..pipeline.raster import open_raster

    try:
        with open_raster(scene) as src:
            return not_orthorectified(src, which, Path(scene), CRS.from_wkt(crs_wkt) if crs_wkt else None, then)
    except (PlanetClassifierError, RasterioError, OSError, ValueError):
        return None
