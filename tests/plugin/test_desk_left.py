"""What desk9's walk through the analyst's day left: the teach panel's keys, its notices and its waits, and the task
notices QGIS shows in the analyst's language."""
from __future__ import annotations

import shutil

from qgis.core import QgsVectorLayer

from tests.plugin import test_desk_day as day
from tests.plugin import test_translations as translated
from tests.plugin.conftest import wait_refitted

portuguese = translated.portuguese     # QGIS in pt_BR (the .qm compiled from the .ts files)
serial_batch, rapideye = day.serial_batch, day.rapideye    # a small tile layer (tests/monitor)


empty_message_bar = day.empty_message_bar  # autouse: what a step says on the map's bar stays with its test


def _reviewing(plugin, layer, marks: int = 1):
    """The teach panel shown on ``layer``, 'bright' marked on its first tiles, the review started."""
    from qgis.PyQt.QtWidgets import QApplication

    panel = day._taught(plugin, layer, marks)
    panel.setFloating(True)
    panel.show()
    panel.activateWindow()
    panel.review_button.setChecked(True)
    QApplication.processEvents()
    assert panel.review_on and panel.gallery.count() > 2
    return panel


def _tiles(rapideye, tmp_path, show_layer, name="t"):
    return show_layer(QgsVectorLayer(f"{shutil.copy(rapideye, tmp_path / f'{name}.gpkg')}|layername=tiles", name,
                                     "ogr"))


def test_the_arrow_keys_move_the_threshold_slider_that_has_focus_while_reviewing(plugin, rapideye, tmp_path,
                                                                                  show_layer):
    """Reviewing, the analyst clicks the slider and presses Right: the review's arrow keys (shortcuts of the whole
    panel) took the key, the next chip became current and the threshold stayed. The focused slider keeps its keys;
    elsewhere in the panel the arrows still move through the chips."""
    from qgis.PyQt.QtCore import Qt
    from qgis.PyQt.QtTest import QTest
    from qgis.PyQt.QtWidgets import QApplication

    panel = _reviewing(plugin, _tiles(rapideye, tmp_path, show_layer))
    try:
        slider = panel.threshold_slider
        slider.setFocus()
        QApplication.processEvents()
        value, chip = slider.value(), panel.gallery.currentRow()
        QTest.keyClick(slider, Qt.Key_Right)
        assert (slider.value(), panel.gallery.currentRow()) == (value + 1, chip)
        QTest.keyClick(slider, Qt.Key_Left)
        QTest.keyClick(slider, Qt.Key_Left)
        assert (slider.value(), panel.gallery.currentRow()) == (value - 1, chip)
        panel.group_combo.setFocus()
        QApplication.processEvents()
        QTest.keyClick(panel.group_combo, Qt.Key_Down)   # the flag group box's too (a row of chips, before)
        assert panel.gallery.currentRow() == chip
        panel.gallery.setFocus()
        QApplication.processEvents()
        QTest.keyClick(panel.gallery, Qt.Key_Right)      # the chips still move with the arrows
        assert panel.gallery.currentRow() == chip + 1
    finally:
        plugin.toggle_teach_panel(False)


def test_qgis_names_the_plugins_tasks_in_the_analysts_language(portuguese, plugin):
    """QGIS's task list and its 'Task complete' notice show a task's description: a run read 'Planet classifier:
    <scene>' and the dependency installer 'Planet classifier: installing onnxruntime' in Portuguese QGIS, in English."""
    from planet_qgis_plugin.runner import ClassifyRequest
    from planet_qgis_plugin.task import ClassifyTask, DependencyInstallTask

    run = ClassifyTask(ClassifyRequest(raster="/x/borneo.tif", output="/x/borneo.gpkg", raster_name="borneo"))
    assert run.description() == "Planet classifier: classificação de borneo", run.description()
    install = DependencyInstallTask(["onnxruntime", "rasterio"], None)
    assert install.description() == "Planet classifier: instalando onnxruntime rasterio", install.description()


def test_a_review_of_tiles_under_another_scene_says_so_in_the_panel_for_the_whole_review(plugin, qgis_iface, rapideye,
                                                                                        tmp_path):
    """'later scene is drawn over earlier tiles…' went only to the map's bar for 15 s, where the next notice (a run
    finishing, QGIS's 'Task complete') covered it: the analyst reviewing never saw it. The panel says it above the
    chips until the review stops."""
    from qgis.core import Qgis, QgsProject
    from qgis.PyQt.QtWidgets import QLabel

    project = QgsProject.instance()

    def said(panel):
        return [label.text() for label in panel.findChildren(QLabel)
                if label.isVisibleTo(panel) and "later scene" in label.text()]

    try:
        earlier, tiles, later = day.two_dates(rapideye, tmp_path)
        canvas = qgis_iface.mapCanvas()
        canvas.setLayers([later, tiles, earlier])       # the later scene over the tiles
        qgis_iface.setActiveLayer(tiles)
        panel = _reviewing(plugin, tiles)
        for n in range(3):                               # later notices on the map's bar
            qgis_iface.messageBar().pushMessage("Task complete", f"Planet classifier: scene {n}", Qgis.Success, 5)
        assert len(said(panel)) == 1 and "earlier tiles" in said(panel)[0], said(panel)
        panel.answer("no")
        assert len(said(panel)) == 1                     # all along the review
        panel.review_button.setChecked(False)
        assert not said(panel)
        canvas.setLayers([tiles, later, earlier])       # the tiles on top: nothing to say
        panel.review_button.setChecked(True)
        assert panel.review_on and not said(panel)
    finally:
        plugin.toggle_teach_panel(False)
        project.removeAllMapLayers()


def test_the_teach_panel_shows_it_is_working_while_a_mark_or_an_answer_refits(plugin, rapideye, tmp_path, show_layer):
    """Each mark and answer refits the concept (0.1-0.5 s on a quiet machine, seconds on a busy one) with nothing
    saying so: the analyst pressed Y again, or thought the key lost. Both refit in the background (a mark's ran on
    QGIS's thread, the window frozen meanwhile): the review's line says 'updating…' until the refit ends, the cursor
    free; after it, the line says where the review stands."""
    from qgis.PyQt.QtWidgets import QApplication

    layer = _tiles(rapideye, tmp_path, show_layer)
    panel = plugin.toggle_teach_panel(True)
    try:
        panel.set_layer(layer)
        panel.name_combo.setEditText("bright")
        panel._concept_changed()
        layer.selectByIds(sorted(f.id() for f in layer.getFeatures())[:1])
        assert panel.mark_selected(True)
        for _ in range(2):                   # the mark, then an answer
            assert QApplication.overrideCursor() is None and panel.progress_label.text() == "updating…"
            wait_refitted(panel)
            assert QApplication.overrideCursor() is None
            assert panel.progress_label.text().startswith("found "), panel.progress_label.text()
            panel.review_button.setChecked(True)
            assert panel.review_on
            panel.answer("yes")
    finally:
        plugin.toggle_teach_panel(False)


def test_answers_given_while_the_concept_refits_in_the_background_are_kept_in_order(plugin, rapideye, tmp_path,
                                                                                   show_layer, monkeypatch):
    """An answer refitted the concept on QGIS's thread: on a large layer the panel and the map froze for seconds after
    each Y or N. The refit runs in a QgsTask; the analyst answers on meanwhile (here while the first refit is held
    back), every answer is kept in the order given, one more refit takes them all in, and the layer's fields and the
    map follow it."""
    import threading

    from osgeo import ogr

    from planet_qgis_plugin.teach_layer import RefitJob

    gate, runs = threading.Event(), []
    run = RefitJob.run

    def held(job):           # the real refit, once the test lets it go
        runs.append(len(job.core.positives) + len(job.core.negatives))
        assert gate.wait(60)
        return run(job)

    monkeypatch.setattr(RefitJob, "run", held)
    layer = _tiles(rapideye, tmp_path, show_layer)
    gate.set()
    panel = _reviewing(plugin, layer)     # the first mark refits on QGIS's thread, as before
    try:
        session = panel.session()
        marked = len(session.history)
        gate.clear()
        given = []
        for reply in ("yes", "no", "skip", "yes"):
            fid = panel.reviewing
            assert fid is not None and panel.answer(reply) not in (None, fid)   # the next chip at once
            given.append((fid, reply))
            assert panel.refitting()
        assert session.history[marked:] == given          # kept at once, in order
        assert not panel.threshold_slider.isEnabled() and panel.undo_button.isEnabled()  # the slider waits, undo not
        while panel.reviewing is not None:                 # every chip the last fit offered answered meanwhile
            given.append((panel.reviewing, "skip"))
            panel.answer("skip")
        assert panel.question.text() == "updating…"        # not 'Nothing left to review': the fit brings more
        gate.set()
        wait_refitted(panel)
        assert runs[-2:] == [marked + 1, marked + 3]       # the first answer's refit, then one for the two after it
        assert session.history[marked:] == given and panel.threshold_slider.isEnabled()
        yes = [fid for fid, reply in given if reply == "yes"]
        no = [fid for fid, reply in given if reply == "no"]
        assert set(yes) <= set(session.positives) and set(no) <= set(session.negatives)
        flags = {f.id(): f["flag_bright"] for f in layer.getFeatures()}       # the map's layer, reloaded
        assert all(flags[fid] == 1 for fid in yes) and all(flags[fid] == 0 for fid in no), flags
        source = ogr.Open(layer.source().split("|")[0])
        on_disk = {f.GetFID(): f.GetField("flag_bright") for f in source.GetLayer("tiles")}
        source = None
        assert {fid: on_disk[fid] for fid in yes + no} == {fid: flags[fid] for fid in yes + no}
        assert panel.progress_label.text().startswith("found ")
    finally:
        gate.set()
        plugin.toggle_teach_panel(False)


def test_the_covered_warning_follows_the_layers_as_the_analyst_reorders_them_mid_review(plugin, qgis_iface, rapideye,
                                                                                       tmp_path):
    """The warning that a scene drawn over the tile layer hides the flags was worked out when the review started only:
    the analyst moved the tiles above the later scene (as it tells) and the warning stayed; moved the later scene over
    the tiles mid-review, and nothing said so. It follows the map's layers as they are reordered, and so do the chips.
    """
    from qgis.core import QgsProject
    from qgis.PyQt.QtWidgets import QApplication

    try:
        earlier, tiles, later = day.two_dates(rapideye, tmp_path)
        canvas = qgis_iface.mapCanvas()
        canvas.setLayers([tiles, later, earlier])        # the tiles on top: nothing to say
        qgis_iface.setActiveLayer(tiles)
        panel = _reviewing(plugin, tiles)
        assert panel.covered.isHidden()
        canvas.setLayers([later, tiles, earlier])        # the later scene dragged over the tiles mid-review
        QApplication.processEvents()
        assert not panel.covered.isHidden() and "later scene" in panel.covered.text()
        colour = panel.gallery.item(0).icon().pixmap(20, 20).toImage().pixelColor(10, 10)
        assert (colour.red(), colour.blue()) == (200, 0)  # the chips cut again from the scene now under the tiles
        canvas.setLayers([tiles, later, earlier])        # moved back, as the warning tells
        QApplication.processEvents()
        assert panel.covered.isHidden()
        panel.review_button.setChecked(False)
        canvas.setLayers([later, tiles, earlier])        # no review: nothing shown
        QApplication.processEvents()
        assert panel.covered.isHidden()
    finally:
        plugin.toggle_teach_panel(False)
        QgsProject.instance().removeAllMapLayers()


def test_answers_on_two_tile_layers_while_a_refit_runs_are_each_refitted(plugin, rapideye, tmp_path, show_layer,
                                                                         monkeypatch):
    """The analyst answers on one tile layer, moves to another and answers there while the first refit runs, then
    back: each layer's answers are refitted on its own layer (one wish for 'one more refit' took the second layer's
    and left the first's answers unfitted)."""
    import threading

    from planet_qgis_plugin.teach_layer import RefitJob

    gate, runs = threading.Event(), []
    run = RefitJob.run

    def held(job):
        runs.append(job.core.tiles.path)
        assert gate.wait(60)
        return run(job)

    monkeypatch.setattr(RefitJob, "run", held)
    gate.set()
    first, second = _tiles(rapideye, tmp_path, show_layer, "a"), _tiles(rapideye, tmp_path, show_layer, "b")
    panel = _reviewing(plugin, first)
    panel.set_layer(second)
    day._taught(plugin, second)
    gate.clear()
    given = {}
    try:
        for layer, reply in ((first, "yes"), (second, "yes"), (first, "no")):
            panel.set_layer(layer)
            panel.review_button.setChecked(True)
            given.setdefault(layer.id(), []).append((panel.reviewing, reply))
            panel.answer(reply)
        gate.set()
        wait_refitted(panel)
        assert [str(path) for path in runs[-3:]] == [str(tmp_path / name) for name in ("a.gpkg", "b.gpkg", "a.gpkg")]
        for layer in (first, second):
            flags = {f.id(): f["flag_bright"] for f in layer.getFeatures()}
            assert all(flags[fid] == (reply == "yes") for fid, reply in given[layer.id()]), (layer.name(), flags)
    finally:
        gate.set()
        plugin.toggle_teach_panel(False)


def test_a_slider_move_just_before_an_answer_is_written_before_its_refit(plugin, rapideye, tmp_path, show_layer):
    """The analyst nudges the threshold slider and answers within a quarter second: the slider's write (on a timer)
    came while the answer's refit ran in the background, over the fields it was writing, and the refit then took
    in a fit without that threshold. The slider's move is written first; the refit keeps it."""
    panel = _reviewing(plugin, _tiles(rapideye, tmp_path, show_layer))
    try:
        session = panel.session()
        value = min(panel.threshold_slider.value() + 5, 99)
        panel.threshold_slider.setValue(value)
        assert panel._threshold_timer.isActive()
        panel.answer("no")
        assert not panel._threshold_timer.isActive() and session.threshold == value / 100
        wait_refitted(panel)
        assert session.result.concept.threshold == value / 100 and panel.threshold_slider.value() == value
    finally:
        plugin.toggle_teach_panel(False)


def test_a_refit_says_no_task_complete_on_the_map(plugin, rapideye, tmp_path, show_layer, qgis_notices):
    """QGIS said 'Task complete: Planet classifier: refitting bright' on the message bar after each answer's refit
    that ran 5 s or more (a large layer, a busy machine): the panel's own work, not a job the analyst started. QGIS
    with QgsTask.Silent is told not to; QGIS 3.22's notice (pushed here as QgisApp pushes it) is taken off the bar."""
    from qgis.core import Qgis
    from qgis.gui import QgsMessageBarItem

    from planet_qgis_plugin import task as tasks
    from tests.plugin.conftest import notices_shown

    layer = _tiles(rapideye, tmp_path, show_layer)
    panel = _reviewing(plugin, layer)
    bar = plugin.iface.messageBar()
    bar.clearWidgets()
    assert panel.answer("yes") is not None and panel.refitting()
    if tasks.SILENT:
        assert panel._refit_task.flags() & tasks.SILENT
    wait_refitted(panel)
    refit = "Planet classifier: refitting bright"
    assert refit in qgis_notices or tasks.SILENT
    assert refit not in [text for _, text in notices_shown(plugin.iface)]
    bar.clearWidgets()
    bar.pushItem(QgsMessageBarItem(tasks.COMPLETE, "Planet classifier: elsewhere", Qgis.Info))   # not a refit's
    tasks.hush(bar, refit, tasks.COMPLETE)
    assert notices_shown(plugin.iface) == [(tasks.COMPLETE, "Planet classifier: elsewhere")]


def test_stopping_the_review_keeps_the_panel_where_it_was(plugin, rapideye, tmp_path, show_layer):
    """The review stopped while its chips had the focus (the analyst's keys; a stop not by a click on its button):
    the hidden gallery handed the focus on down the panel, and its scroll area followed it to the bottom, the concept,
    the slider and the review's button out of sight. The focus goes to the review's button instead."""
    from qgis.PyQt.QtWidgets import QApplication

    layer = _tiles(rapideye, tmp_path, show_layer)
    panel = _reviewing(plugin, layer)
    panel.resize(panel.width(), 420)       # a short screen: the panel scrolls
    QApplication.processEvents()
    scroll = panel.widget().verticalScrollBar()
    scroll.setValue(0)
    panel.gallery.setFocus()
    QApplication.processEvents()
    panel.set_reviewing(False)
    QApplication.processEvents()
    assert scroll.value() <= panel.review_button.mapTo(panel.widget().widget(), panel.review_button.rect().topLeft()).y()
    assert not panel.gallery.isVisible()


def test_a_scene_of_another_place_above_the_tiles_is_not_said_to_cover_them(plugin, qgis_iface, rapideye, tmp_path):
    """Two areas in one project (Cape Town's scene and tiles, Borneo's): the review on Cape Town's tiles said Borneo's
    raster, above them in the Layers panel, 'is drawn over' them and told the analyst to move the tiles above it,
    though it lies half a world away (its UTM extent taken into Cape Town's zone met theirs). Only a raster over the
    tiles covers them."""
    from pathlib import Path

    from qgis.core import QgsProject, QgsRasterLayer
    from qgis.PyQt.QtWidgets import QLabel

    project = QgsProject.instance()
    scenes = Path(__file__).resolve().parents[1] / "data" / "scenes"

    def said(panel):
        return [label.text() for label in panel.findChildren(QLabel)
                if label.isVisibleTo(panel) and "is drawn over" in label.text()]

    try:
        earlier, tiles, later = day.two_dates(rapideye, tmp_path)
        elsewhere = [project.addMapLayer(QgsRasterLayer(str(scenes / name), name)) for name in
                     ("20170915_020728_103d_3B_AnalyticMS.tif", "20221221_084022_18_2414_3B_AnalyticMS_SR.tif")]
        # Borneo's scene 450 km east of the RapidEye tiles in their UTM zone; Cape Town's in a zone of its own
        assert all(layer.isValid() for layer in elsewhere) and elsewhere[1].crs() != tiles.crs()
        qgis_iface.mapCanvas().setLayers([*elsewhere, tiles, earlier])
        qgis_iface.setActiveLayer(tiles)
        panel = _reviewing(plugin, tiles)
        assert not said(panel), said(panel)
        panel.review_button.setChecked(False)
        qgis_iface.mapCanvas().setLayers([later, *elsewhere, tiles, earlier])   # a scene over them: said, it alone
        panel.review_button.setChecked(True)
        assert len(said(panel)) == 1 and said(panel)[0].count("is drawn over") == 1, said(panel)
        assert "later scene is drawn over" in said(panel)[0]
    finally:
        plugin.toggle_teach_panel(False)
        project.removeAllMapLayers()


def test_a_scene_half_a_world_away_in_another_utm_zone_does_not_overlap_the_tiles(qgis_app):
    """Borneo's scene (UTM 49N) taken into the UTM zone of Cape Town's tiles (34S) came out wide enough to meet them:
    the walk through both scenes in one project was told Borneo's raster covered Cape Town's tiles."""
    from pathlib import Path

    from qgis.core import QgsFeature, QgsGeometry, QgsRasterLayer, QgsVectorLayer

    from planet_qgis_plugin.teach_dock.review import overlaps

    scenes = Path(__file__).resolve().parents[1] / "data" / "scenes"
    borneo = QgsRasterLayer(str(scenes / "20170915_020728_103d_3B_AnalyticMS.tif"), "borneo")
    cape_town = QgsRasterLayer(str(scenes / "20221221_084022_18_2414_3B_AnalyticMS_SR.tif"), "cape town")
    tiles = QgsVectorLayer(f"Polygon?crs={cape_town.crs().authid()}", "cape town tiles", "memory")
    tile = QgsFeature()
    tile.setGeometry(QgsGeometry.fromRect(cape_town.extent()))
    tiles.dataProvider().addFeatures([tile])
    tiles.updateExtents()
    assert borneo.isValid() and cape_town.isValid() and borneo.crs() != tiles.crs()
    assert overlaps(cape_town, tiles) and not overlaps(borneo, tiles)

