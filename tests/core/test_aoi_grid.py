"""The AOI tile selection: exactly the tiles whose window the AOI overlaps, without ever building a mask of
fine cells over the whole raster (a 200000 px raster with a stride that does not divide 256)."""

import numpy as np
import pytest
from affine import Affine
from rasterio.crs import CRS

from planet_qgis_plugin.core.errors import AOIError
from planet_qgis_plugin.core.pipeline.aoi import AOI
from planet_qgis_plugin.core.pipeline.tiling import TileGrid

CRS_UTM = CRS.from_epsg(32633)
TRANSFORM = Affine(3, 0, 500000, 0, -3, 4000000)


def box(x0, y0, x1, y1) -> AOI:
    """An AOI given in pixel coordinates of TRANSFORM."""
    (ax, ay), (bx, by) = TRANSFORM * (x0, y1), TRANSFORM * (x1, y0)
    return AOI.from_bbox(ax, ay, bx, by, "EPSG:32633")


def reference(grid: TileGrid, x0: float, y0: float, x1: float, y1: float) -> np.ndarray:
    """Tiles whose window overlaps the box ``x0``..``x1``, ``y0``..``y1`` (pixel coordinates): the definition, in
    arithmetic (GDAL's all-touched burning, on which a mask at cells of the stride would rest, misses cells that
    the box enters by about 1 % of their side)."""
    full = TileGrid(grid.width, grid.height, grid.transform, grid.size, grid.stride, grid.crs, None, grid.anchor)
    selected = np.zeros((grid.rows, grid.cols), bool)
    for t in full:
        w = t.window
        selected[t.row, t.col] = w.col_off < x1 and w.col_off + w.width > x0 and w.row_off < y1 and w.row_off + w.height > y0
    return selected


@pytest.mark.parametrize("stride", [256, 128, 100, 200, 255, 37])
def test_selection_matches_a_fine_mask(stride):
    rng = np.random.default_rng(stride)
    for _ in range(25):
        w, h = (int(v) for v in rng.integers(300, 2500, 2))
        x0, y0 = rng.uniform(-300, w), rng.uniform(-300, h)
        dx, dy = rng.uniform(1, 1200, 2)
        try:
            grid = TileGrid(w, h, TRANSFORM, 256, stride, CRS_UTM, box(x0, y0, x0 + dx, y0 + dy))
        except AOIError:  # the box misses the raster
            continue
        assert np.array_equal(grid._selected, reference(grid, x0, y0, x0 + dx, y0 + dy)), (w, h, x0, y0, dx, dy)


@pytest.mark.parametrize("stride", [256, 128, 200])
@pytest.mark.parametrize("anchor", [(0, 0), (100, 60)], ids=["corner", "crs-anchored"])
def test_the_aoi_outside_the_raster_touches_no_tile(stride, anchor):
    """Tiles cut by the raster's edges (right and bottom; left and top too on a CRS-anchored grid) are decided on
    cells that reach past the raster: an AOI there, outside the raster, selected them (up to a stride beyond the
    edge at the default stride, a few px at a stride that does not divide the chip), and an AOI wholly outside
    was classified instead of refused."""
    w, h = 300, 300  # the last tiles are cut (to 44 px at stride 256)
    outside = [box(w + 1, 10, w + 3, 50), box(10, h + 1, 50, h + 3), box(-3, 10, -1, 50), box(10, -3, 50, -1)]
    for aoi in outside:
        with pytest.raises(AOIError, match="does not intersect"):
            TileGrid(w, h, TRANSFORM, 256, stride, CRS_UTM, aoi, anchor)
    inner = box(10, 10, 50, 50)
    grid = TileGrid(w, h, TRANSFORM, 256, stride, CRS_UTM,
                    AOI(inner.geometries + [g for a in outside for g in a.geometries], inner.crs), anchor)
    full = TileGrid(w, h, TRANSFORM, 256, stride, CRS_UTM, None, anchor)
    touching = [(t.row, t.col) for t in full if t.window.col_off < 50 and t.window.col_off + t.window.width > 10
                and t.window.row_off < 50 and t.window.row_off + t.window.height > 10]
    assert [(t.row, t.col) for t in grid] == touching


@pytest.mark.parametrize("stride, width, height, anchor, pixels", [
    (256, 1068, 1265, (222, 57), (501, 111, 549, 578)),  # 3 px columns in the tiles of column 3
    (128, 503, 892, (46, 44), (465, 1, 492, 726)),       # 1 px column in the (overlapping) tiles of column 2
])
def test_an_aoi_entering_a_tile_by_a_few_pixels_selects_it(stride, width, height, anchor, pixels):
    """GDAL's all-touched burning misses a cell that a polygon enters by about 1 % of its side: on stride cells
    (256 px) a box reaching 3 px into a tile left it out, and with it those pixels of the area unclassified."""
    c0, r0, c1, r1 = pixels  # the box drawn through the centres of its edge pixels, as an analyst snaps it
    grid = TileGrid(width, height, TRANSFORM, 256, stride, CRS_UTM, box(c0 + .5, r0 + .5, c1 - .5, r1 - .5), anchor)
    assert np.array_equal(grid._selected, reference(grid, c0 + .5, r0 + .5, c1 - .5, r1 - .5))
    covered = np.zeros((height, width), bool)
    for t in grid:
        w = t.window
        covered[w.row_off:w.row_off + w.height, w.col_off:w.col_off + w.width] = True
    assert covered[r0:r1, c0:c1].all()


@pytest.mark.parametrize("stride", [256, 250])
def test_huge_raster_with_aoi_is_cheap(stride):
    grid = TileGrid(200000, 200000, TRANSFORM, 256, stride, CRS_UTM, box(50000.5, 70000.5, 60000.5, 76000.5))
    rows = {t.row for t in grid}
    cols = {t.col for t in grid}
    assert len(grid) == len(rows) * len(cols)  # a box selects a rectangle of tiles
    first = grid.tile(min(rows), min(cols)).window
    assert first.col_off <= 50000.5 < first.col_off + 256 and first.row_off <= 70000.5 < first.row_off + 256


def test_an_area_off_the_raster_is_refused_with_where_each_lies():
    """It said only "does not intersect the raster": an area typed in degrees for a UTM scene, or in the wrong zone,
    looked the same as one a street away. Now both extents are named, each in its own CRS."""
    utm = CRS.from_epsg(32734)
    area = AOI.from_bbox(10, 10, 11.5, 11, "EPSG:4326")
    with pytest.raises(AOIError) as caught:
        TileGrid(343, 325, Affine(3, 0, 260046, 0, -3, 6246069), 256, crs=utm, aoi=area)
    assert str(caught.value) == (
        "the area of interest does not intersect the raster: the raster spans 260046, 6245094 to 261075, 6246069 in "
        "EPSG:32734, the area 10, 10 to 11.5, 11 in EPSG:4326; check the area's coordinates and CRS")


@pytest.mark.parametrize("stride", [256, 128, 100])
@pytest.mark.parametrize("anchor", [(0, 0), (100, 60)], ids=["corner", "crs-anchored"])
def test_an_aoi_drawn_on_tile_lines_selects_the_tiles_inside_only(stride, anchor):
    """A box exactly on the grid's lines overlaps the tiles inside it and only borders the ring around it: GDAL's
    all-touched burning took a ragged part of that ring (9 tiles for a box of 2 x 3 on a real scene's grid)."""
    ax, ay = anchor
    x0, y0 = 256 - ax, 512 - ay                      # on a line of tiles whichever the anchor
    grid = TileGrid(2000, 1800, TRANSFORM, 256, stride, CRS_UTM, box(x0, y0, x0 + 512, y0 + 768), anchor)
    assert np.array_equal(grid._selected, reference(grid, x0, y0, x0 + 512, y0 + 768))


def test_a_tile_layer_given_as_the_aoi_selects_its_own_tiles():
    """Re-running on the tiles of an earlier layer (--aoi tiles.gpkg): its footprints border every neighbour, and
    all-touched burning took 24 tiles for a layer of 15."""
    full = TileGrid(2000, 1800, TRANSFORM, 256, None, CRS_UTM)
    chosen = {(1, 1), (1, 2), (2, 2), (3, 2), (3, 3), (4, 0), (6, 6)}
    footprints = [{"type": "Polygon", "coordinates": [[list(p) for p in t.footprint(TRANSFORM)]]}
                  for t in full if (t.row, t.col) in chosen]
    grid = TileGrid(2000, 1800, TRANSFORM, 256, None, CRS_UTM, AOI(footprints, "EPSG:32633"))
    assert {(t.row, t.col) for t in grid} == chosen
