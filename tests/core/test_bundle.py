import json
import shutil

import numpy as np
import pytest

from planet_qgis_plugin.core.model.bundle import BundleError, load_bundle
from planet_qgis_plugin.core.model.predict import make_predictor

from ..conftest import edit_manifest


def _copy(bundle, tmp_path):
    target = tmp_path / "copy"
    shutil.copytree(bundle.path, target)
    return target


def test_round_trip_keeps_the_manifest(untrained_bundle):
    again = load_bundle(untrained_bundle.path)
    assert again.manifest == untrained_bundle.manifest
    assert again.file("onnx").is_file() and again.file("weights").is_file()


@pytest.mark.parametrize("change, message", [
    ({"format": 99}, "format 99 is not supported"),
    ({"labels": ["clear", "bogus"]}, "not in the Planet-Amazon set"),
    ({"thresholds": {"clear": 0.3}}, "one entry per label"),
    ({"normalize": {"mean": [0.5], "std": [0.2]}}, "one value per band"),
    ({"extra": 1}, "unknown field"),
])
def test_corrupt_manifest_is_named(untrained_bundle, tmp_path, change, message):
    folder = _copy(untrained_bundle, tmp_path)
    edit_manifest(folder, **change)
    with pytest.raises(BundleError, match=message):
        load_bundle(folder)


def test_missing_file_and_broken_json(untrained_bundle, tmp_path):
    folder = _copy(untrained_bundle, tmp_path)
    (folder / "model.onnx").unlink()
    with pytest.raises(BundleError, match="onnx file model.onnx is missing"):
        load_bundle(folder)
    (folder / "manifest.json").write_text("{not json")
    with pytest.raises(BundleError, match="not readable JSON"):
        load_bundle(folder)
    with pytest.raises(BundleError, match="not a folder"):
        load_bundle(tmp_path / "nowhere")


def test_weights_of_another_architecture_are_refused(untrained_bundle, tmp_path):
    folder = _copy(untrained_bundle, tmp_path)
    edit_manifest(folder, architecture="baseline")
    with pytest.raises(BundleError, match="do not fit architecture 'baseline'"):
        make_predictor(load_bundle(folder), backend="torch")


def test_labels_that_do_not_match_the_network_outputs(untrained_bundle, tmp_path):
    folder = _copy(untrained_bundle, tmp_path)
    labels = json.loads((folder / "manifest.json").read_text())["labels"][:16]
    edit_manifest(folder, labels=labels, thresholds={l: 0.2 for l in labels})
    with pytest.raises(BundleError, match="17 outputs but the manifest lists 16"):
        make_predictor(load_bundle(folder), backend="onnx")


def test_torch_and_onnx_agree(untrained_bundle):
    rng = np.random.default_rng(1)
    batch = rng.normal(size=(3, 3, 256, 256)).astype(np.float32)
    onnx, _ = make_predictor(untrained_bundle, backend="onnx", device="cpu")
    torch_, _ = make_predictor(untrained_bundle, backend="torch", device="cpu")
    assert np.abs(onnx(batch) - torch_(batch)).max() < 1e-4


def test_cuda_request_falls_back_to_cpu_with_a_message(untrained_bundle):
    """In a process that sees no GPU (CUDA_VISIBLE_DEVICES=""), so the fallback is tested on GPU machines too."""
    import os
    import subprocess
    import sys

    from ..conftest import ROOT

    code = ("import sys; from planet_qgis_plugin.core.model.bundle import load_bundle; "
            "from planet_qgis_plugin.core.model.predict import make_predictor; "
            "p, m = make_predictor(load_bundle(sys.argv[1]), backend='torch', device='cuda'); print(p.device, *m, sep='\\n')")
    proc = subprocess.run([sys.executable, "-c", code, str(untrained_bundle.path)], capture_output=True, text=True,
                          env=dict(os.environ, CUDA_VISIBLE_DEVICES="", PYTHONPATH=str(ROOT)), timeout=300)
    assert proc.returncode == 0, proc.stderr
    device, *messages = proc.stdout.splitlines()
    assert device == "cpu"
    assert any("CUDA requested but not available" in m for m in messages)
