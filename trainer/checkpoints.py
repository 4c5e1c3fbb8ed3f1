"""One run folder's per-epoch record: history.csv, TensorBoard, the checkpoints (best.pt and last.pt,
written atomically), resuming, and the rule for which epoch is kept.

Both training loops (``engine.train_fold`` and ``feature_cache.train_head_cached``) write through an
``EpochRecorder``, so a run folder looks the same whichever loop made it. An epoch's checkpoint is one
dict (torchvision-reference style) saved to best.pt when the epoch is kept, then to last.pt: last.pt
is the epoch's commit point, ``--resume`` continues after it.

Checkpoints hold only tensors, numbers and strings and are read with ``torch.load(weights_only=True)``:
a file that needs anything else to unpickle (a crafted pickle could run code), a cut or text file, or
a dict without the expected keys is refused with one line.
"""
from __future__ import annotations

import csv
import logging
import pickle
import warnings
from pathlib import Path

import numpy as np
import torch
from torch import nn

from planet_qgis_plugin.core.publish import staged, sweep_staged

from .config import TrainConfig
from .data import DataError, not_there

log = logging.getLogger("trainer")

HISTORY_FIELDS = ["epoch", "phase", "lr_head", "lr_backbone", "train_loss", "val_loss", "val_f2_05",
                  "val_f2_uniform", "val_threshold", "seconds"]
#: Keys a checkpoint must hold to be resumed from (last.pt) or used as the trained model (best.pt).
RESUME_KEYS = ("model", "optimizer", "epoch", "best_score", "best_epoch")
MODEL_KEYS = ("model",)


class CheckpointError(DataError):
    """A checkpoint file that cannot be used (not ours, damaged, or from another network)."""


def read_history_rows(path: Path) -> list[dict[str, str]]:
    """The rows of a run's history.csv, each with a whole epoch number; CheckpointError (one line) where the file is
    no longer the record the run wrote: saved again by a spreadsheet (semicolons, another encoding) or a row typed in
    (--resume keeps the rows up to the checkpointed epoch: it was a KeyError or ValueError traceback)."""
    try:
        with open(path, newline="") as f:
            rows = list(csv.DictReader(f))
        for line, row in enumerate(rows, start=2):
            try:
                int(row["epoch"])
            except (KeyError, TypeError, ValueError):
                raise ValueError(f"line {line} has no epoch number") from None
    except (UnicodeDecodeError, csv.Error, ValueError) as exc:
        raise CheckpointError(f"{path} is not the record of epochs the run wrote ({' '.join(str(exc).split())[:80]}: "
                              "saved again by a spreadsheet?); put back the one the run wrote, or remove it (the "
                              "record starts again at this resume), then --resume") from None
    return rows


def load_checkpoint(path: Path, keys: tuple[str, ...] = MODEL_KEYS, map_location="cpu") -> dict:
    """The checkpoint dict in ``path``, read without running code; CheckpointError naming what is wrong."""
    path = Path(path)
    if not path.is_file():
        raise CheckpointError(not_there("checkpoint", path))
    try:
        with warnings.catch_warnings():  # torch warns about pickle protocols before refusing
            warnings.simplefilter("ignore")
            state = torch.load(path, map_location=map_location, weights_only=True)
    except pickle.UnpicklingError:
        raise CheckpointError(f"{path} holds Python objects besides tensors, numbers and strings; refused "
                              "(unpickling them could run code): use a checkpoint this trainer wrote") from None
    except Exception as exc:  # torch raises RuntimeError, KeyError, EOFError, ... for damaged files
        raise CheckpointError(f"{path} is cut short, damaged or not a PyTorch checkpoint "
                              f"({type(exc).__name__}); delete it or choose another --out") from None
    if not isinstance(state, dict):
        raise CheckpointError(f"{path} holds a {type(state).__name__}, not a checkpoint dict")
    missing = [k for k in keys if k not in state]
    if missing:
        raise CheckpointError(f"{path} lacks {', '.join(missing)}: not a checkpoint of this trainer "
                              f"(expected keys {', '.join(keys)})")
    weights = state["model"]
    if not isinstance(weights, dict) or not all(isinstance(v, torch.Tensor) for v in weights.values()):
        raise CheckpointError(f"{path}: 'model' is not a state dict of tensors")
    for key in ("epoch", "best_epoch"):
        if key in keys and (not isinstance(state[key], int) or isinstance(state[key], bool) or state[key] < 0):
            raise CheckpointError(f"{path}: {key} must be a whole number >= 0, got {state[key]!r}")
    if "best_score" in keys and not isinstance(state["best_score"], (int, float)):
        raise CheckpointError(f"{path}: best_score must be a number, got {state['best_score']!r}")
    return state


def load_weights(model: nn.Module, weights: dict, path: Path) -> nn.Module:
    """``model.load_state_dict(weights)``, or one line saying the file belongs to another network."""
    try:
        model.load_state_dict(weights)
    except RuntimeError as exc:
        problem = str(exc).splitlines()[1].strip() if len(str(exc).splitlines()) > 1 else str(exc)
        raise CheckpointError(f"{path} was saved from another network ({problem[:120]}); check --arch, "
                              "--input-size and the chips' bands, or choose another --out") from None
    return model


def save_atomic(obj: dict, path: Path) -> None:
    """torch.save that never leaves a half-written checkpoint (core/publish.py staged: a run killed while
    saving keeps the previous epoch's file, which --resume can read; the next save sweeps what it left)."""
    with staged(path) as tmp:
        torch.save(obj, tmp)


class EpochRecorder:
    """Writes a run folder epoch by epoch: history.csv, TensorBoard (when installed), best.pt, last.pt.

    Only the main process records (``main``); every process resumes. ``quiet`` logs epochs at DEBUG
    level (loops that run many short epochs).
    """

    def __init__(self, folder: Path, cfg: TrainConfig, bands: list[str], input_size: int, main: bool = True,
                 quiet: bool = False):
        self.folder, self.cfg, self.main, self.quiet = Path(folder), cfg, main, quiet
        self.folder.mkdir(parents=True, exist_ok=True)
        self.best_path, self.last_path = self.folder / "best.pt", self.folder / "last.pt"
        if self.main:  # before any process looks for last.pt in resume (the caller's barrier between the two)
            for path in (self.best_path, self.last_path):  # saves cut short by a kill
                sweep_staged(path)
        self.history = self.folder / "history.csv"
        self.identity = {"architecture": cfg.architecture, "bands": list(bands), "input_size": int(input_size)}
        self.best_score, self.best_epoch = -1.0, 0
        self.writer = None

    # -- start -------------------------------------------------------------------------------------
    def resume(self, model: nn.Module, optimizer: torch.optim.Optimizer, scaler=None,
               device: torch.device | str = "cpu") -> int:
        """The first epoch to run: 1 in a fresh folder; with ``--resume``, the epoch after last.pt's
        (model, optimizer, AMP scaler and the best score so far restored). A folder that already
        holds a run (last.pt) is refused without ``--resume``."""
        if not self.last_path.is_file():
            if self.main:
                self._truncate_history(0)  # rows of a run that never saved an epoch
            return 1
        if not self.cfg.resume:
            raise DataError(f"{self.folder} already holds a run (last.pt); pass --resume to continue it "
                            "or choose another --out")
        state = load_checkpoint(self.last_path, RESUME_KEYS, device)
        differs = [f"{k} {state[k]!r} (this run: {v!r})" for k, v in self.identity.items()
                   if k in state and state[k] != v]
        if differs:
            raise CheckpointError(f"{self.last_path} was saved by another run: {'; '.join(differs)}; "
                                  "resume with the same settings or choose another --out")
        load_weights(model, state["model"], self.last_path)
        try:
            optimizer.load_state_dict(state["optimizer"])
            if scaler is not None and "scaler" in state:
                scaler.load_state_dict(state["scaler"])
        except (ValueError, KeyError, TypeError, RuntimeError) as exc:
            raise CheckpointError(f"{self.last_path}: its optimizer state does not fit this run "
                                  f"({str(exc).splitlines()[0][:100]}); choose another --out") from None
        self.best_score, self.best_epoch = float(state["best_score"]), int(state["best_epoch"])
        if self.main:
            self._truncate_history(state["epoch"])
            log.info("resuming %s after epoch %d (best F2 %.4f at epoch %d)", self.folder, state["epoch"],
                     self.best_score, self.best_epoch)
        return state["epoch"] + 1

    # -- each epoch --------------------------------------------------------------------------------
    def record(self, epoch: int, row: dict, score: float, validated: bool, model: nn.Module,
               optimizer: torch.optim.Optimizer, scaler=None, probs: np.ndarray | None = None) -> bool:
        """Log one finished epoch and save it; returns whether it is kept as best.pt.

        The keep rule: the epoch with the best validation ``score`` (sample F2 at the best uniform
        threshold), or every epoch (so the last) with ``--checkpoint last`` or without validation chips.
        An epoch whose weights, or whose validation probabilities ``probs``, are not finite numbers is
        refused, not saved: each step's loss is checked before its update, so the last update can diverge.
        """
        if not all(torch.isfinite(v).all() for v in model.state_dict().values() if v.is_floating_point()) \
                or (probs is not None and not np.isfinite(probs).all()):
            raise DataError(f"training diverged at epoch {epoch} (the network's weights or outputs are no longer "
                            "finite numbers); lower --lr")
        self._append_history(row)
        self._tensorboard(epoch, row)
        kept = not validated or self.cfg.checkpoint == "last" or score > self.best_score
        if kept:
            self.best_score, self.best_epoch = score, epoch
        checkpoint = {"model": model.state_dict(), "optimizer": optimizer.state_dict(), "epoch": epoch,
                      "score": score, "best_score": self.best_score, "best_epoch": self.best_epoch,
                      **self.identity}
        if scaler is not None:
            checkpoint["scaler"] = scaler.state_dict()
        if kept:  # best.pt is only read for its model (best_model): no optimizer or scaler state
            save_atomic({k: v for k, v in checkpoint.items() if k not in ("optimizer", "scaler")}, self.best_path)
        save_atomic(checkpoint, self.last_path)  # written last: the commit point of the epoch
        log.log(logging.DEBUG if self.quiet else logging.INFO, "%s epoch %d/%d: %s%s", self.folder.name, epoch,
                self.cfg.epochs, _describe(row), " (kept)" if kept and validated else "")
        return kept

    # -- end ---------------------------------------------------------------------------------------
    def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
            self.writer = None

    def best_model(self, network: nn.Module) -> nn.Module:
        """``network`` (CPU) with the weights of best.pt, in eval mode."""
        if not self.best_path.is_file():
            raise DataError(f"{self.best_path} is missing; the run did not finish an epoch")
        state = load_checkpoint(self.best_path, MODEL_KEYS)
        return load_weights(network.cpu(), state["model"], self.best_path).eval()

    # -- files -------------------------------------------------------------------------------------
    def _append_history(self, row: dict, path: Path | None = None) -> None:
        path = path or self.history
        new = not path.is_file()
        with open(path, "a", newline="") as f:
            writer = csv.DictWriter(f, fieldnames=HISTORY_FIELDS)
            if new:
                writer.writeheader()
            writer.writerow({k: row.get(k, "") for k in HISTORY_FIELDS})

    def _truncate_history(self, last_epoch: int) -> None:
        """Drop log rows past the checkpointed epoch (a run killed after logging, before saving)."""
        if not self.history.is_file():
            return
        rows = [r for r in read_history_rows(self.history) if int(r["epoch"]) <= last_epoch]
        if not rows:
            self.history.unlink()
            return
        with staged(self.history) as tmp:
            tmp.unlink()  # _append_history writes the header into a new file
            for r in rows:
                self._append_history(r, tmp)

    def _tensorboard(self, epoch: int, row: dict) -> None:
        if self.writer is None:
            try:
                from torch.utils.tensorboard import SummaryWriter
            except Exception:  # tensorboard not installed: history.csv only
                return
            self.writer = SummaryWriter(str(self.folder / "tensorboard"))
        for key in ("train_loss", "val_loss", "val_f2_05", "val_f2_uniform"):
            if row.get(key, "") != "":
                self.writer.add_scalar(key, row[key], epoch)


def _describe(row: dict) -> str:
    """'train loss 0.1234, val loss ..., val F2 ... @0.5, ... @0.20' from a history row."""
    text = f"train loss {row['train_loss']:.4f}"
    if "val_loss" in row:
        text += f", val loss {row['val_loss']:.4f}"
    if "val_f2_05" in row:
        text += f", val F2 {row['val_f2_05']:.4f} @0.5, {row['val_f2_uniform']:.4f} @{row['val_threshold']:.2f}"
    else:
        text += " (no validation: keeping the last epoch)"
    return text
