"""Review as search: which tiles to show the analyst next, and how many true tiles are left (numpy only).

An analyst hunting an activity wants to find every tile that shows it with the fewest looks, so review
offers the unlabelled tiles in order of their *search priority* first, and the concept is refitted after
every answer (the panel does; a program driving the CLI does when it answers the first tile of each
list). The priority (:func:`search_priority`) is the log-odds of ``p`` times the tile's share of a full
tile: an edge sliver showing a third of a tile is a third of a find, and the analyst can confirm little
in it. With ``neighbour_weight`` > 0 each labelled grid neighbour moves it too (a Yes neighbour up, a No
neighbour down by ``NO_SHARE`` as much): measured and off by default (docs/teach_flags.md: on the
labelled strips the tiles beside a Yes were as often the activity's look-alike edges as the activity).
With ``explore_every`` = n, every n-th place goes to the tile nearest the flag threshold instead (its
answer moves the threshold); off by default (``EXPLORE_EVERY``): it cost reviews and the flags' precision
and recall held without it. Labelled (marked, answered) and skipped tiles are never offered.
"""
from __future__ import annotations

import numpy as np

from ..model.concepts import ConceptError, neighbour_sum

#: Every n-th review place is the most uncertain tile instead of the most probable one (0: never).
EXPLORE_EVERY = 0
#: Log-odds a Yes-labelled grid neighbour adds to a tile's search priority (0: neighbours do not count).
NEIGHBOUR_WEIGHT = 0.0
#: What a No-labelled neighbour takes away, as a share of ``NEIGHBOUR_WEIGHT``.
NO_SHARE = 0.5
#: Probabilities are clipped this far from 0 and 1 before their log-odds are taken.
_EPS = 1e-6


def search_priority(probabilities: np.ndarray, area: np.ndarray | None = None, rows: np.ndarray | None = None,
                    cols: np.ndarray | None = None, positives=(), negatives=(),
                    neighbour_weight: float = NEIGHBOUR_WEIGHT) -> np.ndarray:
    """Each tile's search priority (log-odds; see the module docstring). ``area``: each tile's coverage
    (None: all full); ``rows``/``cols``: grid places, needed when ``neighbour_weight`` is not 0."""
    q = np.asarray(probabilities, dtype=np.float64)
    if area is not None:
        q = q * np.clip(np.asarray(area, dtype=np.float64), 0.0, 1.0)
    q = np.clip(q, _EPS, 1 - _EPS)
    z = np.log(q) - np.log1p(-q)
    if neighbour_weight and len(z):
        if rows is None or cols is None:
            raise ConceptError("neighbour-weighted review needs every tile's row and column")
        label = np.zeros(len(z))
        label[np.asarray(list(positives), dtype=np.int64)] = 1.0
        label[np.asarray(list(negatives), dtype=np.int64)] = -NO_SHARE
        z = z + neighbour_weight * neighbour_sum(label, rows, cols)[0]
    return z


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


def estimate_total(expected: np.ndarray, positives, labelled) -> tuple[int, int]:
    """(found, about): the labelled positives, and that plus the expected true tiles among the rest
    (the sum of ``expected``: each tile's probability on the count's curve, core/teach/calibrate.py), rounded."""
    p = np.asarray(expected, dtype=np.float64)
    rest = np.setdiff1d(np.arange(len(p)), np.asarray(list(labelled), dtype=np.int64))
    found = len(set(int(i) for i in positives))
    return found, found + int(round(float(p[rest].sum())))
