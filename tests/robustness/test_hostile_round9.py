"""Hostile inputs of 2026-12-07 (round 9): files a user hands the tool and the ones it reads back (docs/robustness.md,
"Hostile inputs of 2026-12-07 (round 9)"). Each test failed before its fix."""
from __future__ import annotations

import csv
import os
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from ..conftest import RAPIDEYE, ROOT, edit_tiles
from .conftest import assert_refused, run_cli, snapshot


def _gdal_raster(path: Path, gdal_type: str, bands: int = 3, size: int = 300) -> Path:
    """A georeferenced GeoTIFF of GDAL's pixel type ``gdal_type`` (numbers 1..249 in every band)."""
    from osgeo import gdal, osr

    srs = osr.SpatialReference()
    srs.ImportFromEPSG(32649)
    ds = gdal.GetDriverByName("GTiff").Create(str(path), size, size, bands, gdal.GetDataTypeByName(gdal_type))
    ds.SetGeoTransform((699648, 3, 0, 100608, 0, -3))
    ds.SetProjection(srs.ExportToWkt())
    values = np.random.default_rng(0).integers(1, 250, size=(size, size))
    for band in range(1, bands + 1):
        ds.GetRasterBand(band).WriteArray(values.astype(np.complex64 if gdal_type.startswith("C") else np.float64))
    ds = None
    return path


@pytest.mark.parametrize("gdal_type", ["CInt16", "CInt32", "CFloat32", "Int64", "UInt64"])
def test_a_raster_of_a_pixel_type_no_reader_takes_is_named_by_its_type(tmp_path, gdal_type):
    """A raster of complex numbers (a radar product) or 64-bit integers (a GDAL >= 3.5 export) cannot be classified.
    CInt16 was a 'TypeError: data type 'complex_int16' not understood' traceback (numpy, in the nodata check); Int64
    was refused as 'uint64' and UInt64 as 'int64' (rasterio 1.3 swaps GDAL's two new codes), CInt32 as 'complex64';
    none said how to go on. Refused as the raster is opened (every reader), by GDAL's name, with the fix."""
    scene = _gdal_raster(tmp_path / "scene.tif", gdal_type)
    out = tmp_path / "out"
    out.mkdir()
    line = assert_refused(run_cli(scene, "-o", out / "tiles.gpkg"), f"GDAL type {gdal_type}", {}, out)
    assert "gdal_translate -ot Float32" in line, line


def _tamper_summary(summary: Path, **row) -> None:
    """Add a row to batch's summary.csv, as someone editing it by hand (or another tool) would."""
    with open(summary, newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    columns = list(rows[0])
    rows.append({**rows[0], **row})
    with open(summary, "w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, columns, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


@pytest.mark.parametrize("output", ["/x/" + "y" * 5000 + ".gpkg", "y" * 300 + ".gpkg"],
                         ids=["path-too-long", "name-too-long"])
def test_a_summary_csv_naming_an_output_the_system_cannot_look_up_is_rewritten(tmp_path, output):
    """batch keeps the rows of an earlier summary.csv whose output is still there (scenes of earlier months). A row
    whose output name is longer than the system takes (edited by hand, another tool's summary) made every later run
    classify its scenes and then fail, 'error: [Errno 36] File name too long: '/x/yyyy...'' (the 5000 characters on
    the terminal), summary.csv left as it was for good. Such a row names no output that is there: it is dropped."""
    archive = tmp_path / "archive"
    archive.mkdir()
    shutil.copyfile(_gdal_raster(tmp_path / "s1.tif", "Float32"), archive / "s1.tif")
    out = tmp_path / "out"
    assert run_cli("batch", archive, "-o", out, "--workers", "1").returncode == 0
    _tamper_summary(out / "summary.csv", scene=str(archive / "gone.tif"), output=output)
    proc = run_cli("batch", archive, "-o", out, "--workers", "1", "--force")
    assert proc.returncode == 0 and "Traceback" not in proc.stderr and "error" not in proc.stderr, proc.stderr
    with open(out / "summary.csv", newline="", encoding="utf-8") as handle:
        assert [row["scene"] for row in csv.DictReader(handle)] == [str(archive / "s1.tif")]


def _retyped(path: Path, layer: str, field: str, sql_type: str) -> Path:
    """``path`` with ``field`` of ``layer`` of another type (QGIS's Refactor fields, saved over the file), the layer's
    metadata kept."""
    from osgeo import gdal, ogr

    src = ogr.Open(str(path))
    source = src.GetLayerByName(layer)
    defn = source.GetLayerDefn()
    names = [defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())]
    columns = ", ".join(f'CAST("{n}" AS {sql_type}) AS "{n}"' if n == field else f'"{n}"' for n in names)
    edited = path.with_name("edited.gpkg")
    out = gdal.VectorTranslate(str(edited), str(path), format="GPKG", layerName=layer, SQLDialect="SQLite",
                               SQLStatement=f"SELECT geom, {columns} FROM {layer}")
    out.GetLayerByName(layer).SetMetadata(source.GetMetadata())
    del defn, source
    out = src = None
    os.replace(edited, path)
    return path


@pytest.mark.parametrize("field, sql_type", [("review", "integer"), ("cause", "real"), ("reviewed_at", "integer"),
                                             ("date_before", "real")])
def test_a_change_layer_whose_answer_fields_were_retyped_is_one_line_and_keeps_every_answer(change_layer, field,
                                                                                           sql_type):
    """The Alerts dock, the export and the report read a change layer's text fields as text. One of another type
    (Refactor fields in QGIS: review as a whole number, a date as a real) lost the answers written into it (GDAL:
    'Value 'confirmed' of field changes.review parsed incompletely to integer 0', the review saved as 0, the cause
    as 0.0, the time as 2026), and the export then ended in AttributeError: 'float' object has no attribute
    'replace'. Refused as the file is opened, naming the field and the fix; nothing written."""
    from planet_qgis_plugin.core.monitor.alerts import read_alerts, record_review
    from planet_qgis_plugin.core.monitor.change import ChangeError
    from planet_qgis_plugin.core.monitor.handoff import export_alerts

    fid = read_alerts(change_layer).rows[0].fid
    _retyped(change_layer, "changes", field, sql_type)
    before = snapshot(change_layer.parent)
    for use in (lambda: read_alerts(change_layer), lambda: record_review(change_layer, fid, "confirmed", "mining"),
                lambda: export_alerts(change_layer, change_layer.parent / "handoff")):
        with pytest.raises(ChangeError) as refused:
            use()
        said = str(refused.value)
        assert f"field {field} " in said and "text" in said and "\n" not in said, said
    assert snapshot(change_layer.parent) == before


@pytest.mark.parametrize("trigger", [
    "AFTER UPDATE ON changes BEGIN DELETE FROM notes; END",
    "AFTER UPDATE OF review ON changes BEGIN INSERT INTO notes VALUES (NEW.reject_reason); END",
    "AFTER UPDATE ON gpkg_contents BEGIN DELETE FROM notes; END",
], ids=["on-the-layer", "on-the-review-field", "on-gpkg-contents"])
def test_a_trigger_stored_in_a_change_layer_never_runs_when_an_answer_is_written(change_layer, trigger):
    """An answer (the Alerts dock's Y / N, record_review) is written into the change GeoPackage through GDAL, which
    runs the SQL a trigger stored in the file holds: a change layer handed over by someone else deleted the notes
    beside it on the first answer (exit 0, the answer stored). teach refuses such a file (round 5); the answer is
    refused the same way, naming the trigger and its fix, and nothing in the file changes."""
    import sqlite3

    from planet_qgis_plugin.core.monitor.alerts import read_alerts, record_review
    from planet_qgis_plugin.core.monitor.change import ChangeError

    fid = read_alerts(change_layer).rows[0].fid
    conn = sqlite3.connect(change_layer)
    conn.execute("CREATE TABLE notes (t TEXT)")
    conn.execute("INSERT INTO notes VALUES ('the analyst''s notes')")
    conn.execute(f"CREATE TRIGGER evil {trigger}")
    conn.commit()
    conn.close()
    before = snapshot(change_layer.parent)
    with pytest.raises(ChangeError) as refused:
        record_review(change_layer, fid, "rejected", reason="cloud shadow")
    said = str(refused.value)
    assert "trigger 'evil'" in said and 'DROP TRIGGER "evil"' in said and "\n" not in said, said
    assert snapshot(change_layer.parent) == before


def test_gdals_own_index_triggers_still_let_an_answer_be_written(change_layer):
    """The change layer's spatial index (GDAL's rtree_changes_geom_* triggers) and the feature count triggers GDAL
    writes stay: an answer is stored as before."""
    import sqlite3

    from planet_qgis_plugin.core.monitor.alerts import read_alerts, record_review

    conn = sqlite3.connect(change_layer)
    names = [n for (n,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")]
    conn.close()
    assert any(n.startswith("rtree_changes_") for n in names), names
    fid = read_alerts(change_layer).rows[0].fid
    record_review(change_layer, fid, "rejected", reason="cloud shadow")
    assert read_alerts(change_layer).rows[0].reject_reason == "cloud shadow"


def _rpc_scene(path: Path, size: int, crs: str | None) -> Path:
    """A scene georeferenced by RPCs only (not orthorectified, as a Planet Basic product is), ``crs`` set on it
    (gdal_edit.py -a_srs) or not."""
    from osgeo import gdal, osr

    ds = gdal.GetDriverByName("GTiff").Create(str(path), size, size, 3, gdal.GDT_Byte)
    if crs:
        srs = osr.SpatialReference()
        srs.SetFromUserInput(crs)
        ds.SetProjection(srs.ExportToWkt())
    zeros = " ".join(["0"] * 17)
    ds.SetMetadata({"LINE_OFF": "150", "SAMP_OFF": "150", "LAT_OFF": "-3.1", "LONG_OFF": "-60.0", "HEIGHT_OFF": "50",
                    "LINE_SCALE": "150", "SAMP_SCALE": "150", "LAT_SCALE": "0.01", "LONG_SCALE": "0.01",
                    "HEIGHT_SCALE": "100", "LINE_NUM_COEFF": f"0 0 -1 {zeros}", "LINE_DEN_COEFF": f"1 0 0 {zeros}",
                    "SAMP_NUM_COEFF": f"0 1 0 {zeros}", "SAMP_DEN_COEFF": f"1 0 0 {zeros}"}, "RPC")
    ds.WriteArray(np.random.default_rng(0).integers(1, 250, (3, size, size)).astype(np.uint8))
    ds = None
    return path


@pytest.mark.parametrize("size", [300, 80])
def test_a_scene_georeferenced_by_rpcs_only_with_a_crs_is_told_to_be_orthorectified(tmp_path, size):
    """A scene placed by RPCs only (no geotransform) that carries a CRS (gdal_edit.py -a_srs EPSG:4326 on a Planet
    Basic product): nothing in a run applies RPCs, so its tiles took pixel positions for degrees. A 300 px scene was
    refused as 'off the earth ... (a projected raster given WGS 84?); assign the right one, e.g. gdal_edit.py -a_srs
    EPSG:32633', the wrong fix; an 80 px one was classified in silence, its tile at lon 0..80, lat 0..80 (y = +row,
    mirrored). Refused as a CRS without georeference is, with the way on: orthorectify it."""
    scene = _rpc_scene(tmp_path / "basic.tif", size, "EPSG:4326")
    out = tmp_path / "out"
    out.mkdir()
    line = assert_refused(run_cli(scene, "-o", out / "tiles.gpkg"), "georeferenced by RPCs only", {}, out)
    assert "gdalwarp -rpc" in line and "gdal_edit.py -a_srs EPSG:32633" not in line, line


def test_a_scene_georeferenced_by_rpcs_only_without_a_crs_is_told_where_its_tiles_go(tmp_path):
    """The same scene without a CRS is classified in pixel coordinates, as one placed by ground control points only
    is, and told how to line it up: orthorectify it with its RPCs (it was told only that it has no CRS)."""
    scene = _rpc_scene(tmp_path / "basic.tif", 300, None)
    proc = run_cli(scene, "-o", tmp_path / "tiles.gpkg")
    assert proc.returncode == 0, proc.stderr
    assert "georeferenced by RPCs only" in proc.stderr and "gdalwarp -rpc" in proc.stderr, proc.stderr


def test_a_batch_scene_that_cannot_be_written_is_said_of_its_output_not_its_temporary_file(tmp_path):
    """A scene batch cannot write (a full disk: a file-size limit stands in for it) is a failed row of summary.csv
    and a 'failed:' line. Both named the scene's temporary file, '.s1.30851-0a7c9c.3bzuxw88.batch.gpkg', a file
    nobody asked for and that is gone: they name the output, as classify's line does."""
    import resource

    archive = tmp_path / "archive"
    archive.mkdir()
    _gdal_raster(archive / "s1.tif", "Float32")
    out = tmp_path / "out"

    def small_disk():
        resource.setrlimit(resource.RLIMIT_FSIZE, (100_000, 100_000))

    proc = subprocess.run([sys.executable, "-m", "planet_qgis_plugin", "batch", str(archive), "-o", str(out),
                           "--workers", "1", "-q"], cwd=ROOT, capture_output=True, text=True, timeout=300,
                          env=dict(os.environ, PYTHONPATH=str(ROOT)), preexec_fn=small_disk)
    assert proc.returncode == 1 and "Traceback" not in proc.stderr, proc.stderr
    with open(out / "summary.csv", newline="", encoding="utf-8") as handle:
        (row,) = csv.DictReader(handle)
    for said in (proc.stderr, row["error"]):
        assert f"could not write {out / 's1.gpkg'}" in said and ".batch.gpkg" not in said, said
    assert sorted(p.name for p in out.iterdir()) == ["summary.csv"]


@pytest.mark.parametrize("shape", ["POINT (700000 100000)", "LINESTRING (700000 100000, 700100 100000)", "flat"],
                         ids=["point", "line", "zero-area-polygon"])
def test_an_alert_whose_tile_was_edited_into_no_polygon_is_one_line(classified, tmp_path, shape):
    """An alert's tile in the change layer edited in QGIS into a point, a line or a polygon without area (its
    vertices moved onto one): the hand-off's thumbnails, the change report and the Alerts dock's chips cut a
    window around it, and ended in 'ZeroDivisionError: float division by zero' (a traceback out of the export).
    Refused as the layer is read, as an alert without geometry is: naming the alert and the fix."""
    from osgeo import ogr

    from planet_qgis_plugin.core.monitor.alerts import read_alerts
    from planet_qgis_plugin.core.monitor.change import ChangeError, compare
    from planet_qgis_plugin.core.monitor.handoff import export_alerts

    after = tmp_path / "after.gpkg"
    shutil.copyfile(classified, after)
    edit_tiles(after, {(0, 1): {"flag_mining": 1, "flagged": 1, "score_mining": 1.0}})
    layer_path = tmp_path / "change.gpkg"
    compare(classified, after, layer_path)
    fid = read_alerts(layer_path).rows[0].fid
    ds = ogr.Open(str(layer_path), 1)
    layer = ds.GetLayerByName("changes")
    feature = layer.GetFeature(fid)
    if shape == "flat":
        x, y = feature.GetGeometryRef().GetGeometryRef(0).GetPoint_2D(0)
        shape = f"POLYGON (({x} {y}, {x} {y}, {x} {y}, {x} {y}))"
    feature.SetGeometry(ogr.CreateGeometryFromWkt(shape))
    layer.SetFeature(feature)
    feature = layer = ds = None
    before = snapshot(tmp_path)
    for use in (lambda: read_alerts(layer_path), lambda: export_alerts(layer_path, tmp_path / "handoff")):
        with pytest.raises(ChangeError) as refused:
            use()
        said = str(refused.value)
        assert f"alert {fid} of change.gpkg" in said and "run `change` again" in said, said
    assert snapshot(tmp_path) == before


def _edited(good: bytes, how: str) -> bytes:
    """A run's CSV record saved again by a spreadsheet (``how``): a European locale's semicolons, Latin-1, a row
    typed in."""
    return {"semicolons": good.replace(b",", b";"), "latin-1": good + "caf\xe9,val\n".encode("latin-1"),
            "typed-row": good + b"x,finetune,1\n"}[how]


@pytest.fixture(scope="module")
def trained_run(tmp_path_factory) -> tuple[Path, list[str]]:
    """(run folder, trainer arguments): one epoch of the tiny trainer run on the sample chips."""
    from trainer.train import main

    from ..trainer.conftest import CHIPS, TINY

    folder = tmp_path_factory.mktemp("trained")
    chips = folder / "chips"
    shutil.copytree(CHIPS, chips)
    args = ["--data", str(chips), "--out", str(folder / "run"), "--epochs", "1", "--no-export", *TINY]
    assert main(args) == 0
    return folder / "run", args


@pytest.mark.parametrize("record", ["split.csv", "history.csv"])
@pytest.mark.parametrize("how", ["semicolons", "latin-1", "typed-row"])
def test_a_run_record_saved_again_by_a_spreadsheet_is_one_line_on_resume(trained_run, tmp_path, capsys, record, how):
    """trainer --resume compares the run's split.csv with the split it would train on, and keeps history.csv's rows
    up to the checkpointed epoch. Either one opened in a spreadsheet and saved again (semicolons, as a pt_BR or es
    spreadsheet writes them; Latin-1; a row typed in) was a traceback: UnicodeDecodeError out of the split check,
    KeyError 'epoch', UnicodeDecodeError or ValueError out of the history. One line now, the run folder as it
    was (config.json was rewritten before the history was read)."""
    from trainer.train import main

    folder, args = trained_run
    run = tmp_path / "run"
    shutil.copytree(folder, run)
    args = [a if a != str(folder) else str(run) for a in args]
    (run / record).write_bytes(_edited((run / record).read_bytes(), how))
    before = snapshot(run)
    capsys.readouterr()
    assert main([*args, "--resume", "--epochs", "2"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("error: ") and record in err[0], err
    assert snapshot(run) == before


def test_change_of_layers_whose_names_begin_with_a_dash_runs_after_a_double_dash(classified, tmp_path):
    """A file whose name begins with '-' is given after '--', as every command line takes it. change took it, then
    parsed its arguments again to tell which classification options were given (those two tile layers leave
    unused), without the '--': 'error: the following arguments are required: after', of an AFTER that was given."""
    shutil.copyfile(classified, tmp_path / "-before.gpkg")
    shutil.copyfile(classified, tmp_path / "-after.gpkg")
    edit_tiles(tmp_path / "-after.gpkg", {(0, 1): {"flag_mining": 1, "flagged": 1, "score_mining": 1.0}})
    proc = subprocess.run([sys.executable, "-m", "planet_qgis_plugin", "change", "-q", "--output=-change.gpkg", "--",
                           "-before.gpkg", "-after.gpkg"], cwd=tmp_path, capture_output=True, text=True, timeout=180,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert proc.returncode == 0, proc.stderr
    assert (tmp_path / "-change.gpkg").is_file()


def test_change_says_which_tile_lost_its_area(classified, tmp_path):
    """A flagged AFTER tile whose polygon's vertices were all moved onto one point in QGIS (a polygon without area):
    change left it out as '1 without a BEFORE tile', which it had, and its alert was gone without a word naming it
    (round 5 said so for POLYGON EMPTY, points and lines; a polygon of no area passed as a tile polygon). Said as a
    tile without geometry is."""
    from osgeo import ogr

    after = tmp_path / "after.gpkg"
    shutil.copyfile(classified, after)
    edit_tiles(after, {(1, 1): {"flag_mining": 1, "flagged": 1, "score_mining": 1.0}})
    ds = ogr.Open(str(after), 1)
    layer = ds.GetLayerByName("tiles")
    feature = layer.GetFeature(5)
    x, y = feature.GetGeometryRef().GetGeometryRef(0).GetPoint_2D(0)
    feature.SetGeometry(ogr.CreateGeometryFromWkt(f"POLYGON (({x} {y}, {x} {y}, {x} {y}, {x} {y}))"))
    layer.SetFeature(feature)
    feature = layer = ds = None
    proc = subprocess.run([sys.executable, "-m", "planet_qgis_plugin", "change", str(classified), str(after), "-o",
                           str(tmp_path / "change.gpkg"), "-q"], cwd=ROOT, capture_output=True, text=True, timeout=180,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert proc.returncode == 0, proc.stderr
    assert ("warning: AFTER (after.gpkg): 1 tile has no geometry (fid 5; deleted in QGIS?), so it is left out of the "
            "comparison") in proc.stderr, proc.stderr


def _placed(path: Path, transform: tuple) -> Path:
    """The same 300 px scene (one seed) placed by ``transform`` (GDAL's geotransform order) in EPSG:32649; south-up
    (a positive pixel height), its rows stored bottom first: the same ground as north-up."""
    from osgeo import gdal, osr

    srs = osr.SpatialReference()
    srs.ImportFromEPSG(32649)
    ds = gdal.GetDriverByName("GTiff").Create(str(path), 300, 300, 3, gdal.GDT_Byte)
    ds.SetGeoTransform(transform)
    ds.SetProjection(srs.ExportToWkt())
    pixels = np.random.default_rng(1).integers(1, 250, (3, 300, 300)).astype(np.uint8)
    ds.WriteArray(pixels[:, ::-1] if transform[5] > 0 else pixels)
    ds = None
    return path


ROTATED = (699648, 2.598076, -1.5, 100608, -1.5, -2.598076)   # 3 m pixels turned 30 degrees
SOUTH_UP = (699648, 3, 0, 99708, 0, 3)                          # row 0 at the bottom: the same ground as NORTH_UP
NORTH_UP = (699648, 3, 0, 100608, 0, -3)


@pytest.mark.parametrize("transform", [ROTATED, SOUTH_UP], ids=["rotated", "south-up"])
def test_change_of_two_rasters_whose_before_is_not_north_up_says_how_to_go_on(tmp_path, transform):
    """change A.tif B.tif puts AFTER on BEFORE's pixel grid, which it takes to be north-up. A BEFORE whose
    geotransform is rotated or south-up (row 0 at the bottom), compared with itself, was refused with a wrong
    reason: 'AFTER's ground is 60.1 px from BEFORE's ...: co-register AFTER to BEFORE first' (rotated) or
    'BEFORE and AFTER do not overlap' (south-up). It says what it is and the two ways on."""
    scene = _placed(tmp_path / "scene.tif", transform)
    out = tmp_path / "out"
    out.mkdir()
    line = assert_refused(run_cli("change", scene, scene, "-o", out / "change.gpkg"), "is not north-up", {}, out)
    assert "gdalwarp" in line and "tile layers" in line, line


def test_change_of_two_rasters_whose_after_is_south_up_compares_them(tmp_path):
    """An AFTER placed south-up on BEFORE's ground (the same pixels, row 0 at the bottom) is resampled onto
    BEFORE's grid, as another pixel size is: it was refused, 'BEFORE (before.tif) and AFTER (after.tif) do not
    overlap' (its bounds read bottom above top)."""
    before = _placed(tmp_path / "before.tif", NORTH_UP)
    after = _placed(tmp_path / "after.tif", SOUTH_UP)
    proc = run_cli("change", before, after, "-o", tmp_path / "change.gpkg")
    assert proc.returncode == 0, proc.stderr
    assert "resampled to BEFORE's grid" in proc.stderr and "0 alerts" in proc.stdout, (proc.stdout, proc.stderr)


LONG = "r" * 300   # a file name longer than the 255 bytes a file system takes


@pytest.mark.parametrize("args", [
    ["{LONG}.tif", "-o", "x.gpkg"],
    ["scene.tif", "-o", "x.gpkg", "--aoi", "{LONG}.geojson"],
    ["scene.tif", "-o", "x.gpkg", "--bundle", "{LONG}"],
    ["change", "{LONG}.gpkg", "tiles.gpkg", "-o", "c.gpkg"],
    ["change", "tiles.gpkg", "tiles.gpkg", "-o", "c.gpkg", "--export", "{LONG}"],
    ["teach", "{LONG}.gpkg", "--name", "pits", "--positive", "1"],
    ["teach", "tiles.gpkg", "--name", "pits", "--positive", "1", "--save-concept", "{LONG}.concept.json"],
    ["teach", "tiles.gpkg", "--name", "pits", "--positive", "1", "--save-to", "{LONG}"],
    ["batch", "{LONG}", "-o", "out"],
], ids=["scene", "aoi", "bundle", "change-input", "export", "teach-input", "save-concept", "save-to", "batch-input"])
def test_a_name_longer_than_the_file_system_takes_is_said_as_such_by_every_command(classified, tmp_path, args):
    """Round 5 said a name too long for classify's -o and --preview, change's --report in words; a scene, a tile
    layer, an area, a bundle, teach's --save-concept and --save-to, change's --export and batch's scenes so named
    were 'error: [Errno 36] File name too long: '...'' with the whole 300 characters. Every command line says it as
    round 5's outputs do, the name cut short; nothing is written."""
    shutil.copyfile(classified, tmp_path / "tiles.gpkg")
    shutil.copyfile(RAPIDEYE, tmp_path / "scene.tif")
    before = snapshot(tmp_path)
    proc = subprocess.run([sys.executable, "-m", "planet_qgis_plugin", *(a.format(LONG=LONG) for a in args)],
                          cwd=tmp_path, capture_output=True, text=True, timeout=180,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})
    line = assert_refused(proc, "a name in it is too long (")
    assert "bytes; the file system takes 255)" in line, line
    assert "Errno" not in line and LONG not in line, line
    assert snapshot(tmp_path) == before


def test_an_answer_into_a_change_layer_whose_folder_takes_no_new_files_says_why(change_layer):
    """A change layer on a read-only share (a colleague's folder; here read-only for root too: immutable), its file
    writable: an answer cannot be stored, SQLite having no room for its journal beside it. It said 'could not store
    the review in .../change.gpkg', no reason, no way on (and GDAL's 'ERROR 1: failed to execute update : unable to
    open database file' on the terminal). It names the folder and the way on; the file is as it was."""
    from planet_qgis_plugin.core.monitor.alerts import read_alerts, record_review
    from planet_qgis_plugin.core.monitor.change import ChangeError

    from ..plugin.test_teach_hostile_panel import read_only

    fid = read_alerts(change_layer).rows[0].fid
    folder = change_layer.parent
    for other in folder.iterdir():
        if other != change_layer:
            shutil.rmtree(other) if other.is_dir() else other.unlink()
    before = change_layer.read_bytes()
    with read_only(folder):
        change_layer.chmod(0o644)
        with pytest.raises(ChangeError) as refused:
            record_review(change_layer, fid, "rejected", reason="cloud shadow")
    said = str(refused.value)
    assert f"its folder {folder} does not take new files" in said and "copy" in said and "\n" not in said, said
    assert change_layer.read_bytes() == before


def _area_layers(path: Path, layers: list[tuple[str, str]]) -> Path:
    """A GeoPackage of the ``layers`` (name, WKT of its one feature) in EPSG:32649: a project's file, say."""
    from osgeo import ogr, osr

    srs = osr.SpatialReference()
    srs.ImportFromEPSG(32649)
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    for name, wkt in layers:
        geometry = ogr.CreateGeometryFromWkt(wkt)
        layer = ds.CreateLayer(name, srs, geometry.GetGeometryType())
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetGeometry(geometry)
        layer.CreateFeature(feature)
        feature = layer = None
    ds = None
    return path


def _box(x: float, y: float, size: float = 50) -> str:
    return f"POLYGON (({x} {y}, {x + size} {y}, {x + size} {y + size}, {x} {y + size}, {x} {y}))"


def test_an_area_of_interest_whose_polygons_are_in_its_second_layer_is_used(tmp_path):
    """A project's GeoPackage given as --aoi: roads first, the area's polygon in a layer after them. Only the first
    layer was read: 'area of interest project.gpkg holds no polygons', of a file that holds one. The layer that
    holds polygons is the area."""
    area = _area_layers(tmp_path / "project.gpkg", [("roads", "LINESTRING (699700 100500, 700300 99800)"),
                                                    ("area", _box(700000, 99900))])
    scene = _gdal_raster(tmp_path / "scene.tif", "Byte")
    proc = run_cli(scene, "-o", tmp_path / "tiles.gpkg", "--aoi", area)
    assert proc.returncode == 0 and "1 tile classified" in proc.stdout, proc.stderr


def test_an_area_of_interest_of_several_polygon_layers_names_them(tmp_path):
    """--aoi a GeoPackage holding two polygon layers (municipalities and the area; or a KML of two folders): the first
    alone was taken in silence, the other's area left out. It names the layers and the way on; nothing written."""
    area = _area_layers(tmp_path / "project.gpkg", [("first", _box(699700, 100500)), ("second", _box(700300, 99800))])
    scene = _gdal_raster(tmp_path / "scene.tif", "Byte")
    out = tmp_path / "out"
    out.mkdir()
    line = assert_refused(run_cli(scene, "-o", out / "tiles.gpkg", "--aoi", area), "2 layers of polygons (first, "
                          "second)", {}, out)
    assert "ogr2ogr" in line, line


@pytest.mark.parametrize("side", ["-journal", "-wal"])
@pytest.mark.parametrize("command", ["teach", "change"])
def test_a_link_where_sqlite_keeps_a_geopackages_journal_is_named(classified, tmp_path, side, command):
    """A tile GeoPackage handed over with a symbolic link under its journal's name (tiles.gpkg-journal, or -wal for a
    file in WAL mode) pointing at another file. SQLite opens no link there (the other file stays as it was), and the
    commands said 'holds an unfinished write that SQLite could not undo (unable to open database file)' or 'is not a
    GeoPackage (unable to open database file)'. The link is named, as round 6 names a pipe there."""
    import sqlite3

    tiles = tmp_path / "tiles.gpkg"
    shutil.copyfile(classified, tiles)
    if side == "-wal":
        conn = sqlite3.connect(tiles)
        assert conn.execute("PRAGMA journal_mode=WAL").fetchone()[0] == "wal"
        conn.close()
    (tmp_path / "notes.txt").write_text("the analyst's notes\n", encoding="utf-8")
    os.symlink("notes.txt", tmp_path / f"tiles.gpkg{side}")
    before = snapshot(tmp_path)
    args = (["teach", tiles, "--name", "pits", "--positive", "1"] if command == "teach" else
            ["change", tiles, tiles, "-o", tmp_path / "change.gpkg"])
    proc = subprocess.run([sys.executable, "-m", "planet_qgis_plugin", *map(str, args)], cwd=ROOT, capture_output=True,
                          text=True, timeout=180, env={**os.environ, "PYTHONPATH": str(ROOT)})
    line = assert_refused(proc, f"tiles.gpkg{side} is a symbolic link")
    assert "remove it" in line, line
    assert snapshot(tmp_path) == before


def test_a_network_that_takes_a_second_input_is_refused_before_any_chip(tmp_path):
    """The network must fit the manifest, checked before any chip runs (check_onnx_interface): its input, its
    outputs. A model.onnx that takes a second input (another tool's export, a graph edited by hand) passed, and the
    first batch ended in onnxruntime's 'ValueError: Required inputs (['extra']) are missing from input feed', a
    traceback. Refused with the others, in one line."""
    import onnx
    from onnx import TensorProto, helper

    from planet_qgis_plugin.core.model.bundle import default_bundle_path

    bundle = tmp_path / "bundle"
    shutil.copytree(default_bundle_path(), bundle)
    model = onnx.load(bundle / "model.onnx")
    model.graph.input.append(helper.make_tensor_value_info("extra", TensorProto.FLOAT, ["N", 1]))
    model.graph.node.append(helper.make_node("Identity", ["extra"], ["extra_out"]))
    model.graph.output.append(helper.make_tensor_value_info("extra_out", TensorProto.FLOAT, ["N", 1]))
    onnx.save(model, bundle / "model.onnx")
    out = tmp_path / "out"
    out.mkdir()
    line = assert_refused(run_cli(_gdal_raster(tmp_path / "scene.tif", "Byte"), "-o", out / "tiles.gpkg", "--bundle",
                                  bundle), "does not fit the manifest", {}, out)
    assert "extra" in line and "re-export the bundle" in line, line


@pytest.mark.parametrize("output", ["logits", "embedding"])
def test_a_network_whose_output_is_not_numbers_is_named_not_a_database_error(tmp_path, output):
    """A bundle whose network gives NaN (a damaged model.onnx, an export of a network that diverged, a graph edited
    by hand: here its output times NaN). The probabilities (or a concept's, from the embeddings) reached the layer's
    NOT NULL fields: 'could not write tiles.gpkg: failed to execute insert : NOT NULL constraint failed:
    tiles.p_clear', as if the disk or the file were at fault. The network is named, and the fix; nothing is
    written, an earlier output kept."""
    import onnx
    from onnx import helper, numpy_helper

    from planet_qgis_plugin.core.model.bundle import default_bundle_path

    bundle = tmp_path / "bundle"
    shutil.copytree(default_bundle_path(), bundle)
    model = onnx.load(bundle / "model.onnx")
    for node in model.graph.node:
        node.output[:] = [f"{output}_raw" if name == output else name for name in node.output]
    model.graph.initializer.append(numpy_helper.from_array(np.array([np.nan], np.float32), "not_a_number"))
    model.graph.node.append(helper.make_node("Mul", [f"{output}_raw", "not_a_number"], [output]))
    onnx.save(model, bundle / "model.onnx")
    out = tmp_path / "out"
    out.mkdir()
    (out / "tiles.gpkg").write_bytes(b"an earlier result")
    before = snapshot(out)
    line = assert_refused(run_cli(_gdal_raster(tmp_path / "scene.tif", "Byte"), "-o", out / "tiles.gpkg", "--bundle",
                                  bundle, "--overwrite"), "not numbers", before, out)
    assert "model.onnx" in line and "NOT NULL" not in line and "re-export" in line, line


def test_classify_never_writes_over_a_change_layer_holding_answers(change_layer, tmp_path):
    """change --overwrite refuses to write over a change layer the analyst has answered in (round 8): its answers
    and their history are the review's audit trail. classify -o that file --overwrite (a slip of the output name, a
    script's loop) replaced it with a tile layer in silence, every answer gone. Refused the same way, the file as it
    was."""
    from planet_qgis_plugin.core.monitor.alerts import read_alerts, record_review

    record_review(change_layer, read_alerts(change_layer).rows[0].fid, "confirmed", "mining", reviewer="ana")
    scene = _gdal_raster(tmp_path / "scene.tif", "Byte")
    before = snapshot(change_layer.parent)
    line = assert_refused(run_cli(scene, "-o", change_layer, "--overwrite"), "holds the answers given to 1 alert",
                          before, change_layer.parent)
    assert "give another output" in line, line


def test_every_face_of_classify_keeps_a_change_layers_answers(change_layer, tmp_path):
    """The refusal above was the command line's own check: the core service (what the Classify dialog, Processing
    and scripts run) replaced the answered change layer given overwrite. It is the output check of every run now."""
    from planet_qgis_plugin.core.errors import OutputError
    from planet_qgis_plugin.core.monitor.alerts import read_alerts, record_review
    from planet_qgis_plugin.core.pipeline.classify import classify
    from planet_qgis_plugin.core.pipeline.options import ClassifyOptions

    record_review(change_layer, read_alerts(change_layer).rows[0].fid, "rejected", reason="river bank", reviewer="ana")
    scene = _gdal_raster(tmp_path / "scene.tif", "Byte")
    before = snapshot(change_layer.parent)
    with pytest.raises(OutputError, match="holds the answers given to 1 alert"):
        classify(scene, change_layer, options=ClassifyOptions(overwrite=True))
    assert snapshot(change_layer.parent) == before


def test_a_tile_layer_saved_in_qgis_under_another_name_is_told_how_to_name_it(classified, tmp_path):
    """QGIS's Save As names the layer after the file (tiles_copy.gpkg holds 'tiles_copy'); change, batch and the
    other readers look for 'tiles' and said 'has no layer 'tiles'; give a GeoPackage written by the classifier', of
    a file the classifier wrote and the analyst saved. The layer it holds is named, and how to name it back."""
    copy = tmp_path / "tiles_copy.gpkg"
    shutil.copyfile(classified, copy)
    proc = subprocess.run(["ogrinfo", "-q", str(copy), "-sql", "ALTER TABLE tiles RENAME TO tiles_copy"],
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    before = snapshot(tmp_path)
    line = assert_refused(run_cli("change", classified, copy, "-o", tmp_path / "change.gpkg"),
                          "has no layer 'tiles' (it holds 'tiles_copy'")
    assert "ALTER TABLE tiles_copy RENAME TO tiles" in line, line
    assert snapshot(tmp_path) == before
