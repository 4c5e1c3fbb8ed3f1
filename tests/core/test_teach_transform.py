"""A concept's transform (core/model/concepts.TRANSFORMS): the fourth root beside the square root, each concept
scored, saved and taught on in the transform it was taught with, and the background bank read in either."""
import numpy as np
import pytest

from planet_qgis_plugin.core.model.bundle import Bundle, Manifest, default_bundle_path, load_bundle
from planet_qgis_plugin.core.model.concepts import Concept, ConceptError, concept_probability, converted, features
from planet_qgis_plugin.core.teach.bank import load_bank
from planet_qgis_plugin.core.teach.concept_file import read_concept_file
from planet_qgis_plugin.core.teach.fit import default_transform, teach
from planet_qgis_plugin.core.teach.session import TeachOptions, TeachSession

from .teach_data import BACKBONE, planted, write_tile_gpkg

OTHER = "sqrt_l2" if default_transform("none") != "sqrt_l2" else "root4_l2"  # not teach's default for tiles alone


def _signed_root(e, power):
    return np.sign(e) * np.abs(e) ** power


def _unit(x):
    return x / np.linalg.norm(x, axis=1, keepdims=True)


def test_the_fourth_root_is_a_transform_and_the_square_root_is_as_it_was():
    e = np.random.default_rng(0).normal(size=(20, 64)).astype(np.float32)
    np.testing.assert_allclose(features(e, "root4_l2"), _unit(_signed_root(e.astype(np.float64), 0.25)), atol=1e-6)
    # sqrt_l2 exactly as written before the fourth root joined (concepts of every older file score the same)
    old = np.sqrt(np.abs(e))
    old[e < 0] *= -1.0
    np.testing.assert_array_equal(features(e, "sqrt_l2"), old / np.maximum(np.linalg.norm(old, axis=1, keepdims=True),
                                                                         1e-12))
    np.testing.assert_array_equal(features(e, "l2"), e / np.linalg.norm(e, axis=1, keepdims=True))
    with pytest.raises(ConceptError, match="root4_l2"):
        features(e, "cube")


def test_rows_of_one_transform_convert_to_another():
    e = np.abs(np.random.default_rng(1).normal(size=(30, 64))).astype(np.float32)
    e[:, :5] *= -1
    held = features(e, "sqrt_l2").astype(np.float16).astype(np.float32)  # as the bank keeps them
    np.testing.assert_allclose(converted(held, "sqrt_l2", "root4_l2"), features(e, "root4_l2"), atol=2e-3)
    np.testing.assert_allclose(converted(held, "sqrt_l2", "l2"), features(e, "l2"), atol=2e-3)
    assert converted(held, "sqrt_l2", "sqrt_l2") is held


@pytest.mark.parametrize("transform", ["sqrt_l2", "root4_l2"])
def test_a_concept_records_the_transform_it_was_taught_with_and_scores_with_it(transform):
    embeddings, truth, _ = planted()
    positives = np.flatnonzero(truth)[:3]
    result = teach(embeddings, positives, [0, 1], name="pits", backbone_id=BACKBONE, transform=transform,
                   answered_votes=False)
    assert result.concept.transform == transform
    result.concept.validate(embedding_size=embeddings.shape[1])
    np.testing.assert_allclose(concept_probability(embeddings, result.concept), result.probabilities, atol=1e-6)
    as_other = Concept(**{**result.concept.__dict__, "transform": "l2"})
    assert not np.allclose(concept_probability(embeddings, as_other), result.probabilities, atol=1e-3)


def _planted_bundle():
    """The shipped bundle's manifest (its bank included) with the planted backbone."""
    shipped = load_bundle(default_bundle_path())
    data = shipped.manifest.to_dict()
    data["embedding"] = {**data["embedding"], "size": 64, "backbone_id": BACKBONE}
    data["concepts"] = []
    data["files"] = {k: v for k, v in data["files"].items() if k in ("weights", "onnx")}
    return Bundle(shipped.path, Manifest.from_dict(data, "planted"))


def test_a_concept_file_of_another_transform_is_taught_on_in_its_own(tmp_path):
    """A concept file written in a transform other than teach's default (as every sqrt_l2 file is once the default
    changes) scores as before and, taught on, stays in its transform: its examples are rows of that transform."""
    embeddings, truth, _ = planted()
    gpkg = write_tile_gpkg(tmp_path / "tiles.gpkg", embeddings)
    bundle = _planted_bundle()
    first = TeachSession(gpkg, bundle, TeachOptions(name="pits", transform=OTHER))
    first.mark([str(int(f) + 1) for f in np.flatnonzero(truth)[:3]])
    state = first.refit()
    saved = read_concept_file(first.save_concept(tmp_path / "pits.concept.json"))
    stored = first.tiles.embeddings  # as the layer keeps them
    assert saved.concept.transform == OTHER
    np.testing.assert_allclose(saved.positives, features(stored[np.flatnonzero(truth)[:3]], OTHER), atol=2e-3)
    np.testing.assert_allclose(concept_probability(stored, saved.concept), state.result.probabilities, atol=1e-5)
    on = TeachSession(gpkg, bundle, TeachOptions(name="pits"))
    on.continue_from(saved)
    on.mark([str(int(f) + 1) for f in np.flatnonzero(truth)[3:5]])
    assert on.refit().result.concept.transform == OTHER
    assert on.concept_file().concept.transform == OTHER
    assert TeachSession(gpkg, bundle, TeachOptions(name="pits")).transform == default_transform("none")


def test_the_bank_reads_in_the_concept_s_transform_and_unchanged_in_its_own():
    bundle = load_bundle(default_bundle_path())
    if bundle.file("background") is None:
        pytest.skip("the shipped bundle carries no background bank")
    from planet_qgis_plugin.core.model.bundle import read_array
    from planet_qgis_plugin.core.teach.bank import held_transform
    held = held_transform(bundle)
    raw = read_array(bundle.file("background"))
    np.testing.assert_array_equal(load_bank(bundle, "none", transform=held), raw[0].astype(np.float32))
    np.testing.assert_array_equal(load_bank(bundle, "neighbours", transform=held), raw[1].astype(np.float32))
    other = next(t for t in ("sqrt_l2", "root4_l2") if t != held)
    alone = load_bank(bundle, "none", transform=other)
    np.testing.assert_allclose(alone, converted(raw[0].astype(np.float32), held, other), atol=1e-6)
    np.testing.assert_allclose(np.linalg.norm(alone, axis=1), 1.0, atol=1e-5)
    # with neighbours the bank's rows cannot be converted (their mean was taken after the transform): no bank
    assert load_bank(bundle, "neighbours", transform=other) is None
