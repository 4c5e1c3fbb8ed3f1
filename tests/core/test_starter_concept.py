"""The starter mining concept shipped in the bundle: it loads, belongs to the bundle's backbone, and the
held-out numbers its provenance records are what scripts/build_starter_concepts.py measures again."""

import numpy as np
import pytest

from planet_qgis_plugin.core.model.bundle import default_bundle_path, load_bundle
from planet_qgis_plugin.core.model.concepts import concept_probability
from scripts import build_starter_concepts as starter
from scripts import example_tiles as ex
from scripts.ranking import auc


@pytest.fixture(scope="module")
def shipped():
    return load_bundle(default_bundle_path())


@pytest.fixture(scope="module")
def concept(shipped):
    found = [c for c in shipped.manifest.concepts if c.name == starter.NAME]
    assert found, f"the shipped bundle carries no concept {starter.NAME!r}"
    return found[0]


def test_starter_concept_belongs_to_the_shipped_backbone(shipped, concept):
    from planet_qgis_plugin.core.model.networks import backbone_id, load_torch_model

    spec = shipped.manifest.embedding
    concept.validate(embedding_size=spec.size, backbone_id=spec.backbone_id)
    assert concept.group == starter.GROUP
    assert backbone_id(load_torch_model(shipped.manifest, shipped.file("weights"))) == concept.backbone_id
    held_out = concept.provenance["held_out"]
    assert 0.0 < concept.threshold < 1.0 and concept.threshold > held_out["highest_negative"]
    assert concept.provenance["positive_tiles"] and "not_covered" in concept.provenance


@pytest.mark.slow
@pytest.mark.needs_shared
def test_recorded_held_out_numbers_are_reproduced(shipped, concept):
    missing = ex.shared_data_missing()
    if missing:
        pytest.skip(missing)
    data = starter.collect(ex.Embedder(shipped))
    assert [data.ids[i] for i in np.flatnonzero(data.labels == 1)] == concept.provenance["positive_tiles"]
    scores = starter.held_out_scores(data, shipped.manifest.embedding.backbone_id)
    held_out = concept.provenance["held_out"]
    stale = "the recorded numbers are stale (teach or the labels changed): run python -m scripts.build_starter_concepts"
    assert auc(scores, data.labels) == pytest.approx(held_out["auc"], abs=1e-3), stale
    assert starter.shipped_threshold(data, scores, concept) == pytest.approx(concept.threshold, abs=1e-3), stale
    # no negative reaches the shipped threshold, held out or as taught; held-out mines outrank most non-mines
    assert (scores[data.labels == 0] < concept.threshold).all()
    assert (concept_probability(data.embeddings[data.labels == 0], concept) < concept.threshold).all()
    assert auc(scores, data.labels) > 0.5
    # applied as classify applies it, the shipped concept scores each taught mine tile above every
    # non-mine tile of the full-resolution strip
    strip = data.labels == 0
    strip &= np.array([g == "culltivation2.jpg" for g in data.groups])
    mines = data.labels == 1
    p = concept_probability(data.embeddings, concept)
    assert p[mines].min() > p[strip].max()
