"""The folding rule: which tags and concepts raise ``flag_<group>``, ``flagged`` and ``score_<group>``.

One rule for classify (tags + the bundle's concepts) and teach (the same, plus a concept just taught):

- a tag raises its group's flag only if it is *flag-eligible*: the network saw at least
  ``decoding.min_flag_support`` (default 20) positive training examples of it
  (``metrics.support``; a bundle that does not record support counts every tag as eligible);
- a concept of group mining/logging/slash_burn raises that group's flag where ``flag_<name>`` is true;
  a concept of group ``other`` raises only its own ``flag_<name>``;
- ``score_<group>`` (0..1) is the highest probability among the group's eligible tags and its concepts
  (0 where the group has neither);
- ``flagged`` is true where any ``flag_<group>`` is.
"""
from __future__ import annotations

from typing import Mapping, Sequence

import numpy as np

from ..labels import FLAG_GROUPS

DEFAULT_MIN_FLAG_SUPPORT = 20


def min_flag_support(decoding: Mapping) -> int:
    """Positive training examples a tag needs to raise its group's flag alone (the manifest's, else the default)."""
    return decoding.get("min_flag_support", DEFAULT_MIN_FLAG_SUPPORT)


def group_support(support: Mapping[str, int]) -> dict[str, int]:
    """Positive training examples behind each flag group: the sum over its tags (a tag not recorded counts 0)."""
    return {group: sum(int(support.get(tag, 0)) for tag in tags) for group, tags in FLAG_GROUPS.items()}


def flag_eligible_tags(labels: Sequence[str], decoding: Mapping, metrics: Mapping) -> set[str]:
    """Tags of ``labels`` in a flag group with enough positive training examples to raise it alone."""
    minimum = min_flag_support(decoding)
    support = metrics.get("support")
    members = {tag for tags in FLAG_GROUPS.values() for tag in tags if tag in labels}
    if not isinstance(support, Mapping):
        return members
    return {tag for tag in members if isinstance(support.get(tag), (int, float)) and support[tag] >= minimum}


def fold_groups(n: int, tag_probs: Mapping[str, np.ndarray], tag_on: Mapping[str, np.ndarray],
                eligible: set[str], concepts: Mapping[str, tuple[str, np.ndarray, np.ndarray]]
                ) -> dict[str, np.ndarray]:
    """Per-tile group columns for ``n`` tiles.

    ``tag_probs`` / ``tag_on``: {tag: (n,) probability / decoded boolean}; ``concepts``:
    {name: (group, (n,) probability, (n,) flag)}. Returns {"flag_<group>": bool, "score_<group>":
    float32 for each group, "flagged": bool}, every array of length ``n``.
    """
    out: dict[str, np.ndarray] = {}
    flagged = np.zeros(n, dtype=bool)
    for group, members in FLAG_GROUPS.items():
        flag = np.zeros(n, dtype=bool)
        score = np.zeros(n, dtype=np.float32)
        for tag in members:
            if tag in eligible and tag in tag_probs:
                flag |= np.asarray(tag_on[tag], dtype=bool)
                score = np.maximum(score, np.asarray(tag_probs[tag], dtype=np.float32))
        for concept_group, p, on in concepts.values():
            if concept_group == group:
                flag |= np.asarray(on, dtype=bool)
                score = np.maximum(score, np.asarray(p, dtype=np.float32))
        out[f"flag_{group}"] = flag
        out[f"score_{group}"] = np.clip(np.nan_to_num(score, nan=0.0), 0.0, 1.0)
        flagged |= flag
    out["flagged"] = flagged
    return out
