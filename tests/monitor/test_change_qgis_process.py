"""The packaged plugin's change algorithm from the command line, on QGIS's own Python (numpy + GDAL only)."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.conftest import RAPIDEYE, ROOT
from tests.monitor.conftest import edit_tiles

QGIS_PROCESS = Path("/usr/bin/qgis_process.bin")  # Debian's wrapper adds an option 3.22 rejects
ALG = "planet_classifier:change_between_classifications"

pytestmark = [pytest.mark.skipif(not QGIS_PROCESS.exists(), reason="qgis_process is not installed (Debian package "
                                 "'qgis'; make setup installs it)"),
              pytest.mark.slow]  # packages the plugin and starts QGIS (~20 s on 2 shared cores)


def test_change_algorithm_runs_in_qgis_process(serial_batch, tmp_path):
    home = tmp_path / "home"
    zip_path = tmp_path / "plugin.zip"
    subprocess.run([sys.executable, str(ROOT / "scripts" / "package.py"), "-o", str(zip_path)], check=True,
                   capture_output=True)
    profile = home / ".local" / "share" / "QGIS" / "QGIS3" / "profiles" / "default"
    with zipfile.ZipFile(zip_path) as zf:
        zf.extractall(profile / "python" / "plugins")
    (profile / "QGIS").mkdir(parents=True)
    (profile / "QGIS" / "QGIS3.ini").write_text("[PythonPlugins]\nplanet_qgis_plugin=true\n")
    before = serial_batch / f"{RAPIDEYE.stem}.gpkg"
    after = tmp_path / "after.gpkg"
    shutil.copyfile(before, after)
    edit_tiles(after, {(0, 1): {"flag_mining": 1, "flagged": 1, "score_mining": 1.0}})
    out, report = tmp_path / "change.gpkg", tmp_path / "alerts.html"
    env = {k: v for k, v in os.environ.items() if not k.startswith("QGIS_") and k != "PYTHONPATH"}
    env.update(HOME=str(home), QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run([str(QGIS_PROCESS), "run", ALG, "--", f"BEFORE={before}", f"AFTER={after}",
                           f"OUTPUT={out}", f"REPORT={report}"], env=env, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "ALERTS:\t1" in proc.stdout and "COMPARED:\t4" in proc.stdout
    assert out.is_file() and report.is_file()
    assert "data:image/png;base64," in report.read_text(encoding="utf-8")
