"""Scenes of a monitoring run: which rasters a batch takes, where each one's output goes, when it was acquired."""
from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from ..errors import PlanetClassifierError

#: File endings a folder is searched for (case-insensitive).
RASTER_SUFFIXES = (".tif", ".tiff", ".jp2", ".vrt", ".jpg")

#: Planet file names hold the acquisition date: scenes ``20170915_020728_...`` (PlanetScope) and
#: ``20161216_152319_1932520_RapidEye-5_...``, ortho tiles ``633841_1932520_2017-07-19_1004_...`` and
#: ``1056417_2017-03-08_RE3_...``, ISO-style ``..._20230105T101010...``.
_COMPACT_DATE = re.compile(r"(?<!\d)((?:19|20)\d{2})(\d{2})(\d{2})[_T]\d{6}")
_DASHED_DATE = re.compile(r"(?<!\d)((?:19|20)\d{2})-(\d{2})-(\d{2})(?!\d)")
#: Raster metadata items that hold an acquisition time, most specific first.
_DATE_TAGS = ("ACQUISITION_DATETIME", "ACQUISITIONDATETIME", "ACQUIRED", "acquired", "TIFFTAG_DATETIME")


class ScenesError(PlanetClassifierError):
    """The batch's inputs or output folder are not usable."""


def find_scenes(inputs: Iterable[str | Path]) -> list[Path]:
    """Rasters to classify: files as given, folders searched (recursively) for RASTER_SUFFIXES, sorted."""
    scenes: list[Path] = []
    for item in map(Path, inputs):
        if item.is_dir():
            found = sorted(p for p in item.rglob("*") if p.is_file() and p.suffix.lower() in RASTER_SUFFIXES)
            if not found:
                raise ScenesError(f"folder {item} has no rasters ({', '.join(RASTER_SUFFIXES)})")
            scenes += found
        elif item.exists():
            scenes.append(item)
        else:
            raise ScenesError(f"{item} does not exist")
    if not scenes:
        raise ScenesError("no scene given")
    unique = list(dict.fromkeys(p.resolve() for p in scenes))
    by_name: dict[str, Path] = {}
    for scene in unique:
        other = by_name.setdefault(scene.stem, scene)
        if other != scene:
            raise ScenesError(f"{other} and {scene} would both be written to {scene.stem}.gpkg; "
                              "rename one or run them in separate batches")
    return unique


def check_output_folder(outdir: str | Path) -> Path:
    """Create ``outdir`` if needed; one-line error if it is a file or cannot be written."""
    outdir = Path(outdir)
    if outdir.exists() and not outdir.is_dir():
        raise ScenesError(f"output folder {outdir} is a file; choose a folder")
    try:
        outdir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ScenesError(f"output folder {outdir} cannot be created ({exc.strerror or exc})") from None
    return outdir


def output_for(scene: Path, outdir: Path) -> Path:
    return outdir / f"{scene.stem}.gpkg"


UNKNOWN = "unknown"


@dataclass(frozen=True)
class Acquired:
    date: str    # YYYY-MM-DD, or UNKNOWN
    source: str  # "metadata", "file name", "file time" (only when asked for), or "" when unknown

    @property
    def known(self) -> bool:
        return self.date != UNKNOWN

    def describe(self) -> str:
        return f"{self.date} ({self.source})" if self.known else "unknown date"


def date_from_name(name: str) -> str | None:
    """YYYY-MM-DD from a Planet-style file name, or None."""
    for pattern in (_COMPACT_DATE, _DASHED_DATE):
        match = pattern.search(name)
        if match:
            try:
                return dt.date(*map(int, match.groups())).isoformat()
            except ValueError:
                continue
    return None


def _date_from_tag(value: str) -> str | None:
    match = re.match(r"\s*((?:19|20)\d{2})[:\-](\d{2})[:\-](\d{2})", value or "")
    if not match:
        return None
    try:
        return dt.date(*map(int, match.groups())).isoformat()
    except ValueError:
        return None


def acquisition_date(scene: str | Path, tags: dict[str, str] | None = None, file_time: bool = False) -> Acquired:
    """When ``scene`` was acquired: its metadata (``tags``: the raster's metadata items), else its Planet
    file name, else unknown -- or, only if ``file_time``, the file's modification time (when it was made,
    not acquired: said so by its source)."""
    scene = Path(scene)
    for key in _DATE_TAGS:
        date = _date_from_tag((tags or {}).get(key, ""))
        if date:
            return Acquired(date, "metadata")
    date = date_from_name(scene.name)
    if date:
        return Acquired(date, "file name")
    if not file_time or not scene.exists():
        return Acquired(UNKNOWN, "")
    stamp = dt.datetime.fromtimestamp(scene.stat().st_mtime, dt.timezone.utc).date().isoformat()
    return Acquired(stamp, "file time")


def run_facts(scene: str | Path, tags: dict[str, str], bundle, grid: dict) -> dict[str, str]:
    """Layer metadata every classify run records (schema.RUN_META): the scene, when it was acquired, the
    bundle (its concepts are in the concept fields and PLANET_CONCEPTS) and the tile grid."""
    from ..layer.schema import RUN_META

    acquired = acquisition_date(scene, tags)
    facts = {"scene": str(Path(scene).resolve()), "acquired": acquired.date, "acquired_source": acquired.source,
             "bundle": f"{bundle.manifest.display_name} ({bundle.path})", "grid": json.dumps(grid)}
    return {RUN_META[key]: value for key, value in facts.items()}


def raster_date(scene: str | Path) -> Acquired:
    """acquisition_date() with the raster's own metadata items read through GDAL."""
    tags: dict[str, str] = {}
    try:
        from osgeo import gdal

        ds = gdal.OpenEx(str(scene), gdal.OF_RASTER)
        if ds is not None:
            tags = ds.GetMetadata() or {}
            ds = None
    except (ImportError, RuntimeError):
        pass
    return acquisition_date(scene, tags)
