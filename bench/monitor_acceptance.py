"""The monitor's acceptance pairs: `batch` and `change` run as a user runs them, with a taught concept, on two dates of
one place made from the public strip (no real pair of dates is at hand).

    .venv/bin/python -m bench.monitor_acceptance [--keep DIR]     # skips without ../shared/data

A concept `clearing` is taught on the strip as `make demo` teaches it (scripts.demo: 3 marked tiles of the village,
reviews answered from bench/data's labels), then each pair's two dates are classified by `batch --concept` into one
folder and compared by `change` of the two GeoPackages with `--report`. Each pair differs as real ones do, at once:
another product (16-bit analytic B,G,R,NIR DN against the 8-bit visual), another day's light (gamma and a haze veil),
another CRS and pixel size, a partial overlap shifted by a fraction of a tile, a cloud; the ground changed only where
public strips of clearings are pasted into forest on AFTER (the three mine strips of bench/monitor_change.py are there
on both dates). Counts: alerts on the pasted clearings (found, of how many), alerts elsewhere (false), tiles whose new
flags were held back. With --keep, the reports stay there to be read (bench.report_picture.render draws one).
"""
from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np

from .monitor_change import SHARED, pasted
from .monitor_pairs import STRIP, Pair, analytic, changed, counted, hazy, warp, write

ROOT = Path(__file__).resolve().parent.parent
# pasted into AFTER only: (strip, column, row) of the strip's pixels; the first three into forest, the fourth into
# forest whose right half a cloud covers on AFTER
CLEARINGS_A = (("blowdown.jpg", 2000, 200), ("cultivation.jpg", 2300, 1500), ("agg1.jpg", 3500, 300))
CLEARINGS_B = (("cultivation.jpg", 2300, 1500), ("cultivation2.jpg", 600, 1300))
CLOUD_A, CLOUD_B = ("train_12", 4000, 1400), ("train_14", 1000, 1200)   # planet_sample chips, 512 px, (col, row)


def _pasted(rgb: np.ndarray, clearings, cloud) -> tuple[np.ndarray, list]:
    """``rgb`` with the ``clearings`` pasted and a ``cloud`` over them, and the boxes of ground the clearings changed."""
    from PIL import Image

    out, boxes = changed(rgb, clearings)
    chip, col, row = cloud
    sky = Image.open(SHARED / "planet_sample" / "images" / f"{chip}.jpg").convert("RGB").resize((512, 512))
    out[:, row:row + 512, col:col + 512] = np.array(sky).transpose(2, 0, 1)
    return out, boxes


def make_pairs(rgb: np.ndarray, tmp: Path) -> dict[str, tuple[str, Pair]]:
    """name -> (what it is, its Pair), written into ``tmp`` with Planet-style names (the dates come from them)."""
    h, w = rgb.shape[1:]
    full = np.full((h, w), 255, np.uint8)
    after_a, boxes_a = _pasted(rgb, CLEARINGS_A, CLOUD_A)
    before_a = write(tmp / "20230105_134501_1034_3B_AnalyticMS.tif", analytic(rgb[:, :, :5000], 9000, 300), nodata=0)
    src = write(tmp / "a_src.tif", hazy(after_a, 0.85, 30)[:, 100:, 1500:], col=1500, row=100, alpha=full[100:, 1500:])
    after = warp(src, tmp / "20230712_133922_24a3_3B_Visual.tif", dstSRS="EPSG:3857", xRes=3.125, yRes=3.125)
    after_b, boxes_b = _pasted(rgb, CLEARINGS_B, CLOUD_B)
    src_b = write(tmp / "b_src.tif", analytic(after_b[:, :, 300:6000], 9000, 300), col=300, nodata=0)
    after_b = warp(src_b, tmp / "20230301_132455_2403_3B_AnalyticMS.tif", dstSRS="EPSG:32722", xRes=3.0, yRes=3.0,
                   srcNodata=0, dstNodata=0)
    hazy_b = write(tmp / "hazy" / "20220810_131211_0f22_3B_Visual.tif", hazy(rgb), alpha=full)
    clear_b = write(tmp / "clear" / "20220810_131211_0f22_3B_Visual.tif", rgb, alpha=full)
    return {
        "A": ("BEFORE 16-bit analytic, the strip's west 5000 px; AFTER the 8-bit visual, gamma 0.85 and a haze veil, "
              "from column 1500 and row 100 on, in EPSG:3857 at 3.125 m; 3 clearings pasted, a cloud",
              Pair(before_a, after, changed=boxes_a)),
        "B": ("BEFORE the 8-bit visual under a haze veil (gamma 0.8); AFTER 16-bit analytic, columns 300-6000, in "
              "EPSG:32722; 2 clearings pasted, the second half under a cloud", Pair(hazy_b, after_b, changed=boxes_b)),
        "B, BEFORE clear": ("the same, BEFORE without the haze", Pair(clear_b, after_b, changed=boxes_b)),
    }


def run(*args: str) -> str:
    done = subprocess.run([sys.executable, "-m", "planet_qgis_plugin", *args], cwd=ROOT, capture_output=True,
                          text=True)
    if done.returncode:
        raise RuntimeError((done.stderr or done.stdout).strip().splitlines()[-1])
    return done.stdout


def taught_concept(folder: Path) -> Path:
    """The concept `make demo` teaches (its marks and reviews), saved in ``folder``."""
    done = subprocess.run([sys.executable, "-m", "scripts.demo", "--strip", str(STRIP), "--name", "clearing",
                           "--marks", "5:21,5:22,6:21", "--target-precision", "0.9", "--others",
                           str(SHARED / "planet_examples" / "cultivation.jpg"), "--out", str(folder)],
                          cwd=ROOT, capture_output=True, text=True)
    if done.returncode:
        raise RuntimeError((done.stderr or done.stdout).strip().splitlines()[-1])
    return folder / "clearing.concept.json"


def main(argv=None) -> int:
    from PIL import Image

    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--keep", type=Path, help="make the pairs, layers and reports in this folder (kept)")
    args = p.parse_args(argv)
    if not STRIP.is_file():
        print(f"skipped: {STRIP} is not here (../shared/data beside the checkout)")
        return 0
    with tempfile.TemporaryDirectory() as scratch:
        tmp = args.keep or Path(scratch)
        for sub in ("hazy", "clear"):
            (tmp / sub).mkdir(parents=True, exist_ok=True)
        concept = taught_concept(tmp / "demo")
        rgb, _ = pasted(np.array(Image.open(STRIP).convert("RGB")).transpose(2, 0, 1))
        print("| pair | tiles compared | alerts | on the pasted clearings (found) | false | tiles held back |")
        print("|---|---|---|---|---|---|")
        for k, (name, (what, pair)) in enumerate(make_pairs(rgb, tmp).items()):
            out = tmp / f"out{k}"
            run("batch", str(pair.before), str(pair.after), "-o", str(out), "--concept", str(concept), "--workers",
                "1", "-q")
            layers = [str(out / f"{scene.stem}.gpkg") for scene in (pair.before, pair.after)]
            run("change", *layers, "-o", str(out / "change.gpkg"), "--report", str(out / "alerts.html"), "-q")
            import rasterio

            with rasterio.open(pair.before) as src:
                n = counted(out / "change.gpkg", pair, src.crs.to_wkt())
            print(f"| {name}: {what} | {n['compared']} | {n['alerts']} | {n['alerts'] - n['false'] - n['excused']} "
                  f"({len(n['found'])} of {len(pair.changed)}) | {n['false']} | {n['held']} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
