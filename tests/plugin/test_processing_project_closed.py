"""Processing's Classify raster when the project it was started in is closed (New, Open, Close) while it runs."""
from __future__ import annotations

from qgis.core import QgsProcessingFeedback, QgsProject, QgsRasterLayer

ALG = "planet_classifier:classify_raster"


class ClosingFeedback(QgsProcessingFeedback):
    """Closes the project at the run's first progress (the analyst opening another project meanwhile); keeps the
    warnings the run pushes."""

    def __init__(self):
        super().__init__()
        self.warnings, self.closed = [], False
        self.progressChanged.connect(self._progress)

    def _progress(self, _value):
        if not self.closed:
            self.closed = True
            QgsProject.instance().clear()

    def pushWarning(self, text):  # noqa: N802
        self.warnings.append(text)
        super().pushWarning(text)


def test_the_tiles_of_a_run_whose_project_was_closed_are_not_added_to_the_next(plugin, use_bundle, tmp_path):
    """The dialog's runs add their layer only to the project they were started in; Processing's added it to
    whatever project was open when the run finished. Now the file is written whole and said so, and no layer
    appears in the other project."""
    import processing

    from tests.plugin.conftest import BORNEO

    raster = QgsRasterLayer(str(BORNEO), "borneo")
    QgsProject.instance().addMapLayer(raster)
    out = tmp_path / "tiles.gpkg"
    feedback = ClosingFeedback()
    try:
        result = processing.runAndLoadResults(ALG, {"INPUT": raster.id(), "OUTPUT": str(out)}, feedback=feedback)
        assert feedback.closed and out.is_file() and result["TILES"] == 5
        assert QgsProject.instance().mapLayers() == {}
        said = [w for w in feedback.warnings if "was closed" in w]
        assert said and str(out) in said[0] and len(said[0].splitlines()) == 1
    finally:
        QgsProject.instance().removeAllMapLayers()
