"""The teach panel's "Where?" after a classify run on the same raster in this QGIS session takes the run's scene
statistics (preprocess.remembered_statistics) instead of sampling the raster again: the same numbers, so the
same chips and places; a raster written anew since is sampled anew."""
from __future__ import annotations

import numpy as np
import pytest
from qgis.core import QgsVectorLayer

from tests.plugin.conftest import marked
from tests.plugin.test_teach_where import settle


def analytic(path, seed: int):
    """A 1024 px 4-band uint16 scene in UTM (percentile-stretched: it has scene statistics)."""
    import rasterio
    from rasterio.transform import from_origin

    rng = np.random.default_rng(seed)
    data = rng.integers(200 + 100 * seed, 3000 + 500 * seed, (4, 1024, 1024)).astype("uint16")
    with rasterio.open(path, "w", driver="GTiff", width=1024, height=1024, count=4, dtype="uint16",
                       crs="EPSG:32721", transform=from_origin(651 * 768, 11718 * 768, 3, 3)) as dst:
        dst.write(data)
    return path


@pytest.fixture
def samples(monkeypatch):
    """The rasters whose scene statistics were sampled (preprocess.stats_sample called), in order."""
    from planet_qgis_plugin.core.pipeline import preprocess

    sampled, real = [], preprocess.stats_sample

    def counted(dataset, *args, **kwargs):
        sampled.append(dataset.name)
        return real(dataset, *args, **kwargs)

    monkeypatch.setattr(preprocess, "stats_sample", counted)
    monkeypatch.setattr(preprocess, "_SCALERS", {})  # what earlier tests sampled is not this test's
    return sampled


def test_where_after_classify_takes_the_runs_statistics(plugin, show_layer, use_bundle, bundle_path, tmp_path,
                                                        samples):
    from planet_qgis_plugin.core.model.bundle import load_bundle
    from planet_qgis_plugin.core.pipeline.classify import ClassifyOptions, classify
    from planet_qgis_plugin.core.teach.fields import read_embeddings
    from planet_qgis_plugin.core.teach.locate import Locator

    bundle = load_bundle(bundle_path)
    if bundle.manifest.embedding is None:
        pytest.skip("the bundle has no embedding output")
    raster, gpkg = analytic(tmp_path / "scene.tif", 0), tmp_path / "scene.gpkg"
    classify(raster, gpkg, bundle, ClassifyOptions())   # what the plugin's Classify raster task runs
    assert samples == [str(raster)]
    layer = show_layer(QgsVectorLayer(f"{gpkg}|layername=tiles", "scene", "ogr"))
    panel = plugin.toggle_teach_panel(True)
    try:
        panel.set_layer(layer)
        panel.name_combo.setEditText("noise")
        panel._concept_changed()
        layer.selectByIds([f.id() for f in layer.getFeatures()][:3])
        assert marked(panel, True)
        panel.review_next()
        panel.where_check.setChecked(True)
        settle(panel)
        assert panel.where_check.isChecked() and panel.located(panel.reviewing) is not None
        assert samples == [str(raster)]   # "Where?" did not sample the raster again
        remembered = panel._locators[layer.id()][1]
    finally:
        panel.set_reviewing(False)
        panel.where_check.setChecked(False)
    # the same numbers as sampling afresh (outside remembered_statistics every caller samples its own)
    fresh = Locator(read_embeddings(gpkg), bundle)
    assert samples == [str(raster)] * 2
    for name in ("lo", "hi"):
        assert np.array_equal(getattr(remembered.prep.scaler, name), getattr(fresh.prep.scaler, name))
    assert np.array_equal(remembered.prep.lut, fresh.prep.lut)
    # the raster written anew under the same name: another version, sampled again even where remembered
    from planet_qgis_plugin.core.pipeline.preprocess import remembered_statistics
    analytic(raster, 1)
    with remembered_statistics():
        rewritten = Locator(read_embeddings(gpkg), bundle)
    assert samples == [str(raster)] * 3
    assert not np.array_equal(rewritten.prep.scaler.lo, fresh.prep.scaler.lo)
