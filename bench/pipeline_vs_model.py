"""Throughput ratios measured in one run: full pipeline chips/s vs the bare model's chips/s.

    python bench/pipeline_vs_model.py [--bundle DIR] [--size 2048] [--batch-size 16]

Builds a size x size 4-band uint16 GeoTIFF by tiling a real Planet scene, then times
(1) each backend on ready-made batches (the ceiling), (2) classify() end to end on the file.
A pipeline/model ratio near 1 means reading, scaling and writing hide behind inference.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from planet_qgis_plugin.core.classify import ClassifyOptions, classify, resolve_bundle  # noqa: E402
from planet_qgis_plugin.core.predict import available_backends, chips_per_second, make_predictor  # noqa: E402

SOURCE = ROOT / "tests" / "data" / "scenes" / "20221221_084022_18_2414_3B_AnalyticMS_SR.tif"


def tiled_scene(path: Path, size: int) -> Path:
    """A size x size copy of the sample scene, repeated (real pixels, fully valid)."""
    import rasterio

    with rasterio.open(SOURCE) as src:
        data = src.read()
        profile = src.profile
    reps = (1, -(-size // data.shape[1]), -(-size // data.shape[2]))
    big = np.tile(data, reps)[:, :size, :size]
    profile.update(width=size, height=size, tiled=True, blockxsize=256, blockysize=256, compress="lzw")
    with rasterio.open(path, "w", **profile) as dst:
        dst.write(big)
        dst.descriptions = ("blue", "green", "red", "nir")
    return path


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--bundle", default=None)
    p.add_argument("--size", type=int, default=3072, help="side of the synthetic scene in pixels")
    p.add_argument("--batch-size", type=int, default=16)
    args = p.parse_args()
    bundle = resolve_bundle(args.bundle)
    print(f"bundle {bundle.manifest.display_name}; backends found: {', '.join(available_backends())}")
    with tempfile.TemporaryDirectory() as tmp:
        scene = tiled_scene(Path(tmp) / "scene.tif", args.size)
        chips = (args.size // 256) ** 2
        rows = []
        for backend in ("onnx", "torch"):
            try:
                predictor, notes = make_predictor(bundle, backend)
            except Exception as exc:  # a missing backend is reported, not fatal
                print(f"{backend}: unavailable ({exc})")
                continue
            model_rate = chips_per_second(predictor, bundle.manifest, args.batch_size, max(4, chips // args.batch_size))
            out = Path(tmp) / f"{backend}.gpkg"
            result = classify(scene, out, bundle, ClassifyOptions(backend=backend, batch_size=args.batch_size))
            rows.append((backend, predictor.device, model_rate, result.chips_per_s))
        print(f"\n{args.size}x{args.size} px scene, {chips} chips, batch {args.batch_size}")
        print(f"{'backend':8} {'device':6} {'model chips/s':>14} {'pipeline chips/s':>17} {'pipeline/model':>15}")
        for backend, device, model_rate, pipe_rate in rows:
            print(f"{backend:8} {device:6} {model_rate:14.1f} {pipe_rate:17.1f} {pipe_rate / model_rate:15.2f}")
        if len(rows) == 2:
            print(f"\nonnx/torch pipeline speed ratio: {rows[0][3] / rows[1][3]:.2f}")


if __name__ == "__main__":
    main()
