"""Round 6 of hostile input through QGIS's faces: what an analyst's project holds (one GeoPackage loaded twice, a
layer in edit mode with edits not saved) met by the Processing algorithms, the teach panel and the Alerts dock.
Each gives one line and loses nothing: neither the analyst's edits nor what the plugin wrote."""
from __future__ import annotations

import pytest
from qgis.core import QgsProcessingFeedback, QgsProject, QgsVectorLayer

from tests.monitor import conftest as monitor
from tests.monitor import test_alerts_panel as alerts
from tests.plugin import test_teach_panel as teach
from tests.plugin.conftest import marked
from tests.plugin.test_teach_panel import _panel, _read

# the teach tests' fixtures (a classified RapidEye scene, 25 tiles with embeddings, copied for each test) and the
# monitoring tests' (a change layer with 3 alerts)
classified_many, tiles, forget_chosen_bundle = teach.classified_many, teach.tiles, teach.forget_chosen_bundle
serial_batch, rapideye, rapideye_copy = monitor.serial_batch, monitor.rapideye, monitor.rapideye_copy
change_layer = alerts.change_layer


def _twin_being_edited(tiles, show_layer):
    """The same GeoPackage added again (drag and drop, Add Layer twice), that copy in edit mode with an edit."""
    fid = sorted(tiles.allFeatureIds())[0]
    twin = show_layer(QgsVectorLayer(tiles.source(), "rapideye tiles (2)", "ogr"))
    assert twin.startEditing()
    assert twin.changeAttributeValue(fid, twin.fields().indexOf("flag_mining"), 1)
    return twin


def test_teaching_while_another_layer_of_the_geopackage_is_edited_is_refused(plugin, tiles, show_layer):
    """Teach wrote its fields (and refolded flag_<group>, score_<group>) into the file behind the twin's edit buffer;
    saving the twin then wrote its edits over them."""
    import processing

    fids = sorted(tiles.allFeatureIds())   # (read before: with the twin in edit mode, either layer's list of its
    twin = _twin_being_edited(tiles, show_layer)   # features came back empty now and then, in QGIS 3.22)
    tiles.selectByIds(fids[:2])
    path = tiles.source().split("|")[0]
    with pytest.raises(Exception, match=r"rapideye tiles \(2\) is in edit mode: save or discard the edits first"):
        processing.run("planet_classifier:teach_concept", {"INPUT": tiles, "NAME": "twice"},
                       feedback=QgsProcessingFeedback())
    panel = _panel(plugin, tiles)
    assert not marked(panel, True)
    assert "rapideye tiles (2) is in edit mode" in " ".join(item.text() for item in panel.bar.items())
    assert not any(name.endswith(("twice", "bright_water")) for name in _read_fields(path))
    assert twin.isModified() and twin.commitChanges()     # the analyst's edit is kept, saved as they meant it
    tiles.selectByIds(fids[:2])
    assert marked(panel, True)                       # saved: teaching goes on
    assert _read(path, "flag_bright_water")


def _read_fields(path) -> list[str]:
    from osgeo import ogr
    ds = ogr.Open(str(path))
    names = [d.GetName() for d in ds.GetLayerByName("tiles").schema]
    ds = None
    return names


def test_an_alert_answered_while_its_change_layer_is_edited_is_refused(qgis_iface, change_layer):
    """Confirm wrote the review into the file behind the layer's edit buffer; saving the layer then wrote the
    analyst's own edit of that alert over it: a row 'rejected' with the confirmation's cause and time."""
    from osgeo import ogr

    from planet_qgis_plugin.alerts_panel import AlertsPanel

    layer = QgsProject.instance().addMapLayer(QgsVectorLayer(f"{change_layer}|layername=changes", "chg", "ogr"))
    panel = AlertsPanel(qgis_iface)
    try:
        panel.set_layer(layer)
        row = panel.current()
        assert layer.startEditing()
        assert layer.changeAttributeValue(row.fid, layer.fields().indexOf("reject_reason"), "a cloud")
        assert not panel.confirm()
        assert panel.status.text() == "error: chg is in edit mode: save or discard the edits first"
        assert not panel.current().review
        ds = ogr.Open(str(change_layer))
        feature = ds.GetLayerByName("changes").GetFeature(row.fid)
        assert not feature.GetField("review") and not feature.GetField("reviewed_at")
        ds = None
        assert layer.commitChanges()
        assert panel.confirm()                  # saved: answering goes on
    finally:
        panel.clear_outline()
        QgsProject.instance().removeAllMapLayers()


def test_classifying_onto_a_tile_layer_being_edited_is_refused(plugin, tiles, use_bundle, show_layer, borneo):
    """The dialog asked 'Replace it?' and, answered Yes, replaced the GeoPackage under the layer being edited: the
    layer went on showing the old tiles and saving its edits wrote them into the new file's tiles of those fids."""
    from qgis.core import QgsRasterLayer

    raster = show_layer(QgsRasterLayer(str(borneo), "borneo"))
    plugin.show_dialog()
    dialog = plugin.dialog
    dialog.hide()
    dialog.raster_combo.setLayer(raster)
    path = tiles.source().split("|")[0]
    assert tiles.startEditing()   # (QGIS turns the file's journal to WAL as it opens it for editing)
    before = open(path, "rb").read()
    asked = []
    dialog.confirm_overwrite = lambda p: asked.append(p) or True
    dialog.output_widget.setFilePath(path)
    assert dialog.build_request() is None and not asked
    assert dialog.status.text() == "rapideye tiles is in edit mode: save or discard the edits first"
    assert open(path, "rb").read() == before
    assert tiles.rollBack()
    assert dialog.build_request() is not None and asked == [path]   # not in edit mode: asked, as before


def test_a_raster_whose_crs_was_set_otherwise_in_qgis_is_told_which_crs_the_tiles_take(plugin, use_bundle, show_layer,
                                                                                         borneo, tmp_path):
    """A UTM scene whose layer CRS was set to another in QGIS (Layer Properties > Source: the file's was wrong, or a
    slip): QGIS draws it there, and the tiles were written in the file's CRS, elsewhere on the map, in silence."""
    import processing
    from qgis.core import QgsCoordinateReferenceSystem, QgsProcessingException, QgsRasterLayer

    raster = show_layer(QgsRasterLayer(str(borneo), "borneo"))
    raster.setCrs(QgsCoordinateReferenceSystem("EPSG:3857"))
    out = tmp_path / "tiles.gpkg"
    said = (r"raster layer 'borneo' is in EPSG:3857 in QGIS, but its file says EPSG:32649: the tiles would be "
            r"written in EPSG:32649; write the CRS QGIS uses into the file \(gdal_edit.py -a_srs EPSG:3857 .*"
            r"AnalyticMS.tif\) or set the layer's CRS back to EPSG:32649")
    with pytest.raises(QgsProcessingException, match=said):
        processing.run("planet_classifier:classify_raster", {"INPUT": raster, "OUTPUT": str(out)},
                       feedback=QgsProcessingFeedback())
    assert not out.exists()
    plugin.show_dialog()
    dialog = plugin.dialog
    dialog.hide()
    dialog.raster_combo.setLayer(raster)
    dialog.output_widget.setFilePath(str(out))
    assert dialog.build_request() is None
    assert dialog.status.text().startswith("raster layer 'borneo' is in EPSG:3857 in QGIS, but its file says")
    raster.setCrs(QgsCoordinateReferenceSystem("EPSG:32649"))
    assert dialog.build_request() is not None          # the file's own CRS: as before


@pytest.mark.parametrize("field", ["alert", "lon", "new_flag", "cause", "reviewed_at"])
def test_a_change_layer_with_a_field_deleted_in_qgis_is_one_line_in_the_alerts_dock(qgis_iface, change_layer, tmp_path,
                                                                                    field):
    """A field deleted (attribute table > Delete field, saved; Refactor fields) and the layer made active: KeyError or
    RuntimeError out of the dock's layer-changed slot, QGIS's Python error dialog."""
    import shutil

    from osgeo import ogr

    from planet_qgis_plugin.alerts_panel import AlertsPanel

    copy = tmp_path / "edited.gpkg"
    shutil.copy(change_layer, copy)
    ds = ogr.Open(str(copy), 1)
    ds.ExecuteSQL(f'ALTER TABLE changes DROP COLUMN "{field}"')
    ds = None
    before = copy.read_bytes()
    panel = AlertsPanel(qgis_iface)
    try:
        panel.set_layer(QgsProject.instance().addMapLayer(QgsVectorLayer(f"{copy}|layername=changes", "chg", "ogr")))
        assert panel.status.text() == (f"error: {copy} lacks the field {field} of a change layer (deleted or renamed "
                                       "in QGIS?): run `change` again")
        assert panel.list.count() == 0 and not panel.confirm()
        assert copy.read_bytes() == before
    finally:
        panel.clear_outline()
        QgsProject.instance().removeAllMapLayers()


def test_teach_concept_never_replaces_the_marks_the_panel_taught_under_that_name(plugin, tiles):
    """*Teach concept* named as a concept taught in the panel on that layer: it started from no marks, so the panel's
    marks and answers (the layer's record of them) became the run's 2 positives, and p_/flag_ were fitted on those
    alone."""
    import processing

    from planet_qgis_plugin.teach_layer import PROPERTY

    panel = _panel(plugin, tiles)
    fids = sorted(tiles.allFeatureIds())
    tiles.selectByIds(fids[5:8])
    assert marked(panel, True)
    tiles.selectByIds(fids[10:14])
    assert marked(panel, False)
    tiles.removeSelection()
    path = tiles.source().split("|")[0]
    marks = {key: tiles.customProperty(PROPERTY + f"bright_water/{key}") for key in ("positive", "negative", "history")}
    p = _read(path, "p_bright_water")
    run = {"INPUT": tiles, "NAME": "bright_water", "POSITIVE": f"$id IN ({fids[0]}, {fids[1]})"}
    with pytest.raises(Exception, match=r"'bright_water' is taught on rapideye tiles already, from 3 positive and 4 "
                                        r"negative tiles marked there \(the teach panel, or an earlier run\), which this "
                                        r"run would replace: give another NAME, or go on teaching it in the teach panel"):
        processing.run("planet_classifier:teach_concept", run, feedback=QgsProcessingFeedback())
    assert {key: tiles.customProperty(PROPERTY + f"bright_water/{key}") for key in marks} == marks
    assert _read(path, "p_bright_water") == p
    # a run again with its own marks (a model run twice) goes on, as before
    run["NAME"] = "by_model"
    first = processing.run("planet_classifier:teach_concept", run, feedback=QgsProcessingFeedback())
    again = processing.run("planet_classifier:teach_concept", run, feedback=QgsProcessingFeedback())
    assert again["FLAGGED"] == first["FLAGGED"]


def test_an_alert_answered_after_its_file_was_replaced_is_read_again_not_written_to_another(qgis_iface, change_layer,
                                                                                             tmp_path):
    """The dock's file (opened with *Open change layer…*, so no layer of the project guards it) replaced by a new run
    of *Change* (its file dialog asked 'replace?'): Confirm wrote the answer into the new file's alert of that id, an
    alert the analyst had not seen (another tile's facts), and the dock went on showing the old ones."""
    import os
    import shutil

    from osgeo import ogr

    from planet_qgis_plugin.alerts_panel import AlertsPanel

    panel = AlertsPanel(qgis_iface)
    try:
        assert panel.load(change_layer) and panel.list.count() == 3
        row = panel.current()
        new = tmp_path / "new.gpkg"
        shutil.copy(change_layer, new)
        ds = ogr.Open(str(new), 1)
        ds.ExecuteSQL(f"UPDATE changes SET lon = lon + 1, rise = 0.99 WHERE fid = {row.fid}")   # another alert there
        ds = None
        os.replace(new, change_layer)        # published as core/publish does: a new file under the name
        assert not panel.confirm()
        assert panel.status.text() == (f"{change_layer} was replaced since it was opened (a new run of Change?): its "
                                       "alerts are read again; answer them again")
        ds = ogr.Open(str(change_layer))
        assert not ds.GetLayerByName("changes").GetFeature(row.fid).GetField("review")
        ds = None
        assert panel.list.count() == 3 and any(abs(r.rise - 0.99) < 1e-9 for r in panel.alerts.rows)
        assert panel.confirm()               # read again: answering goes on
    finally:
        panel.clear_outline()
        QgsProject.instance().removeAllMapLayers()
