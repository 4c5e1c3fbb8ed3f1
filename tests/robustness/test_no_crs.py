"""Tile layers without a CRS (issue #23, W2 and W3). GDAL writes them with the GeoPackage's 'undefined' SRS,
which reads back as a geographic CRS: pixel coordinates passed for degrees, so batch's flagged area ended in
a TypeError (every scene with a flagged tile 'failed', on every resume) with PROJ's raw error lines on the
terminal. The battery: an image without georeference, a GeoTIFF with a transform but no CRS, and a
georeferenced GeoTIFF as the control."""
from __future__ import annotations

import csv

import numpy as np
import pytest

from ..conftest import edit_tiles

KINDS = ["image without georeference", "transform without CRS", "EPSG:32649"]


def _scene(kind: str, folder, make_raster):
    if kind == "image without georeference":
        from PIL import Image

        path = folder / "photo.png"
        Image.fromarray(np.random.default_rng(0).integers(0, 255, (300, 280, 3), dtype=np.uint8)).save(path)
        return path
    crs = None if kind == "transform without CRS" else kind
    return make_raster(280, 300, 3, "uint8", name=f"{folder.name}/scene.tif", crs=crs)


def _rows(outdir):
    with open(outdir / "summary.csv", newline="") as handle:
        return list(csv.DictReader(handle))


@pytest.mark.parametrize("kind", KINDS)
def test_batch_of_a_scene_without_crs_records_an_unknown_area_not_a_failure(kind, tmp_path, make_raster,
                                                                           untrained_bundle, capfd):
    from planet_qgis_plugin.cli.batch import main
    from planet_qgis_plugin.core.monitor.batch import UNKNOWN_AREA

    folder = tmp_path / "in"
    folder.mkdir()
    scene = _scene(kind, folder, make_raster)
    out = tmp_path / "out"
    args = [str(scene), "-o", str(out), "--workers", "1", "--bundle", str(untrained_bundle.path), "-q"]
    assert main(args) == 0
    gpkg = out / f"{scene.stem}.gpkg"
    edit_tiles(gpkg, {(r, c): {"flagged": 1} for r in range(2) for c in range(2)})  # an analyst's flags, or the model's
    capfd.readouterr()
    assert main(args) == 0  # the resume reads the flagged tiles back
    row = _rows(out)[0]
    assert row["status"] == "up to date" and row["error"] == "" and row["flagged"] == "4"
    area = float(row["flagged_km2"])  # a number in every row, never a blank
    if kind.startswith("EPSG"):
        assert area == pytest.approx(280 * 300 * 9 / 1e6, rel=1e-2)  # 3 m pixels
    else:
        assert area == UNKNOWN_AREA
    err = capfd.readouterr().err
    assert "PROJ" not in err and "ERROR" not in err and "Traceback" not in err, err


@pytest.mark.parametrize("kind", KINDS[:2])
def test_a_layer_without_crs_reads_as_none_and_its_area_is_unknown_in_silence(kind, tmp_path, make_raster,
                                                                             untrained_bundle, capfd):
    from planet_qgis_plugin.core.layer.tiletable import flagged_km2, read_tiles
    from planet_qgis_plugin.core.pipeline.classify import classify

    folder = tmp_path / "in"
    folder.mkdir()
    out = tmp_path / "t.gpkg"
    classify(_scene(kind, folder, make_raster), out, untrained_bundle)
    table = read_tiles(out)
    assert table.crs_wkt is None  # not GDAL's "Undefined geographic SRS"
    every = np.ones(len(table), bool)
    capfd.readouterr()
    assert flagged_km2(table, every) is None
    # what GDAL reports for such a layer, pixel coordinates taken for degrees: PROJ fails, quietly
    from dataclasses import replace

    from osgeo import ogr

    ds = ogr.Open(str(out))
    undefined = ds.GetLayerByName("tiles").GetSpatialRef().ExportToWkt()
    ds = None
    assert "Undefined" in undefined
    assert flagged_km2(replace(table, crs_wkt=undefined), every) is None  # no GDAL error handler pushed here
    assert capfd.readouterr().err == ""
