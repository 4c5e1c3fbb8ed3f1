"""How long one teach step takes on a scene of N tiles, measured in one run.

    python -m bench.teach_speed [--tiles 4000] [--size 1280] [--repeat 5]
    python -m bench.teach_speed --layer TILES.gpkg [--repeat 7] [--answers 20] [--profile] [--digest]

Without ``--layer``: writes a tile GeoPackage of N tiles with D-value float16 embeddings (random non-negative
values, as pooled ReLU features are; the timing does not depend on the values), then times each step the plugin
and the CLI run per mark: reading the embeddings, fitting (1 positive: similarity; 3 and 10
positives: logistic regression) with scoring and the review list, and writing p_/flag_ in place.
Prints the median wall and CPU time of ``--repeat`` runs of each step and the fit's share of one mark.

With ``--layer`` (a layer classify wrote with its embeddings, copied first: it is written in place): one refit
as the QGIS panel runs it after each mark or answer (teach_layer.TeachSession.refit), in two timed parts: the
core step (a core TeachSession on the tiles read once, as the panel makes one per refit, and its refit: the
bundle's background bank, the fit, the out-of-fold calibration, the review's fit and votes) and the layer write
(p_/flag_ and the group fields, one transaction). ``--qgis`` (headless QGIS, QT_QPA_PLATFORM=offscreen) also
times the panel's whole refit, what its status line shows as "updated in": teach_layer.TeachSession.refit on the
layer opened in QGIS (the two parts, then the layer's data provider reloaded and its concept styling refreshed;
the repaint that follows is QGIS's own, in the background).
Measured after 3 marks and after 3 marks + ``--answers`` review answers (each answering the first tile the
review offers, refitting after each, as the panel does), the concept "clearing" taught from the by-eye labels
of bench/data/tile_labels.csv (a tile of a strided layer takes the label of the 256-px cell holding its
centre; unlabelled tiles are answered No). ``--profile``: cProfile of the core step after the answers.
``--digest``: a SHA-256 of every output (probabilities, flags, threshold, review, the summary JSON) instead of
times, to show that a speed-up changed nothing (run it before and after).
"""
from __future__ import annotations

import argparse
import csv
import hashlib
import json
import os
import shutil
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

import numpy as np

from planet_qgis_plugin.core.labels import LABELS
from planet_qgis_plugin.core.layer.embeddings import META_BACKBONE, META_DTYPE, META_SIZE, encode
from planet_qgis_plugin.core.model.bundle import Manifest
from planet_qgis_plugin.core.teach.fields import read_embeddings, write_concept
from planet_qgis_plugin.core.teach.fit import teach

ROOT = Path(__file__).resolve().parent.parent
LABELS_CSV = ROOT / "bench" / "data" / "tile_labels.csv"
CONCEPT = "clearing"
#: Review tiles the panel asks the core for after each fit (teach_layer.REVIEW_COUNT; not imported: QGIS-free).
PANEL_REVIEW = 20

BACKBONE = "sha256:bench"


def write_layer(path: Path, embeddings: np.ndarray) -> None:
    from osgeo import ogr

    ogr.UseExceptions()
    side = int(np.ceil(np.sqrt(len(embeddings))))
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    layer = ds.CreateLayer("tiles", None, ogr.wkbPolygon, options=["SPATIAL_INDEX=YES"])
    for name, kind in (("row", ogr.OFTInteger), ("col", ogr.OFTInteger), ("embedding", ogr.OFTBinary)):
        layer.CreateField(ogr.FieldDefn(name, kind))
    layer.SetMetadataItem(META_BACKBONE, BACKBONE)
    layer.SetMetadataItem(META_SIZE, str(embeddings.shape[1]))
    layer.SetMetadataItem(META_DTYPE, "float16")
    ds.StartTransaction()
    for i, blob in enumerate(encode(embeddings)):
        row, col = divmod(i, side)
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetField("row", row)
        feature.SetField("col", col)
        feature.SetFieldBinaryFromHexString("embedding", blob.hex())
        feature.SetGeometry(ogr.CreateGeometryFromWkt(
            f"POLYGON(({col} {-row},{col + 1} {-row},{col + 1} {-row - 1},{col} {-row - 1},{col} {-row}))"))
        layer.CreateFeature(feature)
    ds.CommitTransaction()
    ds = None


CPU = {}  # step -> median CPU seconds of this process (the wall time includes waiting for a shared CPU)


def timed(step, repeat: int, name: str) -> tuple[float, object]:
    times, cpu, out = [], [], None
    for _ in range(repeat):
        started, started_cpu = time.perf_counter(), time.process_time()
        out = step()
        times.append(time.perf_counter() - started)
        cpu.append(time.process_time() - started_cpu)
    CPU[name] = statistics.median(cpu)
    return statistics.median(times), out


def oracle(tiles, scene: str) -> dict[int, int]:
    """{row index: 1 / 0}: the by-eye CONCEPT label of each tile (the 256-px cell holding its centre)."""
    grid = json.loads(tiles.metadata.get("PLANET_GRID") or "{}")
    tile, stride = int(grid.get("tile_px", 256)), int(grid.get("stride_px", 256))
    labels = {}
    with open(LABELS_CSV, newline="") as f:
        for line in csv.DictReader(f):
            if line["image"] == scene and line["concept"] == CONCEPT:
                labels[int(line["row"]), int(line["col"])] = int(line["label"])
    return {i: labels.get(((r * stride + tile // 2) // 256, (c * stride + tile // 2) // 256), 0)
            for i, (r, c) in enumerate(zip(tiles.rows.tolist(), tiles.cols.tolist()))}


def layer_bench(args) -> None:
    """The panel's refit on a real layer (see the module docstring)."""
    import cProfile
    import pstats

    from planet_qgis_plugin.core.model.bundle import resolve_bundle
    from planet_qgis_plugin.core.teach.session import TeachOptions, TeachSession

    bundle = resolve_bundle(None)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "tiles.gpkg"
        shutil.copyfile(args.layer, path)
        tiles = read_embeddings(path, embedding=bundle.manifest.embedding)
        scene = Path(tiles.metadata.get("PLANET_SCENE", "")).name
        truth = oracle(tiles, scene)
        centred = [i for i, y in truth.items() if y]
        if len(centred) < 3:
            raise SystemExit(f"{args.layer}: fewer than 3 tiles labelled {CONCEPT} in {LABELS_CSV} for {scene!r}")
        fids = [int(f) for f in tiles.fids]
        positives, negatives, answered = [fids[i] for i in centred[:3]], [], {}

        def session():  # as teach_layer.TeachSession.core_session: a new core session per refit
            core = TeachSession(path, bundle, TeachOptions(name=CONCEPT, review_count=PANEL_REVIEW), tiles=tiles)
            core.positives, core.negatives, core.answered = list(positives), list(negatives), dict(answered)
            return core

        def step():
            core = session()
            core.refit()
            return core

        rows, digests = [], []

        def measure(label: str) -> None:
            core = step()
            if args.digest:
                s = core.state
                summary = core.summary()
                parts = [s.probabilities.tobytes(), s.flags.tobytes(), repr(s.threshold).encode(),
                         json.dumps(summary, sort_keys=True).encode(),
                         json.dumps(core.concept_file().concept.weights).encode()]
                digests.append((label, hashlib.sha256(b"".join(parts)).hexdigest(), s.threshold, s.flagged,
                                [t.fid for t in s.review][:5]))
                return
            fit, _ = timed(step, args.repeat, f"{label}: core step")
            write, _ = timed(core.write, args.repeat, f"{label}: layer write")
            panel = timed(qgis_session.refit, args.repeat, f"{label}: panel") if qgis_session else (None,)
            rows.append((label, fit, write, panel[0]))

        qgis_session = None
        if args.qgis:
            shutil.copyfile(args.layer, Path(folder) / "panel.gpkg")  # a file of its own: both write in place
            qgis_session = panel_session(Path(folder) / "panel.gpkg", bundle, positives)
        measure("3 marks")
        for _ in range(args.answers):  # the panel refits after each answer; the next chip is the review's first
            state = step().state
            i = tiles.rows_of([state.review[0].fid])[0] if state.review else None
            if i is None:
                break
            fid = fids[i]
            (positives if truth[i] else negatives).append(fid)
            answered[fid] = "yes" if truth[i] else "no"
            if qgis_session is not None:
                qgis_session.answer(fid, answered[fid])
        measure(f"3 marks + {len(answered)} answers")
        if args.profile:
            profile = cProfile.Profile()
            profile.runcall(step)
            pstats.Stats(profile).sort_stats("cumulative").print_stats(25)
    if args.digest:
        for label, digest, threshold, flagged, review in digests:
            print(f"{label:24s} {digest[:16]}  threshold {threshold!r}  flagged {flagged}  review {review}")
        return
    commit = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"], capture_output=True,
                            text=True).stdout.strip()
    print(f"{len(tiles.fids)} tiles of {Path(args.layer).name} ({scene}); median of {args.repeat} runs; "
          f"{time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, commit {commit}, load average "
          f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} cores, OPENBLAS_NUM_THREADS="
          f"{os.environ.get('OPENBLAS_NUM_THREADS', 'unset')}")
    print(f"  {'after':28s} {'core step':>10s} {'(CPU)':>9s} {'write':>9s} {'(CPU)':>9s} {'both':>9s}"
          + (f" {'panel, in QGIS':>15s}" if args.qgis else ""))
    for label, fit, write, panel in rows:
        print(f"  {label:28s} {fit * 1000:7.0f} ms {CPU[label + ': core step'] * 1000:6.0f} ms {write * 1000:6.0f} ms "
              f"{CPU[label + ': layer write'] * 1000:6.0f} ms {(fit + write) * 1000:6.0f} ms"
              + (f" {panel * 1000:12.0f} ms" if panel is not None else ""))


def panel_session(path: Path, bundle, positives: list[int]):
    """The panel's own session (teach_layer.TeachSession) on ``path`` opened in headless QGIS, the marks made."""
    from qgis.core import QgsApplication, QgsVectorLayer

    global QGIS_APP  # kept for the run: QGIS closes with its application
    QGIS_APP = QgsApplication([], False)
    QGIS_APP.initQgis()
    from planet_qgis_plugin.teach_layer import TeachSession as PanelSession

    layer = QgsVectorLayer(f"{path}|layername=tiles", "tiles", "ogr")
    if not layer.isValid():
        raise SystemExit(f"QGIS cannot open {path}")
    session = PanelSession(layer, bundle)
    session.set_concept(CONCEPT, "other")
    session.mark(positives, True)
    return session


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tiles", type=int, default=4000)
    parser.add_argument("--size", type=int, default=1280)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--layer", type=Path, help="time the panel's refit on this tile GeoPackage instead")
    parser.add_argument("--answers", type=int, default=20)
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--digest", action="store_true")
    parser.add_argument("--qgis", action="store_true", help="also time the panel's whole refit in headless QGIS")
    args = parser.parse_args()
    if args.layer is not None:
        layer_bench(args)
        return
    rng = np.random.default_rng(0)
    embeddings = np.maximum(rng.normal(0.2, 0.5, size=(args.tiles, args.size)), 0).astype(np.float32)
    manifest = Manifest(name="bench", architecture="x", labels=list(LABELS), thresholds={l: 0.5 for l in LABELS})
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "tiles.gpkg"
        write_layer(path, embeddings)
        size_mb = path.stat().st_size / 1e6
        results = {}
        results["read embeddings"], tiles = timed(lambda: read_embeddings(path, BACKBONE), args.repeat, "read embeddings")
        for k in (1, 3, 10):
            name = f"fit+score+review, {k} positive(s)"
            results[name], fitted = timed(
                lambda: teach(tiles.embeddings, list(range(k)), name="bench", backbone_id=BACKBONE), args.repeat, name)
        results["write p_/flag_ in place"], _ = timed(
            lambda: write_concept(tiles, fitted.concept, fitted.probabilities, fitted.flags, manifest), args.repeat,
            "write p_/flag_ in place")
    loop = results["read embeddings"] + results["fit+score+review, 3 positive(s)"] + results["write p_/flag_ in place"]
    print(f"{args.tiles} tiles x {args.size} float16 embedding values ({size_mb:.1f} MB GeoPackage); "
          f"median of {args.repeat} runs")
    print(f"  {'step':34s} {'wall':>8s}    {'CPU':>8s}")
    for name, seconds in results.items():
        print(f"  {name:34s} {seconds * 1000:8.1f} ms {CPU[name] * 1000:8.1f} ms")
    print(f"  one mark with 3 positives, read + fit + write: {loop * 1000:.0f} ms "
          f"(fit {results['fit+score+review, 3 positive(s)'] / loop:.2f} of it; the plugin reads once per layer)")


if __name__ == "__main__":
    main()
