"""The tiler: property-based checks (Hypothesis) on random raster sizes, transforms, strides and AOIs, and
a 100000 x 100000 raster that is opened and tiled but never read."""
from __future__ import annotations

import math
import time

import numpy as np
import pytest
from affine import Affine
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planet_qgis_plugin.core.errors import PlanetClassifierError
from planet_qgis_plugin.core.pipeline.aoi import AOI
from planet_qgis_plugin.core.pipeline.classify import ClassifyOptions, classify
from planet_qgis_plugin.core.pipeline.raster import open_raster
from planet_qgis_plugin.core.pipeline.tiling import TileGrid

CRS = "EPSG:32649"


@st.composite
def grids(draw):
    size = draw(st.sampled_from([8, 16, 32, 64]))
    stride = draw(st.integers(max(1, size // 4), size))
    width = draw(st.integers(1, 300))
    height = draw(st.integers(1, 300))   # smaller than a chip on both sides: one padded tile
    scale = draw(st.floats(0.5, 30))
    a, e = scale, -scale * draw(st.floats(0.5, 2))
    b, d = draw(st.floats(-0.5, 0.5)) * scale, draw(st.floats(-0.5, 0.5)) * scale  # rotation / shear
    transform = Affine(a, b, draw(st.floats(-1e6, 1e6)), d, e, draw(st.floats(-1e6, 1e6)))
    return size, stride, width, height, transform


def windows(grid):
    return [(t.row, t.col, int(t.window.col_off), int(t.window.row_off), int(t.window.width), int(t.window.height))
            for t in grid]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(grids())
def test_tiles_stay_inside_cover_everything_and_map_back(spec):
    size, stride, width, height, transform = spec
    grid = TileGrid(width, height, transform, size, stride, CRS)
    covered = np.zeros((height, width), int)
    for row, col, c0, r0, w, h in windows(grid):
        assert 0 <= c0 < width and 0 <= r0 < height and w >= 1 and h >= 1      # never outside the raster
        assert c0 + w <= width and r0 + h <= height and w <= size and h <= size
        assert (c0, r0) == (col * stride, row * stride)
        covered[r0:r0 + h, c0:c0 + w] += 1
        ring = grid.tile(row, col).footprint(transform)                          # maps back to its pixels
        back = [(~transform) * p for p in ring[:4]]
        assert np.allclose(back, [(c0, r0), (c0 + w, r0), (c0 + w, r0 + h), (c0, r0 + h)], atol=1e-6)
    assert (covered >= 1).all()                                                  # every pixel is classified
    if stride == size:
        assert (covered == 1).all()                                              # and only once
    assert len(grid) == grid.rows * grid.cols == len(windows(grid))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(grids(), st.data())
def test_aoi_selects_exactly_the_tiles_it_touches(spec, data):
    size, stride, width, height, transform = spec
    # a pixel-aligned rectangle [c0, c1) x [r0, r1), drawn half a pixel inside its edge pixels
    c0 = data.draw(st.integers(0, width - 1))
    c1 = data.draw(st.integers(c0 + 1, width))
    r0 = data.draw(st.integers(0, height - 1))
    r1 = data.draw(st.integers(r0 + 1, height))
    corners = [(c0 + .5, r0 + .5), (c1 - .5, r0 + .5), (c1 - .5, r1 - .5), (c0 + .5, r1 - .5), (c0 + .5, r0 + .5)]
    ring = [list(transform * p) for p in corners]
    aoi = AOI([{"type": "Polygon", "coordinates": [ring]}], CRS)
    grid = TileGrid(width, height, transform, size, stride, CRS, aoi)
    full = TileGrid(width, height, transform, size, stride, CRS)
    expected = {(row, col) for row, col, x, y, w, h in windows(full)
                if x < c1 and x + w > c0 and y < r1 and y + h > r0}
    assert {(row, col) for row, col, *_ in windows(grid)} == expected
    assert len(grid) == len(expected)
    covered = np.zeros((height, width), bool)
    for _, _, x, y, w, h in windows(grid):
        covered[y:y + h, x:x + w] = True
    assert covered[r0:r1, c0:c1].all()                                           # the whole AOI is classified


@pytest.mark.parametrize("width, height, c, r", [(1, 64, 0, 0), (64, 1, 5, 0), (64, 64, 63, 63)])
def test_a_one_pixel_aoi_selects_the_tile_holding_that_pixel(width, height, c, r):
    """A box drawn through one pixel's centre has no area; it still touches that pixel's tile
    (Hypothesis found the 1 x 64 px raster case: it used to say the AOI misses the raster)."""
    transform = Affine(3, 0, 7e5, 0, -3, 1e5)
    x, y = transform * (c + 0.5, r + 0.5)
    aoi = AOI([{"type": "Polygon", "coordinates": [[[x, y], [x, y], [x, y], [x, y], [x, y]]]}], CRS)
    grid = TileGrid(width, height, transform, 32, None, CRS, aoi)
    assert [(t.row, t.col) for t in grid] == [(r // 32, c // 32)]


@given(st.integers(-3, 0) | st.integers(65, 400))
@settings(max_examples=20, deadline=None)
def test_stride_outside_one_to_chip_size_is_a_user_error(stride):
    with pytest.raises(PlanetClassifierError, match="stride"):
        TileGrid(300, 300, Affine.identity(), 64, stride)


# -- a very large raster: opened and tiled, never read ----------------------------------------------------
def _sparse_geotiff(path, side):
    from osgeo import gdal, osr

    ds = gdal.GetDriverByName("GTiff").Create(str(path), side, side, 4, gdal.GDT_UInt16,
                                              options=["SPARSE_OK=TRUE", "TILED=YES", "BIGTIFF=YES"])
    ds.SetGeoTransform((500000, 3, 0, 1000000, 0, -3))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(32649)
    ds.SetProjection(srs.ExportToWkt())
    ds = None
    return path


def _huge_vrt(path, side, source):
    path.write_text(f"""<VRTDataset rasterXSize="{side}" rasterYSize="{side}">
  <SRS>EPSG:32649</SRS><GeoTransform>500000, 3, 0, 1000000, 0, -3</GeoTransform>
""" + "".join(f"""  <VRTRasterBand dataType="UInt16" band="{b}"><SimpleSource>
    <SourceFilename relativeToVRT="0">{source}</SourceFilename><SourceBand>{b}</SourceBand>
    <SrcRect xOff="0" yOff="0" xSize="512" ySize="512"/><DstRect xOff="0" yOff="0" xSize="512" ySize="512"/>
  </SimpleSource></VRTRasterBand>
""" for b in range(1, 5)) + "</VRTDataset>\n")
    return path


def _rss_mb() -> float:
    with open("/proc/self/status") as f:
        return next(int(l.split()[1]) for l in f if l.startswith("VmRSS")) / 1024


@pytest.mark.parametrize("kind", ["sparse-geotiff", "vrt"])
def test_100000_px_raster_is_tiled_without_reading_it(tmp_path, kind):
    from ..conftest import BORNEO

    side = 100_000
    path = (_sparse_geotiff(tmp_path / "huge.tif", side) if kind == "sparse-geotiff"
            else _huge_vrt(tmp_path / "huge.vrt", side, BORNEO))
    assert path.stat().st_size < 10_000_000          # 80 GB of pixels, none of them written
    rss, start = _rss_mb(), time.perf_counter()
    with open_raster(path) as src:
        grid = TileGrid(src.width, src.height, src.transform, 256, None, src.crs)
        n = math.ceil(side / 256)
        assert (grid.rows, grid.cols, len(grid)) == (n, n, n * n) == (391, 391, 152_881)
        last = grid.tile(390, 390).window
        assert (last.col_off, last.width, last.height) == (99_840, 160, 160)
        # what is held at once: float32 chips of the mapped bands, batch_size per batch, prefetch + 2 batches
        assert grid.memory_estimate(bands=3, batch_size=16, prefetch=2) == 3 * 256 * 256 * 4 * 16 * 4 == 50_331_648
        # an AOI of a few chips on the huge raster selects just those
        x0, y0 = src.transform * (50_000, 50_000)
        aoi = AOI.from_bbox(x0 + 1, y0 - 700, x0 + 700, y0 - 1, "EPSG:32649")
        selected = TileGrid(src.width, src.height, src.transform, 256, None, src.crs, aoi)
        assert [(t.row, t.col) for t in selected] == [(r, c) for r in (195, 196) for c in (195, 196)]  # px 50000..50233
    assert time.perf_counter() - start < 20
    assert _rss_mb() - rss < 200


def test_memory_does_not_grow_with_the_raster(tiny_bundle, make_raster, tmp_path):
    """Peak Python-side memory of a run is set by the batches in flight, not by the raster size."""
    import tracemalloc

    peaks = []
    for side in (256, 768):                                     # 64 and 576 chips of 32 px
        scene = make_raster(side, side, count=3, dtype="uint8", name=f"s{side}.tif")
        tracemalloc.start()
        classify(scene, tmp_path / f"o{side}.gpkg", tiny_bundle, ClassifyOptions(batch_size=8))
        peaks.append(tracemalloc.get_traced_memory()[1])
        tracemalloc.stop()
    estimate = TileGrid(768, 768, Affine.identity(), 32).memory_estimate(3, 8)
    # (ru_maxrss is per process and monotone, so tracemalloc is used instead)
    assert peaks[1] < 1.5 * peaks[0] + 4 * estimate, peaks   # 9x the pixels, about the same peak
