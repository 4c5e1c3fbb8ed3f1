"""Odd and broken rasters through the CLI: damaged files, images without georeference, band counts and
data types, nodata, NaN, geographic and rotated rasters, invalid strides."""
from __future__ import annotations

import numpy as np
import pytest
import rasterio
from affine import Affine
from osgeo import ogr

from planet_qgis_plugin.cli.classify import main
from planet_qgis_plugin.core.labels import LABELS

from .conftest import assert_refused, run_cli, snapshot


def tiles(path):
    """[(row, col, probabilities, ring)] of the output layer."""
    ds = ogr.Open(str(path))
    layer = ds.GetLayerByName("tiles")
    out = []
    for f in layer:
        ring = f.GetGeometryRef().GetGeometryRef(0)
        out.append((f.GetField("row"), f.GetField("col"), [f.GetField(f"p_{l}") for l in LABELS],
                    [ring.GetPoint_2D(i) for i in range(ring.GetPointCount())]))
    return out


def cli(capsys, *args):
    """The CLI in this process (faster than a subprocess for the success paths): (code, stdout, stderr)."""
    code = main([*map(str, args), "-q"])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


# -- damaged files ---------------------------------------------------------------------------------
@pytest.mark.parametrize("layout, keep, message", [
    ("strips", 0.5, "is damaged or truncated"),        # header fine, pixel data cut off
    ("tiled-deflate", 0.5, "is damaged or truncated"),  # compressed tiles cut off
    ("strips", 0.95, "is damaged or truncated"),       # only the last strips missing
    ("strips", 0.001, "is not a readable raster"),      # not even a complete header
])
def test_truncated_geotiff_is_refused_without_output(untrained_bundle, make_raster, tmp_path, layout, keep, message,
                                                     outdir):
    options = {"tiled": True, "compress": "deflate"} if layout == "tiled-deflate" else {}
    full = tmp_path / "full.tif"
    with rasterio.open(full, "w", driver="GTiff", width=600, height=600, count=4, dtype="uint16",
                       crs="EPSG:32649", transform=Affine(3, 0, 7e5, 0, -3, 1e5), **options) as dst:
        dst.write(np.random.default_rng(0).integers(1, 4000, (4, 600, 600)).astype("uint16"))
    data = full.read_bytes()
    scene = tmp_path / "cut.tif"
    scene.write_bytes(data[:max(8, int(len(data) * keep))])
    before = snapshot(outdir)  # outdir holds previous.gpkg, an earlier result
    line = assert_refused(run_cli(scene, "-o", outdir / "previous.gpkg", "--bundle", untrained_bundle.path,
                                  "--overwrite"),
                          message, before, outdir)
    assert "cut.tif" in line and ("re-download" in line or "not a readable raster" in line)


# -- images without georeference -----------------------------------------------------------------------
@pytest.mark.parametrize("suffix", ["png", "jpg"])
def test_image_without_georeference_is_allowed_with_a_warning(untrained_bundle, tmp_path, suffix):
    from PIL import Image

    image = tmp_path / f"photo.{suffix}"
    Image.fromarray(np.random.default_rng(0).integers(0, 255, (300, 280, 3), dtype=np.uint8)).save(image)
    out = tmp_path / "o.gpkg"
    proc = run_cli(image, "-o", out, "--bundle", untrained_bundle.path)
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr.strip() == (f"warning: photo.{suffix} has no CRS: tiles are written in pixel coordinates "
                                   "(row down is negative y) and will not line up with other layers")
    assert "Traceback" not in proc.stderr and "NotGeoreferencedWarning" not in proc.stderr
    rings = {(r, c): ring for r, c, _, ring in tiles(out)}
    assert len(rings) == 4
    # pixel (col, row) -> (x, y) = (col, -row): where QGIS draws an un-georeferenced image
    assert rings[(1, 1)][:4] == [(256, -256), (280, -256), (280, -300), (256, -300)]
    ds = ogr.Open(str(out))  # keep the data source alive while its layer is used (GDAL would crash)
    srs = ds.GetLayerByName("tiles").GetSpatialRef()
    assert srs is None or srs.GetAuthorityCode(None) is None  # GeoPackage's "undefined Cartesian SRS"



@pytest.mark.filterwarnings("ignore::rasterio.errors.NotGeoreferencedWarning")  # writing the GCP-only test file
@pytest.mark.parametrize("kind", ["transform", "gcps"])
def test_a_raster_without_crs_is_told_where_its_tiles_are_written(untrained_bundle, tmp_path, kind):
    """A geotransform without a CRS: map coordinates (assign the CRS); ground control points only: pixel
    coordinates (warp it first). Both were told "pixel coordinates (row down is negative y)"."""
    from rasterio.control import GroundControlPoint
    scene = tmp_path / f"{kind}.tif"
    profile = dict(driver="GTiff", width=300, height=280, count=3, dtype="uint8")
    if kind == "transform":
        profile["transform"] = Affine(3.0, 0, 500000.0, 0, -3.0, 7000000.0)
    with rasterio.open(scene, "w", **profile) as ds:
        ds.write(np.random.default_rng(1).integers(0, 255, (3, 280, 300), dtype=np.uint8))
        if kind == "gcps":
            corners = [(0, 0, 20.0, -3.0), (0, 300, 20.1, -3.0), (280, 0, 20.0, -3.1)]
            ds.gcps = ([GroundControlPoint(r, c, x, y) for r, c, x, y in corners], rasterio.crs.CRS.from_epsg(4326))
    out = tmp_path / "o.gpkg"
    proc = run_cli(scene, "-o", out, "--bundle", untrained_bundle.path)
    assert proc.returncode == 0, proc.stderr
    expected = {"transform": "has no CRS: tiles are written in its map coordinates without a CRS",
                "gcps": "is georeferenced by ground control points only: tiles are written in pixel coordinates"}
    assert proc.stderr.strip().startswith(f"warning: {scene.name} {expected[kind]}"), proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1


@pytest.mark.filterwarnings("ignore::rasterio.errors.NotGeoreferencedWarning")  # writing the test file
def test_a_crs_without_any_georeference_is_refused(untrained_bundle, tmp_path, outdir):
    """A CRS written into a file that has no geotransform, ground control points or RPCs (gdal_edit.py -a_srs on a
    plain image; an .aux.xml naming one does the same, not tried here: the suite turns GDAL's PAM off): its tiles
    were written at y = +row in that CRS, mirrored off the image QGIS draws at y = -row, with no word, and batch
    took its pixels for metres. Refused before any work."""
    scene = tmp_path / "plain.tif"
    with rasterio.open(scene, "w", driver="GTiff", width=300, height=280, count=3, dtype="uint8",
                       crs="EPSG:32649") as ds:
        ds.write(np.random.default_rng(2).integers(0, 255, (3, 280, 300), dtype=np.uint8))
    with rasterio.open(scene) as ds:  # the case: a CRS, nothing placing the pixels in it
        assert ds.crs is not None and ds.transform == Affine.identity() and not ds.gcps[0]
    before = snapshot(outdir)
    line = assert_refused(run_cli(scene, "-o", outdir / "previous.gpkg", "--bundle", untrained_bundle.path,
                                  "--overwrite"), "has a CRS (EPSG:32649) but no georeference", before, outdir)
    assert scene.name in line and "Georeferencer" in line


@pytest.mark.filterwarnings("ignore::rasterio.errors.NotGeoreferencedWarning")  # writing the test file
@pytest.mark.parametrize("bands", [None, "red=1,green=1,blue=1"])
def test_a_paletted_raster_is_told_to_expand_its_palette(untrained_bundle, tmp_path, outdir, bands):
    """Colour-table indexes are not colours: even with a mapping the user gives (which classified the
    indexes as grey, after the error had suggested it), one line with the gdal_translate fix."""
    scene = tmp_path / "paletted.tif"
    with rasterio.open(scene, "w", driver="GTiff", width=300, height=280, count=1, dtype="uint8") as ds:
        ds.write(np.random.default_rng(2).integers(0, 4, (1, 280, 300), dtype=np.uint8))
        ds.write_colormap(1, {0: (20, 60, 20, 255), 1: (200, 180, 120, 255), 2: (30, 30, 120, 255), 3: (250, 250, 250, 255)})
    before = snapshot(outdir)
    more = ["--bands", bands] if bands else []
    assert_refused(run_cli(scene, "-o", outdir / "previous.gpkg", "--bundle", untrained_bundle.path, "--overwrite",
                           *more), "gdal_translate -expand rgb", before, outdir)

def test_image_without_georeference_lines_up_in_qgis(untrained_bundle, tmp_path, qgis_app):
    from PIL import Image
    from qgis.core import QgsRasterLayer, QgsVectorLayer

    image = tmp_path / "photo.png"
    Image.fromarray(np.zeros((300, 280, 3), dtype=np.uint8) + 90).save(image)
    out = tmp_path / "o.gpkg"
    assert main([str(image), "-o", str(out), "--bundle", str(untrained_bundle.path), "-q"]) == 0
    raster = QgsRasterLayer(str(image), "photo")
    layer = QgsVectorLayer(f"{out}|layername=tiles", "tiles", "ogr")
    assert raster.isValid() and layer.isValid()
    assert layer.extent() == raster.extent()


def test_aoi_on_a_raster_without_crs_is_refused(untrained_bundle, tmp_path):
    from PIL import Image

    image = tmp_path / "photo.png"
    Image.fromarray(np.zeros((300, 300, 3), dtype=np.uint8) + 90).save(image)
    before = snapshot(tmp_path)
    assert before  # the folder checked below is the one the output would go to, and it is not empty
    assert_refused(run_cli(image, "-o", tmp_path / "o.gpkg", "--bundle", untrained_bundle.path, "--aoi", "0,0,10,10"),
                   "the raster has no CRS, so an area of interest cannot be placed on it", before, tmp_path)


# -- band counts and data types ------------------------------------------------------------------
BAND_CASES = [(c, dt) for c in (1, 2, 3, 5, 8) for dt in ("uint8", "uint16", "int16", "float32")]
#: (bands, 8-bit) without a known Planet layout: refused with a --bands suggestion.
UNMAPPABLE = {(1, True), (1, False), (2, True), (2, False), (8, True)}


@pytest.mark.parametrize("count, dtype", BAND_CASES, ids=[f"{c}band-{d}" for c, d in BAND_CASES])
def test_band_counts_and_data_types(untrained_bundle, make_raster, tmp_path, capsys, count, dtype):
    data = np.random.default_rng(count).integers(-300 if dtype == "int16" else 1, 250 if dtype == "uint8" else 4000,
                                                 (count, 260, 270)).astype(dtype)
    scene = make_raster(270, 260, count=count, dtype=dtype, data=data)
    out = tmp_path / "o.gpkg"
    code, stdout, stderr = cli(capsys, scene, "-o", out, "--bundle", untrained_bundle.path)
    if (count, dtype == "uint8") in UNMAPPABLE:
        assert code == 1 and not out.exists()
        assert stderr.startswith(f"error: cannot tell which of the raster's {count} band(s) are red, green, blue")
        assert "--bands red=1,green=2,blue=3" in stderr and len(stderr.strip().splitlines()) == 1
        return
    assert code == 0, stderr
    assert stderr == "" and "4 tiles classified" in stdout
    probs = np.array([p for _, _, p, _ in tiles(out)], dtype=float)
    assert probs.shape == (4, 17) and np.isfinite(probs).all() and ((0 <= probs) & (probs <= 1)).all()



def _classifies_to_probabilities(scene, bundle, tmp_path, capsys):
    """classify the 270 x 260 px ``scene`` quietly into 4 tiles of finite probabilities in 0..1."""
    out = tmp_path / "o.gpkg"
    code, stdout, stderr = cli(capsys, scene, "-o", out, "--bundle", bundle.path)
    assert code == 0 and stderr == "" and "4 tiles classified" in stdout, stderr
    probs = np.array([p for _, _, p, _ in tiles(out)], dtype=float)
    assert probs.shape == (4, 17) and np.isfinite(probs).all() and ((0 <= probs) & (probs <= 1)).all()


@pytest.mark.parametrize("scale", [1e300, 1e-300], ids=["huge", "tiny"])
def test_float64_values_beyond_float32_are_classified(untrained_bundle, make_raster, tmp_path, capsys, scale):
    """1e300 became inf in float32, its stretch inf - inf: NaN probabilities, then 'NOT NULL constraint failed'
    after numpy's overflow warnings. Stretched in float64 now: numbers, no warning."""
    data = np.random.default_rng(3).random((3, 260, 270)) * scale
    scene = make_raster(270, 260, count=3, dtype="float64", data=data)
    _classifies_to_probabilities(scene, untrained_bundle, tmp_path, capsys)

def test_float32_values_across_its_whole_range_are_classified(untrained_bundle, make_raster, tmp_path, capsys):
    """float32 pixels of +-3.4e38 (finite, float32's largest): the stretch's span hi - lo overflowed float32 to inf,
    inf / inf made NaN probabilities and the run ended 'NOT NULL constraint failed: tiles.p_clear' after numpy's
    'invalid value encountered in divide' and its source line. Stretched in float64 now, as float64 rasters are."""
    top = np.finfo(np.float32).max
    data = np.random.default_rng(4).choice(np.array([top, -top, 0, 1], np.float32), size=(3, 260, 270))
    scene = make_raster(270, 260, count=3, dtype="float32", data=data)
    _classifies_to_probabilities(scene, untrained_bundle, tmp_path, capsys)


def test_single_band_with_an_explicit_mapping_is_classified(untrained_bundle, make_raster, tmp_path, capsys):
    scene = make_raster(260, 260, count=1, dtype="uint16")
    code, stdout, stderr = cli(capsys, scene, "-o", tmp_path / "o.gpkg", "--bundle", untrained_bundle.path,
                               "--bands", "1,1,1")
    assert code == 0 and "4 tiles classified" in stdout, stderr


def test_float_raster_with_nan_and_no_nodata_value(untrained_bundle, make_raster, tmp_path, capsys):
    data = np.random.default_rng(0).random((3, 300, 300)).astype("float32")
    data[:, :256, :256] = np.nan      # the whole first chip
    data[:, 280:, :] = np.inf         # and a strip of the others
    scene = make_raster(300, 300, count=3, dtype="float32", data=data)
    out = tmp_path / "o.gpkg"
    code, stdout, stderr = cli(capsys, scene, "-o", out, "--bundle", untrained_bundle.path)
    assert code == 0, stderr
    assert "3 tiles classified, 1 skipped (no data)" in stdout
    probs = np.array([p for _, _, p, _ in tiles(out)], dtype=float)
    assert np.isfinite(probs).all()


def test_float_raster_with_nan_has_a_quiet_preview(untrained_bundle, make_raster, tmp_path, capsys, recwarn):
    """The preview of NaN and infinite pixels without a nodata value: nodata, as the tiles take them (black), and
    nothing said. NaN reached the 8-bit cast: numpy's `RuntimeWarning: invalid value encountered in cast` and its
    source line on the terminal, and whatever colour the cast gave."""
    from PIL import Image

    data = np.random.default_rng(0).random((3, 300, 300)).astype("float32")
    data[:, :, :100] = np.nan
    data[:, 280:, :] = np.inf
    scene = make_raster(300, 300, count=3, dtype="float32", data=data)
    out, look = tmp_path / "o.gpkg", tmp_path / "look.png"
    code, stdout, stderr = cli(capsys, scene, "-o", out, "--bundle", untrained_bundle.path, "--preview", look)
    assert code == 0, stderr
    assert not [w for w in recwarn if issubclass(w.category, RuntimeWarning)], [str(w.message) for w in recwarn]
    image = np.asarray(Image.open(look)).astype(int)
    flat = image[150:250, 20:80].reshape(-1, 3)  # NaN, away from the outlines and the legend: one colour
    assert (flat == flat[0]).all() and (image[150:250, 150:250] != image[150, 150]).any()


@pytest.mark.parametrize("dtype, count", [("uint16", 4), ("uint8", 3), ("float32", 3)])
def test_all_nodata_raster_is_refused_without_output(untrained_bundle, make_raster, tmp_path, dtype, count, outdir):
    scene = make_raster(300, 300, count=count, dtype=dtype, data=np.zeros((count, 300, 300), dtype), nodata=0)
    before = snapshot(outdir)  # outdir holds previous.gpkg, an earlier result
    line = assert_refused(run_cli(scene, "-o", outdir / "previous.gpkg", "--bundle", untrained_bundle.path,
                                  "--overwrite"),
                          "nodata", before, outdir)
    assert "no valid pixels" in line or "nothing to classify" in line


@pytest.mark.parametrize("width, height", [(166, 142), (1, 1)], ids=["rapideye-clip", "one-pixel"])
def test_raster_smaller_than_a_chip_is_one_padded_tile(untrained_bundle, tmp_path, capsys, width, height):
    """A real RapidEye clip smaller than a chip on both sides (it used to be refused while a 300x1 px raster
    was padded and classified): one tile, its coverage, and a line that says so."""
    from rasterio.windows import Window

    from ..conftest import RAPIDEYE

    scene = tmp_path / "clip.tif"
    with rasterio.open(RAPIDEYE) as src:
        window = Window(230, 200, width, height)   # inside one cell of the CRS-anchored grid
        profile = dict(src.profile, width=width, height=height, transform=src.window_transform(window))
        profile.pop("blockxsize", None), profile.pop("blockysize", None), profile.pop("tiled", None)
        with rasterio.open(scene, "w", **profile) as dst:
            dst.write(src.read(window=window))
    out = tmp_path / "o.gpkg"
    code, stdout, stderr = cli(capsys, scene, "-o", out, "--bundle", untrained_bundle.path)
    assert code == 0, stderr
    assert stderr.strip() == (f"warning: raster is {width}x{height} px, smaller than one 256x256 chip: classified as "
                              f"one tile padded with nodata (coverage {width * height / 256 ** 2:.2f})")
    ds = ogr.Open(str(out))
    [feature] = list(ds.GetLayerByName("tiles"))
    assert feature.GetField("coverage") == pytest.approx(width * height / 256 ** 2)
    assert np.isfinite([feature.GetField(f"p_{l}") for l in LABELS]).all()


# -- geographic and rotated rasters -----------------------------------------------------------------
def test_geographic_crs(untrained_bundle, make_raster, tmp_path, capsys):
    transform = Affine(1e-4, 0, -60.0, 0, -1e-4, -3.0)
    scene = make_raster(300, 280, crs="EPSG:4326", transform=transform)
    out = tmp_path / "o.gpkg"
    code, stdout, stderr = cli(capsys, scene, "-o", out, "--bundle", untrained_bundle.path)
    assert code == 0 and stderr == "", stderr
    ds = ogr.Open(str(out))
    layer = ds.GetLayerByName("tiles")
    assert layer.GetSpatialRef().GetAuthorityCode(None) == "4326"
    minx, maxx, miny, maxy = layer.GetExtent()
    assert (minx, maxx) == pytest.approx((-60.0, -60.0 + 300e-4)) and (miny, maxy) == pytest.approx((-3.0 - 280e-4, -3.0))


def test_geographic_crs_with_a_negative_bbox_aoi(untrained_bundle, make_raster, tmp_path, capsys):
    scene = make_raster(512, 512, crs="EPSG:4326", transform=Affine(1e-4, 0, -60.0, 0, -1e-4, -3.0))
    out = tmp_path / "o.gpkg"
    # a box inside the lower-right chip only (cols/rows 300..400); negative numbers right after --aoi
    code, stdout, stderr = cli(capsys, scene, "-o", out, "--bundle", untrained_bundle.path,
                               "--aoi", "-59.97,-3.04,-59.96,-3.03")
    assert code == 0, stderr
    assert [(r, c) for r, c, _, _ in tiles(out)] == [(1, 1)]


@pytest.mark.parametrize("transform", [Affine(3, 1, 7e5, 1, -3, 1e5), Affine(3, 0.5, 7e5, 0, -3, 1e5)],
                         ids=["rotated", "sheared"])
def test_rotated_and_sheared_geotransform(untrained_bundle, make_raster, tmp_path, capsys, transform):
    scene = make_raster(300, 300, transform=transform)
    out = tmp_path / "o.gpkg"
    code, stdout, stderr = cli(capsys, scene, "-o", out, "--bundle", untrained_bundle.path)
    assert code == 0, stderr
    for row, col, _, ring in tiles(out):
        c0, r0 = col * 256, row * 256
        c1, r1 = min(c0 + 256, 300), min(r0 + 256, 300)
        expected = [transform * p for p in ((c0, r0), (c1, r0), (c1, r1), (c0, r1), (c0, r0))]
        assert np.allclose(ring, expected)
    # an AOI around one pixel of the lower-right chip selects exactly that chip
    x, y = transform * (280.5, 280.5)
    out2 = tmp_path / "aoi.gpkg"
    code, _, stderr = cli(capsys, scene, "-o", out2, "--bundle", untrained_bundle.path,
                          "--aoi", f"{x - 0.5},{y - 0.5},{x + 0.5},{y + 0.5},EPSG:32649")
    assert code == 0, stderr
    assert [(r, c) for r, c, _, _ in tiles(out2)] == [(1, 1)]


@pytest.mark.parametrize("geotransform, message", [
    ("nan, 3, 0, 100608, 0, -3", "nan"),
    ("699648, inf, 0, 100608, 0, -3", "inf"),
    ("1e308, 1e308, 0, 1e308, 0, -1e308", "beyond"),
    ("699648, 0, 0, 100608, 0, 0", "no area"),
    ("699648, 3, 3, 100608, 3, 3", "no area"),
], ids=["nan-origin", "infinite-pixel", "corners-beyond-float", "zero-pixel-size", "singular"])
def test_a_geotransform_that_places_pixels_nowhere_is_refused(untrained_bundle, outdir, make_raster, tmp_path,
                                                              geotransform, message):
    """A georeference edited by hand (a VRT's GeoTransform, an .aux.xml): NaN was a 'cannot convert float NaN to
    integer' traceback; inf, or corners past float's range, wrote tiles at infinity (exit 0) after GDAL's 'Exception
    ignored ... no such column: Inf'; a zero or singular pixel size wrote every tile on one point or line."""
    make_raster(300, 300, name="src.tif")
    bands = "".join(f'<VRTRasterBand dataType="UInt16" band="{b}"><SimpleSource><SourceFilename relativeToVRT="1">'
                    f"src.tif</SourceFilename><SourceBand>{b}</SourceBand></SimpleSource></VRTRasterBand>"
                    for b in (1, 2, 3, 4))
    (tmp_path / "gt.vrt").write_text(f'<VRTDataset rasterXSize="300" rasterYSize="300"><SRS>EPSG:32649</SRS>'
                                     f"<GeoTransform>{geotransform}</GeoTransform>{bands}</VRTDataset>")
    before = snapshot(outdir)
    line = assert_refused(run_cli(tmp_path / "gt.vrt", "-o", outdir / "previous.gpkg", "--bundle",
                                  untrained_bundle.path, "--overwrite"), "geotransform", before, outdir)
    assert message in line and "gdal_edit" in line, line


@pytest.mark.parametrize("stride, message", [("0", "stride 0 px is not allowed"), ("-5", "stride -5 px is not allowed"),
                                             ("300", "stride 300 px is not allowed")])
def test_invalid_stride_is_refused(untrained_bundle, make_raster, tmp_path, stride, message):
    scene = make_raster(300, 300)
    assert_refused(run_cli(scene, "-o", tmp_path / "o.gpkg", "--bundle", untrained_bundle.path, f"--stride={stride}"),
                   message)
    assert not (tmp_path / "o.gpkg").exists()


# -- degenerate statistics ----------------------------------------------------------------------------
@pytest.mark.parametrize("value", [65535, 4095])
def test_nearly_constant_uint16_band_gives_numbers_not_null(untrained_bundle, make_raster, tmp_path, capsys, value):
    """A saturated band: its 2nd and 98th percentiles meet, and the stretch used to divide 0/0 (NaN in every
    chip, NULL in every p_ field, exit 0)."""
    data = np.random.default_rng(0).integers(1, 4000, (4, 300, 300)).astype("uint16")
    data[2] = value                 # red (band 3 of B,G,R,NIR) saturated...
    data[2, :3, :3] = value - 100   # ...but for a few pixels
    scene = make_raster(300, 300, data=data)
    out = tmp_path / "o.gpkg"
    code, stdout, stderr = cli(capsys, scene, "-o", out, "--bundle", untrained_bundle.path)
    assert code == 0, stderr
    probs = np.array([p for _, _, p, _ in tiles(out)], dtype=float)
    assert probs.shape == (4, 17) and np.isfinite(probs).all()


# -- a large raster whose data lies in one corner ---------------------------------------------------------------
def _corner_scene(path, side: int, corner: int, block: int = 256, sparse: bool = True):
    """A side x side 4-band uint16 GeoTIFF in blocks of ``block`` px, nodata 0, whose only data is a corner x corner
    square at its top left (its pixels returned with it): ``sparse``, the rest is never written (no disk)."""
    from osgeo import gdal, osr

    options = ["TILED=YES", f"BLOCKXSIZE={block}", f"BLOCKYSIZE={block}", "COMPRESS=DEFLATE"]
    ds = gdal.GetDriverByName("GTiff").Create(str(path), side, side, 4, gdal.GDT_UInt16,
                                              options + (["SPARSE_OK=TRUE"] if sparse else []))
    ds.SetGeoTransform((699648, 3, 0, 100608, 0, -3))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(32649)
    ds.SetProjection(srs.ExportToWkt())
    data = np.random.default_rng(side + corner).integers(1, 4000, (4, corner, corner)).astype(np.uint16)
    for b in range(4):
        ds.GetRasterBand(b + 1).SetNoDataValue(0)
        ds.GetRasterBand(b + 1).WriteArray(data[b])
    ds = None
    return path, data


def test_a_large_raster_with_its_data_in_one_corner_is_classified(untrained_bundle, tmp_path, capsys):
    """16384 px a side, data in a 100 px corner (one block of 4096): the statistics' even sample of 1024 blocks
    drew none of it and the run was refused, `the raster holds no valid pixels (all nodata)`. The sample is now
    drawn again from the blocks that hold data, and the corner's tile gets the probabilities it gets as a scene
    of its own (the same pixels, the same stretch)."""
    scene, data = _corner_scene(tmp_path / "mosaic.tif", 16384, 100)
    proc = run_cli(scene, "-o", tmp_path / "mosaic.gpkg", "--bundle", untrained_bundle.path)
    assert proc.returncode == 0, proc.stderr
    assert "1 tile classified, 4095 skipped (no data)" in proc.stdout
    alone = tmp_path / "corner.tif"
    with rasterio.open(alone, "w", driver="GTiff", width=100, height=100, count=4, dtype="uint16", nodata=0,
                       crs="EPSG:32649", transform=Affine(3, 0, 699648, 0, -3, 100608)) as dst:
        dst.write(data)
    code, _, stderr = cli(capsys, alone, "-o", tmp_path / "corner.gpkg", "--bundle", untrained_bundle.path)
    assert code == 0, stderr
    (one,), (two,) = tiles(tmp_path / "mosaic.gpkg"), tiles(tmp_path / "corner.gpkg")
    assert np.allclose(np.array(one[2], float), np.array(two[2], float), atol=1e-4)


@pytest.mark.parametrize("kind", ["sparse-512px-corner", "written-whole-100px-corner", "vrt-of-10^6px"])
def test_the_statistics_of_a_raster_with_its_data_in_one_corner_are_those_of_its_data(tmp_path, kind):
    """The even sample found one block of the 512 px corner's four (about 1,000 of its pixels), or none of a
    100 px corner: the blocks that hold data are found from GDAL's data coverage (a sparse GeoTIFF's written
    blocks, a VRT's sources) or, where it says data everywhere (a GeoTIFF written whole), a coarse read of
    GDAL's mask, and sampled: here all their pixels, so the stretch is the data's own."""
    from planet_qgis_plugin.core.pipeline.preprocess import band_percentiles, stats_sample
    from planet_qgis_plugin.core.pipeline.raster import open_raster

    from ..conftest import BORNEO
    from .test_raster_open import _huge_vrt

    if kind == "vrt-of-10^6px":
        scene = _huge_vrt(tmp_path / "huge.vrt", 1_000_000, nodata=True)
        with rasterio.open(BORNEO) as src:
            data, valid = src.read(), src.dataset_mask() > 0
    else:
        scene, data = (_corner_scene(tmp_path / "s.tif", 16384, 512) if kind.startswith("sparse") else
                       _corner_scene(tmp_path / "w.tif", 8192, 100, block=128, sparse=False))
        valid = np.ones(data.shape[1:], bool)
    with open_raster(scene) as src:
        raw, sampled = stats_sample(src, [3, 2, 1])
    assert sampled.sum() == valid.sum()
    assert np.array_equal(band_percentiles(raw, 2, 98, sampled),
                          band_percentiles(data[[2, 1, 0]], 2, 98, valid))
