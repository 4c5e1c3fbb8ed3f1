import numpy as np
import pytest
import rasterio
from osgeo import ogr

from planet_qgis_plugin.core.errors import Cancelled, OutputError
from planet_qgis_plugin.core.labels import LABELS
from planet_qgis_plugin.core.layer.schema import field_names
from planet_qgis_plugin.core.pipeline.classify import ClassifyOptions, classify

from ..conftest import BORNEO, CAPE_TOWN_SR, RAPIDEYE, VISUAL_RGBA


def _features(path):
    ds = ogr.Open(str(path))
    layer = ds.GetLayerByName("tiles")
    names = [layer.GetLayerDefn().GetFieldDefn(i).GetName() for i in range(layer.GetLayerDefn().GetFieldCount())]
    rows = [{n: f.GetField(n) for n in names} | {"wkt": f.GetGeometryRef().ExportToWkt()} for f in layer]
    wkt = layer.GetSpatialRef().ExportToWkt() if layer.GetSpatialRef() else None
    return names, rows, wkt


def _windows(src, size: int = 256) -> dict:
    """(row, col) -> the window of each tile of the grid classify cuts (anchored to the CRS)."""
    from planet_qgis_plugin.core.pipeline.tiling import TileGrid, crs_anchor

    grid = TileGrid(src.width, src.height, src.transform, size, None, src.crs, None,
                    crs_anchor(src.transform, src.crs, size))
    return {(t.row, t.col): t.window for t in grid}


def test_borneo_nodata_wedge_tiles_are_skipped_and_the_rest_written(untrained_bundle, tmp_path):
    out = tmp_path / "borneo.gpkg"
    result = classify(BORNEO, out, untrained_bundle, ClassifyOptions(backend="onnx"))
    names, rows, wkt = _features(out)
    with rasterio.open(BORNEO) as src:
        mask = src.dataset_mask()
        windows = {rc: (slice(w.row_off, w.row_off + w.height), slice(w.col_off, w.col_off + w.width))
                   for rc, w in _windows(src).items()}
        full = [rc for rc, (r, c) in windows.items() if mask[r, c].any()]
        assert "32649" in wkt or "UTM zone 49N" in wkt
    assert names == field_names(LABELS)
    assert result.tiles == len(rows) == len(full)
    assert result.skipped == len(windows) - len(full)
    for row in rows:
        valid = mask[windows[(row["row"], row["col"])]]
        assert row["coverage"] == pytest.approx((valid > 0).sum() / 256 ** 2, abs=1e-6)
        probs = np.array([row[f"p_{l}"] for l in LABELS])
        assert ((0 <= probs) & (probs <= 1)).all()
        assert row["tags"].split() == [l for l in LABELS if row[l]]
        assert row["flagged"] == (row["flag_mining"] or row["flag_logging"] or row["flag_slash_burn"])
    assert result.backend == "onnx" and result.device == "cpu"


@pytest.mark.parametrize("scene, tiles", [(CAPE_TOWN_SR, 4), (VISUAL_RGBA, 6), (RAPIDEYE, 9)])  # CRS-anchored grid
def test_other_planet_products_are_classified(untrained_bundle, tmp_path, scene, tiles):
    result = classify(scene, tmp_path / "o.gpkg", untrained_bundle)
    assert result.tiles + result.skipped == tiles


def test_layer_opens_in_qgis_with_the_expected_fields(untrained_bundle, tmp_path, qgis_app):
    from qgis.core import QgsVectorLayer

    out = tmp_path / "cape.gpkg"
    result = classify(CAPE_TOWN_SR, out, untrained_bundle)
    layer = QgsVectorLayer(f"{out}|layername=tiles", "tiles", "ogr")
    assert layer.isValid()
    assert layer.featureCount() == result.tiles == 4
    assert [f.name() for f in layer.fields() if f.name() != "fid"] == field_names(LABELS)
    assert layer.crs().authid() == "EPSG:32734"


def test_existing_output_is_never_overwritten_without_asking(untrained_bundle, tmp_path):
    out = tmp_path / "o.gpkg"
    out.write_bytes(b"precious")
    with pytest.raises(OutputError, match="already exists"):
        classify(BORNEO, out, untrained_bundle)
    assert out.read_bytes() == b"precious"
    classify(BORNEO, out, untrained_bundle, ClassifyOptions(overwrite=True))
    assert ogr.Open(str(out)) is not None


@pytest.mark.parametrize("after", [0, 1, 3])
def test_cancel_leaves_nothing(untrained_bundle, tmp_path, after):
    calls = {"n": 0}

    def cancel():
        calls["n"] += 1
        return calls["n"] > after

    with pytest.raises(Cancelled):
        classify(CAPE_TOWN_SR, tmp_path / "o.gpkg", untrained_bundle, ClassifyOptions(batch_size=1), cancel=cancel)
    assert list(tmp_path.iterdir()) == []


def test_progress_reaches_the_total(untrained_bundle, tmp_path):
    seen = []
    classify(BORNEO, tmp_path / "o.gpkg", untrained_bundle, ClassifyOptions(batch_size=1),
             progress=lambda done, total: seen.append((done, total)))
    assert seen[0] == (0, 9) and seen[-1] == (9, 9)   # 3 x 3 tiles on the CRS-anchored grid
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)


def test_torch_and_onnx_runs_write_the_same_probabilities(untrained_bundle, tmp_path):
    a = classify(CAPE_TOWN_SR, tmp_path / "a.gpkg", untrained_bundle, ClassifyOptions(backend="onnx"))
    b = classify(CAPE_TOWN_SR, tmp_path / "b.gpkg", untrained_bundle, ClassifyOptions(backend="torch"))
    pa = np.array([[r[f"p_{l}"] for l in LABELS] for r in _features(a.output)[1]])
    pb = np.array([[r[f"p_{l}"] for l in LABELS] for r in _features(b.output)[1]])
    assert np.abs(pa - pb).max() < 1e-4


def test_signed_roots_keeps_every_bit():
    """concepts.signed_roots (every classify batch scores the bundle's concepts through it) puts the sign back with
    one product: the same float32 bits as taking roots of |x| and negating where x < 0, for zeros of either sign,
    infinities, NaN, subnormals and the largest floats, at one and two roots and squares (none: the values as given)."""
    from planet_qgis_plugin.core.model.concepts import signed_roots

    rng = np.random.default_rng(7)
    values = (rng.normal(size=(64, 40)) * 10.0 ** rng.integers(-40, 38, size=(64, 40))).astype(np.float32)
    values[0, :9] = [0.0, -0.0, np.inf, -np.inf, np.nan, 1e-45, -1e-45, 3.4e38, -3.4e38]
    assert signed_roots(values, 0).tobytes() == values.tobytes()
    for roots in (1, 2, -1):
        with np.errstate(over="ignore"):
            got = signed_roots(values, roots)
            expected = np.abs(values)
            for _ in range(abs(roots)):
                expected = np.sqrt(expected) if roots > 0 else expected * expected
        expected = np.array([-v if x < 0 else v for v, x in zip(expected.ravel(), values.ravel())],
                            np.float32).reshape(values.shape)
        assert got.dtype == np.float32 and got.tobytes() == expected.tobytes(), roots
