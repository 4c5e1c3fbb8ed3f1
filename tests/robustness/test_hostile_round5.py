"""Hostile inputs of 2026-12-07 (round 5): paths, names and environments the four command lines meet.

Each case was found by running the command line as an acceptance tester would, with the input built here.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from ..conftest import RAPIDEYE, ROOT

LATIN1 = os.fsdecode(b"cena\xe9.tif")  # a name from an archive written in Latin-1, on a UTF-8 system


def _cli(command: str, *args, cwd: Path = ROOT, env: dict | None = None) -> subprocess.CompletedProcess:
    module = "planet_qgis_plugin" + ("" if command == "classify" else f".{command}")
    return subprocess.run([sys.executable, "-m", module, *map(str, args)], cwd=cwd, capture_output=True,
                          text=True, timeout=180, env=env)


def _one_line(proc: subprocess.CompletedProcess, *words: str) -> None:
    assert proc.returncode == 1, (proc.stdout, proc.stderr)
    assert proc.stderr.startswith("error: ") and proc.stderr.count("\n") == 1, proc.stderr
    for word in words:
        assert word in proc.stderr, proc.stderr


# -- an output path that is a link to nowhere ----------------------------------------------------------------------

def test_an_output_that_is_a_link_to_nowhere_is_refused_before_the_run(tmp_path):
    """`-o tiles.gpkg` where tiles.gpkg is a symbolic link whose target is gone (an archive not mounted, a file
    deleted): the whole run was done, then `output tiles.gpkg was created by another program or run while this
    run was writing`, which nobody had done. Refused before any work; with --overwrite the link is replaced (as
    a link at any output is), its target's folder left alone."""
    link = tmp_path / "tiles.gpkg"
    link.symlink_to(tmp_path / "unmounted" / "tiles.gpkg")
    _one_line(_cli("classify", RAPIDEYE, "-o", link, "-q"), "is a symbolic link to", "which does not exist",
              "--overwrite")
    assert link.is_symlink() and sorted(p.name for p in tmp_path.iterdir()) == ["tiles.gpkg"]
    proc = _cli("classify", RAPIDEYE, "-o", link, "-q", "--overwrite")
    assert proc.returncode == 0, proc.stderr
    assert not link.is_symlink() and link.is_file() and not (tmp_path / "unmounted").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["tiles.gpkg"]


# -- names that are not UTF-8 ---------------------------------------------------------------------------------------

def test_a_raster_whose_name_is_not_utf8_is_one_line(tmp_path):
    """A scene copied from an archive written in Latin-1 (`cena\\xe9.tif` on a UTF-8 system): classify and change
    ended in `UnicodeEncodeError: 'utf-8' codec can't encode character '\\udce9'` tracebacks (rasterio gives GDAL
    names as UTF-8). One line naming the file as its bytes are, and how to rename it."""
    scene = tmp_path / LATIN1
    shutil.copyfile(RAPIDEYE, scene)
    _one_line(_cli("classify", scene, "-o", tmp_path / "out.gpkg", "-q"), "cena\\xe9.tif", "not UTF-8", "convmv")
    _one_line(_cli("change", RAPIDEYE, scene, "-o", tmp_path / "change.gpkg", "-q"), "cena\\xe9.tif", "not UTF-8")
    assert sorted(os.listdir(tmp_path)) == sorted([LATIN1])


@pytest.mark.parametrize("workers", ["1", "2"])
def test_a_batch_folder_holding_a_name_that_is_not_utf8_is_one_line(tmp_path, workers):
    """A batch over a folder one of whose scenes has a Latin-1 name: with one worker the scenes were classified and
    then summary.csv could not be written (`UnicodeEncodeError` traceback, no summary, the GeoPackages left); with a
    LocalCluster Dask could not send the name to a worker (`distributed.protocol.core - CRITICAL - Failed to
    Serialize` and pages of tracebacks). Refused before the output folder is made, naming the file."""
    archive = tmp_path / "archive"
    archive.mkdir()
    shutil.copyfile(RAPIDEYE, archive / "ok.tif")
    shutil.copyfile(RAPIDEYE, archive / LATIN1)
    _one_line(_cli("batch", archive, "-o", tmp_path / "out", "--workers", workers), "cena\\xe9.tif", "not UTF-8")
    assert sorted(os.listdir(tmp_path)) == ["archive"]


def test_outputs_and_inputs_whose_names_are_not_utf8_are_one_line_before_any_work(tmp_path):
    """The same names given as outputs or as other inputs: `--preview p\\xe9.png` published the GeoPackage and then
    ended in `RuntimeError: not a string` (GDAL's PNG driver), `change -o c\\xe9.gpkg` or a BEFORE/AFTER tile layer so
    named in that traceback, `--export e\\xe9` in `could not write export folder e\\udce9: not a string`, `batch -o
    out\\xe9 --report` classified every scene and then failed on summary.csv (a traceback, the folder left half
    written), `--aoi` said `is not a readable vector file (not a string)`. Each is refused before any work."""
    before, after = tmp_path / "before.gpkg", tmp_path / "after.gpkg"
    assert _cli("classify", RAPIDEYE, "-o", before, "-q").returncode == 0
    shutil.copyfile(before, after)
    odd = os.fsdecode(b"\xe9")
    shutil.copyfile(before, tmp_path / f"in{odd}.gpkg")
    made = sorted(os.listdir(tmp_path))
    for command, args, words in [
            ("classify", [RAPIDEYE, "-o", tmp_path / "p.gpkg", "--preview", tmp_path / f"p{odd}.png"], "preview"),
            ("classify", [RAPIDEYE, "-o", tmp_path / f"p{odd}.gpkg"], "output"),
            ("classify", [RAPIDEYE, "-o", tmp_path / "p.gpkg", "--aoi", tmp_path / f"in{odd}.gpkg"], "area of interest"),
            ("change", [before, after, "-o", tmp_path / f"c{odd}.gpkg"], "output"),
            ("change", [before, after, "-o", tmp_path / "c.gpkg", "--report", tmp_path / f"r{odd}.html"], "report"),
            ("change", [before, after, "-o", tmp_path / "c.gpkg", "--export", tmp_path / f"e{odd}"], "export folder"),
            ("change", [before, tmp_path / f"in{odd}.gpkg", "-o", tmp_path / "c.gpkg"], "GeoPackage"),
            ("batch", [RAPIDEYE, "-o", tmp_path / f"out{odd}", "--report"], "output folder")]:
        _one_line(_cli(command, *args, "-q"), f"{words} {tmp_path}/", "\\xe9", "not UTF-8")
        assert sorted(os.listdir(tmp_path)) == made, (command, args)


# -- text from a file printed on the terminal -------------------------------------------------------------------------

FORGED = "x\nerror: nothing is wrong\x1b[2J\x1b]52;c;cm0gLXJmIH4=\x07\u202egpj.exe"  # a second line, ESC, OSC 52, RTL


def _shown_as_text(stderr: str) -> None:
    """Every line printed is one of the command's own, none carries a control or bidirectional character."""
    assert not any(line.startswith("error: nothing") for line in stderr.splitlines()), stderr
    assert not any(ch in stderr for ch in "\x1b\x07\u202e"), repr(stderr)


def test_text_a_file_holds_reaches_the_terminal_as_text(tmp_path):
    """A tile layer's `model` field (or a concept file's backbone id, a bundle's name) holding a line break, a
    terminal escape and a right-to-left override: change's warning `BEFORE was classified by ... and AFTER by x` went
    out as two lines, the second a forged `error: nothing is wrong`, and the escapes reached the terminal as they were
    (ESC [2J cleared the screen, OSC 52 wrote the clipboard, U+202E showed the rest of the line reversed); classify
    --concept escaped the line break in its error but not the escapes. Both are written as escapes (`\\x1b`, `\\u202e`,
    `\\n`), one line each."""
    import json

    from ..conftest import edit_tiles

    before, after = tmp_path / "before.gpkg", tmp_path / "after.gpkg"
    assert _cli("classify", RAPIDEYE, "-o", before, "-q").returncode == 0
    shutil.copyfile(before, after)
    edit_tiles(after, {(r, c): {"model": FORGED} for r in range(3) for c in range(3)})
    proc = _cli("change", before, after, "-o", tmp_path / "change.gpkg", "-q")
    assert proc.returncode == 0, proc.stderr
    assert all(line.startswith("warning: ") for line in proc.stderr.splitlines()), proc.stderr
    assert "AFTER by x\\nerror: nothing is wrong\\x1b[2J\\x1b]52;c;cm0gLXJmIH4=\\x07\\u202egpj.exe" in proc.stderr
    _shown_as_text(proc.stderr)

    taught = tmp_path / "taught.gpkg"
    shutil.copyfile(before, taught)
    concept = tmp_path / "pits.concept.json"
    proc = _cli("teach", taught, "--name", "pits", "--positive", "1,2", "--save-concept", concept)
    assert proc.returncode == 0, proc.stderr
    document = json.loads(concept.read_text())
    document["concept"]["backbone_id"] = FORGED
    concept.write_text(json.dumps(document))
    proc = _cli("classify", RAPIDEYE, "-o", tmp_path / "out.gpkg", "--concept", concept, "-q")
    _one_line(proc, "backbone x\\nerror: nothing is wrong\\x1b[2J")
    _shown_as_text(proc.stderr)


# -- a working folder deleted under the shell -----------------------------------------------------------------------

@pytest.mark.parametrize("command, args", [("classify", ["re.tif", "-o", "x.gpkg"]),
                                           ("teach", ["a.gpkg", "--name", "pits", "--positive", "1,2"]),
                                           ("change", ["a.gpkg", "a.gpkg", "-o", "c.gpkg"]),
                                           ("batch", ["re.tif", "-o", "out"])])
def test_a_working_folder_deleted_under_the_shell_is_named(tmp_path, command, args):
    """A shell left in a folder that was deleted meanwhile (a scratch folder cleaned up, a share remounted), the
    command given relative names: `error: [Errno 2] No such file or directory` (classify, change), `tile GeoPackage
    a.gpkg does not exist` (teach) or `re.tif does not exist` (batch), the files sitting where the analyst had
    put them. The line says that the working folder is gone, and what to do."""
    gone = tmp_path / "gone"
    gone.mkdir()
    code = ("import os, runpy, sys; os.chdir(sys.argv[1]); os.rmdir(sys.argv[1]); sys.argv = sys.argv[2:]; "
            "runpy.run_module(sys.argv[0], run_name='__main__', alter_sys=True)")
    module = "planet_qgis_plugin" + ("" if command == "classify" else f".{command}")
    proc = subprocess.run([sys.executable, "-c", code, str(gone), module, *args], capture_output=True, text=True,
                          timeout=180, env={**os.environ, "PYTHONPATH": str(ROOT)})
    _one_line(proc, "the folder this command was started in no longer exists", "give absolute paths")
    assert not gone.exists() and sorted(os.listdir(tmp_path)) == []


# -- a tile layer holding one tile twice ------------------------------------------------------------------------------

def _copy_feature(path: Path, fid: int) -> int:
    """A feature copied and pasted in QGIS (or a layer appended to itself): the same tile under a new fid."""
    from osgeo import ogr

    ds = ogr.Open(str(path), 1)
    layer = ds.GetLayerByName("tiles")
    feature = layer.GetFeature(fid)
    feature.SetFID(-1)
    layer.CreateFeature(feature)
    copy = feature.GetFID()
    ds = None
    return copy


@pytest.mark.parametrize("side", ["AFTER", "BEFORE"])
def test_change_of_a_layer_holding_one_tile_twice_is_one_line(tmp_path, side):
    """An AFTER tile layer in which one flagged tile was copied and pasted in QGIS: `10 tiles compared` of a 3 x 3
    grid, `2 alerts` for one place, both in the change layer, the report and the hand-off to the field. Refused in
    one line naming the fids, nothing written (the same for BEFORE)."""
    from ..conftest import edit_tiles

    before, after = tmp_path / "before.gpkg", tmp_path / "after.gpkg"
    assert _cli("classify", RAPIDEYE, "-o", before, "-q").returncode == 0
    shutil.copyfile(before, after)
    edit_tiles(after, {(1, 1): {"flag_mining": 1, "flagged": 1, "score_mining": 1.0}})
    copy = _copy_feature(after if side == "AFTER" else before, 5)
    name = "after.gpkg" if side == "AFTER" else "before.gpkg"
    _one_line(_cli("change", before, after, "-o", tmp_path / "change.gpkg", "--report", tmp_path / "r.html"),
              f"{side} ({name}) holds tile 1:1 twice (fids 5, {copy}", "delete the copy")
    assert sorted(os.listdir(tmp_path)) == ["after.gpkg", "before.gpkg"]


# -- a raster whose blocks are huge ---------------------------------------------------------------------------------

def _blocked(tmp_path: Path, block: int) -> Path:
    """A 300 px GeoTIFF of 4 bands whose blocks are ``block`` px a side (pixel-interleaved, compressed): what a
    tool that writes one strip or one tile for the whole image leaves, which GDAL must decode whole."""
    import numpy as np
    import rasterio
    from rasterio.transform import from_origin

    path = tmp_path / f"b{block}.tif"
    with rasterio.open(path, "w", driver="GTiff", width=300, height=300, count=4, dtype="uint16", crs="EPSG:32649",
                       transform=from_origin(699648, 100608, 3, 3), tiled=True, blockxsize=block, blockysize=block,
                       compress="deflate", interleave="pixel") as dst:
        dst.write(np.random.default_rng(0).integers(1, 4000, (4, 300, 300)).astype("uint16"))
    return path


def test_a_raster_whose_blocks_take_more_memory_than_the_machine_has_is_refused(tmp_path, monkeypatch):
    """A GeoTIFF whose blocks are 32768 px a side (5 bands, 10 GiB each decoded: GDAL decodes a block whole, one per
    reader) passed the run's memory check, which counted the batches only: the run set out to decode them, and
    under a memory limit (`ulimit -v 8000000`) said `hb.tif is damaged or truncated: its pixels cannot be read (...
    cannot allocate 1x10737418240 bytes); re-download or re-export the raster` of a sound file. The decoded
    blocks count now; the refusal says how to re-tile it. Shown on a 4096 px block against 200 MiB."""
    from planet_qgis_plugin.core.errors import RasterError
    from planet_qgis_plugin.core.pipeline import run_size
    from planet_qgis_plugin.core.pipeline.options import ClassifyOptions
    from planet_qgis_plugin.core.pipeline.raster import open_raster

    monkeypatch.setattr(run_size, "machine_memory", lambda: run_size.Memory(200 * 2**20, "test memory"))
    options = ClassifyOptions(readers=2)
    with open_raster(_blocked(tmp_path, 256)) as src:
        run_size.check_run_memory(src, 256, options, 3)  # 256 px blocks: 0.5 MB each
    with open_raster(_blocked(tmp_path, 4096)) as src, pytest.raises(RasterError) as info:
        run_size.check_run_memory(src, 256, options, 3)
    message = str(info.value)
    assert "\n" not in message and "2 blocks of 4096x4096 px decoded at once (one per reader)" in message, message
    assert "gdal_translate -co TILED=YES" in message and "b4096.tif" in message, message
    from planet_qgis_plugin.core.pipeline.raster import damaged

    failed = OSError("Read or write failed. b4096.tif, band 1: IReadBlock failed at X offset 0, Y offset 0: "
                     "./frmts/gtiff/geotiff.cpp, 11548: cannot allocate 1x134217728 bytes")  # GDAL's words under ulimit
    with open_raster(tmp_path / "b4096.tif") as src:
        message = str(damaged(src, failed))
    assert "damaged" not in message and "a block of 4096x4096 px" in message and "TILED=YES" in message, message


# -- a bundle's array whose header declares more than the file holds ---------------------------------------------------

def _declare_rows(path: Path, rows: int) -> None:
    """The .npy header of ``path`` rewritten to declare ``rows`` rows, the data left cut short (a download cut off,
    a file another program wrote in part)."""
    import numpy as np
    from numpy.lib import format as npy

    array = np.load(path, allow_pickle=False)
    with open(path, "wb") as handle:
        npy.write_array_header_1_0(handle, {"descr": array.dtype.str, "fortran_order": False,
                                            "shape": (rows, *array.shape[1:])})
        handle.write(array.tobytes()[:64])


@pytest.mark.parametrize("name, command", [("reference.npy", "classify"), ("background.npy", "teach")])
def test_a_bundle_array_whose_header_declares_more_than_its_file_holds_is_one_line(tmp_path, name, command):
    """A bundle's reference.npy (classify's familiarity check) or background.npy (teach's bank) whose header says
    10^10 rows over 64 bytes of data: `error: out of memory (Unable to allocate 23.3 TiB ...): lower --batch-size
    ... or free memory`, advice that cannot help (and a header declaring what fits in memory had numpy allocate it
    all before finding the file short). It is named as the damaged file it is, before anything is allocated."""
    from planet_qgis_plugin.core.model.bundle import default_bundle_path

    bundle = tmp_path / "bundle"
    shutil.copytree(default_bundle_path(), bundle)
    _declare_rows(bundle / name, 10**10)
    layer = tmp_path / "tiles.gpkg"
    if command == "teach":
        assert _cli("classify", RAPIDEYE, "-o", layer, "-q").returncode == 0
        before = layer.read_bytes()
        proc = _cli("teach", layer, "--name", "pits", "--positive", "1,2", "--bundle", bundle)
        assert layer.read_bytes() == before
    else:
        proc = _cli("classify", RAPIDEYE, "-o", layer, "--bundle", bundle, "-q")
        assert not layer.exists()
    _one_line(proc, f"{name}: not a readable .npy array (its header declares 10000000000 x ", "re-export the bundle")


def test_utf8_names_under_a_locale_python_reads_as_ascii_are_told_how_to_run(tmp_path):
    """The C locale with Python's UTF-8 mode off (LC_ALL=C PYTHONUTF8=0: a cron job, a service), a scene named in
    UTF-8 (`ção/cena é.tif`): a `UnicodeEncodeError: 'utf-8' codec can't encode characters ... surrogates not
    allowed` traceback. The name is fine; the line says how to run Python so that it reads it."""
    folder = tmp_path / "ção"
    folder.mkdir()
    shutil.copyfile(RAPIDEYE, folder / "cena é.tif")
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "LC_ALL": "C", "PYTHONUTF8": "0",
           "PYTHONCOERCECLOCALE": "0", "PYTHONPATH": str(ROOT)}
    proc = _cli("classify", folder / "cena é.tif", "-o", tmp_path / "out.gpkg", "-q", env=env)
    _one_line(proc, "cena \\xe9.tif cannot be given to GDAL: this Python reads file names as ascii", "PYTHONUTF8=1")
    assert sorted(os.listdir(tmp_path)) == ["ção"]


# -- what SQLite opens beside a GeoPackage ----------------------------------------------------------------------------

@pytest.mark.parametrize("side", ["-journal", "-wal"])
def test_a_pipe_where_sqlite_keeps_a_geopackages_journal_is_one_line_not_a_hang(tmp_path, side):
    """A named pipe beside a tile layer under the name SQLite gives its journal (`tiles.gpkg-journal`, `-wal`):
    teach, change, and a batch run again into its folder (reading the earlier output to see whether it is up to
    date) opened it and waited for a writer for ever; the commands' SIGTERM handler let the open start again, so
    `timeout` and `kill` did not end them either (`kill -9` did). The area of interest was already refused so. Now
    one line, before SQLite opens the file, the pipe left where it is."""
    layer = tmp_path / "tiles.gpkg"
    assert _cli("classify", RAPIDEYE, "-o", layer, "-q").returncode == 0
    os.mkfifo(tmp_path / f"tiles.gpkg{side}")
    runs = {"teach": ["teach", layer, "--name", "pits", "--positive", "1,2"],
            "change": ["change", layer, layer, "-o", tmp_path / "change.gpkg"]}
    for name, args in runs.items():
        module = "planet_qgis_plugin" + f".{args[0]}"
        try:
            proc = subprocess.run([sys.executable, "-m", module, *map(str, args[1:])], cwd=ROOT,
                                  capture_output=True, text=True, timeout=60)
        except subprocess.TimeoutExpired:
            pytest.fail(f"{name} waited on tiles.gpkg{side} for a minute")
        _one_line(proc, f"tiles.gpkg{side}", "named pipe")
    scene = tmp_path / "tiles.tif"  # a batch into this folder reads tiles.gpkg as the scene's earlier output
    shutil.copyfile(RAPIDEYE, scene)
    try:
        proc = subprocess.run([sys.executable, "-m", "planet_qgis_plugin.batch", str(scene), "-o", str(tmp_path),
                               "-q"], cwd=ROOT, capture_output=True, text=True, timeout=60)
    except subprocess.TimeoutExpired:
        pytest.fail(f"batch waited on tiles.gpkg{side} for a minute")
    assert proc.returncode == 1 and f"tiles.gpkg{side}" in proc.stderr, proc.stderr
    assert (tmp_path / f"tiles.gpkg{side}").is_fifo()


# -- a projected raster whose coordinates lie outside what its CRS maps ------------------------------------------------

def test_a_projected_raster_placed_outside_its_crs_is_refused_before_any_work(make_raster, tmp_path):
    """A scene given an orthographic CRS (or any projection with a domain) whose coordinates lie off the globe it
    shows (x, y = 9,000 km: most often a CRS assigned by mistake): classified without a word, then every tile of
    change's layer had an empty lon/lat (its alert too, for the field) and `change --export` failed at the very end
    with `could not write export folder ...: Point outside of projection domain`. Refused up front, as a raster in
    degrees off the earth is; a full-disk view whose centre lies on the globe stays allowed."""
    from rasterio.transform import from_origin

    crs = "+proj=ortho +lat_0=0 +lon_0=0 +datum=WGS84 +units=m +no_defs"
    raster = make_raster(300, 300, crs=crs, transform=from_origin(9_000_000, 9_000_000, 3, 3))
    out = tmp_path / "out.gpkg"
    _one_line(_cli("classify", raster, "-o", out, "-q"), "r.tif is georeferenced in", "outside the area",
              "gdal_edit.py -a_srs")
    assert not out.exists()
    disk = make_raster(300, 300, crs=crs, transform=from_origin(-7_000_000, 7_000_000, 46_666, 46_666),
                       name="disk.tif")  # the whole globe: its corners are off it, its centre on it
    assert _cli("classify", disk, "-o", out, "-q").returncode == 0


# -- a tile layer whose row or col field is gone ----------------------------------------------------------------------

def _sql(path: Path, statement: str) -> None:
    from osgeo import ogr

    ds = ogr.Open(str(path), 1)
    ds.ExecuteSQL(statement)
    ds = None


@pytest.mark.parametrize("side, statement", [("AFTER", "ALTER TABLE tiles DROP COLUMN row"),
                                             ("AFTER", "ALTER TABLE tiles RENAME COLUMN col TO column_"),
                                             ("BEFORE", "ALTER TABLE tiles DROP COLUMN col"),
                                             ("AFTER", "UPDATE tiles SET row = -3 WHERE fid = 2")],
                         ids=["row-dropped", "col-renamed", "before-col-dropped", "row-edited-below-0"])
def test_change_of_a_layer_without_its_tiles_places_on_the_grid_is_one_line(tmp_path, side, statement):
    """An AFTER tile layer whose `row` field was deleted (QGIS's Refactor fields, a save-as keeping some fields):
    change wrote row -1 for every tile into the change layer and lost the neighbours' evidence in silence, so three
    alerts that were `high` (`rise neighbours`) came out `nominal` (`rise`). Refused in one line, nothing written."""
    from ..conftest import edit_tiles

    before, after = tmp_path / "before.gpkg", tmp_path / "after.gpkg"
    assert _cli("classify", RAPIDEYE, "-o", before, "-q").returncode == 0
    shutil.copyfile(before, after)
    edit_tiles(after, {(r, r): {"flag_mining": 1, "flagged": 1, "score_mining": 1.0} for r in range(3)})
    _sql(after if side == "AFTER" else before, statement)
    name = "after.gpkg" if side == "AFTER" else "before.gpkg"
    _one_line(_cli("change", before, after, "-o", tmp_path / "change.gpkg"), f"{side} ({name}): ",
              "no row and col of the grid", "classify again")
    assert sorted(os.listdir(tmp_path)) == ["after.gpkg", "before.gpkg"]


# -- batch: a file of the analyst's own where a scene's output goes ---------------------------------------------------

@pytest.mark.parametrize("kind", ["geopackage-of-roads", "text-file", "sqlite-not-geopackage"])
def test_batch_never_replaces_a_file_of_the_analysts_own_named_like_a_scenes_output(tmp_path, kind):
    """`batch scenes/ -o project/` where project/ holds s1.gpkg of the analyst's own (their roads; notes saved
    under that name; another program's SQLite database) and scenes/ holds s1.tif: the batch replaced it with s1's
    tiles without a word, exit 0 (Processing's Classify raster refuses such an output). Refused before any scene
    runs, the file byte for byte as it was; the batch's own earlier output (a tile layer, a style QGIS saved in it)
    is still replaced as a batch run again does."""
    import sqlite3

    from osgeo import ogr

    scenes, out = tmp_path / "scenes", tmp_path / "project"
    scenes.mkdir()
    out.mkdir()
    shutil.copyfile(RAPIDEYE, scenes / "s1.tif")
    own = out / "s1.gpkg"
    if kind == "geopackage-of-roads":
        ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(own))
        ds.CreateLayer("roads", geom_type=ogr.wkbLineString)
        ds = None
    elif kind == "text-file":
        own.write_text("field notes\n")
    else:
        with sqlite3.connect(own) as conn:
            conn.execute("CREATE TABLE notes (t TEXT)")
        conn.close()
    kept = own.read_bytes()
    _one_line(_cli("batch", scenes, "-o", out, "-q"), f"{own} is ", "move it or choose another output folder")
    assert own.read_bytes() == kept and sorted(os.listdir(out)) == ["s1.gpkg"]

    own.unlink()  # the batch's own output, with a style QGIS saved into it, is replaced as before
    assert _cli("batch", scenes, "-o", out, "-q").returncode == 0
    with sqlite3.connect(own) as conn:
        conn.execute("CREATE TABLE layer_styles (id INTEGER PRIMARY KEY, styleName TEXT)")
    conn.close()
    proc = _cli("batch", scenes, "-o", out, "-q", "--force")
    assert proc.returncode == 0, proc.stderr


@pytest.mark.parametrize("name, text", [("summary.csv", "name,amount\nrent,1200\n"),
                                        ("report.html", "<html><body>my thesis</body></html>\n")])
def test_batch_never_replaces_a_summary_or_report_it_did_not_write(tmp_path, name, text):
    """The output folder holding the analyst's own summary.csv (a budget) or report.html (a thesis): the batch
    replaced it with its own, exit 0. Refused before any scene runs, the file as it was; the batch's own summary and
    report are replaced as a batch run again does."""
    scenes, out = tmp_path / "scenes", tmp_path / "project"
    scenes.mkdir()
    out.mkdir()
    shutil.copyfile(RAPIDEYE, scenes / "s1.tif")
    own = out / name
    own.write_text(text)
    _one_line(_cli("batch", scenes, "-o", out, "-q", "--report"), f"{own} is not", "move it or choose another "
              "output folder")
    assert own.read_text() == text and sorted(os.listdir(out)) == [name]
    own.unlink()
    assert _cli("batch", scenes, "-o", out, "-q", "--report").returncode == 0
    proc = _cli("batch", scenes, "-o", out, "-q", "--report", "--force")
    assert proc.returncode == 0, proc.stderr


# -- a tile whose polygon was emptied or replaced -----------------------------------------------------------------------

@pytest.mark.parametrize("wkt", ["POLYGON EMPTY", "POINT (260100 119900)", "LINESTRING (260000 120000, 260700 119300)"],
                         ids=["emptied", "a-point", "a-line"])
def test_change_says_which_tile_lost_its_polygon(tmp_path, wkt):
    """A flagged AFTER tile whose polygon was emptied in QGIS (Delete Part on its one part leaves POLYGON EMPTY, not
    NULL) or replaced by a point or a line: change left it out as `1 without a BEFORE tile`, which it had, and its
    alert was gone without a word naming it. Said as a tile without geometry is (round 4)."""
    from osgeo import ogr

    from ..conftest import edit_tiles

    before, after = tmp_path / "before.gpkg", tmp_path / "after.gpkg"
    assert _cli("classify", RAPIDEYE, "-o", before, "-q").returncode == 0
    shutil.copyfile(before, after)
    edit_tiles(after, {(1, 1): {"flag_mining": 1, "flagged": 1, "score_mining": 1.0}})
    ds = ogr.Open(str(after), 1)
    layer = ds.GetLayerByName("tiles")
    feature = layer.GetFeature(5)
    feature.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
    layer.SetFeature(feature)
    ds = None
    proc = _cli("change", before, after, "-o", tmp_path / "change.gpkg", "-q")
    assert proc.returncode == 0, proc.stderr
    assert ("warning: AFTER (after.gpkg): 1 tile has no geometry (fid 5; deleted in QGIS?), so it is left out of the "
            "comparison") in proc.stderr, proc.stderr


def test_a_key_given_twice_in_a_concept_file_or_manifest_is_one_line(tmp_path):
    """JSON keeps the last of a key given twice in silence: a concept file reading "threshold": 0.0001 and, further
    down, "threshold": 0.6 (two edits, a merge) was applied at 0.6, whichever its writer meant. Refused, naming the
    key, by every reader of untrusted JSON (core/schema.loads)."""
    import json

    import numpy as np

    from planet_qgis_plugin.core.model.bundle import MANIFEST, BundleError, default_bundle_path, load_bundle
    from planet_qgis_plugin.core.model.concepts import ConceptError
    from planet_qgis_plugin.core.teach.concept_file import ConceptFile, read_concept_file, write_concept_file
    from planet_qgis_plugin.core.teach.fit import teach

    from ..core.teach_data import BACKBONE, SIZE, planted

    concept = teach(planted()[0], [0, 1], name="pits", backbone_id=BACKBONE).concept
    rows = np.full((2, SIZE), 0.1, dtype=np.float32)
    path = write_concept_file(ConceptFile(concept, rows, rows[:1]), tmp_path / "pits.concept.json")
    assert read_concept_file(path, SIZE, BACKBONE).concept.name == "pits"
    text = path.read_text()
    path.write_text(text.replace('"format":', '"threshold": 0.0001, "format":', 1).replace(
        '"concept": {', '"concept": {"threshold": 0.6, "threshold": 0.0001, ', 1))
    with pytest.raises(ConceptError, match=r"not readable JSON \(key 'threshold' given twice in one object\)"):
        read_concept_file(path, SIZE, BACKBONE)

    bundle = shutil.copytree(default_bundle_path(), tmp_path / "bundle")
    manifest = (bundle / MANIFEST).read_text()
    assert json.loads(manifest)["labels"]
    (bundle / MANIFEST).write_text(manifest.replace('"labels":', '"labels": [], "labels":', 1))
    with pytest.raises(BundleError, match="key 'labels' given twice"):
        load_bundle(bundle)


def test_a_truncated_jpeg_is_damaged_not_classified_grey(tmp_path):
    """A JPEG cut short (a download stopped) opened and decoded with only libjpeg's 'Premature end of JPEG file'
    warning: its missing part came back grey, and classify (and batch: 'done') tagged every tile of it. It is
    damaged, in one line, for classify and batch alike; the whole file still classifies."""
    whole = ROOT / "demo" / "data" / "blowdown.jpg"
    cut = tmp_path / "cut.jpg"
    cut.write_bytes(whole.read_bytes()[:5000])
    proc = subprocess.run([sys.executable, "-m", "planet_qgis_plugin", str(cut), "-o", str(tmp_path / "c.gpkg"), "-q"],
                          cwd=ROOT, capture_output=True, text=True, timeout=120)
    _one_line(proc, f"{cut} is damaged or truncated: the JPEG ends before its end-of-image marker", "re-download")
    assert not (tmp_path / "c.gpkg").exists()
    from planet_qgis_plugin.core.pipeline.raster import open_raster

    with open_raster(whole) as dataset:
        assert dataset.driver == "JPEG"


def test_change_of_a_layer_of_points_says_it_holds_no_tile_polygon(tmp_path):
    """A layer whose every feature is a point (QGIS's Centroids of the tiles, saved under the same fields) was told
    'AFTER has no tiles', which its feature count contradicts. It says what the features are instead."""
    from osgeo import ogr

    before, after = tmp_path / "before.gpkg", tmp_path / "after.gpkg"
    assert _cli("classify", RAPIDEYE, "-o", before, "-q").returncode == 0
    shutil.copyfile(before, after)
    ds = ogr.Open(str(after), 1)
    layer = ds.GetLayerByName("tiles")
    for feature in list(layer):
        feature.SetGeometry(feature.GetGeometryRef().Centroid())
        layer.SetFeature(feature)
    count = layer.GetFeatureCount()
    ds = None
    proc = _cli("change", before, after, "-o", tmp_path / "change.gpkg", "-q")
    _one_line(proc, f"AFTER (after.gpkg) has no tile with a polygon: its {count} features are points, lines or "
                    "without geometry")
    assert not (tmp_path / "change.gpkg").exists()


@pytest.mark.parametrize("side, statement", [("AFTER", "ALTER TABLE tiles DROP COLUMN score_mining"),
                                             ("BEFORE", "ALTER TABLE tiles RENAME COLUMN score_logging TO s_logging")],
                         ids=["after-dropped", "before-renamed"])
def test_change_of_a_layer_that_lost_a_score_field_is_one_line(tmp_path, side, statement):
    """A tile layer whose score_<group> field was deleted or renamed in QGIS was read with that group's score as the
    max p_ of its tags, another scale than the other date's field: the only sign was a scene-wide lift warning
    (mining +7.40 on the logit scale), and on another scene false alerts (found by round 6). Refused, naming the
    field, nothing written."""
    before, after = tmp_path / "before.gpkg", tmp_path / "after.gpkg"
    assert _cli("classify", RAPIDEYE, "-o", before, "-q").returncode == 0
    shutil.copyfile(before, after)
    _sql(after if side == "AFTER" else before, statement)
    name = "after.gpkg" if side == "AFTER" else "before.gpkg"
    group = "mining" if side == "AFTER" else "logging"
    _one_line(_cli("change", before, after, "-o", tmp_path / "change.gpkg"),
              f"{side} ({name}) lacks the field score_{group} that", "classify again")
    assert sorted(os.listdir(tmp_path)) == ["after.gpkg", "before.gpkg"]
