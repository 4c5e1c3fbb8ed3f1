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
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Callable

import numpy as np

from ..model.concepts import Concept, ConceptError
from ..publish import (
    NotRegularFile,
    Staged,
    check_folder,
    discarded_on_error,
    open_regular,
    special_file,
    write_text_atomic,
)
from ..schema import loads
from ..wording import tr

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
        raise ConceptError(tr("{where} must be base64 text").format(where=where))
    try:
        raw = base64.b64decode(text.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError, ValueError):
        raise ConceptError(tr("{where} is not valid base64").format(where=where)) from None
    if len(raw) % (2 * size):
        raise ConceptError(tr("{where} does not hold whole rows of {size} float16 values").format(
            where=where, size=size))
    rows = np.frombuffer(raw, dtype="<f2").reshape(-1, size).astype(np.float32)
    if len(rows) > MAX_EXAMPLES:
        raise ConceptError(tr("{where} holds {n} rows; at most {MAX_EXAMPLES}").format(
            where=where, n=len(rows), MAX_EXAMPLES=MAX_EXAMPLES))
    if not np.isfinite(rows).all() or (np.abs(rows) > 2.0).any():
        raise ConceptError(tr("{where} holds values that are not unit feature rows").format(where=where))
    return rows


def _kept(rows: np.ndarray, size: int, room: int) -> np.ndarray:
    """The most recent of ``rows`` a file keeps so that read_concept_file reads it back: at most MAX_EXAMPLES,
    and within ``room`` bytes (half of what MAX_BYTES leaves beside the concept: about 1,000 of each kind at 1280
    values; the fit uses at most 500 of each). Earlier scenes' rows come first (session.concept_file)."""
    row_bytes = 4 * -(-2 * size // 3)  # base64 of one float16 row
    return rows[-min(MAX_EXAMPLES, max(room // row_bytes, 1)):] if len(rows) else rows


def recent_scenes(concept: Concept, fits: Callable[[Concept], bool]) -> Concept | None:
    """``concept`` with as few of the oldest of its provenance's scene records left out as make ``fits`` true of it
    (the latest record is always kept), or None where even that does not fit. A concept continued scene after scene
    (or read from a file another program wrote compactly) records more with each: written whole it outgrew what
    every reader takes (a concept file, a bundle's manifest)."""
    if fits(concept):
        return concept
    scenes = concept.provenance.get("scenes")
    if not isinstance(scenes, list) or len(scenes) < 2:
        return None

    def keeping(n: int) -> Concept:
        return replace(concept, provenance={**concept.provenance, "scenes": scenes[len(scenes) - n:]})
    low, high = 1, len(scenes) - 1        # the most records kept that fit, found by halving
    if not fits(keeping(low)):
        return None
    while low < high:
        middle = (low + high + 1) // 2
        low, high = (middle, high) if fits(keeping(middle)) else (low, middle - 1)
    return keeping(low)


def _concept_record(concept: Concept) -> dict:
    """The concept as a file records it, within CONCEPT_ROOM (recent_scenes)."""
    kept = recent_scenes(concept, lambda c: len(json.dumps(asdict(c), indent=1)) <= CONCEPT_ROOM)
    if kept is None:
        raise ConceptError(tr("concept {name!r} records more about its scenes and models than a concept file holds "
                              "({CONCEPT_ROOM:,} bytes); teach it afresh on this scene (without --concept)").format(
            name=concept.name, CONCEPT_ROOM=CONCEPT_ROOM))
    return asdict(kept)


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
    check_folder(path, tr("concept file"), error=ConceptError)
    if path.is_dir():
        raise ConceptError(tr("{path} is a folder; give a file name (e.g. {name}{SUFFIX})").format(
            path=path, name=data.concept.name, SUFFIX=SUFFIX))
    kind = special_file(path)
    if kind is not None:
        raise ConceptError(tr("{path} is {kind}, not a file; give a file name (e.g. {name}{SUFFIX})").format(
            path=path, kind=kind, name=data.concept.name, SUFFIX=SUFFIX))
    data.concept.validate(embedding_size=len(data.concept.weights))
    return path


def write_concept_file(data: ConceptFile, path: str | Path) -> Path:
    """Write ``data`` to ``path`` (whole or not at all); ConceptError if its folder does not exist."""
    path = _checked_target(data, path)
    try:
        return write_text_atomic(path, concept_file_text(data))
    except OSError as exc:
        raise ConceptError(tr("could not write concept file {path} (nothing changed there): {exc}").format(
            path=path, exc=exc)) from None


def stage_concept_file(data: ConceptFile, path: str | Path) -> Staged:
    """Check and write ``data`` for ``path`` under a temporary name beside it; nothing at ``path`` yet. Teach
    publishes it just before the GeoPackage commits and discards it if that fails (publish.Staged)."""
    path = _checked_target(data, path)
    with discarded_on_error(Staged.create(path), (OSError,), lambda exc: ConceptError(
            tr("could not write concept file {path} (nothing changed there): {exc}").format(
        path=path, exc=exc))) as staged:
        with open(staged.temp, "w", encoding="utf-8", newline="") as handle:  # as write_text_atomic writes it
            handle.write(concept_file_text(data))
    return staged


def _read_regular(path: Path, where: str) -> str:
    """The text of ``path`` if it is a regular file of at most MAX_BYTES (publish.open_regular: a symbolic
    link is refused, not followed, and a FIFO is never waited on)."""
    if not (path.exists() or path.is_symlink()):
        raise ConceptError(tr("{where} does not exist").format(where=where))
    if path.is_dir() and not path.is_symlink():
        raise ConceptError(tr("{where} is a folder; give the concept file in it (*{SUFFIX})").format(
            where=where, SUFFIX=SUFFIX))
    try:
        with open_regular(path) as handle:
            raw = handle.read(MAX_BYTES + 1)
    except NotRegularFile as exc:
        raise ConceptError((tr("{where} is a symbolic link; give the file itself") if exc.link
                            else tr("{where} is not a file")).format(where=where)) from None
    if len(raw) > MAX_BYTES:
        raise ConceptError(tr("{where}: more than {MAX_BYTES:,} bytes is too large for a concept file").format(
            where=where, MAX_BYTES=MAX_BYTES))
    return raw.decode("utf-8-sig")  # a file saved again by Windows Notepad starts with a byte-order mark


def read_concept_file(path: str | Path, embedding_size: int | None = None,
                      backbone_id: str | None = None) -> ConceptFile:
    """The concept in ``path``, checked (against the bundle's embedding size and backbone when given)."""
    path = Path(path)
    where = tr("concept file {path}").format(path=path)
    try:
        text = _read_regular(path, where)  # ConceptError (a ValueError) says why it cannot be read
    except (OSError, UnicodeDecodeError) as exc:
        raise ConceptError(tr("{where}: not readable JSON ({reason})").format(
            where=where, reason=str(exc).splitlines()[0])) from None
    try:
        data = loads(text)
    except ValueError as exc:
        raise ConceptError(tr("{where}: not readable JSON ({reason})").format(
            where=where, reason=str(exc).splitlines()[0])) from None
    except RecursionError:
        raise ConceptError(tr("{where}: JSON nested too deeply to be a concept file").format(where=where)) from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ConceptError(tr("{where}: not a concept file (no \"format\": \"{FORMAT}\")").format(
            where=where, FORMAT=FORMAT))
    if data.get("version") != VERSION:
        raise ConceptError(tr("{where}: version {version!r} is not one this plugin reads ({VERSION})").format(
            where=where, version=data.get('version'), VERSION=VERSION))
    concept = Concept.from_dict(data.get("concept"), where)
    concept.validate(embedding_size, backbone_id, where)
    examples = data.get("examples", {})
    if not isinstance(examples, dict) or examples.get("dtype", "float16") != "float16" \
            or examples.get("size", len(concept.weights)) != len(concept.weights):
        raise ConceptError(tr("{where}: examples must be float16 rows as long as the weights").format(where=where))
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
