"""The model-build comparison: trivial baseline, cross-fitted thresholds, bootstrap intervals."""
from __future__ import annotations

import numpy as np

from planet_qgis_plugin.core.labels import LABELS
from trainer.compare import (
    PER_CLASS,
    UNIFORM,
    CandidateResult,
    bootstrap_interval,
    comparison_table,
    most_frequent_tagset_probs,
    score,
)


def _targets(n: int = 40, seed: int = 0) -> np.ndarray:
    rng = np.random.default_rng(seed)
    y = np.zeros((n, len(LABELS)), np.uint8)
    y[np.arange(n), rng.integers(0, 4, n)] = 1          # one atmosphere tag each
    y[:, LABELS.index("primary")] = 1
    y[: n // 2, LABELS.index("agriculture")] = 1
    return y


def test_most_frequent_tagset_comes_from_the_training_folds_only():
    y = _targets()
    folds = np.arange(len(y)) % 4
    probs = most_frequent_tagset_probs(y, folds)
    for k in range(4):
        train = y[folds != k]
        sets, counts = np.unique(train, axis=0, return_counts=True)
        assert (probs[folds == k] == sets[counts.argmax()]).all()


def test_cross_fitted_thresholds_come_from_the_other_folds():
    y = _targets()
    folds = np.arange(len(y)) % 4
    probs = np.where(y, 0.9, 0.1).astype(np.float32)
    held = folds == 3
    probs[held] = np.where(y[held], 0.08, 0.01)  # fold 3 would need a threshold below 0.08
    r = score(CandidateResult("r", "", probs, 0.0), y, folds)
    for protocol in (UNIFORM, PER_CLASS):
        # thresholds searched on folds 0-2 (where 0.1 is a negative) are above 0.08: fold 3 gets no tags,
        # though a threshold searched on fold 3 itself would have scored it perfectly
        assert (r.scores[protocol][held] == 0).all()
        assert r.scores[protocol][~held].mean() > 0.5


def test_an_informative_model_beats_the_trivial_one_beyond_the_interval():
    y = _targets()
    folds = np.arange(len(y)) % 4
    rng = np.random.default_rng(1)
    probs = np.clip(y * 0.6 + rng.uniform(0, 0.4, y.shape), 0, 1).astype(np.float32)
    a = score(CandidateResult("a", "", probs, 0.0), y, folds)
    # perfect separation at 0.5: every protocol finds it
    assert a.mean("at 0.5") == a.mean(UNIFORM) == a.mean(PER_CLASS) == 1.0
    # an informative model beats the trivial one, and the paired interval says so
    trivial = score(CandidateResult("t", "", most_frequent_tagset_probs(y, folds), 0.0), y, folds)
    rows = comparison_table([a, trivial], "a")
    lo, hi = rows[1]["a minus this"]["ci95"]
    assert 0 < lo <= hi


def test_bootstrap_interval_brackets_the_mean_and_narrows_with_more_chips():
    rng = np.random.default_rng(0)
    small, large = rng.uniform(size=30), rng.uniform(size=3000)
    lo_s, hi_s = bootstrap_interval(small)
    lo_l, hi_l = bootstrap_interval(large)
    assert lo_s < small.mean() < hi_s and lo_l < large.mean() < hi_l
    assert hi_l - lo_l < (hi_s - lo_s) / 4


def test_a_held_fold_is_decoded_as_the_other_folds_chose():
    """Cross-fitted means that no choice made for fold k saw fold k's labels: its thresholds, and whether its
    atmosphere tags are decoded exclusively. Here only fold 0's labels favour independent atmosphere tags (two
    per chip, both probable): relabelling fold 0 must not change how fold 0 is decoded."""
    n, clear, haze, primary = len(LABELS), LABELS.index("clear"), LABELS.index("haze"), LABELS.index("primary")
    folds = np.repeat([0, 1], 6)
    probs = np.full((12, n), 0.01, np.float32)
    probs[:, [clear, primary]] = 0.9
    probs[:6, haze] = 0.8
    y = np.zeros((12, n), np.uint8)
    y[:, [clear, primary]] = 1
    two_atmospheres = y.copy()
    two_atmospheres[:6, haze] = 1  # fold 0 alone: independent decoding scores it better
    scored = [score(CandidateResult("r", "", probs, 0.0), labels, folds) for labels in (y, two_atmospheres)]
    for protocol in (UNIFORM, PER_CLASS):
        # fold 1 (ties: exclusive) decides: fold 0 gets clear + primary, right in y, missing haze in the other
        assert (scored[0].scores[protocol][:6] == 1).all()
        assert (scored[1].scores[protocol][:6] < 1).all()
