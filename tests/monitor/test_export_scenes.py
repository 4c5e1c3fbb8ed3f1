"""The hand-off (alerts.csv, GeoJSON, KML) did not say which scenes an alert compares: a field team receiving it
could not tell which Planet scenes (whose file names carry the item id) to pull, and the whole paths the change layer
records are of the machine that ran it. Each alert now names BEFORE's and AFTER's scene file."""
from __future__ import annotations

import csv
import json
import shutil

from planet_qgis_plugin.cli.change import main as change
from planet_qgis_plugin.core.monitor.alerts import read_alerts
from planet_qgis_plugin.core.monitor.change import META_AFTER_SCENE, META_BEFORE_SCENE
from tests.conftest import RAPIDEYE


def test_each_exported_alert_names_its_before_and_after_scene(rapideye, rapideye_copy, tmp_path):
    after = rapideye_copy({(0, 1): {"flag_mining": 1, "flagged": 1, "score_mining": 1.0}})
    after_scene = tmp_path / "20130301_101010_0e0e_3B_AnalyticMS.tif"
    shutil.copyfile(RAPIDEYE, after_scene)
    folder = tmp_path / "handoff"
    assert change([str(rapideye), str(after), "-o", str(tmp_path / "c.gpkg"), "--export", str(folder),
                   "--after-scene", str(after_scene), "-q"]) == 0
    meta = read_alerts(tmp_path / "c.gpkg").metadata
    names = (meta[META_BEFORE_SCENE].rsplit("/", 1)[-1], meta[META_AFTER_SCENE].rsplit("/", 1)[-1])
    assert names == (RAPIDEYE.name, after_scene.name)
    with open(folder / "alerts.csv", newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert rows and all((r["scene_before"], r["scene_after"]) == names for r in rows)
    features = json.loads((folder / "alerts.geojson").read_text(encoding="utf-8"))["features"]
    assert all((f["properties"]["scene_before"], f["properties"]["scene_after"]) == names for f in features)
    assert f">{after_scene.name}<" in (folder / "alerts.kml").read_text(encoding="utf-8")


def test_alerts_html_names_the_scenes_compared(rapideye, rapideye_copy, tmp_path):
    import html

    after = rapideye_copy({(0, 1): {"flag_mining": 1, "flagged": 1, "score_mining": 1.0}})
    folder = tmp_path / "handoff"
    assert change([str(rapideye), str(after), "-o", str(tmp_path / "c.gpkg"), "--export", str(folder), "-q"]) == 0
    with open(folder / "alerts.csv", newline="", encoding="utf-8") as handle:
        row = next(csv.DictReader(handle))
    page = (folder / "alerts.html").read_text(encoding="utf-8")
    assert html.escape(f"Before: {row['scene_before']}; after: {row['scene_after']}.") in page
