"""Probabilities -> tags: per-class thresholds, atmosphere exclusivity, flag groups."""
from __future__ import annotations

from typing import Sequence

import numpy as np

from .labels import ATMOSPHERE, CLOUDY, FLAG_GROUPS


def decode(probs: np.ndarray, labels: Sequence[str], thresholds: Sequence[float],
           atmosphere_exclusive: bool = True) -> np.ndarray:
    """(N,K) probabilities -> (N,K) booleans.

    With ``atmosphere_exclusive`` exactly one atmosphere label is chosen (the most probable) and a
    cloudy chip gets no ground labels, as in the dataset's labelling rules.
    """
    probs = np.asarray(probs, dtype=np.float32)
    tags = probs >= np.asarray(thresholds, dtype=np.float32)[None, :]
    if not atmosphere_exclusive:
        return tags
    atmo = [i for i, l in enumerate(labels) if l in ATMOSPHERE]
    if not atmo:
        return tags
    ground = [i for i, l in enumerate(labels) if l not in ATMOSPHERE]
    best = np.asarray(atmo)[probs[:, atmo].argmax(axis=1)]
    tags[:, atmo] = False
    tags[np.arange(len(probs)), best] = True
    if CLOUDY in labels:
        cloudy = tags[:, list(labels).index(CLOUDY)]
        tags[np.ix_(cloudy, ground)] = False
    return tags


def flag_columns(tags: np.ndarray, labels: Sequence[str]) -> dict[str, np.ndarray]:
    """(N,K) booleans -> {flag name: (N,) booleans} for each flag group the model can predict."""
    index = {l: i for i, l in enumerate(labels)}
    out = {}
    for flag, members in FLAG_GROUPS.items():
        cols = [index[m] for m in members if m in index]
        out[flag] = tags[:, cols].any(axis=1) if cols else np.zeros(len(tags), dtype=bool)
    return out
