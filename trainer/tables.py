"""Training data from either source: a labels CSV with its chips (trainer/data.py) or a tile GeoPackage
labelled in QGIS with the raster it was classified from (trainer/tiles.py), as one ChipTable."""
from __future__ import annotations

from pathlib import Path
from typing import Sequence

from .data import ChipTable, DataError, load_chip_table
from .tiles import load_tile_table


def load_table(data: str | Path, csv_path: str | Path | None = None, images: str | Path | None = None,
               kind: str = "auto", skip_bad: bool = False, limit: int | None = None,
               raster: str | Path | None = None, where: str | None = None,
               concept_tags: Sequence[str] = ()) -> ChipTable:
    """The chips of ``data``: a tile GeoPackage (``raster``, an optional ``where`` filter, concepts mapped
    to tags) or a chip folder / labels CSV. Problems raise one DataError naming the chips, unless
    ``skip_bad``, which logs a warning and leaves them out; ``limit`` keeps the first N rows."""
    data = Path(data)
    if data.suffix.lower() == ".gpkg":
        return load_tile_table(data, raster, skip_bad, limit, where, concept_tags)
    if raster is not None or where is not None or concept_tags:
        raise DataError("--raster, --where and --concept-tag go with a tile GeoPackage as --data (tiles.gpkg)")
    return load_chip_table(data, csv_path, images, kind, skip_bad, limit)
