"""Where in a tile a concept is: scores of the tile's four half-chip cells, from the network rerun on windows
shifted by half a chip around it (numpy + the bundle's predictor; runs inside QGIS).

For a tile whose chip starts at pixel (x, y), the 3 x 3 windows of chip size at x + i·h, y + j·h
(h = chip / 2, i, j in -1, 0, 1) are read from the raster the layer was classified from, scaled exactly as the
classify run scaled them (the same band mapping, grid, scene statistics and preprocessing: classify's own
plan), embedded by the bundle's predictor and scored by the concept. Each of the tile's 2 x 2 cells of h x h
px gets the mean probability of the windows that cover it (four). A window counts when at least half of it is
data inside the raster, the rest past the raster's edge being the raster mirrored across it (MIN_COVERAGE); a cell
that no counted window covers, or that holds no data itself, has no score (None).

    locator = Locator(tiles, bundle, LocateOptions())    # tiles: fields.TileEmbeddings of the layer
    for found in locator.locate(concept, fids):          # a TileLocation per fid, in order
        found.cells, found.best                          # [[p or None] * 2] * 2, the best Cell (or None)

A concept with neighbour context scores each window with the stored mean features of its tile's neighbours
(those that do not overlap it: core/layer/neighbours.py; the windows shift by half a tile, their neighbourhood
is taken to be the tile's).
Errors (the raster gone, not the one the layer was classified from, another backbone) are one-line
LocateErrors, raised before the network runs.
"""
from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

import numpy as np

from ..errors import PlanetClassifierError
from ..layer.schema import RUN_META
from ..model.concepts import Concept, concept_probability, features, neighbour_mean, normalize_rows
from ..model.predict import make_predictor
from ..pipeline.acquired import source_identity
from ..pipeline.classify import READ_ERRORS, plan_run
from ..pipeline.options import DEFAULT_BATCH_SIZE, ClassifyOptions
from ..pipeline.raster import damaged, footprint_transform, north_up, open_raster, reversed_axes
from ..pipeline.reader import WindowSource
from ..pipeline.tiling import Tile
from ..wording import tr

#: A window counts when at least this share of it is data inside the raster. The part past the raster's edge is
#: the raster mirrored across it, not classify's padding: a window half of padding is half dark ground to the
#: network, which pulled cells at the edge down (the corner tile of tests/core/test_locate.py) or, left out,
#: left an edge cell with only windows that cover its neighbour too.
MIN_COVERAGE = 0.5
SHIFTS = (-1, 0, 1)  # window offsets, in half chips


class LocateError(PlanetClassifierError, ValueError):
    """A tile that cannot be located (its raster gone or another one, a bundle of another backbone); one line."""


@dataclass
class LocateOptions:
    """How windows are embedded. ``raster``: the raster to read (default: the one the layer records);
    ``bands``: the raster's bands in the model's order (default: those the classify run recorded, PLANET_BANDS;
    for a layer written before it recorded them, inferred again as classify infers them)."""

    raster: str | Path | None = None
    bands: str | dict[str, int] | None = None
    backend: str = "auto"
    device: str = "auto"
    batch_size: int = DEFAULT_BATCH_SIZE


@dataclass
class Cell:
    """One half-chip cell of a tile: its place as the map shows the tile (row, col: 0 or 1; row 0 its northern
    half, col 0 its western, for a raster stored south-up or east to west too: a rotated raster's as stored),
    probability, and box as pixels of the raster (x0, y0, x1, y1) and in the layer's CRS (xmin, ymin, xmax, ymax)."""

    row: int
    col: int
    p: float
    pixels: tuple[int, int, int, int]
    box: tuple[float, float, float, float]

    def to_dict(self) -> dict:
        return {"row": self.row, "col": self.col, "p": round(self.p, 4), "box": [float(v) for v in self.box]}


@dataclass
class TileLocation:
    """Where a concept is in one tile: ``cells[r][c]`` (p or None, as Cell's row and col count them), the best
    cell, the windows that counted."""

    fid: int
    row: int
    col: int
    cells: list[list[float | None]]
    best: Cell | None
    windows: int


class Locator:
    """The raster, its scaling and the predictor of one tile layer, set up once (see the module docstring)."""

    def __init__(self, tiles, bundle, options: LocateOptions | None = None, predictor=None):
        """``predictor``: one ``bundle`` made earlier (the teach panel keeps one per bundle: making one takes 0.15 s
        and more); else made on the first chips located, then kept as ``self.predictor``."""
        self.tiles, self.bundle = tiles, bundle
        self.options = options or LocateOptions()
        manifest = bundle.manifest
        if manifest.embedding is None or manifest.embedding.backbone_id != tiles.backbone_id:
            raise LocateError(tr("{name} was classified with backbone {backbone_id}, not this "
                                 "bundle's; locate with the bundle the layer was classified with").format(
                name=tiles.path.name, backbone_id=tiles.backbone_id))
        self.raster = self._raster_path()
        grid_item = tiles.metadata.get(RUN_META["grid"])
        try:
            recorded = json.loads(grid_item) if grid_item else None
            stride = int(recorded["stride_px"]) if recorded else None
            if stride is not None and not 1 <= stride <= manifest.chip_size:   # edited: no run wrote it
                raise ValueError(stride)
        except (ValueError, TypeError, KeyError, RecursionError, OverflowError):   # OverflowError: 1e999
            raise LocateError(tr("{name}: its tile grid ({RUN_META}) is unreadable; "
                                 "classify the scene again").format(
                name=tiles.path.name, RUN_META=RUN_META['grid'])) from None
        self.messages: list[str] = []
        source = tiles.metadata.get(RUN_META["source"])  # checked before plan_run samples the scene's statistics
        with open_raster(self.raster) as src:  # first: it refuses a FIFO or device, which hashing would wait on
            if source and source_identity(self.raster) != source:
                raise self._not_the_raster("its content differs")
            self.transform = footprint_transform(src)
            # the map's order of a tile's halves: a raster stored south-up (or east to west) has them reversed
            self._reversed = reversed_axes(self.transform)
            self.width, self.height = src.width, src.height
            self.mapping, self.grid, _, self.prep = plan_run(
                src, manifest, ClassifyOptions(bands=self._bands(), stride=stride, readers=1), self.messages)
        if recorded is not None and self.grid.describe() != recorded:
            raise self._not_the_raster("its tile grid differs")
        self.predictor = predictor
        self._neighbours: dict[str, np.ndarray] = {}  # transform -> the layer's neighbour means (neighbour context)

    def _bands(self) -> str | dict[str, int] | None:
        if self.options.bands is not None:
            return self.options.bands
        return self.tiles.metadata.get(RUN_META["bands"]) or None

    def _raster_path(self) -> Path:
        if self.options.raster is not None:
            return Path(self.options.raster)
        scene = self.tiles.metadata.get(RUN_META["scene"])
        if not scene:
            raise LocateError(tr("{name} does not record the raster it was classified from "
                                 "({RUN_META}); classify the scene again").format(
                name=self.tiles.path.name, RUN_META=RUN_META['scene']))
        if not Path(scene).is_file():
            raise LocateError(tr("the raster {name} was classified from, {scene}, is gone (moved or deleted): put it "
                                 "back, or say where it is now (teach --raster), to locate tiles in it").format(
                name=self.tiles.path.name, scene=scene))
        return Path(scene)

    def _not_the_raster(self, why: str) -> LocateError:
        return LocateError(tr("{raster} is not the raster {name} was classified from ({why}); "
                              "give that raster").format(raster=self.raster, name=self.tiles.path.name, why=why))

    # -- the windows --------------------------------------------------------------------------
    def origin(self, row: int, col: int) -> tuple[int, int]:
        """Pixel (x, y) where the tile's chip starts (before clipping to the raster: TileGrid.tile's rule)."""
        return col * self.grid.stride - self.grid.anchor[0], row * self.grid.stride - self.grid.anchor[1]

    def cell_pixels(self, row: int, col: int, r: int, c: int) -> tuple[int, int, int, int]:
        """(x0, y0, x1, y1) of cell (r, c) of tile (row, col), clipped to the raster."""
        x, y = self.origin(row, col)
        size, half = self.grid.size, self.grid.size // 2
        x0, y0 = x + c * half, y + r * half
        x1, y1 = (x + size if c else x + half), (y + size if r else y + half)
        return max(0, x0), max(0, y0), min(self.width, x1), min(self.height, y1)

    def _read(self, source: WindowSource, x: int, y: int) -> tuple[np.ndarray, np.ndarray, float] | None:
        """The chip of the window at (x, y) (1, C, S, S), its validity (1, S, S) (nodata as classify masks it;
        past the raster's edge the raster mirrored across it) and its share of data inside the raster. None
        for a window without data."""
        from rasterio.windows import Window

        size = self.grid.size
        x0, y0 = max(0, x), max(0, y)
        x1, y1 = min(self.width, x + size), min(self.height, y + size)
        if x1 <= x0 or y1 <= y0:
            return None
        got = source.read(Tile(0, 0, Window(x0, y0, x1 - x0, y1 - y0)))
        if got is None:
            return None
        raw, valid = got
        share = float(valid.sum()) / size ** 2
        pad = ((y0 - y, y + size - y1), (x0 - x, x + size - x1))
        if any(map(any, pad)):
            raw, valid = np.pad(raw, ((0, 0),) + pad, mode="symmetric"), np.pad(valid, pad, mode="symmetric")
        return raw[None], valid[None], share

    def locate(self, concept: Concept, fids: Sequence[int]) -> list[TileLocation]:
        """A TileLocation for each tile (by fid), in order; LocateError for a fid not in the layer or a tile
        whose place in the raster is not the layer's."""
        index = {int(f): i for i, f in enumerate(self.tiles.fids)}
        missing = [f for f in fids if int(f) not in index]
        if missing:
            raise LocateError(tr("no tile with fid {missing} in {name}").format(
                missing=missing[0], name=self.tiles.path.name))
        owners = [index[int(f)] for f in fids]  # each tile's row in the layer
        places = [(int(self.tiles.rows[i]), int(self.tiles.cols[i])) for i in owners]
        self._check_places(fids, places)
        slots, chips, data = self._windows(places)  # a window shared by neighbouring tiles: read and embedded once
        embeddings = self._embeddings(chips)
        shared = self._probabilities(concept, embeddings) if concept.context == "none" else None
        half = self.grid.size // 2
        out = []
        for fid, (row, col), owner, has_data in zip(fids, places, owners, data):
            x, y = self.origin(row, col)
            around = {(i, j): slots[(x + i * half, y + j * half)] for j in SHIFTS for i in SHIFTS}
            used = sorted({k for k in around.values() if k is not None})
            # with neighbour context a window is scored with the tile's own neighbours: per tile
            p = shared if shared is not None else dict(zip(used, self._probabilities(
                concept, embeddings[used], np.full(len(used), owner, np.int64))))
            cells: list[list[float | None]] = [[None, None], [None, None]]
            for r in (0, 1):
                for c in (0, 1):
                    covering = [k for j in (r - 1, r) for i in (c - 1, c) if (k := around[(i, j)]) is not None]
                    if covering and has_data[r, c]:
                        cells[r][c] = float(np.mean([p[k] for k in covering]))
            cells = self._on_the_map(cells)
            out.append(TileLocation(int(fid), row, col, cells, self._best(row, col, cells), len(used)))
        return out

    def _windows(self, places: list[tuple[int, int]]):
        """Read the 3 x 3 windows around each (row, col) tile, each window once: ({(x, y): slot of its chip, or
        None where it does not count}, the chips (batch, validity) by slot, each tile's (2, 2) cells with data)."""
        half = self.grid.size // 2
        slots: dict[tuple[int, int], int | None] = {}
        chips: list[tuple[np.ndarray, np.ndarray]] = []
        data: list[np.ndarray] = []
        try:
            src = open_raster(self.raster)
        except PlanetClassifierError as exc:  # gone since the Locator was made
            raise LocateError(str(exc)) from None
        with src:
            source = WindowSource(src, self.mapping.indexes, self.grid.size)
            reads: dict[tuple[int, int], tuple | None] = {}

            def read(at: tuple[int, int]):
                if at not in reads:
                    reads[at] = self._read(source, *at)
                return reads[at]

            try:
                for row, col in places:
                    x, y = self.origin(row, col)
                    data.append(self._cell_data(read((x, y)), x, y))
                    for at in ((x + i * half, y + j * half) for j in SHIFTS for i in SHIFTS):
                        if at not in slots:
                            got = read(at)
                            counts = got is not None and got[2] >= MIN_COVERAGE
                            slots[at] = len(chips) if counts else None
                            if counts:
                                chips.append((got[0], got[1]))
            except READ_ERRORS as exc:
                raise damaged(src, exc) from None
        return slots, chips, data

    def _check_places(self, fids, places) -> None:
        """Each tile's polygon in the layer is where the raster's grid puts it (to half a pixel)."""
        from ..layer.tiletable import open_tile_layer

        ds, layer = open_tile_layer(self.tiles.path, LocateError)
        try:
            tol = 0.5 * max(abs(self.transform.a), abs(self.transform.e), abs(self.transform.b), abs(self.transform.d))
            for fid, (row, col) in zip(fids, places):
                feature = layer.GetFeature(int(fid))
                geom = feature.GetGeometryRef() if feature is not None else None
                if geom is None:
                    raise LocateError(tr("tile {fid} of {name} has no geometry").format(
                        fid=fid, name=self.tiles.path.name))
                xmin, xmax, ymin, ymax = geom.GetEnvelope()
                xs, ys = zip(*self.grid.tile(row, col).footprint(self.transform))
                if max(abs(xmin - min(xs)), abs(xmax - max(xs)), abs(ymin - min(ys)), abs(ymax - max(ys))) > tol:
                    raise self._not_the_raster(f"tile {row}:{col} lies elsewhere in it")
        finally:
            del layer, ds  # closes the GeoPackage

    def _cell_data(self, got, x: int, y: int) -> np.ndarray:
        """(2, 2): whether each cell of the tile (its window ``got`` at x, y) holds data inside the raster."""
        if got is None:
            return np.zeros((2, 2), bool)
        half = self.grid.size // 2
        valid = got[1][0] & self._inside(x, y)
        parts = (slice(0, half), slice(half, None))
        return np.array([[valid[rows, cols].any() for cols in parts] for rows in parts])

    def _inside(self, x: int, y: int) -> np.ndarray:
        """(S, S): which pixels of the window at (x, y) lie inside the raster."""
        size = self.grid.size
        rows, cols = np.arange(y, y + size), np.arange(x, x + size)
        return ((rows >= 0) & (rows < self.height))[:, None] & ((cols >= 0) & (cols < self.width))[None, :]

    def _on_the_map(self, cells: list[list[float | None]]) -> list[list[float | None]]:
        """``cells`` (in the raster's storage order) as the map shows the tile: north row first, west column
        first (its own inverse)."""
        rows_reversed, cols_reversed = self._reversed
        return [row[::-1] if cols_reversed else row for row in (cells[::-1] if rows_reversed else cells)]

    def _best(self, row: int, col: int, cells: list[list[float | None]]) -> Cell | None:
        """The best of the tile's cells (``cells``: _on_the_map's)."""
        scored = [(p, r, c) for r in (0, 1) for c in (0, 1) if (p := cells[r][c]) is not None]
        if not scored:
            return None
        p, r, c = max(scored, key=lambda t: t[0])  # the first of equals, in reading order
        rows_reversed, cols_reversed = self._reversed
        pixels = self.cell_pixels(row, col, r ^ rows_reversed, c ^ cols_reversed)  # the raster's cell, as stored
        xs, ys = zip(*(self.transform * (px, py) for px in pixels[0::2] for py in pixels[1::2]))
        return Cell(r, c, p, pixels, (min(xs), min(ys), max(xs), max(ys)))

    # -- the network and the concept ------------------------------------------------------------
    def _embeddings(self, chips: list) -> np.ndarray:
        """The network's embedding of each window (slot order; ``chips``: _windows' (chip, validity))."""
        if not chips:
            return np.zeros((0, self.bundle.manifest.embedding.size), np.float32)
        if self.predictor is None:
            self.predictor, notes = make_predictor(self.bundle, self.options.backend, self.options.device)
            self.messages += notes
        embeddings = []
        step = max(1, self.options.batch_size)
        for start in range(0, len(chips), step):
            part = chips[start:start + step]
            batch, _ = self.prep(np.concatenate([c[0] for c in part]), np.concatenate([c[1] for c in part]))
            out = self.predictor.predict(north_up(batch, self.transform))  # as classify embedded the tiles
            if out.embeddings is None:
                raise LocateError(tr("the {backend} predictor returned no embeddings").format(
                    backend=self.predictor.backend))
            embeddings.append(out.embeddings)
        return np.concatenate(embeddings)

    def _probabilities(self, concept: Concept, embeddings: np.ndarray, owners: np.ndarray | None = None) -> np.ndarray:
        """The concept's probability of each embedding; with neighbour context each is scored with the stored
        neighbours of its tile (``owners``: each one's row in the layer)."""
        if concept.context == "none":
            return concept_probability(embeddings, concept)
        # neighbour context: concepts.features' rule, the neighbours' mean taken from the tile's stored
        # features; the result is already unit feature vectors, which the concept scores unchanged as "l2"
        # (the unit vectors' own direction) without context
        if concept.transform not in self._neighbours:
            t = self.tiles
            self._neighbours[concept.transform] = neighbour_mean(features(t.embeddings, concept.transform), t.rows, t.cols, t.step)
        mixed = normalize_rows(features(embeddings, concept.transform) + self._neighbours[concept.transform][owners])
        return concept_probability(mixed, dataclasses.replace(concept, transform="l2", context="none"))

def find_locator(tiles, bundle, candidates: Sequence[str | Path] = (), options: LocateOptions | None = None,
                 predictor=None) -> Locator:
    """A Locator on the raster the layer records; where that one is gone and no raster was named, on the first
    of ``candidates`` (the rasters open in QGIS, say) that passes Locator's checks (the same grid, and the same
    content for a raster without a CRS); else the first error. ``predictor``: as Locator's."""
    options = options or LocateOptions()
    try:
        return Locator(tiles, bundle, options, predictor)
    except LocateError as first:
        if options.raster is not None:
            raise
        for path in candidates:
            try:
                return Locator(tiles, bundle, dataclasses.replace(options, raster=path), predictor)
            except PlanetClassifierError:
                continue
        raise first
