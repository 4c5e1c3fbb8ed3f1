"""The labelled example tiles of ../shared/data and their embeddings under a model bundle.

Shared by bench/teach_eval.py and scripts/build_starter_concepts.py (one place for "which tiles,
which labels, which features"):

* ``planet_sample``: the 64 Kaggle chips (each chip is one tile) and their 17-tag labels;
* ``planet_examples``: 256-px tiles of the public Planet strips, cut from the top-left at stride 256
  as core/pipeline/tiling.py does, with the by-eye labels of bench/data/tile_labels.csv. Edge tiles at least
  MIN_SIDE px on both sides are kept and padded as classify pads them (mine1.jpg is 254 px tall).

Embeddings are the bundle's own embedding output (ONNX Runtime when the graph has it, else the
PyTorch backbone: the same tensor), computed from chips prepared exactly as classify prepares an 8-bit
RGB raster (the bundle's uint8 scaling rule and normalisation). They are rounded to float16, as
classify stores them.
"""
from __future__ import annotations

import csv
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from PIL import Image

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "data"
SAMPLE = SHARED / "planet_sample"
EXAMPLES = SHARED / "planet_examples"
LABELS_CSV = ROOT / "bench" / "data" / "tile_labels.csv"
TILE = 256
MIN_SIDE = 240


@dataclass
class TileSet:
    """Tiles with an id each (``image`` or ``image row:col``), their source image and their features."""

    ids: list[str]
    images: list[str]
    embeddings: np.ndarray          # (N, D) float32 (float16 values)
    probabilities: np.ndarray       # (N, 17) the bundle's head, in manifest label order
    labels: dict[str, dict[str, int]] = field(default_factory=dict)  # concept -> {tile id: 0/1}

    def index(self) -> dict[str, int]:
        return {tile: i for i, tile in enumerate(self.ids)}


def shared_data_missing() -> str | None:
    """Why the labelled examples cannot be used here, or None when they can."""
    for path in (SAMPLE / "labels.csv", EXAMPLES / "culltivation2.jpg"):
        if not path.exists():
            return f"{path} is absent (the shared data folder ../shared/data is needed)"
    return None


def tile_id(image: str, row: int, col: int) -> str:
    return f"{image} {row}:{col}"


def parse_tile_id(tile: str) -> tuple[str, int, int]:
    """``"image row:col"`` -> (image, row, col)."""
    image, cell = tile.rsplit(" ", 1)
    row, col = cell.split(":")
    return image, int(row), int(col)


def grid_tiles(path: Path) -> list[tuple[int, int, np.ndarray]]:
    """(row, col, hxwx3 uint8) of the 256-px tiles of an RGB image cut from the top-left, those at least
    MIN_SIDE px on both sides (full tiles, and edge tiles that are nearly full)."""
    array = np.asarray(Image.open(path).convert("RGB"))
    rows, cols = (array.shape[0] + TILE - MIN_SIDE) // TILE, (array.shape[1] + TILE - MIN_SIDE) // TILE
    return [(r, c, array[r * TILE:(r + 1) * TILE, c * TILE:(c + 1) * TILE]) for r in range(rows) for c in range(cols)]


def d4(chip: np.ndarray) -> list[np.ndarray]:
    """The 8 rotations/reflections of an HxWx3 chip (the first is the chip itself)."""
    views = [np.rot90(chip, k) for k in range(4)]
    return [np.ascontiguousarray(v) for v in views + [v[:, ::-1] for v in views]]


class Embedder:
    """HxWx3 uint8 chips -> (embeddings, probabilities) with a bundle, as classify would compute them."""

    def __init__(self, bundle, batch_size: int = 16):
        from planet_qgis_plugin.core.pipeline.preprocess import Scaler, normalize, resize_bilinear, scaling_rule

        self.manifest = bundle.manifest
        self.batch_size = batch_size
        self._scale = Scaler(scaling_rule(self.manifest, "uint8"))
        self._resize, self._normalize = resize_bilinear, normalize
        self._run = self._onnx(bundle) or self._torch(bundle)

    def _onnx(self, bundle):
        onnx_path, spec = bundle.file("onnx"), self.manifest.embedding
        if onnx_path is None or spec is None:
            return None
        try:
            from planet_qgis_plugin.core.model.predict import onnxruntime_quiet

            ort = onnxruntime_quiet()
        except ImportError:
            return None
        session = ort.InferenceSession(str(onnx_path), providers=["CPUExecutionProvider"])
        names = [o.name for o in session.get_outputs()]
        if spec.output not in names:
            return None
        logits = next(n for n in names if n != spec.output)
        self.backend = "onnx"
        return lambda x: session.run([logits, spec.output], {session.get_inputs()[0].name: x})

    def _torch(self, bundle):
        import torch

        from planet_qgis_plugin.core.model.networks import load_torch_model

        net = load_torch_model(self.manifest, bundle.file("weights"))
        self.backend = "torch"

        def run(x):
            with torch.no_grad():
                features = net.backbone(torch.from_numpy(x))
                return [net.head(features).numpy(), features.numpy()]
        return run

    def prepare(self, chip: np.ndarray) -> np.ndarray:
        raw = np.transpose(chip, (2, 0, 1))  # the bundle's bands are red, green, blue: the JPG's order
        _, h, w = raw.shape  # an edge tile is padded with zeros after scaling, as core/pipeline/preprocess.py does
        scaled = np.pad(self._scale(raw), ((0, 0), (0, TILE - h), (0, TILE - w)))
        scaled = self._resize(scaled, self.manifest.input_size)
        return self._normalize(scaled, self.manifest.normalize["mean"], self.manifest.normalize["std"])

    def __call__(self, chips: list[np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
        embeddings, probabilities = [], []
        for start in range(0, len(chips), self.batch_size):
            batch = np.stack([self.prepare(c) for c in chips[start:start + self.batch_size]]).astype(np.float32)
            logits, features = self._run(batch)
            probabilities.append(1.0 / (1.0 + np.exp(-logits.astype(np.float64))))
            embeddings.append(features.astype(np.float16).astype(np.float32))
        return np.concatenate(embeddings), np.concatenate(probabilities).astype(np.float32)


def read_tile_labels(path: Path = LABELS_CSV) -> dict[str, dict[str, int]]:
    """concept -> {tile id: 0/1} from bench/data/tile_labels.csv."""
    out: dict[str, dict[str, int]] = {}
    with open(path, newline="") as f:
        for row in csv.DictReader(f):
            out.setdefault(row["concept"], {})[tile_id(row["image"], int(row["row"]), int(row["col"]))] = int(row["label"])
    return out


def sample_chip(name: str) -> np.ndarray:
    """The 256x256x3 uint8 planet_sample chip ``name`` (e.g. ``train_24``)."""
    return np.asarray(Image.open(SAMPLE / "images" / f"{name}.jpg").convert("RGB"))[:TILE, :TILE]


def sample_tiles(embedder: Embedder) -> TileSet:
    """The 64 planet_sample chips; labels: tag -> {chip: 0/1} for the 17 tags."""
    from planet_qgis_plugin.core.labels import LABELS, parse_tags

    with open(SAMPLE / "labels.csv", newline="") as f:
        rows = [(r["image_name"], set(parse_tags(r["tags"]))) for r in csv.DictReader(f)]
    chips = [sample_chip(name) for name, _ in rows]
    embeddings, probabilities = embedder(chips)
    labels = {tag: {name: int(tag in tags) for name, tags in rows} for tag in LABELS}
    names = [name for name, _ in rows]
    return TileSet(names, names, embeddings, probabilities, labels)


def example_tiles(embedder: Embedder, images: list[str] | None = None) -> TileSet:
    """Every full tile of the planet_examples strips (all of them unless ``images`` names some)."""
    labels = read_tile_labels()
    images = images or sorted({tile.split(" ")[0] for per in labels.values() for tile in per})
    ids, sources, chips = [], [], []
    for image in images:
        for r, c, chip in grid_tiles(EXAMPLES / image):
            ids.append(tile_id(image, r, c))
            sources.append(image)
            chips.append(chip)
    embeddings, probabilities = embedder(chips)
    keep = set(ids)
    return TileSet(ids, sources, embeddings, probabilities,
                   {concept: {t: v for t, v in per.items() if t in keep} for concept, per in labels.items()})
