"""`make package` output: a zip plugins.qgis.org accepts, that loads from a fresh QGIS profile."""
from __future__ import annotations

import configparser
import io
import os
import re
import stat
import subprocess
import sys
import zipfile
from pathlib import Path
from urllib.parse import urlparse

import pytest

from tests.conftest import qgis_python_plugins  # ROOT is on sys.path (tests/plugin/conftest.py)

ROOT = Path(__file__).resolve().parents[2]
PLUGIN = "planet_qgis_plugin"
# What plugins.qgis.org's upload validator (qgis/QGIS-Django, plugins/validator.py) refuses a zip for, stated
# here on its own rather than read from scripts/package.py, so that the two can disagree and this test fail.
REPOSITORY_MAX_BYTES = 25_000_000
REQUIRED_METADATA = ("name", "description", "version", "qgisMinimumVersion", "author", "email", "about", "tracker",
                     "repository")
FORBIDDEN_FOLDERS = {"__MACOSX", ".git", "__pycache__"}

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
provider = QgsApplication.processingRegistry().providerById("planet_classifier")
assert provider is not None
algorithms = sorted(a.id() for a in provider.algorithms())
assert algorithms == ["planet_classifier:change_between_classifications", "planet_classifier:classify_raster",
                      "planet_classifier:teach_concept"], algorithms
assert provider.longName().endswith(" " + os.environ["EXPECT_VERSION"]), provider.longName()  # the zip's metadata.txt
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


def _version(text: str) -> str:
    return re.search(r"^version=(.+)$", text, re.M).group(1).strip()


@pytest.fixture(scope="module")
def zip_path(tmp_path_factory) -> Path:
    """The plugin zip as `make package` builds it (built once for this module's tests)."""
    from scripts import package

    return package.build(tmp_path_factory.mktemp("dist") / "plugin.zip")


def test_zip_meets_the_plugin_repository_rules(zip_path):
    from scripts import package

    assert package.LIMIT <= REPOSITORY_MAX_BYTES, "make package must refuse what the repository refuses"
    assert zip_path.stat().st_size <= REPOSITORY_MAX_BYTES
    with zipfile.ZipFile(zip_path) as zf:
        assert zf.testzip() is None
        infos, names = zf.infolist(), zf.namelist()
        metadata_text = zf.read(f"{PLUGIN}/metadata.txt").decode("utf-8")
    assert "/" in names[0] and {n.split("/")[0] for n in names} == {PLUGIN}  # one top-level folder
    assert re.match(r"^[A-Za-z][A-Za-z0-9-_]+$", PLUGIN)
    assert not [n for n in names if ".." in n or n.startswith("/") or ".pyc" in n
                or FORBIDDEN_FOLDERS & set(n.split("/")) or "tests" in n.split("/")]
    for needed in ("__init__.py", "metadata.txt", "LICENSE", "CHANGELOG.md"):
        assert f"{PLUGIN}/{needed}" in names, needed
    # QGIS's Install from ZIP takes the folder of the first name ending in metadata.txt as the plugin's
    assert [n for n in names if n.endswith("metadata.txt")] == [f"{PLUGIN}/metadata.txt"]
    # regular files everyone can read (an unzip keeps the modes; a link would point outside the plugin)
    modes = {i.filename: i.external_attr >> 16 for i in infos}
    assert not [n for n, m in modes.items() if not stat.S_ISREG(m) or m & 0o444 != 0o444], modes
    assert not [n for n in names if n.endswith(".ts")], "translation sources: the plugin reads the .qm"

    cfg = configparser.ConfigParser()
    cfg.optionxform = str  # the validator's parser keeps the keys' case (qgisMinimumVersion)
    cfg.read_file(io.StringIO(metadata_text))
    general = cfg["general"]
    assert not [k for k in REQUIRED_METADATA if not general.get(k, "").strip()]
    assert metadata_text == (ROOT / "metadata.txt").read_text(encoding="utf-8")
    for key in ("tracker", "repository", "homepage"):
        url = urlparse(general[key])
        assert url.scheme in ("http", "https") and url.netloc, key
    assert "/" not in general["author"]
    assert f"{PLUGIN}/{general['icon'].removeprefix('./')}" in names
    for flag in ("experimental", "deprecated", "server"):
        assert general[flag] in ("True", "False"), flag


def test_an_oversized_zip_is_refused_and_the_earlier_one_kept(tmp_path, monkeypatch, capsys):
    from scripts import package

    out = tmp_path / "plugin.zip"
    out.write_bytes(b"the earlier good zip")
    monkeypatch.setattr(package, "LIMIT", 1_000_000)
    with pytest.raises(SystemExit, match="over plugins.qgis.org's 1 MB limit"):
        package.build(out)
    assert out.read_bytes() == b"the earlier good zip"
    assert [p.name for p in tmp_path.iterdir()] == ["plugin.zip"]


def test_package_installs_into_fresh_profile_and_loads(zip_path, tmp_path):
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
               PLANET_CLASSIFIER_DEPS=str(tmp_path / "deps"), EXPECT_BUNDLE="1" if has_bundle else "0",
               EXPECT_VERSION=_version((ROOT / "metadata.txt").read_text(encoding="utf-8")))
    env.pop("PYTHONPATH", None)
    proc = subprocess.run([sys.executable, "-c", LOAD_SCRIPT, str(plugins), qgis_python_plugins()], cwd=tmp_path, env=env,
                          capture_output=True, text=True, timeout=300)
    assert "LOADED-OK" in proc.stdout, proc.stdout[-3000:] + proc.stderr[-3000:]
