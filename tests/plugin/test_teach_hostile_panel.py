"""The teach panel as a careful analyst strains it: tiles deleted in an edit session and saved, marks and undo
while the layer is in edit mode, Load concept into an edit session. Each gives one line in the panel and loses
nothing (the marks list is what the fields were written from)."""
from __future__ import annotations

import contextlib
import os
import subprocess
import time

import pytest

from tests.plugin import test_teach_panel as teach
from tests.plugin.conftest import marked, unmarked, wait_refitted
from tests.plugin.test_teach_panel import _panel, _read, _reviewing

# the teach tests' fixtures: a classified RapidEye scene (25 tiles with embeddings) copied for each test
classified_many, tiles, forget_chosen_bundle = teach.classified_many, teach.tiles, teach.forget_chosen_bundle


def _bar(panel) -> list[str]:
    return [item.text() for item in panel.bar.items()]


def _delete_and_save(layer, fid: int) -> None:
    """What the analyst does in QGIS: toggle editing, delete the tile, save."""
    assert layer.startEditing()
    assert layer.deleteFeature(fid)
    assert layer.commitChanges()


def test_a_skipped_tile_deleted_and_saved_leaves_the_loop_going(plugin, tiles):
    panel = _reviewing(plugin, tiles)
    session = panel.session()
    skipped = panel.reviewing
    panel.answer("skip")
    panel.set_reviewing(False)
    _delete_and_save(tiles, skipped)
    fids = sorted(tiles.allFeatureIds())
    fresh = [f for f in fids if f not in session.positives + session.negatives][0]
    tiles.selectByIds([fresh])
    assert marked(panel, True), _bar(panel)   # was KeyError: the skipped tile's fid, from the core's refit
    assert skipped not in session.skipped and all(f != skipped for f, _ in session.history)
    assert fresh in session.positives and _read(session.data.path, "flag_bright_water")[fresh]
    assert panel.review_next() is not None
    assert panel.undo(), _bar(panel)


def test_a_chip_in_the_gallery_deleted_and_saved_is_not_asked_about(plugin, tiles):
    panel = _panel(plugin, tiles)
    fids = sorted(tiles.allFeatureIds())
    tiles.selectByIds(fids[:2])
    assert marked(panel, True)
    session = panel.session()
    gone = session.candidates(1)[0]
    _delete_and_save(tiles, gone)
    # was KeyError 'row' out of the gallery's currentItemChanged slot (QGIS's Python error dialog)
    assert panel.review_next() not in (None, gone)
    shown = [panel.gallery.item(i).data(0x0100) for i in range(panel.gallery.count())]
    assert shown and gone not in shown
    assert gone not in session.row_of and session.result.probabilities.shape[0] == len(fids) - 1


def test_marks_and_undo_in_edit_mode_change_nothing(plugin, tiles):
    panel = _panel(plugin, tiles)
    fids = sorted(tiles.allFeatureIds())
    tiles.selectByIds(fids[:2])
    assert marked(panel, True)
    tiles.selectByIds(fids[3:4])
    assert marked(panel, False)
    session = panel.session()
    before = (list(session.positives), list(session.negatives), list(session.history))
    flags = _read(session.data.path, "flag_bright_water")
    assert tiles.startEditing()
    assert not panel.undo()
    assert any("edit mode" in line for line in _bar(panel))
    tiles.selectByIds(fids[5:6])
    assert not marked(panel, True)
    assert not unmarked(panel)
    # the list still shows what the fields were written from (the undo and the marks were kept before)
    assert (session.positives, session.negatives, session.history) == before
    assert panel.history_list.count() == 3
    assert _read(session.data.path, "flag_bright_water") == flags
    tiles.rollBack()
    assert panel.undo() and fids[3] not in session.negatives    # the same undo once the edits are gone


def _saved_then_another(panel, tiles, path, other: str):
    """Three tiles marked and saved as a concept file at ``path``, then the panel on to concept ``other``:
    (the layer's fids in order, the saved file)."""
    fids = sorted(tiles.allFeatureIds())
    tiles.selectByIds(fids[:3])
    assert marked(panel, True)
    saved = panel.save_concept_file(str(path))
    panel.name_combo.setEditText(other)
    panel._concept_changed()
    return fids, saved


def test_load_concept_into_an_edit_session_is_refused(plugin, tiles, tmp_path):
    panel = _panel(plugin, tiles)
    fids, saved = _saved_then_another(panel, tiles, tmp_path / "bright.concept.json", "other_name")
    path = panel.session().data.path
    fields = tiles.fields().names()
    assert tiles.startEditing()
    tiles.changeAttributeValue(fids[0], tiles.fields().indexOf("flag_bright_water"), False)
    assert not panel.load_concept(saved)
    assert any("edit mode" in line for line in _bar(panel))
    assert tiles.fields().names() == fields and tiles.isEditable()   # the analyst's edit buffer as it was
    assert tiles.commitChanges()
    assert not _read(path, "flag_bright_water")[fids[0]]


def test_a_chip_deleted_in_the_edit_session_under_way_is_not_asked_about(plugin, tiles):
    panel = _panel(plugin, tiles)
    fids = sorted(tiles.allFeatureIds())
    tiles.selectByIds(fids[:2])
    assert marked(panel, True)
    gone = panel.session().candidates(1)[0]
    assert tiles.startEditing() and tiles.deleteFeature(gone)     # not saved yet: the file still holds it
    assert panel.review_next() == gone          # was KeyError 'row' out of the gallery's slot
    assert "no longer in the layer" in panel.question.text()
    assert panel.answer("yes") is None and any("edit mode" in line for line in _bar(panel))
    tiles.rollBack()


def test_the_geopackage_moved_away_is_one_line_everywhere(plugin, tiles, tmp_path):
    """The tile GeoPackage renamed or deleted in the file manager while the panel is open."""
    panel = _reviewing(plugin, tiles)
    session = panel.session()
    before = (list(session.positives), list(session.history))
    os.rename(session.data.path, tmp_path / "moved.gpkg")
    for act in (lambda: panel.answer("yes"), panel.review_next, lambda: panel.set_threshold(0.7), panel.undo):
        panel.bar.clearWidgets()
        act()     # was FileNotFoundError out of the panel from review and undo; "is read-only" from the others
        assert any("no longer there" in line for line in _bar(panel)), _bar(panel)
    assert (session.positives, session.history) == before


def test_saving_the_bundle_into_a_folder_that_cannot_be_written_is_one_line(plugin, tiles, tmp_path):
    panel = _panel(plugin, tiles)
    fids = sorted(tiles.allFeatureIds())
    tiles.selectByIds(fids[:3])
    assert marked(panel, True)
    locked = tmp_path / "locked"
    locked.mkdir()
    with read_only(locked):
        panel.choose_folder = lambda: str(locked / "bundle")
        assert panel.save_concept() is None      # was a PermissionError traceback (the staging folder)
        assert any("cannot write" in line and "bundle" in line for line in _bar(panel)), _bar(panel)
        assert not list(locked.iterdir())


@contextlib.contextmanager
def read_only(folder):
    """``folder`` read-only for this user, also for root (immutable), or the test is skipped."""
    folder.chmod(0o555)
    immutable = False
    try:
        if os.access(folder, os.W_OK):    # root: only the immutable attribute stops it
            immutable = subprocess.run(["chattr", "+i", str(folder)], capture_output=True).returncode == 0
            if not immutable:
                pytest.skip("cannot make a folder read-only for root here (chattr)")
        yield folder
    finally:
        if immutable:
            subprocess.run(["chattr", "-i", str(folder)], check=True)
        folder.chmod(0o755)


def test_where_cancelled_in_the_task_manager_says_so_in_words(plugin, tiles, wait_task):
    from qgis.PyQt.QtCore import QCoreApplication
    panel = _reviewing(plugin, tiles)
    panel.where_check.setChecked(True)
    task = panel._locate_task
    assert task is not None
    task.cancel()
    deadline = time.monotonic() + 120        # a guard against a hang, not a timing
    while panel._locate_task is not None and time.monotonic() < deadline:
        QCoreApplication.processEvents()
    assert not panel.where_check.isChecked()
    assert _bar(panel) == ["cancelled: tick Where? again to locate the chips"]   # was "Exception('Task canceled')"


def test_every_tile_marked_and_answered_yes_is_taught_against_the_bank(plugin, tiles):
    """Every tile but one marked, the last answered Yes: every tile is positive, and the bundle's background bank
    (imagery elsewhere) is what the concept is told apart from (core/teach/fit.every_tile_positive; refused before
    the bank supplied negatives). The answer is kept (Undo takes it back), the list and counts show it, and the
    flags on the layer are the marks."""
    panel = _panel(plugin, tiles)
    fids = sorted(tiles.allFeatureIds())
    tiles.selectByIds(fids[:-1])
    assert marked(panel, True)
    assert panel.review_next() == fids[-1]
    assert panel.answer("yes") is None            # no tile left to review
    wait_refitted(panel)                           # the refit in the background fits against the bank
    assert not any("nothing to tell the concept apart" in line for line in _bar(panel))
    session = panel.session()
    assert fids[-1] in session.positives
    assert session.state.result.bank > 0 and session.state.flags.all()
    assert panel.history_list.count() == len(session.history) == len(fids)   # was one short: the list not redrawn
    assert panel.history_list.item(0).data(0x0100) == fids[-1]
    assert f"{len(fids)} marked as" in panel.counts.text()
    assert panel.undo() and fids[-1] not in session.positives


def test_a_loaded_concept_is_saved_as_a_file_once_taught_here(plugin, tiles, tmp_path):
    panel = _panel(plugin, tiles)
    fids = sorted(tiles.allFeatureIds())
    tiles.selectByIds(fids[:3])
    assert marked(panel, True)
    saved = panel.save_concept_file(str(tmp_path / "bright.concept.json"))
    panel.sessions.clear()          # as on another day: the concept only loaded on the layer
    assert panel.load_concept(saved)
    again = tmp_path / "again.concept.json"
    panel.choose_concept_target = lambda name: str(again)
    # Save concept file… did nothing at all (no file dialog, no file, no message) while it was enabled
    assert not panel.save_file_button.isEnabled() and panel.save_button.isEnabled()
    tiles.selectByIds(fids[3:4])
    assert marked(panel, True)
    assert panel.save_file_button.isEnabled()
    assert panel.save_concept_file() == str(again) and again.is_file()


def test_a_refused_answer_is_said_where_the_analyst_looks(plugin, tiles):
    """On a 1366x768 screen the panel's message bar is below the gallery, scrolled out of view: an answer refused
    (here: the layer in edit mode) changed nothing visible. The line under the answer buttons says why."""
    from qgis.PyQt.QtCore import QPoint
    from qgis.PyQt.QtWidgets import QApplication

    panel = _reviewing(plugin, tiles)
    panel.setFloating(True)
    panel.resize(480, 620)                     # the dock's height on a laptop screen
    panel.show()
    QApplication.processEvents()

    def where():
        QApplication.processEvents()
        return [b.mapTo(panel, QPoint(0, 0)) for b in (panel.answer_yes, panel.answer_no, panel.answer_skip)]

    before = where()
    assert tiles.startEditing()
    try:
        assert panel.answer("yes") is None
        viewport = panel.widget().viewport()
        where()
        assert panel.bar.mapTo(viewport, QPoint(0, 0)).y() > viewport.height()     # the bar's line: out of view
        assert "is in edit mode: save or discard the edits first" in panel.question.text()
        assert panel.question.toolTip() == _bar(panel)[0]
        assert where() == before
    finally:
        tiles.rollBack()
    assert panel.answer("yes") is not None and "edit mode" not in panel.question.text()


def test_a_concept_named_as_one_the_bundle_applies_is_not_saved_as_a_file_classify_refuses(plugin, tiles, tmp_path):
    """The panel's side of the teach loop's check (cli/teach._check_bundle_concept_name): a concept file named
    'mine' beside the shipped bundle, which applies its own 'mine', is refused by classify --concept."""
    import pytest

    panel = _panel(plugin, tiles)
    own = [c for c in panel.bundle().manifest.concepts]
    if not own:
        pytest.skip("the bundle applies no concept of its own")
    name = own[0].name
    panel.name_combo.setEditText(name)
    panel._concept_changed()
    fids = sorted(tiles.allFeatureIds())
    tiles.selectByIds(fids[:3])
    assert marked(panel, True)
    target = tmp_path / f"{name}.concept.json"
    panel.choose_concept_target = lambda name: str(target)
    assert panel.save_concept_file() is None     # was written, then refused by the next classify
    assert not target.exists()
    assert any(f"applies its own concept '{name}'" in line and f"{name}_2" in line for line in _bar(panel)), _bar(panel)
    panel.choose_folder = lambda: str(tmp_path / "bundle")
    assert panel.save_concept() == str(tmp_path / "bundle")    # a copy of the bundle replacing it: the way to keep it


def test_the_slider_moved_just_before_another_layer_is_chosen_flags_the_first(plugin, tiles, tmp_path, show_layer):
    """The slider rewrites the flags once it rests (THRESHOLD_DELAY_MS): another tile layer chosen meanwhile must
    neither get the first one's threshold nor lose the analyst's move on the first."""
    import shutil

    from qgis.core import QgsVectorLayer

    panel = _panel(plugin, tiles)
    fids = sorted(tiles.allFeatureIds())
    tiles.selectByIds(fids[:3])
    assert marked(panel, True)
    first = panel.session()
    copy = tmp_path / "other.gpkg"
    shutil.copy(first.data.path, copy)
    other = show_layer(QgsVectorLayer(f"{copy}|layername=tiles", "other tiles", "ogr"))
    panel.set_layer(other)
    other.selectByIds(fids[5:8])
    assert marked(panel, True)
    second = panel.session()
    assert second is not first and second.threshold is None
    panel.set_layer(tiles)
    panel.threshold_slider.setValue(80)           # dragged: the flags follow once it rests
    panel.set_layer(other)                        # ... but another layer is chosen at once
    assert not panel._threshold_timer.isActive()  # the timer fired later on the other layer's session
    assert second.threshold is None               # (which then took its own threshold for the analyst's)
    assert first.threshold == 0.8 and first.result.concept.threshold == 0.8
    assert _read(first.data.path, "flag_bright_water") == {
        f: bool(p >= 0.8 or f in fids[:3]) for f, p in _read(first.data.path, "p_bright_water").items()}


def test_load_concept_while_reviewing_asks_about_the_loaded_concept(plugin, tiles, tmp_path):
    panel = _panel(plugin, tiles)
    fids, saved = _saved_then_another(panel, tiles, tmp_path / "bright_water.concept.json", "dark_forest")
    tiles.selectByIds(fids[10:13])
    assert marked(panel, True)
    panel.review_button.click()
    assert panel.review_on and "dark_forest" in panel.question.text()
    assert panel.load_concept(saved)
    session = panel.session()
    assert session.name == "bright_water"
    # the gallery and the question were dark_forest's: Y marked a tile as bright_water from a question about
    # dark_forest, picked by dark_forest's probabilities
    assert "bright_water" in panel.question.text() and "dark_forest" not in panel.question.text()
    shown = [panel.gallery.item(i).data(0x0100) for i in range(panel.gallery.count())]
    assert shown == session.candidates(len(shown)) and panel.reviewing == shown[0]


def test_load_concept_named_like_a_concept_of_the_bundle_is_refused(plugin, tiles, tmp_path):
    """A concept file named as one the panel's bundle applies itself (the shipped bundle's ``mine``): loading it
    replaced the bundle's p_<name>/flag_<name> on the layer, group and all; classify --concept and batch refuse
    such a file (core/teach/apply.check_bundle_names). Load concept now says the same in one line, the fields kept."""
    import dataclasses

    import numpy as np

    from planet_qgis_plugin.core.teach.concept_file import ConceptFile, write_concept_file

    panel = _panel(plugin, tiles)
    bundle = panel.bundle()
    if not bundle.manifest.concepts:
        pytest.skip("this bundle applies no concept of its own")
    own = bundle.manifest.concepts[0]
    concept = dataclasses.replace(own, group="other" if own.group != "other" else "mining", bias=own.bias + 3.0)
    rows = np.zeros((1, len(concept.weights)), np.float32)
    saved = write_concept_file(ConceptFile(concept, rows, rows), tmp_path / f"{own.name}.concept.json")
    path = panel.session().data.path
    kept = _read(path, f"p_{own.name}"), _read(path, f"flag_{own.name}")
    assert not panel.load_concept(str(saved))
    said = [line for line in _bar(panel) if "already applies" in line]
    assert said and len(said[0].splitlines()) == 1 and f"p_{own.name}" in said[0]
    assert (_read(path, f"p_{own.name}"), _read(path, f"flag_{own.name}")) == kept


def test_a_refused_bundle_folder_is_named_as_the_folder_chosen_not_as_teachs_option(plugin, tiles, tmp_path):
    """Save concept… into a folder of the analyst's: the core's refusal named the command line's --save-to, an option
    the panel's user never saw ("--save-to /home/ana/notes is a folder this plugin did not make ...")."""
    panel = _panel(plugin, tiles)
    tiles.selectByIds(sorted(tiles.allFeatureIds())[:3])
    assert marked(panel, True)
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "field notes.txt").write_text("kept")
    panel.choose_folder = lambda: str(notes)
    assert panel.save_concept() is None
    said = [line for line in _bar(panel) if str(notes) in line]
    assert len(said) == 1 and said[0].startswith(f"the folder {notes} is a folder this plugin did not make"), _bar(panel)
    assert sorted(p.name for p in notes.iterdir()) == ["field notes.txt"]
