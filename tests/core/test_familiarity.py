"""Scene familiarity: the shipped reference of training-chip embeddings and the share of unfamiliar tiles."""
import shutil

import numpy as np
import pytest
from osgeo import ogr

from planet_qgis_plugin.core.layer.embeddings import EMBEDDING_FIELD, decode_blobs
from planet_qgis_plugin.core.model.bundle import BundleError, default_bundle_path, load_bundle
from planet_qgis_plugin.core.pipeline import familiarity
from planet_qgis_plugin.core.pipeline.classify import ClassifyOptions, classify
from planet_qgis_plugin.core.pipeline.familiarity import (
    WARN_SHARE,
    counter_for,
    familiar_distance,
    load_reference,
    nearest_distance,
    reference_distance,
)

from ..conftest import BORNEO, CAPE_TOWN_SR


@pytest.fixture(scope="module")
def shipped():
    return load_bundle(default_bundle_path())


def test_nearest_and_leave_one_out_distances():
    reference = np.array([[1, 0, 0], [0.9, 0.1, 0], [0, 1, 0], [0, 0.9, 0.1]], np.float32)
    d = nearest_distance(np.vstack([reference, [[0, 0, 1]]]), reference)
    assert np.allclose(d[:4], 0, atol=1e-6) and d[4] == pytest.approx(1 - 0.1 / np.linalg.norm([0, 0.9, 0.1]))
    # leave one out: each row's nearest *other* row is its twin
    twin = 1 - 0.9 / np.linalg.norm([0.9, 0.1, 0])
    assert familiar_distance(reference, 100) == pytest.approx(twin, rel=1e-5)


@pytest.mark.parametrize("small_product", [1 << 28, 0])   # einsum's own loop, then BLAS
def test_nearest_distance_is_the_same_through_either_product(monkeypatch, small_product):
    rng = np.random.default_rng(3)
    tiles, reference = rng.standard_normal((256, 1280)), rng.standard_normal((64, 1280))
    exact = 1 - ((tiles / np.linalg.norm(tiles, axis=1, keepdims=True))
                 @ (reference / np.linalg.norm(reference, axis=1, keepdims=True)).T).max(axis=1)  # float64
    monkeypatch.setattr(familiarity, "SMALL_PRODUCT", small_product)
    assert np.abs(nearest_distance(tiles.astype(np.float32), reference.astype(np.float32)) - exact).max() < 1e-6


def test_shipped_bundle_carries_its_training_chips(shipped):
    reference = load_reference(shipped)
    familiarity = shipped.manifest.metrics["familiarity"]
    assert reference.shape == (shipped.manifest.training["chips"], shipped.manifest.embedding.size)
    assert reference_distance(shipped) == pytest.approx(familiar_distance(reference, familiarity["percentile"]),
                                                        abs=1e-4)


@pytest.mark.parametrize("scene", [BORNEO, CAPE_TOWN_SR])
def test_unfamiliar_share_is_the_share_of_tiles_far_from_every_training_chip(shipped, tmp_path, scene):
    out = tmp_path / "t.gpkg"
    result = classify(scene, out, shipped, ClassifyOptions(backend="onnx"))
    ds = ogr.Open(str(out))
    blobs = [f.GetFieldAsBinary(EMBEDDING_FIELD) for f in ds.GetLayer(0)]
    ds = None
    stored = decode_blobs(blobs, shipped.manifest.embedding.size, shipped.manifest.embedding.dtype)
    far = nearest_distance(stored, load_reference(shipped)) > reference_distance(shipped)
    assert result.unfamiliar_share == pytest.approx(far.mean(), abs=1.5 / len(far))  # float16 storage: one tile
    warned = [m for m in result.messages if "looks unlike the training data" in m]
    assert bool(warned) == (result.unfamiliar_share > WARN_SHARE)
    assert result.caution == (warned[0] if warned else None)      # the same caution, for the dialog's own note


def test_a_bundle_without_reference_reports_no_share(untrained_bundle, tmp_path):
    assert counter_for(untrained_bundle) is None
    assert classify(BORNEO, tmp_path / "t.gpkg", untrained_bundle).unfamiliar_share is None


@pytest.mark.parametrize("content", ["object", "shape"])
def test_a_bad_reference_file_is_refused_in_one_line(shipped, tmp_path, content):
    folder = tmp_path / "b"
    shutil.copytree(shipped.path, folder)
    path = folder / shipped.manifest.files["reference"]
    if content == "object":  # a pickle must never be loaded
        np.save(path, np.array([{"x": 1}], dtype=object), allow_pickle=True)
    else:
        np.save(path, np.zeros((3, 7), np.float16))
    with pytest.raises(BundleError) as err:
        load_reference(load_bundle(folder))
    assert "\n" not in str(err.value) and "reference.npy" in str(err.value)
