"""Fixtures for the QGIS side (pytest-qgis, headless): plugin instance, processing, bundle, scene."""
from __future__ import annotations

import os
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BORNEO = ROOT / "tests" / "data" / "scenes" / "20170915_020728_103d_3B_AnalyticMS.tif"
os.environ.setdefault("GDAL_PAM_ENABLED", "NO")  # keep tests/data free of .aux.xml files
sys.path.insert(0, str(ROOT))  # tests/conftest.py: where QGIS keeps its processing plugin
from tests.conftest import qgis_python_plugins  # noqa: E402

PROCESSING_PLUGINS = qgis_python_plugins()
if PROCESSING_PLUGINS and PROCESSING_PLUGINS not in sys.path:
    sys.path.append(PROCESSING_PLUGINS)


@pytest.fixture(scope="session")
def bundle_path(request) -> str:
    """The bundled model when the repo has one, else an exported untrained network."""
    from planet_qgis_plugin.core.model.bundle import BundleError, default_bundle_path
    try:
        return str(default_bundle_path())
    except BundleError:
        return str(request.getfixturevalue("untrained_bundle").path)


@pytest.fixture
def use_bundle(bundle_path, monkeypatch):
    """Make the dialog/algorithm default ('bundled model') resolve to ``bundle_path``."""
    from pathlib import Path as _P

    import planet_qgis_plugin.core.model.bundle as core_bundle
    monkeypatch.setattr(core_bundle, "default_bundle_path", lambda: _P(bundle_path))
    return bundle_path


@pytest.fixture
def scene(tmp_path) -> Path:
    assert BORNEO.is_file(), f"missing test scene {BORNEO}"
    return BORNEO


@pytest.fixture
def raster_layer(scene, show_layer):
    """The Borneo sample scene on the map, active."""
    from qgis.core import QgsRasterLayer

    return show_layer(QgsRasterLayer(str(scene), "borneo"))


@pytest.fixture
def dialog(plugin, qgis_iface, raster_layer, use_bundle):
    """The Classify dialog opened on ``raster_layer`` (hidden after the test)."""
    plugin.show_dialog()
    dialog = plugin.dialog
    yield dialog
    dialog.hide()


@pytest.fixture
def plugin(qgis_iface, qgis_processing):
    import planet_qgis_plugin
    instance = planet_qgis_plugin.classFactory(qgis_iface)
    instance.initGui()
    qgis_iface.messageBar().clear_messages()
    qgis_iface.messageBar().clearWidgets()  # items with buttons an earlier test pushed (test_load's missing library)
    yield instance
    instance.unload()


def _spin_while(busy, timeout: float, what: str) -> None:
    """Spin the event loop while ``busy()``; TimeoutError naming ``what`` after ``timeout`` seconds."""
    from qgis.PyQt.QtCore import QCoreApplication
    deadline = time.monotonic() + timeout
    while busy():
        QCoreApplication.processEvents()
        if time.monotonic() > deadline:
            raise TimeoutError(f"{what} did not finish in {timeout} s")
        time.sleep(0.01)


def wait_for_task(plugin, task, timeout: float = 120.0) -> None:
    """Spin the event loop until the plugin has handled ``task``'s finished() callback."""
    _spin_while(lambda: task in plugin.tasks, timeout, f"task {task.description()}")


def wait_refitted(panel, timeout: float = 120.0):
    """Spin the event loop until the teach panel's refits in the background (after answers) have all been taken in;
    returns the panel."""
    _spin_while(panel.refitting, timeout, "the teach panel's refit")
    return panel


def marked(panel, positive: bool) -> bool:
    """The teach panel's Mark selected (``positive``) or Not, its refit in the background taken in: what it returned
    (the marks kept)."""
    kept = panel.mark_selected(positive)
    wait_refitted(panel)
    return kept


def unmarked(panel) -> bool:
    """The teach panel's Unmark selected, its refit in the background taken in."""
    kept = panel.unmark_selected()
    wait_refitted(panel)
    return kept


def messages(iface, level) -> list[str]:
    """Messages pushed at ``level``: plain ones, and items with buttons as their line plus its details."""
    bar = iface.messageBar()
    items = [f"{item.text()}\n{item.toolTip()}" for item in bar.items() if item.level() == level]
    return bar.get_messages(level) + items


@pytest.fixture
def show_layer(qgis_iface):
    """``show_layer(layer)``: a valid layer added to the project and made active; the project is emptied
    after the test."""
    from qgis.core import QgsProject

    def show(layer):
        assert layer.isValid()
        QgsProject.instance().addMapLayer(layer)
        qgis_iface.setActiveLayer(layer)
        return layer

    yield show
    QgsProject.instance().removeAllMapLayers()


@pytest.fixture
def wait_task():
    return wait_for_task


@pytest.fixture
def bar_messages():
    return messages


@pytest.fixture(scope="session")
def borneo() -> Path:
    return BORNEO


@pytest.fixture
def qgis_notices(qgis_iface):
    """QGIS's own notice of each task that ends, pushed on the message bar as QgisApp pushes it on a desktop without
    notifications ('Task complete' / 'Task failed' and the task's description; QGIS 3.22 does so of a task that ran
    5 s or more, here of any of the plugin's, unless it is QgsTask.Silent); the descriptions pushed, in order."""
    from qgis.core import Qgis, QgsApplication, QgsTask
    from qgis.gui import QgsMessageBarItem

    from planet_qgis_plugin.task import COMPLETE, FAILED, SILENT

    manager, bar, pushed = QgsApplication.taskManager(), qgis_iface.messageBar(), []

    def notice(task_id, status):
        task = manager.task(task_id)
        if status in (QgsTask.Complete, QgsTask.Terminated) and task is not None and not (
                SILENT and task.flags() & SILENT) and task.description().startswith("Planet classifier"):
            pushed.append(task.description())
            bar.pushItem(QgsMessageBarItem(COMPLETE if status == QgsTask.Complete else FAILED, task.description(),
                                           Qgis.Info))

    manager.statusChanged.connect(notice)
    bar.clearWidgets()
    yield pushed
    manager.statusChanged.disconnect(notice)
    bar.clearWidgets()


def notices_shown(qgis_iface) -> list[tuple[str, str]]:
    """(title, text) of the message bar's items once the events under way are handled (hush's timer)."""
    from qgis.PyQt.QtCore import QCoreApplication

    for _ in range(10):
        QCoreApplication.processEvents()
    return [(item.title(), item.text()) for item in qgis_iface.messageBar().items()]
