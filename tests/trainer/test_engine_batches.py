"""Each process of a training run gets batches to train on, however small its share of the chips."""
from __future__ import annotations

import numpy as np

from trainer.config import TrainConfig
from trainer.data import ChipDataset
from trainer.engine import _loader
from trainer.network import Dist
from trainer.tables import load_table

from .conftest import CHIPS


def test_every_torchrun_process_trains_on_its_share_of_the_chips():
    # 6 training chips, batches of 4, 2 processes: each process holds 3 chips, fewer than a batch
    table = load_table(CHIPS, kind="jpg").subset(np.arange(6))
    cfg = TrainConfig(data=str(CHIPS), batch_size=4, workers=0)
    dataset = ChipDataset(table, 32)
    for rank in (0, 1):
        seen = sum(len(y) for _, y in _loader(cfg, dataset, 1, Dist(rank, 2)))
        assert seen == 3, rank
    # one process: full batches only (a last batch of 2 chips is dropped), as before
    assert [len(y) for _, y in _loader(cfg, dataset, 1, Dist(0, 1))] == [4]
