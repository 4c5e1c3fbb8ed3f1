"""Ship teach's background bank in a bundle: features of varied public Planet imagery (core/teach/bank.py).

    python -m scripts.teach_background [--bundle resources/models/planet-lite0-sample] [--data ../shared/data]
        [--exclude blowdown.jpg,cultivation.jpg,cultivation2.jpg]

Rows: the bundle's training chips (its reference.npy: the 64 planet_sample chips, each alone), and every
full tile (coverage >= 0.9) of the public strips (planet_examples/*.jpg: forest, rivers, sandbars, clouds,
haze, a town, farmland, mines) and the sample scenes (scenes/*.tif), each classified by the bundle as
classify does, with its grid neighbours for the ``neighbours`` context. Writes ``background.npy`` (float16)
into the bundle and records it in the manifest (files.background, metrics.background: the sources, each
with its rows' count, which teach shares the bank's weight by, and the images left out).

Imagery of an activity the tool hunts (the mining strips, chips tagged with a flag group's tags) is in the
bank with its group (``metrics.background.group_rows``): a concept of that group leaves those rows out, so
a mining concept does not learn that mines are not mines, while other concepts learn that mines are not theirs.

``--exclude``: images kept out of the bank so that applying a concept to them is a held-out test. By
default the demo's second scenes (``make demo`` applies its concept to blowdown.jpg and cultivation.jpg;
cultivation2.jpg is a crop of the strip the demo teaches on). The strip the demo teaches on
(culltivation2.jpg) stays: a concept taught there drops its own tiles from the bank (core/teach/bank.py).
"""
from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

import numpy as np

from planet_qgis_plugin.core.labels import FLAG_GROUPS, LABELS
from planet_qgis_plugin.core.model.bundle import load_bundle, write_manifest
from planet_qgis_plugin.core.model.concepts import CONTEXTS, features
from planet_qgis_plugin.core.pipeline.classify import ClassifyOptions, classify
from planet_qgis_plugin.core.pipeline.familiarity import load_reference
from planet_qgis_plugin.core.teach.bank import FILE, GROUP_ROWS, KIND, METRICS, SOURCES, TRANSFORM, source_entry
from planet_qgis_plugin.core.teach.fields import read_embeddings

ROOT = Path(__file__).resolve().parent.parent

MIN_COVERAGE = 0.9
#: The demo's second scenes (scripts/demo.py applies the taught concept there) and the crop of its strip.
HELD_OUT = ("blowdown.jpg", "cultivation.jpg", "cultivation2.jpg")
#: Strips picked because they show an activity the tool hunts (planet_examples/SOURCE.md: artisanal and
#: conventional mining), by the concept group they show: rows a concept of that group leaves out.
HUNTED_STRIPS = {"artmine1.jpg": "mining", "artmine2.jpg": "mining", "mine1.jpg": "mining"}


def images(data: Path, exclude=HELD_OUT) -> list[Path]:
    found = sorted((data / "planet_examples").glob("*.jpg")) + sorted((data / "scenes").glob("*.tif"))
    return [p for p in found if p.name not in set(exclude)]


def chip_groups(reference: np.ndarray, data: Path) -> list[set[str]]:
    """Each training chip's (reference.npy, in labels.csv order) flag groups, from its tags."""
    from trainer.tables import load_table

    table = load_table(data / "planet_sample")
    if len(table) != len(reference):
        raise SystemExit(f"error: {len(table)} labelled chips but {len(reference)} rows in reference.npy: "
                         "rebuild it with python -m scripts.bundle_reference")
    return [{group for group, tags in FLAG_GROUPS.items() if any(targets[LABELS.index(t)] for t in tags)}
            for targets in table.targets]


def scene_rows(bundle, image: Path, folder: Path) -> np.ndarray:
    """(2, tiles, D): the image's full tiles, alone and with their neighbours."""
    out = folder / f"{image.stem}.gpkg"
    classify(image, out, bundle, ClassifyOptions())
    tiles = read_embeddings(out, bundle.manifest.embedding.backbone_id)
    keep = tiles.coverage >= MIN_COVERAGE
    return np.stack([features(tiles.embeddings, TRANSFORM, c, tiles.rows, tiles.cols)[keep] for c in CONTEXTS])


def build(bundle, data: Path, exclude=HELD_OUT) -> tuple[np.ndarray, list[str], dict[str, list[int]]]:
    """The bank, its sources, and the rows of imagery showing each hunted group (bank.GROUP_ROWS)."""
    parts, sources, groups = [], [], []
    reference = load_reference(bundle)
    if reference is not None:
        alone = features(reference, TRANSFORM)
        parts.append(np.stack([alone] * len(CONTEXTS)))  # a lone chip has no neighbours: scored as if alone
        sources.append(source_entry(len(alone), "training chips (reference.npy)"))
        groups += chip_groups(reference, data)
    with tempfile.TemporaryDirectory() as tmp:
        for image in images(data, exclude):
            rows = scene_rows(bundle, image, Path(tmp))
            if rows.shape[1]:
                parts.append(rows)
                sources.append(source_entry(rows.shape[1], f"tiles of {image.name}"))
                groups += [{HUNTED_STRIPS[image.name]} if image.name in HUNTED_STRIPS else set()] * rows.shape[1]
    group_rows = {g: [i for i, found in enumerate(groups) if g in found] for g in FLAG_GROUPS}
    return np.concatenate(parts, axis=1), sources, {g: rows for g, rows in group_rows.items() if rows}


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--bundle", type=Path, default=ROOT / "resources" / "models" / "planet-lite0-sample")
    p.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    p.add_argument("--exclude", default=",".join(HELD_OUT),
                   help="image file names kept out of the bank (default: the demo's second scenes)")
    args = p.parse_args()
    exclude = [n for n in args.exclude.split(",") if n]
    bundle = load_bundle(args.bundle)
    bank, sources, group_rows = build(bundle, args.data, exclude)
    np.save(bundle.path / FILE, bank.astype("<f2"), allow_pickle=False)
    bundle.manifest.files[KIND] = FILE
    bundle.manifest.metrics[METRICS] = {
        "rows": int(bank.shape[1]), "transform": TRANSFORM, "contexts": list(CONTEXTS), SOURCES: sources,
        "held_out": exclude, GROUP_ROWS: group_rows,
        "imagery": "public Planet imagery only (../shared/data: planet_examples, scenes, planet_sample); "
                   "Imagery (c) Planet Labs PBC", "built_by": "python -m scripts.teach_background --exclude " + ",".join(exclude)}
    write_manifest(bundle.manifest, bundle.path)
    print(f"{bundle.path / FILE}: {bank.shape[1]} rows ({'; '.join(sources)})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
