"""What storing tile embeddings costs, measured in one run: time ratio and bytes per tile.

    python -m bench.embeddings_cost [--bundle DIR] [--size 3072] [--rounds 3] [--backend onnx]

Classifies the same tiled real scene (bench/pipeline_vs_model.py) with and without embeddings,
alternating the two so machine load affects both alike, with one predictor built beforehand (model
loading is not part of either). Reports the median wall time and the median CPU time of this process
(all its threads; less disturbed by other programs on a shared machine) of each, their ratios (the
budget is < 1.05), and the GeoPackage bytes each tile's embedding adds.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

from bench.pipeline_vs_model import tiled_scene
from planet_qgis_plugin.core.model.bundle import resolve_bundle
from planet_qgis_plugin.core.model.predict import make_predictor
from planet_qgis_plugin.core.pipeline.classify import ClassifyOptions, classify

ROOT = Path(__file__).resolve().parent.parent

BUDGET = 1.05


def writer_seconds_per_tile(tiles: int, size: int, folder: Path, rounds: int) -> tuple[float, float]:
    """CPU seconds per tile that write_tiles spends (with, without) embedding BLOBs, on made-up records:
    the part of the cost that the network does not hide (it computes the embedding either way)."""
    import numpy as np

    from planet_qgis_plugin.core.labels import FLAG_GROUPS, LABELS
    from planet_qgis_plugin.core.layer.embeddings import encode
    from planet_qgis_plugin.core.layer.gpkg import EmbeddingLayout, TileRecord, write_tiles

    rng = np.random.default_rng(0)
    blobs = encode(rng.random((tiles, size), np.float32))
    probs = rng.random((tiles, len(LABELS))).tolist()

    def records(with_blobs: bool):
        for i in range(tiles):
            yield TileRecord(i // 12, i % 12, [(0, 0), (1, 0), (1, 1), (0, 1), (0, 0)], 1.0, probs[i],
                             [p > 0.5 for p in probs[i]], dict.fromkeys(FLAG_GROUPS, False),
                             dict.fromkeys(FLAG_GROUPS, 0.0), {}, False, blobs[i] if with_blobs else None)

    cpu: dict[bool, list[float]] = {True: [], False: []}
    for _ in range(rounds):
        for with_blobs in (True, False):
            start = time.process_time()
            write_tiles(folder / f"w{with_blobs}.gpkg", records(with_blobs), LABELS, None, "bench", overwrite=True,
                        embedding=EmbeddingLayout("sha256:bench", size) if with_blobs else None)
            cpu[with_blobs].append(time.process_time() - start)
    return statistics.median(cpu[True]) / tiles, statistics.median(cpu[False]) / tiles


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--bundle", default=None)
    p.add_argument("--size", type=int, default=3072, help="side of the synthetic scene in pixels")
    p.add_argument("--rounds", type=int, default=3, help="runs of each variant (alternating)")
    p.add_argument("--backend", default="onnx", choices=["onnx", "torch"])
    p.add_argument("--device", default="auto", choices=["auto", "cpu", "cuda"])
    args = p.parse_args()
    bundle = resolve_bundle(args.bundle)
    if bundle.manifest.embedding is None:
        print(f"error: bundle {bundle.path} has no embedding output", file=sys.stderr)
        return 1
    predictor, _ = make_predictor(bundle, args.backend, args.device)
    times: dict[bool, list[float]] = {True: [], False: []}
    cpu: dict[bool, list[float]] = {True: [], False: []}
    sizes: dict[bool, int] = {}
    tiles = 0
    with tempfile.TemporaryDirectory() as tmp:
        scene = tiled_scene(Path(tmp) / "scene.tif", args.size)
        classify(scene, Path(tmp) / "warm.gpkg", bundle, ClassifyOptions(), predictor=predictor)  # warm-up
        for _ in range(args.rounds):
            for embeddings in (True, False):
                out = Path(tmp) / f"{embeddings}.gpkg"
                start, start_cpu = time.perf_counter(), time.process_time()
                result = classify(scene, out, bundle, ClassifyOptions(overwrite=True, embeddings=embeddings),
                                  predictor=predictor)
                times[embeddings].append(time.perf_counter() - start)
                cpu[embeddings].append(time.process_time() - start_cpu)
                sizes[embeddings], tiles = out.stat().st_size, result.tiles
        write_with, write_without = writer_seconds_per_tile(max(tiles, 1000), bundle.manifest.embedding.size,
                                                            Path(tmp), args.rounds)
    with_s, without_s = statistics.median(times[True]), statistics.median(times[False])
    ratio = with_s / without_s
    cpu_ratio = statistics.median(cpu[True]) / statistics.median(cpu[False])
    spec = bundle.manifest.embedding
    print(f"bundle {bundle.manifest.display_name}; {tiles} tiles; {predictor.backend} on {predictor.device}; "
          f"{args.rounds} alternating rounds")
    print(f"with embeddings    {with_s:7.2f} s (median of {', '.join(f'{t:.2f}' for t in times[True])})")
    print(f"without embeddings {without_s:7.2f} s (median of {', '.join(f'{t:.2f}' for t in times[False])})")
    print(f"CPU time with {statistics.median(cpu[True]):.2f} s, without {statistics.median(cpu[False]):.2f} s")
    print(f"time ratio with/without: wall {ratio:.3f}, CPU {cpu_ratio:.3f} (budget < {BUDGET})")
    print(f"bytes per tile: {(sizes[True] - sizes[False]) / tiles:.0f} added by the embedding "
          f"({spec.size} x {spec.dtype} = {spec.size * (2 if spec.dtype == 'float16' else 4)} B of values); "
          f"files {sizes[True] / 1e6:.2f} MB vs {sizes[False] / 1e6:.2f} MB")
    added = write_with - write_without
    print(f"writer alone: {write_with * 1e3:.3f} ms/tile with, {write_without * 1e3:.3f} without: the embedding adds "
          f"{added * 1e3:.3f} ms CPU per tile = {added * tiles / statistics.median(cpu[False]):.1%} of this run's "
          "CPU time without embeddings")
    print("within budget" if min(ratio, cpu_ratio) < BUDGET else "OVER BUDGET: storing embeddings slows classify")
    return 0


if __name__ == "__main__":
    sys.exit(main())
