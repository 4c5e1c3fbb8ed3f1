"""gdal.GetCacheMax / SetCacheMax / PushErrorHandler / PopErrorHandler / SetConfigOption / GetConfigOption /
AllRegister / GetDriverByName (the command lines' network wall), IdentifyDriverEx (which
driver would open a file: core/pipeline/raster's network check), and OpenEx for the raster facts a run reads
(core/pipeline/raster.nodata_warning: each band's nodata; core/pipeline/acquired.raster_date: the metadata
items), through rasterio's libgdal."""
import ctypes

from ._lib import lib, metadata


def GetCacheMax():  # noqa: N802
    return lib.GDALGetCacheMax64()


def SetCacheMax(value):  # noqa: N802
    lib.GDALSetCacheMax64(int(value))


CE_None, CE_Debug, CE_Warning, CE_Failure, CE_Fatal = range(5)

#: GDAL's CPLErrorHandler: void (CPLErr, CPLErrorNum, const char *)
_HANDLER = ctypes.CFUNCTYPE(None, ctypes.c_int, ctypes.c_int, ctypes.c_char_p)
#: the pushed handlers, each kept alive while GDAL may call it (None for GDAL's own, pushed by name)
_pushed: list = []


def PushErrorHandler(handler="CPLQuietErrorHandler"):  # noqa: N802  (a name of GDAL's or a Python function)
    if callable(handler):
        def call(level, number, message, handler=handler):
            handler(level, number, (message or b"").decode("utf-8", "replace"))
        kept = _HANDLER(call)
        _pushed.append(kept)
        lib.CPLPushErrorHandler(ctypes.cast(kept, ctypes.c_void_p))
    else:
        _pushed.append(None)
        lib.CPLPushErrorHandler(ctypes.cast(getattr(lib, handler), ctypes.c_void_p))


def PopErrorHandler():  # noqa: N802
    lib.CPLPopErrorHandler()
    if _pushed:
        _pushed.pop()


def SetConfigOption(key, value):  # noqa: N802
    lib.CPLSetConfigOption(key.encode(), None if value is None else str(value).encode())


def GetConfigOption(key, default=None):  # noqa: N802
    value = lib.CPLGetConfigOption(key.encode(), None if default is None else str(default).encode())
    return None if value is None else value.decode()


def AllRegister():  # noqa: N802
    lib.GDALAllRegister()


def GetDriverByName(name):  # noqa: N802  (None where this GDAL lacks the driver: cli/common.no_network asks)
    h = lib.GDALGetDriverByName(name.encode())
    return _Driver(h) if h else None


OF_RASTER = 0x02
OF_VECTOR = 0x04


class _Driver:
    def __init__(self, h):
        self.ShortName = lib.GDALGetDriverShortName(h).decode()


def IdentifyDriverEx(path, flags=OF_RASTER):  # noqa: N802  (None where no driver knows the file)
    h = lib.GDALIdentifyDriverEx(str(path).encode(), flags, None, None)
    return _Driver(h) if h else None


class _Band:
    def __init__(self, h):
        self._h = h

    def GetNoDataValue(self):  # noqa: N802
        found = ctypes.c_int(0)
        value = lib.GDALGetRasterNoDataValue(self._h, ctypes.byref(found))
        return value if found.value else None


class Dataset:
    def __init__(self, h):
        self._h = h
        self.RasterCount = lib.GDALGetRasterCount(h)

    def GetRasterBand(self, i):  # noqa: N802
        return _Band(lib.GDALGetRasterBand(self._h, i))

    def GetMetadata(self, domain=""):  # noqa: N802
        return metadata(self._h, domain)

    def __del__(self):
        if self._h:
            lib.GDALClose(self._h)
            self._h = None


def OpenEx(path, flags=OF_RASTER):  # noqa: N802  (None where GDAL cannot open it, as with exceptions off)
    h = lib.GDALOpenEx(str(path).encode(), flags, None, None, None)
    return Dataset(h) if h else None
