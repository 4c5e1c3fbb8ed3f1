"""What `change` says when nothing changed and when something did, on real public imagery.

    .venv/bin/python -m bench.monitor_change [--strip ../shared/data/planet_examples/culltivation2.jpg]

1. Shifted copies: the public full-resolution strip with three public mine strips pasted in (so there are
   flags to get wrong), given a synthetic georeference (UTM 21S, 3 m), against copies of itself cropped by
   dx x dy px with the georeference moved accordingly. Nothing changed on the ground: alerts should be 0.
2. Real pairs of dates: which scenes of ../shared/data/scenes show the same place (footprints in WGS 84).
3. Synthetic change: BEFORE the strip, AFTER the same strip with the mine patches pasted (and cropped by
   37 x 11 px, so the grid shifts too): recall of the pasted patches (a patch is found when an alert tile
   overlaps it) and alerts elsewhere.
Prints a Markdown table for docs/monitoring.md.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "data"
PATCHES = (("mine1.jpg", 1000, 300), ("artmine1.jpg", 3000, 1200), ("artmine2.jpg", 5200, 600))
PX, X0, Y0 = 3.0, 768.0 * 660, 768.0 * 11458   # the strip's corner lies on the 256-px grid of 3 m pixels
SHIFTS = ((128, 64), (37, 11), (1, 1), (255, 200))


def write(array: np.ndarray, path: Path, dx: int = 0, dy: int = 0) -> Path:
    import rasterio
    from affine import Affine

    data = array[:, dy:, dx:]
    with rasterio.open(path, "w", driver="GTiff", width=data.shape[2], height=data.shape[1], count=data.shape[0],
                       dtype=data.dtype, crs="EPSG:32721", transform=Affine(PX, 0, X0 + dx * PX, 0, -PX, Y0 - dy * PX),
                       tiled=True) as dst:
        dst.write(data)
    return path


def pasted(strip: np.ndarray) -> tuple[np.ndarray, list[tuple[int, int, int, int]]]:
    from PIL import Image

    out, boxes = strip.copy(), []
    for name, x, y in PATCHES:
        patch = np.array(Image.open(SHARED / "planet_examples" / name).convert("RGB")).transpose(2, 0, 1)
        h, w = patch.shape[1:]
        out[:, y:y + h, x:x + w] = patch
        boxes.append((x, y, w, h))
    return out, boxes


def alerts_of(before: Path, after: Path, out: Path):
    from planet_qgis_plugin.core.monitor.change import ChangeOptions
    from planet_qgis_plugin.core.monitor.pair import compare_rasters

    return compare_rasters(before, after, out, ChangeOptions(before_date="2020-01-01", after_date="2020-02-01"))


def tags_changed(change: Path) -> tuple[int, int]:
    """(tiles whose tags differ from their BEFORE tile's, of them on a partial tile) in the change layer: the issue's
    old complaint, a half-tile shift of one image changing the tags of 100 of 234 tiles, counted this way."""
    from osgeo import ogr

    ds = ogr.Open(str(change))
    layer = ds.GetLayerByName("changes")
    changed = partial = 0
    for feature in layer:
        if feature.GetField("tags_gained") or feature.GetField("tags_lost"):
            changed += 1
            partial += feature.GetField("match") == "partial tile"
    layer = ds = None
    return changed, partial


def footprints() -> list[str]:
    import rasterio
    from rasterio.warp import transform_bounds

    scenes = sorted((SHARED / "scenes").glob("*.tif"))
    boxes = {}
    for scene in scenes:
        with rasterio.open(scene) as src:
            boxes[scene.name] = transform_bounds(src.crs, "EPSG:4326", *src.bounds)
    lines = [f"- {n}: lon {b[0]:.3f}..{b[2]:.3f}, lat {b[1]:.3f}..{b[3]:.3f}" for n, b in boxes.items()]
    pairs = [(a, b) for i, a in enumerate(boxes) for b in list(boxes)[i + 1:]
             if boxes[a][0] < boxes[b][2] and boxes[b][0] < boxes[a][2]
             and boxes[a][1] < boxes[b][3] and boxes[b][1] < boxes[a][3]]
    lines.append(f"overlapping pairs: {pairs or 'none'}")
    return lines


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--strip", type=Path, default=SHARED / "planet_examples" / "culltivation2.jpg")
    args = p.parse_args()
    if not args.strip.is_file():
        raise SystemExit(f"needs {args.strip} (../shared beside the checkout)")
    from PIL import Image

    from planet_qgis_plugin.core.wording import count

    strip = np.array(Image.open(args.strip).convert("RGB")).transpose(2, 0, 1)
    mined, boxes = pasted(strip)
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        base = write(mined, tmp / "mined.tif")
        for dx, dy in SHIFTS:
            result = alerts_of(base, write(mined, tmp / f"shift_{dx}_{dy}.tif", dx, dy), tmp / f"c_{dx}_{dy}.gpkg")
            changed, partial = tags_changed(result.output)
            rows.append(f"| shifted copy, {dx} x {dy} px | {result.compared} | {len(result.alerts)} | "
                        f"{result.held_back()}; tags changed on {changed} of {result.compared} tiles ({partial} of "
                        "them partial edge tiles) |")
        plain = write(strip, tmp / "plain.tif")
        result = alerts_of(plain, write(mined, tmp / "mined_shift.tif", 37, 11), tmp / "c_paste.gpkg")
        from osgeo import ogr

        found, elsewhere = set(), 0
        for alert in result.alerts:
            geom = ogr.CreateGeometryFromWkb(result.after.wkb[alert.index])
            x0, x1, y0, y1 = geom.GetEnvelope()
            c0, c1, r0, r1 = (x0 - X0) / PX, (x1 - X0) / PX, (Y0 - y1) / PX, (Y0 - y0) / PX
            hit = [k for k, (x, y, w, h) in enumerate(boxes) if c0 < x + w and x < c1 and r0 < y + h and y < r1]
            found.update(hit)
            elsewhere += not hit
        by = {c: sum(a.confidence == c for a in result.alerts) for c in ("nominal", "high", "highest")}
        rows.append(f"| strip vs the strip with {len(boxes)} pasted mine patches, shifted 37 x 11 px | "
                    f"{result.compared} | {len(result.alerts)} ({', '.join(f'{n} {c}' for c, n in by.items())}) | "
                    f"recall {len(found)}/{len(boxes)}, {count(elsewhere, 'alert')} elsewhere |")
    print("| comparison | tiles compared | alerts | notes |\n|---|---|---|---|")
    print("\n".join(rows))
    print("\nReal pairs of dates in ../shared/data/scenes:")
    print("\n".join(footprints()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
