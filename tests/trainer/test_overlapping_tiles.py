"""Tiles classified with a --stride below the tile size share pixels: a validation tile must share none with
the tiles its network trained on, or its score (and the epoch and thresholds picked on it) is optimistic."""
from __future__ import annotations

import numpy as np
import pytest

from planet_qgis_plugin.core.pipeline.classify import ClassifyOptions, classify
from trainer.overlap import overlaps
from trainer.tables import load_table
from trainer.train import main

from .conftest import ROOT, TINY

VISUAL = ROOT / "tests" / "data" / "scenes" / "1056417_2017-03-08_RE3_3A_Visual_clip.tif"  # 692x332 uint8


@pytest.fixture(scope="module")
def strided(tmp_path_factory):
    """The scene classified by the shipped bundle with a stride of half a tile: neighbouring tiles overlap."""
    out = tmp_path_factory.mktemp("strided") / "tiles.gpkg"
    return classify(VISUAL, out, options=ClassifyOptions(backend="onnx", device="cpu", stride=128)).output


def test_no_validation_tile_shares_pixels_with_a_training_tile(strided, tmp_path):
    table = load_table(strided, raster=VISUAL)
    assert overlaps(table.windows[:1], table.windows[1:]).all()  # the tiles overlap their neighbours
    out = tmp_path / "run"
    assert main(["--data", str(strided), "--raster", str(VISUAL), "--out", str(out), "--epochs", "1", "--no-export",
                 *TINY, "--val-fraction", "0.5"]) == 0
    fold = dict(line.split(",") for line in (out / "split.csv").read_text().splitlines()[1:])
    windows = dict(zip(table.names, table.windows))
    train = [windows[n] for n, f in fold.items() if f == "-1"]
    val = [windows[n] for n, f in fold.items() if f == "0"]
    assert train and val
    assert not overlaps(train, val).any()


def test_each_fold_model_trains_on_no_tile_of_its_fold(strided):
    from trainer.train import _splits, parse_config

    table = load_table(strided, raster=VISUAL)
    cfg = parse_config(["--data", str(strided), "--raster", str(VISUAL), "--folds", "2"])
    pairs, fold = _splits(cfg, table)
    assert sorted(np.concatenate([val for _, val in pairs])) == list(range(len(table)))  # every tile scored once
    for train, val in pairs:
        assert len(train) and not overlaps([table.windows[i] for i in train], [table.windows[i] for i in val]).any()
