"""Every new flag that made no alert says why (MapBiomas Alerta's practice: a rejection is explained). The change layer's
held_back named the flag only, and neither the report nor the command line counted them: an analyst reading '0 alerts'
could not tell 'nothing new' from 'three new flags, each held back'."""
from __future__ import annotations

import re

import numpy as np
import pytest

from planet_qgis_plugin.core.layer.tiletable import read_tiles
from planet_qgis_plugin.core.monitor.change import compare
from planet_qgis_plugin.core.monitor.report import change_report
from tests.monitor.test_change import features


def _two_held_back(rapideye, rapideye_copy, tmp_path):
    """compare of the sample layer against a copy raising two new flags, neither an alert: slash_burn risen too
    little on (2, 2), mining under cloud on (0, 0)."""
    tiles = read_tiles(rapideye, with_embeddings=False)
    at = {(int(r), int(c)): k for k, (r, c) in enumerate(zip(tiles.rows, tiles.cols))}
    slash = float(tiles.scores["slash_burn"][at[(2, 2)]])
    after = rapideye_copy({(2, 2): {"flag_slash_burn": 1, "flagged": 1, "score_slash_burn": slash + 0.15},
                           (0, 0): {"flag_mining": 1, "flagged": 1, "score_mining": 0.99, "p_cloudy": 0.9}})
    result = compare(rapideye, after, tmp_path / "change.gpkg")
    return result


def test_each_flag_held_back_says_why_and_the_run_counts_them(rapideye, rapideye_copy, tmp_path):
    result = _two_held_back(rapideye, rapideye_copy, tmp_path)
    assert result.alerts == []
    rows = {(r["row"], r["col"]): r for r in features(tmp_path / "change.gpkg")}
    assert rows[(2, 2)]["held_back"] == "slash_burn (rise +0.15 < 0.25 alone)"
    assert rows[(0, 0)]["held_back"] == "mining (cloud on AFTER)"
    assert result.held == {"partial tile": 0, "cloud": 1, "not clear": 0, "small rise": 1,
                           "rejected before": 0}
    said = ("2 new flags held back (0 on a partial tile, 1 under cloud, 0 where BEFORE was not clear, 1 with too small "
            "a rise)")
    assert f"0 alerts: 0 nominal, 0 high, 0 highest; {said};" in result.summary()
    text = " ".join(re.sub(r"<[^>]+>", " ", change_report(tmp_path / "r.html", result).read_text("utf-8")).split())
    assert said in text


def test_the_report_shows_each_tile_held_back_on_its_pair(rapideye, rapideye_copy, tmp_path):
    """The report said '2 new flags held back (...): the change layer's held_back field says which flag, on which tile,
    and why': what the rule held back could be judged only in QGIS, and not on the before/after pair an alert is judged
    on. The report lists each tile held back (its flags and why, its place, both thumbnails), after the alerts."""
    result = _two_held_back(rapideye, rapideye_copy, tmp_path)
    text = change_report(tmp_path / "r.html", result).read_text("utf-8")
    assert ("2 new flags held back (0 on a partial tile, 1 under cloud, 0 where BEFORE was not clear, 1 with too small "
            "a rise), on 2 tiles") in text
    section = text.split("<h2>New flags held back</h2>")[1]
    rows = re.findall(r"<tr><td class='num'>\d+</td>.*?</tr>", section)
    assert len(rows) == 2
    said = {re.search(r"<td>([^<]+)</td>", row).group(1): row for row in rows}
    assert set(said) == {"slash_burn (rise +0.15 &lt; 0.25 alone)", "mining (cloud on AFTER)"}
    for row in said.values():
        assert len(re.findall(r"<img [^>]*src='data:image/png;base64,", row)) == 2   # before and after
        assert re.search(r"<td class='num'>-?\d+\.\d{5}, -?\d+\.\d{5}</td>", row)


def test_a_report_of_more_tiles_held_back_than_it_shows_says_so(rapideye, rapideye_copy, tmp_path, monkeypatch):
    from planet_qgis_plugin.core.monitor import report

    monkeypatch.setattr(report, "MAX_HELD", 1)
    result = _two_held_back(rapideye, rapideye_copy, tmp_path)
    section = change_report(tmp_path / "r.html", result).read_text("utf-8").split("<h2>New flags held back</h2>")[1]
    assert "Showing the 1 first of 2 tiles held back; the change GeoPackage has all." in section
    assert len(re.findall(r"<tr><td class='num'>\d+</td>", section)) == 1


def test_a_rise_that_rounds_to_nothing_is_said_without_a_minus(rapideye, rapideye_copy, tmp_path):
    """The acceptance pair's mine, there on both dates: 'mining (rise -0.00 < 0.25 alone)', a minus on a rise that
    rounds to nothing."""
    tiles = read_tiles(rapideye, with_embeddings=False)
    k = int(np.argmax(tiles.scores["mining"]))   # a score to take a thousandth off
    tile, score = (int(tiles.rows[k]), int(tiles.cols[k])), float(tiles.scores["mining"][k])
    after = rapideye_copy({tile: {"flag_mining": 1, "flagged": 1, "score_mining": score - 0.001}})
    compare(rapideye, after, tmp_path / "change.gpkg")
    rows = {(r["row"], r["col"]): r for r in features(tmp_path / "change.gpkg")}
    assert rows[tile]["held_back"] == "mining (rise +0.00 < 0.25 alone)"


def test_a_new_flag_where_before_did_not_see_the_tile_clear_is_held_back_and_said(rapideye, rapideye_copy, tmp_path):
    """bench/monitor_acceptance.py's pair B: a mine there on both dates alerted because a haze veil on BEFORE (read by
    the head as partly_cloudy: p_clear 0.13 there, p_haze 0.00) took its concept score from 0.71 to 0.21, while the
    scene-wide lift, measured on tiles that show nothing, hardly moved. A tile BEFORE did not see clear is no baseline,
    as one under cloud is: the flag is held back and says why, and the run counts it apart."""
    from planet_qgis_plugin.core.monitor.change import BEFORE_CLEAR

    tiles = read_tiles(rapideye, with_embeddings=False)
    at = {(int(r), int(c)): k for k, (r, c) in enumerate(zip(tiles.rows, tiles.cols))}
    assert tiles.probs[at[(2, 2)], tiles.labels.index("clear")] >= BEFORE_CLEAR   # the sample saw it clear
    after = rapideye_copy({(2, 2): {"flag_mining": 1, "flagged": 1, "score_mining": 0.99}})
    assert [(int(tiles.rows[a.index]), int(tiles.cols[a.index]))
            for a in compare(rapideye, after, tmp_path / "clear.gpkg").alerts] == [(2, 2)]
    hazy = rapideye_copy({(2, 2): {"p_clear": 0.13, "p_partly_cloudy": 0.99}}, name="hazy.gpkg")
    result = compare(hazy, after, tmp_path / "change.gpkg")
    assert result.alerts == []
    rows = {(r["row"], r["col"]): r for r in features(tmp_path / "change.gpkg")}
    assert rows[(2, 2)]["held_back"] == "mining (BEFORE not clear: p_clear 0.13)"
    assert not rows[(2, 2)]["alert"] and not rows[(2, 2)]["new_flag"]
    assert result.held == {"partial tile": 0, "cloud": 0, "not clear": 1, "small rise": 0,
                           "rejected before": 0}
    said = ("1 new flag held back (0 on a partial tile, 0 under cloud, 1 where BEFORE was not clear, 0 with too small "
            "a rise)")
    assert f"; {said};" in result.summary()
    text = " ".join(re.sub(r"<[^>]+>", " ", change_report(tmp_path / "r.html", result).read_text("utf-8")).split())
    assert f"{said}, on 1 tile" in text and "mining (BEFORE not clear: p_clear 0.13)" in text
    assert f"p_clear >= {BEFORE_CLEAR:g}" in result.rule


def test_a_before_tile_seen_clear_at_the_bar_is_a_baseline(rapideye, rapideye_copy, tmp_path):
    """The bar is BEFORE_CLEAR itself: a tile BEFORE gives p_clear at it was seen clear (the strip's clear tiles measure
    0.73 and up, the haze veil's 0.03-0.43)."""
    from planet_qgis_plugin.core.monitor.change import BEFORE_CLEAR

    before = rapideye_copy({(2, 2): {"p_clear": BEFORE_CLEAR}}, name="before.gpkg")
    after = rapideye_copy({(2, 2): {"flag_mining": 1, "flagged": 1, "score_mining": 0.99}})
    result = compare(before, after, tmp_path / "change.gpkg")
    assert len(result.alerts) == 1 and result.held["not clear"] == 0


def test_a_change_behind_befores_haze_is_said_with_what_to_do(rapideye, rapideye_copy, tmp_path, capsys):
    """A real change on a tile BEFORE saw through haze is held back, as the rule wants, and so appeared only in a row
    of the report's held-back table: '0 alerts' read as 'nothing new'. The command line's last line and the report's
    top say how many flags BEFORE's view held back and what shows them: a clearer BEFORE date of the place. A flag
    held back for AFTER's cloud or for a small rise asks no other BEFORE: nothing said."""
    from planet_qgis_plugin.cli.change import main

    after = rapideye_copy({(2, 2): {"flag_mining": 1, "flagged": 1, "score_mining": 0.99},
                           (0, 0): {"flag_mining": 1, "flagged": 1, "score_mining": 0.99, "p_cloudy": 0.9}})
    hazy = rapideye_copy({(2, 2): {"p_clear": 0.13, "p_partly_cloudy": 0.99}}, name="hazy.gpkg")
    report = tmp_path / "r.html"
    assert main([str(hazy), str(after), "-o", str(tmp_path / "change.gpkg"), "--report", str(report), "-q"]) == 0
    out = capsys.readouterr().out.splitlines()
    said = ("1 new flag held back on 1 tile where BEFORE did not see the ground (haze: p_clear under 0.5; or cloud): a "
            "change there makes no alert. Compare AFTER with a clearer BEFORE date of this place")
    assert out[-1].startswith(f"next: {said}"), out
    assert "2 new flags held back (0 on a partial tile, 1 under cloud, 1 where BEFORE was not clear" in out[-2]
    top = report.read_text("utf-8").split("<h2>")[0]
    assert said in " ".join(re.sub(r"<[^>]+>", " ", top).split())
    (tmp_path / "other").mkdir()
    assert _two_held_back(rapideye, rapideye_copy, tmp_path / "other").unseen_next() == ""   # AFTER's cloud, small rise


def test_a_flag_held_back_under_befores_cloud_asks_a_clearer_before_too(rapideye, rapideye_copy, tmp_path):
    after = rapideye_copy({(2, 2): {"flag_mining": 1, "flagged": 1, "score_mining": 0.99}})
    cloudy = rapideye_copy({(2, 2): {"cloudy": 1, "primary": 1, "p_cloudy": 0.04, "tags": "cloudy primary"}},
                           name="cloudy.gpkg")   # a cloud edge across it (bench/monitor_pairs.py's cloud_before)
    result = compare(cloudy, after, tmp_path / "change.gpkg")
    assert result.held["cloud"] == 1 and result.unseen == (1, 1)
    assert result.unseen_next().startswith("1 new flag held back on 1 tile where BEFORE did not see the ground")


def test_the_reports_rise_shows_its_two_scores_and_the_rule_comes_after_the_alerts(rapideye, rapideye_copy, tmp_path):
    """Read as an analyst reads it (bench.report_picture): '+0.77' under 'score rise' said nothing of what rose from
    what, and the alert rule, a paragraph of reference, stood between the counts and the map. The rise shows the
    leading flag's BEFORE and AFTER scores under it (what the rise is counted from, before the scene's lift is taken
    away), a line under the table says what the numbers are, and the rule comes last, under its own heading."""
    tiles = read_tiles(rapideye, with_embeddings=False)
    at = {(int(r), int(c)): k for k, (r, c) in enumerate(zip(tiles.rows, tiles.cols))}
    before = float(tiles.scores["mining"][at[(2, 2)]])
    after = rapideye_copy({(2, 2): {"flag_mining": 1, "flagged": 1, "score_mining": 0.99}})
    result = compare(rapideye, after, tmp_path / "change.gpkg")
    [alert] = result.alerts
    assert alert.scores == pytest.approx((before, 0.99))
    text = change_report(tmp_path / "r.html", result).read_text("utf-8")
    assert f"+{alert.rise:.2f}<br><small>{before:.2f} &rarr; 0.99</small>" in text
    assert "&minus; -" not in text and "+ -<br>" not in text   # no tag changed: '-', not two lines of nothing
    assert "Score rise: how much the leading flag's score (a probability, 0 to 1) rose" in text.replace("&#x27;", "'")
    assert text.index("Alerts, highest confidence first") < text.index("<h2>How alerts are decided</h2>") < text.index(
        "Alert rule: ")
