"""How far the tiles of real scenes lie from the bundle's training chips (core/pipeline/familiarity.py).

    python -m bench.familiarity [--bundle DIR] [--out docs/familiarity.md]

Classifies every sample scene (tests/data/scenes) and every public example strip
(../shared/data/planet_examples, when present) with the bundle and prints, per scene, the nearest
training-chip cosine distance of its tiles and the share classify reports as unfamiliar. A markdown
table; ``--out`` also writes it into a file.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

import numpy as np

from planet_qgis_plugin.core.layer.embeddings import EMBEDDING_FIELD, decode_blobs
from planet_qgis_plugin.core.model.bundle import resolve_bundle
from planet_qgis_plugin.core.model.predict import make_predictor
from planet_qgis_plugin.core.pipeline.classify import ClassifyOptions, classify
from planet_qgis_plugin.core.pipeline.familiarity import (
    WARN_SHARE,
    familiar_distance,
    load_reference,
    nearest_distance,
    reference_distance,
)

ROOT = Path(__file__).resolve().parent.parent

EXAMPLES = ROOT.parent / "shared" / "data" / "planet_examples"


def scene_rows(bundle, scenes: list[Path]) -> list[str]:
    from osgeo import ogr

    reference, distance = load_reference(bundle), reference_distance(bundle)
    spec = bundle.manifest.embedding
    predictor, _ = make_predictor(bundle, "auto", "auto")
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for scene in scenes:
            out = Path(tmp) / f"{scene.stem}.gpkg"
            result = classify(scene, out, bundle, ClassifyOptions(), predictor=predictor)
            ds = ogr.Open(str(out))
            e = decode_blobs([f.GetFieldAsBinary(EMBEDDING_FIELD) for f in ds.GetLayer(0)], spec.size, spec.dtype)
            ds = None
            d = nearest_distance(e, reference)
            warned = "yes" if result.caution else ""
            rows.append(f"| {scene.name} | {len(d)} | {np.median(d):.3f} | {np.percentile(d, 90):.3f} | "
                        f"{(d > distance).mean():.0%} | {warned} |")
    return rows


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--bundle", default=None)
    p.add_argument("--out", type=Path, default=None)
    args = p.parse_args()
    bundle = resolve_bundle(args.bundle)
    reference = load_reference(bundle)
    if reference is None:
        print(f"error: bundle {bundle.path} ships no familiarity reference", file=sys.stderr)
        return 1
    scenes = sorted((ROOT / "tests" / "data" / "scenes").glob("*.tif"))
    scenes += sorted(EXAMPLES.glob("*.jpg")) if EXAMPLES.is_dir() else []
    quantiles = ", ".join(f"{q}th {familiar_distance(reference, q):.3f}" for q in (50, 90, 95, 99))
    lines = [f"Bundle {bundle.manifest.display_name}: {len(reference)} training chips; leave-one-out nearest "
             f"distance among them: {quantiles}; unfamiliar above {reference_distance(bundle):.3f}; "
             f"classify warns above {WARN_SHARE:.0%} unfamiliar.", "",
             "| scene | tiles | median distance | 90th pct | unfamiliar | warned |", "|---|---|---|---|---|---|"]
    lines += scene_rows(bundle, scenes)
    text = "\n".join(lines) + "\n"
    print(text, end="")
    if args.out:
        args.out.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
