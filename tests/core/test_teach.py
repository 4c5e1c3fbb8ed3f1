"""Few-shot scoring (core/teach/fit.py) on embeddings with a planted concept."""
import numpy as np
import pytest

from planet_qgis_plugin.core.model.concepts import ConceptError, concept_probability, features
from planet_qgis_plugin.core.teach.fit import STAND_INS, THRESHOLD, TRANSFORM, teach
from scripts.ranking import auc

from .teach_data import BACKBONE, planted


def unmarked_auc(result, truth, marked):
    keep = np.ones(len(truth), bool)
    keep[marked] = False
    return auc(result.probabilities[keep], truth[keep])


def test_logistic_regression_recovers_a_planted_direction():
    embeddings, truth, direction = planted(n=600, n_concept=30)
    positives = np.flatnonzero(truth)[:4]
    result = teach(embeddings, positives, name="pits", backbone_id=BACKBONE)
    assert result.method == "logistic" and result.background == 200
    assert unmarked_auc(result, truth, positives) > 0.95
    assert truth[result.top].mean() >= 0.8
    # the weights point along the planted direction (as seen in the space the concept scores)
    unit = features(embeddings, TRANSFORM)
    seen = unit[truth].mean(axis=0) - unit[~truth].mean(axis=0)
    w = np.asarray(result.concept.weights)
    assert w @ seen / (np.linalg.norm(w) * np.linalg.norm(seen)) > 0.5


def test_one_positive_ranks_by_similarity_and_is_calibrated_midway():
    embeddings, truth, _ = planted(n=400, n_concept=20)
    positive = np.flatnonzero(truth)[:1]
    result = teach(embeddings, positive, name="pits", backbone_id=BACKBONE)
    assert result.method == "similarity" and result.background == 0
    assert unmarked_auc(result, truth, positive) > 0.75  # one noisy example: well above chance
    # the unmarked tiles most like the positive (its stand-ins) sit at 0.95 on average, the scene's
    # median at 0.05, the flag midway; the positive itself scores highest
    def logit(p):
        return np.log(p / (1 - p))

    others = np.delete(result.probabilities, positive)
    assert logit(np.sort(others)[-STAND_INS:]).mean() == pytest.approx(logit(0.95), abs=1e-3)
    assert np.median(others) == pytest.approx(0.05, abs=1e-3)
    assert result.probabilities.argmax() == positive[0]
    assert result.concept.threshold == THRESHOLD
    np.testing.assert_array_equal(result.flags, result.probabilities >= THRESHOLD)


def test_the_concept_reproduces_the_scores_classify_will_compute():
    embeddings, truth, _ = planted()
    for positives in (np.flatnonzero(truth)[:1], np.flatnonzero(truth)[:3]):
        result = teach(embeddings, positives, [0, 1], name="pits", backbone_id=BACKBONE, group="mining")
        np.testing.assert_allclose(concept_probability(embeddings, result.concept), result.probabilities, atol=1e-6)
        assert result.concept.group == "mining" and result.concept.backbone_id == BACKBONE
        assert result.concept.transform == TRANSFORM
        assert result.concept.provenance["positives"] == len(positives)
        assert result.concept.provenance["negatives"] == 2


def test_negatives_push_the_similarity_query_away():
    embeddings, truth, _ = planted(n=300, n_concept=15)
    positive = np.flatnonzero(truth)[:1]
    unit = features(embeddings, TRANSFORM)
    near_miss = int(np.argsort(-(unit @ unit[positive[0]]))[1])
    alone = teach(embeddings, positive, name="pits", backbone_id=BACKBONE)
    with_negative = teach(embeddings, positive, [near_miss], name="pits", backbone_id=BACKBONE, method="similarity")
    others = np.setdiff1d(np.arange(len(embeddings)), [positive[0], near_miss])
    def rank(r):
        return int((r.probabilities[others] > r.probabilities[near_miss]).sum())

    assert rank(with_negative) > rank(alone)


def test_fitting_is_deterministic_and_the_seed_picks_the_background():
    embeddings, truth, _ = planted(n=500)
    positives = np.flatnonzero(truth)[:3]
    a = teach(embeddings, positives, name="pits", backbone_id=BACKBONE, seed=3)
    b = teach(embeddings, positives, name="pits", backbone_id=BACKBONE, seed=3)
    c = teach(embeddings, positives, name="pits", backbone_id=BACKBONE, seed=4)
    assert a.concept.weights == b.concept.weights and a.concept.bias == b.concept.bias
    assert a.concept.weights != c.concept.weights


def test_review_list_is_unmarked_uncertain_and_diverse():
    base, base_truth, _ = planted(n=200, n_concept=12)
    rng = np.random.default_rng(5)
    embeddings = np.repeat(base, 3, axis=0) + 1e-3 * rng.random((600, base.shape[1])).astype(np.float32)
    truth, group = np.repeat(base_truth, 3), np.repeat(np.arange(200), 3)  # every scene tile three times
    positives, negatives = np.flatnonzero(truth)[[0, 3, 6]], np.flatnonzero(~truth)[[0, 3, 6]]
    marked = set(positives.tolist() + negatives.tolist())
    result = teach(embeddings, positives, negatives, name="pits", backbone_id=BACKBONE, n_review=8)
    review = result.review
    assert len(review) == 8 and not set(review) & marked and not set(result.top) & marked
    assert len(set(group[review])) == 8  # never two copies of the same tile
    # uncertain: the most uncertain unmarked tile first, all from the 50 nearest the threshold
    uncertainty = np.abs(np.log(result.probabilities / (1 - result.probabilities)))
    unmarked = np.array(sorted(set(range(600)) - marked))
    by_uncertainty = unmarked[np.argsort(uncertainty[unmarked], kind="stable")]
    assert review[0] == by_uncertainty[0]
    assert set(review) <= set(by_uncertainty[:50].tolist())


@pytest.mark.parametrize("positives, negatives, message", [
    ([], [], "at least one positive"),
    ([1, 2], [2], "both positive and negative"),
    ([10_000], [], "outside"),
    (list(range(144)), [], "every tile is marked positive"),
])
def test_bad_marks_are_one_line_errors(positives, negatives, message):
    embeddings, _, _ = planted()
    with pytest.raises(ConceptError, match=message) as info:
        teach(embeddings, positives, negatives, name="pits", backbone_id=BACKBONE)
    assert "\n" not in str(info.value)


@pytest.mark.parametrize("name", ["water", "mining", "flagged", "Pits", "p-x", "1pits", "a" * 41, ""])
def test_unsafe_or_clashing_names_are_refused(name):
    embeddings, truth, _ = planted()
    with pytest.raises(ConceptError):
        teach(embeddings, np.flatnonzero(truth)[:2], name=name, backbone_id=BACKBONE)
