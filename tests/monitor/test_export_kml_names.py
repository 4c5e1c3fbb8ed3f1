"""alerts.kml's placemarks had no name: Google Earth, where a field team opens the hand-off, lists each as an
untitled placemark, none to tell from the next or to find in the report. Each is now named by its number in the
report, the Alerts dock and the other files, its cause and its confidence."""
from __future__ import annotations

import csv

from planet_qgis_plugin.cli.change import main as change


def test_each_kml_placemark_is_named_by_number_cause_and_confidence(rapideye, rapideye_copy, tmp_path):
    from osgeo import ogr

    after = rapideye_copy({(0, 1): {"flag_mining": 1, "flagged": 1, "score_mining": 1.0},
                           (2, 2): {"flag_logging": 1, "flagged": 1, "score_logging": 0.9}})
    folder = tmp_path / "handoff"
    assert change([str(rapideye), str(after), "-o", str(tmp_path / "c.gpkg"), "--export", str(folder), "-q"]) == 0
    with open(folder / "alerts.csv", newline="", encoding="utf-8") as handle:
        expected = {int(r["id"]): f"#{r['id']} {r['cause']} ({r['confidence']})" for r in csv.DictReader(handle)}
    ds = ogr.Open(str(folder / "alerts.kml"))
    names = {f.GetField("id"): f.GetField("Name") for f in ds.GetLayer(0)}
    ds = None
    assert len(expected) == 2 and names == expected
