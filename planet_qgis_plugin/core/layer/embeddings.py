"""How tile embeddings are stored in the tile GeoPackage (the contract between classify and teach).

Each tile of layer ``tiles`` carries its embedding in the BLOB field ``embedding`` (little-endian
float16 or float32, ``size`` values), so the GeoPackage stays a single layer (QGIS opens it without a
sub-layer chooser) and the embedding is linked to the tile's fid by construction. The layer's
metadata (OGR layer metadata items below) say which backbone made them, how many values and the dtype.
"""
from __future__ import annotations

import numpy as np

EMBEDDING_FIELD = "embedding"
#: OGR layer metadata items written by classify and read back by teach.
META_BACKBONE = "PLANET_BACKBONE_ID"
META_SIZE = "PLANET_EMBEDDING_SIZE"
META_DTYPE = "PLANET_EMBEDDING_DTYPE"


def encode(vectors: np.ndarray, dtype: str = "float16") -> list[bytes]:
    """(N, D) -> N blobs of little-endian ``dtype`` values."""
    array = np.ascontiguousarray(np.asarray(vectors, dtype=np.dtype(dtype).newbyteorder("<")))
    return [row.tobytes() for row in array]


def decode_blobs(blobs: list[bytes], size: int, dtype: str = "float16", names: list | None = None) -> np.ndarray:
    """N blobs -> (N, size) float32; ValueError naming the first blob of the wrong length (by ``names[i]``, e.g. its
    fid, where given; else by its place in the list)."""
    width = size * np.dtype(dtype).itemsize
    for i, blob in enumerate(blobs):
        if blob is None or len(blob) != width:
            name = f"embedding {i}" if names is None else f"the embedding of {names[i]}"
            raise ValueError(f"{name} has {0 if blob is None else len(blob)} bytes, expected {width}")
    joined = b"".join(blobs)
    return np.frombuffer(joined, dtype=np.dtype(dtype).newbyteorder("<")).reshape(len(blobs), size).astype(np.float32)
