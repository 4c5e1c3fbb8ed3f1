"""Runs INSIDE a real QGIS window (started by scripts/screenshot.py with `qgis --code`): loads the plugin,
uses it as an analyst would (the review answered with the keyboard) and grabs the windows into docs/.
Steps are chained with timers so that QGIS paints between them. Settings come from the environment
(PLANET_SHOTS_*), set by the launcher; the language is QGIS's (``qgis --lang``)."""
import os
import sys
import tempfile
import traceback
from pathlib import Path

from qgis.core import QgsProject, QgsRasterLayer
from qgis.PyQt.QtCore import QTimer
from qgis.utils import iface

ROOT = Path(os.environ["PLANET_SHOTS_ROOT"])
OUT = Path(os.environ["PLANET_SHOTS_OUT"])
SCENE = Path(os.environ["PLANET_SHOTS_SCENE"])
EXTRA_PATH = os.environ.get("PLANET_SHOTS_SITE", "")  # stands in for the plugin's private dependency folder
SCREEN = tuple(int(v) for v in os.environ.get("PLANET_SHOTS_SCREEN", "1366x768").split("x"))
LABELS = ROOT / "bench" / "data" / "tile_labels.csv"
LAYERS_WIDTH = 330   # the Layers panel at least (px)
DIALOG_WIDTH = 700   # the Classify dialog in the pictures (px)
MAP_LEAST = 360      # the map at least, beside the Layers panel and a panel on the right (px)
CHANGE = os.environ.get("PLANET_SHOTS_CHANGE", "")   # a change GeoPackage (two rasters' run) for the Alerts dock
TMP = Path(tempfile.mkdtemp(prefix="planet_shots_"))
# On purpose (the rest of scripts/ runs as python -m scripts.X): this file runs in QGIS's own Python (qgis
# --code), where neither this checkout nor .venv is installed; the plugin is imported from the checkout.
sys.path.insert(0, str(ROOT))
if EXTRA_PATH and EXTRA_PATH not in sys.path:
    sys.path.append(EXTRA_PATH)

state = {}
log_lines = []


def note(text):
    log_lines.append(text)
    (OUT / "shots.log").write_text("\n".join(log_lines) + "\n")


def later(ms, step):
    def run():
        try:
            step()
        except Exception:
            note("FAILED in " + step.__name__ + "\n" + traceback.format_exc())
            finish(1)
    QTimer.singleShot(ms, run)


def grab(widget, name):
    path = OUT / name
    if widget is iface.mainWindow():
        fit_layers_panel()
    ok = widget.grab().save(str(path))
    note(f"{'wrote' if ok else 'could not write'} {path} ({widget.width()}x{widget.height()})")


def fit_layers_panel():
    """The Layers panel as wide as its longest legend line, icons and indicators included (at least LAYERS_WIDTH):
    at a fixed 330 px pt_BR's 'Conceito: clearing (Outro conceito) [N/A]' and the tile layer's name with its time
    were cut, and so were they at a third of the screen (455 px), a Planet scene's tile layer
    ('20170915_020728_103d_3B_AnalyticMS tiles 15:03:11 [3131]'). It takes what the map (MAP_LEAST) and the panels
    on the right (their least widths) leave."""
    from qgis.PyQt.QtCore import QCoreApplication, Qt
    from qgis.PyQt.QtWidgets import QDockWidget

    view = iface.layerTreeView()
    window = iface.mainWindow()
    dock = next((d for d in window.findChildren(QDockWidget) if d.objectName() == "Layers"), None)
    if dock is None:
        return
    right = [d for d in window.findChildren(QDockWidget)
             if d.isVisible() and not d.isFloating() and window.dockWidgetArea(d) == Qt.RightDockWidgetArea]
    need = view.sizeHintForColumn(0) + 2 * view.frameWidth() + view.verticalScrollBar().sizeHint().width() + 28
    room = window.width() - MAP_LEAST - sum(d.minimumSizeHint().width() for d in right) - 8 * (len(right) + 1)
    width = max(LAYERS_WIDTH, min(need, room))
    window.resizeDocks([dock], [width], Qt.Horizontal)
    QCoreApplication.processEvents()
    short = width - dock.width()   # the map keeps a least width: a panel on the right (teach, alerts) gives the rest
    if short > 0 and right:
        window.resizeDocks(right, [d.width() - short for d in right], Qt.Horizontal)
        window.resizeDocks([dock], [width], Qt.Horizontal)
        QCoreApplication.processEvents()   # laid out before the grab
    note(f"layers panel: {dock.width()} px (legend needs {need}); map {iface.mapCanvas().width()} px, right "
         f"{[d.width() for d in right]} (least {[d.minimumSizeHint().width() for d in right]})")


def fit_warnings(dialog):
    """The dialog's warnings box scrolls past 8 lines (the dialog fits a 1366x768 screen); in the picture each warning
    is read whole: the box as tall as its text, the dialog taller by as much (pt_BR's second warning was cut). Taller
    than the dialog as it opened, not than it is: the box goes back to 8 lines when the run's notes come, and the
    height the first picture added stood as a blank band under it in the second (pt_BR's dialog_done.png)."""
    from qgis.PyQt.QtCore import QCoreApplication

    box, label = dialog.warning_scroll, dialog.warning
    if not box.isVisible():
        return
    QCoreApplication.processEvents()
    base = state.setdefault("dialog_height", dialog.height())
    box.most = state.setdefault("warning_lines", box.most)   # its own height (at most 8 lines) for what it holds now
    box.refit()
    QCoreApplication.processEvents()
    need = label.heightForWidth(box.viewport().width())
    extra = max(need - box.height(), 0)
    box.most = max(box.most, need)  # a fixed height was set back to 8 lines by the box's own refit on the resize
    box.refit()
    dialog.resize(dialog.width(), base + extra)
    QCoreApplication.processEvents()
    note(f"warnings box: {box.height()} px for {need} px of text; dialog {dialog.height()} px (opened at {base})")


def finish(code=0):
    note("done" if code == 0 else "failed")
    QgsProject.instance().setDirty(False)
    QgsProject.instance().removeAllMapLayers()
    os._exit(code)


def marked_tiles(concept):
    """(positive, negative) ROW:COL of a concept labelled by eye in bench/data/tile_labels.csv."""
    from scripts.example_tiles import parse_tile_id, read_tile_labels

    pos, neg = [], []
    if LABELS.is_file():
        for tile, label in read_tile_labels(LABELS).get(concept, {}).items():
            image, row, col = parse_tile_id(tile)
            if image == SCENE.name:
                (pos if label else neg).append((row, col))
    return pos, neg


def start():
    from qgis.PyQt.QtWidgets import QDockWidget

    import planet_qgis_plugin
    window = iface.mainWindow()
    window.setGeometry(0, 0, SCREEN[0], SCREEN[1])   # no window manager under Xvfb to maximise it
    # the map gives way to the legend and a panel on the right: its least width is otherwise the welcome page's
    # (471 px), and with the teach panel (543 px) the Layers panel could not be wider than 340
    window.centralWidget().setMinimumWidth(MAP_LEAST)
    for dock in window.findChildren(QDockWidget):
        if dock.objectName() in ("Browser", "Browser2"):
            dock.hide()
        if dock.objectName() == "Layers":      # widened to its legend before each picture (fit_layers_panel)
            from qgis.PyQt.QtCore import Qt
            window.resizeDocks([dock], [LAYERS_WIDTH], Qt.Horizontal)
    plugin = planet_qgis_plugin.classFactory(iface)
    plugin.initGui()
    state["plugin"] = plugin
    raster = QgsRasterLayer(str(SCENE), SCENE.stem)
    if not raster.isValid():
        raise RuntimeError(f"cannot open {SCENE}")
    QgsProject.instance().addMapLayer(raster)
    iface.setActiveLayer(raster)
    iface.mapCanvas().setExtent(raster.extent())
    state["raster"] = raster
    later(1500, open_dialog)


def open_dialog():
    plugin = state["plugin"]
    plugin.show_dialog()
    dialog = plugin.dialog
    dialog.output_widget.setFilePath(str(TMP / f"{SCENE.stem}_tiles.gpkg"))
    dialog.resize(DIALOG_WIDTH, dialog.height())   # wider than its 620 px: fewer lines of warnings
    later(1500, lambda: (fit_warnings(dialog), grab(dialog, "dialog.png"), later(100, run_classify)))


def run_classify():
    dialog = state["plugin"].dialog
    dialog.run()
    state["task"] = dialog.task
    later(1000, wait_classify)


def wait_classify():
    plugin = state["plugin"]
    if state["task"] in plugin.tasks:
        later(1000, wait_classify)
        return
    dialog = plugin.dialog
    if state["task"].result is None:
        raise RuntimeError(f"classification failed: {state['task'].error}")
    later(800, lambda: (fit_warnings(dialog), grab(dialog, "dialog_done.png"), dialog.close(), later(500, show_map)))


def tiles_layer():
    from planet_qgis_plugin.style import is_tiles_layer
    return next(l for l in QgsProject.instance().mapLayers().values() if is_tiles_layer(l))


def show_map():
    layer = tiles_layer()
    state["tiles"] = layer
    iface.setActiveLayer(layer)
    iface.layerTreeView().expandAll()   # the legend of the tile layer
    canvas = iface.mapCanvas()
    canvas.setExtent(layer.extent())
    canvas.refresh()
    later(4000, lambda: (grab(iface.mainWindow(), "screenshot.png"), later(200, zoom_labels)))


def zoom_labels():
    """Zoomed in far enough for the scale-dependent tile labels."""
    layer, canvas = state["tiles"], iface.mapCanvas()
    extent = layer.extent()
    w = extent.width()
    extent.setXMinimum(extent.xMinimum() + 0.72 * w)
    extent.setXMaximum(extent.xMinimum() + 0.22 * w)
    canvas.setExtent(extent)
    canvas.refresh()
    note(f"label scale: 1:{canvas.scale():.0f}")
    later(4000, lambda: (grab(iface.mainWindow(), "map_labels.png"), later(200, show_table)))


def show_table():
    table = iface.showAttributeTable(state["tiles"])
    table.resize(1300, 560)
    state["table"] = table
    later(2500, lambda: (grab(table, "table.png"), table.close(), later(300, show_filter)))


def show_filter():
    from planet_qgis_plugin.style import filter_by_tag
    layer, canvas = state["tiles"], iface.mapCanvas()
    extent = layer.extent()     # the whole layer: a filter that matches no tile has an empty extent
    filter_by_tag(layer, "water", 0.3)
    iface.layerTreeView().refreshLayerSymbology(layer.id())
    iface.layerTreeView().expandAll()   # the shade classes under "Other tiles"
    canvas.setExtent(extent)
    canvas.refresh()
    later(4000, lambda: (grab(iface.mainWindow(), "filters.png"), later(200, flagged_only)))


def flagged_only():
    """Show flagged tiles only: the flagged tiles, or the message saying there are none."""
    from planet_qgis_plugin.style import clear_filter
    layer, plugin = state["tiles"], state["plugin"]
    clear_filter(layer)
    iface.layerTreeView().refreshLayerSymbology(layer.id())
    plugin.action_flagged.setChecked(True)
    note(f"flagged only: {layer.featureCount()} tiles shown, filter {layer.subsetString()!r}")
    iface.mapCanvas().refresh()
    later(3000, lambda: (grab(iface.mainWindow(), "flagged.png"), plugin.action_flagged.setChecked(False),
                         iface.messageBar().clearWidgets(), later(300, teach)))


def teach():
    from planet_qgis_plugin.style import clear_filter
    layer, plugin = state["tiles"], state["plugin"]
    clear_filter(layer)
    iface.layerTreeView().refreshLayerSymbology(layer.id())
    panel = plugin.toggle_teach_panel(True)
    panel.set_layer(layer)
    panel.name_combo.setEditText("clearing")
    panel._concept_changed()
    pos, neg = marked_tiles("clearing")
    by_cell = {(f["row"], f["col"]): f.id() for f in layer.getFeatures()}
    positives = [by_cell[c] for c in pos[:3] if c in by_cell]
    negatives = [by_cell[c] for c in neg[:3] if c in by_cell]
    if not positives:   # marks must be real labels: without them there is no teach screenshot
        note(f"teach: skipped (no 'clearing' tiles of {SCENE.name} labelled by eye in {LABELS})")
        finish(0)
        return
    layer.selectByIds(positives)
    panel.mark_selected(True)
    if negatives:
        layer.selectByIds(negatives)
        panel.mark_selected(False)    # while the marks' refit runs: refitted with them when it ends
    after_marks(len(positives), len(negatives))


def after_marks(positives: int, negatives: int) -> None:
    """Once the marks' refit in the background has ended: the legend, then the review."""
    panel = state["plugin"].teach_panel
    if panel.refitting():
        later(200, lambda: after_marks(positives, negatives))
        return
    note(f"teach: marked {positives} positive and {negatives} negative tiles ({panel.session().seconds:.2f} s for "
         "the last refit)")
    iface.layerTreeView().refreshLayerSymbology(panel.layer.id())
    later(4000, review)       # the legend's counts are computed in the background


def review():
    """The panel after the marks (threshold, counts), then the review: chips, review look, keys."""
    grab(iface.mainWindow(), "teach.png")
    from qgis.PyQt.QtWidgets import QApplication
    panel = state["plugin"].teach_panel
    panel.review_button.click()
    window = iface.mainWindow()      # no window manager under Xvfb: activate the window as a click would
    window.activateWindow()
    QApplication.setActiveWindow(window)
    panel.gallery.setFocus()
    later(1500, answer_with_keys)


def answer_with_keys(left=3):
    """Answered from the by-eye labels, with the keys an analyst presses, each once the refit of the one before has
    ended (it runs in the background: an analyst looks at the next chip meanwhile) and on the likeliest chip of that
    refit (review_next: the panel keeps the chip being judged current when a refit ends), so the pictures show the
    same review as each refit on QGIS's thread did."""
    from qgis.PyQt.QtCore import Qt
    from qgis.PyQt.QtTest import QTest
    panel = state["plugin"].teach_panel
    if panel.refitting():
        later(200, lambda: answer_with_keys(left))
        return
    if left:
        pos, _ = marked_tiles("clearing")
        feature = panel.layer.getFeature(panel.review_next())
        QTest.keyClick(panel.gallery, Qt.Key_Y if (feature["row"], feature["col"]) in pos else Qt.Key_N)
        later(200, lambda: answer_with_keys(left - 1))
        return
    found, about, reviewed = panel.session().progress()
    note(f"review: answered 3 chips with the keys; found {found} of about {about}, reviewed {reviewed}")
    iface.mapCanvas().refresh()
    later(4000, lambda: (grab(iface.mainWindow(), "review.png"), later(200, where)))


def where():
    """'Where?' ticked: each chip's located quarter boxed (the network reruns in a background task)."""
    from qgis.PyQt.QtCore import Qt
    panel = state["plugin"].teach_panel
    panel.where_check.setChecked(True)
    later(15000, lambda: (note(f"where: {sum(panel.located(panel.gallery.item(i).data(Qt.UserRole)) is not None for i in range(panel.gallery.count()))} chips located"),
                          grab(iface.mainWindow(), "review_where.png"), later(200, alerts)))


def alerts():
    """The Alerts dock on a change layer, both scenes under it, the layer styled as the Processing algorithm
    styles it: the first alert confirmed as mining with the keys (1, Y), the dock on the next one."""
    if not CHANGE:
        note("alerts: skipped (no change layer: the public imagery of ../shared/data is missing)")
        finish(0)
        return
    from qgis.core import QgsVectorLayer
    from qgis.PyQt.QtWidgets import QApplication

    from planet_qgis_plugin.change_layer_style import apply_change_style
    from planet_qgis_plugin.core.monitor.alerts import read_alerts
    plugin, project = state["plugin"], QgsProject.instance()
    plugin.toggle_teach_panel(False)
    project.removeAllMapLayers()
    for scene in read_alerts(CHANGE).scenes:        # the two rasters the change recorded
        project.addMapLayer(QgsRasterLayer(str(scene), Path(scene).stem))
    layer = QgsVectorLayer(f"{CHANGE}|layername=changes", "change", "ogr")
    apply_change_style(layer)
    project.setCrs(layer.crs())                    # the scenes' UTM zone, as a new project of them would be
    project.addMapLayer(layer)
    iface.setActiveLayer(layer)
    iface.layerTreeView().expandAll()
    iface.mapCanvas().setExtent(layer.extent())
    panel = state["alerts"] = plugin.action_alerts.toggle_panel(True)   # Review alerts...: follows the active layer
    window = iface.mainWindow()
    window.activateWindow()
    QApplication.setActiveWindow(window)
    panel.list.setFocus()
    note(f"alerts: {panel.list.count()} alert(s) in {Path(CHANGE).name}")
    later(1500, answer_alert)


def answer_alert():
    from qgis.PyQt.QtCore import Qt
    from qgis.PyQt.QtTest import QTest
    panel = state["alerts"]
    first = panel.current()
    QTest.keyClick(panel.list, Qt.Key_1)     # cause: mining
    QTest.keyClick(panel.list, Qt.Key_Y)     # confirm; the dock moves on to the next open alert
    note(f"alerts: first alert {first.review} ({first.cause}), now on alert {panel.list.currentRow() + 1}")
    iface.mapCanvas().refresh()
    later(4000, lambda: (grab(iface.mainWindow(), "alerts.png"), later(200, lambda: finish(0))))


later(3000, start)
