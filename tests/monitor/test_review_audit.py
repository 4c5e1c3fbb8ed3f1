"""The review's audit trail: who answered each alert, and every answer ever given (a changed mind stays on record)."""
from __future__ import annotations

import csv
import datetime as dt
import json

import pytest
from osgeo import ogr

from planet_qgis_plugin.core.monitor.alerts import read_alerts, record_review, reviewer_name
from planet_qgis_plugin.core.monitor.change import REVIEW_FIELDS, ChangeError, compare
from planet_qgis_plugin.core.monitor.handoff import export_alerts


@pytest.fixture
def change_layer(rapideye, rapideye_copy, tmp_path):
    """A change layer with two alerts (a new mining and a new logging flag on a copy of the RapidEye run)."""
    after = rapideye_copy({(0, 1): {"flag_mining": 1, "flagged": 1, "score_mining": 1.0},
                           (2, 2): {"flag_logging": 1, "flagged": 1, "score_logging": 0.9}})
    compare(rapideye, after, tmp_path / "change.gpkg")
    return tmp_path / "change.gpkg"


def _stored(path, fid):
    ds = ogr.Open(str(path))
    feature = ds.GetLayerByName("changes").GetFeature(fid)
    values = {name: feature.GetField(name) for name in REVIEW_FIELDS}
    del feature, ds
    return values


def test_each_answer_records_who_and_when_and_the_history_keeps_every_answer(change_layer):
    fid = read_alerts(change_layer).rows[0].fid
    first = dt.datetime(2026, 12, 1, 9, 30, tzinfo=dt.timezone.utc)
    record_review(change_layer, fid, "confirmed", "mining", when=first, reviewer="Ana  Souza")
    record_review(change_layer, fid, "rejected", reason="an old  pit, seen in 2019", reviewer="auditor")
    stored = _stored(change_layer, fid)
    assert (stored["review"], stored["reviewed_by"], stored["cause"]) == ("rejected", "auditor", "")
    history = json.loads(stored["review_history"])
    assert history[0] == {"at": "2026-12-01T09:30:00Z", "by": "Ana Souza", "review": "confirmed", "cause": "mining"}
    assert (history[1]["by"], history[1]["review"], history[1]["reason"]) == ("auditor", "rejected",
                                                                               "an old pit, seen in 2019")
    record_review(change_layer, fid, "", reviewer="auditor")  # reopened: the answers before it stay on record
    stored = _stored(change_layer, fid)
    assert (stored["review"], stored["reviewed_by"], stored["reviewed_at"]) == ("", "", "")
    assert [h["review"] for h in json.loads(stored["review_history"])] == ["confirmed", "rejected", "open"]
    row = {r.fid: r for r in read_alerts(change_layer).rows}[fid]
    assert row.status == "open" and row.reviewed_by == ""


def test_the_default_reviewer_is_the_login_and_the_export_names_who_answered(change_layer, tmp_path):
    fid = read_alerts(change_layer).rows[0].fid
    record_review(change_layer, fid, "confirmed", "logging")
    assert _stored(change_layer, fid)["reviewed_by"] == reviewer_name()
    export_alerts(change_layer, tmp_path / "handoff", confirmed_only=True)
    with open(tmp_path / "handoff" / "alerts.csv", newline="", encoding="utf-8") as handle:
        (row,) = list(csv.DictReader(handle))
    assert row["reviewed_by"] == reviewer_name() and row["status"] == "confirmed"
    page = (tmp_path / "handoff" / "alerts.html").read_text(encoding="utf-8")
    assert f"{row['reviewed_at']} {reviewer_name()}" in page


def test_a_layer_of_an_earlier_version_gets_the_audit_fields_on_its_first_answer(change_layer):
    ds = ogr.Open(str(change_layer), update=1)
    ds.ExecuteSQL("ALTER TABLE changes DROP COLUMN review_history")
    ds.ExecuteSQL("ALTER TABLE changes DROP COLUMN reviewed_by")
    del ds
    alerts = read_alerts(change_layer)  # read as before: no reviewer
    assert all(r.reviewed_by == "" for r in alerts.rows)
    record_review(change_layer, alerts.rows[0].fid, "confirmed", "other", reviewer="ana")
    stored = _stored(change_layer, alerts.rows[0].fid)
    assert stored["reviewed_by"] == "ana" and json.loads(stored["review_history"])[0]["cause"] == "other"


def test_a_history_edited_by_hand_is_kept_as_it_was(change_layer):
    fid = read_alerts(change_layer).rows[0].fid
    ds = ogr.Open(str(change_layer), update=1)
    ds.ExecuteSQL(f"UPDATE changes SET review_history = 'checked on paper, 2025' WHERE fid = {fid}")
    del ds
    record_review(change_layer, fid, "confirmed", "mining", reviewer="ana")
    history = json.loads(_stored(change_layer, fid)["review_history"])
    assert history[0] == {"earlier": "checked on paper, 2025"} and history[1]["by"] == "ana"


def test_the_export_carries_every_answer_given(change_layer, tmp_path):
    """The hand-off named only the last answer: an alert first rejected, then confirmed by an auditor, reached the
    field team as if confirmed from the start; the layer's history stayed behind."""
    fid = read_alerts(change_layer).rows[0].fid
    first = dt.datetime(2026, 12, 1, 9, 30, tzinfo=dt.timezone.utc)
    record_review(change_layer, fid, "rejected", reason="cloud shadow", when=first, reviewer="ana")
    record_review(change_layer, fid, "confirmed", "mining", reviewer="auditor")
    export_alerts(change_layer, tmp_path / "handoff", confirmed_only=True)
    with open(tmp_path / "handoff" / "alerts.csv", newline="", encoding="utf-8") as handle:
        (row,) = list(csv.DictReader(handle))
    history = json.loads(row["review_history"])
    assert [(h["by"], h["review"]) for h in history] == [("ana", "rejected"), ("auditor", "confirmed")]
    collection = json.loads((tmp_path / "handoff" / "alerts.geojson").read_text(encoding="utf-8"))
    assert collection["features"][0]["properties"]["review_history"] == history   # GDAL writes it as JSON there
    assert "review_history" in (tmp_path / "handoff" / "alerts.kml").read_text(encoding="utf-8")
    page = (tmp_path / "handoff" / "alerts.html").read_text(encoding="utf-8")
    assert "2026-12-01T09:30:00Z ana: rejected (cloud shadow)" in page


def _typed(path, fid, **values):
    """An answer typed by hand into the layer's attribute table (QGIS), not through record_review."""
    ds = ogr.Open(str(path), update=1)
    sets = ", ".join(f"{name} = '{value}'" for name, value in values.items())
    ds.ExecuteSQL(f"UPDATE changes SET {sets} WHERE fid = {fid}")
    del ds


def test_answers_typed_by_hand_are_read_leniently_and_unknown_ones_counted_as_such(change_layer, tmp_path):
    """counts() raised KeyError on a review typed 'Confirmed' in QGIS's attribute table (and on any other value),
    and the report, the export and the dock's counts with it."""
    first, second = (row.fid for row in read_alerts(change_layer).rows)
    _typed(change_layer, first, review=" Confirmed ", cause="Mining")
    _typed(change_layer, second, review="maybe")
    alerts = read_alerts(change_layer)
    rows = {row.fid: row for row in alerts.rows}
    assert (rows[first].status, rows[first].counted_cause) == ("confirmed", "mining")
    assert rows[second].status == "unknown"
    counts = alerts.counts()
    assert counts["mining"]["confirmed"] == 1
    assert sum(n["unknown"] for n in counts.values()) == 1 and sum(sum(n.values()) for n in counts.values()) == 2
    assert [row.fid for row in read_alerts(change_layer, "confirmed").rows] == [first]
    export_alerts(change_layer, tmp_path / "handoff", confirmed_only=True)
    with open(tmp_path / "handoff" / "alerts.csv", newline="", encoding="utf-8") as handle:
        (row,) = list(csv.DictReader(handle))
    assert (row["status"], row["cause"]) == ("confirmed", "mining")
    export_alerts(change_layer, tmp_path / "all")   # the field team's page says what the review field holds is none
    page = (tmp_path / "all" / "alerts.html").read_text(encoding="utf-8")
    assert "unknown answer" in page
    with pytest.raises(ChangeError):   # a program's answer is still one of the known values, as written
        record_review(change_layer, second, "Confirmed", "mining")
    with pytest.raises(ChangeError):
        record_review(change_layer, second, "confirmed", "Mining")


def test_the_report_counts_an_unknown_answer_in_a_column_of_its_own(rapideye, rapideye_copy, tmp_path):
    from planet_qgis_plugin.core.monitor.report import change_report

    after = rapideye_copy({(0, 1): {"flag_mining": 1, "flagged": 1, "score_mining": 1.0}})
    result = compare(rapideye, after, tmp_path / "change.gpkg")
    page = change_report(tmp_path / "clean.html", result).read_text(encoding="utf-8")
    assert "unknown answer" not in page
    _typed(result.output, read_alerts(result.output).rows[0].fid, review="later")
    page = change_report(tmp_path / "typed.html", result).read_text(encoding="utf-8")
    assert "<th>unknown answer</th>" in page


def test_an_answer_to_no_alert_names_the_alerts_there_are(change_layer):
    """record_review(path, 1, ...) from a triage script that took the report's alert 1 for a fid said only 'has no
    alert with id 1': a tile without an alert, or no tile at all, and no way to the right id."""
    fids = [row.fid for row in read_alerts(change_layer).rows]
    tile = next(fid for fid in range(1, 100) if fid not in fids)
    order = ", ".join(map(str, fids))
    for fid, said in ((tile, f"{change_layer} has no alert with id {tile} (tile {tile} raised none)"),
                      (999, f"{change_layer} has no alert with id 999 (no tile has that fid)")):
        with pytest.raises(ChangeError) as info:
            record_review(change_layer, fid, "confirmed", "mining")
        assert str(info.value).startswith(f"{said}; its alerts are fids {order} (read_alerts(path).rows, numbered "
                                          "from 1 as the report and the Alerts dock number them)"), str(info.value)


def test_an_answer_over_a_review_typed_by_hand_is_undone_to_it_as_typed(change_layer):
    """record_review writes known answers only, so the Alerts dock's undo of an answer given over 'maybe' (typed in
    QGIS's attribute table) reopened the alert: what the colleague typed was lost. stored_review reads the fields as
    they are, restore_review puts them back (NULLs as NULLs) and the history records the step as an answer's."""
    from planet_qgis_plugin.core.monitor.alerts import UNKNOWN, restore_review, stored_review

    first, second = (row.fid for row in read_alerts(change_layer).rows)
    _typed(change_layer, first, review=" Maybe ", reject_reason="ask Ana", reviewed_by="ana")
    before = _stored(change_layer, first)
    stored = stored_review(change_layer, first)
    assert (stored.review, stored.cause, stored.reject_reason) == ("Maybe", "", "ask Ana")
    record_review(change_layer, first, "confirmed", "mining", reviewer="bo")
    when = dt.datetime(2026, 12, 7, 10, 0, tzinfo=dt.timezone.utc)
    at, by, history = restore_review(change_layer, stored, when=when, reviewer="bo")
    after = _stored(change_layer, first)
    assert {k: v for k, v in after.items() if k != "review_history"} == \
        {k: v for k, v in before.items() if k != "review_history"}
    assert (at, by) == ("", "ana") and after["review_history"] == history
    assert [(h["review"], h.get("restored")) for h in json.loads(history)] == [("confirmed", None), ("Maybe", True)]
    assert json.loads(history)[-1]["at"] == "2026-12-07T10:00:00Z"
    assert {row.fid: row.status for row in read_alerts(change_layer).rows}[first] == UNKNOWN
    assert _stored(change_layer, second)["review"] in ("", None)      # no other alert touched
    with pytest.raises(ChangeError, match="has no alert with id 999"):
        stored_review(change_layer, 999)
