"""Command line: ``python -m planet_qgis_plugin.batch SCENE_OR_FOLDER... -o OUTDIR`` (many scenes, Dask).

Every raster becomes OUTDIR/<scene>.gpkg (the same tile layer as the plugin's), OUTDIR/summary.csv
gets one row per scene, and a scene already done (output newer than the scene) is not redone.
Several workers run on a Dask LocalCluster of processes (each loads the model once and gets an equal
share of the CPU cores), or on an existing Dask cluster given by --scheduler.
"""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from ..core.errors import OutputError, PlanetClassifierError
from ..core.monitor.batch import FAILED, BatchSettings, SceneRow, read_summary, run_scene, sweep_partials, write_summary
from ..core.monitor.cluster import (
    WORKER_MEMORY,
    available_memory,
    check_requested,
    check_scheduler,
    cpu_cores,
    max_workers,
)
from ..core.monitor.scenes import check_output_folder, find_scenes
from ..core.pipeline.options import ClassifyOptions
from ..core.publish import check_not_an_input
from .common import add_model_options, progress_bar, run_cli

SUMMARY = "summary.csv"
REPORT = "report.html"
#: How long to wait for an existing Dask scheduler before saying it is unreachable (seconds).
SCHEDULER_TIMEOUT = 10


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="python -m planet_qgis_plugin.batch",
        description="Classify many Planet scenes: one tile GeoPackage per scene in OUTDIR, plus OUTDIR/summary.csv. "
                    "Scenes whose output is newer than the scene are not redone.")
    p.add_argument("inputs", nargs="+", type=Path, metavar="SCENE_OR_FOLDER",
                   help="rasters, or folders searched for .tif/.tiff/.jp2/.vrt/.jpg")
    p.add_argument("-o", "--outdir", type=Path, required=True, help="output folder (created if missing)")
    p.add_argument("--workers", type=int, default=None,
                   help="Dask worker processes (default: one per CPU core, at most one per scene; 1 = run here, "
                        "no cluster)")
    p.add_argument("--scheduler", default=None, metavar="ADDRESS",
                   help="run on an existing Dask cluster, e.g. tcp://10.0.0.5:8786 (its workers must see the same paths)")
    p.add_argument("--scheduler-timeout", type=float, default=SCHEDULER_TIMEOUT,
                   help=f"seconds to wait for --scheduler (default: {SCHEDULER_TIMEOUT})")
    p.add_argument("--threads", type=int, default=None,
                   help="CPU inference threads per worker (default: the cores divided by the workers on a LocalCluster; "
                        "the backend's own default with --workers 1 or --scheduler)")
    add_model_options(p)
    p.add_argument("--bands", default=None, help="band mapping for every scene, e.g. red=3,green=2,blue=1")
    p.add_argument("--force", action="store_true", help="redo scenes whose output is up to date")
    p.add_argument("--concept", action="append", type=Path, default=[], metavar="FILE",
                   help="also apply a concept saved by teach --save-concept to every scene; repeatable")
    p.add_argument("--report", action="store_true", help=f"also write OUTDIR/{REPORT} (quick-looks and counts)")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    return p


def plan_workers(requested: int | None, scenes: int, cpus: int | None = None,
                 memory: int | None = None) -> tuple[int, int]:
    """(workers, inference threads per worker): one worker per CPU core and per WORKER_MEMORY of available
    ``memory`` (core/monitor/cluster.py), at most one per scene, fewer if ``requested``; the cores shared
    out equally so that workers do not oversubscribe the CPU. ClusterError for a request below 1 or absurd."""
    cpus = cpus or cpu_cores()
    memory = available_memory() if memory is None else memory
    if requested is not None:
        check_requested(requested, cpus, memory)
    workers = max(1, min(requested or scenes, max_workers(cpus, memory), scenes))
    return workers, max(1, cpus // workers)


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    rows: dict[str, SceneRow] = {}  # scenes finished so far, by scene path
    return run_cli(lambda: _run(args, rows),
                   lambda: f"{len(rows)} finished scene(s) kept, listed in {args.outdir / SUMMARY}")


def _run(args: argparse.Namespace, rows: dict[str, SceneRow]) -> int:
    scenes = find_scenes(args.inputs)
    if args.batch_size < 1:
        raise PlanetClassifierError("--batch-size must be at least 1")
    from ..core.model.bundle import resolve_bundle

    bundle = resolve_bundle(args.bundle)  # a bad bundle is one error, not one per scene
    if args.scheduler is not None:
        check_scheduler(args.scheduler, args.scheduler_timeout)  # bounded: Dask's own handshake is not
        workers, threads = 1, 0  # the cluster's workers; cores of other machines: the backend's own default
    else:
        workers, threads = plan_workers(args.workers, len(scenes))
        if args.workers is not None and workers < min(args.workers, len(scenes)):
            print(f"warning: --workers {args.workers} capped at {workers}: one per scene, per CPU core ({cpu_cores()}) "
                  f"and per {WORKER_MEMORY / 2**30:g} GiB of available memory", file=sys.stderr)
        if workers == 1:
            threads = 0  # alone on this machine: the backend's own default
    if args.threads is not None:
        if args.threads < 1:
            raise PlanetClassifierError("--threads must be at least 1")
        threads = args.threads
    for name in (SUMMARY, REPORT):  # a scene given as OUTDIR/summary.csv would be written over
        try:
            check_not_an_input(args.outdir / name, scenes, name)
        except OutputError:
            raise OutputError(f"scene {args.outdir / name} would be written over by the batch's {name}; "
                              "choose another output folder") from None
    outdir = check_output_folder(args.outdir)  # created only once every check above has passed
    options = ClassifyOptions(args.backend, args.device, args.batch_size, args.bands)
    from ..core.teach.apply import read_concepts
    read_concepts(args.concept, bundle)  # a bad concept file is one error before any scene runs
    settings = BatchSettings(str(outdir.resolve()), str(bundle.path), options, threads, args.force,
                             [str(c.resolve()) for c in args.concept])
    earlier = read_summary(outdir / SUMMARY)
    with progress_bar(args.quiet, "scene", "batch", total=len(scenes)) as bar:

        def finished(row: SceneRow) -> None:
            rows[row.scene] = row
            write_summary(outdir / SUMMARY, list(rows.values()), earlier)
            if bar:
                bar.set_postfix_str(f"{Path(row.scene).name}: {row.status}", refresh=False)
                bar.update(1)

        if args.scheduler is None and workers == 1:
            for scene in scenes:
                finished(run_scene(str(scene), settings))
        else:
            _run_dask(scenes, settings, workers, args.scheduler, args.scheduler_timeout, finished)
    done = list(rows.values())
    failed = [r for r in done if r.status == FAILED]
    for row in failed:
        print(f"failed: {row.scene}: {row.error}", file=sys.stderr)
    if args.report:
        from ..core.monitor.report import batch_report

        try:
            batch_report(outdir / REPORT, done, settings.bundle, args.bands)
        except PlanetClassifierError as exc:
            print(f"error: report not written: {exc}", file=sys.stderr)
            return 1
    counts = {s: sum(r.status == s for r in done) for s in ("done", "up to date", FAILED)}
    print(f"{len(done)} scene(s): {counts['done']} classified, {counts['up to date']} up to date, "
          f"{counts[FAILED]} failed; {sum(int(r.flagged or 0) for r in done)} tiles flagged -> {outdir / SUMMARY}"
          + (f", {outdir / REPORT}" if args.report else ""))
    return 1 if failed else 0


def _run_dask(scenes: list[Path], settings: BatchSettings, workers: int, scheduler: str | None,
              timeout: float, finished) -> None:
    """Submit one task per scene (largest first) and hand each row to ``finished`` as it completes."""
    import logging

    from distributed import Client, LocalCluster, as_completed

    cluster = None
    if scheduler is None:
        # workers are new processes: let them import this package from wherever this one came from
        root = str(Path(__file__).resolve().parent.parent)
        saved = os.environ.get("PYTHONPATH")
        os.environ["PYTHONPATH"] = os.pathsep.join(p for p in (root, saved) if p)
        try:
            cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None,
                                   silence_logs=logging.ERROR)
        finally:
            if saved is None:
                del os.environ["PYTHONPATH"]
            else:
                os.environ["PYTHONPATH"] = saved
        client = Client(cluster)
    else:
        try:
            client = Client(scheduler, timeout=timeout)
        except (OSError, TimeoutError, ValueError, TypeError) as exc:  # TypeError: Dask's own config problems
            reason = " ".join(str(exc).split())[:160]
            raise PlanetClassifierError(f"Dask scheduler {scheduler} is unreachable within {timeout:g} s "
                                        f"({reason}); start it or check the address") from None
    try:
        order = sorted(scenes, key=lambda p: p.stat().st_size, reverse=True)
        futures = {client.submit(run_scene, str(s), settings, key=f"scene-{i}-{s.name}", pure=False): s
                   for i, s in enumerate(order)}
        try:
            for future in as_completed(list(futures)):
                try:
                    row = future.result()
                except Exception as exc:  # noqa: BLE001 - the worker died (memory, crash): this scene failed
                    row = SceneRow(str(futures[future]), status=FAILED,
                                   error=f"worker failed: {type(exc).__name__}: {' '.join(str(exc).split())[:160]}")
                finished(row)
        except BaseException:
            client.cancel(list(futures))
            raise
    finally:
        client.close()
        if cluster is not None:
            cluster.close()  # its workers are gone: what a worker was writing when stopped is an orphan
            sweep_partials(Path(settings.outdir), scenes)


if __name__ == "__main__":
    sys.exit(main())
