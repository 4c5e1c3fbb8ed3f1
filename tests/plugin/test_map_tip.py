"""The tile map tip lists the tags the tile's label lists: weak tags (the bundle's own metrics call them poor) are
left out of both and named apart right under the Tags line, with why."""
from __future__ import annotations

import re
from collections import Counter


def evaluate(layer, feature, template: str):
    from qgis.core import QgsExpression, QgsExpressionContext, QgsExpressionContextUtils
    context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
    context.setFeature(feature)
    return QgsExpression.replaceExpressionText(template, context), context


def tags_line(tip: str) -> list[str]:
    return re.search(r"Tags: <i>(.*?)</i>", tip).group(1).split()


def test_map_tip_lists_the_labels_tags_and_the_weak_ones_apart(scene, tmp_path):
    from qgis.core import QgsExpression

    from planet_qgis_plugin.core.pipeline.classify import ClassifyOptions, classify
    from planet_qgis_plugin.style import map_tip_html, open_result, tag_title

    out = tmp_path / "tiles.gpkg"
    classify(str(scene), str(out), None, ClassifyOptions(embeddings=False))
    plain = open_result(str(out), "tiles", weak={})
    counts = Counter(tag for f in plain.getFeatures() for tag in (f["tags"] or "").split())
    partial = [tag for tag, n in counts.most_common() if n < plain.featureCount()]
    assert partial, "the scene should have a tag some tiles lack"
    common = partial[0]                            # weak: on some tiles, not on others
    why = "cross-validated F2 0.10 (3 training examples)"
    layer = open_result(str(out), "tiles", weak={common: why, "artisinal_mine": "never in the training chips"})
    label = QgsExpression(layer.labeling().settings().fieldName)
    with_weak = 0
    for feature in layer.getFeatures():
        tip, context = evaluate(layer, feature, layer.mapTipTemplate())
        tags = feature["tags"].split()
        labelled = [line for line in str(label.evaluate(context) or "").split("\n")
                    if line and not line.endswith(" % data)")]     # a low-coverage tile's share with data
        assert labelled == [t for t in tags if t not in (common, "artisinal_mine")]
        assert tags_line(tip) == (labelled or ["–"])                # the tip lists what the label lists
        assert ("Tags weak for this model" in tip) == (common in tags)
        if common in tags:
            with_weak += 1
            assert f"{tag_title(common)}: {why}" in tip and "never in the training chips" not in tip
            assert tip.index("Tags: ") < tip.index("Tags weak") < tip.index("<table>")  # under the Tags line
    assert with_weak == counts[common]
    for feature in plain.getFeatures():                              # no weak tags: every tag, as the QML has it
        tip, _ = evaluate(plain, feature, map_tip_html())
        assert tags_line(tip) == feature["tags"].split() and "weak" not in tip
