"""Command line: ``python -m planet_qgis_plugin.change BEFORE AFTER -o CHANGE.gpkg [--report r.html] [--export DIR]``.

BEFORE and AFTER are two tile GeoPackages (classify, batch, the plugin) or two rasters, which are then
classified on one tile grid first (core/monitor/pair.py). Every AFTER tile is written with its change;
new flags that pass the alert rule (core/monitor/change.py, docs/monitoring.md) are alerts with a
confidence (nominal / high / highest). ``--export DIR`` hands the alerts off (GeoJSON, KML, CSV, HTML).
The layer, the report and the export are all written or none (core/monitor/change.compare).
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .common import (
    Parser,
    add_max_tiles_option,
    add_model_options,
    bar_progress,
    command,
    loading,
    progress_bar,
    run_cli,
    say,
    warn,
)

with loading():  # a stop while the libraries load: one line, exit 130 / 143 / 129
    from ..core.errors import OutputError
    from ..core.monitor.change import FAR_QUANTILE, MARGIN, MIN_RISE, ChangeOptions, check_outputs


def build_parser() -> argparse.ArgumentParser:
    p = Parser(
        prog="python -m planet_qgis_plugin.change",
        description="Alerts between two classifications (or two rasters) of the same place: per AFTER tile the "
                    "tags gained and lost, the change of each flag group's score, new flags that pass the alert "
                    "rule with a confidence (nominal/high/highest).",
        epilog="Exit status: 0 done (with or without alerts); 1 refused (one 'error:' line, nothing written: "
               "scenes that do not overlap, an existing OUTPUT without --overwrite, ...); 75 OUTPUT is a GeoPackage "
               "another program is writing (nothing written: run again once it is done); 130, 143, 129 interrupted "
               "by Ctrl-C, SIGTERM, SIGHUP (nothing written). More: docs/monitoring.md.")
    p.add_argument("before", type=Path, help="the earlier scene: a tile GeoPackage or a raster")
    p.add_argument("after", type=Path, help="the later scene: a tile GeoPackage or a raster (the same kind as BEFORE)")
    p.add_argument("-o", "--output", type=Path, required=True, help="output GeoPackage (layer 'changes')")
    p.add_argument("--report", type=Path, default=None, help="also write a self-contained HTML report of the alerts")
    p.add_argument("--export", type=Path, default=None, metavar="DIR",
                   help="also hand the alerts off to the new folder DIR: GeoJSON, KML, CSV (lon/lat WGS 84), "
                        "before/after thumbnails and one self-contained HTML")
    p.add_argument("--before-scene", type=Path, default=None,
                   help="BEFORE's raster, for thumbnails (default: the scene its run recorded)")
    p.add_argument("--after-scene", type=Path, default=None, help="AFTER's raster, likewise")
    p.add_argument("--before-date", default=None, help="BEFORE's acquisition date YYYY-MM-DD (default: recorded)")
    p.add_argument("--after-date", default=None, help="AFTER's acquisition date, likewise")
    p.add_argument("--file-time-dates", action="store_true",
                   help="where a date is unknown, use the GeoPackage's file time (when it was written)")
    p.add_argument("--margin", type=float, default=MARGIN,
                   help=f"score rise an isolated new flag needs, and the 'rise' evidence (default: {MARGIN})")
    p.add_argument("--min-rise", type=float, default=MIN_RISE,
                   help=f"score rise a new flag needs beside a neighbour raising the same flag (default: {MIN_RISE})")
    p.add_argument("--far-quantile", type=float, default=FAR_QUANTILE,
                   help="embedding-distance quantile (over all compared tiles) above which a tile 'moved far' "
                        f"(default: {FAR_QUANTILE})")
    p.add_argument("--judged", type=Path, action="append", default=[], metavar="CHANGE.gpkg",
                   help="an earlier change layer of this place whose alerts were answered (repeatable): an alert "
                        "rejected there is not raised again on the same ground for the same flag unless its score "
                        "rose further (by --min-rise); it is held back, said why")
    p.add_argument("--overwrite", action="store_true", help="replace OUTPUT (and the report) if they exist, but never a "
                   "change layer holding the analyst's answers; an --export folder is never replaced: give a new one")
    add_model_options(p)
    add_max_tiles_option(p, "each of two rasters")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bar (raster inputs)")
    return p


def options_from(args: argparse.Namespace) -> ChangeOptions:
    return ChangeOptions(args.margin, args.min_rise, args.far_quantile, args.overwrite, args.report, args.export,
                         args.before_scene, args.after_scene, args.before_date, args.after_date,
                         args.file_time_dates, judged=tuple(args.judged))


@command
def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return run_cli(lambda: _run(args), "no output was written")


def _classify_options_given(args: argparse.Namespace) -> list[str]:
    """The options of a classification given other than their defaults (what two tile layers leave unused)."""
    # '--' and '--output=': names beginning with '-' are names here too
    defaults = build_parser().parse_args([f"--output={args.output}", "--", str(args.before), str(args.after)])
    return [f"--{name.replace('_', '-')}" for name in ("bundle", "backend", "device", "batch_size", "max_tiles")
            if getattr(args, name) != getattr(defaults, name)]


def _mixed(before: Path, after: Path) -> str:
    """The line for a BEFORE and AFTER of two kinds: what is wrong with either first (a scene's name mistyped, a
    folder, a pipe), as its reader would say it, where 'not one of each' sent the analyst after the wrong file."""
    for path in (before, after):
        if not path.exists():
            return f"{path} does not exist"
        if path.is_dir():
            return f"{path} is a folder, not a raster or a tile GeoPackage"
        if not path.is_file():
            return f"{path} is not a file"
    return "give two tile GeoPackages or two rasters, not one of each"


def _run(args: argparse.Namespace) -> int:
    from ..core.monitor.pair import is_raster_pair

    options = options_from(args)
    options.check()
    inputs = (args.before, args.after)
    check_outputs(args.before, args.after, args.output, options)
    if is_raster_pair(*inputs):
        from ..core.monitor.pair import compare_rasters
        from ..core.pipeline.options import ClassifyOptions

        classify_options = ClassifyOptions(args.backend, args.device, args.batch_size, max_tiles=args.max_tiles)
        with progress_bar(args.quiet, "tile", "classifying both dates") as bar:
            result = compare_rasters(args.before, args.after, args.output, options, args.bundle, classify_options,
                                     bar_progress(bar))
    else:
        from ..core.monitor.change import compare

        if Path(args.before).suffix.lower() != ".gpkg" or Path(args.after).suffix.lower() != ".gpkg":
            raise OutputError(_mixed(args.before, args.after))
        unused = _classify_options_given(args)
        if unused:  # they shape a classification, and two tile layers are compared as they were classified
            warn(f"{', '.join(unused)} {'apply' if len(unused) > 1 else 'applies'} only when change classifies two "
                 "rasters; these two tile layers are compared as they are")
        result = compare(args.before, args.after, args.output, options)
    for message in result.messages:
        warn(message)
    done = [result.summary()]  # the layer, the report and the export were put in place together (compare)
    if result.report is not None:
        done.append(f"report {result.report}")
    if result.export is not None:
        done.append(result.export.summary())
    say("; ".join(done))
    if result.unseen_next():   # a change behind BEFORE's haze is in no alert: say so, and what shows it
        say(f"next: {result.unseen_next()}")
    if result.alerts:  # what an analyst does with them (the report says it too); ASCII, as every line printed
        say(f"next: judge each alert on its before/after pair: open {result.output} in QGIS, Review alerts... "
              "(Y confirms, N rejects, Ctrl+Z undoes); then Export confirmed... hands them off. Without QGIS: "
              f"python -m planet_qgis_plugin alerts {result.output} [--confirm N --cause C | --reject N --reason R]; "
              "the next run's change --judged keeps rejected alerts from coming back")
    return 0


if __name__ == "__main__":
    sys.exit(main())
