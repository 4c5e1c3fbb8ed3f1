"""Hostile inputs of 2026-12-07 (round 8): the code that landed that day, given what a careless user or a hostile
file gives it (docs/robustness.md, "Hostile inputs of 2026-12-07 (round 8: today's new code)")."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from ..conftest import RAPIDEYE, ROOT, edit_tiles


def _set_history(path: Path, fid: int, text: str) -> None:
    from osgeo import ogr

    ds = ogr.Open(str(path), 1)
    layer = ds.GetLayerByName("changes")
    feature = layer.GetFeature(fid)
    feature.SetField("review_history", text)
    layer.SetFeature(feature)
    del feature, layer, ds


NESTED = "[" * 100_000 + "]" * 100_000   # valid JSON, nested past Python's recursion limit


def test_a_review_history_nested_past_the_recursion_limit_is_kept_whole_as_text(change_layer, tmp_path):
    """review_history is a JSON list; text that is not one (edited by hand) is kept whole as the first entry. A
    list nested 100 000 deep is JSON, and json.loads raised RecursionError (not ValueError) out of the Alerts dock's
    earlier answers, the next answer (record_review) and the hand-off's alerts.html: a traceback each."""
    from planet_qgis_plugin.core.monitor.alerts import answers, history_lines, read_alerts, record_review
    from planet_qgis_plugin.core.monitor.handoff import export_alerts

    fid = read_alerts(change_layer).rows[0].fid
    _set_history(change_layer, fid, NESTED)
    assert answers(NESTED) == [{"earlier": NESTED}] and history_lines(NESTED) == [NESTED]
    record_review(change_layer, fid, "confirmed", "mining", reviewer="auditor")
    (row,) = read_alerts(change_layer).rows
    kept = json.loads(row.history)
    assert kept[0] == {"earlier": NESTED} and kept[1]["review"] == "confirmed"
    export_alerts(change_layer, tmp_path / "handoff")
    assert "history:" in (tmp_path / "handoff" / "alerts.html").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", ["a" * 5000, "d/" * 3000 + "b.tif"])
def test_a_scene_recorded_with_a_name_too_long_for_the_system_is_no_scene(change_layer, tmp_path, name):
    """The change layer records its scenes (metadata PLANET_BEFORE_SCENE / PLANET_AFTER_SCENE), looked for as
    recorded and beside the layer. A name the system cannot look up (longer than PATH_MAX / NAME_MAX, in a hostile
    or hand-edited layer) raised OSError 'File name too long' out of read_alerts: the Alerts dock, the export and
    the report all failed on it. It is a scene not found, as a missing one is (no thumbnails)."""
    from osgeo import ogr

    from planet_qgis_plugin.core.monitor.alerts import read_alerts
    from planet_qgis_plugin.core.monitor.change import META_AFTER_SCENE, META_BEFORE_SCENE
    from planet_qgis_plugin.core.monitor.handoff import export_alerts

    ds = ogr.Open(str(change_layer), 1)
    layer = ds.GetLayerByName("changes")
    layer.SetMetadataItem(META_BEFORE_SCENE, name)
    layer.SetMetadataItem(META_AFTER_SCENE, name)
    del layer, ds
    alerts = read_alerts(change_layer)
    assert alerts.scenes == (None, None) and len(alerts.rows) == 1
    export_alerts(change_layer, tmp_path / "handoff")
    assert (tmp_path / "handoff" / "alerts.csv").is_file()


def test_change_of_a_tile_layer_recording_a_scene_name_too_long_runs_without_its_thumbnails(classified, tmp_path):
    """change records each tile layer's scene (metadata PLANET_SCENE) whole since today (recorded_scene resolves
    it); a name too long for the system (a hand-edited or hostile layer) raised OSError out of the run. It is a scene
    not found, as a moved one is: the run goes on, its report without thumbnails."""
    from planet_qgis_plugin.core.layer.tiletable import write_run_metadata
    from planet_qgis_plugin.core.monitor.alerts import read_alerts
    from planet_qgis_plugin.core.monitor.change import compare

    after = tmp_path / "after.gpkg"
    shutil.copyfile(classified, after)
    edit_tiles(after, {(0, 1): {"flag_mining": 1, "flagged": 1, "score_mining": 1.0}})
    write_run_metadata(after, {"scene": "x" * 5000})
    compare(classified, after, tmp_path / "change.gpkg")
    assert read_alerts(tmp_path / "change.gpkg").scenes[1] is None


def test_teach_given_a_negative_fid_of_a_tile_without_a_place_names_that_tile_and_the_fix(tmp_path, capsys):
    """teach names a tile whose fid was edited to a negative one by its ROW:COL (cli/teach._by_place), the core's ids
    being digits. A tile whose row or col is NULL too (both edited in QGIS) has no ROW:COL: teach refused the fid the
    user gave as "tile id '-1:-1' is neither a fid nor ROW:COL", a ROW:COL nobody typed. It names the fid given and
    the fix, and nothing is written."""
    from osgeo import ogr

    from planet_qgis_plugin.cli import teach as teach_cli

    from ..core.teach_data import bundle_with_embedding, planted, write_tile_gpkg

    embeddings, truth, _ = planted()
    path = write_tile_gpkg(tmp_path / "tiles.gpkg", embeddings)
    ds = ogr.Open(str(path), 1)
    ds.ExecuteSQL("UPDATE tiles SET fid = -fid, row = NULL WHERE fid = 3")
    ds = None
    bundle = bundle_with_embedding(tmp_path / "bundle")
    before = path.read_bytes()
    positive = str(int(truth.nonzero()[0][0]) + 1)
    assert teach_cli.main([str(path), "--bundle", str(bundle), "--name", "pits", "--positive", positive,
                           "--negative", "-3"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("error: tile -3 ") and "fid of 0 or more" in err[0], err
    assert path.read_bytes() == before


def test_a_vrt_with_a_crs_and_no_georeference_is_told_where_that_crs_is(tmp_path):
    """A raster with a CRS and nothing placing its pixels in it is refused, naming how to remove that CRS. For a VRT
    (gdal_translate -of VRT -a_srs on a plain image) it said to remove 'the SRS in plain.vrt.aux.xml', a file that
    does not exist: the CRS is the VRT's own SRS element."""
    import numpy as np
    from osgeo import gdal

    plain = tmp_path / "plain.tif"
    ds = gdal.GetDriverByName("GTiff").Create(str(plain), 64, 64, 3, gdal.GDT_Byte)
    ds.WriteArray(np.zeros((3, 64, 64), np.uint8))
    ds = None
    gdal.Translate(str(tmp_path / "plain.vrt"), str(plain), format="VRT", outputSRS="EPSG:32649")
    proc = subprocess.run([sys.executable, "-m", "planet_qgis_plugin", str(tmp_path / "plain.vrt"), "-o",
                           str(tmp_path / "tiles.gpkg"), "-q"], cwd=ROOT, capture_output=True, text=True, timeout=180)
    assert proc.returncode == 1 and proc.stderr.count("\n") == 1, proc.stderr
    assert "the SRS element in plain.vrt" in proc.stderr and ".aux.xml" not in proc.stderr, proc.stderr
    assert not (tmp_path / "tiles.gpkg").exists()


def test_a_folder_named_like_the_option_keeps_its_name_in_the_faces_refusal(tmp_path):
    """Processing's Teach concept and the teach panel say the core's refusals of the folder with their own name for
    teach's --save-to (i18n.option_as). A folder the analyst named '--save-to' (or 'x --save-to') was renamed in
    that line too: 'SAVE_TO /data/SAVE_TO is a folder this plugin did not make', a folder that does not exist. Only
    the option, never the path, is renamed."""
    from planet_qgis_plugin.core.errors import OutputError
    from planet_qgis_plugin.core.teach.save import check_replaceable
    from planet_qgis_plugin.i18n import option_as

    folder = tmp_path / "--save-to"
    folder.mkdir()
    (folder / "mine.txt").write_text("the analyst's", encoding="utf-8")
    with pytest.raises(OutputError) as refused:
        check_replaceable(folder)
    said = option_as(str(refused.value), {"--save-to": "SAVE_TO"})
    assert said.startswith(f"SAVE_TO {folder} is a folder"), said
    assert option_as("the model is copied with --save-to", {"--save-to": "SAVE_TO"}).endswith("with SAVE_TO")


LATIN1 = os.fsdecode(b"cena\xe9")  # a name from an archive written in Latin-1, on a UTF-8 system


def _change(*args, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "planet_qgis_plugin.change", *map(str, args)], cwd=cwd,
                          capture_output=True, text=True, timeout=180, env={**os.environ, "PYTHONPATH": str(ROOT)})


@pytest.fixture
def pair(classified, tmp_path) -> tuple[Path, Path]:
    """(before, after) tile layers of the RapidEye scene, a new mining flag at 0:1 in AFTER."""
    before, after = tmp_path / "before.gpkg", tmp_path / "after.gpkg"
    shutil.copyfile(classified, before)
    shutil.copyfile(classified, after)
    edit_tiles(after, {(0, 1): {"flag_mining": 1, "flagged": 1, "score_mining": 1.0}})
    return before, after


def test_change_given_a_scene_whose_name_is_not_utf8_is_one_line(pair, tmp_path):
    """change records its scenes in the change layer (whole paths since today); --before-scene named in Latin-1
    ended in a traceback (SetMetadataItem: TypeError 'argument 3 of type char const *') after the comparison, the
    change layer half written. It is refused before any work, as classify refuses such a raster."""
    before, after = pair
    scene = tmp_path / (LATIN1 + ".tif")
    shutil.copyfile(RAPIDEYE, scene)
    proc = _change(before, after, "-o", "change.gpkg", "--before-scene", scene, cwd=tmp_path)
    assert proc.returncode == 1 and proc.stderr.startswith("error: ") and proc.stderr.count("\n") == 1, proc.stderr
    assert "not UTF-8" in proc.stderr
    assert not (tmp_path / "change.gpkg").exists()


def test_change_run_in_a_folder_whose_name_is_not_utf8_records_its_scenes(classified, tmp_path):
    """Run in a folder named in Latin-1 on layers whose runs recorded their scene by a relative name, change made
    each whole (today) and wrote that name, not UTF-8, into the change layer: the same traceback. The scenes are
    recorded as the runs recorded them, and found beside the layer."""
    from planet_qgis_plugin.core.layer.tiletable import write_run_metadata

    folder = tmp_path / LATIN1
    folder.mkdir()
    shutil.copyfile(RAPIDEYE, folder / "scene.tif")
    for name in ("before.gpkg", "after.gpkg"):   # made here, then moved: GDAL takes no name that is not UTF-8
        shutil.copyfile(classified, tmp_path / name)
        write_run_metadata(tmp_path / name, {"scene": "scene.tif"})
    edit_tiles(tmp_path / "after.gpkg", {(0, 1): {"flag_mining": 1, "flagged": 1, "score_mining": 1.0}})
    for name in ("before.gpkg", "after.gpkg"):
        shutil.move(tmp_path / name, folder / name)
    proc = _change("before.gpkg", "after.gpkg", "-o", "change.gpkg", cwd=folder)
    assert proc.returncode == 0, proc.stderr


def test_a_reviewer_or_reason_with_control_characters_is_stored_as_one_text_everywhere(change_layer):
    """The Reviewer box (or a script's record_review) given a name with a NUL, a terminal escape or a right-to-left
    override: the GeoPackage field stopped at the NUL ('ana') while review_history kept 'ana\\x00evil', so the
    audit trail named two reviewers; U+202E showed the name, and the rest of the dock's line, reversed ('Ana' for
    'anA'). Control and bidirectional characters are taken out (a space), as the whitespace the name already loses."""
    from planet_qgis_plugin.core.monitor.alerts import read_alerts, record_review

    fid = read_alerts(change_layer).rows[0].fid
    record_review(change_layer, fid, "rejected", reason="pit\x00 of 2019\x1b[2J", reviewer="ana\x00evil\u202eanA")
    (row,) = read_alerts(change_layer).rows
    last = json.loads(row.history)[-1]
    assert (row.reviewed_by, last["by"]) == ("ana evil anA",) * 2
    assert (row.reject_reason, last["reason"]) == ("pit of 2019 [2J",) * 2


def test_change_on_a_terminal_that_is_not_utf8_says_its_next_step(pair, tmp_path):
    """change's last line (today) says the next step with the dock's button names, 'Review alerts…': on a terminal
    whose encoding has no '…' (a Latin-1 locale, PYTHONIOENCODING=latin-1, a log in ASCII) the print raised
    UnicodeEncodeError: a traceback and exit 1 after the layer was written. Every other line of the command lines is
    ASCII; so is this one."""
    before, after = pair
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONIOENCODING": "latin-1"}
    proc = subprocess.run([sys.executable, "-m", "planet_qgis_plugin.change", str(before), str(after), "-o",
                           "change.gpkg"], cwd=tmp_path, capture_output=True, text=True, timeout=180, env=env)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.splitlines()[-1].startswith("next: judge each alert"), proc.stdout
