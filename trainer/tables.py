"""Training data from either source: a labels CSV with its chips (trainer/data.py) or a tile GeoPackage
labelled in QGIS with the raster it was classified from (trainer/tiles.py), as one ChipTable."""
from __future__ import annotations

from pathlib import Path
from typing import Sequence

from .data import ChipTable, DataError, load_chip_table
from .tiles import load_tile_table


def add_tile_options(group) -> None:
    """The options that go with a tile GeoPackage as --data, the same in every tool that reads labelled chips
    (train, evaluate, ensemble): --raster, --where and --concept-tag (``concept_tags``, a list or None)."""
    group.add_argument("--raster", default=None, help="with a tile GeoPackage as --data: the raster it was "
                       "classified from; each tile's chip is cut from it and scaled as the plugin does")
    group.add_argument("--where", default=None, help="with a tile GeoPackage: use only the tiles matching this "
                       "simple filter (fields compared with numbers or 'text', joined by AND / OR / NOT, e.g. "
                       "\"reviewed = 1\"); tiles with empty tags are always left out")
    group.add_argument("--concept-tag", dest="concept_tags", action="append", default=None, metavar="NAME=TAG",
                       help="with a tile GeoPackage: a concept taught in QGIS labels a tag; every labelled tile whose "
                            "flag_NAME is set gets TAG (repeatable), e.g. gold_pits=artisinal_mine")


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
