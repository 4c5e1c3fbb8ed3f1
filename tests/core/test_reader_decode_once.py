"""A raster small enough (decoded.DECODE_ONCE_BYTES) is decoded once per run: the statistics and every chip are
the same as when the statistics pass and the readers each decode it (rasters with nodata, masks, alpha, NaN,
odd sizes, strips), the tile layer is the same, and the file is read once instead of twice."""
from __future__ import annotations

import numpy as np
import pytest
import rasterio
from affine import Affine

from planet_qgis_plugin.core.model.bundle import default_bundle_path, load_bundle
from planet_qgis_plugin.core.model.predict import Prediction
from planet_qgis_plugin.core.pipeline import decoded
from planet_qgis_plugin.core.pipeline.classify import ClassifyOptions, classify, plan_run
from planet_qgis_plugin.core.pipeline.reader import ParallelReader, bounded_block_cache

from ..conftest import BORNEO, CAPE_TOWN_SR, RAPIDEYE


def write(path, width, height, dtype="uint16", count=4, nodata=None, mask=False, alpha=False, tiled=True,
          nan=False, seed=0):
    """A GeoTIFF of noisy pixels with a corner of invalid pixels (nodata, an internal mask, alpha or NaN)."""
    rng = np.random.default_rng(seed)
    low, high = (-2000, 3000) if dtype == "int16" else (1, 4000)
    data = rng.integers(low, high, (count, height, width)).astype(dtype)
    corner = np.zeros((height, width), bool)
    corner[: height // 3, : width // 4] = True
    if nodata is not None:
        data[:, corner] = nodata
    if nan:
        data[1, corner] = np.nan
    profile = dict(driver="GTiff", width=width, height=height, count=count + alpha, dtype=dtype, compress="lzw",
                   crs="EPSG:32633", transform=Affine(3, 0, 500001, 0, -3, 4000002), nodata=nodata)
    if tiled:
        profile.update(tiled=True, blockxsize=256, blockysize=256)
    else:
        profile.update(blockysize=8)
    if alpha:
        profile.update(alpha="YES", photometric="RGB" if count == 3 else "MINISBLACK")
    with rasterio.Env(GDAL_TIFF_INTERNAL_MASK=True), rasterio.open(path, "w", **profile) as dst:
        dst.write(data, indexes=list(range(1, count + 1)))
        if alpha:
            dst.write(np.where(corner, 0, 65535).astype(dtype), count + 1)
        if mask:
            dst.write_mask(np.where(corner, 0, 255).astype(np.uint8))
    return path


RASTERS = {  # name -> (width, height, options): the statistics are read at 1/2 or 1/3, in strips or whole
    "nodata, strips": (1536, 1280, dict(nodata=0)),
    "nodata, odd sizes, whole": (1537, 1101, dict(nodata=0)),
    "int16 negative nodata, 1/3": (2200, 2049, dict(dtype="int16", count=3, nodata=-9999)),
    "internal mask": (1300, 1030, dict(count=3, mask=True)),
    "alpha": (1100, 1200, dict(count=3, alpha=True)),
    "float NaN, no nodata": (1200, 1100, dict(dtype="float32", nan=True)),
    "no mask, striped file": (1100, 1100, dict(tiled=False)),
}


@pytest.fixture(scope="module", params=list(RASTERS), ids=list(RASTERS))
def raster(request, tmp_path_factory):
    width, height, options = RASTERS[request.param]
    return write(tmp_path_factory.mktemp("decode_once") / "r.tif", width, height, **options)


def batches(path, kept: list | None, stride=None):
    """The run's scaler and every batch the readers give: from the pixels the statistics pass kept (``kept``
    a list), or each reader through its own handle on the file (None)."""
    manifest = load_bundle(default_bundle_path()).manifest
    with rasterio.open(path) as src, bounded_block_cache(32 * 1024 * 1024):
        mapping, grid, scaler, prep = plan_run(src, manifest, ClassifyOptions(stride=stride, readers=2), [], kept)
        opener = kept[0].handle if kept else (lambda: rasterio.open(path))
        reader = ParallelReader(opener, grid, mapping.indexes, prep, 16, 2, 1, lambda: False, lambda ds, exc: exc)
        try:
            return scaler, list(reader)
        finally:
            reader.close()


def assert_same(a, b):
    (scaler_a, batches_a), (scaler_b, batches_b) = a, b
    assert np.array_equal(scaler_a.lo, scaler_b.lo) and np.array_equal(scaler_a.hi, scaler_b.hi)
    assert [[(t.row, t.col) for t in x.tiles] for x in batches_a] == [[(t.row, t.col) for t in x.tiles] for x in batches_b]
    assert [x.skipped for x in batches_a] == [x.skipped for x in batches_b]
    for x, y in zip(batches_a, batches_b):
        assert x.coverage == y.coverage and np.array_equal(x.chips, y.chips, equal_nan=True)


@pytest.mark.parametrize("stride", [None, 200])
def test_decoded_once_gives_the_same_statistics_and_chips(raster, stride):
    kept: list = []
    once = batches(raster, kept, stride)
    assert kept and kept[0].complete  # the raster was decoded once, and the readers read from it
    assert_same(once, batches(raster, None, stride))


@pytest.mark.parametrize("scene", [BORNEO, CAPE_TOWN_SR, RAPIDEYE], ids=lambda p: p.name[:12])
def test_sample_scenes_decoded_once_are_the_same(scene):
    kept: list = []
    once = batches(scene, kept, 128)
    assert kept
    assert_same(once, batches(scene, None, 128))


def test_raster_over_the_budget_is_decoded_by_the_readers(raster, monkeypatch):
    monkeypatch.setattr(decoded, "DECODE_ONCE_BYTES", 1024)
    kept: list = []
    batches(raster, kept)
    assert not kept


class Echo:
    """A stand-in network whose outputs follow the chips (per-band means and spreads of each chip, through a
    fixed projection), so that any change of a chip's pixels changes its probabilities and embedding."""

    backend, device = "echo", "cpu"

    def __init__(self, manifest):
        rng = np.random.default_rng(0)
        self.labels = rng.normal(size=(2 * len(manifest.bands), len(manifest.labels)))
        self.embed = rng.normal(size=(2 * len(manifest.bands), manifest.embedding.size))

    def predict(self, batch: np.ndarray) -> Prediction:
        features = np.concatenate([batch.mean(axis=(2, 3)), batch.std(axis=(2, 3))], axis=1)
        return Prediction(1 / (1 + np.exp(-(features @ self.labels))).astype(np.float32),
                          (features @ self.embed).astype(np.float32))


def rows(path):
    """(row, col) -> coverage, probabilities and embedding of every tile in a tile layer."""
    import sqlite3

    with sqlite3.connect(path) as db:
        names = [r[1] for r in db.execute("PRAGMA table_info(tiles)")]
        probs = [n for n in names if n.startswith("p_")]
        got = db.execute(f"SELECT row, col, coverage, {', '.join(probs)}, embedding FROM tiles").fetchall()
    return {(r[0], r[1]): (r[2], np.array(r[3:-1], float), r[-1]) for r in got}


def read_bytes() -> int:
    with open("/proc/self/io") as f:
        return next(int(line.split()[1]) for line in f if line.startswith("rchar"))


def test_tile_layer_is_the_same_and_the_file_read_once(tmp_path, monkeypatch):
    from planet_qgis_plugin.core.layer.embeddings import decode_blobs

    path = write(tmp_path / "scene.tif", 2048, 2048, nodata=0)
    bundle = load_bundle(default_bundle_path())
    runs = {}
    for name, budget in (("once", decoded.DECODE_ONCE_BYTES), ("twice", 0)):
        monkeypatch.setattr(decoded, "DECODE_ONCE_BYTES", budget)
        before = read_bytes()
        classify(path, tmp_path / f"{name}.gpkg", bundle, ClassifyOptions(readers=2),
                 predictor=Echo(bundle.manifest))
        runs[name] = (read_bytes() - before) / path.stat().st_size
    spec = bundle.manifest.embedding
    unpack = lambda blob: decode_blobs([blob], spec.size, spec.dtype)  # noqa: E731
    once, twice = rows(tmp_path / "once.gpkg"), rows(tmp_path / "twice.gpkg")
    assert once.keys() == twice.keys() and 0 < len(once) < 81  # the nodata corner's tiles are skipped
    for key, (coverage, probs, blob) in once.items():
        assert coverage == twice[key][0]
        assert np.abs(probs - twice[key][1]).max() <= 1e-4
        assert np.abs(unpack(blob) - unpack(twice[key][2])).max() <= 1e-4
    assert runs["once"] < 1.2 < 1.8 < runs["twice"]  # each block decoded once, against twice


def _gdal_validity(monkeypatch):
    """Scene statistics with every validity from GDAL's mask and every decimated sample read by GDAL (the
    rule before validity was taken from the pixels and the sample from the kept pixels)."""
    from planet_qgis_plugin.core.pipeline import preprocess

    monkeypatch.setattr(preprocess, "pixel_validity", lambda dataset: (False, None))


def assert_sample_is_gdals(raster, monkeypatch, decode_once):
    from planet_qgis_plugin.core.pipeline.decoded import DecodedRaster
    from planet_qgis_plugin.core.pipeline.preprocess import stats_sample

    def sample(decode_once):
        with rasterio.open(raster) as src:
            indexes = list(range(1, min(src.count, 4) + 1))[::-1]
            keep = DecodedRaster.offer(src, indexes) if decode_once else None
            assert (keep is not None) == decode_once
            return stats_sample(src, indexes, lambda: rasterio.open(raster), 2, keep)

    raw, valid = sample(decode_once)
    _gdal_validity(monkeypatch)
    gdal_raw, gdal_valid = sample(False)  # read by GDAL, as GDAL masks it
    assert valid.any() and np.array_equal(raw, gdal_raw, equal_nan=True) and np.array_equal(valid, gdal_valid)


@pytest.mark.parametrize("decode_once", [True, False], ids=["decoded once", "read"])
def test_statistics_sample_is_gdals(raster, monkeypatch, decode_once):
    """The statistics sample, pixels and validity, is the one GDAL's decimated reads and masks give, whether
    it is taken from the kept pixels or read (a nodata value or no mask: validity from the pixels)."""
    assert_sample_is_gdals(raster, monkeypatch, decode_once)


@pytest.mark.parametrize("decode_once", [True, False], ids=["decoded once", "read"])
@pytest.mark.parametrize("scene", [BORNEO, CAPE_TOWN_SR, RAPIDEYE], ids=lambda p: p.name[:12])
def test_sample_scenes_statistics_sample_is_gdals(scene, monkeypatch, decode_once):
    assert_sample_is_gdals(scene, monkeypatch, decode_once)
