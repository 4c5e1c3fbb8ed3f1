"""torchrun start-up: every rank checks the run folder before any rank writes into it (a CPU gloo group)."""
from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

#: One torchrun rank up to its first epoch's folder: the run folder's checks, then what each rank's EpochRecorder
#: does next (makes fold_0/). Rank 1 comes late, as a slower process does: before the barrier rank 0 had made
#: fold_0/ by then and rank 1 stopped alone ("holds no run but other files (fold_0)").
RANK = r"""
import sys, time
from pathlib import Path
from trainer.checkpoints import EpochRecorder
from trainer.config import TrainConfig
from trainer.network import setup_distributed
from trainer.train import _start_run_folder
dist = setup_distributed("cpu")
out = Path(sys.argv[1])
cfg = TrainConfig(data="chips", out=str(out), folds=2)
if dist.rank == 1:
    time.sleep(2)
_start_run_folder(cfg, out, "image_name,fold\na,0\nb,1\n", dist)
EpochRecorder(out / "fold_0", cfg, ["red", "green", "blue"], 64, dist.main)
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_a_slower_rank_finds_a_fresh_run_folder_as_rank_0_did(tmp_path):
    out, port = tmp_path / "run", free_port()
    procs = [subprocess.Popen([sys.executable, "-c", RANK, str(out)], cwd=ROOT, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True,
                              env={**os.environ, "PYTHONPATH": str(ROOT), "OMP_NUM_THREADS": "1", "RANK": str(r),
                                   "LOCAL_RANK": str(r), "WORLD_SIZE": "2", "MASTER_ADDR": "127.0.0.1",
                                   "MASTER_PORT": str(port)})
             for r in range(2)]
    try:
        results = [p.communicate(timeout=120) for p in procs]
    finally:
        for p in procs:
            p.kill()
    for p, (_, err) in zip(procs, results):
        assert p.returncode == 0, err[-1500:]
    assert (out / "split.csv").read_text() == "image_name,fold\na,0\nb,1\n" and (out / "config.json").is_file()
