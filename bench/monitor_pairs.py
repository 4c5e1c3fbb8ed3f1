"""`change` on pairs of dates as real Planet pairs differ, made from the public strip (nothing else to hand).

    .venv/bin/python -m bench.monitor_pairs [--keep DIR] [--case NAME ...] [--threshold 0.5]

A real pair of Planet scenes of one place is not a shifted copy: AFTER covers part of BEFORE and more, may come
in another UTM zone or in EPSG:3857 at another pixel size (PlanetScope 3 m, RapidEye 5 m), sits on another pixel
lattice, is another product (16-bit analytic DN or surface reflectance against the 8-bit visual), has other haze,
nodata wedges at other strip edges and clouds. Each case below makes BEFORE and AFTER from the full-resolution
strip culltivation2.jpg (three public mine strips pasted in, so that there are flags to get wrong; synthetic
georeference UTM 21S, 3 m, as bench/monitor_change.py) with GDAL, nothing changed on the ground except in the
`change` cases, `faint_cloud` (a clear mine tile the head gives a low p_cloudy) and the `spread` cases (mines on
30-70 % of the tiles, clear or hazy), and runs the command line as a user would, both ways: classify each date and
`change` the two GeoPackages, and `change` the two rasters. It counts alerts on unchanged ground (false), alerts on the pasted
change (found), and alerts on AFTER's nodata or clouds. Prints a Markdown table for docs/monitoring.md; skips
(exit 0, said) where ../shared/data is absent. The shipped mine concept flags at p >= 0.90, so few tiles flag on
either date; ``--threshold 0.5`` runs the same pairs with a bundle copy whose concepts flag at 0.5, as a taught
concept with a lower threshold would, so that unchanged ground has flags to get wrong.
"""
from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from planet_qgis_plugin.core.labels import FLAG_GROUPS
from planet_qgis_plugin.core.monitor.change import MARGIN

from .monitor_change import PATCHES, PX, SHARED, X0, Y0, pasted

ROOT = Path(__file__).resolve().parent.parent
STRIP = SHARED / "planet_examples" / "culltivation2.jpg"
CLOUDS = ("train_12", "train_14", "train_26", "train_50")  # planet_sample chips labelled cloudy
# pasted into AFTER only, in the `change` cases: into forest, inside the partial AFTER of `change_real`, away from PATCHES
CHANGE = (("mine1.jpg", 3300, 700), ("artmine1.jpg", 2200, 150), ("cultivation.jpg", 5750, 1750))
# 256 px crops (x of each strip resized to 800 x 256) the shipped concept flags alone (p 0.95-0.97): pasted on whole
# tiles of AFTER for a change over 30-70 % of the tiles (`spread` cases), where a scene-wide lift could swallow it
SPREAD = (("artmine2.jpg", 256), ("artmine1.jpg", 320), ("mine1.jpg", 512))
# a clear view of a mine that the head gives p_cloudy 0.026 (tagged cloudy at the bundle's 0.02; p_mine 0.86)
FAINT_CLOUD = ("artmine2.jpg", 0)


@dataclass
class Pair:
    """BEFORE and AFTER rasters of one case, and the ground (BEFORE's CRS, metres) where alerts are due or excused."""

    before: Path
    after: Path
    changed: list = field(default_factory=list)   # (x0, y0, x1, y1) boxes of pasted change
    excused: list = field(default_factory=list)   # AFTER nodata or cloud: alerts there are counted apart


def box(col: float, row: float, w: float, h: float) -> tuple:
    """Pixel box of the strip -> (x0, y0, x1, y1) in metres of its georeference."""
    return (X0 + col * PX, Y0 - (row + h) * PX, X0 + (col + w) * PX, Y0 - row * PX)


def write(path: Path, bands: np.ndarray, col: int = 0, row: int = 0, nodata=None, alpha: np.ndarray | None = None,
          crs: str = "EPSG:32721") -> Path:
    """``bands`` as a GeoTIFF whose corner is pixel (col, row) of the strip's georeference."""
    import rasterio
    from affine import Affine

    count = len(bands) + (alpha is not None)
    with rasterio.open(path, "w", driver="GTiff", width=bands.shape[2], height=bands.shape[1], count=count,
                       dtype=bands.dtype, crs=crs, transform=Affine(PX, 0, X0 + col * PX, 0, -PX, Y0 - row * PX),
                       nodata=nodata, tiled=True) as dst:
        dst.write(bands, list(range(1, len(bands) + 1)))
        if alpha is not None:
            dst.write(alpha.astype(bands.dtype), count)
            dst.colorinterp = [*dst.colorinterp[:-1], rasterio.enums.ColorInterp.alpha]
    return path


def warp(src: Path, dst: Path, **options) -> Path:
    """gdalwarp ``src`` to ``dst`` (GeoTIFF), as a provider reprojects an order."""
    from osgeo import gdal

    gdal.UseExceptions()
    gdal.Warp(str(dst), str(src), format="GTiff", resampleAlg=options.pop("resampleAlg", "bilinear"), **options)
    return dst


def analytic(rgb: np.ndarray, gain: float, offset: float) -> np.ndarray:
    """8-bit visual RGB -> a 4-band 16-bit B, G, R, NIR product: the visual's tone curve undone (gamma 2.2),
    scaled as radiance DN or reflectance x 10000 are, NIR made from green (vegetation bright); never 0 (nodata)."""
    lin = (rgb.astype(np.float64) / 255.0) ** 2.2
    r, g, b = lin
    nir = 0.25 + 0.6 * g
    return np.clip(np.stack([b, g, r, nir]) * gain + offset, 1, 65535).astype(np.uint16)


def hazy(rgb: np.ndarray, gamma: float = 0.8, haze: float = 45.0) -> np.ndarray:
    """Another day's light: a gamma and a veil of haze (contrast down, brightness up)."""
    x = 255.0 * (rgb.astype(np.float64) / 255.0) ** gamma
    return np.clip(x * (1 - haze / 255.0) + haze, 0, 255).astype(np.uint8)


def wedge(h: int, w: int, side: str, width: float = 0.3) -> np.ndarray:
    """Valid-pixel mask with a slanted nodata wedge along the ``side`` edge (a PlanetScope strip's edge)."""
    rows, cols = np.mgrid[0:h, 0:w]
    edge = width * w * (1 - rows / h) if side == "left" else w - width * w * (rows / h)
    return (cols >= edge) if side == "left" else (cols < edge)


def clouds(rgb: np.ndarray, many: bool = False) -> tuple[np.ndarray, list]:
    """``rgb`` with the planet_sample cloudy chips pasted, each scaled up 2x (a cloud over several tiles): 4, or
    16 with ``many`` (about 30 % of the scene under cloud)."""
    from PIL import Image

    out, boxes = rgb.copy(), []
    places = ([((i + j) % len(CLOUDS), 200 + 800 * i, 150 + 1150 * j) for i in range(8) for j in range(2)]
              if many else [(k, 600 + 1500 * k, 700 + 300 * (k % 2)) for k in range(len(CLOUDS))])
    for k, col, row in places:
        chip = Image.open(SHARED / "planet_sample" / "images" / f"{CLOUDS[k]}.jpg").convert("RGB").resize((512, 512))
        out[:, row:row + 512, col:col + 512] = np.array(chip).transpose(2, 0, 1)
        boxes.append(box(col, row, 512, 512))
    return out, boxes


def changed(rgb: np.ndarray, patches=CHANGE) -> tuple[np.ndarray, list]:
    """``rgb`` with ``patches`` ((public strip, column, row), ...) pasted, and the boxes of ground they changed."""
    from PIL import Image

    out, boxes = rgb.copy(), []
    for name, col, row in patches:
        patch = np.array(Image.open(SHARED / "planet_examples" / name).convert("RGB")).transpose(2, 0, 1)
        out[:, row:row + patch.shape[1], col:col + patch.shape[2]] = patch
        boxes.append(box(col, row, patch.shape[2], patch.shape[1]))
    return out, boxes


def meets(a: tuple, b: tuple) -> bool:
    """Whether two (x0, y0, x1, y1) boxes share ground."""
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def crop(name: str, x: int) -> np.ndarray:
    """A 256 px crop of a public mine strip resized to 800 x 256, starting at column ``x`` (bands first)."""
    from PIL import Image

    strip = Image.open(SHARED / "planet_examples" / name).convert("RGB").resize((800, 256))
    return np.array(strip).transpose(2, 0, 1)[:, :, x:x + 256]


def whole_tiles(rgb: np.ndarray, share: float, compared: int = 234, seed: int = 0) -> tuple[np.ndarray, list]:
    """``rgb`` with SPREAD's crops pasted on ``share`` of the ``compared`` tiles (whole 256 px tiles of the strip's
    grid, chosen at random among those away from the PATCHES already on both dates)."""
    near = [box(col, row, 802, 274) for _, col, row in PATCHES]  # the patches (at most 802 x 274 px)
    h, w = rgb.shape[1:]
    free = [(r, c) for r in range(0, h - 255, 256) for c in range(0, w - 255, 256)
            if not any(meets(box(c, r, 256, 256), other) for other in near)]
    pick = np.random.default_rng(seed).choice(len(free), round(share * compared), replace=False)
    out, boxes = rgb.copy(), []
    for k, n in enumerate(sorted(pick)):
        r, c = free[n]
        out[:, r:r + 256, c:c + 256] = crop(*SPREAD[k % len(SPREAD)])
        boxes.append(box(c, r, 256, 256))
    return out, boxes


def make_cases(rgb: np.ndarray, tmp: Path) -> dict:
    """name -> (what it is, a function making its Pair in ``tmp``)."""
    import rasterio
    from PIL import Image

    h, w = rgb.shape[1:]
    full = np.full((h, w), 255, np.uint8)

    def visual(name, pixels=rgb, **kw):
        return write(tmp / f"{name}.tif", pixels, alpha=kw.pop("alpha", full), **kw)

    def before():
        return visual("before")

    def partial():
        a = visual("partial_b", rgb[:, :, :4600], alpha=full[:, :4600])
        b = visual("partial_a", rgb[:, 137:, 2011:], col=2011, row=137, alpha=full[137:, 2011:])
        return Pair(a, b)

    def crs(name, **options):
        def make():
            return Pair(before(), warp(before(), tmp / f"{name}.tif", **options))
        return make

    def subpixel():
        # AFTER on another lattice of the same CRS and pixel size: its corner 101.37 x 57.61 px off BEFORE's
        x0, y1 = X0 + 101.37 * PX, Y0 - 57.61 * PX
        return Pair(before(), warp(before(), tmp / "subpixel.tif", outputBounds=(x0, y1 - (h - 200) * PX,
                                                                                   x0 + (w - 200) * PX, y1),
                                   xRes=PX, yRes=PX))

    def misregistered(name, dx, dy):
        # AFTER's pixels moved by (dx, dy) px under BEFORE's georeference: the orthorectification error of a real
        # pair (PlanetScope: under 10 m RMSE), which change measures and warns about from 2 px, refuses above 16
        def make():
            moved = warp(before(), tmp / f"{name}_src.tif", outputBounds=(X0 + dx * PX, Y0 - h * PX + dy * -PX,
                                                                         X0 + (w + dx) * PX, Y0 + dy * -PX),
                         xRes=PX, yRes=PX)
            with rasterio.open(moved) as src:
                return Pair(before(), write(tmp / f"{name}.tif", src.read(list(range(1, 4))), alpha=src.read(4)))
        return make

    def basic():
        # a Planet Basic scene: ground control points, no map grid (not orthorectified)
        from osgeo import gdal

        gcps = [gdal.GCP(X0 + c * PX, Y0 - r * PX, 0, c, r) for c, r in ((0, 0), (w, 0), (0, h), (w, h))]
        after = tmp / "basic.tif"
        gdal.Translate(str(after), str(before()), GCPs=gcps, outputSRS="EPSG:32721")
        return Pair(before(), after)

    def product(name, gain, offset, before_gain=None):
        def make():
            b = (write(tmp / f"{name}_b.tif", analytic(rgb, before_gain, 200), nodata=0) if before_gain
                 else before())
            return Pair(b, write(tmp / f"{name}.tif", analytic(rgb, gain, offset), nodata=0))
        return make

    def haze():
        return Pair(before(), visual("haze", hazy(rgb)))

    def wedges():
        left, right = wedge(h, w, "left"), wedge(h, w, "right")
        b = write(tmp / "wedges_b.tif", analytic(rgb, 9000, 300) * left, nodata=0)
        a = write(tmp / "wedges_a.tif", analytic(rgb, 9000, 300) * right, nodata=0)
        gone = [box(c, r, 64, 64) for r in range(0, h, 64) for c in range(0, w, 64)
                if not right[r:r + 64, c:c + 64].all()]
        return Pair(b, a, excused=gone)

    def black_wedge():
        # a user's own cut or reprojection written without nodata or alpha: the wedge is black pixels, data to GDAL
        right = wedge(h, w, "right")
        gone = [box(c, r, 64, 64) for r in range(0, h, 64) for c in range(0, w, 64)
                if not right[r:r + 64, c:c + 64].all()]
        return Pair(before(), write(tmp / "black_wedge.tif", rgb * right), excused=gone)

    def real():
        scene = SHARED / "scenes" / "20170915_020728_103d_3B_AnalyticMS.tif"
        return Pair(scene, warp(scene, tmp / "real_3857.tif", dstSRS="EPSG:3857", xRes=3.125, yRes=3.125))

    def cloudy():
        pixels, boxes = clouds(rgb)
        return Pair(before(), visual("cloudy", pixels), excused=boxes)

    def cloud_before():
        # the mines were there on BEFORE too, under cloud: AFTER's clear view of them is no change seen
        out, boxes = rgb.copy(), []
        chip = Image.open(SHARED / "planet_sample" / "images" / f"{CLOUDS[0]}.jpg").convert("RGB")
        for name, col, row in PATCHES:
            x, y = col - 128, row - 128
            out[:, y:y + 512, x:x + 1024] = np.array(chip.resize((1024, 512))).transpose(2, 0, 1)
            boxes.append(box(x, y, 1024, 512))
        return Pair(visual("cloud_before_b", out), before(), excused=boxes)

    def cloudy16():
        pixels, boxes = clouds(rgb, many=True)
        return Pair(write(tmp / "analytic_b.tif", analytic(rgb, 9000, 300), nodata=0),
                    write(tmp / "cloudy16.tif", analytic(pixels, 9000, 300), nodata=0), excused=boxes)

    def change_plain():
        pixels, boxes = changed(rgb)
        return Pair(before(), visual("change", pixels), changed=boxes)

    def change_haze_before():
        # a hazier BEFORE (another day's light) than AFTER: haze hides no ground, so the change should alert
        pixels, boxes = changed(rgb)
        return Pair(visual("haze_before", hazy(rgb)), visual("change_clear", pixels), changed=boxes)

    def change_real():
        pixels, boxes = changed(hazy(rgb))
        after = visual("change_real_src", pixels[:, 137:, 2011:], col=2011, row=137, alpha=full[137:, 2011:])
        return Pair(before(), warp(after, tmp / "change_real.tif", dstSRS="EPSG:3857", xRes=3.125, yRes=3.125),
                    changed=boxes)

    def spread(share, haze):
        def make():
            pixels, boxes = whole_tiles(rgb, share)
            name = f"spread{round(100 * share)}{'_haze' if haze else ''}"
            return Pair(before(), visual(name, hazy(pixels) if haze else pixels), changed=boxes)
        return make

    def faint_cloud():
        # a clear mine tile the head gives a low p_cloudy: tagged cloudy at the bundle's threshold, not held back
        pixels = rgb.copy()
        pixels[:, 1792:2048, 4608:4864] = crop(*FAINT_CLOUD)  # a forest tile of the bottom row
        return Pair(before(), visual("faint_cloud", pixels), changed=[box(4608, 1792, 256, 256)])

    return {
        "partial": ("AFTER covers the east 70 % of BEFORE and more (offset 2011 x 137 px)", partial),
        "utm22": ("AFTER in the next UTM zone (EPSG:32722), 3 m", crs("utm22", dstSRS="EPSG:32722", xRes=PX, yRes=PX)),
        "web3125": ("AFTER in EPSG:3857 at 3.125 m", crs("web3125", dstSRS="EPSG:3857", xRes=3.125, yRes=3.125)),
        "rapideye": ("AFTER at 5 m (RapidEye; pixel averages)", crs("rapideye", xRes=5.0, yRes=5.0,
                                                                    resampleAlg="average")),
        "subpixel": ("AFTER on a lattice 101.37 x 57.61 px off BEFORE's", subpixel),
        "misreg3": ("AFTER's ground 3.4 x 2.7 px off BEFORE's under one georeference", misregistered("misreg3", 3.4, 2.7)),
        "misreg10": ("AFTER's ground 9.6 x 6.3 px off (warned, under the 16 px refusal)",
                     misregistered("misreg10", 9.6, 6.3)),
        "basic": ("AFTER not orthorectified (ground control points, no map grid)", basic),
        "analytic": ("BEFORE 8-bit visual, AFTER 16-bit analytic B,G,R,NIR (DN)", product("analytic", 9000, 300)),
        "sr": ("BEFORE analytic DN, AFTER surface reflectance x 10000", product("sr", 5200, 80, before_gain=9000)),
        "haze": ("AFTER with gamma 0.8 and a haze veil", haze),
        "wedges": ("16-bit, nodata wedges: BEFORE's left edge, AFTER's right edge", wedges),
        "black_wedge": ("AFTER 8-bit RGB with a wedge of black fill, no nodata or alpha", black_wedge),
        "real": ("the real PlanetScope analytic scene (73 % nodata wedge) against itself in EPSG:3857 at 3.125 m",
                 real),
        "clouds": ("AFTER with 4 cloudy chips (512 px) pasted", cloudy),
        "cloud_before": ("BEFORE with clouds over the mines (there all along), AFTER clear", cloud_before),
        "clouds16": ("16-bit analytic both; AFTER with cloudy chips over about a quarter of it", cloudy16),
        "change": ("AFTER with 2 mine patches and a clearing pasted into forest", change_plain),
        "change_haze_before": ("the same change, BEFORE hazy (gamma 0.8, a haze veil), AFTER clear",
                               change_haze_before),
        "change_real": ("the same change, AFTER hazy, partial and in EPSG:3857 at 3.125 m", change_real),
        "faint_cloud": ("AFTER with a clear mine tile the head gives p_cloudy 0.026 (tagged cloudy at 0.02)",
                        faint_cloud),
        **{f"spread{round(100 * share)}{'_haze' if haze else ''}": (
            f"AFTER with mines pasted on {round(100 * share)} % of the tiles{', hazy' if haze else ''}", spread(share, haze))
           for haze in (False, True) for share in (0.3, 0.5, 0.7)},
    }


BUNDLE: list[str] = []  # ["--bundle", DIR] with --threshold


def run(*args: str) -> str:
    done = subprocess.run([sys.executable, "-m", "planet_qgis_plugin", *args, *BUNDLE, "-q"], cwd=ROOT,
                          capture_output=True, text=True)
    if done.returncode:
        said = (done.stderr or done.stdout).strip().splitlines()
        raise RuntimeError(said[-1].removeprefix("error: ") if said else f"{' '.join(args)}: exit {done.returncode}")
    return done.stderr + done.stdout


def counted(change: Path, pair: Pair, crs_wkt: str) -> dict:
    """Alerts of a change layer: on the pasted change, on AFTER's nodata or clouds, and false (elsewhere)."""
    from osgeo import ogr, osr

    ds = ogr.Open(str(change))
    layer = ds.GetLayerByName("changes")
    to = osr.SpatialReference()
    to.ImportFromWkt(crs_wkt)
    to.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    out = {"compared": layer.GetFeatureCount(), "alerts": 0, "found": set(), "excused": 0, "false": 0, "held": 0,
           "rose": 0, "seen": set()}
    for feature in layer:
        out["held"] += bool(feature.GetField("held_back"))
        geom = feature.GetGeometryRef().Clone()
        geom.TransformTo(to)
        x0, x1, y0, y1 = geom.GetEnvelope()
        hits = [k for k, (a, b, c, d) in enumerate(pair.changed) if x0 < c and a < x1 and y0 < d and b < y1]
        # unchanged ground whose score rose as far as an isolated alert needs: an alert had the flag been raised
        rose = max(feature.GetField(f"d_score_{g}") or 0 for g in FLAG_GROUPS) >= MARGIN
        out["rose"] += rose and not hits
        out["seen"].update(hits if rose else ())  # pasted change the scores saw, flagged or not
        if not feature.GetField("alert"):
            continue
        out["alerts"] += 1
        out["found"].update(hits)
        if not hits:
            excused = any(x0 < c and a < x1 and y0 < d and b < y1 for a, b, c, d in pair.excused)
            out["excused" if excused else "false"] += 1
    ds = None
    return out


def measure(name: str, pair: Pair, tmp: Path, classified: set) -> list[dict]:
    """Both ways a user runs it: the two rasters, and the two classified GeoPackages (``classified``: rasters
    classified already in this run). A refusal is an outcome: its line is kept."""
    import rasterio

    with rasterio.open(pair.before) as src:
        wkt = src.crs.to_wkt()
    dates = ["--before-date", "2023-01-05", "--after-date", "2023-11-20", "--overwrite"]
    out = []
    for way in ("rasters", "GeoPackages"):
        inputs = [pair.before, pair.after]
        try:
            if way == "GeoPackages":
                for k, raster in enumerate(inputs):
                    inputs[k] = tmp / f"{raster.stem}.gpkg"
                    if raster not in classified:
                        run(str(raster), "-o", str(inputs[k]), "--overwrite")
                        classified.add(raster)
            change = tmp / f"{name}_{way[0]}.gpkg"
            said = run("change", *map(str, inputs), "-o", str(change), *dates)
            out.append(dict(counted(change, pair, wkt), way=way, said=said))
        except RuntimeError as exc:
            out.append(dict(way=way, said=str(exc), refused=str(exc)))
    return out


def looser_bundle(threshold: float, folder: Path) -> Path:
    """A copy of the shipped bundle whose concepts flag at ``threshold``: a concept an analyst taught flags at
    whatever its calibration gave (teach), often far below the shipped mine concept's 0.90, so more flags can come
    and go between two dates."""
    import json
    import shutil

    from planet_qgis_plugin.core.model.bundle import default_bundle_path

    shutil.copytree(default_bundle_path(), folder, dirs_exist_ok=True)
    manifest = json.loads((folder / "manifest.json").read_text())
    for concept in manifest["concepts"]:
        concept["threshold"] = threshold
    (folder / "manifest.json").write_text(json.dumps(manifest))
    return folder


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--keep", type=Path, help="make the pairs and outputs in this folder (kept) instead of a temporary one")
    p.add_argument("--case", action="append", help="run only this case (repeatable)")
    p.add_argument("-v", "--verbose", action="store_true", help="print what change said for each run")
    p.add_argument("--threshold", type=float, help="flag the bundle's concepts at this probability (a copy of the "
                   "bundle), as a taught concept with a lower threshold does")
    args = p.parse_args(argv)
    if not STRIP.is_file():
        print(f"skipped: needs {STRIP} (../shared/data beside the checkout)")
        return 0
    from PIL import Image

    rgb, _ = pasted(np.array(Image.open(STRIP).convert("RGB")).transpose(2, 0, 1))
    rows = []
    with tempfile.TemporaryDirectory() as scratch:
        tmp = args.keep or Path(scratch)
        tmp.mkdir(parents=True, exist_ok=True)
        if args.threshold is not None:
            BUNDLE[:] = ["--bundle", str(looser_bundle(args.threshold, tmp / "bundle"))]
        cases = make_cases(rgb, tmp)
        classified: set = set()
        for name in args.case or cases:
            what, make = cases[name]
            pair = make()
            for r in measure(name, pair, tmp, classified):
                if "refused" in r:
                    rows.append(f"| {name}: {what} | {r['way']} | refused: {r['refused']} | | | | | | |")
                    print(rows[-1], flush=True)
                    continue
                rate = f"{100 * r['false'] / r['compared']:.1f} %" if r["compared"] else "-"
                found = (f"{len(r['found'])} of {len(pair.changed)} ({len(r['seen'])} with a rise >= margin)"
                         if pair.changed else "-")
                rows.append(f"| {name}: {what} | {r['way']} | {r['compared']} | {r['alerts']} | {r['false']} ({rate}) | "
                            f"{r['excused']} | {found} | {r['held']} | {r['rose']} |")
                print(rows[-1], flush=True)
                if args.verbose:
                    print(r["said"], flush=True)
    print("\n| case | change of | tiles compared | alerts | false alerts (rate) | on nodata/cloud | changes found | "
          "held back | unchanged tiles whose score rose >= margin |\n|---|---|---|---|---|---|---|---|---|")
    print("\n".join(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
