"""Processing algorithm "Classify raster": same parameters and code path as the dialog."""
from __future__ import annotations

import sys
from pathlib import Path

from qgis.core import (
    QgsMapLayer,
    QgsProcessing,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterExtent,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorDestination,
    QgsProject,
)

from ..i18n import tr
from ..paths import INSTALL_HINT
from ..runner import (
    ClassifyRequest,
    aoi_from_extent,
    aoi_from_features,
    raster_source,
    run_classification,
)
from .base import KeptPostProcessor, PlanetAlgorithm, RasterLayerParameter, output_folders, processing_errors


def no_backend_message() -> str:
    """Where to get an inference backend. The QGIS window (the Processing toolbox) has the plugin's menu; qgis_process
    has no window and no menu, so it is given the pip command for QGIS's Python into the plugin's package folder
    (which the plugin adds to sys.path in qgis_process as in QGIS), or the menu once QGIS is opened."""
    from qgis.utils import iface

    said = "no inference backend in QGIS's Python: install onnxruntime with "
    if iface is not None:
        return said + INSTALL_HINT
    from .. import deps
    folder = deps.packages_folder()
    try:
        python = deps.python_executable()
    except deps.DependencyError:
        python = f"python{sys.version_info.major}.{sys.version_info.minor}"
    try:  # the installer's own command, held to the numpy QGIS has imported: written as install writes it
        deps.constraints_file(folder)
    except OSError:
        pass
    shown = deps.command_line(deps.pip_command([deps.REQUIRED["onnxruntime"]], folder, python))
    return f"{said}{shown} (qgis_process has no menu), or open QGIS once and use {INSTALL_HINT}"


def crs_set_in_qgis_only(raster) -> str:
    """What to say of a scene whose CRS was set on the layer in QGIS while its file has none, or "": the run reads
    the file's, so its tiles carry none (the run's own note says where they lie)."""
    shown = raster.crs()
    if raster.dataProvider().crs().isValid() or not shown.isValid():
        return ""
    crs = shown.authid() or shown.toProj()
    return tr("{name} is in {crs} in QGIS, but its file has no CRS, and the run reads the file's: its tiles carry no "
              "CRS; give the file that CRS (gdal_edit.py -a_srs {crs} {path}) where it has a geotransform, or "
              "georeference it first (Raster > Georeferencer)").format(name=raster.name(), crs=crs,
                                                                       path=raster.source())


class TilesPostProcessor(KeptPostProcessor):
    """Styles the loaded output and moves it above the classified raster (runs in the main thread)."""

    def __init__(self, raster_layer_id: str | None, bundle: str | None = None, title: str = ""):
        super().__init__()
        self.raster_layer_id = raster_layer_id
        self.bundle = bundle
        self.title = title      # the layer's full name (style.result_layer_names), the Layers panel's tooltip

    def postProcessLayer(self, layer, context, feedback):  # noqa: N802
        from ..style import apply_style, bundle_look
        apply_style(layer, *bundle_look(self.bundle))   # the look the dialog's run gets (weak tags unlabelled)
        layer.setTitle(self.title)
        project = context.project() or QgsProject.instance()
        root = project.layerTreeRoot()
        node = root.findLayer(layer.id())
        ref = root.findLayer(self.raster_layer_id) if self.raster_layer_id else None
        if node is not None and ref is not None and node.parent() is not None:
            clone = node.clone()
            parent = ref.parent()
            parent.insertChildNode(parent.children().index(ref), clone)
            node.parent().removeChildNode(node)


class ClassifyRasterAlgorithm(PlanetAlgorithm):
    HELP_SECTION = "classify"
    INPUT = "INPUT"
    BANDS = "BANDS"
    EXTENT = "EXTENT"
    AOI = "AOI"
    EMBEDDINGS = "EMBEDDINGS"
    CONCEPTS = "CONCEPTS"
    OUTPUT = "OUTPUT"

    def name(self):
        return "classify_raster"

    def displayName(self):  # noqa: N802
        return tr("Classify raster")

    def shortHelpString(self):  # noqa: N802
        return tr("Tags every tile (256x256 px by default) of a Planet scene with the 17 Planet-Amazon labels and flags "
                  "mining, selective logging and slash-and-burn. The output GeoPackage layer 'tiles' holds every tag's "
                  "probability (p_TAG, e.g. p_primary), the predicted tags and flag fields; it is styled so that flagged "
                  "tiles stand out.\n\nModel bundle: a folder with manifest.json and model.onnx (empty = the bundled "
                  "model). Band mapping: e.g. red=3,green=2,blue=1 (empty = from band descriptions or the Planet layout). "
                  "Limit to an extent and/or a polygon layer (tick 'Selected features only' to use the selection). Concept "
                  "files (saved by Teach a concept or teach --save-concept) are applied to the new layer: p_NAME on every "
                  "tile (NAME: the concept's), flag_NAME at p >= 0.5 or the concept's taught threshold if higher; so is a "
                  "concept taught into the model bundle (Save concept..., teach --save-to).")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(RasterLayerParameter(self.INPUT, tr("Planet scene")))
        self.add_model_parameters()
        self.addParameter(QgsProcessingParameterString(
            self.BANDS, tr("Band mapping (e.g. red=3,green=2,blue=1; empty = automatic)"), optional=True))
        self.addParameter(QgsProcessingParameterExtent(self.EXTENT, tr("Limit to extent"), optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(self.AOI, tr("Limit to polygons"),
                                                              [QgsProcessing.TypeVectorPolygon], optional=True))
        self.addParameter(QgsProcessingParameterBoolean(self.EMBEDDINGS, tr("Store tile embeddings (to teach concepts)"),
                                                        defaultValue=True))
        self.addParameter(QgsProcessingParameterMultipleLayers(self.CONCEPTS, tr("Apply concept files (.concept.json)"),
                                                               QgsProcessing.TypeFile, optional=True))
        self.add_max_tiles_parameter()
        self.addParameter(QgsProcessingParameterVectorDestination(self.OUTPUT, tr("Tiles"),
                                                                QgsProcessing.TypeVectorPolygon))
        for key, title in (("TILES", tr("Tiles classified")), ("SKIPPED", tr("Tiles skipped (no data)")),
                           ("FLAGGED", tr("Tiles flagged"))):
            self.addOutput(QgsProcessingOutputNumber(key, title))
        self.addOutput(QgsProcessingOutputString("DEVICE", tr("Device used")))
        self.addOutput(QgsProcessingOutputString("BACKEND", tr("Backend used")))

    def request(self, parameters, context: QgsProcessingContext) -> ClassifyRequest:
        raster = self.parameterAsRasterLayer(parameters, self.INPUT, context)
        if raster is None:
            raise QgsProcessingException(tr("choose a raster layer to classify"))
        with processing_errors():
            source = raster_source(raster)
            aoi = None
            if parameters.get(self.EXTENT) not in (None, ""):
                rect = self.parameterAsExtent(parameters, self.EXTENT, context)
                if not rect.isNull():
                    aoi = aoi_from_extent(rect, self.parameterAsExtentCrs(parameters, self.EXTENT, context),
                                          tr("the extent (EXTENT)"))
            if parameters.get(self.AOI) not in (None, ""):
                polygons = self.parameterAsSource(parameters, self.AOI, context)
                if polygons is not None:
                    if aoi is not None:
                        raise QgsProcessingException(tr("give either an extent or a polygon layer, not both"))
                    aoi = aoi_from_features(polygons.getFeatures(), polygons.sourceCrs(), tr("the polygon layer"))
        output = self.gpkg_output(parameters, self.OUTPUT, context)
        aoi_layer = self.parameterAsVectorLayer(parameters, self.AOI, context) if aoi is not None else None
        if aoi_layer is not None:  # the polygons are read first, but their file is an input all the same
            from ..core.publish import check_not_an_input

            with processing_errors():
                check_not_an_input(Path(output), [aoi_layer.source().split("|", 1)[0]], "output")
        return ClassifyRequest(
            raster=source, output=output, **self.model_values(parameters, context),
            bands=(self.parameterAsString(parameters, self.BANDS, context) or "").strip() or None,
            aoi=aoi, overwrite=True, raster_layer_id=raster.id(), raster_name=raster.name(),
            embeddings=self.parameterAsBoolean(parameters, self.EMBEDDINGS, context),
            max_tiles=self.parameterAsInt(parameters, self.MAX_TILES, context),
            concepts=self.concept_files(parameters, context))

    def concept_files(self, parameters, context: QgsProcessingContext) -> tuple[str, ...]:
        """CONCEPTS' files. A layer given to it from a script (``"CONCEPTS": [layer]``) is an empty path to QGIS, and
        its id a file that does not exist: the run went on without it in silence, or named an odd file."""
        given = parameters.get(self.CONCEPTS)
        project = context.project()
        for value in given if isinstance(given, (list, tuple)) else [given]:
            layer = value if isinstance(value, QgsMapLayer) else (
                project.mapLayer(value) if project is not None and isinstance(value, str) and value else None)
            if layer is not None:
                raise QgsProcessingException(tr(
                    "CONCEPTS takes concept files (.concept.json), not the layer {name!r}: give the path of a file "
                    "saved by the teach panel's Save concept file… or teach --save-concept").format(name=layer.name()))
        return tuple(f for f in self.parameterAsFileList(parameters, self.CONCEPTS, context) if f)  # qgis_process: [""]

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        from ..core.model.predict import available_backends
        if not available_backends():   # one clear line, before any work, instead of the core's pip hint
            raise QgsProcessingException(no_backend_message())
        request = self.request(parameters, context)
        with processing_errors():  # which model runs, said before the work (a model may feed BUNDLE an empty value)
            from ..core.model.bundle import resolve_bundle
            bundle = resolve_bundle(request.bundle or None)
        feedback.pushInfo(tr("model bundle: {name}, {path}").format(
            name=bundle.manifest.display_name,
            path=bundle.path if request.bundle else tr("the bundled model (BUNDLE is empty)")))
        crs_set = crs_set_in_qgis_only(self.parameterAsRasterLayer(parameters, self.INPUT, context))
        if crs_set:
            feedback.pushWarning(crs_set)

        def progress(done: int, total: int) -> None:
            if total:
                feedback.setProgress(100.0 * done / total)

        with output_folders(request.output), processing_errors():
            result = run_classification(request, progress=progress, cancel=feedback.isCanceled)
        for message in result.messages:
            feedback.pushWarning(message)
        feedback.pushInfo(tr("device: {device}, backend: {backend}; bands: {bands}").format(
            device=result.device, backend=result.backend, bands=result.band_mapping))
        feedback.pushInfo(result.summary())
        if self.load_output(request.output, context, feedback, tr(
                "classification finished: {path} was written but not added as a layer, as the project it was started "
                "in was closed (add it with Layer > Add Layer)")):
            details = context.layerToLoadOnCompletionDetails(request.output)
            from ..style import result_layer_names
            details.name, title = result_layer_names(request.raster_name)
            details.setPostProcessor(TilesPostProcessor.create(request.raster_layer_id, request.bundle, title))
        return {self.OUTPUT: request.output, "TILES": result.tiles, "SKIPPED": result.skipped,
                "FLAGGED": result.flagged, "DEVICE": result.device, "BACKEND": result.backend}
