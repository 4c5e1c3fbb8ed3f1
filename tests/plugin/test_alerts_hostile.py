"""The Alerts dock as an analyst strains it: an empty change layer after one with alerts, a change layer whose file
was deleted. One line each, and nothing of another layer left on show."""
from __future__ import annotations

import os

import pytest
from qgis.core import QgsProject, QgsVectorLayer

from tests.monitor import conftest as monitor
from tests.monitor import test_alerts_panel as alerts
from tests.plugin import test_translations as translated

# the monitoring tests' fixtures: the sample scenes' batch, the RapidEye tile layer, edited copies, a change layer
serial_batch, rapideye, rapideye_copy = monitor.serial_batch, monitor.rapideye, monitor.rapideye_copy
change_layer = alerts.change_layer
portuguese = translated.portuguese     # QGIS in pt_BR (the .qm compiled from the .ts files)


def _layer(path):
    layer = QgsVectorLayer(f"{path}|layername=changes", path.stem, "ogr")
    assert layer.isValid()
    return QgsProject.instance().addMapLayer(layer)


def test_an_empty_change_layer_after_one_with_alerts_shows_nothing_of_the_other(qgis_iface, change_layer, rapideye,
                                                                                   rapideye_copy, tmp_path):
    from planet_qgis_plugin.alerts_panel import AlertsPanel
    from planet_qgis_plugin.core.monitor.change import compare

    assert not compare(rapideye, rapideye_copy(name="same.gpkg"), tmp_path / "quiet.gpkg").alerts
    qgis_iface.mapCanvas().setDestinationCrs(_layer(change_layer).crs())
    panel = AlertsPanel(qgis_iface)
    try:
        panel.set_layer(QgsProject.instance().mapLayersByName("change")[0])
        assert panel.list.count() == 3 and panel.facts.text() and panel._band is not None
        assert not panel.before_chip.pixmap().isNull()
        panel.set_layer(_layer(tmp_path / "quiet.gpkg"))
        assert "0 alerts" in panel.header.text() and panel.list.count() == 0
        # were the first layer's alert: its before/after chips, its facts ("open", its rise) and its outline on the map
        assert panel.facts.text() == ""
        assert panel.before_chip.full is None and panel.after_chip.full is None
        assert panel._band is None
        assert not panel.confirm() and not panel.export_button.isEnabled()
    finally:
        panel.clear_outline()
        QgsProject.instance().removeAllMapLayers()


def test_a_change_layer_deleted_from_disk_is_one_line(qgis_iface, change_layer, tmp_path):
    from planet_qgis_plugin.alerts_panel import AlertsPanel

    panel = AlertsPanel(qgis_iface)
    try:
        panel.set_layer(_layer(change_layer))
        assert panel.list.count() == 3
        QgsProject.instance().removeAllMapLayers()
        assert panel.confirm()                  # the layer left the project: the file is still the audit trail
        os.remove(change_layer)
        assert not panel.confirm()
        assert panel.status.text().startswith("error: ") and "does not exist" in panel.status.text()
        assert not panel.export_confirmed(str(tmp_path / "handoff")) and not (tmp_path / "handoff").exists()
        assert not panel.load(str(change_layer)) and "does not exist" in panel.status.text()
    finally:
        panel.clear_outline()
        QgsProject.instance().removeAllMapLayers()


def test_closing_the_project_takes_the_alert_off_the_map(qgis_iface, change_layer):
    from qgis.gui import QgsRubberBand

    from planet_qgis_plugin.alerts_panel import AlertsPanel

    qgis_iface.mapCanvas().setDestinationCrs(_layer(change_layer).crs())
    panel = AlertsPanel(qgis_iface)
    scene = qgis_iface.mapCanvas().scene()

    def outlines():
        return [item for item in scene.items() if isinstance(item, QgsRubberBand)]

    try:
        panel.set_layer(QgsProject.instance().mapLayersByName("change")[0])
        assert panel.list.count() == 3 and len(outlines()) == 1
        QgsProject.instance().clear()
        # the yellow outline stayed on the next project's map, the closed project's alerts in the dock
        assert outlines() == [] and panel.list.count() == 0 and panel.facts.text() == ""
        assert "Open a change layer" in panel.header.text() and not panel.confirm()
        panel.set_layer(_layer(change_layer))     # the same file in the next project: reviewed on from there
        assert panel.list.count() == 3 and len(outlines()) == 1
    finally:
        panel.clear_outline()
        QgsProject.instance().removeAllMapLayers()


def test_a_file_that_fails_to_load_leaves_no_alerts_of_the_one_before(qgis_iface, change_layer, tmp_path):
    from planet_qgis_plugin.alerts_panel import AlertsPanel

    qgis_iface.mapCanvas().setDestinationCrs(_layer(change_layer).crs())
    panel = AlertsPanel(qgis_iface)
    broken = tmp_path / "broken.gpkg"
    broken.write_text("not a GeoPackage")
    try:
        panel.set_layer(QgsProject.instance().mapLayersByName("change")[0])
        assert panel.list.count() == 3 and panel._band is not None
        assert not panel.load(str(broken))
        assert panel.status.text().startswith("error: ") and "broken.gpkg" in panel.status.text()
        # the first file's alerts stayed listed, shown on the map and answerable (into the first file)
        assert panel.list.count() == 0 and panel.facts.text() == "" and panel._band is None
        assert "change.gpkg" not in panel.header.text() and not panel.confirm_button.isEnabled()
        assert not panel.confirm() and not panel.export_button.isEnabled()
        assert not panel.export_confirmed(str(tmp_path / "handoff")) and not (tmp_path / "handoff").exists()
        assert panel.status.text().startswith("error: ") and "broken.gpkg" in panel.status.text()
        assert all(not review for review, *_ in alerts.review_fields(change_layer).values())   # nothing answered
        panel.set_layer(QgsProject.instance().mapLayersByName("change")[0])   # the change layer again: reviewed on
        assert panel.list.count() == 3
    finally:
        panel.clear_outline()
        QgsProject.instance().removeAllMapLayers()


def _labels(layer) -> set[str]:
    def walk(rule):
        return [label for child in rule.children() for label in [child.label(), *walk(child)] if label]
    return set(walk(layer.renderer().rootRule()))


def test_a_change_layer_opened_by_hand_reads_in_the_analysts_language(portuguese, plugin, change_layer):
    """A change GeoPackage the CLI wrote, added by hand (Add Layer, drag and drop) to a Portuguese QGIS: it came up
    in the English style it stores as its default. Styled as the Processing algorithm styles it; a layer whose
    style the analyst changed is left as it is."""
    from qgis.core import QgsSingleSymbolRenderer, QgsSymbol

    english = QgsVectorLayer(f"{change_layer}|layername=changes", "change", "ogr")
    assert {"Mining", "No new flag"} <= _labels(english)          # the GeoPackage's stored (English) style
    try:
        layer = QgsProject.instance().addMapLayer(english)
        assert {"Garimpo", "Sem alerta novo"} <= _labels(layer) and "Mining" not in _labels(layer)
        assert "Tags ganhas:" in layer.mapTipTemplate()
        own = QgsVectorLayer(f"{change_layer}|layername=changes", "mine", "ogr")
        own.setRenderer(QgsSingleSymbolRenderer(QgsSymbol.defaultSymbol(own.geometryType())))
        assert isinstance(QgsProject.instance().addMapLayer(own).renderer(), QgsSingleSymbolRenderer)
        relabelled = QgsVectorLayer(f"{change_layer}|layername=changes", "relabelled", "ogr")
        relabelled.renderer().rootRule().children()[0].setLabel("Illegal mining, for sure")
        QgsProject.instance().addMapLayer(relabelled)
        assert "Illegal mining, for sure" in _labels(relabelled) and "Mining" in _labels(relabelled)
    finally:
        QgsProject.instance().removeAllMapLayers()


def test_a_tile_layer_opened_by_hand_is_styled_as_classify_styles_it(portuguese, plugin, rapideye_copy):
    """A tile GeoPackage the command line or batch wrote (they store no style), added by hand to a Portuguese QGIS:
    it came up as one plain symbol, no flag in colour, no labels. Styled as 'Classify raster' styles its result; a
    tile layer the plugin styled before (its project saved with the analyst's own single symbol) is left as it is."""
    from qgis.core import QgsSingleSymbolRenderer

    from planet_qgis_plugin.style import STYLED_PROPERTY

    path = rapideye_copy(name="tiles.gpkg")
    plain = QgsVectorLayer(f"{path}|layername=tiles", "tiles", "ogr")
    assert isinstance(plain.renderer(), QgsSingleSymbolRenderer)         # what QGIS gives a GeoPackage without a style
    try:
        layer = QgsProject.instance().addMapLayer(plain)
        assert layer.renderer().type() == "RuleRenderer" and layer.labelsEnabled()
        assert "Garimpo" in _labels(layer) and "Mining" not in _labels(layer)
        own = QgsVectorLayer(f"{path}|layername=tiles", "own", "ogr")
        own.setCustomProperty(STYLED_PROPERTY, True)                      # as a saved project gives it back
        assert isinstance(QgsProject.instance().addMapLayer(own).renderer(), QgsSingleSymbolRenderer)
    finally:
        QgsProject.instance().removeAllMapLayers()


def test_export_confirmed_runs_as_a_task_with_progress_and_cancel(qgis_iface, change_layer, tmp_path, monkeypatch):
    """Export confirmed… cut two thumbnails per alert from the scenes and wrote four files on QGIS's thread (27 ms an
    alert on the sample pair's small tiles, more on a Planet scene's: seconds to a minute for hundreds), under a wait
    cursor with no cancel. It is a QgsTask (QGIS's task list: progress, cancel); the dock's line says 'exporting 1
    confirmed alert…' and its button reads 'Cancel export' meanwhile; cancelled, nothing is written."""
    import threading

    from qgis.core import QgsApplication
    from qgis.PyQt.QtWidgets import QApplication

    from planet_qgis_plugin.alerts_panel import AlertsPanel
    from planet_qgis_plugin.core.monitor import handoff

    export, started, go = handoff.export_alerts, threading.Event(), threading.Event()

    def paused(*args, **kwargs):   # the export waits for the test's go: a cancel before its first step, no race
        started.set()
        assert go.wait(60)
        return export(*args, **kwargs)

    panel = AlertsPanel(qgis_iface)
    try:
        panel.set_layer(_layer(change_layer))
        assert panel.confirm()
        monkeypatch.setattr(handoff, "export_alerts", paused)
        assert panel.export_confirmed(str(tmp_path / "cancelled"))
        assert panel._export_task in QgsApplication.taskManager().tasks()
        assert panel.status.text() == "exporting 1 confirmed alert…" and panel.export_button.text() == "Cancel export"
        assert QApplication.overrideCursor() is None           # QGIS goes on meanwhile
        alerts.wait_for(started.is_set)
        panel.export_button.click()                             # the button cancels the export under way
        go.set()
        alerts.wait_for(lambda: panel._export_task is None)
        assert panel.status.text() == "export cancelled: nothing written", panel.status.text()
        assert not (tmp_path / "cancelled").exists() and not [p for p in tmp_path.iterdir() if "cancelled" in p.name]
        assert panel.export_button.text() == "Export confirmed…"
        monkeypatch.setattr(handoff, "export_alerts", export)
        assert panel.export_confirmed(str(tmp_path / "handoff"))
        alerts.wait_for(lambda: panel._export_task is None)
        assert panel.status.text().startswith("1 alert exported to") and (tmp_path / "handoff" / "alerts.csv").is_file()
    finally:
        panel.clear_outline()
        QgsProject.instance().removeAllMapLayers()


def test_a_review_typed_by_hand_that_no_answer_has_is_an_unknown_answer_still_to_judge(qgis_iface, change_layer,
                                                                                         tmp_path):
    """A review field holding 'maybe' (typed in QGIS's attribute table) was counted answered by the dock: not among
    the open alerts left, 'every alert answered (1 confirmed, 1 rejected)' with three alerts, its facts 'open', and
    the first alert to judge skipped it. The core reads it as status 'unknown' (AlertSet.counts, the report and the
    hand-off page: 'unknown answer'); the dock says so, how many, and it is answered as any other. Undo of that answer
    reopened the alert ('maybe' is no value record_review writes): it puts back what was typed, as it was."""
    from planet_qgis_plugin.alerts_panel import AlertsPanel, left_words
    from planet_qgis_plugin.core.monitor.alerts import read_alerts
    from tests.monitor.test_review_audit import _typed

    typed = read_alerts(change_layer).rows[0].fid
    _typed(change_layer, typed, review="maybe", reviewed_at="2026-12-01", cause="Mining?")
    before = alerts.review_fields(change_layer)[typed]
    panel = AlertsPanel(qgis_iface)
    try:
        panel.set_layer(_layer(change_layer))
        assert "1 unknown answer" in panel.header.text(), panel.header.text()
        assert panel.current().fid == typed and "unknown answer: maybe" in panel.facts.text(), panel.facts.text()
        assert "?" in panel.list.item(0).text()
        assert not panel.export_confirmed(str(tmp_path / "none"))
        assert "1 unknown answer" in panel.status.text(), panel.status.text()
        panel.list.setCurrentRow(1)
        assert panel.confirm()
        panel.reason.setText("cloud shadow")
        assert panel.reject()
        assert "every alert answered" not in panel.status.text(), panel.status.text()
        assert "1 unknown answer" in panel.status.text(), panel.status.text()
        assert panel.current().fid == typed              # on to it: still to judge
        assert panel.confirm()                           # answered properly
        assert alerts.review_fields(change_layer)[typed][0] == "confirmed"
        assert "every alert answered (2 confirmed, 1 rejected)" in panel.status.text(), panel.status.text()
        assert panel.undo() and alerts.review_fields(change_layer)[typed] == before   # as typed, not opened
        assert "?" in panel.list.item(0).text() and "holds maybe again" in panel.status.text(), panel.status.text()
        assert panel.current().fid == typed and "unknown answer: maybe" in panel.facts.text()
        assert "earlier: maybe" not in panel.facts.text() and "earlier: confirmed" in panel.facts.text()   # not twice
        assert "1 unknown answer" in left_words(panel.alerts.rows)
    finally:
        panel.clear_outline()
        QgsProject.instance().removeAllMapLayers()


def test_a_change_layer_whose_only_alert_to_judge_holds_an_unknown_answer_is_offered_for_review(plugin, qgis_iface,
                                                                                                change_layer):
    """The message 'N open alerts, each to judge … Review alerts…' counted open alerts only: a layer whose alert left
    holds 'maybe' joined the project unannounced."""
    from planet_qgis_plugin.core.monitor.alerts import read_alerts, record_review
    from tests.monitor.test_review_audit import _typed
    from tests.plugin.test_desk_day import _review_buttons

    first, second, third = (row.fid for row in read_alerts(change_layer).rows)
    record_review(change_layer, first, "confirmed", "mining")
    record_review(change_layer, second, "rejected", reason="cloud")
    _typed(change_layer, third, review="maybe")
    qgis_iface.messageBar().clearWidgets()
    try:
        _layer(change_layer)
        (button,) = _review_buttons(qgis_iface)
        item = next(item for item in qgis_iface.messageBar().items() if button in item.findChildren(type(button)))
        assert "1 unknown answer, each to judge" in item.text(), item.text()
    finally:
        qgis_iface.messageBar().clearWidgets()
        QgsProject.instance().removeAllMapLayers()


def _export_held(monkeypatch):
    """Export confirmed…'s core held at its start until the task is cancelled (its tick raises then), at most 30 s
    (then it writes the folder: a cancel that never came shows as a folder written); the Event it sets once held."""
    import threading
    import time

    from planet_qgis_plugin.core.monitor import handoff

    export, held = handoff.export_alerts, threading.Event()

    def held_export(*args, tick, **kwargs):
        held.set()
        for _ in range(3000):
            tick(0)              # raises Cancelled once the task is cancelled
            time.sleep(0.01)
        return export(*args, tick=tick, **kwargs)

    monkeypatch.setattr(handoff, "export_alerts", held_export)
    return held


def _exporting(panel, change_layer, tmp_path, monkeypatch) -> None:
    """``panel`` on the change layer, its first alert confirmed, its export into tmp_path/handoff under way, held
    (_export_held)."""
    held = _export_held(monkeypatch)
    panel.set_layer(_layer(change_layer))
    assert panel.confirm() and panel.export_confirmed(str(tmp_path / "handoff"))
    alerts.wait_for(held.is_set)


def test_unloading_the_plugin_cancels_the_export_under_way(plugin, qgis_iface, change_layer, tmp_path, monkeypatch):
    """The plugin unloaded (Plugin Manager, Plugin Reloader) while Export confirmed… ran: the export went on and wrote
    its folder after the plugin was gone. Unload cancels it and waits for it: nothing written."""
    from qgis.core import QgsTask

    try:
        panel = plugin.action_alerts.toggle_panel(True)
        _exporting(panel, change_layer, tmp_path, monkeypatch)
        task = panel._export_task
        plugin.unload()
        assert task.status() == QgsTask.Terminated            # ended within unload, not after it
        assert not [p for p in tmp_path.iterdir() if "handoff" in p.name]   # no folder, whole or temporary
    finally:
        QgsProject.instance().removeAllMapLayers()


def test_the_docks_cancel_works_when_the_project_is_closed_mid_export(qgis_iface, change_layer, tmp_path,
                                                                      monkeypatch):
    """The project closed while Export confirmed… ran: the dock went back to its start and its line to the keys,
    with nothing saying an export still ran. Its Cancel export stays, the line says the export goes on, and Cancel
    stops it: nothing written."""
    from planet_qgis_plugin.alerts_panel import AlertsPanel

    panel = AlertsPanel(qgis_iface)
    try:
        _exporting(panel, change_layer, tmp_path, monkeypatch)
        QgsProject.instance().clear()
        assert panel.alerts is None and not panel.confirm_button.isEnabled()
        assert panel.export_button.isEnabled() and panel.export_button.text() == "Cancel export"
        assert "the export under way goes on" in panel.status.text(), panel.status.text()
        panel.export_button.click()
        alerts.wait_for(lambda: panel._export_task is None)
        assert panel.status.text() == "export cancelled: nothing written", panel.status.text()
        assert not panel.export_button.isEnabled() and panel.export_button.text() == "Export confirmed…"
        assert not [p for p in tmp_path.iterdir() if "handoff" in p.name]
    finally:
        panel.clear_outline()
        QgsProject.instance().removeAllMapLayers()


def test_a_cancelled_export_is_not_said_failed_on_the_map(qgis_iface, change_layer, tmp_path, monkeypatch,
                                                           qgis_notices):
    """Export confirmed… cancelled with the dock's button: QGIS said 'Task failed: Planet classifier: exporting 1
    confirmed alert' on the message bar (its word for a task cancelled), while the dock said 'export cancelled:
    nothing written'. That notice is taken off; one of a finished export stays (the analyst's job, done)."""
    from planet_qgis_plugin.alerts_panel import AlertsPanel
    from planet_qgis_plugin.task import COMPLETE
    from tests.plugin.conftest import notices_shown

    panel = AlertsPanel(qgis_iface)
    try:
        _exporting(panel, change_layer, tmp_path, monkeypatch)
        panel.export_button.click()
        alerts.wait_for(lambda: panel._export_task is None)
        export = "Planet classifier: exporting 1 confirmed alert"
        assert export in qgis_notices                       # QGIS's notice, pushed as it pushes it
        assert panel.status.text() == "export cancelled: nothing written"
        assert export not in [text for _, text in notices_shown(qgis_iface)]
        monkeypatch.undo()
        assert panel.export_confirmed(str(tmp_path / "handoff"))
        alerts.wait_for(lambda: panel._export_task is None)
        assert (COMPLETE, export) in notices_shown(qgis_iface)
    finally:
        panel.clear_outline()
        QgsProject.instance().removeAllMapLayers()


def _shipped_change_styles() -> list[tuple[str, str]]:
    """(commit, QML) of every change.qml this repository shipped, newest first; none outside a git checkout."""
    import subprocess
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    try:
        log = subprocess.run(["git", "log", "--format=%h", "--", "resources/styles/change.qml"], cwd=root,
                             capture_output=True, text=True, check=True).stdout.split()
        return [(c, subprocess.run(["git", "show", f"{c}:resources/styles/change.qml"], cwd=root, capture_output=True,
                                   text=True, check=True).stdout) for c in log]
    except (OSError, subprocess.CalledProcessError):
        return []


def test_a_project_saved_with_an_earlier_versions_change_style_opens_restyled(portuguese, plugin, change_layer,
                                                                               tmp_path):
    """A project saved by an earlier version keeps the change layer in that version's English style ('Several
    deforestation signals', an older map tip): opened, it stayed so, in English, as a style of the analyst's own
    would. Every change.qml shipped before is the plugin's look and is styled again in the analyst's language."""
    from planet_qgis_plugin.change_layer_style import EARLIER_CHANGE_STYLES, qml_fingerprint

    versions = _shipped_change_styles()
    if not versions:
        pytest.skip("not a git checkout: no earlier change.qml to read")
    assert {qml_fingerprint(qml) for _, qml in versions[1:]} <= EARLIER_CHANGE_STYLES   # each earlier one known
    from qgis.PyQt.QtXml import QDomDocument

    project = QgsProject.instance()
    for commit, qml in versions:
        old = QDomDocument()
        assert old.setContent(qml)[0]
        layer = QgsVectorLayer(f"{change_layer}|layername=changes", commit, "ogr")
        try:
            project.addMapLayer(layer)
            assert layer.importNamedStyle(old)[0]   # as that version left it in the project
            labels = _labels(layer)
            assert project.write(str(tmp_path / f"{commit}.qgz"))
            project.clear()
            assert project.read(str(tmp_path / f"{commit}.qgz"))
            opened = project.mapLayersByName(commit)[0]
            assert "Garimpo" in _labels(opened) and not labels & _labels(opened), (commit, labels & _labels(opened))
        finally:
            project.clear()
