"""Recompute every metric of a model bundle on labelled chips.

    python -m trainer.evaluate --bundle runs/lite0/bundle --data /path/to/planet [--runtime onnx] [--out m.json]
    python -m trainer.evaluate --bundle BUNDLE --data tiles.gpkg --raster scene.tif   (tiles labelled in QGIS)

Scores the bundle as shipped (its thresholds and decoding), and also with thresholds re-searched on
this data (an optimistic upper bound, since they are tuned on the data they are scored on).
"""
from __future__ import annotations

import json
import logging
import sys
from pathlib import Path

import numpy as np
import torch
from torch import nn

from planet_qgis_plugin.core.errors import PlanetClassifierError
from planet_qgis_plugin.core.labels import LABELS
from planet_qgis_plugin.core.model.bundle import Bundle, load_bundle
from planet_qgis_plugin.core.model.networks import load_torch_model
from planet_qgis_plugin.core.pipeline.decode import decode
from trainer.config import Parser
from trainer.data import ChipDataset, ChipTable
from trainer.engine import predict
from trainer.metrics import Evaluation, evaluate_probs
from trainer.report import write_report
from trainer.tables import add_tile_options, load_table


class OnnxModule(nn.Module):
    """ONNX Runtime session behind the nn.Module call interface (CPU tensors in, logits out)."""

    def __init__(self, path: Path):
        super().__init__()
        from planet_qgis_plugin.core.model.predict import onnxruntime_quiet

        ort = onnxruntime_quiet()
        self.session = ort.InferenceSession(str(path), providers=["CPUExecutionProvider"])

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return torch.from_numpy(self.session.run(None, {"image": x.detach().cpu().numpy()})[0])


def bundle_dataset(bundle: Bundle, table: ChipTable) -> ChipDataset:
    """Chips prepared as the plugin prepares them for this bundle (bands, scaling, size, normalisation)."""
    m = bundle.manifest
    return ChipDataset(table, m.input_size, bands=m.bands, norm=m.normalize, rule=m.scaling.get("uint16"))


def bundle_probs(bundle: Bundle, table: ChipTable, runtime: str = "torch", tta: bool = False,
                 batch_size: int = 16, workers: int = 0, progress: bool = True) -> np.ndarray:
    """(N, len(labels)) probabilities of the bundle on the chips, in the bundle's label order."""
    if runtime == "onnx":
        path = bundle.file("onnx")
        if path is None:
            raise PlanetClassifierError(f"{bundle.path} has no ONNX model; use --runtime torch")
        model: nn.Module = OnnxModule(path)
    else:
        model = load_torch_model(bundle.manifest, bundle.file("weights"))
    probs, _ = predict(model, bundle_dataset(bundle, table), batch_size, torch.device("cpu"), tta, workers, progress)
    return probs


def evaluate_bundle(bundle: Bundle, table: ChipTable, **kwargs) -> tuple[Evaluation, Evaluation, np.ndarray]:
    """(as shipped, thresholds re-searched here, probabilities) on labelled chips."""
    m = bundle.manifest
    if table.chip_size and table.chip_size != m.chip_size:
        logging.getLogger("trainer").warning(
            "%d px chips, but the plugin cuts %d px tiles for this bundle: they are scored at another ground scale "
            "than the plugin sees", table.chip_size, m.chip_size)
    y = table.targets[:, [LABELS.index(l) for l in m.labels]]
    p = bundle_probs(bundle, table, **kwargs)
    shipped = evaluate_probs(y, p, m.labels, decode, thresholds=m.threshold_vector,
                             atmosphere_exclusive=bool(m.decoding.get("atmosphere_exclusive", True)))
    searched = evaluate_probs(y, p, m.labels, decode)
    return shipped, searched, p


def main(argv: list[str] | None = None) -> int:
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    p = Parser(description="Recompute the metrics of a model bundle on labelled chips.")
    p.add_argument("--bundle", required=True, help="bundle folder (manifest.json + model.pt/model.onnx)")
    p.add_argument("--data", required=True, help="folder with labels CSV and chips, or a tile GeoPackage "
                   "(as for train.py)")
    add_tile_options(p)
    p.add_argument("--csv", default=None)
    p.add_argument("--images", default=None)
    p.add_argument("--format", default="auto", choices=["auto", "jpg", "tif"])
    p.add_argument("--skip-bad", action="store_true", help="leave out missing or malformed chips with a warning")
    p.add_argument("--limit", type=int, default=None)
    p.add_argument("--runtime", default="torch", choices=["torch", "onnx"], help="run model.pt or model.onnx")
    p.add_argument("--tta", action="store_true", help="add 8-way flip/rotate TTA on top of the bundle")
    p.add_argument("--batch-size", type=int, default=16)
    p.add_argument("--workers", type=int, default=0)
    p.add_argument("--out", default=None, help="write metrics JSON here")
    p.add_argument("--report", default=None, help="write report.md and plots into this folder")
    args = p.parse_args(argv)
    try:
        bundle = load_bundle(args.bundle)
        table = load_table(args.data, args.csv, args.images, args.format, args.skip_bad, limit=args.limit,
                           raster=args.raster, where=args.where, concept_tags=args.concept_tags or [])
        shipped, searched, _ = evaluate_bundle(bundle, table, runtime=args.runtime, tta=args.tta,
                                               batch_size=args.batch_size, workers=args.workers)
    except PlanetClassifierError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    m = bundle.manifest
    protocol = f"{len(table)} chips from {table.csv} ({args.runtime}{', TTA' if args.tta else ''})"
    result = {"bundle": str(bundle.path), "data": str(table.csv),
              "as_shipped": shipped.manifest_metrics(m.labels, protocol + ", bundle thresholds and decoding"),
              "thresholds_searched_here": {**searched.manifest_metrics(m.labels, protocol + ", thresholds searched on this data"),
                                           "thresholds": dict(zip(m.labels, searched.thresholds)),
                                           "atmosphere_exclusive": searched.atmosphere_exclusive}}
    print(f"{m.display_name}: sample F2 {shipped.sample_f2:.4f} with its thresholds "
          f"(at 0.5: {shipped.sample_f2_at_05:.4f}, best uniform {shipped.uniform_threshold:.2f}: "
          f"{shipped.sample_f2_uniform:.4f}, re-searched here: {searched.sample_f2:.4f}) on {len(table)} chips")
    for label, f2, sup in zip(m.labels, shipped.per_class_f2, shipped.support):
        print(f"  {label:18s} F2 {'n/a' if np.isnan(f2) else f'{f2:.3f}'}  (support {sup})")
    if args.out:
        Path(args.out).write_text(json.dumps(result, indent=2) + "\n")
    if args.report:
        folder = Path(args.report)
        folder.mkdir(parents=True, exist_ok=True)
        write_report(folder, shipped, m.labels, title=f"{m.display_name} on {table.csv}", protocol=protocol,
                     architecture=m.training.get("architecture", m.architecture),
                     config_text=json.dumps({"bundle": str(bundle.path), "manifest_metrics": m.metrics}, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
