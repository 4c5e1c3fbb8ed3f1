"""The trainer learns from QGIS: a tile GeoPackage written by classify, tags edited by an analyst, plus
its raster. Chips are cut at each tile's window and scaled as the plugin does: the bundle scores them
exactly as classify scored the same tiles."""
from __future__ import annotations

import shutil

import numpy as np
import pytest

from planet_qgis_plugin.core.labels import LABELS
from planet_qgis_plugin.core.model.bundle import default_bundle_path, load_bundle
from planet_qgis_plugin.core.pipeline.classify import ClassifyOptions, classify
from trainer.data import DataError
from trainer.evaluate import bundle_probs
from trainer.tables import load_table
from trainer.train import main

from ..conftest import edit_tiles
from .conftest import ROOT, TINY

SCENES = ROOT / "tests" / "data" / "scenes"
VISUAL = SCENES / "1056417_2017-03-08_RE3_3A_Visual_clip.tif"    # 692x332 uint8 RGBA: 3x2 tiles, partial edges
ANALYTIC = SCENES / "20170915_020728_103d_3B_AnalyticMS.tif"    # 512x512 uint16 BGRN with a nodata wedge


@pytest.fixture(scope="module")
def classified(tmp_path_factory):
    """{scene: GeoPackage} classified by the shipped bundle (ONNX, CPU)."""
    folder = tmp_path_factory.mktemp("tiles")
    out = {}
    for scene in (VISUAL, ANALYTIC, _south_up(ANALYTIC, folder)):
        out[scene] = classify(scene, folder / f"{scene.stem}.gpkg", options=ClassifyOptions(backend="onnx", device="cpu")).output
    return out


def _south_up(scene, folder):
    """A copy of ``scene`` stored south-up (rows south to north, y pixel size positive): the same ground."""
    from osgeo import gdal

    src = gdal.Open(str(scene))
    x0, dx, _, y0, _, dy = src.GetGeoTransform()
    copy = folder / f"{scene.stem}_south_up.tif"
    ds = gdal.GetDriverByName("GTiff").Create(str(copy), src.RasterXSize, src.RasterYSize, src.RasterCount,
                                              src.GetRasterBand(1).DataType)
    ds.SetGeoTransform((x0, dx, 0, y0 + dy * src.RasterYSize, 0, -dy))
    ds.SetProjection(src.GetProjection())
    for band in range(1, src.RasterCount + 1):
        ds.GetRasterBand(band).WriteArray(src.GetRasterBand(band).ReadAsArray()[::-1])
        if src.GetRasterBand(band).GetNoDataValue() is not None:
            ds.GetRasterBand(band).SetNoDataValue(src.GetRasterBand(band).GetNoDataValue())
    ds = src = None
    return copy


def _fields(gpkg, *names):
    from osgeo import ogr

    ds = ogr.Open(str(gpkg))
    rows = [{n: f.GetField(n) for n in names} for f in ds.GetLayerByName("tiles")]
    ds = None
    return rows


def _edit_tags(gpkg, edits: dict[str, object], field: str = "tags"):
    """Set a field (the tags) of tiles named 'ROW:COL', as an analyst does in QGIS's attribute table."""
    edit_tiles(gpkg, {tuple(int(v) for v in name.split(":")): {field: value} for name, value in edits.items()})


@pytest.mark.parametrize("which", [0, 1, 2], ids=["uint8-visual", "uint16-analytic", "uint16-analytic-south-up"])
def test_tiles_are_cut_and_scaled_as_the_plugin_does(classified, which):
    """A raster stored south-up too: classify gives its chips to the network north-up (raster.north_up), and so
    does the trainer (its chips were the stored image upside down, the model learning from other chips than those
    it scored)."""
    scene, gpkg = list(classified.items())[which]
    bundle = load_bundle(default_bundle_path())
    table = load_table(gpkg, raster=scene)
    rows = _fields(gpkg, "row", "col", "tags", *[f"p_{l}" for l in bundle.manifest.labels])
    by_name = {f"{r['row']}:{r['col']}": r for r in rows if r["tags"]}
    assert table.kind == "raster" and sorted(table.names) == sorted(by_name)
    for name, target in zip(table.names, table.targets):
        assert {LABELS[k] for k in np.flatnonzero(target)} == set(by_name[name]["tags"].split())
    # the bundle on the trainer's chips gives the probabilities classify wrote for the same tiles
    probs = bundle_probs(bundle, table, runtime="onnx", progress=False)
    written = np.array([[by_name[n][f"p_{l}"] for l in bundle.manifest.labels] for n in table.names])
    assert np.abs(probs - written).max() < 1e-4


def test_train_on_an_edited_geopackage(classified, tmp_path, capsys):
    gpkg = tmp_path / "tiles.gpkg"
    shutil.copy(classified[VISUAL], gpkg)
    _edit_tags(gpkg, {"0:0": "clear primary artisanal_mine", "0:1": "clear primary road", "1:2": ""})
    table = load_table(gpkg, raster=VISUAL)
    assert "1:2" not in table.names and len(table) == 5  # the emptied tile is left out
    mine = table.targets[table.names.index("0:0")]
    assert mine[LABELS.index("artisinal_mine")] == 1 and mine[LABELS.index("clear")] == 1
    out = tmp_path / "run"
    assert main(["--data", str(gpkg), "--raster", str(VISUAL), "--out", str(out), "--epochs", "1",
                 "--no-onnx", *TINY]) == 0
    m = load_bundle(out / "bundle").manifest
    assert m.training["chips"] == 5 and m.training["chip_format"] == "raster" and m.training["raster"] == str(VISUAL)
    assert m.bands == ["red", "green", "blue"] and m.scaling["uint8"].method == "as_is"
    assert (out / "split.csv").read_text().splitlines()[1].split(",")[0] == table.names[0]


def test_where_keeps_only_the_reviewed_tiles(classified, tmp_path):
    table = load_table(classified[VISUAL], raster=VISUAL, where="row = 0")
    assert table.names and all(n.startswith("0:") for n in table.names)
    with pytest.raises(DataError, match="has no field 'no_such_field'"):
        load_table(classified[VISUAL], raster=VISUAL, where="no_such_field = 1")


def test_bad_tile_data_is_one_line(classified, tmp_path, capsys):
    gpkg = tmp_path / "tiles.gpkg"
    shutil.copy(classified[VISUAL], gpkg)
    cases = [
        (["--data", str(gpkg)], "pass --raster"),
        (["--data", str(gpkg), "--raster", str(ANALYTIC)], "different CRSs"),
        (["--data", str(tmp_path / "none.gpkg"), "--raster", str(VISUAL)], "not found"),
        (["--data", str(gpkg), "--raster", str(tmp_path / "none.tif")], "does not exist"),
    ]
    for args, message in cases:
        assert main([*args, "--out", str(tmp_path / "run"), *TINY]) == 2
        err = capsys.readouterr().err
        lines = [l for l in err.splitlines() if l.startswith("error:")]
        assert len(lines) == 1 and message in lines[0] and "Traceback" not in err, (args, err)
    _edit_tags(gpkg, {"0:0": "clear primary deforestation"})
    assert main(["--data", str(gpkg), "--raster", str(VISUAL), "--out", str(tmp_path / "run"), *TINY]) == 2
    assert "unknown tag(s) 'deforestation' (tile 0:0)" in capsys.readouterr().err
    _edit_tags(gpkg, {n: "" for n in ("0:0", "0:1", "0:2", "1:0", "1:1", "1:2")})
    with pytest.raises(DataError, match="no tile has tags"):
        load_table(gpkg, raster=VISUAL)
    assert not (tmp_path / "run").exists()



def test_a_tile_copied_in_qgis_is_one_line(classified, tmp_path, capsys):
    """A feature copied and pasted in QGIS (a new fid, the same row, col and footprint) with other tags
    trained as a seventh chip of six tiles: one tile, two labels, possibly in training and validation."""
    from osgeo import ogr

    gpkg = tmp_path / "tiles.gpkg"
    shutil.copy(classified[VISUAL], gpkg)
    ds = ogr.Open(str(gpkg), 1)
    layer = ds.GetLayerByName("tiles")
    copy = next(iter(layer)).Clone()
    copy.SetFID(-1)
    copy.SetField("tags", "clear primary road")
    layer.CreateFeature(copy)
    ds = None
    assert main(["--data", str(gpkg), "--raster", str(VISUAL), "--out", str(tmp_path / "run"), *TINY]) == 2
    err = capsys.readouterr().err
    assert "1 tiles are in the layer more than once with tags: 0:0 (2 times)" in err and "Traceback" not in err
    assert not (tmp_path / "run").exists()

def test_a_concept_marked_in_qgis_labels_a_tag(classified, tmp_path, capsys):
    gpkg = tmp_path / "tiles.gpkg"
    shutil.copy(classified[VISUAL], gpkg)
    concepts = sorted(f[len("flag_"):] for f in _field_names(gpkg) if f.startswith("flag_")
                      and f"p_{f[len('flag_'):]}" in _field_names(gpkg) and f[len("flag_"):] not in LABELS)
    if not concepts:
        pytest.skip("the shipped bundle carries no concept to mark")
    name = concepts[0]
    marks = {"0:0": 1, "0:1": 0, "0:2": 0, "1:0": 0, "1:1": 0, "1:2": 1}
    _edit_tags(gpkg, marks, f"flag_{name}")
    table = load_table(gpkg, raster=VISUAL, concept_tags=[f"{name}=conventional_mine"])
    col = LABELS.index("conventional_mine")
    assert {n for n, t in zip(table.names, table.targets) if t[col]} == {n for n, v in marks.items() if v}
    # a tile whose tags the analyst emptied is left out, flagged or not: the concept's tag alone would teach that
    # the tile is neither clear nor primary nor anything else (every Planet chip has an atmosphere tag)
    _edit_tags(gpkg, {"1:2": ""})
    table = load_table(gpkg, raster=VISUAL, concept_tags=[f"{name}=conventional_mine"])
    assert "1:2" not in table.names and "0:0" in table.names
    assert main(["--data", str(gpkg), "--raster", str(VISUAL), "--concept-tag", "nothing_here=road",
                 "--out", str(tmp_path / "run"), *TINY]) == 2
    assert f"has no concept nothing_here (fields p_/flag_<name>); it has: {', '.join(concepts)}" in capsys.readouterr().err
    assert main(["--data", str(gpkg), "--raster", str(VISUAL), "--concept-tag", f"{name}",
                 "--out", str(tmp_path / "run"), *TINY]) == 2
    assert "must be NAME=TAG" in capsys.readouterr().err


def _field_names(gpkg) -> list[str]:
    from osgeo import ogr

    ds = ogr.Open(str(gpkg))
    defn = ds.GetLayerByName("tiles").GetLayerDefn()
    names = [defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())]
    ds = None
    return names


def test_ensemble_and_evaluate_take_tiles_labelled_in_qgis_as_train_does(classified, tiny_run, tmp_path, capsys):
    from trainer.ensemble import main as ensemble_main
    from trainer.evaluate import main as evaluate_main

    gpkg = tmp_path / "tiles.gpkg"
    shutil.copy(classified[VISUAL], gpkg)
    tiles = ["--data", str(gpkg), "--raster", str(VISUAL), "--where", "row = 0"]
    assert ensemble_main(["--bundles", str(tiny_run / "bundle"), *tiles, "--out", str(tmp_path / "ens"),
                          "--no-onnx"]) == 0
    assert load_bundle(tmp_path / "ens" / "bundle").manifest.metrics["n"] == len(load_table(gpkg, raster=VISUAL,
                                                                                             where="row = 0"))
    assert evaluate_main(["--bundle", str(tiny_run / "bundle"), *tiles, "--concept-tag", "mine=artisinal_mine",
                          "--out", str(tmp_path / "m.json")]) == 0, capsys.readouterr().err
