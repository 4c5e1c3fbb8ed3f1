"""The teach loop in QGIS on a real classified GeoPackage: mark selected tiles, review next, save."""
from __future__ import annotations

import shutil

import numpy as np
import pytest
from qgis.core import QgsProject, QgsVectorLayer

from tests.conftest import RAPIDEYE


@pytest.fixture(scope="module")
def classified_many(tmp_path_factory, bundle_path):
    """The RapidEye sample scene classified with a 64 px stride (25 overlapping tiles, with embeddings)."""
    from planet_qgis_plugin.core.model.bundle import load_bundle
    from planet_qgis_plugin.core.pipeline.classify import ClassifyOptions, classify
    if load_bundle(bundle_path).manifest.embedding is None:
        pytest.skip("the bundle has no embedding output")
    out = tmp_path_factory.mktemp("teach") / "rapideye_tiles.gpkg"
    classify(str(RAPIDEYE), str(out), bundle_path, ClassifyOptions(stride=64, batch_size=8))
    return out


@pytest.fixture(autouse=True)
def forget_chosen_bundle():
    """Saving a concept makes its bundle the chosen one (QgsSettings): no test leaves that behind."""
    yield
    from qgis.core import QgsSettings
    QgsSettings().remove("planet_classifier/bundle")


@pytest.fixture
def tiles(classified_many, tmp_path, show_layer):
    copy = tmp_path / "tiles.gpkg"
    shutil.copy(classified_many, copy)
    return show_layer(QgsVectorLayer(f"{copy}|layername=tiles", "rapideye tiles", "ogr"))


def shade_rules(layer) -> list[tuple[str, str]]:
    """(label, expression) of the rules under "Other tiles", as plain strings: a Python wrapper of a rule
    must not outlive the renderer that owns it (the next filter replaces it)."""
    other = [r for r in layer.renderer().rootRule().children() if r.isElse()][0]
    return [(r.label(), r.filterExpression()) for r in other.children()]


def _read(path, field):
    from osgeo import ogr
    ds = ogr.Open(str(path))
    values = {f.GetFID(): f.GetField(field) for f in ds.GetLayerByName("tiles")}
    ds = None
    return values


def _panel(plugin, tiles):
    panel = plugin.toggle_teach_panel(True)
    panel.set_layer(tiles)
    panel.name_combo.setEditText("bright_water")
    panel._concept_changed()
    return panel


def test_marking_selected_tiles_writes_concept_fields(plugin, tiles):
    panel = _panel(plugin, tiles)
    fids = sorted(f.id() for f in tiles.getFeatures())
    before = {name: _read(tiles.source().split("|")[0], name) for name in ("tags", "p_water", "flagged")}
    tiles.selectByIds(fids[:1])
    assert panel.mark_selected(True)
    path = tiles.source().split("|")[0]
    p = _read(path, "p_bright_water")
    flag = _read(path, "flag_bright_water")
    assert set(p) == set(fids) and all(0.0 <= v <= 1.0 for v in p.values())
    assert flag[fids[0]] == 1                      # the marked tile is flagged by its own concept
    tiles.selectByIds(fids[1:3])
    assert panel.mark_selected(True)
    tiles.selectByIds(fids[-2:])
    assert panel.mark_selected(False)
    session = panel.session()
    assert sorted(session.positives) == fids[:3] and sorted(session.negatives) == fids[-2:]
    assert session.result.method == "logistic"
    p2 = _read(path, "p_bright_water")
    assert p2 != p                                  # refitted and rewritten in place
    assert all(p2[f] > p2[g] for f in fids[:3] for g in fids[-2:])
    # nothing else changed, and the layer sees the new fields without reloading
    for name, values in before.items():
        assert _read(path, name) == values
    assert {"p_bright_water", "flag_bright_water"} <= set(tiles.fields().names())
    flagged = sum(bool(f["flag_bright_water"]) for f in tiles.getFeatures())
    assert flagged == session.flagged_count() and f"{flagged} of {len(fids)} tiles flagged" in panel.counts.text()
    labels = [r.label() for r in tiles.renderer().rootRule().children()]
    assert any("bright_water" in label for label in labels)     # coloured like the built-in flags
    # marking a tile again the other way moves it
    tiles.selectByIds([fids[0]])
    assert panel.mark_selected(False)
    assert fids[0] in session.negatives and fids[0] not in session.positives


def test_review_next_returns_an_unmarked_tile_and_answers_mark_it(plugin, tiles):
    panel = _panel(plugin, tiles)
    fids = sorted(f.id() for f in tiles.getFeatures())
    tiles.selectByIds(fids[:2])
    panel.mark_selected(True)
    session = panel.session()
    top = [panel.top_list.item(i) for i in range(panel.top_list.count())]
    assert top and all(item.data(0x0100) not in session.positives for item in top)   # Qt.UserRole
    first = top[0].data(0x0100)
    panel._show_candidate(top[0])
    assert panel.reviewing == first and "Is tile" in panel.question.text()
    seen = []
    fid = panel.review_next()
    while fid is not None and len(seen) < 4:
        assert fid not in session.positives + session.negatives and fid not in seen
        assert panel.reviewing == fid and "Is tile" in panel.question.text()
        seen.append(fid)
        fid = panel.answer(["yes", "no", "skip"][len(seen) % 3])
    assert len(seen) == 4
    assert seen[0] in session.negatives and seen[1] in session.skipped and seen[2] in session.positives


def test_marks_survive_reopening_the_project(plugin, tiles, tmp_path):
    panel = _panel(plugin, tiles)
    fids = sorted(f.id() for f in tiles.getFeatures())
    tiles.selectByIds(fids[:2])
    panel.mark_selected(True)
    project_file = tmp_path / "teach.qgz"
    assert QgsProject.instance().write(str(project_file))
    reopened = QgsProject()
    assert reopened.read(str(project_file))
    layer = reopened.mapLayersByName("rapideye tiles")[0]
    from planet_qgis_plugin.teach_layer import TeachSession
    session = TeachSession(layer, panel.bundle())
    session.set_concept("bright_water", "other")
    assert sorted(session.positives) == fids[:2]
    reopened.clear()


def test_save_concept_writes_a_bundle_that_loads(plugin, tiles, tmp_path, use_bundle):
    from planet_qgis_plugin.core.model.bundle import load_bundle
    panel = _panel(plugin, tiles)
    fids = sorted(f.id() for f in tiles.getFeatures())
    tiles.selectByIds(fids[:3])
    panel.mark_selected(True)
    target = tmp_path / "my_bundle"
    panel.choose_folder = lambda: str(target)
    saved = panel.save_concept()
    assert saved is not None
    bundle = load_bundle(saved)
    concept = next(c for c in bundle.manifest.concepts if c.name == "bright_water")
    np.testing.assert_allclose(concept.weights, panel.session().result.concept.weights)
    assert load_bundle(use_bundle).manifest.concepts == [c for c in bundle.manifest.concepts
                                                         if c.name != "bright_water"]
    # later runs use the saved bundle: the dialog picks it up, the panel lists the new concept
    plugin.show_dialog()
    plugin.dialog.hide()
    assert plugin.dialog.bundle is not None and str(plugin.dialog.bundle.path) == str(saved)
    assert any(panel.bundle_concepts.item(i).text().startswith("bright_water")
               for i in range(panel.bundle_concepts.count()))



def test_bad_input_is_a_message_not_a_crash(plugin, tiles):
    panel = _panel(plugin, tiles)
    tiles.removeSelection()
    assert not panel.mark_selected(True)                          # nothing selected
    panel.name_combo.setEditText("primary")                       # clashes with a tag
    tiles.selectByIds([next(tiles.getFeatures()).id()])
    assert not panel.mark_selected(True)
    assert "p_primary" not in [f for f in tiles.fields().names() if f.startswith("flag_primary")]


def test_processing_teaches_from_selected_features(plugin, tiles, tmp_path, use_bundle):
    import processing
    from qgis.core import QgsProcessingFeedback

    from planet_qgis_plugin.core.model.bundle import load_bundle
    fids = sorted(f.id() for f in tiles.getFeatures())
    tiles.selectByIds(fids[:2])
    target = tmp_path / "taught_bundle"
    result = processing.run("planet_classifier:teach_concept",
                            {"INPUT": tiles, "NAME": "river_bar", "GROUP": 0,   # mining
                             "NEGATIVE": f'$id IN ({fids[-1]}, {fids[-2]})', "SAVE_TO": str(target)},
                            feedback=QgsProcessingFeedback())
    assert 0 <= result["THRESHOLD"] <= 1 and result["SAVED_TO"] == str(target)
    assert [c.name for c in load_bundle(target).manifest.concepts if c.name == "river_bar"] == ["river_bar"]
    values = {f.id(): (bool(f["flag_river_bar"]), bool(f["flag_mining"]), f["score_mining"], f["p_river_bar"])
              for f in tiles.getFeatures()}
    assert sum(v[0] for v in values.values()) == result["FLAGGED"]
    for flag, mining, score, p in values.values():   # a mining concept folds into flag_mining and its score
        assert mining >= flag and score >= p - 1e-6
    # no selection: a Processing error, the layer unchanged
    tiles.removeSelection()
    with pytest.raises(Exception, match="select the tiles"):
        processing.run("planet_classifier:teach_concept", {"INPUT": tiles, "NAME": "other_thing"},
                       feedback=QgsProcessingFeedback())
    assert "p_other_thing" not in tiles.fields().names()
    # where nothing can be selected (qgis_process, models), an expression names the positives
    result = processing.run("planet_classifier:teach_concept",
                            {"INPUT": tiles, "NAME": "by_expression", "POSITIVE": '"row" = 0 AND "col" = 0'},
                            feedback=QgsProcessingFeedback())
    first = next(f for f in tiles.getFeatures() if f["row"] == 0 and f["col"] == 0)
    assert first["flag_by_expression"] and result["FLAGGED"] >= 1


def test_layer_without_embeddings_is_refused_with_the_fix(plugin, qgis_iface, tmp_path):
    from planet_qgis_plugin.core.pipeline.classify import ClassifyOptions, classify
    from tests.conftest import BORNEO
    out = tmp_path / "plain.gpkg"
    classify(str(BORNEO), str(out), None, ClassifyOptions(embeddings=False))
    layer = QgsVectorLayer(f"{out}|layername=tiles", "plain tiles", "ogr")
    QgsProject.instance().addMapLayer(layer)
    try:
        panel = plugin.toggle_teach_panel(True)
        panel.set_layer(layer)
        panel.name_combo.setEditText("anything")
        layer.selectByIds([next(layer.getFeatures()).id()])
        assert not panel.mark_selected(True)
        assert "rerun classify" in " ".join(w.text() for w in panel.bar.items())
        assert "p_anything" not in layer.fields().names()
        QgsProject.instance().removeMapLayer(layer.id())   # the panel lets go of a removed layer
        assert panel.layer is None and not panel.yes_button.isEnabled()
    finally:
        QgsProject.instance().removeAllMapLayers()


def test_panel_goes_on_after_the_file_was_taught_elsewhere(plugin, tiles):
    """The Processing algorithm (or the CLI) writes the same GeoPackage: the panel's next mark still works."""
    import processing
    from qgis.core import QgsProcessingFeedback
    panel = _panel(plugin, tiles)
    fids = sorted(f.id() for f in tiles.getFeatures())
    tiles.selectByIds(fids[:1])
    assert panel.mark_selected(True)
    tiles.selectByIds(fids[-1:])
    processing.run("planet_classifier:teach_concept", {"INPUT": tiles, "NAME": "elsewhere"},
                   feedback=QgsProcessingFeedback())
    tiles.selectByIds(fids[1:2])
    assert panel.mark_selected(True)
    names = tiles.fields().names()
    assert {"p_elsewhere", "p_bright_water"} <= set(names)
    assert sorted(panel.session().positives) == fids[:2]


def test_tag_filter_offers_taught_concepts_and_shades_them(plugin, tiles, qgis_iface):
    from planet_qgis_plugin.dialog import TagFilterDialog
    from planet_qgis_plugin.style import clear_filter
    panel = _panel(plugin, tiles)
    fids = sorted(f.id() for f in tiles.getFeatures())
    tiles.selectByIds(fids[:2])
    panel.mark_selected(True)
    every = [(f.id(), f["p_bright_water"], bool(f["flag_bright_water"])) for f in tiles.getFeatures()]
    dialog = TagFilterDialog(tiles)
    names = [dialog.tag_combo.itemData(i) for i in range(dialog.tag_combo.count())]
    assert "bright_water" in names
    dialog.tag_combo.setCurrentIndex(names.index("bright_water"))
    dialog.prob_spin.setValue(0.5)
    dialog.apply()
    shown = {f.id() for f in tiles.getFeatures()}
    assert shown == {fid for fid, p, _ in every if p >= 0.5}
    shades = shade_rules(tiles)
    assert shades and all("p_bright_water" in expression for _, expression in shades)
    dialog.tag_combo.setCurrentIndex(names.index("bright_water"))
    dialog.prob_spin.setValue(0.0)                      # 'predicted' = the concept's own flag
    dialog.apply()
    assert {f.id() for f in tiles.getFeatures()} == {fid for fid, _, flag in every if flag}
    assert clear_filter(tiles) and tiles.featureCount() == len(fids)
