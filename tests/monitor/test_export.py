"""Hand-off: `change ... --export DIR` and the panel's export of confirmed alerts (GeoJSON, KML, CSV, HTML)."""
from __future__ import annotations

import csv
import json
import os
import re
import subprocess
import sys

import pytest

from planet_qgis_plugin.core.errors import OutputError
from planet_qgis_plugin.core.monitor.alerts import read_alerts, record_review
from planet_qgis_plugin.core.monitor.change import ChangeError
from planet_qgis_plugin.core.monitor.handoff import export_alerts
from tests.conftest import ROOT


@pytest.fixture
def pair(rapideye, rapideye_copy):
    """BEFORE: the sample RapidEye run; AFTER: a copy with a new mining and a new logging flag."""
    return rapideye, rapideye_copy({(0, 1): {"flag_mining": 1, "flagged": 1, "score_mining": 1.0},
                                    (2, 2): {"flag_logging": 1, "flagged": 1, "score_logging": 0.9}})


def run(*args):
    return subprocess.run([sys.executable, "-m", "planet_qgis_plugin", "change", *map(str, args)], cwd=ROOT,
                          capture_output=True, text=True)


def test_cli_export_writes_geojson_kml_csv_thumbnails_and_html(pair, tmp_path):
    out, folder = tmp_path / "change.gpkg", tmp_path / "handoff"
    proc = run(*pair, "-o", out, "--export", folder, "--after-date", "2013-03-01")
    assert proc.returncode == 0, proc.stderr
    assert "2 alerts exported" in proc.stdout
    assert sorted(p.name for p in folder.iterdir()) == ["alerts.csv", "alerts.geojson", "alerts.html", "alerts.kml",
                                                         "thumbs"]
    with open(folder / "alerts.csv", newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert [r["cause"] for r in rows] == ["mining", "logging"] or [r["cause"] for r in rows] == ["logging", "mining"]
    for r in rows:
        assert 108 < float(r["lon"]) < 109 and 1.0 < float(r["lat"]) < 1.2     # WGS 84, not the scene's UTM
        assert (r["date_before"], r["date_after"], r["status"]) == ("2012-12-11", "2013-03-01", "open")
        assert r["confidence"] == "nominal" and (folder / r["thumb_before"]).is_file()
    collection = json.loads((folder / "alerts.geojson").read_text(encoding="utf-8"))
    assert len(collection["features"]) == 2
    lon, lat = collection["features"][0]["geometry"]["coordinates"][0][0]
    assert 108 < lon < 109 and 1.0 < lat < 1.2
    assert "<Placemark>" in (folder / "alerts.kml").read_text(encoding="utf-8")
    page = (folder / "alerts.html").read_text(encoding="utf-8")
    assert page.count("data:image/png;base64,") == 4 and "thumbs/" not in page   # self-contained


def test_export_of_confirmed_alerts_only(pair, tmp_path):
    from planet_qgis_plugin.core.monitor.change import compare

    compare(*pair, tmp_path / "change.gpkg")
    alerts = read_alerts(tmp_path / "change.gpkg").rows
    record_review(tmp_path / "change.gpkg", alerts[0].fid, "confirmed", "slash_burn")
    record_review(tmp_path / "change.gpkg", alerts[1].fid, "rejected", reason="cloud shadow")
    result = export_alerts(tmp_path / "change.gpkg", tmp_path / "confirmed", confirmed_only=True)
    assert result.alerts == 1 and result.thumbnails
    with open(tmp_path / "confirmed" / "alerts.csv", newline="", encoding="utf-8") as handle:
        (row,) = list(csv.DictReader(handle))
    assert (row["cause"], row["status"]) == ("slash_burn", "confirmed") and row["reviewed_at"].endswith("Z")
    with pytest.raises(ChangeError, match="needs a reason"):
        record_review(tmp_path / "change.gpkg", alerts[1].fid, "rejected")
    with pytest.raises(ChangeError, match="needs a cause"):
        record_review(tmp_path / "change.gpkg", alerts[1].fid, "confirmed", "fire")


def test_export_folder_that_exists_or_cannot_be_made_is_refused_and_nothing_is_written(pair, tmp_path):
    out, folder = tmp_path / "change.gpkg", tmp_path / "handoff"
    folder.mkdir()
    proc = run(*pair, "-o", out, "--export", folder)
    assert proc.returncode == 1 and proc.stderr.count("\n") == 1 and "already exists" in proc.stderr
    assert not out.exists() and list(folder.iterdir()) == []
    (tmp_path / "afile").write_text("x")
    proc = run(*pair, "-o", out, "--export", tmp_path / "afile" / "handoff")
    assert proc.returncode == 1 and "is not a folder" in proc.stderr and not out.exists()
    if os.geteuid() != 0:  # root writes anywhere
        locked = tmp_path / "locked"
        locked.mkdir(mode=0o500)
        with pytest.raises(OutputError, match="not writable"):
            export_alerts(out, locked / "x")
    assert not list(tmp_path.glob(".handoff*"))


def test_export_folder_made_by_someone_else_meanwhile_is_kept_and_nothing_is_merged_into_it(pair, tmp_path,
                                                                                          monkeypatch):
    """The folder is checked first and written last: one that appears in between (another export, a colleague's
    files) is neither replaced nor merged into, and the half-made export goes."""
    from planet_qgis_plugin.core.monitor import handoff
    from planet_qgis_plugin.core.monitor.change import compare

    compare(*pair, tmp_path / "change.gpkg")
    folder = tmp_path / "handoff"
    write_html = handoff._write_html

    def someone_else_makes_the_folder(*args, **kwargs):
        write_html(*args, **kwargs)
        folder.mkdir()
        (folder / "notes.txt").write_text("theirs")

    monkeypatch.setattr(handoff, "_write_html", someone_else_makes_the_folder)
    with pytest.raises(OutputError, match="could not write export folder"):
        export_alerts(tmp_path / "change.gpkg", folder)
    assert [p.name for p in folder.iterdir()] == ["notes.txt"] and (folder / "notes.txt").read_text() == "theirs"
    assert not list(tmp_path.glob(".handoff*"))


def test_an_export_without_alerts_does_not_say_the_scenes_are_unknown(rapideye, tmp_path):
    """Two runs whose scenes are at hand and no alert: the export said 'no thumbnails: the scenes are not known',
    which sends the analyst looking for a problem with the scenes that is not there."""
    out, folder = tmp_path / "change.gpkg", tmp_path / "handoff"
    proc = run(rapideye, rapideye, "-o", out, "--export", folder)
    assert proc.returncode == 0, proc.stderr
    assert f"0 alerts exported to {folder} (GeoJSON, KML, CSV, HTML)" in proc.stdout
    assert "not known" not in proc.stdout
    assert not (folder / "thumbs").exists()   # an empty folder of thumbnails read as thumbnails that went missing


@pytest.mark.parametrize("edit, message", [
    ("geom = NULL", "has no geometry (edited in QGIS?)"),
    ("lon = NULL, lat = NULL", None),
])
def test_a_change_layer_edited_in_qgis_is_read_with_its_place_or_refused_in_one_line(pair, tmp_path, edit, message):
    """An alert whose polygon was deleted was a traceback ('NoneType' has no attribute 'ExportToWkb') in the
    export, the report and the Alerts panel; one whose lon/lat were blanked was exported at 0, 0."""
    from osgeo import ogr

    from planet_qgis_plugin.core.monitor.change import compare

    out = tmp_path / "change.gpkg"
    compare(*pair, out)
    before = {row.fid: (row.lon, row.lat) for row in read_alerts(out).rows}
    ds = ogr.Open(str(out), 1)
    ds.ExecuteSQL(f"UPDATE changes SET {edit} WHERE fid = {min(before)}")
    ds = None
    edited = out.read_bytes()
    if message:
        with pytest.raises(ChangeError, match=re.escape(message)):
            export_alerts(out, tmp_path / "handoff")
        assert not (tmp_path / "handoff").exists() and out.read_bytes() == edited
        return
    after = {row.fid: (row.lon, row.lat) for row in read_alerts(out).rows}
    assert after.keys() == before.keys()
    assert all(after[fid] == pytest.approx(before[fid], abs=1e-6) for fid in before)  # from its tile
    export_alerts(out, tmp_path / "handoff")
    with open(tmp_path / "handoff" / "alerts.csv", newline="", encoding="utf-8") as handle:
        assert all(float(r["lon"]) != 0.0 and float(r["lat"]) != 0.0 for r in csv.DictReader(handle))


def test_the_export_page_is_in_the_analysts_language_and_the_data_english(pair, tmp_path):
    """The Alerts dock exports under QGIS's translator (core/wording.words): alerts.html, what the field team reads,
    stayed English in a Portuguese QGIS, while the report of the same run was translated. The CSV, GeoJSON and KML,
    read by programs, keep the layer's English values."""
    from planet_qgis_plugin.core.monitor.change import compare
    from planet_qgis_plugin.core.wording import words

    def translate(text: str) -> str:
        return "[xx] " + text

    compare(*pair, tmp_path / "change.gpkg")
    fid = read_alerts(tmp_path / "change.gpkg").rows[0].fid
    record_review(tmp_path / "change.gpkg", fid, "confirmed", "mining")
    with words(translate):
        export_alerts(tmp_path / "change.gpkg", tmp_path / "handoff", confirmed_only=True)
    page = (tmp_path / "handoff" / "alerts.html").read_text(encoding="utf-8")
    for said in ("Confirmed alerts", "lat, lon", "cause", "review", "confirmed", "mining", "nominal", "rise"):
        assert f"[xx] {said}" in page, said
    with open(tmp_path / "handoff" / "alerts.csv", newline="", encoding="utf-8") as handle:
        (row,) = list(csv.DictReader(handle))
    assert (row["status"], row["cause"], row["confidence"]) == ("confirmed", "mining", "nominal")


def test_an_exported_alert_keeps_its_number(pair, tmp_path):
    """Export confirmed… numbered the confirmed alerts 1, 2, ... among themselves: the report's and the dock's alert 2,
    the only one confirmed, reached the field team as alert 1 (and thumbs/0001_*.png)."""
    from planet_qgis_plugin.core.monitor.change import compare

    compare(*pair, tmp_path / "change.gpkg")
    second = read_alerts(tmp_path / "change.gpkg").rows[1]
    record_review(tmp_path / "change.gpkg", second.fid, "confirmed", "mining")
    export_alerts(tmp_path / "change.gpkg", tmp_path / "handoff", confirmed_only=True)
    with open(tmp_path / "handoff" / "alerts.csv", newline="", encoding="utf-8") as handle:
        (row,) = list(csv.DictReader(handle))
    assert row["id"] == "2" and row["thumb_after"] == "thumbs/0002_after.png"
    assert (tmp_path / "handoff" / "thumbs" / "0002_after.png").is_file()


def test_a_runs_export_carries_the_tiles_held_back_apart_from_its_alerts(rapideye, rapideye_copy, tmp_path):
    """A real change behind BEFORE's haze is held back: it was in the change layer and the report only, and a field
    team reading the export never learnt of it. `change --export` writes those tiles to held_back.csv / .geojson,
    status 'held back' (no alert's review status), each flag with why; alerts.csv keeps the alerts alone, and an
    export of the confirmed alerts none of them."""
    after = rapideye_copy({(0, 1): {"flag_mining": 1, "flagged": 1, "score_mining": 1.0},
                           (2, 2): {"flag_mining": 1, "flagged": 1, "score_mining": 0.99}})
    hazy = rapideye_copy({(2, 2): {"p_clear": 0.13, "p_partly_cloudy": 0.99}}, name="hazy.gpkg")
    out, folder = tmp_path / "change.gpkg", tmp_path / "handoff"
    proc = run(hazy, after, "-o", out, "--export", folder)
    assert proc.returncode == 0, proc.stderr
    assert ("1 alert exported" in proc.stdout and "1 tile whose new flags were held back in held_back.csv and .geojson "
            "(status 'held back': no alerts)" in proc.stdout)
    with open(folder / "alerts.csv", newline="", encoding="utf-8") as handle:
        assert [r["status"] for r in csv.DictReader(handle)] == ["open"]
    with open(folder / "held_back.csv", newline="", encoding="utf-8") as handle:
        held = list(csv.DictReader(handle))
    assert [(r["id"], r["status"], r["held_back"]) for r in held] == [
        ("1", "held back", "mining (BEFORE not clear: p_clear 0.13)")]
    assert 108 < float(held[0]["lon"]) < 109 and 1.0 < float(held[0]["lat"]) < 1.2
    collection = json.loads((folder / "held_back.geojson").read_text(encoding="utf-8"))
    assert [f["properties"]["status"] for f in collection["features"]] == ["held back"]
    assert "held_back.csv" in (folder / "alerts.html").read_text(encoding="utf-8")
    record_review(out, read_alerts(out).rows[0].fid, "confirmed", "mining")
    confirmed = export_alerts(out, tmp_path / "confirmed", confirmed_only=True)
    assert confirmed.held == 0 and not (tmp_path / "confirmed" / "held_back.csv").exists()
