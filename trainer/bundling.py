"""Build the manifest of a trained model (or ensemble / TTA wrapper) and export it as a plugin bundle."""
from __future__ import annotations

import logging
from pathlib import Path
from typing import Any, Sequence

from torch import nn

from planet_qgis_plugin.core.labels import LABELS
from planet_qgis_plugin.core.model.bundle import Bundle, Manifest, Scaling
from planet_qgis_plugin.core.model.networks import Ensemble
from trainer.export import export_bundle

from .calibrate import calibrate_next_to
from .data import STRETCH, ChipTable, normalization
from .metrics import Evaluation

log = logging.getLogger(__name__)


def wrap_ensemble(models: Sequence[nn.Module], architecture: str, tta: bool) -> tuple[nn.Module, str, dict[str, Any]]:
    """(module, manifest architecture, manifest model_kwargs): a plain model when there is one model
    and no TTA, else an ``ensemble`` that averages sigmoid outputs (over D4 views with ``tta``)."""
    if len(models) == 1 and not tta:
        return models[0], architecture, {}
    kwargs = {"members": [{"architecture": architecture, "model_kwargs": {}} for _ in models], "tta": tta}
    return Ensemble(list(models), tta=tta).eval(), "ensemble", kwargs


def scaling_for(table: ChipTable) -> tuple[dict[str, Scaling], dict[str, Any] | None]:
    """(scaling rules, calibration record). 8-bit rasters as they are; 16-bit analytic rasters stretched
    p2..p98 per scene, mapped to the JPG look fitted on chips that exist as both JPG and TIF when the
    data has them (trainer/calibrate.py), else to 0..1."""
    rule, record = Scaling("percentile_stretch", *STRETCH), None
    if table.kind == "jpg" and table.paths:
        try:
            found = calibrate_next_to(Path(table.paths[0]).parent)
        except Exception as exc:  # unreadable TIF twins must not cost the trained model
            log.warning("could not calibrate the 16-bit look (%s): using a plain p2..p98 stretch", exc)
            found = None
        if found is not None:
            rule = found.rule
            record = {"pairs": found.chips, "leave_one_out_mae": found.loo_mae}
            log.info("16-bit look calibrated on %d TIF/JPG pairs: leave-one-out MAE %s", len(found.chips),
                     found.loo_mae)
    return {"uint8": Scaling("as_is"), "uint16": rule}, record


def make_manifest(*, name: str, version: str, architecture: str, model_kwargs: dict, table: ChipTable,
                  input_size: int, ev: Evaluation, protocol: str, training: dict[str, Any]) -> Manifest:
    """Manifest with searched thresholds, the chosen decoding, provenance and metrics."""
    bands = table.bands
    scaling, calibration = scaling_for(table)
    if calibration is not None:
        training = {**training, "uint16_calibration": calibration}
    return Manifest(
        name=name, version=version, architecture=architecture, labels=list(LABELS),
        thresholds={l: float(t) for l, t in zip(LABELS, ev.thresholds)}, input_size=int(input_size),
        **({"chip_size": int(table.chip_size)} if table.chip_size else {}),
        bands=bands, scaling=scaling, normalize=normalization(bands),
        decoding={"atmosphere_exclusive": bool(ev.atmosphere_exclusive)},
        training=training, metrics=ev.manifest_metrics(LABELS, protocol), model_kwargs=model_kwargs,
    )


def export(model: nn.Module, manifest: Manifest, folder: Path, *, onnx: bool = True, half: bool = False) -> Bundle:
    """Write the bundle (ONNX checked against PyTorch by the core exporter), replacing an old one."""
    return export_bundle(model, manifest, folder, half=half, onnx=onnx, overwrite=True)
