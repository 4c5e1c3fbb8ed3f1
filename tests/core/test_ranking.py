"""The ranking metrics behind bench/teach_eval.py and the starter concept's held-out numbers."""

import numpy as np

from scripts.ranking import auc, precision_at


def test_auc_counts_pairs_and_ties():
    rng = np.random.default_rng(0)
    scores, truth = rng.random(40), rng.integers(0, 2, 40)
    pairs = [(p > n) + 0.5 * (p == n) for p in scores[truth == 1] for n in scores[truth == 0]]
    assert auc(scores, truth) == np.mean(pairs)
    assert auc(scores, 1 - truth) == 1 - auc(scores, truth)
    assert auc(np.zeros(6), np.array([0, 1] * 3)) == 0.5
    assert np.isnan(auc(scores, np.ones(40)))


def test_precision_at_takes_the_best_scored():
    scores = np.array([0.9, 0.1, 0.8, 0.7, 0.2])
    truth = np.array([1, 1, 0, 1, 0])
    assert precision_at(scores, truth, 3) == 2 / 3
    assert precision_at(-scores, truth, 2) == 1 / 2
