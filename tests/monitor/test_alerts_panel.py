"""The Alerts dock in real (offscreen) QGIS, driven by the keyboard: answers land in the change layer."""
from __future__ import annotations

import os

import pytest


def review_fields(path):
    from osgeo import ogr

    ds = ogr.Open(str(path))
    out = {f.GetFID(): (f.GetField("review"), f.GetField("cause"), f.GetField("reject_reason"),
                        f.GetField("reviewed_at")) for f in ds.GetLayerByName("changes") if f.GetField("alert")}
    ds = None
    return out


@pytest.fixture
def change_layer(rapideye, rapideye_copy, tmp_path):
    from planet_qgis_plugin.core.monitor.change import compare

    after = rapideye_copy({(0, 1): {"flag_mining": 1, "flagged": 1, "score_mining": 1.0},
                           (1, 1): {"flag_mining": 1, "flagged": 1, "score_mining": 0.9},
                           (2, 2): {"flag_slash_burn": 1, "flagged": 1, "score_slash_burn": 0.8}})
    result = compare(rapideye, after, tmp_path / "change.gpkg")
    assert len(result.alerts) == 3 and all(result.scenes)   # the batch run recorded the scene: thumbnails
    return tmp_path / "change.gpkg"


def wait_for(done, timeout: float = 60.0) -> None:
    """Spin QGIS's event loop until ``done()`` (an export's task ended: the dock's _export_task None)."""
    import time

    from qgis.PyQt.QtCore import QCoreApplication

    deadline = time.monotonic() + timeout
    while not done():
        assert time.monotonic() < deadline, f"not done in {timeout} s"
        QCoreApplication.processEvents()
        time.sleep(0.01)


def assert_map_on(iface, panel, row):
    from qgis.core import QgsGeometry

    geometry = QgsGeometry()
    geometry.fromWkb(row.wkb)
    extent = iface.mapCanvas().extent()
    assert extent.contains(geometry.boundingBox()) and min(extent.width(), extent.height()) < 10 * geometry.boundingBox().width()
    assert panel._band is not None and panel._band.asGeometry().boundingBox().center() == geometry.boundingBox().center()


def test_review_by_keyboard_writes_the_audit_trail_and_exports(qgis_iface, change_layer, tmp_path):
    from qgis.core import QgsProject, QgsVectorLayer
    from qgis.PyQt.QtCore import Qt
    from qgis.PyQt.QtTest import QTest

    from planet_qgis_plugin.alerts_panel import AlertsPanel

    layer = QgsVectorLayer(f"{change_layer}|layername=changes", "change", "ogr")
    QgsProject.instance().addMapLayer(layer)
    crs = qgis_iface.mapCanvas().mapSettings().destinationCrs()
    qgis_iface.mapCanvas().setDestinationCrs(layer.crs())   # as QGIS's map takes the first layer's CRS
    panel = AlertsPanel(qgis_iface)
    panel.set_layer(layer)                       # a change layer made active loads itself
    try:
        assert panel.list.count() == 3
        assert not panel.before_chip.pixmap().isNull() and not panel.after_chip.pixmap().isNull()
        first = panel.current()
        assert_map_on(qgis_iface, panel, first)     # the map follows the current alert, outlined
        assert first.confidence == "high"       # (0, 1) and (1, 1): neighbours raising mining, big rises
        QTest.keyClick(panel.list, Qt.Key_2)     # cause: logging
        QTest.keyClick(panel.list, Qt.Key_Y)
        answers = review_fields(change_layer)
        assert answers[first.fid][:3] == ("confirmed", "logging", "") and answers[first.fid][3].endswith("Z")
        second = panel.current()
        assert second.fid != first.fid and panel.list.currentRow() == 1
        assert_map_on(qgis_iface, panel, second)
        QTest.keyClick(panel.list, Qt.Key_N)     # no reason yet: nothing written, the reason box asks
        assert review_fields(change_layer)[second.fid][0] == ""
        assert "type why" in panel.status.text()
        QTest.keyClicks(panel.reason, "cloud shadow")
        QTest.keyClick(panel.reason, Qt.Key_Return)
        assert review_fields(change_layer)[second.fid][:3] == ("rejected", "", "cloud shadow")
        assert panel.list.currentRow() == 2      # on to the next open alert
        QTest.keyClick(panel.list, Qt.Key_Up)
        QTest.keyClick(panel.list, Qt.Key_Up)
        assert panel.current().fid == first.fid and "confirmed: logging" in panel.facts.text()
        # the loaded layer shows the answers
        layer.dataProvider().reloadData()
        assert {f["review"] for f in layer.getFeatures() if f["alert"]} == {"confirmed", "rejected", ""}
        assert panel.export_confirmed(str(tmp_path / "handoff"))
        wait_for(lambda: panel._export_task is None)       # a QgsTask: QGIS goes on meanwhile
        assert "1 alert exported" in panel.status.text()
        assert not panel.export_confirmed(str(tmp_path / "handoff"))   # exists: refused, said in one line
        assert panel.status.text().startswith("error: ") and "already exists" in panel.status.text()
        if os.environ.get("PLANET_SHOTS"):
            panel.resize(520, 760)
            panel.grab().save(os.path.join(os.environ["PLANET_SHOTS"], "alerts_panel.png"))
    finally:
        panel.clear_outline()
        panel.deleteLater()
        QgsProject.instance().removeAllMapLayers()
        qgis_iface.mapCanvas().setDestinationCrs(crs)


def test_chips_shrink_in_a_short_dock_instead_of_covering_the_facts(qgis_iface, change_layer):
    """A 1366 x 768 screen leaves the dock about 580 px: the chips were drawn over the alert's facts."""
    from planet_qgis_plugin.alerts_panel import CHIP, AlertsPanel

    panel = AlertsPanel(qgis_iface)
    try:
        assert panel.load(change_layer)
        panel.resize(2 * CHIP + 60, 580)
        panel.show()
        panel.widget().layout().activate()
        chip = panel.after_chip
        assert CHIP // 2 <= chip.height() < CHIP and chip.pixmap().width() <= chip.height()
        assert chip.mapTo(panel, chip.rect().bottomLeft()).y() < panel.facts.mapTo(panel, panel.facts.rect().topLeft()).y()
        panel.resize(2 * CHIP + 60, 900)             # room enough: full size again
        panel.widget().layout().activate()
        assert chip.height() == CHIP and chip.pixmap().width() == CHIP
    finally:
        panel.clear_outline()   # its alert's outline stayed on the shared map: test_alerts_hostile.py counts them
        panel.deleteLater()


def test_the_plugin_has_a_review_alerts_action(qgis_iface, qgis_processing, change_layer):
    import planet_qgis_plugin

    plugin = planet_qgis_plugin.classFactory(qgis_iface)
    plugin.initGui()
    try:
        assert plugin.action_alerts.text() == "Review alerts…" and plugin.action_alerts in plugin.actions
        panel = plugin.action_alerts.toggle_panel(True)
        assert panel.load(change_layer) and panel.list.count() == 3
    finally:
        plugin.unload()


def test_new_flags_read_as_flag_groups_and_the_concepts_that_raised_them(qgis_iface):
    """The facts line showed the layer's raw words: 'new flags: mining mine'."""
    from planet_qgis_plugin.alerts_panel import new_flags_title

    assert new_flags_title("mining mine") == "mining, concept mine"
    assert new_flags_title("slash_burn") == "slash-and-burn" and new_flags_title("") == "-"


def test_undo_takes_back_the_last_answer_and_goes_back_to_it(qgis_iface, change_layer):
    """A Y pressed on the wrong alert could only be answered over: the dock had no way back to open."""
    import json

    from osgeo import ogr
    from qgis.PyQt.QtCore import Qt
    from qgis.PyQt.QtTest import QTest

    from planet_qgis_plugin.alerts_panel import AlertsPanel

    panel = AlertsPanel(qgis_iface)
    try:
        assert panel.load(change_layer) and not panel.undo_button.isEnabled()   # nothing answered yet
        first = panel.current()
        QTest.keyClick(panel.list, Qt.Key_Y)
        QTest.keyClicks(panel.reason, "river bank")
        QTest.keyClick(panel.reason, Qt.Key_Return)   # the second rejected: on to the third
        assert panel.list.currentRow() == 2 and panel.undo_button.isEnabled()
        QTest.keyClick(panel.list, Qt.Key_Z, Qt.ControlModifier)   # the rejection taken back: open again, shown
        second = panel.current()
        assert panel.list.currentRow() == 1 and second.review == "" and panel.reason.text() == ""
        assert review_fields(change_layer)[second.fid][:3] == ("", "", "")
        assert panel.list.item(1).text().startswith("2. •") and "undone" in panel.status.text()
        panel.undo_button.click()                       # then the confirmation
        assert panel.current().fid == first.fid and review_fields(change_layer)[first.fid][0] == ""
        assert not panel.undo_button.isEnabled()        # nothing more this panel answered
        ds = ogr.Open(str(change_layer))
        history = json.loads(ds.GetLayerByName("changes").GetFeature(first.fid).GetField("review_history"))
        ds = None
        assert [h["review"] for h in history] == ["confirmed", "open"]   # the audit trail keeps both
    finally:
        panel.clear_outline()
        panel.deleteLater()


def test_undo_gives_back_the_answer_the_alert_had_before(qgis_iface, change_layer):
    """An alert a colleague confirmed, answered over by mistake: undo brings back her answer, not an open alert."""
    from planet_qgis_plugin.alerts_panel import AlertsPanel
    from planet_qgis_plugin.core.monitor.alerts import read_alerts, record_review

    fid = read_alerts(change_layer).rows[0].fid
    record_review(change_layer, fid, "confirmed", "logging", reviewer="ana")
    panel = AlertsPanel(qgis_iface)
    try:
        assert panel.load(change_layer)
        panel.list.setCurrentRow(0)
        panel.reason.setText("shadow")
        assert panel.reject() and review_fields(change_layer)[fid][:3] == ("rejected", "", "shadow")
        assert panel.undo()
        assert review_fields(change_layer)[fid][:3] == ("confirmed", "logging", "")
        assert panel.current().fid == fid and panel.cause_combo.currentData() == "logging"
    finally:
        panel.clear_outline()
        panel.deleteLater()


def test_the_facts_show_the_answers_given_before(qgis_iface, change_layer):
    """The dock showed only an alert's last answer: an auditor could not see that it had been confirmed before it
    was rejected, nor by whom (the layer's review_history had it)."""
    import datetime as dt

    from planet_qgis_plugin.alerts_panel import AlertsPanel
    from planet_qgis_plugin.core.monitor.alerts import read_alerts, record_review

    fid = read_alerts(change_layer).rows[0].fid
    when = dt.datetime(2026, 12, 1, 9, 30, tzinfo=dt.timezone.utc)
    record_review(change_layer, fid, "confirmed", "logging", when=when, reviewer="ana")
    record_review(change_layer, fid, "rejected", reason="an old road", reviewer="auditor")
    panel = AlertsPanel(qgis_iface)
    try:
        assert panel.load(change_layer)
        panel.list.setCurrentRow(0)
        facts = panel.facts.text()
        assert "rejected: an old road" in facts and "earlier: confirmed: logging (2026-12-01T09:30:00Z, ana)" in facts
        assert facts.count("earlier:") == 1          # the answer it holds now is not repeated
        panel.list.setCurrentRow(1)
        assert "earlier:" not in panel.facts.text()  # never answered
        panel.list.setCurrentRow(0)
        assert panel.confirm()                       # answered here: the facts follow the layer's history
        panel.list.setCurrentRow(0)
        assert panel.facts.text().count("earlier:") == 2 and "earlier: rejected: an old road" in panel.facts.text()
        assert panel.undo()                          # the rejection back, written anew: three answers before it
        assert panel.facts.text().count("earlier:") == 3 and "rejected: an old road (" in panel.facts.text()
    finally:
        panel.clear_outline()
        panel.deleteLater()


def test_the_last_answer_says_what_comes_next(qgis_iface, change_layer):
    """'confirmed; 0 open alerts left.' and the keys again: nothing said the review was done and what to do with it."""
    from planet_qgis_plugin.alerts_panel import AlertsPanel

    panel = AlertsPanel(qgis_iface)
    try:
        assert panel.load(change_layer)
        assert panel.confirm() and panel.confirm() and "Export confirmed…" not in panel.status.text()
        assert panel.confirm()
        assert panel.status.text().startswith("confirmed; every alert answered (3 confirmed, 0 rejected)")
        assert "Export confirmed…" in panel.status.text() and "Ctrl+Z" in panel.status.text()
    finally:
        panel.clear_outline()
        panel.deleteLater()


def test_the_reviewer_is_who_the_analyst_says_and_is_remembered(qgis_iface, change_layer):
    """Each answer recorded the operating system's login, nothing else: on a shared workstation ('analista', 'root')
    the audit trail could not say which analyst answered."""
    from qgis.core import QgsSettings

    from planet_qgis_plugin.alerts_panel import REVIEWER, AlertsPanel
    from planet_qgis_plugin.core.monitor.alerts import reviewer_name

    QgsSettings().remove(REVIEWER)
    panel = AlertsPanel(qgis_iface)
    try:
        assert panel.reviewer.text() == reviewer_name()       # the login until a name is given
        panel.reviewer.setText("  Ana  Souza ")
        panel.reviewer.editingFinished.emit()
        assert panel.load(change_layer) and panel.confirm()
        answered = [f for f, r in review_fields(change_layer).items() if r[0]]
        assert len(answered) == 1
        from osgeo import ogr
        ds = ogr.Open(str(change_layer))
        assert ds.GetLayerByName("changes").GetFeature(answered[0]).GetField("reviewed_by") == "Ana Souza"
        ds = None
        again = AlertsPanel(qgis_iface)                     # the next session: the name kept
        assert again.reviewer.text() == "Ana Souza"
        again.deleteLater()
    finally:
        QgsSettings().remove(REVIEWER)
        panel.clear_outline()
        panel.deleteLater()


def test_a_temporary_change_layer_is_said_before_any_answer_is_lost(qgis_iface, change_layer):
    """Processing's Change writes a temporary output by default (QGIS's processing folder, deleted when QGIS closes):
    every answer given to it was lost with QGIS, in silence."""
    import shutil
    from pathlib import Path

    from qgis.core import QgsProcessingUtils

    from planet_qgis_plugin.alerts_panel import AlertsPanel

    temporary = Path(QgsProcessingUtils.tempFolder()) / "a1b2c3" / "OUTPUT.gpkg"
    temporary.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(change_layer, temporary)
    panel = AlertsPanel(qgis_iface)
    try:
        assert panel.load(change_layer) and "temporary" not in panel.header.text()
        assert panel.load(temporary)
        assert "temporary" in panel.header.text() and "deleted when QGIS closes" in panel.header.text()
        assert "temporary" in panel.status.text()   # said where the eye is too, not only in the header
        assert str(temporary) in panel.header.toolTip()
        panel.resize(2 * 220 + 60, 580)              # a 1366 x 768 screen: the warning leaves the facts in sight
        panel.show()
        panel.widget().layout().activate()
        chip, facts = panel.after_chip, panel.facts
        assert chip.mapTo(panel, chip.rect().bottomLeft()).y() < facts.mapTo(panel, facts.rect().topLeft()).y()
        status = panel.status
        assert status.mapTo(panel, status.rect().bottomLeft()).y() <= panel.widget().height()
        assert status.heightForWidth(status.width()) <= status.height()   # its text whole
    finally:
        panel.clear_outline()
        panel.deleteLater()
        shutil.rmtree(temporary.parent)


def test_open_change_layer_puts_it_on_the_map_once(qgis_iface, change_layer):
    """Open change layer… listed the alerts but left the map without the layer: the map 'followed' each alert to a
    yellow outline on nothing, and the answers showed nowhere."""
    from qgis.core import QgsProject

    from planet_qgis_plugin.alerts_panel import AlertsPanel, change_gpkg

    panel = AlertsPanel(qgis_iface)
    panel.choose_file = lambda: str(change_layer)
    try:
        for _ in range(2):                              # opened again: not a second copy
            panel.open_button.click()
            layers = [la for la in QgsProject.instance().mapLayers().values() if change_gpkg(la) == change_layer]
            assert len(layers) == 1 and panel.list.count() == 3
        assert layers[0].renderer().type() == "RuleRenderer"   # styled as Processing's Change styles its output
        panel.choose_file = lambda: str(change_layer.parent / "after.gpkg")   # not a change layer: nothing added
        panel.open_button.click()
        assert len(QgsProject.instance().mapLayers()) == 1 and panel.status.text().startswith("error: ")
    finally:
        panel.clear_outline()
        panel.deleteLater()
        QgsProject.instance().removeAllMapLayers()


def test_alerts_are_numbered_as_in_the_report(qgis_iface, change_layer, tmp_path):
    """The report numbers its alerts on the map and in the table; the dock listed them unnumbered, so 'alert 7' of
    the report had to be found in the dock by its coordinates."""
    import re

    from planet_qgis_plugin.alerts_panel import AlertsPanel
    from planet_qgis_plugin.core.monitor.alerts import read_alerts
    from planet_qgis_plugin.core.monitor.change import ChangeOptions, compare

    alerts = read_alerts(change_layer)
    report = tmp_path / "numbered.html"
    compare(alerts.metadata["PLANET_BEFORE"], alerts.metadata["PLANET_AFTER"], tmp_path / "again.gpkg",
            ChangeOptions(report=report))
    places = re.findall(r"<tr class='\w+'><td class='num'>(\d+)</td>.*?<td class='num'>([-\d.]+), ([-\d.]+)</td>",
                        report.read_text(encoding="utf-8"))
    panel = AlertsPanel(qgis_iface)
    try:
        assert panel.load(change_layer)
        listed = [panel.list.item(k).text() for k in range(panel.list.count())]
        assert [(n, round(float(lat), 4), round(float(lon), 4)) for n, lat, lon in places] == \
            [(t.split(".", 1)[0], round(r.lat, 4), round(r.lon, 4)) for t, r in zip(listed, alerts.rows)]
        assert len(places) == 3
    finally:
        panel.clear_outline()
        panel.deleteLater()


def test_a_change_without_alerts_says_so(qgis_iface, rapideye, tmp_path):
    """A change layer without alerts showed '0 alerts', a disabled list and the keys to answer with."""
    from planet_qgis_plugin.alerts_panel import AlertsPanel
    from planet_qgis_plugin.core.monitor.change import compare

    compare(rapideye, rapideye, tmp_path / "same.gpkg")
    panel = AlertsPanel(qgis_iface)
    try:
        assert panel.load(tmp_path / "same.gpkg")
        assert panel.status.text() == "No alerts in same.gpkg: nothing new between the two dates under the alert rule."
    finally:
        panel.deleteLater()


def test_a_reviewer_typed_without_a_time_is_shown(qgis_iface, change_layer):
    """A reviewed_by typed by hand into the layer, reviewed_at left empty: the facts left the name out."""
    from osgeo import ogr

    from planet_qgis_plugin.alerts_panel import AlertsPanel
    from planet_qgis_plugin.core.monitor.alerts import read_alerts

    fid = read_alerts(change_layer).rows[0].fid
    ds = ogr.Open(str(change_layer), 1)
    layer = ds.GetLayerByName("changes")
    feature = layer.GetFeature(fid)
    for field, value in (("review", "confirmed"), ("cause", "logging"), ("reviewed_by", "bea")):
        feature.SetField(field, value)
    feature.SetFieldNull("reviewed_at")
    assert layer.SetFeature(feature) == 0
    feature = layer = ds = None
    panel = AlertsPanel(qgis_iface)
    try:
        assert panel.load(change_layer)
        panel.list.setCurrentRow(0)
        assert "confirmed: logging (bea)" in panel.facts.text()
    finally:
        panel.clear_outline()
        panel.deleteLater()


def test_no_alert_on_show_is_a_line_not_two_empty_chips(qgis_iface, change_layer, rapideye, tmp_path):
    """The dock with no change layer (or one without alerts) showed two blank dark boxes under 'before' and 'after'."""
    from planet_qgis_plugin.alerts_panel import AlertsPanel
    from planet_qgis_plugin.core.monitor.change import compare

    panel = AlertsPanel(qgis_iface)
    try:
        def chips_shown() -> bool:
            return panel.before_chip.isVisibleTo(panel) and panel.after_chip.isVisibleTo(panel)

        assert not chips_shown() and panel.no_chips.isVisibleTo(panel) and panel.no_chips.text()
        assert panel.load(change_layer)
        assert chips_shown() and not panel.no_chips.isVisibleTo(panel)
        compare(rapideye, rapideye, tmp_path / "same.gpkg")
        assert panel.load(tmp_path / "same.gpkg")
        assert not chips_shown() and panel.no_chips.isVisibleTo(panel)
        assert panel.load(change_layer)
        panel.reset()                       # the project closed
        assert not chips_shown() and panel.no_chips.isVisibleTo(panel)
    finally:
        panel.clear_outline()
        panel.deleteLater()


def test_a_reason_is_shown_as_typed(qgis_iface, change_layer):
    """The facts are rich text: a reason typed '<1 ha, too small' lost '<1 ha' (taken for a tag), and a reviewer's
    name in angle brackets vanished."""
    from qgis.PyQt.QtGui import QTextDocument

    from planet_qgis_plugin.alerts_panel import AlertsPanel

    panel = AlertsPanel(qgis_iface)
    try:
        assert panel.load(change_layer)
        panel.reviewer.setText("<ana>")
        panel.reason.setText("<1 ha, too small")
        assert panel.reject()
        panel.list.setCurrentRow(0)
        shown = QTextDocument()
        shown.setHtml(panel.facts.text())
        assert "rejected: <1 ha, too small (" in shown.toPlainText() and ", <ana>)" in shown.toPlainText()
    finally:
        panel.clear_outline()
        panel.deleteLater()


def test_the_reason_box_holds_what_the_layer_keeps(qgis_iface, change_layer):
    """A reason longer than record_review keeps (MAX_REASON) was typed or pasted whole and refused on Reject; the box
    stops at that length, and the reason it holds is written."""
    from planet_qgis_plugin.alerts_panel import AlertsPanel
    from planet_qgis_plugin.core.monitor.alerts import MAX_REASON

    panel = AlertsPanel(qgis_iface)
    try:
        assert panel.load(change_layer)
        fid = panel.current().fid
        panel.reason.setText("x" * (MAX_REASON + 500))   # as a paste sets it
        assert panel.reason.text() == "x" * MAX_REASON and panel.reject()
        assert review_fields(change_layer)[fid][:3] == ("rejected", "", "x" * MAX_REASON)
    finally:
        panel.clear_outline()
        panel.deleteLater()


def test_export_confirmed_with_none_confirmed_says_so_and_writes_nothing(qgis_iface, change_layer, tmp_path):
    """Export confirmed… before any confirmation asked for a folder and wrote one of empty files: '0 alerts exported'."""
    from planet_qgis_plugin.alerts_panel import AlertsPanel

    panel = AlertsPanel(qgis_iface)
    asked = []
    panel.choose_folder = lambda: asked.append(1) or str(tmp_path / "handoff")
    try:
        assert panel.load(change_layer)
        panel.reason.setText("shadow")
        assert panel.reject()
        assert not panel.export_confirmed()
        assert not asked and not (tmp_path / "handoff").exists()
        assert panel.status.text() == "No confirmed alert to export yet: confirm one with Y first (1 rejected, 2 open alerts)."
    finally:
        panel.clear_outline()
        panel.deleteLater()


def test_the_keys_answer_after_the_cause_is_chosen_with_the_mouse(qgis_iface, change_layer):
    """The cause chosen in its box with the mouse left the focus there, where Y, N and Ctrl+Z did nothing."""
    from qgis.PyQt.QtCore import Qt
    from qgis.PyQt.QtTest import QTest

    from planet_qgis_plugin.alerts_panel import AlertsPanel

    panel = AlertsPanel(qgis_iface)
    try:
        assert panel.load(change_layer)
        first = panel.current()
        panel.cause_combo.setCurrentIndex(3)             # other
        QTest.keyClick(panel.cause_combo, Qt.Key_Y)
        assert review_fields(change_layer)[first.fid][:2] == ("confirmed", "other")
        QTest.keyClick(panel.cause_combo, Qt.Key_Z, Qt.ControlModifier)
        assert review_fields(change_layer)[first.fid][0] == ""
    finally:
        panel.clear_outline()
        panel.deleteLater()
