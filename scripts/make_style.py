"""Regenerate resources/styles/tiles.qml (run headless: QT_QPA_PLATFORM=offscreen python scripts/make_style.py).

The QML is the source of truth the plugin loads; this script documents how it was made.
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from qgis.core import QgsApplication, QgsEditorWidgetSetup, QgsMapLayer, QgsVectorLayer  # noqa: E402

from planet_qgis_plugin.core.labels import FLAG_GROUPS, LABELS  # noqa: E402
from planet_qgis_plugin.style import (PROBABILITY_WIDGET, field_aliases, flag_renderer,  # noqa: E402
                                      map_tip_html, order_columns, tile_labeling)


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
    """A memory layer with the tile layer's fields, in the order core/gpkg.py writes them."""
    fields = ["tags:string"] + [f"flag_{f}:boolean" for f in FLAG_GROUPS] + ["flagged:boolean"]
    fields += [f"score_{f}:double" for f in FLAG_GROUPS] + ["row:integer", "col:integer", "coverage:double"]
    fields += [f"p_{t}:double" for t in LABELS] + [f"{t}:boolean" for t in LABELS]
    fields += ["model:string", "embedding:binary"]
    return QgsVectorLayer("Polygon?crs=EPSG:4326&" + "&".join(f"field={f}" for f in fields), "tiles", "memory")


def main() -> int:
    app = QgsApplication([], False)
    app.initQgis()
    layer = template_layer()
    build(layer)
    out = ROOT / "resources" / "styles" / "tiles.qml"
    out.parent.mkdir(parents=True, exist_ok=True)
    categories = (QgsMapLayer.Symbology | QgsMapLayer.Labeling | QgsMapLayer.Fields | QgsMapLayer.Forms
                  | QgsMapLayer.AttributeTable | QgsMapLayer.MapTips | QgsMapLayer.Rendering
                  | QgsMapLayer.LayerConfiguration)
    msg, ok = layer.saveNamedStyle(str(out), categories)
    print(out, ok, msg)
    del layer
    app.exitQgis()
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
