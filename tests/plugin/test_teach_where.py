"""The teach panel's "Where?": the located quarter of each chip, on its thumbnail and outlined on the map,
located in a background task (core/teach/locate.py) on the synthetic scene of tests/core/test_locate.py."""
from __future__ import annotations

import time

import pytest
from qgis.core import QgsVectorLayer

from tests.core.test_locate import HELD_OUT, ORIGIN, PIXEL, TAUGHT, scene
from tests.plugin.conftest import marked


@pytest.fixture(scope="module")
def classified(tmp_path_factory, bundle_path):
    from planet_qgis_plugin.core.model.bundle import load_bundle
    from planet_qgis_plugin.core.pipeline.classify import ClassifyOptions, classify
    if load_bundle(bundle_path).manifest.embedding is None:
        pytest.skip("the bundle has no embedding output")
    folder = tmp_path_factory.mktemp("where")
    raster = scene(folder / "squares.tif", {**TAUGHT, **HELD_OUT})
    classify(raster, folder / "squares.gpkg", bundle_path, ClassifyOptions())
    return raster, folder / "squares.gpkg"


@pytest.fixture
def panel(plugin, classified, show_layer, use_bundle):
    raster, gpkg = classified
    layer = show_layer(QgsVectorLayer(f"{gpkg}|layername=tiles", "squares", "ogr"))
    panel = plugin.toggle_teach_panel(True)
    panel.by_cell = _teach_bare(panel, layer)
    yield panel
    panel.set_reviewing(False)
    panel.where_check.setChecked(False)


def _teach_bare(panel, layer) -> dict:
    """The concept "bare" taught on ``layer`` from the TAUGHT tiles; returns the layer's fid of each (row, col)."""
    panel.set_layer(layer)
    panel.name_combo.setEditText("bare")
    panel._concept_changed()
    by_cell = {(f["row"], f["col"]): f.id() for f in layer.getFeatures()}
    layer.selectByIds([by_cell[t] for t in TAUGHT])
    assert marked(panel, True)
    return by_cell


def settle(panel, timeout: float = 120.0) -> None:
    """Spin the event loop until the panel's locate task has ended and been handled."""
    from qgis.PyQt.QtCore import QCoreApplication
    deadline = time.monotonic() + timeout
    QCoreApplication.processEvents()
    while panel._locate_task is not None:
        QCoreApplication.processEvents()
        assert time.monotonic() < deadline, "the locate task did not finish"
        time.sleep(0.02)
    QCoreApplication.processEvents()


def test_where_draws_the_located_quarter_on_the_chip_and_the_map(panel):
    from qgis.core import QgsCoordinateReferenceSystem
    panel.iface.mapCanvas().setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:3857"))  # not the layer's
    first = panel.review_next()
    assert panel.where_check.isChecked() is False and panel._locate_task is None   # off by default: no network
    assert getattr(panel, "cell_band", None) is None
    plain = panel.gallery.item(0).icon().pixmap(88, 88).toImage()
    panel.where_check.setChecked(True)
    settle(panel)
    row, col = next(cell for cell, fid in panel.by_cell.items() if fid == first)
    assert (row, col) in HELD_OUT                       # the likeliest unmarked tiles are the other squares
    cell = panel.located(first)
    assert (cell.row, cell.col) == HELD_OUT[(row, col)]
    # on the map: the quarter's box, dashed over the tile's outline (the band is in the map's CRS)
    from qgis.core import QgsCoordinateTransform, QgsProject
    canvas = panel.iface.mapCanvas()
    back = QgsCoordinateTransform(canvas.mapSettings().destinationCrs(), panel.layer.crs(), QgsProject.instance())
    box = back.transformBoundingBox(panel.cell_band.asGeometry().boundingBox())
    x0 = ORIGIN[0] + (col * 256 + cell.col * 128) * PIXEL
    y1 = ORIGIN[1] - (row * 256 + cell.row * 128) * PIXEL
    side = 128 * PIXEL  # the quarter, drawn in EPSG:3857 and taken back: its box is a little larger
    assert (box.center().x(), box.center().y()) == pytest.approx((x0 + side / 2, y1 - side / 2), abs=0.5)
    assert (box.width(), box.height()) == pytest.approx((side, side), rel=0.01)
    # on the thumbnail: the quarter's edge is drawn in the cell colour, the opposite quarter is untouched
    from qgis.PyQt.QtGui import QColor
    drawn = panel.gallery.item(0).icon().pixmap(88, 88).toImage()
    edge = (cell.col * 44 + 22, cell.row * 44 + 1)          # the middle of the quarter's top edge
    assert QColor(drawn.pixel(*edge)).getRgb()[:3] == (255, 230, 0)
    far = ((1 - cell.col) * 44 + 22, (1 - cell.row) * 44 + 1)
    assert drawn.pixel(*far) == plain.pixel(*far)
    # moving on outlines the next chip's quarter (every gallery chip was located in the one task)
    panel.move(1)
    second = panel.reviewing
    assert panel.located(second) is not None and panel.cell_band is not None
    panel.where_check.setChecked(False)
    assert panel.cell_band is None


def test_unticking_where_stops_its_task_and_ticking_again_locates_the_rest(panel, monkeypatch):
    """Where? unticked (or cancelled in QGIS's task list) while its task runs: the task located every chip of the
    gallery to its end whatever the cancel. It stops after the chips under way (kept), says nothing where the analyst
    unticked it, and ticked again locates only the chips left."""
    import threading

    from qgis.PyQt.QtCore import QCoreApplication, Qt

    from planet_qgis_plugin.core.teach.locate import Locator
    from planet_qgis_plugin.teach_dock.where import LOCATE_CHUNK

    gate, calls = threading.Event(), []
    locate = Locator.locate

    def held(self, concept, fids):    # the real locate, once the test lets the first call go
        calls.append(list(fids))
        assert gate.wait(60)
        return locate(self, concept, fids)

    monkeypatch.setattr(Locator, "locate", held)
    panel.review_next()
    chips = [int(panel.gallery.item(i).data(Qt.UserRole)) for i in range(panel.gallery.count())]
    assert len(chips) > LOCATE_CHUNK
    panel.bar.clearWidgets()
    panel.where_check.setChecked(True)
    deadline = time.monotonic() + 60           # a guard against a hang, not a timing
    while not calls:
        QCoreApplication.processEvents()
        assert time.monotonic() < deadline
    panel.where_check.setChecked(False)        # while its first chips are located
    gate.set()
    settle(panel)
    assert calls == [chips[:LOCATE_CHUNK]]     # stopped after the chips under way
    assert [f for f in chips if panel.located(f) is not None] == chips[:LOCATE_CHUNK]   # and they are kept
    assert not panel.bar.items() and not panel.where_check.isChecked()   # nothing said: the analyst unticked it
    panel.where_check.setChecked(True)
    settle(panel)
    assert sorted(f for call in calls[1:] for f in call) == sorted(chips[LOCATE_CHUNK:])   # only the chips left
    assert all(panel.located(f) is not None for f in chips)


def test_where_with_the_raster_gone_is_a_message_and_unticks(panel, classified, tmp_path, qgis_iface):
    raster, _ = classified
    moved = tmp_path / "away.tif"
    raster.rename(moved)
    try:
        panel.review_next()
        panel.where_check.setChecked(True)
        settle(panel)
        assert not panel.where_check.isChecked()
        assert "is gone" in " ".join(item.text() for item in panel.bar.items())
        assert panel.reviewing is not None and panel.answer("yes") is not None   # the review goes on
    finally:
        moved.rename(raster)


def test_where_finds_a_moved_raster_among_the_projects_layers(panel, classified, tmp_path):
    """The layer's raster moved, and the analyst has it open from its new place: Where? reads that one."""
    from qgis.core import QgsProject, QgsRasterLayer
    raster, _ = classified
    moved = tmp_path / "moved.tif"
    raster.rename(moved)
    layer = QgsRasterLayer(str(moved), "moved")
    QgsProject.instance().addMapLayer(layer)
    try:
        panel._locators.clear()
        panel.review_next()
        panel.where_check.setChecked(True)
        settle(panel)
        assert panel.where_check.isChecked()
        assert panel.located(panel.reviewing) is not None
    finally:
        QgsProject.instance().removeMapLayer(layer.id())
        moved.rename(raster)


def test_where_keeps_one_predictor_per_bundle_and_releases_it(qgis_iface, qgis_processing, classified, show_layer,
                                                              use_bundle, monkeypatch):
    """The network is set up once per bundle for the panel's life (another fit, another layer of the bundle reuse it),
    and let go when its layers are removed or the plugin unloads: no ONNX session left behind."""
    import gc
    import weakref

    from qgis.core import QgsProject

    import planet_qgis_plugin
    import planet_qgis_plugin.core.teach.locate as locate
    from tests.plugin.conftest import wait_refitted
    made = []

    def counted(*args, **kwargs):
        predictor, notes = real(*args, **kwargs)
        made.append(weakref.ref(predictor))
        return predictor, notes
    real = locate.make_predictor
    monkeypatch.setattr(locate, "make_predictor", counted)
    _, gpkg = classified
    plugin = planet_qgis_plugin.classFactory(qgis_iface)
    plugin.initGui()
    try:
        panel = plugin.toggle_teach_panel(True)
        layers = []
        for name in ("squares", "squares again"):   # two layers of one bundle (two sessions, two locators)
            layer = show_layer(QgsVectorLayer(f"{gpkg}|layername=tiles", name, "ogr"))
            layers.append(layer)
            _teach_bare(panel, layer)
            panel.review_next()
            panel.where_check.setChecked(True)
            settle(panel)
            assert panel.located(panel.reviewing) is not None
            panel.answer("no")                          # another fit: its chips located again
            wait_refitted(panel)
            panel._locate_gallery()
            settle(panel)
            assert panel.located(panel.reviewing) is not None
            panel.set_reviewing(False)
        assert len(made) == 1 and made[0]() is not None
        QgsProject.instance().removeMapLayer(layers[0].id())
        gc.collect()
        assert made[0]() is not None                    # the other layer of the bundle still uses it
        QgsProject.instance().removeMapLayer(layers[1].id())
        gc.collect()
        assert made[0]() is None                        # no layer of the bundle left: let go
        _teach_bare(panel, show_layer(QgsVectorLayer(f"{gpkg}|layername=tiles", "squares", "ogr")))
        panel.review_next()
        panel.where_check.setChecked(True)
        settle(panel)
        assert len(made) == 2 and made[1]() is not None
        panel.set_reviewing(False)
        panel.where_check.setChecked(False)
    finally:
        plugin.unload()
    gc.collect()
    assert made[-1]() is None                           # the plugin unloaded: its panel's ONNX session let go
