"""A model bundle is untrusted input: manifests of the wrong types, sizes and shapes, files outside the bundle,
ONNX graphs that do not fit the manifest. Each is refused with one line before any tile is read."""
from __future__ import annotations

import os
import shutil

import numpy as np
import pytest

from ..conftest import CAPE_TOWN_SR, edit_manifest
from .conftest import assert_refused, cli, snapshot


def _refused(capsys, folder, outdir, message, backend="auto"):
    before = snapshot(outdir)
    return assert_refused(cli(capsys, CAPE_TOWN_SR, "-o", outdir / "previous.gpkg", "--bundle", folder,
                              "--overwrite", "--backend", backend), message, before, outdir)


# -- manifest fields of the wrong type or out of range ------------------------------------------------------
WRONG = [
    ({"thresholds": [0.2] * 17}, "thresholds must be an object, got a list"),
    ({"labels": [["clear"]] + [f"x{i}" for i in range(16)]}, "labels[0] must be a string, got a list"),
    ({"normalize": "imagenet"}, "normalize must be an object, got the string 'imagenet'"),
    ({"files__weights": 5}, "files.weights must be a string, got 5"),
    ({"decoding": []}, "decoding must be an object, got a list"),
    ({"scaling__uint16__low": "2"}, "scaling.uint16.low must be a finite number, got the string '2'"),
    ({"normalize__mean": [float("nan"), 0.5, 0.5]}, "normalize.mean[0] must be a finite number, got nan"),
    ({"scaling__uint16__high": float("inf")}, "scaling.uint16.high must be a finite number, got inf"),
    ({"input_size": 100_000}, "input_size must be an integer in 8..2048"),
    ({"input_size": 256.0}, "input_size must be an integer, got 256.0"),
    ({"model_kwargs": {"hidden": -5}}, "model_kwargs.hidden must be in 1..8192, got -5"),
    ({"model_kwargs": {"hidden": 1e6}}, "model_kwargs.hidden must be an integer, got 1000000.0"),
    ({"model_kwargs": {"hidden": 1_000_000}}, "model_kwargs.hidden must be in 1..8192"),
    ({"model_kwargs": {"members": [{}]}}, "model_kwargs.members[0] lacks architecture"),
    ({"model_kwargs": {"members": []}}, "model_kwargs.members must list at least one model"),
    ({"model_kwargs": {"depth": 3}}, "model_kwargs.depth is not a known field"),
    ({"decoding__min_flag_support": "20"}, "decoding.min_flag_support must be an integer"),
    ({"concepts": [{"name": "pit", "group": "mining", "weights": ["a"], "bias": 0, "threshold": 0.5,
                    "backbone_id": "x"}]}, "concepts[0]"),
]


@pytest.mark.parametrize("edit, message", WRONG, ids=[next(iter(e)) + f"-{i}" for i, (e, _) in enumerate(WRONG)])
def test_manifest_field_of_the_wrong_type_or_size(capsys, bundle, outdir, edit, message):
    edit_manifest(bundle, **edit)
    _refused(capsys, bundle, outdir, message)


def test_a_concept_with_neighbour_context_is_refused_in_a_bundle(capsys, bundle, outdir):
    """classify scores a bundle's concepts a batch at a time, without the grid around each tile: refused before
    any tile is read, not halfway through the run."""
    import json
    embedding = json.loads((bundle / "manifest.json").read_text())["embedding"]
    concept = {"name": "pits", "group": "mining", "weights": [0.0] * embedding["size"], "bias": 0.0,
               "threshold": 0.5, "backbone_id": embedding["backbone_id"], "context": "neighbours"}
    edit_manifest(bundle, concepts=[concept])
    _refused(capsys, bundle, outdir, "concept 'pits' has neighbours context, which a bundle cannot carry")


def test_every_problem_is_named_on_one_line(capsys, bundle, outdir):
    edit_manifest(bundle, thresholds=[0.2], normalize="imagenet", files__weights=5)
    line = _refused(capsys, bundle, outdir, "3 problems: ")
    for part in ("thresholds must be an object", "normalize must be an object", "files.weights must be a string"):
        assert part in line


def test_deeply_nested_json(capsys, bundle, outdir):
    text = (bundle / "manifest.json").read_text()
    (bundle / "manifest.json").write_text(text[:-2] + ', "training": ' + "[" * 100_000 + "]" * 100_000 + "}")
    _refused(capsys, bundle, outdir, "nested too deeply")


def test_deeply_nested_value_where_a_number_belongs(capsys, bundle, outdir):
    nested = 0.5
    for _ in range(500):
        nested = [nested]
    edit_manifest(bundle, thresholds__clear=nested)
    _refused(capsys, bundle, outdir, "thresholds.clear must be a finite number, got a list")


def test_huge_manifest_is_not_read(capsys, bundle, outdir):
    with open(bundle / "manifest.json", "a") as f:      # a sparse 3 GB file: nothing is read
        f.truncate(3 * 1024 ** 3)
    _refused(capsys, bundle, outdir, "too large for a manifest")


# -- files outside the bundle ---------------------------------------------------------------------
@pytest.mark.parametrize("name", ["../outside/model.onnx", "/etc/passwd", "link.onnx"])
def test_bundle_files_outside_the_bundle_folder_are_refused(capsys, bundle, outdir, name):
    outside = bundle.parent / "outside"
    outside.mkdir()
    shutil.copy(bundle / "model.onnx", outside / "model.onnx")   # a working network, but not the bundle's
    os.symlink(outside / "model.onnx", bundle / "link.onnx")
    edit_manifest(bundle, files__onnx=name)
    _refused(capsys, bundle, outdir, "the bundle folder", backend="onnx")


# -- ONNX graphs that do not fit the manifest -------------------------------------------------------------
def _graph(folder, input_shape, output):
    """Replace the bundle's ONNX by a graph taking ``input_shape`` whose output is built by ``output``."""
    import onnx
    from onnx import TensorProto, helper

    x = helper.make_tensor_value_info("image", TensorProto.FLOAT, input_shape)
    nodes, inits, y = output()
    graph = helper.make_graph(nodes, "hostile", [x], y if isinstance(y, list) else [y], initializer=inits)
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 13)])
    model.ir_version = 8
    onnx.save(model, str(folder / "model.onnx"))


def test_onnx_with_a_rank_3_output(capsys, bundle, outdir):
    from onnx import TensorProto, helper, numpy_helper

    def output():
        starts, ends, axes = (numpy_helper.from_array(np.array(v, np.int64), n)
                              for v, n in (([0], "s"), ([17], "e"), ([3], "a")))
        nodes = [helper.make_node("Slice", ["image", "s", "e", "a"], ["cut"]),
                 helper.make_node("ReduceMean", ["cut"], ["logits"], axes=[2], keepdims=0)]
        return nodes, [starts, ends, axes], helper.make_tensor_value_info("logits", TensorProto.FLOAT,
                                                                          ["batch", 3, 17])
    _graph(bundle, ["batch", 3, 256, 256], output)
    edit_manifest(bundle, embedding=None)
    _refused(capsys, bundle, outdir, "its first output has shape ['batch', 3, 17], not (batch, labels)",
             backend="onnx")


@pytest.mark.parametrize("shape, message", [
    (["batch", 3, 100_000, 100_000], "its input is 100000 px high but the manifest says 256"),   # 120 GB a chip
    (["batch", 3, 128, 128], "its input is 128 px high but the manifest says 256"),
    ([1, 3, 256, 256], "takes a fixed batch of 1"),
    (["batch", 4, 256, 256], "its input is 4 bands but the manifest says 3"),
])
def test_onnx_input_that_does_not_fit_the_manifest(capsys, bundle, outdir, shape, message):
    from onnx import TensorProto, helper

    def output():
        nodes = [helper.make_node("ReduceMean", ["image"], ["pooled"], axes=[2, 3], keepdims=0),
                 helper.make_node("Tile", ["pooled", "reps"], ["wide"]),
                 helper.make_node("Slice", ["wide", "s", "e", "a"], ["logits"])]
        from onnx import numpy_helper
        inits = [numpy_helper.from_array(np.array(v, np.int64), n)
                 for v, n in (([1, 6], "reps"), ([0], "s"), ([17], "e"), ([1], "a"))]
        return nodes, inits, helper.make_tensor_value_info("logits", TensorProto.FLOAT, ["batch", 17])
    _graph(bundle, shape, output)
    edit_manifest(bundle, embedding=None)
    _refused(capsys, bundle, outdir, message, backend="onnx")


def test_onnx_with_an_embedding_output_of_rank_3(capsys, bundle, outdir):
    """The manifest's embedding output must be (batch, size): a rank-3 one would reach the GeoPackage writer."""
    from onnx import TensorProto, helper, numpy_helper

    def output():
        inits = [numpy_helper.from_array(np.array(v, np.int64), n)
                 for v, n in (([1, 6], "reps"), ([0], "s"), ([17], "e"), ([1], "a"))]
        nodes = [helper.make_node("ReduceMean", ["image"], ["pooled"], axes=[2, 3], keepdims=0),
                 helper.make_node("Tile", ["pooled", "reps"], ["wide"]),
                 helper.make_node("Slice", ["wide", "s", "e", "a"], ["logits"]),
                 helper.make_node("ReduceMean", ["image"], ["embedding"], axes=[3], keepdims=0)]
        return nodes, inits, [helper.make_tensor_value_info("logits", TensorProto.FLOAT, ["batch", 17]),
                              helper.make_tensor_value_info("embedding", TensorProto.FLOAT, ["batch", 3, 256])]
    _graph(bundle, ["batch", 3, 256, 256], output)
    edit_manifest(bundle, embedding={"output": "embedding", "size": 256, "backbone_id": "test"})
    _refused(capsys, bundle, outdir, "its embedding output has shape ['batch', 3, 256], not (batch, 256)",
             backend="onnx")
