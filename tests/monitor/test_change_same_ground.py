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



@pytest.mark.parametrize("stride", [None, 64])
def test_alerts_on_a_scene_too_small_to_measure_its_renderings_say_so(stride, tmp_path):
    """Under 10 tiles scoring under 0.5 on both dates (the sample RapidEye scene's 9 tiles), the rule has no lift nor
    scatter of the scene to measure a rise against: another product alone made alerts on scenes of 4 to 9 tiles. An
    alert there says so; the same alert among the many tiles of the scene cut at a 64 px stride does not."""
    import shutil

    from planet_qgis_plugin.core.layer.tiletable import read_tiles
    from planet_qgis_plugin.core.monitor.change import compare
    from planet_qgis_plugin.core.pipeline.classify import classify
    from planet_qgis_plugin.core.pipeline.options import ClassifyOptions
    from tests.conftest import edit_tiles

    before, after = tmp_path / "before.gpkg", tmp_path / "after.gpkg"
    classify(RAPIDEYE, before, options=ClassifyOptions(stride=stride) if stride else None)
    tiles = read_tiles(before, with_embeddings=False)
    k = 0
    shutil.copyfile(before, after)
    edit_tiles(after, {(int(tiles.rows[k]), int(tiles.cols[k])): {
        "flag_mining": 1, "flagged": 1, "score_mining": float(tiles.scores["mining"][k]) + 0.6}})
    result = compare(before, after, tmp_path / "change.gpkg")
    assert len(result.alerts) == 1
    told = [m for m in result.messages if "gives no measure of how far two renderings" in m]
    assert len(told) == (stride is None) and all(m.startswith("1 alert on mining: fewer than 10 tiles") for m in told)
