"""batch with scenes that fail: the failures were listed ('failed: <scene>: <error>', some errors with no fix, such as
'not a readable raster') and the last line counted them, but nothing said what to do. A `next:` line now does, as
change's does: fix or remove them and run the same command again, the finished scenes are not redone."""
from __future__ import annotations

import csv
import shutil

from planet_qgis_plugin.cli.batch import main as batch
from tests.conftest import CAPE_TOWN_SR


def test_a_batch_with_failed_scenes_ends_with_the_next_step(tmp_path, capsys):
    scenes = tmp_path / "scenes"
    scenes.mkdir()
    shutil.copyfile(CAPE_TOWN_SR, scenes / CAPE_TOWN_SR.name)
    (scenes / "notes.jpg").write_text("not a picture")
    (scenes / "half.tif").write_bytes(CAPE_TOWN_SR.read_bytes()[:20000])
    out = tmp_path / "out"
    assert batch([str(scenes), "-o", str(out), "--workers", "1", "-q"]) == 1
    with open(out / "summary.csv", newline="") as handle:
        failed = [r for r in csv.DictReader(handle) if r["status"] == "failed"]
    lines = capsys.readouterr().out.strip().splitlines()
    assert lines[-1].startswith(f"next: fix or remove the {len(failed)} failed scenes")
    assert "run the same command again" in lines[-1] and str(out / "summary.csv") in lines[-1]

    shutil.move(scenes / "notes.jpg", tmp_path / "notes.jpg")
    (scenes / "half.tif").unlink()
    assert batch([str(scenes), "-o", str(out), "--workers", "1", "-q"]) == 0
    assert not capsys.readouterr().out.strip().splitlines()[-1].startswith("next:")
