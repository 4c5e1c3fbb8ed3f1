"""Soak check: classify the same scene N times in one process, as a long QGIS session would, and show that
memory (RSS) and open file handles stay flat.

    python -m bench.soak [--runs 50] [--bundle DIR] [--scene TIF] [--backend auto|onnx|torch] [--cancel-every 10]

Run 1 is the warm-up (model load, GDAL caches). RSS moves a little from run to run (memory returned to the
system or not), so RSS compares the highest of the first half of the runs with the highest of the second
half: a leak grows it, noise does not; fds and threads compare run 1 -> run N. Prints a line per
run and a summary with first/last RSS and fd counts and their ratios; exits 1 if RSS grew by more than
--max-rss-growth (default 10 %) or if any file handle, thread or temporary file was left behind.
With --cancel-every K every K-th run is cancelled half-way (leaks on the cancel path show up too).
"""
from __future__ import annotations

import argparse
import gc
import os
import sys
import tempfile
import threading
import time
from pathlib import Path

from planet_qgis_plugin.core.errors import Cancelled
from planet_qgis_plugin.core.model.bundle import resolve_bundle
from planet_qgis_plugin.core.pipeline.classify import ClassifyOptions, classify

ROOT = Path(__file__).resolve().parent.parent

SCENE = ROOT / "tests" / "data" / "scenes" / "20170915_020728_103d_3B_AnalyticMS.tif"


def rss_mb() -> float:
    with open("/proc/self/status") as f:
        return next(int(line.split()[1]) for line in f if line.startswith("VmRSS")) / 1024


def open_fds() -> int:
    return len(os.listdir("/proc/self/fd"))


def default_bundle(workdir: Path):
    """The bundled model, else a freshly exported untrained EfficientNet-Lite0 (same size and code path)."""
    from planet_qgis_plugin.core.model.bundle import BundleError, default_bundle_path

    try:
        return resolve_bundle(default_bundle_path())
    except BundleError:
        import torch

        from planet_qgis_plugin.core.labels import LABELS
        from planet_qgis_plugin.core.model.bundle import Manifest
        from planet_qgis_plugin.core.model.networks import build_model
        from trainer.export import export_bundle

        torch.manual_seed(0)
        manifest = Manifest(name="soak-untrained", architecture="efficientnet_lite0", labels=list(LABELS),
                            thresholds={label: 0.2 for label in LABELS})
        return export_bundle(build_model("efficientnet_lite0"), manifest, workdir / "bundle")


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--runs", type=int, default=50)
    p.add_argument("--scene", type=Path, default=SCENE)
    p.add_argument("--bundle", type=Path, default=None)
    p.add_argument("--backend", default="auto", choices=["auto", "onnx", "torch"])
    p.add_argument("--batch-size", type=int, default=4)
    p.add_argument("--cancel-every", type=int, default=10, help="cancel every K-th run half-way (0: never)")
    p.add_argument("--max-rss-growth", type=float, default=0.10, help="allowed RSS growth run 1 -> N (fraction)")
    args = p.parse_args(argv)
    if args.runs < 2:
        p.error("--runs must be at least 2")

    with tempfile.TemporaryDirectory(prefix="soak-") as tmp:
        work = Path(tmp)
        bundle = resolve_bundle(args.bundle) if args.bundle else default_bundle(work)
        out = work / "tiles.gpkg"
        rows = []
        threads0 = None
        start = time.perf_counter()
        for run in range(1, args.runs + 1):
            cancel_run = args.cancel_every and run % args.cancel_every == 0
            seen = {"done": 0, "total": 1}

            def progress(done, total):
                seen.update(done=done, total=total)

            cancel = (lambda: seen["done"] >= seen["total"] / 2) if cancel_run else None
            t0 = time.perf_counter()
            try:
                result = classify(args.scene, out, bundle, ClassifyOptions(backend=args.backend,
                                  batch_size=args.batch_size, overwrite=True), progress=progress, cancel=cancel)
                what = f"{result.tiles} tiles on {result.device} ({result.backend})"
            except Cancelled:
                what = "cancelled half-way"
            gc.collect()
            rows.append((rss_mb(), open_fds(), threading.active_count()))
            threads0 = threads0 or rows[0][2]
            print(f"run {run:3d}: {what:28s} {time.perf_counter() - t0:5.2f} s  RSS {rows[-1][0]:7.1f} MB  "
                  f"fds {rows[-1][1]:3d}  threads {rows[-1][2]}", flush=True)
        leftovers = sorted(p.name for p in work.iterdir() if p.name not in ("tiles.gpkg", "bundle"))
    (_, fd1, th1), (_, fdn, thn) = rows[0], rows[-1]
    half = len(rows) // 2
    rss1, rssn = max(r[0] for r in rows[:half]), max(r[0] for r in rows[half:])
    print(f"\n{args.runs} runs of {args.scene.name} in {time.perf_counter() - start:.0f} s")
    print(f"RSS   highest in runs 1-{half} {rss1:.1f} MB, in runs {half + 1}-{len(rows)} {rssn:.1f} MB  "
          f"ratio {rssn / rss1:.3f}  "
          f"(max over runs {max(r[0] for r in rows):.1f} MB)")
    print(f"fds   first {fd1}  last {fdn}  ratio {fdn / fd1:.3f}")
    print(f"threads first {th1}  last {thn};  leftover files: {', '.join(leftovers) or 'none'}")
    ok = rssn <= rss1 * (1 + args.max_rss_growth) and fdn <= fd1 and thn <= th1 and not leftovers
    print("FLAT" if ok else "GROWING: see the numbers above")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
