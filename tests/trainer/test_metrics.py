"""F2, threshold search, stratified splits and atmosphere decoding on hand-made cases."""
from __future__ import annotations

import numpy as np
import pytest

from planet_qgis_plugin.core.labels import LABELS
from planet_qgis_plugin.core.pipeline.decode import decode
from trainer.data import iterative_stratification, train_val_split
from trainer.metrics import best_uniform_threshold, evaluate_probs, per_class_f2, sample_f2, search_thresholds


def test_sample_f2_matches_hand_computation():
    y = np.array([[1, 1, 0, 0], [1, 0, 0, 1]])
    p = np.array([[1, 0, 1, 0], [1, 0, 0, 1]])
    # chip 1: tp=1 fp=1 fn=1 -> 5*1 / (5*1 + 4*1 + 1) = 0.5 ; chip 2: perfect -> 1
    assert sample_f2(y, p) == pytest.approx(0.75)
    # column 0: tp=2 -> 1; column 1: fn=1 -> 0; column 2: fp=1 -> 0; column 3: tp=1 -> 1
    assert per_class_f2(y, p).tolist() == pytest.approx([1.0, 0.0, 0.0, 1.0])


def test_per_class_f2_is_nan_for_absent_unpredicted_tag():
    f2 = per_class_f2(np.array([[1, 0]]), np.array([[1, 0]]))
    assert f2[0] == 1.0 and np.isnan(f2[1])


def test_threshold_search_beats_half_on_constructed_case():
    rng = np.random.default_rng(0)
    y = rng.random((200, 3)) < 0.4
    # tag 0 well calibrated, tag 1 under-confident (positives at ~0.3), tag 2 over-confident
    p = np.where(y, [0.8, 0.3, 0.9], [0.2, 0.1, 0.6]) + rng.normal(0, 0.03, (200, 3))
    f2_half = sample_f2(y, p >= 0.5)
    thr, f2 = search_thresholds(y, p)
    assert f2 > f2_half + 0.1
    assert f2 == pytest.approx(1.0)
    assert 0.13 <= thr[1] <= 0.27 and thr[2] >= 0.62
    assert np.allclose(thr * 100, np.round(thr * 100))  # on the 0.01 grid
    t_uni, f2_uni = best_uniform_threshold(y, p)
    assert f2_half <= f2_uni <= f2


def test_evaluation_measures_atmosphere_exclusivity():
    n = len(LABELS)
    y = np.zeros((2, n), bool)
    y[0, LABELS.index("clear")] = y[0, LABELS.index("primary")] = True
    y[1, LABELS.index("cloudy")] = True
    p = np.full((2, n), 0.05, np.float32)
    p[0, LABELS.index("clear")], p[0, LABELS.index("haze")], p[0, LABELS.index("primary")] = 0.9, 0.6, 0.9
    p[1, LABELS.index("cloudy")], p[1, LABELS.index("partly_cloudy")], p[1, LABELS.index("primary")] = 0.7, 0.65, 0.6
    ev = evaluate_probs(y, p, LABELS, decode, thresholds=[0.5] * n)
    assert ev.atmosphere_exclusive and ev.sample_f2_exclusive == pytest.approx(1.0)
    assert ev.sample_f2_independent < 1.0
    assert ev.manifest_metrics(LABELS, "x")["support"]["cloudy"] == 1


def test_iterative_stratification_spreads_rare_labels_and_is_seeded():
    rng = np.random.default_rng(1)
    y = rng.random((300, 6)) < [0.5, 0.3, 0.1, 0.05, 0.02, 0.01]
    folds = iterative_stratification(y, 3, seed=7)
    assert set(folds) == {0, 1, 2}
    for k in range(y.shape[1]):
        counts = np.bincount(folds[y[:, k]], minlength=3)
        assert counts.max() - counts.min() <= 1, (k, counts)
    assert np.bincount(folds).max() - np.bincount(folds).min() <= 3
    assert (iterative_stratification(y, 3, seed=7) == folds).all()
    train, val = train_val_split(y, 0.25, seed=7)
    assert len(set(train) & set(val)) == 0 and len(train) + len(val) == 300


def test_atmosphere_decoding_ties_go_to_exclusive_in_training_and_compare():
    from trainer.compare import _prefers_exclusive

    n = len(LABELS)
    y = np.zeros((2, n), bool)
    y[:, LABELS.index("clear")] = y[:, LABELS.index("primary")] = True
    p = np.where(y, 0.9, 0.05).astype(np.float32)  # one atmosphere tag above threshold: both decodings agree
    ev = evaluate_probs(y, p, LABELS, decode, thresholds=[0.5] * n)
    assert ev.sample_f2_exclusive == ev.sample_f2_independent == 1.0
    assert ev.atmosphere_exclusive and _prefers_exclusive(y, p)
