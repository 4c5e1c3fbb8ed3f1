"""The flag threshold from what the analyst confirmed, and the precision to expect of it (numpy only).

A fitted concept gives every tile a raw score ``s``. What ``s`` means as a probability comes from the
tiles the analyst labelled (marked or answered Yes / No), scored *out of fold* (each refitted without
it, so a tile's own label does not flatter it), on a logistic curve ``q = sigmoid(a s + c)`` (Platt
scaling, ``a >= 0``) with two priors that speak when few answers do:

* the scene's median tile counts as ``MEDIAN_WEIGHT`` No answers (most of a scene is not the concept);
* at the positives' mean score, ``PRIOR_WEIGHT`` Yes and as many No: with three marks and no answers,
  a tile that scores like the marks is a coin toss, not a sure thing, so the flag stays conservative.

Where the out-of-fold scores give no rising curve (``a`` 0: the positives, each held out, score no higher
than the median tile), the labelled tiles' own scores place it instead: a flat curve gives every tile one p.

``flag_<name>`` then covers the tiles from the top of the ranking down to the lowest point where the
expected share of true tiles among them (answered tiles count as their answer, the others as ``q``)
is still at least ``target`` (0.8); never below the scene's median tile, nor between tiles of equal ``q``. That share is the *expected
precision* the panel and the CLI state, with the number of labelled tiles it rests on.

**How many there are** ("found N of about M") needs the curve right in the tail, where the two priors
above put it too high: hundreds of tiles at a few per cent each added up to 1.5-5 times the true count.
The count's curve (``tail_slope``, ``tail_offset``) is fitted on the same answers and the coin-toss prior,
with every unlabelled tile below the scene's median score counted as a No instead of the one median
prior: the assumption the flag already makes (the concept covers less than half the scene), stated as
evidence. It is not used for the flag: steeper, it would flag fewer true tiles (docs/teach_flags.md). Nor does
"about M" go below what the flag claims: found + the flagged unlabelled tiles' ``q`` (review.estimate_total).
"""
from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from ..model.concepts import sigmoid

#: Default precision the flag aims at.
TARGET_PRECISION = 0.8
#: Weight of the "the median tile is not the concept" prior, in answers.
MEDIAN_WEIGHT = 2.0
#: Yes and No answers, each, assumed at the positives' mean score (keeps a 3-mark concept conservative).
PRIOR_WEIGHT = 1.0
#: A concept resting on fewer labelled tiles (marks and answers) than this is *rough*: the CLI and the panel say
#: so, and its flags are held unconfirmed on the scenes a concept file is applied to (apply.is_rough). With 3 marks
#: and no answers its flags were less precise than the expected precision stated, on both labelled scenes; after
#: 10 answers they came close to it (docs/teach.md, "The threshold, and what it is worth").
ROUGH_BELOW = 10


@dataclass
class Calibration:
    """``q = sigmoid(slope * s + offset)``; flag where ``s >= cut`` (``inf``: flag nothing)."""

    slope: float
    offset: float
    cut: float
    expected_precision: float  # expected share of true tiles among the flagged (when none: the best share reachable)
    answers: int  # labelled tiles the curve rests on (positives + negatives)
    tail_slope: float = 0.0  # the count's curve (see the module docstring)
    tail_offset: float = -math.inf

    def count_probability(self, scores: np.ndarray) -> np.ndarray:
        """Each tile's probability on the count's curve: what "about M" sums."""
        return _sigmoid(self.tail_slope * np.asarray(scores, dtype=np.float64) + self.tail_offset)

    def probability(self, scores: np.ndarray) -> np.ndarray:
        return _sigmoid(self.slope * np.asarray(scores, dtype=np.float64) + self.offset)

    @property
    def threshold(self) -> float:
        """The cut as a probability (1.0 when nothing is flagged)."""
        return 1.0 if not math.isfinite(self.cut) else float(_sigmoid(self.slope * self.cut + self.offset))


def _sigmoid(x):
    return sigmoid(x, np.float64)


def backtrack(loss, current: float, propose, smallest: float):
    """Newton's step, halved until it does not raise the loss: the first ``propose(size)`` for size 1, 1/2,
    ... (above ``smallest``) whose ``loss`` is at most ``current``, as (point, loss); None where none is."""
    size = 1.0
    while size > smallest:
        point = propose(size)
        value = loss(point)
        if value <= current:
            return point, value
        size *= 0.5
    return None


def platt(scores: np.ndarray, labels: np.ndarray, weights: np.ndarray, iterations: int = 100) -> tuple[float, float]:
    """(a, c) minimising the weighted log loss of ``sigmoid(a s + c)``, ``a >= 0`` (Newton with a line
    search, a tiny ridge on a: answers that nearly separate would otherwise send a and c to infinity)."""
    s, y, w = (np.asarray(v, dtype=np.float64) for v in (scores, labels, weights))
    scale = float(np.std(s)) or 1.0  # fit on standardised scores: well conditioned whatever the score range
    z = (s - s.mean()) / scale

    def loss(point: tuple[float, float]) -> float:
        a, c = point
        f = a * z + c
        return float(w @ (np.logaddexp(0.0, f) - y * f) + 0.5e-3 * a * a)

    a, c = 1.0, 0.0
    current = loss((a, c))
    for _ in range(iterations):
        p = _sigmoid(a * z + c)
        r = w * (p - y)
        v = w * p * (1 - p)
        gradient = np.array([r @ z + 1e-3 * a, r.sum()])
        hessian = np.array([[v @ (z * z) + 1e-3, v @ z], [v @ z, v.sum() + 1e-9]])
        step = np.linalg.solve(hessian, gradient)
        found = backtrack(loss, current, lambda size: (max(a - size * step[0], 0.0), c - size * step[1]), 1e-8)
        if found is None:
            break
        (na, nc), current = found
        moved = max(abs(na - a), abs(nc - c))
        a, c = na, nc
        if moved < 1e-10:
            break
    return a / scale, c - a * s.mean() / scale


def calibrate(scores: np.ndarray, evidence: dict[int, tuple[float, int]], target: float = TARGET_PRECISION,
              extra: tuple[np.ndarray, np.ndarray] | None = None) -> Calibration:
    """Calibration of raw ``scores`` (N,) of a scene.

    ``evidence``: {row: (out-of-fold score, 1 or 0)} for the scene's labelled tiles (at least one 1);
    ``extra``: (scores, labels) of labelled tiles of earlier scenes (they shape the curve only).
    """
    scores = np.asarray(scores, dtype=np.float64)
    rows = np.fromiter(evidence, dtype=np.int64, count=len(evidence))
    s = np.array([evidence[int(i)][0] for i in rows], dtype=np.float64)
    y = np.array([evidence[int(i)][1] for i in rows], dtype=np.float64)
    if extra is not None and len(extra[0]):
        s, y = np.concatenate([s, extra[0]]), np.concatenate([y, extra[1]])
    unlabelled = np.setdiff1d(np.arange(len(scores)), rows)
    median = float(np.median(scores[unlabelled] if len(unlabelled) else scores))
    high = float(s[y == 1].mean())
    fit_s = np.concatenate([s, [median, high, high]])
    fit_y = np.concatenate([y, [0.0, 1.0, 0.0]])
    fit_w = np.concatenate([np.ones(len(s)), [MEDIAN_WEIGHT, PRIOR_WEIGHT, PRIOR_WEIGHT]])
    a, c = platt(fit_s, fit_y, fit_w)
    if a <= 0.0:
        # out of fold the positives score no higher than the scene's median tile (marks unlike one another, each
        # scored by a fit without it): the curve is flat and p one number on every tile, the ranking lost on the
        # map, in the slider and in a saved concept. The labelled tiles' own scores (in fold) then place it:
        # flattered, but the two priors keep it conservative, and the concept is rough until answers come
        inside = scores[rows]
        fit_s = np.concatenate([inside, s[len(rows):], [median, *[float(inside[y[:len(rows)] == 1].mean())] * 2]])
        a, c = platt(fit_s, fit_y, fit_w)
    expected = _sigmoid(a * scores + c)
    known = {int(i): label for i, (_, label) in evidence.items()}
    expected[rows] = [known[int(i)] for i in rows]
    order = np.lexsort((np.arange(len(scores)), -scores))
    share = np.cumsum(expected[order]) / np.arange(1, len(scores) + 1)
    allowed = scores[order] >= median  # never flag half the scene or more on a guess
    # the flag is p >= the threshold, p as teach writes it (float32): it cannot cut between tiles of equal p (tied
    # scores, or every tile where the curve is flat, slope 0), so it cuts only where p drops
    p = sigmoid(a * scores[order] + c)
    drops = np.r_[p[1:] < p[:-1], True]
    ok = np.flatnonzero((share >= target) & allowed & drops)
    if ok.size:
        k = int(ok.max())
        cut, precision = float(scores[order[k]]), float(share[k])
    else:
        cut, precision = math.inf, float(share[allowed].max()) if allowed.any() else 0.0
    rest = scores[unlabelled] if len(unlabelled) else scores
    low = rest[rest < median]
    tail = platt(np.concatenate([s, low, [high, high]]), np.concatenate([y, np.zeros(len(low)), [1.0, 0.0]]),
                 np.concatenate([np.ones(len(s) + len(low)), [PRIOR_WEIGHT, PRIOR_WEIGHT]]))
    return Calibration(float(a), float(c), cut, precision, int(len(evidence)), *map(float, tail))
