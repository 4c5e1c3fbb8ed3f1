"""Trainer test fixtures: the 8 real test chips, tiny-run helpers, and few torch threads (2 shared cores)."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import torch

torch.set_num_threads(2)

ROOT = Path(__file__).resolve().parents[2]
CHIPS = ROOT / "tests" / "data" / "chips"
#: Tiny settings: the paper baseline at 32 px, four chips per step, no worker processes.
TINY = ["--arch", "baseline", "--pretrained", "none", "--input-size", "32", "--batch-size", "4",
        "--workers", "0", "--no-progress", "--val-fraction", "0.25"]


@pytest.fixture
def chips(tmp_path) -> Path:
    """A writable copy of the 8 JPG chips (+2 TIF) and labels.csv."""
    dst = tmp_path / "chips"
    shutil.copytree(CHIPS, dst)
    return dst


@pytest.fixture(scope="session")
def tiny_run(tmp_path_factory) -> Path:
    """One finished 2-epoch tiny training run (shared by the export/evaluate tests)."""
    from trainer.train import main

    out = tmp_path_factory.mktemp("run") / "tiny"
    assert main(["--data", str(CHIPS), "--out", str(out), "--epochs", "2", *TINY]) == 0
    return out
