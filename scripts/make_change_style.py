"""Regenerate resources/styles/change.qml, the style of the change layer (layer ``changes`` of
``python -m planet_qgis_plugin.change``). Run headless: QT_QPA_PLATFORM=offscreen python -m scripts.make_change_style

New flags are filled in their group's colour (as in the tile layer), the stronger the higher the alert's
confidence; tiles without an alert are faint outlines.
"""
from __future__ import annotations

import sys
from pathlib import Path

from qgis.core import QgsMapLayer, QgsRuleBasedRenderer, QgsVectorLayer

from planet_qgis_plugin.core.labels import FLAG_GROUPS
from planet_qgis_plugin.core.monitor.change import CONFIDENCE, LAYER, change_fields
from planet_qgis_plugin.core.palette import FLAG_COLOURS, FLAG_TITLES, SEVERAL_COLOUR
from planet_qgis_plugin.style import fill_symbol, other_tiles_symbol
from scripts.qml import memory_layer, write_qml

ROOT = Path(__file__).resolve().parent.parent

#: confidence -> (fill alpha, outline width mm): the more certain, the stronger.
STRENGTH = {"nominal": (60, 0.6), "high": (130, 1.0), "highest": (210, 1.6)}


def renderer() -> QgsRuleBasedRenderer:
    root = QgsRuleBasedRenderer.Rule(None)
    for confidence in reversed(CONFIDENCE):
        alpha, width = STRENGTH[confidence]
        parent = QgsRuleBasedRenderer.Rule(None, 0, 0, f"\"alert\" AND \"confidence\" = '{confidence}'",
                                           f"New flag, {confidence} confidence")
        parent.appendChild(QgsRuleBasedRenderer.Rule(fill_symbol(SEVERAL_COLOUR, alpha, width), 0, 0,
                                                     "\"new_flag\" LIKE '% %'", "several"))
        for group in FLAG_GROUPS:
            parent.appendChild(QgsRuleBasedRenderer.Rule(fill_symbol(FLAG_COLOURS[group], alpha, width), 0, 0,
                                                         f"\"new_flag\" = '{group}'", FLAG_TITLES[group]))
        parent.appendChild(QgsRuleBasedRenderer.Rule(fill_symbol(FLAG_COLOURS["other"], alpha, width), 0, 0,
                                                     "ELSE", "taught concept"))
        root.appendChild(parent)
    root.appendChild(QgsRuleBasedRenderer.Rule(other_tiles_symbol(), 0, 0, "ELSE", "no new flag"))
    return QgsRuleBasedRenderer(root)


def styled_layer() -> QgsVectorLayer:
    layer = memory_layer(LAYER, change_fields(True))
    layer.setRenderer(renderer())
    layer.setMapTipTemplate('<b>[% "new_flag" %]</b> [% "confidence" %]<br/>[% "date_before" %] &rarr; '
                            '[% "date_after" %]<br/>gained: [% "tags_gained" %]<br/>lost: [% "tags_lost" %]')
    layer.setDisplayExpression("coalesce(\"new_flag\", '') || ' ' || coalesce(\"confidence\", '')")
    return layer


def main() -> int:
    return write_qml(styled_layer, ROOT / "resources" / "styles" / "change.qml",
                     QgsMapLayer.Symbology | QgsMapLayer.MapTips | QgsMapLayer.Rendering | QgsMapLayer.LayerConfiguration)


if __name__ == "__main__":
    sys.exit(main())
