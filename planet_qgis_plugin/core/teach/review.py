"""Review as search: which tiles to show the analyst next, and how many true tiles are left (numpy only).

An analyst hunting an activity wants to find every tile that shows it with the fewest looks, so review
offers the unlabelled tiles in order of their *search priority* first, and the concept is refitted after
every answer (the panel does; a program driving the CLI does when it answers the first tile of each
list). The priority (:func:`search_priority`) is the log-odds of the tile's review probability: the concept's
fit without the background bank and with a weaker penalty, so it follows the answers (core/teach/fit.py:
the bank holds the concept's own look elsewhere, and in the scene the answers say what it is not), updated by the votes of the labelled tiles that find it
among their ``VOTE_K`` most similar tiles (:func:`similar_votes`, :func:`vote_probability`; k-NN active
search, Garnett et al. 2012): a tile like a confirmed No drops, a tile like a confirmed Yes rises, so a
look-alike is asked about once, not once per copy, and a second look of the concept is searched near each
find. A tile counts whole however much of it the raster covers (``COVERAGE_POWER`` 0: an analyst answers
Yes to an edge tile that shows the activity, and the goal counts tiles). With ``neighbour_weight`` > 0
each labelled grid neighbour moves the priority too (a Yes neighbour up, a No neighbour down by
``NO_SHARE`` as much). With ``explore_every`` = n, every n-th place goes to the tile nearest the flag
threshold instead (its answer moves the threshold). When the answered Nos outnumber the positives
``STUCK_RATIO`` times, the first place goes to the tile least like everything looked at (:func:`far_tile`): the
marks may show an unusual look of the concept, and the search would keep to it. What each choice gave on the labelled strips, and why
the others are off: docs/teach_flags.md. Labelled (marked, answered) and skipped tiles are never offered.
"""
from __future__ import annotations

import numpy as np

from ..model.concepts import ConceptError, neighbour_sum
from ..wording import tr

#: Every n-th review place is the most uncertain tile instead of the most probable one (0: never).
EXPLORE_EVERY = 0
#: Log-odds a Yes-labelled grid neighbour adds to a tile's search priority (0: neighbours do not count).
NEIGHBOUR_WEIGHT = 0.0
#: What a No-labelled neighbour takes away, as a share of ``NEIGHBOUR_WEIGHT``.
NO_SHARE = 0.5
#: Labelled tiles vote on their this many most similar tiles of the scene (0: no votes).
VOTE_K = 5
#: How many answers the model's own probability counts for against the votes.
VOTE_STRENGTH = 2.0
#: The priority weighs p by the tile's coverage to this power (1: an edge sliver counts for its share; 0: whole).
COVERAGE_POWER = 0.0
#: The search is stuck when the answered Nos outnumber the positives this many times: the marks' look is not
#: the concept's usual look (a pond and a creek marked for water: the review asked 18 tiles like them, all No, and
#: never the river). Then the first review place goes to the tile least like everything looked at (far_tile).
STUCK_RATIO = 2.0
#: Labelled tiles whose similarities to every tile are held at once (bounds the memory on large scenes).
_VOTE_CHUNK = 64
#: Probabilities are clipped this far from 0 and 1 before their log-odds are taken.
_EPS = 1e-6


def search_priority(probabilities: np.ndarray, area: np.ndarray | None = None, rows: np.ndarray | None = None,
                    cols: np.ndarray | None = None, positives=(), negatives=(),
                    neighbour_weight: float = NEIGHBOUR_WEIGHT, coverage_power: float = COVERAGE_POWER) -> np.ndarray:
    """Each tile's search priority (log-odds; see the module docstring). ``area``: each tile's coverage
    (None: all full), weighing p as ``coverage ** coverage_power``; ``rows``/``cols``: grid places, needed
    when ``neighbour_weight`` is not 0."""
    q = np.asarray(probabilities, dtype=np.float64)
    if area is not None and coverage_power:
        q = q * np.clip(np.asarray(area, dtype=np.float64), 0.0, 1.0) ** coverage_power
    q = np.clip(q, _EPS, 1 - _EPS)
    z = np.log(q) - np.log1p(-q)
    if neighbour_weight and len(z):
        if rows is None or cols is None:
            raise ConceptError(tr("neighbour-weighted review needs every tile's row and column"))
        label = np.zeros(len(z))
        label[np.asarray(list(positives), dtype=np.int64)] = 1.0
        label[np.asarray(list(negatives), dtype=np.int64)] = -NO_SHARE
        z = z + neighbour_weight * neighbour_sum(label, rows, cols)[0]
    return z


def similar_votes(unit: np.ndarray, positives, negatives, k: int = VOTE_K) -> tuple[np.ndarray, np.ndarray]:
    """(yes, no): for each tile, the labelled Yes / No tiles that have it among their ``k`` most similar
    tiles of the scene (cosine on the concept's unit features ``unit``), each counting that similarity
    (clipped to 0..1). Each labelled tile looks for its own neighbours, so the cost is tiles x labelled."""
    n = len(unit)
    yes, no = np.zeros(n), np.zeros(n)
    labelled = [(int(i), 1) for i in positives] + [(int(i), 0) for i in negatives]
    if k <= 0 or not labelled or n < 2:
        return yes, no
    rows = np.array([i for i, _ in labelled], dtype=np.int64)
    label = np.array([y for _, y in labelled], dtype=bool)
    unit = np.asarray(unit, dtype=np.float32)
    k = min(k, n - 1)
    for start in range(0, len(rows), _VOTE_CHUNK):  # tiles x chunk similarities at a time, however many labelled
        part = slice(start, start + _VOTE_CHUNK)
        sim = (unit @ unit[rows[part]].T).astype(np.float64)
        sim[rows[part], np.arange(sim.shape[1])] = -np.inf  # a tile is not its own neighbour
        near = np.argpartition(-sim, k - 1, axis=0)[:k]  # (k, chunk)
        weight = np.clip(np.take_along_axis(sim, near, axis=0), 0.0, 1.0)
        for target, kind in ((yes, label[part]), (no, ~label[part])):
            np.add.at(target, near[:, kind].ravel(), weight[:, kind].ravel())
    return yes, no


def vote_probability(probabilities: np.ndarray, votes: tuple[np.ndarray, np.ndarray],
                     strength: float = VOTE_STRENGTH) -> np.ndarray:
    """(strength p + yes) / (strength + yes + no): the model's p as a prior worth ``strength`` answers,
    updated by the votes (:func:`similar_votes`); a tile nobody voted on keeps p."""
    yes, no = votes
    p = np.asarray(probabilities, dtype=np.float64)
    total = strength + yes + no
    return np.where(total > 0, (strength * p + yes) / np.where(total > 0, total, 1.0), p)


def review_order(probabilities: np.ndarray, threshold: float, exclude, count: int,
                 explore_every: int = EXPLORE_EVERY, priority: np.ndarray | None = None) -> list[int]:
    """Up to ``count`` row indices to review next, in the order to show them (see the module docstring);
    ``priority``: the search order's key (:func:`search_priority`; None: the probabilities)."""
    p = np.asarray(probabilities, dtype=np.float64)
    key = p if priority is None else np.asarray(priority, dtype=np.float64)
    left = np.setdiff1d(np.arange(len(p)), np.asarray(list(exclude), dtype=np.int64))
    if count <= 0 or left.size == 0:
        return []
    pools = (left[np.lexsort((left, -key[left]))], left[np.lexsort((left, np.abs(p[left] - threshold)))])
    at = [0, 0]  # where each pool's next unlisted tile may be: each moves forward only, so the list is linear time
    out: list[int] = []
    listed: set[int] = set()
    while len(out) < min(count, left.size):
        k = 1 if explore_every and (len(out) + 1) % explore_every == 0 else 0
        while int(pools[k][at[k]]) in listed:
            at[k] += 1
        row = int(pools[k][at[k]])
        out.append(row)
        listed.add(row)
    return out


def centred_rows(unit: np.ndarray) -> np.ndarray:
    """The feature rows centred on the scene's mean tile and renormalised: what :func:`far_tile` compares."""
    centred = np.asarray(unit, dtype=np.float32) - np.asarray(unit, dtype=np.float32).mean(axis=0)
    centred /= np.maximum(np.linalg.norm(centred, axis=1, keepdims=True), 1e-12)
    return centred


def far_tile(unit: np.ndarray, looked, centred: np.ndarray | None = None) -> int | None:
    """The tile whose highest similarity to any looked-at tile is lowest (cosine after centring the features on
    the scene's mean tile, as the one-mark query does): a part of the scene the review has not been near; None
    when every tile was looked at. ``centred``: :func:`centred_rows` of ``unit``, when the caller keeps them."""
    looked = np.unique(np.asarray(list(looked), dtype=np.int64))
    if len(looked) >= len(unit):
        return None
    centred = centred_rows(unit) if centred is None else centred
    nearest = np.full(len(unit), -np.inf, dtype=np.float32)
    for start in range(0, len(looked), _VOTE_CHUNK):  # tiles x chunk similarities at a time
        nearest = np.maximum(nearest, (centred @ centred[looked[start:start + _VOTE_CHUNK]].T).max(axis=1))
    nearest[looked] = np.inf
    return int(np.argmin(nearest))


def estimate_total(expected: np.ndarray, positives, labelled, flagged: np.ndarray | None = None) -> tuple[int, int]:
    """(found, about): the labelled positives, and that plus the expected true tiles among the rest
    (the sum of ``expected``: each tile's probability on the count's curve, core/teach/calibrate.py), rounded;
    never fewer than the flag itself claims among the rest (``flagged``: each flagged tile's p, 0 elsewhere; the
    count's steeper curve summed to fewer true tiles than the flag's expected precision promised)."""
    p = np.asarray(expected, dtype=np.float64)
    rest = np.setdiff1d(np.arange(len(p)), np.asarray(list(labelled), dtype=np.int64))
    found = len(set(int(i) for i in positives))
    more = float(p[rest].sum())
    if flagged is not None:
        more = max(more, float(np.asarray(flagged, dtype=np.float64)[rest].sum()))
    return found, found + int(round(more))
