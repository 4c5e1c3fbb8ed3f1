"""Inputs that would block an open forever: a FIFO, a socket or a device given as the scene, or named by a
VRT (or by a VRT that a VRT reads). Each is refused in one line before GDAL opens it, by classify and by
batch, in a process that must end within its timeout (issue #23, T6)."""
from __future__ import annotations

import os
import socket
import subprocess
import sys

import pytest

from .conftest import assert_refused, run_cli, snapshot

VRT = """<VRTDataset rasterXSize="64" rasterYSize="64">{bands}</VRTDataset>"""
BAND = ("<VRTRasterBand dataType='Byte' band='{b}'><SimpleSource><SourceFilename relativeToVRT='1'>{src}"
        "</SourceFilename><SourceBand>1</SourceBand></SimpleSource></VRTRasterBand>")


def _vrt(path, source: str):
    path.write_text(VRT.format(bands="".join(BAND.format(b=b, src=source) for b in (1, 2, 3))))
    return path


def _special(folder, kind: str):
    """(the path given to the CLI, the special file it reaches, the kind of file the message names)."""
    fifo = folder / "scene.tif"
    if kind == "device":
        return "/dev/zero", "/dev/zero", "a device"
    if kind == "socket":
        sock = socket.socket(socket.AF_UNIX)
        sock.bind(str(folder / "scene.sock"))  # closed with the test process; a path is all the CLI sees
        _special.keep.append(sock)
        return folder / "scene.sock", folder / "scene.sock", "a socket"
    os.mkfifo(fifo)
    if kind == "fifo":
        return fifo, fifo, "a named pipe (FIFO)"
    vrt = _vrt(folder / "a.vrt", fifo.name)
    if kind == "vrt reading a fifo":
        return vrt, fifo, "a named pipe (FIFO)"
    return _vrt(folder / "b.vrt", vrt.name), fifo, "a named pipe (FIFO)"  # a VRT reading that VRT


_special.keep = []
KINDS = ["fifo", "vrt reading a fifo", "vrt reading a vrt reading a fifo", "socket", "device"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are a POSIX feature")
@pytest.mark.parametrize("kind", KINDS)
def test_a_file_that_would_block_is_refused_by_classify(kind, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    given, special, what = _special(folder, kind)
    out = tmp_path / "out"
    out.mkdir()
    before = snapshot(out)
    proc = run_cli(given, "-o", out / "tiles.gpkg", timeout=120)  # a hang is a TimeoutExpired, not a pass
    line = assert_refused(proc, f"{special}, which is {what}" if given != special else f"is {what}, not a raster file",
                          before, out)
    assert str(given) in line


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are a POSIX feature")
def test_a_fifo_scene_is_a_failed_row_of_batch_and_the_others_are_done(tmp_path):
    from tests.conftest import RAPIDEYE

    folder = tmp_path / "in"
    folder.mkdir()
    os.mkfifo(folder / "pipe.tif")
    out = tmp_path / "out"
    proc = subprocess.run([sys.executable, "-m", "planet_qgis_plugin", "batch", str(folder / "pipe.tif"), str(RAPIDEYE),
                           "-o", str(out), "--workers", "1", "-q"], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 1, proc.stderr
    assert "Traceback" not in proc.stderr
    assert f"failed: {folder / 'pipe.tif'}: raster {folder / 'pipe.tif'} is a named pipe (FIFO)" in proc.stderr
    assert sorted(p.name for p in out.iterdir()) == [f"{RAPIDEYE.stem}.gpkg", "summary.csv"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are a POSIX feature")
def test_a_fifo_as_the_area_of_interest_is_refused(tmp_path):
    from tests.conftest import RAPIDEYE

    os.mkfifo(tmp_path / "aoi.geojson")
    out = tmp_path / "out"
    out.mkdir()
    before = snapshot(out)
    proc = run_cli(RAPIDEYE, "-o", out / "tiles.gpkg", "--aoi", tmp_path / "aoi.geojson", timeout=120)
    assert_refused(proc, "area of interest", before, out)
    assert "is not a file (a pipe, socket or device)" in proc.stderr


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are a POSIX feature")
@pytest.mark.parametrize("option", ["-o", "--preview"])
def test_an_output_that_is_a_fifo_or_socket_is_never_replaced_even_with_overwrite(tmp_path, option):
    """`classify ... -o pipe.gpkg --overwrite` (or --preview) replaced the FIFO with the GeoPackage, exit 0; as
    root `-o /dev/null --overwrite` would have replaced the device node itself (core/publish.check_new_file)."""
    from tests.conftest import RAPIDEYE

    special = {"fifo": tmp_path / ("pipe.gpkg" if option == "-o" else "pipe.png"),
               "socket": tmp_path / ("sock.gpkg" if option == "-o" else "sock.png")}
    os.mkfifo(special["fifo"])
    with socket.socket(socket.AF_UNIX) as sock:
        sock.bind(str(special["socket"]))
    for kind, path in special.items():
        args = ["-o", path] if option == "-o" else ["-o", tmp_path / "tiles.gpkg", "--preview", path]
        proc = run_cli(RAPIDEYE, *args, "--overwrite", timeout=120)
        what = "a named pipe (FIFO)" if kind == "fifo" else "a socket"
        assert_refused(proc, f"{path} is {what}, not a file")
        assert not path.is_file() and path.exists()
    assert not (tmp_path / "tiles.gpkg").exists()


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are a POSIX feature")
@pytest.mark.parametrize("name", ["summary.csv", "report.html", "scene.gpkg"])
def test_a_fifo_where_batch_writes_is_refused_and_kept(tmp_path, make_raster, untrained_bundle, name):
    """A named pipe at OUTDIR/summary.csv (or report.html, or a scene's GeoPackage) in the output folder of a run
    resumed: batch read the earlier summary.csv from it and blocked forever (killed at its timeout here); a report
    or a GeoPackage put in its place would have destroyed it. Refused before any scene runs, the pipe kept."""
    scene = make_raster(64, 64, name="scene.tif")
    out = tmp_path / "out"
    out.mkdir()
    os.mkfifo(out / name)
    proc = subprocess.run([sys.executable, "-m", "planet_qgis_plugin", "batch", str(scene), "-o", str(out),
                           "--bundle", str(untrained_bundle.path), "--workers", "1", "--report", "-q"],
                          capture_output=True, text=True, timeout=60)
    assert_refused(proc, f"{out / name} is a named pipe (FIFO), not a file")
    assert sorted(p.name for p in out.iterdir()) == [name] and not (out / name).is_file()


#: Files GDAL opens by a name made from the raster's, beyond the sidecars every driver looks for: world files (read
#: when the raster has no georeference of its own) and the imagery metadata its readers parse to tell whether a file
#: is theirs (Planet/RapidEye, DigitalGlobe, Landsat, EROS; SPOT's DIMAP and ALOS's summary under fixed names). Measured: a named pipe under
#: any of these names was opened and waited on for ever, the run never ending.
NEIGHBOURS = [("plain.tif", "plain.tfw"), ("plain.tif", "plain.wld"), ("plain.tif", "plain.tab"),
              ("photo.png", "photo.pgw"), ("scene.tif", "scene_metadata.xml"), ("scene.tif", "scene.IMD"),
              ("scene.tif", "scene.RPB"), ("scene.tif", "scene_RPC.TXT"), ("scene.tif", "scene.XML"),
              ("scene.tif", "METADATA.DIM"), ("LC08_L1TP_B4.tif", "LC08_L1TP_MTL.txt"),
              ("IMG-01-ALOS2.tif", "summary.txt"), ("scene.tif", "scene.pass")]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are a POSIX feature")
@pytest.mark.parametrize("scene, pipe", NEIGHBOURS, ids=[pipe for _, pipe in NEIGHBOURS])
def test_a_pipe_named_like_a_file_gdal_looks_for_beside_the_raster_is_refused(scene, pipe, make_raster,
                                                                               untrained_bundle, tmp_path):
    if scene.startswith("plain") or scene.endswith(".png"):  # no georeference: GDAL looks for a world file
        from osgeo import gdal

        driver = gdal.GetDriverByName("PNG" if scene.endswith(".png") else "GTiff")
        driver.CreateCopy(str(tmp_path / scene), gdal.GetDriverByName("MEM").Create("", 64, 64, 3))
    else:
        make_raster(64, 64, count=3, dtype="uint8", name=scene)
    os.mkfifo(tmp_path / pipe)
    out = tmp_path / "out"
    out.mkdir()
    before = snapshot(out)
    proc = run_cli(tmp_path / scene, "-o", out / "tiles.gpkg", "--bundle", untrained_bundle.path, timeout=20)
    assert_refused(proc, f"{pipe}, which is a named pipe (FIFO), not a raster file", before, out)


def _label_naming(kind: str, folder, pipe: str):
    """A raster whose text label (or XML) names its pixels' file, that name given as ``pipe``."""
    from osgeo import gdal

    source = gdal.GetDriverByName("MEM").Create("", 8, 8, 1)
    source.SetGeoTransform([0, 1, 0, 8, 0, -1])
    if kind == "ers-data-file":
        gdal.GetDriverByName("ERS").CreateCopy(str(folder / "r.ers"), source)
        text = (folder / "r.ers").read_text()
        (folder / "r.ers").write_text(text.replace("DatasetHeader Begin", f'DatasetHeader Begin\n\tDataFile\t= "{pipe}"', 1))
        return folder / "r.ers"
    if kind == "isis3-core-file":
        gdal.GetDriverByName("ISIS3").CreateCopy(str(folder / "i.lbl"), source, options=["DATA_LOCATION=EXTERNAL"])
        text = (folder / "i.lbl").read_text()
        assert "^Core     = i.cub" in text
        (folder / "i.lbl").write_text(text.replace("^Core     = i.cub", f"^Core     = {pipe}"))
        return folder / "i.lbl"
    if kind == "pds3-image-file":
        (folder / "p.lbl").write_text(
            "PDS_VERSION_ID = PDS3\nRECORD_TYPE = FIXED_LENGTH\nRECORD_BYTES = 8\n"
            f'^IMAGE = "{pipe}"\nOBJECT = IMAGE\n  LINES = 8\n  LINE_SAMPLES = 8\n  SAMPLE_TYPE = UNSIGNED_INTEGER\n'
            "  SAMPLE_BITS = 8\n  BANDS = 1\nEND_OBJECT = IMAGE\nEND\n")
        return folder / "p.lbl"
    gdal.GetDriverByName("PDS4").CreateCopy(str(folder / "p.xml"), source)
    text = (folder / "p.xml").read_text()
    (folder / "p.xml").write_text(text.replace("<file_name>p.img</file_name>", f"<file_name>{pipe}</file_name>"))
    return folder / "p.xml"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are a POSIX feature")
@pytest.mark.parametrize("kind", ["ers-data-file", "isis3-core-file", "pds3-image-file", "pds4-file-name"])
def test_a_pipe_named_in_a_text_label_is_refused(kind, untrained_bundle, tmp_path):
    """A label that names its pixels' file (ERS `DataFile = "..."`, ISIS3 `^Core = ...`, PDS3 `^IMAGE = "..."`, PDS4
    `<file_name>`), that file a named pipe: GDAL opened it as it opened the raster and waited for ever (measured:
    ERS, ISIS3); names were looked for in XML only."""
    os.mkfifo(tmp_path / "pipe")
    scene = _label_naming(kind, tmp_path, "pipe")
    out = tmp_path / "out"
    out.mkdir()
    before = snapshot(out)
    proc = run_cli(scene, "-o", out / "tiles.gpkg", "--bundle", untrained_bundle.path, "--bands", "1,1,1", timeout=20)
    assert_refused(proc, "pipe, which is a named pipe (FIFO), not a raster file", before, out)
