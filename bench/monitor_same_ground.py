"""`change` on two renderings of the same ground: nothing changed, so every alert is a false one.

    .venv/bin/python -m bench.monitor_same_ground [--keep DIR] [--scene NAME ...] [--rendering NAME ...] [-v]

No two of the real Planet scenes in ../shared/data/scenes cover the same ground (four places, SOURCE.md), so each is
given a BEFORE/AFTER pair of renderings a real pair of dates differs by while the ground stays the same: BEFORE the file
as Planet delivered it, AFTER written again by GDAL as another product or tool would write it:
- ``recompressed``: LZW where the file was uncompressed, none where it was LZW (the same pixels);
- ``bands``: its bands in another order (R, G, B first), described so (``red``, ``green``, ...), as a tool exports them;
- ``nodata``: another nodata: 65535 for a 16-bit file's 0 fill; for the 8-bit visual, nodata 0 instead of its alpha band;
- ``product``: the 8-bit visual (R, G, B and alpha, 2-98 % stretch of each band, gamma 1/1.6) of a 16-bit analytic or
  SR file; for the 8-bit visual, a 16-bit analytic B, G, R, NIR product made from it (bench.monitor_pairs.analytic);
- ``web3857``: reprojected to EPSG:3857 at its own pixel size (bilinear);
- ``halfpx``: resampled onto a lattice half a pixel off its own, in its CRS (bilinear);
- ``shift3``: its ground moved 3 x 2 px under the same georeference (an orthorectification error; `change` warns from 2);
- ``clip``: a clip of another extent: 100 px less at the left and 60 at the top (the per-scene stretch sees other pixels).
The real scenes are small (4 to 6 tiles, most of them edge tiles cut by the CRS-anchored grid, which never alert), so
each rendering is also made of the one full-size image at hand: ``strip_sr``, the public strip culltivation2.jpg with
bench.monitor_change's mine strips pasted in (flags to get wrong) as a 16-bit surface reflectance product (x 10000,
bench.monitor_pairs.analytic), 234 tiles, synthetic georeference UTM 21S at 3 m.
Each pair runs both ways a user runs it (`change BEFORE.tif AFTER.tif`, and `classify` each then `change` the two
GeoPackages), in this process, at the shipped concept's 0.90 and at 0.5 (bench.monitor_pairs.looser_bundle: a taught
concept's lower threshold, so that there are flags to get wrong). Prints a Markdown table: tiles compared, alerts (all
false), flags held back; with -v each alert (tile, flags, rise, evidence) and what `change` said. Skips (exit 0, said)
without ../shared/data.
"""
from __future__ import annotations

import argparse
import contextlib
import io
import sys
import tempfile
from pathlib import Path

import numpy as np

from .monitor_change import PX, SHARED, X0, Y0, pasted
from .monitor_pairs import STRIP, analytic, looser_bundle

SCENES = {
    "ps_analytic": SHARED / "scenes" / "20170915_020728_103d_3B_AnalyticMS.tif",
    "re_analytic": SHARED / "scenes" / "4939505_2012-12-11_RE1_3A_Analytic.tif",
    "ps_sr": SHARED / "scenes" / "20221221_084022_18_2414_3B_AnalyticMS_SR.tif",
    "re_visual": SHARED / "scenes" / "1056417_2017-03-08_RE3_3A_Visual_clip.tif",
}
RENDERINGS = ("recompressed", "bands", "nodata", "product", "web3857", "halfpx", "shift3", "clip")
DATES = ["--before-date", "2023-01-05", "--after-date", "2023-11-20"]


def _read(path: Path):
    import rasterio

    with rasterio.open(path) as src:
        return src.read(), src.profile.copy(), [src.descriptions[k] for k in range(src.count)]


def _write(path: Path, bands: np.ndarray, profile: dict, descriptions=None, alpha: bool = False, **changes) -> Path:
    import rasterio

    profile = {**profile, **changes, "count": len(bands), "dtype": str(bands.dtype), "driver": "GTiff"}
    profile.pop("blockxsize", None), profile.pop("blockysize", None)
    with rasterio.open(path, "w", **profile) as dst:
        dst.write(bands)
        for k, text in enumerate(descriptions or (), start=1):
            dst.set_band_description(k, text)
        if alpha:
            dst.colorinterp = [*dst.colorinterp[:-1], rasterio.enums.ColorInterp.alpha]
    return path


def _layout(path: Path) -> tuple[list[str], bool]:
    """(band names in file order, 8-bit?) as classify maps them (core/pipeline/bands.py LAYOUTS)."""
    from planet_qgis_plugin.core.pipeline.bands import LAYOUTS

    pixels, profile, _ = _read(path)
    eight = profile["dtype"] == "uint8"
    return list(LAYOUTS[(len(pixels), eight)][0]), eight


def _valid(pixels: np.ndarray, profile: dict, names: list[str]) -> np.ndarray:
    if "alpha" in names:
        return pixels[names.index("alpha")] > 0
    nodata = profile.get("nodata")
    return np.ones(pixels.shape[1:], bool) if nodata is None else (pixels != nodata).any(axis=0)


def render(name: str, src: Path, out: Path) -> Path:
    """AFTER: the rendering ``name`` of ``src`` (the module's docstring), written to ``out``."""
    from osgeo import gdal

    gdal.UseExceptions()
    pixels, profile, _ = _read(src)
    names, eight = _layout(src)
    valid = _valid(pixels, profile, names)
    if name == "recompressed":
        lzw = (profile.get("compress") or "").lower() == "lzw"
        gdal.Translate(str(out), str(src), creationOptions=["COMPRESS=NONE" if lzw else "COMPRESS=LZW", "TILED=YES"])
        return out
    if name == "bands":
        first = [n for n in ("red", "green", "blue") if n in names]
        order = first + [n for n in names if n not in first]
        return _write(out, pixels[[names.index(n) for n in order]], profile, descriptions=order,
                      alpha=order[-1] == "alpha")
    if name == "nodata":
        if eight:   # the alpha band's mask as nodata 0 (what a tool writing plain RGB keeps of it)
            rgb = pixels[[names.index(n) for n in ("red", "green", "blue")]]
            rgb = np.where(valid, np.maximum(rgb, 1), 0).astype(np.uint8)
            return _write(out, rgb, profile, nodata=0, photometric="RGB")
        return _write(out, np.where(valid, pixels, 65535).astype(np.uint16), profile, nodata=65535)
    if name == "product":
        if eight:   # a 16-bit analytic B, G, R, NIR product of the same ground, nodata 0 where the alpha was
            rgb = pixels[[names.index(n) for n in ("red", "green", "blue")]]
            return _write(out, analytic(rgb, 9000, 300) * valid, profile, nodata=0, photometric="MINISBLACK")
        rgb = pixels[[names.index(n) for n in ("red", "green", "blue")]].astype(np.float64)
        visual = np.zeros((4, *rgb.shape[1:]), np.uint8)
        for k in range(3):
            lo, hi = np.percentile(rgb[k][valid], (2, 98))
            visual[k] = np.clip(255 * np.clip((rgb[k] - lo) / max(hi - lo, 1), 0, 1) ** (1 / 1.6), 0, 255)
        visual[3] = 255 * valid
        visual[:3] *= valid
        return _write(out, visual, {**profile, "nodata": None}, alpha=True, photometric="RGB")
    if name == "clip":
        from affine import Affine

        t = profile["transform"]
        return _write(out, pixels[:, 60:, 100:], profile, width=pixels.shape[2] - 100, height=pixels.shape[1] - 60,
                      transform=Affine(t.a, t.b, t.c + 100 * t.a, t.d, t.e, t.f + 60 * t.e))
    nodata = profile.get("nodata")
    kw = dict(resampleAlg="bilinear", srcNodata=nodata, dstNodata=nodata) if nodata is not None else dict(
        resampleAlg="bilinear")
    if name == "web3857":
        gdal.Warp(str(out), str(src), dstSRS="EPSG:3857", xRes=profile["transform"].a, yRes=profile["transform"].a, **kw)
        return out
    t, h, w = profile["transform"], pixels.shape[1], pixels.shape[2]
    if name == "halfpx":
        x0, y1 = t.c + 0.5 * t.a, t.f + 0.5 * t.e
        gdal.Warp(str(out), str(src), outputBounds=(x0, y1 + (h - 1) * t.e, x0 + (w - 1) * t.a, y1),
                  xRes=t.a, yRes=-t.e, **kw)
        return out
    if name == "shift3":   # the ground 3 x 2 px off under BEFORE's georeference
        moved = out.with_name(out.stem + "_src.tif")
        gdal.Warp(str(moved), str(src), outputBounds=(t.c + 3 * t.a, t.f + h * t.e + 2 * t.e, t.c + (w + 3) * t.a,
                                                       t.f + 2 * t.e), xRes=t.a, yRes=-t.e, **kw)
        shifted, _, _ = _read(moved)
        return _write(out, shifted, profile)
    raise ValueError(name)


def strip_sr(folder: Path) -> Path:
    """The public strip with the mine strips pasted in, as a 16-bit surface reflectance product (x 10000, B, G, R, NIR,
    nodata 0), on bench.monitor_change's georeference."""
    from affine import Affine
    from PIL import Image

    out = folder / "20230105_134501_1034_3B_AnalyticMS_SR.tif"
    if not out.exists():
        rgb, _ = pasted(np.array(Image.open(STRIP).convert("RGB")).transpose(2, 0, 1))
        _write(out, analytic(rgb, 5200, 80), {"crs": "EPSG:32721", "width": rgb.shape[2], "height": rgb.shape[1],
                                               "transform": Affine(PX, 0, X0, 0, -PX, Y0), "tiled": True,
                                               "blockxsize": 256, "blockysize": 256}, nodata=0)
    return out


def _cli(*args: str) -> tuple[int, str]:
    """The command line in this process (the model loaded once): exit code and what it said."""
    from planet_qgis_plugin.__main__ import main

    said = io.StringIO()
    with contextlib.redirect_stdout(said), contextlib.redirect_stderr(said):
        try:
            code = main([*args, "-q"])
        except SystemExit as exc:
            code = exc.code
    return int(code or 0), said.getvalue()


def alerts_of(change: Path) -> tuple[int, list[str], int]:
    """(tiles compared, each alert as 'row,col flags rise evidence', tiles whose new flags were held back)."""
    from osgeo import ogr

    ds = ogr.Open(str(change))
    layer = ds.GetLayerByName("changes")
    alerts, held, n = [], 0, layer.GetFeatureCount()
    for f in layer:
        held += bool(f.GetField("held_back"))
        if f.GetField("alert"):
            alerts.append(f"({f.GetField('row')}, {f.GetField('col')}) {f.GetField('new_flag')} rise "
                          f"{f.GetField('rise'):+.2f} {f.GetField('confidence')} [{f.GetField('evidence')}]")
    ds = None
    return n, alerts, held


def classified(raster: Path, layer: Path, bundle: list[str]) -> str | None:
    """``raster`` classified into ``layer`` (kept: reused); classify's last line where it refused."""
    if layer.exists():
        return None
    code, said = _cli(str(raster), "-o", str(layer), *bundle)
    return said.strip().splitlines()[-1] if code else None


def measured(pair: tuple[Path, Path], layers: tuple[Path, Path], out: Path, bundle: list[str]) -> dict[str, tuple]:
    """way -> (tiles compared, alerts, held, what change said) or (refusal,), both ways a user runs it: the two rasters,
    and the two GeoPackages ``layers`` (classified here unless they exist)."""
    result = {}
    for way, inputs in (("rasters", pair), ("GeoPackages", layers)):
        refused = [said for raster, layer in zip(pair, layers) if way == "GeoPackages"
                   for said in [classified(raster, layer, bundle)] if said]
        if refused:
            result[way] = (refused[0],)
            continue
        change = out / f"change_{way}.gpkg"
        code, said = _cli("change", *map(str, inputs), "-o", str(change), "--overwrite", *DATES,
                          *(bundle if way == "rasters" else ()))   # two layers are compared as they were classified
        result[way] = (*alerts_of(change), said) if code == 0 else (said.strip().splitlines()[-1],)
    return result


def every_pair(root: Path, loose: Path, scenes=None, renderings=RENDERINGS, thresholds=("0.90", "0.5")):
    """Each scene against each rendering at each concept threshold (``loose``: a bundle copy flagging at 0.5), made in
    ``root``/<scene> (a kept one's renderings reused): (scene, rendering, threshold, classify's bundle options, [BEFORE,
    AFTER] rasters, [BEFORE, AFTER] GeoPackage paths, a folder of its own)."""
    for scene in scenes or [*SCENES, "strip_sr"]:
        folder = root / scene
        folder.mkdir(parents=True, exist_ok=True)
        before = strip_sr(folder) if scene == "strip_sr" else SCENES[scene]
        for rendering in renderings:
            after = folder / f"{rendering}.tif"
            if not after.exists():
                render(rendering, before, after)
            for threshold, bundle in (("0.90", []), ("0.5", ["--bundle", str(loose)])):
                if threshold not in thresholds:
                    continue
                out = folder / f"{rendering}.{threshold}"
                out.mkdir(exist_ok=True)
                yield (scene, rendering, threshold, bundle, [before, after],
                       [folder / f"before.{threshold}.gpkg", out / "after.gpkg"], out)


def layer_pairs(tmp: Path, loose: Path):
    """every_pair's pairs as two GeoPackages, classified into ``tmp``/same_ground (a kept one's reused), for benches
    that judge rules on layers (bench.monitor_alert_rule): (what it is, [BEFORE, AFTER] GeoPackages,
    monitor_pairs.Pair, a folder of its own)."""
    from .monitor_pairs import Pair

    for scene, rendering, threshold, bundle, rasters, layers, out in every_pair(tmp / "same_ground", loose):
        refused = [said for raster, layer in zip(rasters, layers) for said in [classified(raster, layer, bundle)] if said]
        if refused:
            raise RuntimeError(refused[0])
        yield f"same ground {scene} {rendering} at {threshold}", layers, Pair(*rasters), out


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--keep", type=Path, help="make the renderings and layers in this folder (kept, reused)")
    p.add_argument("--scene", action="append", choices=[*SCENES, "strip_sr"], help="only this scene (repeatable)")
    p.add_argument("--rendering", action="append", choices=RENDERINGS, help="only this rendering (repeatable)")
    p.add_argument("--threshold", action="append", choices=("0.90", "0.5"), help="only at this concept threshold")
    p.add_argument("-v", "--verbose", action="store_true", help="each alert, and what change said")
    args = p.parse_args(argv)
    if not all(path.is_file() for path in SCENES.values()) or not STRIP.is_file():
        print(f"skipped: needs {SHARED}/scenes and {STRIP} (../shared/data beside the checkout)")
        return 0
    print("| scene | AFTER rendering | threshold | change of | tiles compared | alerts (all false) | tiles held back |")
    print("|---|---|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as scratch:
        tmp = args.keep or Path(scratch)
        tmp.mkdir(parents=True, exist_ok=True)
        loose = tmp / "bundle"
        if not (loose / "manifest.json").exists():
            looser_bundle(0.5, loose)
        for scene, rendering, threshold, bundle, rasters, layers, out in every_pair(
                tmp, loose, args.scene, args.rendering or RENDERINGS, args.threshold or ("0.90", "0.5")):
            for way, r in measured(tuple(rasters), tuple(layers), out, bundle).items():
                if len(r) == 1:
                    print(f"| {scene} | {rendering} | {threshold} | {way} | refused: {r[0]} | | |", flush=True)
                    continue
                n, alerts, held, said = r
                print(f"| {scene} | {rendering} | {threshold} | {way} | {n} | {len(alerts)} | {held} |", flush=True)
                if args.verbose:
                    print("\n".join(f"    alert {a}" for a in alerts))
                    print("\n".join(f"    said: {line}" for line in said.strip().splitlines()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
