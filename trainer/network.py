"""What every training loop sets up first: process placement and seeding, the network (pretrained
weights, band order), and the multi-label loss."""
from __future__ import annotations

import os
import random
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import torch
import torch.nn.functional as F
from torch import nn

from planet_qgis_plugin.core.model.networks import ARCHITECTURES, PretrainedWeightsError, build_model

from .config import TrainConfig
from .data import DataError

#: torchvision checkpoint file prefixes in the torch hub cache (``$TORCH_HOME/hub/checkpoints``).
TORCHVISION_FILES = {"vgg16": "vgg16-", "resnet50": "resnet50-", "inception_v3": "inception_v3_google-"}


# -- placement and seeding -------------------------------------------------------------------------
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


def epoch_seed(cfg: TrainConfig, epoch: int) -> int:
    """Seed of one epoch's shuffling: resuming after epoch N replays epoch N+1 exactly."""
    return cfg.seed * 7919 + epoch


def seed_epoch(cfg: TrainConfig, epoch: int, rank: int = 0) -> None:
    """Reseed every generator at the start of an epoch (dropout, augmentation), so that an epoch
    depends only on the weights it starts from: --resume then replays it exactly."""
    seed_everything(cfg.seed * 100003 + epoch * 1009 + rank)


# -- network ---------------------------------------------------------------------------------------
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


def set_frozen(model: nn.Module, frozen: bool) -> None:
    for p in model.backbone.parameters():
        p.requires_grad = not frozen


# -- loss ------------------------------------------------------------------------------------------
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


def loss_for(cfg: TrainConfig, targets: np.ndarray) -> MultiLabelLoss:
    """The configured loss, positive weights taken from the training chips' ``targets``."""
    return MultiLabelLoss(cfg.loss, cfg.focal_gamma, positive_weights(targets, cfg.pos_weight))
