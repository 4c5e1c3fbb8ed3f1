"""The trainer as a real process: bad training data, and a run killed (SIGKILL) mid-epoch or while writing
its checkpoint, then resumed: it must end with the same weights as an uninterrupted run on the same seed."""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys

import pytest
import torch
from PIL import Image

from ..conftest import ROOT
from .conftest import assert_refused, snapshot

CHIPS = ROOT / "tests" / "data" / "chips"
TRAIN = [sys.executable, str(ROOT / "trainer" / "train.py")]
TINY = ["--arch", "baseline", "--pretrained", "none", "--input-size", "32", "--batch-size", "2", "--workers", "0",
        "--no-progress", "--val-fraction", "0.25", "--no-export", "--seed", "5", "--epochs", "2"]
ENV = dict(os.environ, OMP_NUM_THREADS="1", PYTHONPATH=str(ROOT))

#: Runs trainer/train.py and kills itself with SIGKILL at a chosen point (no chance to clean up):
#: "step N": in the N-th training step (counted over epochs); "save N": half-way through writing the N-th
#: checkpoint file (torch.save).
KILLER = r"""
import os, signal, sys, runpy, torch
mode, n = sys.argv[1], int(sys.argv[2])
sys.argv = [sys.argv[3]] + sys.argv[4:]
import trainer.engine as engine
count = {"n": 0}
def die():
    os.kill(os.getpid(), signal.SIGKILL)
if mode == "step":
    forward = engine.MultiLabelLoss.forward
    def forward_then_die(self, logits, target):
        if torch.is_grad_enabled():
            count["n"] += 1
            if count["n"] == n:
                die()
        return forward(self, logits, target)
    engine.MultiLabelLoss.forward = forward_then_die
else:
    save = torch.save
    def save_then_die(obj, f, *a, **k):
        count["n"] += 1
        if count["n"] == n:
            import io
            buffer = io.BytesIO()
            save(obj, buffer, *a, **k)
            with open(f, "wb") as out:
                out.write(buffer.getvalue()[: len(buffer.getvalue()) // 2])
            die()
        return save(obj, f, *a, **k)
    torch.save = save_then_die
runpy.run_path(sys.argv[0], run_name="__main__")
"""


def train(*args, kill: tuple[str, int] | None = None) -> subprocess.CompletedProcess:
    prefix = [sys.executable, "-c", KILLER, kill[0], str(kill[1])] if kill else [sys.executable]
    return subprocess.run([*prefix, str(ROOT / "trainer" / "train.py"), *map(str, args)], cwd=ROOT, env=ENV,
                          capture_output=True, text=True, timeout=300)


@pytest.fixture
def chips(tmp_path):
    folder = tmp_path / "chips"
    shutil.copytree(CHIPS, folder)
    for tif in folder.glob("*.tif"):   # JPG chips only: the TIFs are a different chip set
        tif.unlink()
    return folder


def _unknown_tags(folder):
    csv = folder / "labels.csv"
    csv.write_text(csv.read_text().replace("haze primary\n", "haze primary deforestation\n", 1))


def _missing_chip(folder):
    (folder / "train_6.jpg").unlink()


def _mixed_sizes(folder):
    Image.open(folder / "train_2.jpg").resize((128, 128)).save(folder / "train_2.jpg")


def _empty_csv(folder):
    (folder / "labels.csv").write_text("")


def _header_only_csv(folder):
    (folder / "labels.csv").write_text("image_name,tags\n")


@pytest.mark.parametrize("spoil, message", [
    (_unknown_tags, "unknown tag(s) 'deforestation' (line 2)"),
    (_missing_chip, "1 of 8 chips are missing"),
    (_mixed_sizes, "train_2 (128x128, expected 256x256 square)"),
    (_empty_csv, "needs columns image_name and tags"),
    (_header_only_csv, "no labelled chips"),
], ids=["unknown-tags", "missing-chip", "mixed-chip-sizes", "empty-csv", "header-only-csv"])
def test_bad_training_data_stops_the_process_cleanly(chips, tmp_path, spoil, message):
    spoil(chips)
    before = snapshot(tmp_path)
    proc = train("--data", chips, "--out", tmp_path / "run", *TINY)
    line = assert_refused(proc, message, before, tmp_path, code=2)
    assert not (tmp_path / "run").exists()   # no half-made run folder, no bundle
    if spoil in (_missing_chip, _mixed_sizes):
        assert "--skip-bad" in line


def _weights(run):
    return torch.load(run / "last.pt", map_location="cpu", weights_only=True)


@pytest.mark.slow
def test_killed_runs_resume_to_the_uninterrupted_weights(chips, tmp_path):
    """6 training chips, batch 2: 3 steps an epoch. Kill in step 5 (mid-epoch 2, after one update that is
    lost) and, separately, half-way through writing epoch 2's checkpoint; resume both with --resume."""
    full = tmp_path / "full"
    proc = train("--data", chips, "--out", full, *TINY)
    assert proc.returncode == 0, proc.stderr
    reference = _weights(full)
    assert reference["epoch"] == 2
    # an epoch saves best.pt (when better) then last.pt: save 3 is in epoch 2, after epoch 1 saved both
    for name, kill in (("mid-epoch", ("step", 5)), ("mid-save", ("save", 3))):
        run = tmp_path / name
        killed = train("--data", chips, "--out", run, *TINY, kill=kill)
        assert killed.returncode == -signal.SIGKILL, killed.stderr
        resumed = train("--data", chips, "--out", run, *TINY, "--resume")
        assert resumed.returncode == 0, f"{name}: {resumed.stderr[-2000:]}"
        assert "Traceback" not in resumed.stderr
        state = _weights(run)
        assert state["epoch"] == 2
        for key, value in reference["model"].items():
            assert torch.allclose(value, state["model"][key], atol=1e-5), (name, key)
        assert not [p.name for p in run.iterdir() if p.name.endswith((".tmp", ".partial"))]
