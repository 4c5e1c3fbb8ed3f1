"""Hostile inputs of 2026-12-07 (round 8), the QGIS face: the Alerts dock's earlier answers from a change layer
whose review_history was edited by hand (docs/robustness.md, round 8)."""
from __future__ import annotations

import json
from types import SimpleNamespace

import pytest
from qgis.PyQt.QtCore import Qt


@pytest.mark.parametrize("cause", [["mining"], {"mining": 1}])
def test_an_earlier_answer_whose_cause_is_not_text_is_shown_not_a_traceback(qgis_iface, cause):
    """review_history is JSON the dock reads back (earlier answers under the alert's facts). An answer whose cause
    is a list or an object (edited by hand, or another tool's) raised TypeError 'unhashable type' out of the dock's
    slot on every move onto that alert: it is shown as written."""
    from planet_qgis_plugin.alerts_panel import earlier_answers

    history = json.dumps([{"at": "2026-12-01T09:30:00Z", "by": "ana", "review": "confirmed", "cause": cause},
                          {"at": "2026-12-02T09:30:00Z", "by": "ana", "review": "rejected", "reason": "pit"}])
    (line,) = earlier_answers(SimpleNamespace(history=history, status="rejected", review="rejected"))
    assert "mining" in line and "ana" in line


# the monitoring tests' fixtures: the sample scenes' batch, the RapidEye tile layer, edited copies, a change layer
from tests.monitor import conftest as monitor  # noqa: E402
from tests.monitor import test_alerts_panel as alerts  # noqa: E402

serial_batch, rapideye, rapideye_copy = monitor.serial_batch, monitor.rapideye, monitor.rapideye_copy
change_layer = alerts.change_layer


def test_undo_says_the_reason_it_brings_back_as_typed(qgis_iface, change_layer):
    """Undo says in the dock's status line what the alert is again ('undone: alert 1 is rejected: REASON again.').
    The status line took text with a tag in it for rich text: a reason typed '<b>pit</b> of 2019 <img src=x>' showed
    'pit' in bold and a broken image where the analyst's words were (the facts above show it as typed)."""
    from qgis.PyQt.QtGui import QTextDocument

    from planet_qgis_plugin.alerts_panel import AlertsPanel

    panel = AlertsPanel(qgis_iface)
    try:
        assert panel.load(change_layer)
        panel.reason.setText("<b>pit</b> of 2019 <img src=x>")
        assert panel.reject()
        panel.list.setCurrentRow(0)
        assert panel.confirm()
        assert panel.undo()
        text = panel.status.text()
        assert "<b>pit</b> of 2019 <img src=x>" in text
        if panel.status.textFormat() != Qt.PlainText:   # shown as rich text: what a reader sees
            shown = QTextDocument()
            shown.setHtml(text)
            assert "<b>pit</b> of 2019 <img src=x>" in shown.toPlainText(), shown.toPlainText()
    finally:
        panel.clear_outline()
        panel.deleteLater()


def test_a_change_layer_whose_file_name_holds_a_bar_is_known_for_one(qgis_iface, change_layer):
    """QGIS opens 'a|b.gpkg' (its OGR source 'a|b.gpkg|layername=changes'), but the dock read the file as the text
    before the first '|' ('a'), not a GeoPackage: Open change layer… added the layer to the map again each time
    it was opened, and the dock did not follow it when it was made the active layer."""
    import shutil

    from qgis.core import QgsProject

    from planet_qgis_plugin.alerts_panel import AlertsPanel, change_gpkg

    barred = change_layer.parent / "dry|season.gpkg"
    shutil.copyfile(change_layer, barred)
    panel = AlertsPanel(qgis_iface)
    panel.choose_file = lambda: str(barred)
    try:
        for _ in range(2):                              # opened again: not a second copy
            panel.open_button.click()
            layers = list(QgsProject.instance().mapLayers().values())
            assert len(layers) == 1 and change_gpkg(layers[0]) == barred and panel.list.count() == 3
    finally:
        panel.clear_outline()
        panel.deleteLater()
        QgsProject.instance().removeAllMapLayers()


def test_fields_edited_to_markup_are_shown_as_typed_in_the_dock(qgis_iface, change_layer):
    """The dock's header and facts are rich text, and showed a change layer's own fields as markup: a date, a new
    flag or a cause edited by hand to '<img src=x>' showed a broken image (round 8 left it; the lead mended it)."""
    from osgeo import ogr
    from qgis.PyQt.QtGui import QTextDocument

    from planet_qgis_plugin.alerts_panel import AlertsPanel

    marked = "<b>x</b><img src=x>"
    ds = ogr.Open(str(change_layer), 1)
    layer = ds.GetLayerByName("changes")
    for feature in layer:
        if feature.GetField("alert"):
            for name in ("date_before", "new_flag"):
                feature.SetField(name, marked)
            layer.SetFeature(feature)
    ds = layer = None
    panel = AlertsPanel(qgis_iface)
    try:
        assert panel.load(change_layer)
        for label in (panel.header, panel.facts):
            shown = QTextDocument()
            shown.setHtml(label.text())
            assert marked in shown.toPlainText(), shown.toPlainText()
    finally:
        panel.clear_outline()
        panel.deleteLater()
