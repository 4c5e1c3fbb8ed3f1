"""Hostile inputs of 2026-12-07 (round 11): round 10's leftovers and what rounds 1-10 did not try (docs/robustness.md,
"Hostile inputs of 2026-12-07 (round 11)"). Each test failed before its fix."""
from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pytest

from ..conftest import RAPIDEYE
from .conftest import assert_refused, run_cli, snapshot


@pytest.mark.parametrize("option, value, said", [
    ("--min-rise", "-inf", "need 0 <= min rise (-inf)"),
    ("--margin", "-1e3", "<= margin (-1000)"),
    ("--far-quantile", "-Infinity", "-inf"),
    ("--min-rise", "-nan", "min rise (nan)"),
])
def test_a_negative_number_written_as_a_word_or_an_exponent_reaches_the_check(classified, tmp_path, option, value,
                                                                              said):
    """change --min-rise -inf (a script's bound, a float printed by Python): argparse took '-inf' and '-1e3' for options
    ('expected one argument'), while '--min-rise=-inf' was taken and refused by the check. The value now reaches the
    check, whose line says what is allowed."""
    before = snapshot(tmp_path)
    assert_refused(run_cli("change", classified, classified, "-o", tmp_path / "c.gpkg", option, value), said,
                   before, tmp_path)


def _located(layer, positive: int, negative: int) -> dict:
    """teach --locate --json's top tiles of ``layer`` (a copy of it: --dry-run writes nothing), by their ground."""
    import json
    import subprocess
    import sys

    from ..conftest import ROOT

    proc = subprocess.run([sys.executable, "-m", "planet_qgis_plugin.teach", str(layer), "--name", "pits",
                           "--positive", str(positive), "--negative", str(negative), "--top", "2", "--review", "0",
                           "--locate", "--dry-run", "--json"], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    return {tuple(item["cell"]["box"]): item["cell"] for item in json.loads(proc.stdout)["top"]}


def _fid_at(layer, ground: tuple[float, float]) -> int:
    """The fid of the tile of ``layer`` whose polygon holds the point ``ground``."""
    from osgeo import ogr

    ds = ogr.Open(str(layer))
    tiles = ds.GetLayer("tiles")
    tiles.SetSpatialFilterRect(ground[0], ground[1], ground[0], ground[1])
    fids = [f.GetFID() for f in tiles]
    tiles = ds = None
    assert len(fids) == 1, fids
    return fids[0]


@pytest.mark.parametrize("storage", ["south-up", "both"])
def test_teach_locate_names_the_quarter_as_the_map_shows_it_on_a_raster_stored_south_up(tmp_path, storage):
    """teach --locate on the layer of a raster stored south-up (row 0 its southern edge): the cell's box was on the
    ground, but its row / col counted the tile's halves in storage order, so the quarter the north-up copy calls
    0:0 (north-west) it called 1:0. The cell is the map's now: row 0 the northern half, col 0 the western, whatever
    the storage; the same ground gets the same cell from either copy. (A tile's ROW:COL is the raster's grid as
    stored, an id, unchanged: on the south-up copy 0:0 is the south-west tile.)"""
    from .test_hostile_round10 import _stored_copies

    copies = _stored_copies(tmp_path, storage)
    layers = [tmp_path / f"{name}.gpkg" for name in copies]
    for name, layer in zip(copies, layers):
        assert run_cli(tmp_path / name, "-o", layer).returncode == 0
    north_west, south_east = (259840.0 + 10, 120320.0 - 10), (262400.0 - 10, 117760.0 + 10)
    found = [_located(layer, _fid_at(layer, north_west), _fid_at(layer, south_east)) for layer in layers]
    assert sorted(found[0]) == sorted(found[1]) and found[0], found
    for box, cell in found[0].items():
        assert (found[1][box]["row"], found[1][box]["col"]) == (cell["row"], cell["col"]), (box, found)
    for box, cell in found[0].items():   # the north-up copy's rows and cols, which the map shows
        middle_y, middle_x = (box[1] + box[3]) / 2, (box[0] + box[2]) / 2
        assert cell["row"] == int(middle_y % 1280 < 640) and cell["col"] == int(middle_x % 1280 >= 640), (box, cell)


@pytest.mark.parametrize("names", [("one/Scene.tif", "two/scene.tif"), ("Scene.tif", "scene.tif"),
                                   ("caf\u00e9.tif", "cafe\u0301.tif")], ids=["case", "case-one-folder", "unicode-form"])
def test_batch_of_two_scenes_whose_outputs_differ_only_in_case_is_refused(tmp_path, names):
    """batch over Scene.tif and scene.tif (two folders of an archive, or one folder on Linux), or café.tif written
    in Unicode's two forms (é, or e and its accent: macOS writes the second): their outputs Scene.gpkg and scene.gpkg
    are two files here but one on a file system that ignores case or the form (Windows, macOS, most shares the
    project folder is copied to or lives on), where the second scene's layer replaced the first's, or was taken for
    it as 'up to date'. Refused before the output folder is made, as two scenes of one name are."""
    archive = tmp_path / "archive"
    for name in names:
        (archive / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(RAPIDEYE, archive / name)
    before = snapshot(tmp_path)
    line = assert_refused(run_cli("batch", archive, "-o", tmp_path / "out", "--workers", "1"),
                          "would both be written to", before, tmp_path)
    assert "one file where names" in line, line


def _archive(folder: Path) -> Path:
    """``folder``/archive holding the RapidEye scene as scene.tif: a batch's input."""
    archive = folder / "archive"
    archive.mkdir()
    shutil.copyfile(RAPIDEYE, archive / "scene.tif")
    return archive


def test_a_second_batch_into_a_folder_a_batch_is_writing_is_refused(tmp_path):
    """Two batches into one OUTDIR at once (two terminals, a cron job over a hand-started run, two archives into one
    project): each rewrote summary.csv from the rows it had read at its start, so the one that finished last wrote
    the other's scenes out of it: both said 'done', summary.csv listed one scene of two (the other's GeoPackage
    there, unlisted; a script reading the summary missed its flags). A batch holds its output folder (an advisory
    lock on the folder itself: no file is written for it); another batch into that folder is refused, one line,
    nothing written, and runs once the first is done. Here the test holds the folder as a running batch does."""
    import fcntl
    import os

    archive, out = _archive(tmp_path), tmp_path / "out"
    out.mkdir()
    held = os.open(out, os.O_RDONLY)
    try:
        fcntl.flock(held, fcntl.LOCK_EX | fcntl.LOCK_NB)
        before = snapshot(tmp_path)
        line = assert_refused(run_cli("batch", archive, "-o", out, "--workers", "1"),
                              f"another batch is writing into {out}", before, tmp_path)
        assert "wait for it to finish, or choose another output folder" in line, line
    finally:
        os.close(held)
    proc = run_cli("batch", archive, "-o", out, "--workers", "1")
    assert proc.returncode == 0 and sorted(p.name for p in out.iterdir()) == ["scene.gpkg", "summary.csv"], proc.stderr


def test_an_output_named_dash_is_refused_not_made_as_a_file_named_dash(classified, tmp_path, monkeypatch):
    """'-' is standard output to most tools: `teach ... --save-concept - | jq`, `batch ... -o -`, `change ... --export
    -`, `train.py --out -`. The commands write files and folders only, and each made one named '-' in the working
    folder without a word (teach said `saved concept 'pits' to -`), the pipe getting the summary lines. Refused now,
    one line, nothing written, the layer as it was."""
    import os
    import subprocess
    import sys

    from ..conftest import ROOT

    layer = tmp_path / "tiles.gpkg"
    shutil.copyfile(classified, layer)
    archive = _archive(tmp_path)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}   # the checkout's code, run from another folder
    said = "is a file or folder named '-', not standard output"
    before = snapshot(tmp_path)
    teach = [sys.executable, "-m", "planet_qgis_plugin.teach", str(layer), "--name", "pits", "--positive", "1,2",
             "--top", "0", "--review", "0"]
    runs = {
        "--save-concept": subprocess.run([*teach, "--save-concept", "-"], cwd=tmp_path, capture_output=True,
                                         text=True, timeout=180, env=env),
        "--save-to": subprocess.run([*teach, "--save-to", "-"], cwd=tmp_path, capture_output=True, text=True,
                                    timeout=180, env=env),
        "export": subprocess.run([sys.executable, "-m", "planet_qgis_plugin.change", str(classified), str(layer),
                                  "-o", "c.gpkg", "--export", "-", "-q"], cwd=tmp_path, capture_output=True,
                                 text=True, timeout=180, env=env),
        "batch": subprocess.run([sys.executable, "-m", "planet_qgis_plugin", "batch", str(archive), "-o", "-", "-q"],
                                cwd=tmp_path, capture_output=True, text=True, timeout=180, env=env),
        "--out": subprocess.run([sys.executable, str(ROOT / "trainer" / "train.py"), "--data", str(layer), "--raster",
                                 str(RAPIDEYE), "--out", "-", "--epochs", "1", "--arch", "baseline", "--pretrained",
                                 "none", "--no-progress"], cwd=tmp_path, capture_output=True, text=True, timeout=300,
                                env=env),
    }
    for what, proc in runs.items():
        assert_refused(proc, said, before, tmp_path, code=2 if what == "--out" else 1)


@pytest.mark.parametrize("given", [dict(reason=float("nan")), dict(reason=2019), dict(reason=b"cloud"),
                                   dict(reviewer=7), dict(reviewer=["ana"])],
                         ids=["reason-nan", "reason-int", "reason-bytes", "reviewer-int", "reviewer-list"])
def test_an_answer_whose_reason_or_reviewer_is_not_text_is_one_line(change_layer, given):
    """record_review from a program (a triage script reading a CSV with pandas: an empty cell is the float NaN, a
    reason '2019' the number 2019): TypeError ('expected string or bytes-like object, got float') out of the
    core, not its one ChangeError line. Refused naming the value, nothing written."""
    from planet_qgis_plugin.core.monitor.alerts import read_alerts, record_review
    from planet_qgis_plugin.core.monitor.change import ChangeError

    fid = read_alerts(change_layer).rows[0].fid
    before = change_layer.read_bytes()
    answer = {"reason": "cloud shadow", "reviewer": "ana", **given}
    with pytest.raises(ChangeError, match=f"{next(iter(given))} .* is not text"):
        record_review(change_layer, fid, "rejected", **answer)
    assert change_layer.read_bytes() == before


@pytest.mark.parametrize("given", [dict(reason="pit \ud800 of 2019"), dict(reviewer="an\udce9")],
                         ids=["reason", "reviewer"])
def test_an_answer_holding_a_lone_surrogate_is_stored_with_a_replacement_character(change_layer, given):
    """A lone UTF-16 surrogate in a reason or reviewer (JSON from a web form may carry '\\ud800', valid JSON;
    Python gives a user name of non-UTF-8 bytes, the dock's default reviewer, as '\\udce9'): GDAL's `RuntimeError:
    not a string` out of record_review (and the Alerts dock's Y / N). Stored with U+FFFD in its place, in the field
    and the history alike."""
    from planet_qgis_plugin.core.monitor.alerts import read_alerts, record_review

    answer = {"reason": "cloud shadow", "reviewer": "ana", **given}
    record_review(change_layer, read_alerts(change_layer).rows[0].fid, "rejected", **answer)
    row = read_alerts(change_layer).rows[0]
    stored = row.reject_reason if "reason" in given else row.reviewed_by
    assert stored == next(iter(given.values())).replace("\ud800", "\ufffd").replace("\udce9", "\ufffd"), stored
    assert stored in row.history, row.history


def _unfinished_geotiff(path: Path, written: bool) -> Path:
    """A 2048 px 3-band uint8 GeoTIFF (64 blocks of 256 px) as a writer killed midway leaves it (gdal_translate or a
    download stopped: the header and the block table are on disk, the blocks not yet written have offset 0, which
    GDAL reads as zeros): ``written``, its first block holds pixels; else none does. No nodata value."""
    from osgeo import gdal, osr

    ds = gdal.GetDriverByName("GTiff").Create(str(path), 2048, 2048, 3, gdal.GDT_Byte, ["TILED=YES", "SPARSE_OK=TRUE"])
    ds.SetGeoTransform((699648, 3, 0, 100608, 0, -3))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(32649)
    ds.SetProjection(srs.ExportToWkt())
    if written:
        pixels = np.random.default_rng(0).integers(1, 255, (3, 256, 256)).astype(np.uint8)
        for band in range(3):
            ds.GetRasterBand(band + 1).WriteArray(pixels[band])
    ds = None
    return path


def test_a_geotiff_none_of_whose_blocks_was_written_is_refused_not_classified_black(tmp_path, outdir):
    """`timeout -s KILL 0.8 gdal_translate -co TILED=YES big.tif out.tif` leaves an 8 KB out.tif that opens as
    8000 x 8000 px and reads as zeros (its blocks' offsets still 0): classify said `1024 tiles classified, 0
    skipped`, exit 0, every tile black ground, tagged and in the batch's summary as a scene. Refused before any
    work, one line, the earlier output kept."""
    scene = _unfinished_geotiff(tmp_path / "cut.tif", False)
    before = snapshot(outdir)
    assert_refused(run_cli(scene, "-o", outdir / "previous.gpkg", "--overwrite"),
                   "cut.tif is damaged or truncated: none of its blocks was ever written", before, outdir)


def test_a_geotiff_some_of_whose_blocks_were_never_written_is_said_to_read_as_black_ground(tmp_path):
    """The same stopped after its first block, or gdalwarp onto a larger grid without a nodata value (it leaves
    the blocks its source misses unwritten): classified as before, their tiles black ground, without a word. The
    run says so, naming the copy that marks them nodata, which is classified with those tiles skipped."""
    import subprocess

    scene = _unfinished_geotiff(tmp_path / "cut.tif", True)
    proc = run_cli(scene, "-o", tmp_path / "cut.gpkg")
    assert proc.returncode == 0 and "64 tiles classified" in proc.stdout, proc.stderr
    warned = [line for line in proc.stderr.splitlines() if "blocks never written" in line]
    assert len(warned) == 1 and "98.4 % of its pixels" in warned[0], proc.stderr
    assert "gdal_translate -of VRT -a_nodata 0 cut.tif cut_nodata.vrt" in warned[0], warned
    subprocess.run(["gdal_translate", "-q", "-of", "VRT", "-a_nodata", "0", "cut.tif", "cut_nodata.vrt"],
                   cwd=tmp_path, check=True)
    proc = run_cli(tmp_path / "cut_nodata.vrt", "-o", tmp_path / "gaps.gpkg")
    assert proc.returncode == 0 and "1 tile classified, 63 skipped (no data)" in proc.stdout, proc.stdout


def test_the_trainer_refuses_a_raster_whose_blocks_were_never_written(tmp_path):
    """train.py --data tiles.gpkg --raster cut.tif, cut.tif the scene's export stopped midway (one block of 64
    written, the rest reading as zeros): the trainer cut 63 black chips, gave them the tiles' tags (primary, clear,
    agriculture) and wrote a bundle trained on them, exit 0. The tiles in blocks never written are named, as tiles
    off the raster's grid are: one line, exit 2, no run folder (--skip-bad trains without them)."""
    import os
    import subprocess
    import sys

    from osgeo import gdal, ogr

    from ..conftest import ROOT

    whole = tmp_path / "whole.tif"
    gdal.Translate(str(whole), str(_unfinished_geotiff(tmp_path / "cut.tif", True)), creationOptions=["TILED=YES"])
    pixels = gdal.Open(str(whole), gdal.GA_Update)
    for band in range(1, 4):   # every block written
        pixels.GetRasterBand(band).WriteArray(np.random.default_rng(band).integers(1, 255, (2048, 2048)).astype(np.uint8))
    pixels = None
    assert run_cli(whole, "-o", tmp_path / "tiles.gpkg").returncode == 0
    ds = ogr.Open(str(tmp_path / "tiles.gpkg"), 1)
    ds.ExecuteSQL("UPDATE tiles SET tags = CASE WHEN fid % 2 THEN 'primary clear' ELSE 'agriculture clear' END")
    ds = None
    before = snapshot(tmp_path)
    proc = subprocess.run([sys.executable, str(ROOT / "trainer" / "train.py"), "--data", str(tmp_path / "tiles.gpkg"),
                           "--raster", str(tmp_path / "cut.tif"), "--out", str(tmp_path / "run"), "--epochs", "1",
                           "--arch", "baseline", "--pretrained", "none", "--no-progress"],
                          cwd=ROOT, capture_output=True, text=True, timeout=600,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})   # the checkout's trainer and plugin
    assert_refused(proc, "63 tiles lie in blocks of cut.tif never written, which read as zeros", before, tmp_path,
                   code=2)


@pytest.mark.parametrize("when, said", [
    ("2026-01-01T12:00:00Z", "must be a datetime, not str"), (1700000000, "must be a datetime, not int"),
    (__import__("datetime").date(2026, 1, 1), "must be a datetime, not date"),
    (__import__("datetime").datetime.min, "cannot be put in UTC"),
    (__import__("datetime").datetime.max.replace(tzinfo=__import__("datetime").timezone.utc), "is in the future"),
], ids=["iso-text", "epoch", "date", "year-1", "year-9999"])
def test_an_answer_timed_with_no_datetime_or_out_of_range_is_one_line(change_layer, when, said):
    """record_review(..., when=) from a program: the time as a CSV gives it (ISO text, an epoch number, a date)
    was AttributeError ('str' object has no attribute 'astimezone'), datetime.min ValueError ('year 0 is out of
    range'), and datetime.max was stored as an answer given at 9999-12-31T23:59:59Z, ordering the audit trail
    wrong. One ChangeError line each, nothing written."""
    from planet_qgis_plugin.core.monitor.alerts import read_alerts, record_review
    from planet_qgis_plugin.core.monitor.change import ChangeError

    fid = read_alerts(change_layer).rows[0].fid
    before = change_layer.read_bytes()
    with pytest.raises(ChangeError, match=said):
        record_review(change_layer, fid, "rejected", reason="cloud shadow", reviewer="ana", when=when)
    assert change_layer.read_bytes() == before


def test_a_scene_named_like_the_batchs_temporary_files_is_refused(tmp_path):
    """A scene named `.x.999999999.abc.batch.tif` gets the output `.x.999999999.abc.batch.gpkg`, which is how the
    batch names a scene's temporary file (`.<scene>.<pid>-<host>.<random>.batch.gpkg`, here of a process long
    gone): the next batch into the folder removed it as a dead run's leftover ('removed 1 temporary file') and
    classified the scene again, a concept taught on its layer lost. Refused before the output folder is made."""
    archive = tmp_path / "archive"
    archive.mkdir()
    shutil.copyfile(RAPIDEYE, archive / ".x.999999999.abc.batch.tif")
    before = snapshot(tmp_path)
    assert_refused(run_cli("batch", archive, "-o", tmp_path / "out", "--workers", "1"),
                   "would be named as the batch's temporary files", before, tmp_path)


def test_a_box_area_of_interest_on_a_raster_on_a_local_grid_is_told_to_use_the_rasters_own_crs(make_raster, tmp_path):
    """--aoi minx,miny,maxx,maxy (EPSG:4326 by default, or an EPSG code) on a raster in a local engineering CRS (a
    site grid no datum ties to the earth): refused with PROJ's reason and 'save the area of interest in a defined
    CRS', which it was (EPSG:4326), so the advice led nowhere. It says the raster is on a local grid and that the area
    must be a file in the raster's own CRS (which works: classified)."""
    from osgeo import gdal, ogr, osr

    local = ('LOCAL_CS["Engineering site",LOCAL_DATUM["site",0],UNIT["metre",1],AXIS["X",EAST],'
             'AXIS["Y",NORTH]]')
    scene = make_raster(300, 300, crs=local)
    before = snapshot(tmp_path)
    for box in ("-60,-3,-59,-2", "699700,100000,700000,100500,EPSG:32649"):
        line = assert_refused(run_cli(scene, "-o", tmp_path / "o.gpkg", f"--aoi={box}"), "is on a local grid",
                              before, tmp_path)
        assert "in the raster's own CRS" in line, line
    own = gdal.Open(str(scene)).GetProjection()   # the raster's CRS, as QGIS saves a layer in it
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(tmp_path / "area.gpkg"))
    layer = ds.CreateLayer("area", osr.SpatialReference(wkt=own), ogr.wkbPolygon)
    feature = ogr.Feature(layer.GetLayerDefn())
    feature.SetGeometry(ogr.CreateGeometryFromWkt("POLYGON((699700 100000,700000 100000,700000 100500,"
                                                  "699700 100500,699700 100000))"))
    layer.CreateFeature(feature)
    feature = layer = ds = None
    proc = run_cli(scene, "-o", tmp_path / "o.gpkg", "--aoi", tmp_path / "area.gpkg")
    assert proc.returncode == 0 and "1 tile classified" in proc.stdout, proc.stderr


@pytest.mark.parametrize("edit", ["ALTER TABLE tiles DROP COLUMN p_haze", "ALTER TABLE tiles RENAME COLUMN p_haze TO p_haze_old"],
                         ids=["deleted", "renamed"])
def test_change_of_a_layer_that_lost_a_tags_field_says_so_not_another_bundle(classified, tmp_path, edit):
    """change BEFORE AFTER, AFTER a copy whose p_haze field was deleted or renamed in QGIS: 'BEFORE and AFTER were
    classified with different labels (only BEFORE: haze; only AFTER: -); classify both with the same model bundle',
    of two layers one bundle classified (the analyst reclassifies with the bundle they used). It names the field and
    the edit, as a lost score_ field is named (round 6). Nothing written."""
    from osgeo import gdal

    after = tmp_path / "after.gpkg"
    shutil.copyfile(classified, after)
    ds = gdal.OpenEx(str(after), gdal.OF_VECTOR | gdal.OF_UPDATE)
    ds.ReleaseResultSet(ds.ExecuteSQL(edit))
    ds = None
    before = snapshot(tmp_path)
    assert_refused(run_cli("change", classified, after, "-o", tmp_path / "c.gpkg"),
                   "AFTER (after.gpkg) lacks the field p_haze that BEFORE has, though one model classified both "
                   "(deleted or renamed in QGIS?)", before, tmp_path)
