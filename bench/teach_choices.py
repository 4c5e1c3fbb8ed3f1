"""Why core/teach/fit.py's logistic regression is set as it is: candidate scorers under teach_eval's protocol.

Called by bench/teach_eval.py, which writes the table into docs/teach_eval.md ("Choices"). Each
candidate ranks the tiles from k marked positives (no negatives marked) with the same draws, AUC and
P@10 as bench/teach_eval.py, for k = 3, 5 and 10 (where teach fits the logistic regression; one mark
uses similarity). One default is chosen by the mean over every concept of both data sets, never per
concept (the concept an analyst will teach is none of these).

The candidates: teach itself with other settings (``l2``, ``background``), and scorers that change
the features the same Newton solver sees (``core.teach.fit._logistic_head``): a stronger power
normalisation, per-dimension standardisation with the scene's mean and standard deviation, PCA whitening, a shrunk scene
covariance (linear discriminant), and query expansion. Each of these is still linear in the
transformed embedding, so it could be stored as a Concept if it ranked better (standardisation as
``w' = w / sigma``, ``b' = b - sum(w * mu / sigma)``). The fourth root (``root4_l2``), which ranked best here
and then kept every #18 goal on the flags (docs/teach_flags.md), became teach's transform for tiles alone on
2026-12-06; the square root it replaced is now a candidate, and the other candidates still transform the square
root's features (as when they were measured). Ranking alone does not change the default: a candidate that ranks better goes to
bench/teach_flags.py's goal table.
"""
from __future__ import annotations

from typing import Callable

import numpy as np

from planet_qgis_plugin.core.model.concepts import features
from planet_qgis_plugin.core.teach import fit as teach_module
from scripts.ranking import auc, precision_at

KS = (3, 5, 10)
#: A standard deviation is floored at this share of the median one (near-constant features would
#: otherwise be blown up to unit variance by noise).
SD_FLOOR = 0.1
#: Margin in mean AUC a candidate must beat the current default by to replace it (the spread between
#: draws of one row is 0.01-0.2; the mean over ~40 rows moves by a few thousandths from seed to seed).
MARGIN = 0.01

Scorer = Callable[[np.ndarray, np.ndarray, np.ndarray, int, str], np.ndarray]


def _teach(**options) -> Scorer:
    def run(embeddings, unit, positives, seed, backbone_id):
        return teach_module.teach(embeddings, positives.tolist(), name="probe", backbone_id=backbone_id,
                                  seed=seed, **options).probabilities.astype(np.float64)
    return run


def _per_scene(transform: Callable[[np.ndarray], object]) -> Callable[[np.ndarray], object]:
    """``transform`` computed once per scene (the draws of one concept share it)."""
    last: list = [None, None]

    def cached(unit: np.ndarray):
        if last[0] is not unit:
            last[:] = [unit, transform(unit)]
        return last[1]
    return cached


def _background(unit: np.ndarray, positives: np.ndarray, count: int, seed: int) -> np.ndarray:
    unmarked = np.setdiff1d(np.arange(len(unit)), positives)
    return teach_module._at_most(unmarked, count, seed)


def _logistic_on(transform: Callable[[np.ndarray], np.ndarray], l2: float = 1.0,
                 background: int = teach_module.DEFAULT_BACKGROUND, class_weight: bool = True) -> Scorer:
    """teach's Newton solver on ``transform(unit)`` instead of ``unit``."""
    def run(embeddings, unit, positives, seed, backbone_id):
        x = transform(unit)
        drawn = _background(unit, positives, background, seed)
        none, no_rows = np.zeros(0, dtype=np.int64), np.zeros((0, x.shape[1]), np.float32)
        if class_weight:
            w, b = teach_module._Fit(x, drawn, None, 0.0, no_rows, no_rows, l2)(positives, none)
        else:  # every tile weighs 1: the drawn tiles count as that many marked negatives
            w, b = teach_module._Fit(x, none, None, 0.0, no_rows, no_rows, l2)(positives, drawn)
        return x @ w + b
    return run


def standardised(unit: np.ndarray) -> np.ndarray:
    """Each feature minus the scene's mean, over the scene's standard deviation (floored)."""
    x = unit.astype(np.float64) - unit.mean(axis=0, dtype=np.float64)
    sd = x.std(axis=0)
    return x / np.maximum(sd, SD_FLOOR * float(np.median(sd)))


def pca_whitened(components: int) -> Callable[[np.ndarray], np.ndarray]:
    @_per_scene
    def transform(unit: np.ndarray) -> np.ndarray:
        x = unit.astype(np.float64) - unit.mean(axis=0, dtype=np.float64)
        u, _, _ = np.linalg.svd(x, full_matrices=False)
        return u[:, :components] * np.sqrt(len(x))  # unit variance along each of the top components
    return transform


def shrunk_discriminant(alpha: float) -> Scorer:
    """w = ((1 - alpha) C + alpha tr(C)/D I)^-1 (positives' mean - scene mean), C the scene covariance."""
    @_per_scene
    def scene(unit: np.ndarray):
        x = unit.astype(np.float64) - unit.mean(axis=0, dtype=np.float64)
        return (x, *np.linalg.svd(x, full_matrices=False)[1:])

    def run(embeddings, unit, positives, seed, backbone_id):
        x, s, vt = scene(unit)
        variance = s ** 2 / len(x)
        ridge = alpha * variance.sum() / x.shape[1]
        q = x[positives].mean(axis=0)
        along = vt @ q
        w = vt.T @ (along / ((1 - alpha) * variance + ridge)) + (q - vt.T @ along) / ridge
        return x @ w
    return run


def query_expansion(extra: int, weight: float) -> Scorer:
    """Centred similarity, then the ``extra`` unmarked tiles most like the query join it at ``weight``."""
    def run(embeddings, unit, positives, seed, backbone_id):
        x = unit.astype(np.float64) - unit.mean(axis=0, dtype=np.float64)
        q = x[positives].mean(axis=0)
        first = x @ q
        unmarked = np.setdiff1d(np.arange(len(x)), positives)
        nearest = x[unmarked[np.argsort(-first[unmarked], kind="stable")[:extra]]].mean(axis=0)
        return x @ (q / np.linalg.norm(q) + weight * nearest / np.linalg.norm(nearest))
    return run


DEFAULT = "logistic, λ = 1, 200 background, class-weighted (teach's default)"
CANDIDATES: dict[str, Scorer] = {
    "cosine: centred similarity (teach's one-mark method)": _teach(method="similarity"),
    DEFAULT: _teach(method="logistic"),
    "logistic, λ = 10": _teach(method="logistic", l2=10.0),
    "logistic, λ = 0.1": _teach(method="logistic", l2=0.1),
    "logistic, λ = 0.01": _teach(method="logistic", l2=0.01),
    "logistic, 30 background": _teach(method="logistic", background=30),
    "standardised features, λ = 1 (sklearn C = 1)": _logistic_on(_per_scene(standardised)),
    "standardised, λ = 1, 30 background, unweighted (3 marks against 30, as in issue #10)":
        _logistic_on(_per_scene(standardised), background=30, class_weight=False),
    "standardised, λ = 100": _logistic_on(_per_scene(standardised), l2=100.0),
    "square root instead of the fourth root (sqrt_l2, the default before 2026-12-06), λ = 1":
        _teach(method="logistic", transform="sqrt_l2"),
    "PCA-whitened (10 components), λ = 1": _logistic_on(pca_whitened(10)),
    "shrunk discriminant, α = 0.9": shrunk_discriminant(0.9),
    "query expansion: 5 nearest unmarked at ½": query_expansion(5, 0.5),
}


def rows(tiles, concept: str, scorer: Scorer, draws: int, seed: int, backbone_id: str):
    """(k, mean AUC, mean P@10) for each k with enough positives; the draws of bench/teach_eval.py."""
    index = tiles.index()
    labelled = {index[t]: v for t, v in tiles.labels[concept].items()}
    positives = np.array(sorted(i for i, v in labelled.items() if v == 1))
    n_pos, n_neg = len(positives), len(labelled) - len(positives)
    unit = features(tiles.embeddings, "sqrt_l2")  # what the other candidates transform (as when they were measured)
    for k in KS:
        if n_pos < k + 2 or n_neg == 0:
            continue
        rng = np.random.default_rng([seed, k, sum(map(ord, concept))])
        aucs, p10s = [], []
        for draw in range(draws):
            marked = rng.choice(positives, size=k, replace=False)
            rest = np.array(sorted(set(labelled) - set(marked.tolist())))
            truth = np.array([labelled[i] for i in rest])
            scores = scorer(tiles.embeddings, unit, np.sort(marked), draw, backbone_id)[rest]
            aucs.append(auc(scores, truth))
            p10s.append(precision_at(scores, truth, 10))
        yield k, float(np.mean(aucs)), float(np.mean(p10s))


def choices_section(parts: list[tuple[str, object, list[str]]], draws: int, seed: int, backbone_id: str,
                    single: tuple[str, str, int] = ("b", "water", 3)) -> list[str]:
    """Markdown lines: one row per candidate, mean AUC / P@10 over all rows of each part and of both,
    and the ``single`` (part, concept, k) row on its own."""
    names = [name for name, _, _ in parts]
    head = ("| candidate | rows | AUC all | P@10 all | " + " | ".join(f"AUC ({n}) | P@10 ({n})" for n in names)
            + f" | ({single[0]}) {single[1]}, k = {single[2]}: AUC / P@10 |")
    lines = [head, "|---|---|" + "---|" * (2 + 2 * len(names) + 1)]
    means = {}
    for label, scorer in CANDIDATES.items():
        per_part, single_cell = [], ""
        for name, tiles, concepts in parts:
            found = [(c, *r) for c in concepts for r in rows(tiles, c, scorer, draws, seed, backbone_id)]
            per_part.append(found)
            single_cell = single_cell or next((f"{a:.2f} / {p:.2f}" for c, k, a, p in found
                                     if (name, c, k) == single), "")
        every = [r for found in per_part for r in found]
        means[label] = float(np.mean([r[2] for r in every]))
        cells = [f"{np.mean([r[2] for r in every]):.3f}", f"{np.mean([r[3] for r in every]):.3f}"]
        for found in per_part:
            cells += [f"{np.mean([r[2] for r in found]):.3f}", f"{np.mean([r[3] for r in found]):.3f}"]
        mark = "**" if label == DEFAULT else ""
        lines.append(f"| {mark}{label}{mark} | {len(every)} | " + " | ".join(cells) + f" | {single_cell} |")
        print(lines[-1], flush=True)
    best = max(means, key=means.get)
    verdict = (f"Best mean AUC: {best} ({means[best]:.3f}); teach's default: {means[DEFAULT]:.3f}. "
               + (f"It ranks better than the default by more than {MARGIN}: a candidate for the default, which changes "
                  "only if the flags it sets after 3 marks + 20 answers keep every goal of issue #18 the default meets "
                  "and meet one more (bench/teach_flags.py, docs/teach_flags.md)."
                  if means[best] > means[DEFAULT] + MARGIN else
                  f"No candidate ranks better than the default by more than {MARGIN}."))
    return lines + ["", verdict]
