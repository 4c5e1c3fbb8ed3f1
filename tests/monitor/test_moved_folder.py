"""A project folder moved (or copied to another machine, mounted elsewhere): the tile layers and the change layer
record their scenes by whole path, which then leads nowhere. `change` on the moved GeoPackages skipped the
misregistration check, recorded no scenes and exported without thumbnails ('the scenes are not known'); a change
layer written before the move exported without thumbnails. A recorded scene not found where recorded is now
looked for where the move took it: under the layer's folder or one above it, by the end of its recorded path."""
from __future__ import annotations

import shutil

from planet_qgis_plugin.cli.batch import main as batch
from planet_qgis_plugin.cli.change import main as change
from planet_qgis_plugin.core.monitor.alerts import read_alerts
from planet_qgis_plugin.core.monitor.change import META_BEFORE_SCENE
from planet_qgis_plugin.core.monitor.handoff import export_alerts
from tests.conftest import RAPIDEYE, edit_tiles


def _project(root):
    """root/scenes/<RapidEye>, root/out/<its batch layer> (BEFORE) and root/out/after.gpkg (a copy with a new
    mining flag), root/out/change.gpkg between them."""
    (root / "scenes").mkdir(parents=True)
    shutil.copyfile(RAPIDEYE, root / "scenes" / RAPIDEYE.name)
    assert batch([str(root / "scenes"), "-o", str(root / "out"), "--workers", "1", "-q"]) == 0
    before = root / "out" / f"{RAPIDEYE.stem}.gpkg"
    after = root / "out" / "after.gpkg"
    shutil.copyfile(before, after)
    edit_tiles(after, {(0, 1): {"flag_mining": 1, "flagged": 1, "score_mining": 1.0}})
    assert change([str(before), str(after), "-o", str(root / "out" / "change.gpkg"), "-q"]) == 0
    return before, after


def test_a_moved_project_still_finds_its_scenes(tmp_path, capsys):
    _project(tmp_path / "proj")
    moved = tmp_path / "elsewhere" / "proj"
    shutil.move(tmp_path / "proj", moved)
    scene = (moved / "scenes" / RAPIDEYE.name).resolve()
    capsys.readouterr()

    alerts = read_alerts(moved / "out" / "change.gpkg")  # written before the move
    assert alerts.rows and alerts.scenes == (scene, scene)
    assert export_alerts(moved / "out" / "change.gpkg", moved / "handoff").thumbnails

    before, after = moved / "out" / f"{RAPIDEYE.stem}.gpkg", moved / "out" / "after.gpkg"
    assert change([str(before), str(after), "-o", str(moved / "again.gpkg"), "--export", str(moved / "again"),
                   "-q"]) == 0
    assert "no thumbnails" not in capsys.readouterr().out
    assert read_alerts(moved / "again.gpkg").metadata[META_BEFORE_SCENE] == str(scene)
    assert any((moved / "again" / "thumbs").iterdir())
