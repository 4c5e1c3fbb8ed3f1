"""Embeddings through the whole pipeline: export -> predictor -> classify -> GeoPackage BLOBs, and the
bundle's concepts folded into the flags and scores of every tile."""
import json
import shutil

import numpy as np
import pytest
import torch
from osgeo import ogr

from planet_qgis_plugin.cli.classify import main as cli
from planet_qgis_plugin.core.labels import FLAG_GROUPS, LABELS
from planet_qgis_plugin.core.layer.embeddings import EMBEDDING_FIELD, META_BACKBONE, META_DTYPE, META_SIZE, decode_blobs
from planet_qgis_plugin.core.layer.schema import field_names
from planet_qgis_plugin.core.model.bundle import BundleError, Manifest, default_bundle_path, load_bundle, write_manifest
from planet_qgis_plugin.core.model.concepts import Concept, concept_probability
from planet_qgis_plugin.core.model.networks import WithEmbedding, backbone_id, build_model, load_torch_model
from planet_qgis_plugin.core.model.predict import make_predictor
from planet_qgis_plugin.core.pipeline.classify import ClassifyOptions, classify
from trainer.export import export_bundle

from ..conftest import BORNEO

FLOAT16_RTOL = 1e-2  # float16 storage + ONNX vs PyTorch, relative to each embedding's length


def _layer(path):
    ds = ogr.Open(str(path))
    layer = ds.GetLayerByName("tiles")
    defn = layer.GetLayerDefn()
    names = [defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())]
    rows = []
    for f in layer:
        row = {n: f.GetField(n) for n in names if n != EMBEDDING_FIELD}
        if EMBEDDING_FIELD in names:
            row[EMBEDDING_FIELD] = f.GetFieldAsBinary(EMBEDDING_FIELD)
        rows.append(row)
    return names, rows, layer.GetMetadata() or {}


def _rel(a, b):
    return float((np.linalg.norm(a - b, axis=1) / np.linalg.norm(b, axis=1)).max())


def test_export_declares_the_embedding_and_leaves_the_callers_manifest_alone(untrained_bundle, tmp_path):
    spec = untrained_bundle.manifest.embedding
    model = load_torch_model(untrained_bundle.manifest, untrained_bundle.file("weights"))
    assert spec.output == "embedding" and spec.size == 1280
    assert spec.backbone_id == backbone_id(model) and spec.backbone_id.startswith("sha256:")
    assert untrained_bundle.manifest.format == 2
    # an ensemble has no single backbone: no embedding, and the draft manifest is not changed
    draft = Manifest(name="ens", architecture="ensemble", labels=list(LABELS), thresholds={l: 0.5 for l in LABELS},
                     input_size=32, model_kwargs={"members": [{"architecture": "baseline"}], "tta": False})
    before = json.dumps(draft.to_dict(), sort_keys=True)
    ens = export_bundle(build_model("ensemble", **draft.model_kwargs), draft, tmp_path / "ens", onnx=False)
    assert ens.manifest.embedding is None
    assert json.dumps(draft.to_dict(), sort_keys=True) == before


def test_stored_embeddings_equal_the_bare_networks_features(make_raster, tmp_path):
    shipped = load_bundle(default_bundle_path())  # trained features: float16 keeps them
    data = np.random.default_rng(1).integers(0, 256, size=(3, 256, 512)).astype("uint8")
    raster = make_raster(512, 256, count=3, dtype="uint8", data=data)
    out = tmp_path / "t.gpkg"
    result = classify(raster, out, shipped, ClassifyOptions(backend="onnx"))
    names, rows, meta = _layer(out)
    m = shipped.manifest
    assert m.embedding.dtype == "float16" and meta[META_DTYPE] == "float16"
    assert names == field_names(LABELS, [c.name for c in m.concepts]) and result.embeddings
    assert meta[META_BACKBONE] == m.embedding.backbone_id and int(meta[META_SIZE]) == m.embedding.size
    stored = decode_blobs([r[EMBEDDING_FIELD] for r in sorted(rows, key=lambda r: r["col"])], m.embedding.size)
    # the network itself, on the chips as the bundle defines them (8-bit: /255, then mean/std)
    mean, std = (np.array(m.normalize[k], np.float32)[:, None, None] for k in ("mean", "std"))
    chips = np.stack([(data[:, :, c * 256:(c + 1) * 256] / 255.0 - mean) / std for c in range(2)]).astype(np.float32)
    model = load_torch_model(m, shipped.file("weights"))
    with torch.no_grad():
        _, features = WithEmbedding(model)(torch.from_numpy(chips))
    assert _rel(stored, features.numpy()) < FLOAT16_RTOL


def test_no_embeddings_leaves_no_field_and_no_metadata(untrained_bundle, tmp_path):
    out = tmp_path / "t.gpkg"
    assert cli([str(BORNEO), "-o", str(out), "--bundle", str(untrained_bundle.path), "--no-embeddings", "-q"]) == 0
    names, rows, meta = _layer(out)
    assert names == field_names(LABELS, embedding=False) and EMBEDDING_FIELD not in names
    assert META_BACKBONE not in meta and rows


def _with_concepts(bundle, folder, concepts, support=None):
    shutil.copytree(bundle.path, folder)
    manifest = load_bundle(folder).manifest
    manifest.concepts = concepts
    if support is not None:
        manifest.metrics["support"] = support
    write_manifest(manifest, folder)
    return load_bundle(folder)


def _concept(name, group, weights, bias, spec):
    return Concept(name, group, list(map(float, weights)), float(bias), 0.5, spec.backbone_id, {"test": True})


def test_bundle_concepts_become_fields_and_fold_into_their_group(untrained_bundle, tmp_path):
    spec = untrained_bundle.manifest.embedding
    w = np.random.default_rng(2).normal(size=spec.size)
    concepts = [_concept("pits", "mining", w, 0.0, spec), _concept("always", "mining", np.zeros(spec.size), 4.0, spec),
                _concept("quarry", "other", np.zeros(spec.size), 4.0, spec)]
    no_flag_tags = {label: 0 for label in LABELS}  # every tag below min_flag_support: only concepts flag
    bundle = _with_concepts(untrained_bundle, tmp_path / "b", concepts, no_flag_tags)
    out = tmp_path / "t.gpkg"
    result = classify(BORNEO, out, bundle, ClassifyOptions(backend="onnx"))
    names, rows, _ = _layer(out)
    assert names == field_names(LABELS, ["pits", "always", "quarry"])
    assert names.index("p_pits") > names.index("score_slash_burn") and names.index("flag_quarry") < names.index("row")
    assert any("raise no flag by themselves" in m and "artisinal_mine (0)" in m for m in result.messages)
    e = decode_blobs([r[EMBEDDING_FIELD] for r in rows], spec.size, spec.dtype)
    expected = concept_probability(e, concepts[0])
    for row, p_pits in zip(rows, expected):
        assert row["p_pits"] == pytest.approx(p_pits, abs=1e-2)
        assert row["flag_pits"] == (row["p_pits"] >= 0.5) or abs(row["p_pits"] - 0.5) < 1e-2
        assert row["flag_always"] and row["flag_quarry"] and row["flag_mining"] and row["flagged"]
        assert row["score_mining"] == pytest.approx(max(row["p_pits"], row["p_always"]), abs=1e-6)
        assert not row["flag_logging"] and not row["flag_slash_burn"]
    assert result.concept_counts == {"pits": sum(r["flag_pits"] for r in rows), "always": len(rows),
                                     "quarry": len(rows)}
    assert result.group_counts["mining"] == result.flagged == len(rows)


def test_a_concept_of_group_other_raises_only_its_own_flag(untrained_bundle, tmp_path):
    spec = untrained_bundle.manifest.embedding
    bundle = _with_concepts(untrained_bundle, tmp_path / "b", [_concept("quarry", "other", np.zeros(spec.size), 4.0,
                                                                         spec)], {label: 0 for label in LABELS})
    result = classify(BORNEO, tmp_path / "t.gpkg", bundle, ClassifyOptions(backend="onnx"))
    _, rows, _ = _layer(tmp_path / "t.gpkg")
    assert all(r["flag_quarry"] and not r["flagged"] for r in rows) and result.flagged == 0


def test_scores_lie_in_0_1_and_are_never_null(untrained_bundle, tmp_path):
    out = tmp_path / "t.gpkg"
    classify(BORNEO, out, untrained_bundle)
    _, rows, _ = _layer(out)
    for row in rows:
        for group, members in FLAG_GROUPS.items():
            score = row[f"score_{group}"]
            assert score is not None and 0.0 <= score <= 1.0
            # untrained bundle records no support: every tag may flag, the score is its highest tag
            assert score == pytest.approx(max(row[f"p_{t}"] for t in members), abs=1e-6)
    ds = ogr.Open(str(out))
    defn = ds.GetLayer(0).GetLayerDefn()
    for group in FLAG_GROUPS:
        assert not defn.GetFieldDefn(defn.GetFieldIndex(f"score_{group}")).IsNullable()


def test_onnx_and_torch_backends_store_the_same_tiles(untrained_bundle, tmp_path):
    rows = {}
    for backend in ("onnx", "torch"):
        classify(BORNEO, tmp_path / f"{backend}.gpkg", untrained_bundle, ClassifyOptions(backend=backend))
        rows[backend] = sorted(_layer(tmp_path / f"{backend}.gpkg")[1], key=lambda r: (r["row"], r["col"]))
    spec = untrained_bundle.manifest.embedding
    e_onnx, e_torch = (decode_blobs([r[EMBEDDING_FIELD] for r in rows[b]], spec.size, spec.dtype)
                       for b in ("onnx", "torch"))
    assert _rel(e_onnx, e_torch) < FLOAT16_RTOL
    for a, b in zip(rows["onnx"], rows["torch"]):
        assert max(abs(a[f"p_{l}"] - b[f"p_{l}"]) for l in LABELS) < 1e-3


@pytest.mark.parametrize("field, value, words", [("size", 1000, "1000"), ("output", "features", "re-export")])
def test_predictors_refuse_an_embedding_the_network_does_not_have(untrained_bundle, tmp_path, field, value, words):
    folder = tmp_path / "b"
    shutil.copytree(untrained_bundle.path, folder)
    manifest = load_bundle(folder).manifest
    setattr(manifest.embedding, field, value)
    write_manifest(manifest, folder)
    backends = ("onnx", "torch") if field == "size" else ("onnx",)  # torch has no output names
    for backend in backends:
        with pytest.raises(BundleError, match=words) as err:
            make_predictor(load_bundle(folder), backend, "cpu")
        assert "\n" not in str(err.value)


def test_a_bundle_without_embedding_output_classifies_without_the_field(untrained_bundle, tmp_path):
    folder = tmp_path / "b"
    shutil.copytree(untrained_bundle.path, folder)
    manifest = load_bundle(folder).manifest
    manifest.embedding, manifest.format = None, 1  # as bundles exported before format 2
    write_manifest(manifest, folder)
    result = classify(BORNEO, tmp_path / "t.gpkg", load_bundle(folder))
    names, _, meta = _layer(tmp_path / "t.gpkg")
    assert EMBEDDING_FIELD not in names and not result.embeddings and META_BACKBONE not in meta
    assert any("no embedding output" in m for m in result.messages)
