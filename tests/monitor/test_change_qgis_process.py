"""The packaged plugin's change algorithm from the command line, on QGIS's own Python (numpy + GDAL only)."""
from __future__ import annotations

import pytest

from tests.qgis_process import install_plugin, needs_qgis_process, run_qgis_process

ALG = "planet_classifier:change_between_classifications"

pytestmark = [needs_qgis_process, pytest.mark.slow]  # packages the plugin and starts QGIS (~20 s on 2 shared cores)


def test_change_algorithm_runs_in_qgis_process(rapideye, rapideye_copy, tmp_path):
    home = install_plugin(tmp_path / "home")
    before, after = rapideye, rapideye_copy({(0, 1): {"flag_mining": 1, "flagged": 1, "score_mining": 1.0}})
    out, report = tmp_path / "change.gpkg", tmp_path / "alerts.html"
    proc = run_qgis_process(home, "run", ALG, "--", f"BEFORE={before}", f"AFTER={after}", f"OUTPUT={out}",
                            f"REPORT={report}")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "ALERTS:\t1" in proc.stdout and "COMPARED:\t9" in proc.stdout  # 9 tiles on the CRS-anchored grid
    assert out.is_file() and report.is_file()
    assert "data:image/png;base64," in report.read_text(encoding="utf-8")
