"""Concepts an analyst taught: a linear head over the bundle's tile embeddings (numpy only).

A concept scores a tile as ``sigmoid(w . f(e) + b)``. ``f`` is the concept's ``transform``: ``l2``
is ``e / |e|``; ``sqrt_l2`` takes the signed square root of each value first (power normalisation, which
keeps a few large features from dominating; it ranks better, see docs/teach.md), then ``/ |.|``;
``root4_l2`` the signed fourth root (docs/teach_eval.md, "Choices"). Each way scoring depends on the
direction of the features (what the chip looks like), not their length. A concept keeps the transform it
was taught with, so a concept file or manifest of one transform scores as it did whatever teach's default.
A concept's ``context`` says whether a tile's neighbours count: ``none`` scores each tile alone;
``neighbours`` scores ``f(e)`` plus the mean ``f`` of the tiles around it that do not overlap it (the 8
surrounding tiles of a grid cut at the tile size; core/layer/neighbours.py), renormalised (:func:`features`),
so it needs every tile's row and column and the layer's grid, and is applied to a whole layer at once
(core/teach/apply.py), never batch by batch.
Concepts travel in a concept file (core/teach/concept_file.py) or in the bundle manifest (per-tile
concepts only), and are applied by every classify run with that bundle.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Sequence

import numpy as np

from ..errors import PlanetClassifierError
from ..labels import CONCEPT_GROUPS
from ..layer.neighbours import Neighbours
from ..layer.schema import RESERVED_NAMES
from ..schema import is_number
from ..wording import tr

#: How a concept maps an embedding to the vector its weights apply to (see the module docstring): each
#: transform's name and how many times the signed square root is taken of each value before ``/ |.|``.
TRANSFORMS: dict[str, int] = {"l2": 0, "sqrt_l2": 1, "root4_l2": 2}
#: Whether a tile's neighbours take part in its score (see the module docstring).
CONTEXTS: tuple[str, ...] = ("none", "neighbours")
#: The whole name must match (``fullmatch``: ``$`` alone would also accept a final newline).
NAME_PATTERN = re.compile(r"[a-z][a-z0-9_]{0,39}")
#: Largest weight or bias a concept may carry: taught ones are below 100 (unit features); a larger one is
#: a damaged or hand-made manifest, and would only saturate the sigmoid.
MAX_COEFFICIENT = 1e6


class ConceptError(PlanetClassifierError, ValueError):
    """A concept that cannot be taught, stored or applied; the message says why in one line."""


def check_concept_name(name: str) -> str:
    """``name`` if it makes safe, non-clashing fields ``p_<name>`` and ``flag_<name>``; else ConceptError."""
    if not isinstance(name, str) or not NAME_PATTERN.fullmatch(name):
        raise ConceptError(tr("concept name {name!r} must be 1-40 characters of a-z, 0-9 and _, starting with a "
                              "letter (it becomes the fields p_<name> and flag_<name>)").format(name=name))
    if name in RESERVED_NAMES:
        raise ConceptError(tr("concept name {name!r} clashes with a field the tile layer already has "
                              "(a tag, a flag group or a built-in field); choose another name").format(name=name))
    return name


@dataclass
class Concept:
    """One taught concept, as stored in ``manifest.concepts``."""

    name: str
    group: str
    weights: list[float]
    bias: float
    threshold: float
    backbone_id: str
    provenance: dict[str, Any] = field(default_factory=dict)
    transform: str = "l2"  # manifests written before the field existed mean "l2"
    context: str = "none"

    def validate(self, embedding_size: int | None = None, backbone_id: str | None = None,
                 where: str = "concept") -> None:
        where = f"{where} {self.name!r}"
        check_concept_name(self.name)
        if not isinstance(self.transform, str) or self.transform not in TRANSFORMS:
            raise ConceptError(tr("{where}: transform {transform!r} is not one of {TRANSFORMS}").format(
                where=where, transform=self.transform, TRANSFORMS=', '.join(TRANSFORMS)))
        if not isinstance(self.backbone_id, str) or not self.backbone_id:
            raise ConceptError(tr("{where}: backbone_id must be a non-empty string").format(where=where))
        if backbone_id is not None and self.backbone_id != backbone_id:
            raise ConceptError(tr("{where} was taught on embeddings of backbone {backbone_id}, but this model's "
                                  "backbone is {model_backbone}; teach it again with this model").format(
                where=where, backbone_id=self.backbone_id, model_backbone=backbone_id))
        if self.context not in CONTEXTS:
            raise ConceptError(tr("{where}: context {context!r} is not one of {CONTEXTS}").format(
                where=where, context=self.context, CONTEXTS=', '.join(CONTEXTS)))
        if self.group not in CONCEPT_GROUPS:
            raise ConceptError(tr("{where}: group {group!r} is not one of {CONCEPT_GROUPS}").format(
                where=where, group=self.group, CONCEPT_GROUPS=', '.join(CONCEPT_GROUPS)))
        if not isinstance(self.weights, list) or not self.weights or not all(map(is_number, self.weights)):
            raise ConceptError(tr("{where}: weights must be a non-empty list of numbers (not strings or "
                                  "booleans)").format(where=where))
        w = np.asarray(self.weights, dtype=np.float64)
        if not (np.isfinite(w).all() and np.abs(w).max() <= MAX_COEFFICIENT):
            raise ConceptError(tr("{where}: weights must be finite numbers within +-{MAX_COEFFICIENT:g}").format(
                where=where, MAX_COEFFICIENT=MAX_COEFFICIENT))
        if embedding_size is not None and w.size != embedding_size:
            raise ConceptError(tr("{where}: {size} weights but the embedding has {embedding_size} values").format(
                where=where, size=w.size, embedding_size=embedding_size))
        for key in ("bias", "threshold"):
            value = getattr(self, key)
            if not is_number(value) or not abs(value) <= MAX_COEFFICIENT:
                raise ConceptError(tr("{where}: {key} must be a finite number within +-{MAX_COEFFICIENT:g}").format(
                    where=where, key=key, MAX_COEFFICIENT=MAX_COEFFICIENT))
        if not 0.0 <= self.threshold <= 1.0:
            raise ConceptError(tr("{where}: threshold must lie in [0, 1]").format(where=where))

    @classmethod
    def from_dict(cls, data: Any, where: str = "concept") -> "Concept":
        if not isinstance(data, dict):
            raise ConceptError(tr("{where}: expected an object").format(where=where))
        known = set(cls.__dataclass_fields__)
        unknown = sorted(set(data) - known)
        missing = sorted(k for k in known - {"provenance", "transform", "context"} if k not in data)
        if unknown or missing:
            raise ConceptError(f"{where}: " + "; ".join(
                ([tr("unknown field(s) {names}").format(names=", ".join(unknown))] if unknown else [])
                + ([tr("missing field(s) {names}").format(names=", ".join(missing))] if missing else [])))
        if not isinstance(data.get("provenance", {}), dict):
            raise ConceptError(tr("{where}: provenance must be an object").format(where=where))
        concept = cls(**data)
        concept.validate(where=where)
        return concept


def normalize_rows(embeddings: np.ndarray) -> np.ndarray:
    """(N, D) -> float32 rows of unit length (all-zero rows stay zero)."""
    e = np.asarray(embeddings, dtype=np.float32)
    norms = np.linalg.norm(e, axis=1, keepdims=True)
    return e / np.maximum(norms, 1e-12)


def features(embeddings: np.ndarray, transform: str = "l2", context: str = "none",
             rows: np.ndarray | None = None, cols: np.ndarray | None = None, step: int = 1) -> np.ndarray:
    """(N, D) embeddings -> the (N, D) float32 unit vectors a concept with ``transform`` and ``context``
    scores (``rows``/``cols``: each tile's place in the grid, needed for ``context="neighbours"``; ``step``: the
    places from a tile to the tiles that do not overlap it, core/layer/neighbours.neighbour_step of the layer)."""
    unit = _transformed(embeddings, transform)
    if context == "none":
        return unit
    if context != "neighbours":
        raise ConceptError(tr("context {context!r} is not one of {CONTEXTS}").format(
            context=context, CONTEXTS=', '.join(CONTEXTS)))
    if rows is None or cols is None or len(rows) != len(unit) or len(cols) != len(unit):
        raise ConceptError(tr("a concept with neighbour context needs every tile's row and column"))
    return normalize_rows(unit + neighbour_mean(unit, rows, cols, step))


def neighbour_mean(unit: np.ndarray, rows: np.ndarray, cols: np.ndarray, step: int = 1) -> np.ndarray:
    """(N, D) mean of each tile's grid neighbours' rows of ``unit`` (the tiles around it that do not overlap it,
    ``step`` places away: :func:`neighbour_sum`); a tile with no neighbour in the layer (a lone chip, a tile at
    the edge of the AOI) gets its own row, so it scores as if alone."""
    unit = np.asarray(unit, dtype=np.float32)
    if len(unit) == 0:
        return unit.copy()
    total, count = neighbour_sum(unit, rows, cols, step)
    alone = count == 0
    total[alone] = unit[alone]
    return (total / np.maximum(count, 1)[:, None]).astype(np.float32)


def neighbour_sum(values: np.ndarray, rows: np.ndarray, cols: np.ndarray, step: int = 1) -> tuple[np.ndarray, np.ndarray]:
    """(sum, count): each tile's sum of ``values`` (N, ...) over its grid neighbours in the layer
    (core/layer/neighbours.Neighbours: ``step`` places away), as float64, and how many neighbours it has."""
    return Neighbours(rows, cols, step).sum(values)


def _transformed(embeddings: np.ndarray, transform: str) -> np.ndarray:
    return normalize_rows(signed_roots(embeddings, transform_roots(transform)))


def transform_roots(transform: str) -> int:
    """How many signed square roots ``transform`` takes (:data:`TRANSFORMS`); ConceptError naming the known ones."""
    if transform not in TRANSFORMS:
        raise ConceptError(tr("transform {transform!r} is not one of {TRANSFORMS}").format(
            transform=transform, TRANSFORMS=', '.join(TRANSFORMS)))
    return TRANSFORMS[transform]


def signed_roots(values: np.ndarray, roots: int) -> np.ndarray:
    """float32 ``values`` with the signed square root taken ``roots`` times (a negative ``roots``: squared that
    many times, sign kept); a new array unless ``roots`` is 0."""
    e = np.asarray(values, dtype=np.float32)
    if roots == 0:
        return e
    negative = e < 0
    e = np.abs(e)  # a new array: the caller's values stay as they were
    for _ in range(abs(roots)):
        e = np.sqrt(e) if roots > 0 else e * e
    # the sign put back by one product with +-1 (the same bits as negating the negative ones by a boolean index, at
    # half its time: a batch of 16 embeddings 118 -> 55 µs, once per batch in every classify run)
    e *= np.where(negative, np.float32(-1), np.float32(1))
    return e


def converted(unit: np.ndarray, held: str, transform: str) -> np.ndarray:
    """Unit feature rows of transform ``held`` (each tile alone, context ``none``) as rows of ``transform``: the
    signed power between the two, made unit again (both are powers of ``e`` up to each row's length). ``unit``
    itself when the transforms are one."""
    step = transform_roots(transform) - transform_roots(held)
    return unit if step == 0 else normalize_rows(signed_roots(unit, step))


def sigmoid(x: np.ndarray, dtype=np.float32) -> np.ndarray:
    """Logistic function (tanh form: no overflow for large |x|), computed in float64 and returned as ``dtype``
    (float32 for logits and concept scores; float64 inside teach's fits)."""
    return (0.5 * (1.0 + np.tanh(0.5 * np.asarray(x, dtype=np.float64)))).astype(dtype, copy=False)


def concept_probability(embeddings: np.ndarray, concept: Concept, rows: np.ndarray | None = None,
                        cols: np.ndarray | None = None, step: int = 1) -> np.ndarray:
    """(N, D) embeddings -> (N,) probabilities of ``concept`` in 0..1 (never NaN); ``rows``/``cols`` and ``step``
    for a concept with neighbour context (:func:`features`)."""
    # einsum, not @: a matrix-vector product this small is not worth BLAS's threads, whose wake-up on a
    # machine busy reading and inferring costs far more than the sum itself
    z = np.einsum("ij,j->i", features(embeddings, concept.transform, concept.context, rows, cols, step).astype(np.float64),
                  np.asarray(concept.weights, np.float64)) + concept.bias
    return sigmoid(np.nan_to_num(z, nan=0.0))


def concept_columns(embeddings: np.ndarray, concepts: Sequence[Concept], rows: np.ndarray | None = None,
                    cols: np.ndarray | None = None) -> dict[str, tuple[np.ndarray, np.ndarray]]:
    """{name: (probabilities, flags)} for each concept, in order."""
    out = {}
    for concept in concepts:
        p = concept_probability(embeddings, concept, rows, cols)
        out[concept.name] = (p, p >= concept.threshold)
    return out
