"""bench/gpu/osgeo, the stand-in for GDAL's Python bindings that bench/gpu_check.sh puts on the path of a GPU box
without them: a classify run through it writes the same tile layer as through the real bindings. The pipeline
had started calling gdal.OpenEx and the CLI gdal.SetConfigOption, and the output check ogr.Open (what a file
written over holds), which the stand-in lacked: the next GPU session would have failed at its first run (found
each time by running bench.gpu_check on CPU through the stand-in)."""
from __future__ import annotations

import os
import sqlite3
import subprocess
import sys

import numpy as np
import pytest

from tests.conftest import ROOT


def _classify(raster, out, bundle, standin: bool, *options: str) -> None:
    env = dict(os.environ)
    if standin:
        env["PYTHONPATH"] = os.pathsep.join([str(ROOT / "bench" / "gpu"), env.get("PYTHONPATH", "")])
        probe = subprocess.run([sys.executable, "-c", "import osgeo.gdal, osgeo.ogr; print(osgeo.ogr.__file__)"],
                               capture_output=True, text=True, env=env, cwd=ROOT)
        if "no libgdal" in probe.stderr:
            pytest.skip("the stand-in finds no libgdal here (neither rasterio's wheel nor ctypes.util.find_library)")
        assert probe.returncode == 0 and "bench" in probe.stdout, probe.stderr  # the stand-in, not the bindings
    proc = subprocess.run([sys.executable, "-m", "planet_qgis_plugin", "classify", str(raster), "-o", str(out),
                           "--bundle", str(bundle.path), "-q", *options], capture_output=True, text=True, env=env,
                          cwd=ROOT)
    assert proc.returncode == 0, proc.stderr


def _content(path) -> tuple[list, list]:
    with sqlite3.connect(path) as db:
        tiles = db.execute("SELECT * FROM tiles ORDER BY fid").fetchall()
        metadata = db.execute("SELECT metadata FROM gpkg_metadata").fetchall()
    return tiles, metadata


def test_a_run_through_the_gpu_boxs_osgeo_stand_in_writes_the_same_layer(make_raster, untrained_bundle, tmp_path):
    data = np.random.default_rng(3).integers(1, 4000, size=(4, 300, 520)).astype("uint16")
    data[:, :120, :200] = 0  # a nodata corner: the nodata check opens the raster with gdal.OpenEx
    raster = make_raster(520, 300, data=data, nodata=0, name="20170915_020728_103d_3B_AnalyticMS.tif")
    _classify(raster, tmp_path / "bindings.gpkg", untrained_bundle, standin=False)
    _classify(raster, tmp_path / "standin.gpkg", untrained_bundle, standin=True)
    bindings, standin = _content(tmp_path / "bindings.gpkg"), _content(tmp_path / "standin.gpkg")
    assert len(bindings[0]) == 6 and bindings == standin  # every field of every tile, and the run's metadata
    # written over: the output's fields are read first (what it would lose), which the stand-in's ogr.Open serves
    _classify(raster, tmp_path / "standin.gpkg", untrained_bundle, True, "--overwrite")
    assert _content(tmp_path / "standin.gpkg") == bindings
