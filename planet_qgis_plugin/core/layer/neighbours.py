"""A tile's neighbours on the layer's row/col grid: the tiles around it that do not overlap it.

A classify run lays its tiles one stride apart. Cut at the tile size (the default) the tiles around a tile
are its 8 neighbours. Cut with ``--stride`` below the tile size, the tile one stride along shares ground with
it: what it shows is the tile's own ground seen again, not a neighbour's. A tile's neighbours are therefore the
tiles ``step`` = ceil(tile / stride) strides away in rows or columns, whichever is more (at half a tile the 16
that abut it), on the grid the run recorded (PLANET_GRID); a layer that records none is taken as cut at the
tile size. The one rule of change (an isolated hit's margin, the neighbours evidence) and of a concept's
neighbour context (teach, classify --concept, batch: core/model/concepts.features).
"""
from __future__ import annotations

from typing import Mapping

import numpy as np

from .schema import RUN_META, recorded_grid


def neighbour_step(metadata: Mapping[str, str]) -> int:
    """Rows / columns of the grid from a tile to the nearest tiles that do not overlap it, for a layer with
    metadata items ``metadata``: ceil(tile_px / stride_px) of the grid its run recorded; 1 where it recorded
    none, or values no classify run writes."""
    grid = recorded_grid(metadata.get(RUN_META["grid"]))
    tile, stride = grid.get("tile_px"), grid.get("stride_px")
    if not all(type(v) is int for v in (tile, stride)) or not 1 <= stride <= tile:
        return 1
    return -(-tile // stride)


class Neighbours:
    """The tiles at ``rows``/``cols`` (a layer's, in its order) and each one's neighbours ``step`` places away
    (see the module docstring). A tile without a place (row or col below 0: NULL in the layer) has none and is
    nobody's; a step beyond the layer's extent (a hostile grid record) leaves every tile without any, rather
    than walking a ring of 8 x step places."""

    def __init__(self, rows: np.ndarray, cols: np.ndarray, step: int = 1):
        self.rows = np.asarray(rows, dtype=np.int64)
        self.cols = np.asarray(cols, dtype=np.int64)
        self.placed = (self.rows >= 0) & (self.cols >= 0)
        self.index = {(int(r), int(c)): i for i, (r, c) in enumerate(zip(self.rows, self.cols)) if self.placed[i]}
        r, c = self.rows[self.placed], self.cols[self.placed]
        span = max(int(r.max() - r.min()), int(c.max() - c.min())) if len(r) else 0
        # row by row, as the 8-neighbourhood was walked: sums over the ring add up in the same order at step 1
        self.offsets = [] if step > span else [(dr, dc) for dr in range(-step, step + 1) for dc in range(-step, step + 1)
                                               if max(abs(dr), abs(dc)) == step]

    def around(self, i: int) -> list[int]:
        """Indices of tile ``i``'s neighbours."""
        if not self.placed[i]:
            return []
        r, c = int(self.rows[i]), int(self.cols[i])
        return [self.index[(r + dr, c + dc)] for dr, dc in self.offsets if (r + dr, c + dc) in self.index]

    def sum(self, values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(sum, count): each tile's sum of ``values`` (N, ...) over its neighbours, as float64, and how many
        neighbours it has."""
        values = np.asarray(values)
        total = np.zeros(values.shape, dtype=np.float64)
        count = np.zeros(len(values))
        for dr, dc in self.offsets:
            hit = np.array([self.index.get((int(a) + dr, int(b) + dc), -1) for a, b in zip(self.rows, self.cols)],
                           dtype=np.int64)
            have = (hit >= 0) & self.placed
            total[have] += values[hit[have]]
            count[have] += 1
        return total, count
