"""What a classify command line run spends besides the bound of #21's goal 2, item by item in CPU ms.

    python -m bench.fixed_costs [--size 2048] [--runs 3]

Writes a size x size copy of the Cape Town SR sample scene (bench/pipeline_vs_model.py), then runs the classify
command line on it in fresh processes (the CLI's defaults: device auto, 2 readers on 2 cores), each with the
functions that make the run's fixed costs wrapped in timers: the CPU time of the thread that runs each
(`time.thread_time`: the measure other work on a shared machine moves least), its wall time and its thread. Prints,
for each item, the median over the runs and its range, and for the whole process its CPU seconds before `classify()`
(interpreter and imports), inside it, and in programs it started. The table in docs/speed.md ("Fixed costs of a
2048 px run") comes from the same timers.
"""
from __future__ import annotations

import argparse
import functools
import importlib
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
P = "planet_qgis_plugin."

#: (module, attribute, item): the functions timed, where the run calls them (names imported into classify's module
#: are wrapped there).
TIMED = [
    ("core.pipeline.classify", "check_not_read_by", "the output read by the input? (sources.check_not_read_by)"),
    ("core.model.predict", "choose_backend", "backend chosen: import onnxruntime (model-start thread)"),
    ("core.model.predict", "_cuda_driver", "CUDA probe on device auto"),
    ("core.model.predict", "make_predictor", "the model's whole start (model-start thread)"),
    ("core.pipeline.classify", "open_raster", "open_raster (checks and GDAL's open)"),
    ("core.pipeline.classify", "plan_run", "statistics and plan, the calling thread (the decoding: the statistics threads, in the bound)"),
    ("core.pipeline.classify", "counter_for", "familiarity counter"),
    ("core.layer.gpkg", "_create_fields", "GeoPackage fields"),
    ("core.layer.gpkg", "_add_tiles", "tile records and inserts (per tile)"),
    ("core.publish", "publish", "rename into place"),
]
#: OGR methods timed the same way: the GeoPackage made, its layer, the transaction's commit.
OGR_TIMED = [("Driver", "CreateDataSource", "GeoPackage made (CreateDataSource)"),
             ("DataSource", "CreateLayer", "GeoPackage layer"),
             ("DataSource", "CommitTransaction", "one transaction's commit")]


def _timed(events: list, label: str, fn):
    @functools.wraps(fn)
    def timed(*args, **kwargs):
        wall, cpu = time.perf_counter(), time.thread_time()
        try:
            return fn(*args, **kwargs)
        finally:
            events.append((label, threading.current_thread().name, time.thread_time() - cpu,
                           time.perf_counter() - wall))
    return timed


def child(scene: str, out: str) -> dict:
    """One CLI run with the timers; what each item cost, and the process's CPU seconds by phase."""
    events: list = []
    usage = resource.getrusage(resource.RUSAGE_SELF)
    started = usage.ru_utime + usage.ru_stime   # the interpreter's start, before this function
    for name in ("numpy", "rasterio", P + "cli.classify"):
        cpu, wall = time.process_time(), time.perf_counter()
        importlib.import_module(name)
        events.append((f"import {name.removeprefix(P)}", "MainThread", time.process_time() - cpu, time.perf_counter() - wall))
    for module, attribute, label in TIMED:
        mod = importlib.import_module(P + module)
        setattr(mod, attribute, _timed(events, label, getattr(mod, attribute)))
    from osgeo import ogr

    for cls, method, label in OGR_TIMED:
        owner = getattr(ogr, cls)
        setattr(owner, method, _timed(events, label, getattr(owner, method)))
    predict = importlib.import_module(P + "core.model.predict")
    predict.OnnxPredictor.__init__ = _timed(events, "ONNX Runtime session", predict.OnnxPredictor.__init__)
    pipeline = importlib.import_module(P + "core.pipeline.classify")
    pipeline.classify = _timed(events, "classify(), its calling thread", pipeline.classify)
    importlib.import_module(P + "core.teach.apply")   # classify_applying imports classify from its module: wrapped
    before = time.process_time()
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    cli = importlib.import_module(P + "cli.classify")
    try:
        cli.main([scene, "-o", out, "--overwrite", "-q"])
    except SystemExit:
        pass
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return {"events": events, "start_cpu": started, "run_cpu": time.process_time() - before,
            "children_cpu": after.ru_utime + after.ru_stime - children.ru_utime - children.ru_stime}


def spread(values: list[float]) -> str:
    return f"{statistics.median(values):.1f} ({min(values):.1f}-{max(values):.1f})"


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--size", type=int, default=2048, help="scene side in px")
    p.add_argument("--runs", type=int, default=3)
    p.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = p.parse_args()
    if args.child:
        print(json.dumps(child(*args.child)))
        return
    from bench.pipeline_vs_model import tiled_scene

    with tempfile.TemporaryDirectory(prefix="fixed-") as tmp:
        scene = tiled_scene(Path(tmp) / f"scene{args.size}.tif", args.size)
        runs = []
        for _ in range(args.runs):
            proc = subprocess.run([sys.executable, "-m", "bench.fixed_costs", "--child", str(scene),
                                   str(Path(tmp) / "out.gpkg")], capture_output=True, text=True, cwd=ROOT)
            lines = proc.stdout.strip().splitlines()
            if proc.returncode != 0 or not lines:
                raise SystemExit(f"child run failed: {(proc.stderr.strip().splitlines() or ['?'])[-1]}")
            runs.append(json.loads(lines[-1]))
    print(f"classify command line on a {args.size} px scene, {args.runs} fresh processes, load average "
          f"{os.getloadavg()[0]:.1f}; each item: CPU ms of the thread that ran it, median (range); wall ms; thread")
    items: dict[str, list] = {}
    for run in runs:
        for label, thread, cpu, wall in run["events"]:
            items.setdefault(label, []).append((cpu * 1000, wall * 1000, thread))
    for label, got in items.items():
        threads = sorted({t.split("_")[0] for _, _, t in got})
        print(f"  {label}: {spread([c for c, _, _ in got])} CPU ms, {spread([w for _, w, _ in got])} wall ms"
              f"{f' (x{len(got) // len(runs)} a run)' if len(got) > len(runs) else ''}; {', '.join(threads)}")
    print(f"  interpreter's start: {spread([r['start_cpu'] * 1000 for r in runs])} CPU ms; the run after the "
          f"imports (all threads): {spread([r['run_cpu'] * 1000 for r in runs])}; programs it started: "
          f"{spread([r['children_cpu'] * 1000 for r in runs])}")


if __name__ == "__main__":
    main()
