"""Turn raster windows into model input: band selection, scaling to the training look, masking, padding,
resizing and normalisation. The same ``normalize`` is used by the trainer on JPG chips."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

import numpy as np

from .bundle import Manifest, Scaling
from .errors import RasterError

SUPPORTED_DTYPES = ("uint8", "uint16", "int16", "uint32", "int32", "float32", "float64")
STATS_MAX_SIDE = 1024


def percentile_stretch(array: np.ndarray, low_pct: float, high_pct: float,
                       valid: np.ndarray | None = None) -> np.ndarray:
    """Per band (C,H,W): map the ``low_pct``..``high_pct`` percentiles of valid pixels to 0..1, clipped."""
    lo, hi = band_percentiles(array, low_pct, high_pct, valid)
    return apply_stretch(array, lo, hi)


def band_percentiles(array: np.ndarray, low_pct: float, high_pct: float,
                     valid: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Per-band percentiles over valid pixels (all pixels if ``valid`` is None or selects none)."""
    flat = array.reshape(array.shape[0], -1).astype(np.float64)
    if valid is not None and valid.any():
        flat = flat[:, valid.reshape(-1)]
    return guarded_range(np.percentile(flat, low_pct, axis=1), np.percentile(flat, high_pct, axis=1))


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
    lo = np.asarray(lo, np.float32)[:, None, None]
    hi = np.asarray(hi, np.float32)[:, None, None]
    return np.clip((array.astype(np.float32) - lo) / (hi - lo), 0.0, 1.0)


def normalize(array01: np.ndarray, mean: Sequence[float], std: Sequence[float]) -> np.ndarray:
    """(C,H,W) or (N,C,H,W) 0..1 values -> (x - mean) / std per channel, float32."""
    shape = (-1, 1, 1)
    m = np.asarray(mean, np.float32).reshape(shape)
    s = np.asarray(std, np.float32).reshape(shape)
    return ((array01.astype(np.float32) - m) / s).astype(np.float32)


def resize_bilinear(array: np.ndarray, size: int) -> np.ndarray:
    """(C,H,W) -> (C,size,size), bilinear with align_corners=False (as torch's interpolate)."""
    c, h, w = array.shape
    if h == size and w == size:
        return array

    def axis(n_in: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        pos = np.clip((np.arange(size) + 0.5) * n_in / size - 0.5, 0, n_in - 1)
        i0 = np.floor(pos).astype(int)
        return i0, np.minimum(i0 + 1, n_in - 1), (pos - i0).astype(np.float32)

    y0, y1, fy = axis(h)
    x0, x1, fx = axis(w)
    top = array[:, y0][:, :, x0] * (1 - fx) + array[:, y0][:, :, x1] * fx
    bottom = array[:, y1][:, :, x0] * (1 - fx) + array[:, y1][:, :, x1] * fx
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
        raise RasterError(f"raster data type {dtype} is not supported (use one of {', '.join(SUPPORTED_DTYPES)})")
    if dtype in manifest.scaling:
        return manifest.scaling[dtype]
    if dtype != "uint8" and "uint16" in manifest.scaling:
        return manifest.scaling["uint16"]
    raise RasterError(f"the model bundle says nothing about scaling {dtype} rasters "
                      f"(it knows {', '.join(manifest.scaling)})")


def scene_scaler(dataset, indexes: Sequence[int], rule: Scaling) -> Scaler:
    """Compute per-scene stretch limits from a decimated read (at most STATS_MAX_SIDE px a side).

    Reads through GDAL overviews when present, so memory stays bounded for any raster size.
    """
    if rule.method != "percentile_stretch":
        return Scaler(rule)
    factor = max(1, int(np.ceil(max(dataset.width, dataset.height) / STATS_MAX_SIDE)))
    shape = (max(1, dataset.height // factor), max(1, dataset.width // factor))
    raw = dataset.read(list(indexes), out_shape=(len(indexes),) + shape, resampling=_nearest())
    valid = dataset.dataset_mask(out_shape=shape, resampling=_nearest()) > 0
    if raw.dtype.kind == "f":
        valid &= np.isfinite(raw).all(axis=0)
    if not valid.any():
        raise RasterError("the raster holds no valid pixels (all nodata)")
    lo, hi = band_percentiles(raw, rule.low, rule.high, valid)
    return Scaler(rule, lo, hi)


def _nearest():
    from rasterio.enums import Resampling

    return Resampling.nearest


@dataclass
class ChipPreprocessor:
    """Raw window (C,h,w) + validity mask -> normalised (C,S,S) float32 and the valid fraction."""

    scaler: Scaler
    tile_size: int
    input_size: int
    mean: Sequence[float]
    std: Sequence[float]

    def __call__(self, raw: np.ndarray, valid: np.ndarray) -> tuple[np.ndarray, float]:
        coverage = float(valid.sum()) / float(self.tile_size * self.tile_size)
        chip = np.where(valid[None], self.scaler(raw), np.float32(0))  # not x * mask: NaN * 0 is NaN
        c, h, w = chip.shape
        if h != self.tile_size or w != self.tile_size:
            chip = np.pad(chip, ((0, 0), (0, self.tile_size - h), (0, self.tile_size - w)))
        chip = resize_bilinear(chip, self.input_size)
        return normalize(chip, self.mean, self.std), coverage
