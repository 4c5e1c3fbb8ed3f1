"""Regenerate resources/styles/tiles.qml (run headless: QT_QPA_PLATFORM=offscreen python scripts/make_style.py).

The QML is the source of truth the plugin loads; this script documents how it was made.
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from qgis.core import (QgsApplication, QgsEditorWidgetSetup, QgsFillSymbol, QgsMapLayer,  # noqa: E402
                       QgsRuleBasedRenderer, QgsVectorLayer)

from planet_qgis_plugin.core.labels import FLAG_GROUPS, LABELS  # noqa: E402
from planet_qgis_plugin.style import field_aliases, map_tip_html  # noqa: E402

COLOURS = {"mining": "230,0,126", "logging": "255,212,0", "slash_burn": "255,95,0"}
COMBO = "255,0,0"


def fill(colour: str, alpha: int = 90, width: float = 0.9, style: str = "solid") -> QgsFillSymbol:
    return QgsFillSymbol.createSimple({
        "color": f"{colour},{alpha}", "style": style, "outline_color": f"{colour},255",
        "outline_width": str(width), "outline_width_unit": "MM", "joinstyle": "miter"})


def build(layer: QgsVectorLayer) -> None:
    root = QgsRuleBasedRenderer.Rule(None)
    count = " + ".join(f'if("flag_{f}", 1, 0)' for f in FLAG_GROUPS)
    # rules are mutually exclusive: a rule-based renderer draws every rule that matches
    root.appendChild(QgsRuleBasedRenderer.Rule(fill(COMBO, 110, 1.3), 0, 0, f"({count}) >= 2",
                                               "Several deforestation signals"))
    titles = {"mining": "Mining", "logging": "Logging", "slash_burn": "Slash-and-burn"}
    for flag in FLAG_GROUPS:
        root.appendChild(QgsRuleBasedRenderer.Rule(fill(COLOURS[flag]), 0, 0, f'"flag_{flag}" AND ({count}) = 1',
                                                   titles[flag]))
    other = QgsFillSymbol.createSimple({"style": "no", "outline_color": "240,240,240,180",
                                        "outline_width": "0.2", "outline_width_unit": "MM"})
    root.appendChild(QgsRuleBasedRenderer.Rule(other, 0, 0, "ELSE", "Other tiles"))
    layer.setRenderer(QgsRuleBasedRenderer(root))
    for name, alias in field_aliases().items():
        idx = layer.fields().indexOf(name)
        if idx >= 0:
            layer.setFieldAlias(idx, alias)
            if name in LABELS or name.startswith("flag"):
                layer.setEditorWidgetSetup(idx, QgsEditorWidgetSetup("CheckBox", {}))
            elif name.startswith("p_") or name == "coverage":
                layer.setEditorWidgetSetup(idx, QgsEditorWidgetSetup("Range", {"Precision": 3, "Min": 0.0, "Max": 1.0, "Step": 0.01, "Style": "SpinBox"}))
    layer.setMapTipTemplate(map_tip_html())
    build_form(layer)
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
    for name in ["tags", "flagged"] + [f"flag_{f}" for f in FLAG_GROUPS] + ["coverage", "row", "col", "model"]:
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
    fields = ["row:integer", "col:integer", "coverage:double"]
    fields += [f"p_{t}:double" for t in LABELS] + [f"{t}:boolean" for t in LABELS]
    fields += ["tags:string"] + [f"flag_{f}:boolean" for f in FLAG_GROUPS] + ["flagged:boolean", "model:string"]
    return QgsVectorLayer("Polygon?crs=EPSG:4326&" + "&".join(f"field={f}" for f in fields), "tiles", "memory")


def main() -> int:
    app = QgsApplication([], False)
    app.initQgis()
    layer = template_layer()
    build(layer)
    out = ROOT / "resources" / "styles" / "tiles.qml"
    out.parent.mkdir(parents=True, exist_ok=True)
    categories = (QgsMapLayer.Symbology | QgsMapLayer.Fields | QgsMapLayer.Forms | QgsMapLayer.MapTips
                  | QgsMapLayer.Rendering | QgsMapLayer.LayerConfiguration)
    msg, ok = layer.saveNamedStyle(str(out), categories)
    print(out, ok, msg)
    del layer
    app.exitQgis()
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
