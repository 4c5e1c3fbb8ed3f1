"""JPG-trained bundles carry a 16-bit rule fitted on chips that exist as both TIF and JPG."""
from __future__ import annotations

import shutil

from trainer.bundling import scaling_for
from trainer.tables import load_table

from .conftest import CHIPS


def test_tif_twins_beside_the_jpgs_calibrate_the_16bit_look(tmp_path):
    (tmp_path / "images").mkdir()
    (tmp_path / "images_tif").mkdir()
    for name in ("train_0", "train_1"):
        shutil.copy(CHIPS / f"{name}.jpg", tmp_path / "images")
        shutil.copy(CHIPS / f"{name}.tif", tmp_path / "images_tif")
    rows = [r for r in (CHIPS / "labels.csv").read_text().splitlines() if r.split(",")[0] in ("image_name", "train_0", "train_1")]
    (tmp_path / "labels.csv").write_text("\n".join(rows) + "\n")
    scaling, record = scaling_for(load_table(tmp_path, kind="jpg"))
    rule = scaling["uint16"]
    assert record["pairs"] == ["train_0", "train_1"]
    assert rule.method == "percentile_stretch" and len(rule.out_low) == len(rule.out_high) == 3
    assert all(0 <= lo < hi for lo, hi in zip(rule.out_low, rule.out_high))
    mae = record["leave_one_out_mae"]
    assert set(mae) == {"percentile_stretch 0..1", "percentile_stretch fitted range"}
    # fitted on the other chip, the look is closer to each JPG than a plain 0..1 stretch
    assert mae["percentile_stretch fitted range"] < mae["percentile_stretch 0..1"]


def test_without_twins_the_plain_stretch_is_kept():
    scaling, record = scaling_for(load_table(CHIPS, kind="jpg"))
    assert record is None and scaling["uint16"].out_low is None and scaling["uint8"].method == "as_is"
