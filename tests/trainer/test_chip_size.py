"""The bundle says how large a ground window its network was trained on: the plugin cuts tiles of that size."""
from __future__ import annotations

from PIL import Image

from planet_qgis_plugin.core.model.bundle import load_bundle
from trainer.train import main

from .conftest import TINY


def test_chips_of_128_px_make_a_bundle_that_cuts_128_px_tiles(chips, tmp_path):
    for path in chips.glob("*.jpg"):
        with Image.open(path) as im:
            im.convert("RGB").resize((128, 128)).save(path)
    out = tmp_path / "run"
    assert main(["--data", str(chips), "--format", "jpg", "--out", str(out), "--epochs", "1", "--no-onnx",
                 *TINY]) == 0
    m = load_bundle(out / "bundle").manifest
    # trained on 128 px windows resized to 32 px input: the plugin must cut 128 px windows too, not 256
    assert (m.chip_size, m.input_size) == (128, 32)
    from trainer.ensemble import main as ensemble_main

    assert ensemble_main(["--bundles", str(out / "bundle"), "--data", str(chips), "--format", "jpg",
                          "--out", str(tmp_path / "ens"), "--no-onnx"]) == 0
    assert load_bundle(tmp_path / "ens" / "bundle").manifest.chip_size == 128


def test_evaluating_on_chips_of_another_size_than_the_bundle_cuts_is_said(tiny_run, chips, tmp_path, caplog):
    """The plugin cuts chip_size px tiles; chips of another size are another ground scale: the score says so."""
    from trainer.evaluate import main as evaluate_main

    for path in chips.glob("*.jpg"):
        with Image.open(path) as im:
            im.convert("RGB").resize((128, 128)).save(path)
    with caplog.at_level("WARNING"):
        assert evaluate_main(["--bundle", str(tiny_run / "bundle"), "--data", str(chips), "--format", "jpg"]) == 0
    assert any("128 px chips" in r.getMessage() and "256 px tiles" in r.getMessage() for r in caplog.records)
