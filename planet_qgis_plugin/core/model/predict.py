"""Inference backends behind one interface: ONNX Runtime or PyTorch, CUDA when present, else CPU.

torch is optional (QGIS's Python rarely has it): it is imported only when the torch backend is used.
"""
from __future__ import annotations

import importlib.util
import os
import re
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Callable, Protocol

import numpy as np

from ..errors import PlanetClassifierError
from ..wording import tr, with_words
from .bundle import Bundle, BundleError, inside, refuse_not_a_file
from .concepts import sigmoid
from .onnx_files import external_files

#: ONNX Runtime on CPU runs a batch this many chips at a time: the network's activations are ~10 MB a chip
#: at 256 px, so 4 at a time holds ~140 MB less at peak than 16, with the same outputs (bit for bit) and
#: the same speed (a CPU gains nothing from larger batches). On CUDA the whole batch goes at once.
ONNX_CPU_SLICE = 4

#: On CUDA a batch grows with free GPU memory up to this many chips (more only adds host memory per buffer).
MAX_GPU_BATCH = 64
#: GPU memory a chip takes in the network, as a multiple of its input bytes (EfficientNet-Lite0 at 256 px:
#: ~10 MB of activations for a 0.75 MB chip), with room to spare.
ACTIVATION_FACTOR = 32

DEVICES = ("auto", "cuda", "cpu")   # Processing stores the name, so the order is free


@dataclass
class Prediction:
    """One batch through the network."""

    probs: np.ndarray                # (N, K) float32 tag probabilities
    embeddings: np.ndarray | None    # (N, F) float32 pooled backbone features; None if the bundle has none


class Predictor(Protocol):
    backend: str
    device: str

    def __call__(self, batch: np.ndarray) -> np.ndarray:
        """(N,C,H,W) float32 normalised chips -> (N,K) probabilities."""

    def predict(self, batch: np.ndarray) -> Prediction:
        """(N,C,H,W) float32 normalised chips -> probabilities and embeddings."""


#: ONNX Runtime 1.29 and later on Linux and macOS collects telemetry unless told otherwise before it starts: a device id
#: and a store of events (this Python's path, the machine, each session and model load) under ~/.cache/Microsoft, a
#: session file (.ses) in TMPDIR, sent to Microsoft while the machine is online. A run here reads local files and sends
#: nothing (docs/robustness.md); an analyst's own setting of the variable is kept.
ORT_OPT_OUT = ("ORT_DISABLE_TELEMETRY", "1")


def _has(module: str) -> bool:
    return importlib.util.find_spec(module) is not None


def onnxruntime_quiet():
    """onnxruntime, imported with its telemetry off (ORT_OPT_OUT: read once, as it starts, for the whole process)."""
    os.environ.setdefault(*ORT_OPT_OUT)
    import onnxruntime

    return onnxruntime


def _onnx_cuda() -> bool:
    if not _has("onnxruntime"):
        return False
    ort = onnxruntime_quiet()

    return "CUDAExecutionProvider" in ort.get_available_providers()


def _cuda_driver() -> bool:
    """An NVIDIA driver is installed: cheap, imports nothing (importing torch costs ~1 s and hundreds of MB).
    nvcuda is the driver's Windows name, looked for along PATH there; elsewhere ctypes' find_library ran ldconfig,
    gcc and ld in turn in every run on device auto (~10 ms of CPU, up to 0.1 s on a busy machine: docs/speed.md) to
    look for a libnvcuda no driver installs (Linux's is libcuda, with its kernel module's /proc/driver/nvidia)."""
    import os
    import sys

    if os.path.exists("/proc/driver/nvidia/version"):
        return True
    if sys.platform != "win32":
        return False
    import ctypes.util

    return bool(ctypes.util.find_library("nvcuda"))


def _torch_cuda() -> bool:
    """torch sees a CUDA device. Imports torch, so it is asked only where a driver exists."""
    if not _has("torch") or not _cuda_driver():
        return False
    import torch

    return torch.cuda.is_available()


def available_backends() -> list[str]:
    """What this Python can run, e.g. ``["onnx:cpu", "torch:cpu", "torch:cuda"]``."""
    found = []
    for name, entry in BACKEND_TABLE.items():
        if _has(entry.module):
            found += [f"{name}:cpu"] + ([f"{name}:cuda"] if entry.cuda() else [])
    return found


def check_external_data(bundle: Bundle, path) -> None:
    """BundleError where the model at ``path`` keeps a tensor in a file outside its folder, or in one that is not a
    regular file (a FIFO, a device): an onnxruntime older than 1.24 read it wherever it was (core/model/onnx_files)."""
    try:
        names = external_files(path)
    except (OSError, ValueError, RecursionError):   # not a protobuf, or nested past what onnxruntime reads: it says so
        return
    for name in names:
        data = inside(path.parent, name, "external data")
        if data.exists() and not data.is_file():
            refuse_not_a_file(bundle.path, data)


class OnnxPredictor:
    backend = "onnx"

    def __init__(self, bundle: Bundle, cuda: bool, threads: int = 0):
        ort = onnxruntime_quiet()

        path = bundle.file("onnx")
        check_external_data(bundle, path)
        providers = (["CUDAExecutionProvider"] if cuda else []) + ["CPUExecutionProvider"]
        try:
            options = ort.SessionOptions()
            options.intra_op_num_threads = max(0, int(threads))  # 0: ONNX Runtime's default (physical cores)
            # the CPU memory arena stays on (ONNX Runtime's default): without it every run allocates and
            # page-faults its activations afresh, and the network ran about 1.5x slower (docs/speed.md, "The
            # arena"); what the arena holds is a few chips' activations, freed with the session at the run's end
            options.enable_cpu_mem_arena = True
            # no spinning: ONNX Runtime's idle threads otherwise busy-wait between batches on the cores the
            # reader threads need (2 cores, 3072 px, three alternating pairs: whole run 4-10 % faster)
            options.add_session_config_entry("session.intra_op.allow_spinning", "0")
            # fatal only: ONNX Runtime printed its own coloured line for a model it cannot load (weights cut short)
            # above the one-line error below, which says the same
            options.log_severity_level = 4
            self.session = ort.InferenceSession(str(path), options, providers=providers)
        except Exception as exc:  # onnxruntime raises its own exception types
            raise BundleError(tr("{path}: ONNX model cannot be loaded ({reason})").format(
                path=path, reason=str(exc).splitlines()[0])) from None
        used = self.session.get_providers()
        self.device = "cuda" if "CUDAExecutionProvider" in used else "cpu"
        self.path = path
        check_onnx_interface(self.session, bundle.manifest, path)
        self.input_name = self.session.get_inputs()[0].name
        outputs = self.session.get_outputs()[0].shape[-1]
        if isinstance(outputs, int) and outputs != len(bundle.manifest.labels):
            raise BundleError(tr("{path}: the network has {outputs} outputs but the manifest lists "
                                 "{n} labels").format(path=path, outputs=outputs, n=len(bundle.manifest.labels)))
        self.outputs = [self.session.get_outputs()[0].name]
        self.widths = {self.outputs[0]: len(bundle.manifest.labels)}   # of each output's rows, checked as they come
        spec = bundle.manifest.embedding
        if spec is not None:
            found = {o.name: o.shape[-1] for o in self.session.get_outputs()}
            if spec.output not in found:
                raise BundleError(tr("{path}: the manifest declares an embedding output {output!r} but the "
                                     "network has only {found}; re-export the bundle").format(
                    path=path, output=spec.output, found=', '.join(found)))
            if isinstance(found[spec.output], int) and found[spec.output] != spec.size:
                raise BundleError(tr("{path}: the network's {output} output has {found} values "
                                     "but the manifest says {size}").format(
                    path=path, output=spec.output, found=found[spec.output], size=spec.size))
            self.outputs.append(spec.output)
            self.widths[spec.output] = spec.size

    def _run(self, outputs: list[str], batch: np.ndarray) -> list[np.ndarray]:
        batch = np.ascontiguousarray(batch, np.float32)
        step = ONNX_CPU_SLICE if self.device == "cpu" else max(1, len(batch))
        try:
            parts = [self.session.run(outputs, {self.input_name: batch[i:i + step]})
                     for i in range(0, max(1, len(batch)), step)]
        except Exception as exc:  # noqa: BLE001 -- onnxruntime's own types (Fail, RuntimeException, ...)
            raise failed_to_run(self.path, len(batch), exc) from None
        for start, part in zip(range(0, len(batch), step), parts):
            self._check_rows(outputs, part, len(batch[start:start + step]))
        if len(parts) == 1:
            return parts[0]
        return [np.concatenate([part[k] for part in parts]) for k in range(len(outputs))]

    def _check_rows(self, outputs: list[str], part: list[np.ndarray], chips: int) -> None:
        """One row of the declared width per chip in each output: a graph whose shapes are free (``batch``, a
        symbolic width) may give other rows at run time (one row whatever the batch: a ValueError traceback out of the
        flag folding, 'operands could not be broadcast together')."""
        for name, out in zip(outputs, part):
            if np.shape(out) != (chips, self.widths[name]):
                raise BundleError(tr("{path}: the network's {output} output is {shape} for a batch of {chips} chips, "
                                     "not ({chips}, {width}): re-export the bundle").format(
                    path=self.path, output=name, shape=tuple(np.shape(out)), chips=chips, width=self.widths[name]))

    def __call__(self, batch: np.ndarray) -> np.ndarray:
        return sigmoid(self._run(self.outputs[:1], batch)[0])

    def predict(self, batch: np.ndarray) -> Prediction:
        out = self._run(self.outputs, batch)
        return numbers(Prediction(sigmoid(out[0]), np.asarray(out[1], np.float32) if len(out) > 1 else None),
                       self.path)


#: Where in onnxruntime's sources a message was raised ('/onnxruntime_src/.../reshape_helper.h:84 onnxruntime::
#: ReshapeHelper::ReshapeHelper(const ...&, bool) '): no help to the analyst, and it pushed the reason past the cut.
_SOURCE_LINE = re.compile(r"\S*onnxruntime_src/\S+:\d+ \S+?\([^)]*\) ")


def failed_to_run(path, chips: int, exc: Exception) -> BundleError:
    """The network at ``path`` raised ``exc`` on a batch of ``chips``: a node that cannot run on them (a graph edited by
    hand or exported wrong: a Reshape that does not fit the chips), or memory it could not have. It was onnxruntime's
    exception and the whole traceback, out of the reading thread."""
    reason = _SOURCE_LINE.sub("", " ".join(str(exc).replace("[ONNXRuntimeError] : 1 : FAIL : ", "").split()))[:300]
    return BundleError(tr("{path}: the network failed on a batch of {chips} chips ({reason}): re-export the bundle, or "
                          "lower --batch-size if memory ran out").format(path=path, chips=chips, reason=reason))


def numbers(prediction: Prediction, path) -> Prediction:
    """``prediction`` once its probabilities and embeddings are all numbers; BundleError naming the network at
    ``path`` otherwise (a damaged file, an export of a network that diverged, a graph edited by hand): NaN reached the
    tile layer's NOT NULL fields, 'could not write tiles.gpkg: ... NOT NULL constraint failed', as if the disk were
    at fault."""
    for what, values in ((tr("probabilities"), prediction.probs), (tr("embeddings"), prediction.embeddings)):
        if values is not None and not np.isfinite(values).all():
            raise BundleError(tr("{path}: the network gives {what} that are not numbers (NaN or infinite): the bundle "
                                 "is damaged, or its network diverged in training; re-export it").format(
                path=path, what=what))
    return prediction


def check_onnx_interface(session, manifest, path) -> None:
    """The graph's declared input and first output against the manifest, before any chip is run: input
    (batch, bands, input_size, input_size) of float32 with a free batch axis, output (batch, labels)."""
    want = {1: (len(manifest.bands), "bands"), 2: (manifest.input_size, "px high"), 3: (manifest.input_size, "px wide")}
    image, logits = session.get_inputs()[0], session.get_outputs()[0]
    found = []
    others = [i.name for i in session.get_inputs()[1:]]
    if others:  # the run feeds the image alone: onnxruntime's ValueError at the first batch
        found.append(f"it takes inputs besides the image ({', '.join(others)})")
    if image.type != "tensor(float)":
        found.append(f"its input is {image.type}, not float32")
    if len(image.shape) != 4:
        found.append(f"its input has shape {image.shape}, not (batch, bands, height, width)")
    else:
        if isinstance(image.shape[0], int):
            found.append(f"its input takes a fixed batch of {image.shape[0]}; export it with a free batch axis")
        for axis, (size, what) in want.items():
            if isinstance(image.shape[axis], int) and image.shape[axis] != size:
                found.append(f"its input is {image.shape[axis]} {what} but the manifest says {size}")
    if len(logits.shape) != 2:
        found.append(f"its first output has shape {logits.shape}, not (batch, labels)")
    spec = manifest.embedding
    embedding = {o.name: o for o in session.get_outputs()}.get(spec.output) if spec is not None else None
    if embedding is not None and len(embedding.shape) != 2:
        found.append(f"its {spec.output} output has shape {embedding.shape}, not (batch, {spec.size})")
    if found:
        raise BundleError(tr("{path}: the network does not fit the manifest: {found}; re-export the bundle").format(
            path=path, found='; '.join(found)))


class TorchPredictor:
    backend = "torch"

    def __init__(self, bundle: Bundle, cuda: bool, threads: int = 0, half: bool = False):
        import torch

        from .networks import load_torch_model

        self.torch = torch
        self.device = "cuda" if cuda else "cpu"
        # float16 only on CUDA and only when asked: the outputs move (docs/speed.md, GPU)
        self.dtype = torch.float16 if half and cuda else torch.float32
        if threads > 0:
            torch.set_num_threads(int(threads))
        if cuda:
            torch.backends.cudnn.benchmark = True  # one batch shape (see _input): the fastest kernels picked once
            # float32 means float32: PyTorch's default TF32 convolutions moved probabilities by 4.3e-3 against
            # the CPU on an H200 (bench/gpu_check.py); float16 is the fast choice, asked for by name
            torch.backends.cudnn.allow_tf32 = False
            torch.backends.cuda.matmul.allow_tf32 = False
        self.rows = 0  # CUDA: every batch is padded to this many chips
        self.path = bundle.file("weights")
        self.model = load_torch_model(bundle.manifest, self.path).to(self.device, self.dtype)
        self.with_embedding = None
        spec = bundle.manifest.embedding
        if spec is not None:
            from torch import nn

            from .networks import WithEmbedding, has_embedding

            if not has_embedding(self.model):
                raise BundleError(tr("{path}: the manifest declares an embedding output but architecture "
                                     "{architecture!r} has no single backbone").format(
                    path=bundle.path, architecture=bundle.manifest.architecture))
            size = next(m for m in self.model.head.modules() if isinstance(m, nn.Linear)).in_features
            if size != spec.size:
                raise BundleError(tr("{path}: the network's backbone gives {size} features but the manifest's "
                                     "embedding has {size2}").format(path=bundle.path, size=size, size2=spec.size))
            self.with_embedding = WithEmbedding(self.model).eval()

    def host_buffer(self, shape: tuple[int, ...]) -> np.ndarray:
        """A float32 batch buffer for the reader: page-locked on CUDA, so the copy to the GPU is one DMA
        that does not wait for the CPU (pinned memory), plain memory on CPU."""
        if self.device != "cuda":
            return np.empty(shape, np.float32)
        return self.torch.empty(shape, dtype=self.torch.float32, pin_memory=True).numpy()

    def _input(self, batch: np.ndarray):
        x = self.torch.from_numpy(np.ascontiguousarray(batch, np.float32))
        if self.device == "cpu":
            return x
        x = x.to(self.device, non_blocking=x.is_pinned()).to(self.dtype)
        # one shape on CUDA: cuDNN autotunes every new batch shape (seconds each), and a batch shortened by
        # nodata tiles or the grid's end would be one; padded with zeros, the extra rows are dropped after
        self.rows = max(self.rows, len(x))
        if len(x) < self.rows:
            x = self.torch.cat([x, x.new_zeros((self.rows - len(x), *x.shape[1:]))])
        return x

    def __call__(self, batch: np.ndarray) -> np.ndarray:
        torch = self.torch
        with torch.inference_mode():
            return torch.sigmoid(self.model(self._input(batch))[:len(batch)].float()).cpu().numpy()

    def predict(self, batch: np.ndarray) -> Prediction:
        if self.with_embedding is None:
            return numbers(Prediction(self(batch), None), self.path)
        torch = self.torch
        with torch.inference_mode():
            logits, features = self.with_embedding(self._input(batch))
            n = len(batch)
            return numbers(Prediction(torch.sigmoid(logits[:n].float()).cpu().numpy(),
                                      features[:n].float().cpu().numpy()), self.path)

    def batch_size(self, chip_bytes: int, requested: int) -> int:
        """Chips per batch on CUDA: ``requested`` raised, up to MAX_GPU_BATCH, while the network's
        activations (about ACTIVATION_FACTOR x the input chip each) fit in half the free GPU memory."""
        if self.device != "cuda":
            return requested
        free, _ = self.torch.cuda.mem_get_info()
        fits = int(free // 2 // max(1, chip_bytes * ACTIVATION_FACTOR))
        self.rows = max(self.rows, requested, min(MAX_GPU_BATCH, fits))
        return self.rows


@dataclass
class BackendChoice:
    backend: str
    cuda: bool
    messages: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Backend:
    """One inference backend: what it needs and how it is built. A new backend (TensorRT, OpenVINO) is one
    more entry in BACKEND_TABLE; the CLI, the dialog and Processing offer every entry by name."""

    name: str
    module: str                                  # the Python package it imports
    bundle_file: str                             # the bundle file it runs (Bundle.file kind)
    cuda: Callable[[], bool]                     # whether it can run on CUDA here (asked only when wanted)
    build: Callable[..., Predictor]              # (bundle, cuda, threads, half) -> predictor


BACKEND_TABLE: dict[str, Backend] = {b.name: b for b in (  # auto's order on CPU: the first that can run
    Backend("onnx", "onnxruntime", "onnx", _onnx_cuda, lambda bundle, cuda, threads, half: OnnxPredictor(bundle, cuda, threads)),
    Backend("torch", "torch", "weights", _torch_cuda, TorchPredictor),
)}
BACKENDS = ("auto", *BACKEND_TABLE)


def choose_backend(bundle: Bundle, backend: str = "auto", device: str = "auto") -> BackendChoice:
    """Resolve auto/explicit backend and device against what is installed and what the bundle ships.

    ``auto`` prefers the first backend of BACKEND_TABLE that can run (ONNX Runtime: fastest on CPU, no torch
    needed) and a backend with CUDA when one has it. Requesting CUDA where there is none falls back to CPU
    with a message.
    """
    if backend not in BACKENDS:
        raise PlanetClassifierError(tr("backend {backend!r} is not one of {BACKENDS}").format(
            backend=backend, BACKENDS=', '.join(BACKENDS)))
    if device not in DEVICES:
        raise PlanetClassifierError(tr("device {device!r} is not one of {DEVICES}").format(
            device=device, DEVICES=', '.join(DEVICES)))
    can = {name: _has(b.module) and bundle.file(b.bundle_file) is not None for name, b in BACKEND_TABLE.items()}
    wants_cuda = device != "cpu"
    cuda: dict[str, bool] = {}
    for name, entry in BACKEND_TABLE.items():
        # a backend is asked about CUDA (torch: an import of ~1 s) only when it is requested, or when auto
        # might pick it for CUDA because no backend before it has CUDA
        asked = can[name] and wants_cuda and (backend == name or (backend == "auto" and not any(cuda.values())))
        cuda[name] = asked and entry.cuda()
    messages: list[str] = []
    if backend == "auto":
        order = list(BACKEND_TABLE)
        if wants_cuda:
            order.sort(key=lambda b: not cuda[b])  # a CUDA-capable backend first
        usable = [b for b in order if can[b]]
        if not usable:
            raise PlanetClassifierError(
                tr("no inference backend: install onnxruntime (pip install onnxruntime) or PyTorch")
            )
        backend = usable[0]
    elif not can[backend]:
        entry = BACKEND_TABLE[backend]
        reason = (f"{entry.module} is not installed" if not _has(entry.module)
                  else f"the bundle has no {entry.bundle_file} file")
        raise PlanetClassifierError(tr("backend {backend} cannot be used: {reason}").format(
            backend=backend, reason=reason))
    use_cuda = device != "cpu" and cuda[backend]
    if device == "cuda" and not use_cuda:
        messages.append(f"CUDA requested but not available to {backend}: using CPU")
    return BackendChoice(backend, use_cuda, messages)


def make_predictor(bundle: Bundle, backend: str = "auto", device: str = "auto",
                   threads: int = 0, half: bool = False) -> tuple[Predictor, list[str]]:
    """Build the predictor; also return user messages (e.g. CUDA fallback). ``threads``: CPU threads for
    inference (0 = the backend's default, all cores); batch workers sharing a machine split the cores.
    ``half``: float16 on CUDA where the backend offers it (outputs move by ~1e-3)."""
    choice = choose_backend(bundle, backend, device)
    predictor = BACKEND_TABLE[choice.backend].build(bundle, choice.cuda, threads, half)
    if choice.cuda and predictor.device != "cuda":
        choice.messages.append(f"{choice.backend} could not start on CUDA: using CPU")
    return predictor, choice.messages


def start_predictor(bundle: Bundle, backend: str = "auto", device: str = "auto") -> Future:
    """make_predictor(bundle, backend, device) begun in a background thread, so that a run opens its raster and
    reads the scene statistics meanwhile (ONNX Runtime's session start, torch's import); ``.result()`` waits
    and returns what make_predictor returns, or raises what it raised (the same one-line error)."""
    pool = ThreadPoolExecutor(1, thread_name_prefix="planet-model-start")
    try:
        return pool.submit(with_words(make_predictor), bundle, backend, device)
    finally:
        pool.shutdown(wait=False)  # the thread ends with its one job


def chips_per_second(predictor: Predictor, manifest, batch_size: int = 16, batches: int = 4) -> float:
    """Bare-model throughput: chips/s from the median time of ``batches`` random batches (after a warm-up)."""
    import time

    x = np.random.default_rng(0).normal(
        size=(batch_size, len(manifest.bands), manifest.input_size, manifest.input_size)).astype(np.float32)
    predictor(x)
    times = []
    for _ in range(batches):
        start = time.perf_counter()
        predictor(x)
        times.append(time.perf_counter() - start)
    return batch_size / float(np.median(times))
