"""A grid of fixed-size windows over a raster, optionally strided and limited to an area of interest.

For a georeferenced north-up raster the grid is anchored to the CRS (crs_anchor): tiles start at multiples
of the stride in pixels from the CRS's origin, so scenes of one CRS and pixel size share tiles; the tiles
cut by the raster's edges are clipped (their pixels padded at the chip's bottom/right, as at any edge).
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Iterator

import numpy as np
from affine import Affine
from rasterio.windows import Window

from ..errors import AOIError, PlanetClassifierError, RasterError
from ..wording import tr
from .aoi import AOI, extent_text

#: A raster narrower (or lower) than a chip is said to be mostly padding where its tiles cover less than this share.
MOSTLY_PADDING = 0.5


class TilingError(PlanetClassifierError, ValueError):
    """Tile size or stride that cannot tile a raster."""


@dataclass(frozen=True)
class Tile:
    """One chip position: grid row/col, the window read from the raster (clipped at the edges)."""

    row: int
    col: int
    window: Window

    def footprint(self, transform: Affine) -> list[tuple[float, float]]:
        """Closed ring of the window's corners in the raster CRS (works for rotated transforms too)."""
        c0, r0 = self.window.col_off, self.window.row_off
        c1, r1 = c0 + self.window.width, r0 + self.window.height
        ring = [transform * (c, r) for c, r in ((c0, r0), (c1, r0), (c1, r1), (c0, r1))]
        return ring + [ring[0]]


@dataclass
class TileGrid:
    """Windows of ``size`` px every ``stride`` px over a ``width`` x ``height`` raster."""

    width: int
    height: int
    transform: Affine
    size: int = 256
    stride: int | None = None
    crs: object = None
    aoi: AOI | None = None
    anchor: tuple[int, int] = (0, 0)  # (cols, rows) px from the first tile's origin to the raster's corner


    def __post_init__(self) -> None:
        self.stride = self.size if self.stride is None else self.stride
        if self.size <= 0:
            raise TilingError(tr("tile size must be positive, got {size}").format(size=self.size))
        if not 1 <= self.stride <= self.size:
            raise TilingError(tr("stride {stride} px is not allowed: use 1..{size} px (the chip size; "
                                 "a larger step would leave unclassified gaps between tiles)").format(
                stride=self.stride, size=self.size))
        if self.width < 1 or self.height < 1:
            raise RasterError(tr("raster is {width}x{height} px: it holds no pixels").format(
                width=self.width, height=self.height))
        self.anchor = (int(self.anchor[0]) % self.stride, int(self.anchor[1]) % self.stride)
        self.cols = _count(self.width + self.anchor[0], self.size, self.stride)
        self.rows = _count(self.height + self.anchor[1], self.size, self.stride)
        self._selected = self._aoi_selection() if self.aoi is not None else None
        if self._selected is not None and not self._selected.any():
            corners = [self.transform * (c, r) for c in (0, self.width) for r in (0, self.height)]
            raise AOIError(tr("the area of interest does not intersect the raster: the raster spans "
                              "{raster_extent}, the area {area_extent}; check the area's "
                              "coordinates and CRS").format(
                raster_extent=extent_text(corners, self.crs), area_extent=self.aoi.extent()))

    def __len__(self) -> int:
        return int(self._selected.sum()) if self._selected is not None else self.rows * self.cols

    def __iter__(self) -> Iterator[Tile]:
        for row in range(self.rows):
            for col in range(self.cols):
                if self._selected is None or self._selected[row, col]:
                    yield self.tile(row, col)

    def selects(self, row: int, col: int) -> bool:
        """Whether the grid holds the tile at ``row``, ``col`` (inside the grid and, with an AOI, touching it)."""
        inside = 0 <= row < self.rows and 0 <= col < self.cols
        return inside and (self._selected is None or bool(self._selected[row, col]))

    def tile(self, row: int, col: int) -> Tile:
        if not (0 <= row < self.rows and 0 <= col < self.cols):  # a row or col edited by hand (teach --locate)
            raise TilingError(tr("tile {row}:{col} lies outside the raster's grid of {rows} x {cols} tiles (rows 0..{r}, "
                                 "cols 0..{c}): is it a tile of this raster, its row and col as classify wrote "
                                 "them?").format(row=row, col=col, rows=self.rows, cols=self.cols, r=self.rows - 1,
                                                  c=self.cols - 1))
        x, y = col * self.stride - self.anchor[0], row * self.stride - self.anchor[1]
        x0, y0 = max(0, x), max(0, y)
        return Tile(row, col, Window(x0, y0, min(x + self.size, self.width) - x0, min(y + self.size, self.height) - y0))

    def describe(self) -> dict:
        """The grid as stored with a run (layer metadata PLANET_GRID): how tiles were anchored."""
        if self.anchor == (0, 0) and not is_anchorable(self.transform, self.crs):
            return {"anchor": "corner", "tile_px": self.size, "stride_px": self.stride}
        t = self.transform
        return {"anchor": "crs", "origin": [0.0, 0.0], "pixel": [t.a, t.e], "tile_px": self.size,
                "stride_px": self.stride, "first_tile": list(t * (-self.anchor[0], -self.anchor[1]))}

    def padding_note(self) -> str | None:
        """What to tell the user when the whole raster is smaller than one chip: it is one padded tile (or, where
        it straddles lines of the CRS-anchored grid, a few); or when it is a strip narrower (or lower) than half a chip:
        every tile is mostly padding (a raster 1 px wide was 3 tiles each covering 1/256 of its chip, without a word)."""
        if self.width >= self.size and self.height >= self.size:
            return None
        if self.width >= self.size or self.height >= self.size:
            side = (f"{self.width} px wide" if self.width < self.size else f"{self.height} px high")
            most = min(self.width, self.size) * min(self.height, self.size) / self.size ** 2
            if most >= MOSTLY_PADDING:  # a strip nearly a chip across: its tiles are edge tiles as any raster has
                return None
            return (f"raster is {self.width}x{self.height} px, {side}, less than one {self.size}x{self.size} chip: "
                    f"each of its {len(self)} tiles is padded with nodata (coverage {most:.2g} at most)")
        if self.rows * self.cols > 1:
            return (f"raster is {self.width}x{self.height} px, smaller than one {self.size}x{self.size} chip, and "
                    f"straddles {self.rows * self.cols} tiles of the CRS-anchored grid: each is padded with nodata")
        return (f"raster is {self.width}x{self.height} px, smaller than one {self.size}x{self.size} chip: classified "
                f"as one tile padded with nodata (coverage {self.width * self.height / self.size ** 2:.2f})")

    def memory_estimate(self, bands: int, batch_size: int, prefetch: int = 2) -> int:
        """Bytes held by the reader and predictor at once (float32 batches in flight); independent of raster size."""
        return bands * self.size * self.size * 4 * batch_size * (prefetch + 2)

    def _aoi_selection(self) -> np.ndarray:
        """rows x cols booleans: tiles whose window the AOI overlaps with some area (an AOI GEOS cannot judge, of no
        area or not valid: the tiles it touches).

        The AOI is rasterised (all touched) on cells of one stride: a tile covers ``size // stride`` whole
        cells each way (and part of one more when the stride does not divide the size). Tiles well inside
        are decided there; tiles along the AOI's outline, and those cut by the raster's edges (whose cells reach
        past it, where the AOI may go on), on their own window: by GEOS (_overlaps), or for an AOI it cannot judge
        at gcd(size, stride) px cells, as a whole-raster mask at that resolution would, or at 1 px where the stride
        divides the size. Memory is one byte per stride cell, never one per pixel.
        """
        step, whole = self.stride, self.size // self.stride
        ax, ay = self.anchor
        shape = (math.ceil((self.height + ay) / step), math.ceil((self.width + ax) / step))
        aoi = self.aoi.in_crs(self.crs, self.transform, (self.height, self.width))
        inside = aoi.mask(self.crs, self.transform * Affine.translation(-ax, -ay) * Affine.scale(step), shape)
        shapes = aoi.exact_shapes()
        interior = _any_in_windows(_neighbours(inside, np.all), whole, self.rows, self.cols)
        if self.size % step == 0:  # tiles are made of whole cells
            near = _any_in_windows(_neighbours(inside, np.any), whole, self.rows, self.cols)
            cell = 1
            if shapes is not None:
                # a cell touched with its 8 neighbours lies inside the AOI (unless the raster's edge cuts its tile,
                # where the AOI may lie outside); the tiles along the outline are decided exactly: all-touched
                # burning takes a tile the AOI only borders (an AOI drawn on tile lines, or a tile layer given as
                # the AOI, took a ragged ring of neighbours) and misses a cell the AOI enters by about 1 % of its side
                sure = interior & ~self._clipped()
                maybe = near & ~sure
            else:  # the touched tiles, but those the raster's edge cuts and those beside them, looked at on their own
                sure = _any_in_windows(inside, whole, self.rows, self.cols)
                maybe = (sure & self._clipped()) | (near & ~sure)
        else:
            # certain: a whole cell inside the AOI's interior (it and its 8 neighbours touched), away from the
            # raster's edge (a cell reaching past it may hold AOI only outside the raster); candidates: a cell
            # next to a touched one anywhere in the tile's window. The rest of the candidates are checked exactly.
            edge_rows = ((np.arange(self.rows) + whole >= shape[0]) & bool((self.height + ay) % step)) | (
                (np.arange(self.rows) == 0) & bool(ay))
            edge_cols = ((np.arange(self.cols) + whole >= shape[1]) & bool((self.width + ax) % step)) | (
                (np.arange(self.cols) == 0) & bool(ax))
            sure = interior & ~(edge_rows[:, None] | edge_cols[None])
            maybe = _any_in_windows(_neighbours(inside, np.any), whole + 1, self.rows, self.cols) & ~sure
            cell = math.gcd(self.size, step)
        for row, col in np.argwhere(maybe):
            sure[row, col] = (self._overlaps(shapes, int(row), int(col)) if shapes is not None else
                              self._touches(aoi, int(row), int(col), cell))
        return sure

    def _clipped(self) -> np.ndarray:
        """rows x cols: tiles whose window the raster's edges cut (smaller than a chip)."""
        def cut(count: int, anchor: int, length: int) -> np.ndarray:
            start = np.arange(count) * self.stride - anchor
            return (start < 0) | (start + self.size > length)

        return cut(self.rows, self.anchor[1], self.height)[:, None] | cut(self.cols, self.anchor[0], self.width)[None]

    def _overlaps(self, shapes: list, row: int, col: int) -> bool:
        """Whether the AOI's ``shapes`` (AOI.exact_shapes) overlap tile ``row``, ``col``'s window with some area:
        a tile the AOI only borders along an edge or at a corner is not one it overlaps."""
        from osgeo import ogr

        ring = ogr.Geometry(ogr.wkbLinearRing)
        for x, y in self.tile(row, col).footprint(self.transform):
            ring.AddPoint_2D(x, y)
        window = ogr.Geometry(ogr.wkbPolygon)
        window.AddGeometry(ring)
        return any(shape.Intersects(window) and not shape.Touches(window) for shape in shapes)

    def _touches(self, aoi: AOI, row: int, col: int, cell: int) -> bool:
        """Whether ``aoi`` (in the raster's CRS) touches tile ``row``, ``col``: its window on cells of ``cell`` px,
        narrowed where the window is not whole cells so that none reaches past its edge (the raster's, beyond which
        the AOI may go on)."""
        window = self.tile(row, col).window
        cells = (math.ceil(window.height / cell), math.ceil(window.width / cell))
        at = self.transform * Affine.translation(window.col_off, window.row_off) * Affine.scale(
            window.width / cells[1], window.height / cells[0])
        return bool(aoi.mask(self.crs, at, cells).any())


def _neighbours(cells: np.ndarray, reduce) -> np.ndarray:
    """``reduce`` (np.all / np.any) over each cell and its 8 neighbours; outside the array counts as ``reduce``'s
    neutral value (True for all, False for any)."""
    padded = np.pad(cells, 1, constant_values=reduce is np.all)
    h, w = cells.shape
    return reduce([padded[dy:dy + h, dx:dx + w] for dy in range(3) for dx in range(3)], axis=0)


def _any_in_windows(cells: np.ndarray, span: int, rows: int, cols: int) -> np.ndarray:
    """rows x cols: whether ``cells[r:r+span, c:c+span]`` holds any True (a summed-area table, no loops)."""
    table = np.zeros((cells.shape[0] + 1, cells.shape[1] + 1), np.int64)
    table[1:, 1:] = cells.cumsum(axis=0, dtype=np.int64).cumsum(axis=1)
    r0 = np.minimum(np.arange(rows), cells.shape[0])[:, None]
    c0 = np.minimum(np.arange(cols), cells.shape[1])[None, :]
    r1 = np.minimum(r0 + span, cells.shape[0])
    c1 = np.minimum(c0 + span, cells.shape[1])
    return (table[r1, c1] - table[r0, c1] - table[r1, c0] + table[r0, c0]) > 0


def _count(length: int, size: int, stride: int) -> int:
    """Windows needed so that every pixel is covered (the last one may be partial)."""
    if length <= size:
        return 1
    return math.ceil((length - size) / stride) + 1


def crs_anchor(transform: Affine, crs, stride: int) -> tuple[int, int]:
    """(cols, rows) px from the CRS-anchored grid's tile origin to the raster's corner: tiles start at
    multiples of ``stride`` pixels from the CRS's origin (0, 0), so rasters of one CRS and pixel size share
    tiles. (0, 0) -- today's corner grid -- without a CRS or with a rotated / south-up transform."""
    if not is_anchorable(transform, crs):
        return (0, 0)
    col, row = round(transform.c / transform.a), round(transform.f / transform.e)
    return (col % stride, row % stride)


def is_anchorable(transform: Affine, crs) -> bool:
    """A georeferenced, north-up raster: its tiles can be cut on the CRS-anchored grid."""
    return crs is not None and not transform.b and not transform.d and transform.a > 0 and transform.e < 0
