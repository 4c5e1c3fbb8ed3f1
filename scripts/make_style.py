"""Regenerate resources/styles/tiles.qml (run headless: QT_QPA_PLATFORM=offscreen python -m scripts.make_style).

The QML is the source of truth the plugin loads; this script documents how it was made.
"""
from __future__ import annotations

import sys
from pathlib import Path

from qgis.core import QgsEditorWidgetSetup, QgsMapLayer, QgsVectorLayer

from planet_qgis_plugin.core.labels import LABELS
from planet_qgis_plugin.core.layer.schema import LAYER, field_kinds
from planet_qgis_plugin.style import (
    PROBABILITY_WIDGET,
    display_expression,
    field_aliases,
    flag_renderer,
    map_tip_html,
    order_columns,
    tile_form,
    tile_labeling,
)
from scripts.qml import memory_layer, write_qml

ROOT = Path(__file__).resolve().parent.parent


def build(layer: QgsVectorLayer) -> None:
    layer.setRenderer(flag_renderer())
    layer.setLabeling(tile_labeling())
    layer.setLabelsEnabled(True)
    for name, alias in field_aliases().items():
        idx = layer.fields().indexOf(name)
        if idx >= 0:
            layer.setFieldAlias(idx, alias)
            if name in LABELS or name.startswith("flag"):
                layer.setEditorWidgetSetup(idx, QgsEditorWidgetSetup("CheckBox", {}))
            elif name.startswith(("p_", "score_")) or name == "coverage":
                layer.setEditorWidgetSetup(idx, QgsEditorWidgetSetup(*PROBABILITY_WIDGET))
    layer.setMapTipTemplate(map_tip_html())
    tile_form(layer)
    order_columns(layer)
    layer.setDisplayExpression(display_expression())


def template_layer() -> QgsVectorLayer:
    """A memory layer with the tile layer's fields (no concepts), in the order core/layer/gpkg.py writes them."""
    return memory_layer(LAYER, field_kinds(LABELS))


def styled_layer() -> QgsVectorLayer:
    layer = template_layer()
    build(layer)
    return layer


def main() -> int:
    categories = (QgsMapLayer.Symbology | QgsMapLayer.Labeling | QgsMapLayer.Fields | QgsMapLayer.Forms
                  | QgsMapLayer.AttributeTable | QgsMapLayer.MapTips | QgsMapLayer.Rendering
                  | QgsMapLayer.LayerConfiguration)
    return write_qml(styled_layer, ROOT / "resources" / "styles" / "tiles.qml", categories)


if __name__ == "__main__":
    sys.exit(main())
