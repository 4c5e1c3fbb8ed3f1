"""What a classify run over a raster would take, checked before a pixel is read: RasterError (one line, with
the way out) past what the machine (check_run_memory) or one run (check_tile_count) can hold. How much memory this machine has
(machine_memory) and has left (available_memory, batch's workers), its container's limit included, is told here."""
from __future__ import annotations

import math
import os
from pathlib import Path
from typing import NamedTuple

from ..errors import RasterError
from ..wording import tr

#: Most tiles with data one run classifies: 65 Gpx at the 256 px grid, hours on a GPU, a day or more on a CPU
#: and gigabytes of GeoPackage. A raster that declares more (a VRT of 10^6 x 10^6 px: 15 million tiles, 200
#: hours on a CPU) is refused up front with the way to a part of it.
MAX_TILES = 1_000_000
#: What the option that moves MAX_TILES says (classify and batch --max-tiles, Processing's "Most tiles to classify")
MAX_TILES_HELP = (f"most tiles with data one run classifies (default {MAX_TILES:,}): a raster declaring more is "
                  "refused up front; raise it on a machine that may take the hours")
#: Most tile positions one run reads, with data or not (a nodata tile is read, found empty and skipped: about
#: 80 us each, so this many take about an hour): bounds a declared-huge raster that is mostly nodata.
MAX_GRID_TILES = 50_000_000
#: Bytes the area of interest's selection holds per stride cell of the whole raster (its rasterised mask, the
#: summed-area table of int64 and the neighbour tests: core/pipeline/tiling.TileGrid._aoi_selection).
AOI_BYTES_PER_CELL = 20
#: A cgroup v1 memory limit this large means none (the kernel's "unlimited" is 2^63 rounded down to a page).
CGROUP_V1_UNLIMITED = 1 << 62


class Memory(NamedTuple):
    """The memory a run may hold: ``size`` bytes, and what sets it (``source``, as the refusal says it)."""
    size: int
    source: str


def check_run_memory(src, size: int, options, bands: int) -> None:
    """Before the tile grid is built: RasterError (one line, with the way out) when the run would hold more
    memory at once than this machine has: the batches in flight, the blocks GDAL decodes whole (one per reader: a
    raster written as one strip or one huge tile) and, with an area of interest, its selection over the whole
    raster. ``options``: the run's ClassifyOptions; ``bands``: the bands read."""
    from .raster import retile
    from .reader import default_readers
    from .tiling import TileGrid, crs_anchor

    stride = options.stride or size
    whole = TileGrid(src.width, src.height, src.transform, size, stride, src.crs, None,
                     crs_anchor(src.transform, src.crs, stride))  # rows and cols only: nothing is allocated
    batches = whole.memory_estimate(bands, options.batch_size, options.prefetch)
    cells = (-(-(src.height + whole.anchor[1]) // stride) * -(-(src.width + whole.anchor[0]) // stride)
             if options.aoi is not None else 0)
    readers = options.readers or default_readers()
    blocks = _decoded_block_bytes(src, bands) * readers
    memory = machine_memory()
    if memory is None or batches + blocks + cells * AOI_BYTES_PER_CELL <= memory.size:
        return
    memory, source = memory
    held, fix = [f"{options.batch_size} chips a batch"], []
    if blocks >= memory / 2:
        height, width = src.block_shapes[0]
        held.append(f"{readers} blocks of {width}x{height} px decoded at once (one per reader)")
        fix.append(retile(src.name))
    if cells:
        held.append(f"the area of interest's selection on {cells:,} cells of {stride} px")
    if cells * AOI_BYTES_PER_CELL >= memory / 2 and stride < size:
        fix.append(f"use a larger --stride (up to {size} px)")
    if batches >= memory / 2 or not fix:
        fix.insert(0, "lower --batch-size")
    raise RasterError(tr("classifying {name} ({width}x{height} px) would hold about {needed} at once ({held}), more "
                         "than this machine's {memory} ({source}); {fix}").format(
        name=Path(src.name).name, width=src.width, height=src.height,
        needed=_gb(batches + blocks + cells * AOI_BYTES_PER_CELL), held=' and '.join(held), memory=_gb(memory),
        source=source, fix=' or '.join(fix)))


def _decoded_block_bytes(src, bands: int) -> int:
    """Bytes of one block of the ``bands`` read as GDAL decodes it (whole, whatever window is asked for): a
    pixel-interleaved file's blocks hold every band."""
    import numpy as np

    height, width = src.block_shapes[0]
    interleave = str(getattr(src, "interleaving", "") or "").lower()
    return height * width * np.dtype(src.dtypes[0]).itemsize * (src.count if "pixel" in interleave else bands)


def check_tile_count(src, grid, limit: int | None = None) -> None:
    """Once the tile grid is built: RasterError (one line, with the way out) when the run would classify more
    than ``limit`` (None: MAX_TILES; ClassifyOptions.max_tiles, --max-tiles) tiles with data (without an area of
    interest, the raster's share that holds data as GDAL tells it: data_share) or read more than
    MAX_GRID_TILES tile positions."""
    limit = check_max_tiles(limit)
    positions = len(grid)
    if positions <= limit:
        return
    share = data_share(src) if grid.aoi is None else 1.0
    tiles = math.ceil(positions * share)
    where = (f"{Path(src.name).name} is {src.width}x{src.height} px: {positions:,} tiles of {grid.size} px"
             + (f" every {grid.stride} px" if grid.stride < grid.size else "")
             + (f" in {grid.aoi.named}" if grid.aoi is not None else ""))
    part = ("choose a part of it with --aoi (minx,miny,maxx,maxy or a vector file)" if grid.aoi is None
            else grid.aoi.narrower) + (
        f" or a larger --stride (up to {grid.size} px)" if grid.stride < grid.size else "")
    if tiles > limit:
        with_data = f", about {tiles:,} of them with data" if share < 1 else ""
        raise RasterError(tr("{where}{with_data}: more than {limit:,} to classify in one run; {part}, or raise "
                             "--max-tiles if this machine may take the hours").format(
            where=where, with_data=with_data, limit=limit, part=part))
    if positions > MAX_GRID_TILES:
        raise RasterError(tr("{where}, only about {tiles:,} of them with data: more than {MAX_GRID_TILES:,} tile "
                             "positions to read in one run; {part} around its data").format(
            where=where, tiles=tiles, MAX_GRID_TILES=MAX_GRID_TILES, part=part))


def check_max_tiles(limit: int | None) -> int:
    """The most tiles with data a run classifies: ``limit`` (None: MAX_TILES); RasterError below 1."""
    limit = MAX_TILES if limit is None else limit
    if limit < 1:
        raise RasterError(tr("the most tiles a run may classify must be at least 1, not {limit}").format(limit=limit))
    return limit


def data_share(src) -> float:
    """The share of ``src`` that holds pixels as GDAL reports it without reading them (a VRT's sources, a sparse
    GeoTIFF's blocks), where the rest reads as nodata (the band has a mask or nodata value); else 1."""
    names = {f.name for f in src.mask_flag_enums[0]}
    if names == {"all_valid"}:
        return 1.0  # what is not covered reads as zeros, which are classified
    from .raster import covered_percent

    percent = covered_percent(src, [1])
    return 1.0 if percent is None else percent / 100


def machine_memory(cgroup_root: Path = Path("/sys/fs/cgroup"), own_cgroup: Path = Path("/proc/self/cgroup")
                   ) -> Memory | None:
    """The memory this process may use: the smaller of the machine's physical memory and the memory limit of
    its cgroup (a container's: CI runs in them), with which one it is; None where neither can be told."""
    physical = _physical_memory()
    limit = cgroup_memory_limit(cgroup_root, own_cgroup)
    if limit is not None and (physical is None or limit[0] < physical):
        also = "" if physical is None else f"; physical memory {_gb(physical)}"
        return Memory(limit[0], f"the memory limit of its cgroup, {limit[1]}{also}")
    return None if physical is None else Memory(physical, "physical memory")


def cgroup_memory_limit(root: Path = Path("/sys/fs/cgroup"), own: Path = Path("/proc/self/cgroup")
                        ) -> tuple[int, Path] | None:
    """The smallest memory limit set on this process's cgroup or one above it under ``root`` (cgroup v2:
    memory.max, "max" is none; v1: memory/memory.limit_in_bytes, CGROUP_V1_UNLIMITED or more is none) and the
    file that sets it; None where no limit is set or none can be read. ``own`` (/proc/self/cgroup) names the
    cgroup; in a container that sees only its own cgroup (a cgroup namespace, or v1 without one, where the
    path named is not there) the root's files are the container's."""
    return min(_cgroup_limits(root, own), default=None)


def available_memory(cgroup_root: Path = Path("/sys/fs/cgroup"), own_cgroup: Path = Path("/proc/self/cgroup")
                     ) -> int | None:
    """Bytes new processes may still take now: the machine's available memory, and no more than any memory
    limit on this process's cgroup or one above it leaves (the limit less the cgroup's usage, its inactive
    page cache counted free as the kernel's "available" counts it); None where neither can be told."""
    try:
        import psutil

        free = [int(psutil.virtual_memory().available)]
    except (ImportError, OSError):
        free = []
    for limit, file in _cgroup_limits(cgroup_root, own_cgroup):
        v2 = file.name == "memory.max"
        used = _cgroup_number(file.parent / ("memory.current" if v2 else "memory.usage_in_bytes"))
        if used is None:
            free.append(limit)  # its usage unknown: at least no more than the limit
            continue
        cache = _cgroup_stat(file.parent / "memory.stat", "inactive_file" if v2 else "total_inactive_file")
        free.append(max(0, limit - used + min(cache or 0, used)))
    return min(free, default=None)


def _cgroup_limits(root: Path, own: Path) -> list[tuple[int, Path]]:
    """Every memory limit set on this process's cgroup or one above it, with its file (cgroup_memory_limit)."""
    try:
        lines = own.read_text().splitlines()
    except OSError:
        lines = []
    paths = {"v2": "/", "v1": "/"}
    for line in lines:
        _, controllers, path = (line.split(":", 2) + ["", ""])[:3]
        if line.startswith("0::"):
            paths["v2"] = path or "/"
        elif "memory" in controllers.split(","):
            paths["v1"] = path or "/"
    found = []
    for base, name, path in ((root, "memory.max", paths["v2"]),
                             (root / "memory", "memory.limit_in_bytes", paths["v1"])):
        parts = [part for part in path.split("/") if part and part not in (".", "..")]
        for depth in range(len(parts), -1, -1):  # the cgroup itself, then each one above it: the least wins
            file = base.joinpath(*parts[:depth], name)
            number = _cgroup_number(file)
            if number is not None and (name == "memory.max" or number < CGROUP_V1_UNLIMITED):
                found.append((number, file))
    return found


def _cgroup_number(file: Path) -> int | None:
    """The whole number a cgroup file holds; None where it holds another word ("max") or cannot be read."""
    try:
        text = file.read_text().strip()
    except OSError:
        return None
    return int(text) if text.isdigit() else None


def _cgroup_stat(file: Path, key: str) -> int | None:
    """One counter of a cgroup's memory.stat (lines "key value"); None where it is not there."""
    try:
        lines = file.read_text().splitlines()
    except OSError:
        return None
    for line in lines:
        name, _, value = line.partition(" ")
        if name == key and value.strip().isdigit():
            return int(value)
    return None


def _physical_memory() -> int | None:
    """This machine's physical memory in bytes (None where it cannot be told): the C library's count where it
    gives one (Linux, macOS), else psutil's (Windows), whose import alone took 36-43 ms of a 2048 px run."""
    try:
        return os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    except (AttributeError, ValueError, OSError):
        pass
    try:
        import psutil

        return int(psutil.virtual_memory().total)
    except ImportError:
        return None


def _gb(size: int) -> str:
    return f"{size / 2 ** 30:,.1f} GB"
