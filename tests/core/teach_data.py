"""Test data for teach: embeddings with a planted concept, written as a classify-style tile GeoPackage."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np

from planet_qgis_plugin.core.labels import FLAG_GROUPS, LABELS
from planet_qgis_plugin.core.layer.embeddings import META_BACKBONE, META_DTYPE, META_SIZE, encode
from planet_qgis_plugin.core.model.bundle import MANIFEST, default_bundle_path, load_bundle
from planet_qgis_plugin.core.model.concepts import features

BACKBONE = "sha256:planted0000000000"
SIZE = 64
GRID = 12  # GRID x GRID tiles


def planted(n: int = GRID * GRID, size: int = SIZE, n_concept: int = 12, seed: int = 0):
    """(embeddings (n, size) >= 0, boolean truth, the planted unit direction)."""
    rng = np.random.default_rng(seed)
    common = np.abs(rng.normal(size=size)) * 2
    direction = rng.normal(size=size)
    direction /= np.linalg.norm(direction)
    embeddings = np.abs(common + 0.6 * rng.normal(size=(n, size)))
    truth = np.zeros(n, dtype=bool)
    truth[rng.choice(n, size=n_concept, replace=False)] = True
    embeddings[truth] = np.abs(embeddings[truth] + 3.0 * direction)
    return embeddings.astype(np.float32), truth, direction


def look_alikes(embeddings: np.ndarray, truth: np.ndarray, skip: int = 3, seed: int = 2) -> np.ndarray:
    """Bank features of tiles like the concept from elsewhere: its true tiles after the first `skip`, each
    feature scaled at random (not copies of the scene's tiles)."""
    rng = np.random.default_rng(seed)
    like = embeddings[truth][skip:]
    return features((like * rng.uniform(0.3, 1.7, like.shape)).astype(np.float32), "sqrt_l2")

def write_tile_gpkg(path: Path, embeddings: np.ndarray | None, backbone: str = BACKBONE,
                    probs: np.ndarray | None = None) -> Path:
    """A layer 'tiles' with classify's fields (tags, flags, scores, row/col, p_<tag>, <tag>, model, embedding)."""
    from osgeo import ogr

    ogr.UseExceptions()
    n = GRID * GRID
    rng = np.random.default_rng(1)
    probs = rng.random((n, len(LABELS))) if probs is None else probs
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    layer = ds.CreateLayer("tiles", None, ogr.wkbPolygon, options=["SPATIAL_INDEX=YES"])

    def add(name, kind, sub=None):
        f = ogr.FieldDefn(name, kind)
        if sub is not None:
            f.SetSubType(sub)
        layer.CreateField(f)

    add("tags", ogr.OFTString)
    add("flagged", ogr.OFTInteger, ogr.OFSTBoolean)
    for g in FLAG_GROUPS:
        add(f"flag_{g}", ogr.OFTInteger, ogr.OFSTBoolean)
    for g in FLAG_GROUPS:
        add(f"score_{g}", ogr.OFTReal)
    add("row", ogr.OFTInteger)
    add("col", ogr.OFTInteger)
    add("coverage", ogr.OFTReal)
    for label in LABELS:
        add(f"p_{label}", ogr.OFTReal)
    for label in LABELS:
        add(label, ogr.OFTInteger, ogr.OFSTBoolean)
    add("model", ogr.OFTString)
    if embeddings is not None:
        add("embedding", ogr.OFTBinary)
        layer.SetMetadataItem(META_BACKBONE, backbone)
        layer.SetMetadataItem(META_SIZE, str(embeddings.shape[1]))
        layer.SetMetadataItem(META_DTYPE, "float16")
        blobs = encode(embeddings)
    ds.StartTransaction()
    for i in range(n):
        row, col = divmod(i, GRID)
        f = ogr.Feature(layer.GetLayerDefn())
        f.SetField("tags", "clear primary")
        for g in FLAG_GROUPS:
            f.SetField(f"flag_{g}", 0)
            f.SetField(f"score_{g}", 0.0)
        f.SetField("flagged", 0)
        f.SetField("row", row)
        f.SetField("col", col)
        f.SetField("coverage", 1.0)
        for j, label in enumerate(LABELS):
            f.SetField(f"p_{label}", float(probs[i, j]))
            f.SetField(label, int(probs[i, j] > 0.5))
        f.SetField("model", "planet-test 0.0.1")
        if embeddings is not None:
            f.SetFieldBinaryFromHexString("embedding", blobs[i].hex())
        f.SetGeometry(ogr.CreateGeometryFromWkt(
            f"POLYGON(({col} {-row},{col + 1} {-row},{col + 1} {-row - 1},{col} {-row - 1},{col} {-row}))"))
        layer.CreateFeature(f)
    ds.CommitTransaction()
    ds = None
    return path


def bundle_with_embedding(folder: Path, backbone: str = BACKBONE, size: int = SIZE) -> Path:
    """A copy of the shipped bundle whose manifest declares an embedding output (format 2)."""
    shutil.copytree(default_bundle_path(), folder)
    manifest = json.loads((folder / MANIFEST).read_text())
    manifest.update(format=2, embedding={"output": "embedding", "size": size, "backbone_id": backbone,
                                         "dtype": "float16"}, concepts=[])
    manifest["files"].pop("background", None)  # the bank holds the shipped backbone's features, not these
    manifest["metrics"].pop("background", None)
    (folder / "background.npy").unlink(missing_ok=True)
    (folder / MANIFEST).write_text(json.dumps(manifest, indent=2))
    return folder


def shipped_bundle_with_embedding():
    """The shipped bundle; the test is skipped where it has no embedding output (nothing to teach on)."""
    import pytest

    bundle = load_bundle(default_bundle_path())
    if bundle.manifest.embedding is None:
        pytest.skip("the shipped bundle has no embedding output")
    return bundle
