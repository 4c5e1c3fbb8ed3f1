"""Scenes per minute of a batch (core/monitor/batch_run.py, what ``python -m planet_qgis_plugin.batch`` runs) with
1 worker (this process, no cluster) and with N Dask workers (LocalCluster of processes, cores split), measured in
one run on the same scenes.

    .venv/bin/python -m bench.monitor [--copies 3] [--workers 2] [SCENE ...]

By default the four sample scenes, each copied ``--copies`` times under new names (a batch of 12).
The wall time includes everything a user waits for: start-up, the cluster's start, model loads, writing.
"""
from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCENES = ROOT / "tests" / "data" / "scenes"


def run(folder: Path, outdir: Path, workers: int) -> float:
    from planet_qgis_plugin.core.monitor.batch_run import BatchOptions, plan_batch, run_batch

    start = time.perf_counter()
    result = run_batch(plan_batch([folder], outdir, BatchOptions(workers=workers)))
    seconds = time.perf_counter() - start
    if result.failed:
        raise SystemExit(f"batch with {workers} worker(s) failed: {result.failed[0].scene}: {result.failed[0].error}")
    return seconds


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("scenes", nargs="*", type=Path, help="scenes to batch (default: the four sample scenes)")
    p.add_argument("--copies", type=int, default=3, help="copies of each scene in the batch (default: 3)")
    p.add_argument("--workers", type=int, default=2, help="Dask workers to compare with 1 (default: 2)")
    args = p.parse_args()
    scenes = args.scenes or sorted(SCENES.glob("*.tif"))
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "scenes"
        folder.mkdir()
        for i in range(args.copies):
            for scene in scenes:
                shutil.copyfile(scene, folder / f"{scene.stem}_copy{i}{scene.suffix}")
        n = len(list(folder.iterdir()))
        from planet_qgis_plugin.core.layer.tiletable import read_tiles

        timings = {}
        for workers in (1, args.workers):
            outdir = Path(tmp) / f"out{workers}"
            timings[workers] = run(folder, outdir, workers)
        tiles = sum(len(read_tiles(g, with_embeddings=False)) for g in (Path(tmp) / "out1").glob("*.gpkg"))
    print(f"{n} scenes ({tiles} tiles) on {os.cpu_count()} CPU cores")
    for workers, seconds in timings.items():
        how = "this process, no cluster" if workers == 1 else "Dask LocalCluster of processes"
        print(f"  {workers} worker(s) ({how}): {seconds:.1f} s, {60 * n / seconds:.1f} scenes/min, "
              f"{tiles / seconds:.1f} tiles/s")
    print(f"  speed-up with {args.workers} workers: {timings[1] / timings[args.workers]:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
