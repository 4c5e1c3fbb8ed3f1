"""The parallel reader: the same batches whatever the thread count, the nodata mask computed from the pixels
equal to GDAL's dataset mask, and the lookup-table preprocessing equal to scaling pixel by pixel."""
from pathlib import Path

import numpy as np
import pytest
import rasterio

from planet_qgis_plugin.core.model.bundle import default_bundle_path, load_bundle
from planet_qgis_plugin.core.pipeline.classify import ClassifyOptions, _plan
from planet_qgis_plugin.core.pipeline.preprocess import BatchPreprocessor, normalize
from planet_qgis_plugin.core.pipeline.reader import ParallelReader, WindowSource

SCENES = Path(__file__).resolve().parents[1] / "data" / "scenes"
NODATA_SCENE = SCENES / "20170915_020728_103d_3B_AnalyticMS.tif"  # a quarter of it is nodata (0)


def batches(path, readers, batch_size=3):
    manifest = load_bundle(default_bundle_path()).manifest
    with rasterio.open(path) as src:
        mapping, grid, _, prep = _plan(src, manifest, ClassifyOptions(stride=128), [])
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
        mapping, grid, _, _ = _plan(src, manifest, ClassifyOptions(stride=100), [])
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
        _, _, scaler, prep = _plan(src, manifest, ClassifyOptions(), [])
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

    profile = dict(driver="GTiff", width=16384, height=512, count=4, dtype="uint16", tiled=True, blockxsize=256,
                   blockysize=256, sparse_ok=True, transform=Affine(3, 0, 0, 0, -3, 0))
    with rasterio.open(tmp_path / "tiled.tif", "w", **profile):
        pass
    with rasterio.open(tmp_path / "tiled.tif") as src:
        assert block_cache_bytes(src, 256, 256) == MIN_BLOCK_CACHE_BYTES  # whole blocks: each decoded once
        assert block_cache_bytes(src, 256, 200) == 2 * 64 * 256 * 256 * 4 * 2  # two rows of 64 blocks
