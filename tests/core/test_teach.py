"""Few-shot scoring (core/teach/fit.py) on embeddings with a planted concept."""
import numpy as np
import pytest

from planet_qgis_plugin.core.model.concepts import ConceptError, concept_probability, features
from planet_qgis_plugin.core.teach.fit import default_transform, flags_at, teach
from planet_qgis_plugin.core.teach.review import EXPLORE_EVERY
from scripts.ranking import auc

from .teach_data import BACKBONE, planted

TRANSFORM = default_transform("none")  # the transform teach gives a concept of tiles alone


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


def test_one_positive_ranks_by_similarity_and_flags_by_the_calibrated_threshold():
    embeddings, truth, _ = planted(n=400, n_concept=20)
    positive = np.flatnonzero(truth)[:1]
    result = teach(embeddings, positive, name="pits", backbone_id=BACKBONE)
    assert result.method == "similarity" and result.background == 0
    assert unmarked_auc(result, truth, positive) > 0.75  # one noisy example: well above chance
    assert result.probabilities.argmax() == positive[0]
    assert 0.0 < result.concept.threshold <= 1.0
    others = np.delete(np.arange(400), positive)
    np.testing.assert_array_equal(result.flags[others], result.probabilities[others] >= result.concept.threshold)
    assert result.flags[positive[0]]  # a marked tile's flag is its label
    assert result.flags.sum() < 200  # never half the scene on one mark


def test_the_concept_reproduces_the_scores_classify_will_compute():
    embeddings, truth, _ = planted()
    for positives in (np.flatnonzero(truth)[:1], np.flatnonzero(truth)[:3]):
        result = teach(embeddings, positives, [0, 1], name="pits", backbone_id=BACKBONE, group="mining")
        applied = concept_probability(embeddings, result.concept)
        np.testing.assert_allclose(applied, teach(embeddings, positives, [0, 1], name="pits", backbone_id=BACKBONE,
                                                  group="mining", answered_votes=False).probabilities, atol=1e-6)
        # on the taught scene the two Nos vote down the tiles most like them, and only those
        voted = np.flatnonzero(~np.isclose(applied, result.probabilities, rtol=0, atol=1e-6))
        assert 0 < len(voted) <= 2 * 5 and (result.probabilities[voted] < applied[voted]).all()
        assert result.concept.group == "mining" and result.concept.backbone_id == BACKBONE
        assert result.concept.transform == TRANSFORM
        assert result.concept.provenance["positives"] == len(positives)
        assert result.concept.provenance["negatives"] == 2


def test_a_confirmed_no_unflags_its_look_alikes_on_the_taught_scene_only():
    """Six near copies of one look the network scores like the concept (the mean of its unmarked true tiles), one of them
    answered No: on the taught scene the copies lose their flags, the concept (what classify applies
    elsewhere) keeps their p, and the true tiles keep theirs."""
    embeddings, truth, _ = planted(n=400, n_concept=20)
    decoys = np.flatnonzero(~truth)[:6]
    look = embeddings[truth][5:].mean(axis=0)
    noise = 0.1 * np.random.default_rng(3).normal(size=(len(decoys), embeddings.shape[1]))
    embeddings[decoys] = np.abs(look + noise).astype(np.float32)
    positives, copies = np.flatnonzero(truth)[:5], decoys[1:]
    plain = teach(embeddings, positives, decoys[:1], name="pits", backbone_id=BACKBONE, answered_votes=False)
    assert plain.flags[copies].all()  # the concept alone flags the copies of the No
    result = teach(embeddings, positives, decoys[:1], name="pits", backbone_id=BACKBONE)
    assert not result.flags[copies].any()
    assert (result.probabilities[copies] < plain.probabilities[copies]).all()
    np.testing.assert_allclose(concept_probability(embeddings, result.concept), plain.probabilities, atol=1e-6)
    np.testing.assert_array_equal(result.flags[truth], plain.flags[truth])
    others = np.setdiff1d(np.arange(400), np.concatenate([positives, decoys[:1]]))
    np.testing.assert_array_equal(result.flags[others], result.probabilities[others] >= result.concept.threshold)


def test_the_flag_is_p_at_or_above_the_threshold_also_where_the_marks_do_not_generalise():
    """Two marks that, each held out, score below the scene's median tile: the calibration's curve is flat and every
    tile has one p. teach flagged the top unlabelled tile by its raw score all the same, at a threshold every tile
    reached (the panel's slider reset to it flagged all 144)."""
    embeddings, truth, _ = planted(seed=42)
    positives = np.flatnonzero(truth)[:2]
    result = teach(embeddings, positives, name="pits", backbone_id=BACKBONE)
    np.testing.assert_array_equal(flags_at(result.probabilities, result.concept.threshold, positives), result.flags)


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


def test_review_offers_the_likeliest_unlabelled_tiles_by_default():
    embeddings, truth, _ = planted(n=300, n_concept=20)
    positives, negatives = np.flatnonzero(truth)[:3], np.flatnonzero(~truth)[:2]
    result = teach(embeddings, positives, negatives, name="pits", backbone_id=BACKBONE, n_review=10,
                   vote_k=0, rank_with_bank=True)  # ranked by the flag's p; the review's own fit and the
    # labelled tiles' votes: test_teach_review.py
    assert EXPLORE_EVERY == 0  # search only: every review place goes to the likeliest tile left
    left = np.setdiff1d(np.arange(300), np.r_[positives, negatives])
    p = result.probabilities
    assert result.review == [int(r) for r in left[np.argsort(-p[left], kind="stable")][:10]]


def test_review_can_offer_an_uncertain_tile_every_fifth():
    embeddings, truth, _ = planted(n=300, n_concept=20)
    positives, negatives = np.flatnonzero(truth)[:3], np.flatnonzero(~truth)[:2]
    skipped = [int(np.argsort(-teach(embeddings, positives, negatives, name="pits",
                                     backbone_id=BACKBONE).probabilities)[3])]
    result = teach(embeddings, positives, negatives, name="pits", backbone_id=BACKBONE, n_review=10,
                   skipped=skipped, explore_every=5, vote_k=0, rank_with_bank=True)
    labelled = set(positives.tolist() + negatives.tolist())
    review, p, t = result.review, result.probabilities, result.concept.threshold
    assert len(review) == len(set(review)) == 10 and not set(review) & (labelled | set(skipped))
    left = np.array(sorted(set(range(300)) - labelled - set(skipped)))
    likely = left[np.argsort(-p[left], kind="stable")]
    explore = [i for i in range(10) if (i + 1) % 5 == 0]
    searched = [r for i, r in enumerate(review) if i not in explore]
    assert searched == [r for r in likely if r not in [review[i] for i in explore]][:len(searched)]
    for i in explore:  # the most uncertain tile not listed before it
        before = set(review[:i])
        rest = [r for r in left if r not in before]
        assert review[i] == min(rest, key=lambda r: (abs(p[r] - t), r))
    # search finds the planted tiles: most of the first reviews show the concept
    assert truth[searched].mean() >= 0.7


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


def test_a_strip_wholly_of_the_concept_is_taught_against_the_bank():
    """A 3 x 1 strip with every tile marked Yes: refused before the bank ('every tile is marked positive'); with the
    bank's rows (imagery elsewhere) as the negatives the fit is well-posed, and the concept it gives scores the
    concept's tiles elsewhere above the bank's and the tiles without it."""
    embeddings, truth, _ = planted(n=400, n_concept=40)
    strip = np.flatnonzero(truth)[:3]
    bank = features(embeddings[~truth][:60], TRANSFORM)  # imagery without the concept
    result = teach(embeddings[strip], [0, 1, 2], name="pits", backbone_id=BACKBONE, bank=bank)
    assert result.method == "logistic" and result.bank == len(bank) and result.flags.all()
    assert result.found == result.about == 3 and result.review == []
    elsewhere = concept_probability(embeddings, result.concept)
    rest = np.setdiff1d(np.arange(400), np.r_[strip, np.flatnonzero(~truth)[:60]])
    assert auc(elsewhere[rest], truth[rest]) > 0.9
    assert elsewhere[strip].mean() > concept_probability(embeddings[~truth][:60], result.concept).mean()
    # one tile, marked: the similarity query (the marks less the scene's mean tile) has no direction; the fit has
    one = teach(embeddings[strip[:1]], [0], name="pits", backbone_id=BACKBONE, bank=bank)
    assert one.method == "logistic" and one.flags.all()


def test_a_strip_wholly_of_the_concept_takes_an_earlier_scenes_nos_and_without_any_is_refused():
    embeddings, truth, _ = planted(n=400, n_concept=40)
    strip = np.flatnonzero(truth)[:3]
    earlier = (features(embeddings[np.flatnonzero(truth)[3:6]], TRANSFORM),
               features(embeddings[~truth][:20], TRANSFORM))
    result = teach(embeddings[strip], [0, 1, 2], name="pits", backbone_id=BACKBONE, examples=earlier)
    assert result.method == "logistic" and result.flags.all()
    for without in ({}, {"examples": (earlier[0], earlier[1][:0])},
                    {"bank": features(embeddings[strip], TRANSFORM)}):  # the bank's rows all tiles of this strip
        with pytest.raises(ConceptError, match="every tile is marked positive") as info:
            teach(embeddings[strip], [0, 1, 2], name="pits", backbone_id=BACKBONE, **without)
        assert "\n" not in str(info.value)


def test_no_negative_and_none_drawn_says_to_draw_some():
    """`teach --positive 1,2 --no-bank --background 0`: the error told the analyst to leave unmarked tiles for the
    background, which they had; none is drawn with --background 0."""
    embeddings, truth, _ = planted()
    with pytest.raises(ConceptError, match="--background") as info:
        teach(embeddings, np.flatnonzero(truth)[:2], name="pits", backbone_id=BACKBONE, background=0)
    assert "\n" not in str(info.value)


def test_the_only_negatives_being_the_marked_ones_is_enough():
    """`teach --positive 1,2 --negative 3 --no-bank --background 0`: the out-of-fold refit that held tile 3 out
    had no negative left and failed the run, "no negative tiles: mark some", with one marked."""
    embeddings, truth, _ = planted()
    pos, neg = np.flatnonzero(truth)[:2], np.flatnonzero(~truth)[:1]
    result = teach(embeddings, pos, neg, name="pits", backbone_id=BACKBONE, background=0)
    assert result.method == "logistic" and result.flags[pos].all() and not result.flags[neg].any()


@pytest.mark.parametrize("name", ["water", "mining", "flagged", "Pits", "p-x", "1pits", "a" * 41, ""])
def test_unsafe_or_clashing_names_are_refused(name):
    embeddings, truth, _ = planted()
    with pytest.raises(ConceptError):
        teach(embeddings, np.flatnonzero(truth)[:2], name=name, backbone_id=BACKBONE)
