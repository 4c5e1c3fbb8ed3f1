"""Processing algorithm "Change between two classifications": the same code as
``python -m planet_qgis_plugin.change`` (core/monitor/change.py), with the result added to the map, styled."""
from __future__ import annotations

from pathlib import Path

from qgis.core import (
    QgsProcessing,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterVectorDestination,
    QgsProcessingParameterVectorLayer,
)

from ..core.monitor.change import MARGIN, compare
from ..core.monitor.change_style import change_style_path
from ..style import tile_gpkg
from .base import KeptPostProcessor, PlanetAlgorithm, processing_errors


class ChangeStylePostProcessor(KeptPostProcessor):
    """Loads resources/styles/change.qml on the output layer (runs in the main thread)."""

    def postProcessLayer(self, layer, context, feedback):  # noqa: N802
        if change_style_path().is_file():
            layer.loadNamedStyle(str(change_style_path()))
            layer.triggerRepaint()


class ChangeAlgorithm(PlanetAlgorithm):
    BEFORE = "BEFORE"
    AFTER = "AFTER"
    MARGIN = "MARGIN"
    OUTPUT = "OUTPUT"
    REPORT = "REPORT"

    def name(self):
        return "change_between_classifications"

    def displayName(self):  # noqa: N802
        return "Change between two classifications"

    def shortHelpString(self):  # noqa: N802
        return ("Compares two tile layers of the same place (from Classify raster or the batch command; their grids "
                "and CRS may differ: tiles are matched by overlap). For every AFTER tile: tags gained and lost, the "
                "change of each flag group's score, newly raised flags (new_flag) and a confidence: nominal (the "
                "flag is new), high (and the score rose by at least the margin), highest (and the tile's embedding "
                "moved far from the BEFORE tile's). Acquisition dates come from the batch run or the Planet file "
                "name, else the file time. Optional: a self-contained HTML report of the alerts.")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterVectorLayer(self.BEFORE, "Earlier tile layer (BEFORE)",
                                                            [QgsProcessing.TypeVectorPolygon]))
        self.addParameter(QgsProcessingParameterVectorLayer(self.AFTER, "Later tile layer (AFTER)",
                                                            [QgsProcessing.TypeVectorPolygon]))
        self.addParameter(QgsProcessingParameterNumber(self.MARGIN, "Score rise for 'high' confidence",
                                                       QgsProcessingParameterNumber.Double, defaultValue=MARGIN,
                                                       minValue=0.0, maxValue=1.0))
        self.addParameter(QgsProcessingParameterVectorDestination(self.OUTPUT, "Change", QgsProcessing.TypeVectorPolygon))
        self.addParameter(QgsProcessingParameterFileDestination(self.REPORT, "HTML report", "HTML files (*.html)",
                                                                optional=True, createByDefault=False))
        for key, title in (("COMPARED", "Tiles compared"), ("ALERTS", "Alerts (new flags)")):
            self.addOutput(QgsProcessingOutputNumber(key, title))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        with processing_errors():
            before = tile_gpkg(self.parameterAsVectorLayer(parameters, self.BEFORE, context), "the BEFORE tile layer")
            after = tile_gpkg(self.parameterAsVectorLayer(parameters, self.AFTER, context), "the AFTER tile layer")
        output = self.gpkg_output(parameters, self.OUTPUT, context)
        report = self.parameterAsFileOutput(parameters, self.REPORT, context) if parameters.get(self.REPORT) else ""
        Path(output).parent.mkdir(parents=True, exist_ok=True)
        with processing_errors():
            result = compare(before, after, output, overwrite=True,
                             margin=self.parameterAsDouble(parameters, self.MARGIN, context))
            if report:
                from ..core.monitor.report import change_report

                change_report(report, result)
        for message in result.messages:
            feedback.pushWarning(message)
        feedback.pushInfo(result.summary())
        if context.willLoadLayerOnCompletion(output):
            details = context.layerToLoadOnCompletionDetails(output)
            details.name = f"Change {result.before_date.date} → {result.after_date.date}"
            details.setPostProcessor(ChangeStylePostProcessor.create())
        outputs = {self.OUTPUT: output, "COMPARED": result.compared, "ALERTS": len(result.alerts)}
        if report:
            outputs[self.REPORT] = report
        return outputs
