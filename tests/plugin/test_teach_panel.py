"""The teach loop in QGIS on a real classified GeoPackage: mark selected tiles, review next, save."""
from __future__ import annotations

import shutil

import numpy as np
import pytest
from qgis.core import QgsProject, QgsVectorLayer

from tests.conftest import RAPIDEYE
from tests.plugin import test_translations as translated
from tests.plugin.conftest import marked, wait_refitted

portuguese = translated.portuguese     # QGIS in pt_BR (the .qm compiled from the .ts files)


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
    from planet_qgis_plugin.i18n import tr
    from planet_qgis_plugin.style import OTHER_TILES
    other = [r for r in layer.renderer().rootRule().children() if r.label().startswith(tr(OTHER_TILES))][0]
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
    assert marked(panel, True)
    path = tiles.source().split("|")[0]
    p = _read(path, "p_bright_water")
    flag = _read(path, "flag_bright_water")
    assert set(p) == set(fids) and all(0.0 <= v <= 1.0 for v in p.values())
    assert flag[fids[0]] == 1                      # the marked tile is flagged by its own concept
    tiles.selectByIds(fids[1:3])
    assert marked(panel, True)
    tiles.selectByIds(fids[-2:])
    assert marked(panel, False)
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
    assert marked(panel, False)
    assert fids[0] in session.negatives and fids[0] not in session.positives


def test_review_offers_the_most_likely_unlooked_tiles_and_answers_mark_them(plugin, tiles):
    panel = _panel(plugin, tiles)
    fids = sorted(f.id() for f in tiles.getFeatures())
    tiles.selectByIds(fids[:2])
    marked(panel, True)
    session = panel.session()
    first = panel.review_next()
    chips = [panel.gallery.item(i).data(0x0100) for i in range(panel.gallery.count())]   # Qt.UserRole
    order = [t.fid for t in session.state.review]   # the core's search order (core/teach/review.py)
    assert chips and chips[0] == first and not set(chips) & set(session.positives)
    assert order and chips[:len(order)] == order[:len(chips)]      # most likely first, as the core ranks them
    seen = []
    fid = first
    while fid is not None and len(seen) < 4:
        assert fid not in session.positives + session.negatives and fid not in seen
        assert panel.reviewing == fid and "Is tile" in panel.question.text()
        seen.append(fid)
        fid = panel.answer(["yes", "no", "skip"][len(seen) % 3])
    assert len(seen) == 4
    assert seen[0] in session.negatives and seen[1] in session.skipped and seen[2] in session.positives
    wait_refitted(panel)       # the answers' refit, in the background: "found ... reviewed" follow it
    found, about, reviewed = session.progress()
    assert (found, reviewed) == (len(session.positives), 2 + 4) and about >= found
    assert f"found {found} of about {about}, reviewed {reviewed}" in panel.progress_label.text()


def test_marks_survive_reopening_the_project(plugin, tiles, tmp_path):
    panel = _panel(plugin, tiles)
    fids = sorted(f.id() for f in tiles.getFeatures())
    tiles.selectByIds(fids[:2])
    marked(panel, True)
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
    marked(panel, True)
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
    assert not marked(panel, True)                          # nothing selected
    panel.name_combo.setEditText("primary")                       # clashes with a tag
    tiles.selectByIds([next(tiles.getFeatures()).id()])
    assert not marked(panel, True)
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
        assert not marked(panel, True)
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
    assert marked(panel, True)
    tiles.selectByIds(fids[-1:])
    processing.run("planet_classifier:teach_concept", {"INPUT": tiles, "NAME": "elsewhere"},
                   feedback=QgsProcessingFeedback())
    tiles.selectByIds(fids[1:2])
    assert marked(panel, True)
    names = tiles.fields().names()
    assert {"p_elsewhere", "p_bright_water"} <= set(names)
    assert sorted(panel.session().positives) == fids[:2]


def test_tag_filter_offers_taught_concepts_and_shades_them(plugin, tiles, qgis_iface):
    from planet_qgis_plugin.dialog import TagFilterDialog
    from planet_qgis_plugin.style import clear_filter
    panel = _panel(plugin, tiles)
    fids = sorted(f.id() for f in tiles.getFeatures())
    tiles.selectByIds(fids[:2])
    marked(panel, True)
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


# -- the review as an analyst drives it: keys, a layout that holds still, the review look ----------
def _focus(widget):
    """Show ``widget``'s window, make it active and give ``widget`` the keyboard focus (as a click would)."""
    from qgis.PyQt.QtWidgets import QApplication
    window = widget.window()
    window.show()
    window.activateWindow()
    QApplication.setActiveWindow(window)
    widget.setFocus()
    QApplication.processEvents()
    assert QApplication.focusWidget() is widget


def _reviewing(plugin, tiles, marks=2):
    panel = _panel(plugin, tiles)
    fids = sorted(f.id() for f in tiles.getFeatures())
    tiles.selectByIds(fids[:marks])
    assert marked(panel, True)
    panel.review_button.click()
    assert panel.review_on and panel.reviewing is not None
    return panel


def test_keys_answer_and_move_from_the_panel_and_from_the_map(plugin, tiles, qgis_iface):
    from qgis.PyQt.QtCore import Qt
    from qgis.PyQt.QtTest import QTest
    panel = _reviewing(plugin, tiles)
    session = panel.session()
    _focus(panel.gallery)
    first = panel.reviewing
    second = panel.gallery.item(1).data(Qt.UserRole)
    QTest.keyClick(panel.gallery, Qt.Key_Right)
    assert panel.reviewing == second
    QTest.keyClick(panel.gallery, Qt.Key_Left)
    assert panel.reviewing == first
    QTest.keyClick(panel.gallery, Qt.Key_Y)
    assert first in session.positives and panel.reviewing not in (None, first)
    nxt = panel.reviewing
    QTest.keyClick(panel.gallery, Qt.Key_N)
    assert nxt in session.negatives
    canvas = qgis_iface.mapCanvas()
    _focus(canvas)
    on_map = panel.reviewing
    QTest.keyClick(canvas, Qt.Key_S)
    assert on_map in session.skipped and panel.reviewing != on_map
    # typing a concept name answers nothing (the name box waits for the answers' refit)
    wait_refitted(panel)
    _focus(panel.name_combo)
    answered = len(session.history)
    QTest.keyClicks(panel.name_combo, "sny")
    assert len(session.history) == answered and panel.name_combo.currentText().endswith("sny")
    panel.name_combo.setEditText("bright_water")
    panel._concept_changed()
    assert len(session.history) == answered
    # after the review the keys are the map's and the line edit's again
    panel.review_button.click()
    assert not panel.review_on and not panel.gallery.isVisible()
    _focus(panel.review_button)
    QTest.keyClick(panel.review_button, Qt.Key_Y)
    assert len(session.history) == answered


def test_answer_buttons_hold_still_whatever_the_messages(plugin, tiles):
    from qgis.core import Qgis
    from qgis.PyQt.QtCore import QPoint
    from qgis.PyQt.QtWidgets import QApplication

    from planet_qgis_plugin.core.teach.calibrate import ROUGH_BELOW
    panel = _panel(plugin, tiles)
    panel.setFloating(True)
    panel.resize(480, 1000)                           # tall enough that nothing scrolls
    panel.show()
    fids = sorted(f.id() for f in tiles.getFeatures())

    def where():
        for _ in range(3):   # the scroll area resizes its content one event later
            QApplication.processEvents()
        return [b.mapTo(panel, QPoint(0, 0)) for b in (panel.answer_yes, panel.answer_no, panel.answer_skip)]

    before = where()
    tiles.selectByIds(fids[:1])
    marked(panel, True)                         # the "rough concept" line appears
    assert "rough concept" in panel.counts.text() and where() == before
    panel.review_button.click()
    assert where() == before
    panel.bar.pushMessage("Teach", "saved into a folder with a long name " * 3, Qgis.Success, 0)
    assert where() == before
    tiles.selectByIds(fids[1:ROUGH_BELOW])
    marked(panel, True)                         # the "rough concept" line goes (enough labelled tiles)
    assert "rough concept" not in panel.counts.text() and where() == before
    panel.answer("yes")
    assert where() == before


def test_review_look_uncovers_the_imagery_and_comes_back(plugin, tiles, qgis_iface, monkeypatch):
    from qgis.PyQt.QtCore import Qt
    from qgis.PyQt.QtWidgets import QAction
    map_tips = QAction("Show Map Tips")           # QGIS's View > Show Map Tips
    map_tips.setCheckable(True)
    map_tips.setChecked(True)
    monkeypatch.setattr(qgis_iface, "actionMapTips", lambda: map_tips, raising=False)

    from planet_qgis_plugin.style import apply_style
    assert apply_style(tiles) and tiles.labelsEnabled()      # the plugin's own look, tile labels on

    def fills():
        return {r.label(): r.symbol().symbolLayer(0).brushStyle() for r in tiles.renderer().rootRule().children()
                if r.symbol() is not None}

    panel = _panel(plugin, tiles)
    fids = sorted(f.id() for f in tiles.getFeatures())
    tiles.selectByIds(fids[:2])
    marked(panel, True)
    normal = fills()
    assert any(style != Qt.NoBrush for style in normal.values())
    panel.review_button.click()
    assert not tiles.labelsEnabled() and tiles.selectedFeatureCount() == 0 and not map_tips.isChecked()
    assert set(fills().values()) == {Qt.NoBrush}
    panel.answer("yes")                               # a refit during the review keeps the review look
    assert set(fills().values()) == {Qt.NoBrush}
    answered = [label for label in fills() if label.startswith("Marked")]
    assert answered                                   # answered tiles are drawn apart from predictions
    panel.review_button.click()
    assert tiles.labelsEnabled() and any(style != Qt.NoBrush for style in fills().values())
    assert map_tips.isChecked()                       # back as the analyst had them


def test_threshold_slider_rewrites_the_flags_in_place(plugin, tiles):
    from planet_qgis_plugin.core.layer.schema import concept_flags
    from planet_qgis_plugin.core.layer.tiletable import read_tiles

    panel = _panel(plugin, tiles)
    fids = sorted(f.id() for f in tiles.getFeatures())
    tiles.selectByIds(fids[:3])
    marked(panel, True)
    session = panel.session()
    p = {f.id(): f["p_bright_water"] for f in tiles.getFeatures()}
    for value in (0.2, 0.8):
        panel.threshold_slider.setValue(int(value * 100))
        assert panel.set_threshold(panel.threshold_slider.value() / 100)
        flags = {f.id(): bool(f["flag_bright_water"]) for f in tiles.getFeatures()}
        assert flags == {fid: p[fid] >= value or fid in fids[:3] for fid in fids}  # a marked tile keeps its label
        assert session.flagged_count() == sum(flags.values())
        recorded = concept_flags(read_tiles(tiles.source().split("|")[0]).metadata)["bright_water"]
        assert recorded.threshold == value and recorded.source == "taught"   # which threshold raised the flags
        assert recorded.expected_precision is None   # measured at the fitted threshold, not at this one
    assert "not known" in panel.precision_label.text()       # the 3 marks fitted it: they do not vouch for it
    tiles.selectByIds(fids[3:4])
    marked(panel, False)                        # a refit keeps the analyst's threshold
    assert session.result.concept.threshold == 0.8
    assert not tiles.getFeature(fids[3])["flag_bright_water"]  # and a tile marked No stays unflagged
    assert panel.set_threshold(None) and session.result.concept.threshold == session.fitted_threshold


def test_undo_forgets_the_chosen_answer(plugin, tiles):
    panel = _reviewing(plugin, tiles)
    session = panel.session()
    first = panel.reviewing
    panel.answer("no")
    assert first in session.negatives and panel.history_list.item(0).data(0x0100) == first
    panel.history_list.setCurrentRow(0)
    assert panel.undo()
    assert first not in session.negatives and all(f != first for f, _ in session.history)
    assert first in [panel.gallery.item(i).data(0x0100) for i in range(panel.gallery.count())]


def _assert_fields_are_the_cores_fit(tiles, session):
    """The layer's p_/flag_ values are those the core's own teach session fits on the panel's marks and answers."""
    from planet_qgis_plugin.core.teach.session import TeachOptions
    from planet_qgis_plugin.core.teach.session import TeachSession as CoreSession
    from planet_qgis_plugin.teach_layer import REVIEW_COUNT
    core = CoreSession(session.data.path, session.bundle, TeachOptions(name="bright_water", review_count=REVIEW_COUNT),
                       tiles=session.data)
    core.positives, core.negatives = list(session.positives), list(session.negatives)
    core.answered = {f: "yes" if f in session.positives else "no" for f in session.answered}
    expected = core.refit().result
    tiles.reload()
    got = {f.id(): (f["p_bright_water"], f["flag_bright_water"]) for f in tiles.getFeatures()}
    for row, fid in enumerate(session.data.fids):
        assert got[int(fid)][0] == pytest.approx(float(expected.probabilities[row]), abs=1e-6)
        assert bool(got[int(fid)][1]) == bool(expected.flags[row])


def test_undo_refits_in_the_background_in_order_with_answers_to_the_cores_fit(plugin, tiles):
    """An Undo's refit runs as an answer's does (QGIS's window goes on); undos and answers given while a refit runs
    are taken in order, and the layer ends with the fields the core's own fit on the remaining marks gives."""
    panel = _reviewing(plugin, tiles, marks=3)
    session = panel.session()
    first = panel.reviewing
    second = panel.answer("no")                       # its refit starts in the background
    panel.answer("yes")
    panel.history_list.setCurrentRow([f for f, _ in reversed(session.history)].index(first))
    assert panel.undo()                               # while the answers' refit runs: kept in order
    assert first not in session.negatives and second in session.positives
    wait_refitted(panel)
    _assert_fields_are_the_cores_fit(tiles, session)
    assert first in [panel.gallery.item(i).data(0x0100) for i in range(panel.gallery.count())]
    panel.history_list.setCurrentRow(-1)
    assert panel.undo()                               # the newest (the Yes) with no refit under way: no wait either
    assert panel.refitting() and panel.progress_label.text() == "updating…"
    assert panel.undo_button.isEnabled()               # another undo meanwhile is kept in order, as answers are
    assert second not in session.positives
    wait_refitted(panel)
    assert panel.progress_label.text() != "updating…"
    _assert_fields_are_the_cores_fit(tiles, session)


def test_marks_refit_in_the_background_and_marks_given_meanwhile_in_one_refit(plugin, tiles, monkeypatch):
    """Mark / Not / Unmark refit as answers do, in a task (QGIS's window goes on): the buttons stay live meanwhile,
    marks given then are kept at once and refitted together when the running refit ends, and the layer ends with the
    fields the core's own fit on the marks gives."""
    panel = _panel(plugin, tiles)
    session = panel.session()
    jobs = []
    take = session.refit_job
    monkeypatch.setattr(session, "refit_job", lambda: jobs.append(take()) or jobs[-1])   # counted, run as they are
    fids = sorted(f.id() for f in tiles.getFeatures())
    tiles.selectByIds(fids[:2])
    assert panel.mark_selected(True)
    assert panel.refitting() and panel.progress_label.text() == "updating…" and session.result is None
    assert panel.yes_button.isEnabled() and panel.no_button.isEnabled() and panel.unmark_button.isEnabled()
    assert not panel.name_combo.isEnabled()            # the concept waits for its refit
    tiles.selectByIds(fids[2:3])
    assert panel.mark_selected(True)                   # meanwhile: kept at once
    tiles.selectByIds(fids[-2:])
    assert panel.mark_selected(False)
    tiles.selectByIds(fids[:1])
    assert panel.unmark_selected()
    assert sorted(session.positives) == fids[1:3] and sorted(session.negatives) == fids[-2:]
    assert [f for f, _ in session.history] == [fids[1], fids[2], fids[-1], fids[-2]]
    wait_refitted(panel)
    assert len(jobs) == 2                              # the first marks', then one for the three given meanwhile
    assert session.result is not None and panel.progress_label.text() != "updating…"
    assert panel.review_button.isEnabled() and panel.name_combo.isEnabled()
    _assert_fields_are_the_cores_fit(tiles, session)
    tiles.removeSelection()
    assert not panel.unmark_selected() and not panel.refitting()     # nothing selected: said, no refit
    assert "select some tiles first" in " ".join(w.text() for w in panel.bar.items())
    tiles.selectByIds(fids[5:7])
    assert panel.unmark_selected() and not panel.refitting()         # tiles never marked: nothing to refit
    assert len(jobs) == 2 and sorted(session.positives) == fids[1:3]


def test_concept_file_saved_into_the_profile_and_loaded_on_another_layer(plugin, tiles, tmp_path, show_layer,
                                                                          classified_many):
    import json
    panel = _panel(plugin, tiles)
    fids = sorted(f.id() for f in tiles.getFeatures())
    tiles.selectByIds(fids[:3])
    marked(panel, True)
    target = tmp_path / "profile" / "bright_water.concept.json"
    target.parent.mkdir()
    panel.choose_concept_target = lambda name: str(target)
    assert panel.save_concept_file() == str(target) and target.is_file()
    # said in a line the panel's bar holds (the folder's path wrapped, cut): the whole path under Show more
    assert panel.bar.currentItem().text() == "saved bright_water as bright_water.concept.json"
    # another layer of the same scene: the concept applied in place, teaching goes on from it
    copy = tmp_path / "other.gpkg"
    shutil.copy(classified_many, copy)
    other = show_layer(QgsVectorLayer(f"{copy}|layername=tiles", "other tiles", "ogr"))
    panel.set_layer(other)
    assert panel.load_concept(str(target))
    session = panel.session()
    assert session.name == "bright_water" and session.earlier is not None
    # nothing fitted here yet to write as a file: the greyed button says what to do
    assert not panel.save_file_button.isEnabled() and "mark or answer a tile" in panel.save_file_button.toolTip()
    flags = {f.id(): bool(f["flag_bright_water"]) for f in other.getFeatures()}
    assert flags and flags == {fid: bool(session.result.flags[session.row_of[fid]]) for fid in flags}
    assert session.flagged_count() == sum(flags.values()) and "bright_water" in panel.counts.text()
    # saved after 3 marks: a rough concept, its flags held here and the bar says why
    assert session.applied.rough and not any(flags.values())
    assert "taught from only 3 tiles" in panel.bar.currentItem().text()
    # and the panel keeps saying so once the bar is closed: its flags are off here (it said 'A few marks give a rough
    # concept: review and mark more before trusting flag_bright_water', over no mark and under '0 ... flagged')
    assert "taught from only 3 tiles, too few to trust: its flags stay off" in panel.counts.text()
    assert "before trusting" not in panel.counts.text()
    # answered enough, but taught where it flagged next to nothing: held here for the share it would flag
    data = json.loads(target.read_text())
    data["concept"]["provenance"].update({"positives": 10, "negatives": 5, "flagged_share": 0.0})
    wide = tmp_path / "wide.concept.json"
    wide.write_text(json.dumps(data))
    assert panel.load_concept(str(wide))
    held = panel.session().applied
    assert held.unconfirmed and not held.rough and "stays off here" in panel.counts.text()
    # a broken concept file changes nothing
    data = json.loads(target.read_text())
    data["concept"]["weights"] = data["concept"]["weights"][:-1]
    bad = tmp_path / "bad.concept.json"
    bad.write_text(json.dumps(data))
    before = other.fields().names()
    panel.name_combo.setEditText("")
    assert not panel.load_concept(str(bad))
    assert other.fields().names() == before


def test_expected_precision_is_the_cores_and_the_slider_previews_its_own(plugin, tiles):
    panel = _reviewing(plugin, tiles, marks=3)
    session = panel.session()
    precision, n = session.expected_precision()
    assert (precision, n) == (session.state.expected_precision, session.state.answers)
    assert f"(from {n} labelled tiles)" in panel.precision_label.text()   # marks and answers: 'answers' read wrong
    replies = {}
    while len(replies) < 4 and panel.reviewing is not None:
        fid = panel.reviewing
        replies[fid] = "yes" if len(replies) % 2 == 0 else "no"
        panel.answer(replies[fid])
    p = session.result.probabilities
    low = 0.05                 # the slider's preview at another threshold: the review's answers above it
    above = [reply for fid, reply in replies.items() if p[session.row_of[fid]] >= low]
    precision, n = session.expected_precision(low)
    assert n == len(above) and precision == (above.count("yes") / n if n else None)


def test_a_count_of_one_reads_in_the_singular(plugin, tiles, tmp_path, show_layer, classified_many, monkeypatch):
    """One mark: the panel said "(from 1 answers)" under the slider and, for the concept file saved from it loaded on
    another layer, "taught from only 1 tiles"."""
    panel = _panel(plugin, tiles)
    tiles.selectByIds([min(f.id() for f in tiles.getFeatures())])
    assert marked(panel, True)
    session = panel.session()
    monkeypatch.setattr(session, "expected_precision", lambda threshold=None: (1.0, 1))  # one answer above it
    panel._update()
    assert "(from 1 labelled tile)" in panel.precision_label.text(), panel.precision_label.text()
    panel._threshold_moved(40)
    assert "(from 1 labelled tile)" in panel.precision_label.text(), panel.precision_label.text()
    monkeypatch.undo()
    target = tmp_path / "bright_water.concept.json"
    assert panel.save_concept_file(str(target)) == str(target)
    copy = tmp_path / "other.gpkg"
    shutil.copy(classified_many, copy)
    panel.set_layer(show_layer(QgsVectorLayer(f"{copy}|layername=tiles", "other tiles", "ogr")))
    assert panel.load_concept(str(target))
    assert "taught from only 1 tile," in panel.bar.currentItem().text(), panel.bar.currentItem().text()


def test_the_fit_is_named_in_the_analysts_language(portuguese, plugin, tiles):
    """The panel's line '17 of 234 tiles flagged (p_clearing ≥ 0.63, logistic)' kept the core's English name of
    the fit in Portuguese."""
    panel = _panel(plugin, tiles)
    fids = sorted(f.id() for f in tiles.getFeatures())
    tiles.selectByIds(fids[:2])
    marked(panel, True)
    text = panel.counts.text()
    assert "regressão logística" in text and "logistic)" not in text, text


def test_a_batch_of_marks_is_listed_in_one_order_whatever_order_qgis_gives_the_selection(plugin, tiles, monkeypatch):
    """QGIS hands the selection over as a set whose order changes from run to run (Qt's hash seed): the "Marks and
    answers" list showed one batch of marks in another order each run, and Undo without a chosen entry forgot
    another tile. Now the newest batch is listed first and each batch's tiles by fid (marked from the highest, so that
    the list, newest first, reads them from the lowest); the same from Processing's Teach concept, whose marks the
    panel lists too."""
    fids = sorted(f.id() for f in tiles.getFeatures())
    panel = _panel(plugin, tiles)
    given = {"order": []}
    monkeypatch.setattr(QgsVectorLayer, "selectedFeatureIds", lambda layer: list(given["order"]))
    given["order"] = [fids[5], fids[1], fids[3]]
    assert marked(panel, True)
    given["order"] = [fids[20], fids[9], fids[14]]
    assert marked(panel, False)
    listed = [panel.history_list.item(i).data(0x0100) for i in range(panel.history_list.count())]
    assert listed == [fids[9], fids[14], fids[20], fids[1], fids[3], fids[5]]
    assert panel.undo() and fids[9] not in panel.session().negatives  # none chosen: the top of the list
    # Processing's Teach concept marks the selection in fid order too (the panel lists its marks)
    import processing
    from qgis.core import QgsProcessingFeedback

    from planet_qgis_plugin.teach_layer import PROPERTY
    given["order"] = [fids[7], fids[2], fids[11]]
    processing.run("planet_classifier:teach_concept", {"INPUT": tiles, "NAME": "from_processing"},
                   feedback=QgsProcessingFeedback())
    history = tiles.customProperty(f"{PROPERTY}from_processing/history")
    assert history == f"{fids[11]}:yes {fids[7]}:yes {fids[2]}:yes", history


def test_the_bundles_name_does_not_widen_the_panel(plugin, tiles, use_bundle):
    """The concepts box was titled 'Concepts in the model bundle (planet-lite0-sample 2026.12.06)': a group box is as
    wide as its title, so the bundle's name set the dock's least width (573-630 px, en-es) and squeezed the Layers
    panel. The name stands under the title, in a line that never widens the panel."""
    from planet_qgis_plugin.core.model.bundle import load_bundle
    panel = _panel(plugin, tiles)
    panel.refresh_bundle()
    name = load_bundle(use_bundle).manifest.display_name
    assert panel.bundle_box.title() == "Concepts in the model bundle" and name in panel.bundle_name.text()
    least = panel.bundle_box.minimumSizeHint().width()
    panel.bundle_name.setText("<b>" + "a bundle with a very long name " * 4 + "</b>")
    assert panel.bundle_box.minimumSizeHint().width() == least
    # in the narrower dock 'found 3 of about 29, reviewed 6' wraps beside Start review: both its lines are shown
    assert panel.progress_label.height() >= 2 * panel.progress_label.fontMetrics().height()


def test_up_and_down_move_to_the_chip_above_and_below(plugin, tiles):
    """Up / Down moved 6 chips (the row of 12 chips in 2 rows), where the dock's width lays out 3 to 5 a row: Down
    went one row and a half on. They move to the chip laid out right below / above; the review box holds 4 a row."""
    from qgis.PyQt.QtCore import Qt
    from qgis.PyQt.QtTest import QTest
    from qgis.PyQt.QtWidgets import QApplication

    from planet_qgis_plugin.teach_dock.review import GALLERY_COLUMNS
    panel = _reviewing(plugin, tiles)
    panel.setFloating(True)
    panel.resize(panel.minimumSizeHint().width(), 900)   # the dock at its least width
    panel.show()
    QApplication.processEvents()
    gallery = panel.gallery
    rects = [gallery.visualItemRect(gallery.item(i)) for i in range(gallery.count())]
    per_row = sum(1 for r in rects if r.top() == rects[0].top())
    assert per_row >= GALLERY_COLUMNS and gallery.count() > per_row
    _focus(gallery)
    QTest.keyClick(gallery, Qt.Key_Down)
    assert panel.reviewing == gallery.item(per_row).data(Qt.UserRole)   # the first chip of the second row
    QTest.keyClick(gallery, Qt.Key_Up)
    assert panel.reviewing == gallery.item(0).data(Qt.UserRole)


def test_a_concept_marked_on_slivers_at_the_edge_says_so(plugin, tiles):
    """Marks on slivers at the raster's edge (tiles mostly padding) teach the edge as much as the concept: teach's
    command line warned (09b0252), the panel said nothing. It says so under the counts, and no more once full tiles
    outnumber them."""
    from osgeo import ogr

    fids = sorted(f.id() for f in tiles.getFeatures())
    slivers, full = fids[:2], fids[-3:]
    ds = ogr.Open(tiles.source().split("|")[0], update=1)   # two tiles made edge slivers: a quarter inside the raster
    for fid in slivers:
        ds.ExecuteSQL(f"UPDATE tiles SET coverage = 0.25 WHERE fid = {fid}")
    ds = None
    panel = _panel(plugin, tiles)
    tiles.selectByIds(slivers)
    assert marked(panel, True)
    assert "2 of the 2 tiles marked or answered Yes are slivers" in panel.counts.text()
    tiles.selectByIds(full)
    assert marked(panel, True)
    assert "slivers" not in panel.counts.text()
