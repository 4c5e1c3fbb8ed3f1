"""The Processing algorithm on a real Planet scene; filters; saving in a project and reopening."""
from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pytest
from qgis.core import (
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProject,
    QgsRasterLayer,
    QgsRuleBasedRenderer,
    QgsVectorLayer,
)

from planet_qgis_plugin.core.labels import LABELS
from planet_qgis_plugin.core.layer.schema import field_names

ALG = "planet_classifier:classify_raster"


def expected_tiles(path, size=256) -> int:
    """Tiles with at least one valid pixel (nodata = 0 on every band), counted with GDAL."""
    from osgeo import gdal
    ds = gdal.Open(str(path))
    data = ds.ReadAsArray()
    nodata = [ds.GetRasterBand(i + 1).GetNoDataValue() for i in range(ds.RasterCount)]
    valid = np.zeros(data.shape[1:], bool)
    for band, nd in zip(data, nodata):
        valid |= band != nd if nd is not None else True
    gt = ds.GetGeoTransform()   # tiles start on the CRS-anchored grid: multiples of the tile from the origin
    col0, row0 = -(round(gt[0] / gt[1]) % size), -(round(gt[3] / gt[5]) % size)
    count = 0
    for r in range(row0, ds.RasterYSize, size):
        for c in range(col0, ds.RasterXSize, size):
            count += bool(valid[max(r, 0):r + size, max(c, 0):c + size].any())
    return count


@pytest.fixture(scope="module")
def classified(tmp_path_factory, bundle_path, borneo, qgis_app, qgis_processing):
    """Run the algorithm once for the module (keeps the suite light on 2 cores)."""
    import processing
    from qgis.core import QgsApplication

    import planet_qgis_plugin
    from planet_qgis_plugin.processing.provider import PlanetClassifierProvider

    provider = None
    if QgsApplication.processingRegistry().algorithmById(ALG) is None:
        provider = PlanetClassifierProvider()
        QgsApplication.processingRegistry().addProvider(provider)
    out = tmp_path_factory.mktemp("alg") / "borneo_tiles.gpkg"
    raster = QgsRasterLayer(str(borneo), "borneo")
    result = processing.run(ALG, {"INPUT": raster, "BUNDLE": bundle_path, "BATCH_SIZE": 2, "OUTPUT": str(out)},
                            feedback=QgsProcessingFeedback())
    del raster
    if provider is not None:
        QgsApplication.processingRegistry().removeProvider(provider)
    assert planet_qgis_plugin  # imported for classFactory side effects (deps path)
    return out, result


def test_algorithm_output_on_real_scene(classified, borneo, bundle_path):
    out, result = classified
    assert result["OUTPUT"] == str(out) and out.is_file()
    layer = QgsVectorLayer(f"{out}|layername=tiles", "tiles", "ogr")
    assert layer.isValid()
    n = expected_tiles(borneo)
    assert n == 5  # the wedge leaves 4 of the 9 tiles (CRS-anchored grid) without any valid pixel
    assert layer.featureCount() == n == result["TILES"]
    assert result["SKIPPED"] == 9 - n
    names = [f for f in layer.fields().names() if f != "fid"]
    from planet_qgis_plugin.core.model.bundle import load_bundle
    concepts = [c.name for c in load_bundle(bundle_path).manifest.concepts]
    assert names == field_names(LABELS, concepts)
    # one layer and no stored-style table, so QGIS opens the file without a sub-layer chooser
    from osgeo import ogr
    ds = ogr.Open(str(out))
    assert [ds.GetLayer(i).GetName() for i in range(ds.GetLayerCount())] == ["tiles"]
    ds = None
    from planet_qgis_plugin.style import apply_style
    assert apply_style(layer)
    renderer = layer.renderer()
    assert isinstance(renderer, QgsRuleBasedRenderer)
    labels = [r.label() for r in renderer.rootRule().children()]
    assert labels[:4] == ["Several signals", "Mining", "Logging", "Slash-and-burn"]
    assert labels[-1] == "Other tiles"
    assert [label.split(" (")[0] for label in labels[4:-1]] == [f"Concept: {c}" for c in concepts]
    assert layer.attributeAlias(layer.fields().indexOf("p_slash_burn")) == "P(Slash burn)"
    assert "format_number" in layer.mapTipTemplate()
    assert layer.labelsEnabled() and layer.labeling().settings().minFeatureSize > 0   # only when zoomed in
    columns = [c.name for c in layer.attributeTableConfig().columns() if not c.hidden]
    assert columns[:2] == ["tags", "flagged"] and "embedding" not in columns
    tabs = [t.name() for t in layer.editFormConfig().tabs()]
    assert tabs == ["Tile", "Tags and probabilities"]
    tag_tab = layer.editFormConfig().tabs()[1]
    assert len(tag_tab.children()) == 2 * len(LABELS)
    flagged = sum(bool(f["flagged"]) for f in layer.getFeatures())
    assert flagged == result["FLAGGED"]
    for feature in layer.getFeatures():
        assert feature["tags"].split() == [t for t in LABELS if feature[t]]
        assert all(0.0 <= feature[f"p_{t}"] <= 1.0 for t in LABELS)


def _editable_copy(out, tmp_path):
    copy = tmp_path / "copy.gpkg"
    shutil.copy(out, copy)
    from osgeo import ogr
    ds = ogr.Open(str(copy), 1)
    lyr = ds.GetLayerByName("tiles")
    for i, feature in enumerate(lyr):   # make the flag pattern mixed whatever the model predicted
        feature.SetField("flagged", i % 2)
        lyr.SetFeature(feature)
    ds = None
    return copy


def test_flagged_filter_returns_exactly_flagged(classified, tmp_path):
    from planet_qgis_plugin.style import is_tiles_layer, set_flagged_only
    copy = _editable_copy(classified[0], tmp_path)
    layer = QgsVectorLayer(f"{copy}|layername=tiles", "tiles", "ogr")
    assert is_tiles_layer(layer)
    all_ids = {f.id() for f in layer.getFeatures()}
    flagged_ids = {f.id() for f in layer.getFeatures() if f["flagged"]}
    assert flagged_ids and flagged_ids != all_ids
    assert set_flagged_only(layer, True)
    assert {f.id() for f in layer.getFeatures()} == flagged_ids
    assert layer.featureCount() == len(flagged_ids)
    assert set_flagged_only(layer, False)
    assert {f.id() for f in layer.getFeatures()} == all_ids


def test_tag_filter_and_probability(classified):
    from planet_qgis_plugin.style import clear_filter, filter_by_tag
    layer = QgsVectorLayer(f"{classified[0]}|layername=tiles", "tiles", "ogr")
    feats = list(layer.getFeatures())
    tag = "primary"
    cut = float(np.median([f[f"p_{tag}"] for f in feats]))
    assert filter_by_tag(layer, tag, cut)
    assert {f.id() for f in layer.getFeatures()} == {f.id() for f in feats if f[f"p_{tag}"] >= cut}
    # what the filter selects is shaded by P(tag), from the chosen minimum up
    from tests.plugin.test_teach_panel import shade_rules
    shades = shade_rules(layer)
    assert shades and shades[0][0].startswith(f"{cut:.2f}–")
    assert "Other tiles: P(Primary)" in [r.label() for r in layer.renderer().rootRule().children()]   # tag said once
    assert filter_by_tag(layer, tag)
    assert {f.id() for f in layer.getFeatures()} == {f.id() for f in feats if f[tag]}
    assert clear_filter(layer) and layer.featureCount() == len(feats)
    assert not shade_rules(layer)


def test_filtered_layer_survives_project_save_and_reopen(classified, tmp_path):
    from planet_qgis_plugin.style import FLAGGED_FILTER, apply_style, set_flagged_only
    copy = _editable_copy(classified[0], tmp_path)
    project = QgsProject()
    layer = QgsVectorLayer(f"{copy}|layername=tiles", "Borneo tiles", "ogr")
    apply_style(layer)
    set_flagged_only(layer, True)
    shown = layer.featureCount()
    project.addMapLayer(layer)
    path = tmp_path / "project.qgz"
    assert project.write(str(path))
    reopened = QgsProject()
    assert reopened.read(str(path))
    layers = reopened.mapLayersByName("Borneo tiles")
    assert len(layers) == 1 and layers[0].isValid()
    assert layers[0].subsetString() == FLAGGED_FILTER and layers[0].featureCount() == shown
    assert isinstance(layers[0].renderer(), QgsRuleBasedRenderer)
    reopened.clear()
    project.clear()


def test_algorithm_bad_raster_raises_processing_error(tmp_path, plugin):
    import processing
    bad = tmp_path / "bad.tif"
    bad.write_bytes(b"not a tiff at all")
    with pytest.raises(QgsProcessingException):
        processing.run(ALG, {"INPUT": str(bad), "OUTPUT": str(tmp_path / "o.gpkg")}, feedback=QgsProcessingFeedback())
    assert not (tmp_path / "o.gpkg").exists()


class _Warnings(QgsProcessingFeedback):
    def __init__(self):
        super().__init__()
        self.warnings = []

    def pushWarning(self, warning):  # noqa: N802
        self.warnings.append(warning)


def test_a_raster_without_georeference_given_by_path_gets_the_runs_note_not_gdals_error(plugin, use_bundle, tmp_path):
    """qgis_process (or processing.run) given a plain JPG or PNG by path: QGIS loads it while it checks the
    parameters, its GDAL provider asks it for a pixel-to-map transformation and GDAL printed "ERROR 1: Unable to
    compute a transformation ..." on stderr, beside the run's own note ("has no CRS: tiles are written in pixel
    coordinates"). GDAL's other messages there still reach the handler that was in place (here, the test's)."""
    import processing
    from osgeo import gdal
    from PIL import Image

    image = tmp_path / "photo.png"
    Image.fromarray(np.full((300, 280, 3), 90, dtype=np.uint8)).save(image)
    heard = []

    def handler(kind, number, message):
        heard.append(message)

    from qgis.core import QgsApplication, QgsProcessingContext
    gdal.PushErrorHandler(handler)
    try:
        # qgis_process checks each parameter itself first (the layer is loaded there), then runs the algorithm
        parameter = QgsApplication.processingRegistry().algorithmById(ALG).parameterDefinition("INPUT")
        assert parameter.checkValueIsAcceptable(str(image), QgsProcessingContext())
        feedback = _Warnings()
        processing.run(ALG, {"INPUT": str(image), "OUTPUT": str(tmp_path / "o.gpkg")}, feedback=feedback)
        gdal.Error(gdal.CE_Warning, 1, "a message of its own")  # the handler hears what GDAL says after the run
    finally:
        gdal.PopErrorHandler()
    assert heard == ["a message of its own"], heard
    assert [w for w in feedback.warnings if w.startswith("photo.png has no CRS: tiles are written in pixel")]


def test_only_gdals_no_georeference_message_is_held_back():
    from osgeo import gdal

    from planet_qgis_plugin.processing.base import NO_GEOREFERENCE, without_gdal_message
    heard = []

    def handler(kind, number, message):
        heard.append((kind, number, message))

    raising = gdal.GetUseExceptions()
    gdal.DontUseExceptions()  # gdal.Error below reaches the handlers (with exceptions on, it raises)
    gdal.PushErrorHandler(handler)
    try:
        with without_gdal_message(NO_GEOREFERENCE):
            gdal.Error(gdal.CE_Failure, 1, f"{NO_GEOREFERENCE} for photo.jpg. There is no affine transformation")
            gdal.Error(gdal.CE_Failure, 4, "photo.jpg: No such file or directory")
            gdal.Error(gdal.CE_Warning, 1, "TIFFReadDirectory: unknown field")
    finally:
        gdal.PopErrorHandler()
        if raising:
            gdal.UseExceptions()
    assert heard == [(gdal.CE_Failure, 4, "photo.jpg: No such file or directory"),
                     (gdal.CE_Warning, 1, "TIFFReadDirectory: unknown field")]


def test_without_a_backend_the_toolbox_sends_the_analyst_to_the_menu(plugin, tmp_path, monkeypatch):
    """In the QGIS window (an iface) the fix is the plugin's menu; qgis_process, which has none, is told the pip
    command (tests/plugin/test_qgis_process.py)."""
    import processing

    from planet_qgis_plugin.core.model import predict
    from tests.conftest import VISUAL_RGBA
    monkeypatch.setattr(predict, "available_backends", lambda: [])
    with pytest.raises(QgsProcessingException) as raised:
        processing.run(ALG, {"INPUT": str(VISUAL_RGBA), "OUTPUT": str(tmp_path / "o.gpkg")}, feedback=QgsProcessingFeedback())
    assert str(raised.value) == ("no inference backend in QGIS's Python: install onnxruntime with Raster > "
                                 "Planet classifier > Check / install dependencies")


def test_style_rules_are_exclusive(classified):
    """Every combination of flags is drawn by exactly one rule (combination rule when several)."""
    import itertools

    from qgis.core import QgsExpression, QgsExpressionContext, QgsExpressionContextUtils, QgsFeature

    from planet_qgis_plugin.style import apply_style
    layer = QgsVectorLayer(f"{classified[0]}|layername=tiles", "tiles", "ogr")
    assert apply_style(layer)
    rules = layer.renderer().rootRule().children()
    for combo in itertools.product([False, True], repeat=3):
        feature = QgsFeature(layer.fields())
        for name, value in zip(("flag_mining", "flag_logging", "flag_slash_burn"), combo):
            feature[name] = value
        context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
        context.setFeature(feature)
        matched = [r.label() for r in rules if not r.isElse() and QgsExpression(r.filterExpression()).evaluate(context)]
        expected = {0: [], 1: None, 2: ["Several signals"], 3: ["Several signals"]}[sum(combo)]
        if expected is None:
            assert len(matched) == 1 and matched[0] != "Several signals", (combo, matched)
        else:
            assert matched == expected, (combo, matched)


def test_run_and_load_results_styles_and_places_layer(plugin, qgis_iface, scene, bundle_path, tmp_path):
    """What the toolbox does: the output is loaded styled, named after the scene, above the raster."""
    import processing
    raster = QgsRasterLayer(str(scene), "borneo")
    QgsProject.instance().addMapLayer(raster)
    other = QgsVectorLayer("Point?crs=EPSG:4326", "on top", "memory")
    QgsProject.instance().addMapLayer(other)   # the raster is not the top layer
    try:
        processing.runAndLoadResults(ALG, {"INPUT": raster.id(), "BUNDLE": bundle_path, "BATCH_SIZE": 4,
                                           "OUTPUT": str(tmp_path / "loaded.gpkg")})
        loaded = [l for l in QgsProject.instance().mapLayers().values() if l.name().startswith("borneo tiles ")]
        assert len(loaded) == 1, [l.name() for l in QgsProject.instance().mapLayers().values()]
        assert loaded[0].title() == loaded[0].name()   # the Layers panel's tooltip, as the dialog's run titles it
        assert isinstance(loaded[0].renderer(), QgsRuleBasedRenderer)
        from planet_qgis_plugin.core.model.bundle import load_bundle
        from planet_qgis_plugin.style import map_tip_html, weak_tags
        weak = weak_tags(load_bundle(bundle_path).manifest)
        assert weak and loaded[0].mapTipTemplate() == map_tip_html(weak)     # the same look as the dialog's run
        order = [n.layerId() for n in QgsProject.instance().layerTreeRoot().findLayers()]
        assert order.index(loaded[0].id()) == order.index(raster.id()) - 1
    finally:
        QgsProject.instance().removeAllMapLayers()


def test_map_tip_lists_the_most_probable_tags_first(classified):
    from qgis.core import QgsExpression, QgsExpressionContext, QgsExpressionContextUtils

    from planet_qgis_plugin.style import apply_style, tag_title, top_probabilities_expression
    layer = QgsVectorLayer(f"{classified[0]}|layername=tiles", "tiles", "ogr")
    assert apply_style(layer)
    tip = layer.mapTipTemplate()
    assert tip.index('"tags"') < tip.index("flag_mining") < tip.index("Most probable")
    for feature in layer.getFeatures():
        context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
        context.setFeature(feature)
        lines = QgsExpression(top_probabilities_expression(5)).evaluate(context).split("<br/>")
        shown = [(line.rsplit(" ", 1)[0], float(line.rsplit(" ", 1)[1])) for line in lines]
        expected = sorted(((tag_title(t), round(feature[f"p_{t}"], 2)) for t in LABELS), key=lambda x: -x[1])[:5]
        assert [p for _, p in shown] == [p for _, p in expected]
        assert shown[0][0] in {name for name, p in expected if p == expected[0][1]}


def test_the_algorithm_applies_concept_files_as_classify_does(plugin, bundle_path, tmp_path):
    """CONCEPTS: concept files applied to the new layer before it is published (p_<name>, flag_<name> at
    p >= 0.5 or the taught threshold if higher), as classify --concept does; a file the bundle cannot apply
    is one QgsProcessingException line and no layer."""
    import json

    import processing

    from planet_qgis_plugin.core.model.bundle import load_bundle
    from planet_qgis_plugin.core.pipeline.classify import ClassifyOptions, classify
    from planet_qgis_plugin.core.teach.apply import applied_threshold
    from planet_qgis_plugin.core.teach.concept_file import read_concept_file
    from planet_qgis_plugin.core.teach.session import TeachOptions, TeachSession
    from tests.conftest import VISUAL_RGBA
    bundle = load_bundle(bundle_path)
    taught = tmp_path / "taught.gpkg"
    classify(VISUAL_RGBA, taught, bundle, ClassifyOptions(stride=64))
    session = TeachSession(taught, bundle, TeachOptions(name="pits", group="mining"))
    session.mark(["1", "2"])
    session.mark([str(fid) for fid in range(3, 11)], positive=False)  # answered: 10 labelled tiles, not rough
    assert not session.refit().rough
    path = session.save_concept(tmp_path / "pits.concept.json")
    out = tmp_path / "applied.gpkg"
    result = processing.run(ALG, {"INPUT": str(VISUAL_RGBA), "BUNDLE": bundle_path, "CONCEPTS": [str(path)],
                                  "OUTPUT": str(out)}, feedback=QgsProcessingFeedback())
    assert result["TILES"] > 0
    layer = QgsVectorLayer(f"{out}|layername=tiles", "tiles", "ogr")
    threshold = applied_threshold(read_concept_file(path).concept)
    rows = [(f["p_pits"], f["flag_pits"]) for f in layer.getFeatures()]
    del layer
    assert len(rows) == result["TILES"] and all(bool(flag) == (p >= threshold) for p, flag in rows)
    other = json.loads(path.read_text())
    other["concept"]["backbone_id"] = "sha256:another000000000"
    (tmp_path / "other.concept.json").write_text(json.dumps(other))
    with pytest.raises(QgsProcessingException, match="backbone"):
        processing.run(ALG, {"INPUT": str(VISUAL_RGBA), "BUNDLE": bundle_path,
                             "CONCEPTS": [str(tmp_path / "other.concept.json")], "OUTPUT": str(tmp_path / "no.gpkg")},
                       feedback=QgsProcessingFeedback())
    assert not (tmp_path / "no.gpkg").exists()


TEACH = "planet_classifier:teach_concept"
CHANGE = "planet_classifier:change_between_classifications"


@pytest.fixture
def rapideye_tiles(tmp_path):
    """The RapidEye sample scene classified into tmp_path/tiles.gpkg (9 tiles)."""
    from planet_qgis_plugin.core.pipeline.classify import classify
    from tests.conftest import RAPIDEYE

    out = tmp_path / "tiles.gpkg"
    classify(RAPIDEYE, out)
    return out


def test_a_temporary_copy_of_a_tile_layer_is_named_in_one_short_line(plugin, use_bundle, rapideye_tiles, show_layer,
                                                                     tmp_path):
    """A model or a user chains Classify raster -> Extract by expression (a temporary memory layer) -> Teach or
    Change: the copy has the tile fields but no GeoPackage to teach into or to read. Said in one short line that
    names the provider; the message held the memory layer's whole source (every field, 2,500 characters)."""
    import processing

    copy = processing.run("native:extractbyexpression", {"INPUT": str(rapideye_tiles), "EXPRESSION": '"row" >= 0',
                                                           "OUTPUT": "memory:"})["OUTPUT"]
    show_layer(copy)  # the project's, as in QGIS (a failed run on a layer of no project crashes QGIS at exit)
    assert copy.providerType() == "memory" and copy.featureCount() == 9
    kept = rapideye_tiles.read_bytes()
    for algorithm, parameters in ((TEACH, {"INPUT": copy, "NAME": "corner", "POSITIVE": '"row" = 0'}),
                                  (CHANGE, {"BEFORE": copy, "AFTER": str(rapideye_tiles),
                                            "OUTPUT": str(tmp_path / "change.gpkg")})):
        with pytest.raises(QgsProcessingException, match="'memory' provider") as info:
            processing.run(algorithm, parameters, feedback=QgsProcessingFeedback())
        message = str(info.value)
        assert len(message.splitlines()) == 1 and len(message) < 300 and "field=" not in message, message
    assert rapideye_tiles.read_bytes() == kept and not (tmp_path / "change.gpkg").exists()


def test_a_tile_layer_whose_geopackage_was_deleted_says_so(plugin, use_bundle, rapideye_tiles, show_layer, tmp_path):
    """A tile layer still in the project whose GeoPackage was deleted or moved: Teach and Change say that its file
    is no longer there; they said it 'is not a tile GeoPackage made by Classify raster', which it was."""
    import processing

    after = tmp_path / "after.gpkg"
    shutil.copyfile(rapideye_tiles, after)
    layer = show_layer(QgsVectorLayer(f"{rapideye_tiles}|layername=tiles", "my tiles", "ogr"))
    layer.selectByIds([1, 2])
    rapideye_tiles.unlink()
    for algorithm, parameters in ((TEACH, {"INPUT": layer, "NAME": "corner"}),
                                  (CHANGE, {"BEFORE": layer, "AFTER": str(after), "OUTPUT": str(tmp_path / "c.gpkg")})):
        with pytest.raises(QgsProcessingException, match="no longer there") as info:
            processing.run(algorithm, parameters, feedback=QgsProcessingFeedback())
        assert "'my tiles'" in str(info.value) and "not a tile GeoPackage" not in str(info.value)
        assert len(str(info.value).splitlines()) == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["after.gpkg"]


def test_an_output_open_in_the_project_is_not_replaced_under_its_layer(plugin, use_bundle, rapideye_tiles, tmp_path):
    """Two rows of a batch given one output, results loaded as they finish (or a run again onto the output of
    the last, still in the project): the second would replace the GeoPackage under the first row's layer,
    which then shows the old tiles and loses what is edited or reviewed in it (a change layer's reviews);
    refused in one line naming the layer, the first row's file intact. Once the layer is removed, the same
    output is written again."""
    import processing

    from tests.conftest import BORNEO, RAPIDEYE

    out, change = tmp_path / "row.gpkg", tmp_path / "change.gpkg"
    try:
        processing.runAndLoadResults(ALG, {"INPUT": str(RAPIDEYE), "OUTPUT": str(out)})
        processing.runAndLoadResults(CHANGE, {"BEFORE": str(rapideye_tiles), "AFTER": str(rapideye_tiles),
                                              "OUTPUT": str(change)})
        loaded = {layer.source().split("|")[0]: layer for layer in QgsProject.instance().mapLayers().values()}
        assert set(loaded) == {str(out), str(change)}
        first = out.read_bytes(), change.read_bytes()
        for algorithm, parameters in ((ALG, {"INPUT": str(BORNEO), "OUTPUT": str(out)}),
                                      (CHANGE, {"BEFORE": str(rapideye_tiles), "AFTER": str(rapideye_tiles),
                                                "OUTPUT": str(change)})):
            with pytest.raises(QgsProcessingException, match="is open in QGIS as layer '") as info:
                processing.runAndLoadResults(algorithm, parameters)
            assert len(str(info.value).splitlines()) == 1
        assert (out.read_bytes(), change.read_bytes()) == first
        assert len(QgsProject.instance().mapLayers()) == 2
        QgsProject.instance().removeMapLayer(loaded[str(out)])
        assert processing.run(ALG, {"INPUT": str(BORNEO), "OUTPUT": str(out)})["TILES"] == 5
    finally:
        QgsProject.instance().removeAllMapLayers()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["change.gpkg", "row.gpkg", "tiles.gpkg"]


def test_a_geopackage_holding_the_users_other_layers_is_not_replaced(plugin, use_bundle, rapideye_tiles, tmp_path):
    """OUTPUT naming the analyst's own GeoPackage (roads, rivers, villages: one file per project is common), as a
    model, a batch or qgis_process give it, where no file dialog asks: one line naming its layers, the file intact.
    It was replaced by the tile (or change) layer alone, the other layers lost. An earlier output of the plugin's
    (its tiles, its change layer with the style stored beside it) is still replaced."""
    import processing
    from osgeo import ogr

    from tests.conftest import RAPIDEYE

    project = tmp_path / "project.gpkg"
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(project))
    for name in ("roads", "rivers", "villages"):
        ds.CreateLayer(name, geom_type=ogr.wkbLineString)
    ds = None
    kept = project.read_bytes()
    for algorithm, parameters in ((ALG, {"INPUT": str(RAPIDEYE)}),
                                  (CHANGE, {"BEFORE": str(rapideye_tiles), "AFTER": str(rapideye_tiles)})):
        with pytest.raises(QgsProcessingException, match="holds rivers, roads, villages") as info:
            processing.run(algorithm, {**parameters, "OUTPUT": str(project)}, feedback=QgsProcessingFeedback())
        assert len(str(info.value).splitlines()) == 1
    assert project.read_bytes() == kept
    change = tmp_path / "change.gpkg"
    for algorithm, parameters in ((ALG, {"INPUT": str(RAPIDEYE), "OUTPUT": str(rapideye_tiles)}),
                                  (CHANGE, {"BEFORE": str(rapideye_tiles), "AFTER": str(rapideye_tiles),
                                            "OUTPUT": str(change)}),
                                  (CHANGE, {"BEFORE": str(rapideye_tiles), "AFTER": str(rapideye_tiles),
                                            "OUTPUT": str(change)})):
        if algorithm == ALG:  # a tile layer saved with its style in the GeoPackage (QGIS's Save as default)
            QgsVectorLayer(f"{rapideye_tiles}|layername=tiles", "t", "ogr").saveStyleToDatabase("s", "", True, "")
        processing.run(algorithm, parameters, feedback=QgsProcessingFeedback())


@pytest.mark.parametrize("case", ["folder-a-file", "report-folder-a-file", "report-in-a-file", "long-folder-name",
                                  "long-file-name"])
def test_an_output_that_cannot_be_made_is_one_line_before_any_work(plugin, use_bundle, rapideye_tiles, tmp_path,
                                                                   case):
    """An output (or report) under a name that is a file, not a folder, or whose name is longer than the file
    system allows: one line and nothing written. They were Python tracebacks (NotADirectoryError, 'File name too
    long' from making the output's folders), and a report in a file's 'folder' failed after the change layer was
    written, leaving it."""
    import processing

    from tests.conftest import RAPIDEYE

    (tmp_path / "afile").write_text("x")
    change = {"BEFORE": str(rapideye_tiles), "AFTER": str(rapideye_tiles), "OUTPUT": str(tmp_path / "c.gpkg")}
    algorithm, parameters, said = {
        "folder-a-file": (ALG, {"INPUT": str(RAPIDEYE), "OUTPUT": str(tmp_path / "afile" / "sub" / "o.gpkg")},
                          "afile is a file, not a folder"),
        "report-folder-a-file": (CHANGE, {**change, "REPORT": str(tmp_path / "afile" / "sub" / "r.html")},
                                 "afile is a file, not a folder"),
        "report-in-a-file": (CHANGE, {**change, "REPORT": str(tmp_path / "afile" / "r.html")},
                             "afile is a file, not a folder"),
        "long-folder-name": (ALG, {"INPUT": str(RAPIDEYE), "OUTPUT": str(tmp_path / ("x" * 300) / "o.gpkg")},
                             "too long"),
        "long-file-name": (ALG, {"INPUT": str(RAPIDEYE), "OUTPUT": str(tmp_path / ("x" * 300 + ".gpkg"))},
                           "too long"),
    }[case]
    with pytest.raises(QgsProcessingException, match=said) as info:
        processing.run(algorithm, parameters, feedback=QgsProcessingFeedback())
    assert len(str(info.value).splitlines()) == 1 and "Traceback" not in str(info.value)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["afile", "tiles.gpkg"]


def test_the_output_is_never_the_polygon_layer_it_is_limited_to_nor_another_kind_of_layer(plugin, use_bundle,
                                                                                         rapideye_tiles, tmp_path):
    """Classify raster limited to the polygons of a GeoPackage (AOI: last run's tiles, given by path in a model or
    qgis_process) with OUTPUT that same file: refused as any input is; it was replaced by the new tiles. Classify
    onto a change layer (the analyst's alert reviews) or Change onto a tile layer (its taught concepts): refused,
    naming what the file holds; each was replaced by the other kind."""
    import processing

    from tests.conftest import RAPIDEYE

    change = tmp_path / "change.gpkg"
    processing.run(CHANGE, {"BEFORE": str(rapideye_tiles), "AFTER": str(rapideye_tiles), "OUTPUT": str(change)},
                   feedback=QgsProcessingFeedback())
    kept = rapideye_tiles.read_bytes(), change.read_bytes()
    for algorithm, parameters, said in (
            (ALG, {"INPUT": str(RAPIDEYE), "AOI": f"{rapideye_tiles}|layername=tiles", "OUTPUT": str(rapideye_tiles)},
             "is the input"),
            (ALG, {"INPUT": str(RAPIDEYE), "OUTPUT": str(change)}, "holds changes, which"),
            (CHANGE, {"BEFORE": str(rapideye_tiles), "AFTER": str(rapideye_tiles), "OUTPUT": str(change)}, None)):
        if said is None:  # an earlier change layer is replaced by a change run, as before
            processing.run(algorithm, parameters, feedback=QgsProcessingFeedback())
            continue
        with pytest.raises(QgsProcessingException, match=said) as info:
            processing.run(algorithm, parameters, feedback=QgsProcessingFeedback())
        assert len(str(info.value).splitlines()) == 1
        assert (rapideye_tiles.read_bytes(), change.read_bytes()) == kept
    other = tmp_path / "other.gpkg"
    shutil.copyfile(rapideye_tiles, other)
    with pytest.raises(QgsProcessingException, match="holds tiles"):
        processing.run(CHANGE, {"BEFORE": str(rapideye_tiles), "AFTER": str(rapideye_tiles), "OUTPUT": str(other)},
                       feedback=QgsProcessingFeedback())
    assert other.read_bytes() == kept[0]


class _Log(QgsProcessingFeedback):
    """Feedback that keeps what an algorithm says: (kind, text)."""

    def __init__(self):
        super().__init__()
        self.lines: list[tuple[str, str]] = []

    def pushInfo(self, text):  # noqa: N802
        self.lines.append(("info", text))
        super().pushInfo(text)

    def pushWarning(self, text):  # noqa: N802
        self.lines.append(("warning", text))
        super().pushWarning(text)


def test_a_model_teaching_without_save_to_then_classifying_says_the_concept_stays_in_the_layer(
        plugin, use_bundle, rapideye_tiles, tmp_path):
    """A Processing model: Teach (no SAVE_TO) -> Classify raster whose BUNDLE is Teach's SAVED_TO. SAVED_TO is
    empty, and Classify ran the bundled model without the concept in silence, as if it applied it. Teach now says
    in one warning that the concept is written into the layer's fields only (give SAVE_TO for a bundle that later
    Classify runs apply), and Classify names the bundle it runs: the bundled model, BUNDLE being empty."""
    import processing
    from qgis.core import (
        QgsProcessingModelAlgorithm,
        QgsProcessingModelChildAlgorithm,
        QgsProcessingModelChildParameterSource,
    )

    from planet_qgis_plugin.core.model.bundle import load_bundle
    from tests.conftest import RAPIDEYE

    static = QgsProcessingModelChildParameterSource.fromStaticValue
    model = QgsProcessingModelAlgorithm("teach then classify", "tests")
    teach = QgsProcessingModelChildAlgorithm(TEACH)
    teach.setChildId("teach")
    for name, value in (("INPUT", f"{rapideye_tiles}|layername=tiles"), ("NAME", "corner"),
                        ("POSITIVE", '"row" = 0 AND "col" = 0')):
        teach.addParameterSources(name, [static(value)])
    model.addChildAlgorithm(teach)
    classify = QgsProcessingModelChildAlgorithm(ALG)
    classify.setChildId("classify")
    classify.addParameterSources("INPUT", [static(str(RAPIDEYE))])
    classify.addParameterSources("BUNDLE", [QgsProcessingModelChildParameterSource.fromChildOutput("teach",
                                                                                                 "SAVED_TO")])
    model.addChildAlgorithm(classify)
    log = _Log()
    results = processing.run(model, {}, feedback=log)
    assert results is not None
    warnings = [text for kind, text in log.lines if kind == "warning" and "SAVE_TO" in text]
    assert len(warnings) == 1 and len(warnings[0].splitlines()) == 1, log.lines
    assert "fields only" in warnings[0] and "corner" in warnings[0], warnings
    name = load_bundle(use_bundle).manifest.display_name
    said = [text for kind, text in log.lines if kind == "info" and text.startswith("model bundle:")]
    assert len(said) == 1 and name in said[0] and "the bundled model" in said[0] and "BUNDLE" in said[0], log.lines
    # with SAVE_TO the bundle is saved and nothing is warned
    log = _Log()
    out = processing.run(TEACH, {"INPUT": f"{rapideye_tiles}|layername=tiles", "NAME": "corner",
                                 "POSITIVE": '"row" = 0 AND "col" = 0', "SAVE_TO": str(tmp_path / "saved")},
                         feedback=log)
    assert out["SAVED_TO"] == str(tmp_path / "saved") and not [t for k, t in log.lines if k == "warning"]


@pytest.mark.parametrize("given", ["vector layer", "raster layer", "layer id"])
def test_a_layer_given_to_concepts_is_refused_naming_it(plugin, use_bundle, tmp_path, given):
    """CONCEPTS takes concept files; a layer given to it from a script (processing.run(..., {"CONCEPTS": [layer]}))
    was read by QGIS as an empty path, dropped, and the run went on without the concept in silence; its id was
    "concept file pits_marked_2846... does not exist". (A layer alone, not in a list, QGIS refuses itself:
    "Incorrect parameter value for CONCEPTS".)"""
    import processing
    from qgis.core import QgsRasterLayer

    from tests.conftest import RAPIDEYE

    points = QgsVectorLayer("Point?crs=EPSG:4326", "pits marked", "memory")
    scene = QgsRasterLayer(str(RAPIDEYE), "the scene")
    QgsProject.instance().addMapLayers([points, scene])
    value = {"vector layer": [points], "raster layer": [scene], "layer id": [points.id()]}[given]
    named = "the scene" if given == "raster layer" else "pits marked"
    out = tmp_path / "tiles.gpkg"
    try:
        with pytest.raises(QgsProcessingException) as raised:
            processing.run(ALG, {"INPUT": str(RAPIDEYE), "CONCEPTS": value, "OUTPUT": str(out)},
                           feedback=QgsProcessingFeedback())
    finally:
        QgsProject.instance().removeMapLayers([points.id(), scene.id()])
    said = str(raised.value)
    assert len(said.splitlines()) == 1 and said.startswith("CONCEPTS takes concept files"), said
    assert f"'{named}'" in said and not out.exists()


@pytest.mark.parametrize("target", ["the bundle", "a folder of the analyst's"])
def test_a_save_to_refusal_names_the_parameter_not_the_command_lines_option(plugin, use_bundle, rapideye_tiles,
                                                                          tmp_path, target):
    """The core's refusal of a SAVE_TO folder named teach's --save-to, an option the Processing user never saw."""
    import processing

    folder = use_bundle if target == "the bundle" else tmp_path / "notes"
    if target != "the bundle":
        folder.mkdir()
        (folder / "field notes.txt").write_text("kept")
    before = rapideye_tiles.read_bytes()
    with pytest.raises(QgsProcessingException) as raised:
        processing.run(TEACH, {"INPUT": f"{rapideye_tiles}|layername=tiles", "NAME": "corner",
                               "POSITIVE": '"row" = 0 AND "col" = 0', "SAVE_TO": str(folder)},
                       feedback=QgsProcessingFeedback())
    said = str(raised.value)
    assert len(said.splitlines()) == 1 and said.startswith(f"SAVE_TO {Path(folder).resolve()} "), said
    assert "--save-to" not in said and rapideye_tiles.read_bytes() == before


def test_a_scene_whose_crs_was_set_in_qgis_only_is_told_its_tiles_carry_none(plugin, use_bundle, show_layer, tmp_path):
    """A scene whose file has no CRS, given one on the layer in QGIS (Layer Properties > Source): QGIS draws it
    there, and the run, which reads the file's, wrote its tiles without a CRS; Processing said only that the file
    has none, as if nothing had been set."""
    import processing
    from osgeo import gdal
    from qgis.core import QgsCoordinateReferenceSystem, QgsRasterLayer

    from tests.conftest import RAPIDEYE

    path = tmp_path / "no_crs.tif"
    copy = gdal.GetDriverByName("GTiff").CreateCopy(str(path), gdal.Open(str(RAPIDEYE)))
    copy.SetProjection("")
    copy = None
    raster = show_layer(QgsRasterLayer(str(path), "no crs"))
    raster.setCrs(QgsCoordinateReferenceSystem("EPSG:32649"))
    log = _Log()
    processing.run(ALG, {"INPUT": raster, "OUTPUT": str(tmp_path / "tiles.gpkg")}, feedback=log)
    said = [text for kind, text in log.lines if kind == "warning" and "EPSG:32649" in text]
    assert len(said) == 1 and said[0].startswith("no crs is in EPSG:32649 in QGIS, but its file has no CRS"), log.lines
    assert f"gdal_edit.py -a_srs EPSG:32649 {path}" in said[0]


def test_change_says_what_to_do_where_befores_haze_held_flags_back(plugin, use_bundle, rapideye_tiles, tmp_path):
    """A new flag on a tile BEFORE saw through haze is held back, so Change's log said '0 alerts' and nothing more,
    where the command line says what shows such a change (a clearer BEFORE date): the log now warns the same."""
    import processing

    from planet_qgis_plugin.core.monitor.change import BEFORE_CLEAR
    from tests.conftest import edit_tiles

    before, after = tmp_path / "hazy.gpkg", tmp_path / "after.gpkg"
    shutil.copyfile(rapideye_tiles, before)
    shutil.copyfile(rapideye_tiles, after)
    edit_tiles(before, {(2, 2): {"p_clear": BEFORE_CLEAR / 4, "p_partly_cloudy": 0.99}})
    edit_tiles(after, {(2, 2): {"flag_mining": 1, "flagged": 1, "score_mining": 0.99}})
    log = _Log()
    processing.run(CHANGE, {"BEFORE": str(before), "AFTER": str(after), "OUTPUT": str(tmp_path / "change.gpkg")},
                   feedback=log)
    warned = [text for kind, text in log.lines if kind == "warning" and "clearer BEFORE date" in text]
    assert len(warned) == 1 and warned[0].startswith("1 new flag held back on 1 tile"), log.lines
