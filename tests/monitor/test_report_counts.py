"""The change report's count line said '1 alerts' for a run of one alert (seen on a real pair: the strip against
the strip with mines pasted in). It counts as the command line does: 1 alert, 2 alerts."""
from __future__ import annotations

import re

from planet_qgis_plugin.core.monitor.change import compare
from planet_qgis_plugin.core.monitor.report import change_report


def test_the_report_counts_one_alert_in_the_singular(rapideye, rapideye_copy, tmp_path):
    for edits, name in (({(0, 1): {"flag_mining": 1, "flagged": 1, "score_mining": 1.0}}, "one"),
                        ({(0, 1): {"flag_mining": 1, "flagged": 1, "score_mining": 1.0},
                          (2, 2): {"flag_mining": 1, "flagged": 1, "score_mining": 1.0}}, "two")):
        result = compare(rapideye, rapideye_copy(edits, f"{name}.gpkg"), tmp_path / f"{name}_change.gpkg")
        n = len(result.alerts)
        text = change_report(tmp_path / f"{name}.html", result).read_text(encoding="utf-8")
        said = re.search(r"<b>(\d+ alerts?)</b>", text).group(1)
        assert said == (f"{n} alert" if n == 1 else f"{n} alerts")


def _words(page: str) -> str:
    """The report's text as a reader reads it: its tags and runs of space gone."""
    return " ".join(re.sub(r"<[^>]+>", " ", page).split())


def test_a_tile_left_out_is_counted_in_the_singular_and_in_words_a_reader_reads(rapideye, rapideye_copy, tmp_path):
    """The report said '1 AFTER tiles without a BEFORE tile left out': a plural for one, in the command line's
    argument names."""
    from osgeo import ogr

    before = rapideye_copy(name="before.gpkg")
    ds = ogr.Open(str(before), update=1)
    ds.ExecuteSQL("DELETE FROM tiles WHERE row = 0 AND col = 0")   # the before scene no longer covers that tile
    del ds
    after = rapideye_copy({(0, 1): {"flag_mining": 1, "flagged": 1, "score_mining": 1.0}})
    result = compare(before, after, tmp_path / "change.gpkg")
    assert result.no_baseline == 1
    text = _words(change_report(tmp_path / "report.html", result).read_text(encoding="utf-8"))
    assert f"{result.compared} tiles compared, 1 tile left out (not covered by the before scene)" in text
    assert not re.search(r"\b1 (AFTER )?(tiles|alerts|scenes)\b", text)
    assert result.summary().startswith(f"{result.compared} tiles compared, 1 tile left out (not covered by BEFORE); ")


def test_the_batch_counts_one_scene_in_the_singular(tmp_path, capsys):
    from planet_qgis_plugin.cli.batch import main as batch
    from tests.conftest import CAPE_TOWN_SR

    assert batch([str(CAPE_TOWN_SR), "-o", str(tmp_path / "out"), "--workers", "1", "--report", "-q"]) == 0
    assert capsys.readouterr().out.startswith("1 scene: 1 classified, 0 up to date, 0 failed; ")
    text = _words((tmp_path / "out" / "report.html").read_text(encoding="utf-8"))
    assert "1 scene given to" in text and "(s)" not in text
