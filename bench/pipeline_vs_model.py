"""Speed and memory of a classify run, as ratios measured in one run of this script on one machine.

    python -m bench.pipeline_vs_model [--bundle DIR] [--sizes 3072,16384] [--small 2048] [--batch-size 16]
                                      [--processing 6144] [--vrt 199680] [--repeat 3] [--quick]

Scenes are size x size copies of the Cape Town SR sample scene (real pixels, 4-band uint16, LZW, 256 px
blocks), written to a temporary folder. Every classify run happens in a fresh child process, so its peak
RSS is its own and its time counts the whole run (model load, scene statistics, reading, inference,
writing, the file renamed into place). It prints:

1. CPU side alone: the network replaced by an instant stand-in (zeros; bench only), chips/s with one
   reader thread, two and the default (one per core): the ceiling any accelerator could reach here, as a
   ratio to raw GDAL decoding of the same blocks with the same threads (the mean of its rates just before and just
   after the run), the same ratio per CPU second (chips per CPU second of the run's process / blocks per CPU second
   of the decoding: what other work on a shared machine moves least), the bytes the run read from the file / its
   size (how often it decoded each block: load does not change it), and the run's CPU seconds by kind of thread
   (readers, statistics, main: the writer) with its context switches.
2. ONNX Runtime on CPU: pipeline chips/s / bare-model chips/s at each size (bare model: ready-made batches,
   in the same process right after the run, so that both see the same share of a busy machine), and / the
   bound 1 / (1/model + 1/raw decode) with raw decode measured just before the run.
3. chips/s at the largest size / chips/s at --small, peak RSS at each size, and #21's goals 1-3 as the
   ratios of every round of sections 1-2 (--repeat rounds; the machine may be shared: the spread says how
   much the same measurement moved).
4. A --vrt px virtual raster (the scene mosaicked) with a small AOI and a stride that does not divide 256.
5. The Processing algorithm vs the core on a --processing px scene (same bundle, same backend).
6. Scene statistics: max |probability difference| from the statistics of the previous rule (a decimated
   read of the whole raster) on the sample scenes and on the largest bench scene; against exact statistics
   on the largest bench scene and on an (up to) 8192 px copy with overviews made by averaging.
7. CUDA (ONNX Runtime / torch): bare model and pipeline chips/s where a GPU exists, else "not measured".
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

from planet_qgis_plugin.core.model.bundle import resolve_bundle
from planet_qgis_plugin.core.model.predict import Prediction, available_backends, chips_per_second, make_predictor
from planet_qgis_plugin.core.pipeline.classify import ClassifyOptions, classify

ROOT = Path(__file__).resolve().parent.parent

SOURCE = ROOT / "tests" / "data" / "scenes" / "20221221_084022_18_2414_3B_AnalyticMS_SR.tif"
SAMPLES = ROOT / "tests" / "data" / "scenes"


def tiled_scene(path: Path, size: int) -> Path:
    """A size x size copy of the sample scene, repeated (real pixels, fully valid), written in strips of
    blocks so that memory stays small for any size."""
    import rasterio
    from rasterio.windows import Window

    with rasterio.open(SOURCE) as src:
        data = src.read()
        profile = src.profile
    # num_threads: blocks compressed on every core (the same bytes, sooner)
    profile.update(width=size, height=size, tiled=True, blockxsize=256, blockysize=256, compress="lzw",
                   num_threads="all_cpus")
    from osgeo import gdal

    gdal.SetCacheMax(64 * 1024 * 1024)  # writing: GDAL's default cache would hold ~1 GB of dirty blocks
    across = np.tile(data, (1, 1, -(-size // data.shape[2])))[:, :, :size]
    with rasterio.open(path, "w", **profile) as dst:
        for y in range(0, size, 512):
            rows = min(512, size - y)
            strip = np.take(across, np.arange(y, y + rows) % data.shape[1], axis=1)
            dst.write(strip, window=Window(0, y, size, rows))
        dst.descriptions = ("blue", "green", "red", "nir")
    return written_back(path)


def written_back(path: Path) -> Path:
    """``path``, its pages written to the disk first (fsync: ~1 s for the 2.3 GB scene here). A scene just written
    leaves the kernel holding gigabytes of dirty pages for minutes, and meanwhile a run's spill (512 MB of writes at
    16384 px) cost its statistics' threads 0.15-0.7 s more CPU (docs/speed.md, "The profile round"): the bench's own
    writes, not the pipeline's."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
    return path


def raw_decode(path: Path, threads: int, size: int = 256) -> float:
    """Blocks/s of GDAL decoding alone: every size x size window of the grid read (all bands) into a reused
    buffer, ``threads`` threads each with its own rasterio handle taking runs of 16 windows in turn, under
    the run's block cache bound: the ceiling of any CPU side reading these blocks with that many threads."""
    import threading

    import rasterio

    from planet_qgis_plugin.core.pipeline.reader import bounded_block_cache

    with rasterio.open(path) as ds:
        width, height = ds.width, ds.height
    windows = [(x, y) for y in range(0, height, size) for x in range(0, width, size)]
    runs = iter(range(0, len(windows), 16))
    lock = threading.Lock()

    def work():
        with rasterio.open(path) as ds:
            buffer = np.empty((ds.count, size, size), ds.dtypes[0])
            while True:
                with lock:
                    start = next(runs, None)
                if start is None:
                    return
                for x, y in windows[start:start + 16]:
                    w, h = min(size, width - x), min(size, height - y)
                    ds.read(window=((y, y + h), (x, x + w)), out=buffer if (w, h) == (size, size) else None)

    with bounded_block_cache():
        started = time.perf_counter()
        pool = [threading.Thread(target=work) for _ in range(threads)]
        for thread in pool:
            thread.start()
        for thread in pool:
            thread.join()
        return len(windows) / (time.perf_counter() - started)


def timed_decode(path: Path, threads: int, blocks: int) -> tuple[float, float]:
    """raw_decode's blocks/s and blocks per CPU second of this process (``blocks``: how many it decodes)."""
    used = cpu_seconds()
    rate = raw_decode(path, threads)
    return rate, blocks / max(cpu_seconds() - used, 1e-9)


def mosaic_vrt(path: Path, tile: Path, copies: int) -> Path:
    """A virtual raster of copies x copies of ``tile`` side by side (no pixels written)."""
    import rasterio

    with rasterio.open(tile) as src:
        w, h, count, t = src.width, src.height, src.count, src.transform
        crs = src.crs.to_wkt()
    bands = []
    for b in range(1, count + 1):
        sources = "".join(
            f"<SimpleSource><SourceFilename relativeToVRT=\"0\">{tile}</SourceFilename><SourceBand>{b}</SourceBand>"
            f"<SrcRect xOff=\"0\" yOff=\"0\" xSize=\"{w}\" ySize=\"{h}\"/>"
            f"<DstRect xOff=\"{c * w}\" yOff=\"{r * h}\" xSize=\"{w}\" ySize=\"{h}\"/></SimpleSource>"
            for r in range(copies) for c in range(copies))
        bands.append(f"<VRTRasterBand dataType=\"UInt16\" band=\"{b}\"><NoDataValue>0</NoDataValue>"
                     f"{sources}</VRTRasterBand>")
    geo = ", ".join(str(v) for v in (t.c, t.a, t.b, t.f, t.d, t.e))
    from xml.sax.saxutils import escape

    path.write_text(f"<VRTDataset rasterXSize=\"{w * copies}\" rasterYSize=\"{h * copies}\">"
                    f"<SRS>{escape(crs)}</SRS>"
                    f"<GeoTransform>{geo}</GeoTransform>{''.join(bands)}</VRTDataset>")
    return path


def decoded_once(path: Path, chip: int) -> bool:
    """Whether a run decodes each block of ``path`` once: whole (decoded.DecodedRaster: the statistics and the tiles
    from one pass), or the statistics' sampled blocks spilled for the readers (spill.BlockSpill)."""
    import rasterio

    from planet_qgis_plugin.core.pipeline.decoded import DecodedRaster
    from planet_qgis_plugin.core.pipeline.spill import BlockSpill

    with rasterio.open(path) as ds, BlockSpill() as spill:
        bands = list(range(1, ds.count + 1))
        return DecodedRaster.offer(ds, bands) is not None or spill.start(ds, bands, chip)


class InstantPredictor:
    """Bench only: a network that answers at once (zeros), to measure everything but inference."""

    backend, device = "instant", "cpu"

    def __init__(self, manifest):
        self.labels = len(manifest.labels)
        self.embedding = manifest.embedding.size if manifest.embedding is not None else None

    def predict(self, batch: np.ndarray) -> Prediction:
        n = len(batch)
        return Prediction(np.zeros((n, self.labels), np.float32),
                          np.zeros((n, self.embedding), np.float32) if self.embedding else None)

    def __call__(self, batch: np.ndarray) -> np.ndarray:
        return self.predict(batch).probs


# ---- child processes: one classify each, so that peak RSS and time are the run's own ----------------------

def cpu_seconds() -> float:
    """CPU time this process has used so far, all its threads (user and system): a rate per CPU second moves far
    less with other work on the machine than one per second of wall clock, which that work takes cores from."""
    import resource

    used = resource.getrusage(resource.RUSAGE_SELF)
    return used.ru_utime + used.ru_stime


def peak_rss_mb() -> float:
    """This process's peak resident memory since it started (VmHWM: reset by exec, unlike ru_maxrss, which
    a child inherits from the parent it was forked from)."""
    with open("/proc/self/status") as f:
        return next(int(line.split()[1]) for line in f if line.startswith("VmHWM")) / 1024


def bytes_read() -> int:
    """Bytes this process has read from files so far (/proc/self/io rchar) but for the spilled blocks' file: a
    compressed block is read from the raster each time it is decoded, so bytes read / file size counts decoding,
    whatever the load."""
    with open("/proc/self/io") as f:
        return next(int(line.split()[1]) for line in f if line.startswith("rchar")) - _SPILL_READ[0]


_SPILL_READ = [0]  # bytes read from the spill (spill.BlockSpill reads with os.preadv; GDAL does not call it)

#: The run's threads by the prefix of their names: where a CPU side's CPU time goes (ThreadSeconds).
THREAD_KINDS = {"planet-reader": "readers", "planet-stats": "statistics", "planet-predict": "network worker"}


class ThreadSeconds:
    """CPU seconds of this process's threads by kind (THREAD_KINDS; "main": the writer), each taken as the thread
    ends, and the context switches of all of them (bench only: threading.Thread.run is wrapped while it lasts). On
    a quiet machine the CPU side's threads run side by side, under load in turn: which kind's time moves with that."""

    def __enter__(self) -> "ThreadSeconds":
        import resource
        import threading

        self.seconds: dict[str, float] = {}
        self._plain = threading.Thread.run
        plain, seconds = self._plain, self.seconds

        def run(thread):
            try:
                plain(thread)
            finally:
                kind = next((k for p, k in THREAD_KINDS.items() if thread.name.startswith(p)), "other")
                seconds[kind] = seconds.get(kind, 0.0) + time.thread_time()

        threading.Thread.run = run
        self._main, self._usage = time.thread_time(), resource.getrusage(resource.RUSAGE_SELF)
        return self

    def __exit__(self, *exc) -> None:
        import resource
        import threading

        threading.Thread.run = self._plain
        self.seconds["main"] = time.thread_time() - self._main
        usage = resource.getrusage(resource.RUSAGE_SELF)
        self.switches = usage.ru_nvcsw - self._usage.ru_nvcsw + usage.ru_nivcsw - self._usage.ru_nivcsw


def _count_spill_reads() -> None:
    """Count what this process reads with os.preadv in _SPILL_READ."""
    preadv = getattr(os, "preadv", None)
    if preadv is None:
        return

    def counted(*args):
        got = preadv(*args)
        _SPILL_READ[0] += got
        return got

    os.preadv = counted


def child(spec: dict) -> dict:
    """One classify run. ``prebuilt``: the predictor is built and warmed up before the clock starts (its
    load time is reported apart), so that the rate is the pipeline's, as for the instant stand-in."""
    from planet_qgis_plugin.core.pipeline.aoi import AOI

    bundle = resolve_bundle(spec["bundle"])
    options = ClassifyOptions(backend=spec.get("backend", "onnx"), device=spec.get("device", "cpu"),
                              batch_size=spec["batch_size"], readers=spec.get("readers"), stride=spec.get("stride"),
                              aoi=AOI.from_text(spec["aoi"]) if spec.get("aoi") else None, overwrite=True)
    predictor, found = None, {}
    if spec.get("instant"):
        predictor = InstantPredictor(bundle.manifest)
    elif spec.get("prebuilt"):
        start = time.perf_counter()
        predictor, _ = make_predictor(bundle, options.backend, options.device, half=spec.get("half", False))
        batch = options.batch_size  # warm-up at the run's batch size (CUDA: the kernels are chosen for it)
        if hasattr(predictor, "batch_size"):
            m = bundle.manifest
            batch = predictor.batch_size(len(m.bands) * m.input_size ** 2 * 4, batch)
        chips_per_second(predictor, bundle.manifest, batch, 1)
        found["load_seconds"] = time.perf_counter() - start
    _count_spill_reads()
    start, read, cpu = time.perf_counter(), bytes_read(), cpu_seconds()
    with ThreadSeconds() as threads:
        result = classify(spec["scene"], spec["out"], bundle, options, predictor=predictor)
    seconds = time.perf_counter() - start
    found.update({"tiles": result.tiles, "seconds": seconds, "chips_per_s": result.tiles / seconds,
                  "chips_per_cpu_s": result.tiles / max(cpu_seconds() - cpu, 1e-9),
                  "device": result.device, "rss_mb": peak_rss_mb(),
                  "file_reads": (bytes_read() - read) / os.path.getsize(spec["scene"]),
                  "spill_mb": _SPILL_READ[0] / 2 ** 20, "thread_seconds": threads.seconds,
                  "switches": threads.switches})
    if spec.get("model_rate"):  # the bare model right after the run: the same moment's share of the machine
        bare = predictor if spec.get("prebuilt") else make_predictor(bundle, options.backend, options.device)[0]
        found["model_chips_per_s"] = chips_per_second(bare, bundle.manifest, options.batch_size,
                                                      max(4, min(result.tiles // options.batch_size, 32)))
    return found


def processing_child(spec: dict) -> dict:
    """The Processing algorithm in a headless QGIS, timed around processing.run()."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from qgis.core import QgsApplication, QgsProcessingFeedback, QgsRasterLayer

    app = QgsApplication([], False)
    app.initQgis()
    sys.path.append("/usr/share/qgis/python/plugins")  # QGIS's own Processing: its GUI adds it, headless does not
    from processing.core.Processing import Processing

    Processing.initialize()
    import processing

    from planet_qgis_plugin.processing.provider import PlanetClassifierProvider

    provider = PlanetClassifierProvider()  # held: the registry does not keep the Python object alive
    QgsApplication.processingRegistry().addProvider(provider)
    raster = QgsRasterLayer(spec["scene"], "scene")
    params = {"INPUT": raster, "BATCH_SIZE": spec["batch_size"], "OUTPUT": spec["out"]}
    if spec.get("bundle"):
        params["BUNDLE"] = spec["bundle"]
    start = time.perf_counter()
    processing.run("planet_classifier:classify_raster", params, feedback=QgsProcessingFeedback())
    seconds = time.perf_counter() - start
    del raster
    from osgeo import ogr

    source = ogr.Open(spec["out"])  # held while its layer is used
    tiles = source.GetLayer(0).GetFeatureCount()
    source = None
    return {"tiles": tiles, "seconds": seconds, "chips_per_s": tiles / seconds,
            "rss_mb": peak_rss_mb()}


def thread_text(run: dict) -> str:
    """A run's CPU seconds by kind of thread (ThreadSeconds), largest first."""
    return ", ".join(f"{kind} {s:.1f}" for kind, s in sorted(run["thread_seconds"].items(), key=lambda i: -i[1])
                     if s >= 0.05)


def run_child(spec: dict, kind: str = "classify") -> dict:
    proc = subprocess.run([sys.executable, "-m", "bench.pipeline_vs_model", f"--{kind}-child", json.dumps(spec)],
                          capture_output=True, text=True, cwd=ROOT)  # bench is a package run from the root
    lines = proc.stdout.strip().splitlines()
    if proc.returncode != 0 or not lines:
        raise RuntimeError(f"child run failed: {(proc.stderr.strip().splitlines() or ['?'])[-1]}")
    return json.loads(lines[-1])


# ---- scene statistics: the previous rule, for the comparison ----------------------------------------------

def previous_stats(path: Path, indexes, rule):
    """The rule before bounded sampling: a nearest-neighbour read of the whole raster at <= 1024 px a side."""
    import rasterio
    from rasterio.enums import Resampling

    from planet_qgis_plugin.core.pipeline.preprocess import Scaler, band_percentiles

    with rasterio.open(path) as ds:
        factor = max(1, int(np.ceil(max(ds.width, ds.height) / 1024)))
        shape = (max(1, ds.height // factor), max(1, ds.width // factor))
        raw = ds.read(list(indexes), out_shape=(len(indexes),) + shape, resampling=Resampling.nearest)
        valid = ds.dataset_mask(out_shape=shape, resampling=Resampling.nearest) > 0
    lo, hi = band_percentiles(raw, rule.low, rule.high, valid)
    return Scaler(rule, lo, hi)


def averaged_overviews(path: Path, out: Path) -> Path:
    """A copy of ``path`` with internal overviews made by averaging (as gdaladdo -r average makes them)."""
    import shutil

    import rasterio
    from rasterio.enums import Resampling

    shutil.copyfile(path, out)
    with rasterio.open(out, "r+") as ds:
        ds.build_overviews([2, 4, 8, 16], Resampling.average)
    return out


def exact_stats(path: Path, indexes, rule):
    """Statistics of every valid pixel of a 16-bit raster (numpy's interpolated percentiles, taken from
    per-band histograms built strip by strip): the reference that both rules approximate."""
    import rasterio
    from rasterio.windows import Window

    from planet_qgis_plugin.core.pipeline.preprocess import Scaler, guarded_range

    with rasterio.open(path) as ds:
        hist = np.zeros((len(indexes), 65536), np.int64)
        for y in range(0, ds.height, 256):
            window = Window(0, y, ds.width, min(256, ds.height - y))
            raw, valid = ds.read(list(indexes), window=window), ds.dataset_mask(window=window) > 0
            for b in range(len(indexes)):
                hist[b] += np.bincount(raw[b][valid], minlength=65536)
    limits = []
    for q in (rule.low, rule.high):
        values = []
        for h in hist:
            cum = np.cumsum(h)
            pos = q / 100 * (cum[-1] - 1)
            k = int(np.floor(pos))
            a, b = (np.searchsorted(cum, i, side="right") for i in (k, min(k + 1, cum[-1] - 1)))
            values.append(a + (b - a) * (pos - k))
        limits.append(np.array(values, np.float64))
    return Scaler(rule, *guarded_range(*limits))


def stats_difference(path: Path, bundle, predictor, limit: int = 256, against=None) -> float | None:
    """max |p(statistics a) - p(statistics b)| over up to ``limit`` tiles of ``path``; ``against``: None
    compares this version's rule with the previous one; "new" or "previous" compares that rule with the
    exact statistics of ``path``."""
    import rasterio

    from planet_qgis_plugin.core.pipeline.classify import plan_run
    from planet_qgis_plugin.core.pipeline.preprocess import BatchPreprocessor
    from planet_qgis_plugin.core.pipeline.reader import WindowSource

    manifest = bundle.manifest
    with rasterio.open(path) as src:
        # kept: a raster small enough is decoded once, and its sample taken from the kept pixels, as in a run
        mapping, grid, scaler, prep = plan_run(src, manifest, ClassifyOptions(), [], [])
        if scaler.rule.method != "percentile_stretch":
            return None

        def preprocessor(stats):
            return BatchPreprocessor(stats, manifest.chip_size, manifest.input_size, manifest.normalize["mean"],
                                     manifest.normalize["std"], src.dtypes[0])

        old = preprocessor(previous_stats(path, mapping.indexes, scaler.rule))
        if against is not None:
            prep, old = (prep if against == "new" else old), preprocessor(
                exact_stats(path, mapping.indexes, scaler.rule))
        source = WindowSource(src, mapping.indexes, grid.size)
        worst = 0.0
        tiles = [t for t in grid][:: max(1, len(grid) // limit)][:limit]
        for start in range(0, len(tiles), 16):
            got = [source.read(t) for t in tiles[start:start + 16]]
            got = [g for g in got if g is not None]
            if not got:
                continue
            raw = np.zeros((len(got), len(mapping.indexes), grid.size, grid.size), got[0][0].dtype)
            valid = np.zeros((len(got), grid.size, grid.size), bool)
            for i, (r, v) in enumerate(got):
                raw[i, :, :r.shape[1], :r.shape[2]] = r
                valid[i, :v.shape[0], :v.shape[1]] = v
            a = predictor(prep(raw, valid)[0])
            b = predictor(old(raw, valid)[0])
            worst = max(worst, float(np.abs(a - b).max()))
    return worst


# ---- the report ------------------------------------------------------------------------------------------

def spread(values: list[float], fmt: str = ".2f") -> str:
    """``values`` as 'a' or 'min-max'."""
    low, high = min(values), max(values)
    return f"{low:{fmt}}" if f"{low:{fmt}}" == f"{high:{fmt}}" else f"{low:{fmt}} to {high:{fmt}}"


def verdict(values: list[float], goal: float) -> str:
    """Whether every round, some rounds or no round reached ``goal`` (values and goal: larger is better)."""
    met = sum(v >= goal for v in values)
    return "(met)" if met == len(values) else "(NOT met)" if not met else f"(met in {met} of {len(values)} rounds)"


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--bundle", default=None)
    p.add_argument("--sizes", default="3072,16384", help="scene sides for pipeline/model (comma-separated)")
    p.add_argument("--small", type=int, default=2048, help="side compared with the largest size")
    p.add_argument("--processing", type=int, default=6144, help="scene side for the Processing run (0: skip)")
    p.add_argument("--vrt", type=int, default=199680, help="side of the virtual raster (0: skip)")
    p.add_argument("--batch-size", type=int, default=16)
    p.add_argument("--repeat", type=int, default=3, help="rounds of sections 1-3 (the spread is printed)")
    p.add_argument("--quick", action="store_true", help="sizes 2048,4096, Processing on 2048, VRT on 3072 copies, 1 round")
    p.add_argument("--classify-child", help=argparse.SUPPRESS)
    p.add_argument("--processing-child", help=argparse.SUPPRESS)
    args = p.parse_args()
    if args.classify_child:
        print(json.dumps(child(json.loads(args.classify_child))))
        return
    if args.processing_child:
        print(json.dumps(processing_child(json.loads(args.processing_child))))
        return
    if args.quick:
        args.sizes, args.small, args.processing, args.repeat = "2048,4096", 2048, 2048, 1
    sizes = sorted({int(s) for s in args.sizes.split(",")})
    bundle = resolve_bundle(args.bundle)
    print(f"bundle {bundle.manifest.display_name}; backends found: {', '.join(available_backends())}; "
          f"{os.cpu_count()} cores; load average {os.getloadavg()[0]:.1f} (other work on the machine slows "
          "every number below alike; compare ratios)")
    with tempfile.TemporaryDirectory(prefix="bench-") as tmp:
        tmp = Path(tmp)
        scenes = {}

        def scene(size: int) -> Path:
            if size not in scenes:
                scenes[size] = tiled_scene(tmp / f"scene{size}.tif", size)
            return scenes[size]

        def spec(size: int, **extra) -> dict:
            return {"bundle": str(bundle.path), "scene": str(scene(size)), "out": str(tmp / "out.gpkg"),
                    "batch_size": args.batch_size, **extra}

        # 1. CPU side alone, against GDAL decoding the same blocks with the same threads, measured just before
        from planet_qgis_plugin.core.pipeline.preprocess import STATS_MAX_BLOCKS
        from planet_qgis_plugin.core.pipeline.reader import default_readers

        cpu_size = max(sizes)  # the largest scene: fixed costs (start-up, statistics) count least
        readers = default_readers()
        blocks = (cpu_size // 256) ** 2
        stats_blocks = 0 if decoded_once(scene(cpu_size), bundle.manifest.chip_size) else min(STATS_MAX_BLOCKS, blocks)
        print(f"\n1. CPU side alone (instant stand-in network), {cpu_size} px scene ({blocks} blocks of 256 px), whole "
              f"run, against raw decode (GDAL alone, every block once, the same threads, the mean of its rates just before "
              f"and just after the run); "
              f"{args.repeat} rounds. The run also decodes the statistics sample ({stats_blocks} blocks; none apart "
              f"from the tiles where the scene is decoded once or the sample spilled for the readers), so it must decode "
              f"{(blocks + stats_blocks) / blocks:.2f}x the blocks; 'file read' counts what it decoded "
              "(bytes read / file size, load-independent)")
        cpu_ratio: dict[int, list[float]] = {}
        cpu_both: dict[int, list[float]] = {}
        per_cpu: dict[int, list[float]] = {}  # the same ratio per CPU second (what other work on the machine moves least)
        for round_ in range(args.repeat):
            for threads in sorted({1, 2, readers}):
                # raw decode just before and just after the run, the ratios against their mean: on the shared
                # machine raw decode's rate per CPU second moved by a quarter within minutes (docs/speed.md)
                before = timed_decode(scene(cpu_size), threads, blocks)
                run = run_child(spec(cpu_size, instant=True, readers=threads))
                after = timed_decode(scene(cpu_size), threads, blocks)
                decode, decode_cpu = ((b + a) / 2 for b, a in zip(before, after))
                both = decode * blocks / (blocks + stats_blocks)
                cpu_ratio.setdefault(threads, []).append(run["chips_per_s"] / decode)
                cpu_both.setdefault(threads, []).append(run["chips_per_s"] / both)
                per_cpu.setdefault(threads, []).append(run["chips_per_cpu_s"] / decode_cpu)
                print(f"   round {round_ + 1}, {threads} thread(s): raw decode {decode:.0f} blocks/s (before "
                      f"{before[0]:.0f}, after {after[0]:.0f}); CPU side "
                      f"{run['chips_per_s']:.0f} chips/s = {run['chips_per_s'] / decode:.2f} of raw decode "
                      f"({run['chips_per_s'] / both:.2f} of decoding the grid and the statistics sample); per CPU "
                      f"second {run['chips_per_cpu_s']:.0f} chips against {decode_cpu:.0f} blocks = "
                      f"{run['chips_per_cpu_s'] / decode_cpu:.2f} ({before[1]:.0f} and {after[1]:.0f}); file read x{run['file_reads']:.2f}; spill read "
                      f"{run['spill_mb']:.0f} MB; load {os.getloadavg()[0]:.1f}; CPU s {thread_text(run)} "
                      f"(raw decode {blocks / decode_cpu:.1f}); context switches {run['switches']}")

        # 2./3. ONNX Runtime on CPU: pipeline vs bare model and vs the bound model + decode, size scaling, peak RSS
        predictor, _ = make_predictor(bundle, "onnx", "cpu")
        print(f"\n2. ONNX Runtime on CPU, batch {args.batch_size}, {readers} readers (pipeline: whole run in a fresh "
              "process, start to file renamed; model: bare model in that process right after the run; bound: "
              f"1 / (1/model + 1/raw decode with {readers} threads, measured just before the run): decode and "
              f"network sharing the cores); {args.repeat} rounds")
        print(f"   {'size px':>8} {'chips':>6} {'decode blk/s':>13} {'model chips/s':>14} {'pipeline chips/s':>17} "
              f"{'pipeline/model':>15} {'pipeline/bound':>15} {'peak RSS MB':>12}")
        rates: dict[int, list[float]] = {}
        rss: dict[int, list[float]] = {}
        bound_ratio: dict[int, list[float]] = {}
        for round_ in range(args.repeat):
            for size in sorted(set(sizes) | {args.small}):
                decode = raw_decode(scene(size), readers)
                run = run_child(spec(size, model_rate=True))
                model_rate = run["model_chips_per_s"]
                bound = 1 / (1 / model_rate + 1 / decode)
                rates.setdefault(size, []).append(run["chips_per_s"])
                rss.setdefault(size, []).append(run["rss_mb"])
                bound_ratio.setdefault(size, []).append(run["chips_per_s"] / bound)
                print(f"   {size:8d} {run['tiles']:6d} {decode:13.0f} {model_rate:14.1f} {run['chips_per_s']:17.1f} "
                      f"{run['chips_per_s'] / model_rate:15.2f} {run['chips_per_s'] / bound:15.2f} {run['rss_mb']:12.0f}")
        if "torch:cpu" in available_backends():
            torch_rate = chips_per_second(make_predictor(bundle, "torch", "cpu")[0], bundle.manifest, args.batch_size, 8)
            onnx_rate = chips_per_second(predictor, bundle.manifest, args.batch_size, 8)
            print(f"   bare model, PyTorch on CPU: {torch_rate:.1f} chips/s; ONNX Runtime / PyTorch: "
                  f"{onnx_rate / torch_rate:.1f} (why auto picks ONNX Runtime on CPU)")
        big = max(sizes)
        scaling = [r / q for r, q in zip(rates[big], rates[args.small])]
        growth = [r - q for r, q in zip(rss[big], rss[args.small])]
        print(f"\n3. chips/s at {big} px / chips/s at {args.small} px: {spread(scaling)}; peak RSS {big} px - "
              f"{args.small} px: {spread(growth, '+.0f')} MB")
        print(f"\n   #21 goals, each round's ratio (min-max over {args.repeat} rounds):")
        for threads in sorted(cpu_ratio):
            print(f"   1. CPU side >= 0.8x raw decode, {threads} thread(s): {spread(cpu_ratio[threads])} "
                  f"{verdict(cpu_ratio[threads], 0.8)} (of decoding the grid and the statistics sample: "
                  f"{spread(cpu_both[threads])}; per CPU second: {spread(per_cpu[threads])})")
        for size in (args.small, big):
            print(f"   2. whole run >= 0.9x the bound, {size} px: {spread(bound_ratio[size])} "
                  f"{verdict(bound_ratio[size], 0.9)}")
        print(f"   3. peak RSS {big} px within 50 MB of {args.small} px: {spread(growth, '+.0f')} MB "
              f"{verdict([-g for g in growth], -50)}; <= 600 MB: {spread(rss[big], '.0f')} MB "
              f"{verdict([-r for r in rss[big]], -600)}")

        # 4. a huge virtual raster with an AOI and a stride that does not divide 256
        if args.vrt:
            copies = max(1, args.vrt // 3072) if not args.quick else 2
            vrt = mosaic_vrt(tmp / "mosaic.vrt", scene(3072), copies)
            import rasterio

            with rasterio.open(vrt) as ds:
                b = ds.bounds
                side = ds.width
                cx, cy = (b.left + b.right) / 2, (b.bottom + b.top) / 2
                half = 1024 * ds.transform.a
                aoi = f"{cx - half},{cy - half},{cx + half},{cy + half},{ds.crs.to_string()}"
            run = run_child({**spec(3072, instant=True), "scene": str(vrt), "aoi": aoi, "stride": 200})
            print(f"\n4. {side} px virtual raster, 2048 px AOI, stride 200 (instant network): {run['tiles']} tiles, "
                  f"{run['chips_per_s']:.0f} chips/s, peak RSS {run['rss_mb']:.0f} MB")

        # 5. Processing algorithm vs the core
        if args.processing:
            try:  # core, algorithm, core, algorithm: the best of each, so a moment of load elsewhere counts less
                runs = [(run_child(spec(args.processing)), run_child(spec(args.processing), "processing"))
                        for _ in range(2)]
                core, alg = (max((r[k] for r in runs), key=lambda r: r["chips_per_s"]) for k in (0, 1))
                print(f"\n5. Processing algorithm on a {args.processing} px scene: {alg['chips_per_s']:.1f} chips/s; "
                      f"core classify(): {core['chips_per_s']:.1f} chips/s; ratio {alg['chips_per_s'] / core['chips_per_s']:.2f}")
            except RuntimeError as exc:
                print(f"\n5. Processing algorithm: not measured ({exc})")

        # 6. scene statistics: bounded sample vs the previous whole-raster read
        diffs = {s.name: stats_difference(s, bundle, predictor) for s in sorted(SAMPLES.glob("*.tif"))}
        diffs[f"bench {big} px"] = stats_difference(scene(big), bundle, predictor)
        print("\n6. scene statistics, max |probability difference| vs the previous rule (whole-raster read):")
        for name, d in diffs.items():
            print(f"   {name}: {'no statistics (8-bit)' if d is None else f'{d:.4f}'}")
        new, old = (stats_difference(scene(big), bundle, predictor, against=rule) for rule in ("new", "previous"))
        print(f"   bench {big} px against the exact statistics of all its pixels: this rule {new:.4f}, "
              f"the previous rule {old:.4f}")
        # overviews made by averaging have lost the percentiles' tails: the statistics must not read them
        averaged = averaged_overviews(scene(min(big, 8192)), tmp / "overviews.tif")
        print(f"   {min(big, 8192)} px copy with overviews made by averaging, against its exact statistics: "
              f"this rule {stats_difference(averaged, bundle, predictor, against='new'):.4f}")

    # 7. CUDA
    found = available_backends()
    print("\n7. CUDA:")
    for backend in ("onnx", "torch"):
        if f"{backend}:cuda" not in found:
            print(f"   {backend}: not measured: no CUDA")
            continue
        gpu, _ = make_predictor(bundle, backend, "cuda")
        rate = chips_per_second(gpu, bundle.manifest, 64, 16)
        with tempfile.TemporaryDirectory(prefix="bench-") as tmp:
            path = tiled_scene(Path(tmp) / "scene.tif", sizes[0])
            run = run_child({"bundle": str(bundle.path), "scene": str(path), "out": str(Path(tmp) / "out.gpkg"),
                             "batch_size": 64, "backend": backend, "device": "cuda"})
        print(f"   {backend} on {gpu.device}: bare model {rate:.0f} chips/s, pipeline {run['chips_per_s']:.0f} chips/s "
              f"on {run['device']} ({sizes[0]} px, batch 64, whole run), ratio {run['chips_per_s'] / rate:.2f}")


if __name__ == "__main__":
    main()
