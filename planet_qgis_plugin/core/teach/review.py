"""Review as search: which tiles to show the analyst next, and how many true tiles are left (numpy only).

An analyst hunting an activity wants to find every tile that shows it with the fewest looks, so review
offers the most probable unlabelled tiles first. Every ``EXPLORE_EVERY``-th place goes to the tile
nearest the flag threshold instead: its answer is what moves the threshold, and it keeps the concept
honest where the ranking is unsure. Labelled (marked, answered) and skipped tiles are never offered.
"""
from __future__ import annotations

import numpy as np

#: Every n-th review place is the most uncertain tile instead of the most probable one.
EXPLORE_EVERY = 5


def review_order(probabilities: np.ndarray, threshold: float, exclude, count: int,
                 explore_every: int = EXPLORE_EVERY) -> list[int]:
    """Up to ``count`` row indices to review next, in the order to show them (see the module docstring)."""
    p = np.asarray(probabilities, dtype=np.float64)
    left = np.setdiff1d(np.arange(len(p)), np.asarray(list(exclude), dtype=np.int64))
    if count <= 0 or left.size == 0:
        return []
    likely = list(left[np.lexsort((left, -p[left]))])
    uncertain = list(left[np.lexsort((left, np.abs(p[left] - threshold)))])
    out: list[int] = []
    listed: set[int] = set()
    while len(out) < min(count, left.size):
        pool = uncertain if explore_every and (len(out) + 1) % explore_every == 0 else likely
        row = next(int(i) for i in pool if int(i) not in listed)
        out.append(row)
        listed.add(row)
    return out


def estimate_total(probabilities: np.ndarray, positives, labelled) -> tuple[int, int]:
    """(found, about): the labelled positives, and that plus the expected true tiles among the rest
    (the sum of their calibrated probabilities), rounded."""
    p = np.asarray(probabilities, dtype=np.float64)
    rest = np.setdiff1d(np.arange(len(p)), np.asarray(list(labelled), dtype=np.int64))
    found = len(set(int(i) for i in positives))
    return found, found + int(round(float(p[rest].sum())))
