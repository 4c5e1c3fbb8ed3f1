"""Opening a raster for classify and the trainer: one-line errors for what cannot be read (or would run code),
what it declares that no reader applies (nodata_warning), and the transform tile footprints are written with.
What a run over it would take: run_size.py."""
from __future__ import annotations

import math
import os
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


#: How deep files that name other files (a VRT reading VRTs, a raster's sidecars) are followed when checking them.
MAX_VRT_DEPTH = 8
#: The most of one raster description (XML a GDAL driver reads whole: a VRT, an MRF, a service file) read to check
#: what it names; a longer one is refused, never checked in part (a source past the part read went unchecked).
MAX_DESCRIPTION_BYTES = 64 * 1024 * 1024
#: Files beside a raster that GDAL opens by name as it reads it (overviews, masks: with any driver; PAM and .aux),
#: named after the whole file name; STEM_SIDECARS also after the name without its extension (scene.aux).
STEM_SIDECARS = (".aux.xml", ".aux", ".AUX")
SIDECARS = (".ovr", ".OVR", ".msk", ".MSK") + STEM_SIDECARS
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
                             "PLSCENES", "MONGODBV3", "COUCHDB", "CLOUDANT", "GFT", "JPIPKAK", "RDA"})
#: Drivers (of newer GDALs) that read rasters listed where this tool does not look (a tile index's vector table) or
#: run what a file describes: refused whatever they list.
UNCHECKED_DRIVERS = {"GTI": "a GDAL tile index (GTI): the rasters it lists are not checked by this tool; build a VRT "
                            "over its tiles (gdalbuildvrt) or save it as a GeoTIFF (gdal_translate)",
                     "GDALG": "a GDAL pipeline description (GDALG): this tool never runs what a file describes; run it "
                              "yourself into a GeoTIFF (gdal raster pipeline ... ! write out.tif)"}
#: A /vsi handler of a remote store where GDAL takes it as one: at the start of a name, after another handler
#: (/vsizip//vsicurl/...) or after anything but a path's own characters (a /vsisubfile offset's comma, a connection
#: string's colon or quote: GPKG:/vsicurl/..., NETCDF:"/vsis3/..."); a local folder named vsicurl is a folder.
_REMOTE_HANDLER = r"/vsi(?:curl|s3|gs|az|adls|oss|swift|webhdfs|hdfs)(?:_streaming)?[/?]"
_REMOTE_VSI = rf"(?:[^\w./-]|/vsi\w+/\{{?){_REMOTE_HANDLER}"
REMOTE_VSI = re.compile(_REMOTE_VSI, re.I)
#: The start of a URL (alone or in a driver's connection string, NETCDF:"http://...") and the connection-string
#: prefixes of network drivers (WMS:http://..., PG:host=...): as a whole name (NETWORK_NAME) or where XML gives one.
_URL = r"(?:\w+:\s*\"?)?[a-z][a-z0-9+.-]*://"
_CONNECTION = (r"(?:wms|wmts|wcs|eeda|eedai|plmosaic|daas|ogcapi|stacit|stacta|ngw|pg|pgraster|wfs|oapif"
               r"|csw|carto|es|mysql|mssql|odbc|hana|amigocloud|plscenes|couchdb|cloudant|gft)\s*:")
#: A name GDAL reads over the network: a remote /vsi handler (REMOTE_VSI), a URL, or a network driver's connection
#: string.
NETWORK_NAME = re.compile(rf"^{_REMOTE_HANDLER}|{_REMOTE_VSI}|^\s*{_URL}|^\s*{_CONNECTION}", re.I)


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
    # what GDAL may open by name as it opens or reads it (an MRF's data file, a .ovr of any format), before it does
    refused = _refused_source(_beside(path, _facts(path)))
    if refused is not None:
        raise RasterError(f"raster {path} reads {refused}")
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


def _tree(files: list[str], depth: int = 0, seen: set | None = None):
    """Each of a raster's ``files`` and what GDAL may open by name while reading it, down to MAX_VRT_DEPTH, depth
    first: (name, its _Facts, None for what is not a regular file; /vsi paths are not looked at). After a file come
    its sidecars and the local files its text names (_beside), then, after a raster description (a VRT), the files
    GDAL lists for it: a file's own check comes before anything it names is opened."""
    seen = set() if seen is None else seen
    for name in files:
        if name in seen:
            continue
        seen.add(name)
        facts = _facts_of(name)
        yield name, facts
        if facts is None or not facts.safe or depth >= MAX_VRT_DEPTH:
            continue
        yield from _tree(_beside(name, facts), depth + 1, seen)
        if facts.xml:
            yield from _tree(facts.sources(), depth + 1, seen)


def _facts_of(name: str) -> "_Facts | None":
    """The _Facts of a regular file, or of a file inside a local archive GDAL reads through a /vsi handler
    (/vsizip/pack.zip/inner.vrt: read through GDAL's own file API, never a remote one); None for anything else."""
    if not name.startswith("/vsi"):
        return _facts(Path(name)) if Path(name).is_file() else None
    if NETWORK_NAME.search(name) or not _exists(name):
        return None
    from osgeo import gdal

    return _read_facts(name, gdal.VSIStatL(name).size, _VsiFile)


def _exists(name: str) -> bool:
    """Whether ``name`` is there and not a folder: a local name (a link that leads nowhere counts: the check says what
    it is), or one inside a local archive (never a remote name: that would connect)."""
    if not name.startswith("/vsi"):
        return os.path.lexists(name) and not os.path.isdir(name)
    if NETWORK_NAME.search(name):
        return True
    from osgeo import gdal

    try:
        stat = gdal.VSIStatL(name)
    except RuntimeError:  # GDAL's exceptions on
        return False
    return stat is not None and not stat.IsDirectory()


class _VsiFile:
    """A file inside a local archive, read as Python reads a file (GDAL's VSI API)."""

    def __init__(self, name: str, mode: str = "rb"):
        from osgeo import gdal

        self._gdal = gdal
        try:
            self._handle = gdal.VSIFOpenL(name, mode)
        except RuntimeError:
            self._handle = None
        if self._handle is None:
            raise OSError(f"{name} cannot be read")

    def read(self, size: int) -> bytes:
        return bytes(self._gdal.VSIFReadL(1, size, self._handle) or b"")

    def seek(self, offset: int) -> None:
        self._gdal.VSIFSeekL(self._handle, offset, 0)

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self._gdal.VSIFCloseL(self._handle)


def _beside(path: str | Path, facts: "_Facts | None") -> list[str]:
    """What GDAL may open by name when it reads file ``path`` (a regular file or one inside a local archive): its
    sidecars (SIDECARS, beside the full name and the name without its extension) and the files its description names
    that are there (relative to its folder, or to the working folder where GDAL takes them so)."""
    path = str(path)
    folder, stem = path.rsplit("/", 1)[0] if "/" in path else ".", os.path.splitext(path)[0]
    found = []
    for candidate in ([path + end for end in SIDECARS] + [stem + end for end in STEM_SIDECARS]
                      + [c for name in (facts.names if facts else ()) for c in _named(folder, name)]):
        try:
            if candidate != path and _exists(candidate):
                found.append(candidate)
        except (OSError, ValueError):
            continue
    return list(dict.fromkeys(found))


def _named(folder: str, name: str) -> list[str]:
    """Where a file a description names may lie: beside the description, or as given (absolute, a /vsi name, or
    from the working folder)."""
    return [name] if name.startswith("/") else [f"{folder}/{name}", name]


def _refused_source(files: list[str]) -> str | None:
    """What is wrong with the first of a raster's other files (a VRT's sources, which GDAL opens only when
    reading; its sidecars; what a description names), or of theirs, that cannot be read safely: one that exists but
    is not a regular file or folder (FIFO, socket, device), a VRT that asks to run Python, or anything GDAL would read
    over the network (a remote name, a description naming one, a file of a network driver). None when all can."""
    for name, facts in _tree(files):
        path = Path(name)
        if NETWORK_NAME.search(name):
            return f"{name}, {OVER_THE_NETWORK}"
        if not name.startswith("/vsi"):
            if not path.exists() or path.is_dir():
                continue
            if not path.is_file():
                return f"{name}, which is {_kind(path)}, not a raster file"
        elif facts is None:  # not there, or not a file
            continue
        if facts is not None and facts.python:
            return f"{name}, {PYTHON_VRT}"
        remote = _remote_use(name, facts)
        if remote is not None:
            return f"{name}, which {remote}"
    return None


def _remote_use(path: str | Path, facts: "_Facts | None" = None) -> str | None:
    """How regular file ``path`` would make GDAL read over the network (or read what is not checked), told before
    GDAL opens it (a driver may connect as it opens): a raster description (a VRT, an MRF, any text a driver reads)
    naming a remote source (read by GDAL only when a pixel is, and not always in its file list), one too long to
    check, or a file GDAL opens with a network driver. None when it would not."""
    facts = facts or _facts(Path(path))
    if facts is not None and facts.too_large:
        return _too_large(facts)
    if facts is not None and facts.remote is not None:
        return f"reads {facts.remote}, {OVER_THE_NETWORK}"
    return _network_driver(path)


def _too_large(facts: "_Facts") -> str:
    mb = 1024 * 1024
    return (f"is {facts.too_large / mb:,.0f} MB of text, more than the {MAX_DESCRIPTION_BYTES // mb} MB of a raster "
            "description (a VRT, an MRF) this tool reads to check what it names; build it over fewer files "
            "(gdalbuildvrt) or save it as a GeoTIFF (gdal_translate)")


def remote_vector(path: Path) -> str | None:
    """_remote_use's counterpart for a vector file (an area of interest) that OGR would read over the network: an
    OGR VRT whose SrcDataSource (or any name it gives) is a remote name, or a file of a network driver (a WFS
    description). None if not. (Other vector formats' text, a KML's or GML's links, is not read by OGR as names.)"""
    own = _remote_vector_file(path)
    if own is not None:
        return own
    for name, facts in _tree(_beside(path, _facts(path))):  # what an OGR VRT names: a WFS description, an OGR VRT...
        if NETWORK_NAME.search(name):
            return f"reads {name}, {OVER_THE_NETWORK}"
        local = Path(name)
        if not name.startswith("/vsi") and local.exists() and not local.is_file() and not local.is_dir():
            return f"reads {name}, which is {_kind(local)}, not a file"
        why = _remote_vector_file(name, facts) if facts is not None else None
        if why is not None:
            return f"reads {name}, which {why}"
    return None


def _remote_vector_file(path: str | Path, facts: "_Facts | None" = None) -> str | None:
    """remote_vector's check of one file (``facts``: its _Facts where already read): an OGR VRT naming a remote
    source, or a file of a network driver."""
    facts = facts or _facts_of(str(path))
    if facts is not None and facts.root == "OGRVRTDataSource":
        if facts.too_large:
            return _too_large(facts)
        if facts.remote is not None:
            return f"reads {facts.remote}, {OVER_THE_NETWORK}"
    return _network_driver(path, vector=True)


def _network_driver(path: str | Path, vector: bool = False) -> str | None:
    """Why ``path`` would be read over the network by the GDAL driver that opens it (GDAL reads its head to tell;
    no driver connects), or read where this tool does not look; None where that driver reads the file itself."""
    from osgeo import gdal

    try:
        driver = gdal.IdentifyDriverEx(str(path), gdal.OF_VECTOR if vector else gdal.OF_RASTER)
    except RuntimeError:  # GDAL's exceptions on (QGIS may turn them on for the whole process)
        return None
    name = driver.ShortName.upper() if driver is not None else ""
    if name in UNCHECKED_DRIVERS:
        return f"is {UNCHECKED_DRIVERS[name]}"
    if name not in NETWORK_DRIVERS:
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
    facts = _facts(path)
    return facts is not None and facts.python


class _Facts:
    """What the open checks read of one version of a regular file: its text (its bytes up to the first NUL: all of a
    VRT, an MRF, a service file or a label; a few bytes of a GeoTIFF) is ``xml`` (with its first element ``root``)
    or not; whether it asks for Python, the first name it gives that GDAL would read over the network (None when
    none), its size when it is a description too long to check (else 0), the names it gives that may be local
    files; and (read when first needed, by opening it in GDAL, which does not open what it names over the network
    once these checks pass) the files GDAL lists for a description."""

    def __init__(self, path: str | Path, xml: bool = False, root: str = "", python: bool = False,
                 remote: str | None = None, too_large: int = 0, names: list[str] | None = None):
        self.path, self.xml, self.root, self.python, self.remote = path, xml, root, python, remote
        self.too_large, self.names, self._sources = too_large, names or [], None

    @property
    def safe(self) -> bool:
        """Whether what it names may be looked at further (in GDAL too): no code, no network, checked whole."""
        return not self.python and self.remote is None and not self.too_large

    def sources(self) -> list[str]:
        if self._sources is None:
            nested = gdal_handle(self.path)
            self._sources = (nested.GetFileList() or [])[1:] if nested is not None else []
            nested = None
        return self._sources


#: path -> (the file's signature when read, its _Facts or None where it cannot be read). A run opens its raster once
#: per reader thread: each open stats every file of the tree again but reads (and opens in GDAL) only those that
#: changed since, so a VRT edited between two opens is checked anew.
_FACTS: dict[str, tuple[tuple, "_Facts | None"]] = {}
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


def _facts(path: Path) -> "_Facts | None":
    """The _Facts of regular file ``path`` (None where it cannot be read: the open says why); read once a version."""
    key, signature = str(path), _signature(path)
    known = _FACTS.get(key)
    if known is not None and signature is not None and known[0] == signature:
        return known[1]
    facts = _read_facts(path, signature[2] if signature else 0)
    if signature is not None:
        if len(_FACTS) >= MAX_REMEMBERED:
            _FACTS.clear()
        _FACTS[key] = (signature, facts)
    return facts


#: How much of a file is read at a time while its text is scanned (memory stays this, whatever the file's size).
_CHUNK = 1024 * 1024


#: Where text ends: a NUL (GDAL's XML reader stops there too) or, in text that is not XML, another control character
#: (a label's binary image after it, a raw image that never holds a NUL: not text to search).
_TEXT_END = {True: re.compile(rb"\0"), False: re.compile(rb"[\0-\x08\x0e-\x19\x1b-\x1f]")}


def _text_chunks(handle, xml: bool, limit: int | None = None):
    """``handle``'s text chunk by chunk, up to where it ends (_TEXT_END), at most ``limit`` bytes of it; a last None
    when there was more than ``limit``."""
    total = 0
    while True:
        chunk = handle.read(_CHUNK)
        if not chunk:
            return
        end = _TEXT_END[xml].search(chunk)
        nul = end.start() if end else -1
        if nul >= 0:
            chunk = chunk[:nul]
        total += len(chunk)
        if limit is not None and total > limit:
            yield None
            return
        yield chunk
        if nul >= 0:
            return


def _read_facts(path: str | Path, size: int, opener=open) -> "_Facts | None":
    """Scan ``path``'s text whole (streamed: memory stays a chunk and an element's first characters). Text with a
    tag in its first 1024 bytes (where GDAL's drivers look for theirs) is XML, parsed element by element; XML
    that is not well-formed (GDAL's reader is laxer) and other text (a label, JSON) are searched as they stand."""
    try:
        with opener(path, "rb") as handle:
            head = handle.read(1024)  # a tag before the text ends (a raw image's bytes may hold a "<" after that)
            xml = b"<" in head[:_TEXT_END[False].search(head + b"\0").start()]
            handle.seek(0)
            scan = _XmlScan() if xml else _TextScan(xml=False)
            for chunk in _text_chunks(handle, xml, MAX_DESCRIPTION_BYTES if xml else None):
                if chunk is None:
                    return _Facts(path, xml=True, too_large=size)
                if scan.feed(chunk):
                    break
            if xml and not scan.close():  # not well-formed: searched again as plain text, tags and all
                handle.seek(0)
                scan = _TextScan(xml=True)
                for chunk in _text_chunks(handle, True, MAX_DESCRIPTION_BYTES):
                    if chunk is None:  # (grown since the first pass)
                        return _Facts(path, xml=True, too_large=size)
                    if scan.feed(chunk):
                        break
    except OSError:
        return None
    return _Facts(path, xml, getattr(scan, "root", ""), scan.python, scan.remote, 0, getattr(scan, "names", []))


#: What GDAL's drivers read as the name of a dataset when given as an attribute (CPLGetXMLValue takes either).
_NAME_ATTRIBUTES = {"sourcefilename", "sourcedataset", "datafile", "indexfile", "source", "indexdataset",
                    "serverurl", "url", "filename"}
#: Characters of an element's text kept for the checks of its start (a URL, a connection string) and as a name.
_HEAD = 4096


class _XmlScan:
    """Every element's text and attribute value of an XML raster description, fed chunk by chunk (expat): a remote
    /vsi handler anywhere (REMOTE_VSI, its metadata too), a text that is a network name (NETWORK_NAME; a URL in
    <Metadata> is text, where a provider names itself), a Python pixel function, and the names that may be files."""

    def __init__(self):
        from xml.parsers import expat

        self.root, self.python, self.remote, self.names = "", False, None, []
        self._stack: list[list] = []  # per open element: tag, in <Metadata>, its text's head, the tail searched, a hit
        self._parser = expat.ParserCreate()
        self._parser.StartElementHandler, self._parser.EndElementHandler = self._start, self._end
        self._parser.CharacterDataHandler = self._text
        self._parser.buffer_text, self._parser.buffer_size = True, 65536  # fewer, longer pieces of text
        self._error = expat.ExpatError

    def feed(self, chunk: bytes) -> bool:
        """Parse one chunk; True once there is no need to read on (a finding, or not well-formed)."""
        try:
            self._parser.Parse(chunk, False)
        except self._error:
            self._parser = None
            return True
        return self.python or self.remote is not None

    def close(self) -> bool:
        """Whether the XML was well-formed up to where it was read (then its findings hold)."""
        if self._parser is None:
            return False
        if self.python or self.remote is not None:
            return True
        try:
            self._parser.Parse(b"", True)
        except self._error:
            return False
        return True

    def _start(self, tag: str, attrs: dict) -> None:
        self.root = self.root or tag
        meta = tag == "Metadata" or bool(self._stack and self._stack[-1][1])
        for key, value in attrs.items():
            named = not meta and key.lower() in _NAME_ATTRIBUTES
            if self.remote is None and (REMOTE_VSI.search("\n" + value) or named and NETWORK_NAME.search(value)):
                self.remote = value.strip()[:300]
            if key.lower() == "pixelfunctionlanguage" and value.strip().lower().startswith("python"):
                self.python = True
        self._stack.append([tag, meta, "", "\n", False])

    def _text(self, data: str) -> None:
        if not self._stack:
            return
        top = self._stack[-1]
        window = top[3] + data
        top[4] = top[4] or REMOTE_VSI.search(window) is not None
        top[3] = window[-64:]
        if len(top[2]) < _HEAD:
            top[2] = (top[2] + data)[:_HEAD] if top[2] else data.lstrip()[:_HEAD]

    def _end(self, tag: str) -> None:
        _, meta, head, _, hit = self._stack.pop()
        head = head.strip()
        if self.remote is None and (hit or not meta and NETWORK_NAME.search(head)):
            self.remote = head[:300]
        if tag.lower() == "pixelfunctionlanguage" and head.lower().startswith("python"):
            self.python = True
        if not meta and head and len(head) < _HEAD and "\n" not in head and re.search(r"[./\\]", head) \
                and not re.fullmatch(r"[-+\d.eE, ]+", head):
            self.names.append(head)


#: In text searched as it stands: a name where XML gives one (an element's text, an attribute's value) that is a URL
#: or a network driver's connection string; a Python pixel function.
_TAGGED_NETWORK_NAME = re.compile(rf"(?:>|=\s*[\"'])\s*(?:<!\[CDATA\[\s*)?(?:{_URL}|{_CONNECTION})", re.I)
_TAGGED_PYTHON = re.compile(r"PixelFunctionLanguage\s*(?:>|=\s*[\"'])\s*(?:<!\[CDATA\[\s*)?python", re.I)


class _TextScan:
    """Text searched as it stands, chunk by chunk (each searched with the end of the one before, so a name across two
    chunks is found): a remote /vsi handler anywhere, after XML's and JSON's escapes are undone; in ``xml`` (not
    well-formed) also a URL or connection string where a tag gives a name, and a Python pixel function."""

    def __init__(self, xml: bool):
        self.xml, self.python, self.remote, self._tail = xml, False, None, b"\n"

    def feed(self, chunk: bytes) -> bool:
        import html

        window = self._tail + chunk
        self._tail = window[-_HEAD:]
        if not self.xml and b"vsi" not in window.lower() and b"\\u" not in window:
            return False  # (a grid of numbers, gigabytes of it, read at the disk's pace)
        text = window.decode("utf-8", "replace")
        text = html.unescape(text) if self.xml else re.sub(
            r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), text).replace("\\/", "/")
        hit = REMOTE_VSI.search(text) or (_TAGGED_NETWORK_NAME.search(text) if self.xml else None)
        if hit is not None:
            self.remote = (re.split(r"[\s<\"']", text[hit.start():].lstrip(" \t\r\n>=\"'{,:"))[0][:300]
                           or "a remote name")
        self.python = self.python or (self.xml and _TAGGED_PYTHON.search(text) is not None)
        return self.python or self.remote is not None

    def close(self) -> bool:
        return True


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
