"""core/pipeline/raster.open_raster's checks on real files: a VRT tree read once a run (each reader thread opens
the raster again) without letting an edited VRT through."""
from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from planet_qgis_plugin.core.errors import RasterError
from planet_qgis_plugin.core.pipeline.raster import open_raster

from .conftest import assert_refused, run_cli, snapshot
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


# -- a raster that declares more than a run can classify ----------------------------------------------------
def _huge_vrt(path: Path, side: int, nodata: bool = False) -> Path:
    """A VRT of ``side`` x ``side`` px whose only data is the 512 px BORNEO scene in its corner; with
    ``nodata`` the rest reads as nodata (NoDataValue 0), else as zeros, which are classified."""
    from ..conftest import BORNEO
    from .test_tiler import _huge_vrt as plain

    plain(path, side, BORNEO)
    if nodata:
        path.write_text(path.read_text().replace('"><SimpleSource>', '"><NoDataValue>0</NoDataValue><SimpleSource>'))
    return path


def test_a_declared_huge_raster_is_refused_up_front(tmp_path, outdir):
    """A VRT declaring 10^6 x 10^6 px over one small scene was classified chip by chip: 15 million tiles of
    zeros, some 200 hours on a CPU (it said so only through the progress bar)."""
    scene = _huge_vrt(tmp_path / "huge.vrt", 1_000_000)
    before = snapshot(outdir)
    assert_refused(run_cli(scene, "-o", outdir / "previous.gpkg", "--overwrite", timeout=60),
                   "huge.vrt is 1000000x1000000 px: 15,268,556 tiles of 256 px: more than 1,000,000 to classify in "
                   "one run; choose a part of it with --aoi (minx,miny,maxx,maxy or a vector file)", before, outdir)


def sixteen_tiles(path: Path, crs: bool = False) -> Path:
    """A 1024 px 3-band scene: 16 tiles of 256 px, all data; ``crs``: in UTM 21S, on its CRS-anchored tile grid
    (change puts two rasters on one grid only through their CRS)."""
    from osgeo import gdal, osr

    ds = gdal.GetDriverByName("GTiff").Create(str(path), 1024, 1024, 3, gdal.GDT_Byte)
    if crs:
        ds.SetGeoTransform((651 * 768, 3, 0, 11718 * 768, 0, -3))  # a whole number of 256 px tiles from 0, 0
        srs = osr.SpatialReference()
        srs.ImportFromEPSG(32721)
        ds.SetProjection(srs.ExportToWkt())
    else:
        ds.SetGeoTransform((500000, 3, 0, 1000000, 0, -3))
    for b in range(1, 4):
        ds.GetRasterBand(b).Fill(40 * b)
    ds = None
    return path


def test_the_most_tiles_a_run_classifies_is_the_analysts_to_raise_or_lower(tmp_path, outdir):
    """--max-tiles moves the ceiling (a machine that may take the hours raises it): a 1024 px scene of 16 tiles
    is refused under --max-tiles 15 with the way out, and classified under 16; 0 is one line."""
    scene = sixteen_tiles(tmp_path / "scene.tif")
    before = snapshot(outdir)
    assert_refused(run_cli(scene, "-o", outdir / "t.gpkg", "--max-tiles", "15", timeout=60),
                   "16 tiles of 256 px: more than 15 to classify in one run; choose a part of it with --aoi", before,
                   outdir)
    assert_refused(run_cli(scene, "-o", outdir / "t.gpkg", "--max-tiles", "0", timeout=60),
                   "must be at least 1, not 0", before, outdir)
    proc = run_cli(scene, "-o", outdir / "t.gpkg", "--max-tiles", "16", timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert "16 tiles classified" in proc.stdout + proc.stderr


def test_change_of_two_rasters_takes_max_tiles_as_classify_does(tmp_path, outdir):
    """`change A.tif B.tif --max-tiles N` moves the ceiling of both classify runs as `classify --max-tiles` does
    (change had no such option: two large rasters could not be compared at all): two 16-tile scenes are refused
    under 15 with the way out and nothing written, 0 is refused before any run, and under 16 they are compared."""
    a, b = sixteen_tiles(tmp_path / "a.tif", crs=True), sixteen_tiles(tmp_path / "b.tif", crs=True)
    before = snapshot(outdir)
    assert_refused(run_cli("change", a, b, "-o", outdir / "c.gpkg", "--max-tiles", "15", timeout=120),
                   "a.tif is 1024x1024 px: 16 tiles of 256 px in the overlap of BEFORE and AFTER: more than 15 to "
                   "classify in one run; crop BEFORE or AFTER to a smaller common area", before, outdir)
    assert_refused(run_cli("change", a, b, "-o", outdir / "c.gpkg", "--max-tiles", "0", timeout=60),
                   "the most tiles a run may classify must be at least 1, not 0", before, outdir)
    proc = run_cli("change", a, b, "-o", outdir / "c.gpkg", "--max-tiles", "16", timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert "16 tiles compared" in proc.stdout, proc.stdout


def test_a_geotiff_header_declaring_an_absurd_size_is_refused_up_front(tmp_path, outdir):
    """A 256 px GeoTIFF whose header was edited to say 10^6 x 10^6 px opens in GDAL: it is refused by its
    tile count before a pixel is read."""
    import struct

    from osgeo import gdal

    ds = gdal.GetDriverByName("GTiff").Create(str(tmp_path / "small.tif"), 256, 256, 3, gdal.GDT_Byte,
                                              options=["TILED=YES"])
    ds.SetGeoTransform((500000, 3, 0, 1000000, 0, -3))
    ds.GetRasterBand(1).Fill(7)
    ds = None
    data = bytearray((tmp_path / "small.tif").read_bytes())
    ifd = struct.unpack_from("<I", data, 4)[0]
    for i in range(struct.unpack_from("<H", data, ifd)[0]):
        entry = ifd + 2 + 12 * i
        if struct.unpack_from("<H", data, entry)[0] in (256, 257):  # ImageWidth, ImageLength: LONG 10^6
            struct.pack_into("<HII", data, entry + 2, 4, 1, 1_000_000)
    (tmp_path / "absurd.tif").write_bytes(bytes(data))
    before = snapshot(outdir)
    assert_refused(run_cli(tmp_path / "absurd.tif", "-o", outdir / "previous.gpkg", "--overwrite", timeout=60),
                   "absurd.tif is 1000000x1000000 px: 15,",  before, outdir)


def test_a_declared_huge_raster_limited_by_an_area_of_interest_is_classified(tmp_path, untrained_bundle):
    """What the bench does with its 199680 px VRT: an area of interest of a few tiles is classified."""
    scene = _huge_vrt(tmp_path / "huge.vrt", 1_000_000)
    proc = run_cli(scene, "-o", tmp_path / "part.gpkg", "--bundle", untrained_bundle.path, "--aoi",
                   "500001,999001,500700,999999,EPSG:32649", timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert "3 tiles classified" in proc.stdout


def test_a_declared_huge_raster_that_is_mostly_nodata_is_counted_by_its_data(tmp_path):
    """15 million tile positions of which GDAL says 4 hold data (the VRT's one source) pass; 1.5 billion
    positions (10^7 px) would take days just to find empty, and are refused."""
    from planet_qgis_plugin.core.pipeline.run_size import MAX_TILES, check_tile_count, data_share
    from planet_qgis_plugin.core.pipeline.tiling import TileGrid

    for side in (1_000_000, 10_000_000):
        with open_raster(_huge_vrt(tmp_path / f"sparse{side}.vrt", side, nodata=True)) as src:
            grid = TileGrid(src.width, src.height, src.transform, 256, None, src.crs)
            assert len(grid) > MAX_TILES and 0 < data_share(src) * len(grid) < 10
            if side == 1_000_000:
                check_tile_count(src, grid)
            else:
                with pytest.raises(RasterError, match=r"only about \d of them with data: more than 50,000,000 tile "
                                                      r"positions to read in one run; choose a part of it with --aoi"):
                    check_tile_count(src, grid)
    # the same 10^6 px without a nodata value: what no source covers reads as zeros, which are classified
    with open_raster(_huge_vrt(tmp_path / "zeros.vrt", 1_000_000)) as src:
        assert data_share(src) == 1.0


GDAL_EXCEPTIONS_ON = """
import os, sys
from pathlib import Path
from osgeo import gdal
gdal.UseExceptions()  # as QGIS or another plugin may have it, for the whole process
from planet_qgis_plugin.core.errors import PlanetClassifierError
from planet_qgis_plugin.core.monitor.pair import _warp_to
from planet_qgis_plugin.core.pipeline.raster import nodata_warning, open_raster
from planet_qgis_plugin.core.pipeline.run_size import data_share
from planet_qgis_plugin.runner import raster_band_info
sparse, scene = Path(sys.argv[1]), Path(sys.argv[2])
with open_raster(sparse) as src:
    print("sparse share", round(data_share(src) * 10 ** 10, 3))
with open_raster(scene) as src:
    os.remove(scene)  # open in rasterio; GDAL's bindings cannot open it by its name any more
    print("share", data_share(src), "nodata warning", nodata_warning(src))
for call in (lambda: raster_band_info(str(scene)), lambda: _warp_to(scene, {}, scene.with_suffix(".vrt"))):
    try:
        call()
    except PlanetClassifierError as exc:
        print("refused:", exc)
"""


def test_a_raster_gdal_cannot_open_degrades_the_same_with_gdal_exceptions_on(tmp_path):
    """Where GDAL's exceptions are on (QGIS, other plugins: process-wide) a failed gdal.OpenEx is a RuntimeError,
    not None: data_share (the tile count's share of data), nodata_warning, the plugin's band reading and change's
    resampling let it escape as a traceback where they meant to degrade (share 1, no warning) or refuse in one
    line. One open (core/pipeline/raster.gdal_handle) now answers None either way; GDAL that can open the raster
    gives the same share as with exceptions off."""
    import subprocess

    from osgeo import gdal

    from ..conftest import ROOT

    sparse = _huge_vrt(tmp_path / "sparse.vrt", 1_000_000, nodata=True)
    with open_raster(sparse) as src:
        from planet_qgis_plugin.core.pipeline.run_size import data_share

        expected = round(data_share(src) * 10 ** 10, 3)
    scene = sixteen_tiles(tmp_path / "scene.tif")
    ds = gdal.Open(str(scene), gdal.GA_Update)
    for band in range(1, 4):
        ds.GetRasterBand(band).SetNoDataValue(0)  # a mask: data_share asks GDAL
    ds = None
    proc = subprocess.run([sys.executable, "-c", GDAL_EXCEPTIONS_ON, str(sparse), str(scene)], cwd=ROOT,
                          capture_output=True, text=True, timeout=120, env=dict(os.environ, PYTHONPATH=str(ROOT)))
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.splitlines() == [
        f"sparse share {expected}", "share 1.0 nodata warning None",
        f"refused: {scene} is not a raster GDAL can read",
        "refused: AFTER (scene.tif) cannot be opened by GDAL to resample it onto BEFORE's grid"], proc.stdout


def test_a_run_that_would_hold_more_memory_than_the_machine_has_is_refused(tmp_path, outdir, untrained_bundle):
    """`--stride 1 --aoi ...` on a 10^6 px raster selects tiles on a mask of one cell per pixel of the whole
    raster (10^12 cells, terabytes) before any tile is read; it is refused with the stride to raise."""
    scene = _huge_vrt(tmp_path / "huge.vrt", 1_000_000)
    before = snapshot(outdir)
    assert_refused(run_cli(scene, "-o", outdir / "previous.gpkg", "--overwrite", "--bundle", untrained_bundle.path,
                           "--stride", "1", "--aoi", "500001,999001,500700,999999,EPSG:32649", timeout=60),
                   "the area of interest's selection on 1,000,000,000,000 cells of 1 px), more than this machine's",
                   before, outdir)
    assert "use a larger --stride (up to 256 px)" in run_cli(
        scene, "-o", outdir / "previous.gpkg", "--overwrite", "--bundle", untrained_bundle.path, "--stride", "1",
        "--aoi", "500001,999001,500700,999999,EPSG:32649", timeout=60).stderr


#: cgroup trees as a container shows them: {file under the root: text}, /proc/self/cgroup, and the limit found
#: (bytes, the file that sets it) or None
CGROUPS = {
    "v2-own-root": ({"memory.max": "2147483648\n"}, "0::/\n", (2 << 30, "memory.max")),
    "v2-max": ({"memory.max": "max\n"}, "0::/\n", None),
    "v2-parent-sets-it": ({"ci.slice/memory.max": "4294967296\n", "ci.slice/job.scope/memory.max": "max\n",
                           "ci.slice/job.scope/x/memory.max": "1024\n"},
                          "0::/ci.slice/job.scope\n", (4 << 30, "ci.slice/memory.max")),
    "v2-both-least-wins": ({"a/memory.max": "3221225472", "a/b/memory.max": "1073741824"}, "0::/a/b",
                           (1 << 30, "a/b/memory.max")),
    "v1-path-not-mounted": ({"memory/memory.limit_in_bytes": "1073741824\n"},
                            "12:pids:/docker/abc\n4:memory:/docker/abc\n0::/\n", (1 << 30, "memory/memory.limit_in_bytes")),
    "v1-unlimited": ({"memory/memory.limit_in_bytes": "9223372036854771712\n"}, "4:memory:/\n", None),
    "v1-unlimited-64k-pages": ({"memory/memory.limit_in_bytes": "9223372036854710272"}, "4:cpu,memory:/\n", None),
    "none": ({}, "0::/\n", None),
    "no-proc-file": ({"memory.max": "536870912"}, None, (1 << 29, "memory.max")),
    "garbage": ({"memory.max": "-1\n", "memory/memory.limit_in_bytes": "lots"}, "nonsense", None),
}


def _cgroup_tree(tmp_path: Path, files: dict, own: str | None) -> tuple[Path, Path]:
    root = tmp_path / "cgroup"
    root.mkdir()
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text)
    if own is not None:
        (tmp_path / "cgroup-of-self").write_text(own)
    return root, tmp_path / "cgroup-of-self"


@pytest.mark.parametrize("case", list(CGROUPS))
def test_the_memory_limit_of_a_cgroup_is_read_from_its_files(tmp_path, case):
    """In a container with a memory limit (CI) the memory check compared the run with the physical memory:
    runs the container cannot hold were let through to be killed. The limit is read from the cgroup files
    (v2 memory.max, v1 memory.limit_in_bytes; the process's cgroup and those above it, the least wins)."""
    from planet_qgis_plugin.core.pipeline.run_size import cgroup_memory_limit

    files, own, expected = CGROUPS[case]
    root, proc = _cgroup_tree(tmp_path, files, own)
    found = cgroup_memory_limit(root, proc)
    assert found == (None if expected is None else (expected[0], root / expected[1]))


def test_the_memory_a_run_may_hold_is_the_smaller_of_the_machines_and_its_cgroups(tmp_path):
    from planet_qgis_plugin.core.pipeline.run_size import _gb, _physical_memory, machine_memory

    physical = _physical_memory()
    root, proc = _cgroup_tree(tmp_path, {"memory.max": str(1 << 30), "big/memory.max": str(1 << 60)}, "0::/\n")
    assert machine_memory(root, proc) == (
        1 << 30, f"the memory limit of its cgroup, {root / 'memory.max'}; physical memory {_gb(physical)}")
    proc.write_text("0::/big\n")
    assert machine_memory(root, proc) == (1 << 30, f"the memory limit of its cgroup, {root / 'memory.max'}; "
                                                   f"physical memory {_gb(physical)}")
    (root / "memory.max").write_text("max")
    assert machine_memory(root, proc) == (physical, "physical memory")


# -- a nodata value the band type cannot hold ------------------------------------------------------------------
NODATA = {  # (dtype, declared nodata) -> (what a wrapped reader would have masked, the value GDAL masks or None)
    ("uint16", -9999): (55537, None),
    ("uint16", 70000): (4464, None),
    ("uint8", 300): (44, None),
    ("uint8", 1.5): (1, 1),
    ("int16", float("nan")): (0, None),
}


@pytest.mark.parametrize("dtype, nodata", sorted(NODATA, key=str), ids=lambda v: str(v))
def test_a_nodata_value_the_bands_cannot_hold_is_said_once_and_read_as_gdal_reads_it(
        tmp_path, untrained_bundle, dtype, nodata):
    """The declared value is not what any reader applies: GDAL ignores one out of range (and NaN) and takes a
    fraction's whole part. The run says so in one line, and its tiles' coverage is GDAL's mask's: the
    statistics, the tile reader and GDAL agree (a wrapped value, 55537 for -9999, masks nothing)."""
    import numpy as np
    import rasterio
    from osgeo import gdal, ogr

    wrapped, masked = NODATA[(dtype, nodata)]
    pixels = np.full((3, 256, 512), 90, dtype=dtype)
    pixels[:, :128, :256] = wrapped  # half the first tile holds the value a wrapping reader would mask
    ds = gdal.GetDriverByName("GTiff").Create(str(tmp_path / "scene.tif"), 512, 256, 3,
                                              gdal.GetDataTypeByName({"uint8": "Byte", "uint16": "UInt16",
                                                                      "int16": "Int16"}[dtype]))
    ds.SetGeoTransform((699648, 3, 0, 100608, 0, -3))
    for b in range(3):
        ds.GetRasterBand(b + 1).SetNoDataValue(nodata)
        ds.GetRasterBand(b + 1).WriteArray(pixels[b])
    ds = None
    proc = run_cli(tmp_path / "scene.tif", "-o", tmp_path / "out.gpkg", "--bundle", untrained_bundle.path)
    assert proc.returncode == 0, proc.stderr
    said = [l for l in proc.stderr.splitlines() if "declares nodata" in l]
    assert len(said) == 1 and f"which its {dtype} bands cannot hold" in said[0], proc.stderr
    assert (f"pixels of {masked} are taken as nodata" if masked is not None else "every pixel counts as data") \
        in said[0]
    with rasterio.open(tmp_path / "scene.tif") as src:
        gdal_mask = src.dataset_mask() > 0  # GDAL's own
    out = ogr.Open(str(tmp_path / "out.gpkg"))  # held: its layer dies with it
    coverage = {(f.GetField("row"), f.GetField("col")): f.GetField("coverage") for f in out.GetLayerByName("tiles")}
    assert sorted(coverage.values()) == sorted([gdal_mask[:, :256].mean(), gdal_mask[:, 256:].mean()])
    assert min(coverage.values()) == (0.5 if masked is not None else 1.0)
