"""Concept files: a taught concept as its own small JSON file that any bundle with the same backbone applies.

    {"format": "planet-concept", "version": 1,
     "concept": {name, group, weights, bias, threshold, backbone_id, transform, context,
                 provenance: {scenes: [{gpkg, scene, tiles, positive_tiles, negative_tiles, date}, ...],
                              expected_precision, answers, flagged_share, method, ...}},
     "examples": {"dtype": "float16", "size": D, "positive": BASE64, "negative": BASE64}}

``examples`` are the feature rows (core/model/concepts.features, with the concept's transform and
context) of every tile labelled so far, on every scene: teaching the concept on another scene starts
from them, so marks accumulate across scenes. A file is untrusted input: it is read whole only when
small, parsed as JSON (nothing in it is ever run), and every field is checked (:func:`read_concept_file`);
anything wrong is one ConceptError line and nothing changes. Written whole or not at all.
"""
from __future__ import annotations

import base64
import binascii
import json
from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np

from ..model.concepts import Concept, ConceptError
from ..publish import NotRegularFile, Staged, discarded_on_error, open_regular, special_file, write_text_atomic
from ..schema import loads

FORMAT = "planet-concept"
VERSION = 1
SUFFIX = ".concept.json"
#: A concept of 1280 weights and a few hundred examples is well under this.
MAX_BYTES = 8 * 1024 * 1024
#: Labelled tiles a file may carry (positives and negatives each).
MAX_EXAMPLES = 5000
#: What the concept itself (weights, threshold, provenance) may take of a file; the rest holds its examples.
CONCEPT_ROOM = MAX_BYTES // 2


@dataclass
class ConceptFile:
    """A concept read from (or to be written to) a file, with its labelled examples' feature rows."""

    concept: Concept
    positives: np.ndarray  # (P, D) float32
    negatives: np.ndarray  # (Q, D) float32
    path: Path | None = None

    @property
    def scenes(self) -> list[dict]:
        scenes = self.concept.provenance.get("scenes", [])
        return scenes if isinstance(scenes, list) else []


def _encode(rows: np.ndarray) -> str:
    return base64.b64encode(np.asarray(rows, dtype="<f2").tobytes()).decode("ascii")


def _decode(text, size: int, where: str) -> np.ndarray:
    if not isinstance(text, str):
        raise ConceptError(f"{where} must be base64 text")
    try:
        raw = base64.b64decode(text.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError, ValueError):
        raise ConceptError(f"{where} is not valid base64") from None
    if len(raw) % (2 * size):
        raise ConceptError(f"{where} does not hold whole rows of {size} float16 values")
    rows = np.frombuffer(raw, dtype="<f2").reshape(-1, size).astype(np.float32)
    if len(rows) > MAX_EXAMPLES:
        raise ConceptError(f"{where} holds {len(rows)} rows; at most {MAX_EXAMPLES}")
    if not np.isfinite(rows).all() or (np.abs(rows) > 2.0).any():
        raise ConceptError(f"{where} holds values that are not unit feature rows")
    return rows


def _kept(rows: np.ndarray, size: int, room: int) -> np.ndarray:
    """The most recent of ``rows`` a file keeps so that read_concept_file reads it back: at most MAX_EXAMPLES,
    and within ``room`` bytes (half of what MAX_BYTES leaves beside the concept: about 1,000 of each kind at 1280
    values; the fit uses at most 500 of each). Earlier scenes' rows come first (session.concept_file)."""
    row_bytes = 4 * -(-2 * size // 3)  # base64 of one float16 row
    return rows[-min(MAX_EXAMPLES, max(room // row_bytes, 1)):] if len(rows) else rows


def _concept_record(concept: Concept) -> dict:
    """The concept as a file records it, within CONCEPT_ROOM: the oldest of its provenance's scene records are
    left out while it would take more. A concept continued scene after scene (or from a file another program
    wrote compactly) was written whole, indented, past MAX_BYTES: a file that every reader then refused."""
    record = asdict(concept)
    scenes = record["provenance"].get("scenes")
    drop = 0
    while len(json.dumps(record, indent=1)) > CONCEPT_ROOM:
        if not isinstance(scenes, list) or drop >= len(scenes) - 1:
            raise ConceptError(f"concept {concept.name!r} records more about its scenes and models than a concept "
                               f"file holds ({CONCEPT_ROOM:,} bytes); teach it afresh on this scene (without --concept)")
        # drop at least one record, and as many of the oldest as the excess takes at their compact size
        excess = len(json.dumps(record, indent=1)) - CONCEPT_ROOM
        while drop < len(scenes) - 1 and excess > 0:
            excess -= len(json.dumps(scenes[drop], indent=1))
            drop += 1
        record["provenance"] = {**record["provenance"], "scenes": scenes[drop:]}
    return record


def concept_file_text(data: ConceptFile) -> str:
    size = len(data.concept.weights)
    document = {"format": FORMAT, "version": VERSION, "concept": _concept_record(data.concept),
                "examples": {"dtype": "float16", "size": size, "positive": "", "negative": ""}}
    room = (MAX_BYTES - len(json.dumps(document, indent=1)) - 8) // 2
    document["examples"].update(positive=_encode(_kept(data.positives, size, room)),
                                negative=_encode(_kept(data.negatives, size, room)))
    return json.dumps(document, indent=1) + "\n"


def _checked_target(data: ConceptFile, path: str | Path) -> Path:
    """``path`` as a Path once its folder exists, it is not a folder and ``data``'s concept is valid."""
    path = Path(path)
    if not path.parent.is_dir():
        raise ConceptError(f"folder {path.parent} does not exist; create it first")
    if path.is_dir():
        raise ConceptError(f"{path} is a folder; give a file name (e.g. {data.concept.name}{SUFFIX})")
    kind = special_file(path)
    if kind is not None:
        raise ConceptError(f"{path} is {kind}, not a file; give a file name (e.g. {data.concept.name}{SUFFIX})")
    data.concept.validate(embedding_size=len(data.concept.weights))
    return path


def write_concept_file(data: ConceptFile, path: str | Path) -> Path:
    """Write ``data`` to ``path`` (whole or not at all); ConceptError if its folder does not exist."""
    path = _checked_target(data, path)
    try:
        return write_text_atomic(path, concept_file_text(data))
    except OSError as exc:
        raise ConceptError(f"could not write concept file {path} (nothing changed there): {exc}") from None


def stage_concept_file(data: ConceptFile, path: str | Path) -> Staged:
    """Check and write ``data`` for ``path`` under a temporary name beside it; nothing at ``path`` yet. Teach
    publishes it just before the GeoPackage commits and discards it if that fails (publish.Staged)."""
    path = _checked_target(data, path)
    with discarded_on_error(Staged.create(path), (OSError,), lambda exc: ConceptError(
            f"could not write concept file {path} (nothing changed there): {exc}")) as staged:
        with open(staged.temp, "w", encoding="utf-8", newline="") as handle:  # as write_text_atomic writes it
            handle.write(concept_file_text(data))
    return staged


def _read_regular(path: Path, where: str) -> str:
    """The text of ``path`` if it is a regular file of at most MAX_BYTES (publish.open_regular: a symbolic
    link is refused, not followed, and a FIFO is never waited on)."""
    if not (path.exists() or path.is_symlink()):
        raise ConceptError(f"{where} does not exist")
    if path.is_dir() and not path.is_symlink():
        raise ConceptError(f"{where} is a folder; give the concept file in it (*{SUFFIX})")
    try:
        with open_regular(path) as handle:
            raw = handle.read(MAX_BYTES + 1)
    except NotRegularFile as exc:
        raise ConceptError(f"{where} is a symbolic link; give the file itself" if exc.link
                           else f"{where} is not a file") from None
    if len(raw) > MAX_BYTES:
        raise ConceptError(f"{where}: more than {MAX_BYTES:,} bytes is too large for a concept file")
    return raw.decode("utf-8-sig")  # a file saved again by Windows Notepad starts with a byte-order mark


def read_concept_file(path: str | Path, embedding_size: int | None = None,
                      backbone_id: str | None = None) -> ConceptFile:
    """The concept in ``path``, checked (against the bundle's embedding size and backbone when given)."""
    path = Path(path)
    where = f"concept file {path}"
    try:
        text = _read_regular(path, where)  # ConceptError (a ValueError) says why it cannot be read
    except (OSError, UnicodeDecodeError) as exc:
        raise ConceptError(f"{where}: not readable JSON ({str(exc).splitlines()[0]})") from None
    try:
        data = loads(text)
    except ValueError as exc:
        raise ConceptError(f"{where}: not readable JSON ({str(exc).splitlines()[0]})") from None
    except RecursionError:
        raise ConceptError(f"{where}: JSON nested too deeply to be a concept file") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ConceptError(f"{where}: not a concept file (no \"format\": \"{FORMAT}\")")
    if data.get("version") != VERSION:
        raise ConceptError(f"{where}: version {data.get('version')!r} is not one this plugin reads ({VERSION})")
    concept = Concept.from_dict(data.get("concept"), where)
    concept.validate(embedding_size, backbone_id, where)
    examples = data.get("examples", {})
    if not isinstance(examples, dict) or examples.get("dtype", "float16") != "float16" \
            or examples.get("size", len(concept.weights)) != len(concept.weights):
        raise ConceptError(f"{where}: examples must be float16 rows as long as the weights")
    positives = _decode(examples.get("positive", ""), len(concept.weights), f"{where}: examples.positive")
    negatives = _decode(examples.get("negative", ""), len(concept.weights), f"{where}: examples.negative")
    return ConceptFile(concept, positives, negatives, path)


def list_concept_files(folder: str | Path) -> list[tuple[Path, ConceptFile | str]]:
    """Every ``*.concept.json`` in ``folder`` (sorted by name) with its concept, or the one-line reason it
    cannot be read (for the panel's concepts folder; a missing folder lists nothing)."""
    folder = Path(folder)
    if not folder.is_dir():
        return []
    out: list[tuple[Path, ConceptFile | str]] = []
    for path in sorted(folder.glob(f"*{SUFFIX}")):
        try:
            out.append((path, read_concept_file(path)))
        except ConceptError as exc:
            out.append((path, str(exc)))
    return out
