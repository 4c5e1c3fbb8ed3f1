"""Processing algorithm "Change between two classifications": the same code as
``python -m planet_qgis_plugin.change`` (core/monitor/change.py; two rasters: core/monitor/pair.py), with the
result added to the map, styled."""
from __future__ import annotations

from qgis.core import (
    QgsProcessing,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterMapLayer,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorDestination,
    QgsRasterLayer,
)

from ..change_layer_style import apply_change_style
from ..core.errors import OutputError
from ..core.layer.tiletable import TileLayerError
from ..core.monitor.change import (
    FAR_QUANTILE,
    LAYER,
    MARGIN,
    MIN_RISE,
    ChangeOptions,
    check_outputs,
    compare,
)
from ..core.pipeline.options import ClassifyOptions
from ..core.wording import words
from ..i18n import tr
from ..runner import raster_source
from .base import (
    KeptPostProcessor,
    PlanetAlgorithm,
    empty_folder_taken,
    output_folders,
    processing_errors,
    tile_layer_file,
)


class ChangeStylePostProcessor(KeptPostProcessor):
    """Loads resources/styles/change.qml on the output layer, its legend in the analyst's language (runs in the
    main thread)."""

    def postProcessLayer(self, layer, context, feedback):  # noqa: N802
        if apply_change_style(layer):
            layer.triggerRepaint()


class ChangeAlgorithm(PlanetAlgorithm):
    HELP_SECTION = "change"
    BEFORE = "BEFORE"
    AFTER = "AFTER"
    BEFORE_SCENE = "BEFORE_SCENE"
    AFTER_SCENE = "AFTER_SCENE"
    MARGIN = "MARGIN"
    MIN_RISE = "MIN_RISE"
    FAR_QUANTILE = "FAR_QUANTILE"
    BEFORE_DATE = "BEFORE_DATE"
    AFTER_DATE = "AFTER_DATE"
    FILE_TIME_DATES = "FILE_TIME_DATES"
    OUTPUT = "OUTPUT"
    REPORT = "REPORT"
    EXPORT = "EXPORT"

    def name(self):
        return "change_between_classifications"

    def displayName(self):  # noqa: N802
        return tr("Change between two classifications")

    def shortHelpString(self):  # noqa: N802
        return tr("Compares two tile layers of the same place (from Classify raster, the batch command or the plugin), "
                  "or two rasters: these are classified first on one tile grid (AFTER resampled onto BEFORE's when its "
                  "CRS or pixel size differs, after a co-registration check), with the model settings under Advanced. "
                  "Runs of one CRS and pixel size share the tile grid and are compared tile by tile; others are compared "
                  "on the overlap. For every AFTER tile: tags gained and lost, the change of each flag group's score and "
                  "the new flags that pass the alert rule: an isolated new flag needs a score rise of the margin, one "
                  "beside a tile raising the same flag the minimum rise. Confidence: nominal (an alert), high (score "
                  "rise and a second evidence: neighbours or the embedding moved far), highest (all three). Dates come "
                  "from the runs (scene metadata or Planet file name), else are unknown unless given. The scenes give "
                  "the before/after thumbnails of the report, the export and the Alerts panel (default: the scenes the "
                  "runs recorded). Review the alerts in the Alerts panel; the export folder hands them off as GeoJSON, "
                  "KML, CSV and HTML.")

    def initAlgorithm(self, config=None):  # noqa: N802
        number = QgsProcessingParameterNumber.Double
        for key, title in ((self.BEFORE, tr("Earlier tile layer or raster (BEFORE)")),
                           (self.AFTER, tr("Later tile layer or raster (AFTER, the same kind)"))):
            self.addParameter(QgsProcessingParameterMapLayer(
                key, title, types=[QgsProcessing.TypeVectorPolygon, QgsProcessing.TypeRaster]))
        self.addParameter(QgsProcessingParameterRasterLayer(self.BEFORE_SCENE, tr("BEFORE scene (thumbnails)"),
                                                            optional=True))
        self.addParameter(QgsProcessingParameterRasterLayer(self.AFTER_SCENE, tr("AFTER scene (thumbnails)"),
                                                            optional=True))
        self.addParameter(QgsProcessingParameterNumber(self.MARGIN, tr("Score rise an isolated new flag needs"), number,
                                                       defaultValue=MARGIN, minValue=0.0, maxValue=1.0))
        self.addParameter(QgsProcessingParameterNumber(self.MIN_RISE, tr("Score rise beside a flagged neighbour"), number,
                                                       defaultValue=MIN_RISE, minValue=0.0, maxValue=1.0))
        self.addParameter(QgsProcessingParameterNumber(self.FAR_QUANTILE,
                                                       tr("Embedding distance quantile for 'moved far'"), number,
                                                       defaultValue=FAR_QUANTILE, minValue=0.01, maxValue=0.99))
        for key, title in ((self.BEFORE_DATE, tr("BEFORE acquisition date (YYYY-MM-DD; default: recorded)")),
                           (self.AFTER_DATE, tr("AFTER acquisition date (YYYY-MM-DD; default: recorded)"))):
            self.addParameter(QgsProcessingParameterString(key, title, optional=True))
        self.addParameter(QgsProcessingParameterBoolean(self.FILE_TIME_DATES, tr("Unknown date: use the file time"),
                                                        defaultValue=False))
        self.addParameter(QgsProcessingParameterVectorDestination(self.OUTPUT, tr("Change"),
                                                                QgsProcessing.TypeVectorPolygon))
        self.addParameter(QgsProcessingParameterFileDestination(self.REPORT, tr("HTML report"), tr("HTML files (*.html)"),
                                                                optional=True, createByDefault=False))
        self.addParameter(QgsProcessingParameterFolderDestination(self.EXPORT, tr("Export alerts to a folder (new or empty)"),
                                                                  optional=True, createByDefault=False))
        self.add_model_parameters(advanced=True)   # for two rasters, as the CLI's --bundle, --backend, ...
        self.add_max_tiles_parameter()
        for key, title in (("COMPARED", tr("Tiles compared")), ("ALERTS", tr("Alerts (new flags)"))):
            self.addOutput(QgsProcessingOutputNumber(key, title))

    def inputs(self, parameters, context) -> tuple[str, str, bool]:
        """(BEFORE, AFTER, whether they are rasters): two tile GeoPackages or two GDAL rasters."""
        layers = [self.parameterAsLayer(parameters, key, context) for key in (self.BEFORE, self.AFTER)]
        rasters = [isinstance(layer, QgsRasterLayer) for layer in layers]
        if all(rasters):
            return raster_source(layers[0]), raster_source(layers[1]), True
        if any(rasters):
            raise OutputError(tr("give two tile layers or two rasters, not one of each"))
        files = tuple(tile_layer_file(layer, tr("the {side} tile layer").format(side=side))
                      for layer, side in zip(layers, ("BEFORE", "AFTER")))
        for layer, side in zip(layers, ("BEFORE", "AFTER")):
            if layer.isModified():  # the comparison reads the GeoPackage: an edit not saved would go unseen
                raise TileLayerError(tr("the {side} tile layer {name!r} has unsaved edits, which the comparison "
                                        "would not see (it reads the GeoPackage): save or discard them first").format(
                    side=side, name=layer.name()))
        return (*files, False)

    def options(self, parameters, context) -> ChangeOptions:
        """The ChangeOptions the CLI fills from its flags, filled from the dialog."""
        def text(key):
            value = self.parameterAsString(parameters, key, context).strip()
            return value or None

        def scene(key):
            layer = self.parameterAsRasterLayer(parameters, key, context)
            return layer.source() if layer is not None else None

        return ChangeOptions(margin=self.parameterAsDouble(parameters, self.MARGIN, context),
                             min_rise=self.parameterAsDouble(parameters, self.MIN_RISE, context),
                             far_quantile=self.parameterAsDouble(parameters, self.FAR_QUANTILE, context),
                             overwrite=True, before_scene=scene(self.BEFORE_SCENE), after_scene=scene(self.AFTER_SCENE),
                             before_date=text(self.BEFORE_DATE), after_date=text(self.AFTER_DATE),
                             file_time_dates=self.parameterAsBool(parameters, self.FILE_TIME_DATES, context))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        output = self.gpkg_output(parameters, self.OUTPUT, context, LAYER)
        report = self.parameterAsFileOutput(parameters, self.REPORT, context) if parameters.get(self.REPORT) else ""
        export = self.parameterAsString(parameters, self.EXPORT, context) if parameters.get(self.EXPORT) else ""

        def progress(done: int, total: int) -> None:
            if total:
                feedback.setProgress(100.0 * done / total)

        # EXPORT is a folder picker: an empty folder chosen there is written into (made again if the run fails)
        with empty_folder_taken(export):
            with processing_errors():
                before, after, rasters = self.inputs(parameters, context)
                options = self.options(parameters, context)
                options.report, options.export = report or None, export or None
                options.check()
                # the report and the export are checked as the command line checks them: never an input (the AFTER
                # layer, a scene) nor another output, before anything is written
                check_outputs(before, after, output, options, folder_must_exist=False)
            # the folders above each, not EXPORT; the report in the analyst's language
            with output_folders(output, report, export), processing_errors(), words(tr):
                # compare writes the report and the export too: put in place with the layer, or none of them
                if rasters:
                    from ..core.monitor.pair import compare_rasters

                    model = self.model_values(parameters, context)
                    bundle = model.pop("bundle")
                    run = ClassifyOptions(**model, max_tiles=self.parameterAsInt(parameters, self.MAX_TILES, context))
                    result = compare_rasters(before, after, output, options, bundle, run, progress=progress,
                                             cancel=feedback.isCanceled)
                else:
                    result = compare(before, after, output, options, progress=progress, cancel=feedback.isCanceled)
        if result.export is not None:
            feedback.pushInfo(result.export.summary())
        for message in result.messages:
            feedback.pushWarning(message)
        if result.unseen_next():   # a change behind BEFORE's haze is in no alert: what the command line's 'next:' says
            feedback.pushWarning(result.unseen_next())
        from ..alerts_panel import is_temporary

        if result.alerts and is_temporary(output):   # the default output: reviewed, its answers would go with it
            feedback.pushWarning(tr("{path} is a temporary output, deleted when QGIS closes with every answer given "
                                    "to its alerts in the Alerts dock: run Change again with a file for its output "
                                    "before reviewing, or copy this one elsewhere").format(path=output))
        feedback.pushInfo(result.summary())
        if self.load_output(output, context, feedback, tr(
                "change finished: {path} was written but not added as a layer, as the project it was started in "
                "was closed (add it with Layer > Add Layer)")):
            details = context.layerToLoadOnCompletionDetails(output)
            details.name = tr("Change {before} → {after}").format(before=result.before_date.date,
                                                                  after=result.after_date.date)
            details.setPostProcessor(ChangeStylePostProcessor.create())
        outputs = {self.OUTPUT: output, "COMPARED": result.compared, "ALERTS": len(result.alerts)}
        if report:
            outputs[self.REPORT] = report
        if export:
            outputs[self.EXPORT] = export
        return outputs
