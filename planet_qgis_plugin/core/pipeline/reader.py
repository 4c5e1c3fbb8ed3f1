"""Parallel window reader: tiles of the grid -> batches of model input, in grid order.

Several threads read and preprocess chunks of ``batch_size`` consecutive tiles at once. rasterio
datasets are not thread-safe, so each thread opens its own handle on the raster (GDAL's block cache is
shared); GDAL and numpy release the GIL while decoding and converting, so the work spreads over cores.
A consumer gets the chunks back in grid order, so the output is the same whatever the thread count.
"""
from __future__ import annotations

import os
import queue
import threading
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Callable, Iterable, Iterator

import numpy as np
from rasterio.windows import Window

from ..wording import with_words
from .preprocess import BatchPreprocessor, finite_valid
from .tiling import Tile, TileGrid

MAX_READERS = 8  # more threads than this only add contention on the shared block cache
# GDAL's block cache during a run (its default is 5 % of RAM, gigabytes that stay taken from the desktop),
# sized by block_cache_bytes between these two: at least 32 MB (a whole 2048 px 4-band 16-bit raster, which
# the statistics read twice; enough for the readers' runs), at most 128 MB (rows of blocks taller than a chip).
BLOCK_CACHE_BYTES = 128 * 1024 * 1024
MIN_BLOCK_CACHE_BYTES = 32 * 1024 * 1024

_cache_lock = threading.Lock()
_cache_runs: list = [[], 0]  # the limits of the runs in progress, GDAL's cache size before the first of them


def block_cache_bytes(dataset, chip: int, stride: int, tiles_in_flight: int = 0) -> int:
    """The block cache a run over ``dataset`` needs. Where blocks are at most two chips tall the readers read
    runs of tiles down to a block boundary and hand on the rows the next row of tiles needs (WindowSource.
    read_run), so each block is decoded once and nothing needs to stay cached: the minimum, whatever the
    raster's width. Taller blocks: where chips and stride are whole blocks each block is decoded once and
    never asked for again; otherwise the block rows that one row of chips spans are read again by the next
    row (and a block holding several chips by each), and the reader threads work on ``tiles_in_flight``
    tiles at once, rows ahead of the oldest: their blocks too."""
    block_h, block_w = dataset.block_shapes[0]
    if strip_reading(dataset, chip):
        return MIN_BLOCK_CACHE_BYTES
    block = block_h * block_w * dataset.count * np.dtype(dataset.dtypes[0]).itemsize
    aligned = all(n % b == 0 for n in (chip, stride) for b in (block_h, block_w))
    ahead = -(-tiles_in_flight * chip // max(1, dataset.width)) * chip  # px rows of tiles in flight (at most)
    rows = 0 if aligned else -(-chip // block_h) + 1 + -(-ahead // block_h)
    need = rows * -(-dataset.width // block_w) * block
    return int(min(BLOCK_CACHE_BYTES, max(MIN_BLOCK_CACHE_BYTES, need)))


def strip_reading(dataset, chip: int) -> bool:
    """Whether the readers read runs of tiles down to a block boundary and hand on the rows below
    (WindowSource.read_run): blocks at most two chips tall."""
    return dataset.block_shapes[0][0] <= 2 * chip


def default_readers() -> int:
    """One reader per core (at least 2, so decoding overlaps with scaling), at most MAX_READERS."""
    return max(2, min(MAX_READERS, os.cpu_count() or 2))


@contextmanager
def bounded_block_cache(limit: int = BLOCK_CACHE_BYTES):
    """Lower GDAL's block cache to ``limit`` bytes for a run (the largest limit of the runs in progress);
    the previous size is back when the last concurrent run ends. (osgeo and rasterio share one GDAL in
    QGIS and on Debian; where osgeo is missing the cache is left alone.)"""
    try:
        from osgeo import gdal
    except ImportError:
        yield
        return
    with _cache_lock:
        if not _cache_runs[0]:
            _cache_runs[1] = gdal.GetCacheMax()
        _cache_runs[0].append(limit)
        gdal.SetCacheMax(min(max(_cache_runs[0]), _cache_runs[1]))
    try:
        yield
    finally:
        with _cache_lock:
            _cache_runs[0].remove(limit)
            gdal.SetCacheMax(min(max(_cache_runs[0]), _cache_runs[1]) if _cache_runs[0] else _cache_runs[1])


@dataclass
class Batch:
    chips: np.ndarray  # (n, C, S, S) float32, ready for the predictor
    tiles: list[Tile]
    coverage: list[float]
    skipped: int  # all-nodata tiles passed over in this stretch of the grid
    pool: "BufferPool | None" = None  # where the buffer ``chips`` is a view of goes back once predicted
    buffer: np.ndarray | None = None

    def release(self) -> None:
        """The chips are no longer needed (predicted): their buffer is reused for a later batch."""
        if self.pool is not None:
            self.pool.give(self.buffer)
            self.pool = self.buffer = None


class BufferPool:
    """Recycled (batch, C, S, S) float32 batch buffers: a run touches the same few buffers instead of
    new pages for every batch. ``allocate(shape)`` makes a buffer (a backend may pass page-locked
    memory for fast copies to a GPU); a buffer that is never given back is simply replaced."""

    def __init__(self, shape: tuple[int, ...], keep: int, allocate: Callable[[tuple[int, ...]], np.ndarray] | None = None):
        self.shape, self.keep = shape, keep
        self._allocate = allocate or (lambda shape: np.empty(shape, np.float32))
        self._free: list[np.ndarray] = []
        self._lock = threading.Lock()

    def take(self) -> np.ndarray:
        with self._lock:
            if self._free:
                return self._free.pop()
        return self._allocate(self.shape)

    def give(self, buffer: np.ndarray) -> None:
        with self._lock:
            if len(self._free) < self.keep:
                self._free.append(buffer)


class WindowSource:
    """Reads one tile's pixels and validity from one dataset handle (one per thread)."""

    def __init__(self, dataset, indexes: tuple[int, ...], tile_size: int):
        self.dataset = dataset
        self.indexes = list(indexes)
        self.size = tile_size
        # Fast path: integer bands whose only mask is one shared nodata value (or none at all). GDAL's
        # dataset mask is then "any band differs from nodata", computed here from the pixels already read
        # instead of a second pass through GDAL. Anything else (alpha, mask bands, float nodata) asks GDAL.
        flags = {tuple(f) for f in dataset.mask_flag_enums}
        names = {f.name for group in flags for f in group}
        integer = np.dtype(dataset.dtypes[0]).kind in "ui"
        self.all_valid = names == {"all_valid"} and integer
        self.nodata = None
        if integer and names == {"nodata"} and len(set(dataset.nodatavals)) == 1:
            self.nodata = dataset.nodatavals[0]
        # positions of the mapped bands among all bands, when all bands are read for the nodata test
        self.picks = [i - 1 for i in self.indexes]
        self.carries: dict[int, tuple[int, int, np.ndarray]] = {}  # grid column -> rows [y0, y1) kept by read_run

    def read(self, tile: Tile) -> tuple[np.ndarray, np.ndarray] | None:
        """(raw (C,h,w) of the mapped bands, valid (h,w)) or None for an all-nodata tile."""
        got = self.read_pixels(tile)
        if got is None:
            return None
        pixels, valid = got
        raw = pixels[self.picks] if self.nodata is not None else pixels
        return raw, np.ones(raw.shape[1:], bool) if valid is None else valid

    def read_pixels(self, tile: Tile, into: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray | None] | None:
        """(pixels, valid) or None for an all-nodata tile. ``pixels``: (B,h,w), all bands when the nodata
        test needs them (the mapped ones are ``pixels[self.picks]``), else the mapped bands; ``valid``:
        (h,w) booleans, or None where every pixel is valid (the common case, found without a mask).
        ``into``: a (B,size,size) buffer of the raster's dtype that a whole tile is decoded into."""
        ds, window = self.dataset, tile.window
        whole = into is not None and window.width == self.size and window.height == self.size
        if self.all_valid:
            return (ds.read(self.indexes, window=window, out=into) if whole
                    else ds.read(self.indexes, window=window)), None
        if self.nodata is not None:
            return self._validity(ds.read(window=window, out=into) if whole else ds.read(window=window))
        valid = ds.dataset_mask(window=window) > 0
        if not valid.any():  # GDAL's mask alone says so: the pixels are not read
            return None
        return self._masked(ds.read(self.indexes, window=window), valid)

    @staticmethod
    def _masked(pixels: np.ndarray, valid: np.ndarray) -> tuple[np.ndarray, np.ndarray | None] | None:
        """read_pixels' answer from a tile's pixels and GDAL's mask of them (``valid``, taken over): NaN/inf
        pixels are nodata too (preprocess.finite_valid)."""
        if not finite_valid(pixels, valid).any():
            return None
        return pixels, None if valid.all() else valid

    def _validity(self, every: np.ndarray) -> tuple[np.ndarray, np.ndarray | None] | None:
        """``every`` band of a tile (the nodata fast path) with its validity, as read_pixels returns them."""
        # a pixel is valid where any band differs from nodata: a first band free of it decides at once
        if self._free_of_nodata(every[0]):
            return every, None
        valid = (every != every.dtype.type(self.nodata)).any(axis=0)
        if not valid.any():
            return None
        return every, None if valid.all() else valid

    def _free_of_nodata(self, band: np.ndarray) -> bool:
        """Whether no pixel of ``band`` (pixels of the nodata fast path) is the nodata value."""
        nodata = band.dtype.type(self.nodata)
        return bool(band.min() > nodata) if nodata == 0 and band.dtype.kind == "u" else not (band == nodata).any()

    def _read_columns(self, bands, a: int, b: int, top: int, end: int, out: np.ndarray) -> None:
        """Pixel columns [a, b) of rows [top, end) of ``bands`` into ``out``; nothing where either is empty."""
        if end > top and b > a:
            self.dataset.read(bands, window=Window(a, top, b - a, end - top), out=out)

    @property
    def strips(self) -> bool:
        """Whether read_run reads runs of tiles in one go: blocks at most two chips tall (the rows handed on are
        then less than a row of blocks; taller blocks, e.g. a whole image in one, are read tile by tile)."""
        return strip_reading(self.dataset, self.size)

    def read_run(self, tiles: list[Tile], carries: "Carries", buffers: dict, edges: "Edges | None" = None
                 ) -> Iterator[tuple[Tile, tuple[np.ndarray, np.ndarray | None] | None]]:
        """Each tile of ``tiles`` with read_pixels' answer (the same pixels and validity). ``tiles``: side by
        side in one grid row (consecutive columns). With ``strips`` they are read in one GDAL call down to the
        next block boundary, and the rows below them that the next grid row's tiles of these columns need
        are kept in ``carries``, where that row's tiles take them: each block is then decoded once although
        tiles straddle block rows, and GDAL's cache need not hold rows of blocks. ``buffers``: this
        thread's reused buffers by name (made here; the pixels yielded are views of them, valid until the
        next call). ``edges``: where the run's first or last tile shares a column of blocks with the
        neighbouring run of the same grid row (another chunk, read by another thread), that column is decoded
        by whichever run gets there first and handed to the other (see Edges), rather than by both."""
        if getattr(self.dataset, "in_memory", False):  # decoded once (decoded.DecodedHandle): views, no copies
            for tile in tiles:
                yield tile, self._kept(tile)
            return
        dtype = self.dataset.dtypes[0]
        if not self.strips:
            shape = (self.bands_read, self.size, self.size)
            scratch = buffers.get("tile")
            if scratch is None or scratch.shape != shape or scratch.dtype != dtype:
                scratch = buffers["tile"] = np.empty(shape, dtype)
            for tile in tiles:
                yield tile, self.read_pixels(tile, scratch)
            return
        first, last = tiles[0].window, tiles[-1].window
        x0, x1 = first.col_off, last.col_off + last.width
        y0, y1 = first.row_off, first.row_off + first.height
        block_h = self.dataset.block_shapes[0][0]
        carried = carries.take(tiles)
        top = carried[0][1] if carried[0] is not None else y0
        if not all(c is not None and c[0] <= y0 < c[1] and c[1] == top for c in carried):
            top = y0  # a carry missing (the first row, an AOI's gap): read them whole
        end = max(top, min(self.dataset.height, -(-y1 // block_h) * block_h))
        general = not self.all_valid and self.nodata is None  # validity from GDAL's mask, kept beside the pixels
        # the block columns shared with the runs on either side: (columns, whether this run decodes them)
        row = tiles[0].row
        shared = [] if edges is None or general or getattr(self.dataset, "in_memory", False) else [
            (col, band, edges.claim(row, col)) for col in (tiles[0].col, tiles[-1].col + 1)
            if (band := edges.band(row, col)) is not None]
        sx0 = min([x0] + [a for _, (a, _), mine in shared if mine])  # the strip's columns: the run's and what it decodes
        sx1 = max([x1] + [b for _, (_, b), mine in shared if mine])
        # the columns this run decodes itself: all but the bands the neighbours decode
        dx0 = max([sx0] + [b for _, (a, b), mine in shared if not mine and a <= x0])
        dx1 = min([sx1] + [a for _, (a, b), mine in shared if not mine and b >= x1])
        shape = (self.bands_read, end - y0, sx1 - sx0)
        strip = buffers.get("strip")
        if strip is None or strip.dtype != dtype or any(have < want for have, want in zip(strip.shape, shape)):
            have = strip.shape if strip is not None and strip.dtype == dtype else (0, 0, 0)
            strip = buffers["strip"] = np.empty(tuple(map(max, have, shape)), dtype)
        strip = strip[:shape[0], :shape[1], :shape[2]]
        mask = np.empty(shape[1:], bool) if general else None
        if top > y0:
            for tile, (cy0, _, pixels, valid) in zip(tiles, carried):
                c0 = tile.window.col_off - sx0
                strip[:, :top - y0, c0:c0 + tile.window.width] = pixels[:, y0 - cy0:]
                if general:
                    mask[:top - y0, c0:c0 + tile.window.width] = valid[y0 - cy0:]
        bands = None if self.nodata is not None else self.indexes
        if general:
            if end > top and dx1 > dx0:
                window = Window(dx0, top, dx1 - dx0, end - top)
                self.dataset.read(bands, window=window, out=strip[:, top - y0:, dx0 - sx0:dx1 - sx0])
                mask[top - y0:] = self.dataset.dataset_mask(window=window) > 0
                finite_valid(strip[:, top - y0:], mask[top - y0:])  # in place: the rows read
        else:
            # the block columns this run claimed are read first, each on its own, and handed to the neighbour at
            # once, before this run waits for anything: the neighbour waits for one column of blocks, not for the
            # whole run (it did, ~1 ms a chunk at 2 readers, longer where this thread lost its core meanwhile)
            claimed = sorted((a, b, col) for col, (a, b), mine in shared if mine)
            for a, b, col in claimed:
                self._read_columns(bands, a, b, top, end, strip[:, top - y0:, a - sx0:b - sx0])
                edges.put(row, col, (top, end, strip[:, top - y0:, a - sx0:b - sx0].copy()))
            at = dx0
            for a, b in [(a, b) for a, b, _ in claimed] + [(dx1, dx1)]:  # then the columns between them
                self._read_columns(bands, at, a, top, end, strip[:, top - y0:, at - sx0:a - sx0])
                at = max(at, b)
        for col, (a, b), mine in shared:
            if not mine:
                c0, c1 = max(a, x0), min(b, x1)  # the part of the band inside this run
                got = edges.take(row, col)
                if got[0] <= top and got[1] == end:
                    strip[:, top - y0:, c0 - sx0:c1 - sx0] = got[2][:, top - got[0]:, c0 - a:c1 - a]
                elif end > top:  # the neighbour read other rows (its carries differed): read them here
                    self.dataset.read(bands, window=Window(c0, top, c1 - c0, end - top),
                                      out=strip[:, top - y0:, c0 - sx0:c1 - sx0])
        below = carries.next_top(tiles[0].row)
        keep = below is not None and below < end
        # the whole run's first band free of nodata (one test, not one a tile): every tile is valid throughout
        free = self.all_valid or not general and self._free_of_nodata(strip[0, :y1 - y0, x0 - sx0:x1 - sx0])
        for tile in tiles:
            c0, w = tile.window.col_off - sx0, tile.window.width
            carries.put(tile, (below, end, strip[:, below - y0:, c0:c0 + w].copy(),
                               mask[below - y0:, c0:c0 + w].copy() if general else None) if keep else None)
            pixels = strip[:, :y1 - y0, c0:c0 + w]
            if free:
                yield tile, (pixels, None)
            elif not general:
                yield tile, self._validity(pixels)
            else:
                valid = mask[:y1 - y0, c0:c0 + w]
                yield tile, None if not valid.any() else (pixels, None if valid.all() else valid.copy())

    def _kept(self, tile: Tile) -> tuple[np.ndarray, np.ndarray | None] | None:
        """read_pixels' answer for ``tile`` from a decoded.DecodedHandle: views of the kept pixels (the bands
        read_pixels reads, in its order) and the validity found as read_pixels finds it."""
        pixels, mask = self.dataset.view(tile.window)
        if self.all_valid:
            return pixels, None
        if self.nodata is not None:
            return self._validity(pixels)
        return self._masked(pixels, mask > 0)

    @property
    def bands_read(self) -> int:
        """How many bands read_pixels returns."""
        return self.dataset.count if self.nodata is not None else len(self.indexes)

    @property
    def mapped(self) -> list[int]:
        """Positions of the mapped bands in read_pixels' ``pixels``."""
        return self.picks if self.nodata is not None else list(range(len(self.indexes)))


class Carries:
    """Pixel rows read below one grid row's tiles that the next row's tiles of the same columns need (one entry
    per grid column, at most one row of tiles' worth), shared by the reader threads. A run of tiles waits until
    the tiles above it are read (they are in an earlier chunk, taken by another thread), so that it finds their
    rows rather than decoding those blocks again; the oldest chunk never waits, and ``stop`` ends every wait."""

    def __init__(self, grid: TileGrid, stop: threading.Event | None = None):
        self._grid = grid
        self._stop = stop
        self._rows: dict[int, tuple] = {}
        self._read: dict[int, int] = {}  # column -> the last row read there
        self._changed = threading.Condition()

    def next_top(self, row: int) -> int | None:
        """The first pixel row of grid row ``row + 1``'s tiles, None after the last row."""
        return self._grid.tile(row + 1, 0).window.row_off if row + 1 < self._grid.rows else None

    def take(self, tiles: list[Tile]) -> list[tuple | None]:
        """What is kept for each of ``tiles`` (popped), once the tiles above them are read."""
        above = [t.col for t in tiles if t.row > 0 and self._grid.selects(t.row - 1, t.col)]
        with self._changed:
            while any(self._read.get(col, -1) < tiles[0].row - 1 for col in above):
                if self._stop is not None and self._stop.is_set():
                    raise ReaderStopped()
                self._changed.wait(0.1)
            return [self._rows.pop(t.col, None) for t in tiles]

    def put(self, tile: Tile, kept: tuple | None) -> None:
        """``kept`` for the tile below ``tile`` (None: nothing), and ``tile`` read."""
        with self._changed:
            if kept is not None:
                self._rows[tile.col] = kept
            self._read[tile.col] = tile.row
            self._changed.notify_all()


class Edges:
    """Columns of blocks shared by two runs side by side in one grid row: the last tile of one chunk and the
    first of the next straddle the same blocks (a CRS-anchored grid), and the two chunks are read by different
    threads, each through its own handle (its own block cache), so both would decode them. Each such band is
    decoded once: the first run to get there claims it, reads it with its own run (to the block boundary) and
    puts it here; the other takes it, waiting if it must. A run puts what it claimed right after its read,
    before it waits for anything, so a wait always ends (``stop`` ends it too)."""

    def __init__(self, grid: TileGrid, block_width: int, width: int, stop: threading.Event | None = None):
        self._grid, self._block, self._width, self._stop = grid, block_width, width, stop
        self._bands: dict[tuple[int, int], tuple | None] = {}  # (row, col) -> None: claimed; else what was read
        self._changed = threading.Condition()

    def band(self, row: int, col: int) -> tuple[int, int] | None:
        """Pixel columns [a, b) of the blocks that tiles (row, col - 1) and (row, col) of the grid both touch, where
        both are in the grid and the band touches no other tile of the row (a stride much smaller than a block);
        else None. The same answer for either run: it depends on the grid alone."""
        grid, block = self._grid, self._block
        if not (grid.selects(row, col - 1) and grid.selects(row, col)):
            return None
        left, right = grid.tile(row, col - 1).window, grid.tile(row, col).window
        a = right.col_off // block * block
        b = min(self._width, -(-(left.col_off + left.width) // block) * block)
        if a >= b:
            return None
        if col + 1 < grid.cols and grid.tile(row, col + 1).window.col_off < b:
            return None
        if col >= 2 and (w := grid.tile(row, col - 2).window).col_off + w.width > a:
            return None
        return a, b

    def claim(self, row: int, col: int) -> bool:
        """True: the band between (row, col - 1) and (row, col) is this run's to read and put; False: the other's."""
        with self._changed:
            if (row, col) in self._bands:
                return False
            self._bands[(row, col)] = None
            return True

    def put(self, row: int, col: int, read: tuple) -> None:
        """``read``: (first row, end row, pixels (B, rows, columns of the band))."""
        with self._changed:
            self._bands[(row, col)] = read
            self._changed.notify_all()

    def take(self, row: int, col: int) -> tuple:
        """What the claiming run put (popped), once it is there."""
        with self._changed:
            while self._bands[(row, col)] is None:
                if self._stop is not None and self._stop.is_set():
                    raise ReaderStopped()
                self._changed.wait(0.1)
            return self._bands.pop((row, col))


class ReaderStopped(Exception):
    """A reader thread's wait ended because the reader is closing."""


def read_chunk(reads: Iterable[tuple[Tile, tuple[np.ndarray, np.ndarray | None] | None, list[int]]], count: int,
               bands: int, prep: BatchPreprocessor, pool: BufferPool | None = None) -> Batch:
    """Mask and preprocess ``count`` consecutive tiles as ``reads`` gives them (tile, read_pixels' answer,
    the mapped bands' positions in its pixels), each straight into its slot of the batch buffer (``pool``'s,
    else a new one) while its pixels are still in the CPU's cache; all-nodata tiles are counted, not kept."""
    chips = pool.take() if pool is not None else np.empty((count, bands, prep.input_size, prep.input_size), np.float32)
    kept: list[Tile] = []
    coverage: list[float] = []
    try:
        for tile, got, mapped in reads:
            if got is not None:
                coverage.append(prep.chip(got[0], mapped, got[1], chips[len(kept)]))
                kept.append(tile)
    except BaseException:
        if pool is not None:
            pool.give(chips)
        raise
    if not kept:
        if pool is not None:
            pool.give(chips)
        return Batch(np.zeros((0,), np.float32), [], [], count)
    return Batch(chips[:len(kept)], kept, coverage, count - len(kept), pool, chips)


def _runs(tiles: list[Tile]) -> Iterator[list[Tile]]:
    """``tiles`` cut into runs side by side in one grid row (consecutive columns)."""
    run: list[Tile] = []
    for tile in tiles:
        if run and (tile.row != run[-1].row or tile.col != run[-1].col + 1):
            yield run
            run = []
        run.append(tile)
    if run:
        yield run


def _chunks(grid: TileGrid, size: int) -> Iterator[list[Tile]]:
    chunk: list[Tile] = []
    for tile in grid:
        chunk.append(tile)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


class ParallelReader:
    """Iterate batches of model input over ``grid`` with ``readers`` threads; ``close()`` stops and joins them.

    ``open_dataset()`` opens the handles (rasterio datasets are not thread-safe: each is used by one thread at
    a time). Batches hold up to ``batch_size`` chips in grid order (a stretch with nodata tiles gives a
    shorter batch); at most ``readers + prefetch`` chunks are in memory at once, whatever the raster size.
    A consumer that calls ``Batch.release()`` once a batch is predicted lets its buffer be reused
    (``allocate``: how buffers are made, e.g. page-locked).

    Threads take chunks in grid order, each through its own handle, and read a chunk's tiles a run of side by
    side tiles at a time (WindowSource.read_run): tiles that straddle blocks (a CRS-anchored grid) share a
    row of blocks with the tiles below them, which the threads hand on in ``Carries`` (GDAL caches decoded
    blocks per handle, so another handle would decode them again).
    """

    def __init__(self, open_dataset: Callable[[], object], grid: TileGrid, indexes: tuple[int, ...],
                 prep: BatchPreprocessor, batch_size: int, readers: int, prefetch: int,
                 cancel: Callable[[], bool], wrap_error: Callable[[object, BaseException], BaseException],
                 allocate: Callable[[tuple[int, ...]], np.ndarray] | None = None):
        self.readers = max(1, readers)
        # chunks in flight (readers + prefetch), the one being predicted and one predicted ahead
        self._pool = BufferPool((batch_size, len(indexes), prep.input_size, prep.input_size),
                                self.readers + max(1, prefetch) + 2, allocate)
        self._open = open_dataset
        self._indexes = indexes
        self._prep = prep
        self._size = grid.size
        self._handles: list = []  # each thread's dataset, closed by close()
        self._cancel = cancel
        self._wrap = wrap_error
        self._chunks = enumerate(_chunks(grid, batch_size))
        self._lock = threading.Lock()
        self._slots = threading.Semaphore(self.readers + max(1, prefetch))
        self._done: queue.Queue = queue.Queue()
        self._stop = threading.Event()
        self._carries = Carries(grid, self._stop)
        self._grid = grid
        self._edges: Edges | None = None  # made with the first handle (it needs the block width)
        self._threads = [threading.Thread(target=with_words(self._work), name=f"planet-reader-{i}", daemon=True)
                         for i in range(self.readers)]
        for thread in self._threads:
            thread.start()

    def _next(self):
        with self._lock:
            return next(self._chunks, None)

    def _work(self) -> None:
        dataset = None
        buffers: dict = {}
        try:
            while not self._stop.is_set():
                while not self._slots.acquire(timeout=0.1):  # bounded read-ahead
                    if self._stop.is_set():
                        return
                if self._cancel():
                    self._done.put((-1, None))
                    return
                item = self._next()
                if item is None:
                    self._slots.release()
                    self._done.put((-1, None))  # this thread is finished
                    return
                k, tiles = item
                if dataset is None:
                    dataset = self._open()
                    self._handles.append(dataset)
                    source = WindowSource(dataset, self._indexes, self._size)
                    with self._lock:
                        if self._edges is None:
                            self._edges = Edges(self._grid, dataset.block_shapes[0][1], dataset.width, self._stop)
                reads = ((tile, got, source.mapped) for run in _runs(tiles)
                         for tile, got in source.read_run(run, self._carries, buffers, self._edges))
                self._done.put((k, read_chunk(reads, len(tiles), len(self._indexes), self._prep, self._pool)))
        except BaseException as exc:  # forwarded to the consumer, which re-raises it
            self._done.put((-2, self._wrap(dataset, exc)))

    def __iter__(self) -> Iterator[Batch]:
        pending: dict[int, Batch] = {}
        want, finished = 0, 0
        while True:
            while want in pending:
                batch = pending.pop(want)
                want += 1
                self._slots.release()
                yield batch
            if finished == self.readers:
                return
            k, item = self._done.get()
            if k == -2:
                raise item
            if k == -1:
                finished += 1
            else:
                pending[k] = item

    def close(self) -> None:
        self._stop.set()
        for thread in self._threads:
            while thread.is_alive():
                try:  # a thread waiting on a full queue cannot happen (unbounded), so joining suffices
                    thread.join(timeout=0.05)
                except KeyboardInterrupt:
                    continue
        for dataset in self._handles:
            dataset.close()
        self._handles.clear()
