"""core/pipeline/raster.open_raster's checks on real files: a VRT tree read once a run (each reader thread opens
the raster again) without letting an edited VRT through."""
from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from planet_qgis_plugin.core.errors import RasterError
from planet_qgis_plugin.core.pipeline.raster import open_raster

from .test_hostile_inputs import SOURCE, _vrt

#: Files Python opened while ``_WATCHING`` is set (sys.audit's "open" event; a hook cannot be removed, so
#: it records only while a test asks it to).
_OPENED: list[str] = []
_WATCHING: list[bool] = []


def _record(event: str, args) -> None:
    if _WATCHING and event == "open" and isinstance(args[0], (str, bytes, os.PathLike)):
        _OPENED.append(os.fsdecode(args[0]))


sys.addaudithook(_record)


def _opens(names: list[Path], work) -> dict[str, int]:
    """How often Python opened each of ``names`` while ``work()`` ran."""
    _OPENED.clear()
    _WATCHING.append(True)
    try:
        work()
    finally:
        _WATCHING.clear()
    return {name.name: sum(Path(o).name == name.name for o in _OPENED) for name in names}


@pytest.fixture
def nested(make_raster, tmp_path):
    """outer.vrt reading inner.vrt reading a 64 px GeoTIFF."""
    make_raster(64, 64, count=3, dtype="uint8", name=SOURCE)
    _vrt(tmp_path / "inner.vrt", SOURCE, python=False)
    _vrt(tmp_path / "outer.vrt", "inner.vrt", python=False)
    return tmp_path / "outer.vrt", tmp_path / "inner.vrt"


def _open_as_a_run_does(path: Path, readers: int = 4) -> None:
    """The run's own open, then one per reader thread."""
    for _ in range(1 + readers):
        with open_raster(path) as src:
            assert src.count == 3


def test_a_vrt_tree_is_read_once_however_many_times_it_is_opened(nested):
    """Each open read the VRT's head twice (is it a VRT? then 4 MB of it) and each source VRT's three times,
    and opened every source VRT in GDAL again: 5 opens of a nested VRT were 10 + 15 reads."""
    outer, inner = nested
    assert _opens([outer, inner], lambda: _open_as_a_run_does(outer)) == {"outer.vrt": 1, "inner.vrt": 1}


@pytest.mark.parametrize("same_size_and_time", [False, True], ids=["rewritten", "rewritten-same-size-and-mtime"])
def test_a_vrt_edited_between_two_opens_is_checked_again(nested, same_size_and_time):
    """Remembering what a VRT holds must not let through one that asks for Python since the last open: a nested
    VRT rewritten (even to the same size, its modification time put back) is read again and refused."""
    outer, inner = nested
    _open_as_a_run_does(outer, readers=1)
    stat = inner.stat()
    plain = inner.read_text()
    _vrt(inner, SOURCE, python=True)
    if same_size_and_time:
        text = inner.read_text()
        inner.write_text(text[:len(plain)] if len(text) >= len(plain) else text + " " * (len(plain) - len(text)))
        os.utime(inner, ns=(stat.st_atime_ns, stat.st_mtime_ns))
        assert inner.stat().st_size == stat.st_size and inner.stat().st_mtime_ns == stat.st_mtime_ns
    for path in (outer, inner):
        with pytest.raises(RasterError, match="a VRT with a Python pixel function"):
            open_raster(path).close()
