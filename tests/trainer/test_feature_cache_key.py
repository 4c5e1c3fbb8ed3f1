"""The feature cache must not hand one table's features to another table of the same chip names."""
from __future__ import annotations

import numpy as np
import torch

from trainer import feature_cache
from trainer.config import TrainConfig
from trainer.engine import train_model
from trainer.network import setup_distributed
from trainer.tables import load_table

from .conftest import CHIPS


def test_jpg_and_tif_chips_of_one_csv_get_their_own_features(tmp_path):
    # the same labels CSV and chip names, read as 8-bit RGB JPGs and as 16-bit B,G,R,NIR TIFs
    jpg, tif = (load_table(CHIPS, kind=kind, limit=2) for kind in ("jpg", "tif"))
    assert jpg.names == tif.names and jpg.csv == tif.csv
    cfg = TrainConfig(data=str(CHIPS), architecture="baseline", pretrained="none", input_size=32, epochs=1,
                      freeze_epochs=1, cache_features=True, batch_size=2, checkpoint="last", progress=False)
    seen = []
    for name, table in (("jpg", jpg), ("tif", tif)):
        train_model(cfg, table, np.arange(2), np.array([], int), tmp_path / name, setup_distributed("cpu"))
        seen.append(next(iter(feature_cache._CACHE.values()))[0].clone())
    assert not torch.equal(seen[0], seen[1])
    feature_cache._CACHE.clear()  # the TIF chips' features computed afresh are those the TIF run trained on
    train_model(cfg, tif, np.arange(2), np.array([], int), tmp_path / "again", setup_distributed("cpu"))
    assert torch.equal(next(iter(feature_cache._CACHE.values()))[0], seen[1])


def test_cached_features_under_torchrun_is_one_line(tmp_path):
    """The cached-feature loop runs in one process: under torchrun every process would train the same head and
    the others would read best.pt while the first is still writing it. Refused before any training."""
    import pytest

    from trainer.data import DataError
    from trainer.network import Dist

    cfg = TrainConfig(data=str(CHIPS), architecture="baseline", pretrained="none", input_size=32, epochs=1,
                      freeze_epochs=1, cache_features=True, batch_size=2, progress=False)
    with pytest.raises(DataError, match="--cache-features runs in one process"):
        train_model(cfg, load_table(CHIPS, kind="jpg"), np.arange(6), np.arange(6, 8), tmp_path / "run", Dist(0, 2))
    assert not (tmp_path / "run").exists()
