"""The scene statistics' sampled blocks, decoded once: the statistics pass (preprocess.stats_sample) writes each
whole block it decodes to an anonymous temporary file, and the reader threads copy those blocks from it instead
of asking GDAL to decode them again. On a raster too large to be decoded once (decoded.DecodedRaster) the sample
is up to STATS_MAX_BLOCKS blocks, 512 MB of 4-band 16-bit pixels at 256 px: too much for the run's memory, but a
file's pages are the system's page cache, not the run's resident memory (docs/speed.md)."""
from __future__ import annotations

import os
import shutil
import tempfile
import threading
from typing import Sequence

import numpy as np
from rasterio.windows import Window

from .preprocess import STATS_MAX_BLOCKS
from .reader import WindowSource, strip_reading

#: The spill is written only where the temporary folder has this many times its largest size free.
FREE_MARGIN = 4
#: The most blocks it holds: the statistics sample and a sample drawn again (preprocess.stats_sample).
MAX_BLOCKS = 2 * STATS_MAX_BLOCKS
#: The most bytes the statistics of a raster read decimated (at most STATS_MAX_BLOCKS blocks) read at once at full
#: resolution for the spill: a strip is read a piece of whole blocks across at a time (a strip whose single column
#: of blocks is larger is read decimated, not spilled).
MAX_PIECE_BYTES = 4 * 1024 * 1024
#: File systems held in memory: a spill there would take the memory it is meant to spare.
MEMORY_FILE_SYSTEMS = ("tmpfs", "ramfs")
#: Positioned reads and writes (not on Windows): safe from several threads on one file without a lock. Without
#: them each read or write takes the spill's lock, seeks and reads or writes.
POSITIONED = hasattr(os, "pwrite") and hasattr(os, "preadv")


class BlockSpill:
    """Whole blocks of one raster's native block grid, of the bands the readers read (``bands``), in the raster's
    dtype, each where the statistics pass ``put`` it in an unlinked temporary file (nothing is left behind, even
    where the process is killed). ``start`` decides whether a run spills; ``wrap`` gives a reader thread's dataset
    handle that takes spilled blocks from the file. A context manager: the file is closed when the run ends,
    however it ends."""

    def __init__(self, folder: str | None = None):
        self.folder = folder
        self.bands: list[int] = []
        self._file = None
        self._blocks: dict[tuple[int, int], int] = {}  # (block row, block column) -> offset in the file
        self._next = 0  # the offset of the next block put
        self._room = 0  # the most bytes it holds
        self._lock = threading.Lock()
        self._io = threading.Lock()  # the file's position, where reads and writes are not positioned (POSITIONED)

    def start(self, dataset, indexes: Sequence[int], chip: int) -> bool:
        """Spill ``dataset``'s sampled blocks from now on where that is safe and pays: a GeoTIFF (a VRT may resample
        its sources window by window, so that a window's pixels need not be its blocks' parts) read in strips of
        whole blocks (reader.strip_reading), whose readers need no GDAL mask (a nodata value or none: they read the
        pixels alone), and room for it in the temporary folder, on a disk rather than in memory. Else nothing
        changes."""
        source = WindowSource(dataset, tuple(indexes), chip)
        if (dataset.driver != "GTiff" or not strip_reading(dataset, chip)
                or not (source.all_valid or source.nodata is not None)):
            return False
        self.count, self.shape = dataset.count, (dataset.height, dataset.width)
        self.block_shape = tuple(dataset.block_shapes[0])
        self.dtype = np.dtype(dataset.dtypes[0])
        self.bands = list(range(1, dataset.count + 1)) if source.nodata is not None else list(indexes)
        self.block_bytes = self._column_bytes(self.block_shape[0])
        blocks = -(-dataset.height // self.block_shape[0]) * -(-dataset.width // self.block_shape[1])
        self._room = min(MAX_BLOCKS, blocks) * self.block_bytes
        folder = self.folder or tempfile.gettempdir()
        if _memory_backed(folder) or shutil.disk_usage(folder).free < FREE_MARGIN * self._room:
            return False
        self._file = tempfile.TemporaryFile(prefix="planet-spill-", dir=folder)
        return True

    def takes(self, window: Window, indexes: Sequence[int] | None) -> bool:
        """Whether ``sampled`` may read ``window``'s bands ``indexes``: the bands the readers read, whole blocks, a
        column of them at most MAX_PIECE_BYTES."""
        return (self._file is not None and self._bands(indexes) == self.bands and self._whole_blocks(window) != []
                and self._column_bytes(window.height) <= MAX_PIECE_BYTES)

    def sampled(self, dataset, indexes: Sequence[int] | None, window: Window, rows: np.ndarray, cols: np.ndarray
                ) -> np.ndarray:
        """The pixels of bands ``indexes`` at ``rows`` x ``cols`` (increasing, in ``window``) of a window that ``takes``,
        read at full resolution from ``dataset`` a piece of whole blocks across at a time (at most MAX_PIECE_BYTES),
        each piece's blocks put here."""
        step = max(1, MAX_PIECE_BYTES // self._column_bytes(window.height)) * self.block_shape[1]
        parts = []
        for xa in range(0, int(window.width), step):
            xb = min(int(window.width), xa + step)
            piece = Window(window.col_off + xa, window.row_off, xb - xa, window.height)
            pixels = dataset.read(indexes, window=piece)
            self.put(piece, indexes, pixels)
            parts.append(pixels[:, rows][:, :, cols[(cols >= xa) & (cols < xb)] - xa])
        return np.concatenate(parts, axis=2)

    def put(self, window: Window, indexes: Sequence[int] | None, pixels: np.ndarray) -> None:
        """Keep ``pixels`` (of bands ``indexes``, None: all) where ``window`` is whole blocks and they are the bands
        the readers read, block by block; anything else, a block past its room (MAX_BLOCKS), or any after a failed
        write (a disk filled meanwhile), is left to GDAL as without a spill."""
        if self._file is None or self._bands(indexes) != self.bands or pixels.dtype != self.dtype:
            return
        y, x = int(window.row_off), int(window.col_off)
        for by, bx in self._whole_blocks(window):
            top, left = by * self.block_shape[0] - y, bx * self.block_shape[1] - x
            self._put((by, bx), pixels[:, top:top + self.block_shape[0], left:left + self.block_shape[1]])

    def _put(self, block: tuple[int, int], pixels: np.ndarray) -> None:
        """``pixels`` of ``block`` (row, column) written to the file, once, where there is room."""
        with self._lock:
            if block in self._blocks or self._next >= self._room:
                return
            offset, self._next = self._next, self._next + self.block_bytes
        data = memoryview(np.ascontiguousarray(pixels)).cast("B")
        try:
            self._write_at(data, offset)
        except OSError:
            with self._lock:
                self._next = self._room  # no more blocks: the readers decode them, as before
            return
        self._blocks[block] = offset  # read by the readers only, which start after the statistics pass

    def wrap(self, dataset):
        """``dataset`` (a reader thread's handle on the raster) taking the spilled blocks from the file; itself where
        nothing was spilled."""
        return SpilledDataset(dataset, self) if self._blocks else dataset

    def close(self) -> None:
        self._blocks.clear()
        if self._file is not None:
            self._file.close()
            self._file = None

    def __enter__(self) -> BlockSpill:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def inside(self, indexes, window) -> tuple[int, int, int, int] | None:
        """(row, column, height, width) of a read of ``indexes`` (None: all bands) in ``window`` that the spill may
        answer: the spilled bands, a window of whole pixels inside the raster; else None."""
        if self._file is None or self._bands(indexes) != self.bands:
            return None
        return self._box(window)

    def _box(self, window) -> tuple[int, int, int, int] | None:
        """(row, column, height, width) of ``window`` where it is a Window of whole pixels inside the raster."""
        if not isinstance(window, Window):
            return None
        box = tuple(int(v) for v in (window.row_off, window.col_off, window.height, window.width))
        if box != (window.row_off, window.col_off, window.height, window.width) or min(box) < 0 \
                or box[0] + box[2] > self.shape[0] or box[1] + box[3] > self.shape[1]:
            return None
        return box

    def _column_bytes(self, height) -> int:
        """Bytes of one column of blocks ``height`` rows tall, in the spilled bands."""
        return int(height) * self.block_shape[1] * len(self.bands) * self.dtype.itemsize

    def _bands(self, indexes) -> list[int] | None:
        """``indexes`` of a read as a list of bands (None: all), None where it is one band (a 2-D read)."""
        if indexes is None:
            return list(range(1, self.count + 1))
        return None if isinstance(indexes, int) else list(indexes)

    def _whole_blocks(self, window) -> list[tuple[int, int]]:
        """The blocks (row, column) ``window`` is made of, where it is whole blocks (cut by the raster's edges), else []."""
        box = self._box(window) if self._file is not None else None
        if box is None:
            return []
        (block_h, block_w), (height, width) = self.block_shape, self.shape
        y, x, h, w = box
        ends = ((y + h) % block_h == 0 or y + h == height) and ((x + w) % block_w == 0 or x + w == width)
        if y % block_h or x % block_w or min(h, w) <= 0 or not ends:
            return []
        return [(by, bx) for by in range(y // block_h, -(-(y + h) // block_h))
                for bx in range(x // block_w, -(-(x + w) // block_w))]

    def split(self, y0: int, x0: int, height: int, width: int) -> tuple[list[tuple], list[list[int]]]:
        """The window's parts: the spilled blocks' (offset, (block row, column), rows (ya, yb), columns (xa, xb)), and
        the rest as rectangles [ya, yb, xa, xb] for GDAL, as few as can be: runs of blocks side by side, a run taken
        on down where the next row of blocks has the same."""
        block_h, block_w = self.block_shape
        spilled, rest = [], []
        for by in range(y0 // block_h, -(-(y0 + height) // block_h)):
            ya, yb = max(y0, by * block_h), min(y0 + height, (by + 1) * block_h)
            above = {(r[2], r[3]): r for r in rest if r[1] == ya}
            runs: list[list[int]] = []
            for bx in range(x0 // block_w, -(-(x0 + width) // block_w)):
                xa, xb = max(x0, bx * block_w), min(x0 + width, (bx + 1) * block_w)
                if (by, bx) in self._blocks:
                    spilled.append((self._blocks[(by, bx)], (by, bx), (ya, yb), (xa, xb)))
                elif runs and runs[-1][1] == xa:
                    runs[-1][1] = xb
                else:
                    runs.append([xa, xb])
            for xa, xb in runs:
                if (xa, xb) in above:
                    above[(xa, xb)][1] = yb
                else:
                    rest.append([ya, yb, xa, xb])
        return spilled, rest

    def block(self, offset: int, position: tuple[int, int], scratch: bytearray) -> np.ndarray:
        """The spilled block at ``offset`` ((block row, column) ``position``), read into ``scratch``."""
        (block_h, block_w), (height, width) = self.block_shape, self.shape
        shape = (len(self.bands), min(block_h, height - position[0] * block_h),
                 min(block_w, width - position[1] * block_w))
        view = memoryview(scratch)[:int(np.prod(shape)) * self.dtype.itemsize]
        self._read_at(view, offset)
        return np.frombuffer(view, self.dtype).reshape(shape)

    def _write_at(self, data: memoryview, offset: int) -> None:
        if POSITIONED:
            done = 0
            while done < len(data):
                done += os.pwrite(self._file.fileno(), data[done:], offset + done)
            return
        with self._io:
            self._file.seek(offset)
            self._file.write(data)

    def _read_at(self, view: memoryview, offset: int) -> None:
        done = 0
        while done < len(view):
            if POSITIONED:
                got = os.preadv(self._file.fileno(), [view[done:]], offset + done)
            else:
                with self._io:
                    self._file.seek(offset + done)
                    got = self._file.readinto(view[done:])
            if not got:
                raise OSError("the spilled blocks' file ended early")
            done += got


class SpilledDataset:
    """A reader thread's rasterio dataset whose reads of the spilled bands take the spilled blocks' parts from the
    spill (copies of what GDAL decoded) and the rest from GDAL, in as few calls as the blocks allow; any other
    read, and everything else, is the dataset's own."""

    def __init__(self, dataset, spill: BlockSpill):
        self._dataset, self._spill = dataset, spill
        self._scratch = bytearray(spill.block_bytes)  # one block: this handle is one thread's

    def __getattr__(self, name):
        return getattr(self._dataset, name)

    def read(self, indexes=None, window=None, out: np.ndarray | None = None, **kwargs) -> np.ndarray:
        spill = self._spill
        box = None if kwargs else spill.inside(indexes, window)
        spilled, rest = spill.split(*box) if box is not None else ([], [])
        if not spilled:
            return self._dataset.read(indexes, window=window, out=out, **kwargs)
        y0, x0, h, w = box
        if out is None:
            out = np.empty((len(spill.bands), h, w), spill.dtype)
        for offset, (by, bx), (ya, yb), (xa, xb) in spilled:
            block = spill.block(offset, (by, bx), self._scratch)
            by0, bx0 = by * spill.block_shape[0], bx * spill.block_shape[1]
            out[:, ya - y0:yb - y0, xa - x0:xb - x0] = block[:, ya - by0:yb - by0, xa - bx0:xb - bx0]
        for ya, yb, xa, xb in rest:
            self._dataset.read(indexes, window=Window(xa, ya, xb - xa, yb - ya),
                               out=out[:, ya - y0:yb - y0, xa - x0:xb - x0])
        return out


def _memory_backed(folder: str) -> bool:
    """Whether ``folder`` is on a file system held in memory (MEMORY_FILE_SYSTEMS), as /proc/self/mounts says where
    there is one."""
    path = os.path.realpath(folder)
    inside = [m for m in mounts() if path == m[0] or path.startswith(m[0].rstrip("/") + "/")]
    return bool(inside) and max(inside, key=lambda m: len(m[0]))[1] in MEMORY_FILE_SYSTEMS


def mounts() -> list[tuple[str, str]]:
    """(mount point, file system type) of each mount /proc/self/mounts lists; [] where there is none."""
    try:
        with open("/proc/self/mounts") as f:
            return [(fields[1], fields[2]) for fields in (line.split() for line in f) if len(fields) > 2]
    except OSError:
        return []
