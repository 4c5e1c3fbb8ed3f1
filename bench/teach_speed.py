"""How long one teach step takes on a scene of N tiles, measured in one run.

    python -m bench.teach_speed [--tiles 4000] [--size 1280] [--repeat 5]

Writes a tile GeoPackage of N tiles with D-value float16 embeddings (random non-negative values, as
pooled ReLU features are; the timing does not depend on the values), then times each step the plugin
and the CLI run per mark: reading the embeddings, fitting (1 positive: similarity; 3 and 10
positives: logistic regression) with scoring and the review list, and writing p_/flag_ in place.
Prints the median wall and CPU time of ``--repeat`` runs of each step and the fit's share of one mark.
"""
from __future__ import annotations

import argparse
import statistics
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tiles", type=int, default=4000)
    parser.add_argument("--size", type=int, default=1280)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
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
