"""Opening a raster for classify and the trainer: one-line errors for what cannot be read (or would run code),
what it declares that no reader applies (nodata_warning), and the transform tile footprints are written with.
What GDAL may open by name while reading it, checked first: sources.py; what a run over it would take: run_size.py."""
from __future__ import annotations

import math
import os
import warnings
from pathlib import Path

from rasterio.errors import NotGeoreferencedWarning, RasterioIOError

from ..errors import RasterError
from ..publish import name_not_utf8
from ..wording import tr
from . import sources

# rasterio warns at every open of a raster without georeference; classify says it once itself
# (georeference_warning). The filter is process-wide because the reader threads open their own
# handles and warnings.catch_warnings() is not thread-safe (one thread's exit restores the filters
# under another's open).
warnings.filterwarnings("ignore", category=NotGeoreferencedWarning)


def open_raster(path: str | Path):
    """rasterio dataset, or RasterError with a one-line reason."""
    import rasterio

    path = Path(path)
    if not path.exists():
        raise RasterError(tr("raster {path} does not exist").format(path=path))
    if path.is_dir():
        raise RasterError(tr("raster {path} is a folder, not a raster file").format(path=path))
    if not path.is_file():  # a FIFO or device would block the open (or never end)
        raise RasterError(tr("raster {path} is {kind}, not a raster file; save the raster to a file first").format(
            path=path, kind=sources.kind(path)))
    unnamed = name_not_utf8("raster", path)
    if unnamed is not None:
        raise RasterError(unnamed)
    why = sources.before_open(path)
    if why is not None:
        raise RasterError(f"raster {path} {why}")
    try:
        dataset = rasterio.open(path)
    except RasterioIOError as exc:
        reason = str(exc).splitlines()[0] if str(exc) else "unknown format"
        # the drivers the analyst's GDAL_SKIP leaves out (no_network adds the network drivers to it)
        skipped = [name for name in sources.skipped_drivers(os.environ.get("GDAL_SKIP", ""))
                   if name not in sources.NETWORK_DRIVERS]
        if skipped and "not recognized as a supported file format" in reason:
            reason += tr("; the environment's GDAL_SKIP leaves out {skipped}").format(skipped=", ".join(skipped))
        raise RasterError(tr("{path} is not a readable raster ({reason})").format(path=path, reason=reason)) from None
    refusal = _refusal(path, dataset)
    if refusal is not None:
        dataset.close()
        raise RasterError(refusal)
    if dataset.count == 0:  # a container of several rasters (GeoPackage, NetCDF) or a vector-only file
        subdatasets = list(dataset.subdatasets)
        dataset.close()
        raise _no_bands(path, subdatasets)
    return dataset


def _refusal(path: Path, dataset) -> str | None:
    """The one line refusing the open ``dataset`` of ``path``, first of: what it would read that is not local,
    a JPEG cut short, a CRS with nothing placing the pixels in it, a geotransform that places its pixels nowhere, off the earth or outside its CRS's area;
    None where it can be read."""
    why = sources.after_open(dataset)
    if why is not None:
        return f"{path} {why}"
    cut = _cut_short(path, dataset)
    if cut is not None:
        return tr("{path} is damaged or truncated: {cut}; re-download or re-export the raster").format(path=path,
                                                                                                      cut=cut)
    if dataset.count == 0:  # open_raster refuses it naming the rasters it holds
        return None
    untyped = _unread_type(path, dataset)
    if untyped is not None:
        return untyped
    unplaced = _crs_without_georeference(path, dataset)
    if unplaced is not None:
        return unplaced
    nowhere = _placed_nowhere(dataset)
    if nowhere is not None:
        return tr("{path} has a geotransform that places its pixels nowhere ({nowhere}); fix its georeference (e.g. "
                  "gdal_edit.py -a_ullr ULX ULY LRX LRY {name}) or remove it (gdal_edit.py -unsetgt {name})").format(
            path=path, nowhere=nowhere, name=path.name)
    off = _off_the_earth(dataset)
    if off is not None:
        return tr("{path} is georeferenced in {off}, off the earth: its CRS is not the one its coordinates are in (a "
                  "projected raster given WGS 84?); assign the right one, e.g. gdal_edit.py -a_srs EPSG:32633 {name} "
                  "for UTM zone 33N").format(path=path, off=off, name=path.name)
    outside = _outside_its_projection(dataset)
    if outside is not None:
        return tr("{path} is georeferenced in {outside}, outside the area that CRS maps to the earth: its CRS is not "
                  "the one its coordinates are in; assign the right one, e.g. gdal_edit.py -a_srs EPSG:32633 {name} "
                  "for UTM zone 33N").format(path=path, outside=outside, name=path.name)
    return None


def _unread_type(path: Path, dataset) -> str | None:
    """The refusal of a raster whose pixels are of a type no reader takes (complex numbers: a radar product; 64-bit
    integers), named as GDAL names it: rasterio 1.3 calls GDAL's Int64 'uint64' (and UInt64 'int64'), CInt32
    'complex64', and numpy cannot take its 'complex_int16' (a TypeError out of the nodata check)."""
    from .preprocess import SUPPORTED_DTYPES

    if all(dtype in SUPPORTED_DTYPES for dtype in dataset.dtypes):
        return None
    handle = gdal_handle(dataset.name)
    if handle is None:
        types = sorted(set(dataset.dtypes) - set(SUPPORTED_DTYPES))
    else:
        from osgeo import gdal

        types = sorted({"Int8" if dtype == "int8" else gdal.GetDataTypeName(handle.GetRasterBand(i).DataType)
                        for i, dtype in enumerate(dataset.dtypes, start=1) if dtype not in SUPPORTED_DTYPES})
        handle = None
    return tr("{path} holds pixels of GDAL type {types}, which the classifier does not read (it reads {supported}); "
              "write a copy of a type it reads, e.g. gdal_translate -ot Float32 {name} {stem}_Float32.tif").format(
        path=path, types=", ".join(types), supported=", ".join(SUPPORTED_DTYPES), name=path.name, stem=path.stem)


def _crs_without_georeference(path: Path, dataset) -> str | None:
    """The refusal of a raster with a CRS and nothing placing its pixels in it (no geotransform, ground control
    points or RPCs: gdal_edit.py -a_srs on a plain image, an .aux.xml naming a CRS): its tiles would lie at
    y = +row in that CRS, mirrored off the image QGIS draws at y = -row, and its pixels count as that CRS's
    units in areas. RPCs place nothing either (a run never applies them): a scene not orthorectified given a CRS
    is told to be. None for any other raster (without a CRS it is classified in pixel coordinates, with a
    warning)."""
    from affine import Affine

    if dataset.crs is None or dataset.transform != Affine.identity() or dataset.gcps[0]:
        return None
    if dataset.rpcs:
        return tr("{path} is georeferenced by RPCs only (a scene not orthorectified, such as a Planet Basic product), "
                  "which a run does not apply: its tiles would lie at its pixel positions taken for {crs} "
                  "coordinates; orthorectify it first (gdalwarp -rpc -t_srs EPSG:xxxx {name} {stem}_ortho.tif) and "
                  "classify that").format(path=path, crs=dataset.crs.to_string() or "CRS", name=path.name,
                                          stem=path.stem)
    crs = dataset.crs.to_string() or "a CRS"
    remove = ("gdal_edit.py -a_srs None {name}" if dataset.driver == "GTiff" else
              tr("the SRS element in {name}") if dataset.driver == "VRT" else   # a VRT holds its CRS itself
              tr("the SRS in {name}.aux.xml")).format(name=path.name)
    return tr("{path} has a CRS ({crs}) but no georeference (no geotransform, ground control points or RPCs): "
              "nothing places its pixels in that CRS, so its tiles would not lie under the image; georeference it "
              "(QGIS: Raster > Georeferencer), or remove that CRS ({remove}) to classify it in pixel "
              "coordinates").format(path=path, crs=crs, remove=remove)


def _placed_nowhere(dataset) -> str | None:
    """Why ``dataset``'s geotransform (a hand-edited VRT or .aux.xml) cannot place tiles: a coefficient that is not a
    number (NaN: no tile position can be worked out) or infinite, corners past float's range (tiles at infinity),
    or pixels without area (a zero or singular pixel size: every tile on one point or line). None when it can."""
    t = dataset.transform
    bad = [v for v in (t.a, t.b, t.c, t.d, t.e, t.f) if not math.isfinite(v)]
    if bad:
        return f"its numbers include {bad[0]}"
    corners = [t * (col, row) for col in (0, dataset.width) for row in (0, dataset.height)]
    if not all(math.isfinite(v) for corner in corners for v in corner):
        return "its corners lie beyond the largest coordinate a number holds"
    if t.determinant == 0:
        return f"its pixels have no area: pixel size {t.a:g} x {t.e:g}, rotation {t.b:g}, {t.d:g}"
    return None


def _off_the_earth(dataset) -> str | None:
    """Where a raster in a geographic CRS (degrees) puts its pixel centres when some lie off the earth: latitude
    beyond 90 or longitude beyond 540 (a scene across the antimeridian, 0..360 longitudes running on past 360 are
    fine: GDAL and QGIS place them). Most often a projected
    raster whose CRS was set to WGS 84 by mistake: its tiles were written at latitude 9,000,000 and change handed
    such numbers to the field as alerts' coordinates. None when they lie on the earth (or the CRS is projected)."""
    crs = dataset.crs
    if crs is None or not crs.is_geographic or crs.units_factor[0] not in ("degree", "degrees"):
        return None
    t = dataset.transform
    centres = [t * (col, row) for col in (0.5, dataset.width - 0.5) for row in (0.5, dataset.height - 0.5)]
    lon = [c[0] for c in centres]
    lat = [c[1] for c in centres]
    if max(abs(v) for v in lat) <= 90.0 and max(abs(v) for v in lon) <= 540.0:
        return None
    name = crs.to_string() if crs.to_epsg() is None else f"EPSG:{crs.to_epsg()}"
    return (f"{name} (degrees) with pixel centres at longitude {min(lon):.6g}..{max(lon):.6g}, "
            f"latitude {min(lat):.6g}..{max(lat):.6g}")


def _outside_its_projection(dataset) -> str | None:
    """Where a raster in a projected CRS puts its pixels when none of its corners nor its centre has a longitude and
    latitude there (an orthographic view placed off the globe it shows: a CRS assigned by mistake): change found no
    place for its alerts and its export failed at the very end. None where any of them has one (a full-disk view, its
    corners in space), and for other CRSs."""
    from rasterio.warp import transform

    crs = dataset.crs
    if crs is None or not crs.is_projected:
        return None
    t = dataset.transform
    points = [t * (col, row) for col in (0.5, dataset.width - 0.5) for row in (0.5, dataset.height - 0.5)]
    points.append(t * (dataset.width / 2, dataset.height / 2))
    for x, y in points:  # one at a time: PROJ refuses a whole list for one point outside its domain
        try:
            (lon,), (lat,) = transform(crs, "EPSG:4326", [x], [y])
        except Exception:  # noqa: BLE001 -- "Point outside of projection domain" (a CPLE_AppDefinedError)
            continue
        if math.isfinite(lon) and math.isfinite(lat):
            return None
    name = crs.to_string() if crs.to_epsg() is None else f"EPSG:{crs.to_epsg()}"
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    return f"{name} with pixel centres at x {min(xs):.6g}..{max(xs):.6g}, y {min(ys):.6g}..{max(ys):.6g}"


def _no_bands(path: Path, subdatasets: list[str]) -> RasterError:
    if not subdatasets:
        return RasterError(tr("{path} has no raster bands (a vector-only file?); choose a raster").format(path=path))
    names = [s.rsplit(":", 1)[-1] for s in subdatasets]
    shown = ", ".join(names[:5]) + (f" and {len(names) - 5} more" if len(names) > 5 else "")
    return RasterError(tr("{path} holds {n} raster tables ({shown}); export the one to classify first, "
                          "e.g. gdal_translate {subdataset} {table}.tif").format(
        path=path, n=len(names), shown=shown, subdataset=subdatasets[0], table=names[0]))


#: How near its end a JPEG's end-of-image marker must lie (some writers append bytes after it).
JPEG_TAIL_BYTES = 65536


def _cut_short(path: Path, dataset) -> str | None:
    """Why a file that GDAL decodes without an error ends before its data: a JPEG without its end-of-image marker
    near its end (a download cut off: libjpeg fills the rest with grey and only warns, and each grey tile was
    classified and tagged)."""
    if dataset.driver != "JPEG":
        return None
    with open(path, "rb") as handle:
        handle.seek(max(0, path.stat().st_size - JPEG_TAIL_BYTES))
        tail = handle.read()
    return None if b"\xff\xd9" in tail else tr("the JPEG ends before its end-of-image marker")


#: The drivers whose pixels no data was written to read as zeros where the band has no nodata value or mask, and
#: whose data coverage GDAL reports without reading pixels: a GeoTIFF's blocks never written, a VRT's area that none
#: of its sources reaches (gdalbuildvrt of scenes that do not fill its extent, -te wider than them).
GAP_DRIVERS = ("GTiff", "VRT")


def never_written(dataset, indexes, window=None) -> float:
    """The share (0..1) of ``window`` (col_off, row_off, width, height; default the whole raster) of bands ``indexes``
    of a GeoTIFF or VRT that no data was written to, where it reads as zeros: a band without a nodata value or mask
    (where the gaps read as nodata, 0). A GeoTIFF's blocks never written: a writer killed midway leaves its blocks to
    come at offset 0 (gdal_translate stopped: an 8 KB file of 8000 x 8000 px); gdalwarp onto a larger grid leaves
    the blocks its source misses. A VRT's area no source reaches (GDAL fills it with zeros, as gdal_translate and
    QGIS read it). 0 where GDAL cannot tell."""
    if dataset.driver not in GAP_DRIVERS or any({f.name for f in dataset.mask_flag_enums[i - 1]} != {"all_valid"}
                                                for i in indexes):
        return 0.0
    covered = covered_percent(dataset, indexes, window)
    return 1 - covered / 100 if covered is not None and covered < 100 else 0.0


def gap_words(dataset) -> str:
    """Where never_written's pixels of ``dataset`` lie, as its messages say it: 'in blocks of NAME never written' (a
    GeoTIFF), 'where none of the sources of NAME reaches' (a VRT)."""
    name = Path(dataset.name).name
    if dataset.driver == "VRT":
        return tr("where none of the sources of {name} reaches").format(name=name)
    return tr("in blocks of {name} never written").format(name=name)


def covered_percent(dataset, indexes, window=None) -> float | None:
    """The least percentage, over bands ``indexes``, of ``window`` (col_off, row_off, width, height; default the whole
    raster) that holds data as GDAL reports it without reading pixels (a GeoTIFF's written blocks, a VRT's sources);
    None where GDAL cannot tell."""
    from osgeo import gdal

    x, y, width, height = window or (0, 0, dataset.width, dataset.height)
    handle = gdal_handle(dataset.name)
    if handle is None:
        return None
    try:
        status = [handle.GetRasterBand(i).GetDataCoverageStatus(int(x), int(y), int(width), int(height))
                  for i in indexes]
    except RuntimeError:
        return None
    finally:
        handle = None
    if any(flags & gdal.GDAL_DATA_COVERAGE_STATUS_UNIMPLEMENTED or not 0 <= percent <= 100 for flags, percent in status):
        return None
    return min(percent for _, percent in status)


def check_written(dataset, indexes) -> str | None:
    """RasterError for a GeoTIFF none of whose blocks of bands ``indexes`` was ever written, or a VRT none of whose
    sources reaches its extent (no nodata value): zeros only (classify said '1024 tiles classified' of black ground).
    Where some were written, the warning naming the share that reads as zeros and is classified as black ground, and
    how to say it holds no data (a copy giving a nodata value); else None. As GDAL's own tools do, such pixels stay
    data: a zero may be real (a dark band, a scene of 8-bit water), which only the analyst can tell."""
    share = never_written(dataset, indexes)
    if share <= 0:
        return None
    name, stem = Path(dataset.name).name, Path(dataset.name).stem
    if share >= 1 and dataset.driver == "VRT":
        raise RasterError(tr("none of the sources of {name} reaches its extent, so it holds zeros only: are its sources "
                             "placed where it says (their DstRect, its GeoTransform)? Rebuild it, e.g. gdalbuildvrt "
                             "{name} SCENES...").format(name=name))
    if share >= 1:
        raise RasterError(tr("{name} is damaged or truncated: none of its blocks was ever written (a write or download "
                             "stopped before its end?), so it holds zeros only; re-download or re-export the "
                             "raster").format(name=name))
    if dataset.driver == "VRT":
        return tr("{name}: {share:.3g} % of its pixels lie where none of its sources reaches, which read as zeros (it "
                  "declares no NoDataValue): their tiles are classified as black ground; to skip them, classify a copy "
                  "that says they hold no data: gdal_translate -of VRT -a_nodata 0 {name} {stem}_nodata.vrt (or "
                  "gdalbuildvrt -vrtnodata 0)").format(name=name, share=100 * share, stem=stem)
    return tr("{name}: {share:.3g} % of its pixels lie in blocks never written, which read as zeros (it declares no "
              "nodata value): their tiles are classified as black ground; if they hold no data (a warp onto a larger "
              "grid, a sparse file), classify a copy that says so: gdal_translate -of VRT -a_nodata 0 {name} "
              "{stem}_nodata.vrt; if a write stopped before its end, re-export it").format(
        name=name, share=100 * share, stem=stem)


def damaged(dataset, exc: BaseException) -> RasterError:
    """RasterError for a raster whose pixels cannot be read (truncated download, broken compression), or whose
    block GDAL had no memory to decode (a sound file written as one huge strip or tile)."""
    reason = " ".join(str(exc).split())[:160] or type(exc).__name__
    if any(words in reason.lower() for words in ("cannot allocate", "out of memory")):
        height, width = dataset.block_shapes[0]
        return RasterError(tr("{name}: a block of {width}x{height} px (GDAL decodes each whole) could not be held in "
                            "memory ({reason}); {retile}").format(name=Path(dataset.name).name, width=width,
                                                                    height=height, reason=reason,
                                                                    retile=retile(dataset.name)))
    return RasterError(tr("{name} is damaged or truncated: its pixels cannot be read ({reason}); "
                          "re-download or re-export the raster").format(name=Path(dataset.name).name, reason=reason))


def retile(name: str | Path) -> str:
    """The way out for a raster whose blocks are too large to decode: its copy in 256 px blocks."""
    name = Path(name).name
    return tr("re-tile it first, e.g. gdal_translate -co TILED=YES -co COMPRESS=DEFLATE {name} {stem}_tiled.tif").format(
        name=name, stem=Path(name).stem)


def footprint_transform(dataset):
    """The transform tile footprints are written with: the raster's own or, for a raster without any
    georeference (plain PNG/JPG), pixel coordinates with y = -row, as QGIS displays such rasters."""
    from affine import Affine

    if dataset.crs is None and dataset.transform == Affine.identity() and not dataset.gcps[0]:
        return Affine(1, 0, 0, 0, -1, 0)
    return dataset.transform


def north_up(chips, transform):
    """``chips`` (n, C, S, S, read in the raster's storage order by ``transform``'s raster), turned in place as a
    north-up copy of the raster reads them: rows reversed where the raster is south-up (y pixel size positive: row 0
    its southern edge), columns where its x pixel size is negative. The networks learnt north-up imagery: a south-up
    copy of a scene was classified upside down, its p_ up to 0.8 from the north-up copy's on the same ground (the
    tiles placed right by their footprints). A rotated transform, and the identity of a raster that has none (no
    georeference, ground control points only: its pixel rows run down as an image's), are read as stored."""
    import numpy as np

    axes = tuple(axis for axis, reversed_ in zip((-2, -1), reversed_axes(transform)) if reversed_)
    if axes:
        chips[...] = np.flip(chips, axes)   # in place: the buffer may be a backend's page-locked one
    return chips


def reversed_axes(transform) -> tuple[bool, bool]:
    """(rows, columns): whether a raster of ``transform`` stores its rows south to north (y pixel size positive) and
    its columns east to west (x pixel size negative), as north_up turns them; neither for a rotated transform or the
    identity of a raster without a geotransform."""
    from affine import Affine

    if transform.b or transform.d or transform == Affine.identity():
        return False, False
    return transform.e > 0, transform.a < 0


def north_up_points(points, transform, width: float, height: float) -> list[tuple[float, float]]:
    """Pixel positions (column, row) in a ``width`` x ``height`` window of a raster of ``transform``, counted as the
    raster stores its pixels, moved where north_up moves those pixels (counted from the window's right edge where the
    raster runs east to west, from its bottom where it is south-up): the outlines drawn over a picture turned north up
    (the preview's tiles, the change report's and the Alerts dock's thumbnails) fall on the ground they outline."""
    rows, cols = reversed_axes(transform)
    return [(width - c if cols else c, height - r if rows else r) for c, r in points]


def raster_warnings(dataset) -> list[str]:
    """What classify says once about a raster it reads anyway (georeference_warning, nodata_warning)."""
    return [w for w in (georeference_warning(dataset), nodata_warning(dataset)) if w]


def gdal_handle(path: str | Path):
    """``path`` opened as a raster by GDAL's own bindings (osgeo.gdal), or None where it cannot be: a failed open
    is None whether GDAL's exceptions are off (it returns None) or on (a RuntimeError: QGIS and other plugins
    turn them on for the whole process)."""
    from osgeo import gdal

    try:
        return gdal.OpenEx(str(path), gdal.OF_RASTER)
    except RuntimeError:
        return None


def nodata_warning(dataset) -> str | None:
    """A raster of integer bands declaring a nodata value they cannot hold (-9999 or 70000 for uint16, 300 or 1.5
    for uint8, NaN): rasterio drops one out of range, and GDAL's mask, the statistics and the tile reader all
    ignore it (every pixel is data); a fraction within range they all take at its whole part (1.5: pixels of 1
    are nodata). Either way the declared value is not what is applied: said once, with the fix."""
    import numpy as np

    dtype = np.dtype(dataset.dtypes[0])
    if dtype.kind not in "ui":
        return None
    handle = gdal_handle(dataset.name)
    if handle is None:
        return None
    declared = {handle.GetRasterBand(i).GetNoDataValue() for i in range(1, handle.RasterCount + 1)} - {None}
    handle = None
    info = np.iinfo(dtype)
    for value in sorted(declared, key=str):
        name = Path(dataset.name).name
        if math.isfinite(value) and info.min <= value <= info.max and value.is_integer():
            continue
        fix = f"gdal_translate -of VRT -a_nodata {{value}} {name} fixed.vrt"
        if math.isfinite(value) and info.min < value < info.max:  # a fraction: GDAL truncates it
            taken = int(value)
            return (f"{name} declares nodata {value:g}, which its {dtype} bands cannot hold: pixels of {taken} are "
                    f"taken as nodata (as GDAL reads it); if another value was meant, set it on a copy: "
                    + fix.format(value="VALUE"))
        return (f"{name} declares nodata {value:g}, which its {dtype} bands cannot hold ({info.min}..{info.max}): it "
                "is ignored and every pixel counts as data (as GDAL reads it); if a value marks nodata, set it on "
                "a copy: " + fix.format(value=0 if info.min == 0 else "VALUE"))
    return None


def georeference_warning(dataset) -> str | None:
    if dataset.crs is None:
        name = Path(dataset.name).name
        if dataset.rpcs and not dataset.gcps[0] and footprint_transform(dataset) != dataset.transform:
            return tr("{name} is georeferenced by RPCs only: tiles are written in pixel coordinates; orthorectify it "
                      "first (gdalwarp -rpc -t_srs EPSG:xxxx {name} ortho.tif) to line them up with other "
                      "layers").format(name=name)
        if footprint_transform(dataset) != dataset.transform:  # (rasterio builds a new Affine on each access)
            return tr("{name} has no CRS: tiles are written in pixel coordinates (row down is negative y) and will "
                      "not line up with other layers").format(name=name)
        if dataset.gcps[0]:
            return tr("{name} is georeferenced by ground control points only: tiles are written in pixel "
                      "coordinates; warp it first (gdalwarp {name} warped.tif) to line them up with other "
                      "layers").format(name=name)
        # the raster layer's CRS set in QGIS is not read by the run (it reads the file): the fix is in the file,
        # or on the tile layer afterwards
        return tr("{name} has no CRS: tiles are written in its map coordinates without a CRS; to line them up with "
                  "other layers write its CRS into the file (gdal_edit.py -a_srs EPSG:xxxx {name}) and classify "
                  "again, or set the tile layer's CRS in QGIS").format(name=name)
    return None
