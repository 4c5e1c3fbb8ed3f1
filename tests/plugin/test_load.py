"""The plugin loads, registers its GUI and Processing provider, and unloads cleanly."""
from __future__ import annotations

import configparser
import sys
from pathlib import Path

from qgis.core import QgsApplication

ROOT = Path(__file__).resolve().parents[2]


def test_package_imports_without_qgis():
    import subprocess
    code = ("import sys, planet_qgis_plugin, planet_qgis_plugin.paths, planet_qgis_plugin.deps; "
            "assert 'qgis' not in sys.modules and 'qgis.core' not in sys.modules, sorted(m for m in sys.modules if 'qgis' == m[:4])")
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True)


def test_metadata_complete():
    cfg = configparser.ConfigParser()
    cfg.read(ROOT / "metadata.txt", encoding="utf-8")
    general = cfg["general"]
    for key in ("name", "qgisMinimumVersion", "description", "about", "version", "author", "email", "repository",
                "tracker", "homepage", "tags", "category", "icon", "license", "changelog", "hasProcessingProvider"):
        assert general.get(key, "").strip(), key
    assert general["qgisMinimumVersion"] == "3.22"
    assert general["hasProcessingProvider"] == "yes"
    assert "onnxruntime" in general["about"] and "rasterio" in general["about"]
    assert (ROOT / general["icon"]).is_file()


def _provider_ids():
    return [p.id() for p in QgsApplication.processingRegistry().providers()]


def test_load_unload_reload(qgis_iface, qgis_processing):
    import planet_qgis_plugin
    for _ in range(2):  # load, unload, load again (plugin reloader)
        plugin = planet_qgis_plugin.classFactory(qgis_iface)
        plugin.initGui()
        names = [a.text() for a in plugin.toolbar.actions()]
        assert "Classify raster…" in names and "Show flagged tiles only" in names
        assert plugin.toolbar.windowTitle() == "Planet classifier"
        assert "planet_classifier" in _provider_ids()
        alg = QgsApplication.processingRegistry().algorithmById("planet_classifier:classify_raster")
        assert alg is not None and alg.displayName() == "Classify raster"
        actions = list(plugin.actions)
        plugin.unload()
        assert "planet_classifier" not in _provider_ids()
        assert QgsApplication.processingRegistry().algorithmById("planet_classifier:classify_raster") is None
        assert plugin.actions == [] and plugin.toolbar is None and plugin.tasks == []
        assert len(actions) >= 4


def test_missing_dependency_shows_message_instead_of_failing(qgis_iface, qgis_processing, monkeypatch):
    import planet_qgis_plugin
    from planet_qgis_plugin import deps

    real_find_spec = deps.importlib.util.find_spec
    monkeypatch.setattr(deps.importlib.util, "find_spec",
                        lambda name, *a: None if name in ("onnxruntime", "torch") else real_find_spec(name, *a))
    monkeypatch.setattr(deps, "cuda_present", lambda: True)
    report = deps.check()
    assert report.missing == ["onnxruntime"]
    assert report.requirements() == ["onnxruntime-gpu>=1.16"]
    cmd = deps.pip_command(report.requirements())
    assert "--target" in cmd and str(deps.packages_folder()) in cmd
    plugin = planet_qgis_plugin.classFactory(qgis_iface)
    plugin.initGui()  # must not raise
    try:
        assert plugin.dependency_report.missing == ["onnxruntime"]
        assert "onnxruntime" in plugin.dependency_report.message()
    finally:
        plugin.unload()


def test_installer_uses_the_python_qgis_runs_not_one_on_path(monkeypatch, tmp_path):
    import pytest

    from planet_qgis_plugin import deps

    shim = tmp_path / "python3"          # a pyenv-like shim of another Python, first on PATH
    shim.write_text("#!/bin/sh\necho 2.7\n")
    shim.chmod(0o755)
    monkeypatch.setenv("PATH", f"{tmp_path}:/usr/bin:/bin")
    monkeypatch.setattr(sys, "executable", "/usr/bin/qgis")   # inside QGIS, sys.executable is QGIS itself
    chosen = deps.python_executable()
    assert not chosen.startswith(str(tmp_path)) and deps._same_version(deps.Path(chosen))
    assert not deps._same_version(shim)
    monkeypatch.setattr(sys, "exec_prefix", str(tmp_path))
    monkeypatch.setattr(sys, "base_exec_prefix", str(tmp_path))
    monkeypatch.setattr(sys, "platform", "win32")      # a QGIS install with no Python beside it
    monkeypatch.setattr(sys, "executable", str(tmp_path / "bin" / "qgis-bin.exe"))
    with pytest.raises(deps.DependencyError, match="cannot find the Python"):
        deps.python_executable()
    ok, summary = deps.install(["onnxruntime"], folder=tmp_path / "deps")
    assert not ok and "cannot find the Python" in summary and not (tmp_path / "deps").exists()
