"""Runs INSIDE a real QGIS window (started by bench/teach_panel.py with `qgis --code`): the Teach panel on a tile
layer as an analyst uses it (3 marks, the review started, 4 answers, 2 undos), each step timed until the map has
it (QGIS's map repainted), written as JSON. Settings come from the environment (PLANET_BENCH_*)."""
import json
import os
import sys
import time
import traceback
from pathlib import Path

from qgis.core import QgsProject, QgsRasterLayer, QgsVectorLayer
from qgis.PyQt.QtCore import QCoreApplication, QTimer
from qgis.utils import iface

ROOT = Path(os.environ["PLANET_BENCH_ROOT"])
OUT = Path(os.environ["PLANET_BENCH_OUT"])        # the JSON file
LAYER, RASTER = os.environ["PLANET_BENCH_LAYER"], os.environ["PLANET_BENCH_RASTER"]
MARKS = [tuple(int(v) for v in m.split(":")) for m in os.environ["PLANET_BENCH_MARKS"].split(",")]
ANSWERS = ("no", "yes", "no", "no")
# On purpose (the rest of bench/ runs as python -m bench.X): QGIS's own Python runs this file, where this checkout
# is not installed; the plugin is imported from the checkout.
sys.path.insert(0, str(ROOT))
times: dict[str, list[float]] = {}


def timed(step: str, start: float) -> None:
    times.setdefault(step, []).append(round(time.perf_counter() - start, 4))


def spin_until(done, limit: float = 120.0) -> None:
    deadline = time.monotonic() + limit
    while not done() and time.monotonic() < deadline:
        QCoreApplication.processEvents()
        time.sleep(0.005)


def run() -> None:
    import planet_qgis_plugin
    import planet_qgis_plugin.teach_layer as teach_layer
    from planet_qgis_plugin.style import apply_style

    iface.mainWindow().setGeometry(0, 0, 1366, 768)
    plugin = planet_qgis_plugin.classFactory(iface)
    plugin.initGui()
    raster = QgsRasterLayer(RASTER, "strip")
    tiles = QgsVectorLayer(f"{LAYER}|layername=tiles", "tiles", "ogr")
    QgsProject.instance().addMapLayers([raster, tiles])
    apply_style(tiles)
    iface.setActiveLayer(tiles)
    canvas = iface.mapCanvas()
    canvas.setExtent(tiles.extent())
    painted = [0]
    canvas.mapCanvasRefreshed.connect(lambda: painted.__setitem__(0, painted[0] + 1))

    def repainted() -> None:       # the map's repaint the step asked for (30 s at most: a step that asks none)
        before = painted[0]
        spin_until(lambda: painted[0] > before and not canvas.isDrawing(), 30)

    job_run, taken_in = teach_layer.RefitJob.run, teach_layer.TeachSession.refitted

    def run_job(self):
        start = time.perf_counter()
        job_run(self)
        timed("of it: the fit and the fields written (the job)", start)

    def refitted(self, job):
        start = time.perf_counter()
        result = taken_in(self, job)
        timed("of it: taken in (layer reloaded, restyled)", start)
        return result

    teach_layer.RefitJob.run, teach_layer.TeachSession.refitted = run_job, refitted
    spin_until(lambda: False, 3)    # QGIS settles (the first paint)
    panel = plugin.toggle_teach_panel(True)
    panel.set_layer(tiles)
    panel.name_combo.setEditText("clearing")
    panel._concept_changed()
    repainted()
    fid_of = {(f["row"], f["col"]): f.id() for f in tiles.getFeatures()}
    for place in MARKS:
        tiles.selectByIds([fid_of[place]])
        repainted()
        start = time.perf_counter()
        panel.mark_selected(True)
        timed("a mark, until the panel answers (its refit in the background)", start)
        spin_until(lambda: not panel.refitting())
        repainted()
        timed("a mark, until the map has it", start)
    start = time.perf_counter()
    panel.review_button.click()
    repainted()
    timed("the review started (its chips cut)", start)
    for reply in ANSWERS:
        start = time.perf_counter()
        panel.answer(reply)
        timed("an answer, until the next chip is current", start)
        spin_until(lambda: not panel.refitting())
        repainted()
        timed("an answer, until the map has its refit", start)
    for _ in range(2):
        start = time.perf_counter()
        panel.undo()
        timed("an undo, until the panel answers (its refit in the background)", start)
        spin_until(lambda: not panel.refitting())
        repainted()
        timed("an undo, until the map has it", start)


def main() -> None:
    code = 0
    try:
        run()
        OUT.write_text(json.dumps(times, indent=1))
    except Exception:    # said on stderr; no JSON: the launcher says the run failed
        traceback.print_exc()
        code = 1
    QgsProject.instance().setDirty(False)
    os._exit(code)


QTimer.singleShot(1500, main)
