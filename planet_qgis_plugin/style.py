"""The result tile layer in QGIS: style (resources/styles/tiles.qml + what depends on its fields), placing
it in the project, filters. (The change layer's style is change_layer_style.py.)

The renderer is built here (scripts/make_style.py writes it into the QML): one rule per flag group, one
per taught concept, colours and titles from core/palette.py; a tag filter shades what it selects.
"""
from __future__ import annotations

import html
import re

from qgis.core import (
    QgsAttributeTableConfig,
    QgsFillSymbol,
    QgsLayerTreeGroup,
    QgsPalLayerSettings,
    QgsProject,
    QgsProperty,
    QgsRuleBasedRenderer,
    QgsTextBufferSettings,
    QgsTextFormat,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)

from .core.labels import FLAG_GROUPS, LABELS
from .core.labels import weak_tags as core_weak_tags
from .core.layer.embeddings import EMBEDDING_FIELD
from .core.layer.schema import LAYER, META_CONCEPTS, concept_names, field_names, parse_concepts_item
from .core.palette import FLAG_COLOURS, FLAG_TITLES, SEVERAL_COLOUR, SEVERAL_TITLE, rgb_text
from .core.resources import style_path
from .i18n import tr

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
#: Layer custom properties: the teach loop's marks (``<PROPERTY><name>/positive`` ...) and the concept it is
#: on (``<PROPERTY>current``); the review look; the tags left out of the labels ({tag: reason}, JSON).
TEACH_PROPERTY = "planet_classifier/teach/"
REVIEW_LOOK_PROPERTY = "planet_classifier/review_look"
WEAK_TAGS_PROPERTY = "planet_classifier/weak_tags"
#: set on a tile layer once apply_style styled it: later a single symbol there is the analyst's choice (restyle_added)
STYLED_PROPERTY = "planet_classifier/styled"
#: A tile with less than this share of valid pixels (at a scene's edge or beside nodata) is labelled in a muted
#: look with the share that has data, and its map tip says its tags rest on that part; the layer keeps its tags.
LOW_COVERAGE = 0.5
LOW_COVERAGE_TEST = f'coalesce("coverage", 1) < {LOW_COVERAGE}'
LABEL_COLOUR, MUTED_LABEL = "#ffffff", "#b4b4b4"
#: How marked tiles are outlined on top of the flag colours (they are facts, not predictions).
MARK_COLOURS = {"yes": (0, 230, 90), "no": (235, 235, 235)}
MARK_HALO = (40, 40, 40)   # under the light dashes of "no"


#: A Planet product's part of a scene's file name, after its item id (_3B_AnalyticMS_SR, _3A_Visual_clip, _1B_...).
PRODUCT_SUFFIX = re.compile(r"_(?:1A|1B|3A|3B|4A|4B)_[A-Za-z0-9_]+$")
#: The most characters of a scene's name in its tile layer's name (a longer one is elided in the middle).
SCENE_IN_NAME = 26


def result_layer_names(raster_name: str | None) -> tuple[str, str]:
    """(name, title) of a run's tile layer, '<scene> tiles HH:MM:SS' in the analyst's language (re-runs of one scene
    get layers told apart by the time they were made): the title whole, the name with a Planet scene's product part
    left out and a longer name elided in the middle. A Layers panel of QGIS's default width cut
    '20170915_020728_103d_3B_AnalyticMS tiles 15:03:11 [3131]' before 'tiles': the tile layer read as its scene; the
    panel's tooltip gives the title."""
    import time

    scene, now = raster_name or "Planet", time.strftime("%H:%M:%S")
    short = PRODUCT_SUFFIX.sub("", scene) or scene
    if len(short) > SCENE_IN_NAME:   # the start (a date, an id) and the end (a tile, a part) tell scenes apart
        short = short[:SCENE_IN_NAME - 9] + "…" + short[-8:]
    name = tr("{scene} tiles {time}")
    return name.format(scene=short, time=now), name.format(scene=scene, time=now)


def tag_title(tag: str) -> str:
    return tag.replace("_", " ").replace("artisinal", "artisanal").capitalize()


def group_title(group: str) -> str:
    """A flag group's title in the analyst's language ('Garimpo' for mining; a group without a title as it is)."""
    return tr(FLAG_TITLES.get(group, group))


def field_aliases() -> dict[str, str]:
    """Column titles of the tile layer, in the analyst's language (the tags keep the dataset's names)."""
    aliases = {"row": tr("Row"), "col": tr("Column"), "coverage": tr("Valid-pixel coverage"), "tags": tr("Tags"),
               "flagged": tr("Flagged (any)"), "model": tr("Model")}
    for flag in FLAG_GROUPS:
        aliases[f"flag_{flag}"] = flag_alias(group_title(flag))
        aliases[f"score_{flag}"] = tr("Score: {title}").format(title=group_title(flag))
    for tag in LABELS:
        aliases[tag] = tag_title(tag)
        aliases[f"p_{tag}"] = f"P({tag_title(tag)})"
    return aliases


def flag_alias(title: str) -> str:
    """The column title of a flag field (a group's title, a concept's name)."""
    return tr("Flag: {title}").format(title=title)


def display_expression() -> str:
    """How QGIS names a tile (identify results, forms): 'Tile 3, 4: clear primary'."""
    tile = tr("Tile")
    return f"{string_literal(tile + ' ')} || \"row\" || ', ' || \"col\" || ': ' || \"tags\""


def tile_form(layer: QgsVectorLayer) -> None:
    """Identify/attribute form: a "Tile" tab and a "Tags and probabilities" tab listing every tag next to its
    probability (titles in the analyst's language)."""
    from qgis.core import QgsAttributeEditorContainer, QgsAttributeEditorField, QgsEditFormConfig
    fields = layer.fields()
    config = layer.editFormConfig()
    config.setLayout(QgsEditFormConfig.TabLayout)
    config.clearTabs()
    root = config.invisibleRootContainer()
    tile = QgsAttributeEditorContainer(tr("Tile"), root)
    for name in (["tags", "flagged"] + [f"flag_{f}" for f in FLAG_GROUPS] + [f"score_{f}" for f in FLAG_GROUPS]
                 + ["coverage", "row", "col", "model"]):
        tile.addChildElement(QgsAttributeEditorField(name, fields.indexOf(name), tile))
    tags = QgsAttributeEditorContainer(tr("Tags and probabilities"), root)
    tags.setColumnCount(2)
    for tag in LABELS:
        tags.addChildElement(QgsAttributeEditorField(tag, fields.indexOf(tag), tags))
        tags.addChildElement(QgsAttributeEditorField(f"p_{tag}", fields.indexOf(f"p_{tag}"), tags))
    config.addTab(tile)
    config.addTab(tags)
    layer.setEditFormConfig(config)


def top_probabilities_expression(n: int = 5) -> str:
    """QGIS expression: the ``n`` most probable tags as 'Tag 0.97' lines (sorted by a zero-padded key)."""
    keyed = ", ".join(f"lpad(to_string(round(coalesce(\"p_{t}\", 0) * 100)), 3, '0') || '{tag_title(t)}'"
                      for t in LABELS)
    return (f"array_to_string(array_foreach(array_slice(array_sort(array({keyed}), false), 0, {n - 1}), "
            "substr(@element, 4) || ' ' || format_number(to_int(left(@element, 3)) / 100, 2)), '<br/>')")


def map_tip_html(weak: dict[str, str] | None = None) -> str:
    """HTML map tip: the tile's tags as its label lists them (``weak`` ones left out), right under them the
    tile's weak tags with why, then flags and scores and the most probable tags (the form has all 17)."""
    flags = "".join(
        f'<tr><td>[% if("flag_{g}", {string_literal("<b>&#9888; " + html.escape(group_title(g)) + "</b>")}, '
        f'{string_literal(html.escape(group_title(g)))}) %]</td>'
        f'<td align="right">[% coalesce(format_number("score_{g}", 2), \'\') %]</td></tr>'
        for g in FLAG_GROUPS)
    tags = (f"[% if(array_length({kept_tags_expression(weak)}) > 0, array_to_string({kept_tags_expression(weak)}, "
            "' '), '–') %]" if weak else '[% "tags" %]')
    words = {k: html.escape(v) for k, v in (("tile", tr("Tile")), ("tags", tr("Tags:")), ("flag", tr("Flag")),
                                            ("score", tr("score")), ("top", tr("Most probable")))}
    flagged = string_literal("&#9888; " + html.escape(tr("flagged")))
    return (f'<b>{words["tile"]} [% "row" %], [% "col" %]</b> [% if("flagged", {flagged}, \'\') %]<br/>'
            f'{words["tags"]} <i>{tags}</i><br/>' + weak_tip(weak or {}) + low_coverage_tip() +
            f'<table><tr><th align="left">{words["flag"]}</th><th>{words["score"]}</th></tr>{flags}</table>'
            f'<b>{words["top"]}</b><br/>[% {top_probabilities_expression()} %]')


def _percent_text(template: str) -> str:
    """QGIS expression: ``template`` (translated, with {percent}) around the tile's coverage in whole percent,
    rounded down (49.8 % reads 49, under half) and at least 1 (a classified tile has valid pixels)."""
    before, _, after = template.partition("{percent}")
    return f"{string_literal(before)} || to_string(max(1, floor(\"coverage\" * 100))) || {string_literal(after)}"


def string_literal(text: str) -> str:
    """``text`` as a QGIS expression string literal."""
    return "'" + text.replace("'", "''") + "'"


def low_coverage_tip() -> str:
    """Map tip line of a low-coverage tile (see LOW_COVERAGE)."""
    text = _percent_text(tr("Only {percent} % of this tile has data (a scene's edge or nodata): its tags and flags "
                            "rest on that part."))
    return f"[% if({LOW_COVERAGE_TEST}, '<span style=\"color:#a05000\"><i>' || {text} || '</i></span><br/>', '') %]"


def weak_tip(weak: dict[str, str]) -> str:
    """Map tip lines naming the tile's tags left out of its labels and Tags line, with the reason (nothing on a
    tile without such a tag)."""
    if not weak:
        return ""
    lines = " || ".join(f"if(coalesce(\"{tag}\", 0), {string_literal(f'{tag_title(tag)}: {why}<br/>')}, '')"
                        for tag, why in sorted(weak.items()))
    head = string_literal('<span style="color:#777"><i>' + tr("Tags weak for this model (not listed above nor on the map):")
                    + "</i><br/>")
    return f"[% if(length({lines}) > 0, {head} || {lines} || '</span>', '') %]"


# -- renderer -----------------------------------------------------------------------------------
def fill_symbol(colour: tuple[int, int, int], alpha: int = 90, width: float = 0.9,
                style: str = "solid", outline_only: bool = False, line: str = "solid") -> QgsFillSymbol:
    return QgsFillSymbol.createSimple({
        "color": rgb_text(colour, alpha), "style": "no" if outline_only else style,
        "outline_color": rgb_text(colour, 255), "outline_style": line,
        "outline_width": str(width), "outline_width_unit": "MM", "joinstyle": "miter"})


def other_tiles_symbol() -> QgsFillSymbol:
    return QgsFillSymbol.createSimple({"style": "no", "outline_color": "240,240,240,180",
                                       "outline_width": "0.2", "outline_width_unit": "MM"})


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
    from osgeo import gdal, ogr

    if layer.providerType() != "ogr":
        return {}
    gdal.PushErrorHandler("CPLQuietErrorHandler")
    try:
        ds = ogr.Open(layer.source().split("|")[0])
        table = ds.GetLayerByName(LAYER) if ds is not None else None
        return parse_concepts_item(table.GetMetadataItem(META_CONCEPTS) if table is not None else None)
    except RuntimeError:
        return {}
    finally:
        gdal.PopErrorHandler()
        ds = None


def flag_renderer(concepts: dict[str, str] | None = None, shade: tuple[str, float] | None = None,
                  outline_only: bool = False, marks: dict[str, list[int]] | None = None) -> QgsRuleBasedRenderer:
    """Rules: several flags; each group; each concept not already shown by a group flag; other tiles
    (shaded by P(tag) when ``shade`` = (tag, minimum) is given). The rules never overlap.
    ``outline_only``: the review look (no fill over the imagery being judged). ``marks``: {"yes": fids,
    "no": fids} the analyst marked or answered, outlined on top (a fact, not a prediction)."""
    root = QgsRuleBasedRenderer.Rule(None)
    count = " + ".join(f'if("flag_{f}", 1, 0)' for f in FLAG_GROUPS)
    flag_rules = [f"({count}) >= 2"] + [f'"flag_{flag}" AND ({count}) = 1' for flag in FLAG_GROUPS]
    root.appendChild(QgsRuleBasedRenderer.Rule(fill_symbol(SEVERAL_COLOUR, 110, 1.3, outline_only=outline_only),
                                               0, 0, flag_rules[0], tr(SEVERAL_TITLE)))
    for flag, rule in zip(FLAG_GROUPS, flag_rules[1:]):
        root.appendChild(QgsRuleBasedRenderer.Rule(fill_symbol(FLAG_COLOURS[flag], outline_only=outline_only), 0, 0,
                                                   rule, group_title(flag)))
    for name, group in (concepts or {}).items():
        colour = FLAG_COLOURS.get(group, FLAG_COLOURS["other"])
        flag_rules.append(f'"flag_{name}" AND NOT coalesce("flagged", 0)')
        root.appendChild(QgsRuleBasedRenderer.Rule(
            fill_symbol(colour, 70, 0.9, "b_diagonal", outline_only), 0, 0, flag_rules[-1], concept_title(name, group)))
    if shade is None:
        root.appendChild(QgsRuleBasedRenderer.Rule(other_tiles_symbol(), 0, 0, "ELSE", tr(OTHER_TILES)))
    else:
        tag, low = shade
        field = quote_field("p_" + tag)
        bounds = [low] + [b for b in SHADE_STEPS if b > low] + [1.0001]
        # the tiles no rule above takes, spelt out: QGIS 3.22's legend counts no tile under an ELSE rule that
        # has classes of its own (Other tiles and every shade read 0 over a shaded map); a NULL flag is no flag
        unflagged = "if(" + " OR ".join(f"({r})" for r in flag_rules) + ", 0, 1) = 1"
        # the tag once, on Other tiles; its classes say their range only: 'P(Agriculture) 0.30–0.50 [3131]' (each
        # class naming the tag) lost its range to a Layers panel of QGIS's usual width
        other = QgsRuleBasedRenderer.Rule(other_tiles_symbol(), 0, 0, unflagged, tr("{other}: P({tag})").format(
            other=tr(OTHER_TILES), tag=tag_title(tag)))
        for i, (a, b) in enumerate(zip(bounds, bounds[1:])):
            alpha = 40 + int(120 * (i + 1) / (len(bounds) - 1))
            other.appendChild(QgsRuleBasedRenderer.Rule(
                fill_symbol(SHADE_COLOUR, alpha, 0.3), 0, 0, f"{field} >= {a!r} AND {field} < {b!r}",
                f"{a:.2f}–{min(b, 1.0):.2f}"))
        root.appendChild(other)
    # 'yes' / 'no' as the panel's marks list says them (and the change layer's 'Answered: confirmed'): 'Marked: shows
    # the concept [234]' was cut in a Layers panel of QGIS's usual width
    titles = {"yes": tr("Marked: yes"), "no": tr("Marked: no")}
    for answer, fids in (marks or {}).items():
        if fids:
            root.appendChild(QgsRuleBasedRenderer.Rule(
                answer_symbol(answer), 0, 0, f"$id IN ({', '.join(str(int(f)) for f in sorted(fids))})",
                titles[answer]))
    return QgsRuleBasedRenderer(root)


def concept_title(name: str, group: str) -> str:
    """A concept's legend class: its name, and the built-in flag it raises ('Concept: mine (Mining)'); a concept of
    the group *Other concept* raises none, so only its name ('Concept: clearing (Other concept) [234]' was cut in a
    Layers panel of QGIS's usual width)."""
    if group not in FLAG_GROUPS:
        return tr("Concept: {name}").format(name=name)
    return tr("Concept: {name} ({group})").format(name=name, group=group_title(group))


def answer_symbol(answer: str) -> QgsFillSymbol:
    """The outline of a tile the analyst answered, drawn on top of the predicted colours (a fact, not a
    prediction): ``yes`` (a marked tile that shows the concept, a confirmed alert) solid, ``no`` (does not show it,
    a rejected alert) light dashes over a dark halo, the same on the tile and the change layers."""
    symbol = fill_symbol(MARK_COLOURS[answer], 0, 1.4 if answer == "yes" else 1.0, outline_only=True,
                         line="solid" if answer == "yes" else "dash")
    if answer == "no":   # light dashes alone vanish on the legend's white and on sand or cloud
        halo = fill_symbol(MARK_HALO, 170, 1.6, outline_only=True)   # held: its layer dies with it
        symbol.insertSymbolLayer(0, halo.symbolLayer(0).clone())
    return symbol


def restyle_added(layer) -> bool:
    """A layer just added to the project (Add Layer, drag and drop, a project opened): a change layer that still
    carries the shipped English style is styled again in the analyst's language (apply_change_style); a tile
    layer that comes with no style of its own (the command line's and batch's GeoPackages store none: QGIS gives
    it one plain symbol) gets the tile style, flags in colour, as 'Classify raster' gives its result. A layer the
    analyst styled is left as it is. True if it was restyled."""
    from .alerts_panel import change_gpkg
    from .change_layer_style import apply_change_style, has_shipped_change_style

    if not isinstance(layer, QgsVectorLayer):
        return False
    if change_gpkg(layer) is not None:
        if not has_shipped_change_style(layer):
            return False
        styled = apply_change_style(layer)
    elif is_tiles_layer(layer) and not layer.customProperty(STYLED_PROPERTY) and layer.renderer() is not None \
            and layer.renderer().type() == "singleSymbol":
        styled = apply_style(layer, *bundle_look(None))
        if styled:   # its legend node comes once every slot of layersAdded has run (legendLayersAdded): then
            from qgis.PyQt.QtCore import QTimer
            QTimer.singleShot(0, lambda layer_id=layer.id(): count_in_legend(layer_id))
    else:
        return False
    if styled:
        layer.triggerRepaint()
    return styled


def set_renderer(layer: QgsVectorLayer, renderer: QgsRuleBasedRenderer) -> None:
    """Use ``renderer`` and have the legend count its classes again. (QGIS 3.22 may keep N/A when a count
    started for the previous renderer finishes as this one's. Recounting from the count's signal crashed QGIS, both
    through a timer holding the layer and through a queued call to a child QObject of the layer (the extra count's
    thread and a later startEditing corrupted the heap, 1 run in 5), and so did waiting for a running count and
    cancelling a queued one before the restyle (a segfault as a test's layer was removed, 3 runs in 3), so a stale
    count stays until the next restyle.)"""
    layer.setRenderer(renderer)
    layer.countSymbolFeatures()


def marked_fids(layer: QgsVectorLayer) -> dict[str, list[int]]:
    """{"yes": fids, "no": fids} of the concept the teach loop is on (layer custom properties)."""
    name = str(layer.customProperty(TEACH_PROPERTY + "current", "") or "")
    if not name:
        return {}
    return {answer: [int(v) for v in str(layer.customProperty(f"{TEACH_PROPERTY}{name}/{key}", "") or "").split()]
            for answer, key in (("yes", "positive"), ("no", "negative"))}


def layer_renderer(layer: QgsVectorLayer, groups: dict[str, str] | None = None) -> QgsRuleBasedRenderer:
    """The renderer for the layer's present state: its concepts (``groups``, read if not given), tag
    filter, marks and review look."""
    return flag_renderer(concept_groups(layer) if groups is None else groups, shade_of(layer),
                         bool(layer.customProperty(REVIEW_LOOK_PROPERTY)), marked_fids(layer))


def set_review_look(layer: QgsVectorLayer, on: bool) -> None:
    """While reviewing: outlines only and no labels, so the imagery under judgement is not covered; the
    normal look (labels as they were) comes back after."""
    if bool(layer.customProperty(REVIEW_LOOK_PROPERTY)) == on:
        return
    if on:
        layer.setCustomProperty(REVIEW_LOOK_PROPERTY, "labels" if layer.labelsEnabled() else "nolabels")
        layer.setLabelsEnabled(False)
    else:
        labels = layer.customProperty(REVIEW_LOOK_PROPERTY) == "labels"
        layer.removeCustomProperty(REVIEW_LOOK_PROPERTY)
        layer.setLabelsEnabled(labels)
    set_renderer(layer, layer_renderer(layer))
    layer.triggerRepaint()


def weak_tags(manifest) -> dict[str, str]:
    """{tag: why} for the tags weak for the bundle's model (core.labels.weak_tags: below WEAK_TAG_SCORE or never
    measured), in the analyst's words."""
    measures = {"precision": tr("cross-validated precision"), "F2": tr("cross-validated F2")}
    return {tag: (tr("never in the training chips") if n == 0 else tr("not measured for this model")) if value is None
            else tr("{what} {value:.2f} ({n} training examples)").format(
                what=measures[measure], value=value, n=n if n is not None else "?")
            for tag, (measure, value, n) in core_weak_tags(manifest).items()}


def bundle_look(bundle: str | None) -> tuple[list, dict[str, str]]:
    """What a run's bundle (a folder, or None: the bundled model) says about its tile layer's look, read
    once: its concepts (their flag groups colour flag_<name>) and its weak tags (left out of the labels);
    nothing where the bundle cannot be read."""
    from .core.errors import PlanetClassifierError
    from .core.model.bundle import resolve_bundle

    try:
        manifest = resolve_bundle(bundle or None).manifest
    except PlanetClassifierError:
        return [], {}
    return list(manifest.concepts), weak_tags(manifest)


def kept_tags_expression(weak=()) -> str:
    """QGIS expression: the tile's tags as an array, leaving out ``weak`` ones (what its label and map tip list)."""
    keep = "@element <> ''" + (f" AND NOT array_contains(array({', '.join(string_literal(t) for t in sorted(weak))}), @element)"
                               if weak else "")
    return f"array_filter(string_to_array(coalesce(\"tags\", ''), ' '), {keep})"


def label_expression(weak=()) -> str:
    """The tile's tags one per line, leaving out ``weak`` ones; on a low-coverage tile, then the share of it that
    has data (also when no tag is left)."""
    share = _percent_text(tr("({percent} % data)"))
    return (f"array_to_string(array_cat({kept_tags_expression(weak)}, if({LOW_COVERAGE_TEST}, array({share}), array())), "
            "'\\n')")


def tile_labeling(weak=()) -> QgsVectorLayerSimpleLabeling:
    """Each tile's tags, one per line, drawn only when zoomed in (scale-dependent); ``weak`` tags left out."""
    from qgis.PyQt.QtGui import QColor, QFont
    settings = QgsPalLayerSettings()
    settings.isExpression = True
    settings.fieldName = label_expression(weak)
    settings.placement = QgsPalLayerSettings.OverPoint
    settings.minFeatureSize = LABEL_MIN_TILE_MM
    muted = settings.dataDefinedProperties()   # low-coverage tiles: grey italics (see LOW_COVERAGE)
    muted.setProperty(QgsPalLayerSettings.Color, QgsProperty.fromExpression(
        f"if({LOW_COVERAGE_TEST}, '{MUTED_LABEL}', '{LABEL_COLOUR}')"))
    muted.setProperty(QgsPalLayerSettings.Italic, QgsProperty.fromExpression(LOW_COVERAGE_TEST))
    settings.setDataDefinedProperties(muted)
    fmt = QgsTextFormat()
    fmt.setFont(QFont("DejaVu Sans"))
    fmt.setSize(8)
    fmt.setColor(QColor(LABEL_COLOUR))
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
    first = field_names(LABELS, concept_names(names), embedding=False)
    ordered = [n for n in first if n in names]
    return ordered + [n for n in names if n not in ordered and n != EMBEDDING_FIELD]


#: Attribute table: about this many pixels per character of a column title; the default width (about 100 px) cuts
#: longer titles ('Pontuação: Extração de madeira'), so their columns are made wide enough.
TITLE_CHAR_PX, DEFAULT_COLUMN_PX = 7.5, 100


def column_width(name: str, title: str) -> int:
    """Attribute table width of column ``name`` titled ``title``, in pixels (-1: QGIS's default)."""
    if name == "tags":
        return 260
    wanted = int(len(title) * TITLE_CHAR_PX) + 20
    return wanted if wanted > DEFAULT_COLUMN_PX else -1


def order_columns(layer: QgsVectorLayer) -> None:
    """Apply column_order to the layer's attribute table (columns wide enough for their titles) and hide the
    embedding column."""
    names = layer.fields().names()
    config = layer.attributeTableConfig()
    columns = []
    for name in column_order(names) + ([EMBEDDING_FIELD] if EMBEDDING_FIELD in names else []):
        column = QgsAttributeTableConfig.ColumnConfig()
        column.type = QgsAttributeTableConfig.Field
        column.name = name
        column.hidden = name == EMBEDDING_FIELD
        column.width = column_width(name, layer.attributeDisplayName(layer.fields().indexOf(name)))
        columns.append(column)
    config.setColumns(columns)
    layer.setAttributeTableConfig(config)


def refresh_concepts(layer: QgsVectorLayer) -> None:
    """Aliases, colours and column order for the concept fields the layer now has (after teaching)."""
    from qgis.core import QgsEditorWidgetSetup
    groups = concept_groups(layer)  # may open the GeoPackage: once per refresh
    for name in groups:
        for field, alias in ((f"p_{name}", f"P({name})"), (f"flag_{name}", flag_alias(name))):
            idx = layer.fields().indexOf(field)
            if idx >= 0:
                layer.setFieldAlias(idx, alias)
                layer.setEditorWidgetSetup(idx, QgsEditorWidgetSetup(*PROBABILITY_WIDGET) if field.startswith("p_")
                                           else QgsEditorWidgetSetup("CheckBox", {}))
    set_renderer(layer, layer_renderer(layer, groups))
    order_columns(layer)
    layer.triggerRepaint()


def apply_style(layer: QgsVectorLayer, concepts=(), weak: dict[str, str] | None = None) -> bool:
    """Load the bundled QML (renderer, aliases, map tip, form, labels, table); ``concepts``: the bundle's
    (core.model.concepts.Concept), whose groups colour their flag_<name>; ``weak``: tags left out of the labels
    (weak_tags of the bundle). Returns False if it failed."""
    import json
    path = style_path()
    if not path.is_file():
        return False
    for concept in concepts:
        if layer.customProperty(CONCEPT_GROUP_PROPERTY + concept.name, None) is None:
            layer.setCustomProperty(CONCEPT_GROUP_PROPERTY + concept.name, concept.group)
    _msg, ok = layer.loadNamedStyle(str(path))
    if ok:   # what has words again, in the analyst's language: the QML's are English (and leave no tag out)
        layer.setCustomProperty(STYLED_PROPERTY, True)
        if weak:
            layer.setCustomProperty(WEAK_TAGS_PROPERTY, json.dumps(weak, sort_keys=True))
        layer.setLabeling(tile_labeling(weak or ()))
        layer.setLabelsEnabled(True)
        layer.setMapTipTemplate(map_tip_html(weak))
        for name, alias in field_aliases().items():
            if layer.fields().indexOf(name) >= 0:
                layer.setFieldAlias(layer.fields().indexOf(name), alias)
        tile_form(layer)
        layer.setDisplayExpression(display_expression())
        refresh_concepts(layer)   # the renderer and the concepts' columns
    return bool(ok)


# -- the result layer in the project (main thread only) ----------------------------------------
def result_uri(gpkg: str, layer: str = LAYER) -> str:
    return f"{gpkg}|layername={layer}"


def open_result(gpkg: str, name: str, layer: str = LAYER, concepts=(), weak=None) -> QgsVectorLayer:
    """The styled tile layer; ``concepts``: those of the bundle that classified it (their flag groups)."""
    vl = QgsVectorLayer(result_uri(str(gpkg), layer), name, "ogr")
    if vl.isValid():
        apply_style(vl, concepts, weak)
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
    count_in_legend(layer.id(), project)


def count_in_legend(layer_id: str, project: QgsProject | None = None) -> None:
    """The layer's legend counts the features of each class, as the plugin's tile layers' legends do."""
    node = (project or QgsProject.instance()).layerTreeRoot().findLayer(layer_id)
    if node is not None:
        node.setCustomProperty("showFeatureCount", True)


def add_result_layer(gpkg: str, name: str, above_layer_id: str | None = None,
                     project: QgsProject | None = None, layer: str = LAYER, concepts=(),
                     weak=None, title: str = "") -> QgsVectorLayer | None:
    """The styled tile layer added above the layer ``above_layer_id``; ``title``: its full name (result_layer_names),
    which the Layers panel's tooltip shows."""
    vl = open_result(gpkg, name, layer, concepts, weak)
    if not vl.isValid():
        return None
    vl.setTitle(title)
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


def set_subset(layer: QgsVectorLayer, expression: str, renderer: QgsRuleBasedRenderer | None = None) -> bool:
    """Filter the layer by ``expression`` and restyle it (with ``renderer``, else the same style again):
    QGIS keeps the legend's counts of the previous filter until the renderer is set anew."""
    ok = layer.setSubsetString(expression)
    if renderer is None and isinstance(layer.renderer(), QgsRuleBasedRenderer):
        renderer = layer.renderer().clone()
    if renderer is not None:
        set_renderer(layer, renderer)
    layer.triggerRepaint()
    return bool(ok)


def set_flagged_only(layer: QgsVectorLayer, on: bool = True) -> bool:
    """Show only flagged tiles (or all again). Reversible; the layer stays savable in a project."""
    clear_filter(layer)
    return set_subset(layer, FLAGGED_FILTER if on else "")


def flagged_count(layer: QgsVectorLayer) -> int:
    """Tiles of the layer's file that are flagged (whatever filter is on)."""
    from qgis.core import QgsFeatureRequest
    clone = QgsVectorLayer(layer.source().split("|subset=")[0], "count", layer.providerType())
    request = QgsFeatureRequest().setFilterExpression(FLAGGED_FILTER).setNoAttributes()
    request.setFlags(QgsFeatureRequest.NoGeometry)
    return sum(1 for _ in clone.getFeatures(request))


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
    return set_subset(layer, expression, layer_renderer(layer))


def clear_filter(layer: QgsVectorLayer) -> bool:
    if layer.customProperty(SHADE_PROPERTY, None) is not None:
        layer.removeCustomProperty(SHADE_PROPERTY)
        return set_subset(layer, "", layer_renderer(layer))
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


def editing_layer(path):
    """A layer of the project in edit mode that reads the GeoPackage ``path`` (the layer itself, or the same file
    added twice), else None: what the plugin writes into the file now, saving that layer's edits would write over
    (and its edit buffer would not show)."""
    from qgis.core import QgsProject

    from .core.publish import same_file

    for layer in QgsProject.instance().mapLayers().values():
        if isinstance(layer, QgsVectorLayer) and layer.isEditable() and layer.providerType() == "ogr" \
                and same_file(layer.source().split("|", 1)[0], path):
            return layer
    return None


def edit_mode_refusal(path, layer=None) -> str | None:
    """The one line refusing to write into the GeoPackage ``path`` while ``layer`` (its layer being written, where
    given) or another layer of the project reading the file is in edit mode (editing_layer); None where none is."""
    editing = layer if layer is not None and layer.isEditable() else editing_layer(path)
    if editing is None:
        return None
    return tr("{layer} is in edit mode: save or discard the edits first").format(layer=editing.name())


def is_tiles_layer(layer) -> bool:
    """A vector layer produced by this plugin (it has the flag fields)."""
    if not isinstance(layer, QgsVectorLayer):
        return False
    names = set(layer.fields().names())
    return {"flagged", "tags"} <= names and all(f"p_{t}" in names for t in LABELS)
