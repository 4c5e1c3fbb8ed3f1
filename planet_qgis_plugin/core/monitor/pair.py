"""``change BEFORE.tif AFTER.tif``: classify two rasters of one place on one tile grid, then compare them.

Both are cut on the CRS-anchored grid (core/tiling.py), restricted to their overlap. When the AFTER raster
has another CRS, pixel size or pixel lattice than BEFORE (e.g. RapidEye 5 m vs PlanetScope 3 m), it is
read through a GDAL warped VRT on BEFORE's pixel grid, so both runs share every tile. Before anything is
classified, the co-registration check (core/coregister.py) measures how far AFTER's ground sits from
BEFORE's. The two tile layers live in a temporary folder; the change layer records the original rasters.
"""
from __future__ import annotations

import math
import tempfile
from contextlib import nullcontext
from dataclasses import replace
from pathlib import Path

from ..pipeline.options import ClassifyOptions
from ..wording import tr
from .change import ChangeError, ChangeOptions, ChangeResult, compare
from .coregister import assess_open, verdict
from .ortho import not_orthorectified

#: The share of BEFORE's extent below which the run says how much of it AFTER covers: a sliver off an edge (a crop of
#: a few dozen pixels, 98.9 % for 37 x 11 px of the docs' strip) leaves its edge tiles compared as partial ones.
COVERED = 0.9


def is_raster_pair(before: str | Path, after: str | Path) -> bool:
    """Whether ``change`` was given two rasters (else two tile GeoPackages)."""
    return all(Path(p).suffix.lower() != ".gpkg" for p in (before, after))


def compare_rasters(before: str | Path, after: str | Path, output: str | Path, options: ChangeOptions | None = None,
                    bundle=None, classify_options: ClassifyOptions | None = None, progress=None,
                    cancel=None) -> ChangeResult:
    """Classify BEFORE and AFTER on one grid (AFTER resampled to BEFORE's when needed) and compare them.
    ``progress(done, total)`` is one bar over both runs and their comparison (_SharedBar: each run's tiles 45 %
    of it, the comparison's steps the last 10 %); ``cancel()`` stops either run or the comparison after them."""
    from ..layer.gpkg import check_output
    from ..layer.tiletable import write_run_metadata
    from ..pipeline.acquired import raster_date
    from ..pipeline.aoi import AOI
    from ..pipeline.classify import open_raster, resolve_bundle
    from ..pipeline.run_size import check_max_tiles
    from ..pipeline.sources import check_not_read_by
    from ..teach.apply import classify_applying

    options = options or ChangeOptions()
    options.check()
    check_max_tiles((classify_options or ClassifyOptions()).max_tiles)  # before either run, not after BEFORE's
    before, after = Path(before), Path(after)
    for raster in (before, after):   # a VRT's source, a sidecar: inputs as the rasters themselves are
        check_not_read_by(output, raster)
    check_output(output, options.overwrite, inputs=(before, after))
    bundle = resolve_bundle(bundle)
    messages = []
    with tempfile.TemporaryDirectory(prefix="planet-change-") as tmp:
        tmp = Path(tmp)
        with open_raster(before) as b, open_raster(after) as a:
            plan = _grid_plan(b, a, before, after)
            after_source = _warp_to(after, b_plan=plan, path=tmp / f"{after.stem}.vrt") if plan["warp"] else after
            with open_raster(after_source) if plan["warp"] else nullcontext(a) as on_grid:
                shift = assess_open(b, a, on_grid)  # AFTER as it will be classified: on BEFORE's pixels
        if plan["warp"]:
            messages.append(f"AFTER resampled to BEFORE's grid ({plan['why']}) through a GDAL warped VRT, bilinear")
        if plan["share"] < COVERED:   # '0 alerts' says nothing of ground the later date never saw
            messages.append(f"AFTER covers {100 * plan['share']:.0f} % of BEFORE's extent ({before.name}): only that "
                            "overlap was classified and compared, so no change can be found on the rest")
        refusal, note = verdict(shift)
        if refusal:
            raise ChangeError(refusal)
        if note:
            messages.append(note)
        aoi = replace(AOI.from_bbox(*plan["overlap"], plan["crs"].to_wkt()), named="the overlap of BEFORE and AFTER",
                      narrower="crop BEFORE or AFTER to a smaller common area (gdal_translate -projwin)")
        run = replace(classify_options or ClassifyOptions(), aoi=aoi, overwrite=True)
        layers, said, bar = [], [], _SharedBar(progress)
        for k, (side, source, original) in enumerate((("before", before, before), ("after", after_source, after))):
            gpkg = tmp / f"{side}.gpkg"
            # a bundle's taught concepts are applied as classify --bundle applies them (teach/apply.taught_concepts)
            ran, applied = classify_applying(source, gpkg, bundle, run, [], progress=bar.run(k), cancel=cancel)
            said.append(ran.messages + [a.message() for a in applied if a.unconfirmed])
            if source != original:  # classify recorded the warped VRT: record the raster it stands for
                acquired = raster_date(original)
                write_run_metadata(gpkg, {"scene": str(original.resolve()), "acquired": acquired.date,
                                          "acquired_source": acquired.source})
            layers.append(gpkg)
        result = compare(layers[0], layers[1], output, replace(options, before_scene=options.before_scene or before,
                                                                   after_scene=options.after_scene or after,
                                                                   check_registration=False,  # checked above
                                                                   layers_kept=False),
                         progress=bar.comparison(), cancel=cancel,
                         notes=messages + _runs_said(*said))  # said first, in the report too
    return result


class _SharedBar:
    """One ``progress(done, total)`` over the two classify runs and their comparison, counted in tiles: each run
    fills its tiles (45 % of the bar each), the comparison's steps the last tenth, ``COMPARE_SHARE`` (the bar sat
    at 100 % while two large tile layers were compared, as if the work were done)."""

    COMPARE_SHARE = 0.1

    def __init__(self, progress):
        self.progress, self.tiles = progress, 0

    def total(self) -> int:
        runs = 2 * self.tiles
        return runs + (max(1, round(runs * self.COMPARE_SHARE / (1 - self.COMPARE_SHARE))) if runs else 0)

    def run(self, k: int):
        """Run ``k`` (0: BEFORE, 1: AFTER)'s ``progress``, None without a bar."""
        if self.progress is None:
            return None

        def report(done: int, total: int) -> None:
            self.tiles = total
            self.progress(k * total + done, self.total())
        return report

    def comparison(self):
        """The comparison's ``progress`` (change.compare's steps), None without a bar."""
        if self.progress is None:
            return None

        def report(done: int, total: int) -> None:
            runs, whole = 2 * self.tiles, self.total()
            if whole:
                self.progress(runs + ((whole - runs) * done // total if total else whole - runs), whole)
        return report


def _runs_said(before: list[str], after: list[str]) -> list[str]:
    """What each classify run said (a nodata value the bands cannot hold, a scene unlike the training data),
    once, naming the side it is about; what both said is said once for both."""
    both = [m for m in before if m in after]
    return ([tr("BEFORE and AFTER: {message}").format(message=m) for m in both]
            + [tr("BEFORE: {message}").format(message=m) for m in before if m not in both]
            + [tr("AFTER: {message}").format(message=m) for m in after if m not in both])


def _grid_plan(b, a, before: Path, after: Path) -> dict:
    """Whether AFTER must be resampled to BEFORE's grid, and the overlap (in BEFORE's CRS)."""
    from rasterio.warp import transform_bounds

    if b.crs is None or a.crs is None:
        which, path, other = ("BEFORE", before, a) if b.crs is None else ("AFTER", after, b)
        raise ChangeError(not_orthorectified(b if b.crs is None else a, which, path, other.crs)
                          or f"{which} ({path.name}) has no CRS, so the two rasters cannot be put on one grid; "
                          "georeference it first")
    t = b.transform
    if t.b or t.d or t.a <= 0 or t.e >= 0:  # the overlap is snapped to BEFORE's pixel lattice, taken north-up
        raise ChangeError(tr("BEFORE ({name}) is not north-up (its geotransform is rotated or flipped), and change puts "
                             "AFTER on BEFORE's pixel grid: warp it north-up first (gdalwarp {name} {stem}_north.tif) "
                             "and compare that, or classify each raster and compare the two tile layers").format(
            name=before.name, stem=before.stem))
    edges = _edges(a.bounds)   # a south-up raster's bounds read bottom above top
    try:  # one CRS needs no transformation: a local grid (an engineering CRS) has none, not even to itself
        bounds = edges if a.crs == b.crs else transform_bounds(a.crs, b.crs, *edges, densify_pts=21)
    except Exception as exc:  # noqa: BLE001 - PROJ's errors have no common type
        raise ChangeError(tr("AFTER's CRS cannot be transformed to BEFORE's ({reason}), so "
                             "AFTER cannot be resampled onto BEFORE's grid").format(
            reason=' '.join(str(exc).split())[:120])) from None
    if not all(math.isfinite(v) for v in bounds):
        raise ChangeError(tr("AFTER's extent cannot be expressed in BEFORE's CRS, so it cannot be resampled onto its "
                             "grid"))
    left, bottom = max(b.bounds.left, bounds[0]), max(b.bounds.bottom, bounds[1])
    right, top = min(b.bounds.right, bounds[2]), min(b.bounds.top, bounds[3])
    if left >= right or bottom >= top:
        raise ChangeError(tr("BEFORE ({name}) and AFTER ({name2}) do not overlap; compare two rasters "
                             "of the same place").format(name=before.name, name2=after.name))
    u = a.transform
    reasons = []
    if not b.crs == a.crs:
        reasons.append("another CRS")
    if not (math.isclose(t.a, u.a, rel_tol=1e-6) and math.isclose(t.e, u.e, rel_tol=1e-6)) or u.b or u.d:
        units = (getattr(b.crs, "linear_units", "") or "CRS units") if b.crs else "pixel units"
        reasons.append(f"pixels of {abs(u.a):g} vs {abs(t.a):g} {units}")
    elif (abs(((u.c - t.c) / t.a + 0.5) % 1 - 0.5) > 0.01 or abs(((u.f - t.f) / t.e + 0.5) % 1 - 0.5) > 0.01):
        reasons.append("pixels offset by a fraction of a pixel")
    # snap the overlap outward to BEFORE's pixel lattice, so the warped AFTER shares BEFORE's pixels
    col0, col1 = math.floor((left - t.c) / t.a), math.ceil((right - t.c) / t.a)
    row0, row1 = math.floor((top - t.f) / t.e), math.ceil((bottom - t.f) / t.e)
    overlap = (t.c + col0 * t.a, t.f + row1 * t.e, t.c + col1 * t.a, t.f + row0 * t.e)
    whole = (b.bounds.right - b.bounds.left) * (b.bounds.top - b.bounds.bottom)
    return {"warp": bool(reasons), "why": ", ".join(reasons), "overlap": overlap, "crs": b.crs,
            "res": (t.a, -t.e), "share": (overlap[2] - overlap[0]) * (overlap[3] - overlap[1]) / whole}


def _edges(bounds) -> tuple[float, float, float, float]:
    """(left, bottom, right, top) of rasterio's ``bounds``, whichever way its raster runs."""
    return (min(bounds[0], bounds[2]), min(bounds[1], bounds[3]), max(bounds[0], bounds[2]), max(bounds[1], bounds[3]))


def _warp_to(after: Path, b_plan: dict, path: Path) -> Path:
    from osgeo import gdal

    from ..pipeline.raster import gdal_handle

    # GDAL's exception mode is process-wide (and shared with QGIS): not switched here; a failed open is None
    src = gdal_handle(after.resolve())  # the VRT names its source: an absolute path, whatever the cwd
    if src is None:
        raise ChangeError(tr("AFTER ({name}) cannot be opened by GDAL to resample it onto BEFORE's grid").format(
            name=after.name))
    nodata = src.GetRasterBand(1).GetNoDataValue()
    grid = dict(format="VRT", dstSRS=b_plan["crs"].to_wkt(), outputBounds=b_plan["overlap"], xRes=b_plan["res"][0],
                yRes=b_plan["res"][1], resampleAlg="bilinear")
    # with a nodata value, what is not AFTER's data is that value; without one (an alpha band, a mask, every pixel
    # data), an alpha band says it, made the mask of a VRT of AFTER's other bands: a nodata value of 0 turned
    # AFTER's transparent pixels into black data (its alpha a band like the others) and its black pixels into 1s
    try:  # with GDAL's exceptions on (QGIS may switch them on) a failure raises instead of returning None
        warped = gdal.Warp(str(path if nodata is not None else path.with_suffix(".alpha.vrt")), src,
                           **grid, **({"dstNodata": nodata} if nodata is not None else {"dstAlpha": True}))
        if warped is not None and nodata is None:
            count, warped = warped.RasterCount, None
            warped = gdal.Translate(str(path), str(path.with_suffix(".alpha.vrt")), format="VRT",
                                    bandList=list(range(1, count)), maskBand=count)
    except RuntimeError:
        warped = None
    if warped is None:
        raise ChangeError(tr("AFTER ({name}) could not be resampled onto BEFORE's grid: {reason}").format(
            name=after.name, reason=gdal.GetLastErrorMsg()))
    warped = None  # closing writes the VRT
    return path
