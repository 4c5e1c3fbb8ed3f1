"""The analyst's day as it runs in QGIS, one step after another: what one step leaves is what the next one is given
(the layer Processing loads, the layers stacked on the map)."""
from __future__ import annotations

from qgis.core import QgsProject

from tests.monitor import conftest as monitor
from tests.monitor import test_alerts_panel as alerts

serial_batch, rapideye, rapideye_copy = monitor.serial_batch, monitor.rapideye, monitor.rapideye_copy
change_layer = alerts.change_layer

CHANGE = "planet_classifier:change_between_classifications"


def test_the_change_layer_processing_loads_opens_in_the_alerts_dock(plugin, qgis_iface, rapideye, rapideye_copy,
                                                                    tmp_path):
    """Processing's Change with a file output loads it by its path alone (no '|layername=changes'): Review alerts…
    on it said 'Open a change layer' and listed nothing, the dock read only a source naming the layer."""
    import processing

    from planet_qgis_plugin.alerts_panel import change_gpkg

    after = rapideye_copy({(0, 1): {"flag_mining": 1, "flagged": 1, "score_mining": 1.0}})
    output = tmp_path / "change.gpkg"
    try:
        processing.runAndLoadResults(CHANGE, {"BEFORE": str(rapideye), "AFTER": str(after), "OUTPUT": str(output)})
        loaded = [layer for layer in QgsProject.instance().mapLayers().values()
                  if layer.source().startswith(str(output))]
        assert len(loaded) == 1, [layer.source() for layer in QgsProject.instance().mapLayers().values()]
        assert change_gpkg(loaded[0]) == output
        qgis_iface.setActiveLayer(loaded[0])
        panel = plugin.action_alerts.toggle_panel(True)
        assert panel.list.count() == 1 and "1 alert" in panel.header.text()
    finally:
        QgsProject.instance().removeAllMapLayers()
