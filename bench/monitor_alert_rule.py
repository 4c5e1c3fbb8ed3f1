"""The alert rule against a difference of rendering: candidates for telling two renderings of the same ground (another
product, light, CRS) from a change, counted on every pair of bench/monitor_pairs.py (at the shipped concept's 0.90 and
at 0.5) and of bench/monitor_acceptance.py.

    .venv/bin/python -m bench.monitor_alert_rule [--keep DIR] [--case NAME ...] [--no-acceptance] [--same-ground only]

Each date is classified once as bench/monitor_hazy_before.py does (the same --keep DIR serves both: a kept folder's
layers are reused; 15-20 min on 2 cores without, 2-3 with). Then `change` of the two GeoPackages
(core.monitor.change.compare) runs twice in this process: as it is (column `compare`), and with every bar on the rise
set to 0 and the scene's scatter asked of none, recording each new flag the rule would judge (compared like for like,
no cloud, BEFORE seen clear) with its rise over the scene's lift, its neighbours, its two scores and where it stands
in the scene's scatter of rises (change._scene_spread: median and robust deviation of the rises over the tiles under
0.5 on both dates, on the logit scale). Each candidate is counted on those records:
- ``before``: the rule before SPREAD_Z (rise >= margin alone, >= min rise beside a neighbour);
- ``spread alone``: the rule as it is: an isolated flag's rise also stands SPREAD_Z robust deviations above the
  scene's median rise;
- ``spread all``: every new flag asked that, beside a neighbour too;
- ``embedding alone``: an isolated flag needs its embedding to have moved far (the 'high' evidence);
- ``BEFORE low alone``: an isolated flag needs BEFORE's score under 0.25 (half the background's bar);
- ``BEFORE under the threshold alone``: an isolated flag needs BEFORE's score a margin (0.25) or more under the
  threshold AFTER flags it at (a concept's as the layer records it, a group's the lowest score it flags);
- ``new neighbours``: a neighbour is evidence only where its flag is new too (one raised on both dates is none);
- ``grown from alone``: a neighbour is evidence only where its flag alerts as an isolated one would (``spread alone``)
  or, in turn, beside one that does (hysteresis; change._grown, the rule now).
Every candidate counts the neighbours raising a flag as the rule before ``grown from alone`` did (any, new or not).
The pairs: bench/monitor_pairs.py's, bench/monitor_acceptance.py's, and bench/monitor_same_ground.py's renderings of
one ground (every alert there false; ``--same-ground only`` / ``none``). The `compare` column must equal ``grown from
alone`` (the records are the rule's own). Prints a Markdown table, each cell
alerts / pasted changes found / false (/ on nodata or cloud, where any), then the isolated flags the rule as it was
let through, the false and the true, by how many deviations they stand out (lowest first).
"""
from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import numpy as np

from planet_qgis_plugin.core.monitor import change as rule

from . import monitor_hazy_before as hazy
from . import monitor_pairs as pairs
from . import monitor_same_ground as same_ground

CANDIDATES = {
    "before": lambda r: r["passes"],
    "spread alone": lambda r: r["passes"] and (r["nb"] > 0 or r["z"] >= rule.SPREAD_Z),
    "spread all": lambda r: r["passes"] and r["z"] >= rule.SPREAD_Z,
    "embedding alone": lambda r: r["passes"] and (r["nb"] > 0 or r["far"]),
    "BEFORE low alone": lambda r: r["passes"] and (r["nb"] > 0 or r["b"] < rule.BACKGROUND / 2),
    "BEFORE under the threshold alone": lambda r: r["passes"] and (r["nb"] > 0 or r["b"] <= r["threshold"] - MARGIN),
}
MARGIN, MIN_RISE = rule.ChangeOptions().margin, rule.ChangeOptions().min_rise
#: Candidates judged on a pair's records together: whether a neighbour is evidence depends on how it was judged.
GROWN = ("new neighbours", "grown from alone")


def grown(flags: list[dict], name: str) -> set:
    """The (tile, flag) keys that alert under the neighbour candidate ``name``: ``new neighbours``, a neighbour is
    evidence only where its flag is new too (one raised on both dates is none); ``grown from alone``, only where its
    flag alerts as an isolated one would (rise >= margin, out of the scatter) or, in turn, beside one that does
    (hysteresis: weak rises join an alert through neighbours, never make one among themselves)."""
    by = {(f["rc"], f["name"]): f for f in flags}

    def alone(f):
        return f["rise"] >= MARGIN and f["z"] >= rule.SPREAD_Z

    if name == "new neighbours":
        return {key for key, f in by.items() if alone(f) or (
            f["rise"] >= MIN_RISE and any((rc, f["name"]) in by for rc in f["around"]))}
    accepted = {key for key, f in by.items() if alone(f)}
    grew = True
    while grew:
        joined = {key for key, f in by.items() if key not in accepted and f["rise"] >= MIN_RISE
                  and any((rc, f["name"]) in accepted for rc in f["around"])}
        accepted |= joined
        grew = bool(joined)
    return accepted


def flag_threshold(after, name: str) -> float:
    """The threshold AFTER flags ``name`` at: a concept's as the layer records it (PLANET_CONCEPT_FLAGS), else the
    lowest score it flags (a group flags by each of its tags' thresholds, its score the highest of their p_)."""
    import json

    from planet_qgis_plugin.core.layer.schema import META_CONCEPT_FLAGS

    recorded = json.loads(after.metadata.get(META_CONCEPT_FLAGS) or "{}").get(name, {})
    if "threshold" in recorded:
        return float(recorded["threshold"])
    return float(after.score(name)[after.flags[f"flag_{name}"].astype(bool)].min())


def recorded(before: Path, after: Path, out: Path) -> list[dict]:
    """Each new flag `change` judges on the pair (like for like, no cloud, BEFORE clear), with what the candidates ask."""
    own = rule._compare_tile, rule._scene_spread, rule._embedding_distance
    seen: dict = {}
    flags: dict[tuple, dict] = {}

    def spread(background):   # change.compare measures the background once and hands it here
        seen["spread"] = own[1](background)
        return {}   # no flag held back for the scatter: the candidates judge it

    def embedding(*args):
        distance, far, note = own[2](*args)
        seen.update(distance=distance, far=far)
        return distance, far, note

    def tile(i, match, before, after, names, shared, neighbours, options, *rest):
        row = own[0](i, match, before, after, names, shared, neighbours, options, *rest)
        defaults = rule.ChangeOptions()
        for name, rise, _ in row["flags"]:   # judged again as its neighbours' flags are (change._grown): the last kept
            b, a = row["scores"][name]
            median, deviation = seen["spread"].get(name, (0.0, 0.0))
            above = float(rule._logit(a) - rule._logit(b)) - median
            far = seen["far"] is not None and seen["distance"][i] > seen["far"]
            raised = after.flags[f"flag_{name}"]
            around = [(int(after.rows[k]), int(after.cols[k])) for k in neighbours.around(i) if raised[k]]
            nb = len(around)   # every neighbour raising it, as the rule before _grown counted them
            rc = (int(after.rows[i]), int(after.cols[i]))
            flags[rc, name] = dict(rc=rc, name=name, nb=nb, b=b, a=a, far=far, threshold=flag_threshold(after, name),
                                   rise=rise, around=around, passes=rise >= (defaults.min_rise if nb else defaults.margin),
                                   z=above / deviation if deviation else np.inf)
        return row

    rule._compare_tile, rule._scene_spread, rule._embedding_distance = tile, spread, embedding
    try:
        rule.compare(before, after, out / "recorded.gpkg", rule.ChangeOptions(overwrite=True, check_registration=False,
                                                                              margin=0.0, min_rise=0.0))
    finally:
        rule._compare_tile, rule._scene_spread, rule._embedding_distance = own
    return list(flags.values())


def places(change: Path, pair: pairs.Pair, crs_wkt: str) -> dict:
    """(row, col) of each tile of a change layer -> (the pasted changes it holds, whether it is AFTER's nodata/cloud)."""
    from osgeo import ogr, osr

    ds = ogr.Open(str(change))
    to = osr.SpatialReference()
    to.ImportFromWkt(crs_wkt)
    to.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    out = {}
    for feature in ds.GetLayerByName("changes"):
        geom = feature.GetGeometryRef().Clone()
        geom.TransformTo(to)
        x0, x1, y0, y1 = geom.GetEnvelope()
        inside = [k for k, (a, b, c, d) in enumerate(pair.changed) if x0 < c and a < x1 and y0 < d and b < y1]
        excused = any(x0 < c and a < x1 and y0 < d and b < y1 for a, b, c, d in pair.excused)
        out[(feature.GetField("row"), feature.GetField("col"))] = (inside, excused)
    ds = None
    return out


def cell(tiles: set, where: dict, changed: int) -> str:
    inside = [where[rc] for rc in tiles]
    return hazy.counts_cell(len(tiles), len({k for hits, _ in inside for k in hits}), changed,
                            sum(not hits and not on_cloud for hits, on_cloud in inside),
                            sum(not hits and on_cloud for hits, on_cloud in inside))


def judged(case: str, before: Path, after: Path, pair: pairs.Pair, out: Path, isolated: list) -> str:
    """The table's row of one pair; the isolated flags the rule as it was let through go in ``isolated``."""
    import rasterio

    with rasterio.open(pair.before) as src:
        wkt = src.crs.to_wkt()
    layer = out / "as_it_is.gpkg"
    rule.compare(before, after, layer, rule.ChangeOptions(overwrite=True, check_registration=False))
    n = pairs.counted(layer, pair, wkt)
    flags = recorded(before, after, out)
    where = places(out / "recorded.gpkg", pair, wkt)
    cells = [hazy.counts_cell(n["alerts"], len(n["found"]), len(pair.changed), n["false"], n["excused"])]
    cells += [cell({f["rc"] for f in flags if judge(f)}, where, len(pair.changed)) for judge in CANDIDATES.values()]
    cells += [cell({rc for rc, _ in grown(flags, name)}, where, len(pair.changed)) for name in GROWN]
    isolated += [(f["z"], "true" if where[f["rc"]][0] else "false", case, f["rc"], f["name"], f["b"], f["a"])
                 for f in flags if f["passes"] and not f["nb"]]
    return f"| {case} | " + " | ".join(cells) + " |"


def main(argv=None) -> int:
    args = hazy.arguments(argv, __doc__.splitlines()[0], lambda p: p.add_argument(
        "--same-ground", choices=("with", "only", "none"), default="with",
        help="bench.monitor_same_ground's pairs (every alert false): with the others (default), only them, or none"))
    if not pairs.STRIP.is_file():
        print(f"skipped: needs {pairs.STRIP} (../shared/data beside the checkout)")
        return 0
    print("| case | compare | " + " | ".join([*CANDIDATES, *GROWN]) + " |")
    print("|---|---|" + "---|" * (len(CANDIDATES) + len(GROWN)))
    isolated: list = []
    with tempfile.TemporaryDirectory() as scratch:
        tmp = args.keep or Path(scratch)
        tmp.mkdir(parents=True, exist_ok=True)
        for case, layers, pair, out in (hazy.every_pair(args, tmp) if args.same_ground != "only" else ()):
            print(judged(case, *layers, pair, out, isolated), flush=True)
        if args.same_ground != "none":   # bench.monitor_same_ground's renderings of one ground: every alert is false
            for case, layers, pair, out in same_ground.layer_pairs(tmp, tmp / "bundle"):
                print(judged(case, *layers, pair, out, isolated), flush=True)
    print("\nIsolated new flags the rule before SPREAD_Z let through, by robust deviations above the scene's median rise:")
    for z, truth, case, rc, name, b, a in sorted(isolated)[:12]:
        print(f"- {z:.2f} ({truth}): {case}, AFTER tile {rc}, {name} {b:.2f} -> {a:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
