"""The statistics' sampled blocks spilled to a temporary file for the readers (spill.BlockSpill): the tile layer is
the same field by field as without the spill, a read through the spill gives GDAL's pixels for any window, and the
spill stands aside (nothing changes) where it would not be safe or has no room."""
from __future__ import annotations

import sqlite3

import numpy as np
import pytest
import rasterio
from rasterio.windows import Window

from planet_qgis_plugin.core.model.bundle import default_bundle_path, load_bundle
from planet_qgis_plugin.core.pipeline import decoded, preprocess, spill
from planet_qgis_plugin.core.pipeline.classify import ClassifyOptions, classify

from .test_reader_decode_once import RASTERS as RASTERS_ONCE
from .test_reader_decode_once import Echo, write

MEMORY_BACKED = spill._memory_backed  # the real one (the tests' own folders count as disks)


@pytest.fixture(autouse=True)
def on_a_disk(monkeypatch):
    """The temporary folder counts as a disk wherever the tests run (test_memory_file_systems_are_found)."""
    monkeypatch.setattr(spill, "_memory_backed", lambda folder: False)


@pytest.fixture
def sampled_in_blocks(monkeypatch):
    """Rasters of a few blocks sampled as a large one is (a handful of blocks drawn one per cell), and never decoded
    once: the statistics pass then decodes blocks that the readers decode again, the case the spill is for."""
    monkeypatch.setattr(preprocess, "STATS_MAX_BLOCKS", 9)
    monkeypatch.setattr(preprocess, "STATS_MAX_SIDE", 256)
    monkeypatch.setattr(decoded, "DECODE_ONCE_BYTES", 0)


@pytest.fixture(params=["blocks", "decimated"])
def sampled(request, monkeypatch):
    """Sampled in blocks (sampled_in_blocks), or read decimated, in strips of whole blocks (at most STATS_MAX_BLOCKS
    blocks), at full resolution for the spill; never decoded once."""
    monkeypatch.setattr(decoded, "DECODE_ONCE_BYTES", 0)
    if request.param == "blocks":
        request.getfixturevalue("sampled_in_blocks")
    return request.param


def layer(path) -> list[tuple]:
    """Every field of every tile, geometry and embedding included, in grid order."""
    with sqlite3.connect(path) as db:
        return db.execute("SELECT * FROM tiles ORDER BY row, col").fetchall()


def classified(path, out, monkeypatch, spilling: bool, **options) -> tuple[list[tuple], int]:
    """The tile layer of a run with or without the spill, and how many blocks the run spilled."""
    spilled = []
    start, put = spill.BlockSpill.start, spill.BlockSpill.put

    def counted(self, window, indexes, pixels):
        put(self, window, indexes, pixels)
        spilled[:] = [len(self._blocks)]

    monkeypatch.setattr(spill.BlockSpill, "start", start if spilling else lambda self, *a: False)
    monkeypatch.setattr(spill.BlockSpill, "put", counted)
    bundle = load_bundle(default_bundle_path())
    classify(path, out, bundle, ClassifyOptions(**options), predictor=Echo(bundle.manifest))
    return layer(out), sum(spilled)


RASTERS = {  # (width, height, write options): a nodata value (every band read), or none (the model's bands)
    "nodata": (1537, 1100, dict(nodata=0)),
    "all valid": (1300, 1290, dict()),
    "int16, 3 bands": (1300, 1030, dict(dtype="int16", count=3, nodata=-9999)),
}


@pytest.mark.parametrize("name", list(RASTERS))
@pytest.mark.parametrize("readers,stride", [(1, None), (2, None), (3, 200)])
def test_spill_gives_the_same_tile_layer(tmp_path, monkeypatch, sampled, name, readers, stride):
    width, height, kind = RASTERS[name]
    path = write(tmp_path / "r.tif", width, height, **kind)
    options = dict(readers=readers, stride=stride, batch_size=5)
    with_spill, blocks = classified(path, tmp_path / "spill.gpkg", monkeypatch, True, **options)
    without, none = classified(path, tmp_path / "plain.gpkg", monkeypatch, False, **options)
    assert blocks >= 6 and none == 0  # the sample's blocks (fewer where cells share an edge block) were spilled
    assert sampled == "blocks" or blocks == -(-width // 256) * -(-height // 256)  # decimated: every block
    assert len(with_spill) > 10 and with_spill == without


def test_without_positioned_reads_the_spill_gives_the_same_tile_layer(tmp_path, monkeypatch, sampled_in_blocks):
    """Where the system has no positioned reads and writes (Windows), the spill seeks under a lock: three reader
    threads share it and the tile layer is the one a run without the spill writes."""
    monkeypatch.setattr(spill, "POSITIONED", False)
    path = write(tmp_path / "r.tif", 1537, 1100, nodata=0)
    options = dict(readers=3, batch_size=5)
    with_spill, blocks = classified(path, tmp_path / "spill.gpkg", monkeypatch, True, **options)
    without, _ = classified(path, tmp_path / "plain.gpkg", monkeypatch, False, **options)
    assert blocks >= 6 and len(with_spill) > 10 and with_spill == without


@pytest.mark.parametrize("positioned", [True, False])
def test_reads_through_the_spill_are_gdals(tmp_path, monkeypatch, sampled_in_blocks, positioned):
    """Any window of the spilled bands, whole blocks, parts of them, spilled and not side by side and below each
    other, cut by the raster's edges, into a given buffer or a new one, gives the pixels GDAL gives; with
    positioned reads and writes, and without them (Windows: a lock, a seek)."""
    monkeypatch.setattr(spill, "POSITIONED", positioned and spill.POSITIONED)
    path = write(tmp_path / "r.tif", 1300, 1100, nodata=0)
    rng = np.random.default_rng(1)
    with rasterio.open(path) as src, spill.BlockSpill() as kept:
        assert kept.start(src, [3, 2, 1], 256) and kept.bands == [1, 2, 3, 4]
        for by, bx in [(0, 0), (1, 1), (1, 2), (2, 1), (4, 5), (0, 5)]:
            window = Window(bx * 256, by * 256, min(256, 1300 - bx * 256), min(256, 1100 - by * 256))
            kept.put(window, None, src.read(window=window))
        kept.put(Window(10, 0, 256, 256), None, src.read(window=Window(10, 0, 256, 256)))  # not a block: not kept
        kept.put(Window(0, 256, 256, 256), [1, 2], src.read([1, 2], window=Window(0, 256, 256, 256)))  # other bands
        assert sorted(kept._blocks) == [(0, 0), (0, 5), (1, 1), (1, 2), (2, 1), (4, 5)]
        with rasterio.open(path) as handle:
            reader = kept.wrap(handle)
            windows = [Window(0, 0, 1300, 1100), Window(200, 200, 600, 400), Window(256, 256, 512, 256),
                       Window(1200, 1000, 100, 100), Window(5, 7, 3, 2)]
            windows += [Window(int(x), int(y), int(rng.integers(1, 1300 - x)), int(rng.integers(1, 1100 - y)))
                        for x, y in zip(rng.integers(0, 1299, 40), rng.integers(0, 1099, 40))]
            for window in windows:
                expected = src.read(window=window)
                assert np.array_equal(reader.read(window=window), expected)
                out = np.zeros((4, window.height + 3, window.width + 5), "uint16")[:, 3:, 5:]
                assert reader.read(None, window=window, out=out) is out and np.array_equal(out, expected)
                assert np.array_equal(reader.read([3, 2, 1], window=window), src.read([3, 2, 1], window=window))


def test_spill_splits_a_window_into_few_gdal_reads(tmp_path):
    """The blocks not spilled are read in runs side by side, taken on down where the next row of blocks has the same
    run: one read for a window without spilled blocks."""
    path = write(tmp_path / "r.tif", 1300, 1100, nodata=0)
    with rasterio.open(path) as src, spill.BlockSpill() as kept:
        kept.start(src, [1, 2, 3], 256)
        kept.put(Window(256, 256, 256, 256), None, src.read(window=Window(256, 256, 256, 256)))
        spilled, rest = kept.split(0, 0, 1100, 1300)
        assert [s[1] for s in spilled] == [(1, 1)]
        assert rest == [[0, 256, 0, 1300], [256, 512, 0, 256], [256, 512, 512, 1300], [512, 1100, 0, 1300]]
        assert kept.split(600, 600, 100, 700) == ([], [[600, 700, 600, 1300]])


def test_spill_stands_aside_where_it_is_not_safe_or_has_no_room(tmp_path, monkeypatch):
    """No spill (the run as before): a VRT, a raster whose readers need GDAL's mask, blocks taller than two chips,
    a temporary folder without FREE_MARGIN times the spill's room or held in memory."""
    import shutil
    from collections import namedtuple

    tiled = write(tmp_path / "r.tif", 1300, 1100, nodata=0)
    masked = write(tmp_path / "m.tif", 1300, 1100, count=3, mask=True)
    striped = write(tmp_path / "s.tif", 1300, 1100, nodata=0, tiled=False)  # 8-row strips: read in strips too
    vrt = tmp_path / "r.vrt"
    from osgeo import gdal

    gdal.BuildVRT(str(vrt), [str(tiled)]).FlushCache()

    def starts(path, chip=256, folder=None):
        with rasterio.open(path) as src, spill.BlockSpill(folder) as kept:
            return kept.start(src, [1, 2, 3], chip)

    assert starts(tiled) and starts(striped)
    assert not starts(masked) and not starts(vrt) and not starts(tiled, chip=100)
    usage = namedtuple("usage", "total used free")
    need = spill.FREE_MARGIN * 6 * 5 * 4 * 256 * 256 * 2  # every block of the raster, at most MAX_BLOCKS
    monkeypatch.setattr(shutil, "disk_usage", lambda folder: usage(need, 0, need - 1))
    assert not starts(tiled)
    monkeypatch.setattr(shutil, "disk_usage", lambda folder: usage(need, 0, need))
    assert starts(tiled)
    monkeypatch.setattr(spill, "_memory_backed", lambda folder: True)
    assert not starts(tiled)


def test_the_spill_leaves_no_file(tmp_path, sampled_in_blocks):
    """The spill is an unlinked file: the folder it is in holds nothing during the run or after it."""
    path = write(tmp_path / "r.tif", 1300, 1100, nodata=0)
    folder = tmp_path / "spill"
    folder.mkdir()
    with rasterio.open(path) as src, spill.BlockSpill(str(folder)) as kept:
        assert kept.start(src, [1, 2, 3], 256)
        kept.put(Window(0, 0, 256, 256), None, src.read(window=Window(0, 0, 256, 256)))
        assert kept.wrap(src) is not src and not list(folder.iterdir())
    assert kept._file is None and not list(folder.iterdir())


def test_a_disk_filled_meanwhile_leaves_the_blocks_to_gdal(tmp_path, monkeypatch, sampled_in_blocks):
    """A write to the spill that fails (the disk filled by something else since the spill started) ends the spill,
    not the run: the blocks are decoded by the readers, as without a spill."""
    import errno

    def full(*args):
        raise OSError(errno.ENOSPC, "No space left on device")

    path = write(tmp_path / "r.tif", 1300, 1100, nodata=0)
    without, _ = classified(path, tmp_path / "plain.gpkg", monkeypatch, False, readers=2)
    monkeypatch.setattr(spill.os, "pwrite", full)
    filled, blocks = classified(path, tmp_path / "full.gpkg", monkeypatch, True, readers=2)
    assert blocks == 0 and filled == without


def test_memory_file_systems_are_found(tmp_path):
    """A folder on a file system held in memory, where /proc/self/mounts lists one, is found as such."""
    memory = [point for point, kind in spill.mounts() if kind in spill.MEMORY_FILE_SYSTEMS and "\\" not in point]  # (octal escapes: spaces)
    if not memory:
        pytest.skip("no file system held in memory (or no /proc/self/mounts)")
    real = MEMORY_BACKED
    assert real(memory[0]) and real(memory[0] + "/inside/it") and not real("/proc")


@pytest.mark.parametrize("raster", list(RASTERS_ONCE), ids=list(RASTERS_ONCE))
def test_decimated_sample_read_for_the_spill_is_gdals(tmp_path, monkeypatch, raster):
    """The statistics sample of a raster read decimated, taken from the strips read at full resolution for the spill,
    is GDAL's decimated read (in strips, or whole where the step is not a whole number of rows), pixels and validity;
    a raster whose validity needs GDAL's mask is read as before."""
    from planet_qgis_plugin.core.pipeline.preprocess import stats_sample

    width, height, options = RASTERS_ONCE[raster]
    path = write(tmp_path / "r.tif", width, height, **options)
    with rasterio.open(path) as src, spill.BlockSpill() as kept:
        indexes = list(range(1, min(src.count, 4) + 1))[::-1]
        started = kept.start(src, indexes, 256)
        raw, valid = stats_sample(src, indexes, lambda: rasterio.open(path), 2, None, kept)
        assert started == bool(kept._blocks) == (raster not in ("internal mask", "alpha", "float NaN, no nodata"))
        gdal_raw, gdal_valid = stats_sample(src, indexes, lambda: rasterio.open(path), 2)
    assert valid.any() and np.array_equal(raw, gdal_raw, equal_nan=True) and np.array_equal(valid, gdal_valid)
