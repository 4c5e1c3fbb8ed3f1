"""Export any PlanetNet (or ensemble) as a model bundle: manifest.json + model.pt + model.onnx."""
from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import numpy as np
import torch
from torch import nn

from .bundle import Bundle, BundleError, Manifest, load_bundle, write_manifest
from .models import build_model

ONNX_OPSET = 17


def export_bundle(model: nn.Module, manifest: Manifest, folder: str | Path, *, half: bool = False,
                  onnx: bool = True, atol: float = 1e-3, overwrite: bool = False) -> Bundle:
    """Write ``model`` (a module built by ``build_model(manifest.architecture, **manifest.model_kwargs)``)
    as a bundle, check that the ONNX graph reproduces PyTorch within ``atol`` and return it loaded.

    ``half`` stores the state_dict in float16 (the loader casts back to float32). The measured
    ONNX-vs-PyTorch difference is recorded in ``manifest.metrics["onnx_max_abs_diff"]``.
    The folder is written under a temporary name and moved into place only when complete.
    """
    folder = Path(folder)
    if folder.exists() and not overwrite:
        raise BundleError(f"{folder} already exists (pass overwrite=True to replace it)")
    folder.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{folder.name}.", dir=folder.parent))
    try:
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
        if onnx:
            manifest.files["onnx"] = "model.onnx"
            export_onnx(reference, tmp / "model.onnx", len(manifest.bands), manifest.input_size)
            if half:
                store_initializers_half(tmp / "model.onnx")
            diff = check_onnx(reference, tmp / "model.onnx", len(manifest.bands), manifest.input_size, atol)
            manifest.metrics["onnx_max_abs_diff"] = float(f"{diff:.2e}")
        manifest.metrics["weights_dtype"] = "float16" if half else "float32"
        write_manifest(manifest, tmp)
        tmp.chmod(0o755)
        if folder.exists():
            shutil.rmtree(folder)
        tmp.rename(folder)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return load_bundle(folder)


def load_torch_model(manifest: Manifest, weights: str | Path) -> nn.Module:
    """Rebuild the bundle's network and load its weights (float16 weights are cast to float32)."""
    try:
        model = build_model(manifest.architecture, num_classes=len(manifest.labels),
                            in_channels=len(manifest.bands), **manifest.model_kwargs)
    except (ValueError, TypeError) as exc:  # unknown architecture or model_kwargs
        raise BundleError(f"{weights}: cannot build architecture {manifest.architecture!r} "
                          f"({str(exc).splitlines()[0]}); update the plugin or use the ONNX backend") from None
    try:
        state = torch.load(weights, map_location="cpu", weights_only=True)
    except Exception as exc:
        raise BundleError(f"{weights}: not a readable PyTorch state_dict (damaged or wrong file: "
                          f"{str(exc).splitlines()[0][:120]}); re-export the bundle") from None
    try:
        state = {k: v.float() if v.is_floating_point() else v for k, v in state.items()}
        model.load_state_dict(state, strict=True)
    except Exception as exc:
        raise BundleError(f"{weights}: weights do not fit architecture {manifest.architecture!r} with "
                          f"{len(manifest.labels)} labels and {len(manifest.bands)} bands ({str(exc).splitlines()[0]})") from None
    return model.eval()


def export_onnx(model: nn.Module, path: Path, bands: int, size: int) -> None:
    """ONNX graph with a dynamic batch axis; input ``image`` (N,C,H,W) float32, output ``logits``."""
    dummy = torch.zeros(1, bands, size, size)
    torch.onnx.export(model.eval(), dummy, str(path), input_names=["image"], output_names=["logits"],
                      dynamic_axes={"image": {0: "batch"}, "logits": {0: "batch"}}, opset_version=ONNX_OPSET,
                      dynamo=False)


def _probe(bands: int, size: int) -> torch.Tensor:
    return torch.from_numpy(np.random.default_rng(0).normal(size=(2, bands, size, size)).astype(np.float32))


def max_sigmoid_diff(a: nn.Module, b: nn.Module, bands: int, size: int) -> float:
    """Max |sigmoid(a(x)) - sigmoid(b(x))| over a fixed random probe batch."""
    x = _probe(bands, size)
    with torch.no_grad():
        return float((torch.sigmoid(a.eval()(x)) - torch.sigmoid(b.eval()(x))).abs().max())


def check_onnx(model: nn.Module, path: Path, bands: int, size: int, atol: float = 1e-4) -> float:
    """Max |sigmoid difference| between PyTorch and ONNX Runtime on random input; raises if > atol."""
    import onnxruntime as ort

    x = _probe(bands, size)
    with torch.no_grad():
        expected = torch.sigmoid(model.eval()(x)).numpy()
    session = ort.InferenceSession(str(path), providers=["CPUExecutionProvider"])
    got = 1.0 / (1.0 + np.exp(-session.run(None, {"image": x.numpy()})[0]))
    diff = float(np.abs(expected - got).max())
    if diff > atol:
        raise BundleError(f"{path}: ONNX output differs from PyTorch by {diff:.2e} (> {atol:.0e})")
    return diff


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
