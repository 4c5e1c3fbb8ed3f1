"""Scene statistics of 8- and 16-bit rasters are counted (preprocess.counted_percentiles): exactly the numbers
np.percentile gives, on noise, ties, extremes, a handful of pixels and masked pixels."""
import numpy as np
import pytest

from planet_qgis_plugin.core.pipeline.preprocess import band_percentiles, counted_percentiles, guarded_range

PERCENTS = [(2, 98), (0, 100), (0.5, 99.5), (25, 75), (50, 50), (1, 99.99)]


def samples(dtype: str):
    info = np.iinfo(dtype)
    rng = np.random.default_rng(7)
    yield rng.integers(info.min, int(info.max) + 1, 100_000).astype(dtype)  # the whole range
    yield rng.integers(100, 4000, 1_000_003).astype(dtype) if info.max > 4000 else rng.integers(0, 100, 99_999).astype(dtype)
    yield np.repeat(np.array([info.min, 3, info.max], dtype), [5, 1, 7])  # ties and both extremes
    for n in (1, 2, 3):
        yield rng.integers(info.min, int(info.max) + 1, n).astype(dtype)
    yield np.full(17, info.max, dtype)


@pytest.mark.parametrize("dtype", ["uint8", "int8", "uint16", "int16"])
@pytest.mark.parametrize("percents", PERCENTS, ids=str)
def test_counted_percentiles_are_numpys(dtype, percents):
    for values in samples(dtype):
        assert np.array_equal(counted_percentiles(values, percents), np.percentile(values, percents))


def test_band_percentiles_count_only_valid_pixels():
    rng = np.random.default_rng(3)
    raw = rng.integers(0, 65535, (3, 1, 50_000)).astype(np.uint16)
    valid = rng.random((1, 50_000)) < 0.3
    lo, hi = band_percentiles(raw, 2, 98, valid)
    want = np.percentile(raw.reshape(3, -1)[:, valid.reshape(-1)], [2, 98], axis=1)
    assert np.array_equal(np.stack([lo, hi]), np.stack(guarded_range(*want)))
