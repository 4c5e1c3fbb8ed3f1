"""Synthetic cloud negatives for teach's background bank: forest tiles with soft white clouds and their shadows.

Clouds, their shadows and haze are the classic false positives of a clearing concept in Amazon imagery: bright,
soft-edged patches in dark forest, as a clearing is. The bank's real cloudy imagery is a few chips and strip tiles;
these add label-free variants of the same thing: a tile of plain forest (a chip Kaggle tags ``clear primary`` and
nothing else) with white puffs (cumulus of overlapping soft discs, or one larger bank), each casting a shadow
displaced the same way (the sun's side), or a thin veil of haze. ``clouded`` draws one from a seed, so the bank
built from them is the same on every run.
"""
from __future__ import annotations

import numpy as np
from PIL import Image, ImageDraw, ImageFilter

#: The kinds of sky drawn, in turn (``variants``): popcorn cumulus (mine1.jpg's), one larger cloud, haze.
KINDS = ("cumulus", "bank", "haze")


def _mask(size: tuple[int, int], puffs, blur: float) -> np.ndarray:
    """(h, w) float alpha in [0, 1]: the discs (x, y, r) filled, their edges softened by a Gaussian blur."""
    h, w = size
    image = Image.new("L", (w, h), 0)
    draw = ImageDraw.Draw(image)
    for x, y, r in puffs:
        draw.ellipse((x - r, y - r, x + r, y + r), fill=255)
    return np.asarray(image.filter(ImageFilter.GaussianBlur(blur)), np.float32) / 255.0


def _texture(size: tuple[int, int], rng: np.random.Generator, cells: int) -> np.ndarray:
    """(h, w) smooth noise in [0, 1]: a coarse random grid resized up (bilinear)."""
    h, w = size
    grid = Image.fromarray((rng.random((cells, cells)) * 255).astype(np.uint8))
    return np.asarray(grid.resize((w, h), Image.BILINEAR), np.float32) / 255.0


def _shifted(alpha: np.ndarray, dy: int, dx: int) -> np.ndarray:
    """``alpha`` moved down ``dy`` and right ``dx`` pixels, zero where it came from outside (a cloud off the tile
    casts no shadow that this draw knows of)."""
    h, w = alpha.shape
    out = np.zeros_like(alpha)
    out[max(dy, 0):h + min(dy, 0), max(dx, 0):w + min(dx, 0)] = alpha[max(-dy, 0):h - max(dy, 0), max(-dx, 0):w - max(dx, 0)]
    return out


def _puffs(rng: np.random.Generator, size: tuple[int, int], kind: str) -> list[tuple[float, float, float]]:
    """Discs making up the clouds: clusters of a few overlapping discs (cumulus) or one large cluster (bank)."""
    h, w = size
    clusters = rng.integers(3, 14) if kind == "cumulus" else 1
    puffs = []
    for _ in range(clusters):
        cx, cy = rng.uniform(-0.1, 1.1) * w, rng.uniform(-0.1, 1.1) * h
        radius = rng.uniform(6, 28) if kind == "cumulus" else rng.uniform(50, 110)
        for _ in range(rng.integers(3, 9)):
            angle, dist = rng.uniform(0, 2 * np.pi), rng.uniform(0, radius)
            puffs.append((cx + dist * np.cos(angle), cy + dist * np.sin(angle), radius * rng.uniform(0.35, 0.7)))
    return puffs


def clouded(chip: np.ndarray, seed) -> np.ndarray:
    """``chip`` (h, w, 3 uint8) under a sky drawn from ``seed``: (int, kind) or an int (the kind drawn too)."""
    number, kind = seed if isinstance(seed, tuple) else (seed, None)
    rng = np.random.default_rng(number)
    kind = kind or KINDS[int(rng.integers(len(KINDS)))]
    size = chip.shape[:2]
    out = chip.astype(np.float32)
    if kind == "haze":
        alpha = rng.uniform(0.25, 0.6) * (0.6 + 0.4 * _texture(size, rng, 4))
        colour = rng.uniform(170, 225) + rng.uniform(-8, 8, 3)
    else:
        alpha = _mask(size, _puffs(rng, size, kind), blur=rng.uniform(1.5, 5.0))
        alpha = np.clip(alpha * (0.75 + 0.5 * _texture(size, rng, 24)), 0, 1)  # bumpy edges, thinner parts
        angle, dist = rng.uniform(0, 2 * np.pi), rng.uniform(8, 40)
        shadow = _shifted(alpha, int(round(dist * np.sin(angle))), int(round(dist * np.cos(angle))))
        out *= (1 - rng.uniform(0.35, 0.65) * shadow)[..., None]  # the shadow darkens the ground it falls on
        colour = rng.uniform(215, 250) * (0.9 + 0.1 * _texture(size, rng, 8))[..., None] + rng.uniform(-6, 6, 3)
    out = out * (1 - alpha[..., None]) + colour * alpha[..., None]
    return np.clip(out, 0, 255).astype(np.uint8)


def variants(chip: np.ndarray, count: int, seed: int) -> list[np.ndarray]:
    """``count`` clouded copies of ``chip``, the kinds in turn, each from its own seed (``seed`` and its place)."""
    return [clouded(chip, (seed * 1000 + k, KINDS[k % len(KINDS)])) for k in range(count)]
