"""Re-export a bundle from its own model.pt with the current exporter, without retraining.

    python -m scripts.reexport_bundle [--bundle resources/models/planet-lite0-sample]

The weights stay bit-identical (checked tensor by tensor); model.onnx and the manifest are rewritten
(format 2: the ``embedding`` output and its backbone id, ``decoding.min_flag_support``). Metrics that
belong to the original build (its float16 check, speed, cross-validation) are kept as they were; the
re-export is recorded under ``training.reexported``. Extra files of the bundle (MODEL_CARD.md, the
familiarity reference) are kept.
"""
from __future__ import annotations

import argparse
import datetime
import shutil
import sys
import tempfile
from pathlib import Path

import torch

from planet_qgis_plugin.core.model.bundle import BundleError, load_bundle, write_manifest
from planet_qgis_plugin.core.model.networks import load_torch_model
from planet_qgis_plugin.core.pipeline.flags import DEFAULT_MIN_FLAG_SUPPORT
from planet_qgis_plugin.core.publish import Staged
from trainer.export import export_bundle

ROOT = Path(__file__).resolve().parent.parent

#: Metrics measured by the original build that a re-export must not overwrite.
KEPT_METRICS = ("half_max_abs_diff", "speed", "check_chips", "familiarity")


def same_weights(a: Path, b: Path) -> bool:
    sa, sb = (torch.load(p, map_location="cpu", weights_only=True) for p in (a, b))
    return sa.keys() == sb.keys() and all(sa[k].dtype == sb[k].dtype and torch.equal(sa[k], sb[k]) for k in sa)


def reexport(folder: Path) -> Path:
    old = load_bundle(folder)
    manifest = old.manifest
    half = manifest.metrics.get("weights_dtype") == "float16"
    model = load_torch_model(manifest, old.file("weights"))
    manifest.decoding.setdefault("min_flag_support", DEFAULT_MIN_FLAG_SUPPORT)
    manifest.training["reexported"] = {
        "date": datetime.date.today().isoformat(),
        "command": "python -m scripts.reexport_bundle",
        "why": "format 2: ONNX graph with a second output 'embedding' (pooled backbone features) for teach-by-example, "
               "decoding.min_flag_support; weights unchanged (bit-identical model.pt tensors, not retrained)",
        "torch": torch.__version__,
    }
    with tempfile.TemporaryDirectory(dir=folder.parent) as work:
        staged = Path(work) / folder.name
        bundle = export_bundle(model, manifest, staged, half=half, onnx="onnx" in manifest.files)
        if not same_weights(old.file("weights"), bundle.file("weights")):
            raise BundleError(f"re-exported weights of {folder} differ from the original; nothing was replaced")
        for key in KEPT_METRICS:
            if key in manifest.metrics:
                bundle.manifest.metrics[key] = manifest.metrics[key]
        for key, name in manifest.files.items():  # e.g. the familiarity reference: same weights, same embeddings
            bundle.manifest.files.setdefault(key, name)
        write_manifest(bundle.manifest, staged)
        for extra in folder.iterdir():
            if not (staged / extra.name).exists():
                shutil.copy2(extra, staged / extra.name)
        Staged(folder, staged, folder=True).commit()  # the old bundle goes back if the new one cannot go in
    return folder


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--bundle", type=Path, default=ROOT / "resources" / "models" / "planet-lite0-sample")
    args = p.parse_args()
    try:
        folder = reexport(args.bundle)
    except BundleError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    m = load_bundle(folder).manifest
    print(f"{folder}: format {m.format}, embedding {m.embedding.size if m.embedding else None} values "
          f"({m.embedding.backbone_id if m.embedding else '-'}), onnx_max_abs_diff {m.metrics.get('onnx_max_abs_diff')}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
