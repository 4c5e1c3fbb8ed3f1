"""When a scene was acquired, and the facts every classify run records in its tile layer (the scene, its
acquisition date, the bundle, the grid): the raster's metadata, else the Planet file-name patterns, else
unknown."""
from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from pathlib import Path

#: Planet file names hold the acquisition date: scenes ``20170915_020728_...`` (PlanetScope) and
#: ``20161216_152319_1932520_RapidEye-5_...``, ortho tiles ``633841_1932520_2017-07-19_1004_...`` and
#: ``1056417_2017-03-08_RE3_...``, ISO-style ``..._20230105T101010...``.
_COMPACT_DATE = re.compile(r"(?<!\d)((?:19|20)\d{2})(\d{2})(\d{2})[_T]\d{6}")
_DASHED_DATE = re.compile(r"(?<!\d)((?:19|20)\d{2})-(\d{2})-(\d{2})(?!\d)")
#: Raster metadata items that hold an acquisition time, most specific first.
_DATE_TAGS = ("ACQUISITION_DATETIME", "ACQUISITIONDATETIME", "ACQUIRED", "acquired", "TIFFTAG_DATETIME")

UNKNOWN = "unknown"


@dataclass(frozen=True)
class Acquired:
    date: str    # YYYY-MM-DD, or UNKNOWN
    source: str  # "metadata", "file name", "file time of the GeoPackage" (change.layer_date, only when asked for), or ""

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


def acquisition_date(scene: str | Path, tags: dict[str, str] | None = None) -> Acquired:
    """When ``scene`` was acquired: its metadata (``tags``: the raster's metadata items), else its Planet
    file name, else unknown (never the file's modification time: when it was made, not acquired)."""
    scene = Path(scene)
    for key in _DATE_TAGS:
        date = _date_from_tag((tags or {}).get(key, ""))
        if date:
            return Acquired(date, "metadata")
    date = date_from_name(scene.name)
    if date:
        return Acquired(date, "file name")
    return Acquired(UNKNOWN, "")


def bundle_record(bundle) -> str:
    """How a run records its bundle (PLANET_BUNDLE): its name and version, and the folder it was read from; batch
    redoes a scene whose layer records another."""
    return f"{bundle.manifest.display_name} ({bundle.path})"


def run_facts(scene: str | Path, tags: dict[str, str], bundle, grid: dict, georeferenced: bool = True,
              bands: str | None = None) -> dict[str, str]:
    """Layer metadata every classify run records (schema.RUN_META): the scene, when it was acquired, the
    bundle (its concepts are in the concept fields and PLANET_CONCEPTS, their thresholds in PLANET_CONCEPT_FLAGS), the
    tile grid and the bands read
    (BandMapping.option_text: locate reads the same ones); for a scene without a CRS also its content
    (source_identity), the one thing that lets change match two such runs."""
    from ..layer.schema import META_CONCEPT_FLAGS, RUN_META, concept_flag_entry

    acquired = acquisition_date(scene, tags)
    facts = {"scene": str(Path(scene).resolve()), "acquired": acquired.date, "acquired_source": acquired.source,
             "bundle": bundle_record(bundle), "grid": json.dumps(grid)}
    if bands:
        facts["bands"] = bands
    if not georeferenced:
        facts["source"] = source_identity(scene)
    items = {RUN_META[key]: value for key, value in facts.items()}
    concepts = getattr(bundle.manifest, "concepts", [])
    if concepts:  # the bundle's concepts flag at their threshold (a taught one applied after the run records its own)
        items[META_CONCEPT_FLAGS] = json.dumps({c.name: concept_flag_entry(c.threshold, "bundle") for c in concepts},
                                               sort_keys=True)
    return items


def source_identity(path: str | Path) -> str:
    """``sha256:<hex> <bytes>``: the raster's content, so that a copy matches and a file replaced under the
    same name does not."""
    import hashlib

    digest, size = hashlib.sha256(), 0
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
            size += len(block)
    return f"sha256:{digest.hexdigest()} {size}"


def source_size(record: str) -> int | None:
    """The bytes a source_identity record (PLANET_SOURCE) gives its raster; None where the record is not one."""
    parts = record.split()
    return int(parts[1]) if len(parts) == 2 and parts[1].isdigit() else None


def raster_date(scene: str | Path) -> Acquired:
    """acquisition_date() with the raster's own metadata items, the raster opened as every reader opens one
    (open_raster; refused or unreadable: no items): a batch's scene whose layer records no date was opened with GDAL
    alone, and one replaced by a WMTS description had its capabilities fetched where no wall stands (QGIS)."""
    tags: dict[str, str] = {}
    try:
        from rasterio.errors import RasterioError

        from ..errors import PlanetClassifierError
        from .raster import open_raster

        try:
            with open_raster(scene) as src:
                tags = src.tags()
        except (PlanetClassifierError, RasterioError, OSError, ValueError):
            pass
    except ImportError:
        pass
    return acquisition_date(scene, tags)
