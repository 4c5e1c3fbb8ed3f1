"""A rebuild of the same bundle from the same chips and seed gives the same weights and thresholds.

What may still differ on another machine (recorded in docs/robustness.md and the model card): the number
of CPU threads (reductions are summed in another order), CPU kernels (AVX2/AVX-512 paths of oneDNN) and
CUDA; ties in the build's winner rule are broken by name, so they do not depend on the machine.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
import torch

from ..conftest import ROOT

CHIPS = ROOT / "tests" / "data" / "chips"
BUILD = [sys.executable, str(ROOT / "trainer" / "train.py"), "--data", str(CHIPS), "--arch", "baseline",
         "--pretrained", "none", "--input-size", "32", "--batch-size", "2", "--workers", "0", "--no-progress",
         "--val-fraction", "0.25", "--seed", "5", "--epochs", "2", "--no-onnx", "--deterministic"]


def _build(out, threads: int):
    env = dict(os.environ, OMP_NUM_THREADS=str(threads), MKL_NUM_THREADS=str(threads), CUDA_VISIBLE_DEVICES="",
               PYTHONPATH=str(ROOT))
    proc = subprocess.run([*BUILD, "--out", str(out)], cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr[-2000:]
    bundle = out / "bundle"
    state = torch.load(bundle / "model.pt", map_location="cpu", weights_only=True)
    manifest = json.loads((bundle / "manifest.json").read_text())
    return state, manifest


@pytest.mark.slow
def test_the_same_build_twice_gives_the_same_bundle(tmp_path):
    first, manifest_a = _build(tmp_path / "a", threads=1)
    second, manifest_b = _build(tmp_path / "b", threads=1)
    assert first.keys() == second.keys()
    different = [k for k in first if not torch.equal(first[k], second[k])]
    assert not different, f"tensors differ between two identical builds: {different[:5]}"
    assert manifest_a["thresholds"] == manifest_b["thresholds"]
    assert manifest_a["metrics"]["sample_f2"] == manifest_b["metrics"]["sample_f2"]
