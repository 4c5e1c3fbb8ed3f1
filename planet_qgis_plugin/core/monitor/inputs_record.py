"""What a batch scene's output records of the files it was made from (PLANET_INPUTS): the scene's bytes (their
SHA-256 and size) and modification time, each concept file's bytes and the bundle's (its manifest and model files).
'Up to date' then follows the files' content, not their paths or times: a project folder copied beside the original
(its recorded scene still there), or copied without its times (outputs older than their scenes), or run on another
machine whose plugin (and so its bundle) lies under another path, is found up to date, and a scene written over with
other pixels is redone whatever its output's time. A scene of the recorded size and time is not read again (as make and
rsync trust them); one with another time is read once and compared by its hash, far less than classifying it."""
from __future__ import annotations

import hashlib
import json
import os
from functools import lru_cache
from pathlib import Path
from typing import Iterable

from ..pipeline.acquired import source_identity, source_size
from ..schema import is_number, loads


def inputs_record(scene: Path, concept_files: Iterable[str | Path], bundle, stat: os.stat_result | None) -> str:
    """The record of a run's inputs, read once the run has read them; ``stat``: the scene's, taken before the run. A
    scene changed since (written while it was classified) is recorded as bytes no file has: the next run redoes it."""
    source = source_identity(scene)
    now = os.stat(scene)
    if stat is None or (now.st_size, now.st_mtime_ns) != (stat.st_size, stat.st_mtime_ns):
        source, stat = "changed while classified", now
    return json.dumps({"scene": {"source": source, "mtime_ns": stat.st_mtime_ns},
                       "concepts": sorted(source_identity(c) for c in concept_files),
                       "bundle": bundle_identity(bundle)}, sort_keys=True)


def _content(path: Path, stat: os.stat_result) -> str:
    """source_identity of the file at ``path``, read once per process while its size and time stay (batch asks it of a
    copied scene twice: before any work, is it another scene of that name? and then, is its output up to date?)."""
    return _identity(str(Path(path).resolve()), stat.st_size, stat.st_mtime_ns)


@lru_cache(maxsize=64)
def _identity(path: str, size: int, mtime_ns: int) -> str:
    return source_identity(path)


def bundle_identity(bundle) -> str:
    """``sha256:<hex>`` of the bundle's manifest and the files it lists (the model, its reference and bank), wherever
    the folder lies: an identical copy, or the same plugin installed under another path, is the same bundle."""
    from ..model.bundle import MANIFEST

    files = [Path(bundle.path) / MANIFEST] + [bundle.file(kind) for kind in sorted(bundle.manifest.files)]
    stamps = [(str(f), f.stat().st_size, f.stat().st_mtime_ns) for f in files if f is not None and f.is_file()]
    return _hashed(tuple(stamps))


@lru_cache(maxsize=8)
def _hashed(stamps: tuple[tuple[str, int, int], ...]) -> str:
    """The files' bytes hashed once per process while their sizes and times stay (a batch checks every scene)."""
    digest = hashlib.sha256()
    for name, _, _ in stamps:
        digest.update(Path(name).name.encode() + b"\0")
        with open(name, "rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
    return f"sha256:{digest.hexdigest()}"


#: PLANET_INPUTS that is no record (an item edited by hand, cut short): it matches nothing.
UNREADABLE = object()


def read_inputs(record: str):
    """PLANET_INPUTS as read, once per layer for both questions (bundle_match, inputs_match): the parsed JSON, None
    where the layer records nothing (earlier versions, a layer classify wrote), UNREADABLE where the text is no JSON
    (or JSON's null: no record either, and not the absence of one)."""
    if not record:
        return None
    try:
        entry = loads(record)
    except (ValueError, RecursionError):
        return UNREADABLE
    return UNREADABLE if entry is None else entry


def bundle_match(entry, bundle) -> bool | None:
    """Whether ``bundle`` has the bytes ``entry`` (read_inputs) gives the bundle a scene was classified with; None
    where it gives none (a record of an earlier version, no record): the caller's rule by path and time decides."""
    if entry is UNREADABLE:
        return False
    recorded = entry.get("bundle") if isinstance(entry, dict) else None
    if recorded is None:
        return None
    return recorded == bundle_identity(bundle)


def inputs_match(entry, scene: Path, concept_files: Iterable[str | Path]) -> bool | None:
    """Whether ``scene`` and every one of ``concept_files`` have the bytes ``entry`` (read_inputs) gives them
    (another concept file, or one saved again with other weights, does not); None where the layer records nothing
    (earlier versions, a layer classify wrote): the caller's older rule decides. A record that is not one (an item
    edited by hand) matches nothing. An input that cannot be read raises OSError."""
    if entry is None:
        return None
    scene_entry = entry.get("scene") if isinstance(entry, dict) else None
    concepts = entry.get("concepts") if isinstance(entry, dict) else None
    if not (isinstance(scene_entry, dict) and isinstance(scene_entry.get("source"), str)
            and is_number(scene_entry.get("mtime_ns")) and isinstance(concepts, list)):
        return False
    stat = os.stat(scene)
    if stat.st_size != source_size(scene_entry["source"]):
        return False
    if stat.st_mtime_ns != scene_entry["mtime_ns"] and _content(scene, stat) != scene_entry["source"]:
        return False
    return all(source_identity(c) in concepts for c in concept_files)
