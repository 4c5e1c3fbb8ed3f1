"""Scene statistics come from a bounded sample: at most STATS_MAX_BLOCKS blocks read and STATS_MAX_SIDE**2
pixels, whatever the raster size; small rasters are read whole as before."""
import numpy as np
import rasterio
from affine import Affine

from planet_qgis_plugin.core.pipeline.preprocess import STATS_MAX_BLOCKS, STATS_MAX_SIDE, stats_sample


class CountingReads:
    """A real rasterio dataset that counts the windows read from it."""

    def __init__(self, dataset):
        self.dataset, self.windows = dataset, 0

    def read(self, *args, **kwargs):
        self.windows += 1
        return self.dataset.read(*args, **kwargs)

    def __getattr__(self, name):
        return getattr(self.dataset, name)


def sparse_raster(path, side):
    """A side x side tiled uint16 GeoTIFF in which only a diagonal of blocks is written (SPARSE_OK keeps
    the file small); unwritten blocks read as 0."""
    profile = dict(driver="GTiff", width=side, height=side, count=3, dtype="uint16", tiled=True, blockxsize=256,
                   blockysize=256, sparse_ok=True, crs="EPSG:32633", transform=Affine(3, 0, 500000, 0, -3, 4000000))
    rng = np.random.default_rng(0)
    with rasterio.open(path, "w", **profile) as dst:
        for i in range(0, side, 256 * 8):
            dst.write(rng.integers(1, 4000, (3, 256, 256), dtype=np.uint16), window=((i, i + 256), (i, i + 256)))
    return path


def test_large_raster_without_overviews_is_sampled(tmp_path):
    side = 65536  # 65536 blocks of 256 px: a whole-raster pass would decode all of them
    with rasterio.open(sparse_raster(tmp_path / "big.tif", side)) as src:
        counted = CountingReads(src)
        raw, valid = stats_sample(counted, [1, 2, 3])
    assert counted.windows <= STATS_MAX_BLOCKS
    assert raw.shape[0] == 3 and raw[0].size == valid.size <= STATS_MAX_SIDE ** 2 * 1.01


def test_small_raster_is_read_whole(tmp_path):
    with rasterio.open(sparse_raster(tmp_path / "small.tif", 1024)) as src:
        raw, valid = stats_sample(src, [1, 2, 3])
        assert np.array_equal(raw.reshape(3, 1024, 1024), src.read([1, 2, 3]))


def test_threads_read_the_same_sample(tmp_path):
    path = sparse_raster(tmp_path / "big.tif", 16384)
    with rasterio.open(path) as src:
        one = stats_sample(src, [1, 2, 3])
        three = stats_sample(src, [1, 2, 3], lambda: rasterio.open(path), threads=3)
    assert one[0].size > 0 and one[1].any()
    assert np.array_equal(one[0], three[0]) and np.array_equal(one[1], three[1])


def test_decimated_read_in_strips_is_the_whole_read(tmp_path):
    from rasterio.enums import Resampling

    with rasterio.open(sparse_raster(tmp_path / "mid.tif", 3072)) as src:  # 144 blocks, read at 1/3
        raw, valid = stats_sample(src, [1, 2, 3])
        whole = src.read([1, 2, 3], out_shape=(3, 1024, 1024), resampling=Resampling.nearest)
        mask = src.dataset_mask(out_shape=(1024, 1024), resampling=Resampling.nearest) > 0
    assert whole.any() and np.array_equal(raw.reshape(whole.shape), whole)
    assert np.array_equal(valid.reshape(mask.shape), mask)


def test_sampled_validity_is_gdals_mask(tmp_path, monkeypatch):
    """Blocks sampled from a large raster with a nodata value: validity from the pixels (any band differs from
    nodata) is GDAL's dataset mask."""
    from planet_qgis_plugin.core.pipeline import preprocess

    path = sparse_raster(tmp_path / "big.tif", 16384)
    with rasterio.open(path, "r+") as dst:
        dst.nodata = 0
        # blocks valid in their last band only: a whole cell of the sample's grid (4 x 4 blocks here), which the
        # sample draws one block from
        dst.write(np.zeros((3, 1024, 1024), np.uint16) + np.array([0, 0, 7], np.uint16)[:, None, None],
                  window=((2048, 3072), (0, 1024)))
    with rasterio.open(path) as src:
        assert preprocess.pixel_validity(src) == (False, 0)
        raw, valid = stats_sample(src, [3, 1])
        monkeypatch.setattr(preprocess, "pixel_validity", lambda dataset: (False, None))
        gdal_raw, gdal_valid = stats_sample(src, [3, 1])
    assert valid.any() and not valid.all()
    assert np.array_equal(raw, gdal_raw) and np.array_equal(valid, gdal_valid)


def test_sampled_blocks_are_one_per_cell_and_no_lattice():
    """The sampled blocks: one in each cell of an even grid, the same for the same raster, and drawn cell by cell
    (a lattice, rows and columns shared by whole rows of cells, saw periodic scenes at a few phases only)."""
    from planet_qgis_plugin.core.pipeline.preprocess import _jittered

    picks = _jittered(64, 64, 32, 32)
    assert picks == _jittered(64, 64, 32, 32) == sorted(picks)
    assert sorted({(y // 2, x // 2) for y, x in picks}) == [(i, j) for i in range(32) for j in range(32)]
    assert len({y % 2 for y, x in picks if x // 2 == 0}) == 2  # the first column of cells: rows at both phases
    assert len({(y % 2, x % 2) for y, x in picks if y // 2 == 0}) > 1


def test_statistics_ignore_averaged_overviews(tmp_path):
    """A raster with overviews made by averaging: its statistics come from full-resolution pixels (the overviews of
    diagonal stripes of 100 and 1000 hold neither value: averages in between, a narrower stretch)."""
    from rasterio.enums import Resampling

    path = tmp_path / "ov.tif"
    profile = dict(driver="GTiff", width=2048, height=2048, count=3, dtype="uint16", tiled=True, blockxsize=256,
                   blockysize=256, crs="EPSG:32633", transform=Affine(3, 0, 500000, 0, -3, 4000000))
    board = np.where((np.add.outer(np.arange(2048), np.arange(2048)) % 3) == 0, 1000, 100).astype(np.uint16)
    with rasterio.open(path, "w", **profile) as dst:
        dst.write(np.stack([board] * 3))
        dst.build_overviews([2, 4, 8], Resampling.average)
    with rasterio.open(path) as src:
        overview = src.read(1, out_shape=(1024, 1024))  # what GDAL's decimated read gives
        assert src.overviews(1) and not np.isin(overview, [100, 1000]).any()
        raw, valid = stats_sample(src, [1, 2, 3])
    assert valid.all() and set(np.unique(raw)) == {100, 1000}
    # decoded once (its pixels kept for the readers): the sample from the kept pixels, not the overview
    from planet_qgis_plugin.core.pipeline.decoded import DecodedRaster

    with rasterio.open(path) as src:
        keep = DecodedRaster.offer(src, [1, 2, 3])
        raw, valid = stats_sample(src, [1, 2, 3], keep=keep)
    assert keep.complete and valid.all() and set(np.unique(raw)) == {100, 1000}


def test_statistics_threads_share_the_work_as_they_go():
    """The statistics threads take short runs of the work in turn (preprocess._in_order): one that is slow (lost its
    core on a busy machine) holds up no fixed share of the work, which the others take; the results stay in order,
    and the first error is raised and stops the others."""
    import time

    import pytest

    from planet_qgis_plugin.core.pipeline.preprocess import _in_order

    class Handle:
        def __init__(self, name):
            self.name, self.closed = name, False

        def close(self):
            self.closed = True

    done_by: dict = {}

    def work(handle, item):
        if handle.name == "slow":
            time.sleep(0.02)
        done_by[item] = handle.name
        return item * 2

    opened = []

    def open_dataset():
        opened.append(Handle("fast"))
        return opened[-1]

    slow = Handle("slow")
    assert _in_order(work, list(range(64)), slow, open_dataset, 2) == [i * 2 for i in range(64)]
    assert sum(h == "fast" for h in done_by.values()) > 40  # not half each
    assert len(opened) == 1 and opened[0].closed and not slow.closed  # the caller's handle stays open

    def failing(handle, item):
        if item == 5:
            raise ValueError("block 5 unreadable")
        return item

    with pytest.raises(ValueError, match="block 5"):
        _in_order(failing, list(range(64)), slow, open_dataset, 2)
