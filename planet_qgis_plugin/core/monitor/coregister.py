"""Co-registration check: how far the AFTER scene's ground sits from the BEFORE scene's, in pixels.

Misregistration turns the edges of every road, river and clearing into change. The shift between the
two scenes is measured by phase correlation of their brightness over a window of the overlap (AFTER read
on BEFORE's pixel grid through a warped VRT); ``change`` warns above WARN_PX and refuses above REFUSE_PX.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

WARN_PX = 2.0      # shift that is reported with the alerts
REFUSE_PX = 16.0   # shift above which the scenes are refused: tiles of the two dates hold other ground
WINDOW = 1024      # side of the compared window, px (centred on the overlap)
MIN_PEAK = 0.02    # correlation peak below which the shift is called unmeasurable


@dataclass
class Shift:
    dx: float     # AFTER's ground lies dx px right and dy px down of BEFORE's
    dy: float
    peak: float   # phase-correlation peak height (0..1); low: too little common texture to say

    @property
    def size(self) -> float:
        return float(np.hypot(self.dx, self.dy))

    @property
    def measured(self) -> bool:
        return self.peak >= MIN_PEAK


def brightness(bands: np.ndarray, valid: np.ndarray) -> np.ndarray:
    """Mean of the bands, each scaled to its own 2..98 % range over valid pixels; invalid pixels at the mean."""
    out = np.zeros(bands.shape[1:], np.float64)
    for band in bands.astype(np.float64):
        lo, hi = np.percentile(band[valid], (2, 98)) if valid.any() else (0.0, 1.0)
        out += np.clip((band - lo) / max(hi - lo, 1e-9), 0, 1)
    out /= len(bands)
    out[~valid] = out[valid].mean() if valid.any() else 0.0
    return out


def phase_shift(a: np.ndarray, b: np.ndarray) -> Shift:
    """Integer shift of image ``b`` against ``a`` (same shape) by phase correlation."""
    h, w = a.shape
    taper = np.outer(np.hanning(h), np.hanning(w))
    fa = np.fft.fft2((a - a.mean()) * taper)
    fb = np.fft.fft2((b - b.mean()) * taper)
    cross = fb * np.conj(fa)
    surface = np.real(np.fft.ifft2(cross / np.maximum(np.abs(cross), 1e-12)))
    y, x = np.unravel_index(int(np.argmax(surface)), surface.shape)
    dy, dx = (y - h if y > h // 2 else y), (x - w if x > w // 2 else x)
    return Shift(float(dx), float(dy), float(surface[y, x]))


def measure(before, after, before_window, after_window) -> Shift:
    """Shift between two open rasterio datasets on one pixel grid over two windows of one size that show the
    same ground by their georeference, using the bands both have (up to 4)."""
    n = min(before.count, after.count, 4)
    a, valid_a = _read(before, before_window, n)
    b, valid_b = _read(after, after_window, n)
    valid = valid_a & valid_b
    if valid.mean() < 0.25 or min(valid.shape) < 32:
        return Shift(0.0, 0.0, 0.0)
    return phase_shift(brightness(a, valid), brightness(b, valid))


def _read(dataset, window, bands: int):
    """(bands, validity) of ``window``; read past the edges only where needed (a warped VRT cannot)."""
    inside = (window.col_off >= 0 and window.row_off >= 0 and window.col_off + window.width <= dataset.width
              and window.row_off + window.height <= dataset.height)
    indexes = list(range(1, bands + 1))
    if inside:
        return dataset.read(indexes, window=window), dataset.dataset_mask(window=window) > 0
    return (dataset.read(indexes, window=window, boundless=True, fill_value=0),
            dataset.dataset_mask(window=window, boundless=True) > 0)


def centre_window(width: int, height: int, size: int = WINDOW):
    from rasterio.windows import Window

    w, h = min(size, width), min(size, height)
    return Window((width - w) // 2, (height - h) // 2, w, h)


def assess(before_path, after_path) -> Shift | None:
    """Shift of the AFTER raster against BEFORE over a window at the centre of their overlap (AFTER read on
    BEFORE's grid); None where it cannot be read or they do not overlap."""
    from rasterio.errors import RasterioError

    from ..errors import RasterError
    from ..pipeline.raster import open_raster

    try:  # open_raster: a scene that would fetch or run code (a recorded one may have been edited) is not measured
        with open_raster(before_path) as b, open_raster(after_path) as a:
            return assess_open(b, a)
    except (RasterError, RasterioError, ValueError, OSError):
        return None


def assess_open(b, a, on_grid=None) -> Shift | None:
    """assess() on open rasterio datasets ``b`` (BEFORE) and ``a`` (AFTER). ``on_grid``: AFTER already on
    BEFORE's pixel lattice (any extent; ``a`` itself where it shares the lattice, or the warped VRT a caller
    made), else AFTER is warped onto BEFORE's grid here."""
    # GDAL's own errors (PROJ finding no way between two CRSs) are not RasterioErrors
    from rasterio._err import CPLE_BaseError
    from rasterio.enums import Resampling
    from rasterio.errors import RasterioError
    from rasterio.vrt import WarpedVRT
    from rasterio.warp import transform_bounds
    from rasterio.windows import Window, from_bounds

    try:
        if b.crs is None or a.crs is None:
            return None
        # one CRS: no transformation (a local grid has none, not even to itself)
        bounds = a.bounds if a.crs == b.crs else transform_bounds(a.crs, b.crs, *a.bounds, densify_pts=21)
        whole = Window(0, 0, b.width, b.height)
        overlap = from_bounds(*bounds, b.transform).round_offsets().round_lengths().intersection(whole)
        centre = centre_window(int(overlap.width), int(overlap.height))
        window = Window(int(overlap.col_off) + centre.col_off, int(overlap.row_off) + centre.row_off,
                        centre.width, centre.height)
        if on_grid is not None:  # the same ground in on_grid's pixels: its origin is a whole number of pixels off
            t, g = b.transform, on_grid.transform
            there = Window(window.col_off + round((t.c - g.c) / g.a), window.row_off + round((t.f - g.f) / g.e),
                           window.width, window.height)
            return measure(b, on_grid, window, there)
        with WarpedVRT(a, crs=b.crs, transform=b.transform, width=b.width, height=b.height,
                       resampling=Resampling.bilinear) as warped:
            return measure(b, warped, window, window)
    except (RasterioError, CPLE_BaseError, ValueError, OSError):
        return None


def verdict(shift: Shift | None) -> tuple[str | None, str | None]:
    """(refusal, note) for a measured shift: a refusal above REFUSE_PX, a note above WARN_PX or when the
    shift could not be measured."""
    if shift is None or not shift.measured:
        return None, "co-registration could not be measured (too little common texture in the overlap)"
    where = f"{shift.size:.1f} px from BEFORE's (dx {shift.dx:+.0f}, dy {shift.dy:+.0f})"
    if shift.size > REFUSE_PX:
        return (f"AFTER's ground is {where}, more than {REFUSE_PX:g} px: the scenes are not co-registered, so every "
                "edge would read as change; co-register AFTER to BEFORE first"), None
    if shift.size > WARN_PX:
        return None, f"AFTER's ground sits {where}: edges may read as change; alerts need whole tiles to change"
    return None, None
