"""Command line: ``python -m planet_qgis_plugin.change BEFORE.gpkg AFTER.gpkg -o CHANGE.gpkg [--report report.html]``.

Compares two classifications of the same place (tile GeoPackages from classify or batch; their grids
may differ) and writes every AFTER tile with its change: tags gained and lost, the change of each flag
group's score, newly raised flags as alerts with a confidence (nominal / high / highest; the rule is in
core/monitor/change.py and docs/monitoring.md) and the acquisition date of both sides.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..core.errors import OutputError, PlanetClassifierError
from ..core.monitor.change import FAR_QUANTILE, MARGIN, compare
from ..core.publish import check_new_file
from .common import run_cli


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="python -m planet_qgis_plugin.change",
        description="Alerts between two classifications of the same place: per AFTER tile the tags gained and lost, "
                    "the change of each flag group's score, new flags with a confidence (nominal/high/highest).")
    p.add_argument("before", type=Path, help="tile GeoPackage of the earlier scene")
    p.add_argument("after", type=Path, help="tile GeoPackage of the later scene")
    p.add_argument("-o", "--output", type=Path, required=True, help="output GeoPackage (layer 'changes')")
    p.add_argument("--report", type=Path, default=None, help="also write a self-contained HTML report of the alerts")
    p.add_argument("--before-scene", type=Path, default=None,
                   help="BEFORE's raster, for the report's thumbnails (default: the scene a batch run recorded)")
    p.add_argument("--after-scene", type=Path, default=None, help="AFTER's raster, likewise")
    p.add_argument("--margin", type=float, default=MARGIN,
                   help=f"score rise that makes a new flag 'high' (default: {MARGIN})")
    p.add_argument("--far-quantile", type=float, default=FAR_QUANTILE,
                   help="embedding-distance quantile (over all matched tiles) above which a high alert is 'highest' "
                        f"(default: {FAR_QUANTILE})")
    p.add_argument("--overwrite", action="store_true", help="replace OUTPUT (and the report) if they exist")
    return p


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return run_cli(lambda: _run(args), "no output was written")


def _run(args: argparse.Namespace) -> int:
    if not 0.0 <= args.margin <= 1.0 or not 0.0 < args.far_quantile < 1.0:
        raise PlanetClassifierError("--margin must lie in [0, 1] and --far-quantile in (0, 1)")
    if args.report is not None:
        _check_report(args.report, args.overwrite)
    result = compare(args.before, args.after, args.output, args.overwrite, args.margin, args.far_quantile)
    for message in result.messages:
        print(f"warning: {message}", file=sys.stderr)
    if args.report is not None:
        from ..core.monitor.report import change_report

        change_report(args.report, result, args.before_scene, args.after_scene)
    print(result.summary() + (f"; report {args.report}" if args.report else ""))
    return 0


def _check_report(path: Path, overwrite: bool) -> None:
    if path.suffix.lower() not in (".html", ".htm"):
        raise OutputError(f"report {path} must end in .html")
    check_new_file(path, "report", overwrite)


if __name__ == "__main__":
    sys.exit(main())
