"""Build the manifest of a trained model (or ensemble / TTA wrapper) and export it as a plugin bundle."""
from __future__ import annotations

from pathlib import Path
from typing import Any, Sequence

from torch import nn

from planet_qgis_plugin.core.bundle import Bundle, Manifest, Scaling
from planet_qgis_plugin.core.export import export_bundle
from planet_qgis_plugin.core.labels import LABELS
from planet_qgis_plugin.core.models import Ensemble

from .data import STRETCH, ChipTable, normalization
from .metrics import Evaluation


def wrap_ensemble(models: Sequence[nn.Module], architecture: str, tta: bool) -> tuple[nn.Module, str, dict[str, Any]]:
    """(module, manifest architecture, manifest model_kwargs): a plain model when there is one model
    and no TTA, else an ``ensemble`` that averages sigmoid outputs (over D4 views with ``tta``)."""
    if len(models) == 1 and not tta:
        return models[0], architecture, {}
    kwargs = {"members": [{"architecture": architecture, "model_kwargs": {}} for _ in models], "tta": tta}
    return Ensemble(list(models), tta=tta).eval(), "ensemble", kwargs


def scaling_for(kind: str) -> dict[str, Scaling]:
    """8-bit rasters as they are; 16-bit analytic rasters stretched p2..p98 to look like the chips."""
    return {"uint8": Scaling("as_is"), "uint16": Scaling("percentile_stretch", *STRETCH)}


def make_manifest(*, name: str, version: str, architecture: str, model_kwargs: dict, table: ChipTable,
                  input_size: int, ev: Evaluation, protocol: str, training: dict[str, Any]) -> Manifest:
    """Manifest with searched thresholds, the chosen decoding, provenance and metrics."""
    bands = table.bands
    return Manifest(
        name=name, version=version, architecture=architecture, labels=list(LABELS),
        thresholds={l: float(t) for l, t in zip(LABELS, ev.thresholds)}, input_size=int(input_size),
        bands=bands, scaling=scaling_for(table.kind), normalize=normalization(bands),
        decoding={"atmosphere_exclusive": bool(ev.atmosphere_exclusive)},
        training=training, metrics=ev.manifest_metrics(LABELS, protocol), model_kwargs=model_kwargs,
    )


def export(model: nn.Module, manifest: Manifest, folder: Path, *, onnx: bool = True, half: bool = False) -> Bundle:
    """Write the bundle (ONNX checked against PyTorch by the core exporter), replacing an old one."""
    return export_bundle(model, manifest, folder, half=half, onnx=onnx, overwrite=True)
