"""Model bundle: the contract between trainer and plugin (a folder with manifest.json + weights + ONNX).

Everything the plugin must not guess lives in the manifest: labels in output order, thresholds,
input size, band order, how raw pixel values are scaled, normalisation, provenance and metrics.
"""
from __future__ import annotations

import json
import math
import os
import stat
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from ..errors import PlanetClassifierError
from ..labels import LABELS
from ..publish import not_a_file, write_text_atomic
from ..schema import ANY, NUMBER, loads, problems
from ..wording import tr
from .concepts import Concept, ConceptError

FORMAT_VERSION = 2
#: Formats this plugin reads: 1 (no embedding output, no concepts) and 2.
READABLE_FORMATS = (1, 2)
MANIFEST = "manifest.json"
SCALING_METHODS = ("as_is", "percentile_stretch", "divide", "linear")
#: The manifest is untrusted input: limits that no real bundle comes near.
MAX_MANIFEST_BYTES = 1_000_000
MAX_INPUT_SIZE = 2048   # px a side of the network input (a 2048 px float32 RGB chip is 50 MB)
MAX_CHIP_SIZE = 4096    # px a side of the ground window
MAX_BANDS = 16
MAX_HIDDEN = 8192       # units of a dense head layer
MAX_MEMBERS = 16        # models in an ensemble
MAX_PROBLEMS_SHOWN = 6


class BundleError(PlanetClassifierError, ValueError):
    """A model bundle that cannot be used; the message names the file and what is wrong."""


@dataclass
class Scaling:
    """How raw raster values of one dtype family become 0..1 values that look like the training JPGs.

    ``as_is``: 8-bit values / 255. ``percentile_stretch``: per band, the scene's ``low``..``high``
    percentiles of valid pixels map linearly to ``out_low``..``out_high`` (default 0..1; the
    trainer can fit them so stretched analytic chips match the dataset's JPG look), clipped to 0..1.
    ``divide``: value / ``scale``. ``linear``: value * ``gain`` + ``offset`` per band, clipped.
    """

    method: str = "as_is"
    low: float = 2.0
    high: float = 98.0
    scale: float = 255.0
    out_low: list[float] | None = None
    out_high: list[float] | None = None
    gain: list[float] | None = None
    offset: list[float] | None = None

    def validate(self, where: str) -> None:
        if self.method not in SCALING_METHODS:
            raise BundleError(tr("{where}: scaling method {method!r} is not one of {SCALING_METHODS}").format(
                where=where, method=self.method, SCALING_METHODS=SCALING_METHODS))
        if self.method == "percentile_stretch" and not 0 <= self.low < self.high <= 100:
            raise BundleError(tr("{where}: percentiles must satisfy 0 <= low < high <= 100").format(where=where))
        if self.method == "divide" and not self.scale > 0:
            raise BundleError(tr("{where}: divide scale must be > 0").format(where=where))
        if self.method == "linear" and (not self.gain or not self.offset or len(self.gain) != len(self.offset)):
            raise BundleError(tr("{where}: linear scaling needs gain and offset lists of equal length").format(
                where=where))
        if (self.out_low is None) != (self.out_high is None):
            raise BundleError(tr("{where}: give both out_low and out_high or neither").format(where=where))


@dataclass
class EmbeddingSpec:
    """The network's second output: the pooled backbone features of each chip.

    ``backbone_id`` names the backbone weights the features come from (a hash of them), so a concept
    taught on one backbone's embeddings is never applied to another's.
    """

    output: str
    size: int
    backbone_id: str
    dtype: str = "float16"  # how classify stores them in the GeoPackage

    def validate(self, where: str) -> None:
        if not isinstance(self.output, str) or not self.output:
            raise BundleError(tr("{where}: embedding.output must name the network output").format(where=where))
        if isinstance(self.size, bool) or not isinstance(self.size, int) or not 1 <= self.size <= 65536:
            raise BundleError(tr("{where}: embedding.size must be an integer in 1..65536").format(where=where))
        if not isinstance(self.backbone_id, str) or not self.backbone_id:
            raise BundleError(tr("{where}: embedding.backbone_id must be a non-empty string").format(where=where))
        if self.dtype not in ("float16", "float32"):
            raise BundleError(tr("{where}: embedding.dtype must be float16 or float32").format(where=where))


_FLOATS = ("optional", ("list", NUMBER, MAX_BANDS))
_SCALING = ("object", {"method": str, "low": NUMBER, "high": NUMBER, "scale": NUMBER, "out_low": _FLOATS,
                       "out_high": _FLOATS, "gain": _FLOATS, "offset": _FLOATS}, ())
_EMBEDDING = ("object", {"output": str, "size": int, "backbone_id": str, "dtype": str}, ("output", "size", "backbone_id"))
#: The type of every manifest field (schema.py); values and consistency are checked by Manifest.validate.
MANIFEST_TYPES = {
    "name": str, "architecture": str, "labels": ("list", str, len(LABELS)), "thresholds": ("dict", NUMBER, len(LABELS)),
    "version": str, "format": int, "input_size": int, "chip_size": int, "bands": ("list", str, MAX_BANDS),
    "scaling": ("dict", _SCALING, 16), "normalize": ("object", {"mean": ("list", NUMBER, MAX_BANDS),
                                                                "std": ("list", NUMBER, MAX_BANDS)}, ("mean", "std")),
    "decoding": ("dict", ANY, 64), "training": ("dict", ANY, 1000), "metrics": ("dict", ANY, 1000),
    "files": ("dict", str, 8), "model_kwargs": ("dict", ANY, 64), "embedding": ("optional", _EMBEDDING),
    "concepts": ("list", ("dict", ANY, 64), 1000),
}
_DECODING = {"atmosphere_exclusive": bool, "min_flag_support": int}
#: metrics entries code reads (the teach bank's, the familiarity check's); the rest of metrics is the card's to show
_METRICS = {"background": ("dict", ANY, 64), "familiarity": ("dict", ANY, 64)}
_BACKGROUND = {"transform": str}
_MODEL_KWARGS = ("object", {"hidden": int, "dropout": NUMBER, "tta": bool,
                            "members": ("list", ("object", {"architecture": str, "model_kwargs": ("dict", ANY, 64)},
                                                 ("architecture",)), MAX_MEMBERS)}, ())


def model_kwargs_problems(kwargs: dict[str, Any], path: str = "model_kwargs", member: bool = False) -> list[str]:
    """What is wrong with a manifest's model_kwargs (the arguments the network is built with)."""
    found = problems(kwargs, _MODEL_KWARGS, path)
    if found:
        return found
    if "hidden" in kwargs and not 1 <= kwargs["hidden"] <= MAX_HIDDEN:
        found.append(f"{path}.hidden must be in 1..{MAX_HIDDEN}, got {kwargs['hidden']}")
    if "dropout" in kwargs and not 0 <= kwargs["dropout"] < 1:
        found.append(f"{path}.dropout must be in [0, 1), got {kwargs['dropout']}")
    if "members" in kwargs:
        if member:
            found.append(f"{path}.members: an ensemble member cannot itself be an ensemble")
        elif not kwargs["members"]:
            found.append(f"{path}.members must list at least one model")
        for i, m in enumerate(kwargs["members"] if not member else []):
            found += model_kwargs_problems(m.get("model_kwargs", {}), f"{path}.members[{i}].model_kwargs", True)
    return found


def bundle_error(where: str, found: list[str]) -> BundleError:
    """One line naming every problem (the first few when there are many)."""
    shown = "; ".join(found[:MAX_PROBLEMS_SHOWN])
    more = tr(" (and {n} more)").format(n=len(found) - MAX_PROBLEMS_SHOWN) if len(found) > MAX_PROBLEMS_SHOWN else ""
    head = tr("{n} problems: ").format(n=len(found)) if len(found) > 1 else ""
    return BundleError(f"{where}: {head}{shown}{more}")


def _default_scaling() -> dict[str, Scaling]:
    return {"uint8": Scaling("as_is"), "uint16": Scaling("percentile_stretch", 2.0, 98.0)}


@dataclass
class Manifest:
    """manifest.json of a model bundle (format 2; format 1 has no embedding output and no concepts)."""

    name: str
    architecture: str
    labels: list[str]
    thresholds: dict[str, float]
    version: str = "0.0.0"
    format: int = FORMAT_VERSION
    input_size: int = 256
    chip_size: int = 256  # ground window in raster pixels; resized to input_size when they differ
    bands: list[str] = field(default_factory=lambda: ["red", "green", "blue"])
    scaling: dict[str, Scaling] = field(default_factory=_default_scaling)
    normalize: dict[str, list[float]] = field(
        default_factory=lambda: {"mean": [0.485, 0.456, 0.406], "std": [0.229, 0.224, 0.225]}
    )
    decoding: dict[str, Any] = field(default_factory=lambda: {"atmosphere_exclusive": True})
    training: dict[str, Any] = field(default_factory=dict)
    metrics: dict[str, Any] = field(default_factory=dict)
    files: dict[str, str] = field(default_factory=lambda: {"weights": "model.pt", "onnx": "model.onnx"})
    model_kwargs: dict[str, Any] = field(default_factory=dict)
    embedding: EmbeddingSpec | None = None
    concepts: list[Concept] = field(default_factory=list)

    # -- (de)serialisation -------------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any], where: str = MANIFEST) -> "Manifest":
        if not isinstance(data, dict):
            raise BundleError(tr("{where}: expected a JSON object").format(where=where))
        fmt = data.get("format")
        if fmt not in READABLE_FORMATS:
            raise BundleError(
                tr("{where}: manifest format {fmt!r} is not supported (this plugin reads format "
                   "{formats}); re-export the bundle with a matching trainer").format(
                where=where, fmt=fmt, formats=', '.join(map(str, READABLE_FORMATS)))
            )
        known = set(cls.__dataclass_fields__)
        missing = [k for k in ("name", "architecture", "labels", "thresholds") if k not in data]
        if missing:
            raise BundleError(tr("{where}: missing field(s): {missing}").format(
                where=where, missing=', '.join(missing)))
        unknown = sorted(set(data) - known)
        if unknown:
            raise BundleError(tr("{where}: unknown field(s): {unknown}").format(
                where=where, unknown=', '.join(unknown)))
        found = [p for key, spec in MANIFEST_TYPES.items() if key in data for p in problems(data[key], spec, key)]
        if isinstance(data.get("decoding"), dict):
            found += [p for key, spec in _DECODING.items() if key in data["decoding"]
                      for p in problems(data["decoding"][key], spec, f"decoding.{key}")]
        if isinstance(data.get("model_kwargs"), dict):
            found += model_kwargs_problems(data["model_kwargs"])
        metrics = data.get("metrics")
        if isinstance(metrics, dict):  # a background of text was an AttributeError out of teach, a transform list a TypeError
            found += [p for key, spec in _METRICS.items() if key in metrics
                      for p in problems(metrics[key], spec, f"metrics.{key}")]
            if isinstance(metrics.get("background"), dict):
                found += [p for key, spec in _BACKGROUND.items() if key in metrics["background"]
                          for p in problems(metrics["background"][key], spec, f"metrics.background.{key}")]
        if found:
            raise bundle_error(where, found)
        values = dict(data)
        try:
            values["scaling"] = {k: Scaling(**v) for k, v in data.get("scaling", {}).items()} or _default_scaling()
        except TypeError as exc:
            raise BundleError(tr("{where}: bad scaling entry ({exc})").format(where=where, exc=exc)) from None
        try:
            values["embedding"] = EmbeddingSpec(**data["embedding"]) if data.get("embedding") is not None else None
        except TypeError as exc:
            raise BundleError(tr("{where}: bad embedding entry ({exc})").format(where=where, exc=exc)) from None
        concepts = data.get("concepts", [])
        if not isinstance(concepts, list):
            raise BundleError(tr("{where}: concepts must be a list").format(where=where))
        values["concepts"] = []
        for i, c in enumerate(concepts):
            try:
                values["concepts"].append(Concept.from_dict(c, f"{where}: concepts[{i}]"))
            except ConceptError as exc:
                raise BundleError(str(exc)) from None
            except (TypeError, ValueError) as exc:  # numpy's words for weights that are not numbers
                raise BundleError(f"{where}: concepts[{i}]: {exc}") from None
        manifest = cls(**values)
        manifest.validate(where)
        return manifest

    def validate(self, where: str = MANIFEST) -> None:
        """Check values and consistency; raise one BundleError naming every problem."""
        found = self._problems()
        if found:
            raise bundle_error(where, found)

    def _problems(self) -> list[str]:
        found: list[str] = []
        if not self.labels or len(set(self.labels)) != len(self.labels):
            found.append("labels must be a non-empty list without duplicates")
        unknown = [l for l in self.labels if l not in LABELS]
        if unknown:
            found.append(f"labels not in the Planet-Amazon set: {', '.join(unknown)}")
        if set(self.thresholds) != set(self.labels):
            diff = set(self.thresholds) ^ set(self.labels)
            found.append(f"thresholds must have one entry per label (mismatch: {', '.join(sorted(diff))})")
        for label, t in self.thresholds.items():
            if not (isinstance(t, (int, float)) and 0.0 <= t <= 1.0 and not math.isnan(t)):
                found.append(f"threshold for {label} must be a number in [0, 1], got {t!r}")
        if not isinstance(self.input_size, int) or not 8 <= self.input_size <= MAX_INPUT_SIZE:
            found.append(f"input_size must be an integer in 8..{MAX_INPUT_SIZE}, got {self.input_size!r}")
        if not isinstance(self.chip_size, int) or not 8 <= self.chip_size <= MAX_CHIP_SIZE:
            found.append(f"chip_size must be an integer in 8..{MAX_CHIP_SIZE}, got {self.chip_size!r}")
        if not self.bands:
            found.append("bands must list at least one band")
        for key in ("mean", "std"):
            vals = self.normalize.get(key)
            if not isinstance(vals, list) or len(vals) != len(self.bands):
                found.append(f"normalize.{key} must have one value per band ({len(self.bands)})")
        if any(s <= 0 for s in self.normalize.get("std") or []):
            found.append("normalize.std values must be > 0")
        for dtype, scaling in self.scaling.items():
            try:
                scaling.validate(f"scaling.{dtype}")
            except BundleError as exc:
                found.append(str(exc))
            for name in ("out_low", "out_high", "gain", "offset"):
                values = getattr(scaling, name)
                if values is not None and len(values) != len(self.bands):
                    found.append(f"scaling.{dtype}.{name} must have one value per band")
        if "weights" not in self.files and "onnx" not in self.files:
            found.append("files must name 'weights' and/or 'onnx'")
        for kind, name in self.files.items():
            if not _plain_relative(name):
                found.append(f"files.{kind} {name!r} must be a file name inside the bundle folder")
        if not isinstance(self.decoding.get("min_flag_support", 0), int) or self.decoding.get("min_flag_support", 0) < 0:
            found.append("decoding.min_flag_support must be an integer >= 0")
        if self.embedding is not None:
            try:
                self.embedding.validate("embedding")
            except BundleError as exc:
                found.append(str(exc))
        if found:  # the concept checks below rely on a sound embedding
            return found
        if self.concepts and self.embedding is None:
            found.append("concepts need a model with an embedding output")
            return found
        names = [c.name for c in self.concepts]
        if len(set(names)) != len(names):
            found.append("concept names must be unique")
        for concept in self.concepts:
            try:
                concept.validate(self.embedding.size, self.embedding.backbone_id, "concept")
            except ConceptError as exc:
                found.append(str(exc))
            if concept.context != "none":  # classify scores a bundle's concepts batch by batch, tile by tile
                found.append(f"concept {concept.name!r} has {concept.context} context, which a bundle cannot "
                             "carry (a concept file can: classify --concept FILE)")
        return found

    @property
    def threshold_vector(self) -> list[float]:
        return [float(self.thresholds[l]) for l in self.labels]

    @property
    def display_name(self) -> str:
        return f"{self.name} {self.version}"


@dataclass
class Bundle:
    """A validated bundle on disk."""

    path: Path
    manifest: Manifest

    def file(self, kind: str) -> Path | None:
        """Path of the bundle's ``weights`` or ``onnx`` file, or None if it does not ship one."""
        name = self.manifest.files.get(kind)
        return inside(self.path, name, kind) if name else None

    @property
    def sample_f2(self) -> float | None:
        value = self.manifest.metrics.get("sample_f2")
        return float(value) if isinstance(value, (int, float)) else None


def load_bundle(path: str | Path) -> Bundle:
    """Read and validate a bundle folder; every problem is a BundleError with a one-line message."""
    folder = Path(path)
    if not folder.is_dir():
        raise BundleError(tr("model bundle {folder} is not a folder").format(folder=folder))
    manifest_path = folder / MANIFEST
    if not manifest_path.is_file():
        refuse_not_a_file(folder, manifest_path)
        raise BundleError(tr("model bundle {folder} has no {MANIFEST}").format(folder=folder, MANIFEST=MANIFEST))
    size = manifest_path.stat().st_size
    if size > MAX_MANIFEST_BYTES:
        raise BundleError(tr("{manifest_path}: {size:,} bytes is too large for a manifest "
                             "(at most {MAX_MANIFEST_BYTES:,}); is it the right file?").format(
            manifest_path=manifest_path, size=size, MAX_MANIFEST_BYTES=MAX_MANIFEST_BYTES))
    try:
        data = loads(manifest_path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise BundleError(tr("{manifest_path}: not readable JSON ({exc})").format(
            manifest_path=manifest_path, exc=exc)) from None
    except RecursionError:
        raise BundleError(tr("{manifest_path}: JSON nested too deeply to be a manifest").format(
            manifest_path=manifest_path)) from None
    manifest = Manifest.from_dict(data, str(manifest_path))
    for kind, name in manifest.files.items():
        path = inside(folder, name, kind)
        if not path.is_file():
            refuse_not_a_file(folder, path)
            raise BundleError(tr("model bundle {folder}: {kind} file {name} is missing").format(
                folder=folder, kind=kind, name=name))
    return Bundle(folder, manifest)


def refuse_not_a_file(folder: Path, path: Path) -> None:
    """BundleError saying what is at ``path``, a file of the bundle ``folder`` that is not a regular file, where
    something is there (a folder, a named pipe, a socket, a device): a FIFO was called missing, of a name ls lists."""
    try:
        mode = path.stat().st_mode   # through a link (inside the bundle: inside() has refused others)
    except OSError:
        return
    raise BundleError(tr("model bundle {folder}: {name} is {what}, not a file; put the bundle's file back, or "
                         "re-export the bundle").format(
        folder=folder, name=path.name, what=tr("a folder") if stat.S_ISDIR(mode) else not_a_file(mode)))


def _plain_relative(name: str) -> bool:
    path = Path(name)
    return bool(name) and not path.is_absolute() and ".." not in path.parts and "\\" not in name and ":" not in name


def inside(folder: Path, name: str, kind: str) -> Path:
    """``folder / name``, refused (BundleError) when it resolves outside ``folder`` (``..``, an absolute
    path, a symbolic link pointing elsewhere): a bundle never makes the plugin read other files."""
    path = folder / name
    root = folder.resolve()
    if not _plain_relative(name) or not path.resolve().is_relative_to(root):
        raise BundleError(tr("model bundle {folder}: {kind} file {name!r} lies outside the bundle folder; "
                             "a bundle's files must be inside it").format(folder=folder, kind=kind, name=name))
    return path


def read_array(path: Path) -> np.ndarray:
    """A bundle's ``.npy`` file (never unpickled: a bundle never makes the plugin run code); BundleError
    with one line when it is not a readable .npy array. Callers check its shape and dtype."""
    try:
        short = _short_of_its_header(path)
        if short is not None:  # np.load would allocate what the header declares before finding the file short
            raise ValueError(short)
        return np.load(path, allow_pickle=False)
    except (OSError, ValueError) as exc:
        raise BundleError(tr("{path}: not a readable .npy array ({reason}); re-export the bundle").format(
            path=path, reason=str(exc).splitlines()[0])) from None


def _short_of_its_header(path: Path) -> str | None:
    """Why the ``.npy`` file ``path`` cannot hold the array its header declares (a download cut off, a header
    edited), else None (a header numpy cannot read is np.load's to word)."""
    from numpy.lib import format as npy

    with open(path, "rb") as handle:
        try:
            read = {1: npy.read_array_header_1_0, 2: npy.read_array_header_2_0}.get(npy.read_magic(handle)[0])
            shape, _, dtype = read(handle) if read is not None else (None, None, None)
        except ValueError:
            return None
        held = os.fstat(handle.fileno()).st_size - handle.tell()
    needed = math.prod(shape) * dtype.itemsize if shape is not None else 0
    if needed <= held:
        return None
    return tr("its header declares {shape} {dtype} values, {needed:,} bytes; the file holds {held:,}").format(
        shape=" x ".join(map(str, shape)), dtype=dtype, needed=needed, held=held)


def write_manifest(manifest: Manifest, folder: str | Path) -> Path:
    """Validate and write ``folder/manifest.json`` under a temporary name, renamed into place."""
    manifest.validate()
    return write_text_atomic(Path(folder) / MANIFEST, json.dumps(manifest.to_dict(), indent=2) + "\n")


def default_bundle_path() -> Path:
    """The bundle shipped with the plugin: the first under resources/models/ of the plugin folder (the
    installed zip), else of the repository root (paths.ROOTS)."""
    from ..resources import ROOTS

    for candidate in (root / "resources" / "models" for root in ROOTS):
        if candidate.is_dir():
            bundles = sorted(p for p in candidate.iterdir() if (p / MANIFEST).is_file())
            if bundles:
                return bundles[0]
    raise BundleError(tr("no bundled model found under resources/models; pass a bundle folder explicitly"))


def resolve_bundle(bundle: "Bundle | str | Path | None") -> Bundle:
    """A loaded bundle from a Bundle, a folder, or None for the shipped one (default_bundle_path)."""
    if isinstance(bundle, Bundle):
        return bundle
    return load_bundle(bundle if bundle is not None else default_bundle_path())
