"""The analyst's day as it runs in QGIS, one step after another: what one step leaves is what the next one is given
(the layer Processing loads, the layers stacked on the map)."""
from __future__ import annotations

import pytest
from qgis.core import QgsProject

from tests.monitor import conftest as monitor
from tests.monitor import test_alerts_panel as alerts
from tests.plugin import test_translations as translated
from tests.plugin.conftest import marked

serial_batch, rapideye, rapideye_copy = monitor.serial_batch, monitor.rapideye, monitor.rapideye_copy
change_layer = alerts.change_layer
portuguese = translated.portuguese     # QGIS in pt_BR (the .qm compiled from the .ts files)

CHANGE = "planet_classifier:change_between_classifications"


@pytest.fixture(autouse=True)
def empty_message_bar(qgis_iface):
    """What a step says on the map's bar stays with its test (a later test counts the items of its own run)."""
    yield
    qgis_iface.messageBar().clearWidgets()


def test_the_change_layer_processing_loads_opens_in_the_alerts_dock(plugin, qgis_iface, rapideye, rapideye_copy,
                                                                    tmp_path):
    """Processing's Change with a file output loads it by its path alone (no '|layername=changes'): Review alerts…
    on it said 'Open a change layer' and listed nothing, the dock read only a source naming the layer."""
    import processing

    from planet_qgis_plugin.alerts_panel import change_gpkg

    after = rapideye_copy({(0, 1): {"flag_mining": 1, "flagged": 1, "score_mining": 1.0}})
    output = tmp_path / "change.gpkg"
    try:
        processing.runAndLoadResults(CHANGE, {"BEFORE": str(rapideye), "AFTER": str(after), "OUTPUT": str(output)})
        loaded = [layer for layer in QgsProject.instance().mapLayers().values()
                  if layer.source().startswith(str(output))]
        assert len(loaded) == 1, [layer.source() for layer in QgsProject.instance().mapLayers().values()]
        assert change_gpkg(loaded[0]) == output
        qgis_iface.setActiveLayer(loaded[0])
        panel = plugin.action_alerts.toggle_panel(True)
        assert panel.list.count() == 1 and "1 alert" in panel.header.text()
    finally:
        QgsProject.instance().removeAllMapLayers()


def _taught(plugin, layer, marks: int = 1):
    """The teach panel on ``layer``, the concept 'bright' marked on its first ``marks`` tiles."""
    panel = plugin.toggle_teach_panel(True)
    panel.set_layer(layer)
    panel.name_combo.setEditText("bright")
    panel._concept_changed()
    layer.selectByIds(sorted(f.id() for f in layer.getFeatures())[:marks])
    assert marked(panel, True)
    return panel


def _flat_raster(path, layer, rgb):
    """A 3-band GeoTIFF of one colour covering ``layer``'s extent, in its CRS."""
    from osgeo import gdal

    extent, size = layer.extent(), 64
    dataset = gdal.GetDriverByName("GTiff").Create(str(path), size, size, 3, gdal.GDT_Byte)
    dataset.SetGeoTransform((extent.xMinimum(), extent.width() / size, 0, extent.yMaximum(), 0,
                             -extent.height() / size))
    dataset.SetProjection(layer.crs().toWkt())
    for band, value in enumerate(rgb, start=1):
        dataset.GetRasterBand(band).Fill(value)
    dataset = None
    return path


def two_dates(rapideye, tmp_path, later_name: str = "later scene"):
    """(earlier scene, its tile layer, later scene) added to the project: a copy of the ``rapideye`` tiles between two
    one-colour rasters over their extent (earlier red, later blue), the map in the tiles' CRS; no order set."""
    import shutil

    from qgis.core import QgsRasterLayer, QgsVectorLayer
    from qgis.utils import iface

    copy = shutil.copy(rapideye, tmp_path / "tiles.gpkg")
    tiles = QgsVectorLayer(f"{copy}|layername=tiles", "earlier tiles", "ogr")
    earlier = QgsRasterLayer(str(_flat_raster(tmp_path / "earlier.tif", tiles, (200, 0, 0))), "earlier")
    later = QgsRasterLayer(str(_flat_raster(tmp_path / "later.tif", tiles, (0, 0, 200))), later_name)
    for layer in (earlier, tiles, later):
        assert layer.isValid()
        QgsProject.instance().addMapLayer(layer)
    iface.mapCanvas().setDestinationCrs(tiles.crs())
    return earlier, tiles, later


def test_review_chips_are_cut_from_the_scene_under_the_tile_layer_not_a_later_one_above_it(plugin, qgis_iface,
                                                                                           rapideye, tmp_path):
    """Two dates on the map, each classified (each tile layer just above its own scene): teaching on the earlier
    one, the gallery's chips were cut from every visible raster, the later scene on top included, so the analyst
    judged the earlier tiles on the later imagery."""
    project = QgsProject.instance()
    try:
        earlier, tiles, later = two_dates(rapideye, tmp_path)
        canvas = qgis_iface.mapCanvas()
        canvas.setLayers([later, tiles, earlier])    # the map's order, top first: the later scene over the tiles
        qgis_iface.setActiveLayer(tiles)
        panel = _taught(plugin, tiles)
        panel.review_button.setChecked(True)
        assert panel.gallery.count()
        chip = panel.gallery.item(0).icon().pixmap(20, 20).toImage()
        colour = chip.pixelColor(10, 10)
        assert (colour.red(), colour.blue()) == (200, 0), (colour.red(), colour.green(), colour.blue())
    finally:
        plugin.toggle_teach_panel(False)
        project.removeAllMapLayers()


def test_the_classify_dialogs_warnings_box_is_as_tall_as_its_warnings(plugin, qgis_iface, scene, show_layer,
                                                                       use_bundle):
    """The orange box above the settings stood 8 lines tall whatever it held: one warning of four lines sat in the
    middle of blank orange (seen on a georeferenced scene: only the training-examples warning), and the settings
    below, which scroll, lost that height. It is as tall as its text, up to its 8 lines."""
    from qgis.core import QgsRasterLayer
    from qgis.PyQt.QtWidgets import QApplication

    show_layer(QgsRasterLayer(str(scene), "borneo"))
    plugin.show_dialog()
    dialog = plugin.dialog
    try:
        dialog.resize(620, 640)
        for _ in range(5):
            QApplication.processEvents()
        box, label = dialog.warning_scroll, dialog.warning
        assert box.isVisible() and "Training examples" in label.text()
        need = label.heightForWidth(box.viewport().width())
        assert need <= box.height() <= need + 4, (box.height(), need)
        assert box.verticalScrollBar().maximum() == 0          # read whole, not scrolled
        dialog.show_warning("<b>one more</b> " + "word " * 400, "run")   # more than 8 lines: it scrolls at 8
        for _ in range(5):
            QApplication.processEvents()
        assert box.height() == box.maximumHeight() and box.verticalScrollBar().maximum() > 0
        dialog.show_warning("", "run")
        for _ in range(5):
            QApplication.processEvents()
        assert need <= box.height() <= need + 4, (box.height(), need)
    finally:
        dialog.hide()


def test_the_threshold_slider_shows_no_other_layers_threshold(plugin, qgis_iface, rapideye, tmp_path, show_layer):
    """The slider is where its number says, and a layer with no concept yet does not show the threshold of the layer
    the panel was on: the panel opened with the handle at 0.01 beside '0.50', and on the next scene's tile layer
    it kept the last layer's 0.80 (greyed), as if that were this layer's."""
    import shutil

    from qgis.core import QgsVectorLayer

    first = show_layer(QgsVectorLayer(f"{shutil.copy(rapideye, tmp_path / 'a.gpkg')}|layername=tiles", "a", "ogr"))
    panel = plugin.toggle_teach_panel(True)
    panel.set_layer(None)
    assert (panel.threshold_slider.value(), panel.threshold_value.text()) == (50, "0.50")
    panel = _taught(plugin, first)
    assert panel.set_threshold(0.8)
    assert (panel.threshold_slider.value(), panel.threshold_value.text()) == (80, "0.80")
    second = show_layer(QgsVectorLayer(f"{shutil.copy(rapideye, tmp_path / 'b.gpkg')}|layername=tiles", "b", "ogr"))
    panel.set_layer(second)
    assert panel.session() is None or panel.session().result is None
    assert (panel.threshold_slider.value(), panel.threshold_value.text()) == (50, "0.50")
    assert not panel.threshold_slider.isEnabled()
    panel.set_layer(first)                      # and back: this layer's own
    assert (panel.threshold_slider.value(), panel.threshold_value.text()) == (80, "0.80")


def test_a_long_tile_layer_name_is_not_cut_at_the_top_of_the_teach_panel(plugin, rapideye, tmp_path, show_layer):
    """'Tile layer: <scene> tiles <time>' sits in two fixed lines above the answer buttons (nothing there changes
    height): a Planet scene's name wrapped into a third line in Portuguese ('Camada de quadrículas: 20230105_131500_00_
    2431_3B_Visual quadrículas 13:38:59') or with a longer product name, and the third line, the run's time, was cut
    off. The name is shortened in the middle (its date and the run's time kept), whole in the tooltip, and is text."""
    import shutil

    from qgis.core import QgsVectorLayer
    from qgis.PyQt.QtWidgets import QApplication

    name = "20230105_131500_00_2431_3B_AnalyticMS_SR_8b_harmonized_clip <i>tiles</i> 13:38:59"
    layer = show_layer(QgsVectorLayer(f"{shutil.copy(rapideye, tmp_path / 't.gpkg')}|layername=tiles", name, "ogr"))
    panel = plugin.toggle_teach_panel(True)
    panel.setFloating(True)
    panel.resize(560, 700)
    panel.show()
    panel.set_layer(layer)
    for _ in range(5):
        QApplication.processEvents()
    label = panel.layer_label
    height = label.height()
    assert label.heightForWidth(label.width()) <= height, (label.heightForWidth(label.width()), height, label.text())
    assert "20230105" in label.text() and "13:38:59" in label.text() and "&lt;i&gt;" in label.text()
    assert label.toolTip() == name
    panel.resize(900, 700)                       # wider: more of the name, in the same two lines
    for _ in range(5):
        QApplication.processEvents()
    assert label.height() == height and label.heightForWidth(label.width()) <= height


def test_the_runs_line_names_the_flag_groups_in_the_analysts_language(portuguese, plugin):
    """The line under the progress bar read '... 2 sinalizadas (mining 2, mine 2)' in Portuguese: the flag group in
    English, where the legend says 'Garimpo' and the Alerts dock 'garimpo' (its words)."""
    from types import SimpleNamespace

    from planet_qgis_plugin.dialog import run_summary

    result = SimpleNamespace(group_counts={"mining": 2, "slash_burn": 1}, concept_counts={"mine": 2}, tiles=234,
                             skipped=0, flagged=2, chips_per_s=29.2, device="cpu", backend="onnx", output="/x.gpkg")
    line = run_summary(result)
    assert "(garimpo 2, corte e queima 1, mine 2)" in line and "mining" not in line, line


def _review_buttons(iface):
    from qgis.PyQt.QtWidgets import QPushButton

    from planet_qgis_plugin.i18n import tr
    return [button for item in iface.messageBar().items() for button in item.findChildren(QPushButton)
            if button.text() == tr("Review alerts…")]


def test_a_change_layer_with_open_alerts_says_where_they_are_judged(plugin, qgis_iface, rapideye, rapideye_copy,
                                                                     tmp_path):
    """Processing's Change closes its dialog on success and leaves the styled change layer on the map, nothing saying
    that its alerts are judged in the Alerts dock (a toolbar button among six): a dead end for an analyst who ran it
    from the toolbox. A change layer with open alerts that joins the project says so, with Review alerts…"""
    import processing

    after = rapideye_copy({(0, 1): {"flag_mining": 1, "flagged": 1, "score_mining": 1.0}})
    qgis_iface.messageBar().clearWidgets()
    try:
        processing.runAndLoadResults(CHANGE, {"BEFORE": str(rapideye), "AFTER": str(after),
                                              "OUTPUT": str(tmp_path / "change.gpkg")})
        buttons = _review_buttons(qgis_iface)
        assert len(buttons) == 1, [item.text() for item in qgis_iface.messageBar().items()]
        item = next(item for item in qgis_iface.messageBar().items() if buttons[0] in item.findChildren(type(buttons[0])))
        assert "1 open alert" in item.text()
        from qgis.core import QgsVectorLayer
        qgis_iface.setActiveLayer(QgsProject.instance().addMapLayer(QgsVectorLayer("Point", "other", "memory")))
        buttons[0].click()                                  # the dock opens on that layer, whichever is active
        assert not _review_buttons(qgis_iface)               # and the message goes
        panel = plugin.action_alerts.toggle_panel(True)
        assert not panel.isHidden() and panel.list.count() == 1 and plugin.action_alerts.panel_shown()
        qgis_iface.messageBar().clearWidgets()               # the dock shown: no second message for the next one
        processing.runAndLoadResults(CHANGE, {"BEFORE": str(rapideye), "AFTER": str(after),
                                              "OUTPUT": str(tmp_path / "again.gpkg")})
        assert not _review_buttons(qgis_iface)
        panel.setVisible(False)
        processing.runAndLoadResults(CHANGE, {"BEFORE": str(rapideye), "AFTER": str(rapideye),   # no alert
                                              "OUTPUT": str(tmp_path / "quiet.gpkg")})
        assert not _review_buttons(qgis_iface)
    finally:
        QgsProject.instance().removeAllMapLayers()
        qgis_iface.messageBar().clearWidgets()


def test_three_marks_and_no_answer_are_not_called_answers_under_the_slider(plugin, rapideye, tmp_path, show_layer):
    """Three tiles marked, none answered: the line under the slider read 'expected precision 80% (from 3 answers)'
    (the core's count is of every labelled tile, marks included)."""
    import shutil

    from qgis.core import QgsVectorLayer

    layer = show_layer(QgsVectorLayer(f"{shutil.copy(rapideye, tmp_path / 't.gpkg')}|layername=tiles", "t", "ogr"))
    panel = _taught(plugin, layer, marks=3)
    assert not panel.session().answered and "answer" not in panel.precision_label.text(), panel.precision_label.text()
    assert "(from 3 labelled tiles)" in panel.precision_label.text(), panel.precision_label.text()


def test_a_review_of_tiles_under_another_scene_says_the_map_shows_that_scene(plugin, qgis_iface, rapideye, tmp_path,
                                                                              bar_messages):
    """Two dates on the map, the review on the earlier tiles: the later scene drawn over them filled the map around the
    red outline, the chips (cut from the earlier scene) and the map disagreeing with nothing saying why."""
    from qgis.core import Qgis

    project = QgsProject.instance()
    try:
        earlier, tiles, later = two_dates(rapideye, tmp_path)
        canvas = qgis_iface.mapCanvas()
        qgis_iface.messageBar().clearWidgets()
        canvas.setLayers([tiles, later, earlier])       # the tiles on top: nothing to say
        panel = _taught(plugin, tiles)
        panel.review_button.setChecked(True)
        assert not [m for m in bar_messages(qgis_iface, Qgis.Warning) if "later scene" in m]
        panel.review_button.setChecked(False)
        canvas.setLayers([later, tiles, earlier])       # the later scene over the tiles
        panel.review_button.setChecked(True)
        said = [m for m in bar_messages(qgis_iface, Qgis.Warning) if "later scene" in m]
        assert len(said) == 1 and "earlier tiles" in said[0], bar_messages(qgis_iface, Qgis.Warning)
    finally:
        plugin.toggle_teach_panel(False)
        project.removeAllMapLayers()
        qgis_iface.messageBar().clearWidgets()


def test_a_tile_layer_opened_by_hand_counts_its_tiles_in_the_legend(plugin, rapideye, tmp_path):
    """The command line's (and batch's) GeoPackage added with Layer > Add Layer got the tile style but a legend
    without counts ('Mining', 'Other tiles'), where the dialog's and Processing's runs show 'Mining [2]'."""
    import shutil

    from qgis.core import QgsVectorLayer
    from qgis.PyQt.QtCore import QCoreApplication

    copy = shutil.copy(rapideye, tmp_path / "cli_tiles.gpkg")
    layer = QgsVectorLayer(f"{copy}|layername=tiles", "cli tiles", "ogr")
    try:
        QgsProject.instance().addMapLayer(layer)
        assert layer.renderer().type() == "RuleRenderer"          # styled as the plugin's runs
        QCoreApplication.processEvents()
        node = QgsProject.instance().layerTreeRoot().findLayer(layer.id())
        assert node is not None and node.customProperty("showFeatureCount") in (True, "true", 1, "1")
    finally:
        QgsProject.instance().removeAllMapLayers()


def test_export_confirmed_proposes_a_new_folder_named_after_the_change_layer(qgis_iface, change_layer, tmp_path):
    """Export confirmed… opened its folder dialog on QGIS's working directory (the install folder, or wherever QGIS
    was started) with no name: the analyst had to find a place and think of one. It proposes a folder not yet there,
    named after the change layer, where Classify raster puts its output (the project's folder first)."""
    from planet_qgis_plugin.alerts_panel import AlertsPanel

    project = tmp_path / "project"
    project.mkdir()
    QgsProject.instance().setFileName(str(project / "work.qgz"))
    panel = AlertsPanel(qgis_iface)
    try:
        assert panel.load(change_layer)
        proposed = panel.export_default()
        assert proposed == project / "change_confirmed" and not proposed.exists()
        (project / "change_confirmed").mkdir()        # exported there once: the next is another folder
        assert panel.export_default() == project / "change_confirmed_1"
    finally:
        panel.clear_outline()
        QgsProject.instance().setFileName("")


def test_hiding_the_teach_panel_from_the_toolbar_ends_the_review(plugin, qgis_iface, rapideye, tmp_path, show_layer):
    """Teach a concept… pressed again hides the panel; a review under way went on unseen: the layer kept its review look
    (no labels, no map tips) and Y / N / S on the map still answered the hidden chips. The dock's own close button
    ended it; the toolbar's does too."""
    import shutil

    from qgis.core import QgsVectorLayer
    from qgis.PyQt.QtCore import Qt
    from qgis.PyQt.QtTest import QTest

    from planet_qgis_plugin.style import REVIEW_LOOK_PROPERTY

    layer = show_layer(QgsVectorLayer(f"{shutil.copy(rapideye, tmp_path / 't.gpkg')}|layername=tiles", "t", "ogr"))
    panel = _taught(plugin, layer)
    panel.review_button.setChecked(True)
    assert panel.review_on and layer.customProperty(REVIEW_LOOK_PROPERTY)
    answers = len(panel.session().history)
    plugin.toggle_teach_panel(False)                   # what the toolbar button does to the panel it shows
    assert panel.isHidden()
    assert not panel.review_on and not layer.customProperty(REVIEW_LOOK_PROPERTY)
    QTest.keyClick(qgis_iface.mapCanvas(), Qt.Key_Y)
    assert len(panel.session().history) == answers      # no answer given to a hidden chip


def test_hiding_the_alerts_dock_from_the_toolbar_takes_its_outline_off_the_map(plugin, qgis_iface, change_layer):
    """Review alerts… pressed again hides the dock; the current alert's yellow outline stayed on the map, over a
    tile no panel spoke of any more (the dock's close button took it away)."""
    from qgis.core import QgsVectorLayer

    layer = QgsProject.instance().addMapLayer(QgsVectorLayer(f"{change_layer}|layername=changes", "chg", "ogr"))
    qgis_iface.mapCanvas().setDestinationCrs(layer.crs())
    qgis_iface.setActiveLayer(layer)
    try:
        panel = plugin.action_alerts.toggle_panel(True)
        assert panel.list.count() == 3 and panel._band is not None
        plugin.action_alerts.toggle_panel(False)         # what the toolbar button does to the dock it shows
        assert panel.isHidden() and panel._band is None
        plugin.action_alerts.toggle_panel(True)          # and shown again: the current alert outlined again
        assert panel._band is not None
    finally:
        plugin.action_alerts.toggle_panel(False)
        QgsProject.instance().removeAllMapLayers()


def test_the_alerts_dock_opened_beside_the_teach_panel_is_a_tab_not_half_of_it(plugin, qgis_iface, monkeypatch):
    """Teach panel open, then Review alerts…: the two docks were stacked on the right, each with half of a 1366x768
    screen's height, and the Alerts dock's facts ran over its before/after chips (seen in a real QGIS window). The
    second plugin dock opens as a tab of the first, in front; each toolbar button brings its own to the front."""
    from qgis.PyQt.QtCore import Qt
    from qgis.PyQt.QtWidgets import QMainWindow

    main = qgis_iface.mainWindow()
    assert isinstance(main, QMainWindow)
    monkeypatch.setattr(qgis_iface, "addDockWidget", lambda area, dock: main.addDockWidget(area, dock))   # as QGIS does
    teach = plugin.toggle_teach_panel(True)
    alerts = plugin.action_alerts.toggle_panel(True)
    try:
        assert main.dockWidgetArea(teach) == main.dockWidgetArea(alerts) == Qt.RightDockWidgetArea
        assert alerts in main.tabifiedDockWidgets(teach)
    finally:
        plugin.action_alerts.toggle_panel(False)
        plugin.toggle_teach_panel(False)


def test_filter_tiles_by_tag_opens_on_the_filter_the_layer_has(rapideye, tmp_path, show_layer):
    """Filter tiles by tag… opened again on a filtered layer showed the first tag and 'predicted', not the filter on
    the map (water at 0.30 or more): the analyst could not read it back, nor nudge its minimum."""
    import shutil

    from qgis.core import QgsVectorLayer

    from planet_qgis_plugin.dialog import TagFilterDialog
    from planet_qgis_plugin.style import filter_by_tag

    layer = show_layer(QgsVectorLayer(f"{shutil.copy(rapideye, tmp_path / 't.gpkg')}|layername=tiles", "t", "ogr"))
    first = TagFilterDialog(layer)
    assert first.tag_combo.currentIndex() == 0 and first.prob_spin.value() == 0.0   # no filter: the defaults
    filter_by_tag(layer, "water", 0.3)
    again = TagFilterDialog(layer)
    assert again.tag_combo.currentData() == "water" and abs(again.prob_spin.value() - 0.3) < 1e-9


def test_open_change_layer_starts_where_the_outputs_go(qgis_iface, tmp_path, monkeypatch):
    """Open change layer… opened its file dialog on QGIS's working directory (wherever QGIS was started); it starts
    where Classify raster and Export confirmed… put their outputs (the project's folder first)."""
    from qgis.PyQt.QtWidgets import QFileDialog

    from planet_qgis_plugin.alerts_panel import AlertsPanel

    project = tmp_path / "project"
    project.mkdir()
    QgsProject.instance().setFileName(str(project / "work.qgz"))
    asked = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args: (asked.append(args[2]), ("", ""))[1])
    panel = AlertsPanel(qgis_iface)
    try:
        assert panel.choose_file() == "" and asked == [str(project)]
    finally:
        QgsProject.instance().setFileName("")


def test_a_path_only_geopackage_gone_from_disk_is_no_change_layer_with_gdals_exceptions_on(change_layer, tmp_path):
    """change_gpkg reads the first layer's name of a GeoPackage source naming none (what Processing loads); with GDAL's
    exceptions on (QGIS, other plugins turn them on) a file deleted under its layer raised out of the Alerts dock's
    slot that follows the active layer, instead of 'not a change layer'."""
    import shutil

    from osgeo import gdal
    from qgis.core import QgsVectorLayer

    from planet_qgis_plugin.alerts_panel import change_gpkg

    copy = shutil.copy(change_layer, tmp_path / "gone.gpkg")
    layer = QgsVectorLayer(str(copy), "gone", "ogr")
    assert layer.isValid() and change_gpkg(layer) == copy
    (tmp_path / "gone.gpkg").unlink()
    was = gdal.GetUseExceptions()
    gdal.UseExceptions()
    try:
        assert change_gpkg(layer) is None
    finally:
        if not was:
            gdal.DontUseExceptions()


def test_the_classify_dialog_refuses_a_change_layer_holding_answers_before_asking_to_replace_it(
        plugin, qgis_iface, raster_layer, use_bundle, change_layer):
    """The output picked again by slip is the change layer the analyst answered in: the dialog asked 'Replace it?',
    and Yes replaced every answer with a tile layer. It says why it cannot, and asks nothing."""
    from planet_qgis_plugin.core.monitor.alerts import read_alerts, record_review

    record_review(change_layer, read_alerts(change_layer).rows[0].fid, "confirmed", "mining", reviewer="ana")
    _refused_before_replace(plugin, change_layer, "holds the answers given to 1 alert")
    assert read_alerts(change_layer).rows[0].review == "confirmed"


def _refused_before_replace(plugin, output, said: str) -> None:
    """The Classify dialog given ``output`` (the analyst's work in it) builds no request, says ``said`` and never asks
    'Replace it?'; the file is left as it was."""
    kept = output.read_bytes()
    plugin.show_dialog()
    dialog = plugin.dialog
    try:
        asked = []
        dialog.confirm_overwrite = lambda path: asked.append(path) or True
        dialog.output_widget.setFilePath(str(output))
        assert dialog.build_request() is None and asked == []
        assert said in dialog.status.text(), dialog.status.text()
        assert output.read_bytes() == kept
    finally:
        dialog.hide()


def test_the_classify_dialog_refuses_a_tile_layer_carrying_a_taught_concept_before_asking_to_replace_it(
        plugin, qgis_iface, raster_layer, use_bundle, tmp_path):
    """The output picked again is a tile layer with a concept taught on it (p_pits/flag_pits, no other copy): the
    dialog asked 'Replace it?' and the run refused only after Yes. It says why at once, and asks nothing."""
    from osgeo import ogr

    taught = tmp_path / "taught.gpkg"
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(taught))
    layer = ds.CreateLayer("tiles", geom_type=ogr.wkbPolygon)
    layer.CreateField(ogr.FieldDefn("p_pits", ogr.OFTReal))
    layer.CreateField(ogr.FieldDefn("flag_pits", ogr.OFTInteger))
    layer = ds = None
    _refused_before_replace(plugin, taught, "carries 1 concept (p_pits/flag_pits)")
