"""Training data from QGIS: a tile GeoPackage written by classify, whose ``tags`` an analyst has edited,
plus the raster it was classified from.

Each tile's chip is cut from the raster at the tile's window (its polygon mapped back to pixels, so
any --stride works) and read and scaled by the plugin's own code (core.pipeline.reader.WindowSource for pixels
and nodata, core.pipeline.preprocess for the per-scene scaling), so the network trains on exactly what the
plugin will feed it. Labels come from the ``tags`` field; tiles whose tags are empty are left out and
counted. ``where`` (an OGR SQL filter such as ``reviewed = 1``) keeps only the tiles an analyst checked.
A concept taught in QGIS feeds a tag too: ``concept_tags`` ``{"gold_pits": "artisinal_mine"}`` adds the
tag to every labelled tile whose ``flag_gold_pits`` is set.
"""
from __future__ import annotations

import logging
import os
from collections import Counter
from pathlib import Path
from typing import Sequence

import numpy as np

from planet_qgis_plugin.core.errors import PlanetClassifierError
from planet_qgis_plugin.core.labels import LABELS, UnknownTagError, canonical_tag, parse_tags
from planet_qgis_plugin.core.layer.schema import LAYER, RUN_META, concept_names, recorded_grid
from planet_qgis_plugin.core.layer.sqlite_read import connect_read_only
from planet_qgis_plugin.core.layer.tiletable import defined_srs, field_names, open_tile_layer
from planet_qgis_plugin.core.model.bundle import MAX_CHIP_SIZE, Manifest, Scaling
from planet_qgis_plugin.core.model.concepts import ConceptError, check_concept_name
from planet_qgis_plugin.core.pipeline.bands import map_bands
from planet_qgis_plugin.core.pipeline.preprocess import ChipPreprocessor, scene_scaler
from planet_qgis_plugin.core.pipeline.raster import (
    check_written,
    footprint_transform,
    gap_words,
    never_written,
    north_up,
    open_raster,
)
from planet_qgis_plugin.core.pipeline.reader import WindowSource
from planet_qgis_plugin.core.pipeline.tiling import Tile

from .data import BANDS, ChipTable, DataError, chip_rule, names_text, not_there, unknown_tags_error
from .where import check_where

#: Why a tile is left out when its window misses the raster altogether.
OFF_RASTER = "does not overlap the raster"
#: The tile size of a layer whose run did not record its grid (the manifest's default chip size).
CHIP_SIZE = Manifest.__dataclass_fields__["chip_size"].default


class RasterChips:
    """Chips of one raster at given windows, 0..1 as the plugin scales that raster for a bundle whose
    8-bit rule is ``as_is`` and other types' rule ``rule`` (default: the trainer's p2..p98 stretch).

    Picklable for DataLoader workers: each process opens its own dataset handle on first use."""

    def __init__(self, path: Path, bands: list[str], chip_size: int = CHIP_SIZE):
        self.path, self.chip_size = Path(path), chip_size
        with open_raster(self.path) as src:
            self.dtype = src.dtypes[0]
            self.mapping = map_bands(src.count, self.dtype == "uint8", src.descriptions, bands)
            check_written(src, self.mapping.indexes)  # none written (an export stopped midway): refused
            self._gaps = never_written(src, self.mapping.indexes) > 0   # some: each tile's window is looked at
            self.gap_words = gap_words(src)
            self.gap_remedy = (f"if they hold no data, give the raster a NoDataValue (gdal_translate -of VRT -a_nodata 0 "
                               f"{self.path.name} {self.path.stem}_nodata.vrt)" if src.driver == "VRT" else
                               "if a write stopped before its end, re-export the raster")
            self.width, self.height = src.width, src.height
            self.transform, self.crs = footprint_transform(src), src.crs
        self._scalers: dict = {}
        self._source: tuple[int, WindowSource] | None = None

    def in_gaps(self, window) -> bool:
        """Whether ``window`` lies partly where no data was written (a GeoTIFF's blocks never written, a VRT's area
        none of its sources reaches), which reads as zeros (black chips given the tile's tags)."""
        if not self._gaps:
            return False
        with open_raster(self.path) as src:
            return never_written(src, self.mapping.indexes,
                                 (window.col_off, window.row_off, window.width, window.height)) > 0

    def __getstate__(self) -> dict:
        return {**self.__dict__, "_source": None}

    def rule(self, rule: Scaling | None) -> Scaling:
        return chip_rule(self.dtype == "uint8", rule)

    def _window_source(self) -> WindowSource:
        if self._source is None or self._source[0] != os.getpid():
            self._source = (os.getpid(), WindowSource(open_raster(self.path), self.mapping.indexes, self.chip_size))
        return self._source[1]

    def chip(self, window, rule: Scaling | None = None) -> np.ndarray:
        """(C, S, S) float32 0..1 of the raster's bands at ``window``, north-up (raster.north_up); nodata and padding
        are 0."""
        source = self._window_source()
        rule = self.rule(rule)
        key = (rule.method, rule.low, rule.high, str(rule.out_low), str(rule.out_high), str(rule.gain), str(rule.offset))
        if key not in self._scalers:
            self._scalers[key] = scene_scaler(source.dataset, self.mapping.indexes, rule)
        bands = len(self.mapping.indexes)
        got = source.read(Tile(0, 0, window))
        if got is None:  # all nodata (left out by load_tile_table; kept safe here)
            return np.zeros((bands, self.chip_size, self.chip_size), np.float32)
        identity = ChipPreprocessor(self._scalers[key], self.chip_size, self.chip_size, [0.0] * bands, [1.0] * bands)
        return north_up(identity(*got)[0][None], self.transform)[0]   # as classify gave it to the network


def parse_concept_tags(items: Sequence[str]) -> dict[str, str]:
    """``["NAME=TAG", ...]`` -> {concept name: dataset tag}; DataError for a malformed item."""
    out = {}
    for item in items:
        name, sep, tag = item.partition("=")
        if not sep:
            raise DataError(f"--concept-tag {item!r} must be NAME=TAG, e.g. gold_pits=artisinal_mine")
        try:
            out[check_concept_name(name.strip())] = canonical_tag(tag)
        except (ConceptError, UnknownTagError) as exc:
            raise DataError(f"--concept-tag {item!r}: {exc}") from None
    return out


def load_tile_table(gpkg: str | Path, raster: str | Path | None, skip_bad: bool = False, limit: int | None = None,
                    where: str | None = None, concept_tags: Sequence[str] = ()) -> ChipTable:
    """Labelled tiles of ``gpkg`` (layer ``tiles``) as chips of ``raster``. Problems raise one DataError
    naming the tiles, unless ``skip_bad`` (then they are left out with a warning)."""
    gpkg = Path(gpkg)
    if raster is None:
        raise DataError(f"{gpkg} is a tile GeoPackage: pass --raster with the raster it was classified from")
    if not gpkg.is_file():
        raise DataError(not_there("tile GeoPackage", gpkg))
    try:
        chips = RasterChips(Path(raster), BANDS["raster"])
    except PlanetClassifierError as exc:
        raise DataError(str(exc)) from None
    rows = _read_tiles(gpkg, where, chips, parse_concept_tags(concept_tags))
    unlabelled = [name for name, tags, _ in rows if not tags]
    rows = [r for r in rows if r[1]]
    if unlabelled:
        logging.getLogger("trainer").warning("%d of %d tiles have no tags and are left out: %s", len(unlabelled),
                                             len(unlabelled) + len(rows), names_text(unlabelled))
    if not rows:
        raise DataError(f"{gpkg}: no tile has tags{' matching --where' if where else ''}; "
                        "label tiles in the 'tags' field (e.g. 'clear primary') first")
    twice = [f"{name} ({n} times)" for name, n in Counter(name for name, _, _ in rows).items() if n > 1]
    if twice:
        raise DataError(f"{gpkg}: {len(twice)} tiles are in the layer more than once with tags: {names_text(twice, 3)} "
                        "(copied features?); keep one feature per tile (a tile listed twice can land in both "
                        "training and validation)")
    if limit:
        rows = rows[:limit]
    outside = [(name, why) for name, _, window in rows if (why := _window_problem(window, chips))]
    if outside and all(why == OFF_RASTER for _, why in outside) and len(outside) == len(rows):
        raise DataError(f"none of the {len(rows)} tiles of {gpkg.name} overlaps {chips.path.name}: is it the raster "
                        "the GeoPackage was classified from?")
    if outside:
        rows = _left_out(rows, {n for n, _ in outside}, skip_bad, gpkg,
                         f"{len(outside)} tiles do not lie on {chips.path.name}'s pixel grid: "
                         f"{names_text([f'{n} ({why})' for n, why in outside], 3)}; is it the raster the GeoPackage "
                         "was classified from?")
    gaps = [name for name, _, window in rows if chips.in_gaps(window)]
    if gaps:
        rows = _left_out(rows, set(gaps), skip_bad, gpkg,
                         f"{len(gaps)} tiles lie {chips.gap_words}, which read as zeros (it "
                         f"declares no nodata value): {names_text(gaps, 3)}; {chips.gap_remedy}")
    targets = np.zeros((len(rows), len(LABELS)), dtype=np.float32)
    for j, (_, tags, _) in enumerate(rows):
        for tag in tags:
            targets[j, LABELS.index(tag)] = 1.0
    return ChipTable([r[0] for r in rows], [chips.path] * len(rows), targets, "raster", gpkg,
                     raster=chips, windows=[r[2] for r in rows], chip_size=chips.chip_size)


def _left_out(rows: list, bad: set[str], skip_bad: bool, gpkg: Path, message: str) -> list:
    """``rows`` without the tiles named ``bad`` (``message`` says why) with --skip-bad, said as a warning; else the
    DataError saying ``message``."""
    if not skip_bad:
        raise DataError(message + " (pass --skip-bad to train without them)")
    logging.getLogger("trainer").warning("skipping %s", message)
    rows = [r for r in rows if r[0] not in bad]
    if not rows:
        raise DataError(f"{gpkg}: no usable tiles left")
    return rows


def _read_tiles(gpkg: Path, where: str | None, chips: RasterChips,
                concept_tags: dict[str, str]) -> list[tuple[str, list[str], object]]:
    """(name 'ROW:COL', tags, pixel window) of every tile, in fid order; unknown tags named all at once.
    GDAL raises while the layer is read; its exception mode is process-wide, so it is put back after."""
    from osgeo import gdal

    raising = gdal.GetUseExceptions()
    gdal.UseExceptions()
    try:
        return _read_layer(gpkg, where, chips, concept_tags)
    finally:
        if not raising:
            gdal.DontUseExceptions()


def _read_layer(gpkg: Path, where: str | None, chips: RasterChips,
                concept_tags: dict[str, str]) -> list[tuple[str, list[str], object]]:
    from osgeo import osr

    ds, layer = open_tile_layer(gpkg, DataError)
    chips.chip_size = _tile_size(layer) or chips.chip_size  # tiles are cut at the size they were classified at
    cut = _tags_with_nul(gpkg)
    if cut:
        raise DataError(f"{gpkg}: the tags of {names_text(cut, 3)} hold a NUL byte, which would cut them short "
                        "there; retype those tags")
    names = field_names(layer)
    fields = set(names)
    missing = [f for f in ("tags", "row", "col") if f not in fields]
    if missing:
        raise DataError(f"{gpkg}: layer '{LAYER}' lacks field(s) {', '.join(missing)}")
    taught = concept_names(names)
    unknown_concepts = [name for name in concept_tags if name not in taught]
    if unknown_concepts:
        raise DataError(f"{gpkg} has no concept {', '.join(unknown_concepts)} (fields p_/flag_<name>); it has: "
                        f"{', '.join(taught) or 'none'}")
    srs = defined_srs(ds, layer)
    if srs is not None and chips.crs is not None:
        raster_srs = osr.SpatialReference()
        raster_srs.ImportFromWkt(chips.crs.to_wkt())
        if not srs.IsSame(raster_srs):
            raise DataError(f"{gpkg} and {chips.path.name} are in different CRSs: use the raster the tiles were "
                            "classified from")
    if where:
        check_where(where, sorted(fields))  # GDAL hands the filter to SQLite as it is
        try:
            layer.SetAttributeFilter(where)
        except RuntimeError as exc:
            raise DataError(f"--where {where!r} is not a valid filter ({str(exc).splitlines()[0][:100]})") from None
    inverse = ~chips.transform
    rows, unknown = [], {}
    try:
        features = list(layer)
    except (RuntimeError, ValueError) as exc:  # a bad --where surfaces when the first feature is read
        reason = str(exc).splitlines()[0][:100]
        if where:
            raise DataError(f"--where {where!r} is not a valid filter of layer '{LAYER}' ({reason[:60]})") from None
        raise DataError(f"{gpkg}: cannot read layer '{LAYER}' ({reason})") from None
    for feature in features:
        name = f"{feature.GetField('row')}:{feature.GetField('col')}"
        try:
            tags = parse_tags(feature.GetField("tags") or "")
            # a concept adds its tag to a labelled tile; a tile whose tags are empty stays unlabelled (left out)
            tags += [tag for concept, tag in concept_tags.items()
                     if tags and feature.GetField(f"flag_{concept}") and tag not in tags]
        except UnknownTagError as exc:
            for t in exc.tags:
                unknown.setdefault(t, []).append(name)
            continue
        geometry = feature.GetGeometryRef()
        if geometry is None:
            rows.append((name, tags, None))
            continue
        xmin, xmax, ymin, ymax = geometry.GetEnvelope()
        corners = np.array([inverse * xy for xy in ((xmin, ymin), (xmin, ymax), (xmax, ymin), (xmax, ymax))])
        rows.append((name, tags, (corners[:, 0].min(), corners[:, 1].min(), corners[:, 0].max(), corners[:, 1].max())))
    del ds  # closes the GeoPackage
    if unknown:
        raise unknown_tags_error(gpkg, unknown, "tile")
    return [(name, tags, _window(bounds)) for name, tags, bounds in rows]


def _tile_size(layer) -> int | None:
    """The tile size in pixels the layer's run recorded (metadata PLANET_GRID), or None (not recorded)."""
    size = recorded_grid(layer.GetMetadataItem(RUN_META["grid"])).get("tile_px")
    return size if isinstance(size, int) and not isinstance(size, bool) and 8 <= size <= MAX_CHIP_SIZE else None


def _tags_with_nul(gpkg: Path) -> list[str]:
    """ROW:COL of the tiles whose tags hold a NUL byte: OGR reads text up to the first one (silently)."""
    import sqlite3

    conn = connect_read_only(gpkg, DataError)
    try:
        rows = conn.execute(f'SELECT "row", "col" FROM "{LAYER}" WHERE instr(CAST("tags" AS BLOB), x\'00\') > 0')
        return [f"{r}:{c}" for r, c in rows]
    except sqlite3.DatabaseError:  # no such columns: the field checks below say so
        return []
    finally:
        conn.close()


def _window(bounds):
    """Pixel bounds (col0, row0, col1, row1) -> rasterio Window, or the bounds themselves when they are
    not whole pixels (reported by _window_problem)."""
    from rasterio.windows import Window

    if bounds is None:
        return None
    snapped = np.round(bounds)
    if np.abs(np.asarray(bounds) - snapped).max() > 1e-3:
        return tuple(bounds)
    c0, r0, c1, r1 = (int(v) for v in snapped)
    return Window(c0, r0, c1 - c0, r1 - r0)


def _window_problem(window, chips: RasterChips) -> str | None:
    if window is None:
        return "no geometry"
    c0, r0, c1, r1 = window if isinstance(window, tuple) else (window.col_off, window.row_off,
                                                                window.col_off + window.width,
                                                                window.row_off + window.height)
    if c1 <= 0 or r1 <= 0 or c0 >= chips.width or r0 >= chips.height:
        return OFF_RASTER  # off the raster first: its grid matters only where the tile lies on it
    if isinstance(window, tuple):
        return "not on whole pixels"
    if window.width < 1 or window.height < 1 or window.width > chips.chip_size or window.height > chips.chip_size:
        return f"{window.width}x{window.height} px, not a {chips.chip_size} px tile"
    if window.col_off < 0 or window.row_off < 0 or window.col_off + window.width > chips.width \
            or window.row_off + window.height > chips.height:
        return "outside the raster"
    return None
