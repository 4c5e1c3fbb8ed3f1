"""Command line: ``python -m planet_qgis_plugin.batch SCENE_OR_FOLDER... -o OUTDIR`` (many scenes, Dask).

Every raster becomes OUTDIR/<scene>.gpkg (the same tile layer as the plugin's), OUTDIR/summary.csv
gets one row per scene, and a scene already done (its output made from the scene and concept files as they are now,
with every --concept's fields) is not redone.
Several workers run on a Dask LocalCluster of processes (each loads the model once and gets an equal
share of the CPU cores), or on an existing Dask cluster given by --scheduler. The run itself is the core's
(core/monitor/batch_run.py); this module turns the flags into BatchOptions and prints.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .common import (
    Parser,
    add_max_tiles_option,
    add_model_options,
    command,
    distinct_files,
    loading,
    one_line,
    progress_bar,
    run_cli,
    say,
    warn,
)

with loading():  # a stop while the libraries load: one line, exit 130 / 143 / 129
    from ..core.monitor.batch import SceneRow
    from ..core.monitor.batch_run import (
        REPORT,
        SCHEDULER_TIMEOUT,
        SUMMARY,
        BatchOptions,
        BatchPlan,
        plan_batch,
        run_batch,
    )
    from ..core.monitor.scenes import RASTER_SUFFIXES
    from ..core.pipeline.options import ClassifyOptions
    from ..core.wording import count


def build_parser() -> argparse.ArgumentParser:
    p = Parser(
        prog="python -m planet_qgis_plugin.batch",
        description="Classify many Planet scenes: one tile GeoPackage per scene in OUTDIR, plus OUTDIR/summary.csv. "
                    "Scenes whose output was made from the scene and --concept files as they are now (their bytes, which "
                    "it records; with every --concept's fields) are not redone: a project folder copied or moved is "
                    "up to date.",
        epilog="Exit status: 0 every scene done or up to date; 1 a scene failed (the rest go on; its error in "
               "summary.csv: fix it and run the same command again, the finished scenes are not redone), or bad "
               "input stopped the batch before any work (one 'error:' line); 130, 143, 129 interrupted by Ctrl-C, "
               "SIGTERM, SIGHUP (the finished scenes are kept). More: docs/monitoring.md.")
    p.add_argument("inputs", nargs="+", type=Path, metavar="SCENE_OR_FOLDER",
                   help=f"rasters, or folders searched for {'/'.join(RASTER_SUFFIXES)}")
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
    add_max_tiles_option(p)
    p.add_argument("--force", action="store_true", help="redo scenes whose output is up to date")
    p.add_argument("--concept", action="append", type=Path, default=[], metavar="FILE",
                   help="also apply a concept saved by teach --save-concept to every scene; repeatable")
    p.add_argument("--report", action="store_true", help=f"also write OUTDIR/{REPORT} (quick-looks and counts)")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    return p


def options_from(args: argparse.Namespace) -> BatchOptions:
    return BatchOptions(ClassifyOptions(args.backend, args.device, args.batch_size, args.bands,
                                        max_tiles=args.max_tiles), args.bundle,
                        args.workers, args.scheduler, args.scheduler_timeout, args.threads, args.force,
                        distinct_files(args.concept), args.report)


@command
def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    finished: list[SceneRow] = []  # scenes finished so far
    plans: list[BatchPlan] = []    # the batch planned, its output folder made
    return run_cli(lambda: _run(args, finished, plans), lambda: _stopped(args, finished, plans))


def _stopped(args: argparse.Namespace, finished: list[SceneRow], plans: list[BatchPlan]) -> str:
    """What a stopped batch kept: its finished scenes, or that none had finished (and the empty output folder it had
    made is gone: a rerun starts as the first run did)."""
    if finished:
        return f"{count(len(finished), 'finished scene')} kept, listed in {args.outdir / SUMMARY}"
    removed = any(plan.removed for plan in plans)
    return "no scene had finished" + (f"; removed {args.outdir}, the empty output folder this batch had made"
                                      if removed else "")


def _run(args: argparse.Namespace, finished: list[SceneRow], plans: list[BatchPlan]) -> int:
    plan = plan_batch(args.inputs, args.outdir, options_from(args))
    plans.append(plan)
    try:
        return _classify(args, plan, finished)
    except BaseException:   # stopped before run_batch took the folder over: a folder made for nothing goes too
        plan.let_go(stopped=True)
        raise


def _classify(args: argparse.Namespace, plan: BatchPlan, finished: list[SceneRow]) -> int:
    for message in plan.messages:
        warn(message)
    with progress_bar(args.quiet, "scene", "batch", total=len(plan.scenes)) as bar:

        def progress(row: SceneRow) -> None:
            finished.append(row)
            if bar:
                bar.set_postfix_str(one_line(f"{Path(row.scene).name}: {row.status}"), refresh=False)
                bar.update(1)

        result = run_batch(plan, progress)
    for row in result.failed:
        print(one_line(f"failed: {row.scene}: {row.error}"), file=sys.stderr)
    if result.report_error is not None:
        print(one_line(f"error: report not written: {result.report_error}"), file=sys.stderr)
        return 1
    say(result.summary())
    if result.failed:  # the errors say what is wrong with each; this, what to do about them
        say(f"next: fix or remove the {count(len(result.failed), 'failed scene')} (the error column of "
              f"{result.summary_path}) and run the same command again: the finished scenes are not redone")
    return 1 if result.failed else 0


if __name__ == "__main__":
    sys.exit(main())
