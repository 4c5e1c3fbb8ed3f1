"""Run report: markdown with the per-class F2 table next to the paper's, and PNG plots."""
from __future__ import annotations

import csv
import math
from pathlib import Path
from typing import Sequence

import numpy as np

from .metrics import GRID, Evaluation

#: Per-class F2 of the reference paper's best model (ResNet-50, sample F2 0.907 on its test split).
PAPER_F2: dict[str, float] = {
    "clear": 0.973, "cloudy": 0.875, "partly_cloudy": 0.863, "haze": 0.747, "primary": 0.990,
    "agriculture": 0.883, "road": 0.820, "water": 0.765, "cultivation": 0.626, "habitation": 0.683,
    "bare_ground": 0.356, "artisinal_mine": 0.770, "selective_logging": 0.310, "blooming": 0.111,
    "slash_burn": 0.0, "blow_down": 0.0, "conventional_mine": 0.479,
}
#: Sample F2 reported in the paper per architecture.
PAPER_SAMPLE_F2 = {"baseline": 0.836, "vgg16": 0.897, "inception_v3": 0.901, "resnet50": 0.907}


def _fmt(v: float | None) -> str:
    return "n/a" if v is None or (isinstance(v, float) and math.isnan(v)) else f"{v:.3f}"


def read_history(path: Path) -> list[dict[str, str]]:
    if not path.is_file():
        return []
    with open(path, newline="") as f:
        return list(csv.DictReader(f))


def _pyplot():
    """matplotlib.pyplot drawing to files only (no display needed)."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    return plt


def _save(fig, out: Path) -> Path:
    fig.tight_layout()
    fig.savefig(out, dpi=100)
    _pyplot().close(fig)
    return out


def plot_curves(histories: dict[str, list[dict[str, str]]], out: Path) -> Path | None:
    """Train/validation loss and validation F2 per epoch (one line set per fold)."""
    histories = {k: v for k, v in histories.items() if v}
    if not histories:
        return None
    fig, (a, b) = _pyplot().subplots(1, 2, figsize=(10, 4))
    for i, (name, history) in enumerate(histories.items()):
        ep = [int(r["epoch"]) for r in history]
        tag = f"{name} " if len(histories) > 1 else ""
        a.plot(ep, [float(r["train_loss"] or "nan") for r in history], "o-", color=f"C{i}", label=f"{tag}train")
        a.plot(ep, [float(r["val_loss"] or "nan") for r in history], "s--", color=f"C{i}", label=f"{tag}validation")
        b.plot(ep, [float(r["val_f2_05"] or "nan") for r in history], "o-", color=f"C{i}", label=f"{tag}F2 @ 0.5")
        b.plot(ep, [float(r["val_f2_uniform"] or "nan") for r in history], "s--", color=f"C{i}", label=f"{tag}F2 @ best uniform")
    a.set(xlabel="epoch", ylabel="loss", title="Loss")
    b.set(xlabel="epoch", ylabel="sample F2", title="Validation F2")
    a.legend(fontsize=7)
    b.legend(fontsize=7)
    return _save(fig, out)


def run_histories(run_dir: Path) -> dict[str, list[dict[str, str]]]:
    """history.csv of a single run, or of each fold_k/ of a K-fold run."""
    if (run_dir / "history.csv").is_file():
        return {"run": read_history(run_dir / "history.csv")}
    return {p.parent.name: read_history(p) for p in sorted(run_dir.glob("fold_*/history.csv"))}


def plot_per_class(ev: Evaluation, labels: Sequence[str], out: Path) -> Path:
    x = np.arange(len(labels))
    ours = [0 if math.isnan(v) else v for v in ev.per_class_f2]
    fig, ax = _pyplot().subplots(figsize=(11, 4))
    ax.bar(x - 0.2, ours, 0.4, label="this model")
    ax.bar(x + 0.2, [PAPER_F2.get(l, 0) for l in labels], 0.4, label="paper (ResNet-50)")
    ax.set_xticks(x, labels, rotation=60, ha="right")
    ax.set(ylabel="F2", ylim=(0, 1.05), title="Per-class F2")
    ax.legend()
    return _save(fig, out)


def plot_threshold(ev: Evaluation, out: Path) -> Path:
    fig, ax = _pyplot().subplots(figsize=(6, 4))
    ax.plot(GRID, ev.f2_vs_threshold, label="uniform threshold")
    ax.axhline(ev.sample_f2, color="C1", ls="--", label=f"per-class thresholds ({ev.sample_f2:.3f})")
    ax.axvline(ev.uniform_threshold, color="grey", ls=":")
    ax.set(xlabel="threshold", ylabel="sample F2", title="Sample F2 vs threshold")
    ax.legend()
    return _save(fig, out)


def write_report(run_dir: Path, ev: Evaluation, labels: Sequence[str], *, title: str, protocol: str,
                 architecture: str, config_text: str, bundle: Path | None = None) -> Path:
    """report.md plus curves.png, per_class_f2.png and f2_threshold.png in ``run_dir``."""
    run_dir = Path(run_dir)
    plots = [p for p in (plot_curves(run_histories(run_dir), run_dir / "curves.png"),
                         plot_per_class(ev, labels, run_dir / "per_class_f2.png"),
                         plot_threshold(ev, run_dir / "f2_threshold.png")) if p is not None]
    paper = PAPER_SAMPLE_F2.get(architecture)
    lines = [
        f"# {title}", "",
        f"Evaluation: {protocol} ({ev.n} chips).", "",
        "| sample F2 | value |", "|---|---|",
        f"| at threshold 0.5 | {ev.sample_f2_at_05:.4f} |",
        f"| at best uniform threshold ({ev.uniform_threshold:.2f}) | {ev.sample_f2_uniform:.4f} |",
        f"| at per-class thresholds, independent tags | {ev.sample_f2_independent:.4f} |",
        f"| at per-class thresholds, atmosphere exclusive | {ev.sample_f2_exclusive:.4f} |",
        f"| **chosen** (atmosphere exclusive: {ev.atmosphere_exclusive}) | **{ev.sample_f2:.4f}** |",
    ]
    if paper is not None:
        lines.append(f"| paper, {architecture} | {paper:.3f} |")
    lines += ["", "## Per-class F2", "",
              "| tag | support | threshold | F2 | paper F2 |", "|---|---:|---:|---:|---:|"]
    for label, sup, thr, f2 in zip(labels, ev.support, ev.thresholds, ev.per_class_f2):
        lines.append(f"| {label} | {sup} | {thr:.2f} | {_fmt(f2)} | {_fmt(PAPER_F2.get(label))} |")
    lines += ["", "n/a: tag neither present nor predicted. Paper: per-class F2 of its ResNet-50 model.", ""]
    if bundle is not None:
        lines += ["", f"Exported bundle: `{bundle}`"]
    lines += ["", "## Plots", ""] + [f"![{p.stem}]({p.name})" for p in plots]
    lines += ["", "## Configuration", "", "```json", config_text, "```", ""]
    out = run_dir / "report.md"
    out.write_text("\n".join(lines), encoding="utf-8")
    return out
