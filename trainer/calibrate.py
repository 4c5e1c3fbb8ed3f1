"""Fit how a 16-bit analytic (B,G,R,NIR) chip is brought to the look of the dataset's 8-bit JPGs.

The Kaggle JPGs are colour-corrected visual products; the TIFs are raw 12/16-bit analytic DN.
Given chips that exist in both forms, compare candidate rules by leave-one-chip-out mean absolute
error (0..1 scale) and fit the output range of the per-band percentile stretch that the plugin
applies per scene. Usage: python trainer/calibrate.py --tif-dir DIR --jpg-dir DIR
"""
from __future__ import annotations

import json
import sys
from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np

from planet_qgis_plugin.core.model.bundle import Scaling
from trainer.config import Parser
from trainer.data import read_raw, scale_chip

#: Where a JPG dataset keeps the same chips as 16-bit TIFs (Kaggle layout, the sample's layout).
TIF_FOLDERS = ("train-tif-v2", "train-tif", "images_tif")

RGB_FROM_BGRN = [2, 1, 0]


@dataclass
class Calibration:
    rule: Scaling
    chips: list[str]
    loo_mae: dict[str, float]  # candidate rule -> leave-one-out mean absolute error vs the JPG


def load_pairs(tif_dir: Path, jpg_dir: Path, limit: int | None = None
               ) -> tuple[list[str], list[np.ndarray], list[np.ndarray]]:
    """(names, TIF chips as R,G,B float arrays, JPG chips as 0..1 arrays) for names present in both
    (the first ``limit`` of them)."""
    names, tifs, jpgs = [], [], []
    for tif in sorted(tif_dir.glob("*.tif")):
        jpg = jpg_dir / (tif.stem + ".jpg")
        if not jpg.is_file():
            continue
        tifs.append(read_raw(tif, "tif")[RGB_FROM_BGRN].astype(np.float64))
        jpgs.append(read_raw(jpg, "jpg").astype(np.float64) / 255.0)
        names.append(tif.stem)
        if limit and len(names) >= limit:
            break
    return names, tifs, jpgs


def _stretch(tif: np.ndarray, low: float, high: float, out_low=None, out_high=None) -> np.ndarray:
    """One chip scaled as the plugin scales a scene (trainer.data.scale_chip): its own p``low``..p``high``
    per band, mapped to ``out_low``..``out_high`` (0..1 when None)."""
    return scale_chip(tif, Scaling("percentile_stretch", low, high, out_low=out_low, out_high=out_high))


def _fit_out_range(stretched: list[np.ndarray], jpgs: list[np.ndarray]) -> tuple[list[float], list[float]]:
    """Per band moment matching: the mapped stretch gets the JPGs' mean and spread.

    (Least squares would shrink contrast wherever TIF and JPG correlate weakly, e.g. haze chips.)
    """
    s = np.concatenate([x.reshape(3, -1) for x in stretched], axis=1)
    y = np.concatenate([x.reshape(3, -1) for x in jpgs], axis=1)
    slope = y.std(axis=1) / np.maximum(s.std(axis=1), 1e-6)
    out_low = y.mean(axis=1) - slope * s.mean(axis=1)
    return [float(v) for v in out_low], [float(v) for v in out_low + slope]


def calibrate(names: list[str], tifs: list[np.ndarray], jpgs: list[np.ndarray], low: float = 2.0,
              high: float = 98.0) -> Calibration:
    if len(names) < 2:
        raise ValueError("calibration needs at least two chips present as both TIF and JPG")
    stretched = [_stretch(t, low, high) for t in tifs]
    errors = {"percentile_stretch 0..1": [], "percentile_stretch fitted range": []}
    for k in range(len(names)):
        rest = [i for i in range(len(names)) if i != k]
        errors["percentile_stretch 0..1"].append(np.abs(stretched[k] - jpgs[k]).mean())
        out_low, out_high = _fit_out_range([stretched[i] for i in rest], [jpgs[i] for i in rest])
        pred = _stretch(tifs[k], low, high, out_low, out_high)
        errors["percentile_stretch fitted range"].append(np.abs(pred - jpgs[k]).mean())
    out_low, out_high = _fit_out_range(stretched, jpgs)
    rule = Scaling("percentile_stretch", low, high, out_low=[round(v, 4) for v in out_low],
                   out_high=[round(v, 4) for v in out_high])
    return Calibration(rule, names, {k: round(float(np.mean(v)), 4) for k, v in errors.items()})


def calibrate_next_to(jpg_dir: Path, limit: int = 500) -> Calibration | None:
    """Calibrate on the TIF folder beside ``jpg_dir`` (see TIF_FOLDERS), or None where there is none."""
    for name in TIF_FOLDERS:
        tif_dir = jpg_dir.parent / name
        if tif_dir.is_dir():
            pairs = load_pairs(tif_dir, jpg_dir, limit)
            if len(pairs[0]) >= 2:
                return calibrate(*pairs)
    return None


def main(argv: list[str] | None = None) -> int:
    p = Parser(description=__doc__.splitlines()[0])
    p.add_argument("--tif-dir", type=Path, required=True)
    p.add_argument("--jpg-dir", type=Path, required=True)
    args = p.parse_args(argv)
    try:
        result = calibrate(*load_pairs(args.tif_dir, args.jpg_dir))
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(json.dumps(asdict(result), indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
