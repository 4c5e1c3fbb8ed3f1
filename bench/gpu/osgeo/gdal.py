"""gdal.GetCacheMax / SetCacheMax / PushErrorHandler / PopErrorHandler through rasterio's libgdal."""
import ctypes

from ._lib import lib


def GetCacheMax():  # noqa: N802
    return lib.GDALGetCacheMax64()


def SetCacheMax(value):  # noqa: N802
    lib.GDALSetCacheMax64(int(value))


def PushErrorHandler(name="CPLQuietErrorHandler"):  # noqa: N802
    lib.CPLPushErrorHandler(ctypes.cast(getattr(lib, name), ctypes.c_void_p))


def PopErrorHandler():  # noqa: N802
    lib.CPLPopErrorHandler()
