"""The parallel reader: the same batches whatever the thread count, the nodata mask computed from the pixels
equal to GDAL's dataset mask, and the lookup-table preprocessing equal to scaling pixel by pixel."""
from pathlib import Path

import numpy as np
import pytest
import rasterio

from planet_qgis_plugin.core.model.bundle import default_bundle_path, load_bundle
from planet_qgis_plugin.core.pipeline.classify import ClassifyOptions, plan_run
from planet_qgis_plugin.core.pipeline.preprocess import BatchPreprocessor, normalize
from planet_qgis_plugin.core.pipeline.reader import ParallelReader, WindowSource

SCENES = Path(__file__).resolve().parents[1] / "data" / "scenes"
NODATA_SCENE = SCENES / "20170915_020728_103d_3B_AnalyticMS.tif"  # a quarter of it is nodata (0)


def batches(path, readers, batch_size=3, stride=128):
    manifest = load_bundle(default_bundle_path()).manifest
    with rasterio.open(path) as src:
        mapping, grid, _, prep = plan_run(src, manifest, ClassifyOptions(stride=stride), [])
        reader = ParallelReader(lambda: rasterio.open(path), grid, mapping.indexes, prep, batch_size, readers, 1,
                                lambda: False, lambda dataset, exc: exc)
        try:
            return list(reader)
        finally:
            reader.close()


@pytest.mark.parametrize("scene", sorted(SCENES.glob("*.tif")), ids=lambda p: p.name[:12])
def test_thread_count_changes_nothing(scene):
    one, many = batches(scene, 1), batches(scene, 3)
    assert [[(t.row, t.col) for t in b.tiles] for b in one] == [[(t.row, t.col) for t in b.tiles] for b in many]
    assert [b.skipped for b in one] == [b.skipped for b in many]
    for a, b in zip(one, many):
        assert np.array_equal(a.chips, b.chips) and a.coverage == b.coverage


@pytest.mark.parametrize("scene", sorted(SCENES.glob("*.tif")), ids=lambda p: p.name[:12])
def test_mask_from_pixels_is_gdals(scene):
    manifest = load_bundle(default_bundle_path()).manifest
    with rasterio.open(scene) as src:
        mapping, grid, _, _ = plan_run(src, manifest, ClassifyOptions(stride=100), [])
        source = WindowSource(src, mapping.indexes, grid.size)
        for tile in grid:
            got = source.read(tile)
            gdal_mask = src.dataset_mask(window=tile.window) > 0
            if got is None:
                assert not gdal_mask.any()
            else:
                assert np.array_equal(got[1], gdal_mask)
                assert np.array_equal(got[0], src.read(list(mapping.indexes), window=tile.window))


def test_lookup_table_equals_direct_scaling():
    manifest = load_bundle(default_bundle_path()).manifest
    mean, std = manifest.normalize["mean"], manifest.normalize["std"]
    with rasterio.open(NODATA_SCENE) as src:
        _, _, scaler, prep = plan_run(src, manifest, ClassifyOptions(), [])
        windows = [((r, r + 256), (c, c + 256)) for r in (0, 256) for c in (0, 256)]
        masks = [src.dataset_mask(window=w) > 0 for w in windows]
        window, valid = next((w, m) for w, m in zip(windows, masks) if m.any() and not m.all())
        raw = src.read([3, 2, 1], window=window)
    assert prep.lut is not None and not valid.all() and valid.any()
    chips, coverage = prep(raw[None], valid[None])
    direct = normalize(np.where(valid[None], scaler(raw), np.float32(0)), mean, std)
    assert np.array_equal(chips[0], direct)
    assert coverage[0] == valid.mean()
    table_free = BatchPreprocessor(scaler, 256, 256, mean, std, dtype=None)(raw[None], valid[None])[0]
    assert np.array_equal(table_free[0], direct)


def test_block_cache_holds_what_is_read_again(tmp_path):
    from affine import Affine

    from planet_qgis_plugin.core.pipeline.reader import MIN_BLOCK_CACHE_BYTES, block_cache_bytes

    def raster(name, block, width):
        profile = dict(driver="GTiff", width=width, height=1024, count=4, dtype="uint16", tiled=True,
                       blockxsize=block, blockysize=block, sparse_ok=True, transform=Affine(3, 0, 0, 0, -3, 0))
        with rasterio.open(tmp_path / name, "w", **profile):
            pass
        return rasterio.open(tmp_path / name)

    # blocks no taller than a chip: the readers hand on the rows the next row of chips needs, at any width
    with raster("wide.tif", 256, 16384) as src:
        assert block_cache_bytes(src, 256, 256) == block_cache_bytes(src, 256, 200) == MIN_BLOCK_CACHE_BYTES
    # blocks at most two chips tall: the same; more (read tile by tile): a block holding several chips or a
    # row of chips spanning two rows of blocks needs those rows cached (16 blocks of 512 px, 4 bands of 16 bits)
    with raster("tall.tif", 512, 8192) as src:
        assert block_cache_bytes(src, 512, 512) == block_cache_bytes(src, 256, 200) == MIN_BLOCK_CACHE_BYTES
        assert block_cache_bytes(src, 128, 128) == block_cache_bytes(src, 128, 100) == 2 * 16 * 512 * 512 * 4 * 2


def _anchored_raster(path, kind, width=1100, height=900, block=256):
    """A 4-band tiled raster (256 px blocks) whose CRS-anchored grid is offset from its blocks by (154, 25) px,
    with a nodata corner and a ragged nodata edge; ``kind``: nodata (value 0), all_valid, mask (an internal
    mask band: GDAL's mask path) or float (NaN as nodata, no nodata value)."""
    from affine import Affine

    rng = np.random.default_rng(7)
    dtype = "float32" if kind == "float" else "uint16"
    data = rng.integers(1, 4000, (4, height, width)).astype(dtype)
    valid = np.ones((height, width), bool)
    valid[:300, :400] = False                                   # a nodata corner: whole tiles skipped
    valid[600:, 900:] = rng.random((height - 600, width - 900)) < 0.5  # partly valid tiles
    if kind in ("nodata", "float"):
        data[:, ~valid] = np.nan if kind == "float" else 0
    transform = Affine(3, 0, 3 * (256 * 1000 + 154), 0, -3, 3 * (256 * 2000 + 25))
    profile = dict(driver="GTiff", width=width, height=height, count=4, dtype=dtype, tiled=True, blockxsize=block,
                   blockysize=block, crs="EPSG:32734", transform=transform, nodata=0 if kind == "nodata" else None)
    with rasterio.open(path, "w", **profile) as dst:
        dst.write(data)
        dst.descriptions = ("blue", "green", "red", "nir")
        if kind == "mask":
            dst.write_mask(valid.astype("uint8") * 255)
    return path


@pytest.mark.parametrize("kind", ["nodata", "all_valid", "mask", "float"])
@pytest.mark.parametrize("stride,block", [(256, 256), (200, 256), (100, 256), (256, 512), (200, 512)])
def test_runs_read_in_strips_give_the_tiles_pixels(tmp_path, kind, stride, block):
    """Runs of tiles read in one go with the rows below handed on to the next row (read_run, Carries) give
    every tile the chip and coverage that reading it alone gives, at any stride and thread count, with tiles
    that straddle blocks and are cut by the raster's top and left edges."""
    from planet_qgis_plugin.core.pipeline.tiling import crs_anchor

    path = _anchored_raster(tmp_path / f"{kind}.tif", kind, block=block)
    manifest = load_bundle(default_bundle_path()).manifest
    with rasterio.open(path) as src:
        mapping, grid, _, prep = plan_run(src, manifest, ClassifyOptions(stride=stride), [])
        assert grid.anchor == crs_anchor(src.transform, src.crs, stride) != (0, 0)
        source = WindowSource(src, mapping.indexes, grid.size)
        expected = {}
        for tile in grid:
            got = source.read_pixels(tile)
            if got is not None:
                chip = np.empty((len(mapping.indexes), prep.input_size, prep.input_size), np.float32)
                expected[(tile.row, tile.col)] = (chip, prep.chip(got[0], source.mapped, got[1], chip))
    assert 0 < len(expected) <= len(grid) and (len(expected) < len(grid)) == (kind != "all_valid")
    for readers in (1, 3):
        found = {}
        for batch in batches(path, readers, batch_size=5, stride=stride):
            for tile, chip, coverage in zip(batch.tiles, batch.chips, batch.coverage):
                found[(tile.row, tile.col)] = (chip.copy(), coverage)
        assert found.keys() == expected.keys()
        for key, (chip, coverage) in expected.items():
            assert np.array_equal(found[key][0], chip), (readers, key)
            assert found[key][1] == coverage


class _CountingDataset:
    """A rasterio dataset that records the windows read through it (pixels and masks)."""

    def __init__(self, dataset, windows: list):
        self._dataset, self._windows = dataset, windows

    def __getattr__(self, name):
        return getattr(self._dataset, name)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self._dataset.close()

    def read(self, indexes=None, window=None, **kwargs):
        self._windows.append(window)
        return self._dataset.read(indexes, window=window, **kwargs)


@pytest.mark.parametrize("sample", ["blocks", "decimated"])
@pytest.mark.parametrize("spilled", [True, False], ids=["spill", "no spill"])
@pytest.mark.parametrize("kind", ["nodata", "all_valid"])
@pytest.mark.parametrize("readers,batch_size", [(1, 3), (3, 5), (3, 2), (2, 7)])
def test_each_block_is_decoded_once(tmp_path, monkeypatch, kind, readers, batch_size, spilled, sample):
    """On a CRS-anchored grid (tiles straddle blocks across and down) the whole run asks GDAL for each block once,
    statistics included, whatever the thread count and wherever chunks end inside a row of tiles: the rows below a
    run are handed on to the next row (Carries), the columns at a chunk's end to the neighbouring chunk (Edges), and
    the blocks the statistics sample decoded are taken from the spill (spill.BlockSpill; without it they are asked
    for twice). Each thread has its own handle and block cache, so a block asked for twice is decoded twice. The
    raster is sampled in blocks as one of over STATS_MAX_BLOCKS blocks is, or read decimated in strips of whole
    blocks as one of fewer (and too large to be decoded once) is."""
    from planet_qgis_plugin.core.pipeline import classify, preprocess, spill
    from planet_qgis_plugin.core.pipeline.spill import BlockSpill

    monkeypatch.setattr(spill, "_memory_backed", lambda folder: False)  # wherever the tests' temporary folder is
    monkeypatch.setattr(preprocess, "STATS_MAX_BLOCKS", 6 if sample == "blocks" else 1024)
    monkeypatch.setattr(preprocess, "STATS_MAX_SIDE", 256 if sample == "blocks" else 512)  # decimated: 1/3, 2 strips
    path = _anchored_raster(tmp_path / f"{kind}.tif", kind)
    manifest = load_bundle(default_bundle_path()).manifest
    sampled: list = []  # the statistics' reads (through the run's handle and those its threads open)
    monkeypatch.setattr(classify, "open_raster", lambda name: _CountingDataset(rasterio.open(name), sampled))
    windows: list = []
    with _CountingDataset(rasterio.open(path), sampled) as src, BlockSpill() as spill:
        mapping, grid, _, prep = plan_run(src, manifest, ClassifyOptions(readers=readers), [], None,
                                          spill if spilled else None)
        reader = ParallelReader(lambda: spill.wrap(_CountingDataset(rasterio.open(path), windows)), grid,
                                mapping.indexes, prep, batch_size, readers, 1, lambda: False, lambda dataset, exc: exc)
        try:
            assert sum(len(b.tiles) + b.skipped for b in reader) == len(grid)
        finally:
            reader.close()
        block_h, block_w = src.block_shapes[0]
        blocks_y, blocks_x = -(-src.height // block_h), -(-src.width // block_w)

    def asked(reads):
        return sorted((by, bx) for w in reads
                      for by in range(w.row_off // block_h, -(-(w.row_off + w.height) // block_h))
                      for bx in range(w.col_off // block_w, -(-(w.col_off + w.width) // block_w)))

    every = [(by, bx) for by in range(blocks_y) for bx in range(blocks_x)]
    if sample == "blocks":
        assert 0 < len(asked(sampled)) == len(set(asked(sampled))) < len(every)  # a sample of whole blocks
    else:
        assert asked(sampled) == every  # every block, decimated
    assert asked(sampled + windows) == (every if spilled else sorted(every + asked(sampled)))


def test_a_claimed_block_column_is_handed_on_before_the_rest_of_the_run_is_read(tmp_path):
    """A run that claims the block column it shares with the next chunk (reader.Edges) reads that column on its own
    and hands it on at once, then reads the rest of its strip: the neighbouring thread waits for one column of
    blocks, not for the whole run to be decoded."""
    from planet_qgis_plugin.core.pipeline.reader import Carries, Edges

    path = _anchored_raster(tmp_path / "nodata.tif", "nodata")
    manifest = load_bundle(default_bundle_path()).manifest
    events: list = []

    class Recorded(Edges):
        def put(self, row, col, read):
            events.append(("put", col))
            super().put(row, col, read)

    with rasterio.open(path) as src:
        mapping, grid, _, _ = plan_run(src, manifest, ClassifyOptions(), [])
        edges = Recorded(grid, src.block_shapes[0][1], src.width)
        source = WindowSource(_CountingDataset(src, events), mapping.indexes, grid.size)
        run = [grid.tile(0, col) for col in range(3)]
        band = edges.band(0, 3)
        assert band is not None
        got = list(source.read_run(run, Carries(grid), {}, edges))
    assert len(got) == 3
    order = [e if isinstance(e, tuple) else ("read", (int(e.col_off), int(e.col_off + e.width))) for e in events]
    put = order.index(("put", 3))
    assert order[put - 1] == ("read", band)  # the column alone, just before it is handed on
    assert ("read", band) not in order[put + 1:] and order[put + 1:]  # the rest of the run read after it
