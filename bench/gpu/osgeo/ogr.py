"""The ogr calls core/layer/gpkg.py makes to write a GeoPackage, and to read an existing output's fields before it
writes over it (check_output: the answers and concepts it would lose), through rasterio's libgdal."""
import ctypes

from ._lib import check, lib, metadata
from .gdal import OF_VECTOR

wkbPolygon, wkbLinearRing = 3, 101
OFTInteger, OFTReal, OFTString, OFTBinary = 0, 2, 4, 8
OFSTBoolean = 1
NullFID = -1
_exceptions = [False]


def UseExceptions():  # noqa: N802  (errors always raise here)
    _exceptions[0] = True


def DontUseExceptions():  # noqa: N802
    _exceptions[0] = False


def GetUseExceptions():  # noqa: N802
    return int(_exceptions[0])


class _Driver:
    def __init__(self, h):
        self._h = h

    def CreateDataSource(self, path):  # noqa: N802
        ds = lib.GDALCreate(self._h, str(path).encode(), 0, 0, 0, 0, None)
        check(bool(ds), f"create {path}")
        return DataSource(ds)


def GetDriverByName(name):  # noqa: N802
    h = lib.GDALGetDriverByName(name.encode())
    check(bool(h), f"driver {name}")
    return _Driver(h)


def Open(path):  # noqa: N802  (read-only; None where GDAL cannot open it as vector data, as with exceptions off)
    h = lib.GDALOpenEx(str(path).encode(), OF_VECTOR, None, None, None)
    return DataSource(h) if h else None


def _strings(items):
    array = (ctypes.c_char_p * (len(items) + 1))(*[s.encode() for s in items], None)
    return ctypes.cast(array, ctypes.c_void_p), array


class DataSource:
    def __init__(self, h):
        self._h = h

    def CreateLayer(self, name, srs=None, geom_type=wkbPolygon, options=()):  # noqa: N802
        opts, keep = _strings(list(options))
        h = lib.GDALDatasetCreateLayer(self._h, name.encode(), srs._h if srs is not None else None, geom_type, opts)
        check(bool(h), f"create layer {name}")
        return Layer(h, self)

    def GetLayerByName(self, name):  # noqa: N802
        h = lib.GDALDatasetGetLayerByName(self._h, name.encode())
        return Layer(h, self) if h else None

    def StartTransaction(self):  # noqa: N802
        check(lib.GDALDatasetStartTransaction(self._h, 0) == 0, "start transaction")

    def CommitTransaction(self):  # noqa: N802
        check(lib.GDALDatasetCommitTransaction(self._h) == 0, "commit")

    def __del__(self):
        if getattr(self, "_h", None):
            lib.GDALClose(self._h)
            self._h = None


class Layer:
    def __init__(self, h, owner):
        self._h, self._owner = h, owner  # the data source stays open while a layer is held

    def CreateField(self, field):  # noqa: N802
        check(lib.OGR_L_CreateField(self._h, field._h, 1) == 0, "create field")

    def SetMetadataItem(self, key, value):  # noqa: N802
        lib.GDALSetMetadataItem(self._h, key.encode(), value.encode(), None)

    def GetMetadata(self, domain=""):  # noqa: N802
        return metadata(self._h, domain)   # what the output check reads (core/layer/gpkg._taught_in)

    def GetLayerDefn(self):  # noqa: N802
        return _Defn(lib.OGR_L_GetLayerDefn(self._h))

    def SetAttributeFilter(self, where):  # noqa: N802
        return lib.OGR_L_SetAttributeFilter(self._h, where.encode() if where is not None else None)

    def GetFeatureCount(self, force=1):  # noqa: N802
        return lib.OGR_L_GetFeatureCount(self._h, force)

    def CreateFeature(self, feature):  # noqa: N802
        check(lib.OGR_L_CreateFeature(self._h, feature._h) == 0, "create feature")


class _Owned:
    """A handle GDAL owns (freed with what holds it)."""

    def __init__(self, h):
        self._h = h


class _Defn(_Owned):
    """A layer's definition: its fields' names."""

    def GetFieldCount(self):  # noqa: N802
        return lib.OGR_FD_GetFieldCount(self._h)

    def GetFieldDefn(self, i):  # noqa: N802
        return _FieldRef(lib.OGR_FD_GetFieldDefn(self._h, i))


class _FieldRef(_Owned):
    def GetName(self):  # noqa: N802
        return lib.OGR_Fld_GetNameRef(self._h).decode()


class FieldDefn:
    def __init__(self, name, kind):
        self._h = lib.OGR_Fld_Create(name.encode(), kind)

    def SetSubType(self, sub):  # noqa: N802
        lib.OGR_Fld_SetSubType(self._h, sub)

    def SetNullable(self, nullable):  # noqa: N802
        lib.OGR_Fld_SetNullable(self._h, int(bool(nullable)))

    def __del__(self):
        if getattr(self, "_h", None):
            lib.OGR_Fld_Destroy(self._h)
            self._h = None


class Geometry:
    def __init__(self, kind):
        self._h = lib.OGR_G_CreateGeometry(kind)

    def AddPoint_2D(self, x, y):  # noqa: N802
        lib.OGR_G_AddPoint_2D(self._h, x, y)

    def AddGeometry(self, other):  # noqa: N802  (copies, as osgeo's does)
        check(lib.OGR_G_AddGeometry(self._h, other._h) == 0, "add geometry")

    def __del__(self):
        if getattr(self, "_h", None):
            lib.OGR_G_DestroyGeometry(self._h)
            self._h = None


class Feature:
    def __init__(self, defn):
        self._h = lib.OGR_F_Create(defn._h)

    def SetField(self, index, value):  # noqa: N802
        if isinstance(value, str):
            lib.OGR_F_SetFieldString(self._h, index, value.encode())
        elif isinstance(value, float):
            lib.OGR_F_SetFieldDouble(self._h, index, value)
        else:
            lib.OGR_F_SetFieldInteger(self._h, index, int(value))

    def SetFieldBinaryFromHexString(self, index, text):  # noqa: N802
        data = bytes.fromhex(text)
        lib.OGR_F_SetFieldBinary(self._h, index, len(data), ctypes.c_char_p(data))

    def SetGeometry(self, geometry):  # noqa: N802  (copies, as osgeo's does)
        check(lib.OGR_F_SetGeometry(self._h, geometry._h) == 0, "set geometry")

    def SetFID(self, fid):  # noqa: N802
        check(lib.OGR_F_SetFID(self._h, fid) == 0, "set FID")

    def SetFieldInteger64(self, index, value):  # noqa: N802
        lib.OGR_F_SetFieldInteger64(self._h, index, int(value))

    def SetFieldString(self, index, value):  # noqa: N802
        lib.OGR_F_SetFieldString(self._h, index, value.encode())

    def SetGeometryDirectly(self, geometry):  # noqa: N802  (takes the geometry over, as osgeo's does)
        check(lib.OGR_F_SetGeometryDirectly(self._h, geometry._h) == 0, "set geometry")
        geometry._h = None

    def __del__(self):
        if getattr(self, "_h", None):
            lib.OGR_F_Destroy(self._h)
            self._h = None


def CreateGeometryFromWkb(data):  # noqa: N802
    geometry = Geometry.__new__(Geometry)
    handle = ctypes.c_void_p()
    check(lib.OGR_G_CreateFromWkb(ctypes.c_char_p(bytes(data)), None, ctypes.byref(handle), len(data)) == 0,
          "geometry from WKB")
    geometry._h = handle.value
    return geometry
