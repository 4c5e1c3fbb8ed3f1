"""Areas of interest a user may really hand over: undefined CRSs, curved polygons, absurd or world-sized boxes."""
from __future__ import annotations

import pytest
from osgeo import ogr, osr

from ..conftest import BORNEO
from .conftest import assert_refused, cli

UNDEFINED_GEOGRAPHIC = ('GEOGCS["Undefined geographic SRS",DATUM["unknown",SPHEROID["unknown",6378137,298.257223563]],'
                        'PRIMEM["Greenwich",0],UNIT["degree",0.0174532925199433]]')


def cells(path):
    ds = ogr.Open(str(path))
    return sorted((f.GetField("row"), f.GetField("col")) for f in ds.GetLayerByName("tiles"))


def _aoi_file(path, wkt_geometry, srs_text):
    srs = osr.SpatialReference()
    srs.SetFromUserInput(srs_text)
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    layer = ds.CreateLayer("aoi", srs, ogr.wkbUnknown)
    feature = ogr.Feature(layer.GetLayerDefn())
    feature.SetGeometry(ogr.CreateGeometryFromWkt(wkt_geometry))
    layer.CreateFeature(feature)
    ds = layer = feature = None
    return path


def _borneo_point(col, row):
    import rasterio

    with rasterio.open(BORNEO) as src:
        return src.transform * (col, row)


def test_aoi_with_an_undefined_geographic_crs_is_refused(capsys, untrained_bundle, tmp_path):
    aoi = _aoi_file(tmp_path / "aoi.gpkg", "POLYGON((111 -1,112 -1,112 0,111 0,111 -1))", UNDEFINED_GEOGRAPHIC)
    assert_refused(cli(capsys, BORNEO, "-o", tmp_path / "o.gpkg", "--bundle", untrained_bundle.path, "--aoi", aoi),
                   "has an undefined CRS")
    assert not (tmp_path / "o.gpkg").exists()


def test_curve_polygon_aoi_selects_the_tile_it_covers(capsys, untrained_bundle, tmp_path):
    x, y = _borneo_point(400, 400)       # in the tile (2, 2) of the CRS-anchored grid (the corner is 136 x 161 px off it)
    circle = f"CURVEPOLYGON(CIRCULARSTRING({x - 30} {y},{x} {y + 30},{x + 30} {y},{x} {y - 30},{x - 30} {y}))"
    aoi = _aoi_file(tmp_path / "aoi.gpkg", circle, "EPSG:32649")
    out = tmp_path / "o.gpkg"
    proc = cli(capsys, BORNEO, "-o", out, "--bundle", untrained_bundle.path, "--aoi", aoi)
    assert proc.returncode == 0, proc.stderr
    assert cells(out) == [(2, 2)]


def test_polygons_inside_a_geometry_collection_are_the_area(capsys, untrained_bundle, tmp_path):
    """A feature saved as a GEOMETRYCOLLECTION of a polygon and a line (some tools save a set of shapes so) was
    refused as 'holds no polygons': its polygon is the area, the line is not."""
    x, y = _borneo_point(400, 400)       # in the tile (2, 2), as above
    square = f"POLYGON(({x - 30} {y - 30},{x + 30} {y - 30},{x + 30} {y + 30},{x - 30} {y + 30},{x - 30} {y - 30}))"
    line = f"LINESTRING({x - 900} {y - 900},{x + 900} {y + 900})"
    aoi = _aoi_file(tmp_path / "aoi.gpkg", f"GEOMETRYCOLLECTION({square},{line})", "EPSG:32649")
    out = tmp_path / "o.gpkg"
    proc = cli(capsys, BORNEO, "-o", out, "--bundle", untrained_bundle.path, "--aoi", aoi)
    assert proc.returncode == 0, proc.stderr
    assert cells(out) == [(2, 2)]


@pytest.mark.parametrize("bbox", ["-inf,0,1,1", "0,0,inf,1", "-1e308,-1e308,1e308,1e308", "0,0,1e300,1",
                                  "nan,0,1,1"])
def test_bbox_with_infinite_or_absurd_coordinates(capsys, untrained_bundle, tmp_path, bbox):
    assert_refused(cli(capsys, BORNEO, "-o", tmp_path / "o.gpkg", "--bundle", untrained_bundle.path, f"--aoi={bbox}"),
                   "not a finite number")
    assert not (tmp_path / "o.gpkg").exists()


def test_world_sized_bbox_around_the_raster_selects_every_tile(capsys, untrained_bundle, tmp_path):
    """-180,-89,180,89 holds the whole raster; reprojected corner by corner into UTM it used to miss it."""
    out, everything = tmp_path / "o.gpkg", tmp_path / "all.gpkg"
    proc = cli(capsys, BORNEO, "-o", out, "--bundle", untrained_bundle.path, "--aoi=-180,-89,180,89")
    assert proc.returncode == 0, proc.stderr
    assert cli(capsys, BORNEO, "-o", everything, "--bundle", untrained_bundle.path).returncode == 0
    assert cells(out) == cells(everything) and len(cells(out)) >= 2


@pytest.mark.parametrize("text", ["1,2,3", "1,2,3,4,5,6", "-60.1,-3.2,x,-3"])
def test_a_malformed_bbox_is_named_as_one_not_as_a_missing_file(capsys, untrained_bundle, tmp_path, text):
    """`--aoi 1,2,3` said "area of interest 1,2,3 does not exist", as if a file were meant: the fix (four numbers
    and an optional CRS) went unsaid."""
    error = assert_refused(cli(capsys, BORNEO, "-o", tmp_path / "o.gpkg", "--bundle", untrained_bundle.path,
                               f"--aoi={text}"), "minx,miny,maxx,maxy[,CRS]")
    assert "nor a file" in error
    assert not (tmp_path / "o.gpkg").exists()
