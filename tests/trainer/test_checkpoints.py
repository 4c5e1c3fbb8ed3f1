"""Checkpoints are data, never code: --resume refuses a crafted, cut, text or foreign last.pt with one
line; both training loops write the same run files, so the existing-run guard covers --cache-features."""
from __future__ import annotations

import shutil

import numpy as np
import pytest
import torch

from trainer.checkpoints import CheckpointError, load_checkpoint
from trainer.config import TrainConfig
from trainer.data import DataError
from trainer.engine import train_model
from trainer.network import setup_distributed
from trainer.tables import load_table
from trainer.train import main

from .conftest import CHIPS, TINY

ARGS = ["--data", str(CHIPS), *TINY, "--no-export", "--seed", "1"]


class _Opens:
    """Unpickling this creates a file: proof that code ran."""

    def __init__(self, marker):
        self.marker = str(marker)

    def __reduce__(self):
        return open, (self.marker, "w")


@pytest.fixture(scope="module")
def one_epoch(tmp_path_factory):
    out = tmp_path_factory.mktemp("ckpt") / "run"
    assert main([*ARGS, "--out", str(out), "--epochs", "1"]) == 0
    return out


def _crafted(path, marker):
    torch.save({"model": _Opens(marker), "optimizer": {}, "epoch": 1, "best_score": 0.0, "best_epoch": 1}, path)


def _cut(path, marker):
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def _text(path, marker):
    path.write_text("epoch 1\n")


def _wrong_keys(path, marker):
    state = torch.load(path, weights_only=True)
    torch.save({"weights": state["model"], "epoch": 1}, path)


def _not_a_dict(path, marker):
    torch.save([1, 2, 3], path)


def _epoch_as_text(path, marker):
    state = torch.load(path, weights_only=True)
    torch.save({**state, "epoch": "1"}, path)


def _other_network(path, marker):
    state = torch.load(path, weights_only=True)
    torch.save({**state, "model": {"conv.weight": torch.zeros(3)}}, path)


@pytest.mark.parametrize("spoil, message", [
    (_crafted, "holds Python objects besides tensors"),
    (_cut, "is cut short, damaged or not a PyTorch checkpoint"),
    (_text, "is cut short, damaged or not a PyTorch checkpoint"),
    (_wrong_keys, "lacks model, optimizer, best_score, best_epoch"),
    (_not_a_dict, "holds a list, not a checkpoint dict"),
    (_epoch_as_text, "epoch must be a whole number"),
    (_other_network, "was saved from another network"),
], ids=["crafted-pickle", "cut", "text", "wrong-keys", "not-a-dict", "epoch-as-text", "other-network"])
def test_resume_refuses_a_bad_last_pt_with_one_line_and_runs_no_code(one_epoch, tmp_path, capsys, spoil, message):
    run = tmp_path / "run"
    shutil.copytree(one_epoch, run)
    marker = tmp_path / "code-ran"
    spoil(run / "last.pt", marker)
    before = (run / "last.pt").read_bytes()
    capsys.readouterr()
    rc = main([*ARGS, "--out", str(run), "--epochs", "2", "--resume"])
    err = capsys.readouterr().err.strip()
    assert rc == 2 and "Traceback" not in err
    lines = [l for l in err.splitlines() if l.startswith("error:")]
    assert len(lines) == 1 and message in lines[0] and "last.pt" in lines[0], err
    assert not marker.exists()
    assert (run / "last.pt").read_bytes() == before  # the refused file is left as it was


def test_a_crafted_best_pt_is_refused_too(tmp_path):
    marker = tmp_path / "code-ran"
    _crafted(tmp_path / "best.pt", marker)
    with pytest.raises(CheckpointError, match="holds Python objects"):
        load_checkpoint(tmp_path / "best.pt")
    assert not marker.exists()


def test_resume_refuses_a_run_of_another_architecture(one_epoch, tmp_path, capsys):
    run = tmp_path / "run"
    shutil.copytree(one_epoch, run)
    args = [a if a != "32" else "48" for a in ARGS]  # --input-size 48
    rc = main([*args, "--out", str(run), "--epochs", "2", "--resume"])
    err = capsys.readouterr().err
    assert rc == 2 and "input_size 32 (this run: 48)" in err and "Traceback" not in err


def _cached_cfg(**kw) -> TrainConfig:
    settings = dict(data=str(CHIPS), architecture="efficientnet_lite0", pretrained="imagenet", epochs=3,
                    freeze_epochs=3, cache_features=True, batch_size=8, progress=False)
    return TrainConfig(**{**settings, **kw})


def test_cached_features_write_the_same_run_files_guard_and_resume(tmp_path):
    table = load_table(CHIPS, kind="jpg")
    dist = setup_distributed("cpu")
    train, val = np.arange(6), np.arange(6, 8)
    full = train_model(_cached_cfg(), table, train, val, tmp_path / "full", dist)
    for name in ("best.pt", "last.pt", "history.csv"):
        assert (tmp_path / "full" / name).is_file(), name
    last = load_checkpoint(tmp_path / "full" / "last.pt", ("model", "optimizer", "epoch"))
    assert last["epoch"] == 3 and last["architecture"] == "efficientnet_lite0"
    # a second run into the same folder is refused instead of silently deleting its history
    with pytest.raises(DataError, match="already holds a run"):
        train_model(_cached_cfg(), table, train, val, tmp_path / "full", dist)
    # cut after epoch 2, resumed: the same head as the uninterrupted run
    train_model(_cached_cfg(epochs=2, freeze_epochs=2), table, train, val, tmp_path / "cut", dist)
    resumed = train_model(_cached_cfg(resume=True), table, train, val, tmp_path / "cut", dist)
    history = (tmp_path / "cut" / "history.csv").read_text().splitlines()
    assert [line.split(",")[0] for line in history[1:]] == ["1", "2", "3"]
    a, b = load_checkpoint(tmp_path / "full" / "last.pt")["model"], load_checkpoint(tmp_path / "cut" / "last.pt")["model"]
    assert all(torch.allclose(a[k], b[k], atol=1e-6) for k in a)
    x = torch.zeros(1, 3, 224, 224)
    assert torch.allclose(full(x), resumed(x), atol=1e-5)
