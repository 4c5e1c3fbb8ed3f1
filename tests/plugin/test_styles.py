"""The shipped layer styles draw what their legends say."""
from __future__ import annotations

import pytest


def _feature_context(values: dict):
    """(an expression context on a change-layer feature with ``values``, the feature)."""
    from qgis.core import QgsExpressionContext, QgsFeature, QgsField, QgsFields
    from qgis.PyQt.QtCore import QVariant

    fields = QgsFields()
    for name, value in values.items():
        fields.append(QgsField(name, QVariant.Int if isinstance(value, int) else QVariant.String))
    feature = QgsFeature(fields)
    for name, value in values.items():
        feature[name] = value
    context = QgsExpressionContext()
    context.setFeature(feature)
    return context, feature


def _legend_of(renderer, values: dict):
    """The legend titles (parent, child) a change-layer feature with ``values`` is drawn under."""
    from qgis.core import QgsExpression

    context, _ = _feature_context(values)

    def matching(rule):
        kids = rule.children()
        hits = [k for k in kids if not k.isElse() and QgsExpression(k.filterExpression()).evaluate(context)]
        return hits or [k for k in kids if k.isElse()]
    out = []
    for parent in matching(renderer.rootRule()):
        out += [(parent.label(), kid.label()) for kid in matching(parent)] or [(parent.label(), None)]
    return out


@pytest.mark.parametrize("new_flag, title", [
    ("mining", "Mining"), ("logging", "Logging"), ("slash_burn", "Slash-and-burn"),
    ("mining mine", "Mining"),                                     # the mining flag and the concept that raised it
    ("mining logging", "Several signals"), ("mining slash_burn mine", "Several signals"),
    ("mine", "Taught concept")])                                  # a concept of group other
def test_change_style_draws_each_alert_under_one_legend_title(qgis_app, new_flag, title):
    from planet_qgis_plugin.change_layer_style import change_renderer

    renderer = change_renderer()
    assert _legend_of(renderer, {"alert": 1, "confidence": "high", "new_flag": new_flag}) == [
        ("New flag, high confidence", title)]
    assert _legend_of(renderer, {"alert": 0, "confidence": "", "new_flag": ""}) == [("No new flag", None)]


@pytest.mark.parametrize("review, answered", [("confirmed", "Answered: confirmed"), ("rejected", "Answered: rejected"),
                                               ("", None)])
def test_change_style_outlines_the_alerts_answered(qgis_app, review, answered):
    """Judged alerts looked like open ones on the map (an analyst back from a break could not see which were done):
    each answer is outlined on top of its confidence's colours, as the teach loop outlines its marks."""
    from planet_qgis_plugin.change_layer_style import change_renderer

    drawn = _legend_of(change_renderer(), {"alert": 1, "confidence": "high", "new_flag": "mining", "review": review})
    assert drawn[0] == ("New flag, high confidence", "Mining")
    assert drawn[1:] == ([(answered, None)] if answered else [])
    # a tile without an alert is never drawn as answered, whatever its field holds
    assert _legend_of(change_renderer(), {"alert": 0, "confidence": "", "new_flag": "", "review": review}) == [
        ("No new flag", None)]


def test_change_map_tip_says_the_answer_and_the_reason_as_typed(qgis_app):
    from qgis.core import QgsExpression

    from planet_qgis_plugin.change_layer_style import change_map_tip

    context, feature = _feature_context({
        "alert": 1, "confidence": "high", "new_flag": "mining", "date_before": "2023-01-05", "date_after": "2023-03-05",
        "tags_gained": "bare_ground", "tags_lost": "primary", "review": "rejected", "reject_reason": "<1 ha & cloud"})
    tip = QgsExpression.replaceExpressionText(change_map_tip(), context)
    assert tip.endswith("<br/>Answered: rejected: &lt;1 ha &amp; cloud"), tip
    # every field is text, whatever a layer edited by hand holds
    for name in ("date_before", "tags_gained", "new_flag"):
        feature[name] = "<img src=x>"
    context.setFeature(feature)
    tip = QgsExpression.replaceExpressionText(change_map_tip(), context)
    assert "<img" not in tip and tip.count("&lt;img") == 3, tip
    feature["review"], feature["reject_reason"] = "", ""
    context.setFeature(feature)
    assert "Answered" not in QgsExpression.replaceExpressionText(change_map_tip(), context)


@pytest.mark.parametrize("answer", ["Marked: yes", "Marked: no"])
def test_each_marked_class_can_be_told_in_the_legend(qgis_app, answer):
    """The legend draws its icons on white: the light grey dashes of 'Marked: no' were invisible there
    (each class must show a stroke darker than the legend's white)."""
    from qgis.PyQt.QtCore import QSize, Qt
    from qgis.PyQt.QtGui import QColor, QImage, QPainter

    from planet_qgis_plugin.style import flag_renderer
    renderer = flag_renderer({}, marks={"yes": [1], "no": [2]})
    rule = next(r for r in renderer.rootRule().children() if r.label() == answer)
    icon = rule.symbol().asImage(QSize(32, 32))
    legend = QImage(icon.size(), QImage.Format_ARGB32)
    legend.fill(Qt.white)
    painter = QPainter(legend)
    painter.drawImage(0, 0, icon)
    painter.end()
    darkest = min(QColor(legend.pixel(x, y)).lightness() for x in range(32) for y in range(32))
    assert darkest < 160, f"{answer}: its darkest pixel has lightness {darkest} on the legend's white"


@pytest.mark.parametrize("scene, short", [
    ("20170915_020728_103d_3B_AnalyticMS", "20170915_020728_103d"),
    ("20221221_084022_18_2414_3B_AnalyticMS_SR", "20221221_084022_18_2414"),
    ("1056417_2017-03-08_RE3_3A_Visual_clip", "1056417_2017-03-08_RE3"),
    ("culltivation2", "culltivation2"),
    ("S2A_MSIL2A_20230105T131500_N0509_R124_T23MKT", "S2A_MSIL2A_202301…4_T23MKT"),
    ("_3B_AnalyticMS", "_3B_AnalyticMS"),
    (None, "Planet"),
])
def test_a_tile_layer_is_named_short_and_titled_in_full(qgis_app, scene, short):
    """A Layers panel of QGIS's default width cut '20170915_020728_103d_3B_AnalyticMS tiles 15:03:11 [3131]' before
    'tiles': the tile layer read as its scene. Its name leaves a Planet product's part out and elides a long name in
    the middle; its title, which the panel's tooltip shows, is whole."""
    import re

    from planet_qgis_plugin.style import SCENE_IN_NAME, result_layer_names

    name, title = result_layer_names(scene)
    shown, when = re.fullmatch(r"(.*) tiles (\d\d:\d\d:\d\d)", name).groups()
    assert shown == short and len(shown) <= max(SCENE_IN_NAME, len("_3B_AnalyticMS"))
    assert title == f"{scene or 'Planet'} tiles {when}"


def test_a_concept_of_no_built_in_flag_is_titled_by_its_name_alone(qgis_app):
    """'Concept: clearing (Other concept) [234]' was cut in a Layers panel of QGIS's usual width: a concept that
    raises no built-in flag says its name only; one that does says which flag."""
    from planet_qgis_plugin.style import flag_renderer
    renderer = flag_renderer({"clearing": "other", "pits": "mining"})   # held: its rules die with it
    labels = [r.label() for r in renderer.rootRule().children()]
    assert "Concept: clearing" in labels and "Concept: pits (Mining)" in labels
