"""Two renderings of the same ground that hold the same pixels (another compression, another band order described so,
another nodata value) are no change: `change` of the two rasters scores every tile as its twin and raises nothing.
The renderings are bench/monitor_same_ground.py's (which also measures those that move the pixels: another product,
CRS, lattice, extent)."""
from __future__ import annotations

import pytest

from bench.monitor_same_ground import render
from planet_qgis_plugin.core.labels import FLAG_GROUPS
from planet_qgis_plugin.core.monitor.pair import compare_rasters
from tests.conftest import BORNEO, CAPE_TOWN_SR, RAPIDEYE, VISUAL_RGBA


def _changes(path):
    from osgeo import ogr

    ds = ogr.Open(str(path))
    rows = [{name: f.GetField(name) for name in ("alert", "held_back", *(f"d_score_{g}" for g in FLAG_GROUPS))}
            for f in ds.GetLayerByName("changes")]
    ds = None
    return rows


@pytest.mark.parametrize("scene, rendering", [
    (CAPE_TOWN_SR, "recompressed"), (CAPE_TOWN_SR, "bands"), (CAPE_TOWN_SR, "nodata"),
    (RAPIDEYE, "bands"), (BORNEO, "nodata"), (VISUAL_RGBA, "recompressed"), (VISUAL_RGBA, "bands")])
def test_the_same_pixels_written_otherwise_are_no_change(scene, rendering, tmp_path):
    after = render(rendering, scene, tmp_path / f"{rendering}.tif")
    result = compare_rasters(scene, after, tmp_path / "change.gpkg")
    rows = _changes(tmp_path / "change.gpkg")
    assert rows and len(rows) == result.compared
    assert not result.alerts and not any(row["alert"] or row["held_back"] for row in rows)
    assert max(abs(row[f"d_score_{g}"]) for row in rows for g in FLAG_GROUPS) < 1e-5


@pytest.mark.parametrize("rendering, said", [("product", True), ("recompressed", False)])
def test_an_8_bit_product_against_a_16_bit_one_is_said(rendering, said, tmp_path):
    """Another product scores the same ground otherwise, tile by tile (bench/monitor_same_ground.py): the run says that
    one date is an 8-bit visual and the other a 16-bit product, and to compare one product on both dates."""
    after = render(rendering, CAPE_TOWN_SR, tmp_path / f"{rendering}.tif")
    result = compare_rasters(CAPE_TOWN_SR, after, tmp_path / "change.gpkg")
    told = [m for m in result.messages if "two products score the same ground differently" in m]
    assert len(told) == said
    if said:
        assert "is a 16-bit product and AFTER (product.tif) an 8-bit one" in told[0]
