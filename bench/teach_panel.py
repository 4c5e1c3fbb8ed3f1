"""How long the analyst waits on the Teach panel in a real QGIS window, under two environments in turn.

    python -m bench.teach_panel [--layer TILES.gpkg] [--raster RASTER] [--runs 2] [--env OPENBLAS_NUM_THREADS=1]

Starts QGIS under Xvfb (`xvfb-run`, as scripts/screenshot.py does) once per run and environment, alternating
(QGIS's default environment, then the one ``--env`` gives, ``--runs`` times), on a fresh copy of the tile layer each
time, and runs bench/teach_panel_qgis.py inside it: the concept "clearing" marked on the tiles of ``--marks``, the
review started, 4 answers (refitted in the background), 2 undos, each step timed until the map has it. Prints
each step's median under both and their ratio, with the load average at the start and the end: on a shared
machine the load moves the seconds, the ratio of runs in turn less. Default layer: ``--raster`` classified by the
bundled model first (culltivation2.jpg of demo/data, as `make demo` does, 234 tiles).
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RASTER = ROOT / "demo" / "data" / "culltivation2.jpg"
MARKS = "5:21,5:22,6:21"    # the Makefile's DEMO_MARKS: village clearings


def one_run(layer: Path, raster: Path, marks: str, extra: dict[str, str], folder: Path, timeout: int) -> dict | None:
    """The steps' times of one QGIS session (None where it failed: said on stderr)."""
    copy = folder / "tiles.gpkg"
    shutil.copy(layer, copy)        # the panel writes its fields in place
    out = folder / "times.json"
    out.unlink(missing_ok=True)
    env = dict(os.environ, PLANET_BENCH_ROOT=str(ROOT), PLANET_BENCH_OUT=str(out), PLANET_BENCH_LAYER=str(copy),
               PLANET_BENCH_RASTER=str(raster.resolve()), PLANET_BENCH_MARKS=marks, GDAL_PAM_ENABLED="NO", **extra)
    env.pop("QT_QPA_PLATFORM", None)   # a real (X11) window
    cmd = ["xvfb-run", "-a", "-s", "-screen 0 1366x768x24", "qgis", "--nologo", "--noversioncheck", "--noplugins",
           "--profiles-path", str(folder / "profiles"), "--code", str(ROOT / "bench" / "teach_panel_qgis.py")]
    try:
        done = subprocess.run(cmd, env=env, timeout=timeout, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                              stderr=subprocess.PIPE, text=True)
    except subprocess.TimeoutExpired:
        print(f"error: QGIS ran past {timeout} s", file=sys.stderr)
        return None
    if not out.is_file():
        print(f"error: the run failed: {done.stderr.strip()[-2000:]}", file=sys.stderr)
        return None
    return json.loads(out.read_text())


def classified(raster: Path, folder: Path) -> Path:
    from planet_qgis_plugin.core.model.bundle import default_bundle_path
    from planet_qgis_plugin.core.pipeline.classify import ClassifyOptions, classify

    out = folder / f"{raster.stem}.gpkg"
    classify(str(raster), str(out), str(default_bundle_path()), ClassifyOptions())
    return out


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--layer", type=Path, help="a tile layer classify wrote with its embeddings (copied for each run)")
    p.add_argument("--raster", type=Path, default=RASTER, help="its raster (on the map; default culltivation2.jpg)")
    p.add_argument("--marks", default=MARKS, help=f"ROW:COL of the tiles marked (default {MARKS})")
    p.add_argument("--runs", type=int, default=2, help="runs of each environment, in turn (default 2)")
    p.add_argument("--env", default="OPENBLAS_NUM_THREADS=1", help="NAME=VALUE[,NAME=VALUE] of the second "
                   "environment (default OPENBLAS_NUM_THREADS=1)")
    p.add_argument("--timeout", type=int, default=300, help="seconds before one QGIS session is stopped")
    args = p.parse_args(argv)
    from scripts.screenshot import can_start_qgis

    if not can_start_qgis():
        return 1
    missing = [path for path in (args.layer, args.raster) if path is not None and not path.is_file()]
    if missing or "=" not in args.env or args.runs < 1:
        print(f"error: {missing[0]} does not exist" if missing else "error: --env takes NAME=VALUE, --runs 1 or more",
              file=sys.stderr)
        return 1
    extra = dict(item.split("=", 1) for item in args.env.split(",") if item)
    names = ("as QGIS starts", args.env)
    found: dict[str, dict[str, list[float]]] = {name: {} for name in names}
    loads = [os.getloadavg()[0]]
    with tempfile.TemporaryDirectory(prefix="planet_bench_panel_") as tmp:
        folder = Path(tmp)
        layer = args.layer or classified(args.raster, folder)
        for _ in range(args.runs):
            for name, env in zip(names, ({}, extra)):
                got = one_run(layer, args.raster, args.marks, env, folder, args.timeout)
                if got is None:
                    return 1
                for step, values in got.items():
                    found[name].setdefault(step, []).extend(values)
    loads.append(os.getloadavg()[0])
    print(f"load average {loads[0]:.1f} at the start, {loads[1]:.1f} at the end; {args.runs} run(s) of each, in turn; "
          "medians (range) in s")
    print(f"| step | {names[0]} | {names[1]} | ratio |\n|---|---|---|---|")
    for step in found[names[0]]:
        a, b = found[names[0]][step], found[names[1]].get(step, [])
        if not b:
            continue
        ma, mb = statistics.median(a), statistics.median(b)
        print(f"| {step} | {ma:.2f} ({min(a):.2f}-{max(a):.2f}) | {mb:.2f} ({min(b):.2f}-{max(b):.2f}) | "
              f"{mb / ma:.2f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
