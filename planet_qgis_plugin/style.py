"""The result tile layer in QGIS: style (resources/styles/tiles.qml + what depends on its fields), placing
it in the project, filters.

The renderer is built here (scripts/make_style.py writes it into the QML): one rule per flag group, one
per taught concept, colours and titles from core/palette.py; a tag filter shades what it selects.
"""
from __future__ import annotations

from qgis.core import (
    QgsAttributeTableConfig,
    QgsFillSymbol,
    QgsLayerTreeGroup,
    QgsPalLayerSettings,
    QgsProject,
    QgsRuleBasedRenderer,
    QgsTextBufferSettings,
    QgsTextFormat,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)

from .core.labels import FLAG_GROUPS, LABELS
from .core.layer.embeddings import EMBEDDING_FIELD
from .core.layer.gpkg import LAYER
from .core.palette import FLAG_COLOURS, FLAG_TITLES, SEVERAL_COLOUR, SEVERAL_TITLE, rgb_text
from .core.resources import style_path

FLAGGED_FILTER = '"flagged" = 1'
#: Layer custom property prefix holding a taught concept's group (set by the teach loop).
CONCEPT_GROUP_PROPERTY = "planet_classifier/concept_group/"
#: Tile labels are drawn only where a tile is at least this many millimetres across on screen (zoomed in);
#: a size on screen rather than a map scale, so it also works for rasters without a CRS.
LABEL_MIN_TILE_MM = 18
#: Probability classes a tag filter shades (lower bounds; the filter's own minimum is added).
SHADE_STEPS = (0.5, 0.7, 0.9)
SHADE_COLOUR = (0, 120, 255)
OTHER_TILES = "Other tiles"


def result_layer_name(raster_name: str | None) -> str:
    """'<scene> tiles HH:MM:SS': re-runs of one scene get layers told apart by the time they were made."""
    import time
    return f"{raster_name or 'Planet'} tiles {time.strftime('%H:%M:%S')}"


def tag_title(tag: str) -> str:
    return tag.replace("_", " ").replace("artisinal", "artisanal").capitalize()


def field_aliases() -> dict[str, str]:
    aliases = {"row": "Row", "col": "Column", "coverage": "Valid-pixel coverage", "tags": "Tags",
               "flagged": "Flagged (any)", "model": "Model"}
    for flag in FLAG_GROUPS:
        aliases[f"flag_{flag}"] = f"Flag: {FLAG_TITLES[flag]}"
        aliases[f"score_{flag}"] = f"Score: {FLAG_TITLES[flag]}"
    for tag in LABELS:
        aliases[tag] = tag_title(tag)
        aliases[f"p_{tag}"] = f"P({tag_title(tag)})"
    return aliases


def top_probabilities_expression(n: int = 5) -> str:
    """QGIS expression: the ``n`` most probable tags as 'Tag 0.97' lines (sorted by a zero-padded key)."""
    keyed = ", ".join(f"lpad(to_string(round(coalesce(\"p_{t}\", 0) * 100)), 3, '0') || '{tag_title(t)}'"
                      for t in LABELS)
    return (f"array_to_string(array_foreach(array_slice(array_sort(array({keyed}), false), 0, {n - 1}), "
            "substr(@element, 4) || ' ' || format_number(to_int(left(@element, 3)) / 100, 2)), '<br/>')")


def map_tip_html() -> str:
    """HTML map tip: tags, flags and scores, then the most probable tags (the form has all 17)."""
    flags = "".join(
        f'<tr><td>[% if("flag_{g}", \'<b>&#9888; {FLAG_TITLES[g]}</b>\', \'{FLAG_TITLES[g]}\') %]</td>'
        f'<td align="right">[% coalesce(format_number("score_{g}", 2), \'\') %]</td></tr>'
        for g in FLAG_GROUPS)
    return ('<b>Tile [% "row" %], [% "col" %]</b> [% if("flagged", \'&#9888; flagged\', \'\') %]<br/>'
            'Tags: <i>[% "tags" %]</i><br/>'
            f'<table><tr><th align="left">Flag</th><th>score</th></tr>{flags}</table>'
            f'<b>Most probable</b><br/>[% {top_probabilities_expression()} %]')


# -- renderer -----------------------------------------------------------------------------------
def fill_symbol(colour: tuple[int, int, int], alpha: int = 90, width: float = 0.9,
                style: str = "solid") -> QgsFillSymbol:
    return QgsFillSymbol.createSimple({
        "color": rgb_text(colour, alpha), "style": style, "outline_color": rgb_text(colour, 255),
        "outline_width": str(width), "outline_width_unit": "MM", "joinstyle": "miter"})


def other_tiles_symbol() -> QgsFillSymbol:
    return QgsFillSymbol.createSimple({"style": "no", "outline_color": "240,240,240,180",
                                       "outline_width": "0.2", "outline_width_unit": "MM"})


def concept_names(names: list[str]) -> list[str]:
    """Taught concepts among field ``names`` (p_<name> and flag_<name>, not a tag or a group)."""
    present = set(names)
    return [n[5:] for n in names if n.startswith("flag_") and n[5:] not in FLAG_GROUPS and f"p_{n[5:]}" in present]


def concept_fields(layer: QgsVectorLayer) -> list[str]:
    """Names of taught concepts the layer carries."""
    return concept_names(layer.fields().names())


def concept_groups(layer: QgsVectorLayer) -> dict[str, str]:
    """{concept name: flag group} for the layer's concepts: from the teach loop's layer property, else
    the GeoPackage's PLANET_CONCEPTS metadata, else ``other``."""
    names = concept_fields(layer)
    stored = _gpkg_concept_groups(layer) if names else {}
    return {name: str(layer.customProperty(CONCEPT_GROUP_PROPERTY + name, None) or stored.get(name, "other"))
            for name in names}


def _gpkg_concept_groups(layer: QgsVectorLayer) -> dict[str, str]:
    """The {concept: group} item that classify / teach store in the tile layer's OGR metadata."""
    import json

    from osgeo import gdal, ogr

    from .core.layer.embeddings import META_CONCEPTS
    if layer.providerType() != "ogr":
        return {}
    gdal.PushErrorHandler("CPLQuietErrorHandler")
    try:
        ds = ogr.Open(layer.source().split("|")[0])
        table = ds.GetLayerByName(LAYER) if ds is not None else None
        text = table.GetMetadataItem(META_CONCEPTS) if table is not None else None
        groups = json.loads(text) if text else {}
    except (RuntimeError, ValueError):
        groups = {}
    finally:
        gdal.PopErrorHandler()
        ds = None
    return {str(k): str(v) for k, v in groups.items()} if isinstance(groups, dict) else {}


def flag_renderer(concepts: dict[str, str] | None = None, shade: tuple[str, float] | None = None
                  ) -> QgsRuleBasedRenderer:
    """Rules: several flags; each group; each concept not already shown by a group flag; other tiles
    (shaded by P(tag) when ``shade`` = (tag, minimum) is given). The rules never overlap."""
    root = QgsRuleBasedRenderer.Rule(None)
    count = " + ".join(f'if("flag_{f}", 1, 0)' for f in FLAG_GROUPS)
    root.appendChild(QgsRuleBasedRenderer.Rule(fill_symbol(SEVERAL_COLOUR, 110, 1.3), 0, 0, f"({count}) >= 2",
                                               SEVERAL_TITLE))
    for flag in FLAG_GROUPS:
        root.appendChild(QgsRuleBasedRenderer.Rule(fill_symbol(FLAG_COLOURS[flag]), 0, 0,
                                                   f'"flag_{flag}" AND ({count}) = 1', FLAG_TITLES[flag]))
    for name, group in (concepts or {}).items():
        colour = FLAG_COLOURS.get(group, FLAG_COLOURS["other"])
        root.appendChild(QgsRuleBasedRenderer.Rule(
            fill_symbol(colour, 70, 0.9, "b_diagonal"), 0, 0, f'"flag_{name}" AND NOT coalesce("flagged", 0)',
            f"Concept: {name} ({FLAG_TITLES.get(group, group)})"))
    if shade is None:
        root.appendChild(QgsRuleBasedRenderer.Rule(other_tiles_symbol(), 0, 0, "ELSE", OTHER_TILES))
    else:
        tag, low = shade
        field = quote_field("p_" + tag)
        bounds = [low] + [b for b in SHADE_STEPS if b > low] + [1.0001]
        other = QgsRuleBasedRenderer.Rule(other_tiles_symbol(), 0, 0, "ELSE", OTHER_TILES)
        for i, (a, b) in enumerate(zip(bounds, bounds[1:])):
            alpha = 40 + int(120 * (i + 1) / (len(bounds) - 1))
            other.appendChild(QgsRuleBasedRenderer.Rule(
                fill_symbol(SHADE_COLOUR, alpha, 0.3), 0, 0, f"{field} >= {a!r} AND {field} < {b!r}",
                f"P({tag_title(tag)}) {a:.2f}–{min(b, 1.0):.2f}"))
        root.appendChild(other)
    return QgsRuleBasedRenderer(root)


def tile_labeling() -> QgsVectorLayerSimpleLabeling:
    """Each tile's tags, one per line, drawn only when zoomed in (scale-dependent)."""
    from qgis.PyQt.QtGui import QColor, QFont
    settings = QgsPalLayerSettings()
    settings.isExpression = True
    settings.fieldName = "replace(\"tags\", ' ', '\\n')"
    settings.placement = QgsPalLayerSettings.OverPoint
    settings.minFeatureSize = LABEL_MIN_TILE_MM
    fmt = QgsTextFormat()
    fmt.setFont(QFont("DejaVu Sans"))
    fmt.setSize(8)
    fmt.setColor(QColor("white"))
    buffer = QgsTextBufferSettings()
    buffer.setEnabled(True)
    buffer.setSize(0.8)
    buffer.setColor(QColor(0, 0, 0, 200))
    fmt.setBuffer(buffer)
    settings.setFormat(fmt)
    return QgsVectorLayerSimpleLabeling(settings)


#: How probabilities and scores are shown and edited (3 decimals, 0..1).
PROBABILITY_WIDGET = ("Range", {"Precision": 3, "Min": 0.0, "Max": 1.0, "Step": 0.01, "Style": "SpinBox"})


def column_order(names: list[str]) -> list[str]:
    """Attribute table order: what the analyst reads first (tags, flags, scores, concepts), then
    position, probabilities, tag booleans, the rest. The embedding BLOB is left out."""
    concepts = concept_names(names)
    first = (["tags", "flagged"] + [f"flag_{g}" for g in FLAG_GROUPS] + [f"score_{g}" for g in FLAG_GROUPS]
             + [f for c in concepts for f in (f"flag_{c}", f"p_{c}")] + ["row", "col", "coverage"]
             + [f"p_{t}" for t in LABELS] + list(LABELS))
    ordered = [n for n in first if n in names]
    return ordered + [n for n in names if n not in ordered and n != EMBEDDING_FIELD]


def order_columns(layer: QgsVectorLayer) -> None:
    """Apply column_order to the layer's attribute table and hide the embedding column."""
    names = layer.fields().names()
    config = layer.attributeTableConfig()
    columns = []
    for name in column_order(names) + ([EMBEDDING_FIELD] if EMBEDDING_FIELD in names else []):
        column = QgsAttributeTableConfig.ColumnConfig()
        column.type = QgsAttributeTableConfig.Field
        column.name = name
        column.hidden = name == EMBEDDING_FIELD
        column.width = 260 if name == "tags" else -1
        columns.append(column)
    config.setColumns(columns)
    layer.setAttributeTableConfig(config)


def refresh_concepts(layer: QgsVectorLayer) -> None:
    """Aliases, colours and column order for the concept fields the layer now has (after teaching)."""
    from qgis.core import QgsEditorWidgetSetup
    groups = concept_groups(layer)  # may open the GeoPackage: once per refresh
    for name in groups:
        for field, alias in ((f"p_{name}", f"P({name})"), (f"flag_{name}", f"Flag: {name}")):
            idx = layer.fields().indexOf(field)
            if idx >= 0:
                layer.setFieldAlias(idx, alias)
                layer.setEditorWidgetSetup(idx, QgsEditorWidgetSetup(*PROBABILITY_WIDGET) if field.startswith("p_")
                                           else QgsEditorWidgetSetup("CheckBox", {}))
    layer.setRenderer(flag_renderer(groups, shade_of(layer)))
    order_columns(layer)
    layer.triggerRepaint()


def apply_style(layer: QgsVectorLayer, concepts=()) -> bool:
    """Load the bundled QML (renderer, aliases, map tip, form, labels, table); ``concepts``: the bundle's
    (core.model.concepts.Concept), whose groups colour their flag_<name>. Returns False if it failed."""
    path = style_path()
    if not path.is_file():
        return False
    for concept in concepts:
        if layer.customProperty(CONCEPT_GROUP_PROPERTY + concept.name, None) is None:
            layer.setCustomProperty(CONCEPT_GROUP_PROPERTY + concept.name, concept.group)
    _msg, ok = layer.loadNamedStyle(str(path))
    if ok:
        refresh_concepts(layer)
    return bool(ok)


# -- the result layer in the project (main thread only) ----------------------------------------
def result_uri(gpkg: str, layer: str = LAYER) -> str:
    return f"{gpkg}|layername={layer}"


def open_result(gpkg: str, name: str, layer: str = LAYER, concepts=()) -> QgsVectorLayer:
    """The styled tile layer; ``concepts``: those of the bundle that classified it (their flag groups)."""
    vl = QgsVectorLayer(result_uri(str(gpkg), layer), name, "ogr")
    if vl.isValid():
        apply_style(vl, concepts)
    return vl


def place_above(layer, reference_id: str | None, project: QgsProject | None = None) -> None:
    """Add ``layer`` to the project directly above the layer ``reference_id`` (or on top)."""
    project = project or QgsProject.instance()
    project.addMapLayer(layer, False)
    root = project.layerTreeRoot()
    ref = root.findLayer(reference_id) if reference_id else None
    if ref is not None and isinstance(ref.parent(), QgsLayerTreeGroup):
        parent = ref.parent()
        parent.insertLayer(parent.children().index(ref), layer)
    else:
        root.insertLayer(0, layer)


def add_result_layer(gpkg: str, name: str, above_layer_id: str | None = None,
                     project: QgsProject | None = None, layer: str = LAYER, concepts=()) -> QgsVectorLayer | None:
    vl = open_result(gpkg, name, layer, concepts)
    if not vl.isValid():
        return None
    place_above(vl, above_layer_id, project)
    return vl


# -- filters ---------------------------------------------------------------------------------
def quote_field(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def tag_filter(tag: str, min_probability: float | None = None, concepts=()) -> str:
    """Subset string for tiles with ``tag`` (predicted), or with P(tag) >= min_probability. ``tag`` may also
    be one of ``concepts`` (taught concepts the layer has: predicted = flag_<name>)."""
    if tag not in LABELS and tag not in concepts:
        raise ValueError(f"unknown tag {tag!r}")
    if min_probability is None:
        return f"{quote_field(tag if tag in LABELS else 'flag_' + tag)} = 1"
    return f"{quote_field('p_' + tag)} >= {float(min_probability)!r}"


def set_subset(layer: QgsVectorLayer, expression: str) -> bool:
    ok = layer.setSubsetString(expression)
    layer.triggerRepaint()
    return bool(ok)


def set_flagged_only(layer: QgsVectorLayer, on: bool = True) -> bool:
    """Show only flagged tiles (or all again). Reversible; the layer stays savable in a project."""
    clear_filter(layer)
    return set_subset(layer, FLAGGED_FILTER if on else "")


SHADE_PROPERTY = "planet_classifier/shade"


def shade_of(layer: QgsVectorLayer) -> tuple[str, float] | None:
    """(tag, minimum) the layer's tag filter shades by, if a tag filter is on."""
    value = str(layer.customProperty(SHADE_PROPERTY, "") or "")
    tag, _, low = value.partition("=")
    return (tag, float(low)) if (tag in LABELS or tag in concept_fields(layer)) and low else None


def filter_by_tag(layer: QgsVectorLayer, tag: str, min_probability: float | None = None) -> bool:
    """Show tiles with ``tag`` (or a taught concept) and shade them by its probability from the minimum
    (from 0 for 'predicted') up. ValueError for a name the layer has no field for, before any change."""
    expression = tag_filter(tag, min_probability, concept_fields(layer))
    layer.setCustomProperty(SHADE_PROPERTY, f"{tag}={min_probability if min_probability is not None else 0.0}")
    layer.setRenderer(flag_renderer(concept_groups(layer), shade_of(layer)))
    return set_subset(layer, expression)


def clear_filter(layer: QgsVectorLayer) -> bool:
    if layer.customProperty(SHADE_PROPERTY, None) is not None:
        layer.removeCustomProperty(SHADE_PROPERTY)
        layer.setRenderer(flag_renderer(concept_groups(layer)))
    return set_subset(layer, "")


def tile_gpkg(layer, which: str = "a tile layer") -> str:
    """The GeoPackage file behind a tile layer the classifier wrote; TileLayerError says what to choose."""
    from pathlib import Path

    from .core.layer.tiletable import TileLayerError

    if layer is None:
        raise TileLayerError(f"choose {which} made by 'Classify raster'")
    path = layer.source().split("|", 1)[0]
    if layer.providerType() != "ogr" or not path.lower().endswith(".gpkg") or not Path(path).is_file():
        raise TileLayerError(f"{layer.name()} is not a tile GeoPackage made by 'Classify raster' (its source: {path}); "
                             f"choose {which} made by it")
    return path


def is_tiles_layer(layer) -> bool:
    """A vector layer produced by this plugin (it has the flag fields)."""
    if not isinstance(layer, QgsVectorLayer):
        return False
    names = set(layer.fields().names())
    return {"flagged", "tags"} <= names and all(f"p_{t}" in names for t in LABELS)
