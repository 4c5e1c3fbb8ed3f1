"""Ship the training chips' embeddings in a bundle, so classify can say when a scene looks unlike them
(core/pipeline/familiarity.py). Used by scripts/build_model.py and scripts/reexport_bundle.py.

    python -m scripts.bundle_reference --bundle resources/models/planet-lite0-sample --data ../shared/data/planet_sample
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

from planet_qgis_plugin.core.model.bundle import Bundle, load_bundle, write_manifest
from planet_qgis_plugin.core.model.predict import make_predictor
from planet_qgis_plugin.core.pipeline.familiarity import add_reference

ROOT = Path(__file__).resolve().parent.parent


def chip_embeddings(bundle: Bundle, data: Path, batch_size: int = 16) -> np.ndarray:
    """(chips, F) embeddings of the labelled chips in ``data``, prepared as the plugin prepares a tile
    (trainer.evaluate.bundle_dataset) and run through the bundle's ONNX model, as classify runs it."""
    from trainer.evaluate import bundle_dataset
    from trainer.tables import load_table

    dataset = bundle_dataset(bundle, load_table(data))
    predictor, _ = make_predictor(bundle, "onnx" if bundle.file("onnx") else "torch", "cpu")
    rows = []
    for start in range(0, len(dataset), batch_size):
        chips = np.stack([dataset[i][0].numpy() for i in range(start, min(start + batch_size, len(dataset)))])
        rows.append(predictor.predict(chips).embeddings)
    return np.concatenate(rows)


def add_training_reference(bundle: Bundle, data: Path, label: str) -> Bundle:
    """Write reference.npy into ``bundle`` and record it in its manifest."""
    add_reference(bundle, chip_embeddings(bundle, data), label)
    write_manifest(bundle.manifest, bundle.path)
    return load_bundle(bundle.path)


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--bundle", type=Path, default=ROOT / "resources" / "models" / "planet-lite0-sample")
    p.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data" / "planet_sample")
    args = p.parse_args()
    bundle = add_training_reference(load_bundle(args.bundle), args.data, f"{args.data.name} (the training chips)")
    print(f"{bundle.path}: {bundle.manifest.metrics['familiarity']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
