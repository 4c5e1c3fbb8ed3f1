"""Compare training configurations on identical K folds, honestly.

Every candidate is trained once per fold (fixed epoch count, no checkpoint picked on the fold it is
scored on), giving out-of-fold (OOF) probabilities for every chip. Thresholds are *cross-fitted*:
fold k is scored with thresholds, and the atmosphere decoding, chosen on the OOF predictions of the
other folds, so no number here has seen its own labels. Intervals are bootstrap 95 % intervals over chips (paired for
differences between candidates).
"""
from __future__ import annotations

import logging
import time
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Sequence

import numpy as np

from planet_qgis_plugin.core.labels import LABELS
from planet_qgis_plugin.core.pipeline.decode import decode

from .config import TrainConfig
from .data import ChipDataset, ChipTable
from .engine import predict, train_model
from .metrics import atmosphere_decoding, best_uniform_threshold, per_class_f2, sample_f2_scores, search_thresholds
from .network import input_size_for, setup_distributed

log = logging.getLogger(__name__)
BOOTSTRAP = 2000
UNIFORM, PER_CLASS = "uniform (cross-fitted)", "per-class (cross-fitted)"
THRESHOLD_PROTOCOLS = (UNIFORM, PER_CLASS)


@dataclass
class CandidateResult:
    """OOF probabilities of one candidate and every score derived from them."""

    name: str
    description: str
    probs: np.ndarray
    seconds: float
    scores: dict[str, np.ndarray] = field(default_factory=dict)  # protocol -> (N,) per-chip F2
    per_class: dict[str, list[float]] = field(default_factory=dict)
    exclusive: bool = True

    def mean(self, protocol: str) -> float:
        return float(self.scores[protocol].mean())

    @property
    def threshold_mode(self) -> str:
        """The thresholding that generalised better across folds: one uniform threshold or per-class."""
        return max(THRESHOLD_PROTOCOLS, key=lambda p: (self.mean(p), p == PER_CLASS))

    @property
    def best_f2(self) -> float:
        return self.mean(self.threshold_mode)


def most_frequent_tagset_probs(targets: np.ndarray, folds: np.ndarray) -> np.ndarray:
    """The trivial baseline: each fold predicts the tag set most common among its training chips."""
    probs = np.zeros(targets.shape, np.float32)
    for k in np.unique(folds):
        train = targets[folds != k].astype(bool)
        common = Counter(map(tuple, train)).most_common(1)[0][0]
        probs[folds == k] = np.asarray(common, np.float32)
    return probs


def oof_probs(cfg: TrainConfig, table: ChipTable, folds: np.ndarray, out: Path) -> np.ndarray:
    """Train ``cfg`` on every fold's complement, predict the fold; returns (N, K) OOF probabilities."""
    dist = setup_distributed(cfg.device)
    probs = np.full(table.targets.shape, np.nan, np.float32)
    size = input_size_for(cfg)
    for k in np.unique(folds):
        train_idx, val_idx = np.flatnonzero(folds != k), np.flatnonzero(folds == k)
        model = train_model(cfg, table, train_idx, val_idx, out / f"fold_{k}", dist)
        ds = ChipDataset(table.subset(val_idx), size)
        probs[val_idx], _ = predict(model.to(dist.device), ds, cfg.batch_size, dist.device, cfg.tta, 0, False)
    return probs


def cross_fitted_predictions(targets: np.ndarray, probs: np.ndarray, folds: np.ndarray) -> dict[str, np.ndarray]:
    """{protocol: (N, K) tags}: each fold decoded with the uniform or per-class thresholds, and the decoding
    (atmosphere exclusive or independent), chosen on the other folds' out-of-fold predictions alone."""
    t = targets.astype(bool)
    out = {UNIFORM: np.zeros_like(t), PER_CLASS: np.zeros_like(t)}
    for k in np.unique(folds):
        fit, held = folds != k, folds == k
        u, _ = best_uniform_threshold(t[fit], probs[fit])
        thr, _ = search_thresholds(t[fit], probs[fit], start=u)
        exclusive = atmosphere_decoding(t[fit], probs[fit], LABELS, thr, decode)[0]
        out[UNIFORM][held] = decode(probs[held], LABELS, np.full(len(LABELS), u, np.float32), exclusive)
        out[PER_CLASS][held] = decode(probs[held], LABELS, thr, exclusive)
    return out


def score(result: CandidateResult, targets: np.ndarray, folds: np.ndarray) -> CandidateResult:
    """Fill per-chip F2 at 0.5, at a cross-fitted uniform threshold and at cross-fitted per-class thresholds."""
    t = targets.astype(bool)
    p = result.probs
    predictions = cross_fitted_predictions(t, p, folds)
    result.scores = {"at 0.5": sample_f2_scores(t, p >= 0.5),
                     **{protocol: sample_f2_scores(t, pred) for protocol, pred in predictions.items()}}
    result.per_class = {protocol: [float(x) for x in per_class_f2(t, pred)] for protocol, pred in predictions.items()}
    result.exclusive = _prefers_exclusive(t, p)  # the shipped bundle's decoding: chosen on every chip
    return result


def _prefers_exclusive(t: np.ndarray, p: np.ndarray) -> bool:
    thr, _ = search_thresholds(t, p)
    return bool(atmosphere_decoding(t, p, LABELS, thr, decode)[0])


def bootstrap_interval(values: np.ndarray, seed: int = 0, n: int = BOOTSTRAP) -> tuple[float, float]:
    """95 % percentile interval of the mean of ``values`` (per-chip scores or paired differences)."""
    rng = np.random.default_rng(seed)
    idx = rng.integers(0, len(values), size=(n, len(values)))
    means = values[idx].mean(axis=1)
    return float(np.percentile(means, 2.5)), float(np.percentile(means, 97.5))


@dataclass
class Candidate:
    name: str
    description: str
    cfg: TrainConfig | None  # None: the trivial most-frequent-tag-set baseline


def run_candidates(candidates: Sequence[Candidate], table: ChipTable, folds: np.ndarray,
                   out: Path) -> list[CandidateResult]:
    results = []
    for cand in candidates:
        started = time.time()
        if cand.cfg is None:
            probs = most_frequent_tagset_probs(table.targets, folds)
        else:
            cfg = replace(cand.cfg, out=str(out / cand.name), checkpoint="last")
            probs = oof_probs(cfg, table, folds, out / cand.name)
        result = score(CandidateResult(cand.name, cand.description, probs, time.time() - started),
                       table.targets, folds)
        log.info("%s: sample F2 %.3f at 0.5, %.3f uniform, %.3f per-class (cross-fitted) [%.0f s]", cand.name,
                 result.mean("at 0.5"), result.mean(UNIFORM), result.mean(PER_CLASS), result.seconds)
        results.append(result)
    return results


def comparison_table(results: Sequence[CandidateResult], reference: str) -> list[dict]:
    """Rows for the model card: means, 95 % intervals, and the paired difference to ``reference``
    (each candidate at its own better thresholding, the reference at its own)."""
    ref = next(r for r in results if r.name == reference)
    rows = []
    for r in results:
        row = {"name": r.name, "description": r.description, "seconds": round(r.seconds, 1),
               "atmosphere_exclusive": r.exclusive, "threshold_mode": r.threshold_mode}
        for protocol, s in r.scores.items():
            lo, hi = bootstrap_interval(s)
            row[protocol] = {"f2": round(float(s.mean()), 4), "ci95": [round(lo, 4), round(hi, 4)]}
        diff = ref.scores[ref.threshold_mode] - r.scores[r.threshold_mode]
        lo, hi = bootstrap_interval(diff)
        row[f"{reference} minus this"] = {"f2": round(float(diff.mean()), 4), "ci95": [round(lo, 4), round(hi, 4)]}
        row["per_class_f2"] = {l: (None if np.isnan(v) else round(v, 4))
                               for l, v in zip(LABELS, r.per_class[r.threshold_mode])}
        rows.append(row)
    return rows


__all__ = ["Candidate", "CandidateResult", "bootstrap_interval", "comparison_table", "run_candidates"]
