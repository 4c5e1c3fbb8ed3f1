"""Few-shot teaching: a few marked tiles -> a concept (linear head over the embeddings) -> a score per tile.

numpy only (it runs in QGIS's Python). Every embedding ``e`` becomes a unit vector ``u`` first: the
signed square root of each value, divided by its length (``TRANSFORM``, as
:func:`.concepts.concept_probability` computes it when the concept is applied later).

- **One positive** (``method="similarity"``): rank by similarity ``u . q`` to a query ``q``: how the
  positives' mean differs from the scene's mean tile (minus half of how the negatives' mean does, when
  some are marked), normalised. Centring on the scene matters: the features share a large common
  component that plain cosine similarity mostly measures (docs/teach.md).
- **Two or more positives** (``method="logistic"``): an L2-regularised logistic regression, fitted by
  Newton's method (deterministic). Marked tiles weigh 1 each; ``background`` unmarked tiles drawn at
  random (seeded) stand for "the rest of the scene" as extra negatives, together weighing as much as
  the positives (class weighting). They are drawn whether or not the analyst marked negatives: a few
  marked negatives say what the concept is *not*, the background what the scene mostly *is*.
- **Probability and threshold**: either score is mapped to 0..1 by a logistic curve that puts the
  marked positives' mean at 0.95 and the scene's median tile at 0.05; ``flag_<name>`` is
  ``p >= 0.5``, the point midway (in log-odds) between the two. A single positive is the query
  itself, so it scores highest by construction and says nothing about its kin: the STAND_INS unmarked
  tiles most like it take its place. With 3 marks this is a guess, not a calibrated probability
  (see docs/teach.md).
- **Review next**: the unmarked tiles nearest the threshold (in log-odds), most uncertain first,
  skipping near-duplicates of tiles already listed (cosine distance), so the list is uncertain *and*
  diverse; marked tiles never appear.

Both methods give weights ``w`` and bias ``b`` with ``p = sigmoid(w . u + b)``: the same
:class:`.concepts.Concept` that a bundle stores and classify applies.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any, Sequence

import numpy as np

from ..model.concepts import CONCEPT_GROUPS, Concept, ConceptError, check_concept_name, features, sigmoid

METHODS = ("auto", "similarity", "logistic")
#: core/model/concepts.py transform of taught concepts: power normalisation ranked better than plain e/|e| on
#: most labelled sets (mean AUC +0.01 for 1, 3 and 10 marks; culltivation2 water 0.90 -> 0.93 with 3;
#: haze on the chips 0.81 -> 0.79).
TRANSFORM = "sqrt_l2"
#: Unmarked tiles drawn as background negatives (all of them when the scene has fewer).
DEFAULT_BACKGROUND = 200
#: L2 penalty on the weights (the bias is not penalised). Each marked tile weighs 1. This strong a
#: penalty on unit vectors keeps w close to the centred mean difference (cosine 0.999 for 3 water marks
#: on culltivation2), so with no negatives marked it ranks like the similarity query; weaker penalties,
#: standardised or whitened features and fewer background tiles ranked no better on the mean over all
#: labelled concepts (docs/teach_eval.md, "Choices"; bench/teach_choices.py).
DEFAULT_L2 = 1.0
#: flag_<name> is p >= THRESHOLD: midway between the positives and the scene's median (see above).
THRESHOLD = 0.5
#: Most marked tiles of each kind (positive, negative) and background tiles a logistic fit uses (a seeded
#: draw when there are more): the fit's cost grows with the cube of its rows, so thousands of marks would
#: take minutes and gigabytes for a concept that a few hundred already pin down.
MAX_FIT_MARKS = 500
MAX_BACKGROUND = 1000
#: Rocchio weight of the negatives in the similarity query.
NEGATIVE_WEIGHT = 0.5
_LOGIT_95 = math.log(19.0)
#: With one positive, the calibration's high point is the mean score of the unmarked tiles most like it.
STAND_INS = 3


@dataclass
class TeachResult:
    """A taught concept and what it says about every tile (arrays indexed like the embeddings)."""

    concept: Concept
    probabilities: np.ndarray  # (N,) float32, 0..1
    flags: np.ndarray  # (N,) bool: probabilities >= concept.threshold
    method: str  # "similarity" or "logistic"
    background: int  # unmarked tiles used as background negatives (0 for similarity)
    top: list[int] = field(default_factory=list)  # unmarked tiles, most probable first
    review: list[int] = field(default_factory=list)  # unmarked tiles most worth a look next


def teach(embeddings: np.ndarray, positives: Sequence[int], negatives: Sequence[int] = (), *, name: str,
          backbone_id: str, group: str = "other", method: str = "auto", background: int = DEFAULT_BACKGROUND,
          l2: float = DEFAULT_L2, seed: int = 0, n_top: int = 10, n_review: int = 10,
          provenance: dict[str, Any] | None = None) -> TeachResult:
    """Fit a concept on rows ``positives`` (and ``negatives``) of ``embeddings`` (N, D) and score all rows."""
    check_concept_name(name)
    if group not in CONCEPT_GROUPS:
        raise ConceptError(f"group {group!r} is not one of {', '.join(CONCEPT_GROUPS)}")
    if method not in METHODS:
        raise ConceptError(f"method {method!r} is not one of {', '.join(METHODS)}")
    unit = features(embeddings, TRANSFORM)
    pos, neg = _check_marks(len(unit), positives, negatives)
    empty = int((~unit[pos].any(axis=1)).sum())
    if empty:
        raise ConceptError(f"{empty} of the marked positive tiles have an empty embedding (all zeros: the network "
                           "saw nothing there); unmark them")
    chosen = ("similarity" if len(pos) == 1 else "logistic") if method == "auto" else method
    unmarked = np.setdiff1d(np.arange(len(unit)), np.concatenate([pos, neg]))
    if chosen == "similarity":
        direction, offset = _similarity_direction(unit, pos, neg), 0.0
        drawn = 0
    else:
        drawn_rows = _background(unmarked, min(background, MAX_BACKGROUND), seed)
        direction, offset = _logistic_head(unit, _at_most(pos, MAX_FIT_MARKS, seed),
                                           _at_most(neg, MAX_FIT_MARKS, seed), drawn_rows, l2)
        drawn = len(drawn_rows)
    raw = unit @ direction.astype(np.float32) + np.float32(offset)  # float32: as fast as the data allows
    raw = raw.astype(np.float64)
    rest = unmarked if len(unmarked) else neg
    high = pos
    if len(pos) == 1 and len(unmarked) > STAND_INS:  # a lone mark is the query (or the only positive) itself
        high = unmarked[np.argsort(-raw[unmarked], kind="stable")[:STAND_INS]]
    slope, centre = _calibration(raw, high, rest)
    weights, bias, threshold = slope * direction, slope * (offset - centre), THRESHOLD
    logits = slope * (raw - centre)
    record = dict(provenance or {})
    record.update({"method": chosen, "positives": len(pos), "negatives": len(neg), "background": drawn})
    concept = Concept(name, group, [float(v) for v in weights], float(bias), threshold, backbone_id, record, TRANSFORM)
    concept.validate(embedding_size=unit.shape[1])
    probs = sigmoid(logits)  # = concept_probability(embeddings, concept), without a second transform
    marked = np.concatenate([pos, neg])
    return TeachResult(concept, probs, probs >= threshold, chosen, drawn,
                       top_candidates(probs, marked, n_top),
                       review_next(unit, logits, 0.0, marked, n_review))


def _check_marks(n: int, positives: Sequence[int], negatives: Sequence[int]) -> tuple[np.ndarray, np.ndarray]:
    pos = np.unique(np.asarray(list(positives), dtype=np.int64))
    neg = np.unique(np.asarray(list(negatives), dtype=np.int64))
    if pos.size == 0:
        raise ConceptError("mark at least one positive tile (a tile that shows the concept)")
    outside = [int(i) for i in np.concatenate([pos, neg]) if not 0 <= i < n]
    if outside:
        raise ConceptError(f"tile index {outside[0]} is outside 0..{n - 1}")
    both = np.intersect1d(pos, neg)
    if both.size:
        raise ConceptError(f"tile index {int(both[0])} is marked both positive and negative")
    if pos.size == n:
        raise ConceptError("every tile is marked positive: there is nothing to tell the concept apart from")
    return pos, neg


def _calibration(raw: np.ndarray, high_rows: np.ndarray, rest: np.ndarray) -> tuple[float, float]:
    """(slope, centre) with sigmoid(slope * (raw - centre)) = 0.95 at the mean score of ``high_rows``
    (the positives) and 0.05 at the median of ``rest``; the centre, midway between them, is where p = 0.5."""
    high, low = float(raw[high_rows].mean()), float(np.median(raw[rest]))
    if not high - low > 1e-9:
        raise ConceptError("the marked positive tiles do not stand out from the rest of the scene "
                           "(their score is not above the median tile's); mark other or more tiles")
    centre = 0.5 * (high + low)
    return _LOGIT_95 / (high - centre), centre


def _similarity_direction(unit: np.ndarray, pos: np.ndarray, neg: np.ndarray) -> np.ndarray:
    """Unit query: how the positives differ from the scene's average tile (minus NEGATIVE_WEIGHT times
    how the negatives do). The backbone's features share a large common component, which plain cosine
    similarity mostly measures; taking the scene's mean out makes the query about what sets them apart."""
    scene = unit.mean(axis=0, dtype=np.float64)
    query = unit[pos].astype(np.float64).mean(axis=0) - scene
    if len(neg):
        query -= NEGATIVE_WEIGHT * (unit[neg].astype(np.float64).mean(axis=0) - scene)
    norm = np.linalg.norm(query)
    if norm < 1e-12:
        raise ConceptError("the marked tiles look like the scene's average tile (or have empty embeddings); "
                           "mark other tiles")
    return query / norm


def _at_most(rows: np.ndarray, count: int, seed: int) -> np.ndarray:
    """``rows``, or a seeded draw of ``count`` of them (sorted) when there are more."""
    if len(rows) <= count:
        return rows
    return np.sort(np.random.default_rng(seed).choice(rows, size=count, replace=False))


def _background(unmarked: np.ndarray, count: int, seed: int) -> np.ndarray:
    if count <= 0:
        return unmarked[:0]
    if len(unmarked) <= count:
        return unmarked
    return np.sort(np.random.default_rng(seed).choice(unmarked, size=count, replace=False))


def _logistic_head(unit: np.ndarray, pos: np.ndarray, neg: np.ndarray, drawn: np.ndarray,
                   l2: float) -> tuple[np.ndarray, float]:
    """Weighted, L2-regularised logistic regression on the unit embeddings; returns (w, b).

    The optimal ``w`` lies in the span of the (centred) training rows, so Newton's method runs in
    that span (at most a few hundred dimensions) however long the embedding is.
    """
    if len(neg) + len(drawn) == 0:
        raise ConceptError("no negative tiles: mark some, or leave unmarked tiles for the background")
    rows = np.concatenate([pos, neg, drawn])
    y = np.concatenate([np.ones(len(pos)), np.zeros(len(neg) + len(drawn))])
    c = np.concatenate([np.ones(len(pos) + len(neg)),
                        np.full(len(drawn), len(pos) / len(drawn)) if len(drawn) else np.zeros(0)])
    mean = unit.mean(axis=0, dtype=np.float64)
    x = unit[rows].astype(np.float64) - mean
    # x = U S V^T from the small Gram matrix x x^T = U S^2 U^T (m x m, m = training tiles)
    eigenvalues, u = np.linalg.eigh(x @ x.T)
    keep = eigenvalues > 1e-12 * max(float(eigenvalues.max()), 1e-24)
    s = np.sqrt(eigenvalues[keep])
    z = u[:, keep] * s  # (m, r): the training rows in the orthonormal basis V = x^T U / S
    beta = _newton_logistic(z, y, c, l2)
    w = x.T @ (u[:, keep] @ (beta[:-1] / s))  # V @ beta
    return w, float(beta[-1] - w @ mean)


def _newton_logistic(z: np.ndarray, y: np.ndarray, c: np.ndarray, l2: float,
                     iterations: int = 100, tolerance: float = 1e-10) -> np.ndarray:
    """argmin over beta = (v, b) of sum c_i * logloss(y_i, z_i.v + b) + l2/2 |v|^2 (Newton, line search)."""
    m, r = z.shape
    a = np.hstack([z, np.ones((m, 1))])
    penalty = np.full(r + 1, l2)
    penalty[-1] = 0.0

    def loss(beta: np.ndarray) -> float:
        f = a @ beta
        return float(c @ (np.logaddexp(0.0, f) - y * f) + 0.5 * penalty @ (beta * beta))

    beta = np.zeros(r + 1)
    current = loss(beta)
    for _ in range(iterations):
        p = 0.5 * (1.0 + np.tanh(0.5 * (a @ beta)))
        gradient = a.T @ (c * (p - y)) + penalty * beta
        hessian = (a * (c * p * (1 - p))[:, None]).T @ a + np.diag(penalty + 1e-9)
        step = np.linalg.solve(hessian, gradient)
        size = 1.0
        while size > 1e-6:
            candidate = beta - size * step
            value = loss(candidate)
            if value <= current:
                break
            size *= 0.5
        else:
            break
        beta, previous, current = candidate, current, value
        if previous - current <= tolerance * max(1.0, abs(current)):
            break
    return beta


def top_candidates(probabilities: np.ndarray, marked: np.ndarray, count: int = 10) -> list[int]:
    """The ``count`` unmarked tiles with the highest probability, highest first (ties by index)."""
    order = np.lexsort((np.arange(len(probabilities)), -np.asarray(probabilities, dtype=np.float64)))
    marked_set = set(int(i) for i in marked)
    return [int(i) for i in order if int(i) not in marked_set][:max(count, 0)]


#: Most tiles the review list is drawn from (its cost grows with the square of the pool).
MAX_REVIEW_POOL = 500


def review_next(unit: np.ndarray, logits: np.ndarray, threshold_logit: float, marked: np.ndarray,
                count: int = 10, pool: int = 50) -> list[int]:
    """Unmarked tiles most worth a look next: uncertain and unlike each other.

    The pool is the ``max(pool, 5 * count)`` unmarked tiles nearest the threshold (in log-odds). From
    it, repeatedly the most uncertain tile that is not a near-duplicate of one already listed (cosine
    distance below half the median distance between pool tiles); when only near-duplicates are left,
    the one farthest from everything listed.
    """
    candidates = np.setdiff1d(np.arange(len(logits)), np.asarray(marked, dtype=np.int64))
    if count <= 0 or candidates.size == 0:
        return []
    distance = np.abs(np.asarray(logits, dtype=np.float64)[candidates] - threshold_logit)
    order = np.lexsort((candidates, distance))[: min(max(pool, 5 * count), MAX_REVIEW_POOL)]
    candidates, distance = candidates[order], distance[order]  # most uncertain first
    vectors = unit[candidates].astype(np.float64)
    pairwise = 1.0 - vectors @ vectors.T
    np.fill_diagonal(pairwise, np.inf)
    off_diagonal = pairwise[np.triu_indices(len(candidates), 1)]
    radius = 0.5 * float(np.median(off_diagonal)) if off_diagonal.size else 0.0
    nearest = np.full(len(candidates), np.inf)  # cosine distance to the closest listed tile
    picked: list[int] = []
    while len(picked) < min(count, len(candidates)):
        open_ = np.flatnonzero((nearest >= radius) & np.isfinite(distance))
        best = int(open_[0]) if open_.size else int(np.argmax(np.where(np.isfinite(distance), nearest, -np.inf)))
        picked.append(best)
        distance[best] = np.inf  # listed
        nearest = np.minimum(nearest, pairwise[best])
    return [int(candidates[i]) for i in picked]
