"""Review as search: which tiles to show the analyst next, and how many true tiles are left (numpy only).

An analyst hunting an activity wants to find every tile that shows it with the fewest looks, so review
offers the most probable unlabelled tiles first, and the concept is refitted after every answer (the
panel does; a program driving the CLI does when it answers the first tile of each list). With
``explore_every`` = n, every n-th place goes to the tile nearest the flag threshold instead (its answer
moves the threshold); off by default (``EXPLORE_EVERY``): on the labelled strips it cost reviews and the
flags' precision and recall held without it (docs/teach_flags.md). Labelled (marked, answered) and
skipped tiles are never offered.
"""
from __future__ import annotations

import numpy as np

#: Every n-th review place is the most uncertain tile instead of the most probable one (0: never).
EXPLORE_EVERY = 0


def review_order(probabilities: np.ndarray, threshold: float, exclude, count: int,
                 explore_every: int = EXPLORE_EVERY) -> list[int]:
    """Up to ``count`` row indices to review next, in the order to show them (see the module docstring)."""
    p = np.asarray(probabilities, dtype=np.float64)
    left = np.setdiff1d(np.arange(len(p)), np.asarray(list(exclude), dtype=np.int64))
    if count <= 0 or left.size == 0:
        return []
    pools = (left[np.lexsort((left, -p[left]))], left[np.lexsort((left, np.abs(p[left] - threshold)))])
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
