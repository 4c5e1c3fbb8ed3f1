"""ClassifyOptions: how classify() runs, as plain values (no heavy imports), so the QGIS edge and the
batch can build on them before rasterio or a backend is known to be installed."""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .aoi import AOI

#: Chips per inference batch unless the analyst says otherwise (CLI, batch, dialog, Processing).
DEFAULT_BATCH_SIZE = 16


@dataclass
class ClassifyOptions:
    backend: str = "auto"
    device: str = "auto"
    batch_size: int = DEFAULT_BATCH_SIZE
    bands: str | dict[str, int] | None = None
    aoi: AOI | None = None
    stride: int | None = None
    overwrite: bool = False
    prefetch: int = 2
    readers: int | None = None  # reader threads; None: one per core (see reader.default_readers)
    embeddings: bool = True  # store each tile's embedding (for teach); False: --no-embeddings
    max_tiles: int | None = None  # most tiles with data one run classifies (None: run_size.MAX_TILES)
