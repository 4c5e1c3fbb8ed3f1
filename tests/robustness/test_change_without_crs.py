"""change between tile layers without a CRS (issue #23, W2). Their coordinates are pixels, so two such layers
are matched only when both are runs on the very same raster (the content classify records as
PLANET_SOURCE); anything else is refused with the reason. Before, two unrelated strips were matched tile by
tile and raised a 'high' mining alert at "lon=640, lat=-127", exit 0."""
from __future__ import annotations

import shutil

import numpy as np
import pytest

from ..conftest import edit_tiles
from .conftest import assert_refused


def _photo(path, seed: int):
    from PIL import Image

    Image.fromarray(np.random.default_rng(seed).integers(0, 255, (300, 280, 3), dtype=np.uint8)).save(path)
    return path


@pytest.fixture(scope="module")
def layers(tmp_path_factory, untrained_bundle):
    """Tile layers of: 'a' (a photo), 'a again' (the same file once more), 'a copy' (its bytes under another
    name), 'b' (another photo), 'a replaced' (a.png written over with b's bytes, then classified), 'geo' (a
    GeoTIFF with a CRS) and 'unrecorded' ('a' without the record of older runs)."""
    import rasterio
    from osgeo import ogr
    from rasterio.transform import from_origin

    from planet_qgis_plugin.core.pipeline.classify import classify

    folder = tmp_path_factory.mktemp("nocrs")
    a, b = _photo(folder / "a.png", 0), _photo(folder / "b.png", 1)
    shutil.copyfile(a, folder / "a_copy.png")
    geo = folder / "geo.tif"
    with rasterio.open(geo, "w", driver="GTiff", width=280, height=300, count=3, dtype="uint8", crs="EPSG:32649",
                       transform=from_origin(700000, 100000, 3, 3)) as dst:
        dst.write(np.random.default_rng(2).integers(0, 255, (3, 300, 280), dtype=np.uint8))
    out = {}
    for name, scene in (("a", a), ("a again", a), ("a copy", folder / "a_copy.png"), ("b", b), ("geo", geo)):
        out[name] = classify(scene, folder / f"{name.replace(' ', '_')}.gpkg", untrained_bundle).output
    shutil.copyfile(out["a"], folder / "unrecorded.gpkg")
    ds = ogr.Open(str(folder / "unrecorded.gpkg"), 1)
    layer = ds.GetLayerByName("tiles")
    layer.SetMetadata({k: v for k, v in layer.GetMetadata().items() if k != "PLANET_SOURCE"})
    ds = None
    out["unrecorded"] = folder / "unrecorded.gpkg"
    shutil.copyfile(b, a)  # a.png replaced by other pixels under the same name and path
    out["a replaced"] = classify(a, folder / "a_replaced.gpkg", untrained_bundle).output
    shutil.copyfile(folder / "a_copy.png", a)
    return out


REFUSED = [
    ("a", "b", "were classified from different rasters (a.png and b.png)"),
    ("a", "a replaced", "were classified from different rasters (a.png and a.png)"),
    ("a", "geo", "BEFORE (a.gpkg) has no CRS and the other has one"),
    ("geo", "a", "AFTER (a.gpkg) has no CRS and the other has one"),
    ("a", "unrecorded", "do not record which raster they were classified from"),
]


@pytest.mark.parametrize("before, after, message", REFUSED, ids=[f"{b}-vs-{a}" for b, a, _ in REFUSED])
def test_layers_without_crs_from_different_rasters_are_refused_with_the_reason(before, after, message, layers,
                                                                               tmp_path, capsys):
    from planet_qgis_plugin.cli.change import main

    out = tmp_path / "out"
    out.mkdir()
    code = main([str(layers[before]), str(layers[after]), "-o", str(out / "change.gpkg"), "--report",
                 str(out / "alerts.html"), "--before-date", "2020-01-01", "--after-date", "2021-01-01"])
    captured = capsys.readouterr()
    import subprocess

    assert_refused(subprocess.CompletedProcess([], code, captured.out, captured.err), message, {}, out)


@pytest.mark.parametrize("after", ["a again", "a copy"])
def test_two_runs_on_one_raster_without_crs_are_compared_without_inventing_a_place(after, layers, tmp_path, capsys):
    from osgeo import ogr

    from planet_qgis_plugin.cli.change import main

    before_gpkg, after_gpkg = tmp_path / "before.gpkg", tmp_path / "after.gpkg"
    shutil.copyfile(layers["a"], before_gpkg)
    shutil.copyfile(layers[after], after_gpkg)
    tiles = [(r, c) for r in range(2) for c in range(2)]
    edit_tiles(before_gpkg, {t: {"flagged": 0, "flag_mining": 0, "score_mining": 0.0} for t in tiles})
    edit_tiles(after_gpkg, {t: {"flagged": 1, "flag_mining": 1, "score_mining": 0.99} for t in tiles})
    # mining newly raised everywhere: alerts, whatever the untrained model said
    out = tmp_path / "change.gpkg"
    assert main([str(before_gpkg), str(after_gpkg), "-o", str(out), "--report", str(tmp_path / "alerts.html"),
                 "--before-date", "2020-01-01", "--after-date", "2021-01-01"]) == 0, capsys.readouterr().err
    # one raster on both sides (its content checked): no misregistration to measure, so none is said to be unmeasured
    # ("too little common texture" was said of every such pair, whatever its texture)
    assert "co-registration" not in capsys.readouterr().err
    ds = ogr.Open(str(out))
    layer = ds.GetLayerByName("changes")
    rows = [(f.GetField("row"), f.GetField("col"), f.GetField("alert"), f.IsFieldNull("lon"), f.IsFieldNull("lat"))
            for f in layer]
    ds = None
    assert sorted(r[:2] for r in rows) == [(0, 0), (0, 1), (1, 0), (1, 1)]  # each tile against itself
    assert all(alert for *_, alert, _, _ in rows)
    assert all(lon_null and lat_null for *_, lon_null, lat_null in rows)  # no pixels posing as degrees
    assert "row, col (no CRS)" in (tmp_path / "alerts.html").read_text()
    from planet_qgis_plugin.core.errors import OutputError
    from planet_qgis_plugin.core.monitor.alerts import read_alerts
    from planet_qgis_plugin.core.monitor.handoff import export_alerts

    # read back for the Alerts panel: no place, not 0, 0 (GetFieldAsDouble reads NULL as 0)
    assert not any(row.located for row in read_alerts(out).rows)
    with pytest.raises(OutputError, match="no place on Earth to export"):  # the panel's export: lon/lat would be made up
        export_alerts(out, tmp_path / "handoff")
    assert not (tmp_path / "handoff").exists()
    from planet_qgis_plugin.core.monitor.alerts import read_alerts

    alerts = read_alerts(out)  # read back as the tiles are (tiletable.defined_srs): no CRS, not GDAL's 'undefined'
    assert len(alerts.rows) == 4 and alerts.crs_wkt is None


def test_export_of_alerts_without_a_place_is_refused_before_anything_is_written(layers, tmp_path, capsys):
    import subprocess

    from planet_qgis_plugin.cli.change import main

    out = tmp_path / "out"
    out.mkdir()
    code = main([str(layers["a"]), str(layers["a again"]), "-o", str(out / "change.gpkg"), "--export",
                 str(out / "handoff"), "--before-date", "2020-01-01", "--after-date", "2021-01-01"])
    captured = capsys.readouterr()
    assert_refused(subprocess.CompletedProcess([], code, captured.out, captured.err),
                   "their alerts have no place on Earth to export", {}, out)
