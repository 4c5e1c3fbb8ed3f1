"""The libgdal that rasterio's wheel bundles (else the system's, which a rasterio built against it uses: how the
stand-in is tested where the bindings exist), with the signatures used here."""
import ctypes
import ctypes.util
import glob
import os

import rasterio

_found = sorted(glob.glob(os.path.join(os.path.dirname(rasterio.__file__), os.pardir, "rasterio.libs", "libgdal*")))
_found = _found or [name for name in [ctypes.util.find_library("gdal")] if name]
if not _found:
    raise ImportError("no libgdal beside rasterio nor on the system")
lib = ctypes.CDLL(_found[0])
P, S, I, D, L = ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int, ctypes.c_double, ctypes.c_longlong


def _sig(name, restype, *argtypes):
    f = getattr(lib, name)
    f.restype, f.argtypes = restype, list(argtypes)


for _n, _r, *_a in (
    ("GDALAllRegister", None), ("GDALGetCacheMax64", L), ("GDALSetCacheMax64", None, L),
    ("CPLPushErrorHandler", None, P), ("CPLPopErrorHandler", None), ("CPLGetLastErrorMsg", S),
    ("CPLErrorReset", None), ("CPLSetConfigOption", None, S, S),
    ("GDALGetDriverByName", P, S), ("GDALCreate", P, P, S, I, I, I, I, P), ("GDALClose", I, P),
    ("GDALDatasetCreateLayer", P, P, S, P, I, P), ("GDALDatasetStartTransaction", I, P, I),
    ("GDALDatasetCommitTransaction", I, P), ("GDALSetMetadataItem", I, P, S, S, S),
    ("OSRNewSpatialReference", P, S), ("OSRDestroySpatialReference", None, P),
    ("OSRImportFromWkt", I, P, ctypes.POINTER(S)),
    ("OGR_Fld_Create", P, S, I), ("OGR_Fld_Destroy", None, P), ("OGR_Fld_SetSubType", None, P, I),
    ("OGR_Fld_SetNullable", None, P, I), ("OGR_L_CreateField", I, P, P, I), ("OGR_L_GetLayerDefn", P, P),
    ("OGR_L_CreateFeature", I, P, P),
    ("OGR_F_Create", P, P), ("OGR_F_Destroy", None, P), ("OGR_F_SetFieldInteger", None, P, I, I),
    ("OGR_F_SetFieldDouble", None, P, I, D), ("OGR_F_SetFieldString", None, P, I, S),
    ("OGR_F_SetFieldBinary", None, P, I, I, P), ("OGR_F_SetGeometry", I, P, P),
    ("OGR_G_CreateGeometry", P, I), ("OGR_G_DestroyGeometry", None, P), ("OGR_G_AddPoint_2D", None, P, D, D),
    ("OGR_G_AddGeometry", I, P, P), ("OGR_F_SetFieldInteger64", None, P, I, L), ("OGR_F_SetFID", I, P, L),
    ("OGR_F_SetGeometryDirectly", I, P, P), ("OGR_G_CreateFromWkb", I, P, P, ctypes.POINTER(P), I),
    ("GDALOpenEx", P, S, ctypes.c_uint, P, P, P), ("GDALGetRasterCount", I, P), ("GDALGetRasterBand", P, P, I),
    ("GDALGetRasterNoDataValue", D, P, ctypes.POINTER(I)), ("GDALGetMetadata", ctypes.POINTER(S), P, S),
    ("GDALIdentifyDriverEx", P, S, ctypes.c_uint, P, P), ("GDALGetDriverShortName", S, P),
    ("CPLGetConfigOption", S, S, S), ("OSRGetPROJEnableNetwork", I), ("OSRSetPROJEnableNetwork", None, I),
    ("GDALDatasetGetLayerByName", P, P, S), ("OGR_L_SetAttributeFilter", I, P, S), ("OGR_L_GetFeatureCount", L, P, I),
    ("OGR_FD_GetFieldCount", I, P), ("OGR_FD_GetFieldDefn", P, P, I), ("OGR_Fld_GetNameRef", S, P),
):
    _sig(_n, _r, *_a)
lib.GDALAllRegister()


def check(ok: bool, what: str) -> None:
    if not ok:
        raise RuntimeError(f"{what}: {(lib.CPLGetLastErrorMsg() or b'').decode(errors='replace')}")


def metadata(h, domain: str = "") -> dict:
    """The metadata items of a GDAL object (dataset, band or layer) in ``domain``, as the bindings' GetMetadata gives."""
    items, out = lib.GDALGetMetadata(h, domain.encode() or None), {}
    for k in range(1 << 16):  # a NULL-terminated list of KEY=VALUE
        if not items or not items[k]:
            break
        key, _, value = items[k].decode(errors="replace").partition("=")
        out[key] = value
    return out
