"""What one file names, read before GDAL opens it: whether it asks to run Python, the first name in it that GDAL
would read over the network, and the names that may be local files (a VRT's sources, an MRF's data file).
XML is parsed element by element, other text searched as it stands, a binary file's bytes searched for a remote
name, all streamed; what was read is remembered per version of the file. What GDAL may open by name while reading a raster, and the refusals: sources.py."""
from __future__ import annotations

import os
import re
from pathlib import Path

from ..layer.sqlite_read import SQLITE_MAGIC

#: The most of one raster description (XML a GDAL driver reads whole: a VRT, an MRF, a service file) read to check
#: what it names; a longer one is refused, never checked in part (a source past the part read went unchecked).
MAX_DESCRIPTION_BYTES = 64 * 1024 * 1024
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


def facts_of(name: str) -> "Facts | None":
    """The Facts of a regular file, or of a file inside a local archive GDAL reads through a /vsi handler
    (/vsizip/pack.zip/inner.vrt: read through GDAL's own file API, never a remote one); None for anything else."""
    if not name.startswith("/vsi"):
        return facts_of_file(Path(name)) if Path(name).is_file() else None
    if NETWORK_NAME.search(name) or not exists(name):
        return None
    from osgeo import gdal

    return read_facts(name, gdal.VSIStatL(name).size, _VsiFile)


def exists(name: str) -> bool:
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


class Facts:
    """What the open checks read of one version of a regular file: its text (its bytes up to the first NUL: all of a
    VRT, an MRF, a service file or a label; a few bytes of a GeoTIFF) is ``xml`` (with its first element ``root``)
    or not; whether it asks for Python, the first name it gives that GDAL would read over the network (None when
    none), its size when it is a description too long to check (else 0), the names it gives that may be local
    files; and (read when first needed, by opening it in GDAL, which does not open what it names over the network
    once these checks pass) the files GDAL lists for a description; ``fetches``: a URL a vector driver fetches by itself
    as it reads the file (_FETCHED), None when none."""

    def __init__(self, path: str | Path, xml: bool = False, root: str = "", python: bool = False,
                 remote: str | None = None, too_large: int = 0, names: list[str] | None = None,
                 fetches: str | None = None, sqlite: bool = False):
        self.path, self.xml, self.root, self.python, self.remote = path, xml, root, python, remote
        self.too_large, self.names, self.fetches, self._sources = too_large, names or [], fetches, None
        #: an SQLite file (a GeoPackage): its SQL views are what reading it may run (sqlite_read.views_of)
        self.sqlite = sqlite

    @property
    def safe(self) -> bool:
        """Whether what it names may be looked at further (in GDAL too): no code, no network, checked whole."""
        return not self.python and self.remote is None and not self.too_large

    def sources(self) -> list[str]:
        if self._sources is None:
            from .raster import gdal_handle

            nested = gdal_handle(self.path)
            self._sources = (nested.GetFileList() or [])[1:] if nested is not None else []
            nested = None
        return self._sources


#: path -> (the file's signature when read, its Facts or None where it cannot be read). A run opens its raster once
#: per reader thread: each open stats every file of the tree again but reads (and opens in GDAL) only those that
#: changed since, so a VRT edited between two opens is checked anew.
_FACTS: dict[str, tuple[tuple, "Facts | None"]] = {}
#: Files remembered at most (a batch over thousands of scenes); past it the memory starts afresh.
MAX_REMEMBERED = 4096


def signature(path: Path) -> tuple | None:
    """Which version of ``path`` this is: its inode, size and times (a rewrite changes the change time, a file
    put in its place the inode); None where it cannot be statted."""
    try:
        st = path.stat()
    except OSError:
        return None
    return st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns


def facts_of_file(path: Path) -> "Facts | None":
    """The Facts of regular file ``path`` (None where it cannot be read: the open says why); read once a version."""
    key, version = str(path), signature(path)
    known = _FACTS.get(key)
    if known is not None and version is not None and known[0] == version:
        return known[1]
    facts = read_facts(path, version[2] if version else 0)
    if version is not None:
        if len(_FACTS) >= MAX_REMEMBERED:
            _FACTS.clear()
        _FACTS[key] = (version, facts)
    return facts


def too_large(facts: "Facts") -> str:
    mb = 1024 * 1024
    return (f"is {facts.too_large / mb:,.0f} MB of text, more than the {MAX_DESCRIPTION_BYTES // mb} MB of a raster "
            "description (a VRT, an MRF) this tool reads to check what it names; build it over fewer files "
            "(gdalbuildvrt) or save it as a GeoTIFF (gdal_translate)")


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


def read_facts(path: str | Path, size: int, opener=open) -> "Facts | None":
    """Scan ``path``'s text whole (streamed: memory stays a chunk and an element's first characters). Text with a
    tag in its first 1024 bytes (where GDAL's drivers look for theirs) is XML, parsed element by element; XML
    that is not well-formed (GDAL's reader is laxer) and other text (a label, JSON) are searched as they stand;
    the bytes after other text (all of a binary file: an HFA's, a PCIDSK's, an HDF5's) for a remote name."""
    try:
        with opener(path, "rb") as handle:
            head = handle.read(1024)  # a tag before the text ends (a raw image's bytes may hold a "<" after that)
            xml = b"<" in head[:_TEXT_END[False].search(head + b"\0").start()]
            handle.seek(0)
            scan, text, names = (_XmlScan() if xml else _TextScan(xml=False)), 0, []
            for chunk in _text_chunks(handle, xml, MAX_DESCRIPTION_BYTES if xml else None):
                if chunk is None:
                    return Facts(path, xml=True, too_large=size)
                text += len(chunk)
                if scan.feed(chunk):
                    break
            if not xml and scan.remote is None and not head.startswith(_NAMES_NO_FILE):
                handle.seek(text)  # the bytes after the text (all of a binary file's): a header's names among them
                scan.remote, names = _names_in_bytes(handle, any(magic in head for magic in _NAMING_CONTAINERS))
            if xml and not scan.close():  # not well-formed: searched again as plain text, tags and all
                handle.seek(0)
                scan = _TextScan(xml=True)
                for chunk in _text_chunks(handle, True, MAX_DESCRIPTION_BYTES):
                    if chunk is None:  # (grown since the first pass)
                        return Facts(path, xml=True, too_large=size)
                    if scan.feed(chunk):
                        break
    except OSError:
        return None
    return Facts(path, xml, getattr(scan, "root", ""), scan.python, scan.remote, 0, (scan.names or []) + names,
                 scan.fetches, head.startswith(SQLITE_MAGIC))


#: How a file starts whose binary header names no other file GDAL reads (a TIFF, BigTIFF, JPEG 2000: what they name
#: is GDAL metadata, checked once opened; sidecars are looked for by name): its bytes, the largest rasters', are
#: not searched.
_NAMES_NO_FILE = (b"II*\0", b"MM\0*", b"II+\0", b"MM\0+", b"\0\0\0\x0cjP  \r\n\x87\n", b"\xff\x4f\xff\x51")
#: A remote /vsi handler anywhere in binary bytes, whatever comes before it (a length, a previous name's last byte):
#: an HFA's spill file, a PCIDSK's channel file, an HDF5 virtual dataset's source, which GDAL opens through its own
#: file API, remote handlers included.
_REMOTE_BYTES = re.compile(_REMOTE_HANDLER.encode(), re.I)
#: How a binary container starts whose header names local files GDAL opens with it (HDF5, and netCDF-4, KEA, BAG
#: built on it: a virtual dataset's sources, external storage; HDF4; HFA: spill and dependent files; PCIDSK: channel
#: files): the names in its bytes are checked as a description's are (a FIFO among them would be waited on for ever).
_NAMING_CONTAINERS = (b"\x89HDF\r\n\x1a\n", b"\x0e\x03\x13\x01", b"EHFA_HEADER_TAG", b"PCIDSK  ")
#: A name in a binary header: path characters with a dot or a slash, between the NULs or spaces such headers end and
#: pad a name with. Searched in the bytes as _NAME_BYTES maps them (separators to NUL, other bytes to 1) with their
#: runs of NUL made one, which a regular expression goes through at memory's pace (a header's zeros included).
_NAME_CHARS = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.~+/-"
_NAME_BYTES = bytes(b if b in _NAME_CHARS else 0 if b in b"\0 " else 1 for b in range(256))
_BINARY_NAME = re.compile(rb"\0([^\0\x01]{3,1023})(?=\0)")
_NULS = re.compile(rb"\0\0+")
#: The most names kept of one container (past it the rest go unchecked: a few per dataset, metadata's too).
MAX_BINARY_NAMES = 10_000


def _names_in_bytes(handle, names: bool) -> tuple[str | None, list[str]]:
    """The first remote name in the rest of ``handle``'s bytes (streamed a chunk at a time, read to the end: a
    binary container may keep its names anywhere, an HDF5 its heaps after the pixels), or None; and, where ``names``,
    the names that may be local files (_BINARY_NAME), in the order found."""
    tail, found = b"", {}
    while True:
        chunk = handle.read(_CHUNK)
        if not chunk:
            return None, list(found)
        window = tail + chunk
        hit = _REMOTE_BYTES.search(window)
        if hit is not None:
            name = re.match(rb"[\x21-\x7e]*", window[hit.start():] + handle.read(512)).group()
            return name[:300].decode("ascii"), list(found)
        if names and len(found) < MAX_BINARY_NAMES:
            for match in _BINARY_NAME.finditer(_NULS.sub(b"\0", window.translate(_NAME_BYTES))):
                name = match.group(1)
                if b"." in name or b"/" in name:
                    found.setdefault(name.decode("ascii"), None)
        tail = window[-1024:]


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

        self.root, self.python, self.remote, self.names, self.fetches = "", False, None, [], None
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
        return self.python or self.remote is not None or self.fetches is not None

    def close(self) -> bool:
        """Whether the XML was well-formed up to where it was read (then its findings hold)."""
        if self._parser is None:
            return False
        if self.python or self.remote is not None or self.fetches is not None:
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
            if key.lower().endswith("schemalocation") and self.fetches is None:
                self.fetches = _found(_WFS_SCHEMA.search(value))
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


#: URLs vector drivers fetch by themselves as they read a file (measured: each connected): a GeoJSON "crs" (of the
#: collection or of a geometry) given as a link or a URL, whose WKT OGR fetches; a GML schema given as a WFS DescribeFeatureType
#: request, which OGR downloads (a plain .xsd URL it does not). A URL among a feature's properties is not fetched.
_FETCHED = r"[a-z][a-z0-9+.-]*://"
_CRS_LINK = re.compile(rf'"crs"\s*:\s*\{{(?:[^{{}}]|\{{[^{{}}]*\}})*?(?:\{{[^{{}}]*?)?"(?:href|url)"\s*:\s*"\s*({_FETCHED}[^"]*)"',
                       re.I)
_WFS_SCHEMA = re.compile(rf"{_FETCHED}[^\s\"'<>]*(?:describefeaturetype|service=wfs)[^\s\"'<>]*", re.I)
_TAGGED_WFS_SCHEMA = re.compile(rf"schemaLocation\s*=\s*[\"'][^\"']*?({_WFS_SCHEMA.pattern})", re.I)


def _found(match) -> str | None:
    """The URL a _FETCHED pattern found (its group, or the whole match), cut to 300 characters; None for no match."""
    if match is None:
        return None
    return (match.group(1) if match.re.groups else match.group())[:300]


#: Where a text label (ERS, ISIS3, PDS, ENVI: GDAL opens the file it names as it opens the raster) may give a file's
#: name: a key's value (`DataFile = "r.raw"`, `^Core = r.cub`, `^IMAGE = ("r.img", 1)`), a quoted string, a word with
#: a dot or a slash. A number is no name.
_LABEL_NAMES = re.compile(r'=\s*\(?\s*"?([^\s",()=]{1,1023})|"([^"\r\n]{1,1023})"'
                          r"|(?<![\w.~+/-])([\w.~+/-]*[./][\w.~+/-]*)(?![\w.~+/-])")
_NUMBER = re.compile(r"[-+\d.eE:]+")


def _label_names(window: bytes) -> list[str]:
    """The names the start of a text label gives that may be files (_LABEL_NAMES), at most MAX_BINARY_NAMES; none
    from JSON (a GeoJSON's strings are values, not files OGR opens)."""
    text = window.decode("utf-8", "replace")
    if text.lstrip()[:1] in ("{", "["):
        return []
    found: dict[str, None] = {}
    for match in _LABEL_NAMES.finditer(text):
        name = next(group for group in match.groups() if group is not None).strip()
        if name and not _NUMBER.fullmatch(name) and len(found) < MAX_BINARY_NAMES:
            found.setdefault(name, None)
    return list(found)


class _TextScan:
    """Text searched as it stands, chunk by chunk (each searched with the end of the one before, so a name across two
    chunks is found): a remote /vsi handler anywhere, after XML's and JSON's escapes are undone; in ``xml`` (not
    well-formed) also a URL or connection string where a tag gives a name, and a Python pixel function; in other
    text, the names its first chunk gives that may be files (_label_names)."""

    def __init__(self, xml: bool):
        self.xml, self.python, self.remote, self.fetches, self._tail = xml, False, None, None, b"\n"
        self.names: list[str] | None = None  # read from the first chunk

    def feed(self, chunk: bytes) -> bool:
        import html

        window = self._tail + chunk
        self._tail = window[-_HEAD:]
        if self.names is None:
            self.names = [] if self.xml else _label_names(window)
        lower = window.lower()
        if not self.xml and b"vsi" not in lower and b"\\u" not in window and b'"crs"' not in lower:
            return False  # (a grid of numbers, gigabytes of it, read at the disk's pace)
        text = window.decode("utf-8", "replace")
        text = html.unescape(text) if self.xml else re.sub(
            r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), text).replace("\\/", "/")
        hit = REMOTE_VSI.search(text) or (_TAGGED_NETWORK_NAME.search(text) if self.xml else None)
        if hit is not None:
            self.remote = (re.split(r"[\s<\"']", text[hit.start():].lstrip(" \t\r\n>=\"'{,:"))[0][:300]
                           or "a remote name")
        self.python = self.python or (self.xml and _TAGGED_PYTHON.search(text) is not None)
        if self.fetches is None:
            self.fetches = _found((_TAGGED_WFS_SCHEMA if self.xml else _CRS_LINK).search(text))
        return self.python or self.remote is not None or self.fetches is not None

    def close(self) -> bool:
        return True
