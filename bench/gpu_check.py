"""The GPU path measured and checked on a machine with an NVIDIA GPU (bench/gpu_check.sh sets it up and runs it).

    python -m bench.gpu_check [--size 16384] [--small 2048] [--json FILE]

On a size x size tiled copy of the Cape Town SR scene (bench/pipeline_vs_model.tiled_scene), in one go:

1. raw decode (GDAL alone) and the CPU side (the network replaced by the instant stand-in) at 1, 2, 8 and
   all-core threads, and their ratio;
2. the bare model, chips/s: ONNX Runtime on CPU, PyTorch on CUDA in float32 and float16, ONNX Runtime on
   CUDA where onnxruntime-gpu is installed;
3. agreement: probabilities and embeddings of 256 real chips on each CUDA backend against the same backend
   on CPU, and PyTorch on CPU against ONNX Runtime on CPU (max |difference|);
4. whole runs in fresh processes (start to file renamed; the model built and warmed up before the clock,
   its load time given apart, and once cold): PyTorch CUDA float32 / float16, ONNX Runtime on CPU, with the
   written tile layers compared field by field against the ONNX CPU run's, and on the --small scene
   against the same backend's CPU run.

Every section runs even if one before it failed (its error is printed). Peak RSS is each run's own.
"""
from __future__ import annotations

import argparse
import json
import os
import sqlite3
import sys
import tempfile
import time
import traceback
from pathlib import Path

import numpy as np

from bench.pipeline_vs_model import raw_decode, run_child, tiled_scene
from planet_qgis_plugin.core.model.bundle import resolve_bundle
from planet_qgis_plugin.core.model.predict import available_backends, chips_per_second, make_predictor

REPORT: dict = {}


def section(title: str):
    """Decorator: run the section now, print its title and any error, and go on."""
    def run(body):
        print(f"\n{title}", flush=True)
        started = time.perf_counter()
        try:
            body()
        except Exception as exc:  # a failed section is reported; the next ones still run
            print(f"   FAILED: {type(exc).__name__}: {exc}")
            traceback.print_exc(limit=3, file=sys.stdout)
            REPORT.setdefault("failed", []).append(title)
        print(f"   ({time.perf_counter() - started:.0f} s)", flush=True)
    return run


def real_chips(scene: Path, bundle, count: int = 256) -> np.ndarray:
    """``count`` chips spread over the scene, read and scaled by the pipeline itself."""
    import rasterio

    from planet_qgis_plugin.core.pipeline.classify import ClassifyOptions, plan_run
    from planet_qgis_plugin.core.pipeline.reader import WindowSource

    with rasterio.open(scene) as src:
        mapping, grid, _, prep = plan_run(src, bundle.manifest, ClassifyOptions(), [])
        source = WindowSource(src, mapping.indexes, grid.size)
        tiles = list(grid)[:: max(1, len(grid) // count)][:count]
        chips = np.empty((len(tiles), len(mapping.indexes), prep.input_size, prep.input_size), np.float32)
        for i, tile in enumerate(tiles):
            pixels, valid = source.read_pixels(tile)
            prep.chip(pixels, source.mapped, valid, chips[i])
    return chips


def layer_rows(path: str) -> tuple[list[str], list[tuple]]:
    """The tile layer's columns and rows, read with sqlite3 (a GeoPackage is an SQLite file)."""
    with sqlite3.connect(path) as db:
        cursor = db.execute("SELECT * FROM tiles ORDER BY row, col")
        return [c[0] for c in cursor.description], cursor.fetchall()


def compare_layers(a: str, b: str) -> dict:
    """max |difference| of the probability and score fields and of the embeddings (float16 BLOBs); tiles
    whose tags or flags differ (a probability on the other side of its threshold)."""
    names, rows_a = layer_rows(a)
    names_b, rows_b = layer_rows(b)
    assert names == names_b and len(rows_a) == len(rows_b), "the two layers differ in fields or tiles"
    probs = [i for i, n in enumerate(names) if n.startswith(("p_", "score_"))]
    words = [i for i, n in enumerate(names) if n in ("tags", "flagged") or n.startswith("flag_")]
    emb = names.index("embedding") if "embedding" in names else None
    worst_p = worst_e = 0.0
    differing = 0
    for ra, rb in zip(rows_a, rows_b):
        worst_p = max(worst_p, max(abs(ra[i] - rb[i]) for i in probs))
        differing += any(ra[i] != rb[i] for i in words)
        if emb is not None:
            ea, eb = (np.frombuffer(r[emb], "<f2").astype(np.float32) for r in (ra, rb))
            worst_e = max(worst_e, float(np.abs(ea - eb).max()))
    return {"tiles": len(rows_a), "max_dp": worst_p, "max_demb": worst_e, "tiles_tags_differ": differing}


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--size", type=int, default=16384)
    p.add_argument("--small", type=int, default=2048)
    p.add_argument("--json", default=None, help="also write the numbers here")
    args = p.parse_args()
    started = time.perf_counter()
    bundle = resolve_bundle(None)
    cores = os.cpu_count() or 1
    backends = available_backends()
    counts = sorted({1, 2, min(8, cores), cores})
    REPORT.update({"date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()), "cores": cores, "backends": backends,
                   "size": args.size})
    try:
        import torch

        REPORT["gpu"] = torch.cuda.get_device_name(0) if torch.cuda.is_available() else None
        REPORT["torch"] = torch.__version__
    except ImportError:
        REPORT["gpu"] = None
    print(f"bundle {bundle.manifest.display_name}; {cores} cores; GPU {REPORT['gpu']}; backends found: "
          f"{', '.join(backends)}; python {sys.version.split()[0]}, numpy {np.__version__}")
    cuda = [(b, half) for b, half in (("torch", False), ("torch", True), ("onnx", False)) if f"{b}:cuda" in backends]
    if "onnx:cuda" not in backends:
        print("ONNX Runtime on CUDA: not measured here (onnxruntime-gpu is not installed)")
    gpu_batch = 64

    with tempfile.TemporaryDirectory(prefix="gpu-check-") as tmp:
        tmp = Path(tmp)
        t = time.perf_counter()
        scene, small = tiled_scene(tmp / "scene.tif", args.size), tiled_scene(tmp / "small.tif", args.small)
        print(f"scenes written: {args.size} px and {args.small} px ({time.perf_counter() - t:.0f} s)")

        def spec(path: Path, out: str, **extra) -> dict:
            return {"bundle": str(bundle.path), "scene": str(path), "out": str(tmp / out), "batch_size": 16, **extra}

        @section(f"1. raw decode vs CPU side (instant stand-in network), {args.size} px, whole run")
        def _():
            rows = REPORT["cpu_side"] = []
            for threads in counts:
                decode = raw_decode(scene, threads)
                run = run_child(spec(scene, "instant.gpkg", instant=True, readers=threads))
                rows.append({"threads": threads, "raw_decode_blocks_per_s": decode, "cpu_side_chips_per_s":
                             run["chips_per_s"], "ratio": run["chips_per_s"] / decode, "rss_mb": run["rss_mb"]})
                print(f"   {threads:2d} threads: raw decode {decode:7.0f} blocks/s; CPU side {run['chips_per_s']:7.0f} "
                      f"chips/s; ratio {run['chips_per_s'] / decode:.2f}; peak RSS {run['rss_mb']:.0f} MB", flush=True)

        @section("2. bare model, chips/s (median of timed batches after a warm-up)")
        def _():
            rows = REPORT["bare_model"] = {}
            onnx_cpu, _ = make_predictor(bundle, "onnx", "cpu")
            rows["onnx:cpu"] = chips_per_second(onnx_cpu, bundle.manifest, 16, 8)
            print(f"   ONNX Runtime, CPU, batch 16: {rows['onnx:cpu']:.0f}")
            for backend, half in cuda:
                predictor, _ = make_predictor(bundle, backend, "cuda", half=half)
                for batch in (gpu_batch, 256):
                    key = f"{backend}:cuda{':fp16' if half else ''}:b{batch}"
                    rows[key] = chips_per_second(predictor, bundle.manifest, batch, 16)
                    print(f"   {backend} on {predictor.device}{' float16' if half else ''}, batch {batch}: {rows[key]:.0f}")
                del predictor

        @section("3. agreement of 256 real chips with the same backend on CPU (max |difference|)")
        def _():
            rows = REPORT["agreement"] = {}
            chips = real_chips(scene, bundle)

            def predict(backend, device, half=False):
                got = make_predictor(bundle, backend, device, half=half)[0]
                out = [got.predict(chips[i:i + gpu_batch]) for i in range(0, len(chips), gpu_batch)]
                return got.device, np.concatenate([o.probs for o in out]), np.concatenate([o.embeddings for o in out])

            cpu = {b: predict(b, "cpu") for b in ("onnx", "torch") if f"{b}:cpu" in backends}
            checks = [("torch", "cpu", False, "onnx")] + [(b, "cuda", half, b) for b, half in cuda]
            for backend, device, half, against in checks:
                got_device, probs, emb = predict(backend, device, half) if device == "cuda" else cpu[backend]
                _, ref_p, ref_e = cpu[against]
                key = f"{backend}:{got_device}{':fp16' if half else ''} vs {against}:cpu"
                dp, de = float(np.abs(probs - ref_p).max()), float(np.abs(emb - ref_e).max())
                rows[key] = {"max_dp": dp, "max_demb": de, "max_abs_emb": float(np.abs(ref_e).max())}
                print(f"   {key}: probabilities {dp:.2e}, embeddings {de:.2e} (largest embedding value "
                      f"{rows[key]['max_abs_emb']:.2f}){'  within 1e-3' if dp <= 1e-3 else '  OUTSIDE 1e-3'}")

        @section(f"4. whole runs, {args.size} px ({args.size ** 2 // 256 ** 2} chips), fresh process each")
        def _():
            rows = REPORT["whole_run"] = {}
            cpu = run_child(spec(scene, "cpu.gpkg", backend="onnx", device="cpu", prebuilt=True, readers=cores))
            rows["onnx:cpu"] = cpu
            print(f"   ONNX Runtime on CPU, {cores} readers: {cpu['chips_per_s']:.0f} chips/s (model load "
                  f"{cpu['load_seconds']:.1f} s apart), peak RSS {cpu['rss_mb']:.0f} MB", flush=True)
            side = max((r["cpu_side_chips_per_s"] for r in REPORT.get("cpu_side", [])), default=None)
            for backend, half in cuda:
                for readers in sorted({min(8, cores), cores}):
                    name = f"{backend}{'-fp16' if half else ''}-{readers}.gpkg"
                    run = run_child(spec(scene, name, backend=backend, device="cuda", half=half, prebuilt=True,
                                         readers=readers))
                    key = f"{backend}:cuda{':fp16' if half else ''}:r{readers}"
                    run["vs_cpu_layer"] = compare_layers(str(tmp / "cpu.gpkg"), str(tmp / name))
                    rows[key] = run
                    ratio = f"; / best CPU side {run['chips_per_s'] / side:.2f}" if side else ""
                    diff = run["vs_cpu_layer"]
                    print(f"   {key}: {run['chips_per_s']:.0f} chips/s on {run['device']}{ratio} (model load "
                          f"{run['load_seconds']:.1f} s apart), peak RSS {run['rss_mb']:.0f} MB; against the ONNX "
                          f"CPU layer: p {diff['max_dp']:.1e}, embeddings {diff['max_demb']:.1e}, "
                          f"{diff['tiles_tags_differ']} of {diff['tiles']} tiles with other tags/flags", flush=True)
            if cuda:  # as a user runs it: model load and CUDA start-up inside the clock
                backend, half = cuda[0]
                cold = run_child(spec(scene, "cold.gpkg", backend=backend, device="cuda"))
                rows[f"{backend}:cuda:cold"] = cold
                print(f"   {backend} on CUDA as a user runs it (model load and CUDA start inside the clock): "
                      f"{cold['chips_per_s']:.0f} chips/s, {cold['seconds']:.1f} s", flush=True)
            # the same backend on CPU, on the small scene (PyTorch on CPU is slow): layer against layer
            for backend, half in cuda:
                mine = f"small-{backend}-cpu.gpkg"
                if not (tmp / mine).exists():
                    run_child(spec(small, mine, backend=backend, device="cpu", prebuilt=True))
                name = f"small-{backend}{'-fp16' if half else ''}.gpkg"
                run = run_child(spec(small, name, backend=backend, device="cuda", half=half, prebuilt=True))
                run["vs_cpu_layer"] = diff = compare_layers(str(tmp / mine), str(tmp / name))
                rows[f"{backend}:cuda{':fp16' if half else ''}:{args.small}px"] = run
                print(f"   {backend} on CUDA{' float16' if half else ''}, {args.small} px: {run['chips_per_s']:.0f} "
                      f"chips/s, peak RSS {run['rss_mb']:.0f} MB; against {backend} on CPU: p {diff['max_dp']:.1e}, "
                      f"embeddings {diff['max_demb']:.1e}, {diff['tiles_tags_differ']} of {diff['tiles']} tiles "
                      "with other tags/flags", flush=True)

    REPORT["seconds"] = time.perf_counter() - started
    print(f"\ntotal {REPORT['seconds']:.0f} s")
    if args.json:
        Path(args.json).write_text(json.dumps(REPORT, indent=1, default=str))


if __name__ == "__main__":
    main()
