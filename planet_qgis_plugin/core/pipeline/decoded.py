"""A raster small enough to hold in memory is decoded once per run: the statistics pass reads it at full
resolution (preprocess.stats_sample, which takes its decimated sample from those pixels, or for formats other
than GeoTIFF from GDAL's block cache right after)
and the reader threads take their tiles from the pixels kept here instead of decoding every block again."""
from __future__ import annotations

import threading
from typing import Sequence

import numpy as np

from .reader import WindowSource

#: The most bytes of decoded pixels a run keeps (the bands the readers read, and GDAL's mask where they need
#: it): a 2048 px 4-band 16-bit raster is 32 MB. A larger raster is decoded by the statistics pass and again
#: by the readers.
DECODE_ONCE_BYTES = 64 * 1024 * 1024
#: Formats whose pixels do not depend on the window they are read through (a VRT may resample its sources
#: window by window), so that a tile cut from the whole equals the tile read on its own.
DRIVERS = ("GTiff", "PNG", "JPEG")


class DecodedRaster:
    """The full-resolution pixels of a raster's bands ``bands`` (1-based) and, where ``masked``, GDAL's dataset
    mask, filled a strip of whole rows at a time by the statistics pass (``fill``); ``handle()`` reads them
    as a reader thread reads its own dataset handle."""

    def __init__(self, dataset, bands: Sequence[int], masked: bool):
        self.bands = list(bands)
        # np.empty: pages are taken as strips are filled, not before
        self.pixels = np.empty((len(self.bands), dataset.height, dataset.width), dataset.dtypes[0])
        self.mask = np.empty((dataset.height, dataset.width), np.uint8) if masked else None
        self.facts = {name: getattr(dataset, name) for name in (
            "name", "count", "dtypes", "nodatavals", "mask_flag_enums", "block_shapes", "height", "width")}
        # GDAL caches every band of a block it decodes, and the mask's blocks
        self.cache_bytes = dataset.height * dataset.width * (dataset.count * self.pixels.itemsize + 1)
        self._filled = 0
        self._lock = threading.Lock()

    @classmethod
    def offer(cls, dataset, indexes: Sequence[int]) -> DecodedRaster | None:
        """An empty one for ``dataset`` when it may be decoded once: a format of DRIVERS, at most DECODE_ONCE_BYTES
        kept; else None. Formats other than GeoTIFF only without overviews: their sample is GDAL's decimated read
        from its cache, which would read an overview instead of the pixels (stats_sample never reads overviews)."""
        if dataset.driver not in DRIVERS or (dataset.overviews(indexes[0]) and dataset.driver != "GTiff"):
            return None
        source = WindowSource(dataset, tuple(indexes), 1)  # which bands and mask the readers will ask for
        bands = range(1, dataset.count + 1) if source.nodata is not None else indexes
        masked = not source.all_valid and source.nodata is None
        kept = dataset.height * dataset.width * (len(bands) * np.dtype(dataset.dtypes[0]).itemsize + masked)
        return cls(dataset, bands, masked) if kept <= DECODE_ONCE_BYTES else None

    def fill(self, dataset, window) -> None:
        """Decode ``window`` (whole rows) of ``dataset`` into the kept pixels (several threads fill different rows)."""
        rows = slice(window.row_off, window.row_off + window.height)
        dataset.read(self.bands, window=window, out=self.pixels[:, rows])
        if self.mask is not None:
            self.mask[rows] = dataset.dataset_mask(window=window)
        with self._lock:
            self._filled += window.height

    def sample(self, bands: Sequence[int], rows: np.ndarray, cols: np.ndarray, all_valid: bool, nodata
               ) -> tuple[np.ndarray, np.ndarray]:
        """The pixels of ``bands`` (1-based) at ``rows`` x ``cols`` (filled ones) and their validity: GDAL's mask
        where it was kept, else every pixel valid (``all_valid``) or any band differing from ``nodata`` (every
        band is kept then)."""
        position = {band: k for k, band in enumerate(self.bands)}
        grid = (_as_slice(rows), _as_slice(cols))
        if isinstance(grid[0], np.ndarray) or isinstance(grid[1], np.ndarray):
            grid = np.ix_(rows, cols)
        raw = np.stack([self.pixels[position[b]][grid] for b in bands])
        if self.mask is not None:
            return raw, self.mask[grid] > 0
        if all_valid:
            return raw, np.ones((len(rows), len(cols)), bool)
        from .preprocess import any_valid

        return raw, any_valid(self.pixels[(slice(None),) + grid], nodata)

    @property
    def complete(self) -> bool:
        """Every row filled (a raster the statistics sample in blocks is never filled)."""
        return self._filled == self.pixels.shape[1]

    def handle(self) -> "DecodedHandle":
        return DecodedHandle(self)


def _as_slice(index: np.ndarray) -> slice | np.ndarray:
    """``index`` (increasing) as a slice where its steps are equal (a view instead of a gather), else itself."""
    step = int(index[1] - index[0]) if len(index) > 1 else 1
    if step > 0 and np.array_equal(index, np.arange(index[0], index[0] + step * len(index), step)):
        return slice(int(index[0]), int(index[0]) + step * len(index), step)
    return index


class DecodedHandle:
    """What WindowSource uses of a rasterio dataset (read, dataset_mask and the dataset's facts), answered from
    a DecodedRaster: the same pixels and mask as reading the window from the file."""

    in_memory = True  # nothing to decode: the readers need not hand blocks to each other (reader.Edges)

    def __init__(self, decoded: DecodedRaster):
        self.__dict__.update(decoded.facts)
        self._decoded = decoded
        self._position = {band: k for k, band in enumerate(decoded.bands)}

    def read(self, indexes: Sequence[int] | None = None, window=None, out: np.ndarray | None = None) -> np.ndarray:
        """(bands, h, w) pixels of ``window``: ``indexes`` (1-based), or all bands when None."""
        rows, cols = self._slices(window)
        picks = [self._position[i] for i in (range(1, self.count + 1) if indexes is None else indexes)]
        pixels = self._decoded.pixels
        if out is None:
            out = np.empty((len(picks), rows.stop - rows.start, cols.stop - cols.start), pixels.dtype)
        for k, band in enumerate(picks):
            out[k] = pixels[band, rows, cols]
        return out

    def view(self, window) -> tuple[np.ndarray, np.ndarray | None]:
        """The kept bands of ``window`` (in the kept order: every band, or the bands asked for) and GDAL's mask
        there (None where it was not kept), as views of the kept arrays: read them, never write."""
        rows, cols = self._slices(window)
        mask = self._decoded.mask
        return self._decoded.pixels[:, rows, cols], None if mask is None else mask[rows, cols]

    def dataset_mask(self, window=None) -> np.ndarray:
        rows, cols = self._slices(window)
        return self._decoded.mask[rows, cols].copy()

    def _slices(self, window) -> tuple[slice, slice]:
        if window is None:
            return slice(0, self.height), slice(0, self.width)
        return (slice(window.row_off, window.row_off + window.height),
                slice(window.col_off, window.col_off + window.width))

    def close(self) -> None:
        """Nothing to close: the pixels belong to the DecodedRaster."""
