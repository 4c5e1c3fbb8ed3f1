"""Evaluation sees a 16-bit chip exactly as the plugin sees the same pixels as a scene: the bundle's
rule (fitted output range or linear gain/offset), band order, resizing and normalisation."""
from __future__ import annotations

import numpy as np
import pytest

from planet_qgis_plugin.core.model.bundle import Scaling
from planet_qgis_plugin.core.pipeline.preprocess import ChipPreprocessor, scene_scaler
from planet_qgis_plugin.core.pipeline.raster import open_raster
from trainer.data import ChipDataset
from trainer.tables import load_table

RULES = {
    "fitted range": Scaling("percentile_stretch", 2.0, 98.0, out_low=[0.1, 0.15, 0.2], out_high=[0.6, 0.7, 0.8]),
    "plain stretch": Scaling("percentile_stretch", 2.0, 98.0),
    "linear": Scaling("linear", gain=[1 / 4000, 1 / 3500, 1 / 3000], offset=[0.05, 0.0, -0.02]),
}


@pytest.mark.parametrize("name", list(RULES))
def test_tif_chip_scaled_as_the_plugin_scales_that_scene(chips, name):
    (chips / "labels.csv").write_text("image_name,tags\ntrain_0,haze primary\ntrain_1,clear primary\n")
    rule = RULES[name]
    bands, mean, std = ["red", "green", "blue"], [0.485, 0.456, 0.406], [0.229, 0.224, 0.225]
    dataset = ChipDataset(load_table(chips, kind="tif"), 64, bands=bands, norm={"mean": mean, "std": std}, rule=rule)
    for i, chip_name in enumerate(("train_0", "train_1")):
        with open_raster(chips / f"{chip_name}.tif") as src:
            indexes = [3, 2, 1]  # B,G,R,NIR file -> red, green, blue
            raw = src.read(indexes)
            prep = ChipPreprocessor(scene_scaler(src, indexes, rule), src.width, 64, mean, std)
            expected, coverage = prep(raw, np.ones(raw.shape[1:], bool))
        assert coverage == 1.0
        assert np.allclose(dataset[i][0].numpy(), expected, atol=1e-5), (name, chip_name)
