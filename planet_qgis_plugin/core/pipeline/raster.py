"""Opening a raster for classify and the trainer: one-line errors for what cannot be read (or would run code),
what it declares that no reader applies (nodata_warning), and the transform tile footprints are written with.
What a run over it would take: run_size.py."""
from __future__ import annotations

import math
import re
import warnings
from pathlib import Path

from rasterio.errors import NotGeoreferencedWarning, RasterioIOError

from ..errors import RasterError

# rasterio warns at every open of a raster without georeference; classify says it once itself
# (georeference_warning). The filter is process-wide because the reader threads open their own
# handles and warnings.catch_warnings() is not thread-safe (one thread's exit restores the filters
# under another's open).
warnings.filterwarnings("ignore", category=NotGeoreferencedWarning)


#: How deep VRTs that read other VRTs are followed when checking their sources.
MAX_VRT_DEPTH = 8
#: Enough of a VRT to find a pixel function in (a VRT of a few bands is a few kB).
VRT_SCAN_BYTES = 4 * 1024 * 1024
#: Why a raster that asks to run code is refused (GDAL would also refuse it where GDAL_VRT_ENABLE_PYTHON is
#: NO, as the command lines set it, but QGIS keeps its own setting and would call the file damaged).
PYTHON_VRT = ("a VRT with a Python pixel function: this tool never runs code from a file; turn it into a plain "
              "raster first (gdal_translate with GDAL_VRT_ENABLE_PYTHON=YES, if you trust the code)")
#: Why a raster that GDAL would read over the network is refused: nothing is fetched while a run reads (no network
#: at run time; a service can also be slow, change under the run or log who reads it).
LOCAL_ONLY = "this tool reads local files only; save what it reads to a local raster first (e.g. gdal_translate)"
OVER_THE_NETWORK = f"which GDAL would read over the network: {LOCAL_ONLY}"
#: GDAL / OGR drivers that read a service or a URL rather than the file they are given (a GDAL_WMS or WMTS
#: description, a STAC or Earth Engine catalogue, a KML super-overlay's links, a WFS description, a database).
NETWORK_DRIVERS = frozenset({"WMS", "WMTS", "WCS", "HTTP", "EEDA", "EEDAI", "PLMOSAIC", "DAAS", "OGCAPI", "STACTA",
                             "STACIT", "NGW", "KMLSUPEROVERLAY", "POSTGISRASTER", "WFS", "OAPIF", "CSW", "CARTO",
                             "ELASTICSEARCH", "POSTGRESQL", "MYSQL", "MSSQLSPATIAL", "ODBC", "HANA", "AMIGOCLOUD",
                             "PLSCENES", "MONGODBV3", "COUCHDB", "CLOUDANT", "GFT"})
#: A name GDAL reads over the network: a /vsi handler of a remote store where GDAL takes it as one (at the start, or
#: after another handler or a /vsisubfile offset: /vsizip//vsicurl/..., /vsizip/{/vsigs/...}; a local folder named
#: vsicurl is a folder), a URL, or the connection string of a network driver (WMS:http://..., PG:host=...).
NETWORK_NAME = re.compile(r"(^|/vsi\w+/\{?|,)/vsi(curl|s3|gs|az|adls|oss|swift|webhdfs|hdfs)(_streaming)?[/?]"
                          r"|^[a-z][a-z0-9+.-]*://"
                          r"|^(wms|wmts|wcs|eeda|eedai|plmosaic|daas|ogcapi|stacit|stacta|ngw|pg|pgraster|wfs|oapif"
                          r"|csw|carto|es|mysql|mssql|odbc|hana|amigocloud|plscenes|couchdb|cloudant|gft)\s*:", re.I)


def open_raster(path: str | Path):
    """rasterio dataset, or RasterError with a one-line reason."""
    import rasterio

    path = Path(path)
    if not path.exists():
        raise RasterError(f"raster {path} does not exist")
    if path.is_dir():
        raise RasterError(f"raster {path} is a folder, not a raster file")
    if not path.is_file():  # a FIFO or device would block the open (or never end)
        raise RasterError(f"raster {path} is {_kind(path)}, not a raster file; save the raster to a file first")
    if _runs_python(path):
        raise RasterError(f"raster {path} is {PYTHON_VRT}")
    remote = _remote_use(path)
    if remote is not None:
        raise RasterError(f"raster {path} {remote}")
    try:
        dataset = rasterio.open(path)
    except RasterioIOError as exc:
        reason = str(exc).splitlines()[0] if str(exc) else "unknown format"
        raise RasterError(f"{path} is not a readable raster ({reason})") from None
    # the overview file first: GDAL's file list looks for it (a /vsicurl/ one is fetched to be listed)
    refused = _refused_source(_overview_file(dataset)) or _refused_source(dataset.files[1:])
    if refused is not None:
        dataset.close()
        raise RasterError(f"{path} reads {refused}")
    if dataset.count == 0:  # a container of several rasters (GeoPackage, NetCDF) or a vector-only file
        subdatasets = list(dataset.subdatasets)
        dataset.close()
        raise _no_bands(path, subdatasets)
    nowhere = _placed_nowhere(dataset)
    if nowhere is not None:
        dataset.close()
        raise RasterError(f"{path} has a geotransform that places its pixels nowhere ({nowhere}); fix its "
                          f"georeference (e.g. gdal_edit.py -a_ullr ULX ULY LRX LRY {path.name}) or remove it "
                          f"(gdal_edit.py -unsetgt {path.name})")
    return dataset


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


def _tree(files: list[str], depth: int = 0):
    """Each of a raster's ``files`` and, after a VRT, its sources and theirs down to MAX_VRT_DEPTH, depth first:
    (name, its _VrtFacts, None for a file that is not a regular VRT file; /vsi paths are not looked at)."""
    for name in files:
        path = Path(name)
        facts = None if name.startswith("/vsi") or not path.is_file() else _vrt_facts(path)
        yield name, facts
        if facts is not None and not facts.python and depth < MAX_VRT_DEPTH:
            yield from _tree(facts.sources(), depth + 1)


def _refused_source(files: list[str]) -> str | None:
    """What is wrong with the first of a raster's other files (a VRT's sources, which GDAL opens only when
    reading), or of a source VRT's own sources, that cannot be read safely: one that exists but is not a
    regular file or folder (FIFO, socket, device), a VRT that asks to run Python, or anything GDAL would read over
    the network (a remote name, a VRT naming one, a file of a network driver). None when all can."""
    for name, facts in _tree(files):
        path = Path(name)
        if NETWORK_NAME.search(name):
            return f"{name}, {OVER_THE_NETWORK}"
        if name.startswith("/vsi") or not path.exists() or path.is_dir():
            continue
        if not path.is_file():
            return f"{name}, which is {_kind(path)}, not a raster file"
        if facts is not None and facts.python:
            return f"{name}, {PYTHON_VRT}"
        remote = _remote_use(path)
        if remote is not None:
            return f"{name}, which {remote}"
    return None


def _remote_use(path: Path) -> str | None:
    """How regular file ``path`` would make GDAL read over the network, told before GDAL opens it (a driver may
    connect as it opens): a VRT naming a remote source (read by GDAL only when a pixel is, and not always in its
    file list: a URL or a WMS: source is not), or a file GDAL opens with a network driver. None when it would not."""
    facts = _vrt_facts(path)
    if facts is not None:
        return None if facts.remote is None else f"reads {facts.remote}, {OVER_THE_NETWORK}"
    return _network_driver(path)


def remote_vector(path: Path) -> str | None:
    """_remote_use's counterpart for a vector file (an area of interest) that OGR would read over the network: an
    OGR VRT whose SrcDataSource is a remote name, or a file of a network driver (a WFS description). None if not."""
    name = _remote_name(_head(path, VRT_SCAN_BYTES, b"<OGRVRTDataSource"), rb"SrcDataSource")
    return f"reads {name}, {OVER_THE_NETWORK}" if name is not None else _network_driver(path, vector=True)


def _network_driver(path: Path, vector: bool = False) -> str | None:
    """Why ``path`` would be read over the network by the GDAL driver that opens it (GDAL reads its head to tell;
    no driver connects), or None where that driver reads the file itself."""
    from osgeo import gdal

    try:
        driver = gdal.IdentifyDriverEx(str(path), gdal.OF_VECTOR if vector else gdal.OF_RASTER)
    except RuntimeError:  # GDAL's exceptions on (QGIS may turn them on for the whole process)
        return None
    if driver is None or driver.ShortName.upper() not in NETWORK_DRIVERS:
        return None
    return f"is read by GDAL's {driver.ShortName} driver, over the network: {LOCAL_ONLY}"


def _overview_file(dataset) -> list[str]:
    """The file a raster's OVERVIEW_FILE metadata (its .aux.xml, or GDAL metadata in the file) names: GDAL opens it
    when overviews are asked for, as a VRT opens its sources; :::BASE::: is the raster's folder."""
    name = dataset.tags(ns="OVERVIEWS").get("OVERVIEW_FILE")
    if not name:
        return []
    base = ":::BASE:::"
    return [str(Path(dataset.name).parent / name[len(base):]) if name.startswith(base) else name]


def _runs_python(path: Path) -> bool:
    """Whether ``path`` is a VRT with a pixel function in Python."""
    facts = _vrt_facts(path)
    return facts is not None and facts.python


class _VrtFacts:
    """What the open checks read of one version of a VRT: whether it asks for Python, the first source it names
    that GDAL would read over the network (None when none), and (read when first needed, by opening it in GDAL,
    which does not open its sources) the files it reads."""

    def __init__(self, path: Path, python: bool, remote: str | None):
        self.path, self.python, self.remote, self._sources = path, python, remote, None

    def sources(self) -> list[str]:
        if self._sources is None:
            nested = gdal_handle(self.path)
            self._sources = (nested.GetFileList() or [])[1:] if nested is not None else []
            nested = None
        return self._sources


#: path -> (the file's signature when read, its _VrtFacts or None for a file that is not a VRT). A run opens
#: its raster once per reader thread: each open stats every file of the VRT tree again but reads (and opens
#: in GDAL) only those that changed since, so a VRT edited between two opens is checked anew.
_FACTS: dict[str, tuple[tuple, _VrtFacts | None]] = {}
#: Files remembered at most (a batch over thousands of scenes); past it the memory starts afresh.
MAX_REMEMBERED = 4096


def _signature(path: Path) -> tuple | None:
    """Which version of ``path`` this is: its inode, size and times (a rewrite changes the change time, a file
    put in its place the inode); None where it cannot be statted."""
    try:
        st = path.stat()
    except OSError:
        return None
    return st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns


def raster_version(dataset) -> tuple | None:
    """Which version of ``dataset``'s raster this is: each of its files (sidecars; a VRT's sources, and theirs down
    to MAX_VRT_DEPTH) with its _signature; None where one cannot be told (a /vsi path, a file gone)."""
    version = {}
    for name, _ in _tree(dataset.files):
        signature = None if name.startswith("/vsi") else _signature(Path(name))
        if signature is None:
            return None
        version.setdefault(name, signature)
    return tuple(version.items())


def _vrt_facts(path: Path) -> _VrtFacts | None:
    """The _VrtFacts of regular file ``path``, or None when it is not a VRT; its head read once a version."""
    key, signature = str(path), _signature(path)
    known = _FACTS.get(key)
    if known is not None and signature is not None and known[0] == signature:
        return known[1]
    head = _head(path, VRT_SCAN_BYTES)
    facts = (_VrtFacts(path, re.search(rb"<PixelFunctionLanguage>\s*python", head, re.I) is not None,
                       _remote_name(head, rb"SourceFilename|SourceDataset"))  # a band's, mask's, overview's, warped VRT's
             if head.lstrip().startswith(b"<VRTDataset") else None)
    if signature is not None:
        if len(_FACTS) >= MAX_REMEMBERED:
            _FACTS.clear()
        _FACTS[key] = (signature, facts)
    return facts


def _remote_name(xml: bytes, elements: bytes) -> str | None:
    """The first name that an element of ``elements`` (a regex alternation of tag names) in ``xml`` gives that GDAL
    would read over the network, as GDAL reads the name (CDATA, character references)."""
    for match in re.finditer(rb"<(" + elements + rb")\b[^>]*>(.*?)</\1\s*>", xml, re.S):
        name = _xml_text(match.group(2))
        if NETWORK_NAME.search(name):
            return name
    return None


def _xml_text(text: bytes) -> str:
    """An element's text as GDAL reads it (CDATA, character references), stripped."""
    import html

    text = text.decode("utf-8", "replace").strip()
    cdata = re.fullmatch(r"<!\[CDATA\[(.*)\]\]>", text, re.S)
    return (cdata.group(1) if cdata else html.unescape(text)).strip()


def _head(path: Path, size: int, vrt: bytes = b"<VRTDataset") -> bytes:
    """The first ``size`` bytes of regular file ``path`` (b"" where it cannot be read: the open says why); only
    the first 64 when they do not start a ``vrt`` (a GeoTIFF's pixels are not read here)."""
    try:
        with open(path, "rb") as handle:
            start = handle.read(64)
            return start + handle.read(size - 64) if start.lstrip().startswith(vrt) else start
    except OSError:
        return b""


def _kind(path: Path) -> str:
    import stat

    mode = path.stat().st_mode
    return ("a named pipe (FIFO)" if stat.S_ISFIFO(mode) else "a socket" if stat.S_ISSOCK(mode)
            else "a device" if stat.S_ISCHR(mode) or stat.S_ISBLK(mode) else "not a regular file")


def _no_bands(path: Path, subdatasets: list[str]) -> RasterError:
    if not subdatasets:
        return RasterError(f"{path} has no raster bands (a vector-only file?); choose a raster")
    names = [s.rsplit(":", 1)[-1] for s in subdatasets]
    shown = ", ".join(names[:5]) + (f" and {len(names) - 5} more" if len(names) > 5 else "")
    return RasterError(f"{path} holds {len(names)} raster tables ({shown}); export the one to classify first, "
                       f"e.g. gdal_translate {subdatasets[0]} {names[0]}.tif")


def damaged(dataset, exc: BaseException) -> RasterError:
    """RasterError for a raster whose pixels cannot be read (truncated download, broken compression)."""
    reason = " ".join(str(exc).split())[:160] or type(exc).__name__
    return RasterError(f"{Path(dataset.name).name} is damaged or truncated: its pixels cannot be read ({reason}); "
                       "re-download or re-export the raster")


def footprint_transform(dataset):
    """The transform tile footprints are written with: the raster's own or, for a raster without any
    georeference (plain PNG/JPG), pixel coordinates with y = -row, as QGIS displays such rasters."""
    from affine import Affine

    if dataset.crs is None and dataset.transform == Affine.identity() and not dataset.gcps[0]:
        return Affine(1, 0, 0, 0, -1, 0)
    return dataset.transform


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
        if footprint_transform(dataset) != dataset.transform:  # (rasterio builds a new Affine on each access)
            return (f"{name} has no CRS: tiles are written in pixel coordinates "
                    "(row down is negative y) and will not line up with other layers")
        if dataset.gcps[0]:
            return (f"{name} is georeferenced by ground control points only: tiles are written in pixel "
                    f"coordinates; warp it first (gdalwarp {name} warped.tif) to line them up with other layers")
        return (f"{name} has no CRS: tiles are written in its map coordinates without a CRS; "
                "assign the layer's CRS in QGIS to line it up with other layers")
    return None
