"""`change` between a scene and a copy of it under another name (another file name or folder, the same pixels) found
nothing and said nothing, as if the ground had not changed between two dates. It says in one line that the pair is one
image, and the report carries that line; a scene that did change is not taken for its copy."""
from __future__ import annotations

import shutil

import numpy as np
import pytest

from planet_qgis_plugin.core.monitor.pair import compare_rasters
from planet_qgis_plugin.core.monitor.report import change_report
from tests.conftest import RAPIDEYE

SAID = "are one image under two names"


def _recompressed(src, out):
    """``src`` written again with other compression: the same pixels, another file's bytes."""
    from osgeo import gdal

    gdal.Translate(str(out), str(src), creationOptions=["COMPRESS=DEFLATE"])
    return out


def _painted(src, out):
    """``src`` with a block of its pixels changed: a scene in which something did change."""
    import rasterio

    shutil.copyfile(src, out)
    with rasterio.open(out, "r+") as dst:
        data = dst.read(window=((0, 200), (0, 200)))
        dst.write(np.full_like(data, int(data.max())), window=((0, 200), (0, 200)))
    return out


@pytest.mark.parametrize("make", [lambda src, out: shutil.copyfile(src, out) and out, _recompressed])
def test_a_scene_against_its_own_copy_says_the_pair_is_one_image(make, tmp_path):
    before = tmp_path / "2012" / RAPIDEYE.name
    before.parent.mkdir()
    shutil.copyfile(RAPIDEYE, before)
    after = make(RAPIDEYE, tmp_path / "later_copy.tif")
    result = compare_rasters(before, after, tmp_path / "change.gpkg")
    said = [m for m in result.messages if SAID in m]
    assert len(said) == 1 and "no change can be found" in said[0] and "later_copy.tif" in said[0]
    page = change_report(tmp_path / "report.html", result).read_text(encoding="utf-8")
    assert SAID in page


def test_a_scene_that_changed_is_not_taken_for_its_copy(tmp_path):
    after = _painted(RAPIDEYE, tmp_path / "later.tif")
    result = compare_rasters(RAPIDEYE, after, tmp_path / "change.gpkg")
    assert not [m for m in result.messages if SAID in m]
