"""change: AFTER tiles matched to BEFORE by overlap (any grid, any CRS), alerts and their confidence."""
from __future__ import annotations

import shutil
import subprocess
import sys

import numpy as np
import pytest

from planet_qgis_plugin.core.layer.tiletable import read_tiles
from planet_qgis_plugin.core.monitor.change import ChangeError, compare
from planet_qgis_plugin.core.pipeline.classify import ClassifyOptions, classify
from tests.conftest import BORNEO, RAPIDEYE, ROOT, edit_tiles
from tests.monitor.conftest import set_layer_metadata


def features(path, layer="changes"):
    from osgeo import ogr

    ds = ogr.Open(str(path))
    out = [{k: f.GetField(k) for k in f.keys()} for f in ds.GetLayerByName(layer)]
    ds = None
    return out


@pytest.fixture(scope="module")
def rapideye(serial_batch):
    return serial_batch / f"{RAPIDEYE.stem}.gpkg"


def test_a_run_against_itself_has_no_change(rapideye, tmp_path):
    result = compare(rapideye, rapideye, tmp_path / "same.gpkg")
    rows = features(tmp_path / "same.gpkg")
    assert len(rows) == result.compared == len(read_tiles(rapideye, with_embeddings=False))
    assert result.alerts == [] and result.no_baseline == 0
    for row in rows:
        assert row["alert"] == 0 and row["new_flag"] == "" and row["confidence"] == ""
        assert row["tags_gained"] == row["tags_lost"] == ""
        assert all(row[f"d_score_{g}"] == 0 for g in ("mining", "logging", "slash_burn"))
        assert row["before_cover"] == pytest.approx(1.0)
        assert (row["row"], row["col"]) == (row["before_row"], row["before_col"])
        assert row["date_before"] == row["date_after"] == "2012-12-11"
        assert row.get("embedding_distance", 0.0) == pytest.approx(0.0, abs=1e-6)
        assert 108 < row["lon"] < 109 and 1.0 < row["lat"] < 1.2
    assert sorted(p.name for p in tmp_path.iterdir()) == ["same.gpkg"]


def test_different_grid_and_crs_are_matched_by_overlap(rapideye, tmp_path):
    """AFTER: a crop on another grid; BEFORE: the scene warped to lon/lat. Same place, so every AFTER tile
    is compared, and a tile's best match is the BEFORE tile covering most of it."""
    from osgeo import gdal

    crop = tmp_path / "crop.tif"
    gdal.Translate(str(crop), str(RAPIDEYE), srcWin=[100, 60, 412, 452])
    warped = tmp_path / "warped.tif"
    gdal.Warp(str(warped), str(RAPIDEYE), dstSRS="EPSG:4326")
    after, before = tmp_path / "after.gpkg", tmp_path / "before.gpkg"
    classify(crop, after)
    classify(warped, before)
    result = compare(before, after, tmp_path / "change.gpkg")
    rows = features(tmp_path / "change.gpkg")
    assert result.compared == len(rows) > 0
    assert len(rows) + result.no_baseline == len(read_tiles(after, with_embeddings=False))
    assert all(row["before_cover"] >= 0.5 for row in rows)
    full = compare(rapideye, after, tmp_path / "vs_full.gpkg")  # same CRS, grid shifted by (60, 100) px
    first = next(r for r in features(tmp_path / "vs_full.gpkg") if (r["row"], r["col"]) == (0, 0))
    assert (first["before_row"], first["before_col"]) == (0, 0)  # overlaps it by (196/256)^2, the most
    assert full.compared == 4


def test_new_flags_and_confidence(rapideye, tmp_path):
    after = tmp_path / "after.gpkg"
    shutil.copyfile(rapideye, after)
    tiles = read_tiles(rapideye, with_embeddings=False)
    (r0, c0), (r1, c1) = zip(tiles.rows[:2], tiles.cols[:2])
    base = float(tiles.scores["mining"][0])
    raised = min(1.0, base + 0.6)
    assert raised - base >= 0.25  # the default margin for 'high'
    edit_tiles(after, {(r0, c0): {"flag_mining": 1, "flagged": 1, "score_mining": raised},
                       (r1, c1): {"flag_slash_burn": 1, "flagged": 1,
                                  "score_slash_burn": float(tiles.scores["slash_burn"][1]) + 0.05}})
    set_layer_metadata(after, {"PLANET_ACQUIRED": "2013-02-01", "PLANET_ACQUIRED_SOURCE": "metadata"})
    result = compare(rapideye, after, tmp_path / "change.gpkg")
    assert [(a.new_flag, a.confidence) for a in result.alerts] == [(["mining"], "high"), (["slash_burn"], "nominal")]
    assert result.alerts[0].rise == pytest.approx(raised - base, abs=1e-6)
    by_tile = {(r["row"], r["col"]): r for r in features(tmp_path / "change.gpkg")}
    assert by_tile[(r0, c0)]["new_flag"] == "mining" and by_tile[(r0, c0)]["alert"] == 1
    assert by_tile[(r0, c0)]["d_score_mining"] == pytest.approx(raised - base, abs=1e-6)
    assert by_tile[(r1, c1)]["confidence"] == "nominal"
    assert by_tile[(r0, c0)]["date_before"] == "2012-12-11" and by_tile[(r0, c0)]["date_after"] == "2013-02-01"
    assert sum(r["alert"] for r in by_tile.values()) == 2
    # a flag that was already there is not new
    again = compare(after, after, tmp_path / "no_change.gpkg")
    assert again.alerts == []


def test_highest_needs_the_embedding_to_move_far(tmp_path):
    """25 overlapping tiles (stride 64) of the RapidEye scene; AFTER has a flat patch painted over the top
    rows of three tiles. Those tiles' embeddings move most; a new flag there is 'highest', elsewhere 'high'."""
    import rasterio

    after_tif = tmp_path / "painted.tif"
    shutil.copyfile(RAPIDEYE, after_tif)
    with rasterio.open(after_tif, "r+") as dst:
        data = dst.read()
        patch = np.median(data.reshape(data.shape[0], -1), axis=1).astype(data.dtype)
        data[:, 0:64, 0:192] = patch[:, None, None]
        dst.write(data)
    options = ClassifyOptions(stride=64)
    before, after = tmp_path / "before.gpkg", tmp_path / "after.gpkg"
    classify(RAPIDEYE, before, options=options)
    classify(after_tif, after, options=options)
    tiles = read_tiles(after)
    if tiles.embeddings is None:
        pytest.skip("this bundle writes no embeddings")
    assert len(tiles) >= 20
    edit_tiles(after, {(0, 0): {"flag_mining": 1, "score_mining": 0.95},
                       (4, 4): {"flag_mining": 1, "score_mining": 0.95}})
    result = compare(before, after, tmp_path / "change.gpkg")
    got = {(int(tiles.rows[a.index]), int(tiles.cols[a.index])): a.confidence for a in result.alerts}
    assert got == {(0, 0): "highest", (4, 4): "high"}
    rows = {(r["row"], r["col"]): r for r in features(tmp_path / "change.gpkg")}
    moved = sorted(rows, key=lambda k: rows[k]["embedding_distance"], reverse=True)[:3]
    assert set(moved) == {(0, 0), (0, 1), (0, 2)}


def test_layers_that_cannot_be_compared(rapideye, serial_batch, tmp_path):
    from osgeo import ogr

    borneo = serial_batch / f"{BORNEO.stem}.gpkg"
    with pytest.raises(ChangeError, match="do not overlap"):
        compare(borneo, rapideye, tmp_path / "x.gpkg")
    fewer = tmp_path / "fewer_labels.gpkg"
    shutil.copyfile(rapideye, fewer)
    ds = ogr.Open(str(fewer), 1)
    layer = ds.GetLayerByName("tiles")
    layer.DeleteField(layer.GetLayerDefn().GetFieldIndex("p_haze"))
    ds = None
    with pytest.raises(ChangeError, match="different labels .*only BEFORE: haze"):
        compare(rapideye, fewer, tmp_path / "x.gpkg")
    not_tiles = tmp_path / "other.gpkg"
    shutil.copyfile(tmp_path / "fewer_labels.gpkg", not_tiles)
    ds = ogr.Open(str(not_tiles), 1)
    ds.ExecuteSQL("ALTER TABLE tiles RENAME TO other")
    ds = None
    with pytest.raises(Exception, match="has no layer 'tiles'"):
        compare(rapideye, not_tiles, tmp_path / "x.gpkg")
    assert not (tmp_path / "x.gpkg").exists()
    assert not list(tmp_path.glob(".x.*"))


def test_cli_one_line_errors_and_no_overwrite(rapideye, serial_batch, tmp_path):
    out = tmp_path / "change.gpkg"
    cmd = [sys.executable, "-m", "planet_qgis_plugin.change"]
    ok = subprocess.run(cmd + [str(rapideye), str(rapideye), "-o", str(out)], cwd=ROOT, capture_output=True, text=True)
    assert ok.returncode == 0, ok.stderr
    assert "0 alerts" in ok.stdout and out.is_file()
    stamp = out.stat().st_mtime_ns
    again = subprocess.run(cmd + [str(rapideye), str(rapideye), "-o", str(out)], cwd=ROOT, capture_output=True,
                           text=True)
    assert again.returncode == 1 and again.stderr.startswith("error: ") and "already exists" in again.stderr
    assert out.stat().st_mtime_ns == stamp
    bad = subprocess.run(cmd + [str(serial_batch / f"{BORNEO.stem}.gpkg"), str(rapideye), "-o",
                                str(tmp_path / "n.gpkg")], cwd=ROOT, capture_output=True, text=True)
    assert bad.returncode == 1 and bad.stderr.count("\n") == 1 and "do not overlap" in bad.stderr
    assert not (tmp_path / "n.gpkg").exists()


def test_change_layer_carries_its_style(rapideye, tmp_path):
    from osgeo import ogr

    compare(rapideye, rapideye, tmp_path / "c.gpkg")
    ds = ogr.Open(str(tmp_path / "c.gpkg"))
    styles = ds.GetLayerByName("layer_styles")
    rows = [(f.GetField("f_table_name"), f.GetField("useAsDefault"), f.GetField("styleQML")) for f in styles]
    ds = None
    assert len(rows) == 1 and rows[0][:2] == ("changes", 1) and "RuleRenderer" in rows[0][2]


def test_output_naming_an_input_is_refused_even_with_overwrite(rapideye, tmp_path):
    from planet_qgis_plugin.core.errors import OutputError

    before = tmp_path / "before.gpkg"
    shutil.copyfile(rapideye, before)
    data = before.read_bytes()
    with pytest.raises(OutputError, match="is the input"):
        compare(before, rapideye, before, overwrite=True)
    assert before.read_bytes() == data
