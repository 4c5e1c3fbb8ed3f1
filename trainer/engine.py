"""Training engine: one fold's training loop (DDP, AMP, frozen-then-fine-tuned backbone) and batched
prediction with optional 8-way TTA. The network, loss and seeding come from ``network``; history,
checkpoints and resuming from ``checkpoints.EpochRecorder``."""
from __future__ import annotations

import logging
import time
from pathlib import Path

import numpy as np
import torch
from torch import nn
from torch.utils.data import DataLoader

from planet_qgis_plugin.core.model.networks import d4_views

from .augment import training_augment
from .checkpoints import EpochRecorder
from .config import TrainConfig
from .data import ChipDataset, ChipTable, DataError
from .feature_cache import train_head_cached
from .metrics import best_uniform_threshold, sample_f2
from .network import (
    Dist,
    MultiLabelLoss,
    build_network,
    epoch_seed,
    input_size_for,
    loss_for,
    resolve_pretrained,
    seed_epoch,
    seed_everything,
    set_frozen,
)

log = logging.getLogger("trainer")

__all__ = ["Dist", "MultiLabelLoss", "input_size_for", "predict", "train_fold", "train_model"]


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
def _wrap(model: nn.Module, dist: Dist) -> nn.Module:
    if not dist.ddp:
        return model
    from torch.nn.parallel import DistributedDataParallel

    ids = [dist.device.index] if dist.device.type == "cuda" else None
    return DistributedDataParallel(model, device_ids=ids)


def _loader(cfg: TrainConfig, dataset: ChipDataset, epoch: int, dist: Dist) -> DataLoader:
    """The epoch's shuffled training batches (a DistributedSampler shard per process under DDP); a last partial
    batch is dropped only where the process's share of the chips fills a batch (else it would get none)."""
    sampler = None
    if dist.ddp:
        from torch.utils.data.distributed import DistributedSampler

        sampler = DistributedSampler(dataset, dist.world, dist.rank, shuffle=True, seed=cfg.seed)
        sampler.set_epoch(epoch)
    return DataLoader(dataset, batch_size=cfg.batch_size, shuffle=sampler is None, sampler=sampler,
                      num_workers=cfg.workers, generator=torch.Generator().manual_seed(epoch_seed(cfg, epoch)),
                      drop_last=len(sampler if sampler is not None else dataset) > cfg.batch_size, pin_memory=dist.device.type == "cuda",
                      persistent_workers=False)


def train_fold(cfg: TrainConfig, table: ChipTable, train_idx: np.ndarray, val_idx: np.ndarray,
               folder: Path, dist: Dist) -> nn.Module:
    """Train one model, recording every epoch (``last.pt``) and the kept one (``best.pt``: best
    validation sample F2 at the best uniform threshold, or the last epoch). Returns the kept model
    (CPU, eval mode). With ``cfg.resume`` a fold whose ``last.pt`` exists continues after its epoch.
    """
    from tqdm import tqdm

    size = input_size_for(cfg)
    pretrained = resolve_pretrained(cfg.architecture, cfg.pretrained)
    freeze_epochs = cfg.freeze_epochs if pretrained else 0
    if cfg.freeze_epochs and not pretrained and dist.main:
        log.info("no pretrained weights: training all layers from the first epoch (--freeze-epochs ignored)")
    seed_everything(cfg.seed)  # same initial weights on every rank and on every run with this seed
    model = build_network(cfg.architecture, table.bands, pretrained).to(dist.device)
    train_table, val_table = table.subset(train_idx), table.subset(val_idx)
    criterion = loss_for(cfg, train_table.targets).to(dist.device)
    optimizer = torch.optim.Adam([{"params": list(model.head.parameters()), "lr": cfg.lr, "name": "head"},
                                  {"params": list(model.backbone.parameters()), "lr": cfg.backbone_lr,
                                   "name": "backbone"}], weight_decay=cfg.weight_decay)
    use_amp = cfg.amp and dist.device.type == "cuda"
    scaler = torch.amp.GradScaler("cuda", enabled=use_amp)
    recorder = EpochRecorder(folder, cfg, table.bands, size, dist.main)
    dist.barrier()  # every rank resumes from the last.pt that rank 0's recorder may have put back (a killed save)
    start = recorder.resume(model, optimizer, scaler, dist.device)
    train_ds, val_ds = ChipDataset(train_table, size, training_augment(cfg.augment)), ChipDataset(val_table, size)
    phase, net = None, model
    for epoch in range(start, cfg.epochs + 1):
        t0 = time.time()
        seed_epoch(cfg, epoch, dist.rank)
        frozen = epoch <= freeze_epochs
        if phase != frozen:
            set_frozen(model, frozen)
            net, phase = _wrap(model, dist), frozen
        net.train()
        if frozen:
            model.backbone.eval()  # keep pretrained BatchNorm statistics while the backbone is frozen
        total, count = 0.0, 0
        bar = tqdm(_loader(cfg, train_ds, epoch, dist), leave=False, disable=not (cfg.progress and dist.main),
                   desc=f"{folder.name} epoch {epoch}/{cfg.epochs}{' (frozen)' if frozen else ''}")
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
            score, probs = float("nan"), None
            if len(val_ds):  # training on everything (no validation chips) keeps the last epoch
                probs, val_loss = predict(model, val_ds, cfg.batch_size, dist.device, False, cfg.workers, False,
                                          criterion)
                thr, score = best_uniform_threshold(val_table.targets, probs)
                row.update({"val_loss": round(val_loss, 5), "val_threshold": thr, "val_f2_uniform": round(score, 5),
                            "val_f2_05": round(sample_f2(val_table.targets, probs >= 0.5), 5)})
            row["seconds"] = round(time.time() - t0, 1)
            recorder.record(epoch, row, score, len(val_ds) > 0, model, optimizer, scaler, probs)
        dist.barrier()
    recorder.close()
    return recorder.best_model(build_network(cfg.architecture, table.bands, None))


def train_model(cfg: TrainConfig, table: ChipTable, train_idx: np.ndarray, val_idx: np.ndarray,
                folder: Path, dist: Dist) -> nn.Module:
    """``train_fold``, or head-only training on cached features with ``cfg.cache_features``."""
    if cfg.cache_features:
        if dist.ddp:  # every process would train the same head, and read best.pt while the first writes it
            raise DataError("--cache-features runs in one process: start it without torchrun")
        return train_head_cached(cfg, table, train_idx, val_idx, folder, dist)
    return train_fold(cfg, table, train_idx, val_idx, folder, dist)

