"""Tiles that share pixels stay on one side of a split.

Tiles classified with a --stride below the tile size overlap: a validation tile whose pixels the network
trained on scores too well, and the epoch and thresholds picked on it with it. So overlapping tiles are
split in blocks (squares of BLOCKS tiles' size, the largest that leave enough blocks to split), and a
training tile that still overlaps a validation tile, at a block's edge, is left out of that training set.
Tiles that do not overlap (the default stride) are split one by one, as chips are.
"""
from __future__ import annotations

from typing import Sequence

import numpy as np

#: Block sides tried, in tiles, largest first: larger blocks lose fewer training tiles at their edges.
BLOCKS = (4, 2, 1)


def _bounds(windows: Sequence) -> np.ndarray:
    """(N, 4) col0, row0, col1, row1 of rasterio Windows."""
    return np.array([(w.col_off, w.row_off, w.col_off + w.width, w.row_off + w.height) for w in windows],
                    dtype=np.int64).reshape(-1, 4)


def _counts(a: np.ndarray, b: np.ndarray, chunk: int = 1024) -> np.ndarray:
    """(len(a),) how many of the windows ``b`` each window of ``a`` shares a pixel with (bounds as _bounds)."""
    out = np.zeros(len(a), np.int64)
    for i in range(0, len(a), chunk):  # chunked: N x N booleans at once would not fit for a large scene
        x = a[i:i + chunk, None, :]
        out[i:i + chunk] = ((x[..., 0] < b[:, 2]) & (b[:, 0] < x[..., 2]) &
                            (x[..., 1] < b[:, 3]) & (b[:, 1] < x[..., 3])).sum(1)
    return out


def overlaps(windows: Sequence, others: Sequence) -> np.ndarray:
    """(len(windows),) bool: whether each window shares a pixel with any of ``others``."""
    return _counts(_bounds(windows), _bounds(others)) > 0


def blocks(windows: Sequence, tile: int, parts: int) -> np.ndarray | None:
    """(N,) block of each window, 0..B-1, when any two windows overlap (None when none do, or no windows): the
    largest of BLOCKS that gives at least 2 * ``parts`` blocks (the parts of the split), else the smallest."""
    bounds = _bounds(windows)
    if len(bounds) < 2 or not (_counts(bounds, bounds) > 1).any():  # each window overlaps itself
        return None
    for side in BLOCKS:
        ids = np.unique(bounds[:, :2] // (side * tile), axis=0, return_inverse=True)[1].reshape(-1)
        if ids.max() + 1 >= 2 * parts:
            break
    return ids


def block_targets(targets: np.ndarray, ids: np.ndarray) -> np.ndarray:
    """(B, K) 0/1: the tags found in each block, to stratify the blocks as chips are stratified."""
    out = np.zeros((int(ids.max()) + 1, targets.shape[1]), targets.dtype)
    np.maximum.at(out, ids, targets)
    return out


def purge(windows: Sequence, train_idx: np.ndarray, val_idx: np.ndarray) -> np.ndarray:
    """``train_idx`` less the tiles that share a pixel with a validation tile."""
    if not len(train_idx) or not len(val_idx):
        return train_idx
    return train_idx[~overlaps([windows[i] for i in train_idx], [windows[i] for i in val_idx])]
