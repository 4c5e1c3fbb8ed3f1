"""What the flag_<name> threshold is worth after k marks: precision and recall of the flag.

    python -m bench.teach_threshold [--bundle DIR] [--draws 20] [--seed 0]

Same data and draws as bench/teach_eval.py (which measures the ranking: AUC, precision@10): (a) the
64 labelled chips of ../shared/data/planet_sample, every tag with at least k + 2 positives; (b) the
tiles of planet_examples/culltivation2.jpg labelled by eye (bench/data/tile_labels.csv). For each k,
k positive tiles are drawn at random (seeded) as the only marks, ``core.teach.fit.teach`` fits the concept
on all tiles of the set (as the CLI does on a scene), and the flag (p >= threshold) is compared with
the labels of the *unmarked* labelled tiles. Prints a markdown table: mean over draws of the flagged
count, the true count, precision (draws that flag nothing count as precision 0) and recall.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

from planet_qgis_plugin.core.model.bundle import resolve_bundle
from planet_qgis_plugin.core.teach.fit import teach
from scripts import example_tiles as ex

ROOT = Path(__file__).resolve().parent.parent

KS = (1, 3, 5, 10)


def flag_quality(tiles: ex.TileSet, concept: str, k: int, draws: int, seed: int) -> tuple[float, ...] | None:
    index = tiles.index()
    labelled = {index[t]: v for t, v in tiles.labels[concept].items()}
    positives = np.array(sorted(i for i, v in labelled.items() if v))
    if len(positives) < k + 2:
        return None
    rng = np.random.default_rng(seed)
    rows = []
    for _ in range(draws):
        marked = rng.choice(positives, size=k, replace=False)
        result = teach(tiles.embeddings, marked, name="concept", backbone_id="bench", seed=int(rng.integers(1 << 30)))
        judged = np.array(sorted(set(labelled) - set(marked.tolist())))
        truth = np.array([labelled[i] for i in judged], dtype=bool)
        flags = result.flags[judged]
        hits = int((flags & truth).sum())
        rows.append((flags.sum(), truth.sum(), hits / flags.sum() if flags.sum() else 0.0, hits / truth.sum()))
    return tuple(np.mean(rows, axis=0))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", type=Path, default=None)
    parser.add_argument("--draws", type=int, default=20)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    missing = ex.shared_data_missing()
    if missing:
        print(f"skipped: {missing}")
        return 0
    embedder = ex.Embedder(resolve_bundle(args.bundle))
    sets = [("planet_sample (64 chips)", ex.sample_tiles(embedder)),
            ("culltivation2.jpg (by eye)", ex.example_tiles(embedder, ["culltivation2.jpg"]))]
    print("| data | concept | k | flagged | true | precision | recall |\n|---|---|---|---|---|---|---|")
    for title, tiles in sets:
        for concept in sorted(tiles.labels):
            for k in KS:
                quality = flag_quality(tiles, concept, k, args.draws, args.seed)
                if quality is not None:
                    flagged, true, precision, recall = quality
                    print(f"| {title} | {concept} | {k} | {flagged:.1f} | {true:.0f} | {precision:.2f} | {recall:.2f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
