"""A hazy BEFORE under the alert rule: the rule before and after its hold-back and the other candidates, counted on
every pair of bench/monitor_pairs.py (at the shipped concept's 0.90 and at 0.5) and of bench/monitor_acceptance.py.

    .venv/bin/python -m bench.monitor_hazy_before [--keep DIR] [--case NAME ...] [--no-acceptance]

15-20 min on 2 cores (classifying 62 rasters and the acceptance pairs); about 5 with the layers a --keep DIR kept.
Skips without ../shared/data.

The acceptance pair B (BEFORE the 8-bit visual under a haze veil, AFTER clear 16-bit) made one false alert: a mine
strip there on both dates, whose concept score the veil took from 0.71 to 0.21 on BEFORE while the scene-wide lift,
measured on tiles that show nothing, barely moved. Each date is classified once (GeoPackages, as `classify` and
`batch --concept` write them; with --keep, kept and reused), then `change` of the two GeoPackages
(core.monitor.change.compare) runs once per rule in this process, the candidates put in place of the rule's own
functions for that run only:
- ``before``: the rule as it was before BEFORE_CLEAR (no new flag held back for a tile BEFORE did not see clear);
- ``held``: the rule as it is: a new flag on a tile BEFORE did not see clear is held back;
- ``rise x2``: such a flag needs twice the rise instead (2 x margin alone, 2 x min rise beside a neighbour);
- ``one step lower``: such an alert's confidence one step lower (a nominal one is no alert);
- ``local lift``: its rise counted above the lift measured over the background tiles BEFORE did not see clear
  either (however few), not over the scene's.
A tile BEFORE did not see clear: p_clear under change.BEFORE_CLEAR on a BEFORE tile it is compared with (the haze veil
reads as partly_cloudy, not haze: the false alert's BEFORE tile has p_clear 0.13, p_partly_cloudy 0.99, p_haze 0.00).
Prints a Markdown table: per case and rule, alerts, found (of the pasted changes), false, on nodata/cloud.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

import numpy as np

from planet_qgis_plugin.core.monitor import change as rule

from . import monitor_pairs as pairs
from .monitor_change import pasted

UNCLEAR = rule.BEFORE_CLEAR
RULES = ("before", "held", "rise x2", "one step lower", "local lift")
REFUSED = ("basic",)   # change refuses it (no map grid): nothing to count
_OWN = rule._compare_tile, rule._background


def unclear(before, near) -> bool:
    clear = before.probs[:, before.labels.index("clear")]
    return any(clear[j] < UNCLEAR for j in near)


def _candidate(name: str, hazy: set):
    """``name``'s _compare_tile and _background (measured once per run: change.compare hands it to _scene_shift and
    _scene_spread); the (row, col) of AFTER tiles BEFORE did not see clear go in ``hazy``."""
    compare_tile, background = _OWN
    local: dict = {}

    def measured(before, after, matches, compared, names):
        scene = background(before, after, matches, compared, names)
        if name == "local lift":
            few = [i for i in compared if unclear(before, rule._near(matches[i][1])[1])]
            floor, rule.MIN_PAIRS_FOR_FAR = rule.MIN_PAIRS_FOR_FAR, 1
            try:
                local.update(rule._scene_shift(background(before, after, matches, few, names), len(few), []) if few
                             else rule._scene_shift(scene, len(compared), []))
            finally:
                rule.MIN_PAIRS_FOR_FAR = floor
        return scene

    def tile(i, match, before, after, names, shared, neighbours, options, scene=None, *spread):
        if not unclear(before, rule._near(match[1])[1]) or name in ("before", "held", "one step lower"):
            if unclear(before, rule._near(match[1])[1]):
                hazy.add((int(after.rows[i]), int(after.cols[i])))
            return compare_tile(i, match, before, after, names, shared, neighbours, options, scene, *spread)
        hazy.add((int(after.rows[i]), int(after.cols[i])))
        if name == "rise x2":
            options = rule.ChangeOptions(margin=min(1.0, 2 * options.margin), min_rise=min(1.0, 2 * options.min_rise))
        return compare_tile(i, match, before, after, names, shared, neighbours, options,
                            local if name == "local lift" else scene, *spread)
    return tile, measured


def _one_step_lower(change: Path, hazy: set) -> None:
    """The layer of the rule before the hold-back with the alerts on ``hazy`` tiles one step lower (a nominal one no alert)."""
    from osgeo import ogr

    ds = ogr.Open(str(change), 1)
    layer = ds.GetLayerByName("changes")
    for feature in layer:
        if feature.GetField("alert") and (feature.GetField("row"), feature.GetField("col")) in hazy:
            step = rule.CONFIDENCE.index(feature.GetField("confidence")) - 1
            feature.SetField("alert", int(step >= 0))
            feature.SetField("confidence", rule.CONFIDENCE[step] if step >= 0 else "")
            layer.SetFeature(feature)
    ds = None


def judged(before: Path, after: Path, pair: pairs.Pair, out: Path) -> dict[str, dict]:
    """rule -> monitor_pairs.counted of `change BEFORE AFTER` under it, with 'hazy': the tiles it judged unclear."""
    import rasterio

    with rasterio.open(pair.before) as src:
        wkt = src.crs.to_wkt()
    counts = {}
    for name in RULES:
        hazy: set = set()
        rule._compare_tile, rule._background = _candidate(name, hazy)
        rule.BEFORE_CLEAR = UNCLEAR if name == "held" else 0.0   # the others instead of the hold-back
        layer = out / f"{name.replace(' ', '_')}.gpkg"
        try:
            rule.compare(before, after, layer, rule.ChangeOptions(overwrite=True, check_registration=False))
        finally:
            rule._compare_tile, rule._background = _OWN
            rule.BEFORE_CLEAR = UNCLEAR
        if name == "one step lower":
            _one_step_lower(layer, hazy)
        counts[name] = dict(pairs.counted(layer, pair, wkt), hazy=len(hazy))
    return counts


def classified(raster: Path, out: Path, bundle: list[str]) -> Path:
    if not out.exists():
        pairs.BUNDLE[:] = bundle
        pairs.run(str(raster), "-o", str(out), "--overwrite")
    return out


def counts_cell(alerts: int, found: int, changed: int, false: int, excused: int) -> str:
    """A table's cell: alerts / pasted changes found (of how many) / false (/ on nodata or cloud, where any)."""
    return (f"{alerts} / {found}" + (f" of {changed}" if changed else "") + f" / {false}"
            + (f" / {excused}" if excused else ""))


def table_row(case: str, counts: dict[str, dict], changed: int) -> str:
    cells = [counts_cell(n["alerts"], len(n["found"]), changed, n["false"], n["excused"])
             for n in (counts[name] for name in RULES)]
    return f"| {case} | {counts['before']['hazy']} | " + " | ".join(cells) + " |"


def arguments(argv, description: str, extra=None) -> argparse.Namespace:
    """The benches' common options (``extra(parser)`` adds a bench's own)."""
    p = argparse.ArgumentParser(description=description)
    if extra:
        extra(p)
    p.add_argument("--keep", type=Path, help="classify into this folder (kept; a later run reuses its layers)")
    p.add_argument("--case", action="append", help="only this case of bench/monitor_pairs.py (repeatable)")
    p.add_argument("--no-acceptance", action="store_true", help="leave out bench/monitor_acceptance.py's pairs")
    return p.parse_args(argv)


def every_pair(args: argparse.Namespace, tmp: Path):
    """Each pair of bench/monitor_pairs.py (``args.case``: those only) at the shipped concept's 0.90 and at 0.5, then
    of bench/monitor_acceptance.py (unless ``args.no_acceptance``), its dates classified into ``tmp`` (a kept one's
    layers reused): (what it is, [BEFORE, AFTER] GeoPackages, Pair, a folder of its own) each."""
    from PIL import Image

    rgb, _ = pasted(np.array(Image.open(pairs.STRIP).convert("RGB")).transpose(2, 0, 1))
    loose = tmp / "bundle"
    if not (loose / "manifest.json").exists():   # a kept one is reused: its layers were classified by it
        pairs.looser_bundle(0.5, loose)
    cases = pairs.make_cases(rgb, tmp)
    for case in args.case or [c for c in cases if c not in REFUSED]:
        pair = cases[case][1]()
        for threshold, tag, bundle in (("0.90", "90", []), ("0.5", "50", ["--bundle", str(loose)])):
            layers = [classified(r, tmp / f"{r.stem}.{tag}.gpkg", bundle) for r in (pair.before, pair.after)]
            out = tmp / f"{case}.{tag}"
            out.mkdir(exist_ok=True)
            yield f"{case} at {threshold}", layers, pair, out
    if not args.no_acceptance:
        for name, layers, pair, out in acceptance_layers(rgb, tmp):
            yield f"acceptance {name}", layers, pair, out


def main(argv=None) -> int:
    args = arguments(argv, __doc__.splitlines()[0])
    if not pairs.STRIP.is_file():
        print(f"skipped: needs {pairs.STRIP} (../shared/data beside the checkout)")
        return 0
    print("| case | AFTER tiles BEFORE saw unclear | " + " | ".join(RULES) + " |")
    print("|---|---|" + "---|" * len(RULES))
    print("(each rule: alerts / pasted changes found / false / on nodata or cloud where any)")
    with tempfile.TemporaryDirectory() as scratch:
        tmp = args.keep or Path(scratch)
        tmp.mkdir(parents=True, exist_ok=True)
        for case, layers, pair, out in every_pair(args, tmp):
            print(table_row(case, judged(*layers, pair, out), len(pair.changed)), flush=True)
    return 0


def acceptance_layers(rgb: np.ndarray, tmp: Path):
    """bench/monitor_acceptance.py's pairs, classified by `batch --concept` with the demo's taught concept (kept in
    ``tmp``/acceptance and reused): (name, [BEFORE, AFTER] GeoPackages, Pair, their folder) each."""
    from . import monitor_acceptance as acceptance

    folder = tmp / "acceptance"
    for sub in ("hazy", "clear"):
        (folder / sub).mkdir(parents=True, exist_ok=True)
    concept = folder / "demo" / "clearing.concept.json"
    if not concept.exists():
        acceptance.taught_concept(folder / "demo")
    for k, (name, (_, pair)) in enumerate(acceptance.make_pairs(rgb, folder).items()):
        out = folder / f"out{k}"
        layers = [out / f"{scene.stem}.gpkg" for scene in (pair.before, pair.after)]
        if not all(layer.exists() for layer in layers):
            acceptance.run("batch", str(pair.before), str(pair.after), "-o", str(out), "--concept", str(concept),
                           "--workers", "1", "-q")
        yield name, layers, pair, out


if __name__ == "__main__":
    sys.exit(main())
