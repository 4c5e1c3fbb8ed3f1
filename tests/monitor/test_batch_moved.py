"""batch into a project folder that was moved (or copied) with its scenes and OUTDIR: every scene was classified
again (the layer records its scene by whole path, and a scene of the same name from another folder is redone), and
summary.csv kept the rows of the folder it was copied from (their outputs still there), so it listed each scene
twice, one row pointing at another folder's output. A scene whose recorded path is gone and that is found where the
move took it (scenes.found_scene, the size its run recorded) is up to date; summary.csv keeps an earlier row by its
output's name in this OUTDIR."""
from __future__ import annotations

import csv
import shutil

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
