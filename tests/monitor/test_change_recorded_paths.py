"""The change layer of two rasters recorded its tile layers (PLANET_BEFORE, PLANET_AFTER) at the temporary paths
they had during the run ('/tmp/planet-change-54b1ikrm/before.gpkg'), deleted when it ends: an analyst auditing the
layer read paths that never existed for them. Every path the layer records now leads to a file, or is empty."""
from __future__ import annotations

from pathlib import Path

from planet_qgis_plugin.cli.change import main as change
from planet_qgis_plugin.core.monitor.alerts import read_alerts
from tests.conftest import RAPIDEYE


def test_every_path_a_change_of_two_rasters_records_is_there_or_empty(tmp_path):
    out = tmp_path / "c.gpkg"
    assert change([str(RAPIDEYE), str(RAPIDEYE), "-o", str(out), "-q"]) == 0
    meta = read_alerts(out).metadata
    recorded = {k: meta.get(k, "") for k in ("PLANET_BEFORE", "PLANET_AFTER", "PLANET_BEFORE_SCENE",
                                             "PLANET_AFTER_SCENE")}
    assert recorded["PLANET_BEFORE_SCENE"] == str(RAPIDEYE.resolve())
    assert all(value == "" or Path(value).is_file() for value in recorded.values()), recorded
