"""`make package` output: an installable zip under 25 MB that loads from a fresh QGIS profile."""
from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

from tests.conftest import qgis_python_plugins  # ROOT is on sys.path (tests/plugin/conftest.py)

ROOT = Path(__file__).resolve().parents[2]

LOAD_SCRIPT = r'''
import os, sys
# the checkout's editable install in .venv (scripts/setup.sh) must not stand in for a module the zip lacks
sys.meta_path[:] = [f for f in sys.meta_path if not getattr(f, "__module__", "").startswith("__editable__")]
plugins = sys.argv[1]
sys.path.insert(0, plugins)
sys.path.append(sys.argv[2])  # QGIS's own python/plugins (processing)
from qgis.core import QgsApplication
app = QgsApplication([], False)
app.initQgis()
from qgis.gui import QgsMapCanvas, QgsMessageBar
from qgis.PyQt.QtCore import QObject, pyqtSignal
from qgis.PyQt.QtWidgets import QMainWindow, QToolBar
import qgis.utils

class Iface(QObject):
    """The part of QgisInterface the plugin uses."""
    currentLayerChanged = pyqtSignal(object)
    def __init__(self):
        super().__init__()
        self.window, self.canvas, self.bar = QMainWindow(), QgsMapCanvas(), QgsMessageBar()
        self.menu = {}
    def mainWindow(self): return self.window
    def mapCanvas(self): return self.canvas
    def messageBar(self): return self.bar
    def activeLayer(self): return None
    def addToolBar(self, name): return self.window.addToolBar(name)
    def addPluginToRasterMenu(self, menu, action): self.menu.setdefault(menu, []).append(action)
    def removePluginRasterMenu(self, menu, action): self.menu[menu].remove(action)

iface = Iface()
qgis.utils.iface = iface
qgis.utils.plugin_paths = [plugins]
qgis.utils.updateAvailablePlugins()
assert "planet_qgis_plugin" in qgis.utils.available_plugins, qgis.utils.available_plugins
assert qgis.utils.loadPlugin("planet_qgis_plugin")
assert qgis.utils.startPlugin("planet_qgis_plugin")
import planet_qgis_plugin
from planet_qgis_plugin.core.resources import style_path
from planet_qgis_plugin.paths import icon_path
here = os.path.realpath(os.path.join(plugins, "planet_qgis_plugin"))
assert os.path.realpath(planet_qgis_plugin.__file__).startswith(here), planet_qgis_plugin.__file__
assert str(style_path().resolve()).startswith(here) and style_path().is_file()
assert str(icon_path().resolve()).startswith(here) and icon_path().is_file()
assert QgsApplication.processingRegistry().providerById("planet_classifier") is not None
if os.environ.get("EXPECT_BUNDLE") == "1":
    from planet_qgis_plugin.core.model.bundle import default_bundle_path, load_bundle
    bundle = load_bundle(default_bundle_path())
    assert str(bundle.path.resolve()).startswith(here), bundle.path
    assert bundle.file("onnx").is_file()
assert len(iface.menu["Planet classifier"]) >= 4
assert qgis.utils.unloadPlugin("planet_qgis_plugin")
assert iface.menu["Planet classifier"] == [] and not iface.window.findChildren(QToolBar, "PlanetClassifierToolbar")
assert QgsApplication.processingRegistry().providerById("planet_classifier") is None
print("LOADED-OK")
app.exitQgis()
'''


def test_package_installs_into_fresh_profile_and_loads(tmp_path):
    from scripts import package

    zip_path = package.build(tmp_path / "plugin.zip")
    assert zip_path.stat().st_size < 25 * 1024 * 1024
    with zipfile.ZipFile(zip_path) as zf:
        names = zf.namelist()
    assert all(n.startswith("planet_qgis_plugin/") for n in names)
    assert not [n for n in names if "__pycache__" in n or n.endswith(".pyc") or "/tests/" in n]
    for needed in ("__init__.py", "metadata.txt", "resources/styles/tiles.qml", "resources/icon.png",
                   "resources/icon.svg", "core/pipeline/classify.py", "processing/provider.py",
                   "i18n/planet_classifier_pt_BR.qm", "i18n/planet_classifier_es.qm", "help/index.html",
                   "help/pt_BR/index.html", "help/es/index.html"):
        assert f"planet_qgis_plugin/{needed}" in names, needed
    assert not [n for n in names if n.endswith("/export.py")], "trainer code (bundle export, torch) is not shipped"
    has_bundle = any(p.joinpath("manifest.json").is_file() for p in (ROOT / "resources" / "models").glob("*")) \
        if (ROOT / "resources" / "models").is_dir() else False
    if has_bundle:
        assert any(n.endswith("/model.onnx") for n in names)
    profile = tmp_path / "profiles" / "fresh"
    plugins = profile / "python" / "plugins"
    plugins.mkdir(parents=True)
    with zipfile.ZipFile(zip_path) as zf:
        zf.extractall(plugins)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QGIS_CUSTOM_CONFIG_PATH=str(profile),
               PLANET_CLASSIFIER_DEPS=str(tmp_path / "deps"), EXPECT_BUNDLE="1" if has_bundle else "0")
    env.pop("PYTHONPATH", None)
    proc = subprocess.run([sys.executable, "-c", LOAD_SCRIPT, str(plugins), qgis_python_plugins()], cwd=tmp_path, env=env,
                          capture_output=True, text=True, timeout=300)
    assert "LOADED-OK" in proc.stdout, proc.stdout[-3000:] + proc.stderr[-3000:]
