"""classify(): raster -> tile grid -> reader thread -> predictor -> decoder -> GeoPackage.

One function serves the CLI, the QGIS task and the Processing algorithm.
"""
from __future__ import annotations

import math
import time
from concurrent.futures import Future, ThreadPoolExecutor, wait
from contextlib import nullcontext
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator, Sequence

import numpy as np
from rasterio.errors import RasterioError, RasterioIOError

from ..errors import Cancelled, PlanetClassifierError, RasterError
from ..labels import FLAG_GROUPS
from ..layer.embeddings import encode
from ..layer.gpkg import EmbeddingLayout, TileRecord, check_output, write_tiles
from ..layer.schema import LAYER
from ..model.bundle import Bundle, resolve_bundle
from ..model.concepts import concept_columns
from ..model.predict import Prediction, start_predictor
from ..wording import count, tr, with_words
from .acquired import run_facts
from .bands import BandMapping, is_paletted, map_bands
from .decode import decode
from .decoded import DecodedRaster
from .familiarity import counter_for
from .familiarity import warning as familiarity_warning
from .flags import flag_eligible_tags, fold_groups, min_flag_support
from .options import DEFAULT_BATCH_SIZE, ClassifyOptions
from .preprocess import BatchPreprocessor, scaling_rule, scene_scaler
from .raster import check_written, damaged, footprint_transform, north_up, open_raster, raster_warnings
from .reader import Batch, ParallelReader, block_cache_bytes, bounded_block_cache, default_readers
from .run_size import check_run_memory, check_tile_count
from .sources import check_not_read_by
from .spill import BlockSpill
from .tiling import Tile, TileGrid, crs_anchor

Progress = Callable[[int, int], None]
READ_ERRORS = (RasterioError, RasterioIOError)  # RasterioIOError is an OSError, not a RasterioError
CancelCheck = Callable[[], bool]


@dataclass
class ClassifyResult:
    output: Path
    layer: str
    tiles: int
    skipped: int
    flagged: int
    seconds: float
    chips_per_s: float
    device: str
    backend: str
    band_mapping: str
    scaling: str = ""
    messages: list[str] = field(default_factory=list)
    group_counts: dict[str, int] = field(default_factory=dict)    # flag group -> tiles flagged
    concept_counts: dict[str, int] = field(default_factory=dict)  # concept -> tiles with flag_<name>
    embeddings: bool = False                                     # the layer stores tile embeddings
    unfamiliar_share: float | None = None  # tiles unlike every training chip (None: bundle has no reference)
    caution: str | None = None             # familiarity.warning for that share (also in messages), else None
    colour_bands: tuple[int, ...] = ()     # the raster bands read as red, green, blue (empty: the bundle has no RGB)

    def summary(self) -> str:
        raised = {**self.group_counts, **self.concept_counts}
        detail = ", ".join(f"{name} {n}" for name, n in raised.items() if n)
        return (f"{count(self.tiles, 'tile')} classified, {self.skipped} skipped (no data), {self.flagged} flagged"
                f"{f' ({detail})' if detail else ''}; "
                f"{self.chips_per_s:.1f} chips/s on {self.device} ({self.backend}) -> {self.output}")


def classify(raster: str | Path, output: str | Path, bundle: Bundle | str | Path | None = None,
             options: ClassifyOptions | None = None, progress: Progress | None = None,
             cancel: CancelCheck | None = None, predictor=None,
             completed: Callable[[Path], object] | None = None, concepts_after: Sequence[str] = ()) -> ClassifyResult:
    """Classify every chip of ``raster`` and write the tile layer to ``output`` (GeoPackage).

    ``predictor``: one already built by make_predictor() for this bundle (a batch worker reuses its
    model across scenes); by default one is built from ``options.backend`` / ``options.device``.
    ``completed``: called with the finished layer's temporary path before it is published
    (core/teach/apply.classify_applying applies saved concepts there), ``concepts_after`` the names of those it
    writes: an existing output carrying other concepts is not written over (gpkg.check_concepts_kept)."""
    options = options or ClassifyOptions()
    cancel = cancel or (lambda: False)
    if options.batch_size < 1:
        raise PlanetClassifierError(tr("batch size must be at least 1"))
    bundle = resolve_bundle(bundle)
    check_not_read_by(output, raster)   # a VRT's source, a sidecar: inputs as the raster itself is
    output = check_output(output, options.overwrite, inputs=[raster],
                          concepts=[c.name for c in bundle.manifest.concepts] + list(concepts_after))
    # the network starts while the raster is opened and its statistics read; its errors are raised where they
    # were when it started afterwards (after the raster's, before anything is written)
    starting = start_predictor(bundle, options.backend, options.device) if predictor is None else None
    try:
        return _classify(raster, output, bundle, options, progress, cancel, predictor, completed, starting)
    finally:
        if starting is not None:
            _settle(starting)


def _settle(starting: Future) -> None:
    """The model's start (start_predictor) ended before the run returns or raises, however it ends: a session still
    being built as a stopped run exits is cut off by the interpreter's exit (wait_through_interrupts)."""
    if not starting.cancel():
        wait_through_interrupts([starting])


def _classify(raster, output: Path, bundle: Bundle, options: ClassifyOptions, progress: Progress | None,
              cancel: CancelCheck, predictor, completed, starting: Future | None) -> ClassifyResult:
    """classify() once its output is checked and the model is starting (``starting``, or ``predictor`` given)."""
    manifest = bundle.manifest
    messages: list[str] = []
    in_flight = ((options.readers or default_readers()) + max(1, options.prefetch)) * options.batch_size
    with open_raster(raster) as src, bounded_block_cache(
            block_cache_bytes(src, manifest.chip_size, _step(src, manifest, options), in_flight)), BlockSpill() as spill:
        kept: list[DecodedRaster] = []
        mapping, grid, scaler, prep = plan_run(src, manifest, options, messages, kept, spill)
        if starting is not None:
            predictor, notes = starting.result()
            messages += notes
        store = _stores_embeddings(manifest, options, messages)
        messages += silenced_message(manifest)
        counts = {"skipped": 0, "tiles": 0, "flagged": 0, "groups": dict.fromkeys(FLAG_GROUPS, 0),
                  "concepts": {c.name: 0 for c in manifest.concepts}, "familiarity": counter_for(bundle)}
        started = time.perf_counter()
        # the reader threads read the pixels the statistics pass kept, else each its own handle on the file (taking
        # the blocks the statistics spilled from the spill)
        open_dataset = kept[0].handle if kept else (lambda: spill.wrap(open_raster(src.name)))
        records = _records(src, open_dataset, grid, mapping, prep, predictor, bundle, options, store, counts,
                           progress, cancel)
        layout = (EmbeddingLayout(manifest.embedding.backbone_id, manifest.embedding.size, manifest.embedding.dtype)
                  if store else None)
        try:
            write_tiles(output, records, manifest.labels, src.crs.to_wkt() if src.crs else None,
                        manifest.display_name, options.overwrite, {c.name: c.group for c in manifest.concepts}, layout,
                        run_facts(raster, src.tags(), bundle, grid.describe(), src.crs is not None,
                                  mapping.option_text()), completed)
        finally:
            # stop and join the reader thread *before* the dataset closes, also when the failure (e.g.
            # Ctrl-C) arrives in the writer rather than inside the generator
            records.close()
        seconds = time.perf_counter() - started
    share = counts["familiarity"].share if counts["familiarity"] is not None else None
    caution = familiarity_warning(share, counts["flagged"])
    if caution:
        messages.append(caution)
    return ClassifyResult(output, LAYER, counts["tiles"], counts["skipped"], counts["flagged"], seconds,
                          counts["tiles"] / seconds if seconds > 0 else 0.0, predictor.device, predictor.backend,
                          mapping.describe(), scaler.describe(), messages, counts["groups"], counts["concepts"],
                          store, share, caution, _colour_bands(mapping))


def _colour_bands(mapping) -> tuple[int, ...]:
    """The raster's bands the run read as red, green and blue, in that order (empty without all three)."""
    where = dict(zip(mapping.names, mapping.indexes))
    return tuple(where[b] for b in ("red", "green", "blue")) if {"red", "green", "blue"} <= where.keys() else ()


def _step(src, manifest, options: ClassifyOptions) -> int:
    """The stride as the block cache sees it: chips start at multiples of the stride shifted by the grid's
    anchor, so they keep to whole blocks only where the anchor does too (the gcd is a multiple of a block
    size exactly when stride and anchor both are)."""
    stride = options.stride or manifest.chip_size
    return math.gcd(stride, *crs_anchor(src.transform, src.crs, stride))


def _stores_embeddings(manifest, options: ClassifyOptions, messages: list[str]) -> bool:
    """Whether this run writes the ``embedding`` field: asked for and the bundle's network has the output."""
    if options.embeddings and manifest.embedding is None:
        messages.append(f"model {manifest.display_name} has no embedding output (an ensemble, or exported before "
                        "format 2): tile embeddings are not stored, so this layer cannot be used to teach concepts")
    return bool(options.embeddings and manifest.embedding is not None)


def _silenced_tags(manifest) -> list[str]:
    """Flag-group tags of the model that raise no flag by themselves (core/pipeline/flags.py: too few examples)."""
    eligible = flag_eligible_tags(manifest.labels, manifest.decoding, manifest.metrics)
    return [tag for tags in FLAG_GROUPS.values() for tag in tags if tag in manifest.labels and tag not in eligible]


def silenced_message(manifest) -> list[str]:
    """One message naming the flag tags that raise no flag because training saw too few examples of them."""
    silenced = _silenced_tags(manifest)
    if not silenced:
        return []
    minimum = min_flag_support(manifest.decoding)
    seen = ", ".join(f"{tag} ({manifest.metrics['support'][tag]})" for tag in silenced)
    taught = ", ".join(f"{c.name} ({c.group})" for c in manifest.concepts if c.group in FLAG_GROUPS)
    return [tr("the model saw fewer than {minimum} training examples of {seen}: these tags raise no flag by "
               "themselves (their p_ fields are written)").format(minimum=minimum, seen=seen)
            + (tr("; flags come from the bundle's concepts {taught}").format(taught=taught) if taught else "")
            + tr("; teach a concept from a few marked tiles to flag what you hunt")]


def plan_run(src, manifest, options: ClassifyOptions, messages: list[str], kept: list | None = None,
             spill: BlockSpill | None = None):
    """Everything decided before the first tile: band mapping, tile grid, scene scaling, preprocessing.
    ``kept``: given, a raster small enough (decoded.DECODE_ONCE_BYTES) that the statistics read whole is
    decoded at full resolution on the way and its DecodedRaster appended, for the readers to read from.
    ``spill``: given, a larger raster's statistics put the blocks they sample there (where it starts), for the
    readers to take rather than decode again."""
    dtype = src.dtypes[0]
    if len(set(src.dtypes)) > 1:
        common = str(np.result_type(*set(src.dtypes)))   # one type that holds every band's values
        gdal_type = {"uint8": "Byte", "int8": "Int8"}.get(common, common.capitalize().replace("Ui", "UI"))
        raise RasterError(tr("bands of {name} have different data types ({types}); write it with one first, e.g. "
                             "gdal_translate -ot {gdal_type} {name} {stem}_{gdal_type}.tif").format(
            name=src.name, types=', '.join(sorted(set(src.dtypes))), gdal_type=gdal_type, stem=Path(src.name).stem))
    mapping = map_bands(src.count, dtype == "uint8", src.descriptions, manifest.bands, options.bands,
                        paletted=is_paletted(src))
    messages += raster_warnings(src)
    check_run_memory(src, manifest.chip_size, options, len(mapping.indexes))
    grid = TileGrid(src.width, src.height, src.transform, manifest.chip_size, options.stride, src.crs, options.aoi,
                    crs_anchor(src.transform, src.crs, options.stride or manifest.chip_size))
    check_tile_count(src, grid, options.max_tiles)
    unwritten = check_written(src, mapping.indexes)  # a GeoTIFF whose writer was stopped reads as black ground
    if unwritten:
        messages.append(unwritten)
    if grid.padding_note():
        messages.append(grid.padding_note())
    rule = scaling_rule(manifest, dtype)
    keep = (DecodedRaster.offer(src, mapping.indexes)
            if kept is not None and rule.method == "percentile_stretch" else None)  # else no statistics pass
    if spill is not None and keep is None and rule.method == "percentile_stretch":
        spill.start(src, mapping.indexes, manifest.chip_size)
    try:
        # the decoded blocks stay in GDAL's cache until the decimated read that follows takes them
        with bounded_block_cache(keep.cache_bytes) if keep is not None else nullcontext():
            scaler = scene_scaler(src, mapping.indexes, rule, lambda: open_raster(src.name),
                                  options.readers or default_readers(), keep, spill)
    except READ_ERRORS as exc:
        raise damaged(src, exc) from None
    if keep is not None and keep.complete:
        kept.append(keep)
    prep = BatchPreprocessor(scaler, manifest.chip_size, manifest.input_size,
                             manifest.normalize["mean"], manifest.normalize["std"], dtype)
    return mapping, grid, scaler, prep


class _Decoder:
    """One batch of predictions -> tile records: tags, concepts, flags and scores, embedding BLOBs."""

    def __init__(self, manifest, store: bool):
        self.manifest, self.store = manifest, store
        self.thresholds = manifest.threshold_vector
        self.exclusive = bool(manifest.decoding.get("atmosphere_exclusive", True))
        self.eligible = flag_eligible_tags(manifest.labels, manifest.decoding, manifest.metrics)
        self.concept_groups = {c.name: c.group for c in manifest.concepts}
        self.dtype = manifest.embedding.dtype if manifest.embedding is not None else "float16"

    def records(self, predictor, out: Prediction, tiles: list[Tile], coverage, transform,
                counts: dict) -> Iterator[TileRecord]:
        manifest = self.manifest
        probs, embeddings = out.probs, out.embeddings
        if (self.store or self.concept_groups) and embeddings is None:
            raise PlanetClassifierError(tr("the {backend} predictor returned no embeddings although "
                                           "model {display_name} declares them").format(
                backend=predictor.backend, display_name=manifest.display_name))
        tags = decode(probs, manifest.labels, self.thresholds, self.exclusive)
        concepts = concept_columns(embeddings, manifest.concepts) if self.concept_groups else {}
        folded = fold_groups(len(tiles), dict(zip(manifest.labels, probs.T)), dict(zip(manifest.labels, tags.T)),
                             self.eligible, {name: (self.concept_groups[name], p, on)
                                             for name, (p, on) in concepts.items()})
        blobs = encode(embeddings, self.dtype) if self.store else [None] * len(tiles)
        if counts["familiarity"] is not None and embeddings is not None:
            counts["familiarity"].update(embeddings)
        counts["flagged"] += int(folded["flagged"].sum())
        for group in FLAG_GROUPS:
            counts["groups"][group] += int(folded[f"flag_{group}"].sum())
        for name, (_, on) in concepts.items():
            counts["concepts"][name] += int(on.sum())
        # each column to Python values once per batch (tolist: the same floats and bools as float() / bool() of
        # each element), not element by element per tile
        flags = [folded[f"flag_{group}"].tolist() for group in FLAG_GROUPS]
        scores = [folded[f"score_{group}"].tolist() for group in FLAG_GROUPS]
        taught = [(name, np.asarray(p).tolist(), np.asarray(on, bool).tolist()) for name, (p, on) in concepts.items()]
        for i, (tile, p_i, tags_i, flagged) in enumerate(zip(tiles, probs.tolist(), tags.tolist(),
                                                             folded["flagged"].tolist())):
            yield TileRecord(tile.row, tile.col, tile.footprint(transform), coverage[i], p_i, tags_i,
                             {group: column[i] for group, column in zip(FLAG_GROUPS, flags)},
                             {group: column[i] for group, column in zip(FLAG_GROUPS, scores)},
                             {name: (p[i], on[i]) for name, p, on in taught},
                             flagged, blobs[i])


def predicted_ahead(batches: Iterable[Batch], predictor, transform=None) -> Iterator[tuple[Batch, Prediction | None]]:
    """Each batch with its prediction (None for a batch without tiles). The next batch is predicted in a
    worker thread while the caller decodes and writes this one, so that neither the network (a GPU
    above all) nor the writer waits for the other; a batch's buffer is released once it is predicted.
    ``transform``: the raster's, whose chips are turned north-up first (raster.north_up)."""
    def run(batch: Batch) -> Prediction:
        try:
            return predictor.predict(north_up(batch.chips, transform) if transform is not None else batch.chips)
        finally:
            batch.release()

    worker = ThreadPoolExecutor(1, thread_name_prefix="planet-predict")
    pending, submitted = None, []
    try:
        for batch in batches:
            future = worker.submit(with_words(run), batch) if len(batch.tiles) else None
            submitted = [f for f in submitted if not f.done()] + ([future] if future is not None else [])
            if pending is not None:
                yield pending[0], pending[1].result() if pending[1] is not None else None
            pending = (batch, future)
        if pending is not None:
            yield pending[0], pending[1].result() if pending[1] is not None else None
    finally:
        for future in submitted:
            future.cancel()
        wait_through_interrupts(submitted)
        worker.shutdown(wait=False)


def wait_through_interrupts(futures: list[Future]) -> None:
    """Wait until ``futures`` are done, even where a Ctrl-C lands meanwhile (raised after). A model run left going
    as a stopped run exits is cut off inside ONNX Runtime by the interpreter's exit, and the process aborts
    ("terminate called without an active exception", exit 134); a thread's join is no such wait: Python 3.11 can
    take a join a Ctrl-C interrupted for the thread's end."""
    interrupted = None
    while True:
        try:
            wait(futures)
            break
        except KeyboardInterrupt as exc:
            interrupted = exc
    if interrupted is not None:
        raise interrupted


def _records(src, open_dataset: Callable[[], object], grid: TileGrid, mapping: BandMapping, prep: BatchPreprocessor,
             predictor, bundle: Bundle, options: ClassifyOptions, store: bool, counts: dict,
             progress: Progress | None, cancel: CancelCheck) -> Iterator[TileRecord]:
    """Run the reader threads (each reads through its own ``open_dataset()``) and the predictor; yield one
    record per classified tile (``store``: with its embedding, as decided by _stores_embeddings)."""
    manifest = bundle.manifest
    total = len(grid)
    batch_size = options.batch_size
    if batch_size == DEFAULT_BATCH_SIZE and hasattr(predictor, "batch_size"):  # on CUDA: from free GPU memory
        batch_size = predictor.batch_size(len(mapping.indexes) * manifest.input_size ** 2 * 4, batch_size)
    reader = ParallelReader(open_dataset, grid, mapping.indexes, prep, batch_size,
                            options.readers or default_readers(), options.prefetch, cancel,
                            lambda dataset, exc: damaged(dataset or src, exc) if isinstance(exc, READ_ERRORS) else exc,
                            getattr(predictor, "host_buffer", None))
    decoder = _Decoder(manifest, store)
    transform = footprint_transform(src)
    ahead = predicted_ahead(reader, predictor, transform)
    if progress:
        progress(0, total)
    try:
        for item, out in ahead:
            if cancel():
                raise Cancelled()
            counts["skipped"] += item.skipped
            if len(item.tiles):
                yield from decoder.records(predictor, out, item.tiles, item.coverage, transform, counts)
            counts["tiles"] += len(item.tiles)
            if progress:
                progress(counts["tiles"] + counts["skipped"], total)
        if cancel():
            raise Cancelled()
        if counts["tiles"] == 0:  # never write an empty layer as if it were a result
            where = "inside the area of interest" if options.aoi is not None else "in the raster"
            raise RasterError(tr("nothing to classify: all {total} tile(s) {where} are nodata; "
                                 "check the raster's nodata value or choose another area").format(
                total=total, where=where))
    finally:
        ahead.close()  # the prediction in flight finishes before the readers stop
        reader.close()

