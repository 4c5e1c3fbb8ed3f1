"""The shipped layer styles draw what their legends say."""
from __future__ import annotations

import pytest


def _legend_of(renderer, values: dict):
    """The legend titles (parent, child) a change-layer feature with ``values`` is drawn under."""
    from qgis.core import QgsExpression, QgsExpressionContext, QgsFeature, QgsField, QgsFields
    from qgis.PyQt.QtCore import QVariant

    fields = QgsFields()
    for name, value in values.items():
        fields.append(QgsField(name, QVariant.Int if isinstance(value, int) else QVariant.String))
    feature = QgsFeature(fields)
    for name, value in values.items():
        feature[name] = value
    context = QgsExpressionContext()
    context.setFeature(feature)

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
    ("mining logging", "Several deforestation signals"), ("mining slash_burn mine", "Several deforestation signals"),
    ("mine", "Taught concept")])                                  # a concept of group other
def test_change_style_draws_each_alert_under_one_legend_title(qgis_app, new_flag, title):
    from planet_qgis_plugin.change_layer_style import change_renderer

    renderer = change_renderer()
    assert _legend_of(renderer, {"alert": 1, "confidence": "high", "new_flag": new_flag}) == [
        ("New flag, high confidence", title)]
    assert _legend_of(renderer, {"alert": 0, "confidence": "", "new_flag": ""}) == [("No new flag", None)]
