"""Bad training data gives one clear line on stderr (exit status 2), never a traceback."""
from __future__ import annotations

import shutil

import numpy as np
import pytest
from PIL import Image

from trainer.tables import load_table
from trainer.train import main

from .conftest import TINY


def run_cli(capsys, data, *extra) -> tuple[int, str]:
    rc = main(["--data", str(data), "--out", str(data / "run"), "--epochs", "1", *TINY, *extra])
    err = capsys.readouterr().err.strip()
    return rc, err


def error_line(err: str) -> str:
    lines = [l for l in err.splitlines() if l.startswith("error:")]
    assert len(lines) == 1 and "Traceback" not in err, err
    return lines[0]


def test_unknown_tags_are_named(chips, capsys):
    csv = chips / "labels.csv"
    csv.write_text(csv.read_text().replace("haze primary", "haze primary deforest", 1).replace("clear primary\n", "clear primery\n", 1))
    rc, err = run_cli(capsys, chips)
    line = error_line(err)
    assert rc == 2 and "unknown tag" in line and "'deforest' (line 2)" in line and "'primery'" in line


def test_missing_chips_are_counted_and_named_and_can_be_skipped(chips, capsys):
    (chips / "train_3.jpg").unlink()
    (chips / "train_5.jpg").unlink()
    rc, err = run_cli(capsys, chips)
    line = error_line(err)
    assert rc == 2 and "2 of 8 chips are missing" in line and "train_3, train_5" in line and "--skip-bad" in line
    table = load_table(chips, skip_bad=True)
    assert len(table) == 6 and "train_3" not in table.names


def test_wrong_size_and_band_count(chips, capsys):
    Image.new("RGB", (128, 128)).save(chips / "train_2.jpg")
    Image.new("L", (256, 256)).save(chips / "train_6.jpg")
    rc, err = run_cli(capsys, chips)
    line = error_line(err)
    assert rc == 2 and "2 chips have the wrong size or band count" in line
    assert "train_2 (128x128, expected 256x256" in line and "train_6 (1 bands, expected 3)" in line


def test_empty_dataset_and_missing_folder(chips, tmp_path, capsys):
    (chips / "labels.csv").write_text("image_name,tags\n")
    rc, err = run_cli(capsys, chips)
    assert rc == 2 and "no labelled chips" in error_line(err)
    rc, err = run_cli(capsys, tmp_path / "nowhere")
    assert rc == 2 and "not found" in error_line(err)


def test_bad_csv_columns_and_too_few_chips(chips, capsys):
    (chips / "labels.csv").write_text("name,labels\ntrain_0,clear\n")
    rc, err = run_cli(capsys, chips)
    assert rc == 2 and "needs columns image_name and tags" in error_line(err)
    (chips / "labels.csv").write_text("image_name,tags\ntrain_0,clear primary\ntrain_1,clear\n")
    rc, err = run_cli(capsys, chips)
    assert rc == 2 and "too few" in error_line(err)


def test_missing_pretrained_file_is_a_clear_message(chips, capsys):
    rc, err = run_cli(capsys, chips, "--arch", "resnet50", "--pretrained", str(chips / "nope.pth"))
    assert rc == 2 and "nope.pth not found" in error_line(err) and "--pretrained none" in error_line(err)


def test_existing_run_needs_resume(chips, capsys):
    assert run_cli(capsys, chips)[0] == 0
    rc, err = run_cli(capsys, chips)
    assert rc == 2 and "--resume" in error_line(err)


def test_a_refused_run_folder_is_left_as_it_was(chips, tmp_path, capsys):
    """A rerun without --resume, or a --resume on another split (other chips, --val-fraction: its training chips would
    include the run's validation chips), was refused or resumed only after config.json and split.csv
    had been written over with the new command's; a file as --out was a FileExistsError traceback."""
    assert run_cli(capsys, chips, "--no-export")[0] == 0
    run = chips / "run"
    before = {p.name: p.read_bytes() for p in run.iterdir() if p.is_file()}
    for extra, message in ((["--seed", "7"], "pass --resume"),
                           (["--limit", "6", "--resume"], "holds a run on another split of the chips"),
                           (["--val-fraction", "0.5", "--resume"], "holds a run on another split of the chips")):
        rc, err = run_cli(capsys, chips, "--no-export", *extra)
        assert rc == 2 and message in error_line(err), extra
        assert {p.name: p.read_bytes() for p in run.iterdir() if p.is_file()} == before, extra
    (tmp_path / "afile").write_text("mine")
    for out, message in ((tmp_path / "afile", "is a file, not a run folder"), (tmp_path / "afile" / "sub", "cannot make")):
        assert main(["--data", str(chips), "--out", str(out), "--epochs", "1", *TINY]) == 2
        assert message in error_line(capsys.readouterr().err)
    assert (tmp_path / "afile").read_text() == "mine"


def test_an_out_folder_holding_other_files_but_no_run_is_refused(chips, tmp_path, capsys):
    """--out naming a folder of one's own (or the data folder): the run wrote metrics.json, report.md, ... over
    files of those names without asking. What a run that failed before its first checkpoint left (config.json,
    split.csv) is still started over."""
    mine = tmp_path / "notes"
    mine.mkdir()
    (mine / "report.md").write_text("my report")
    for out in (mine, chips):
        assert main(["--data", str(chips), "--out", str(out), "--epochs", "1", "--no-export", *TINY]) == 2
        assert "holds no run but other files" in error_line(capsys.readouterr().err)
    assert [p.name for p in mine.iterdir()] == ["report.md"] and (mine / "report.md").read_text() == "my report"
    failed = tmp_path / "failed"
    failed.mkdir()
    (failed / "config.json").write_text("{}")
    (failed / "split.csv").write_text("")
    assert main(["--data", str(chips), "--out", str(failed), "--epochs", "1", "--no-export", *TINY]) == 0


def test_tif_chips_load_as_bgrn_stretched(chips):
    from trainer.data import ChipDataset

    (chips / "labels.csv").write_text("image_name,tags\ntrain_0,haze primary\ntrain_1,clear primary\n")
    table = load_table(chips, kind="tif")
    assert table.kind == "tif" and table.bands == ["blue", "green", "red", "nir"]
    x, y = ChipDataset(table, 64)[0]
    assert x.shape == (4, 64, 64) and np.isfinite(x.numpy()).all() and y.sum() == 2
    rgb = ChipDataset(table, 32, bands=["red", "green", "blue"])[1][0]
    assert rgb.shape == (3, 32, 32)


def _truncate(path):
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def test_truncated_jpg_is_named_or_skipped_with_a_count(chips, capsys, caplog):
    _truncate(chips / "train_3.jpg")
    rc, err = run_cli(capsys, chips)
    line = error_line(err)
    assert rc == 2 and "1 chips are unreadable or truncated: train_3 (" in line and "--skip-bad" in line
    with caplog.at_level("WARNING", logger="trainer"):
        table = load_table(chips, skip_bad=True)
    assert "train_3" not in table.names and len(table) == 7
    assert any("skipping 1 chips" in r.message and "train_3" in r.message for r in caplog.records)
    rc, err = run_cli(capsys, chips, "--skip-bad", "--no-export")
    assert rc == 0, err


def test_a_tif_chip_named_jpg_is_named_not_trained_as_rgb(chips, capsys):
    """A 16-bit B,G,R,NIR chip copied in as train_3.jpg: PIL reads it as 8-bit RGBA, and it was trained as such."""
    shutil.copyfile(chips / "train_0.tif", chips / "train_3.jpg")
    rc, err = run_cli(capsys, chips)
    assert rc == 2 and "train_3 (a TIFF named .jpg: rename it .tif)" in error_line(err)


def test_truncated_tif_is_named(chips):
    from trainer.data import DataError

    (chips / "labels.csv").write_text("image_name,tags\ntrain_0,haze primary\ntrain_1,clear primary\n")
    _truncate(chips / "train_1.tif")
    with pytest.raises(DataError, match=r"1 chips are unreadable or truncated: train_1 \("):
        load_table(chips, kind="tif")


def test_labels_whose_tags_are_all_empty_are_refused(chips, capsys):
    names = [f"train_{i}" for i in range(8)]
    (chips / "labels.csv").write_text("image_name,tags\n" + "".join(f"{n},\n" for n in names))
    rc, err = run_cli(capsys, chips)
    assert rc == 2 and "every chip's tags are empty" in error_line(err)
    assert not (chips / "run" / "metrics.json").exists()


def test_evaluate_gives_one_line_for_a_bad_manifest_or_a_truncated_chip(chips, tmp_path, capsys):
    import json
    import shutil

    from trainer import evaluate

    from .conftest import ROOT

    bundle = tmp_path / "bundle"
    shutil.copytree(ROOT / "resources" / "models" / "planet-lite0-sample", bundle)
    manifest = json.loads((bundle / "manifest.json").read_text())
    good = dict(manifest)
    manifest["thresholds"] = list(manifest["thresholds"].values())
    (bundle / "manifest.json").write_text(json.dumps(manifest))
    assert evaluate.main(["--bundle", str(bundle), "--data", str(chips)]) == 2
    assert "thresholds" in error_line(capsys.readouterr().err)
    (bundle / "manifest.json").write_text(json.dumps(good))
    _truncate(chips / "train_5.jpg")
    assert evaluate.main(["--bundle", str(bundle), "--data", str(chips)]) == 2
    assert "train_5" in error_line(capsys.readouterr().err)


def test_a_learning_rate_that_blows_up_the_network_is_one_line_and_no_bundle(chips, capsys):
    """--lr 1e30: each step's loss is finite (it is computed before the update), but the last update leaves
    weights of 1e30 whose outputs are NaN; the epoch was kept, exported and checked against ONNX (NaN > atol
    is False): a bundle whose manifest said "onnx_max_abs_diff": NaN. Both training loops refuse it."""
    for extra in ([], ["--cache-features", "--freeze-epochs", "1"]):
        rc, err = run_cli(capsys, chips, "--lr", "1e30", *extra)
        line = error_line(err)
        assert rc == 2 and "training diverged at epoch 1" in line and "lower --lr" in line, extra
        assert not (chips / "run" / "last.pt").exists() and not (chips / "run" / "bundle").exists()


@pytest.mark.parametrize("args, message", [
    (["--weight-decay", "nan"], "--weight-decay must be a finite number >= 0"),
    (["--weight-decay", "-1"], "--weight-decay must be a finite number >= 0"),
    (["--lr", "inf"], "learning rates (--lr, --backbone-lr) must be finite numbers > 0"),
    (["--focal-gamma", "nan", "--loss", "focal"], "--focal-gamma must be a finite number >= 0"),
    (["--pos-weight", "-3"], "--pos-weight must be none, auto or a finite number > 0, got '-3'"),
    (["--pos-weight", "nan"], "--pos-weight must be none, auto or a finite number > 0"),
    (["--workers", "-1"], "--workers must be >= 0"),
    (["--seed", "-5"], "--seed must be a whole number from 0 to 4294967295"),
    (["--seed", "99999999999999999999999"], "--seed must be a whole number from 0 to 4294967295"),
    (["--limit", "-1"], "--limit must be >= 1"),
    (["--limit", "0"], "--limit must be >= 1"),
    (["--input-size", "100000"], "--input-size must be 16..2048 px"),
], ids=lambda v: " ".join(v) if isinstance(v, list) else None)
def test_numbers_no_run_can_use_are_one_line_before_the_run_folder(chips, capsys, args, message):
    """Tracebacks (Adam's ValueError, DataLoader's, numpy's seeding, a 112 GiB resize), a silent
    training on all but the last chip (--limit -1), on every chip (--limit 0), on a negative positive
    weight, or 'training diverged; lower --lr' for a NaN focal gamma or positive weight."""
    rc, err = run_cli(capsys, chips, *args)
    assert rc == 2 and message in error_line(err)
    assert not (chips / "run").exists()


def test_a_chip_listed_twice_is_one_line(chips, capsys):
    """train_0 listed again (the same tags, other tags, or as train_0.jpg) trained on 9 rows of 8 chips
    without a word: split.csv named train_0 twice, so it could be a training and a validation chip at once."""
    csv = chips / "labels.csv"
    text = csv.read_text()
    for extra in ("train_0,haze primary\n", "train_0,clear primary road\n", "train_0.jpg,haze primary\n"):
        csv.write_text(text + extra)
        rc, err = run_cli(capsys, chips)
        assert rc == 2 and "1 chips are listed more than once: train_0 (lines 2, 10); keep one row" in error_line(err)
        assert not (chips / "run").exists()


@pytest.mark.parametrize("tool, args, message", [
    ("train", ["--epochs", "x"], "error: argument --epochs: invalid int value: 'x' (see "),
    ("train", ["--data", "d", "--arch", "resnet9000"], "error: argument --arch: invalid choice: 'resnet9000'"),
    ("evaluate", ["--bundle", "b"], "error: the following arguments are required: --data (see "),
    ("ensemble", ["--bogus"], "error: the following arguments are required: --bundles, --data, --out"),
    ("calibrate", [], "error: the following arguments are required: --tif-dir, --jpg-dir"),
])
def test_a_wrong_or_missing_argument_is_one_line_and_exit_2(tool, args, message, tmp_path):
    """argparse printed its usage block (9 lines for train.py) before its error, unlike every other bad input."""
    import os
    import subprocess
    import sys

    from .conftest import ROOT

    proc = subprocess.run([sys.executable, str(ROOT / "trainer" / f"{tool}.py"), *args], cwd=tmp_path,
                          env=dict(os.environ, PYTHONPATH=str(ROOT)), capture_output=True, text=True, timeout=120)
    assert proc.returncode == 2 and proc.stderr.splitlines() == [proc.stderr.strip()], proc.stderr
    assert proc.stderr.startswith(message), proc.stderr


def test_a_disk_that_fills_up_mid_run_is_one_line(chips, capsys, monkeypatch):
    """An OSError mid-run (the disk full when the checkpoint is written) was a traceback: only the project's own
    errors were caught."""
    import errno

    import torch

    def full(obj, f, *args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device", str(f))

    monkeypatch.setattr(torch, "save", full)
    rc, err = run_cli(capsys, chips, "--no-export")
    line = error_line(err)
    assert rc == 2 and "(No space left on device)" in line and "--resume" in line


def test_a_chip_name_with_a_dot_is_kept_whole_and_only_a_chip_extension_is_dropped(chips):
    """Kaggle's labels CSV names a chip without its extension (train_1), its file is train_1.jpg or .tif. The name
    was cut at its last dot, so train_1.2 and scene.v2 became train_1 and scene (another chip, or none); a name
    given with its chip extension (train_3.jpg) is still read as train_3."""
    for old, new in (("train_1", "train_1.2"), ("train_2", "scene.v2")):
        (chips / f"{old}.jpg").rename(chips / f"{new}.jpg")
    csv = chips / "labels.csv"
    text = csv.read_text().replace("\ntrain_1,", "\ntrain_1.2,").replace("\ntrain_2,", "\nscene.v2,")
    csv.write_text(text.replace("\ntrain_3,", "\ntrain_3.jpg,").replace("\ntrain_4,", "\ntrain_4.JPG,"))
    table = load_table(chips, kind="jpg")
    assert table.names == ["train_0", "train_1.2", "scene.v2", "train_3", "train_4", "train_5", "train_6", "train_7"]
    assert [p.name for p in table.paths][1:3] == ["train_1.2.jpg", "scene.v2.jpg"]
