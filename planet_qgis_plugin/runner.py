"""The one code path from QGIS to the headless core, shared by the dialog's QgsTask and the
Processing algorithm: QGIS objects -> core arguments (main thread), then core.pipeline.classify (any thread;
touches no layer in a project and no GUI)."""
from __future__ import annotations

import json
import os
import re
import tempfile
import time
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Callable

from qgis.core import (
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsFeatureRequest,
    QgsMessageLog,
    QgsRasterLayer,
    QgsRectangle,
    QgsWkbTypes,
)

from .core.errors import AOIError, PlanetClassifierError, RasterError
from .core.pipeline.options import ClassifyOptions
from .core.wording import words
from .i18n import tr
from .paths import INSTALL_HINT, LOG_TAG


def log(message: str, level=Qgis.Info) -> None:
    QgsMessageLog.logMessage(message, LOG_TAG, level)


@dataclass(kw_only=True)
class ClassifyRequest(ClassifyOptions):
    """One run from QGIS: the core's options (inherited: backend, device, batch_size, bands, aoi, overwrite,
    embeddings, ...), what to classify into which file with which bundle, and the layer it came from."""

    raster: str
    output: str
    bundle: str | None = None
    raster_layer_id: str | None = None  # to place the result above it
    raster_name: str = ""
    concepts: tuple[str, ...] = ()  # concept files to apply to the new layer (teach --save-concept)

    def options(self) -> ClassifyOptions:
        """The core's options alone (an empty band mapping: automatic)."""
        options = ClassifyOptions(**{f.name: getattr(self, f.name) for f in fields(ClassifyOptions)})
        options.batch_size, options.bands = int(options.batch_size), options.bands or None
        return options


# -- QGIS objects -> core arguments (main thread) ---------------------------------------------
def raster_source(layer: QgsRasterLayer) -> str:
    """File path (or GDAL string) of a raster layer; only GDAL-readable rasters can be classified."""
    if layer is None or not isinstance(layer, QgsRasterLayer):
        raise RasterError(tr("choose a raster layer to classify"))
    if not layer.isValid():
        raise RasterError(tr("raster layer {name!r} is not valid (is its file still there?)").format(name=layer.name()))
    if layer.providerType() != "gdal":
        raise RasterError(tr("raster layer {name!r} comes from the {provider!r} provider; "
                             "only file-based (GDAL) rasters can be classified: save it as GeoTIFF first").format(
            name=layer.name(), provider=layer.providerType()))
    if layer.source().startswith("/vsi"):  # the core reads plain files only: it said "does not exist"
        raise RasterError(tr("raster layer {name!r} is read from inside an archive or a virtual file "
                             "({source}); only plain raster files can be classified: extract it (or save it as "
                             "GeoTIFF) first").format(name=layer.name(), source=layer.source()))
    driver = re.match(r"([A-Za-z][A-Za-z0-9_]+):", layer.source())   # GPKG:file:table, NETCDF:file:var (C:\ is a drive)
    if driver and not Path(layer.source()).exists():   # the core reads plain files only: it said "does not exist"
        raise RasterError(tr("raster layer {name!r} is read through GDAL's {driver} driver "
                             "({source}), not from a raster file of its own; only plain raster files can be "
                             "classified: save it as GeoTIFF first").format(
            name=layer.name(), driver=driver.group(1), source=layer.source()))
    own, shown = layer.dataProvider().crs(), layer.crs()
    # the core reads the file's CRS: the tiles would lie elsewhere than QGIS draws the raster. Told apart by their
    # codes (a project read again gives the layer its CRS from its own XML, which may differ from the file's in form)
    if own.authid() and shown.authid() and own.authid() != shown.authid():
        raise RasterError(tr("raster layer {name!r} is in {shown} in QGIS, but its file says {own}: the tiles would be "
                             "written in {own}; write the CRS QGIS uses into the file (gdal_edit.py -a_srs {shown} "
                             "{path}) or set the layer's CRS back to {own}").format(
            name=layer.name(), shown=shown.authid(), own=own.authid(), path=layer.source()))
    return layer.source()


def crs_string(crs: QgsCoordinateReferenceSystem) -> str:
    if not crs.isValid():
        raise AOIError(tr("the area of interest has no valid CRS"))
    authid = crs.authid()
    if authid and authid.upper().startswith("EPSG:"):
        return authid
    return crs.toWkt(QgsCoordinateReferenceSystem.WKT_PREFERRED if hasattr(QgsCoordinateReferenceSystem, "WKT_PREFERRED") else 1)


def aoi_from_extent(rect: QgsRectangle, crs: QgsCoordinateReferenceSystem, what: str = ""):
    """AOI of ``rect``; ``what``: how the message names it (the dialog's map extent, Processing's EXTENT)."""
    what = what or tr("the map extent")
    from .core.pipeline.aoi import AOI
    if rect is None or rect.isNull() or rect.isEmpty():
        raise AOIError(tr("{what} is empty (no width or no height): give one that covers part of the raster").format(
            what=what))
    return AOI.from_bbox(rect.xMinimum(), rect.yMinimum(), rect.xMaximum(), rect.yMaximum(), crs_string(crs))


def aoi_from_features(features, crs: QgsCoordinateReferenceSystem, what: str = ""):
    """AOI from an iterable of QgsFeature with polygon geometries."""
    what = what or tr("polygon layer")
    from .core.pipeline.aoi import AOI
    geometries = []
    for feature in features:
        geom = feature.geometry()
        if geom is None or geom.isEmpty():
            continue
        if QgsWkbTypes.geometryType(geom.wkbType()) != QgsWkbTypes.PolygonGeometry:
            raise AOIError(tr("{what} must contain polygons").format(what=what))
        geometries.append(json.loads(geom.asJson()))
    if not geometries:
        raise AOIError(tr("{what} has no (selected) polygon features").format(what=what))
    return AOI(geometries, crs_string(crs))


def aoi_from_layer(layer, selected_only: bool = False):
    if selected_only:
        if layer.selectedFeatureCount() == 0:
            raise AOIError(tr("layer {name!r} has no selected features").format(name=layer.name()))
        features = layer.getSelectedFeatures()
    else:
        features = layer.getFeatures(QgsFeatureRequest())
    return aoi_from_features(features, layer.crs(), tr("layer {name!r}").format(name=layer.name()))


def writable(folder: Path) -> bool:
    """``folder`` is a folder this user may write into."""
    return folder.is_dir() and os.access(folder, os.W_OK)


def default_output(raster: str, suffix: str = "_planet_tags", folder: Path | None = None) -> str:
    """``<folder>/<raster name>_planet_tags.gpkg``, numbered so as not to hit an existing file; ``folder``
    defaults to the raster's own (a temp folder if that is read-only)."""
    path = Path(raster.split("|")[0])
    if folder is None:
        folder = path.parent if writable(path.parent) else Path(tempfile.gettempdir())
    stem = path.stem or "raster"
    candidate = folder / f"{stem}{suffix}.gpkg"
    n = 1
    while candidate.exists():
        candidate = folder / f"{stem}{suffix}_{n}.gpkg"
        n += 1
    return str(candidate)


def raster_band_info(raster: str) -> tuple[int, bool, list[str | None]]:
    """(band count, 8-bit?, band descriptions) read with QGIS's GDAL."""
    from osgeo import gdal

    from .core.pipeline.raster import gdal_handle
    ds = gdal_handle(raster)
    if ds is None:
        raise RasterError(tr("{raster} is not a raster GDAL can read").format(raster=raster))
    bands = [ds.GetRasterBand(i + 1) for i in range(ds.RasterCount)]
    eight_bit = bool(bands) and bands[0].DataType == gdal.GDT_Byte
    return ds.RasterCount, eight_bit, [b.GetDescription() or None for b in bands]


def default_band_mapping(raster: str, bundle) -> tuple[str, str]:
    """(``red=3,green=2,blue=1``, how it was found) for a raster and a loaded bundle."""
    from .core.pipeline.bands import map_bands
    count, eight_bit, descriptions = raster_band_info(raster)
    mapping = map_bands(count, eight_bit, descriptions, bundle.manifest.bands)
    text = ",".join(f"{n}={i}" for n, i in zip(mapping.names, mapping.indexes))
    return text, mapping.source


# -- the run itself (any thread) ---------------------------------------------------------------
def run_classification(request: ClassifyRequest, progress: Callable[[int, int], None] | None = None,
                       cancel: Callable[[], bool] | None = None):
    """core.pipeline.classify (the GeoPackage holds one layer and no style table, so QGIS opens it without a
    sub-layer chooser; the plugin styles the layer when it loads it). Returns ClassifyResult;
    raises PlanetClassifierError (one-line message) or MissingDependency."""
    try:
        from .core.model.bundle import resolve_bundle
        from .core.teach.apply import classify_applying, read_concepts
    except ImportError as exc:
        raise MissingDependency(exc) from None
    start = time.perf_counter()
    # the run's notes (the tags too rare to flag, the concepts applied) and its one-line errors in QGIS's language
    try:
        with words(tr):
            bundle = resolve_bundle(request.bundle or None)
            concepts = read_concepts([Path(c) for c in request.concepts], bundle, request.embeddings)
            result, applied = classify_applying(request.raster, request.output, bundle, request.options(), concepts,
                                                progress=progress, cancel=cancel)
            result.messages += [a.message() for a in applied]
    except ModuleNotFoundError as exc:   # e.g. rasterio or onnxruntime imported lazily by the core
        raise MissingDependency(exc) from None
    if cancel is not None and cancel():
        # the core finished (the file is complete) just as the user cancelled: keep the result rather
        # than delete a finished layer, which with --overwrite would also lose the previous file
        result.messages.append(tr("cancel arrived after the last tile: the finished layer was kept"))
    log(f"classified {request.raster} in {time.perf_counter() - start:.1f} s")
    return result


class MissingDependency(PlanetClassifierError):
    """A Python package the core needs is not importable in QGIS's Python."""

    def __init__(self, exc: ImportError):
        name = getattr(exc, "name", None) or str(exc)
        super().__init__(tr("Python package {name!r} is missing in QGIS's Python; use {hint} (or pip install it) "
                            "and try again").format(name=name, hint=INSTALL_HINT))
        self.package = name
