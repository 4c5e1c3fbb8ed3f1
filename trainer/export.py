"""Export any PlanetNet (or ensemble) as a model bundle: manifest.json + model.pt + model.onnx.

A PlanetNet's ONNX graph has two outputs, ``logits`` and ``embedding`` (the backbone's pooled
features), declared in ``manifest.embedding``; an ensemble has no single backbone and only ``logits``.
"""
from __future__ import annotations

import copy
from pathlib import Path

import numpy as np
import torch
from torch import nn

from planet_qgis_plugin.core.model.bundle import (
    FORMAT_VERSION,
    Bundle,
    BundleError,
    EmbeddingSpec,
    Manifest,
    load_bundle,
    write_manifest,
)
from planet_qgis_plugin.core.model.networks import WithEmbedding, backbone_id, has_embedding, load_torch_model
from planet_qgis_plugin.core.publish import staged

ONNX_OPSET = 17
#: Largest |ONNX - PyTorch| / |PyTorch| of an embedding row an export accepts. Storing the ONNX weights
#: in float16 (after the exporter has folded BatchNorm into the convolutions) moves the pooled features
#: by ~0.3 % of their length on the shipped model; a concept's score w . e/|e| moves by as little.
EMBEDDING_RTOL = 1e-2
LOGITS, EMBEDDING = "logits", "embedding"


def export_bundle(model: nn.Module, manifest: Manifest, folder: str | Path, *, half: bool = False,
                  onnx: bool = True, atol: float = 1e-3, overwrite: bool = False) -> Bundle:
    """Write ``model`` (a module built by ``build_model(manifest.architecture, **manifest.model_kwargs)``)
    as a bundle, check that the ONNX graph reproduces PyTorch within ``atol`` and return it loaded.

    ``half`` stores the state_dict in float16 (the loader casts back to float32). The measured
    ONNX-vs-PyTorch difference is recorded in ``manifest.metrics["onnx_max_abs_diff"]`` (and
    ``onnx_embedding_max_rel_diff`` for the embedding output). The written manifest is a copy of
    ``manifest`` (format 2, ``embedding`` filled in); the caller's object is left as it was.
    The folder is written under a temporary name and moved into place only when complete.
    """
    manifest = copy.deepcopy(manifest)
    manifest.format = FORMAT_VERSION
    folder = Path(folder)
    if folder.exists() and not overwrite:
        raise BundleError(f"{folder} already exists (pass overwrite=True to replace it)")
    folder.parent.mkdir(parents=True, exist_ok=True)
    with staged(folder, folder=True, suffix="") as tmp:
        model = model.eval().cpu()
        state = {k: (v.half() if half and v.is_floating_point() else v) for k, v in model.state_dict().items()}
        manifest.files = {"weights": "model.pt"}
        torch.save(state, tmp / "model.pt")
        reference = load_torch_model(manifest, tmp / "model.pt") if half else model
        if half:  # float16 storage must not move the outputs by more than atol
            diff = max_sigmoid_diff(model, reference, len(manifest.bands), manifest.input_size)
            if diff > atol:
                raise BundleError(f"float16 weights move outputs by {diff:.2e} (> {atol:.0e}); export without half")
            manifest.metrics["half_max_abs_diff"] = float(f"{diff:.2e}")
        manifest.embedding = embedding_spec(reference, len(manifest.bands), manifest.input_size)
        if onnx:
            manifest.files["onnx"] = "model.onnx"
            export_onnx(reference, tmp / "model.onnx", len(manifest.bands), manifest.input_size)
            if half:
                store_initializers_half(tmp / "model.onnx")
            diff, embedding_diff = check_onnx(reference, tmp / "model.onnx", len(manifest.bands),
                                              manifest.input_size, atol, EMBEDDING_RTOL)
            manifest.metrics["onnx_max_abs_diff"] = float(f"{diff:.2e}")
            if embedding_diff is not None:
                manifest.metrics["onnx_embedding_max_rel_diff"] = float(f"{embedding_diff:.2e}")
        manifest.metrics["weights_dtype"] = "float16" if half else "float32"
        write_manifest(manifest, tmp)
    return load_bundle(folder)


def embedding_spec(model: nn.Module, bands: int, size: int) -> EmbeddingSpec | None:
    """The embedding output a PlanetNet's bundle declares (None for an ensemble: no single backbone).

    Tiles store it as float16 unless that loses more than 1 % of the probe embeddings' length (features
    too small for float16, e.g. an untrained network's): then float32.
    """
    if not has_embedding(model):
        return None
    with torch.no_grad():
        _, features = WithEmbedding(model).eval()(_probe(bands, size))
    e = features.numpy().astype(np.float32)
    lost = np.linalg.norm(e - e.astype(np.float16).astype(np.float32), axis=1)
    loss = lost / np.maximum(np.linalg.norm(e, axis=1), 1e-30)
    return EmbeddingSpec(output=EMBEDDING, size=int(e.shape[1]), backbone_id=backbone_id(model),
                         dtype="float16" if float(loss.max()) <= 1e-2 else "float32")


def export_onnx(model: nn.Module, path: Path, bands: int, size: int) -> None:
    """ONNX graph with a dynamic batch axis; input ``image`` (N,C,H,W) float32, outputs ``logits`` (N,K)
    and, for a PlanetNet, ``embedding`` (N,F)."""
    dummy = torch.zeros(1, bands, size, size)
    outputs = [LOGITS, EMBEDDING] if has_embedding(model) else [LOGITS]
    module = WithEmbedding(model) if has_embedding(model) else model
    torch.onnx.export(module.eval(), dummy, str(path), input_names=["image"], output_names=outputs,
                      dynamic_axes={"image": {0: "batch"}, **{name: {0: "batch"} for name in outputs}},
                      opset_version=ONNX_OPSET, dynamo=False)


def _probe(bands: int, size: int) -> torch.Tensor:
    return torch.from_numpy(np.random.default_rng(0).normal(size=(2, bands, size, size)).astype(np.float32))


def max_sigmoid_diff(a: nn.Module, b: nn.Module, bands: int, size: int) -> float:
    """Max |sigmoid(a(x)) - sigmoid(b(x))| over a fixed random probe batch."""
    x = _probe(bands, size)
    with torch.no_grad():
        return float((torch.sigmoid(a.eval()(x)) - torch.sigmoid(b.eval()(x))).abs().max())


def check_onnx(model: nn.Module, path: Path, bands: int, size: int, atol: float = 1e-4,
               embedding_rtol: float = EMBEDDING_RTOL) -> tuple[float, float | None]:
    """(max |sigmoid difference|, max |embedding difference| / |embedding| over the probe rows)
    between PyTorch and ONNX Runtime on random input (None when the model has no embedding output);
    raises BundleError if the first exceeds ``atol`` or the second ``embedding_rtol``."""
    from planet_qgis_plugin.core.model.predict import onnxruntime_quiet

    ort = onnxruntime_quiet()
    x = _probe(bands, size)
    session = ort.InferenceSession(str(path), providers=["CPUExecutionProvider"])
    got = dict(zip([o.name for o in session.get_outputs()], session.run(None, {"image": x.numpy()})))
    with torch.no_grad():
        if has_embedding(model):
            logits, features = WithEmbedding(model).eval()(x)
        else:
            logits, features = model.eval()(x), None
    diff = float(np.abs(torch.sigmoid(logits).numpy() - 1.0 / (1.0 + np.exp(-got[LOGITS]))).max())
    if not diff <= atol:  # NaN too
        raise BundleError(f"{path}: ONNX output differs from PyTorch by {diff:.2e} (> {atol:.0e})")
    if features is None:
        return diff, None
    expected = features.numpy()
    if EMBEDDING not in got or got[EMBEDDING].shape != expected.shape:
        raise BundleError(f"{path}: ONNX graph has no {EMBEDDING} output of shape {expected.shape}")
    # concepts score the direction of an embedding: compare |difference| / |embedding| row by row
    norms = np.maximum(np.linalg.norm(expected, axis=1), 1e-6)
    embedding_diff = float((np.linalg.norm(expected - got[EMBEDDING], axis=1) / norms).max())
    if embedding_diff > embedding_rtol:
        raise BundleError(f"{path}: ONNX embedding differs from PyTorch by {embedding_diff:.2e} of its length "
                          f"(> {embedding_rtol:.0e})")
    return diff, embedding_diff


def store_initializers_half(path: Path, min_elements: int = 1024) -> None:
    """Rewrite large float32 initializers as float16 followed by a Cast back to float32.

    Halves the file; the values are those of the half-precision state_dict, so outputs do not move.
    """
    import onnx
    from onnx import helper, numpy_helper

    model = onnx.load(str(path))
    graph = model.graph
    casts = []
    for init in list(graph.initializer):
        if init.data_type != onnx.TensorProto.FLOAT:
            continue
        array = numpy_helper.to_array(init)
        if array.size < min_elements:
            continue
        name = init.name
        half = numpy_helper.from_array(array.astype(np.float16), name + "__fp16")
        graph.initializer.remove(init)
        graph.initializer.append(half)
        casts.append(helper.make_node("Cast", [half.name], [name], to=onnx.TensorProto.FLOAT, name=name + "__cast"))
    nodes = casts + list(graph.node)
    del graph.node[:]
    graph.node.extend(nodes)
    onnx.checker.check_model(model)
    onnx.save(model, str(path))
