"""The network is started in a background thread while the raster is read (predict.start_predictor): a model
that cannot be loaded is still refused in one line with nothing written, and a raster that cannot be read
is still reported first, as when the network was started after the raster's statistics."""
from __future__ import annotations

import shutil

import numpy as np
import pytest
import rasterio
from affine import Affine

from planet_qgis_plugin.core.errors import RasterError
from planet_qgis_plugin.core.model.bundle import BundleError, default_bundle_path, load_bundle
from planet_qgis_plugin.core.pipeline.classify import ClassifyOptions, classify

from ..conftest import CAPE_TOWN_SR


@pytest.fixture
def damaged_bundle(tmp_path):
    folder = tmp_path / "bundle"
    shutil.copytree(default_bundle_path(), folder)
    data = (folder / "model.onnx").read_bytes()
    (folder / "model.onnx").write_bytes(data[: len(data) // 3])
    return load_bundle(folder)


def test_model_that_cannot_be_loaded_is_one_line_and_nothing_written(damaged_bundle, tmp_path):
    (tmp_path / "out").mkdir()
    with pytest.raises(BundleError, match="ONNX model cannot be loaded") as error:
        classify(CAPE_TOWN_SR, tmp_path / "out" / "tiles.gpkg", damaged_bundle, ClassifyOptions(backend="onnx"))
    assert "\n" not in str(error.value)
    assert not any((tmp_path / "out").iterdir())


def test_unreadable_raster_is_reported_before_the_model(damaged_bundle, tmp_path):
    full = tmp_path / "full.tif"
    with rasterio.open(full, "w", driver="GTiff", width=600, height=600, count=4, dtype="uint16", tiled=True,
                       compress="deflate", crs="EPSG:32649", transform=Affine(3, 0, 7e5, 0, -3, 1e5)) as dst:
        dst.write(np.random.default_rng(0).integers(1, 4000, (4, 600, 600)).astype("uint16"))
    cut = tmp_path / "cut.tif"
    cut.write_bytes(full.read_bytes()[: full.stat().st_size // 2])
    with pytest.raises(RasterError, match="is damaged or truncated"):
        classify(cut, tmp_path / "tiles.gpkg", damaged_bundle, ClassifyOptions(backend="onnx"))
    assert not list(tmp_path.glob("*.gpkg")) and not list(tmp_path.glob(".*"))


def test_cuda_probe_starts_no_process(monkeypatch):
    """On device auto a run asks whether an NVIDIA driver is there (predict._cuda_driver): off Windows that is the
    driver's /proc entry alone; ctypes' find_library ran ldconfig, gcc and ld inside every run to look for nvcuda,
    the driver's Windows name (docs/speed.md, the fixed-cost round)."""
    import subprocess
    import sys

    from planet_qgis_plugin.core.model import predict

    if sys.platform == "win32":
        pytest.skip("Windows looks for nvcuda.dll along PATH, without a process")

    def refused(*args, **kwargs):
        raise AssertionError(f"a process was started: {args[0]!r}")

    monkeypatch.setattr(subprocess, "Popen", refused)
    assert predict._cuda_driver() == __import__("os").path.exists("/proc/driver/nvidia/version")
