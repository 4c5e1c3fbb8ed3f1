"""Regenerate resources/styles/change.qml, the style of the change layer (layer ``changes`` of
``python -m planet_qgis_plugin.change``). Run headless: QT_QPA_PLATFORM=offscreen python -m scripts.make_change_style

The rules and the map tip are change_layer_style.change_renderer / change_map_tip (written here in English; the
plugin sets them again in the analyst's language when it loads the QML: change_layer_style.apply_change_style). New
flags are filled in their group's colour (as in the tile layer), the stronger the higher the alert's confidence;
tiles without an alert are faint outlines.
"""
from __future__ import annotations

import sys
from pathlib import Path

from qgis.core import QgsMapLayer, QgsVectorLayer

from planet_qgis_plugin.change_layer_style import change_map_tip, change_renderer
from planet_qgis_plugin.core.monitor.change import LAYER
from planet_qgis_plugin.core.monitor.change_layer import change_fields
from scripts.qml import memory_layer, write_qml

ROOT = Path(__file__).resolve().parent.parent


def styled_layer() -> QgsVectorLayer:
    layer = memory_layer(LAYER, change_fields(True))
    layer.setRenderer(change_renderer())
    layer.setMapTipTemplate(change_map_tip())
    layer.setDisplayExpression("coalesce(\"new_flag\", '') || ' ' || coalesce(\"confidence\", '')")
    return layer


def main() -> int:
    return write_qml(styled_layer, ROOT / "resources" / "styles" / "change.qml",
                     QgsMapLayer.Symbology | QgsMapLayer.MapTips | QgsMapLayer.Rendering | QgsMapLayer.LayerConfiguration)


if __name__ == "__main__":
    sys.exit(main())
