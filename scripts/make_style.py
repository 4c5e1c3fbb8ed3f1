"""Regenerate resources/styles/tiles.qml (run headless: QT_QPA_PLATFORM=offscreen python -m scripts.make_style).

The QML is the source of truth the plugin loads; this script documents how it was made.
"""
from __future__ import annotations

import sys
from pathlib import Path

from qgis.core import QgsEditorWidgetSetup, QgsMapLayer, QgsVectorLayer

from planet_qgis_plugin.core.labels import FLAG_GROUPS, LABELS
from planet_qgis_plugin.core.layer.schema import LAYER, field_kinds
from planet_qgis_plugin.style import (
    PROBABILITY_WIDGET,
    field_aliases,
    flag_renderer,
    map_tip_html,
    order_columns,
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
    build_form(layer)
    order_columns(layer)
    layer.setDisplayExpression('\'Tile \' || "row" || \', \' || "col" || \': \' || "tags"')


def build_form(layer: QgsVectorLayer) -> None:
    """Identify/attribute form: a "Tile" tab and a "Tags" tab listing every tag next to its probability."""
    from qgis.core import QgsAttributeEditorContainer, QgsAttributeEditorField, QgsEditFormConfig
    fields = layer.fields()
    config = layer.editFormConfig()
    config.setLayout(QgsEditFormConfig.TabLayout)
    config.clearTabs()
    root = config.invisibleRootContainer()
    tile = QgsAttributeEditorContainer("Tile", root)
    for name in (["tags", "flagged"] + [f"flag_{f}" for f in FLAG_GROUPS] + [f"score_{f}" for f in FLAG_GROUPS]
                 + ["coverage", "row", "col", "model"]):
        tile.addChildElement(QgsAttributeEditorField(name, fields.indexOf(name), tile))
    tags = QgsAttributeEditorContainer("Tags and probabilities", root)
    tags.setColumnCount(2)
    for tag in LABELS:
        tags.addChildElement(QgsAttributeEditorField(tag, fields.indexOf(tag), tags))
        tags.addChildElement(QgsAttributeEditorField(f"p_{tag}", fields.indexOf(f"p_{tag}"), tags))
    config.addTab(tile)
    config.addTab(tags)
    layer.setEditFormConfig(config)


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
