"""Tiny real training runs: learning, resume, export -> plugin core, evaluate.py, K-fold, ensembles."""
from __future__ import annotations

import csv
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
import torch
from PIL import Image

from planet_qgis_plugin.core.labels import LABELS
from planet_qgis_plugin.core.model.bundle import MANIFEST, load_bundle
from planet_qgis_plugin.core.model.networks import load_torch_model
from planet_qgis_plugin.core.model.predict import make_predictor
from planet_qgis_plugin.core.pipeline.preprocess import ChipPreprocessor, Scaler
from trainer import evaluate
from trainer.data import ChipDataset
from trainer.network import MultiLabelLoss, build_network, set_frozen
from trainer.tables import load_table
from trainer.train import main

from .conftest import CHIPS, TINY

ROOT = Path(__file__).resolve().parents[2]


def batch(size: int = 32, bands=None):
    table = load_table(CHIPS)
    ds = ChipDataset(table, size, bands=bands)
    xs, ys = zip(*(ds[i] for i in range(len(ds))))
    return torch.stack(xs), torch.stack(ys)


def train_loss_steps(model, batch, steps: int, lr: float = 1e-3, frozen_backbone: bool = False) -> list[float]:
    """Loss after each of ``steps`` Adam steps on one batch (a quick learning check); with
    ``frozen_backbone`` only the head learns and BatchNorm statistics stay, as in the frozen epochs."""
    criterion = MultiLabelLoss()
    set_frozen(model, frozen_backbone)
    opt = torch.optim.Adam([p for p in model.parameters() if p.requires_grad], lr=lr)
    model.train()
    if frozen_backbone:
        model.backbone.eval()
    losses = []
    for _ in range(steps):
        opt.zero_grad()
        loss = criterion(model(batch[0]), batch[1])
        loss.backward()
        opt.step()
        losses.append(loss.item())
    return losses


def test_loss_decreases_on_real_chips():
    torch.manual_seed(0)
    model = build_network("baseline", ["red", "green", "blue"], None)
    losses = train_loss_steps(model, batch(), steps=15)
    assert losses[-1] < 0.5 * losses[0]


def test_pretrained_lite0_frozen_head_learns_and_4band_keeps_rgb_filters():
    torch.manual_seed(0)
    rgb = build_network("efficientnet_lite0", ["red", "green", "blue"], "imagenet")
    bgrn = build_network("efficientnet_lite0", ["blue", "green", "red", "nir"], "imagenet")
    w3, w4 = rgb.backbone._conv_stem.weight, bgrn.backbone._conv_stem.weight
    assert torch.equal(w4[:, 2], w3[:, 0]) and torch.equal(w4[:, 0], w3[:, 2])  # blue input gets blue filter
    assert torch.allclose(w4[:, 3], w3.mean(1))                              # NIR = mean of RGB filters
    before = {k: v.clone() for k, v in rgb.backbone.state_dict().items()}
    losses = train_loss_steps(rgb, batch(64), steps=8, lr=3e-3, frozen_backbone=True)
    assert losses[-1] < losses[0]
    assert all(torch.equal(before[k], v) for k, v in rgb.backbone.state_dict().items())


def test_run_outputs_and_export_loads_through_plugin_core(tiny_run):
    out = tiny_run
    for name in ("best.pt", "last.pt", "metrics.json", "report.md", "history.csv", "curves.png",
                 "per_class_f2.png", "f2_threshold.png", "oof.npy", "oof_labels.npy", "split.csv", "config.json"):
        assert (out / name).is_file(), name
    report = (out / "report.md").read_text()
    assert "| selective_logging |" in report and "0.310" in report  # paper column
    bundle = load_bundle(out / "bundle")
    m = bundle.manifest
    assert m.bands == ["red", "green", "blue"] and m.input_size == 32 and m.labels == list(LABELS)
    assert m.scaling["uint8"].method == "as_is" and m.scaling["uint16"].method == "percentile_stretch"
    assert m.scaling["uint16"].low == 2 and m.scaling["uint16"].high == 98
    assert m.normalize["mean"] == [0.485, 0.456, 0.406]
    assert set(m.metrics) >= {"protocol", "sample_f2", "sample_f2_at_0.5", "sample_f2_uniform", "per_class_f2", "support"}
    assert {"data", "chips", "provenance", "command", "seed", "epochs"} <= set(m.training)
    assert isinstance(m.decoding["atmosphere_exclusive"], bool)
    assert json.loads((out / "metrics.json").read_text())["sample_f2"] == m.metrics["sample_f2"]

    # The plugin's preprocessing of a raw uint8 chip equals the trainer's dataset item.
    raw = np.asarray(Image.open(CHIPS / "train_0.jpg").convert("RGB")).transpose(2, 0, 1)
    prep = ChipPreprocessor(Scaler(m.scaling["uint8"]), 256, m.input_size, m.normalize["mean"], m.normalize["std"])
    chip, coverage = prep(raw, np.ones(raw.shape[1:], bool))
    x = ChipDataset(load_table(CHIPS), m.input_size)[0][0].numpy()
    assert coverage == 1.0 and np.allclose(chip, x, atol=1e-5)

    # Trained model (best.pt) == bundle through the core's torch and ONNX predictors.
    trained = build_network("baseline", m.bands, None)
    trained.load_state_dict(torch.load(out / "best.pt", weights_only=True)["model"])
    xb = batch(32)[0]
    with torch.no_grad():
        expected = torch.sigmoid(trained.eval()(xb)).numpy()
    for backend in ("torch", "onnx"):
        predictor, _ = make_predictor(bundle, backend, "cpu")
        assert np.allclose(predictor(xb.numpy()), expected, atol=1e-5), backend
    assert np.allclose(torch.sigmoid(load_torch_model(m, bundle.file("weights"))(xb)).detach().numpy(), expected, atol=1e-6)


def test_evaluate_recomputes_bundle_metrics_on_validation_chips(tiny_run, tmp_path, capsys):
    # labels CSV holding only the run's validation chips, next to copies of them
    data = tmp_path / "val"
    data.mkdir()
    with open(tiny_run / "split.csv") as f:
        val = [r["image_name"] for r in csv.DictReader(f) if r["fold"] == "0"]
    rows = [l for l in (CHIPS / "labels.csv").read_text().splitlines()[1:] if l.split(",")[0] in val]
    (data / "labels.csv").write_text("image_name,tags\n" + "\n".join(rows) + "\n")
    for name in val:
        shutil.copy(CHIPS / f"{name}.jpg", data)
    m = load_bundle(tiny_run / "bundle").manifest
    for runtime in ("torch", "onnx"):
        assert evaluate.main(["--bundle", str(tiny_run / "bundle"), "--data", str(data), "--runtime", runtime,
                              "--out", str(tmp_path / f"{runtime}.json"), "--report", str(tmp_path / "rep")]) == 0
        got = json.loads((tmp_path / f"{runtime}.json").read_text())["as_shipped"]
        for key in ("sample_f2", "sample_f2_at_0.5", "sample_f2_uniform", "per_class_f2", "support"):
            assert got[key] == m.metrics[key], (runtime, key)
    assert "sample F2" in capsys.readouterr().out and (tmp_path / "rep" / "report.md").is_file()


def test_resume_continues_from_saved_epoch_and_matches_uninterrupted_run(tmp_path, caplog):
    args = ["--data", str(CHIPS), *TINY, "--no-export", "--seed", "3"]
    assert main([*args, "--out", str(tmp_path / "full"), "--epochs", "2"]) == 0
    assert main([*args, "--out", str(tmp_path / "cut"), "--epochs", "1"]) == 0
    caplog.clear()
    with caplog.at_level("INFO", logger="trainer"):
        assert main([*args, "--out", str(tmp_path / "cut"), "--epochs", "2", "--resume"]) == 0
    assert any("resuming" in r.message and "after epoch 1" in r.message for r in caplog.records)
    hist = list(csv.DictReader(open(tmp_path / "cut" / "history.csv")))
    assert [r["epoch"] for r in hist] == ["1", "2"]
    full = torch.load(tmp_path / "full" / "last.pt", weights_only=True)
    cut = torch.load(tmp_path / "cut" / "last.pt", weights_only=True)
    assert cut["epoch"] == 2
    for k, v in full["model"].items():
        assert torch.allclose(v, cut["model"][k], atol=1e-6), k


def test_the_manifest_says_when_its_numbers_scored_the_epoch_they_picked(tiny_run, tmp_path):
    """--checkpoint best keeps the epoch that scored best on the validation chips the metrics are then taken on:
    the protocol says so; --checkpoint last picks nothing on them."""
    assert "epoch picked on it" in load_bundle(tiny_run / "bundle").manifest.metrics["protocol"]


def test_the_protocol_names_the_share_of_chips_actually_validated_on(tmp_path):
    """--val-fraction 0.3 makes round(1 / 0.3) = 3 stratified folds, one of them validation: 3 of the 8 chips."""
    out = tmp_path / "run"
    assert main(["--data", str(CHIPS), *TINY, "--val-fraction", "0.3", "--epochs", "1", "--no-onnx",
                 "--out", str(out)]) == 0
    validated = sum(line.endswith(",0") for line in (out / "split.csv").read_text().splitlines())
    share = f"{validated / 8:.0%}"
    assert share != "30%" and f"validation split ({share} of the chips)" in load_bundle(out / "bundle").manifest.metrics["protocol"]

def test_kfold_writes_oof_and_exports_tta_ensemble(tmp_path):
    out = tmp_path / "cv"
    assert main(["--data", str(CHIPS), *TINY, "--out", str(out), "--epochs", "1", "--folds", "2", "--tta"]) == 0
    oof, labels = np.load(out / "oof.npy"), np.load(out / "oof_labels.npy")
    assert oof.shape == labels.shape == (8, 17) and np.isfinite(oof).all()
    assert (out / "oof_names.txt").read_text().split() == [f"train_{i}" for i in range(8)]
    assert (out / "fold_0" / "best.pt").is_file() and (out / "fold_1" / "best.pt").is_file()
    m = load_bundle(out / "bundle").manifest
    assert m.architecture == "ensemble" and len(m.model_kwargs["members"]) == 2 and m.model_kwargs["tta"]
    assert "out-of-fold" in m.metrics["protocol"] and "each fold's epoch picked on its fold" in m.metrics["protocol"]
    # the ensemble bundle runs through the core's ONNX predictor like any bundle
    predictor, _ = make_predictor(load_bundle(out / "bundle"), "onnx", "cpu")
    assert predictor(np.zeros((1, 3, 32, 32), np.float32)).shape == (1, 17)


def test_ensemble_cli_combines_bundles(tiny_run, tmp_path):
    from trainer.ensemble import main as ensemble_main

    out = tmp_path / "ens"
    assert ensemble_main(["--bundles", str(tiny_run / "bundle"), str(tiny_run / "bundle"), "--data", str(CHIPS),
                          "--tta", "--out", str(out)]) == 0
    m = load_bundle(out / "bundle").manifest
    assert m.architecture == "ensemble" and len(m.model_kwargs["members"]) == 2 and (out / "report.md").is_file()
    # two copies of one model average to that model: the ensemble scores what the member scores with TTA
    table = load_table(CHIPS)
    member = evaluate.bundle_probs(load_bundle(tiny_run / "bundle"), table, tta=True, progress=False)
    ensemble = evaluate.bundle_probs(load_bundle(out / "bundle"), table, progress=False)
    assert np.allclose(member, ensemble, atol=1e-5)
    assert json.loads((out / "metrics.json").read_text())["n"] == len(table) == m.metrics["n"]


def test_ensemble_refuses_members_whose_input_scaling_differs(tiny_run, tmp_path, capsys):
    """The ensemble bundle scales a raster once, by one rule, for every member: it took the first member's, so a
    member trained to see 16-bit scenes stretched otherwise (another uint16 calibration) got inputs it was never
    trained on, without a word. Refused, in one line naming the member and what differs."""
    from trainer.ensemble import main as ensemble_main

    other = tmp_path / "other"
    shutil.copytree(tiny_run / "bundle", other)
    manifest = json.loads((other / MANIFEST).read_text())
    manifest["scaling"]["uint16"] = {**manifest["scaling"]["uint16"], "method": "percentile_stretch",
                                     "out_low": [0.1, 0.1, 0.1], "out_high": [0.7, 0.7, 0.7]}
    (other / MANIFEST).write_text(json.dumps(manifest))
    load_bundle(other)  # a valid bundle on its own
    assert ensemble_main(["--bundles", str(tiny_run / "bundle"), str(other), "--data", str(CHIPS), "--no-onnx",
                          "--out", str(tmp_path / "ens")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith(f"error: {other}: scaling differs") and "uint16" in err, err
    assert not (tmp_path / "ens").exists()


@pytest.mark.slow
def test_torchrun_ddp_two_processes_on_cpu(tmp_path):
    out = tmp_path / "ddp"
    env = {**os.environ, "OMP_NUM_THREADS": "1", "PYTHONPATH": str(ROOT)}
    cmd = [sys.executable, "-m", "torch.distributed.run", "--nproc_per_node", "2", "--master_port", "29517",
           str(ROOT / "trainer" / "train.py"), "--data", str(CHIPS), "--out", str(out), "--epochs", "1",
           "--device", "cpu", "--no-onnx", *TINY]
    res = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=300)
    assert res.returncode == 0, res.stderr[-2000:]
    assert load_bundle(out / "bundle").manifest.training["processes"] == 2


def test_the_same_command_builds_the_same_bundle_twice(tmp_path):
    args = ["--data", str(CHIPS), *TINY, "--epochs", "2", "--seed", "4", "--no-onnx"]
    for name in ("a", "b"):
        assert main([*args, "--out", str(tmp_path / name)]) == 0
    a, b = (torch.load(tmp_path / n / "bundle" / "model.pt", weights_only=True) for n in ("a", "b"))
    assert a.keys() == b.keys() and all(torch.equal(a[k], b[k]) for k in a)
    ma, mb = (load_bundle(tmp_path / n / "bundle").manifest for n in ("a", "b"))
    assert ma.thresholds == mb.thresholds and ma.decoding == mb.decoding
    assert ma.metrics == mb.metrics
