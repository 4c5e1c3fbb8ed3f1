"""batch into a project folder that was moved (or copied) with its scenes and OUTDIR: every scene was classified
again (the layer records its scene by whole path, and a scene of the same name from another folder is redone), and
summary.csv kept the rows of the folder it was copied from (their outputs still there), so it listed each scene
twice, one row pointing at another folder's output. A scene whose recorded path is gone and that is found where the
move took it (scenes.found_scene, the size its run recorded) is up to date; summary.csv keeps an earlier row by its
output's name in this OUTDIR."""
from __future__ import annotations

import csv
import os
import shutil
import time
from pathlib import Path

from planet_qgis_plugin.cli.batch import main as batch
from tests.conftest import CAPE_TOWN_SR, RAPIDEYE


def _rows(outdir) -> list[dict[str, str]]:
    with open(outdir / "summary.csv", newline="") as handle:
        return list(csv.DictReader(handle))


def _project(tmp_path):
    """A project folder: two scenes in scenes/, batched into out/."""
    proj = tmp_path / "proj"
    (proj / "scenes").mkdir(parents=True)
    for scene in (CAPE_TOWN_SR, RAPIDEYE):
        shutil.copy2(scene, proj / "scenes" / scene.name)
    assert batch([str(proj / "scenes"), "-o", str(proj / "out"), "--workers", "1", "-q"]) == 0
    return proj


def test_a_moved_or_copied_project_is_resumed_and_summarised_as_its_own(tmp_path, capsys):
    proj = _project(tmp_path)
    copied = tmp_path / "copied"
    shutil.copytree(proj, copied)  # copy2: times kept, as cp -a and rsync -a keep them
    moved = tmp_path / "elsewhere" / "proj"
    shutil.move(proj, moved)
    capsys.readouterr()

    assert batch([str(moved / "scenes"), "-o", str(moved / "out"), "--workers", "1", "-q"]) == 0
    assert "0 classified, 2 up to date" in capsys.readouterr().out
    rows = _rows(moved / "out")
    assert sorted(r["scene"] for r in rows) == sorted(str((moved / "scenes" / s.name).resolve())
                                                      for s in (CAPE_TOWN_SR, RAPIDEYE))
    assert {r["output"] for r in rows} == {str((moved / "out" / f"{s.stem}.gpkg").resolve())
                                           for s in (CAPE_TOWN_SR, RAPIDEYE)}

    assert batch([str(copied / "scenes" / RAPIDEYE.name), "-o", str(copied / "out"), "--workers", "1", "-q"]) == 0
    rows = _rows(copied / "out")
    assert len(rows) == 2 and all(r["output"].startswith(str(copied.resolve() / "out")) for r in rows)


def test_rows_kept_from_the_earlier_run_name_the_scene_where_it_is_now(tmp_path):
    """A project folder moved and resumed with one of its scenes: the row kept for the other still named the scene
    where it was before the move (a path that is gone), beside an output where it is now."""
    proj = _project(tmp_path)
    moved = tmp_path / "elsewhere" / "proj"
    shutil.move(proj, moved)

    assert batch([str(moved / "scenes" / RAPIDEYE.name), "-o", str(moved / "out"), "--workers", "1", "-q"]) == 0
    assert sorted(r["scene"] for r in _rows(moved / "out")) == sorted(
        str((moved / "scenes" / s.name).resolve()) for s in (CAPE_TOWN_SR, RAPIDEYE))


def _copy_without_times(src, dst):
    """cp -r (times not kept: every copy newer than the original, the outputs perhaps older than their scenes)."""
    shutil.copytree(src, dst, copy_function=shutil.copyfile)


def test_a_copied_project_is_up_to_date_while_the_original_is_still_there(tmp_path, capsys):
    """The layer recorded its scene by whole path: a copy of the project beside the original (still there) was another
    scene to the batch, and every scene was classified again; copied without its times, the outputs older than their
    scenes were redone too. The scene's output records the scene's bytes (PLANET_INPUTS), which a copy has."""
    proj = _project(tmp_path)
    copied = tmp_path / "copied"
    _copy_without_times(proj, copied)
    for gpkg in (copied / "out").glob("*.gpkg"):   # the outputs copied first: older than the scenes
        os.utime(gpkg, ns=(time.time_ns() - 5 * 10**9,) * 2)
    capsys.readouterr()
    assert batch([str(copied / "scenes"), "-o", str(copied / "out"), "--workers", "1", "-q"]) == 0
    assert "0 classified, 2 up to date" in capsys.readouterr().out
    assert {r["status"] for r in _rows(copied / "out")} == {"up to date"}


def test_a_changed_scene_is_redone_even_with_its_output_newer(tmp_path, capsys):
    """A scene written over with other pixels of the same size, its output then touched (a copy, a backup restored):
    'newer than the scene' said up to date, and its tiles were another image's."""
    proj = _project(tmp_path)
    scene = proj / "scenes" / RAPIDEYE.name
    data = bytearray(scene.read_bytes())
    data[-5000:-4000] = bytes(1000)   # pixels of the last strip, same size
    scene.write_bytes(bytes(data))
    for gpkg in (proj / "out").glob("*.gpkg"):
        os.utime(gpkg)
    capsys.readouterr()
    assert batch([str(proj / "scenes"), "-o", str(proj / "out"), "--workers", "1", "-q"]) == 0
    assert "1 classified, 1 up to date" in capsys.readouterr().out
    status = {Path(r["scene"]).name: r["status"] for r in _rows(proj / "out")}
    assert status == {RAPIDEYE.name: "done", CAPE_TOWN_SR.name: "up to date"}


def test_a_scene_copied_again_under_its_name_with_new_times_is_up_to_date(tmp_path, capsys):
    """The same bytes with a new modification time (copied over itself from a backup): read once, not classified."""
    proj = _project(tmp_path)
    scene = proj / "scenes" / RAPIDEYE.name
    scene.write_bytes(scene.read_bytes())
    os.utime(scene, ns=(time.time_ns() + 10**9,) * 2)
    capsys.readouterr()
    assert batch([str(proj / "scenes"), "-o", str(proj / "out"), "--workers", "1", "-q"]) == 0
    assert "0 classified, 2 up to date" in capsys.readouterr().out


def test_the_same_bundle_under_another_path_leaves_the_scenes_up_to_date(tmp_path, capsys):
    """The project opened on another machine, whose plugin (and the bundle inside it) lies under another path: the
    layer recorded the bundle's folder, and every scene was classified again by the very same model. The bundle's
    bytes decide (another bundle still redoes them: tests/robustness/test_hostile_round4.py)."""
    from planet_qgis_plugin.core.model.bundle import default_bundle_path

    proj = _project(tmp_path)
    elsewhere = tmp_path / "other-machine" / "plugins" / default_bundle_path().name
    shutil.copytree(default_bundle_path(), elsewhere, copy_function=shutil.copyfile)   # new times too
    capsys.readouterr()
    assert batch([str(proj / "scenes"), "-o", str(proj / "out"), "--workers", "1", "--bundle", str(elsewhere),
                  "-q"]) == 0
    assert "0 classified, 2 up to date" in capsys.readouterr().out


def test_a_copied_projects_kept_rows_name_its_own_scenes(tmp_path):
    """A project copied beside the original and resumed with one of its scenes: the row kept for the other named the
    original's scene (still there), so the copy's summary.csv and report pointed into another project. It names the
    copy's own scene, the one beside its outputs."""
    proj = _project(tmp_path)
    copied = tmp_path / "copied"
    shutil.copytree(proj, copied)
    assert batch([str(copied / "scenes" / RAPIDEYE.name), "-o", str(copied / "out"), "--workers", "1", "-q"]) == 0
    assert sorted(r["scene"] for r in _rows(copied / "out")) == sorted(
        str((copied / "scenes" / s.name).resolve()) for s in (CAPE_TOWN_SR, RAPIDEYE))


def test_a_scene_written_while_it_was_classified_is_redone_next_time(tmp_path, monkeypatch, capsys):
    """Its bytes are read once classify is done (a FIFO given as a scene would have blocked a hash taken first): a
    scene written meanwhile must not be recorded as the bytes its output was made from."""
    from planet_qgis_plugin.core.teach import apply

    folder = tmp_path / "scenes"
    folder.mkdir()
    scene = folder / RAPIDEYE.name
    shutil.copyfile(RAPIDEYE, scene)
    real = apply.classify_applying

    def written_meanwhile(*args, **kwargs):
        done = real(*args, **kwargs)
        os.utime(scene, ns=(time.time_ns() + 10**9,) * 2)   # a download finishing, a copy over it
        return done

    monkeypatch.setattr(apply, "classify_applying", written_meanwhile)
    assert batch([str(folder), "-o", str(tmp_path / "out"), "--workers", "1", "-q"]) == 0
    monkeypatch.setattr(apply, "classify_applying", real)
    capsys.readouterr()
    assert batch([str(folder), "-o", str(tmp_path / "out"), "--workers", "1", "-q"]) == 0
    assert "1 classified, 0 up to date" in capsys.readouterr().out


def test_a_copied_project_is_checked_without_reading_its_scenes_twice(tmp_path, monkeypatch, capsys):
    """Before any work, each scene of a project copied beside the original was compared byte for byte with the
    original (filecmp, both files read whole: a month of 500 MB scenes read twice) to tell a copy from another scene
    of that name. The bytes its output records (PLANET_INPUTS) tell it: at the recorded size and time, nothing is read."""
    import filecmp

    proj = _project(tmp_path)
    copied = tmp_path / "copied"
    shutil.copytree(proj, copied)   # times kept (cp -a)

    def read_whole(*args, **kwargs):
        raise AssertionError("a scene read whole to compare it with the original")

    monkeypatch.setattr(filecmp, "cmp", read_whole)
    capsys.readouterr()
    assert batch([str(copied / "scenes"), "-o", str(copied / "out"), "--workers", "1", "-q"]) == 0
    assert "0 classified, 2 up to date" in capsys.readouterr().out
