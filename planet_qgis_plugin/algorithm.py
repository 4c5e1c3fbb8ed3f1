"""Processing algorithm "Classify raster": same parameters and code path as the dialog."""
from __future__ import annotations

from pathlib import Path

from qgis.core import (QgsProcessing, QgsProcessingAlgorithm, QgsProcessingContext, QgsProcessingException,
                       QgsProcessingLayerPostProcessorInterface, QgsProcessingOutputNumber, QgsProcessingOutputString,
                       QgsProcessingParameterBoolean, QgsProcessingParameterEnum, QgsProcessingParameterExtent,
                       QgsProcessingParameterFeatureSource, QgsProcessingParameterFile, QgsProcessingParameterNumber,
                       QgsProcessingParameterRasterLayer, QgsProcessingParameterString,
                       QgsProcessingParameterVectorDestination, QgsProject)
from qgis.PyQt.QtGui import QIcon

from .core.errors import PlanetClassifierError
from .paths import icon_path
from .runner import (BACKENDS, DEVICES, ClassifyRequest, aoi_from_extent, aoi_from_features, raster_source,
                     run_classification)


class TilesPostProcessor(QgsProcessingLayerPostProcessorInterface):
    """Styles the loaded output and moves it above the classified raster (runs in the main thread)."""

    _keep_alive: list["TilesPostProcessor"] = []

    def __init__(self, raster_layer_id: str | None, concepts=()):
        super().__init__()
        self.raster_layer_id = raster_layer_id
        self.concepts = list(concepts)

    @classmethod
    def create(cls, raster_layer_id: str | None, concepts=()) -> "TilesPostProcessor":
        instance = cls(raster_layer_id, concepts)
        cls._keep_alive.append(instance)
        del cls._keep_alive[:-8]
        return instance

    def postProcessLayer(self, layer, context, feedback):  # noqa: N802
        from .style import apply_style
        apply_style(layer, self.concepts)
        project = context.project() or QgsProject.instance()
        root = project.layerTreeRoot()
        node = root.findLayer(layer.id())
        ref = root.findLayer(self.raster_layer_id) if self.raster_layer_id else None
        if node is not None and ref is not None and node.parent() is not None:
            clone = node.clone()
            parent = ref.parent()
            parent.insertChildNode(parent.children().index(ref), clone)
            node.parent().removeChildNode(node)


class ClassifyRasterAlgorithm(QgsProcessingAlgorithm):
    INPUT = "INPUT"
    BUNDLE = "BUNDLE"
    BACKEND = "BACKEND"
    DEVICE = "DEVICE"
    BATCH_SIZE = "BATCH_SIZE"
    BANDS = "BANDS"
    EXTENT = "EXTENT"
    AOI = "AOI"
    EMBEDDINGS = "EMBEDDINGS"
    OUTPUT = "OUTPUT"

    def name(self):
        return "classify_raster"

    def displayName(self):  # noqa: N802
        return "Classify raster"

    def group(self):
        return ""

    def groupId(self):  # noqa: N802
        return ""

    def shortHelpString(self):  # noqa: N802
        return ("Tags every tile (256x256 px by default) of a Planet scene with the 17 Planet-Amazon labels and "
                "flags mining, selective logging and slash-and-burn. The output GeoPackage layer 'tiles' holds "
                "every tag's probability (p_<tag>), the predicted tags and flag fields; it is styled so that "
                "flagged tiles stand out.\n\nModel bundle: a folder with manifest.json and model.onnx "
                "(empty = the bundled model). Band mapping: e.g. red=3,green=2,blue=1 (empty = from band "
                "descriptions or the Planet layout). Limit to an extent and/or a polygon layer (tick 'Selected "
                "features only' to use the selection).")

    def icon(self):
        return QIcon(str(icon_path()))

    def createInstance(self):  # noqa: N802
        return ClassifyRasterAlgorithm()

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterRasterLayer(self.INPUT, "Planet scene"))
        self.addParameter(QgsProcessingParameterFile(self.BUNDLE, "Model bundle folder (empty = bundled model)",
                                                     behavior=QgsProcessingParameterFile.Folder, optional=True))
        self.addParameter(QgsProcessingParameterEnum(self.BACKEND, "Backend", options=list(BACKENDS), defaultValue=0))
        self.addParameter(QgsProcessingParameterEnum(self.DEVICE, "Device", options=list(DEVICES), defaultValue=0))
        self.addParameter(QgsProcessingParameterNumber(self.BATCH_SIZE, "Batch size", QgsProcessingParameterNumber.Integer,
                                                       defaultValue=16, minValue=1, maxValue=4096))
        self.addParameter(QgsProcessingParameterString(self.BANDS, "Band mapping (e.g. red=3,green=2,blue=1; empty = automatic)",
                                                       optional=True))
        self.addParameter(QgsProcessingParameterExtent(self.EXTENT, "Limit to extent", optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(self.AOI, "Limit to polygons",
                                                              [QgsProcessing.TypeVectorPolygon], optional=True))
        self.addParameter(QgsProcessingParameterBoolean(self.EMBEDDINGS, "Store tile embeddings (needed to teach "
                                                        "concepts from marked tiles)", defaultValue=True))
        self.addParameter(QgsProcessingParameterVectorDestination(self.OUTPUT, "Tiles", QgsProcessing.TypeVectorPolygon))
        for key, title in (("TILES", "Tiles classified"), ("SKIPPED", "Tiles skipped (no data)"), ("FLAGGED", "Tiles flagged")):
            self.addOutput(QgsProcessingOutputNumber(key, title))
        self.addOutput(QgsProcessingOutputString("DEVICE", "Device used"))
        self.addOutput(QgsProcessingOutputString("BACKEND", "Backend used"))

    def request(self, parameters, context: QgsProcessingContext) -> ClassifyRequest:
        raster = self.parameterAsRasterLayer(parameters, self.INPUT, context)
        if raster is None:
            raise QgsProcessingException("choose a raster layer to classify")
        try:
            source = raster_source(raster)
            aoi = None
            if parameters.get(self.EXTENT) not in (None, ""):
                rect = self.parameterAsExtent(parameters, self.EXTENT, context)
                if not rect.isNull():
                    aoi = aoi_from_extent(rect, self.parameterAsExtentCrs(parameters, self.EXTENT, context))
            if parameters.get(self.AOI) not in (None, ""):
                polygons = self.parameterAsSource(parameters, self.AOI, context)
                if polygons is not None:
                    if aoi is not None:
                        raise QgsProcessingException("give either an extent or a polygon layer, not both")
                    aoi = aoi_from_features(polygons.getFeatures(), polygons.sourceCrs(), "the polygon layer")
        except PlanetClassifierError as exc:
            raise QgsProcessingException(str(exc)) from None
        output = self.parameterAsOutputLayer(parameters, self.OUTPUT, context)
        if not output.lower().endswith(".gpkg"):
            raise QgsProcessingException(f"output {output} must be a GeoPackage (.gpkg)")
        bundle = self.parameterAsFile(parameters, self.BUNDLE, context) or None
        return ClassifyRequest(
            raster=source, output=output, bundle=bundle,
            backend=BACKENDS[self.parameterAsEnum(parameters, self.BACKEND, context)],
            device=DEVICES[self.parameterAsEnum(parameters, self.DEVICE, context)],
            batch_size=self.parameterAsInt(parameters, self.BATCH_SIZE, context),
            bands=(self.parameterAsString(parameters, self.BANDS, context) or "").strip() or None,
            aoi=aoi, overwrite=True, raster_layer_id=raster.id(), raster_name=raster.name(),
            embeddings=self.parameterAsBoolean(parameters, self.EMBEDDINGS, context))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        from .core.predict import available_backends
        if not available_backends():   # one clear line, before any work, instead of the core's pip hint
            raise QgsProcessingException("no inference backend in QGIS's Python: install onnxruntime with "
                                         "Raster > Planet classifier > Check / install dependencies")
        request = self.request(parameters, context)
        Path(request.output).parent.mkdir(parents=True, exist_ok=True)

        def progress(done: int, total: int) -> None:
            if total:
                feedback.setProgress(100.0 * done / total)

        try:
            result = run_classification(request, progress=progress, cancel=feedback.isCanceled)
        except PlanetClassifierError as exc:   # Cancelled included: one line, no traceback
            raise QgsProcessingException(str(exc)) from None
        for message in result.messages:
            feedback.pushWarning(message)
        feedback.pushInfo(f"device: {result.device}, backend: {result.backend}; bands: {result.band_mapping}")
        feedback.pushInfo(result.summary())
        if context.willLoadLayerOnCompletion(request.output):
            details = context.layerToLoadOnCompletionDetails(request.output)
            from .style import result_layer_name
            details.name = result_layer_name(request.raster_name)
            details.setPostProcessor(TilesPostProcessor.create(request.raster_layer_id, request.concepts()))
        return {self.OUTPUT: request.output, "TILES": result.tiles, "SKIPPED": result.skipped,
                "FLAGGED": result.flagged, "DEVICE": result.device, "BACKEND": result.backend}
