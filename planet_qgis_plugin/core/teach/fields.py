"""Teach on a tile GeoPackage: read the tiles' embeddings, write a concept's fields back in place.

The plugin-facing API (QGIS-free; sqlite3 + numpy, so it runs in QGIS's Python):

    tiles = read_embeddings(gpkg_path, backbone_id=bundle.manifest.embedding.backbone_id)   # once per layer
    rows = tiles.rows_of(["12", "3:4"])             # fids or ROW:COL -> row indices (TeachError if unknown)
    result = core.teach.fit.teach(tiles.embeddings, positives, negatives, name=..., group=...,
                              backbone_id=tiles.backbone_id)      # writes nothing (docs/teach.md, Speed)
    result.probabilities[i], result.flags[i]        # for tile fid tiles.fids[i]
    write_concept(tiles, result.concept, result.probabilities, result.flags, bundle.manifest)

``write_concept`` adds or replaces ``p_<name>`` (REAL 0..1) and ``flag_<name>`` (BOOLEAN) in layer
``tiles`` and refolds ``flag_<group>``, ``score_<group>`` and ``flagged`` over the layer's tags and
concepts by the rule in :mod:`.flags` (the one classify uses), all in ONE sqlite transaction: every other
field and tile stays as it was, and on any error the file is exactly as before. New fields are appended
after the existing ones (SQLite cannot insert a column in the middle). A layer open in QGIS needs its
data provider reloaded to show them.
"""
from __future__ import annotations

import json
import os
import re
import sqlite3
import time
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Sequence

import numpy as np

from ..errors import PlanetClassifierError
from ..labels import FLAG_GROUPS
from ..layer.embeddings import EMBEDDING_FIELD, META_BACKBONE, META_DTYPE, META_SIZE, decode_blobs
from ..layer.neighbours import neighbour_step
from ..layer.schema import (
    LAYER,
    META_CONCEPT_FLAGS,
    META_CONCEPTS,
    META_UNCONFIRMED,
    concept_names,
    concepts_item,
    json_item,
    parse_concepts_item,
    with_concept_flag,
)
from ..layer.sqlite_read import (
    LOCKED,
    connect_read_only,
    deny_stored_writes,
    refuse_views,
    stand_in_gpkg_functions,
)
from ..model.concepts import Concept, check_concept_name
from ..pipeline.flags import flag_eligible_tags, fold_groups
from ..wording import tr

DIGITS = re.compile(r"[0-9]{1,18}")  # a fid, row or col as the user types it (fits in int64)
WAIT_S = 10  # how long teach's write waits for another program's lock on the file before it gives up


class TeachError(PlanetClassifierError, ValueError):
    """A tile GeoPackage that cannot be taught on, or a mark that names no tile; one line."""


class LayerChanged(TeachError):
    """The layer changed between teach's read and its write (another teach, QGIS or a script wrote into it):
    nothing was written, and the same call run again reads it afresh. ``retry``: the command lines exit
    EXIT_RETRY (75) for it, not 1, so a program driving teach can tell it from bad input."""

    retry = True

    def __init__(self, name: str):
        super().__init__(f"{name} changed since it was read (another program wrote into it), so nothing was "
                         "written; teach again")


class LayerBusy(TeachError):
    """Another program held the GeoPackage's lock (QGIS saving an edit session, a script) longer than teach
    waits, at its read or its write: nothing was written, and the same call may succeed once the lock is gone
    (``retry``: exit EXIT_RETRY, as LayerChanged)."""

    retry = True


@dataclass
class TileEmbeddings:
    """The tiles of one GeoPackage layer, in fid order, with their embeddings."""

    path: Path
    fids: np.ndarray  # (N,) int64
    rows: np.ndarray  # (N,) int64
    cols: np.ndarray  # (N,) int64
    embeddings: np.ndarray  # (N, D) float32
    backbone_id: str
    columns: list[str] = field(default_factory=list)  # the layer's columns, in order
    concept_groups: dict[str, str] = field(default_factory=dict)  # concept fields already in the layer
    metadata: dict[str, str] = field(default_factory=dict)  # the layer's metadata items (PLANET_SCENE, ...)
    models: list[str] = field(default_factory=list)  # the layer's ``model`` values: which bundle classified it
    coverage: np.ndarray | None = None  # (N,) share of each tile inside the raster (None: the layer has no field)
    #: arrays teach derives from these tiles alone (feature rows, the bank rows that are not tiles of this scene),
    #: kept for the life of this read: the panel makes a core session per refit (core/teach/session.py)
    derived: dict = field(default_factory=dict, repr=False, compare=False)

    @property
    def step(self) -> int:
        """Places on the layer's row/col grid from a tile to the tiles around it that do not overlap it (a concept's
        neighbour context: core/layer/neighbours.py), from the grid its run recorded."""
        return neighbour_step(self.metadata)

    def area(self) -> np.ndarray:
        """(N,) each tile's share of a full tile (its ``coverage``; 1 where unknown, empty or out of 0..1):
        a sliver at the edge of a small strip counts for what it shows."""
        if self.coverage is None:
            return np.ones(len(self.fids))
        c = np.asarray(self.coverage, dtype=np.float64)
        return np.where(np.isfinite(c) & (c >= 0) & (c <= 1), c, 1.0)

    def cells(self, indices: Sequence[int]) -> list[str]:
        """The tiles at ``indices`` (as rows_of gives them) as ROW:COL."""
        return [f"{self.rows[i]}:{self.cols[i]}" for i in indices]

    def provenance(self, positives: Sequence[int], negatives: Sequence[int]) -> dict:
        """What a concept taught on these tiles records about them (rows are indices, as rows_of gives):
        the file, the marked tiles as ROW:COL, the tile count and the date (UTC)."""
        return {"gpkg": self.path.name, "positive_tiles": self.cells(positives), "negative_tiles": self.cells(negatives),
                "tiles": int(len(self.fids)), "date": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())}

    def rows_of(self, ids: Iterable[str | int]) -> np.ndarray:
        """Row indices of tiles named by fid (``12``) or ``ROW:COL`` (``3:4``); TeachError names the first unknown."""
        by_fid = {int(f): i for i, f in enumerate(self.fids)}
        by_cell: dict[tuple[int, int], int] = {}
        twice: dict[tuple[int, int], list[int]] = {}  # a place two tiles claim (a row/col edited by hand)
        for i, cell in enumerate(zip(self.rows.tolist(), self.cols.tolist())):
            if cell in by_cell:
                twice.setdefault(cell, [int(self.fids[by_cell[cell]])]).append(int(self.fids[i]))
            by_cell[cell] = i
        out = []
        for raw in ids:
            text = str(raw).strip(" \t")
            parts = [part.strip(" \t") for part in text.split(":")]
            # ASCII digits only: int() would also read "1_0" as 10 and a full-width "１" as 1
            if len(parts) > 2 or not all(DIGITS.fullmatch(part) for part in parts):
                raise TeachError(tr("tile id {text!r} is neither a fid (e.g. 12) nor ROW:COL (e.g. 3:4)").format(
                    text=text))
            cell = tuple(int(part) for part in parts) if len(parts) == 2 else None
            fid = None if cell else int(parts[0])
            if cell is not None:
                if cell in twice:
                    raise TeachError(tr("ROW:COL {text} names {n} tiles of {name} (fids "
                                        "{fids}); give the fid of the one you mean").format(
                        text=text, n=len(twice[cell]), name=self.path.name, fids=', '.join(map(str, twice[cell]))))
                index = by_cell.get(cell)
                if index is None:
                    raise TeachError(tr("no tile at ROW:COL {text} in {name} (rows {min}..{max}, cols "
                                        "{min2}..{max2})").format(
                        text=text, name=self.path.name, min=self.rows.min(), max=self.rows.max(), min2=self.cols.min(),
                        max2=self.cols.max()))
            else:
                index = by_fid.get(fid)
                if index is None:
                    raise TeachError(tr("no tile with fid {fid} in {name} "
                                        "(fids {min}..{max})").format(
                        fid=fid, name=self.path.name, min=self.fids.min(), max=self.fids.max()))
            out.append(index)
        return np.asarray(out, dtype=np.int64)


def _connect_read_only(path: Path) -> sqlite3.Connection:
    if not path.is_file():
        raise TeachError((tr("tile GeoPackage {path} does not exist") if not path.exists() else
                          tr("{path} is not a file")).format(path=path))
    conn = connect_read_only(path, TeachError, busy=LayerBusy)  # locked or left mid-write: said first
    try:
        refuse_views(path, TeachError)  # SQLite runs a view as teach reads the table it stands for
    except TeachError:
        conn.close()
        raise
    return conn


def _columns(conn: sqlite3.Connection) -> tuple[list[str], str]:
    """(column names in order, the fid column) of layer ``tiles``."""
    info = conn.execute(f'PRAGMA table_info("{LAYER}")').fetchall()
    fid = [row[1] for row in info if row[5]]
    return [row[1] for row in info], (fid[0] if fid else "fid")


def _metadata_row(conn: sqlite3.Connection) -> tuple[int, str] | None:
    """(id, XML) of GDAL's layer metadata for ``tiles`` in gpkg_metadata, or None."""
    try:
        return conn.execute(
            "SELECT m.id, m.metadata FROM gpkg_metadata m JOIN gpkg_metadata_reference r ON r.md_file_id = m.id "
            "WHERE r.reference_scope = 'table' AND lower(r.table_name) = lower(?) AND r.column_name IS NULL "
            "AND r.row_id_value IS NULL AND m.md_standard_uri = 'http://gdal.org' AND m.mime_type = 'text/xml' "
            "ORDER BY m.id LIMIT 1", (LAYER,)).fetchone()
    except sqlite3.OperationalError:  # no metadata tables at all
        return None


def _metadata_items(xml: str | None) -> dict[str, str]:
    """Items of the default domain of a GDALMultiDomainMetadata document."""
    if not xml:
        return {}
    try:
        root = ET.fromstring(xml)
    except ET.ParseError:
        return {}
    return {mdi.get("key"): (mdi.text or "") for md in root.iter("Metadata") if not md.get("domain")
            for mdi in md.iter("MDI") if mdi.get("key")}


def _with_item(xml: str, key: str, value: str) -> str:
    """``xml`` with the default-domain item ``key`` set to ``value``."""
    root = ET.fromstring(xml)
    domain = next((md for md in root.iter("Metadata") if not md.get("domain")), None)
    if domain is None:
        domain = ET.SubElement(root, "Metadata")
    item = next((mdi for mdi in domain.iter("MDI") if mdi.get("key") == key), None)
    if item is None:
        item = ET.SubElement(domain, "MDI", key=key)
    item.text = value
    return ET.tostring(root, encoding="unicode")


def read_embeddings(path: str | Path, backbone_id: str | None = None, embedding=None) -> TileEmbeddings:
    """Tiles (fid, row, col, embedding) of layer ``tiles`` in ``path``; TeachError with one line on bad input.

    ``backbone_id``: the bundle's (``manifest.embedding.backbone_id``); embeddings from another backbone
    are refused, since a concept taught on them would not apply to that bundle's runs. ``embedding``: the
    bundle's EmbeddingSpec (its backbone, size and dtype), so the layer metadata is checked against the
    bundle, not only the blobs against the metadata (which a damaged or hand-edited file can get wrong).
    """
    if embedding is not None:
        backbone_id = embedding.backbone_id
    path = Path(path)
    conn = _connect_read_only(path)
    try:
        if not conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (LAYER,)).fetchone():
            raise TeachError(tr("{path} has no layer '{LAYER}'; teach works on the GeoPackage written by "
                                "classify").format(path=path, LAYER=LAYER))
        columns, fid = _columns(conn)
        missing = [c for c in ("row", "col") if c not in columns]
        if missing:
            raise TeachError(tr("layer '{LAYER}' of {path} has no {missing} field; "
                                "teach works on the GeoPackage written by classify").format(
                LAYER=LAYER, path=path, missing=' or '.join(missing)))
        if EMBEDDING_FIELD not in columns:
            raise TeachError(tr("{name}: this layer was written without embeddings: rerun classify without "
                                "--no-embeddings").format(name=path.name))
        meta = _metadata_row(conn)
        items = _metadata_items(meta[1] if meta else None)
        found = items.get(META_BACKBONE)
        if not found:
            raise TeachError(tr("{name}: the embeddings do not say which backbone made them (no {META_BACKBONE} "
                                "layer metadata); rerun classify").format(name=path.name, META_BACKBONE=META_BACKBONE))
        if backbone_id is not None and found != backbone_id:
            raise TeachError(tr("{name}: its embeddings come from backbone {found}, but the bundle's backbone is "
                                "{backbone_id}; classify the scene again with this bundle, or pass the bundle "
                                "it was classified with (--bundle)").format(
                name=path.name, found=found, backbone_id=backbone_id))
        try:
            size = int(items.get(META_SIZE, "")) if DIGITS.fullmatch(items.get(META_SIZE, "")) else 0
            dtype = items.get(META_DTYPE, "float16")
            if dtype not in ("float16", "float32") or not 1 <= size <= 65536:
                raise ValueError
        except ValueError:
            raise TeachError(tr("{name}: layer metadata {META_SIZE}/{META_DTYPE} missing or invalid; "
                                "rerun classify").format(
                name=path.name, META_SIZE=META_SIZE, META_DTYPE=META_DTYPE)) from None
        if embedding is not None and (size, dtype) != (embedding.size, embedding.dtype):
            raise TeachError(tr("{name}: its metadata says the embeddings are {size} {dtype} values, but the "
                                "bundle's are {size2} {dtype2} values; rerun classify with this bundle").format(
                name=path.name, size=size, dtype=dtype, size2=embedding.size, dtype2=embedding.dtype))
        data = conn.execute(f'SELECT "{fid}", "row", "col", "{EMBEDDING_FIELD}" FROM "{LAYER}" '
                            f'ORDER BY "{fid}"').fetchall()
        if not data:
            raise TeachError(tr("layer '{LAYER}' of {path} has no tiles").format(LAYER=LAYER, path=path))
        fids = [r[0] for r in data]
        if not all(isinstance(f, int) for f in fids) or len(set(fids)) != len(fids):
            raise TeachError(tr("{name}: the fids of layer '{LAYER}' are not unique whole numbers (a table made "
                                "without an integer primary key?); teach works on the GeoPackage written by "
                                "classify").format(name=path.name, LAYER=LAYER))
        wrong = next((r[0] for r in data if r[3] is not None and not isinstance(r[3], bytes)), None)
        if wrong is not None:  # SQLite lets any value into any column
            raise TeachError(tr("{name}: the embedding of fid {wrong} is not a BLOB (it holds text or a number); "
                                "rerun classify").format(name=path.name, wrong=wrong))
        try:
            embeddings = decode_blobs([r[3] for r in data], size, dtype, names=[f"fid {r[0]}" for r in data])
        except ValueError as exc:
            raise TeachError(tr("{name}: {exc}; rerun classify").format(name=path.name, exc=exc)) from None
        finite = np.isfinite(embeddings).all(axis=1)
        if not finite.all():
            raise TeachError(tr("{name}: the embedding of fid {data} holds values that "
                                "are not finite numbers; rerun classify").format(
                name=path.name, data=data[int(np.argmin(finite))][0]))
        groups = parse_concepts_item(items.get(META_CONCEPTS))
        wrong = next((r[0] for r in data if not all(v is None or isinstance(v, int) for v in r[1:3])), None)
        if wrong is not None:
            raise TeachError(tr("{name}: row/col of fid {wrong} is not a whole number; rerun classify").format(
                name=path.name, wrong=wrong))
        ints = np.asarray([(r[0], r[1] if r[1] is not None else -1, r[2] if r[2] is not None else -1)
                           for r in data], dtype=np.int64)
        models = sorted({str(r[0]) for r in conn.execute(f'SELECT DISTINCT "model" FROM "{LAYER}" LIMIT 5')
                         if r[0]}) if "model" in columns else []
        coverage = None
        if "coverage" in columns:
            values = [r[0] for r in conn.execute(f'SELECT "coverage" FROM "{LAYER}" ORDER BY "{fid}"')]
            coverage = np.array([float(v) if isinstance(v, (int, float)) else np.nan for v in values])
        return TileEmbeddings(path, ints[:, 0], ints[:, 1], ints[:, 2], embeddings, found, columns, groups, items,
                              models, coverage)
    except sqlite3.DatabaseError as exc:
        raise TeachError(tr("{path} cannot be read as a tile GeoPackage ({exc})").format(path=path, exc=exc)) from None
    finally:
        conn.close()


def check_writable(path: str | Path) -> None:
    """TeachError unless the GeoPackage and its folder (SQLite's journal goes there) are writable."""
    path = Path(path)
    if not os.access(path, os.W_OK) or not path.stat().st_mode & 0o222:  # root passes os.access regardless
        raise TeachError(tr("{path} is read-only; make it writable or teach on a copy").format(path=path))
    if not os.access(path.parent, os.W_OK):
        raise TeachError(tr("the folder of {path} is read-only (SQLite needs it for its journal); "
                            "teach on a copy in a writable folder").format(path=path))


def _concept_groups(tiles: TileEmbeddings, manifest) -> dict[str, str]:
    """{concept: group} for every concept whose fields the layer has (layer metadata wins over the bundle)."""
    groups = {c.name: c.group for c in getattr(manifest, "concepts", [])}
    groups.update(tiles.concept_groups)
    present = set(concept_names(tiles.columns))
    return {name: group for name, group in groups.items() if name in present}


def unknown_concepts(tiles: TileEmbeddings, manifest) -> list[str]:
    """Concept fields (``p_X`` + ``flag_X``, X not a tag) whose group neither the layer nor the bundle
    records: ``write_concept`` cannot fold them into ``flag_<group>`` (the layer was classified with
    another bundle than ``manifest``'s)."""
    known = set(_concept_groups(tiles, manifest))
    return sorted(n for n in concept_names(tiles.columns) if n not in known)


def check_concept_fields(tiles: TileEmbeddings, name: str) -> None:
    """TeachError if the layer has a field ``p_<name>``/``flag_<name>`` that no concept wrote (one the layer's
    PLANET_CONCEPTS metadata does not list, e.g. an analyst's notes): teaching ``name`` would overwrite it."""
    own = {f"p_{name}", f"flag_{name}"}
    taken = [c for c in tiles.columns if c.lower() in own]  # SQLite's column names ignore case
    if taken and (name not in tiles.concept_groups or not set(taken) <= own):
        raise TeachError(tr("layer '{LAYER}' of {name} already has {taken}, which no taught "
                            "concept wrote (its {META_CONCEPTS} metadata does not list '{name2}'): teaching would "
                            "overwrite it; choose another name, or rename that field").format(
            LAYER=LAYER, name=tiles.path.name, taken=' and '.join(taken), META_CONCEPTS=META_CONCEPTS, name2=name))


def write_concept(tiles: TileEmbeddings, concept: Concept, probabilities: np.ndarray, flags: np.ndarray,
                  manifest, unconfirmed: dict | None = None, before_commit: Callable[[], None] | None = None,
                  flag_entry: dict | None = None) -> None:
    """Add or replace ``p_<name>``/``flag_<name>`` and refold the group fields, in one transaction.

    ``manifest``: the bundle's (which tags may raise a flag alone, and the groups of its concepts).
    ``unconfirmed``: why this concept's flags on this layer are held back (core/teach/apply.py), recorded
    under the layer metadata item PLANET_UNCONFIRMED; None clears the concept's entry there (a concept
    taught on the layer is confirmed by the analyst's marks).
    ``before_commit``: called once every change is made, just before the commit (an error there rolls
    everything back): teach puts the saved bundle in place there, so both writes happen or neither.
    ``flag_entry``: how ``flags`` were set (layer/schema.concept_flag_entry), recorded under PLANET_CONCEPT_FLAGS;
    None drops the concept's entry there (unknown rather than an earlier run's word).
    """
    name = check_concept_name(concept.name)
    check_concept_fields(tiles, name)
    path = tiles.path
    probabilities = np.asarray(probabilities, dtype=np.float64)
    flags = np.asarray(flags, dtype=bool)
    if probabilities.shape != (len(tiles.fids),) or flags.shape != (len(tiles.fids),):
        raise TeachError(tr("{n} probabilities for {n2} tiles").format(n=len(probabilities), n2=len(tiles.fids)))
    if not (np.isfinite(probabilities).all() and ((probabilities >= 0) & (probabilities <= 1)).all()):
        raise TeachError(tr("concept probabilities must be finite numbers in 0..1"))
    check_writable(path)
    conn = sqlite3.connect(str(path), timeout=WAIT_S, isolation_level=None)
    refused: list[tuple[str, str]] = []
    try:
        stand_in_gpkg_functions(conn)
        deny_stored_writes(conn, refused, LAYER)
        conn.execute("BEGIN IMMEDIATE")
        columns, fid = _columns(conn)
        if columns != tiles.columns:
            raise LayerChanged(path.name)
        group_columns = _group_columns(conn, fid, tiles, concept, probabilities, flags, manifest)
        values = {f"p_{name}": ("REAL", probabilities), f"flag_{name}": ("BOOLEAN", flags)}
        values.update(group_columns)
        for column, (kind, _) in values.items():
            if column not in columns:
                conn.execute(f'ALTER TABLE "{LAYER}" ADD COLUMN "{column}" {kind}')
        names = list(values)
        assignments = ", ".join(f'"{c}" = ?' for c in names)
        converted = [v.astype(np.int64).tolist() if v.dtype == bool else v.astype(np.float64).tolist()
                     for _, v in values.values()]
        rows = zip(*converted, tiles.fids.tolist())
        conn.executemany(f'UPDATE "{LAYER}" SET {assignments} WHERE "{fid}" = ?', rows)
        _record_concept_group(conn, name, concept.group, unconfirmed, flag_entry)
        conn.execute("UPDATE gpkg_contents SET last_change = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') "
                     "WHERE lower(table_name) = lower(?)", (LAYER,))
        if before_commit is not None:
            before_commit()
        conn.execute("COMMIT")
    except BaseException as exc:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        if getattr(exc, "sqlite_errorname", "") in LOCKED:
            raise LayerBusy(f"could not write {path.name} (left as it was): another program is using it (the "
                             "database is locked); finish or close that (an edit session in QGIS?) and try again") from None
        if refused and isinstance(exc, sqlite3.DatabaseError):
            trigger, table = refused[0]
            raise TeachError(tr("{name} holds a trigger {trigger!r} that would change {table!r} when teach writes "
                                "its fields; teach runs no SQL stored in a file, so it was left as it was: drop that "
                                "trigger (DROP TRIGGER \"{trigger}\") if you trust it, or teach on a layer classify "
                                "wrote").format(name=path.name, trigger=trigger, table=table)) from None
        if isinstance(exc, sqlite3.Error):
            raise TeachError(tr("could not write {name} (left as it was): {exc}").format(
                name=path.name, exc=exc)) from None
        raise
    finally:
        conn.close()
    tiles.columns = columns + [c for c in names if c not in columns]
    tiles.concept_groups[name] = concept.group


def _group_columns(conn: sqlite3.Connection, fid: str, tiles: TileEmbeddings, concept: Concept,
                   probabilities: np.ndarray, flags: np.ndarray, manifest) -> dict[str, tuple[str, np.ndarray]]:
    """flag_<group>, score_<group>, flagged recomputed by core.pipeline.flags over the layer's tags and concepts."""
    groups = _concept_groups(tiles, manifest)
    groups.pop(concept.name, None)
    eligible = flag_eligible_tags(manifest.labels, manifest.decoding, manifest.metrics) if manifest else set()
    eligible = {t for t in eligible if f"p_{t}" in tiles.columns and t in tiles.columns}
    wanted = [f"p_{t}" for t in sorted(eligible)] + [t for t in sorted(eligible)]
    wanted += [f for c in groups for f in (f"p_{c}", f"flag_{c}")]
    table = {}
    if wanted:
        selected = ", ".join(f'"{c}"' for c in wanted)
        data = conn.execute(f'SELECT "{fid}", {selected} FROM "{LAYER}" ORDER BY "{fid}"').fetchall()
        if [r[0] for r in data] != tiles.fids.tolist():
            raise LayerChanged(tiles.path.name)
        bad = next(((r[0], wanted[i], v) for r in data for i, v in enumerate(r[1:]) if not (
            isinstance(v, (int, float)) and np.isfinite(v))), None)
        if bad is not None:  # SQLite lets text, a BLOB or a NaN into a REAL column, and a NULL where a save-as in
            # QGIS dropped NOT NULL: folded as 0 it would lower the group's score without a word
            raise TeachError(tr("{name}: {bad} of fid {bad2} is {value}, not a finite number, so flag_/score_ of the "
                                "groups cannot be refolded; rerun classify (or fix that value) and teach again").format(
                name=tiles.path.name, bad=bad[1], bad2=bad[0],
                value='NULL' if bad[2] is None else repr(str(bad[2])[:40])))
        array = np.asarray([[float(v) for v in r[1:]] for r in data], dtype=np.float64)
        table = {c: array[:, i] for i, c in enumerate(wanted)}
    concepts = {c: (g, table[f"p_{c}"], table[f"flag_{c}"] > 0.5) for c, g in groups.items()}
    concepts[concept.name] = (concept.group, probabilities, flags)
    folded = fold_groups(len(tiles.fids), {t: table[f"p_{t}"] for t in eligible},
                         {t: table[t] > 0.5 for t in eligible}, eligible, concepts)
    out: dict[str, tuple[str, np.ndarray]] = {}
    for group in FLAG_GROUPS:
        out[f"flag_{group}"] = ("BOOLEAN", folded[f"flag_{group}"])
        out[f"score_{group}"] = ("REAL", folded[f"score_{group}"])
    out["flagged"] = ("BOOLEAN", folded["flagged"])
    return out


def _record_concept_group(conn: sqlite3.Connection, name: str, group: str, unconfirmed: dict | None = None,
                          flag_entry: dict | None = None) -> None:
    """Add ``name: group`` to the layer's PLANET_CONCEPTS metadata item (GDAL's XML in gpkg_metadata), set or
    clear ``name`` in PLANET_UNCONFIRMED, and set (or drop) its PLANET_CONCEPT_FLAGS entry."""
    meta = _metadata_row(conn)
    if meta is None:  # read_embeddings found the backbone id there, so this only happens if the file changed
        raise TeachError(tr("the layer's metadata disappeared since it was read; read it again"))
    items = _metadata_items(meta[1])
    groups = parse_concepts_item(items.get(META_CONCEPTS))
    groups[name] = group
    xml = _with_item(meta[1], META_CONCEPTS, concepts_item(groups))
    if flag_entry is not None or items.get(META_CONCEPT_FLAGS):
        xml = _with_item(xml, META_CONCEPT_FLAGS, with_concept_flag(items.get(META_CONCEPT_FLAGS), name, flag_entry))
    held = json_item(items.get(META_UNCONFIRMED))
    if unconfirmed is not None or name in held:
        held.pop(name, None)
        if unconfirmed is not None:
            held[name] = unconfirmed
        xml = _with_item(xml, META_UNCONFIRMED, json.dumps(held, sort_keys=True))
    conn.execute("UPDATE gpkg_metadata SET metadata = ? WHERE id = ?", (xml, meta[0]))

