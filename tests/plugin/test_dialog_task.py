"""The analyst's day through the dialog and QgsTask: run, layer above the raster, flagged toggle,
cancel leaves no output, a bad raster gives a message and no crash."""
from __future__ import annotations

import dataclasses

import pytest
from qgis.core import Qgis, QgsProject, QgsRasterLayer, QgsRuleBasedRenderer

from tests.plugin import test_translations as translated
from tests.plugin.conftest import notices_shown

portuguese = translated.portuguese     # QGIS in pt_BR (the .qm compiled from the .ts files)


def _dialog(plugin, qgis_iface):
    plugin.show_dialog()
    dialog = plugin.dialog
    dialog.hide()
    return dialog


def test_dialog_defaults_run_and_flagged_toggle(plugin, qgis_iface, raster_layer, use_bundle, tmp_path, wait_task,
                                               bar_messages, qgis_notices):
    dialog = _dialog(plugin, qgis_iface)
    assert dialog.raster_combo.currentLayer() is raster_layer
    assert "Sample F2" in dialog.bundle_info.text() and "17 labels" in dialog.bundle_info.text()
    assert dialog.run_button.isEnabled() and not dialog.install_button.isVisible()
    assert dialog.bands_edit.text() == "red=3,green=2,blue=1"     # BGRN analytic
    assert dialog.output_widget.filePath().endswith("_planet_tags.gpkg")
    assert "onnx:cpu" in dialog.found_label.text()
    out = tmp_path / "day.gpkg"
    dialog.output_widget.setFilePath(str(out))
    dialog.batch_spin.setValue(2)
    dialog.run()
    task = dialog.task
    assert task is not None
    wait_task(plugin, task)
    assert task.result is not None, task.error
    assert out.is_file() and dialog.progress.value() == 100
    tiles = [l for l in QgsProject.instance().mapLayers().values() if l.name().startswith("borneo tiles ")]
    assert len(tiles) == 1
    layer = tiles[0]
    assert layer.title() == layer.name()          # the Layers panel's tooltip: the name in full (here not shortened)
    assert isinstance(layer.renderer(), QgsRuleBasedRenderer)
    from planet_qgis_plugin.core.model.bundle import load_bundle
    from planet_qgis_plugin.core.palette import FLAG_TITLES
    labels = [r.label() for r in layer.renderer().rootRule().children()]
    for concept in load_bundle(use_bundle).manifest.concepts:     # coloured by the bundle's own group
        assert f"Concept: {concept.name} ({FLAG_TITLES[concept.group]})" in labels
    from planet_qgis_plugin.style import map_tip_html, weak_tags
    weak = weak_tags(load_bundle(use_bundle).manifest)
    assert weak and layer.mapTipTemplate() == map_tip_html(weak)   # its weak tags are named as left out of the labels
    order = [n.layerId() for n in QgsProject.instance().layerTreeRoot().findLayers()]
    assert order.index(layer.id()) == order.index(raster_layer.id()) - 1   # directly above the raster
    assert qgis_notices == ["Planet classifier: borneo"] and notices_shown(qgis_iface)   # QGIS's notice, pushed
    items = qgis_iface.messageBar().items()
    assert len(items) == 1          # one message-bar item per run, not a stack: not QGIS's notice over the run's line
    info = items[0].text() + "\n" + items[0].toolTip()      # the line, and every warning in full
    assert "tiles processed" in info and "chips/s" in info and "flagged" in info
    assert all(note in info for note in task.result.messages)
    assert "user mapping" not in info and "(4-band analytic BGRN" in info   # where the band mapping came from
    # the scene, drawn by QGIS with bands 1, 2, 3 (its colour tags), is now drawn as the classifier read it
    shown = raster_layer.renderer()
    assert (shown.redBand(), shown.greenBand(), shown.blueBand()) == task.result.colour_bands == (3, 2, 1)
    assert shown.redContrastEnhancement() is not None and "natural colour: bands 3, 2, 1" in info
    # flagged-only toggle on the new layer: with no flagged tile it says so instead of blanking the map
    qgis_iface.setActiveLayer(layer)
    plugin._current_layer_changed(layer)
    assert plugin.action_flagged.isEnabled()
    from osgeo import ogr

    def set_flagged(where):
        ds = ogr.Open(str(out), 1)
        ds.ExecuteSQL("UPDATE tiles SET flagged = 0")
        ds.ExecuteSQL(f"UPDATE tiles SET flagged = 1 WHERE {where}")
        ds = None
        layer.dataProvider().reloadData()

    set_flagged("0")
    plugin.action_flagged.setChecked(True)
    assert layer.subsetString() == "" and not plugin.action_flagged.isChecked()
    assert any("no tile is flagged" in m for m in bar_messages(qgis_iface, Qgis.Info))
    set_flagged("fid IN (SELECT fid FROM tiles LIMIT 2)")
    plugin.action_flagged.setChecked(True)
    assert layer.subsetString() == '"flagged" = 1'
    assert layer.featureCount() == 2
    plugin.action_flagged.setChecked(False)
    assert layer.subsetString() == ""
    node = QgsProject.instance().layerTreeRoot().findLayer(layer.id())
    assert node.customProperty("showFeatureCount") in (True, "true", 1)   # the legend counts each class
    # running again onto the same file asks before overwriting
    asked = []
    dialog.output_widget.setFilePath(str(out))
    dialog.confirm_overwrite = lambda path: asked.append(path) or False
    assert dialog.build_request() is None and asked == [str(out)]


def test_dialog_shows_the_model_card_of_the_bundle(plugin, qgis_iface, raster_layer, use_bundle):
    from pathlib import Path

    from qgis.PyQt.QtWidgets import QTextBrowser

    dialog = _dialog(plugin, qgis_iface)
    card = Path(use_bundle) / "MODEL_CARD.md"
    from planet_qgis_plugin.core.model.bundle import load_bundle
    from planet_qgis_plugin.dialog import flag_support_note

    note = flag_support_note(load_bundle(use_bundle).manifest.metrics.get("support"))
    assert dialog.warning.text() == note and dialog.warning.isVisibleTo(dialog) == bool(note)
    few = {"artisinal_mine": 1, "conventional_mine": 1, "selective_logging": 0, "slash_burn": 1}
    assert "Mining 2, Logging 0, Slash-and-burn 1" in flag_support_note(few)   # the legend's titles
    assert flag_support_note({k: 500 for k in few}) == "" and flag_support_note(None) == ""
    assert card.is_file(), f"{use_bundle} has no MODEL_CARD.md: the shipped bundle comes with its card"
    assert dialog.card_button.isEnabled()
    dialog.show_model_card()
    text = dialog._card_viewer.findChild(QTextBrowser).toPlainText()
    assert "Model card" in text and "What the flags can and cannot be trusted for" in text
    dialog._card_viewer.close()


def test_dialog_limits_to_map_extent(plugin, qgis_iface, raster_layer, use_bundle, tmp_path, wait_task, bar_messages):
    dialog = _dialog(plugin, qgis_iface)
    canvas = qgis_iface.mapCanvas()
    canvas.setDestinationCrs(raster_layer.crs())
    extent = raster_layer.extent()
    extent.setXMinimum(extent.center().x() + 10)   # right half: the valid part of the scene
    canvas.setExtent(extent)
    dialog.area_combo.setCurrentIndex(1)
    dialog.output_widget.setFilePath(str(tmp_path / "ext.gpkg"))
    request = dialog.build_request()
    assert request is not None and request.aoi is not None


def test_cancel_leaves_no_output(plugin, raster_layer, use_bundle, tmp_path, qgis_iface, wait_task, bar_messages):
    from planet_qgis_plugin.runner import ClassifyRequest
    from planet_qgis_plugin.task import ClassifyTask
    out = tmp_path / "cancelled.gpkg"
    request = ClassifyRequest(raster=raster_layer.source(), output=str(out), batch_size=1,
                              raster_layer_id=raster_layer.id(), raster_name="borneo")
    # cancel from inside the run, as the user would while tiles are processed
    task = ClassifyTask(request)
    original = task._progress

    def progress(done, total):
        original(done, total)
        task.cancel()

    task._progress = progress
    assert task.run() is False
    assert task.cancelled and task.result is None
    assert not out.exists() and not list(tmp_path.glob("*.gpkg*"))
    # and through the task manager: the plugin reports it, no layer is added
    task = plugin.start(request)
    task.cancel()
    wait_task(plugin, task)
    assert not out.exists()
    assert any("cancelled" in m for m in bar_messages(qgis_iface, Qgis.Info))
    assert not [l for l in QgsProject.instance().mapLayers().values() if l.name().startswith("borneo tiles ")]


def test_cancel_stays_a_cancel_with_gdal_exceptions_on(raster_layer, use_bundle, tmp_path):
    """Another plugin or the Python console turned GDAL's process-wide exception mode on after a run had
    turned OGR's on (GDAL < 3.7 then refuses ogr.DontUseExceptions()): a cancel still reads as a cancel
    and leaves no file, and the modes stay as they were."""
    from osgeo import gdal, ogr

    from planet_qgis_plugin.runner import ClassifyRequest
    from planet_qgis_plugin.task import ClassifyTask

    modes = gdal.GetUseExceptions(), ogr.GetUseExceptions()
    ogr.UseExceptions()
    gdal.UseExceptions()
    try:
        out = tmp_path / "cancelled.gpkg"
        task = ClassifyTask(ClassifyRequest(raster=raster_layer.source(), output=str(out), batch_size=1,
                                            raster_layer_id=raster_layer.id(), raster_name="borneo"))
        original = task._progress

        def progress(done, total):
            original(done, total)
            if done:
                task.cancel()

        task._progress = progress
        assert task.run() is False
        assert task.cancelled and task.result is None
        assert "unexpected" not in (task.error or ""), task.error
        assert not out.exists() and list(tmp_path.iterdir()) == []
        assert (gdal.GetUseExceptions(), ogr.GetUseExceptions()) == (1, 1)
    finally:
        if not modes[0]:
            gdal.DontUseExceptions()   # the handler stacked last is taken off first
        if not modes[1]:
            ogr.DontUseExceptions()


def test_bad_raster_gives_message_not_crash(plugin, qgis_iface, tmp_path, use_bundle, wait_task, bar_messages):
    from planet_qgis_plugin.runner import ClassifyRequest
    bad = tmp_path / "bad.tif"
    bad.write_bytes(b"II*\x00garbage")
    task = plugin.start(ClassifyRequest(raster=str(bad), output=str(tmp_path / "bad.gpkg")))
    wait_task(plugin, task)
    critical = bar_messages(qgis_iface, Qgis.Critical)
    assert critical and "bad.tif" in critical[-1] and "Traceback" not in critical[-1]
    assert not (tmp_path / "bad.gpkg").exists()
    # the dialog refuses an invalid layer with a message, before any task
    layer = QgsRasterLayer(str(bad), "bad")
    dialog = _dialog(plugin, qgis_iface)
    QgsProject.instance().addMapLayer(layer)
    dialog.raster_combo.setLayer(layer)
    assert dialog.build_request() is None
    assert "not valid" in dialog.status.text() or "choose a raster" in dialog.status.text()
    QgsProject.instance().removeAllMapLayers()


def test_missing_rasterio_gives_message(plugin, qgis_iface, raster_layer, use_bundle, tmp_path, monkeypatch, wait_task, bar_messages):
    import sys

    from planet_qgis_plugin.runner import ClassifyRequest
    for name in [m for m in sys.modules if m == "rasterio" or m.startswith("rasterio.")]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, "rasterio", None)    # import rasterio -> ModuleNotFoundError
    task = plugin.start(ClassifyRequest(raster=raster_layer.source(), output=str(tmp_path / "x.gpkg")))
    wait_task(plugin, task)
    critical = bar_messages(qgis_iface, Qgis.Critical)
    assert critical and "'rasterio' is missing" in critical[-1], critical
    assert not (tmp_path / "x.gpkg").exists()


def test_cuda_missing_falls_back_to_cpu_with_message(plugin, qgis_iface, raster_layer, use_bundle, tmp_path,
                                                      wait_task, bar_messages):
    from planet_qgis_plugin.core.model.predict import available_backends
    from planet_qgis_plugin.runner import ClassifyRequest
    if any(b.endswith(":cuda") for b in available_backends()):
        pytest.skip("CUDA is available here")
    task = plugin.start(ClassifyRequest(raster=raster_layer.source(), output=str(tmp_path / "cpu.gpkg"),
                                        device="cuda", raster_layer_id=raster_layer.id(), raster_name="borneo"))
    wait_task(plugin, task)
    assert task.result is not None and task.result.device == "cpu"
    assert any("CUDA" in m and "CPU" in m for m in bar_messages(qgis_iface, Qgis.Warning))


def test_warning_visible_at_default_size_and_run_needs_a_backend(plugin, qgis_iface, raster_layer, use_bundle,
                                                                  monkeypatch):
    import planet_qgis_plugin.core.model.predict as predict
    dialog = _dialog(plugin, qgis_iface)
    dialog.show()
    try:
        assert dialog.height() <= 768 - 60 and dialog.width() <= 1366      # fits a 1366x768 screen
        if dialog.warning.text():
            top = dialog.warning.mapTo(dialog, dialog.warning.rect().bottomLeft()).y()
            assert dialog.warning.isVisible() and top < dialog.height() / 2   # near the top, not scrolled away
        # no inference backend: Run is disabled with the reason, and the installer is offered
        monkeypatch.setattr(predict, "available_backends", lambda: [])
        dialog.refresh(raster_layer)
        assert not dialog.run_button.isEnabled() and "onnxruntime" in dialog.run_button.toolTip()
        assert dialog.install_button.isVisible() and "no inference backend" in dialog.found_label.text()
        monkeypatch.undo()
        dialog.refresh(raster_layer)
        assert dialog.run_button.isEnabled() and not dialog.install_button.isVisible()
    finally:
        dialog.hide()


def test_another_raster_clears_the_previous_summary(plugin, qgis_iface, raster_layer, use_bundle):
    dialog = _dialog(plugin, qgis_iface)
    dialog._last_run_raster = raster_layer.id()
    dialog.progress.setValue(100)
    dialog.status.setText("2 tiles classified ...")
    dialog.refresh(raster_layer)                     # same raster: the summary stays
    assert dialog.progress.value() == 100
    other = QgsRasterLayer(raster_layer.source(), "another scene")
    QgsProject.instance().addMapLayer(other)
    dialog.refresh(other)
    assert dialog.progress.value() == 0 and dialog.status.text() == ""


def test_one_table_of_a_geopackage_of_rasters_is_told_to_be_exported(plugin, qgis_iface, use_bundle, tmp_path,
                                                                      show_layer):
    """QGIS opens one raster of a GeoPackage holding several as GPKG:file:table. The run said
    'raster GPKG:...:b does not exist' of a file that is there."""
    from osgeo import gdal

    from planet_qgis_plugin.core.errors import RasterError
    from planet_qgis_plugin.runner import raster_source
    from tests.conftest import CAPE_TOWN_SR, VISUAL_RGBA

    gpkg = tmp_path / "scenes.gpkg"
    for table, scene, options in (("a", VISUAL_RGBA, []), ("b", CAPE_TOWN_SR, ["APPEND_SUBDATASET=YES"])):
        gdal.Translate(str(gpkg), str(scene), format="GPKG", outputType=gdal.GDT_Byte, bandList=[3, 2, 1],
                       scaleParams=[[]], creationOptions=[f"RASTER_TABLE={table}", *options])
    layer = show_layer(QgsRasterLayer(f"GPKG:{gpkg}:b", "b"))
    with pytest.raises(RasterError, match=r"^raster layer 'b' is read through GDAL's GPKG driver .*: save it as "
                                          r"GeoTIFF first"):
        raster_source(layer)
    dialog = _dialog(plugin, qgis_iface)
    dialog.refresh(layer)
    dialog.output_widget.setFilePath(str(tmp_path / "b_tiles.gpkg"))
    dialog.run()
    assert dialog.task is None and "save it as GeoTIFF first" in dialog.status.text()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["scenes.gpkg"]
    single = tmp_path / "single.gpkg"       # a GeoPackage of one raster opens by its file name: classified
    gdal.Translate(str(single), str(VISUAL_RGBA), format="GPKG", bandList=[1, 2, 3])
    assert raster_source(QgsRasterLayer(str(single), "single")) == str(single)


def test_a_run_finishing_after_its_project_was_closed_is_not_added_to_the_next(plugin, qgis_iface, raster_layer,
                                                                                use_bundle, tmp_path, wait_task,
                                                                                bar_messages):
    """Classify finishing after the project it was started in was closed (another opened): its layer went into the
    next project, above nothing of its own. It is written, not added, and the message bar says where it is."""
    from qgis.core import QgsRectangle

    from planet_qgis_plugin.runner import ClassifyRequest, aoi_from_extent

    extent = raster_layer.extent()
    corner = QgsRectangle(extent.center().x() + 10, extent.center().y(), extent.center().x() + 2000,
                          extent.center().y() + 2000)      # a few tiles of the scene's valid half: a short run
    out = tmp_path / "closed.gpkg"
    request = ClassifyRequest(raster=raster_layer.source(), output=str(out), batch_size=4,
                              aoi=aoi_from_extent(corner, raster_layer.crs()), raster_layer_id=raster_layer.id(),
                              raster_name="borneo")
    task = plugin.start(request)
    QgsProject.instance().clear()                 # the analyst opens another project while it runs
    other = QgsRasterLayer(request.raster, "next project's scene")
    QgsProject.instance().addMapLayer(other)
    wait_task(plugin, task)
    assert task.result is not None, task.error
    assert out.is_file()
    assert list(QgsProject.instance().mapLayers().values()) == [other]
    warnings = bar_messages(qgis_iface, Qgis.Warning)
    assert any(str(out) in m and "not added" in m and "closed" in m for m in warnings), warnings
    task = plugin.start(dataclasses.replace(request, output=str(tmp_path / "open.gpkg"), raster_layer_id=other.id()))
    wait_task(plugin, task)                       # started in this project: added to it
    assert [l.name() for l in QgsProject.instance().mapLayers().values() if l.name().startswith("borneo tiles ")]


def test_a_run_of_one_tile_reads_in_the_singular():
    """A raster smaller than a chip is one tile: the dialog said "1 tiles classified"."""
    from types import SimpleNamespace

    from planet_qgis_plugin.dialog import run_summary

    result = SimpleNamespace(tiles=1, skipped=0, flagged=0, group_counts={}, concept_counts={}, chips_per_s=1.0,
                             device="cpu", backend="onnx", output="tiny.gpkg")
    assert run_summary(result).startswith("1 tile classified, 0 skipped (no data), 0 flagged;"), run_summary(result)


def _no_crs_copy(scene, folder):
    """The scene's pixels in a GeoTIFF with no CRS and no georeference (a plain image)."""
    from osgeo import gdal
    source = gdal.Open(str(scene))
    path = folder / "no_crs.tif"
    out = gdal.GetDriverByName("GTiff").Create(str(path), source.RasterXSize, source.RasterYSize, source.RasterCount,
                                               source.GetRasterBand(1).DataType)
    for i in range(1, source.RasterCount + 1):
        out.GetRasterBand(i).WriteArray(source.GetRasterBand(i).ReadAsArray())
    out = source = None
    return path


@pytest.mark.parametrize("crs", [True, False])
def test_the_runs_notes_leave_out_what_the_warnings_above_say(plugin, qgis_iface, scene, show_layer, use_bundle,
                                                              tmp_path, wait_task, crs):
    """The box above the settings said 'Training examples behind the flags: Mining 2, ...' and, after a run, 'The
    last run says: the model saw fewer than 20 training examples of artisinal_mine (1), ...' right under it (and
    'has no CRS' twice for a raster without one): each fact once."""
    path = scene if crs else _no_crs_copy(scene, tmp_path)
    show_layer(QgsRasterLayer(str(path), "scene"))
    dialog = _dialog(plugin, qgis_iface)
    assert [k for k in ("crs", "support") if k in dialog._warnings] == (["support"] if crs else ["crs", "support"])
    dialog.output_widget.setFilePath(str(tmp_path / "tiles.gpkg"))
    dialog.run()
    task = dialog.task
    wait_task(plugin, task)
    assert task.result is not None, task.error
    notes = task.result.messages
    assert any("training examples of" in n for n in notes) and crs != any("has no CRS" in n for n in notes)
    shown = " ".join(dialog.warnings())
    assert "training examples of" not in shown and shown.count("has no CRS") == (0 if crs else 1), shown
    kept = [n for n in notes if "training examples of" not in n and "has no CRS" not in n]
    assert all(n in shown for n in kept)          # whatever else the run said is still there


def test_in_portuguese_the_runs_crs_note_is_not_said_again_under_the_dialogs(portuguese, plugin, qgis_iface, scene,
                                                                             show_layer, use_bundle, tmp_path,
                                                                             wait_task):
    """QGIS in pt_BR, a raster without CRS: after the run, 'A última execução diz: ... não tem SRC: as quadrículas são
    gravadas em coordenadas de pixel ...' stood under the dialog's own 'não tem SRC' (seen in make docs' pt_BR
    dialog_done.png): the note the run would say was worked out in English, the run said it in Portuguese."""
    show_layer(QgsRasterLayer(str(_no_crs_copy(scene, tmp_path)), "scene"))
    dialog = _dialog(plugin, qgis_iface)
    dialog.output_widget.setFilePath(str(tmp_path / "tiles.gpkg"))
    dialog.run()
    task = dialog.task
    wait_task(plugin, task)
    assert task.result is not None, task.error
    assert any("não tem SRC" in n for n in task.result.messages), task.result.messages
    shown = " ".join(dialog.warnings())
    assert shown.count("não tem SRC") == 1, shown
