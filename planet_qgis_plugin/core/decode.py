"""Probabilities -> tags: per-class thresholds, atmosphere exclusivity; tags + concepts -> flags and scores."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping, Sequence

import numpy as np

from .labels import ATMOSPHERE, CLOUDY, FLAG_GROUPS

#: manifest.decoding key: a tag with fewer positive training examples (manifest.metrics.support)
#: raises no flag by itself; its probability is still written.
MIN_FLAG_SUPPORT_KEY = "min_flag_support"
DEFAULT_MIN_FLAG_SUPPORT = 20


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


def unsupported_flag_tags(labels: Sequence[str], decoding: Mapping, metrics: Mapping) -> list[str]:
    """Flag-group tags of the model with fewer than ``min_flag_support`` positive training examples.

    A bundle that records no ``metrics.support`` (nothing is known about its training data) silences none.
    """
    support = metrics.get("support")
    if not isinstance(support, Mapping):
        return []
    minimum = decoding.get(MIN_FLAG_SUPPORT_KEY, DEFAULT_MIN_FLAG_SUPPORT)
    return [tag for members in FLAG_GROUPS.values() for tag in members
            if tag in labels and isinstance(support.get(tag), (int, float)) and support[tag] < minimum]


def flag_columns(tags: np.ndarray, labels: Sequence[str], silenced: Sequence[str] = ()) -> dict[str, np.ndarray]:
    """(N,K) booleans -> {flag name: (N,) booleans} for each flag group; ``silenced`` tags raise none."""
    index = {l: i for i, l in enumerate(labels)}
    out = {}
    for flag, members in FLAG_GROUPS.items():
        cols = [index[m] for m in members if m in index and m not in silenced]
        out[flag] = tags[:, cols].any(axis=1) if cols else np.zeros(len(tags), dtype=bool)
    return out


@dataclass
class Flags:
    """Per-tile flag columns of one batch, as written to the tile layer."""

    groups: dict[str, np.ndarray]      # flag_<group>: (N,) bool, tags and concepts of the group
    scores: dict[str, np.ndarray]      # score_<group>: (N,) float32 in 0..1
    concepts: dict[str, tuple[np.ndarray, np.ndarray]]  # name -> (p_<name>, flag_<name>)
    flagged: np.ndarray                # (N,) bool: any group flag (concepts of group "other" excluded)


def flags_and_scores(probs: np.ndarray, tags: np.ndarray, labels: Sequence[str], silenced: Sequence[str] = (),
                     concepts: Mapping[str, tuple[np.ndarray, np.ndarray]] | None = None,
                     concept_groups: Mapping[str, str] | None = None) -> Flags:
    """Flags and scores of a batch. ``concepts``: {name: (probabilities, flags)} (core.concepts.concept_columns)
    with ``concept_groups`` {name: group}; a concept folds into its group's flag and score, a concept of
    group ``other`` only raises its own flag. ``score_<group>`` is the highest probability among the
    group's flag-eligible (not ``silenced``) tags and its concepts; 0 where it has none."""
    concepts = dict(concepts or {})
    concept_groups = dict(concept_groups or {})
    n = len(probs)
    groups = flag_columns(tags, labels, silenced)
    index = {l: i for i, l in enumerate(labels)}
    scores = {}
    for group, members in FLAG_GROUPS.items():
        columns = [probs[:, index[m]] for m in members if m in index and m not in silenced]
        for name, (p, flag) in concepts.items():
            if concept_groups.get(name) == group:
                columns.append(p)
                groups[group] = groups[group] | flag
        highest = np.nan_to_num(np.max(np.stack(columns), axis=0)) if columns else np.zeros(n)
        scores[group] = np.clip(highest, 0.0, 1.0).astype(np.float32)
    flagged = np.zeros(n, dtype=bool)
    for column in groups.values():
        flagged |= column
    return Flags(groups, scores, concepts, flagged)
