"""Tiles of a GeoPackage classified by a bundle of another chip size are cut at their own size, not at 256 px."""
from __future__ import annotations

import json
import shutil

from planet_qgis_plugin.core.model.bundle import default_bundle_path
from planet_qgis_plugin.core.pipeline.classify import ClassifyOptions, classify
from trainer.tables import load_table

from .conftest import ROOT

VISUAL = ROOT / "tests" / "data" / "scenes" / "1056417_2017-03-08_RE3_3A_Visual_clip.tif"  # 692x332 uint8


def test_tiles_of_128_px_are_cut_at_128_px(tmp_path):
    bundle = tmp_path / "bundle"
    shutil.copytree(default_bundle_path(), bundle)
    manifest = json.loads((bundle / "manifest.json").read_text())
    (bundle / "manifest.json").write_text(json.dumps({**manifest, "chip_size": 128}))
    gpkg = classify(VISUAL, tmp_path / "tiles.gpkg", bundle, ClassifyOptions(backend="onnx", device="cpu")).output
    table = load_table(gpkg, raster=VISUAL)
    assert table.chip_size == 128
    full = next(i for i, w in enumerate(table.windows) if w.width == w.height == 128)  # an inner tile
    chip = table.raster.chip(table.windows[full])
    assert chip.shape[1:] == (128, 128) and (chip.reshape(3, -1).max(0) > 0).all()  # no padding in it
