"""Probabilities -> tags: per-class thresholds and atmosphere exclusivity (flags: core/pipeline/flags.py)."""
from __future__ import annotations

from typing import Sequence

import numpy as np

from ..labels import ATMOSPHERE, CLOUDY


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
