"""A pair whose AFTER covers only part of BEFORE said '126 tiles compared, 0 tiles left out' and nothing of the rest of
BEFORE: '0 alerts' there read as 'nothing changed' on ground the later date never saw. The run says how much of BEFORE
it could not compare."""
from __future__ import annotations

import rasterio

from planet_qgis_plugin.core.monitor.change import compare
from planet_qgis_plugin.core.monitor.pair import compare_rasters
from tests.conftest import RAPIDEYE


def test_before_tiles_that_after_does_not_cover_are_said(rapideye, rapideye_copy, tmp_path):
    from osgeo import ogr

    after = rapideye_copy()
    ds = ogr.Open(str(after), update=1)
    ds.ExecuteSQL("DELETE FROM tiles WHERE row = 0")   # the later scene does not reach the first row
    del ds
    result = compare(rapideye, after, tmp_path / "change.gpkg")
    said = [m for m in result.messages if "no AFTER tile over them" in m]
    assert said == ["3 of BEFORE's 9 tiles have no AFTER tile over them (beyond AFTER's edge, or where it holds no "
                    "data): not compared, so no change can be found there"]
    one = rapideye_copy(name="one.gpkg")
    ds = ogr.Open(str(one), update=1)
    ds.ExecuteSQL("DELETE FROM tiles WHERE row = 0 AND col = 0")   # one tile: said in the singular
    del ds
    assert [m for m in compare(rapideye, one, tmp_path / "one_change.gpkg").messages if "no AFTER tile" in m] == [
        "1 of BEFORE's 9 tiles has no AFTER tile over it (beyond AFTER's edge, or where it holds no data): not "
        "compared, so no change can be found there"]
    whole = compare(rapideye, rapideye_copy(name="whole.gpkg"), tmp_path / "whole_change.gpkg")
    assert not [m for m in whole.messages if "no AFTER tile over them" in m]


def _east(tmp_path, cut: int):
    """RapidEye's scene less its ``cut`` westernmost columns, its georeference kept: a later scene that covers part."""
    after = tmp_path / f"east_{cut}.tif"
    with rasterio.open(RAPIDEYE) as src:
        profile = src.profile | {"width": src.width - cut, "transform": src.transform * src.transform.translation(cut, 0)}
        data = src.read(window=((0, src.height), (cut, src.width)))
    with rasterio.open(after, "w", **profile) as dst:
        dst.write(data)
    return after


def test_a_raster_after_that_covers_part_of_before_says_how_much(tmp_path):
    result = compare_rasters(RAPIDEYE, _east(tmp_path, 256), tmp_path / "change.gpkg")
    said = [m for m in result.messages if "of BEFORE's extent" in m]
    assert said == [f"AFTER covers 50 % of BEFORE's extent ({RAPIDEYE.name}): only that overlap was classified and "
                    "compared, so no change can be found on the rest"], result.messages
    # a sliver off an edge (a crop of a few dozen pixels) leaves edge tiles compared as partial ones: not said; the
    # docs' picture said 'AFTER covers 99 %' of such a pair
    sliver = compare_rasters(RAPIDEYE, _east(tmp_path, 30), tmp_path / "sliver.gpkg")
    assert not [m for m in sliver.messages if "of BEFORE's extent" in m]
