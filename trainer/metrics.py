"""F2 scores (the competition's metric) and threshold search on validation probabilities.

*Sample F2* is the Kaggle metric: F-beta (beta=2) of each chip's predicted tag set against its true
tag set, averaged over chips. A chip with no true and no predicted tags scores 1 (it never happens
in Planet data, where every chip has an atmosphere tag). *Per-class F2* is F2 of one tag's column
over all chips; it is NaN for a tag with no true and no predicted positives (nothing to score).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Sequence

import numpy as np

BETA2 = 4.0  # beta squared for F2
GRID = np.round(np.arange(0.01, 1.0, 0.01), 2).astype(np.float32)  # candidate thresholds, 0.01 steps
# Probabilities and thresholds are compared in float32, exactly as the plugin's decoder does.


def _fbeta(tp: np.ndarray, fp: np.ndarray, fn: np.ndarray, empty: float) -> np.ndarray:
    num = (1 + BETA2) * tp
    den = num + BETA2 * fn + fp
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(den > 0, num / np.maximum(den, 1e-12), empty)


def sample_f2_scores(y_true: np.ndarray, y_pred: np.ndarray) -> np.ndarray:
    """(N,) F2 of each chip's predicted tag set (y_true, y_pred: (N, K) bool/0-1 arrays)."""
    t, p = np.asarray(y_true).astype(bool), np.asarray(y_pred).astype(bool)
    if t.shape != p.shape or t.ndim != 2:
        raise ValueError(f"y_true {t.shape} and y_pred {p.shape} must be equal (N, K) arrays")
    tp = (t & p).sum(1)
    fp = (~t & p).sum(1)
    fn = (t & ~p).sum(1)
    return _fbeta(tp, fp, fn, 1.0).astype(float)


def sample_f2(y_true: np.ndarray, y_pred: np.ndarray) -> float:
    """Mean over chips of each chip's F2 (the Kaggle metric)."""
    scores = sample_f2_scores(y_true, y_pred)
    return float(scores.mean()) if len(scores) else float("nan")


def per_class_f2(y_true: np.ndarray, y_pred: np.ndarray) -> np.ndarray:
    """(K,) F2 of each tag's column; NaN where the tag is neither present nor predicted."""
    t, p = np.asarray(y_true).astype(bool), np.asarray(y_pred).astype(bool)
    tp = (t & p).sum(0)
    fp = (~t & p).sum(0)
    fn = (t & ~p).sum(0)
    return _fbeta(tp, fp, fn, np.nan).astype(float)


def best_uniform_threshold(y_true: np.ndarray, probs: np.ndarray) -> tuple[float, float]:
    """(threshold, sample F2) of the best single threshold on the 0.01 grid (lowest on ties)."""
    p = np.asarray(probs, dtype=np.float32)
    scores = [sample_f2(y_true, p >= t) for t in GRID]
    i = int(np.argmax(scores))
    return round(float(GRID[i]), 2), float(scores[i])


def search_thresholds(y_true: np.ndarray, probs: np.ndarray, rounds: int = 3,
                      start: float | None = None) -> tuple[np.ndarray, float]:
    """Per-tag thresholds by coordinate ascent on sample F2 (0.01 grid).

    Starts from the best uniform threshold (or ``start``) and, tag by tag, moves each threshold to the
    grid value that maximises sample F2 with the others fixed; repeats ``rounds`` times or until no
    tag moves. A move must strictly improve the score, so ties keep the current threshold.
    Returns (thresholds (K,), sample F2).
    """
    t = np.asarray(y_true).astype(bool)
    p = np.asarray(probs, dtype=np.float32)
    if start is None:
        start, _ = best_uniform_threshold(t, p)
    thr = np.full(t.shape[1], float(start), dtype=np.float32)
    pred = p >= thr
    best = sample_f2(t, pred)
    for _ in range(rounds):
        moved = False
        for k in range(t.shape[1]):
            others = np.delete(np.arange(t.shape[1]), k)
            tp0 = (t[:, others] & pred[:, others]).sum(1)[:, None]
            fp0 = (~t[:, others] & pred[:, others]).sum(1)[:, None]
            fn0 = (t[:, others] & ~pred[:, others]).sum(1)[:, None]
            cand = p[:, k][:, None] >= GRID[None, :]  # (N, G)
            yk = t[:, k][:, None]
            scores = _fbeta(tp0 + (yk & cand), fp0 + (~yk & cand), fn0 + (yk & ~cand), 1.0).mean(0)
            i = int(np.argmax(scores))
            if scores[i] > best + 1e-12:
                best, thr[k], moved = float(scores[i]), float(GRID[i]), True
                pred[:, k] = p[:, k] >= thr[k]
        if not moved:
            break
    return thr, best


def atmosphere_decoding(y_true: np.ndarray, probs: np.ndarray, labels: Sequence[str], thresholds: np.ndarray,
                        decode: Callable[..., np.ndarray]) -> tuple[bool, float, float]:
    """(use exclusive atmosphere decoding?, sample F2 exclusive, sample F2 independent) at ``thresholds``.

    Exclusive (argmax atmosphere, cloudy clears ground tags) wins ties: it is the decoder's default and
    every Planet chip has exactly one atmosphere tag. The one rule for training, evaluation and compare.
    """
    exclusive = sample_f2(y_true, decode(probs, labels, thresholds, True))
    independent = sample_f2(y_true, decode(probs, labels, thresholds, False))
    return exclusive >= independent, exclusive, independent


@dataclass
class Evaluation:
    """Every number the report and manifest need for one set of probabilities."""

    sample_f2: float
    sample_f2_at_05: float
    sample_f2_uniform: float
    uniform_threshold: float
    thresholds: list[float]
    atmosphere_exclusive: bool
    sample_f2_exclusive: float
    sample_f2_independent: float
    per_class_f2: list[float]
    support: list[int]
    n: int
    f2_vs_threshold: list[float] = field(default_factory=list)

    def manifest_metrics(self, labels: Sequence[str], protocol: str) -> dict:
        """The ``metrics`` block of a bundle manifest (NaN per-class F2 written as null)."""
        return {
            "protocol": protocol,
            "n": self.n,
            "sample_f2": round(self.sample_f2, 4),
            "sample_f2_at_0.5": round(self.sample_f2_at_05, 4),
            "sample_f2_uniform": round(self.sample_f2_uniform, 4),
            "uniform_threshold": self.uniform_threshold,
            "sample_f2_atmosphere_exclusive": round(self.sample_f2_exclusive, 4),
            "sample_f2_independent": round(self.sample_f2_independent, 4),
            "per_class_f2": {l: (None if np.isnan(v) else round(float(v), 4))
                             for l, v in zip(labels, self.per_class_f2)},
            "support": dict(zip(labels, self.support)),
        }


def evaluate_probs(y_true: np.ndarray, probs: np.ndarray, labels: Sequence[str],
                   decode: Callable[..., np.ndarray], thresholds: Sequence[float] | None = None,
                   atmosphere_exclusive: bool | None = None) -> Evaluation:
    """Score probabilities: F2 at 0.5, at the best uniform threshold and at per-tag thresholds.

    ``thresholds`` None searches them (coordinate ascent); ``atmosphere_exclusive`` None picks the
    decoding (argmax atmosphere + cloudy clears ground tags, or independent tags) that scores higher.
    ``decode(probs, labels, thresholds, atmosphere_exclusive)`` is the plugin's decoder.
    """
    t = np.asarray(y_true).astype(bool)
    p = np.asarray(probs, dtype=np.float32)
    uni_t, uni_f2 = best_uniform_threshold(t, p)
    thr = np.asarray(thresholds, dtype=np.float32) if thresholds is not None else search_thresholds(t, p, start=uni_t)[0]
    better, f2_excl, f2_ind = atmosphere_decoding(t, p, labels, thr, decode)
    excl = better if atmosphere_exclusive is None else bool(atmosphere_exclusive)
    final = decode(p, labels, thr, excl)
    return Evaluation(
        sample_f2=sample_f2(t, final), sample_f2_at_05=sample_f2(t, p >= 0.5),
        sample_f2_uniform=uni_f2, uniform_threshold=uni_t, thresholds=[round(float(x), 4) for x in thr],
        atmosphere_exclusive=bool(excl), sample_f2_exclusive=f2_excl, sample_f2_independent=f2_ind,
        per_class_f2=[float(x) for x in per_class_f2(t, final)], support=[int(x) for x in t.sum(0)],
        n=int(len(t)), f2_vs_threshold=[sample_f2(t, p >= g) for g in GRID],
    )
