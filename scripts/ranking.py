"""Ranking metrics over labelled tiles (bench/teach_eval.py, scripts/build_starter_concepts.py)."""
from __future__ import annotations

import numpy as np


def auc(scores: np.ndarray, truth: np.ndarray) -> float:
    """Area under the ROC curve (Mann-Whitney U / (P N), ties count half); NaN without both classes."""
    scores, truth = np.asarray(scores, dtype=np.float64), np.asarray(truth)
    pos, neg = scores[truth == 1], scores[truth == 0]
    if len(pos) == 0 or len(neg) == 0:
        return float("nan")
    greater = (pos[:, None] > neg[None, :]).sum()
    ties = (pos[:, None] == neg[None, :]).sum()
    return float((greater + 0.5 * ties) / (len(pos) * len(neg)))


def precision_at(scores: np.ndarray, truth: np.ndarray, top: int = 10) -> float:
    """Share of true tiles among the ``top`` best-scored ones (ties broken by position)."""
    scores = np.asarray(scores, dtype=np.float64)
    order = np.lexsort((np.arange(len(scores)), -scores))[:top]
    return float(np.asarray(truth)[order].mean())
