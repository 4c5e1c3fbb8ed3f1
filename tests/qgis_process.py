"""Running the packaged plugin in ``qgis_process`` (tests/plugin, tests/monitor): a fresh HOME whose QGIS
profile has the plugin zip installed and enabled, and a clean environment to run it in."""
from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.conftest import ROOT

# Debian's /usr/bin/qgis_process wrapper passes --noversioncheck, which qgis_process 3.22 refuses.
QGIS_PROCESS = Path("/usr/bin/qgis_process.bin")
needs_qgis_process = pytest.mark.skipif(not QGIS_PROCESS.exists(), reason="qgis_process is not installed (Debian "
                                        "package 'qgis'; make setup installs it)")


def install_plugin(home: Path) -> Path:
    """Package the plugin (python -m scripts.package) into ``home``'s default QGIS profile, enabled; returns ``home``."""
    home.mkdir(parents=True, exist_ok=True)
    zip_path = home / "plugin.zip"
    subprocess.run([sys.executable, "-m", "scripts.package", "-o", str(zip_path)], check=True, capture_output=True,
                   cwd=ROOT)
    profile = home / ".local" / "share" / "QGIS" / "QGIS3" / "profiles" / "default"
    with zipfile.ZipFile(zip_path) as zf:
        zf.extractall(profile / "python" / "plugins")
    (profile / "QGIS").mkdir(parents=True)
    (profile / "QGIS" / "QGIS3.ini").write_text("[PythonPlugins]\nplanet_qgis_plugin=true\n")
    return home


def run_qgis_process(home: Path, *args: str, python_path: str | None = None) -> subprocess.CompletedProcess:
    """``qgis_process ARGS`` with HOME=home in a clean environment (pytest-qgis points QGIS_CUSTOM_CONFIG_PATH
    & co. at its own profile), optionally with PYTHONPATH=python_path."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("QGIS_") and k != "PYTHONPATH"}
    env.update(HOME=str(home), QT_QPA_PLATFORM="offscreen")
    if python_path:
        env["PYTHONPATH"] = python_path
    return subprocess.run([str(QGIS_PROCESS), *args], env=env, capture_output=True, text=True, timeout=300)
