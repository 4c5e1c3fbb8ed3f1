"""Train a Planet-Amazon tag classifier and export a plugin model bundle.

    python trainer/train.py --data /path/to/planet --arch efficientnet_lite0 --epochs 12 --out runs/lite0
    torchrun --nproc_per_node 4 trainer/train.py --data ... (DDP, one process per GPU)

See trainer/README.md for the full Kaggle recipe, K-fold CV, ensembles and TTA.
"""
from __future__ import annotations

import argparse
import datetime
import json
import logging
import shlex
import sys
from pathlib import Path

import numpy as np

from planet_qgis_plugin.cli.common import check_proj, run_no_code_from_files
from planet_qgis_plugin.core.errors import PlanetClassifierError
from planet_qgis_plugin.core.labels import LABELS
from planet_qgis_plugin.core.model.networks import ARCHITECTURES
from planet_qgis_plugin.core.pipeline.decode import decode
from planet_qgis_plugin.core.publish import standard_stream
from trainer.bundling import export, make_manifest, wrap_ensemble
from trainer.config import Parser, TrainConfig
from trainer.data import ChipDataset, DataError, iterative_stratification, train_val_split
from trainer.engine import predict, train_model
from trainer.metrics import evaluate_probs
from trainer.network import Dist, input_size_for, setup_distributed
from trainer.overlap import block_targets, blocks, purge
from trainer.report import write_report
from trainer.tables import add_tile_options, load_table

log = logging.getLogger("trainer")


class _Help(argparse.ArgumentDefaultsHelpFormatter):
    """Show defaults, except for on/off switches (their default is the opposite of the flag)."""

    def _get_help_string(self, action: argparse.Action) -> str:
        if isinstance(action, (argparse._StoreTrueAction, argparse._StoreFalseAction)) or action.default is None:
            return action.help or ""
        return super()._get_help_string(action)


def build_parser() -> argparse.ArgumentParser:
    p = Parser(description="Train a Planet-Amazon classifier and export a plugin bundle.",
                                formatter_class=_Help)
    d = TrainConfig(data="")
    g = p.add_argument_group("data")
    g.add_argument("--data", required=True, help="folder with the labels CSV and chips (Kaggle layout or any), or "
                   "a tile GeoPackage written by classify whose 'tags' were edited in QGIS (with --raster)")
    add_tile_options(g)
    g.add_argument("--csv", default=None, help="labels CSV (image_name,tags); default: found in --data")
    g.add_argument("--images", default=None, help="chip folder; default: train-jpg/, train-tif-v2/, images/ ...")
    g.add_argument("--format", default=d.format, choices=["auto", "jpg", "tif"], help="chip format")
    g.add_argument("--skip-bad", action="store_true",
                   help="leave out missing or malformed chips with a warning instead of stopping")
    g.add_argument("--limit", type=int, default=None, help="use only the first N labelled chips")
    g = p.add_argument_group("model")
    g.add_argument("--arch", dest="architecture", default=d.architecture,
                   choices=[a for a in ARCHITECTURES if a != "ensemble"])
    g.add_argument("--pretrained", default=d.pretrained,
                   help="auto (package weights for efficientnet_lite0, torchvision cache otherwise), "
                        "imagenet, none, or PATH to a state_dict")
    g.add_argument("--input-size", type=int, default=None, help="model input pixels (default: the architecture's)")
    g = p.add_argument_group("training")
    g.add_argument("--epochs", type=int, default=d.epochs)
    g.add_argument("--freeze-epochs", type=int, default=d.freeze_epochs, help="epochs training only the head")
    g.add_argument("--batch-size", type=int, default=d.batch_size, help="per process")
    g.add_argument("--lr", type=float, default=d.lr, help="Adam learning rate of the dense head")
    g.add_argument("--backbone-lr", type=float, default=d.backbone_lr, help="Adam learning rate of the backbone when fine-tuning")
    g.add_argument("--weight-decay", type=float, default=d.weight_decay)
    g.add_argument("--loss", default=d.loss, choices=["bce", "focal"])
    g.add_argument("--focal-gamma", type=float, default=d.focal_gamma)
    g.add_argument("--pos-weight", default=d.pos_weight, help="none, auto (sqrt(neg/pos) clipped 1..10) or a number")
    g.add_argument("--augment", default=d.augment, choices=["none", "flips", "standard"])
    g.add_argument("--val-fraction", type=float, default=d.val_fraction)
    g.add_argument("--cache-features", action="store_true",
                   help="with a backbone frozen for all epochs: compute its features once (8 flip/rotation views "
                        "per chip) and train only the head on them; much faster on CPU")
    g.add_argument("--checkpoint", choices=["best", "last"], default=d.checkpoint,
                   help="keep the epoch with the best validation sample F2, or the last epoch (use 'last' when "
                        "the validation fold is also what you score, e.g. for honest K-fold estimates)")
    g.add_argument("--folds", type=int, default=d.folds, help="K > 1: K-fold CV, out-of-fold metrics, ensemble bundle")
    g.add_argument("--seed", type=int, default=d.seed)
    g.add_argument("--workers", type=int, default=d.workers, help="DataLoader worker processes")
    g.add_argument("--device", default=d.device, choices=["auto", "cpu", "cuda"])
    g.add_argument("--no-amp", dest="amp", action="store_false", help="disable mixed precision on CUDA")
    g.add_argument("--deterministic", action="store_true", help="deterministic kernels (slower)")
    g.add_argument("--resume", action="store_true", help="continue an interrupted run in --out")
    g.add_argument("--no-progress", dest="progress", action="store_false", help="no tqdm progress bars")
    g = p.add_argument_group("output")
    g.add_argument("--out", default=d.out, help="run folder")
    g.add_argument("--tta", action="store_true", help="8-way flip/rotate test-time augmentation (evaluation and bundle)")
    g.add_argument("--no-export", dest="export", action="store_false", help="do not write bundle/")
    g.add_argument("--no-onnx", dest="onnx", action="store_false", help="bundle without model.onnx")
    g.add_argument("--half", action="store_true", help="store bundle weights in float16")
    g.add_argument("--name", default=d.name, help="bundle name")
    g.add_argument("--version", default=d.version, help="bundle version")
    g.add_argument("--provenance", default=None, help="where the training data comes from (written to the manifest)")
    return p


def parse_config(argv: list[str] | None = None) -> TrainConfig:
    args = vars(build_parser().parse_args(argv))
    provenance = args.pop("provenance")
    args["concept_tags"] = args["concept_tags"] or []
    cfg = TrainConfig(**args)
    cfg.command = " ".join(shlex.quote(a) for a in ["python", "trainer/train.py", *(argv if argv is not None else sys.argv[1:])])
    if provenance:
        cfg.extra["provenance"] = provenance
    cfg.validate()
    return cfg


def _splits(cfg: TrainConfig, table) -> tuple[list[tuple[np.ndarray, np.ndarray]], np.ndarray]:
    """[(train, validation)] index pairs and the per-chip fold (-1: train only for a single split; -2: left out of
    it, sharing pixels with a validation tile). Overlapping tiles are split in blocks (trainer/overlap.py)."""
    targets, n = table.targets, len(table)
    parts = cfg.folds if cfg.folds > 1 else min(n, max(2, int(round(1 / cfg.val_fraction))))
    ids = None if table.windows is None else blocks(table.windows, table.raster.chip_size, parts)
    units = targets if ids is None else block_targets(targets, ids)
    if ids is not None and len(units) < parts:
        raise DataError(f"the {n} tiles overlap (a --stride below the tile size) and lie in {len(units)} blocks, "
                        f"too few for {parts} parts that share no pixel: label tiles further apart, or more")
    if cfg.folds > 1:
        if n < 2 * cfg.folds:
            raise DataError(f"{n} chips are too few for {cfg.folds} folds")
        fold = iterative_stratification(units, cfg.folds, cfg.seed)
        fold = fold if ids is None else fold[ids]
        pairs = [(np.flatnonzero(fold != k), np.flatnonzero(fold == k)) for k in range(cfg.folds)]
    else:
        if n < 4:
            raise DataError(f"{n} labelled chips are too few to train and validate (need at least 4)")
        _, val_units = train_val_split(units, cfg.val_fraction, cfg.seed)
        fold = np.full(n, -1)
        fold[val_units if ids is None else np.isin(ids, val_units)] = 0
        pairs = [(np.flatnonzero(fold == -1), np.flatnonzero(fold == 0))]
    if ids is not None:
        kept = [purge(table.windows, train, val) for train, val in pairs]
        if not all(len(k) for k in kept):
            raise DataError(f"the {n} tiles overlap (a --stride below the tile size) so closely that no tile is "
                            "left to train on beside the validation tiles: label tiles further apart, or more")
        log.info("tiles overlap: split in blocks; %s training tiles that share pixels with a validation tile left out",
                 "/".join(str(len(train) - len(k)) for (train, _), k in zip(pairs, kept)))
        if cfg.folds == 1:
            fold[np.setdiff1d(pairs[0][0], kept[0])] = -2
        pairs = [(k, val) for k, (_, val) in zip(kept, pairs)]
    return pairs, fold


def _start_run_folder(cfg: TrainConfig, out: Path, split: str, dist: Dist) -> None:
    """Make the run folder and write config.json and split.csv (the main process), having refused, before anything
    in it is written, a file as ``out``, a folder holding other files but no run, a folder that holds a run
    (without ``--resume``) or a run whose chips were split otherwise (other data, --seed, --val-fraction or
    --folds: resuming would train on its validation chips).

    Every process checks, so under torchrun each stops with the same line, and none goes on before all have
    checked (a barrier): rank 0, going on first, made fold_0/ or history.csv (its EpochRecorder) or rewrote
    split.csv (--resume) while a slower rank was still looking, which then found "other files" in a fresh
    --out, or another split, and stopped alone."""
    dash = standard_stream(out, "--out")
    if dash is not None:
        raise DataError(dash)
    if out.exists() and not out.is_dir():
        raise DataError(f"--out {out} is a file, not a run folder; choose another --out")
    runs = [p for p in (out / "last.pt", *sorted(out.glob("fold_*/last.pt"))) if p.is_file()]
    if runs and not cfg.resume:
        raise DataError(f"{out} already holds a run ({runs[0].relative_to(out)}); pass --resume to continue it "
                        "or choose another --out")
    # a folder without a run may hold what a run that failed before its first checkpoint wrote, nothing else:
    # the run writes metrics.json, report.md, bundle/... into it, over whatever had those names
    others = sorted(p.name for p in out.iterdir() if p.name not in ("config.json", "split.csv")) \
        if out.is_dir() and not runs else []
    if others:
        raise DataError(f"--out {out} holds no run but other files ({', '.join(others[:3])}"
                        f"{', ...' if len(others) > 3 else ''}), which a run would write over; choose a new or empty "
                        "--out")
    # errors="replace": a split.csv saved again in another encoding (a spreadsheet) is another split, not a traceback
    if runs and (out / "split.csv").is_file() and (out / "split.csv").read_text(errors="replace") != split:
        raise DataError(f"{out} holds a run on another split of the chips (its split.csv): other data, --seed, "
                        "--val-fraction or --folds; resume with its own command (config.json) or choose another --out")
    if runs:   # read before config.json is written: a history --resume cannot keep refuses the run as it stands
        from trainer.checkpoints import read_history_rows

        for history in (run.parent / "history.csv" for run in runs):
            if history.is_file():
                read_history_rows(history)
    dist.barrier()
    if not dist.main:
        return
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DataError(f"cannot make the run folder {out} ({exc.strerror or exc}); choose another --out") from None
    cfg.save(out / "config.json")
    (out / "split.csv").write_text(split)


def run(cfg: TrainConfig) -> dict:
    """Train (one split or K folds), search thresholds, write metrics, report and bundle."""
    import torch

    dist = setup_distributed(cfg.device)
    if cfg.deterministic:
        torch.use_deterministic_algorithms(True, warn_only=True)
        torch.backends.cudnn.benchmark = False
    table = load_table(cfg.data, cfg.csv, cfg.images, cfg.format, cfg.skip_bad, limit=cfg.limit, raster=cfg.raster,
                       where=cfg.where, concept_tags=cfg.concept_tags)
    out = Path(cfg.out)
    size = input_size_for(cfg)
    splits, fold = _splits(cfg, table)
    _start_run_folder(cfg, out, "image_name,fold\n" + "".join(f"{n},{f}\n" for n, f in zip(table.names, fold)),
                      dist)
    if dist.main:
        log.info("%d %s chips from %s; %s; input %d px; device %s x%d", len(table), table.kind, table.csv,
                 f"{cfg.folds}-fold CV" if cfg.folds > 1 else f"{len(splits[0][0])} train / {len(splits[0][1])} validation",
                 size, dist.device.type, dist.world)
    probs = np.full(table.targets.shape, np.nan, dtype=np.float32)
    models = []
    for k, (train_idx, val_idx) in enumerate(splits):
        folder = out if cfg.folds == 1 else out / f"fold_{k}"
        model = train_model(cfg, table, train_idx, val_idx, folder, dist)
        if dist.main:
            ds = ChipDataset(table.subset(val_idx), size)
            probs[val_idx], _ = predict(model.to(dist.device), ds, cfg.batch_size, dist.device, cfg.tta, cfg.workers, cfg.progress)
            models.append(model.cpu())
    if not dist.main:
        return {}
    scored = np.flatnonzero(fold >= 0)
    y, p = table.targets[scored], probs[scored]
    np.save(out / "oof.npy", p)
    np.save(out / "oof_labels.npy", y.astype(np.uint8))
    (out / "oof_names.txt").write_text("\n".join(table.names[i] for i in scored) + "\n")
    ev = evaluate_probs(y, p, LABELS, decode)
    protocol = (f"out-of-fold predictions of {cfg.folds}-fold CV, thresholds searched on them" if cfg.folds > 1
                else f"stratified validation split ({len(scored) / len(table):.0%} of the chips), thresholds searched on it")
    if cfg.checkpoint == "best":  # the kept epoch is the one that scored best on these very chips
        protocol += ", each fold's epoch picked on its fold" if cfg.folds > 1 else ", epoch picked on it"
    if cfg.tta:
        protocol += ", 8-way TTA"
    bundle_dir = None
    training = {
        "data": str(cfg.data), "csv": str(table.csv), "chips": len(table), "chip_format": table.kind,
        "provenance": cfg.extra.get("provenance", f"labelled chips from {table.csv}" if table.raster is None else
                                    f"tiles of {table.csv} labelled in QGIS, chips cut from {cfg.raster}"),
        **({"raster": str(cfg.raster)} if table.raster is not None else {}),
        **({"where": cfg.where} if cfg.where else {}),
        **({"concept_tags": list(cfg.concept_tags)} if cfg.concept_tags else {}),
        "command": cfg.command, "seed": cfg.seed, "epochs": cfg.epochs, "freeze_epochs": cfg.freeze_epochs,
        "architecture": cfg.architecture, "pretrained": cfg.pretrained, "loss": cfg.loss, "pos_weight": cfg.pos_weight,
        "augment": cfg.augment, "folds": cfg.folds, "val_fraction": cfg.val_fraction, "tta": cfg.tta,
        "batch_size": cfg.batch_size, "lr": cfg.lr, "backbone_lr": cfg.backbone_lr, "processes": dist.world,
        "date": datetime.date.today().isoformat(),
    }
    if cfg.export:
        module, arch, kwargs = wrap_ensemble(models, cfg.architecture, cfg.tta)
        manifest = make_manifest(name=cfg.name, version=cfg.version, architecture=arch, model_kwargs=kwargs,
                                 table=table, input_size=size, ev=ev, protocol=protocol, training=training)
        bundle_dir = export(module, manifest, out / "bundle", onnx=cfg.onnx, half=cfg.half).path
        log.info("bundle written to %s%s", bundle_dir, " (ONNX checked against PyTorch)" if cfg.onnx else "")
    metrics = {**ev.manifest_metrics(LABELS, protocol), "thresholds": dict(zip(LABELS, ev.thresholds)),
               "atmosphere_exclusive": ev.atmosphere_exclusive, "bundle": str(bundle_dir) if bundle_dir else None}
    (out / "metrics.json").write_text(json.dumps(metrics, indent=2) + "\n")
    write_report(out, ev, LABELS, title=f"{cfg.name}: {cfg.architecture}", protocol=protocol,
                 architecture=cfg.architecture, config_text=cfg.to_json(), bundle=bundle_dir)
    log.info("sample F2 %.4f (at 0.5: %.4f, best uniform %.2f: %.4f); report in %s", ev.sample_f2,
             ev.sample_f2_at_05, ev.uniform_threshold, ev.sample_f2_uniform, out / "report.md")
    return metrics


def main(argv: list[str] | None = None) -> int:
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    run_no_code_from_files()  # a chip folder is given: no VRT in it runs Python, whatever the environment says
    try:
        check_proj()
        cfg = parse_config(argv)
        run(cfg)
    except PlanetClassifierError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:  # the disk full, the run folder taken away or made read-only mid-run
        where = f" {exc.filename}" if exc.filename else ""
        print(f"error: could not read or write{where} ({exc.strerror or exc}); free or fix that, then continue with "
              "the same command plus --resume", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("interrupted; continue with the same command plus --resume", file=sys.stderr)
        return 130
    finally:
        try:
            import torch.distributed as td

            if td.is_available() and td.is_initialized():
                td.destroy_process_group()
        except Exception:
            pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
