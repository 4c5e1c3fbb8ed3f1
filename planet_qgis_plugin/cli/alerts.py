"""Command line: ``python -m planet_qgis_plugin alerts CHANGE.gpkg [--confirm N --cause C | --reject N --reason R |
--reopen N] [--reviewer NAME] [--history] [--export DIR [--all]]``.

The Alerts dock's answers without QGIS: each alert numbered as the report and the dock number it (highest confidence
first), judged on its before/after pair (the report's thumbnails), the answer written into the change layer with its
history (core/monitor/alerts.record_review, as the dock writes it: the layer is the audit trail). Without an answer it
lists the alerts and their status; ``--history`` adds every answer given to each (when, by whom, cause or reason).
``--export DIR`` hands the confirmed alerts off as the dock's Export confirmed... does (``--all``: every alert, each
with its status; core/monitor/handoff.export_alerts). A later ``change --judged CHANGE.gpkg`` keeps the alerts
rejected here from coming back on the same ground.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .common import Parser, command, loading, run_cli, say

with loading():
    from ..core.monitor.change import CAUSES, CONFIRMED, REJECTED, ChangeError


def build_parser() -> argparse.ArgumentParser:
    p = Parser(
        prog="python -m planet_qgis_plugin alerts",
        description="List a change layer's alerts, numbered as its report numbers them, and judge them: confirm one "
                    "with its cause, reject one with a reason, or reopen it; each answer is written into the layer "
                    "with when and by whom, and kept in its review_history (the audit trail).",
        epilog="Exit status: 0 done; 1 refused (one 'error:' line, nothing written: no such alert, a confirm without "
               "a cause, a reject without a reason, a file that is no change layer). More: docs/monitoring.md, "
               "'Review and hand-off'.")
    p.add_argument("layer", type=Path, help="a change GeoPackage (`change -o`)")
    answer = p.add_mutually_exclusive_group()
    answer.add_argument("--confirm", type=int, metavar="N", help="confirm alert N (its number in the report) ...")
    answer.add_argument("--reject", type=int, metavar="N", help="reject alert N ...")
    answer.add_argument("--reopen", type=int, metavar="N", help="take back the answer to alert N (kept in its history)")
    p.add_argument("--cause", choices=CAUSES, help="... with this cause (--confirm)")
    p.add_argument("--reason", help="... for this reason (--reject): what the before/after pair shows instead")
    p.add_argument("--reviewer", help="who answers (default: the operating system's login)")
    p.add_argument("--history", action="store_true", help="list every answer given to each alert, oldest first")
    p.add_argument("--export", type=Path, metavar="DIR", help="hand the confirmed alerts off to the new folder DIR, as "
                   "QGIS's Export confirmed... does: GeoJSON, KML, CSV with each answer and its history, thumbnails, HTML")
    p.add_argument("--all", action="store_true", help="with --export: every alert, each with its status")
    return p


@command
def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return run_cli(lambda: _run(args), "nothing was written")


def _run(args: argparse.Namespace) -> int:
    from ..core.monitor.alerts import history_lines, read_alerts, record_review

    given = [(verdict, n) for verdict, n in ((CONFIRMED, args.confirm), (REJECTED, args.reject), ("", args.reopen))
             if n is not None]
    if args.cause and not (given and given[0][0] == CONFIRMED):
        raise ChangeError("--cause goes with --confirm N")
    if args.reason is not None and not (given and given[0][0] == REJECTED):
        raise ChangeError("--reason goes with --reject N")
    if args.all and args.export is None:
        raise ChangeError("--all goes with --export DIR")
    if given and args.export is not None:
        raise ChangeError("answer first, then export: --export goes without --confirm, --reject or --reopen")
    if args.export is not None:
        from ..core.monitor.handoff import export_alerts

        say(export_alerts(args.layer, args.export, confirmed_only=not args.all).summary())
        return 0
    alerts = read_alerts(args.layer)
    if given:
        verdict, n = given[0]
        if not 1 <= n <= len(alerts.rows):
            raise ChangeError(f"{args.layer.name} has no alert {n}: its alerts are numbered 1 to {len(alerts.rows)}"
                              if alerts.rows else f"{args.layer.name} has no alert")
        row = alerts.rows[n - 1]
        stamp, by, _ = record_review(args.layer, row.fid, verdict, cause=args.cause or "", reason=args.reason or "",
                                     reviewer=args.reviewer)
        say(f"alert {n}: {verdict or 'reopened'}" + (f" ({args.cause})" if verdict == CONFIRMED else
                                                     f" ({args.reason})" if verdict == REJECTED else "")
            + (f" at {stamp} by {by or 'no one named'}" if verdict else "") + f"; written into {args.layer}")
        return 0
    counts = {status: sum(row.status == status for row in alerts.rows) for status in ("open", CONFIRMED, REJECTED)}
    say(f"{args.layer}: {len(alerts.rows)} alerts ({counts['open']} open, {counts[CONFIRMED]} confirmed, "
        f"{counts[REJECTED]} rejected)")
    for n, row in enumerate(alerts.rows, start=1):
        place = f"{row.lat:.5f}, {row.lon:.5f}" if row.located else "no place (no CRS)"
        answer = (f"{row.status} ({row.cause})" if row.status == CONFIRMED else
                  f"{row.status} ({row.reject_reason})" if row.status == REJECTED else row.status)
        say(f"{n}. {row.new_flag} {row.confidence} rise {row.rise:+.2f} at {place}, {row.date_before} -> "
            f"{row.date_after}: {answer}")
        if args.history:
            for line in history_lines(row.history):
                say(f"   {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
