"""One scene of a batch (run where the work runs: this process or a Dask worker) and the summary table.

Each scene is classified to a temporary GeoPackage in the output folder, gets its run facts (scene,
acquisition date, skipped tiles, device, speed) as layer metadata, and is renamed into place: an
output that exists is complete. A scene whose output was made from it as it is now (its bytes, which the output
records: inputs_record.py) is not redone.
"""
from __future__ import annotations

import csv
import io
import os
import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Iterable

from ..errors import STOP_REQUESTED, PlanetClassifierError
from ..labels import FLAG_GROUPS, LABELS
from ..layer.gpkg import check_concepts_kept
from ..layer.schema import LAYER, META_CONCEPTS, RUN_META, parse_concepts_item
from ..layer.tiletable import (
    TileLayerError,
    field_names,
    flagged_km2,
    open_layer,
    read_tiles,
    run_metadata,
    write_run_metadata,
)
from ..model.bundle import MANIFEST
from ..pipeline.acquired import bundle_record, raster_date, source_size
from ..pipeline.options import ClassifyOptions
from ..publish import PARTIAL_NAME, not_written, staged, staged_name, write_text_atomic, writer_gone
from ..wording import count
from .handoff import as_text
from .inputs_record import bundle_match, inputs_match, inputs_record, read_inputs
from .scenes import found_scene, output_for

#: Ending of a scene's GeoPackage while a worker writes it (renamed to <scene>.gpkg when complete).
PARTIAL_SUFFIX = ".batch.gpkg"
#: A scene's temporary files in OUTDIR, each with SQLite's journals: the batch's (staged: .<stem>.<pid>-<host>.<random>
#: .batch.gpkg) and classify's inside it (core/publish.begin: .<key>.<pid>-<host>.<hex>.partial.gpkg); writer_gone
#: reads a match.
LEFTOVERS = (staged_name(r"\..+\.", PARTIAL_SUFFIX), PARTIAL_NAME)
#: Status of a scene in summary.csv.
DONE, UP_TO_DATE, FAILED = "done", "up to date", "failed"
#: flagged_km2 of a scene whose area on the ground is unknown (no CRS): a number, never a blank.
UNKNOWN_AREA = -1

#: Predictors built in this process, keyed by (bundle folder, backend, device, threads): a worker
#: loads its model once and reuses it for every scene it is given.
_PREDICTORS: dict[tuple, tuple[object, list[str]]] = {}


@dataclass
class BatchSettings:
    """What every scene of a batch is run with (plain values: it travels to Dask workers)."""

    outdir: str
    bundle: str | None = None
    options: ClassifyOptions = field(default_factory=ClassifyOptions)  # backend, device, batch size, bands
    threads: int = 0  # CPU inference threads per worker (0 = backend default)
    force: bool = False  # redo scenes whose output is up to date
    concepts: list[str] = field(default_factory=list)  # concept files applied to every scene (core/teach/apply.py)
    concept_names: list[str] = field(default_factory=list)  # their concepts' names: an output without one is redone


@dataclass
class SceneRow:
    """One line of summary.csv."""

    scene: str
    output: str = ""
    status: str = FAILED
    error: str = ""
    acquired: str = ""
    acquired_source: str = ""
    tiles: int | str = ""
    skipped: int | str = ""
    flagged: int | str = ""
    flagged_km2: float | str = ""
    device: str = ""
    backend: str = ""
    chips_per_s: float | str = ""
    seconds: float | str = ""
    counts: dict[str, int] = field(default_factory=dict)  # flag_<group>, flag_<concept>, <tag> -> tiles
    unconfirmed: str = ""  # concepts held unconfirmed, flags left off: 'pits 3 of 9 tiles at p >= 0.58; ...'
    groups: dict[str, str] = field(default_factory=dict)  # concept -> its flag group (PLANET_CONCEPTS; the report)


def is_up_to_date(scene: Path, output: Path, concepts: Iterable[str] = (), concept_files: Iterable[str | Path] = (),
                  bundle=None) -> bool:
    """The output exists (so it is complete: it is only ever renamed into place), was classified from ``scene``, each
    of ``concept_files`` and ``bundle`` as they are now, and has the fields of each of ``concepts`` (a --concept asked
    for now that the run which wrote it was not given). A layer that cannot be read is redone.

    'As they are now' is what batch recorded of their bytes (PLANET_INPUTS, inputs_record): a project copied beside
    the original, or without its times, or onto a machine whose bundle lies elsewhere, is up to date, and a scene
    written over is redone whatever its output's time. A layer without that record (earlier versions, classify's) is
    up to date where it is newer than the scene, the concept files and the bundle's manifest, was classified from that
    scene (_same_scene: by its path) and records that bundle folder (or none)."""
    try:
        recorded = _recorded(output) if output.is_file() else None
        if recorded is None:
            return False
        same_inputs = inputs_match(recorded.inputs, scene, concept_files)
        if same_inputs is None:   # no record: by the files' times and the scene's path
            same_inputs = (_newer(output, [scene, *map(Path, concept_files)])
                           and _same_scene(recorded.scene, scene, output, recorded.size))
        same_bundle = bundle is None or bundle_match(recorded.inputs, bundle)
        if same_bundle is None:   # no record of its bytes: by the folder it was read from and its manifest's time
            same_bundle = ((not recorded.bundle or recorded.bundle == bundle_record(bundle))
                           and _newer(output, [Path(bundle.path) / MANIFEST]))
    except OSError:  # an input gone meanwhile: the run says so
        return False
    return same_inputs and same_bundle and all({f"p_{c}", f"flag_{c}"} <= recorded.fields for c in concepts)


def _newer(output: Path, inputs: list[Path]) -> bool:
    """Whether ``output`` was last written after each of ``inputs`` (the rule for layers that record no PLANET_INPUTS)."""
    return all(output.stat().st_mtime >= p.stat().st_mtime for p in inputs)


@dataclass
class _Recorded:
    """What a scene's tile layer records of its run: the scene (PLANET_SCENE), its bytes (PLANET_SOURCE's), the
    bundle, the layer's fields and batch's record of its inputs (PLANET_INPUTS, as read_inputs reads it: parsed once for
    every question asked of it)."""

    scene: str
    source: str   # source_identity's 'sha256:<hex> <bytes>'
    bundle: str
    fields: set[str]
    inputs: object = None

    @property
    def size(self) -> int | None:
        return source_size(self.source)


def _recorded(output: Path) -> _Recorded | None:
    """What the tile layer at ``output`` records of its run; None where it cannot be read."""
    try:
        ds, layer = open_layer(output, LAYER, TileLayerError)
    except TileLayerError:
        return None
    recorded = _Recorded(layer.GetMetadataItem(RUN_META["scene"]) or "",
                         layer.GetMetadataItem(RUN_META["source"]) or "",
                         layer.GetMetadataItem(RUN_META["bundle"]) or "",
                         set(field_names(layer)),
                         read_inputs(layer.GetMetadataItem(RUN_META["inputs"]) or ""))
    del layer, ds  # the layer first: it keeps the data source open
    return recorded


def _same_scene(recorded: str, scene: Path, output: Path, size: int | None) -> bool:
    """Whether the layer at ``output``, recording ``recorded`` (PLANET_SCENE) and ``size`` (PLANET_SOURCE's), was
    classified from ``scene``: recorded so (or not at all, by an earlier version), or recorded where it was before the
    project folder was moved (gone from there, and found by found_scene where the move took it; at the size its run
    recorded, where it did: a raster without a CRS). A scene of the same name still in another folder is another
    scene."""
    if recorded in ("", str(scene.resolve())):
        return True
    found = found_scene(recorded, output, size) if not os.path.lexists(recorded) else None
    return found is not None and found.resolve() == scene.resolve()


def another_scene(scene: Path, output: Path) -> str | None:
    """The scene whose tiles the tile layer at ``output`` holds (its recorded path) where that may be another scene
    than ``scene``, which classifying ``scene`` would replace: one of the same name in another folder (next month's
    clip of one place, say), still there with other content, or gone from there (its output then perhaps the only
    record of it). None where ``output`` is ``scene``'s (_same_scene: recorded so, or not at all, or moved where the
    move of the project took it), holds a copy of it (a project copied: the recorded file, or the content a run on a
    raster without a CRS records, is the same), or is no tile layer that records a scene by its whole path (earlier
    versions recorded it relative: the name every scene of that name has)."""
    import filecmp

    recorded = _recorded(output) if output.is_file() else None
    if (recorded is None or not Path(recorded.scene).is_absolute()   # earlier versions': every scene of its name
            or _same_scene(recorded.scene, scene, output, recorded.size)):
        return None
    try:
        if inputs_match(recorded.inputs, scene, ()):   # the bytes its output records (at their size and time: not read)
            return None
        if os.path.isfile(recorded.scene) and filecmp.cmp(recorded.scene, scene, shallow=False):
            return None
    except OSError:   # scene unreadable: its own row says so
        return None
    if recorded.source and recorded.size == _size(scene):   # read whole only where the sizes agree
        from ..pipeline.acquired import source_identity

        if source_identity(scene) == recorded.source:
            return None
    return recorded.scene


def _size(path: Path) -> int | None:
    try:
        return path.stat().st_size
    except OSError:
        return None


def cached_predictor(bundle, settings: BatchSettings):
    from ..model.predict import make_predictor

    files = [bundle.file(kind) for kind in ("onnx", "weights")]
    stamps = tuple(f.stat().st_mtime_ns for f in files if f is not None)  # a bundle rewritten in place reloads
    options = settings.options
    key = (str(bundle.path), stamps, options.backend, options.device, settings.threads)
    if key not in _PREDICTORS:
        _PREDICTORS[key] = make_predictor(bundle, options.backend, options.device, settings.threads)
    return _PREDICTORS[key]


def run_scene(scene: str, settings: BatchSettings) -> SceneRow:
    """Classify ``scene`` into ``settings.outdir`` unless its output is up to date; never raises:
    a failure is the row's status and one-line error, and the batch goes on."""
    scene_path = Path(scene)
    output = output_for(scene_path, Path(settings.outdir))
    row = SceneRow(scene=str(scene_path), output=str(output))
    try:
        from ..publish import check_not_an_input

        check_not_an_input(output, [scene_path], "output")  # a GeoPackage raster scene in OUTDIR itself
        bundle = _bundle(settings)
        if not settings.force and is_up_to_date(scene_path, output, settings.concept_names, settings.concepts,
                                                bundle):
            row.status = UP_TO_DATE
            return fill_from_output(row, output)
        _classify_into(scene_path, output, settings, bundle)
        row.status = DONE
        return fill_from_output(row, output)
    except (PlanetClassifierError, OSError) as exc:
        row.status, row.error = FAILED, " ".join(str(exc).split()) or type(exc).__name__
        return row
    except Exception as exc:  # noqa: BLE001 - a bug or an unforeseen library error: this scene fails, the batch goes on
        stop = _interrupt_behind(exc)
        if stop is not None or STOP_REQUESTED.signum:  # a stop a library turned into its own error: stop, as told
            raise (stop or KeyboardInterrupt(STOP_REQUESTED.signum)) from None
        row.status, row.error = FAILED, f"unexpected {type(exc).__name__}: {' '.join(str(exc).split())[:200]}"
        return row


def _interrupt_behind(exc: BaseException) -> BaseException | None:
    """The Ctrl-C or stop signal (a KeyboardInterrupt) that ``exc`` was raised while handling, if any: a C extension
    importing numpy as a SIGTERM landed said "ImportError: import numpy failed", and the stopped batch recorded the
    scene as failed and exited 1 instead of unwinding."""
    seen = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        if isinstance(exc, KeyboardInterrupt):
            return exc
        exc = exc.__cause__ or exc.__context__
    return None


def _bundle(settings: BatchSettings):
    from ..model.bundle import resolve_bundle

    return resolve_bundle(settings.bundle)


def _classify_into(scene: Path, output: Path, settings: BatchSettings, bundle) -> None:
    from ..teach.apply import classify_applying, read_concepts

    predictor, _notes = cached_predictor(bundle, settings)
    concepts = read_concepts([Path(c) for c in settings.concepts], bundle)
    stat = os.stat(scene) if os.path.isfile(scene) else None   # before classify reads it: a scene changed meanwhile
    check_concepts_kept(output, [c.name for c in [*bundle.manifest.concepts, *concepts]])  # --force, a scene touched
    with staged(output, prefix=f".{output.stem}.", suffix=PARTIAL_SUFFIX) as tmp:
        try:
            result, _ = classify_applying(scene, tmp, bundle, replace(settings.options, overwrite=True), concepts,
                                          predictor=predictor)
            # classify itself records the scene, its acquisition date, the bundle and the grid; the bytes of what it
            # was run on are read once classify has taken the scene for a raster (a FIFO would block the hash)
            write_run_metadata(tmp, {"inputs": inputs_record(scene, settings.concepts, bundle, stat),
                                     "skipped": result.skipped, "device": result.device, "backend": result.backend,
                                     "chips_per_s": f"{result.chips_per_s:.2f}", "seconds": f"{result.seconds:.2f}"})
        except (PlanetClassifierError, OSError) as exc:  # said of the output, not of its temporary name (gone)
            if str(tmp) not in str(exc):
                raise
            raise PlanetClassifierError(" ".join(str(exc).split()).replace(str(tmp), str(output))) from None


def leftover_name(name: str) -> re.Match | None:
    """Whether a file of ``name`` in an output folder is named as a run's temporary file (LEFTOVERS): sweep_partials
    removes it once its writer, as the name says, is gone."""
    return next((m for pattern in LEFTOVERS if (m := pattern.fullmatch(name))), None)


def sweep_partials(outdir: Path) -> int:
    """Remove the temporary files in ``outdir`` (LEFTOVERS) whose process is gone: a run killed outright, a worker
    stopped by a signal or by its cluster closing. A live process's files stay (another run into the same folder), and
    so do another machine's (publish.writer_gone); returns how many were removed."""
    removed = 0
    for path in outdir.glob(".*"):
        match = leftover_name(path.name)
        if match is None or not writer_gone(match) or (path.is_dir() and not path.is_symlink()):
            continue
        try:
            path.unlink()
            removed += 1
        except OSError:  # another run swept it first, or it is not ours to remove (another user's): harmless to leave
            pass
    return removed


def fill_from_output(row: SceneRow, output: Path) -> SceneRow:
    """Counts and run facts of a finished scene, read back from its GeoPackage."""
    try:
        table = read_tiles(output, with_embeddings=False)
    except TileLayerError as exc:
        row.status, row.error = FAILED, f"{output.name}: {exc}"
        return row
    meta = run_metadata(table)
    row.acquired, row.acquired_source = meta["acquired"], meta["acquired_source"]
    if not row.acquired:
        acquired = raster_date(Path(row.scene))
        row.acquired, row.acquired_source = acquired.date, acquired.source
    row.tiles = len(table)
    row.skipped = _number(meta["skipped"], int)
    flagged = table.flagged
    row.flagged = int(flagged.sum())
    area = flagged_km2(table, flagged)
    row.flagged_km2 = UNKNOWN_AREA if area is None else round(area, 4)
    row.device, row.backend = meta["device"], meta["backend"]
    row.chips_per_s = _number(meta["chips_per_s"], float)
    row.seconds = _number(meta["seconds"], float)
    row.counts = {name: int(col.sum()) for name, col in table.flags.items()}
    row.counts.update({label: int(table.tags[:, i].sum()) for i, label in enumerate(table.labels)})
    row.unconfirmed = held_concepts(table.metadata)
    row.groups = parse_concepts_item(table.metadata.get(META_CONCEPTS))
    return row


def held_concepts(metadata: dict[str, str]) -> str:
    """The concepts a layer holds unconfirmed (core/teach/apply.py: their flag_<name> is left off, so a count of 0
    there is no all-clear), as summary.csv's ``unconfirmed`` says them; '' where none is (or the record is not one)."""
    from ..schema import is_number, loads
    from ..teach.fields import META_UNCONFIRMED

    try:
        held = loads(metadata.get(META_UNCONFIRMED) or "{}")
    except (ValueError, RecursionError):  # an item edited by hand: no record
        return ""
    said = [f"{name} {entry['would_flag']} of {count(entry['tiles'], 'tile')} at p >= {entry['threshold']:.2f}"
            for name, entry in sorted(held.items() if isinstance(held, dict) else [])
            if isinstance(entry, dict) and all(is_number(entry.get(k)) for k in ("would_flag", "tiles", "threshold"))]
    return "; ".join(said)


def held_names(unconfirmed: str) -> list[str]:
    """The concept names of a SceneRow's ``unconfirmed`` (held_concepts)."""
    return [said.split(" ", 1)[0] for said in unconfirmed.split("; ") if said]


def _number(text: str, kind):
    """A run fact read back from layer metadata (a file a user may have edited): the number, or blank where it is
    not a finite number of zero or more (nan, inf, -3 or text are blank in summary.csv, never written as such)."""
    import math

    try:
        value = kind(text)
    except (TypeError, ValueError, OverflowError):
        return ""
    return value if math.isfinite(value) and value >= 0 else ""


def summary_columns(rows: list[SceneRow], kept: Iterable[str] = ()) -> list[str]:
    """summary.csv columns: run facts, flag counts (groups, then concepts seen in any scene, the ``kept`` columns
    of earlier rows included), tag counts."""
    seen = {name for row in rows for name in row.counts} | set(kept)
    concept_flags = sorted(n for n in seen if n.startswith("flag_") and n[5:] not in FLAG_GROUPS)
    return (["scene", "status", "error", "acquired", "acquired_source", "tiles", "skipped", "flagged", "flagged_km2"]
            + [f"flag_{g}" for g in FLAG_GROUPS] + concept_flags + list(LABELS)
            + ["unconfirmed", "device", "backend", "chips_per_s", "seconds", "output"])


def is_summary(path: Path) -> bool:
    """Whether the file at ``path`` is a summary.csv a batch wrote: its header begins as summary_columns' does."""
    with open(path, "rb") as handle:
        first = handle.readline(4096).decode("utf-8", "replace")
    return first.startswith(",".join(summary_columns([])[:2]) + ",")


def read_summary(path: str | Path) -> list[dict[str, str]]:
    """Rows of an earlier summary.csv ([] where there is none or it cannot be read)."""
    try:
        with open(path, newline="", encoding="utf-8") as handle:
            return [row for row in csv.DictReader(handle) if row.get("scene")]
    except (OSError, csv.Error, UnicodeDecodeError):
        return []


def where_now(earlier: list[dict[str, str]], outdir: Path) -> list[dict[str, str]]:
    """Rows of an earlier summary.csv with each scene named where it is now: one gone from the path its row names (a
    project folder moved with its OUTDIR, the batch resumed with other scenes) is found where the move took it, as the
    scene of an output is (found_scene, at the size its run recorded); in a project copied beside the original (the
    path its row names still there), the copy's own scene, where it has the bytes the output records (PLANET_INPUTS);
    a scene found nowhere keeps the path its row names."""
    rows = []
    for row in earlier:
        scene, output = row.get("scene") or "", outdir / Path(row.get("output") or "").name
        found = None
        try:
            recorded = _recorded(output) if scene and row.get("output") and output.is_file() else None
            if recorded is not None:
                found = found_scene(scene, output, recorded.size, beside_first=True)
                if (found is not None and os.path.lexists(scene) and found.resolve() != Path(scene).resolve()
                        and not inputs_match(recorded.inputs, found, ())):   # the same name only: keep the row's
                    found = None
        except OSError:   # a name the system cannot look up (too long, in an edited summary): no output, no scene
            found = None
        rows.append({**row, "scene": str(found.resolve())} if found is not None else row)
    return rows


def kept_rows(path: Path, rows: list[SceneRow], earlier: list[dict[str, str]]) -> list[dict[str, str]]:
    """The rows of an earlier summary.csv at ``path`` that it keeps beside ``rows`` (this run's): those of scenes not
    among them whose output is still in the folder, each naming its output there."""
    current = {row.scene for row in rows}
    # an earlier scene of the same name whose output one of these replaced (a failed one replaced nothing)
    outputs = {row.output for row in rows if row.status != FAILED}
    # an earlier row's output by its name in this folder: the folder moved or copied (with its summary.csv) keeps its
    # rows, and a copy's rows no longer name the outputs of the folder it was copied from
    here = [{**r, "output": str(path.parent.resolve() / Path(r["output"]).name)} if r.get("output") else r
            for r in earlier]
    # os.path.isfile: a name the system cannot look up (too long, in an edited summary) is no output that is there
    return [r for r in here if r["scene"] not in current and r.get("output") not in outputs
            and os.path.isfile(r.get("output") or "/nonexistent")]


def kept_scene_row(values: dict[str, str]) -> SceneRow:
    """A row kept from an earlier run (kept_rows) as the report shows it: its status and error as recorded, its counts
    and facts read from its output, as that run read them."""
    row = SceneRow(scene=values["scene"], output=values["output"], status=values.get("status") or DONE,
                   error=values.get("error") or "")
    return row if row.status == FAILED else fill_from_output(row, Path(row.output))


def write_summary(path: str | Path, rows: list[SceneRow], earlier: list[dict[str, str]] = ()) -> Path:
    """Write summary.csv atomically (temporary file + rename): readers never see half a table.
    ``earlier``: rows of a previous summary.csv; those of scenes not in ``rows`` whose output is still
    there are kept, so the table covers every scene of the folder across monthly runs."""
    path = Path(path)
    kept = kept_rows(path, rows, earlier)
    kept_columns = [k for k in dict.fromkeys(k for r in kept for k in r) if isinstance(k, str)]
    columns = summary_columns(rows, kept_columns)
    columns += [c for c in kept_columns if c not in columns]
    values_by_scene = {r["scene"]: r for r in kept}
    for row in rows:
        values = {k: v for k, v in vars(row).items() if k != "counts"}
        values.update(row.counts)  # a concept this scene's layer lacks (older bundle) stays blank
        values_by_scene[row.scene] = values
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, columns, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    for scene in sorted(values_by_scene):  # an error that starts with a file name may start like a formula
        writer.writerow({k: as_text(v) for k, v in values_by_scene[scene].items()})
    try:
        return write_text_atomic(path, buffer.getvalue())
    except OSError as exc:  # a full disk: Python's '[Errno 28] No space left on device' named no file
        raise not_written(path, exc) from None
