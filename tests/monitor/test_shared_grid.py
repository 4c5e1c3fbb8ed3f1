"""Tiles on a CRS-anchored grid: a copy of a scene shifted by any number of pixels shares its tiles, and
`change` raises no alert for it; rasters of another pixel size are resampled onto BEFORE's grid."""
from __future__ import annotations

import json

import numpy as np
import pytest
from affine import Affine

from planet_qgis_plugin.core.layer.tiletable import read_tiles
from planet_qgis_plugin.core.monitor.change import ChangeError, ChangeOptions
from planet_qgis_plugin.core.monitor.pair import compare_rasters
from planet_qgis_plugin.core.pipeline.classify import classify
from planet_qgis_plugin.core.pipeline.tiling import TileGrid, crs_anchor
from tests.conftest import RAPIDEYE, SHARED

STRIP = SHARED / "planet_examples" / "culltivation2.jpg"
MINE = SHARED / "planet_examples" / "artmine1.jpg"
PX = 3.0
X0, Y0 = 768.0 * 660, 768.0 * 11458   # a corner on the 256-px grid of 3 m pixels (multiples of 768 m)


def georeferenced(array: np.ndarray, path, dx: int = 0, dy: int = 0, px: float = PX):
    """Write ``array`` (bands, rows, cols) cropped by dx columns / dy rows, georeferenced in UTM 21S so that
    the crop keeps its ground position (a shifted copy of the same scene)."""
    import rasterio

    data = array[:, dy:, dx:]
    with rasterio.open(path, "w", driver="GTiff", width=data.shape[2], height=data.shape[1], count=data.shape[0],
                       dtype=data.dtype, crs="EPSG:32721",
                       transform=Affine(px, 0, X0 + dx * px, 0, -px, Y0 - dy * px)) as dst:
        dst.write(data)
    return path


@pytest.fixture(scope="module")
def strip_with_mine():
    """A 1280 x 768 px piece of the public strip with the public artisanal-mine strip pasted into it."""
    if not STRIP.is_file():
        pytest.skip(f"needs the public strips in {STRIP.parent} (../shared beside the checkout)")
    from PIL import Image

    base = np.array(Image.open(STRIP).convert("RGB"))[200:968, 1000:2280].copy()
    mine = np.array(Image.open(MINE).convert("RGB"))
    base[300:300 + mine.shape[0], 200:200 + mine.shape[1]] = mine
    return base.transpose(2, 0, 1)


def test_anchor_is_the_offset_from_the_crs_origin():
    assert crs_anchor(Affine(3, 0, 768 * 10, 0, -3, 768 * 20), "EPSG:32721", 256) == (0, 0)
    assert crs_anchor(Affine(3, 0, 768 * 10 + 3 * 37, 0, -3, 768 * 20 - 3 * 11), "EPSG:32721", 256) == (37, 11)
    assert crs_anchor(Affine(3, 0, 111, 0, -3, 0), None, 256) == (0, 0)           # no CRS: corner grid
    assert crs_anchor(Affine(3, 1, 111, 1, -3, 0), "EPSG:32721", 256) == (0, 0)   # rotated: corner grid


def test_anchored_grid_covers_the_raster_once_with_clipped_edge_tiles():
    grid = TileGrid(600, 300, Affine.identity(), 256, anchor=(37, 11))
    assert (grid.rows, grid.cols) == (2, 3)
    first, second = grid.tile(0, 0).window, grid.tile(0, 1).window
    assert (first.col_off, first.width, first.height) == (0, 256 - 37, 256 - 11)
    assert (second.col_off, second.width) == (256 - 37, 256)
    covered = np.zeros((300, 600), int)
    for tile in grid:
        w = tile.window
        covered[w.row_off:w.row_off + w.height, w.col_off:w.col_off + w.width] += 1
    assert (covered == 1).all()


def test_a_raster_whose_corner_is_on_the_grid_keeps_its_tiles(tmp_path):
    """The sample scene moved so that its corner lies on the grid: the same tiles as the corner grid gave."""
    import rasterio

    with rasterio.open(RAPIDEYE) as src:
        data, t = src.read(), src.transform
    on_grid = tmp_path / "on_grid.tif"
    with rasterio.open(on_grid, "w", driver="GTiff", width=512, height=512, count=data.shape[0], dtype=data.dtype,
                       crs="EPSG:32649", transform=Affine(t.a, 0, 1280.0 * 40, 0, t.e, 1280.0 * 100)) as dst:
        dst.write(data)
    with rasterio.open(on_grid) as src:
        assert crs_anchor(src.transform, src.crs, 256) == (0, 0)
    classify(on_grid, tmp_path / "a.gpkg")
    classify(RAPIDEYE, tmp_path / "b.gpkg")
    a, b = read_tiles(tmp_path / "a.gpkg"), read_tiles(tmp_path / "b.gpkg")
    assert len(a) == 4 and len(b) == 9   # the original's corner is 32 x 64 px off the grid: edge tiles
    grid = json.loads(a.metadata["PLANET_GRID"])
    assert grid["anchor"] == "crs" and grid["first_tile"] == [1280.0 * 40, 1280.0 * 100]


@pytest.mark.parametrize("dx, dy", [(128, 64), (37, 11)])
def test_a_shifted_copy_shares_tiles_and_raises_no_alert(strip_with_mine, tmp_path, dx, dy):
    before = georeferenced(strip_with_mine, tmp_path / "before.tif")
    after = georeferenced(strip_with_mine, tmp_path / "after.tif", dx, dy)
    classify(before, tmp_path / "b.gpkg")
    classify(after, tmp_path / "a.gpkg")
    b, a = read_tiles(tmp_path / "b.gpkg"), read_tiles(tmp_path / "a.gpkg")
    assert b.flagged.any(), "the pasted mine should raise a flag, else this test shows nothing"
    # every tile of the copy that holds a whole chip is the same ground as BEFORE's: identical probabilities
    whole = {w: k for k, w in enumerate(b.wkb)}
    same = [(k, whole[w]) for k, w in enumerate(a.wkb) if w in whole and a.coverage[k] == 1.0]
    assert len(same) >= len(a) // 3
    for k, j in same:
        np.testing.assert_allclose(a.probs[k], b.probs[j], atol=1e-5)
    from planet_qgis_plugin.core.monitor.change import compare

    result = compare(tmp_path / "b.gpkg", tmp_path / "a.gpkg", tmp_path / "c.gpkg")
    assert result.shared_grid and result.alerts == []


def test_rasters_are_classified_on_one_grid_and_resampled(strip_with_mine, tmp_path):
    """A 5 m copy of a 3 m scene (another pixel size): AFTER is warped onto BEFORE's grid, tile for tile."""
    from osgeo import gdal

    before = georeferenced(strip_with_mine, tmp_path / "before.tif")
    coarse = tmp_path / "after_5m.tif"
    gdal.Warp(str(coarse), str(before), xRes=5, yRes=5, resampleAlg="average")
    result = compare_rasters(before, coarse, tmp_path / "c.gpkg", ChangeOptions(before_date="2020-01-01",
                                                                                after_date="2020-03-01"))
    assert result.shared_grid
    assert any("resampled to BEFORE's grid" in m for m in result.messages)
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".gpkg"] == ["c.gpkg"]
    assert str(result.scenes[1]).endswith("after_5m.tif")


def test_what_either_classify_run_says_reaches_the_change_result(strip_with_mine, tmp_path):
    """AFTER declares a nodata value its 8-bit bands cannot hold: the run over it says so, and change passes it
    on, naming AFTER (it used to drop each run's messages)."""
    from osgeo import gdal

    before = georeferenced(strip_with_mine, tmp_path / "before.tif")
    after = georeferenced(strip_with_mine, tmp_path / "after.tif")
    ds = gdal.Open(str(after), gdal.GA_Update)
    for b in range(1, ds.RasterCount + 1):
        ds.GetRasterBand(b).SetNoDataValue(300)
    ds = None
    result = compare_rasters(before, after, tmp_path / "c.gpkg", ChangeOptions(before_date="2020-01-01",
                                                                               after_date="2020-03-01"))
    said = [m for m in result.messages if "cannot hold" in m]
    assert len(said) == 1 and said[0].startswith("AFTER: after.tif declares nodata 300"), result.messages


def test_rasters_that_cannot_be_put_on_one_grid(strip_with_mine, tmp_path):
    import rasterio

    before = georeferenced(strip_with_mine, tmp_path / "before.tif")
    far = tmp_path / "far.tif"
    with rasterio.open(before) as src:
        profile, data = src.profile, src.read()
    profile.update(transform=Affine(PX, 0, X0 + 1e5, 0, -PX, Y0))
    with rasterio.open(far, "w", **profile) as dst:
        dst.write(data)
    with pytest.raises(ChangeError, match="do not overlap"):
        compare_rasters(before, far, tmp_path / "c.gpkg")
    bare = tmp_path / "bare.tif"
    profile.update(crs=None, transform=Affine.identity())
    with rasterio.open(bare, "w", **profile) as dst:
        dst.write(data)
    with pytest.raises(ChangeError, match="no CRS"):
        compare_rasters(before, bare, tmp_path / "c.gpkg")
    assert not (tmp_path / "c.gpkg").exists()


@pytest.mark.parametrize("model", ["gcps", "rpcs"])
def test_a_raster_not_yet_orthorectified_is_refused_with_the_gdalwarp_that_does_it(tmp_path, model):
    """A Planet Basic (unorthorectified) scene has RPCs or ground control points but no map grid: the refusal names
    the gdalwarp command that puts it on one (onto BEFORE's CRS, -rpc for RPCs), not only 'no CRS'."""
    from osgeo import gdal

    gdal.UseExceptions()
    data = np.full((3, 64, 64), 90, np.uint8)
    before = georeferenced(data, tmp_path / "before.tif")
    after = tmp_path / "basic.tif"
    ds = gdal.GetDriverByName("GTiff").Create(str(after), 64, 64, 3, gdal.GDT_Byte)
    if model == "gcps":
        ds.SetGCPs([gdal.GCP(X0 + c * PX, Y0 - r * PX, 0, c, r) for c, r in ((0, 0), (64, 0), (0, 64), (64, 64))],
                   gdal.osr.SpatialReference(wkt=gdal.Open(str(before)).GetProjection()).ExportToWkt())
    else:
        ds.SetMetadata({"LINE_OFF": "32", "SAMP_OFF": "32", "LAT_OFF": "-10.86", "LONG_OFF": "-56.9",
                        "HEIGHT_OFF": "0", "LINE_SCALE": "32", "SAMP_SCALE": "32", "LAT_SCALE": "0.001",
                        "LONG_SCALE": "0.001", "HEIGHT_SCALE": "1", "LINE_NUM_COEFF": "0 0 -1" + " 0" * 17,
                        "LINE_DEN_COEFF": "1" + " 0" * 19, "SAMP_NUM_COEFF": "0 1" + " 0" * 18,
                        "SAMP_DEN_COEFF": "1" + " 0" * 19}, "RPC")
    ds = None
    fix = f"gdalwarp {'-rpc ' if model == 'rpcs' else ''}-t_srs EPSG:32721 basic.tif basic_ortho.tif"
    with pytest.raises(ChangeError, match="not orthorectified") as refused:
        compare_rasters(before, after, tmp_path / "c.gpkg")
    assert fix in str(refused.value) and "\n" not in str(refused.value)
    assert not (tmp_path / "c.gpkg").exists()
    # classified each on its own (GeoPackages): the same fix, for the scene the tile layer was classified from
    from planet_qgis_plugin.core.monitor.change import compare

    classify(before, tmp_path / "before.gpkg")
    classify(after, tmp_path / "basic.gpkg")
    with pytest.raises(ChangeError, match="not orthorectified") as refused:
        compare(tmp_path / "before.gpkg", tmp_path / "basic.gpkg", tmp_path / "c.gpkg")
    assert f"{fix}, and classify that" in str(refused.value)
    assert not (tmp_path / "c.gpkg").exists()


def test_a_misregistered_copy_is_refused(strip_with_mine, tmp_path):
    """The same georeference over pixels moved by 20 px: the co-registration check refuses it."""
    before = georeferenced(strip_with_mine, tmp_path / "before.tif")
    moved = georeferenced(np.roll(strip_with_mine, (20, 12), axis=(1, 2)), tmp_path / "moved.tif")
    with pytest.raises(ChangeError, match=r"23.3 px from BEFORE's \(dx \+12, dy \+20\).*not co-registered"):
        compare_rasters(before, moved, tmp_path / "c.gpkg")
    assert not (tmp_path / "c.gpkg").exists()
    # the same check for two tile layers whose runs recorded their scenes
    from planet_qgis_plugin.core.monitor.change import compare

    classify(before, tmp_path / "b.gpkg")
    classify(moved, tmp_path / "a.gpkg")
    with pytest.raises(ChangeError, match="not co-registered"):
        compare(tmp_path / "b.gpkg", tmp_path / "a.gpkg", tmp_path / "c.gpkg")
    assert not (tmp_path / "c.gpkg").exists()
    slightly = georeferenced(np.roll(strip_with_mine, (0, 4), axis=(1, 2)), tmp_path / "slightly.tif")
    classify(slightly, tmp_path / "s.gpkg")
    result = compare(tmp_path / "b.gpkg", tmp_path / "s.gpkg", tmp_path / "c.gpkg")
    assert any("sits 4.0 px from BEFORE's (dx +4, dy +0)" in m for m in result.messages)


def test_the_registration_check_of_two_rasters_reads_after_as_it_is_classified(strip_with_mine, tmp_path,
                                                                                 monkeypatch):
    """change BEFORE.tif AFTER.tif measures the shift on the rasters it opened and the VRT it warped for the
    run, not on a second warp of its own: the same shift as the check of two recorded scenes."""
    import rasterio.vrt
    from osgeo import gdal

    from planet_qgis_plugin.core.monitor.coregister import assess

    before = georeferenced(strip_with_mine, tmp_path / "before.tif")
    moved = georeferenced(np.roll(strip_with_mine, (20, 12), axis=(1, 2)), tmp_path / "moved.tif")
    coarse = tmp_path / "moved_5m.tif"
    gdal.Warp(str(coarse), str(moved), xRes=5, yRes=5, resampleAlg="average")
    shift = assess(before, coarse)
    assert (shift.dx, shift.dy) == (12, 20)

    def second_warp(*args, **kwargs):
        raise AssertionError("AFTER warped onto BEFORE's grid a second time")

    monkeypatch.setattr(rasterio.vrt, "WarpedVRT", second_warp)
    with pytest.raises(ChangeError, match=r"23.3 px from BEFORE's \(dx \+12, dy \+20\).*not co-registered"):
        compare_rasters(before, coarse, tmp_path / "c.gpkg")
    assert not (tmp_path / "c.gpkg").exists()


def test_a_raster_smaller_than_a_chip_that_straddles_grid_lines_says_so():
    assert "one tile padded" in TileGrid(100, 80, Affine.identity(), 256, anchor=(100, 0)).padding_note()
    assert "straddles 2 tiles" in TileGrid(100, 80, Affine.identity(), 256, anchor=(200, 0)).padding_note()


def test_cli_takes_two_rasters(strip_with_mine, tmp_path):
    import subprocess
    import sys

    from tests.conftest import ROOT

    before = georeferenced(strip_with_mine, tmp_path / "20240601_101010_before.tif")
    after = georeferenced(strip_with_mine, tmp_path / "20240701_101010_after.tif", 70, 30)
    out, report = tmp_path / "c.gpkg", tmp_path / "r.html"
    proc = subprocess.run([sys.executable, "-m", "planet_qgis_plugin", "change", str(before), str(after), "-o", str(out),
                           "--report", str(report), "-q"], cwd=ROOT, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert " 0 alerts" in proc.stdout and "2024-06-01 (file name) -> 2024-07-01 (file name)" in proc.stdout
    assert report.is_file() and "20240701_101010_after.tif" in report.read_text(encoding="utf-8")
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".gpkg") == ["c.gpkg"]


def _same_scene_in_another_crs(tmp_path, kind: str):
    """BEFORE and AFTER: one 768 px scene holding a block of black pixels (0 in every band), AFTER georeferenced
    in SIRGAS 2000 / UTM 21S (the same coordinates as BEFORE's WGS 84 / UTM 21S: warped, pixel for pixel).
    ``kind``: an 8-bit RGBA visual scene with a transparent corner, 8-bit RGB without a nodata value, 16-bit BGRN
    declaring nodata 65535 (its corner nodata)."""
    import rasterio
    from rasterio.enums import ColorInterp

    rng = np.random.default_rng(3)
    count, dtype, nodata = {"rgba": (4, "uint8", None), "rgb-no-nodata": (3, "uint8", None),
                            "bgrn-nodata-65535": (4, "uint16", 65535)}[kind]
    data = rng.integers(20, 200, (count, 768, 768)).astype(dtype)
    data[:, 100:400, 100:400] = 0  # black: data, e.g. a shadow
    if kind == "rgba":
        data[3] = 255
        data[3, 600:, 600:] = 0  # transparent: not data
    elif nodata is not None:
        data[:, 600:, 600:] = nodata
    paths = []
    for name, crs in (("before", "EPSG:32721"), ("after", "EPSG:31981")):
        profile = dict(driver="GTiff", width=768, height=768, count=count, dtype=dtype, crs=crs, nodata=nodata,
                       transform=Affine(PX, 0, X0, 0, -PX, Y0))
        with rasterio.open(tmp_path / f"{name}.tif", "w", **profile) as dst:
            dst.write(data)
            if kind == "rgba":
                dst.colorinterp = [ColorInterp.red, ColorInterp.green, ColorInterp.blue, ColorInterp.alpha]
        paths.append(tmp_path / f"{name}.tif")
    return paths


@pytest.mark.parametrize("kind", ["rgba", "rgb-no-nodata", "bgrn-nodata-65535"])
def test_after_warped_keeps_its_black_pixels_and_its_nodata(untrained_bundle, tmp_path, kind):
    """AFTER was warped with nodata 0 where it declares none: an RGBA scene's transparent corner became black
    data (its alpha read as a fourth band with no nodata), and its black pixels became 1s (GDAL keeps valid
    pixels off the nodata value). Now an alpha band marks what is not AFTER's data and is made the mask of
    AFTER's other bands: the same scene in a CRS with the same coordinates compares tile for tile, unchanged."""
    import subprocess
    import sys

    from osgeo import ogr

    from tests.conftest import ROOT

    before, after = _same_scene_in_another_crs(tmp_path, kind)
    out = tmp_path / "c.gpkg"
    proc = subprocess.run([sys.executable, "-m", "planet_qgis_plugin", "change", str(before), str(after), "-o",
                           str(out), "--bundle", str(untrained_bundle.path), "--before-date", "2024-06-01",
                           "--after-date", "2024-07-01", "-q"], cwd=ROOT, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert "AFTER resampled to BEFORE's grid (another CRS)" in proc.stderr
    ds = ogr.Open(str(out))  # held: a layer outlives no dataset
    rows = [(f.GetField("match"), f.GetField("embedding_distance"),
             [f.GetField(n) for n in ("d_score_mining", "d_score_logging", "d_score_slash_burn")])
            for f in ds.GetLayer(0)]
    ds = None
    assert len(rows) == 9
    assert all(match == "same tile" and distance < 1e-6 and scores == [0, 0, 0]
               for match, distance, scores in rows), rows
    # what the AFTER run read: AFTER's own mask and pixels (GDAL wrote its black pixels as 1s, off nodata 0)
    import rasterio

    from planet_qgis_plugin.core.monitor.pair import _grid_plan, _warp_to
    from planet_qgis_plugin.core.pipeline.raster import open_raster

    with rasterio.open(before) as b, rasterio.open(after) as a:
        vrt = _warp_to(after, _grid_plan(b, a, before, after), tmp_path / "after.vrt")
        data, mask = a.read(), a.dataset_mask()
    with open_raster(vrt) as warped:
        bands = warped.count
        valid = mask > 0  # under it: AFTER's pixels, black ones too
        assert np.array_equal(warped.dataset_mask(), mask)
        assert np.array_equal(warped.read()[:, valid], data[:bands, valid])
    assert bands == (3 if kind == "rgba" else len(data))  # the alpha band is the mask


def test_layers_of_another_pixel_size_are_different_grids_and_can_alert(tmp_path):
    """Two tile GeoPackages of one place and CRS, 5 m and 2.5 m pixels: each 2.5 m tile lies inside a 5 m one
    (the grids nest), yet they are not one tile. They are compared on the overlap and said to be; a new flag on
    a small tile wholly inside a whole BEFORE tile alerts (it used to be taken for one grid: every tile a
    'partial tile', no alert possible, nothing said)."""
    from osgeo import gdal, ogr

    from planet_qgis_plugin.core.monitor.change import compare
    from tests.conftest import edit_tiles

    fine = tmp_path / "fine.tif"
    gdal.Warp(str(fine), str(RAPIDEYE), xRes=2.5, yRes=2.5, resampleAlg="bilinear")
    classify(RAPIDEYE, tmp_path / "b.gpkg")
    classify(fine, tmp_path / "a.gpkg")
    b, a = read_tiles(tmp_path / "b.gpkg"), read_tiles(tmp_path / "a.gpkg")
    whole = [ogr.CreateGeometryFromWkb(w) for k, w in enumerate(b.wkb) if b.coverage[k] == 1.0 and not b.flagged[k]]
    inside = [k for k, w in enumerate(a.wkb) if a.coverage[k] == 1.0
              and any(ogr.CreateGeometryFromWkb(w).Within(g) for g in whole)]
    assert inside, "no 2.5 m tile lies inside a whole 5 m tile: this test shows nothing"
    k = inside[0]
    edit_tiles(tmp_path / "a.gpkg", {(int(a.rows[k]), int(a.cols[k])): {"flag_mining": 1, "flagged": 1,
                                                                          "score_mining": 0.99}})
    result = compare(tmp_path / "b.gpkg", tmp_path / "a.gpkg", tmp_path / "c.gpkg")
    assert not result.shared_grid
    assert any("different grids" in m for m in result.messages)
    assert [x.index for x in result.alerts] == [k]
