"""Combine bundles into one ensemble bundle (mean of sigmoid outputs, optional 8-way TTA) with
thresholds searched on labelled held-out chips.

    python trainer/ensemble.py --bundles runs/a/bundle runs/b/bundle --data HELDOUT --tta --out runs/ens
"""
from __future__ import annotations

import json
import logging
import shlex
import sys
from pathlib import Path

from planet_qgis_plugin.core.errors import PlanetClassifierError
from planet_qgis_plugin.core.labels import LABELS
from planet_qgis_plugin.core.model.bundle import Bundle, BundleError, Manifest, load_bundle
from planet_qgis_plugin.core.model.networks import Ensemble, load_torch_model
from planet_qgis_plugin.core.pipeline.decode import decode
from trainer.config import Parser
from trainer.evaluate import bundle_probs
from trainer.export import export_bundle
from trainer.metrics import evaluate_probs
from trainer.report import write_report
from trainer.tables import add_tile_options, load_table

#: What every member must share: the ensemble bundle prepares one input (chip, bands, scaling, normalisation)
#: for all of them, by its manifest, which is the first member's.
SAME = ("labels", "bands", "input_size", "chip_size", "scaling", "normalize")


def members_of(bundle: Bundle) -> tuple[list, list[dict]]:
    """(modules, manifest member specs) of a bundle; an ensemble bundle contributes its members."""
    m = bundle.manifest
    model = load_torch_model(m, bundle.file("weights"))
    if m.architecture == "ensemble":
        return list(model.members), list(m.model_kwargs["members"])
    return [model], [{"architecture": m.architecture, "model_kwargs": m.model_kwargs}]


def build_ensemble(bundles: list[Bundle], tta: bool) -> tuple[Ensemble, dict]:
    first = bundles[0].manifest
    for b in bundles[1:]:
        for key in SAME:
            mine, theirs = getattr(b.manifest, key), getattr(first, key)
            if mine != theirs:
                which = (f" (for {', '.join(sorted(k for k in {*mine, *theirs} if mine.get(k) != theirs.get(k)))} "
                         "rasters)" if key == "scaling" else "")
                raise BundleError(f"{b.path}: {key} differs from {bundles[0].path}{which}; only bundles with the "
                                  f"same {', '.join(SAME)} can be averaged")
    modules, specs = [], []
    for b in bundles:
        mods, sp = members_of(b)
        modules += mods
        specs += sp
    return Ensemble(modules, tta=tta).eval(), {"members": specs, "tta": tta}


def main(argv: list[str] | None = None) -> int:
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    p = Parser(description="Average bundles (and/or add TTA) into one bundle.")
    p.add_argument("--bundles", nargs="+", required=True, help="bundle folders with the same labels/bands/input size")
    p.add_argument("--data", required=True, help="labelled chips NOT used for training, to search thresholds")
    add_tile_options(p)
    p.add_argument("--csv", default=None)
    p.add_argument("--images", default=None)
    p.add_argument("--format", default="auto", choices=["auto", "jpg", "tif"])
    p.add_argument("--skip-bad", action="store_true")
    p.add_argument("--tta", action="store_true", help="8-way flip/rotate test-time augmentation")
    p.add_argument("--out", required=True, help="run folder; the bundle goes to OUT/bundle")
    p.add_argument("--name", default="planet-amazon-ensemble")
    p.add_argument("--version", default="0.1.0")
    p.add_argument("--no-onnx", dest="onnx", action="store_false")
    p.add_argument("--batch-size", type=int, default=16)
    args = p.parse_args(argv)
    try:
        bundles = [load_bundle(b) for b in args.bundles]
        module, kwargs = build_ensemble(bundles, args.tta)
        first = bundles[0].manifest
        table = load_table(args.data, args.csv, args.images, args.format, args.skip_bad, raster=args.raster,
                           where=args.where, concept_tags=args.concept_tags or [])
        out = Path(args.out)
        out.mkdir(parents=True, exist_ok=True)
        draft = Manifest(name=args.name, version=args.version, architecture="ensemble", labels=list(first.labels),
                         thresholds={l: 0.5 for l in first.labels}, input_size=first.input_size,
                         chip_size=first.chip_size, bands=first.bands,
                         scaling=first.scaling, normalize=first.normalize, model_kwargs=kwargs)
        staged = export_bundle(module, draft, out / "bundle", onnx=False, overwrite=True)
        y = table.targets[:, [LABELS.index(l) for l in first.labels]]
        ev = evaluate_probs(y, bundle_probs(staged, table, batch_size=args.batch_size), first.labels, decode)
        protocol = f"{len(table)} held-out chips from {table.csv}, thresholds searched on them"
        manifest = Manifest(**{**draft.__dict__, "thresholds": dict(zip(first.labels, ev.thresholds)),
                               "decoding": {"atmosphere_exclusive": ev.atmosphere_exclusive},
                               "metrics": ev.manifest_metrics(first.labels, protocol),
                               "training": {"members": [str(b.path) for b in bundles], "tta": args.tta,
                                            "data": str(args.data), "chips": len(table),
                                            "command": " ".join(shlex.quote(a) for a in ["python", "trainer/ensemble.py", *(argv or sys.argv[1:])]),
                                            "member_training": [b.manifest.training for b in bundles]}})
        bundle = export_bundle(module, manifest, out / "bundle", onnx=args.onnx, overwrite=True)
    except PlanetClassifierError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    (out / "metrics.json").write_text(json.dumps(ev.manifest_metrics(first.labels, protocol), indent=2) + "\n")
    write_report(out, ev, first.labels, title=f"{args.name}: ensemble of {len(module.members)} model(s)"
                 f"{' + TTA' if args.tta else ''}", protocol=protocol, architecture="ensemble",
                 config_text=json.dumps(vars(args), indent=2), bundle=bundle.path)
    print(f"ensemble of {len(module.members)} model(s){' + TTA' if args.tta else ''}: sample F2 {ev.sample_f2:.4f} "
          f"(at 0.5: {ev.sample_f2_at_05:.4f}); bundle in {bundle.path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
