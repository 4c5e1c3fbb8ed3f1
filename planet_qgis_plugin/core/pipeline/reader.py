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
from typing import Callable, Iterator

import numpy as np

from .preprocess import BatchPreprocessor
from .tiling import Tile, TileGrid

MAX_READERS = 8  # more threads than this only add contention on the shared block cache
# GDAL's block cache during a run (its default is 5 % of RAM, gigabytes that stay taken from the desktop),
# sized by block_cache_bytes between these two: at most 128 MB (two rows of 256 px blocks of a 4-band
# 16-bit raster up to 32000 px wide), at least 32 MB (a whole 2048 px one, which the statistics read twice).
BLOCK_CACHE_BYTES = 128 * 1024 * 1024
MIN_BLOCK_CACHE_BYTES = 32 * 1024 * 1024

_cache_lock = threading.Lock()
_cache_runs: list = [[], 0]  # the limits of the runs in progress, GDAL's cache size before the first of them


def block_cache_bytes(dataset, chip: int, stride: int, tiles_in_flight: int = 0) -> int:
    """The block cache a run over ``dataset`` needs. Where chips and stride are whole blocks each block is
    decoded once and never asked for again, so nothing needs to stay cached; otherwise the block rows that
    one row of chips spans are read again by the next row (and a block holding several chips by each), and
    the reader threads work on ``tiles_in_flight`` tiles at once, rows ahead of the oldest: their blocks
    too (16384 px, 2 readers: 64 MB of cache cost 40 % more decoding than 96 MB)."""
    block_h, block_w = dataset.block_shapes[0]
    block = block_h * block_w * dataset.count * np.dtype(dataset.dtypes[0]).itemsize
    aligned = all(n % b == 0 for n in (chip, stride) for b in (block_h, block_w))
    ahead = -(-tiles_in_flight * chip // max(1, dataset.width)) * chip  # px rows of tiles in flight (at most)
    rows = 0 if aligned else -(-chip // block_h) + 1 + -(-ahead // block_h)
    need = rows * -(-dataset.width // block_w) * block
    return int(min(BLOCK_CACHE_BYTES, max(MIN_BLOCK_CACHE_BYTES, need)))


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
            every = ds.read(window=window, out=into) if whole else ds.read(window=window)
            nodata = every.dtype.type(self.nodata)
            # a pixel is valid where any band differs from nodata: a first band free of it decides at once
            first = every[0]
            if (first.min() > nodata) if nodata == 0 and every.dtype.kind == "u" else not (first == nodata).any():
                return every, None
            valid = (every != nodata).any(axis=0)
            if not valid.any():
                return None
            return every, None if valid.all() else valid
        valid = ds.dataset_mask(window=window) > 0
        if not valid.any():
            return None
        raw = ds.read(self.indexes, window=window)
        if raw.dtype.kind == "f":  # NaN/inf without a nodata value: treated as nodata
            valid &= np.isfinite(raw).all(axis=0)
            if not valid.any():
                return None
        return raw, None if valid.all() else valid

    @property
    def bands_read(self) -> int:
        """How many bands read_pixels returns."""
        return self.dataset.count if self.nodata is not None else len(self.indexes)

    @property
    def mapped(self) -> list[int]:
        """Positions of the mapped bands in read_pixels' ``pixels``."""
        return self.picks if self.nodata is not None else list(range(len(self.indexes)))


def read_chunk(source: WindowSource, tiles: list[Tile], prep: BatchPreprocessor, pool: BufferPool | None = None,
               scratch: np.ndarray | None = None) -> Batch:
    """Read, mask and preprocess a run of consecutive tiles, each straight into its slot of the batch
    buffer (``pool``'s, else a new one) while its pixels are still in the CPU's cache; all-nodata tiles
    are counted, not kept. ``scratch``: a (bands_read, size, size) buffer whole tiles are decoded into."""
    chips = pool.take() if pool is not None else np.empty(
        (len(tiles), len(source.indexes), prep.input_size, prep.input_size), np.float32)
    kept: list[Tile] = []
    coverage: list[float] = []
    try:
        for tile in tiles:
            got = source.read_pixels(tile, scratch)
            if got is not None:
                coverage.append(prep.chip(got[0], source.mapped, got[1], chips[len(kept)]))
                kept.append(tile)
    except BaseException:
        if pool is not None:
            pool.give(chips)
        raise
    if not kept:
        if pool is not None:
            pool.give(chips)
        return Batch(np.zeros((0,), np.float32), [], [], len(tiles))
    return Batch(chips[:len(kept)], kept, coverage, len(tiles) - len(kept), pool, chips)


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

    Threads take chunks in grid order, but a chunk is read through the handle of its stretch of columns
    (twice as many stretches as threads): tiles that straddle blocks (a CRS-anchored grid) share a row of
    blocks with the tiles below them, and GDAL caches decoded blocks per handle, so the same handle reading
    the same columns down the raster decodes each block once instead of once per thread that needs it.
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
        self._cols = max(1, grid.cols)
        self._stretches = min(self._cols, 2 * self.readers) if self.readers > 1 else 1
        self._handles: list[list] = [[None, None, threading.Lock()] for _ in range(self._stretches)]  # dataset, source
        self._cancel = cancel
        self._wrap = wrap_error
        self._chunks = enumerate(_chunks(grid, batch_size))
        self._lock = threading.Lock()
        self._slots = threading.Semaphore(self.readers + max(1, prefetch))
        self._done: queue.Queue = queue.Queue()
        self._stop = threading.Event()
        self._threads = [threading.Thread(target=self._work, name=f"planet-reader-{i}", daemon=True)
                         for i in range(self.readers)]
        for thread in self._threads:
            thread.start()

    def _next(self):
        with self._lock:
            return next(self._chunks, None)

    def _work(self) -> None:
        handle = None
        scratch: dict = {}
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
                handle = self._handles[tiles[0].col * self._stretches // self._cols]
                with handle[2]:
                    if handle[0] is None:
                        handle[0] = self._open()
                        handle[1] = WindowSource(handle[0], self._indexes, self._size)
                    source = handle[1]
                    key = (source.bands_read, handle[0].dtypes[0])
                    if key not in scratch:
                        scratch[key] = np.empty((key[0], self._size, self._size), key[1])
                    self._done.put((k, read_chunk(source, tiles, self._prep, self._pool, scratch[key])))
        except BaseException as exc:  # forwarded to the consumer, which re-raises it
            self._done.put((-2, self._wrap(handle[0] if handle else None, exc)))

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
        for handle in self._handles:
            if handle[0] is not None:
                handle[0].close()
                handle[0] = handle[1] = None
