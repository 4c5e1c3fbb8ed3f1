"""The model card states what the data and manifest say (chip count, tags without examples, input)."""
from __future__ import annotations

import numpy as np

from planet_qgis_plugin.core.labels import LABELS
from planet_qgis_plugin.core.model.bundle import Manifest
from planet_qgis_plugin.core.pipeline.decode import decode
from trainer.compare import CandidateResult, comparison_table, most_frequent_tagset_probs, score
from trainer.metrics import evaluate_probs
from trainer.model_card import write_model_card
from trainer.tables import load_table

from .conftest import CHIPS


def test_card_numbers_come_from_the_table_and_manifest(tmp_path):
    table = load_table(CHIPS, kind="jpg")
    y = table.targets
    folds = np.arange(len(y)) % 2
    rng = np.random.default_rng(0)
    probs = np.clip(y * 0.7 + rng.uniform(0, 0.3, y.shape), 0, 1).astype(np.float32)
    results = [score(CandidateResult("lite0_frozen", "(c) model", probs, 1.0), y, folds),
               score(CandidateResult("most_frequent", "(a) trivial", most_frequent_tagset_probs(y, folds), 0.0), y, folds)]
    rows = comparison_table(results, "lite0_frozen")
    ev = evaluate_probs(y, probs, LABELS, decode)
    manifest = Manifest(name="card-test", architecture="efficientnet_lite0", labels=list(LABELS),
                        thresholds=dict(zip(LABELS, ev.thresholds)), input_size=224, chip_size=256,
                        training={"chip_format": "jpg", "seed": 0},
                        metrics={**ev.manifest_metrics(LABELS, "2-fold stratified cross-validation"),
                                 "speed": {"onnx_cpu_chips_per_s": 1.0, "torch_cpu_chips_per_s": 1.0, "gpu": "none"}})
    card = write_model_card(tmp_path / "card.md", manifest, rows,
                            {"winner": "lite0_frozen", "minutes": 1.0, "bundle_mb": 1.0,
                             "calibration": {"rule": {}, "loo_mae": None}}, table).read_text()
    absent = [t for t in LABELS if y[:, LABELS.index(t)].sum() == 0]
    assert f"measured honestly, on {len(table)} chips" in card and "64 chips" not in card
    assert f"| tag | positives in the {len(table)} chips |" in card
    assert "RGB 256x256 px chips resized to 224x224 as in the dataset's JPGs" in card
    line = next(l for l in card.splitlines() if "**no** example at all" in l)
    assert all(t in line.lower() for t in absent) and "rests on at most 0 chips" in card


def test_the_top_lines_interval_rounds_as_its_estimate_does():
    """The card's first section said 'sample F2 0.826 (95 % interval 0.77-0.87)' of an interval of 0.7702-0.8745: the
    estimate to three places and its interval to two, the upper end rounded down below what the card's own table and
    the README say (0.875). Both to three places, as the table writes them."""
    from trainer.model_card import analyst_lines

    manifest = Manifest(name="card-test", architecture="efficientnet_lite0", labels=list(LABELS),
                        thresholds={label: 0.5 for label in LABELS}, input_size=224, chip_size=256,
                        metrics={"sample_f2": 0.8255, "sample_f2_ci95": [0.7702, 0.8745]})
    text = "\n".join(analyst_lines(manifest, 64, {"mining": 2}))
    assert "sample F2 0.826 (95 % interval 0.770-0.875)" in text
