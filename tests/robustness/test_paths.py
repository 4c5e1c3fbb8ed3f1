"""Output paths are checked before any work: never write over an input, a preview the CLI can write."""
from __future__ import annotations

import shutil

import numpy as np
import pytest

from ..conftest import CAPE_TOWN_SR
from .conftest import assert_refused, cli, snapshot


@pytest.fixture
def work(tmp_path):
    folder = tmp_path / "work"
    folder.mkdir()
    shutil.copy(CAPE_TOWN_SR, folder / "scene.tif")
    return folder


def _gpkg_raster(path, tables=("scene",)):
    """A GeoPackage holding one raster table per name (3-band uint8, 300x300 px)."""
    from osgeo import gdal, osr

    for i, table in enumerate(tables):
        mem = gdal.GetDriverByName("MEM").Create("", 300, 300, 3, gdal.GDT_Byte)
        mem.SetGeoTransform((700000, 3, 0, 100000, 0, -3))
        srs = osr.SpatialReference()
        srs.ImportFromEPSG(32649)
        mem.SetProjection(srs.ExportToWkt())
        for b in range(3):
            mem.GetRasterBand(b + 1).WriteArray(np.random.default_rng(b).integers(1, 255, (300, 300), dtype=np.uint8))
        options = [f"RASTER_TABLE={table}"] + (["APPEND_SUBDATASET=YES"] if i else [])
        gdal.GetDriverByName("GPKG").CreateCopy(str(path), mem, options=options)
    return path


def test_preview_equal_to_the_input_is_refused(capsys, untrained_bundle, work):
    before = snapshot(work)
    assert_refused(cli(capsys, work / "scene.tif", "-o", work / "o.gpkg", "--bundle", untrained_bundle.path,
                       "--preview", work / "scene.tif", "--overwrite"), "is the input", before, work)


def test_preview_with_an_unknown_extension_is_refused_before_any_work(capsys, untrained_bundle, work):
    before = snapshot(work)
    assert_refused(cli(capsys, work / "scene.tif", "-o", work / "o.gpkg", "--bundle", untrained_bundle.path,
                       "--preview", work / "look.xyz"), "must end in .png, .jpg, .jpeg", before, work)


def test_preview_in_a_read_only_folder_is_refused_before_any_work(capsys, untrained_bundle, work, tmp_path):
    import os

    if os.geteuid() == 0:
        pytest.skip("root may write into a read-only folder; the CLI runs as 'nobody' in test_unwritable_outputs")
    (tmp_path / "ro").mkdir(mode=0o555)
    before = snapshot(work)
    assert_refused(cli(capsys, work / "scene.tif", "-o", work / "o.gpkg", "--bundle", untrained_bundle.path,
                       "--preview", tmp_path / "ro" / "look.png"), "is not writable", before, work)


def test_output_equal_to_a_geopackage_input_is_refused_even_with_overwrite(capsys, untrained_bundle, work):
    scene = _gpkg_raster(work / "scene.gpkg")
    before = snapshot(work)
    assert_refused(cli(capsys, scene, "-o", scene, "--bundle", untrained_bundle.path, "--overwrite"),
                   "is the input", before, work)
    # the same file spelled another way
    assert_refused(cli(capsys, scene, "-o", work / "." / ".." / "work" / "scene.gpkg", "--bundle",
                       untrained_bundle.path, "--overwrite"), "is the input", before, work)


def test_geopackage_with_two_raster_tables_is_a_one_line_error(capsys, untrained_bundle, work):
    scene = _gpkg_raster(work / "two.gpkg", tables=("first", "second"))
    before = snapshot(work)
    line = assert_refused(cli(capsys, scene, "-o", work / "o.gpkg", "--bundle", untrained_bundle.path),
                          "raster tables", before, work)
    assert "first" in line and "second" in line


@pytest.mark.parametrize("which", ["output", "preview"])
def test_the_aoi_file_is_never_written_over(capsys, untrained_bundle, work, which):
    """The AOI is an input too: ``-o area.gpkg --aoi area.gpkg --overwrite`` would have replaced it."""
    from osgeo import ogr, osr

    aoi = work / ("area.gpkg" if which == "output" else "area.png")
    if which == "output":
        srs = osr.SpatialReference()
        srs.ImportFromEPSG(4326)
        ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(aoi))
        ds.CreateLayer("aoi", srs, ogr.wkbPolygon)
        ds = None
    else:
        aoi.write_bytes(b"not really an AOI, but a file the user named")
    before = snapshot(work)
    target = ["-o", aoi] if which == "output" else ["-o", work / "o.gpkg", "--preview", aoi]
    assert_refused(cli(capsys, work / "scene.tif", *target, "--bundle", untrained_bundle.path, "--aoi", aoi,
                       "--overwrite"), "is the input", before, work)


def test_preview_under_a_file_is_refused_before_any_work(capsys, untrained_bundle, work):
    """--preview's folder is made when missing, so check_new_file took one whose 'folder' is a file
    (afile/sub/look.png): the classification ran, wrote o.gpkg, and only then the preview failed."""
    (work / "afile").write_text("not a folder")
    before = snapshot(work)
    assert_refused(cli(capsys, work / "scene.tif", "-o", work / "o.gpkg", "--bundle", untrained_bundle.path,
                       "--preview", work / "afile" / "sub" / "look.png"),
                   "afile is a file, not a folder; choose another place", before, work)


@pytest.mark.parametrize("option", ["-o", "--preview"])
def test_a_name_longer_than_the_file_system_takes_is_one_clear_line(capsys, untrained_bundle, work, option):
    """A file (or folder) name over NAME_MAX (255 bytes) as the output or the preview (whose folder need not
    exist): the CLI printed `error: [Errno 36] File name too long: '...'` with the whole name."""
    name = "n" * 300
    args = {"-o": ["-o", work / f"{name}.gpkg"],
            "--preview": ["-o", work / "o.gpkg", "--preview", work / "new" / f"{name}.png"]}[option]
    before = snapshot(work)
    line = assert_refused(cli(capsys, work / "scene.tif", *args, "--bundle", untrained_bundle.path),
                          "cannot be written: a name in it is too long (30", before, work)
    assert line.endswith(" bytes; the file system takes 255); choose a shorter name")
    assert "Errno" not in line and name not in line
    assert sorted(p.name for p in work.iterdir()) == ["scene.tif"]


def test_a_preview_in_a_folder_still_to_make_is_written_there(capsys, untrained_bundle, work):
    """--preview's folder is made when missing (the preview's check lets it through), but the quick-look was staged
    beside its place before the folder was made: `--preview new/look.png` ran the classification, wrote o.gpkg,
    then said "cannot write new/look.png: its folder new does not take new files ...; nothing was written"."""
    proc = cli(capsys, work / "scene.tif", "-o", work / "o.gpkg", "--bundle", untrained_bundle.path, "--preview",
               work / "new" / "sub" / "look.png")
    assert proc.returncode == 0, proc.stderr
    assert (work / "new" / "sub" / "look.png").is_file() and (work / "o.gpkg").is_file()
    assert sorted(p.name for p in (work / "new" / "sub").iterdir()) == ["look.png"]
