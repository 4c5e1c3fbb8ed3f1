"""osr.SpatialReference (ImportFromWkt only) and PROJ's network switch through rasterio's libgdal."""
import ctypes

from ._lib import check, lib

OAMS_TRADITIONAL_GIS_ORDER = 0


def GetPROJEnableNetwork():  # noqa: N802
    return bool(lib.OSRGetPROJEnableNetwork())


def SetPROJEnableNetwork(enabled):  # noqa: N802  (cli/common.no_network turns PROJ's network off)
    lib.OSRSetPROJEnableNetwork(int(bool(enabled)))


class SpatialReference:
    def __init__(self):
        self._h = lib.OSRNewSpatialReference(None)

    def ImportFromWkt(self, wkt):  # noqa: N802
        text = ctypes.c_char_p(wkt.encode())
        check(lib.OSRImportFromWkt(self._h, ctypes.byref(text)) == 0, "OSRImportFromWkt")
        return 0

    def __del__(self):
        if getattr(self, "_h", None):
            lib.OSRDestroySpatialReference(self._h)
            self._h = None
