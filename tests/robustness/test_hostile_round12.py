"""Hostile inputs of 2026-12-07 (round 12): round 11's leftovers and what rounds 1-11 did not try (docs/robustness.md,
"Hostile inputs of 2026-12-07 (round 12)"). Each test failed before its fix."""
from __future__ import annotations

import subprocess
from pathlib import Path

import numpy as np
import pytest

from .conftest import assert_refused, run_cli, snapshot


def _scene_with_gaps(folder: Path, covered: bool = True) -> Path:
    """gaps.vrt: 1024 px a side over one 256 px 3-band uint8 scene in its north-west corner (gdalbuildvrt -te wider than
    its scenes), no NoDataValue: GDAL reads the rest as zeros. ``covered`` False: its one source is placed outside it
    (a DstRect edited by hand), so none of it is covered."""
    from osgeo import gdal, osr

    scene = gdal.GetDriverByName("GTiff").Create(str(folder / "src.tif"), 256, 256, 3, gdal.GDT_Byte)
    scene.SetGeoTransform((699648, 3, 0, 100608, 0, -3))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(32649)
    scene.SetProjection(srs.ExportToWkt())
    for band in range(1, 4):
        scene.GetRasterBand(band).WriteArray(np.random.default_rng(band).integers(1, 255, (256, 256)).astype(np.uint8))
    scene = None
    west, north = (699648, 100608) if covered else (699648 + 3 * 4096, 100608)
    gdal.BuildVRT(str(folder / "gaps.vrt"), [str(folder / "src.tif")],
                  outputBounds=(west, north - 3 * 1024, west + 3 * 1024, north))
    return folder / "gaps.vrt"


def test_a_vrt_whose_sources_leave_gaps_says_how_much_of_it_reads_as_zeros(tmp_path):
    """gdalbuildvrt -te wider than its scenes, no -vrtnodata: 15 of its 16 tiles read as zeros and were classified as
    black ground, tagged, without a word (a GeoTIFF's blocks never written are said since round 11). The run says
    which share no source reaches and names the copy that marks it nodata, which is classified with those tiles
    skipped, as GDAL's own tools read such a VRT (zeros are data unless a NoDataValue says otherwise)."""
    vrt = _scene_with_gaps(tmp_path)
    proc = run_cli(vrt, "-o", tmp_path / "gaps.gpkg")
    assert proc.returncode == 0 and "16 tiles classified" in proc.stdout, proc.stderr
    warned = [line for line in proc.stderr.splitlines() if "none of its sources reaches" in line]
    assert len(warned) == 1 and "93.8 % of its pixels" in warned[0], proc.stderr
    assert "gdal_translate -of VRT -a_nodata 0 gaps.vrt gaps_nodata.vrt" in warned[0], warned
    subprocess.run(["gdal_translate", "-q", "-of", "VRT", "-a_nodata", "0", "gaps.vrt", "gaps_nodata.vrt"],
                   cwd=tmp_path, check=True)
    proc = run_cli(tmp_path / "gaps_nodata.vrt", "-o", tmp_path / "nodata.gpkg")
    assert proc.returncode == 0 and "1 tile classified, 15 skipped (no data)" in proc.stdout, proc.stdout
    assert "none of its sources reaches" not in proc.stderr, proc.stderr


def test_a_vrt_none_of_whose_sources_reaches_it_is_refused(tmp_path, outdir):
    """A VRT whose one source lies outside its extent reads as zeros only: 16 tiles of black ground classified.
    Refused before any work, naming what to check, the earlier output kept."""
    vrt = _scene_with_gaps(tmp_path, covered=False)
    before = snapshot(outdir)
    assert_refused(run_cli(vrt, "-o", outdir / "previous.gpkg", "--overwrite"),
                   "none of the sources of gaps.vrt reaches its extent, so it holds zeros only", before, outdir)


def test_a_reason_longer_than_an_answer_keeps_is_refused_and_one_that_fits_is_stored_whole(change_layer):
    """record_review(..., reason=) given a pasted megabyte (a log, a report): it was stored whole in reject_reason and
    again in review_history, the layer growing by it on every answer. Refused in one ChangeError line naming the
    limit, the layer byte for byte as it was; a reason of MAX_REASON characters is stored whole."""
    from planet_qgis_plugin.core.monitor.alerts import MAX_REASON, REJECTED, read_alerts, record_review
    from planet_qgis_plugin.core.monitor.change import ChangeError

    fid = read_alerts(change_layer).rows[0].fid
    before = change_layer.read_bytes()
    with pytest.raises(ChangeError) as refused:
        record_review(change_layer, fid, REJECTED, reason="x" * 2**20, reviewer="ana")
    assert str(refused.value) == ("a reason of 1,048,576 characters is longer than the 1,000 an answer keeps; shorten "
                                  "it (a longer account belongs in a file the reason names)"), refused.value
    assert change_layer.read_bytes() == before
    record_review(change_layer, fid, REJECTED, reason="y" * MAX_REASON, reviewer="ana")
    assert read_alerts(change_layer).rows[0].reject_reason == "y" * MAX_REASON


def test_a_probability_emptied_in_qgis_is_refused_naming_the_field_and_how_many_tiles(untrained_bundle, make_raster,
                                                                                     tmp_path):
    """A tile layer saved as a copy in QGIS (Save Features As drops NOT NULL) whose p_clear was emptied in the attribute
    table for two tiles (NULL), given to change as AFTER: refused in one line naming the field, the first tile and how
    many tiles hold no number there, never read as 0; nothing written."""
    from osgeo import gdal

    from .conftest import edited_pair

    edited_pair(make_raster, untrained_bundle, tmp_path, "SELECT 1")
    gdal.VectorTranslate(str(tmp_path / "copy.gpkg"), str(tmp_path / "b.gpkg"), options=["-forceNullable"])
    copy = gdal.OpenEx(str(tmp_path / "copy.gpkg"), gdal.OF_VECTOR | gdal.OF_UPDATE)
    copy.ReleaseResultSet(copy.ExecuteSQL("UPDATE tiles SET p_clear = NULL WHERE fid IN (2, 3)"))
    copy = None
    before = snapshot(tmp_path)
    line = assert_refused(run_cli("change", tmp_path / "a.gpkg", tmp_path / "copy.gpkg", "-o", tmp_path / "c.gpkg"),
                          "copy.gpkg: p_clear of fid 2 is NULL, not a number (2 tiles of 4 hold no number there)",
                          before, tmp_path)
    assert "Undo the edit or classify again" in line


@pytest.mark.parametrize("command", ["classify", "preview", "change"])
def test_a_file_the_raster_reads_is_never_written_over(tmp_path, command):
    """`classify wrap.vrt -o src.gpkg --overwrite`, wrap.vrt a VRT over the raster GeoPackage src.gpkg (gdalbuildvrt of
    a scene exported as GPKG): the scene was replaced by its own tiles, exit 0 (the output was checked against the
    VRT only); `--preview s.png` over a VRT reading s.png the same, and change's -o. Refused before any work, the
    source byte for byte as it was."""
    from osgeo import gdal

    from ..conftest import VISUAL_RGBA

    source = tmp_path / ("s.png" if command == "preview" else "src.gpkg")
    gdal.Translate(str(source), str(VISUAL_RGBA), format="PNG" if command == "preview" else "GPKG",
                   creationOptions=["WORLDFILE=YES"] if command == "preview" else [])   # (closed as it is dropped)
    gdal.BuildVRT(str(tmp_path / "wrap.vrt"), [str(source)])
    args = {"classify": ["wrap.vrt", "-o", "src.gpkg"], "preview": ["wrap.vrt", "-o", "t.gpkg", "--preview", "s.png"],
            "change": ["change", "wrap.vrt", str(VISUAL_RGBA), "-o", "src.gpkg"]}[command]
    before = snapshot(tmp_path)
    proc = run_cli(*[tmp_path / a if a.endswith((".vrt", ".gpkg", ".png")) else a for a in args], "--overwrite")
    assert_refused(proc, f"{'preview' if command == 'preview' else 'output'} {source} is read by the input "
                   f"{tmp_path / 'wrap.vrt'} (a source or sidecar of it); choose another name", before, tmp_path)


@pytest.mark.parametrize("names", [("PROJ_LIB",), ("PROJ_DATA", "PROJ_LIB")])
def test_proj_pointed_at_a_folder_without_its_database_is_said_as_such(classified, tmp_path, names):
    """PROJ_LIB left in a shell by a QGIS or conda installation, pointing where there is no proj.db: classify blamed
    the raster ('georeferenced in PROJCS[...] outside the area that CRS maps to the earth: its CRS is not the one its
    coordinates are in'), change said `could not write c.gpkg: RuntimeError` beside GDAL's `ERROR 1: PROJ:
    proj_create_from_database: Cannot find proj.db`. One line naming the variable, before any work, every command
    and the trainer (exit 2)."""
    import sys

    from ..conftest import RAPIDEYE, ROOT

    env = {name: str(tmp_path / "no-proj") for name in names}
    said = f"PROJ cannot find its database proj.db where {' and '.join(f'{n}={tmp_path}/no-proj' for n in names)} "
    before = snapshot(tmp_path)
    assert_refused(run_cli(RAPIDEYE, "-o", tmp_path / "t.gpkg", env=env), said, before, tmp_path)
    assert_refused(run_cli("change", classified, classified, "-o", tmp_path / "c.gpkg", env=env),
                   f"unset {' and '.join(names)}, or point", before, tmp_path)
    import os

    proc = subprocess.run([sys.executable, str(ROOT / "trainer" / "train.py"), "--data", str(classified), "--raster",
                           str(RAPIDEYE), "--out", str(tmp_path / "run")], cwd=ROOT, capture_output=True, text=True,
                          timeout=300, env={**os.environ, "PYTHONPATH": str(ROOT), **env})
    assert_refused(proc, said, before, tmp_path, code=2)


@pytest.mark.parametrize("given, said", [
    (("nothere.tif", "after.gpkg"), "nothere.tif does not exist"),
    (("folder", "after.gpkg"), "folder is a folder, not a raster or a tile GeoPackage"),
    (("after.gpkg", "pipe.tif"), "pipe.tif is not a file"),
    (("scene.tif", "after.gpkg"), "give two tile GeoPackages or two rasters, not one of each")])
def test_change_given_a_mistyped_or_odd_scene_beside_a_tile_layer_names_it(classified, tmp_path, given, said):
    """change nothere.tif after.gpkg (a scene's name mistyped), a folder or a pipe beside a tile layer: `give two tile
    GeoPackages or two rasters, not one of each`, which sent the analyst to convert a file that was never there. The
    file is named as its reader would name it; a raster beside a tile layer still gets that line."""
    import os
    import shutil

    from ..conftest import RAPIDEYE

    shutil.copyfile(classified, tmp_path / "after.gpkg")
    shutil.copyfile(RAPIDEYE, tmp_path / "scene.tif")
    (tmp_path / "folder").mkdir()
    os.mkfifo(tmp_path / "pipe.tif")
    before = snapshot(tmp_path)
    assert_refused(run_cli("change", *(tmp_path / g for g in given), "-o", tmp_path / "c.gpkg"), said, before,
                   tmp_path)


@pytest.mark.parametrize("command", ["classify", "change", "aoi"])
def test_an_output_another_program_is_writing_is_not_replaced_under_it(classified, tmp_path, command):
    """`classify -o tiles.gpkg --overwrite` while another program writes tiles.gpkg (its SQLite lock held: QGIS saving
    an edit session, a script's transaction): replaced under it, exit 0, that program's writes then going to a file
    no longer there (Processing refused it already). Refused as teach refuses a locked layer: one line, exit 75 (run
    again once it is done), the file as it was. The same file as --aoi was `not a readable vector file (database is
    locked)`, exit 1."""
    import shutil
    import sys

    from ..conftest import VISUAL_RGBA

    out = tmp_path / "tiles.gpkg"
    shutil.copyfile(classified, out)
    holder = subprocess.Popen([sys.executable, "-c", "import sqlite3, sys; c = sqlite3.connect(sys.argv[1], "
                               "isolation_level=None); c.execute('BEGIN EXCLUSIVE'); print('held', flush=True); "
                               "sys.stdin.read()", str(out)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        before = snapshot(tmp_path)
        if command == "aoi":   # the area of interest, read: 'is not a readable vector file (database is locked)'
            assert_refused(run_cli(VISUAL_RGBA, "--aoi", out, "-o", tmp_path / "new.gpkg"), f"area of interest {out} "
                           "is in use by another program that is writing it (the database is locked)", before,
                           tmp_path, code=75)
            return
        args = [VISUAL_RGBA] if command == "classify" else ["change", classified, classified]
        assert_refused(run_cli(*args, "-o", out, "--overwrite"), f"{out} is in use by another program that is "
                       "writing it (the database is locked)", before, tmp_path, code=75)
    finally:
        holder.communicate("")


@pytest.mark.parametrize("given, said", [
    ("pipe", "tile GeoPackage {path} is a named pipe (FIFO), not a file"),
    ("folder", "tile GeoPackage {path} is a folder, not a file")])
def test_the_trainer_names_a_tile_layer_that_is_a_pipe_or_a_folder(tmp_path, given, said):
    """train.py --data tiles.gpkg where tiles.gpkg is a named pipe or a folder: `tile GeoPackage tiles.gpkg not found`,
    of a name that is there. It is named as what it is, exit 2, no run folder."""
    import os
    import sys

    from ..conftest import RAPIDEYE, ROOT

    path = tmp_path / "tiles.gpkg"
    os.mkfifo(path) if given == "pipe" else path.mkdir()
    before = snapshot(tmp_path)
    proc = subprocess.run([sys.executable, str(ROOT / "trainer" / "train.py"), "--data", str(path), "--raster",
                           str(RAPIDEYE), "--out", str(tmp_path / "run")], cwd=ROOT, capture_output=True, text=True,
                          timeout=300, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert_refused(proc, said.format(path=path), before, tmp_path, code=2)


@pytest.mark.parametrize("stride", ["1e999", "-1e999", "1e300", "-5", "0"])
def test_a_tile_grid_record_edited_to_no_stride_a_run_writes_is_unreadable_not_a_traceback(classified, tmp_path,
                                                                                         stride):
    """teach --locate on a layer whose PLANET_GRID says `"stride_px": 1e999` (edited; JSON reads it as inf): an
    OverflowError traceback; 1e300, -5 or 0 were refused as if the analyst had asked for that stride (`stride -5 px
    is not allowed`, a 300-digit number for 1e300). The record is called unreadable, as text there is."""
    import re
    import shutil
    import sys

    from osgeo import ogr

    from ..conftest import RAPIDEYE, ROOT

    layer = tmp_path / "tiles.gpkg"
    shutil.copyfile(classified, layer)
    ds = ogr.Open(str(layer), 1)
    tiles = ds.GetLayerByName("tiles")
    metadata = tiles.GetMetadata()
    metadata["PLANET_GRID"] = re.sub(r'"stride_px": [^,}]+', f'"stride_px": {stride}', metadata["PLANET_GRID"])
    tiles.SetMetadata(metadata)
    tiles = ds = None
    before = snapshot(tmp_path)
    proc = subprocess.run([sys.executable, "-m", "planet_qgis_plugin.teach", str(layer), "--name", "pits", "--positive",
                           "1", "--locate", "--raster", str(RAPIDEYE)], cwd=ROOT, capture_output=True, text=True,
                          timeout=300, env={**__import__("os").environ, "PYTHONPATH": str(ROOT)})
    assert_refused(proc, "tiles.gpkg: its tile grid (PLANET_GRID) is unreadable; classify the scene again", before,
                   tmp_path)


def test_a_named_pipe_among_a_batchs_scenes_is_a_failed_scene_not_passed_over(tmp_path):
    """batch ARCHIVE where ARCHIVE holds a scene and a named pipe called b.tif (a download tool's stream, a mount's
    placeholder): b.tif was passed over without a word (`1 scene: 1 classified`), and a folder holding only such a
    pipe 'has no rasters'. It is a failed row naming what it is, as a link leading nowhere is; the scene is
    classified."""
    import csv
    import os
    import shutil

    from ..conftest import VISUAL_RGBA

    archive = tmp_path / "archive"
    archive.mkdir()
    shutil.copyfile(VISUAL_RGBA, archive / "a.tif")
    os.mkfifo(archive / "b.tif")
    proc = run_cli("batch", archive, "-o", tmp_path / "out", timeout=300)
    assert proc.returncode == 1 and "2 scenes: 1 classified, 0 up to date, 1 failed" in proc.stdout, proc.stderr
    with open(tmp_path / "out" / "summary.csv", newline="") as handle:
        rows = {Path(row["scene"]).name: row for row in csv.DictReader(handle)}
    assert rows["a.tif"]["status"] == "done"
    assert rows["b.tif"]["status"] == "failed" and "is a named pipe (FIFO), not a raster file" in rows["b.tif"]["error"]


def _deep_folder(root: Path, length: int) -> Path:
    """A folder under ``root`` whose full name is ``length`` bytes (names of 200 bytes, under NAME_MAX)."""
    folder = str(root)
    while len(folder) < length:
        folder += "/" + "d" * min(200, length - len(folder) - 1)
    Path(folder).mkdir(parents=True)
    return Path(folder)


@pytest.mark.parametrize("use", ["classify-output", "change-input", "teach-input", "aoi", "raster-gpkg"])
def test_a_geopackage_deeper_than_sqlite_opens_is_said_before_any_work(classified, tmp_path, use):
    """A project kept deep in nested folders (a synced share, an archive unpacked into an archive): SQLite opens no
    database whose full name passes 512 bytes with its journal's '-journal'. An output there failed after the whole
    run (`could not write ...: sqlite3_open(...) failed: unable to open database file`); a tile layer, an area or a
    raster GeoPackage there was `not a GeoPackage (unable to open database file)`. One line naming the length and
    the limit, before any work; 504 bytes still open."""
    import shutil
    import sys

    from osgeo import gdal

    from ..conftest import ROOT, VISUAL_RGBA

    deep = _deep_folder(tmp_path / "p", 600)
    layer = deep / "t.gpkg"
    shutil.copyfile(classified, layer)
    before = snapshot(tmp_path)
    said = "bytes long, more than the 504 under which SQLite opens a GeoPackage: use a folder nearer the root"
    if use == "classify-output":
        proc = run_cli(VISUAL_RGBA, "-o", deep / "o.gpkg")
    elif use == "change-input":
        proc = run_cli("change", layer, classified, "-o", tmp_path / "c.gpkg")
    elif use == "aoi":
        proc = run_cli(VISUAL_RGBA, "--aoi", layer, "-o", tmp_path / "o.gpkg")
    elif use == "raster-gpkg":
        gdal.Translate(str(tmp_path / "s.gpkg"), str(VISUAL_RGBA), format="GPKG")
        shutil.move(tmp_path / "s.gpkg", deep / "s.gpkg")
        before = snapshot(tmp_path)
        proc = run_cli(deep / "s.gpkg", "-o", tmp_path / "o.gpkg")
    else:
        proc = subprocess.run([sys.executable, "-m", "planet_qgis_plugin.teach", str(layer), "--name", "pits",
                               "--positive", "1"], cwd=ROOT, capture_output=True, text=True, timeout=300,
                              env={**__import__("os").environ, "PYTHONPATH": str(ROOT)})
    assert_refused(proc, said, before, tmp_path)
    near = _deep_folder(tmp_path / "q", 504 - len("/t.gpkg"))   # the longest full name SQLite opens
    shutil.copyfile(classified, near / "t.gpkg")
    assert len(str(near / "t.gpkg")) == 504
    assert run_cli("change", near / "t.gpkg", classified, "-o", tmp_path / "c.gpkg").returncode == 0


@pytest.mark.parametrize("side", ["-journal", "-wal", "-shm"])
def test_a_concept_file_named_as_the_layers_journal_is_refused_not_lost(classified, tmp_path, side):
    """teach tiles.gpkg --positive 1 --save-concept tiles.gpkg-journal: the concept file was written, then the write
    into tiles.gpkg found it where SQLite keeps its rollback journal, took it for a hot journal and removed it; teach
    said `saved concept 'pits' to tiles.gpkg-journal`, exit 0, and no file was there. The names of the layer's side
    files are refused as the layer's own name is, before any work."""
    import shutil
    import sys

    from ..conftest import ROOT

    layer = tmp_path / "tiles.gpkg"
    shutil.copyfile(classified, layer)
    before = snapshot(tmp_path)
    proc = subprocess.run([sys.executable, "-m", "planet_qgis_plugin.teach", str(layer), "--name", "pits", "--positive",
                           "1", "--save-concept", f"{layer}{side}"], cwd=ROOT, capture_output=True, text=True,
                          timeout=300, env={**__import__("os").environ, "PYTHONPATH": str(ROOT)})
    assert_refused(proc, f"--save-concept {layer}{side} has the name SQLite gives the", before, tmp_path)
    assert f"of the input {layer}, which it would take for its own and remove; choose another name" in proc.stderr


def test_the_drivers_the_environments_gdal_skip_leaves_out_stay_out(tmp_path):
    """GDAL_SKIP=GTiff (an analyst's setting: GDAL_SKIP=JP2OpenJPEG for a JPEG 2000 driver trusted more) was replaced
    by the command lines' own list of network drivers: the driver it named was registered again, in silence, and the
    scene read by it. The analyst's drivers stay out, and a raster only they read says why it cannot be read."""
    import shutil

    from ..conftest import VISUAL_RGBA

    scene = tmp_path / "s.tif"
    shutil.copyfile(VISUAL_RGBA, scene)
    before = snapshot(tmp_path)
    assert_refused(run_cli(scene, "-o", tmp_path / "t.gpkg", env={"GDAL_SKIP": "GTiff"}),
                   "not recognized as a supported file format.; the environment's GDAL_SKIP leaves out GTiff", before,
                   tmp_path)
    assert run_cli(scene, "-o", tmp_path / "t.gpkg", env={"GDAL_SKIP": "JP2OpenJPEG PNG"}).returncode == 0


def test_the_trainer_names_the_tiles_where_a_vrts_sources_do_not_reach(tmp_path):
    """train.py --data tiles.gpkg --raster gaps.vrt, tiles.gpkg classified from the VRT and tagged: the 15 tiles no
    source reaches read as zeros, black chips given the tiles' tags. Named as round 11 names a GeoTIFF's blocks never
    written, with the VRT's remedy (a NoDataValue), exit 2, no run folder."""
    import os
    import sys

    from osgeo import ogr

    from ..conftest import ROOT

    vrt = _scene_with_gaps(tmp_path)
    assert run_cli(vrt, "-o", tmp_path / "tiles.gpkg").returncode == 0
    ds = ogr.Open(str(tmp_path / "tiles.gpkg"), 1)
    ds.ExecuteSQL("UPDATE tiles SET tags = CASE WHEN fid % 2 THEN 'primary clear' ELSE 'agriculture clear' END")
    ds = None
    before = snapshot(tmp_path)
    proc = subprocess.run([sys.executable, str(ROOT / "trainer" / "train.py"), "--data", str(tmp_path / "tiles.gpkg"),
                           "--raster", str(vrt), "--out", str(tmp_path / "run"), "--epochs", "1", "--arch", "baseline",
                           "--pretrained", "none", "--no-progress"], cwd=ROOT, capture_output=True, text=True,
                          timeout=600, env={**os.environ, "PYTHONPATH": str(ROOT)})
    line = assert_refused(proc, "15 tiles lie where none of the sources of gaps.vrt reaches, which read as zeros", before,
                          tmp_path, code=2)
    assert "give the raster a NoDataValue (gdal_translate -of VRT -a_nodata 0 gaps.vrt gaps_nodata.vrt)" in line


def test_a_raster_1_px_wide_says_once_that_its_tiles_are_mostly_padding(tmp_path):
    """A raster 1 px wide (a strip cut by hand, a failed export) was classified as 3 tiles each covering 1/256 of its
    chip, without the note a raster smaller than a chip both ways gets: said once, with the most any tile covers."""
    from osgeo import gdal

    strip = gdal.GetDriverByName("GTiff").Create(str(tmp_path / "strip.tif"), 1, 600, 3, gdal.GDT_Byte)
    strip.SetGeoTransform((699648, 3, 0, 100608, 0, -3))   # on the CRS grid's lines: 3 tiles of 256 px
    for band in range(1, 4):
        strip.GetRasterBand(band).WriteArray(np.random.default_rng(band).integers(1, 255, (600, 1)).astype(np.uint8))
    strip = None
    proc = run_cli(tmp_path / "strip.tif", "-o", tmp_path / "strip.gpkg")
    assert proc.returncode == 0, proc.stderr
    said = "raster is 1x600 px, 1 px wide, less than one 256x256 chip: each of its 3 tiles is padded with nodata"
    assert proc.stderr.count(said) == 1, proc.stderr


def test_a_batch_into_a_folder_deeper_than_sqlite_opens_is_refused_before_the_first_scene(tmp_path):
    """batch -o a folder whose GeoPackages' full names pass what SQLite opens (504 bytes, since c3298b1 said by
    classify before its run): each scene failed in its row, one after another, after the folder was made. One line
    before any scene, for the longest output name (with its run's temporary name), and no folder made; a batch
    whose names all fit is not refused."""
    import shutil

    from ..conftest import VISUAL_RGBA

    scenes = tmp_path / "scenes"
    scenes.mkdir()
    shutil.copyfile(VISUAL_RGBA, scenes / "a.tif")
    shutil.copyfile(VISUAL_RGBA, scenes / ("b" * 120 + ".tif"))
    folder = _deep_folder(tmp_path / "p", 400)   # a.gpkg's temporary name fits, b...b.gpkg's does not
    before = snapshot(tmp_path)
    proc = run_cli("batch", scenes, "-o", folder / "out")
    line = assert_refused(proc, f"{'b' * 120}.gpkg cannot be written: its full name is ", before, tmp_path)
    assert "more than the 504 under which SQLite opens a GeoPackage: use a folder nearer the root" in line
    from planet_qgis_plugin.core.monitor.batch_run import BatchOptions, plan_batch

    (scenes / ("b" * 120 + ".tif")).unlink()
    plan = plan_batch([scenes], folder / "out", BatchOptions())   # a.gpkg alone fits
    plan.let_go(stopped=True)
    assert not (folder / "out").exists()
