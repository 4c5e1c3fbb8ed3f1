"""Fully frozen backbone, fast: compute backbone features once and train only the dense head on them.

For a run whose backbone stays frozen for every epoch (``--freeze-epochs >= --epochs``) with
``--cache-features``, each chip goes through the backbone once per D4 view (8 flips and rotations,
the augmentation that keeps features exact); the head then trains on the cached features for many
epochs in seconds on a CPU. The run folder is recorded by the same ``EpochRecorder`` as
``engine.train_fold`` (history.csv, best.pt, last.pt, --resume); single process (no DDP).
"""
from __future__ import annotations

import logging
import time
from pathlib import Path

import numpy as np
import torch
from torch import nn

from planet_qgis_plugin.core.model.networks import d4_views

from .checkpoints import EpochRecorder
from .config import TrainConfig
from .data import ChipDataset, ChipTable
from .metrics import best_uniform_threshold, sample_f2
from .network import (
    Dist,
    build_network,
    epoch_seed,
    input_size_for,
    loss_for,
    resolve_pretrained,
    seed_epoch,
    seed_everything,
)

log = logging.getLogger("trainer")


#: (architecture, pretrained, labels source, chip kind, chip files, chip names, input size) -> (features (N, 8, F),
#: targets (N, K)): one CSV's chips read as JPG or as TIF, or one GeoPackage's tiles cut from another raster, are
#: other features.
#: Frozen pretrained features do not depend on the fold, so folds and candidates share one pass.
_CACHE: dict[tuple, tuple[torch.Tensor, torch.Tensor]] = {}


@torch.no_grad()
def table_features(model: nn.Module, table: ChipTable, size: int, device: torch.device, key: tuple,
                   batch_size: int = 16) -> tuple[torch.Tensor, torch.Tensor]:
    """Backbone features of every chip under the 8 D4 views: ((N, 8, F), (N, K)), computed once per key."""
    if key not in _CACHE:
        model.eval()
        feats, targets = [], []
        for x, y in torch.utils.data.DataLoader(ChipDataset(table, size), batch_size=batch_size, shuffle=False):
            views = [model.backbone(v.to(device)).cpu() for v in d4_views(x)]
            feats.append(torch.stack(views, dim=1))
            targets.append(y)
        _CACHE.clear()  # keep one table's features at a time
        _CACHE[key] = (torch.cat(feats), torch.cat(targets).float())
    return _CACHE[key]


def train_head_cached(cfg: TrainConfig, table: ChipTable, train_idx: np.ndarray, val_idx: np.ndarray,
                      folder: Path, dist: Dist) -> nn.Module:
    """Train the head on cached features; returns the kept model (best or last epoch, as configured)."""
    size = input_size_for(cfg)
    seed_everything(cfg.seed)
    model = build_network(cfg.architecture, table.bands, resolve_pretrained(cfg.architecture, cfg.pretrained))
    model = model.to(dist.device)
    head = model.head
    optimizer = torch.optim.Adam(head.parameters(), lr=cfg.lr, weight_decay=cfg.weight_decay)
    recorder = EpochRecorder(folder, cfg, table.bands, size, dist.main, quiet=True)
    start = recorder.resume(model, optimizer, device=dist.device)
    train_table, val_table = table.subset(train_idx), table.subset(val_idx)
    t0 = time.time()
    key = (cfg.architecture, cfg.pretrained, str(table.csv), table.kind, tuple(map(str, table.paths)),
           tuple(table.names), size)
    feats, targets = table_features(model, table, size, dist.device, key)
    x_train = feats[train_idx].reshape(-1, feats.shape[-1])          # every view of every training chip
    y_train = targets[train_idx].repeat_interleave(feats.shape[1], dim=0)
    x_val = feats[val_idx, 0] if len(val_idx) else None              # the chips as they are
    log.info("%s: %d cached backbone features (8 views x %d chips) ready in %.0f s", folder.name, len(x_train),
             len(train_idx), time.time() - t0)
    criterion = loss_for(cfg, train_table.targets).to(dist.device)
    row = {}
    for epoch in range(start, cfg.epochs + 1):
        t0 = time.time()
        seed_epoch(cfg, epoch)
        head.train()
        order = torch.randperm(len(x_train), generator=torch.Generator().manual_seed(epoch_seed(cfg, epoch)))
        total = 0.0
        for i in range(0, len(order), cfg.batch_size):
            idx = order[i:i + cfg.batch_size]
            optimizer.zero_grad(set_to_none=True)
            loss = criterion(head(x_train[idx].to(dist.device)), y_train[idx].to(dist.device))
            loss.backward()
            optimizer.step()
            total += loss.item() * len(idx)
        row = {"epoch": epoch, "phase": "frozen (cached features)", "lr_head": cfg.lr, "lr_backbone": 0,
               "train_loss": round(total / len(order), 5)}
        score, probs = float("nan"), None
        if x_val is not None:
            head.eval()
            with torch.no_grad():
                probs = torch.sigmoid(head(x_val.to(dist.device))).cpu().numpy()
            thr, score = best_uniform_threshold(val_table.targets, probs)
            row.update({"val_f2_05": round(sample_f2(val_table.targets, probs >= 0.5), 5),
                        "val_f2_uniform": round(score, 5), "val_threshold": thr})
        row["seconds"] = round(time.time() - t0, 2)
        recorder.record(epoch, row, score, x_val is not None, model, optimizer, probs=probs)
    recorder.close()
    if row:
        log.info("%s: head trained %d epochs on cached features (final train loss %.4f)", folder.name, cfg.epochs,
                 row["train_loss"])
    return recorder.best_model(model)
