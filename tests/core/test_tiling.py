import numpy as np
import pytest
import rasterio
from affine import Affine

from planet_qgis_plugin.core.errors import AOIError, RasterError
from planet_qgis_plugin.core.pipeline.aoi import AOI
from planet_qgis_plugin.core.pipeline.tiling import TileGrid

from ..conftest import BORNEO, CAPE_TOWN_SR


def test_tile_footprints_follow_the_raster_transform():
    with rasterio.open(BORNEO) as src:
        grid = TileGrid(src.width, src.height, src.transform, 256, crs=src.crs)
        tiles = list(grid)
        assert len(tiles) == len(grid) == 4
        t = grid.tile(1, 1)
        ring = t.footprint(src.transform)
        # window (256, 256)-(512, 512) is the raster's lower-right quarter
        assert ring[0] == pytest.approx(src.transform * (256, 256))
        assert ring[2] == pytest.approx((src.bounds.right, src.bounds.bottom))


def test_partial_edge_tiles_are_clipped_to_the_raster():
    with rasterio.open(CAPE_TOWN_SR) as src:  # 343 x 325
        grid = TileGrid(src.width, src.height, src.transform, 256)
        assert (grid.rows, grid.cols) == (2, 2)
        last = grid.tile(1, 1).window
        assert (last.col_off, last.row_off, last.width, last.height) == (256, 256, 343 - 256, 325 - 256)
        covered = np.zeros((src.height, src.width), int)
        for tile in grid:
            w = tile.window
            covered[w.row_off:w.row_off + w.height, w.col_off:w.col_off + w.width] += 1
        assert (covered == 1).all()


def test_stride_gives_overlapping_tiles_that_cover_everything():
    grid = TileGrid(600, 300, Affine.identity(), 256, stride=128)
    assert grid.cols == 4 and grid.rows == 2
    assert max(t.window.col_off + t.window.width for t in grid) == 600


def test_raster_smaller_than_a_chip_on_both_sides_is_one_padded_tile():
    small = TileGrid(200, 100, Affine.identity(), 256)
    assert [(t.row, t.col, t.window.width, t.window.height) for t in small] == [(0, 0, 200, 100)]
    assert "classified as one tile padded with nodata (coverage 0.31)" in small.padding_note()
    assert TileGrid(300, 200, Affine.identity(), 256).padding_note() is None   # larger on one side: edge tiles


def test_a_strip_narrower_than_half_a_chip_says_its_tiles_are_mostly_padding():
    """A raster 1 px wide was 3 tiles, each covering 1/256 of its chip, without a word (the note above was for a
    raster smaller than a chip both ways); said once, as that note is."""
    assert TileGrid(1, 600, Affine.identity(), 256).padding_note() == (
        "raster is 1x600 px, 1 px wide, less than one 256x256 chip: each of its 3 tiles is padded with nodata "
        "(coverage 0.0039 at most)")
    assert "100 px high" in TileGrid(300, 100, Affine.identity(), 256).padding_note()
    assert TileGrid(600, 64, Affine.identity(), 256).padding_note().endswith("(coverage 0.25 at most)")
    assert TileGrid(600, 128, Affine.identity(), 256).padding_note() is None   # half a chip: edge tiles
    with pytest.raises(RasterError, match="holds no pixels"):
        TileGrid(0, 100, Affine.identity(), 256)


def test_aoi_in_another_crs_selects_only_intersecting_tiles():
    with rasterio.open(BORNEO) as src:
        # a small box around the centre of the lower-right tile, given in lon/lat
        from rasterio.warp import transform as warp
        x, y = src.transform * (400, 400)
        (lon,), (lat,) = warp(src.crs, "EPSG:4326", [x], [y])
        aoi = AOI.from_bbox(lon - 1e-4, lat - 1e-4, lon + 1e-4, lat + 1e-4, "EPSG:4326")
        grid = TileGrid(src.width, src.height, src.transform, 256, crs=src.crs, aoi=aoi)
        assert [(t.row, t.col) for t in grid] == [(1, 1)]


def test_aoi_outside_the_raster_is_an_error():
    with rasterio.open(BORNEO) as src:
        aoi = AOI.from_bbox(0, 0, 1, 1, "EPSG:4326")
        with pytest.raises(AOIError, match="does not intersect"):
            TileGrid(src.width, src.height, src.transform, 256, crs=src.crs, aoi=aoi)


def test_rotated_transform_footprints_are_rotated():
    transform = Affine(3, 1, 1000, 1, -3, 5000)
    tile = TileGrid(512, 512, transform, 256).tile(0, 1)
    ring = tile.footprint(transform)
    assert ring[0] == pytest.approx(transform * (256, 0))
    assert ring[1] == pytest.approx(transform * (512, 0))
