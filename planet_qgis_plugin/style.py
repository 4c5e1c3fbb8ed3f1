"""Styling and filtering of the result tile layer (resources/styles/tiles.qml)."""
from __future__ import annotations

from qgis.core import QgsVectorLayer

from .core.labels import FLAG_GROUPS, LABELS
from .paths import style_path

FLAGGED_FILTER = '"flagged" = 1'
STYLE_NAME = "planet_classifier"

FLAG_TITLES = {"mining": "Mining", "logging": "Logging", "slash_burn": "Slash-and-burn"}


def tag_title(tag: str) -> str:
    return tag.replace("_", " ").replace("artisinal", "artisanal").capitalize()


def field_aliases() -> dict[str, str]:
    aliases = {"row": "Row", "col": "Column", "coverage": "Valid-pixel coverage", "tags": "Tags",
               "flagged": "Flagged (any)", "model": "Model"}
    for flag in FLAG_GROUPS:
        aliases[f"flag_{flag}"] = f"Flag: {FLAG_TITLES.get(flag, flag)}"
    for tag in LABELS:
        aliases[tag] = tag_title(tag)
        aliases[f"p_{tag}"] = f"P({tag_title(tag)})"
    return aliases


def map_tip_html() -> str:
    """HTML map tip: the tile's tags, then every tag with its probability (predicted ones bold)."""
    rows = "".join(
        f'<tr><td>[% if("{t}", \'<b>{tag_title(t)}</b>\', \'{tag_title(t)}\') %]</td>'
        f'<td align="right">[% format_number("p_{t}", 2) %]</td></tr>'
        for t in LABELS)
    return ('<b>Tile [% "row" %], [% "col" %]</b> [% if("flagged", \'&#9888; flagged\', \'\') %]<br/>'
            'Tags: <i>[% "tags" %]</i><br/>'
            f'<table>{rows}</table>')


def apply_style(layer: QgsVectorLayer) -> bool:
    """Load the bundled QML (renderer, aliases, map tip, form). Returns False if it failed."""
    path = style_path()
    if not path.is_file():
        return False
    _msg, ok = layer.loadNamedStyle(str(path))
    layer.triggerRepaint()
    return bool(ok)


def save_default_style(gpkg: str, layer_name: str = "tiles") -> bool:
    """Store the QML as the default style inside the GeoPackage (layer_styles table), so the
    layer comes up styled however it is opened (Processing, qgis_process, drag and drop)."""
    layer = QgsVectorLayer(f"{gpkg}|layername={layer_name}", layer_name, "ogr")
    if not layer.isValid() or not apply_style(layer):
        return False
    try:
        result = layer.saveStyleToDatabase(STYLE_NAME, "Planet classifier tile style", True, "")
    except TypeError:
        return False
    err = result if isinstance(result, str) else (result[1] if result else "")
    del layer
    return not err


# -- filters ---------------------------------------------------------------------------------
def quote_field(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def tag_filter(tag: str, min_probability: float | None = None) -> str:
    """Subset string for tiles with ``tag`` (predicted), or with P(tag) >= min_probability."""
    if tag not in LABELS:
        raise ValueError(f"unknown tag {tag!r}")
    if min_probability is None:
        return f"{quote_field(tag)} = 1"
    return f"{quote_field('p_' + tag)} >= {float(min_probability)!r}"


def set_subset(layer: QgsVectorLayer, expression: str) -> bool:
    ok = layer.setSubsetString(expression)
    layer.triggerRepaint()
    return bool(ok)


def set_flagged_only(layer: QgsVectorLayer, on: bool = True) -> bool:
    """Show only flagged tiles (or all again). Reversible; the layer stays savable in a project."""
    return set_subset(layer, FLAGGED_FILTER if on else "")


def filter_by_tag(layer: QgsVectorLayer, tag: str, min_probability: float | None = None) -> bool:
    return set_subset(layer, tag_filter(tag, min_probability))


def clear_filter(layer: QgsVectorLayer) -> bool:
    return set_subset(layer, "")


def is_tiles_layer(layer) -> bool:
    """A vector layer produced by this plugin (it has the flag fields)."""
    if not isinstance(layer, QgsVectorLayer):
        return False
    names = set(layer.fields().names())
    return {"flagged", "tags"} <= names and all(f"p_{t}" in names for t in LABELS)
