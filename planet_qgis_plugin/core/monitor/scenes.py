"""Scenes of a monitoring run: which rasters a batch takes and where each one's output goes. When a scene was
acquired is core/pipeline/acquired.py (every classify run records it)."""
from __future__ import annotations

import os
from pathlib import Path
from typing import Iterable

from ..errors import PlanetClassifierError
from ..publish import name_not_utf8, standard_stream

#: File endings a folder is searched for (case-insensitive).
RASTER_SUFFIXES = (".tif", ".tiff", ".jp2", ".vrt", ".jpg", ".jpeg")


class ScenesError(PlanetClassifierError):
    """The batch's inputs or output folder are not usable."""


def find_scenes(inputs: Iterable[str | Path]) -> list[Path]:
    """Rasters to classify: files as given, folders searched (recursively) for RASTER_SUFFIXES, sorted."""
    scenes: list[Path] = []
    for item in map(Path, inputs):
        if item.is_dir():
            # a link that leads nowhere (its target gone, or a loop), a named pipe, a socket or a device is a scene
            # that fails (open_raster names it), not one left unsaid
            found = sorted(p for p in item.rglob("*") if p.suffix.lower() in RASTER_SUFFIXES and not p.is_dir())
            if not found:
                # rglob does not enter a folder reached through a link (a link back up would loop): say where they lead
                linked = sorted(str(p) for p in item.rglob("*") if p.is_symlink() and p.is_dir())
                raise ScenesError(f"folder {item} has no rasters ({', '.join(RASTER_SUFFIXES)})" + (
                    f"; the linked folder(s) {', '.join(linked[:3])} are not searched: give them as inputs"
                    if linked else ""))
            scenes += found
        elif item.exists():
            scenes.append(item)
        else:
            raise ScenesError(f"{item} does not exist")
    if not scenes:
        raise ScenesError("no scene given")
    unnamed = next(filter(None, (name_not_utf8("scene", scene) for scene in scenes)), None)
    if unnamed is not None:  # before any work: Dask and summary.csv cannot carry its name
        raise ScenesError(unnamed)
    unique = list(dict.fromkeys(p.resolve() if p.exists() else p.absolute() for p in scenes))  # a broken link as named
    by_name: dict[str, Path] = {}
    for scene in unique:
        other = by_name.setdefault(output_key(scene.stem), scene)
        if other == scene:
            continue
        if other.stem == scene.stem:
            raise ScenesError(f"{other} and {scene} would both be written to {scene.stem}.gpkg; "
                              "rename one or run them in separate batches")
        raise ScenesError(f"{other} and {scene} would both be written to {output_for(other, Path()).name} and "
                          f"{output_for(scene, Path()).name}, one file where names ignore case or Unicode's form "
                          "(Windows, macOS, most shared folders); rename one or run them in separate batches")
    return unique


def output_key(stem: str) -> str:
    """What a file system that ignores case and Unicode's normal form (Windows, macOS, an SMB share) sees of an
    output's name: two scenes whose outputs differ only there (Scene.tif, scene.tif; é written as one character or
    two) would share one file there, the second layer replacing the first, or taken for it as up to date."""
    import unicodedata

    return unicodedata.normalize("NFC", stem).casefold()


def check_output_folder(outdir: str | Path) -> Path:
    """Create ``outdir`` if needed; one-line error if it is a file or cannot be written."""
    outdir = Path(outdir)
    unnamed = name_not_utf8("output folder", outdir) or standard_stream(outdir, "output folder")
    if unnamed is not None:  # summary.csv and the report record it
        raise ScenesError(unnamed)
    if outdir.exists() and not outdir.is_dir():
        raise ScenesError(f"output folder {outdir} is a file; choose a folder")
    try:
        outdir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ScenesError(f"output folder {outdir} cannot be created ({exc.strerror or exc})") from None
    return outdir


def hold_output_folder(outdir: Path) -> int | None:
    """Hold ``outdir`` for this batch (an advisory lock on the folder itself, so no file is written for it; released
    when the returned descriptor is closed, or the process ends): ScenesError when another batch holds it. Each batch
    rewrites summary.csv from the rows it read at its start, so two at once left out one another's scenes. None where
    the system or the file system has no such locks (Windows, some network shares): as before."""
    try:
        import fcntl
    except ImportError:
        return None
    try:
        held = os.open(outdir, os.O_RDONLY)
    except OSError:
        return None
    try:
        fcntl.flock(held, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        os.close(held)
        raise ScenesError(f"another batch is writing into {outdir} (two at once would each leave the other's scenes "
                          "out of summary.csv); wait for it to finish, or choose another output folder") from None
    except OSError:
        os.close(held)
        return None
    return held


def output_for(scene: Path, outdir: Path) -> Path:
    return outdir / f"{scene.stem}.gpkg"


#: How many folders above a layer's own a moved scene is looked for, and by how many of its recorded path's last parts.
MOVED_UP, MOVED_PARTS = 2, 3


def found_scene(recorded: str, layer: str | Path, size: int | None = None, beside_first: bool = False) -> Path | None:
    """A scene a layer records (whole path: PLANET_SCENE, the change layer's PLANET_BEFORE/AFTER_SCENE), where it is
    now: as recorded, else where a move of the folder holding both took it (a project moved, copied to another
    machine, mounted under another path): the end of its recorded path (at most MOVED_PARTS parts) under the layer's
    folder or one of the MOVED_UP above it, the nearest folder and the longest end first; a path recorded relative
    (earlier versions) is found beside the layer so. ``size``: the bytes the layer records of it (PLANET_SOURCE),
    which a file found by its end must have. ``beside_first``: where the move took it before where it was recorded
    (a project copied beside the original: its own copy). None where it is nowhere; a path found is not resolved."""
    if not recorded:
        return None
    path = Path(recorded)
    folders = [Path(layer).absolute().parent, *list(Path(layer).absolute().parents)[1:MOVED_UP + 1]]
    ends = [Path(*path.parts[-n:]) for n in range(min(MOVED_PARTS, len(path.parts)), 0, -1)
            if not Path(*path.parts[-n:]).is_absolute()]
    moved = [folder / end for folder in folders for end in ends]
    for candidate in ([*moved, path] if beside_first else [path, *moved]):
        try:
            if candidate.is_file() and (candidate == path or size is None or candidate.stat().st_size == size):
                return candidate  # as found: the caller resolves it (change.whole, for a name not UTF-8)
        except OSError:  # a name the system cannot look up (too long): not there
            continue
    return None
