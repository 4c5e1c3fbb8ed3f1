"""Turn raster windows into model input: band selection, scaling to the training look, masking, padding,
resizing and normalisation. The same ``normalize`` is used by the trainer on JPG chips."""
from __future__ import annotations

import math
import threading
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable, Sequence

import numpy as np

from ..errors import RasterError
from ..model.bundle import Manifest, Scaling
from ..wording import tr, with_words

if TYPE_CHECKING:
    from .decoded import DecodedRaster
    from .spill import BlockSpill

SUPPORTED_DTYPES = ("uint8", "uint16", "int16", "uint32", "int32", "float32", "float64")
STATS_MAX_SIDE = 1024  # scene statistics from at most this many px squared...
STATS_MAX_BLOCKS = 1024  # ...decoding at most this many of its blocks (see stats_sample)
#: Fewer valid pixels than this in the sample (a raster whose data lies in a few of its blocks, which the even sample
#: may miss) and it is drawn again from the blocks that hold data (stats_sample, _blocks_with_data); at this many
#: a p2 of the stretch rests on some 80 of them
STATS_MIN_VALID = 4096
#: Most px a side of the coarse read of GDAL's mask that finds the blocks holding data where GDAL cannot tell...
STATS_MASK_SIDE = 4 * STATS_MAX_SIDE
#: ...in at most this many blocks (each decoded once, as the run's reading of the tiles decodes it)
STATS_MAX_SCANNED = 1 << 16
#: Runs a statistics thread's share of the work is cut into (_in_order): the threads take them in turn, so that
#: their shares even out where one of them loses its core for a while
IN_ORDER_RUNS = 8
#: Integer types whose percentiles are counted (counted_percentiles) rather than partitioned (np.percentile).
COUNTED_DTYPES = ("uint8", "int8", "uint16", "int16")


def percentile_stretch(array: np.ndarray, low_pct: float, high_pct: float,
                       valid: np.ndarray | None = None) -> np.ndarray:
    """Per band (C,H,W): map the ``low_pct``..``high_pct`` percentiles of valid pixels to 0..1, clipped."""
    lo, hi = band_percentiles(array, low_pct, high_pct, valid)
    return apply_stretch(array, lo, hi)


def band_percentiles(array: np.ndarray, low_pct: float, high_pct: float,
                     valid: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Per-band percentiles over valid pixels (all pixels if ``valid`` is None or selects none)."""
    flat = array.reshape(array.shape[0], -1)
    keep = valid.reshape(-1) if valid is not None and valid.any() and not valid.all() else None  # all: no copy
    if flat.dtype.name in COUNTED_DTYPES:
        lo, hi = np.array([counted_percentiles(band if keep is None else band[keep], (low_pct, high_pct))
                           for band in flat]).T
        return guarded_range(lo, hi)
    if flat.dtype.kind == "f":
        flat = flat.astype(np.float64)
    # integers stay as they are: the same percentiles (numpy interpolates in float64), half the time
    if keep is not None:
        flat = flat[:, keep]
    lo, hi = np.percentile(flat, [low_pct, high_pct], axis=1)
    return guarded_range(lo, hi)


def counted_percentiles(values: np.ndarray, percents: Sequence[float]) -> np.ndarray:
    """np.percentile(values, percents) of 8- or 16-bit integers (COUNTED_DTYPES), the same numbers from a count
    of each value instead of partitioning the pixels: the order statistics on either side of each
    percentile's position, interpolated in numpy's own arithmetic (its 'linear' method, numpy._lerp)."""
    low = int(np.iinfo(values.dtype).min)
    cumulative = np.cumsum(np.bincount(values.astype(np.int32) - low if low else values))
    n = int(cumulative[-1])
    position = (n - 1) * np.true_divide(np.asanyarray(percents), 100)
    below = np.floor(position)
    last = position >= n - 1  # numpy takes the last value twice there
    first, second = (np.where(last, n - 1, k).astype(np.intp) for k in (below, below + 1))
    a, b = ((np.searchsorted(cumulative, k, side="right") + low).astype(values.dtype) for k in (first, second))
    gamma = position - np.where(last, -1, below)
    step = np.subtract(b, a)
    out = np.add(a, step * gamma)
    np.subtract(b, step * (1 - gamma), out=out, where=gamma >= 0.5)
    return out


def guarded_range(lo: np.ndarray, hi: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Stretch limits whose span is never zero, also in float32 (where 65535 + 1e-6 == 65535): a band whose
    low and high percentiles (nearly) meet, e.g. one saturated at 65535 or 4095, gets a span of a millionth
    of its value (at least 1e-6) centred on it, so its common value maps to mid-grey instead of 0/0 = NaN."""
    lo, hi = np.asarray(lo, np.float64), np.asarray(hi, np.float64)
    half = np.maximum(np.abs((lo + hi) / 2) * 1e-6, 1e-6)
    flat = hi - lo < 2 * half
    centre = (lo + hi) / 2
    return np.where(flat, centre - half, lo), np.where(flat, centre + half, hi)


def apply_stretch(array: np.ndarray, lo: Sequence[float], hi: Sequence[float]) -> np.ndarray:
    """(C,H,W) values -> 0..1 float32 between per-band ``lo`` and ``hi``. A floating-point raster is stretched in
    float64: a float64 one's values and limits may lie beyond float32's range (1e300 would become inf, and inf - inf
    NaN), and a float32 one's span hi - lo may (-3.4e38 to 3.4e38: inf, and inf / inf NaN)."""
    dtype = np.float64 if array.dtype.kind == "f" else np.float32
    lo = np.asarray(lo, dtype)[:, None, None]
    hi = np.asarray(hi, dtype)[:, None, None]
    with np.errstate(over="ignore"):  # hi - lo of limits near float64's own range: inf, and the values 0
        out = np.clip((array.astype(dtype, copy=False) - lo) / (hi - lo), 0.0, 1.0)
    return out.astype(np.float32, copy=False)


def normalize(array01: np.ndarray, mean: Sequence[float], std: Sequence[float]) -> np.ndarray:
    """(C,H,W) or (N,C,H,W) 0..1 values -> (x - mean) / std per channel, float32."""
    shape = (-1, 1, 1)
    m = np.asarray(mean, np.float32).reshape(shape)
    s = np.asarray(std, np.float32).reshape(shape)
    return ((array01.astype(np.float32) - m) / s).astype(np.float32)


def resize_bilinear(array: np.ndarray, size: int) -> np.ndarray:
    """(..., H, W) -> (..., size, size), bilinear with align_corners=False (as torch's interpolate)."""
    h, w = array.shape[-2:]
    if h == size and w == size:
        return array

    def axis(n_in: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        pos = np.clip((np.arange(size) + 0.5) * n_in / size - 0.5, 0, n_in - 1)
        i0 = np.floor(pos).astype(int)
        return i0, np.minimum(i0 + 1, n_in - 1), (pos - i0).astype(np.float32)

    y0, y1, fy = axis(h)
    x0, x1, fx = axis(w)
    rows0, rows1 = array[..., y0, :], array[..., y1, :]
    top = rows0[..., x0] * (1 - fx) + rows0[..., x1] * fx
    bottom = rows1[..., x0] * (1 - fx) + rows1[..., x1] * fx
    return (top * (1 - fy)[:, None] + bottom * fy[:, None]).astype(np.float32)


@dataclass
class Scaler:
    """Raw values of one raster -> 0..1, following the bundle's scaling rule for the raster's dtype."""

    rule: Scaling
    lo: np.ndarray | None = None
    hi: np.ndarray | None = None

    def __call__(self, raw: np.ndarray) -> np.ndarray:
        rule = self.rule
        if rule.method == "as_is":
            return raw.astype(np.float32) / 255.0
        if rule.method == "divide":
            return np.clip(raw.astype(np.float32) / rule.scale, 0.0, 1.0)
        if rule.method == "linear":
            gain = np.asarray(rule.gain, np.float32)[:, None, None]
            offset = np.asarray(rule.offset, np.float32)[:, None, None]
            return np.clip(raw.astype(np.float32) * gain + offset, 0.0, 1.0)
        stretched = apply_stretch(raw, self.lo, self.hi)
        if rule.out_low is None:
            return stretched
        out_lo = np.asarray(rule.out_low, np.float32)[:, None, None]
        out_hi = np.asarray(rule.out_high, np.float32)[:, None, None]
        return np.clip(out_lo + stretched * (out_hi - out_lo), 0.0, 1.0)

    def describe(self) -> str:
        if self.rule.method == "percentile_stretch":
            lo = ", ".join(f"{v:.0f}" for v in self.lo)
            hi = ", ".join(f"{v:.0f}" for v in self.hi)
            target = "" if self.rule.out_low is None else (
                f" -> [{', '.join(f'{v:.2f}' for v in self.rule.out_low)}]..[{', '.join(f'{v:.2f}' for v in self.rule.out_high)}]")
            return f"percentile stretch p{self.rule.low:g}..p{self.rule.high:g}: [{lo}]..[{hi}]{target}"
        return self.rule.method


def scaling_rule(manifest: Manifest, dtype: str) -> Scaling:
    """The bundle's rule for ``dtype``: an exact entry, else 'uint16' (any non-8-bit type), else an error."""
    if dtype not in SUPPORTED_DTYPES:
        raise RasterError(tr("raster data type {dtype} is not supported (use one of {SUPPORTED_DTYPES})").format(
            dtype=dtype, SUPPORTED_DTYPES=', '.join(SUPPORTED_DTYPES)))
    if dtype in manifest.scaling:
        return manifest.scaling[dtype]
    if dtype != "uint8" and "uint16" in manifest.scaling:
        return manifest.scaling["uint16"]
    raise RasterError(tr("the model bundle says nothing about scaling {dtype} rasters "
                         "(it knows {scaling})").format(dtype=dtype, scaling=', '.join(manifest.scaling)))


def scene_scaler(dataset, indexes: Sequence[int], rule: Scaling, open_dataset: Callable[[], object] | None = None,
                 threads: int = 1, keep: "DecodedRaster | None" = None, spill: "BlockSpill | None" = None) -> Scaler:
    """Per-scene stretch limits from a bounded sample of the raster (see ``stats_sample``); within
    remembered_statistics(), those of this version of the raster sampled before in this process, if any."""
    if rule.method != "percentile_stretch":
        return Scaler(rule)
    from .sources import raster_version

    version = raster_version(dataset)
    key = None if version is None else (version, tuple(indexes), repr(rule))
    if key is not None and _REMEMBERED.get():
        with _SCALERS_LOCK:
            known = _SCALERS.get(key)
        if known is not None:
            return Scaler(rule, known.lo.copy(), known.hi.copy())
    raw, valid = stats_sample(dataset, indexes, open_dataset, threads, keep, spill)
    if not finite_valid(raw, valid).any():
        raise RasterError(tr("the raster holds no valid pixels (all nodata)"))
    lo, hi = band_percentiles(raw, rule.low, rule.high, valid)
    if key is not None:
        with _SCALERS_LOCK:
            _SCALERS.pop(key, None)
            if len(_SCALERS) >= SCALERS_REMEMBERED:
                _SCALERS.pop(next(iter(_SCALERS)))
            _SCALERS[key] = Scaler(rule, lo.copy(), hi.copy())
    return Scaler(rule, lo, hi)


#: Scene statistics sampled in this process, kept per version of a raster (raster.raster_version: its files'
#: inode, size and times), band mapping and scaling rule, the oldest going first past this many. Only callers
#: within remembered_statistics() take them (the same numbers, not sampled again): the teach panel's "Where?"
#: (core/teach/locate.Locator) after the plugin's classify run on the raster; elsewhere each run samples its own.
SCALERS_REMEMBERED = 64
_SCALERS: dict[tuple, Scaler] = {}
_SCALERS_LOCK = threading.Lock()  # the plugin's runs and "Where?" are QgsTasks: threads
_REMEMBERED: ContextVar[bool] = ContextVar("remembered_statistics", default=False)


@contextmanager
def remembered_statistics():
    """Within it (in this thread), scene_scaler takes the statistics of a version of a raster sampled before in
    this process, where there are any, rather than sampling it again."""
    token = _REMEMBERED.set(True)
    try:
        yield
    finally:
        _REMEMBERED.reset(token)


def pixel_validity(dataset) -> tuple[bool, float | int | None]:
    """How a raster's validity follows from its pixels without GDAL's mask: (True, None) where every pixel is
    valid (integer bands, no mask of any kind); (False, value) for integer bands whose only mask is one nodata
    value shared by all bands (GDAL's dataset mask is then: any band differs from it); (False, None) where
    GDAL's mask is needed (alpha, mask bands, float bands, a nodata value the band type cannot hold)."""
    names = {f.name for group in dataset.mask_flag_enums for f in group}
    dtype = np.dtype(dataset.dtypes[0])
    if dtype.kind not in "ui":
        return False, None
    if names == {"all_valid"}:
        return True, None
    nodata = dataset.nodatavals[0]
    if names == {"nodata"} and len(set(dataset.nodatavals)) == 1 and nodata is not None and float(nodata).is_integer() \
            and np.iinfo(dtype).min <= nodata <= np.iinfo(dtype).max:
        return False, nodata
    return False, None


def finite_valid(pixels: np.ndarray, valid: np.ndarray) -> np.ndarray:
    """``valid`` (...) less, in place, the pixels of float ``pixels`` (B, ...) that are NaN or infinite in any band:
    without a nodata value saying so they are nodata all the same (the statistics, the tile readers); returns it."""
    if pixels.dtype.kind == "f":
        valid &= np.isfinite(pixels).all(axis=0)
    return valid


def any_valid(every: np.ndarray, nodata) -> np.ndarray:
    """Valid pixels of ``every`` band (B, ...): where any band differs from ``nodata`` (GDAL's dataset mask)."""
    return (every != every.dtype.type(nodata)).any(axis=0)


def _nearest_rows(offset: int, size: int, out: int) -> np.ndarray:
    """The source rows (or columns) GDAL's nearest-neighbour read of ``size`` rows from ``offset`` into ``out``
    picks: the one under each output pixel's centre."""
    return offset + np.floor((np.arange(out) + 0.5) * (size / out)).astype(np.intp)


def stats_sample(dataset, indexes: Sequence[int], open_dataset: Callable[[], object] | None = None,
                 threads: int = 1, keep: "DecodedRaster | None" = None, spill: "BlockSpill | None" = None
                 ) -> tuple[np.ndarray, np.ndarray]:
    """(C,1,n) pixels and their validity (1,n) to take the scene's statistics from; never a whole-raster
    pass over a large raster, so time and memory are the same for any raster size.

    In order of preference: a decimated read at most STATS_MAX_SIDE px a side when the raster is that small or has
    at most STATS_MAX_BLOCKS blocks (GDAL decodes all), and has no overviews; else at most STATS_MAX_BLOCKS whole
    blocks, one drawn in each cell of an even grid over the raster (_jittered; a block is GDAL's unit of decoding,
    so a window smaller than a block would cost as much), every k-th of their pixels so that at most
    STATS_MAX_SIDE**2 pixels go into the percentiles. Overviews are never read: GDAL's decimated read would take the
    overview, and an overview made by averaging (gdaladdo -r average) has lost the tails the percentiles are taken
    from; GDAL does not say how an overview was made (docs/speed.md). With ``open_dataset`` the strips or
    blocks are read by ``threads`` threads, each with its own handle, in contiguous runs joined in order (the same
    sample). ``keep`` (decoded.DecodedRaster): where the raster is read whole, each strip is first decoded at full
    resolution into it, so that the readers need not decode it again; the decimated sample is then taken from those
    pixels (the ones GDAL's decimated read picks). ``spill`` (spill.BlockSpill): the whole blocks sampled are put
    there for the readers, which then need not decode them again. Validity comes from the pixels where a nodata value or nothing
    masks them (pixel_validity: GDAL's dataset mask, without a second pass), else from GDAL.
    """
    from rasterio.windows import Window

    indexes = list(indexes)
    all_valid, nodata = pixel_validity(dataset)
    picks = [i - 1 for i in indexes]  # where the nodata test reads every band
    bands = None if nodata is not None else indexes  # what a read of the pixels asks GDAL for (None: every band)
    height, width = dataset.height, dataset.width
    block_h, block_w = (min(b, n) for b, n in zip(dataset.block_shapes[0], (height, width)))
    blocks_y, blocks_x = -(-height // block_h), -(-width // block_w)
    small = height * width <= STATS_MAX_SIDE ** 2 or blocks_y * blocks_x <= STATS_MAX_BLOCKS

    def _blocks_sample(blocks: list[tuple[int, int]]) -> tuple[np.ndarray, np.ndarray]:
        """Whole ``blocks`` (row, column), every k-th pixel: at most STATS_MAX_SIDE**2 pixels in all."""
        step = max(1, int(np.ceil(len(blocks) * block_h * block_w / STATS_MAX_SIDE ** 2))) | 1  # odd: no column lattice
        windows = [Window(bx * block_w, by * block_h, min(block_w, width - bx * block_w),
                          min(block_h, height - by * block_h)) for by, bx in blocks]

        def sample(ds, w) -> tuple[np.ndarray, np.ndarray]:
            # copies: a strided view would keep each whole block alive (1024 blocks of 4-band uint16 are
            # 512 MB), the copy only the pixels sampled
            block = ds.read(bands, window=w)
            if spill is not None:
                spill.put(w, bands, block)
            if nodata is not None:
                every = block.reshape(dataset.count, -1)[:, ::step]
                return every[picks], any_valid(every, nodata)
            raw = block.reshape(len(indexes), -1)[:, ::step].copy()
            return raw, (np.ones(raw.shape[1], bool) if all_valid else
                         (ds.dataset_mask(window=w) > 0).reshape(-1)[::step].copy())

        got = _in_order(sample, windows, dataset, open_dataset, threads)
        return np.concatenate([r for r, _ in got], axis=1)[:, None], np.concatenate([v for _, v in got])[None]

    # GeoTIFFs: the sample GDAL's decimated read would take, from the kept pixels with their validity (other
    # formats, or a validity the kept pixels do not give, read it from GDAL's cache that the full-resolution
    # read filled)
    in_memory = (keep is not None and dataset.driver == "GTiff"
                 and (keep.mask is not None or all_valid or nodata is not None))
    # a raster with overviews only where the sample comes from the kept pixels: GDAL's decimated read would read an
    # overview
    if small and (in_memory or not dataset.overviews(indexes[0])):
        factor = max(1, int(np.ceil(max(width, height) / STATS_MAX_SIDE)))
        shape = (max(1, height // factor), max(1, width // factor))
        # in strips of whole blocks and whole decimation steps, so that GDAL finds a strip's blocks in its
        # cache for every band and the mask: read whole, a raster larger than the cache was decoded once
        # per band and once more for the mask. A strip's pixels are the whole read's (same step, same
        # origin); where the step is not a whole number of rows (height not a multiple of it), whole.
        strip = block_h * factor // math.gcd(block_h, factor)
        strips = range(0, height, strip) if factor > 1 and height % factor == 0 else [0]

        def decimated(ds, y: int) -> tuple[np.ndarray, np.ndarray]:
            rows = height - y if len(strips) == 1 else min(strip, height - y)
            window = Window(0, y, width, rows)
            out = (rows // factor if len(strips) > 1 else shape[0], shape[1])
            if keep is not None:
                keep.fill(ds, window)
                if in_memory:
                    return keep.sample(indexes, _nearest_rows(y, rows, out[0]), _nearest_rows(0, width, out[1]),
                                       all_valid, nodata)
            if (all_valid or nodata is not None) and spill is not None and spill.takes(window, bands):
                # (a GeoTIFF) decoded at full resolution for the spill, and the pixels GDAL's decimated read picks
                every = spill.sampled(ds, bands, window, _nearest_rows(0, rows, out[0]), _nearest_rows(0, width, out[1]))
                return (every[picks], any_valid(every, nodata)) if nodata is not None else (every, np.ones(out, bool))
            if nodata is not None:
                every = ds.read(window=window, out_shape=(dataset.count,) + out, resampling=_nearest())
                return every[picks], any_valid(every, nodata)
            raw = ds.read(indexes, window=window, out_shape=(len(indexes),) + out, resampling=_nearest())
            return raw, (np.ones(out, bool) if all_valid else
                         ds.dataset_mask(window=window, out_shape=out, resampling=_nearest()) > 0)

        parts = _in_order(decimated, list(strips), dataset, open_dataset, threads)
        raw = np.concatenate([r for r, _ in parts], axis=1).reshape(len(indexes), 1, -1)
        valid = np.concatenate([v for _, v in parts], axis=0).reshape(1, -1)
        if factor == 1 or all_valid or valid.sum() >= STATS_MIN_VALID:
            return raw, valid
        # decimated, it found little data: drawn again from the blocks that hold data
        found = _blocks_with_data(dataset, block_h, block_w, open_dataset, threads)
        return _blocks_sample(found) if found else (raw, valid)
    across = min(blocks_x, int(np.sqrt(STATS_MAX_BLOCKS)))
    down = min(blocks_y, STATS_MAX_BLOCKS // across)
    raw, valid = _blocks_sample(_jittered(blocks_y, blocks_x, down, across))
    if valid.sum() >= STATS_MIN_VALID or all_valid:
        return raw, valid
    # a raster whose data lies in a few of its blocks (a large mosaic with one scene in a corner): the even sample
    # found little or none of it; drawn again from the blocks that hold data
    found = _blocks_with_data(dataset, block_h, block_w, open_dataset, threads)
    return _blocks_sample(found) if found else (raw, valid)


def _in_order(work: Callable, items: list, dataset, open_dataset: Callable[[], object] | None, threads: int) -> list:
    """[work(handle, item) for item in items]: on ``dataset``, or with ``open_dataset`` by up to ``threads``
    threads, each through its own handle (rasterio datasets are not thread-safe: the first thread's is ``dataset``,
    idle meanwhile, the others' are opened for them), the results joined in order. The threads take short runs of
    ``items`` in turn rather than a fixed share each, so that one that loses its core for a while (a busy machine)
    holds up no other's share; the first error stops the others at their next run and is raised."""
    threads = max(1, min(threads, len(items))) if open_dataset is not None else 1
    if threads == 1:
        return [work(dataset, item) for item in items]
    from concurrent.futures import ThreadPoolExecutor

    step = max(1, len(items) // (IN_ORDER_RUNS * threads))
    starts = iter(range(0, len(items), step))
    lock, failed = threading.Lock(), threading.Event()
    got: list = [None] * len(items)

    def run(k: int) -> None:
        ds = None
        try:
            ds = dataset if k == 0 else open_dataset()
            while not failed.is_set():
                with lock:
                    start = next(starts, None)
                if start is None:
                    return
                for i in range(start, min(start + step, len(items))):
                    got[i] = work(ds, items[i])
        except BaseException:
            failed.set()
            raise
        finally:
            if k and ds is not None:
                ds.close()

    with ThreadPoolExecutor(threads, thread_name_prefix="planet-stats") as pool:
        for _ in pool.map(with_words(run), range(threads)):
            pass
    return got


def _blocks_with_data(dataset, block_h: int, block_w: int, open_dataset: Callable[[], object] | None = None,
                      threads: int = 1) -> list[tuple[int, int]]:
    """At most STATS_MAX_BLOCKS blocks (row, column) that hold valid pixels, spread evenly over those found, in file
    order: the blocks GDAL's data coverage reports not empty (a VRT's sources, a sparse GeoTIFF's written blocks;
    _covered_blocks), narrowed, where they are more than STATS_MAX_BLOCKS or GDAL cannot tell, to those in which a
    coarse read of GDAL's mask (at most STATS_MASK_SIDE px a side in all) finds valid pixels: block by block, so
    that each is decoded once whatever the size of GDAL's cache, as the run's reading of the tiles will (by
    ``threads`` threads with ``open_dataset``). [] where none is found, or where more than STATS_MAX_SCANNED
    blocks would have to be read for it."""
    from rasterio.windows import Window

    blocks = _covered_blocks(dataset, block_h, block_w)
    height, width = dataset.height, dataset.width
    blocks_y, blocks_x = -(-height // block_h), -(-width // block_w)
    if blocks is None and blocks_y * blocks_x > STATS_MAX_SCANNED:
        return []
    if blocks is None or len(blocks) > STATS_MAX_BLOCKS:
        candidates = blocks or [(by, bx) for by in range(blocks_y) for bx in range(blocks_x)]
        factor = max(1, int(np.ceil(max(width, height) / STATS_MASK_SIDE)))

        def holds_data(ds, block: tuple[int, int]) -> bool:
            w = Window(block[1] * block_w, block[0] * block_h, min(block_w, width - block[1] * block_w),
                       min(block_h, height - block[0] * block_h))
            shape = (max(1, int(w.height) // factor), max(1, int(w.width) // factor))
            return bool(ds.dataset_mask(window=w, out_shape=shape, resampling=_nearest()).any())

        held = _in_order(holds_data, candidates, dataset, open_dataset, threads)
        blocks = [block for block, data in zip(candidates, held) if data]
    if len(blocks) > STATS_MAX_BLOCKS:
        blocks = [blocks[i] for i in np.linspace(0, len(blocks) - 1, STATS_MAX_BLOCKS).round().astype(int)]
    return blocks


def _covered_blocks(dataset, block_h: int, block_w: int) -> list[tuple[int, int]] | None:
    """The blocks (row, column), in file order, that GDAL's data coverage of the first band reports holding data,
    found by halving the block grid where it reports part of it empty; None where it cannot tell, or reports
    data in more than 16 * STATS_MAX_BLOCKS blocks (a raster written whole, not sparse)."""
    from osgeo import gdal

    from .raster import gdal_handle

    handle = gdal_handle(dataset.name)
    if handle is None:
        return None
    band, found = handle.GetRasterBand(1), []

    def visit(y0: int, y1: int, x0: int, x1: int) -> bool:
        """Adds the blocks of rows y0..y1, columns x0..x1 that hold data; False where that cannot be told."""
        x, y = x0 * block_w, y0 * block_h
        try:
            flags, _ = band.GetDataCoverageStatus(x, y, min(x1 * block_w, dataset.width) - x,
                                                  min(y1 * block_h, dataset.height) - y)
        except RuntimeError:
            return False
        if flags & gdal.GDAL_DATA_COVERAGE_STATUS_UNIMPLEMENTED:
            return False
        if flags == gdal.GDAL_DATA_COVERAGE_STATUS_EMPTY:
            return True
        if flags == gdal.GDAL_DATA_COVERAGE_STATUS_DATA or (y1 - y0 == 1 and x1 - x0 == 1):
            if len(found) + (y1 - y0) * (x1 - x0) > 16 * STATS_MAX_BLOCKS:
                return False
            found.extend((by, bx) for by in range(y0, y1) for bx in range(x0, x1))
            return True
        if y1 - y0 >= x1 - x0:
            return visit(y0, (y0 + y1) // 2, x0, x1) and visit((y0 + y1) // 2, y1, x0, x1)
        return visit(y0, y1, x0, (x0 + x1) // 2) and visit(y0, y1, (x0 + x1) // 2, x1)

    try:
        told = visit(0, -(-dataset.height // block_h), 0, -(-dataset.width // block_w))
    finally:
        band = handle = None
    return sorted(found) if told else None


def _jittered(blocks_y: int, blocks_x: int, down: int, across: int) -> list[tuple[int, int]]:
    """One block (row, column) drawn at random in each cell of a ``down`` x ``across`` grid of equal cells over
    ``blocks_y`` x ``blocks_x`` blocks, in file order; seeded by the raster's shape, so the same raster always
    gives the same sample. Each cell draws its row and column on its own: picks shared by a whole row or column
    of cells (a lattice) see a pattern repeating every few blocks at a few phases only (docs/speed.md:
    against exact statistics the lattice's error was up to 4x larger for the same number of blocks)."""
    rng = np.random.default_rng([blocks_y, blocks_x])
    picks = set()
    for i in range(down):
        y0, y1 = i * blocks_y // down, max(i * blocks_y // down + 1, (i + 1) * blocks_y // down)
        for j in range(across):
            x0, x1 = j * blocks_x // across, max(j * blocks_x // across + 1, (j + 1) * blocks_x // across)
            picks.add((int(rng.integers(y0, y1)), int(rng.integers(x0, x1))))
    return sorted(picks)


def _nearest():
    from rasterio.enums import Resampling

    return Resampling.nearest


class BatchPreprocessor:
    """Raw windows (N,C,S,S) padded to the chip size + validity (N,S,S) -> normalised (N,C,I,I) float32
    chips and each chip's valid fraction, one numpy operation per batch.

    Invalid and padded pixels become 0 before normalisation. For 8- and 16-bit rasters the whole chain
    from raw value to normalised input (scaling rule, then mean/std) is a per-band lookup table, built
    once per scene by the same functions, so the values are the same as computing them pixel by pixel.
    """

    LUT_DTYPES = ("uint8", "uint16")

    def __init__(self, scaler: Scaler, tile_size: int, input_size: int, mean: Sequence[float],
                 std: Sequence[float], dtype: str | None = None):
        self.scaler = scaler
        self.tile_size = tile_size
        self.input_size = input_size
        self.mean = mean
        self.std = std
        self.resize = input_size != tile_size
        # normalisation follows the resize when there is one (as the trainer does it)
        zero = np.zeros((len(mean), 1, 1), np.float32)
        self.fill = zero[:, 0, 0] if self.resize else normalize(zero, mean, std)[:, 0, 0]
        self.lut = self._lookup_table(dtype) if dtype in self.LUT_DTYPES else None

    def _lookup_table(self, dtype: str) -> np.ndarray:
        values = np.arange(np.iinfo(dtype).max + 1, dtype=dtype)
        bands = np.broadcast_to(values, (len(self.mean), 1, values.size))
        table = self.scaler(bands)
        if not self.resize:
            table = normalize(table, self.mean, self.std)
        return np.ascontiguousarray(table[:, 0, :], np.float32)

    def __call__(self, raw: np.ndarray, valid: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        n, c = raw.shape[:2]
        coverage = valid.reshape(n, -1).sum(axis=1) / float(self.tile_size * self.tile_size)
        if self.lut is not None:
            chips = np.empty(raw.shape, np.float32)
            for band in range(c):
                np.take(self.lut[band], raw[:, band], out=chips[:, band])
        else:
            chips = self.scaler(raw)
            if not self.resize:
                chips = normalize(chips, self.mean, self.std)
        if not valid.all():  # not x * mask: NaN * 0 is NaN
            invalid = ~valid
            for band in range(c):
                chips[:, band][invalid] = self.fill[band]
        if self.resize:
            chips = normalize(resize_bilinear(chips, self.input_size), self.mean, self.std)
        return chips, coverage


    def chip(self, pixels: np.ndarray, mapped: Sequence[int], valid: np.ndarray | None, out: np.ndarray) -> float:
        """One window straight into its batch slot: ``pixels`` (B,h,w) (the model's bands are
        ``pixels[mapped]``), ``valid`` (h,w) or None when all are valid, ``out`` (C,I,I) float32.
        Returns the valid fraction. The same values as __call__ on a batch of one."""
        h, w = pixels.shape[1:]
        size = self.tile_size
        if self.resize:  # rare (the bundle's input size is not its chip size): the batch path, one chip
            raw = np.zeros((1, len(mapped), size, size), pixels.dtype)
            raw[0, :, :h, :w] = pixels[list(mapped)]
            mask = np.zeros((1, size, size), bool)
            mask[0, :h, :w] = True if valid is None else valid
            chips, coverage = self(raw, mask)
            out[...] = chips[0]
            return float(coverage[0])
        target = out[:, :h, :w]
        if self.lut is not None:
            # mode="wrap": not buffered, and ~10 % faster than "clip"; the same values, as an 8- or 16-bit value is
            # always inside its table
            for band, index in enumerate(mapped):
                np.take(self.lut[band], pixels[index], out=target[band], mode="wrap")
        else:
            target[...] = normalize(self.scaler(pixels[list(mapped)]), self.mean, self.std)
        if valid is not None:
            invalid = ~valid
            for band in range(len(mapped)):
                target[band][invalid] = self.fill[band]
        if h < size or w < size:  # an edge tile: padded, invalid, to the chip size
            out[:, h:, :] = self.fill[:, None, None]
            out[:, :h, w:] = self.fill[:, None, None]
        count = h * w if valid is None else int(np.count_nonzero(valid))
        return count / float(size * size)


@dataclass
class ChipPreprocessor:
    """One raw window (C,h,w) + validity mask -> normalised (C,S,S) float32 and the valid fraction."""

    scaler: Scaler
    tile_size: int
    input_size: int
    mean: Sequence[float]
    std: Sequence[float]

    def __call__(self, raw: np.ndarray, valid: np.ndarray) -> tuple[np.ndarray, float]:
        c, h, w = raw.shape
        size = self.tile_size
        padded = np.zeros((1, c, size, size), raw.dtype)
        padded[0, :, :h, :w] = raw
        mask = np.zeros((1, size, size), bool)
        mask[0, :h, :w] = valid
        chips, coverage = BatchPreprocessor(self.scaler, size, self.input_size, self.mean, self.std)(padded, mask)
        return chips[0], float(coverage[0])
