"""Training configuration: one dataclass, filled from the command line and saved in every run folder."""
from __future__ import annotations

import json
import math
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from planet_qgis_plugin.cli.common import Parser as CommandParser


class Parser(CommandParser):
    """The command lines' parser (a wrong or missing argument, ``--epochs x`` or no ``--data``, is one ``error:``
    line), with exit status 2 like every other bad input of the trainer's tools. An option given twice keeps
    the last, as argparse does: a run is often a base command with overrides appended (``--arch resnet50``)."""

    exit_status = 2
    store_once = False


@dataclass
class TrainConfig:
    """Everything that defines a training run (see ``python trainer/train.py --help``)."""

    data: str
    out: str = "runs/planet"
    csv: str | None = None
    images: str | None = None
    raster: str | None = None            # with a tile GeoPackage as data: the raster it was classified from
    where: str | None = None             # with a tile GeoPackage: OGR SQL filter of the tiles to use
    concept_tags: list[str] = field(default_factory=list)  # with a tile GeoPackage: NAME=TAG (flag_NAME adds TAG)
    format: str = "auto"                 # auto | jpg | tif
    skip_bad: bool = False
    limit: int | None = None
    architecture: str = "efficientnet_lite0"
    pretrained: str = "auto"             # auto | none | imagenet | PATH
    input_size: int | None = None        # default: the architecture's size
    epochs: int = 12
    freeze_epochs: int = 2
    batch_size: int = 32
    lr: float = 1e-3
    backbone_lr: float = 1e-4
    weight_decay: float = 0.0
    loss: str = "bce"                    # bce | focal
    focal_gamma: float = 2.0
    pos_weight: str = "none"             # none | auto | FLOAT
    augment: str = "standard"            # none | flips | standard
    val_fraction: float = 0.2
    cache_features: bool = False         # fully frozen runs: train the head on cached backbone features
    checkpoint: str = "best"             # best (validation sample F2) | last (fixed epochs; honest nested CV)
    folds: int = 1
    seed: int = 0
    workers: int = 2
    device: str = "auto"                 # auto | cpu | cuda
    amp: bool = True
    tta: bool = False
    deterministic: bool = False
    resume: bool = False
    export: bool = True
    onnx: bool = True
    half: bool = False
    name: str = "planet-amazon"
    version: str = "0.1.0"
    progress: bool = True
    command: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    def validate(self) -> None:
        from planet_qgis_plugin.core.model.bundle import MAX_INPUT_SIZE

        from .data import DataError

        def number(value: float, low: float = 0.0, above: bool = False) -> bool:
            return math.isfinite(value) and (value > low if above else value >= low)

        try:
            pos_weight = self.pos_weight in ("none", "auto") or number(float(self.pos_weight), above=True)
        except ValueError:
            pos_weight = False
        checks = [
            (self.epochs >= 1, "--epochs must be >= 1"),
            (self.freeze_epochs >= 0, "--freeze-epochs must be >= 0"),
            (self.batch_size >= 1, "--batch-size must be >= 1"),
            (number(self.lr, above=True) and number(self.backbone_lr, above=True),
             "learning rates (--lr, --backbone-lr) must be finite numbers > 0"),
            (number(self.weight_decay), "--weight-decay must be a finite number >= 0"),
            (number(self.focal_gamma), "--focal-gamma must be a finite number >= 0"),
            (pos_weight, f"--pos-weight must be none, auto or a finite number > 0, got {self.pos_weight!r}"),
            (0 <= self.seed < 2**32, "--seed must be a whole number from 0 to 4294967295"),
            (self.workers >= 0, "--workers must be >= 0 (0: load chips in the main process)"),
            (self.limit is None or self.limit >= 1, "--limit must be >= 1 (leave it out to use every chip)"),
            (self.loss in ("bce", "focal"), "--loss must be bce or focal"),
            (self.folds >= 1, "--folds must be >= 1"),
            (self.checkpoint in ("best", "last"), "--checkpoint must be best or last"),
            (not self.cache_features or self.freeze_epochs >= self.epochs,
             "--cache-features needs a backbone frozen for every epoch (--freeze-epochs >= --epochs)"),
            (0 < self.val_fraction < 1, "--val-fraction must be between 0 and 1"),
            (self.device in ("auto", "cpu", "cuda"), "--device must be auto, cpu or cuda"),
            (self.input_size is None or 16 <= self.input_size <= MAX_INPUT_SIZE,
             f"--input-size must be 16..{MAX_INPUT_SIZE} px (the most a bundle's network may take)"),
        ]
        for ok, message in checks:
            if not ok:
                raise DataError(message)

    def to_json(self) -> str:
        return json.dumps(asdict(self), indent=2)

    def save(self, path: str | Path) -> None:
        Path(path).write_text(self.to_json() + "\n", encoding="utf-8")
