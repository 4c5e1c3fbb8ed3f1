"""What GDAL may open by name while it reads a raster (or OGR an area of interest), checked before it does: the
raster's sidecars, what its description names (scan.py reads each file's text), the files GDAL lists for it, down to
MAX_VRT_DEPTH; refused in one line where any of them would run code, be read over the network, or block the read
(a FIFO). raster.open_raster asks before_open and after_open."""
from __future__ import annotations

import os
import re
from pathlib import Path

from ..errors import OutputError
from ..layer.sqlite_read import too_deep, views_said
from ..publish import not_a_file, same_file
from ..wording import tr
from . import scan

#: How deep files that name other files (a VRT reading VRTs, a raster's sidecars) are followed when checking them.
MAX_VRT_DEPTH = 8
#: Files beside a raster that GDAL opens by name as it reads it (overviews, masks: with any driver; PAM and .aux),
#: named after the whole file name; STEM_SIDECARS also after the name without its extension (scene.aux).
STEM_SIDECARS = (".aux.xml", ".aux", ".AUX")
SIDECARS = (".ovr", ".OVR", ".msk", ".MSK") + STEM_SIDECARS
#: Extensions of the sidecars GDAL's drivers and imagery metadata readers open in a raster's folder, some under names
#: unlike the raster's (SPOT's METADATA.DIM, ALOS's summary.txt, Pleiades' DIM_*.XML): a pipe, socket or device with
#: one counts whatever its name (_special_neighbours).
SIDECAR_EXTENSIONS = (".txt", ".xml", ".dim", ".imd", ".rpb", ".rpc", ".pvl", ".pass", ".til", ".tfw", ".wld", ".tab",
                      ".prj", ".hdr") + tuple(dict.fromkeys(end.lower() for end in SIDECARS))
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

#: GDAL settings under which nothing GDAL reads goes over the network, whatever a file names, for a process that reads
#: local files only (the command lines; QGIS keeps its own, its users' remote layers): a second wall behind the checks
#: here. Every HTTP request goes to a proxy at port 0, where no connection can be made (the HTTP, WMS, WMTS drivers,
#: /vsicurl/ and what opens through it); /vsicurl/ takes every other name for a file that is not there, before it asks;
#: PROJ fetches no grid a file's CRS needs (its own client: the proxy does not reach it; an environment's
#: PROJ_NETWORK=ON fetched one). no_network_settings adds the drivers to leave out. Measured with the loopback
#: listener: tests/robustness/test_network_settings.py.
NO_NETWORK = {"GDAL_HTTP_PROXY": "127.0.0.1:0", "CPL_VSIL_CURL_ALLOWED_EXTENSIONS": ".no-network-access",
              "PROJ_NETWORK": "OFF"}
#: Environment variables that send a request past GDAL_HTTP_PROXY (curl reads them): unset where NO_NETWORK is set.
PROXY_BYPASS = ("no_proxy", "NO_PROXY")


def no_network_settings() -> dict[str, str]:
    """NO_NETWORK, and GDAL_SKIP naming the drivers of services and databases (NETWORK_DRIVERS: PG: connects without
    HTTP) that this GDAL has: GDAL warns of one it lacks at every registration of its drivers. GDAL_SKIP is read when
    the drivers are registered (rasterio registers them again as it opens a file): ask before it is set. The drivers
    the environment's GDAL_SKIP already leaves out stay out (GDAL_SKIP=JP2OpenJPEG, for a JPEG 2000 driver the analyst
    trusts more): they were registered again, in silence."""
    from osgeo import gdal

    present = [name for name in sorted(NETWORK_DRIVERS) if gdal.GetDriverByName(name) is not None]
    own = skipped_drivers(gdal.GetConfigOption("GDAL_SKIP") or "")
    return {**NO_NETWORK, "GDAL_SKIP": ",".join(dict.fromkeys(own + present))}


def skipped_drivers(value: str) -> list[str]:
    """The driver names a GDAL_SKIP value lists (GDAL splits it at spaces and commas)."""
    return [name for name in re.split(r"[\s,]+", value) if name]

def before_open(path: Path) -> str | None:
    """Why regular file ``path`` must not be opened by GDAL (the end of a line after "raster PATH "), or None: a
    Python pixel function, a remote source, a network driver, or what GDAL may open by name as it opens or reads
    it (an MRF's data file, a .ovr of any format), told before it does."""
    if runs_python(path):
        return f"is {PYTHON_VRT}"
    facts = scan.facts_of_file(path)     # read once a version of the file (its views only if it is SQLite)
    deep = too_deep(path) if facts is not None and facts.sqlite else None
    if deep is not None:   # GDAL's 'not recognized as a supported file format' of a GeoPackage raster
        return tr("cannot be opened: {deep}").format(deep=deep)
    views = views_said(path) if facts is not None and facts.sqlite else None
    if views is not None:
        return f"holds {views}; export the raster to a GeoTIFF where it was made, and give that"
    remote = remote_use(path)
    if remote is not None:
        return remote
    refused = refused_source(beside(path, facts))
    return None if refused is None else f"reads {refused}"


def after_open(dataset) -> str | None:
    """Why ``dataset``, opened, must not be read (the end of a line after "PATH "), or None: the overview file first
    (GDAL's file list looks for it: a /vsicurl/ one is fetched to be listed), then the files GDAL lists for it."""
    refused = refused_source(overview_file(dataset)) or refused_source(dataset.files[1:])
    return None if refused is None else f"reads {refused}"


def tree(files: list[str], depth: int = 0, seen: set | None = None):
    """Each of a raster's ``files`` and what GDAL may open by name while reading it, down to MAX_VRT_DEPTH, depth
    first: (name, its scan.Facts, None for what is not a regular file; /vsi paths are not looked at). After a file
    come its sidecars and the local files its text names (beside), then, after a raster description (a VRT), the files
    GDAL lists for it: a file's own check comes before anything it names is opened."""
    seen = set() if seen is None else seen
    for name in files:
        if name in seen:
            continue
        seen.add(name)
        facts = scan.facts_of(name)
        yield name, facts
        if facts is None or not facts.safe or depth >= MAX_VRT_DEPTH:
            continue
        yield from tree(beside(name, facts), depth + 1, seen)
        if facts.xml:
            yield from tree(facts.sources(), depth + 1, seen)


def check_not_read_by(path: str | Path, raster: str | Path, what: str = "output") -> None:
    """OutputError when ``path`` is a file GDAL reads as it reads ``raster`` (tree: a VRT's source, a raster's
    .aux.xml or .ovr, what those name): an input is never written over, not even with --overwrite. `classify wrap.vrt
    -o src.gpkg --overwrite`, wrap.vrt reading the raster GeoPackage src.gpkg, replaced the scene by its tiles."""
    if not Path(raster).is_file() or before_open(Path(raster)) is not None:
        return   # refused as it is opened (a pipe it names would block the walk)
    for name, _ in tree([str(raster)]):
        if not name.startswith("/vsi") and same_file(path, name) and not same_file(name, raster):
            raise OutputError(tr("{what} {path} is read by the input {raster} (a source or sidecar of it); choose "
                                 "another name (inputs are never written over)").format(what=tr(what), path=path,
                                                                                        raster=raster))


def beside(path: str | Path, facts: "scan.Facts | None") -> list[str]:
    """What GDAL may open by name when it reads file ``path`` (a regular file or one inside a local archive): its
    sidecars (SIDECARS, beside the full name and the name without its extension), the files its description names
    that are there (relative to its folder, or to the working folder where GDAL takes them so), and the pipes, sockets
    and devices beside it named as GDAL may look for (_special_neighbours)."""
    path = str(path)
    folder, stem = path.rsplit("/", 1)[0] if "/" in path else ".", os.path.splitext(path)[0]
    found = []
    for candidate in ([path + end for end in SIDECARS] + [stem + end for end in STEM_SIDECARS]
                      + [c for name in (facts.names if facts else ()) for c in named(folder, name)]
                      + _special_neighbours(path)):
        try:
            if candidate != path and scan.exists(candidate):
                found.append(candidate)
        except (OSError, ValueError):
            continue
    return list(dict.fromkeys(found))


def _special_neighbours(path: str) -> list[str]:
    """The pipes, sockets and devices in local file ``path``'s folder that GDAL may open by a name made from the
    raster's, beyond SIDECARS: world files (.tfw, .wld, .tab: read when the raster has no georeference of its own) and
    imagery metadata its readers parse to tell whether a file is theirs (_metadata.xml, .IMD, .RPB, _RPC.TXT, .XML,
    a Landsat band's _MTL.txt, METADATA.DIM, summary.txt): one would be waited on for ever. Those names are too many to
    list: any that begins as the raster's name does up to its first "_" or ".", or ends in one of SIDECAR_EXTENSIONS,
    counts. A folder's few special files are listed once a version of it (_SPECIALS)."""
    if path.startswith("/vsi"):
        return []
    folder, name = os.path.split(path)
    first = re.split(r"[_.]", name, maxsplit=1)[0].lower()
    return [os.path.join(folder, entry) for entry in _specials(folder or ".")
            if entry.lower().startswith(first) or entry.lower().endswith(SIDECAR_EXTENSIONS)]


#: folder -> (its signature when listed, the names of the special files in it).
_SPECIALS: dict[str, tuple[tuple, list[str]]] = {}


def _specials(folder: str) -> list[str]:
    """The names of the entries of ``folder`` that are neither files nor folders (a link followed); listed again when
    the folder changes (an entry made or removed changes its times)."""
    version = scan.signature(Path(folder))
    known = _SPECIALS.get(folder)
    if known is not None and version is not None and known[0] == version:
        return known[1]
    found = []
    try:
        with os.scandir(folder) as entries:
            for entry in entries:
                try:
                    if not entry.is_file() and not entry.is_dir() and os.path.exists(entry.path):
                        found.append(entry.name)
                except OSError:
                    continue
    except OSError:
        return []
    if version is not None:
        if len(_SPECIALS) >= scan.MAX_REMEMBERED:
            _SPECIALS.clear()
        _SPECIALS[folder] = (version, found)
    return found


def named(folder: str, name: str) -> list[str]:
    """Where a file a description names may lie: beside the description, or as given (absolute, a /vsi name, or
    from the working folder)."""
    return [name] if name.startswith("/") else [f"{folder}/{name}", name]


def refused_source(files: list[str]) -> str | None:
    """What is wrong with the first of a raster's other files (a VRT's sources, which GDAL opens only when
    reading; its sidecars; what a description names), or of theirs, that cannot be read safely: one that exists but
    is not a regular file or folder (FIFO, socket, device), a VRT that asks to run Python, or anything GDAL would read
    over the network (a remote name, a description naming one, a file of a network driver). None when all can."""
    for name, facts in tree(files):
        path = Path(name)
        if scan.NETWORK_NAME.search(name):
            return f"{name}, {OVER_THE_NETWORK}"
        if not name.startswith("/vsi"):
            if not path.exists() or path.is_dir():
                continue
            if not path.is_file():
                return f"{name}, which is {kind(path)}, not a raster file"
        elif facts is None:  # not there, or not a file
            continue
        if facts is not None and facts.python:
            return f"{name}, {PYTHON_VRT}"
        views = views_said(path) if facts is not None and facts.sqlite and not name.startswith("/vsi") else None
        if views is not None:
            return f"{name}, which holds {views}"
        remote = remote_use(name, facts)
        if remote is not None:
            return f"{name}, which {remote}"
    return None


def remote_use(path: str | Path, facts: "scan.Facts | None" = None) -> str | None:
    """How regular file ``path`` would make GDAL read over the network (or read what is not checked), told before
    GDAL opens it (a driver may connect as it opens): a raster description (a VRT, an MRF, any text a driver reads)
    naming a remote source (read by GDAL only when a pixel is, and not always in its file list), one too long to
    check, or a file GDAL opens with a network driver. None when it would not."""
    facts = facts or scan.facts_of_file(Path(path))
    if facts is not None and facts.too_large:
        return scan.too_large(facts)
    if facts is not None and facts.remote is not None:
        return f"reads {facts.remote}, {OVER_THE_NETWORK}"
    return _network_driver(path)


def remote_vector(path: Path) -> str | None:
    """remote_use's counterpart for a vector file (an area of interest) that OGR would read over the network: an
    OGR VRT whose SrcDataSource (or any name it gives) is a remote name, or a file of a network driver (a WFS
    description). None if not. (Other vector formats' text, a KML's or GML's links, is not read by OGR as names.)"""
    own = _remote_vector_file(path)
    if own is not None:
        return own
    # what an OGR VRT names: a WFS description, an OGR VRT...
    for name, facts in tree(beside(path, scan.facts_of_file(path))):
        if scan.NETWORK_NAME.search(name):
            return f"reads {name}, {OVER_THE_NETWORK}"
        local = Path(name)
        if not name.startswith("/vsi") and local.exists() and not local.is_file() and not local.is_dir():
            return f"reads {name}, which is {kind(local)}, not a file"
        why = _remote_vector_file(name, facts) if facts is not None else None
        if why is not None:
            return f"reads {name}, which {why}"
    return None


def _remote_vector_file(path: str | Path, facts: "scan.Facts | None" = None) -> str | None:
    """remote_vector's check of one file (``facts``: its scan.Facts where already read): a URL its driver fetches as
    it reads it, an OGR VRT naming a remote source, or a file of a network driver."""
    facts = facts or scan.facts_of(str(path))
    if facts is not None and facts.fetches is not None:  # a GeoJSON's linked CRS, a GML's WFS schema
        return f"reads {facts.fetches}, {OVER_THE_NETWORK}"
    if facts is not None and facts.root == "OGRVRTDataSource":
        if facts.too_large:
            return scan.too_large(facts)
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


def overview_file(dataset) -> list[str]:
    """The file a raster's OVERVIEW_FILE metadata (its .aux.xml, or GDAL metadata in the file) names: GDAL opens it
    when overviews are asked for, as a VRT opens its sources; :::BASE::: is the raster's folder."""
    name = dataset.tags(ns="OVERVIEWS").get("OVERVIEW_FILE")
    if not name:
        return []
    base = ":::BASE:::"
    return [str(Path(dataset.name).parent / name[len(base):]) if name.startswith(base) else name]


def runs_python(path: Path) -> bool:
    """Whether ``path`` is a VRT with a pixel function in Python."""
    facts = scan.facts_of_file(path)
    return facts is not None and facts.python


def raster_version(dataset) -> tuple | None:
    """Which version of ``dataset``'s raster this is: each of its files (sidecars; a VRT's sources, and theirs down
    to MAX_VRT_DEPTH) with its scan.signature; None where one cannot be told (a /vsi path, a file gone)."""
    version = {}
    for name, _ in tree(dataset.files):
        signature = None if name.startswith("/vsi") else scan.signature(Path(name))
        if signature is None:
            return None
        version.setdefault(name, signature)
    return tuple(version.items())


def kind(path: Path) -> str:
    """What ``path`` (no regular file, followed through links) is, in words (publish.not_a_file)."""
    return not_a_file(path.stat().st_mode)
