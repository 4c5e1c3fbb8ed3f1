"""Processing algorithm "Change between two classifications" in headless QGIS, and the layer's style."""
from __future__ import annotations

import shutil

import pytest

from tests.conftest import RAPIDEYE

ALG = "planet_classifier:change_between_classifications"


@pytest.fixture
def provider(qgis_app, qgis_processing):
    from qgis.core import QgsApplication

    from planet_qgis_plugin.processing.provider import PlanetClassifierProvider

    added = None
    if QgsApplication.processingRegistry().algorithmById(ALG) is None:
        added = PlanetClassifierProvider()
        QgsApplication.processingRegistry().addProvider(added)
    yield
    if added is not None:
        QgsApplication.processingRegistry().removeProvider(added)


def test_algorithm_writes_alerts_report_and_styled_layer(provider, rapideye, rapideye_copy, tmp_path):
    import processing
    from qgis.core import QgsProcessingFeedback, QgsRuleBasedRenderer, QgsVectorLayer

    from planet_qgis_plugin.processing.change import ChangeStylePostProcessor

    before, after = rapideye, rapideye_copy({(1, 1): {"flag_logging": 1, "flagged": 1, "score_logging": 0.99}})
    layers = [QgsVectorLayer(f"{p}|layername=tiles", name, "ogr") for p, name in ((before, "before"), (after, "after"))]
    assert all(layer.isValid() for layer in layers)
    out, report = tmp_path / "change.gpkg", tmp_path / "alerts.html"
    export = tmp_path / "handoff"
    result = processing.run(ALG, {"BEFORE": layers[0], "AFTER": layers[1], "OUTPUT": str(out), "REPORT": str(report),
                                  "BEFORE_SCENE": str(RAPIDEYE), "AFTER_SCENE": str(RAPIDEYE), "MIN_RISE": 0.2,
                                  "AFTER_DATE": "2013-01-05", "EXPORT": str(export)},
                            feedback=QgsProcessingFeedback())
    assert result["ALERTS"] == 1 and result["COMPARED"] == 9 and report.is_file()
    assert sorted(p.name for p in export.iterdir()) == ["alerts.csv", "alerts.geojson", "alerts.html", "alerts.kml",
                                                         "thumbs"]
    change = QgsVectorLayer(f"{out}|layername=changes", "change", "ogr")
    assert change.isValid() and change.featureCount() == 9
    assert {f["date_after"] for f in change.getFeatures()} == {"2013-01-05"}
    # the default style stored in the GeoPackage comes up by itself, and the post-processor applies the same
    assert isinstance(change.renderer(), QgsRuleBasedRenderer)
    ChangeStylePostProcessor.create().postProcessLayer(change, None, None)
    labels = [rule.label() for rule in change.renderer().rootRule().children()]
    assert labels == ["New flag, highest confidence", "New flag, high confidence", "New flag, nominal confidence",
                      "Answered: confirmed", "Answered: rejected", "No new flag"]
    alerts = [f for f in change.getFeatures() if f["alert"]]
    assert [(f["new_flag"], f["row"], f["col"]) for f in alerts] == [("logging", 1, 1)]
    del change, layers


def test_algorithm_refuses_pairs_that_do_not_overlap(provider, serial_batch, tmp_path):
    import processing
    from qgis.core import QgsProcessingException, QgsProcessingFeedback, QgsVectorLayer

    from tests.conftest import BORNEO

    # layer sources, not layer objects: the exception's traceback keeps Processing's parameters alive, and a
    # QgsVectorLayer still alive when QGIS exits crashes the test process (exit 139 after all tests passed)
    sources = [f"{serial_batch / f'{s.stem}.gpkg'}|layername=tiles" for s in (BORNEO, RAPIDEYE)]
    assert all(QgsVectorLayer(source, "check", "ogr").isValid() for source in sources)
    with pytest.raises(QgsProcessingException, match="do not overlap"):
        processing.run(ALG, {"BEFORE": sources[0], "AFTER": sources[1], "OUTPUT": str(tmp_path / "c.gpkg")},
                       feedback=QgsProcessingFeedback())
    assert not (tmp_path / "c.gpkg").exists()


def test_algorithm_refuses_a_layer_that_is_not_a_tile_geopackage(provider, serial_batch, rapideye, tmp_path):
    import processing
    from osgeo import ogr
    from qgis.core import QgsProcessingException, QgsProcessingFeedback

    shapefile = tmp_path / "tiles.shp"
    ds = ogr.GetDriverByName("ESRI Shapefile").CreateDataSource(str(shapefile))
    ds.CreateLayer("tiles", geom_type=ogr.wkbPolygon)
    ds = None
    after = f"{rapideye}|layername=tiles"
    with pytest.raises(QgsProcessingException, match="is not a tile GeoPackage made by 'Classify raster'") as info:
        processing.run(ALG, {"BEFORE": str(shapefile), "AFTER": after, "OUTPUT": str(tmp_path / "c.gpkg")},
                       feedback=QgsProcessingFeedback())
    assert len(str(info.value).splitlines()) == 1 and not (tmp_path / "c.gpkg").exists()


def test_cancel_stops_the_comparison_and_leaves_nothing(provider, rapideye, rapideye_copy, tmp_path):
    """Cancel pressed half-way through a comparison of two tile layers stops it (the feedback's isCanceled is
    checked on every tile, its progress bar moves): one line that says it was cancelled, no output, no folder
    made for it, no report."""
    import processing
    from qgis.core import QgsProcessingException, QgsProcessingFeedback

    before, after = f"{rapideye}|layername=tiles", f"{rapideye_copy()}|layername=tiles"
    feedback, seen = QgsProcessingFeedback(), []

    def press_cancel(percent):
        seen.append(percent)
        if percent >= 50:
            feedback.cancel()

    feedback.progressChanged.connect(press_cancel)
    out = tmp_path / "new folder" / "change.gpkg"
    with pytest.raises(QgsProcessingException, match="^cancelled by the user; no output was written$"):
        processing.run(ALG, {"BEFORE": before, "AFTER": after, "OUTPUT": str(out),
                             "REPORT": str(tmp_path / "new folder" / "alerts.html")}, feedback=feedback)
    assert 0 < len(seen) and max(seen) < 100 and sorted(seen) == seen
    assert sorted(p.name for p in tmp_path.iterdir()) == ["after.gpkg"]


def test_cancel_while_the_report_and_export_are_written_leaves_the_earlier_outputs(provider, rapideye, rapideye_copy,
                                                                                    tmp_path):
    """Cancel pressed once the layer is written, while the report and the export are (the last two fifths of
    the bar): the layer is not published either; the earlier layer and report stay as they were, no folder."""
    import processing
    from qgis.core import QgsProcessingException, QgsProcessingFeedback

    after = rapideye_copy({(1, 1): {"flag_logging": 1, "flagged": 1, "score_logging": 0.99}})
    out = tmp_path / "out"
    out.mkdir()
    from planet_qgis_plugin.core.monitor.change import compare

    compare(rapideye, after, out / "change.gpkg")  # an earlier run's layer (Processing replaces only its own kind)
    (out / "alerts.html").write_bytes(b"<p>an earlier report</p>")
    earlier = {name: (out / name).read_bytes() for name in ("change.gpkg", "alerts.html")}
    feedback, seen = QgsProcessingFeedback(), []

    def press_cancel(percent):
        seen.append(percent)
        if percent > 62:  # the layer written (60 %), the report begun
            feedback.cancel()

    feedback.progressChanged.connect(press_cancel)
    with pytest.raises(QgsProcessingException, match="^cancelled by the user; no output was written$"):
        processing.run(ALG, {"BEFORE": f"{rapideye}|layername=tiles", "AFTER": f"{after}|layername=tiles",
                             "MIN_RISE": 0.2, "OUTPUT": str(out / "change.gpkg"), "REPORT": str(out / "alerts.html"),
                             "EXPORT": str(out / "handoff")}, feedback=feedback)
    assert max(seen) < 100
    assert sorted(p.name for p in out.iterdir()) == sorted(earlier)
    assert {name: (out / name).read_bytes() for name in earlier} == earlier


def test_export_in_folders_that_do_not_exist_is_made_as_the_output_and_report_are(provider, rapideye, rapideye_copy,
                                                                                     serial_batch, tmp_path):
    """Processing makes the missing folders of its outputs: EXPORT's too (it was refused, 'new is not a folder',
    while OUTPUT and REPORT in new folders were made); a run that then fails removes them again; a file on
    the way is still refused."""
    import processing
    from qgis.core import QgsProcessingException, QgsProcessingFeedback

    from tests.conftest import BORNEO

    before, after = f"{rapideye}|layername=tiles", f"{rapideye_copy()}|layername=tiles"
    export = tmp_path / "new" / "deeper" / "handoff"
    result = processing.run(ALG, {"BEFORE": before, "AFTER": after, "OUTPUT": str(tmp_path / "c.gpkg"),
                                  "EXPORT": str(export)}, feedback=QgsProcessingFeedback())
    assert result["EXPORT"] == str(export) and (export / "alerts.csv").is_file()
    elsewhere = f"{serial_batch / f'{BORNEO.stem}.gpkg'}|layername=tiles"
    with pytest.raises(QgsProcessingException, match="do not overlap"):
        processing.run(ALG, {"BEFORE": elsewhere, "AFTER": after, "OUTPUT": str(tmp_path / "d.gpkg"),
                             "EXPORT": str(tmp_path / "other" / "handoff")}, feedback=QgsProcessingFeedback())
    (tmp_path / "afile").write_text("x")
    with pytest.raises(QgsProcessingException, match="afile is not a folder"):
        processing.run(ALG, {"BEFORE": before, "AFTER": after, "OUTPUT": str(tmp_path / "e.gpkg"),
                             "EXPORT": str(tmp_path / "afile" / "sub" / "handoff")}, feedback=QgsProcessingFeedback())
    assert sorted(p.name for p in tmp_path.iterdir()) == ["afile", "after.gpkg", "c.gpkg", "new"]


def test_a_tile_layer_with_unsaved_edits_is_refused_until_they_are_saved(provider, rapideye, rapideye_copy, tmp_path):
    """The analyst raised a flag on an AFTER tile in an edit session not yet saved: Change reads the GeoPackage, so
    it would compare without that edit; refused in one line (as Teach refuses a layer in edit mode), nothing
    written. It compared in silence, 0 alerts. Saved, the edit makes its alert."""
    import processing
    from qgis.core import QgsProcessingException, QgsProcessingFeedback, QgsProject, QgsVectorLayer

    after = QgsVectorLayer(f"{rapideye_copy()}|layername=tiles", "after", "ogr")
    QgsProject.instance().addMapLayer(after)  # the project's, as an analyst's (a layer of none crashes QGIS at exit)
    try:
        tile = next(f for f in after.getFeatures() if (f["row"], f["col"]) == (1, 1))
        assert after.startEditing()
        for name, value in (("flag_logging", True), ("flagged", True), ("score_logging", 0.99)):
            after.changeAttributeValue(tile.id(), after.fields().indexOf(name), value)
        out = tmp_path / "change.gpkg"
        parameters = {"BEFORE": f"{rapideye}|layername=tiles", "AFTER": after, "OUTPUT": str(out), "MIN_RISE": 0.2}
        with pytest.raises(QgsProcessingException, match="'after' has unsaved edits") as info:
            processing.run(ALG, parameters, feedback=QgsProcessingFeedback())
        assert len(str(info.value).splitlines()) == 1 and not out.exists()
        assert after.commitChanges()
        assert processing.run(ALG, parameters, feedback=QgsProcessingFeedback())["ALERTS"] == 1
    finally:
        QgsProject.instance().removeAllMapLayers()


def test_algorithm_takes_two_rasters_like_the_cli(provider, tmp_path):
    """BEFORE and AFTER may be rasters, as for `change BEFORE.tif AFTER.tif`: both classified on one grid with
    the model parameters, then compared; one of each kind is refused in one line. The progress bar gives each run
    45 % and the comparison the last 10 % (it sat at 100 % while the two tile layers were compared)."""
    import processing
    from qgis.core import QgsProcessingException, QgsProcessingFeedback, QgsVectorLayer

    from planet_qgis_plugin.core.monitor import change as core_change

    after = tmp_path / "after.tif"
    shutil.copyfile(RAPIDEYE, after)
    out = tmp_path / "change.gpkg"
    feedback, seen = QgsProcessingFeedback(), []
    feedback.progressChanged.connect(seen.append)
    compare = core_change.compare

    def comparing(*args, **kwargs):   # where the bar stands when the comparison starts
        seen.append("compare")
        return compare(*args, **kwargs)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(core_change, "compare", comparing)
        patch.setattr("planet_qgis_plugin.core.monitor.pair.compare", comparing)
        result = processing.run(ALG, {"BEFORE": str(RAPIDEYE), "AFTER": str(after), "OUTPUT": str(out),
                                      "BATCH_SIZE": 4, "BACKEND": "onnx", "AFTER_DATE": "2013-01-05"},
                                feedback=feedback)
    assert result["ALERTS"] == 0 and result["COMPARED"] == 9
    runs, compared = seen[:seen.index("compare")], seen[seen.index("compare") + 1:]
    assert runs == sorted(runs) and 40 < max(p for p in runs if p <= 50) and round(runs[-1]) == 90
    assert compared == sorted(compared) and any(90 < p < 100 for p in compared) and compared[-1] == 100
    change = QgsVectorLayer(f"{out}|layername=changes", "change", "ogr")
    assert {(f["date_before"], f["date_after"]) for f in change.getFeatures()} == {("2012-12-11", "2013-01-05")}
    del change
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([after.name, "change.gpkg"])   # no run left behind
    tiles = tmp_path / "tiles.gpkg"
    shutil.copyfile(out, tiles)
    with pytest.raises(QgsProcessingException, match="not one of each") as info:
        processing.run(ALG, {"BEFORE": str(RAPIDEYE), "AFTER": f"{tiles}|layername=changes",
                             "OUTPUT": str(tmp_path / "c.gpkg")}, feedback=QgsProcessingFeedback())
    assert len(str(info.value).splitlines()) == 1 and not (tmp_path / "c.gpkg").exists()


def test_every_algorithm_help_opens_its_section_of_the_bundled_manual(provider):
    """The Help button of each algorithm: the plugin's own manual, at the algorithm's section, in every language."""
    from pathlib import Path

    from qgis.core import QgsApplication
    from qgis.PyQt.QtCore import QUrl

    from planet_qgis_plugin.i18n import HELP, LANGUAGES

    algorithms = QgsApplication.processingRegistry().providerById("planet_classifier").algorithms()
    assert len(algorithms) == 3
    for algorithm in algorithms:
        url = QUrl(algorithm.helpUrl())
        page = Path(url.toLocalFile())
        assert url.isLocalFile() and page.is_file() and page.parent == HELP, algorithm.id()
        for manual in [page] + [HELP / lang / page.name for lang in LANGUAGES]:
            assert f'id="{url.fragment()}"' in manual.read_text(encoding="utf-8"), (algorithm.id(), manual)


def test_a_temporary_output_with_alerts_is_warned_about(provider, rapideye, rapideye_copy):
    """Change's default output is a temporary file, deleted when QGIS closes: the run said nothing, and every answer
    given to its alerts in the Alerts dock went with it."""
    import processing
    from qgis.core import QgsProcessingFeedback, QgsVectorLayer

    class Said(QgsProcessingFeedback):
        def __init__(self):
            super().__init__()
            self.warnings = []

        def pushWarning(self, text):  # noqa: N802
            self.warnings.append(text)
            super().pushWarning(text)

    before, after = rapideye, rapideye_copy({(1, 1): {"flag_logging": 1, "flagged": 1, "score_logging": 0.99}})
    layers = [QgsVectorLayer(f"{p}|layername=tiles", name, "ogr") for p, name in ((before, "before"), (after, "after"))]
    said = Said()
    result = processing.run(ALG, {"BEFORE": layers[0], "AFTER": layers[1], "OUTPUT": "TEMPORARY_OUTPUT",
                                  "MIN_RISE": 0.2}, feedback=said)
    assert result["ALERTS"] == 1
    assert any("temporary" in w and "deleted when QGIS closes" in w for w in said.warnings), said.warnings
    del layers
