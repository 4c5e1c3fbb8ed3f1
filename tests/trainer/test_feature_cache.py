"""Head-only training on cached backbone features (--cache-features)."""
from __future__ import annotations

import numpy as np
import torch

from trainer.config import TrainConfig
from trainer.engine import train_model
from trainer.network import setup_distributed
from trainer.tables import load_table

from .conftest import CHIPS


def test_cached_head_training_learns_and_leaves_the_backbone_untouched(tmp_path):
    table = load_table(CHIPS, kind="jpg")
    cfg = TrainConfig(data=str(CHIPS), architecture="efficientnet_lite0", pretrained="imagenet", epochs=25,
                      freeze_epochs=25, cache_features=True, batch_size=8, checkpoint="last", progress=False)
    model = train_model(cfg, table, np.arange(6), np.arange(6, 8), tmp_path / "run", setup_distributed("cpu"))
    history = (tmp_path / "run" / "history.csv").read_text().splitlines()
    losses = [float(line.split(",")[4]) for line in history[1:]]
    assert len(losses) == 25 and losses[-1] < 0.5 * losses[0]
    from planet_qgis_plugin.core.model.networks import build_model

    fresh = build_model("efficientnet_lite0", pretrained="imagenet")
    assert all(torch.equal(fresh.backbone.state_dict()[k], v) for k, v in model.backbone.state_dict().items())


def test_cache_features_needs_a_fully_frozen_backbone():
    import pytest

    from trainer.data import DataError

    with pytest.raises(DataError, match="--cache-features needs a backbone frozen for every epoch"):
        TrainConfig(data=".", epochs=5, freeze_epochs=2, cache_features=True).validate()


def test_a_cached_run_does_not_depend_on_what_the_process_ran_before(tmp_path):
    """A fold trained on a cold feature cache (its one pass over the chips draws a DataLoader seed from the global
    torch generator) and the same fold on a warm one give the very same head, so the build's folds and final fit do
    not depend on which candidate filled the cache. Before each cached epoch was reseeded (f8766dc), dropout ran on
    from the generator and the two heads differed."""
    from trainer import feature_cache

    table = load_table(CHIPS, kind="jpg")
    cfg = TrainConfig(data=str(CHIPS), architecture="efficientnet_lite0", pretrained="imagenet", epochs=2,
                      freeze_epochs=2, cache_features=True, batch_size=8, checkpoint="last", progress=False)
    dist = setup_distributed("cpu")
    feature_cache._CACHE.clear()
    cold = train_model(cfg, table, np.arange(6), np.arange(6, 8), tmp_path / "cold", dist)
    warm = train_model(cfg, table, np.arange(6), np.arange(6, 8), tmp_path / "warm", dist)
    head_cold, head_warm = cold.head.state_dict(), warm.head.state_dict()
    assert all(torch.equal(head_cold[k], head_warm[k]) for k in head_cold)
