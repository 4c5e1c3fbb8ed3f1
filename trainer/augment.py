"""Composable augmentations for satellite chips, on (C, H, W) float tensors in 0..1 (before normalising).

Satellite chips have no "up": all 8 flips/rotations (the dihedral group D4) are label-preserving.
Shifts and scales are kept small (tags such as roads or mines can sit near an edge), colour jitter
is mild and per band, to mimic haze, sensor and season differences. Randomness comes from torch's
global generator, which the DataLoader seeds per worker, so runs are reproducible.
"""
from __future__ import annotations

import math
from typing import Callable, Sequence

import torch
import torch.nn.functional as F

Transform = Callable[[torch.Tensor], torch.Tensor]


def _chance(p: float) -> bool:
    return bool(torch.rand(()) < p)


def _uniform(lo: float, hi: float) -> float:
    return float(lo + (hi - lo) * torch.rand(()))


class Compose:
    """Apply transforms in order."""

    def __init__(self, transforms: Sequence[Transform]):
        self.transforms = list(transforms)

    def __call__(self, x: torch.Tensor) -> torch.Tensor:
        for t in self.transforms:
            x = t(x)
        return x

    def __repr__(self) -> str:
        return f"Compose({', '.join(type(t).__name__ for t in self.transforms)})"


class RandomFlip:
    """Horizontal and vertical flips, each with probability ``p``."""

    def __init__(self, p: float = 0.5):
        self.p = p

    def __call__(self, x: torch.Tensor) -> torch.Tensor:
        if _chance(self.p):
            x = x.flip(-1)
        if _chance(self.p):
            x = x.flip(-2)
        return x


class RandomRot90:
    """Rotation by 0, 90, 180 or 270 degrees, uniformly."""

    def __call__(self, x: torch.Tensor) -> torch.Tensor:
        k = int(torch.randint(0, 4, ()))
        return torch.rot90(x, k, dims=(-2, -1)) if k else x


class RandomShiftScale:
    """Small random translation (fraction of size) and zoom, reflect-padded; probability ``p``."""

    def __init__(self, shift: float = 0.0625, scale: float = 0.1, p: float = 0.5):
        self.shift, self.scale, self.p = shift, scale, p

    def __call__(self, x: torch.Tensor) -> torch.Tensor:
        if not _chance(self.p):
            return x
        s = math.exp(_uniform(-math.log1p(self.scale), math.log1p(self.scale)))
        tx, ty = _uniform(-self.shift, self.shift) * 2, _uniform(-self.shift, self.shift) * 2
        theta = torch.tensor([[1 / s, 0.0, tx], [0.0, 1 / s, ty]], dtype=x.dtype)[None]
        grid = F.affine_grid(theta, [1, *x.shape], align_corners=False)
        return F.grid_sample(x[None], grid, mode="bilinear", padding_mode="reflection", align_corners=False)[0]


class ColorJitter:
    """Mild brightness, contrast and gamma changes, shared by all bands plus a small per-band gain."""

    def __init__(self, brightness: float = 0.1, contrast: float = 0.1, gamma: float = 0.1,
                 band_gain: float = 0.03, p: float = 0.5):
        self.brightness, self.contrast, self.gamma, self.band_gain, self.p = brightness, contrast, gamma, band_gain, p

    def __call__(self, x: torch.Tensor) -> torch.Tensor:
        if not _chance(self.p):
            return x
        gain = 1 + (torch.rand(x.shape[0], 1, 1) * 2 - 1) * self.band_gain
        x = x * gain * _uniform(1 - self.brightness, 1 + self.brightness)
        mean = x.mean()
        x = (x - mean) * _uniform(1 - self.contrast, 1 + self.contrast) + mean
        x = x.clamp(0, 1) ** _uniform(1 - self.gamma, 1 + self.gamma)
        return x.clamp(0, 1)


def training_augment(level: str = "standard") -> Transform | None:
    """Named presets: ``none``, ``flips`` (D4 only) or ``standard`` (D4 + shift/scale + colour)."""
    if level == "none":
        return None
    if level == "flips":
        return Compose([RandomFlip(), RandomRot90()])
    if level == "standard":
        return Compose([RandomFlip(), RandomRot90(), RandomShiftScale(), ColorJitter()])
    raise ValueError(f"unknown augmentation {level!r}; choose none, flips or standard")
