"""The model bundled in resources/models/: loads, matches its manifest, and its recorded numbers
are reproduced by trainer/evaluate.py."""
import json
import os
import subprocess
import sys

import numpy as np
import pytest

from planet_qgis_plugin.core.labels import LABELS
from planet_qgis_plugin.core.model.bundle import default_bundle_path, load_bundle
from planet_qgis_plugin.core.model.predict import make_predictor

from ..conftest import ROOT, SHARED

MAX_BUNDLE_BYTES = 20_000_000


@pytest.fixture(scope="module")
def shipped():
    return load_bundle(default_bundle_path())


def test_shipped_bundle_matches_its_manifest(shipped):
    m = shipped.manifest
    assert m.labels == list(LABELS)
    assert m.architecture == "efficientnet_lite0" and m.bands == ["red", "green", "blue"]
    assert m.metrics["weights_dtype"] == "float16"
    assert sum(f.stat().st_size for f in shipped.path.iterdir()) <= MAX_BUNDLE_BYTES
    assert m.scaling["uint8"].method == "as_is" and m.scaling["uint16"].method == "percentile_stretch"
    assert m.metrics["support"]["clear"] > 0 and "comparison" in m.metrics
    x = np.random.default_rng(0).normal(size=(2, 3, m.input_size, m.input_size)).astype(np.float32)
    onnx, _ = make_predictor(shipped, "onnx", "cpu")
    torch_, _ = make_predictor(shipped, "torch", "cpu")
    assert onnx(x).shape == (2, len(LABELS))
    assert np.abs(onnx(x) - torch_(x)).max() < 1e-3


def test_evaluate_reproduces_the_recorded_check(shipped, tmp_path):
    out = tmp_path / "metrics.json"
    proc = subprocess.run([sys.executable, "trainer/evaluate.py", "--bundle", str(shipped.path), "--data",
                           "tests/data/chips", "--format", "jpg", "--runtime", "onnx", "--out", str(out)],
                          cwd=ROOT, env=dict(os.environ, PYTHONPATH=str(ROOT)), capture_output=True, text=True,
                          timeout=600)  # this checkout, whichever one .venv has installed
    assert proc.returncode == 0, proc.stderr
    recorded = shipped.manifest.metrics["check_chips"]
    got = json.loads(out.read_text())["as_shipped"]
    assert got["sample_f2"] == pytest.approx(recorded["sample_f2"], abs=1e-3)
    assert got["sample_f2_at_0.5"] == pytest.approx(recorded["sample_f2_at_0.5"], abs=1e-3)


@pytest.mark.needs_shared
@pytest.mark.skipif(not (SHARED / "planet_sample" / "labels.csv").is_file(),
                    reason="../shared/data/planet_sample is absent: the 64-chip evaluation needs it")
def test_recorded_support_matches_the_training_data(shipped):
    rows = (SHARED / "planet_sample" / "labels.csv").read_text().splitlines()[1:]
    counts = {label: sum(label in row.split(",", 1)[1].split() for row in rows) for label in LABELS}
    assert shipped.manifest.metrics["support"] == counts
    assert shipped.manifest.training["chips"] == len(rows)
