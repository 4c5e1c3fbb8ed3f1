"""Training engine: model construction, loss, one fold's training loop (checkpoints, resume, DDP, AMP)
and batched prediction with optional 8-way TTA."""
from __future__ import annotations

import csv
import logging
import math
import os
import random
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import torch
import torch.nn.functional as F
from torch import nn
from torch.utils.data import DataLoader

from planet_qgis_plugin.core.models import ARCHITECTURES, PretrainedWeightsError, build_model, d4_views

from .augment import training_augment
from .config import TrainConfig
from .data import ChipDataset, ChipTable, DataError
from .metrics import best_uniform_threshold, sample_f2

log = logging.getLogger("trainer")

#: torchvision checkpoint file prefixes in the torch hub cache (``$TORCH_HOME/hub/checkpoints``).
TORCHVISION_FILES = {"vgg16": "vgg16-", "resnet50": "resnet50-", "inception_v3": "inception_v3_google-"}
HISTORY_FIELDS = ["epoch", "phase", "lr_head", "lr_backbone", "train_loss", "val_loss", "val_f2_05",
                  "val_f2_uniform", "val_threshold", "seconds"]


# -- distributed -----------------------------------------------------------------------------------
@dataclass
class Dist:
    """Process placement: single process unless started by torchrun (WORLD_SIZE > 1)."""

    rank: int = 0
    world: int = 1
    local_rank: int = 0
    device: torch.device = torch.device("cpu")

    @property
    def main(self) -> bool:
        return self.rank == 0

    @property
    def ddp(self) -> bool:
        return self.world > 1

    def barrier(self) -> None:
        if self.ddp:
            torch.distributed.barrier()


def setup_distributed(device: str = "auto") -> Dist:
    """Initialise torch.distributed when launched by torchrun; pick the device."""
    world = int(os.environ.get("WORLD_SIZE", "1"))
    rank = int(os.environ.get("RANK", "0"))
    local = int(os.environ.get("LOCAL_RANK", "0"))
    cuda = torch.cuda.is_available() and device != "cpu"
    if device == "cuda" and not torch.cuda.is_available():
        raise DataError("--device cuda requested but no CUDA GPU is available")
    dev = torch.device(f"cuda:{local}") if cuda else torch.device("cpu")
    if cuda:
        torch.cuda.set_device(dev)
    if world > 1 and not torch.distributed.is_initialized():
        torch.distributed.init_process_group("nccl" if cuda else "gloo")
    return Dist(rank, world, local, dev)


def seed_everything(seed: int) -> None:
    random.seed(seed)
    np.random.seed(seed % 2**32)
    torch.manual_seed(seed)


# -- model ---------------------------------------------------------------------------------------
def resolve_pretrained(architecture: str, pretrained: str) -> str | None:
    """``auto``: package weights for efficientnet_lite0, the torchvision cache for torchvision
    models, none for the baseline. Nothing is downloaded; a missing file is a clear error."""
    choice = pretrained.strip()
    if choice.lower() == "none":
        return None
    if architecture == "efficientnet_lite0" and choice.lower() in ("auto", "imagenet"):
        return "imagenet"
    if choice.lower() in ("auto", "imagenet"):
        if architecture == "baseline":
            if choice.lower() == "imagenet":
                raise PretrainedWeightsError("the baseline CNN has no pretrained weights; use --pretrained none")
            return None
        prefix = TORCHVISION_FILES[architecture]
        folder = Path(torch.hub.get_dir()) / "checkpoints"
        found = sorted(folder.glob(prefix + "*.pth")) if folder.is_dir() else []
        if not found:
            raise PretrainedWeightsError(
                f"no ImageNet weights for {architecture} in {folder} (nothing is downloaded at run time); "
                f"pass --pretrained PATH to a torchvision state_dict or --pretrained none")
        return str(found[-1])
    if not Path(choice).is_file():
        raise PretrainedWeightsError(f"pretrained weights {choice} not found (use --pretrained none to train from scratch)")
    return choice


def first_conv(model: nn.Module) -> nn.Conv2d:
    return next(m for m in model.modules() if isinstance(m, nn.Conv2d))


def build_network(architecture: str, bands: list[str], pretrained: str | None) -> nn.Module:
    """Build the network; for pretrained BGRN input, permute the first conv so RGB filters see R, G, B."""
    model = build_model(architecture, num_classes=17, in_channels=len(bands), pretrained=pretrained)
    if pretrained and bands[:3] == ["blue", "green", "red"]:
        conv = first_conv(model)
        with torch.no_grad():
            conv.weight.copy_(conv.weight[:, [2, 1, 0] + list(range(3, conv.in_channels))])
    return model


def input_size_for(cfg: TrainConfig) -> int:
    return int(cfg.input_size or ARCHITECTURES[cfg.architecture].input_size)


# -- loss --------------------------------------------------------------------------------------
def positive_weights(targets: np.ndarray, mode: str) -> torch.Tensor | None:
    """``none``; ``auto``: sqrt(negatives / positives) per tag, clipped to 1..10; or one number."""
    if mode == "none":
        return None
    if mode == "auto":
        pos = targets.sum(0)
        neg = len(targets) - pos
        w = np.where(pos > 0, np.sqrt(neg / np.maximum(pos, 1)), 1.0)
        return torch.tensor(np.clip(w, 1.0, 10.0), dtype=torch.float32)
    try:
        value = float(mode)
    except ValueError:
        raise DataError(f"--pos-weight must be none, auto or a number, got {mode!r}") from None
    return torch.full((targets.shape[1],), value)


class MultiLabelLoss(nn.Module):
    """BCE with logits (optionally positive-weighted) or focal loss (gamma) on top of it."""

    def __init__(self, kind: str = "bce", gamma: float = 2.0, pos_weight: torch.Tensor | None = None):
        super().__init__()
        self.kind, self.gamma = kind, gamma
        self.register_buffer("pos_weight", pos_weight if pos_weight is not None else torch.empty(0))

    def forward(self, logits: torch.Tensor, target: torch.Tensor) -> torch.Tensor:
        pw = self.pos_weight if self.pos_weight.numel() else None
        bce = F.binary_cross_entropy_with_logits(logits.float(), target, pos_weight=pw, reduction="none")
        if self.kind == "focal":
            p = torch.sigmoid(logits.float())
            p_t = p * target + (1 - p) * (1 - target)
            bce = bce * (1 - p_t) ** self.gamma
        return bce.mean()


# -- prediction ----------------------------------------------------------------------------------
@torch.no_grad()
def predict(model: nn.Module, dataset: ChipDataset, batch_size: int, device: torch.device,
            tta: bool = False, workers: int = 0, progress: bool = False,
            loss_fn: nn.Module | None = None) -> tuple[np.ndarray, float]:
    """(N, K) probabilities (mean of sigmoids over the 8 D4 views with ``tta``) and the mean loss."""
    from tqdm import tqdm

    model.eval()
    loader = DataLoader(dataset, batch_size=batch_size, shuffle=False, num_workers=workers)
    probs, total, count = [], 0.0, 0
    for x, y in tqdm(loader, desc="predict", leave=False, disable=not progress):
        x, y = x.to(device), y.to(device)
        outs = [model(v).float() for v in (d4_views(x) if tta else [x])]
        if loss_fn is not None:
            total += float(loss_fn(outs[0], y)) * len(x)
            count += len(x)
        p = torch.stack([torch.sigmoid(o) for o in outs]).mean(0)
        probs.append(p.cpu().numpy())
    out = np.concatenate(probs) if probs else np.zeros((0, 17), np.float32)
    return out.astype(np.float32), (total / count if count else float("nan"))


# -- training ------------------------------------------------------------------------------------
def set_frozen(model: nn.Module, frozen: bool) -> None:
    for p in model.backbone.parameters():
        p.requires_grad = not frozen


def _unwrap(model: nn.Module) -> nn.Module:
    return model.module if hasattr(model, "module") else model


def _wrap(model: nn.Module, dist: Dist) -> nn.Module:
    if not dist.ddp:
        return model
    from torch.nn.parallel import DistributedDataParallel

    ids = [dist.device.index] if dist.device.type == "cuda" else None
    return DistributedDataParallel(model, device_ids=ids)


def _tensorboard(folder: Path):
    try:
        from torch.utils.tensorboard import SummaryWriter
    except Exception:  # tensorboard not installed: CSV log only
        return None
    return SummaryWriter(str(folder / "tensorboard"))


def _append_history(path: Path, row: dict) -> None:
    new = not path.is_file()
    with open(path, "a", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=HISTORY_FIELDS)
        if new:
            writer.writeheader()
        writer.writerow({k: row.get(k, "") for k in HISTORY_FIELDS})


def _save(obj: dict, path: Path) -> None:
    """torch.save that never leaves a half-written checkpoint: write a temporary file, then rename it
    (a run killed while saving keeps the previous epoch's file, which --resume can read)."""
    tmp = path.with_name(path.name + ".tmp")
    torch.save(obj, tmp)
    os.replace(tmp, path)


def _truncate_history(path: Path, last_epoch: int) -> None:
    """Drop log rows past the checkpointed epoch (a run killed after logging, before saving)."""
    if not path.is_file():
        return
    with open(path, newline="") as f:
        rows = [r for r in csv.DictReader(f) if int(r["epoch"]) <= last_epoch]
    path.unlink()
    for r in rows:
        _append_history(path, r)


def train_fold(cfg: TrainConfig, table: ChipTable, train_idx: np.ndarray, val_idx: np.ndarray,
               folder: Path, dist: Dist) -> nn.Module:
    """Train one model, checkpointing every epoch (``last.pt``) and the best by validation sample F2
    at the best uniform threshold (``best.pt``). Returns the best model (CPU, eval mode).

    With ``cfg.resume`` a fold whose ``last.pt`` exists continues after its saved epoch.
    """
    from tqdm import tqdm

    folder.mkdir(parents=True, exist_ok=True)
    last_path, best_path, hist_path = folder / "last.pt", folder / "best.pt", folder / "history.csv"
    size = input_size_for(cfg)
    pretrained = resolve_pretrained(cfg.architecture, cfg.pretrained)
    freeze_epochs = cfg.freeze_epochs if pretrained else 0
    if cfg.freeze_epochs and not pretrained and dist.main:
        log.info("no pretrained weights: training all layers from the first epoch (--freeze-epochs ignored)")
    seed_everything(cfg.seed)  # same initial weights on every rank and on every run with this seed
    model = build_network(cfg.architecture, table.bands, pretrained).to(dist.device)
    train_table, val_table = table.subset(train_idx), table.subset(val_idx)
    criterion = MultiLabelLoss(cfg.loss, cfg.focal_gamma, positive_weights(train_table.targets, cfg.pos_weight)).to(dist.device)
    head_params = list(model.head.parameters())
    backbone_params = list(model.backbone.parameters())
    optimizer = torch.optim.Adam([{"params": head_params, "lr": cfg.lr, "name": "head"},
                                  {"params": backbone_params, "lr": cfg.backbone_lr, "name": "backbone"}],
                                 weight_decay=cfg.weight_decay)
    use_amp = cfg.amp and dist.device.type == "cuda"
    scaler = torch.amp.GradScaler("cuda", enabled=use_amp)
    start, best_score, best_epoch = 1, -1.0, 0
    if last_path.is_file():
        if not cfg.resume:
            raise DataError(f"{folder} already holds a run (last.pt); pass --resume to continue it or choose another --out")
        state = torch.load(last_path, map_location=dist.device, weights_only=False)
        model.load_state_dict(state["model"])
        optimizer.load_state_dict(state["optimizer"])
        scaler.load_state_dict(state["scaler"])
        start, best_score, best_epoch = state["epoch"] + 1, state["best_score"], state["best_epoch"]
        if dist.main:
            _truncate_history(hist_path, state["epoch"])
            log.info("resuming %s after epoch %d (best F2 %.4f at epoch %d)", folder, state["epoch"], best_score, best_epoch)
    train_ds = ChipDataset(train_table, size, training_augment(cfg.augment))
    val_ds = ChipDataset(val_table, size)
    writer = _tensorboard(folder) if dist.main and start <= cfg.epochs else None
    phase, net = None, model
    for epoch in range(start, cfg.epochs + 1):
        t0 = time.time()
        seed_everything(cfg.seed * 100003 + epoch * 1009 + dist.rank)
        frozen = epoch <= freeze_epochs
        if phase != frozen:
            set_frozen(model, frozen)
            net, phase = _wrap(model, dist), frozen
        sampler = None
        if dist.ddp:
            from torch.utils.data.distributed import DistributedSampler

            sampler = DistributedSampler(train_ds, dist.world, dist.rank, shuffle=True, seed=cfg.seed)
            sampler.set_epoch(epoch)
        gen = torch.Generator().manual_seed(cfg.seed * 7919 + epoch)
        loader = DataLoader(train_ds, batch_size=cfg.batch_size, shuffle=sampler is None, sampler=sampler,
                            num_workers=cfg.workers, generator=gen, drop_last=len(train_ds) > cfg.batch_size,
                            pin_memory=dist.device.type == "cuda", persistent_workers=False)
        net.train()
        if frozen:
            model.backbone.eval()  # keep pretrained BatchNorm statistics while the backbone is frozen
        total, count = 0.0, 0
        bar = tqdm(loader, desc=f"{folder.name} epoch {epoch}/{cfg.epochs}{' (frozen)' if frozen else ''}",
                   leave=False, disable=not (cfg.progress and dist.main))
        for x, y in bar:
            x, y = x.to(dist.device, non_blocking=True), y.to(dist.device, non_blocking=True)
            optimizer.zero_grad(set_to_none=True)
            with torch.autocast(device_type=dist.device.type, dtype=torch.float16, enabled=use_amp):
                loss = criterion(net(x), y)
            if not torch.isfinite(loss.detach()):
                raise DataError(f"training diverged (loss {loss.item()}) at epoch {epoch}; lower --lr")
            scaler.scale(loss).backward()
            scaler.step(optimizer)
            scaler.update()
            total += loss.item() * len(x)
            count += len(x)
            bar.set_postfix(loss=f"{total / count:.4f}")
        if dist.main:
            row = {"epoch": epoch, "phase": "frozen" if frozen else "finetune", "lr_head": cfg.lr,
                   "lr_backbone": 0 if frozen else cfg.backbone_lr, "train_loss": round(total / max(count, 1), 5)}
            f2_u, note = float("nan"), " (no validation: keeping the last epoch)"
            if len(val_ds):  # training on everything (no validation chips) keeps the last epoch
                probs, val_loss = predict(model, val_ds, cfg.batch_size, dist.device, False, cfg.workers, False, criterion)
                f2_05 = sample_f2(val_table.targets, probs >= 0.5)
                thr, f2_u = best_uniform_threshold(val_table.targets, probs)
                row.update({"val_loss": round(val_loss, 5), "val_f2_05": round(f2_05, 5),
                            "val_f2_uniform": round(f2_u, 5), "val_threshold": thr})
                note = f", val loss {val_loss:.4f}, val F2 {f2_05:.4f} @0.5, {f2_u:.4f} @{thr:.2f}"
            row["seconds"] = round(time.time() - t0, 1)
            _append_history(hist_path, row)
            if writer is not None:
                for key in ("train_loss", "val_loss", "val_f2_05", "val_f2_uniform"):
                    if key in row:
                        writer.add_scalar(key, row[key], epoch)
            if not len(val_ds) or cfg.checkpoint == "last" or f2_u > best_score:
                best_score, best_epoch = f2_u, epoch
                _save({"model": model.state_dict(), "epoch": epoch, "score": f2_u,
                            "architecture": cfg.architecture, "bands": table.bands, "input_size": size}, best_path)
            _save({"model": model.state_dict(), "optimizer": optimizer.state_dict(), "scaler": scaler.state_dict(),
                        "epoch": epoch, "best_score": best_score, "best_epoch": best_epoch}, last_path)
            log.info("%s epoch %d/%d: train loss %.4f%s%s", folder.name, epoch, cfg.epochs, row["train_loss"], note,
                     " (kept)" if best_epoch == epoch else "")
        dist.barrier()
    if writer is not None:
        writer.close()
    best = build_network(cfg.architecture, table.bands, None)
    if not best_path.is_file():
        raise DataError(f"{best_path} is missing; the run did not finish an epoch")
    best.load_state_dict(torch.load(best_path, map_location="cpu", weights_only=False)["model"])
    return best.eval()


def train_loss_steps(model: nn.Module, batch: tuple[torch.Tensor, torch.Tensor], steps: int, lr: float = 1e-3,
                     frozen_backbone: bool = False) -> list[float]:
    """Loss after each of ``steps`` Adam steps on one batch (a quick learning sanity check); with
    ``frozen_backbone`` only the head learns and BatchNorm statistics stay, as in the frozen epochs."""
    criterion = MultiLabelLoss()
    set_frozen(model, frozen_backbone)
    opt = torch.optim.Adam([p for p in model.parameters() if p.requires_grad], lr=lr)
    model.train()
    if frozen_backbone:
        model.backbone.eval()
    losses = []
    for _ in range(steps):
        opt.zero_grad()
        loss = criterion(model(batch[0]), batch[1])
        loss.backward()
        opt.step()
        losses.append(loss.item())
    return losses


def nan_to_none(x: float) -> float | None:
    return None if math.isnan(x) else x


def train_model(cfg: TrainConfig, table: ChipTable, train_idx: np.ndarray, val_idx: np.ndarray,
                folder: Path, dist: Dist) -> nn.Module:
    """``train_fold``, or head-only training on cached features with ``cfg.cache_features``."""
    if cfg.cache_features:
        from .feature_cache import train_head_cached

        return train_head_cached(cfg, table, train_idx, val_idx, folder, dist)
    return train_fold(cfg, table, train_idx, val_idx, folder, dist)
