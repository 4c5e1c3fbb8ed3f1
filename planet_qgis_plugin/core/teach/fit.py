"""Few-shot teaching: marked and answered tiles -> a concept (linear head over the embeddings) -> a
calibrated probability and a flag per tile, and the tiles to review next.

numpy only (it runs in QGIS's Python). Every embedding ``e`` becomes a unit vector ``u`` first: the
signed fourth root of each value, divided by its length (the concept's transform, by default
:func:`default_transform`: the square root with neighbour context); with ``context="neighbours"``
the mean ``u`` of the tiles around it that do not overlap it (its 8 grid neighbours at stride = tile) is
added and the sum renormalised
(:func:`.concepts.features`, as the concept is applied later).

- **One positive** (``method="similarity"``): rank by similarity ``u . q`` to a query ``q``: how the
  positive differs from the scene's mean tile (minus half of how the negatives' mean does, when
  some are marked), normalised. Centring on the scene matters: the features share a large common
  component that plain cosine similarity mostly measures (docs/teach.md).
- **Two or more positives** (``method="logistic"``): an L2-regularised logistic regression, fitted by
  Newton's method (deterministic). Labelled tiles weigh 1 each; ``background`` unlabelled tiles drawn
  at random (seeded) stand for "the rest of the scene" as extra negatives, together weighing as much
  as the positives (class weighting); the bundle's *background bank* (:mod:`.bank`: varied imagery
  beyond the scene) adds negatives weighing ``bank_weight`` times the positives, shared between its sources
  by :data:`.bank.BANK_SHARE`; ``examples``
  (labelled tiles of earlier scenes, from a concept file) join as positives and negatives.
- **Probability and threshold** (:mod:`.calibrate`): each labelled tile's score out of fold, a Platt
  curve with conservative priors, and the flag cut where the expected precision is still ``target``.
  Labelled tiles' flags follow their labels on the taught scene, and there each confirmed No votes down
  the p of the tiles most like it (:func:`_answered`): the concept, applied elsewhere, is the curve alone.
- **Review** (:mod:`.review`): the unlabelled tiles likeliest to show the concept first (search), refitted
  after every answer; ranked by the same fit without the bank (:func:`_scene_probability`; from the second
  answered No weighed with that fit on each tile plus its neighbours' mean where the layer's neighbours are related,
  :func:`_context_probability`, :data:`REVIEW_CONTEXT`), moved by the
  votes of the labelled tiles most like each tile; "about M" from the calibration's count curve
  (:mod:`.calibrate`).

The concept is ``p = sigmoid(w . f(e) + b)`` with the calibration folded into ``w`` and ``b``: the same
:class:`.concepts.Concept` a concept file or a bundle stores and classify applies (on the taught scene, the
tiles the Nos voted on are lower than it).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Sequence

import numpy as np

from ..layer.neighbours import Neighbours
from ..model.concepts import (
    CONCEPT_GROUPS,
    CONTEXTS,
    Concept,
    ConceptError,
    check_concept_name,
    features,
    sigmoid,
)
from ..wording import tr
from .bank import BANK_SHARE, BANK_WEIGHT, SAME_GROUND, TRANSFORM, not_in_scene, row_shares
from .calibrate import TARGET_PRECISION, Calibration, backtrack, calibrate
from .review import (
    COVERAGE_POWER,
    EXPLORE_EVERY,
    NEIGHBOUR_WEIGHT,
    STUCK_RATIO,
    VOTE_K,
    VOTE_STRENGTH,
    centred_rows,
    estimate_total,
    far_tile,
    review_order,
    search_priority,
    similar_votes,
    vote_probability,
)

METHODS = ("auto", "similarity", "logistic")
#: Unmarked tiles drawn as background negatives (all of them when the scene has fewer).
DEFAULT_BACKGROUND = 200
#: L2 penalty on the weights (the bias is not penalised). Each marked tile weighs 1. This strong a
#: penalty on unit vectors keeps w close to the centred mean difference (cosine 0.999 for 3 water marks
#: on culltivation2), so with no negatives marked it ranks like the similarity query; weaker penalties,
#: standardised or whitened features and fewer background tiles ranked no better on the mean over all
#: labelled concepts (docs/teach_eval.md, "Choices"; bench/teach_choices.py).
DEFAULT_L2 = 1.0
#: L2 penalty of the review's fit (the scene's tiles only, :func:`_scene_probability`). The flag's strong
#: penalty keeps a 3-mark concept close to the marks' mean; the review must instead follow the analyst's
#: answers as they come (the river tiles without sand that a sandbar concept was asked about, one after
#: another), and it only orders tiles: a penalty this weak cut the reviews to 90 % on the labelled strip
#: (docs/teach_flags.md), while much weaker ones let a few answers pull the order apart.
REVIEW_L2 = 0.01
#: The review's fit also on each tile plus its grid neighbours' mean (:func:`_context_probability`), the two weighed
#: by how well each predicted the answered tiles out of fold: sandbars beside rivers are told apart by what is around
#: them, lone clearings are not, and the answers say which a concept is. On culltivation2 (10 draws) it cut the mean
#: reviews to 90 % 1.34 -> 1.28 and lost no goal (docs/teach_flags.md, "Also tried"), as neighbours helped on the
#: issue's real Amazon strips; on a layer whose grid neighbours are unrelated (the bench's chip mosaic: Kaggle chips
#: side by side) it let unrelated surroundings in (road's reviews 1.23 -> 1.36), so it is used only where the layer's
#: neighbours are related (:data:`RELATED_NEIGHBOURS`).
REVIEW_CONTEXT = True
#: The review's context is used on a layer whose tiles are at least this much more like their grid neighbours than
#: like as many tiles of the layer drawn at random (:func:`neighbours_related`: a difference of mean cosines of rows
#: centred on the layer's mean tile), and only on a layer of at least :data:`RELATED_MIN_TILES` tiles with a
#: neighbour. Measured (2026-12-07, docs/teach.md "Context for the review"): culltivation2 0.33, its 8 x 8 crops
#: 0.18-0.32 (so a small real layer may go without, as before); the chip mosaic -0.05 and 16 other layouts of it -0.11
#: to 0.15; culltivation2 with its places shuffled -0.05 to 0.03. Fewer tiles cannot tell: the 4-8 tile strips of
#: planet_examples (three whole tiles and slivers) give -0.32 to 0.10, the 4-9 tile sample scenes -0.06 to 0.13, and
#: a layer that small has too few tiles to review for the context to matter.
RELATED_NEIGHBOURS = 0.2
RELATED_MIN_TILES = 64
#: Most tiles :func:`neighbours_related` looks at (a seeded draw), so that it costs the same on any layer.
RELATED_SAMPLE = 2000
#: Folds of the out-of-fold scores the calibration rests on.
FOLDS = 5
#: Most marked tiles of each kind (positive, negative) and background tiles a logistic fit uses (a seeded
#: draw when there are more; the review's votes use as many marks): the fit's cost grows with the cube of its
#: rows, so thousands of marks would take minutes and gigabytes for a concept that a few hundred already pin down.
MAX_FIT_MARKS = 500
MAX_BACKGROUND = 1000
#: The confirmed Nos vote down the p of the tiles most like them on the taught scene (:func:`_answered`).
ANSWERED_VOTES = True
#: Rocchio weight of the negatives in the similarity query.
NEGATIVE_WEIGHT = 0.5
#: The transform (core/model/concepts.TRANSFORMS) a new concept is taught in, by context. Tiles alone: the signed
#: fourth root, which ranked better than the square root (docs/teach_eval.md, "Choices") and, after 3 marks + 20
#: answers, met one more of #18's goals and lost none (docs/teach_flags.md, 2026-12-06). With neighbours: the
#: transform the bank keeps its neighbour rows in (:data:`.bank.TRANSFORM`; they cannot be converted to another,
#: and the fourth root was not measured with context). A concept taught on from a file keeps its own.
DEFAULT_TRANSFORMS = {"none": "root4_l2", "neighbours": TRANSFORM}


def default_transform(context: str) -> str:
    """The transform teach gives a new concept with ``context`` (:data:`DEFAULT_TRANSFORMS`)."""
    if context not in DEFAULT_TRANSFORMS:
        raise ConceptError(tr("context {context!r} is not one of {CONTEXTS}").format(
            context=context, CONTEXTS=', '.join(CONTEXTS)))
    return DEFAULT_TRANSFORMS[context]


@dataclass
class TeachResult:
    """A taught concept and what it says about every tile (arrays indexed like the embeddings)."""

    concept: Concept
    probabilities: np.ndarray  # (N,) float32, 0..1: the concept's, lowered where confirmed Nos voted (_answered)
    flags: np.ndarray  # (N,) bool: probabilities >= concept.threshold (labelled tiles: their label)
    method: str  # "similarity" or "logistic"
    background: int  # unmarked tiles used as background negatives (0 for similarity)
    top: list[int] = field(default_factory=list)  # unlabelled tiles, most probable first
    review: list[int] = field(default_factory=list)  # unlabelled, unskipped tiles to show next, in order
    calibration: Calibration | None = None  # threshold, expected precision and the answers behind it
    bank: int = 0  # background-bank rows used as negatives
    found: int = 0  # labelled positives on this scene
    about: int = 0  # found + the expected true tiles among the rest
    taught_share: float = 0.0  # share of the scene's tiles the concept flags by its score alone

    @property
    def expected_precision(self) -> float:
        return self.calibration.expected_precision if self.calibration else float("nan")

    @property
    def answers(self) -> int:
        return self.calibration.answers if self.calibration else 0


def teach(embeddings: np.ndarray, positives: Sequence[int], negatives: Sequence[int] = (), *, name: str,
          backbone_id: str, group: str = "other", method: str = "auto", background: int = DEFAULT_BACKGROUND,
          l2: float = DEFAULT_L2, seed: int = 0, n_top: int = 10, n_review: int = 10,
          provenance: dict[str, Any] | None = None, rows: np.ndarray | None = None, cols: np.ndarray | None = None,
          step: int = 1, context: str = "none", bank: np.ndarray | None = None, bank_weight: float = BANK_WEIGHT,
          bank_sources: np.ndarray | None = None, bank_share: str = BANK_SHARE,
          examples: tuple[np.ndarray, np.ndarray] | None = None, skipped: Sequence[int] = (),
          target: float = TARGET_PRECISION, area: np.ndarray | None = None,
          explore_every: int = EXPLORE_EVERY, prune_bank: bool = False,
          neighbour_weight: float = NEIGHBOUR_WEIGHT, rank_with_bank: bool = False, vote_k: int = VOTE_K,
          vote_strength: float = VOTE_STRENGTH, coverage_power: float = COVERAGE_POWER,
          review_l2: float = REVIEW_L2, stuck_ratio: float = STUCK_RATIO,
          answered_votes: bool = ANSWERED_VOTES, transform: str | None = None,
          review_context: bool = REVIEW_CONTEXT, same_ground: float | None = SAME_GROUND,
          cache: dict | None = None) -> TeachResult:
    """Fit a concept on rows ``positives`` (and ``negatives``) of ``embeddings`` (N, D) and score all rows.

    ``rows``/``cols``: the tiles' grid places (needed for ``context="neighbours"``), ``step``: the places from a
    tile to the tiles that do not overlap it (core/layer/neighbours.neighbour_step of the layer); ``bank``: background
    features (M, D) in the same feature space (:func:`.bank.load_bank` with the same context and ``transform``);
    ``bank_sources``: each bank row's source (M labels, :func:`.bank.read_bank`; None: one source), between which its
    weight is shared by ``bank_share`` (:data:`.bank.SHARE_RULES`, :func:`.bank.row_shares`: after the rows that are
    tiles of this scene are dropped, and the sources that are its own ground seen again, half their rows within cosine
    ``same_ground`` of a tile: :data:`.bank.SAME_GROUND`, None: off);
    ``examples``: (positive, negative) feature rows of labelled tiles of earlier scenes; ``skipped``:
    tiles the analyst passed over (never offered for review again); ``area``: each tile's share of a full
    tile (its coverage), so the flagged share the concept records counts edge slivers for what they show
    (and the review order, by ``coverage_power``: :func:`.review.search_priority`);
    ``rank_with_bank``: rank the review by the flag's own fit (the bank's negatives included) instead of a
    fit on the scene's tiles alone (:func:`_scene_probability`, L2 penalty ``review_l2``); ``stuck_ratio``: answered
    Nos more than this many times the positives put the tile least like everything looked at first in the review
    (:func:`.review.far_tile`; 0: never); ``vote_k``, ``vote_strength``: the labelled
    tiles' votes on the tiles most like them (:func:`.review.similar_votes`; 0: none);
    ``answered_votes``: on this scene, a tile among the ``vote_k`` most like a confirmed No has its p (and so
    its flag) lowered by that No's vote (:func:`_answered`);
    ``explore_every``: every n-th review place the most uncertain tile (0: search only, :mod:`.review`);
    ``neighbour_weight``: log-odds each Yes-labelled grid neighbour adds to a tile's review priority
    (:func:`.review.search_priority`; needs ``rows``/``cols``; measured in docs/teach_flags.md, off by default);
    ``prune_bank``: bank rows weigh what a bank-free fit says they are not (:func:`_bank_weights`; measured
    in docs/teach_flags.md and off by default: it lets the concept flag more elsewhere);
    ``review_context``: the review's fit weighed with one on the tiles' neighbour context (:func:`_context_probability`;
    needs ``rows``/``cols``, a concept of tiles alone, two answered Nos and a layer whose grid neighbours are related,
    :func:`neighbours_related` >= :data:`RELATED_NEIGHBOURS`, kept in ``cache``; the flag is unchanged);
    ``transform``: how each embedding becomes a unit vector (:data:`.concepts.TRANSFORMS`; the concept records it;
    None: :func:`default_transform` for ``context``);
    ``cache``: a dict the caller keeps for these ``embeddings`` (and ``rows``/``cols``): the arrays derived from
    them alone (feature rows, their mean, :func:`.review.centred_rows`) and from them and one ``bank`` (its rows
    that are not tiles of this scene, :func:`_bank_in_scene`) are computed once there, not per call
    (:func:`derived`). It changes no result.
    """
    check_concept_name(name)
    if group not in CONCEPT_GROUPS:
        raise ConceptError(tr("group {group!r} is not one of {CONCEPT_GROUPS}").format(
            group=group, CONCEPT_GROUPS=', '.join(CONCEPT_GROUPS)))
    if method not in METHODS:
        raise ConceptError(tr("method {method!r} is not one of {METHODS}").format(
            method=method, METHODS=', '.join(METHODS)))
    if context not in CONTEXTS:
        raise ConceptError(tr("context {context!r} is not one of {CONTEXTS}").format(
            context=context, CONTEXTS=', '.join(CONTEXTS)))
    transform = transform or default_transform(context)
    unit = scene_features(embeddings, context, rows, cols, cache, step, transform)
    mean = derived(cache, ("mean", transform, context), lambda: unit.mean(axis=0, dtype=np.float64))
    pos, neg = _check_marks(len(unit), positives, negatives)
    empty = int((~unit[pos].any(axis=1)).sum())
    if empty:
        raise ConceptError(tr("{empty} of the marked positive tiles have an empty embedding (all zeros: the network "
                              "saw nothing there); unmark them").format(empty=empty))
    old_pos, old_neg = _examples(examples, unit.shape[1])
    labelled = np.concatenate([pos, neg])
    unlabelled = np.setdiff1d(np.arange(len(unit)), labelled)
    shares = None
    if bank is not None and bank_weight > 0:
        kept = _bank_in_scene(bank, unit, (transform, context), cache, bank_sources, same_ground)
        bank = bank[kept] if not kept.all() else bank
        if bank_sources is not None:
            shares = row_shares(np.asarray(bank_sources)[kept], bank_share)
    else:
        bank = None
    whole = every_tile_positive(len(unit), pos)
    if whole and not len(old_neg) and (bank is None or not len(bank)):
        raise ConceptError(tr("every tile is marked positive: there is nothing to tell the concept apart from"))
    # every tile positive: the scene's mean tile is the marks' own, so the similarity query (marks less the scene's
    # mean) has no direction; the fit against the bank (and earlier scenes' Nos) does
    chosen = ("similarity" if len(pos) + len(old_pos) == 1 and not whole else "logistic") \
        if method == "auto" else method
    drawn = 0
    if chosen == "similarity":
        direction, offset = _similarity_direction(unit, pos, neg, mean), 0.0
        raw = (unit @ direction.astype(np.float32)).astype(np.float64)
        evidence = _evidence(raw, pos, neg)
        extra = None
    else:
        drawn_rows = _at_most(unlabelled, min(background, MAX_BACKGROUND), seed)
        drawn = len(drawn_rows)
        fit = _Fit(unit, drawn_rows, bank, bank_weight, old_pos[_at_most(np.arange(len(old_pos)), MAX_FIT_MARKS, seed)],
                   old_neg[_at_most(np.arange(len(old_neg)), MAX_FIT_MARKS, seed)], l2, mean, shares)
        fit_pos, fit_neg = _at_most(pos, MAX_FIT_MARKS, seed), _at_most(neg, MAX_FIT_MARKS, seed)
        if len(fit.bank) and prune_bank:
            fit.bank_rows = fit.bank_rows * _bank_weights(fit, fit_pos, fit_neg, target)
        direction, offset = fit(fit_pos, fit_neg)
        raw = (unit @ direction.astype(np.float32)).astype(np.float64) + offset
        evidence = _evidence(raw, pos, neg)
        evidence.update(_out_of_fold(fit, unit, fit_pos, fit_neg, raw))
        extra = _earlier(old_pos, old_neg, direction, offset)
    if not any(label for _, label in evidence.values()):
        raise ConceptError(tr("mark at least one positive tile (a tile that shows the concept)"))
    calibration = calibrate(raw, evidence, target, extra)
    weights = calibration.slope * np.asarray(direction, dtype=np.float64)
    bias = calibration.slope * offset + calibration.offset
    flags = raw >= calibration.cut
    taught_share = flagged_share(flags, area)
    record = dict(provenance or {})
    record.update({"method": chosen, "positives": len(pos) + len(old_pos), "negatives": len(neg) + len(old_neg),
                   "background": drawn, "bank": 0 if bank is None else len(bank), "target_precision": target,
                   "expected_precision": round(calibration.expected_precision, 4),
                   "answers": calibration.answers, "flagged_share": round(taught_share, 4)})
    concept = Concept(name, group, [float(v) for v in weights], float(bias), calibration.threshold, backbone_id,
                      record, transform, context)
    concept.validate(embedding_size=unit.shape[1])
    probs = sigmoid(calibration.slope * raw + calibration.offset)  # = concept_probability(embeddings, concept)
    voters = _at_most(pos, MAX_FIT_MARKS, seed), _at_most(neg, MAX_FIT_MARKS, seed)  # bounded as the fit is
    if answered_votes:
        probs, flags = _answered(unit, probs, flags, voters[1], calibration.threshold, vote_k, vote_strength)
    flags[pos] = True  # on the scene it was taught on, a labelled tile's flag is its label
    flags[neg] = False
    found, about = estimate_total(calibration.count_probability(raw), pos, labelled, np.where(flags, probs, 0.0))
    skip = np.asarray(list(skipped), dtype=np.int64)
    ranked = probs
    # the scene's own fit needs negatives besides the bank's: with no No and no background drawn, the flag's fit ranks
    if chosen == "logistic" and not rank_with_bank and len(fit_neg) + len(fit.old_neg) + drawn:
        ranked = _scene_probability(fit, unit, fit_pos, fit_neg, raw, calibration, review_l2)
        if review_context and context == "none" and rows is not None and cols is not None and len(fit_neg) >= 2 \
                and derived(cache, ("neighbours related", transform, step),
                            lambda: neighbours_related(unit, rows, cols, step)) >= RELATED_NEIGHBOURS:
            around = scene_features(embeddings, "neighbours", rows, cols, cache, step, transform)
            ranked = _context_probability(fit, unit, around, fit_pos, fit_neg, raw, calibration, review_l2)
    ranked = vote_probability(ranked, similar_votes(unit, *voters, vote_k), vote_strength)
    priority = search_priority(ranked, area, rows, cols, pos, neg, neighbour_weight, coverage_power)
    looked = np.concatenate([labelled, skip])
    review = review_order(probs, calibration.threshold, looked, n_review, explore_every, priority)
    far = None
    if stuck_ratio and len(neg) > stuck_ratio * len(pos) and n_review > 0:
        far = far_tile(unit, looked, derived(cache, ("centred", transform, context), lambda: centred_rows(unit)))
    if far is not None:
        review = [far] + [i for i in review if i != far][:n_review - 1]
    return TeachResult(concept, probs, flags, chosen, drawn, top_candidates(probs, labelled, n_top), review,
                       calibration, 0 if bank is None else len(bank), found, about, taught_share)


def scene_features(embeddings: np.ndarray, context: str, rows: np.ndarray | None = None,
                   cols: np.ndarray | None = None, cache: dict | None = None, step: int = 1,
                   transform: str | None = None) -> np.ndarray:
    """The feature rows teach scores (:func:`.concepts.features` with ``transform``, by default
    :func:`default_transform` of ``context``), kept in ``cache`` when one is given (see :func:`teach`)."""
    transform = transform or default_transform(context)
    return derived(cache, ("features", transform, context),
                   lambda: features(embeddings, transform, context, rows, cols, step))


def neighbours_related(unit: np.ndarray, rows: np.ndarray, cols: np.ndarray, step: int = 1) -> float:
    """How much more alike a layer's tiles are to their grid neighbours than to tiles drawn at random: over up to
    :data:`RELATED_SAMPLE` tiles with a neighbour (``step`` places away; a seeded draw), the mean cosine of each
    tile's row of ``unit`` to the sum of its neighbours' rows, less the mean cosine to the sum of as many other tiles
    drawn at random (4 draws a tile), every row centred on the layer's mean tile first (the rows share much of it).
    About 0 where a tile's neighbours are unrelated (a mosaic of chips); -inf where fewer than
    :data:`RELATED_MIN_TILES` tiles have a neighbour (too few to tell). What :data:`REVIEW_CONTEXT` is gated by;
    a few hundred small sums, whatever the layer's size."""
    n = len(unit)
    grid = Neighbours(rows, cols, step)
    rng = np.random.default_rng(0)
    tiles, around = [], []
    for i in rng.permutation(n):
        near = grid.around(int(i))
        if near:
            tiles.append(int(i))
            around.append(near)
            if len(tiles) == RELATED_SAMPLE:
                break
    if len(tiles) < RELATED_MIN_TILES:
        return float("-inf")
    mean = unit.mean(axis=0, dtype=np.float64)

    def cosine(i: int, others) -> float:  # of the centred rows (only these: a layer's may not fit in memory twice)
        total, own = unit[others].sum(axis=0, dtype=np.float64) - len(others) * mean, unit[i] - mean
        length = float(np.linalg.norm(total) * np.linalg.norm(own))
        return float(total @ own) / length if length > 0 else 0.0

    own, drawn = [], []
    for i, near in zip(tiles, around):
        own.append(cosine(i, near))
        for _ in range(4):
            others = rng.choice(n - 1, size=len(near), replace=False)
            drawn.append(cosine(i, others + (others >= i)))  # any tile but i
    return float(np.mean(own) - np.mean(drawn))


def _bank_in_scene(bank: np.ndarray, unit: np.ndarray, features_of: tuple[str, str], cache: dict | None,
                   sources: np.ndarray | None = None, same_ground: float | None = SAME_GROUND) -> np.ndarray:
    """Which ``bank`` rows are not (nearly) one of the scene's tiles ``unit`` nor of a source (``sources``, each
    row's) that is the scene's own ground (:func:`.bank.not_in_scene`: every bank row against every tile), kept in
    ``cache`` per bank array, sources array and ``features_of`` (the transform and context of ``unit``): the entry
    holds those arrays, so their ``id`` names no other one while the entry lives (a session passes the ones it read,
    kept with the tiles)."""
    def compute():
        kept = not_in_scene(bank, unit, sources, same_ground)
        kept.flags.writeable = False
        return bank, sources, kept

    return derived(cache, ("bank in scene", *features_of, id(bank), id(sources), same_ground), compute)[2]


def derived(cache: dict | None, key, compute):
    """``compute()``, kept in ``cache`` under ``key`` (read-only, so that no caller changes what the next one
    reads); computed afresh without a cache."""
    if cache is None:
        return compute()
    if key not in cache:
        value = compute()
        if isinstance(value, np.ndarray):
            value.flags.writeable = False
        cache[key] = value
    return cache[key]


def _scene_probability(fit: _Fit, unit: np.ndarray, pos: np.ndarray, neg: np.ndarray, raw: np.ndarray,
                       calibration: Calibration, l2: float) -> np.ndarray:
    """Each tile's p under the same fit without the bank and with L2 penalty ``l2`` (:data:`REVIEW_L2`), what
    the review ranks by: the bank (imagery elsewhere, taught as "not the concept") keeps the flag from firing
    on other scenes, but it holds the concept's own look too (rivers in a bank taught as negatives for water),
    and inside the scene the analyst's answers already say what the concept is not. Its scores are carried onto the flag fit's scale
    by where they stand among the unlabelled tiles (median and spread, as in :func:`_out_of_fold`) and
    read on the flag's calibration curve."""
    return calibration.probability(_carried(fit, unit, pos, neg, raw, l2))


def _carried(fit: _Fit, unit: np.ndarray, pos: np.ndarray, neg: np.ndarray, raw: np.ndarray, l2: float) -> np.ndarray:
    """The bank-free fit's scores (features ``unit``, the rows ``fit`` was made on) on the flag fit's scale."""
    w, b = fit(pos, neg, bank=False, l2=l2)
    scene = (unit @ w.astype(np.float32)).astype(np.float64) + b
    rest = np.setdiff1d(np.arange(len(unit)), np.concatenate([pos, neg]))
    rest = rest if len(rest) else np.arange(len(unit))
    return float(np.median(raw[rest])) + (float(np.std(raw[rest])) or 1.0) * (
        scene - float(np.median(scene[rest]))) / (float(np.std(scene[rest])) or 1.0)


def _context_probability(fit: _Fit, unit: np.ndarray, around: np.ndarray, pos: np.ndarray, neg: np.ndarray,
                         raw: np.ndarray, calibration: Calibration, l2: float) -> np.ndarray:
    """:func:`_scene_probability` weighed with the same fit on ``around`` (each tile plus its neighbours' mean,
    :func:`.concepts.features` with context): the mean of the two scores, each weighing as its likelihood of the
    scene's labelled tiles out of fold (:func:`_held_out_loss`: two models, equal priors). Earlier scenes' examples
    have no neighbours, so the context fit is the scene's alone."""
    none = np.zeros((0, around.shape[1]), np.float32)
    beside = _Fit(around, fit.drawn, None, 0.0, none, none, fit.l2)
    weight = 1.0 / (1.0 + np.exp(np.clip(_held_out_loss(beside, around, pos, neg, l2)
                                         - _held_out_loss(fit, unit, pos, neg, l2), -50.0, 50.0)))
    mixed = (1 - weight) * _carried(fit, unit, pos, neg, raw, l2) + weight * _carried(beside, around, pos, neg, raw, l2)
    return calibration.probability(mixed)


def _held_out_loss(fit: _Fit, unit: np.ndarray, pos: np.ndarray, neg: np.ndarray, l2: float) -> float:
    """The log-loss of the labelled tiles, each scored by the bank-free fit without its fold (FOLDS, seeded); a fold
    that would leave no positive is not scored (nor counted: the same folds for every fit compared)."""
    labelled = np.concatenate([pos, neg])
    y = np.r_[np.ones(len(pos)), np.zeros(len(neg))]
    order = np.random.default_rng(0).permutation(len(labelled))
    loss = 0.0
    for f in range(FOLDS):
        held = order[f::FOLDS]
        keep = np.setdiff1d(np.arange(len(labelled)), held)
        if not (y[keep] == 1).any():
            continue
        w, b = fit(labelled[keep][y[keep] == 1], labelled[keep][y[keep] == 0], bank=False, l2=l2)
        z = (unit[labelled[held]] @ w.astype(np.float32)).astype(np.float64) + b
        loss += float(np.sum(np.logaddexp(0.0, z) - y[held] * z))
    return loss


def _answered(unit: np.ndarray, probs: np.ndarray, flags: np.ndarray, negatives: np.ndarray, threshold: float,
              k: int, strength: float) -> tuple[np.ndarray, np.ndarray]:
    """(p, flags) on the taught scene after the confirmed Nos: each No votes down its ``k`` most similar tiles
    (the review's vote rule without the Yes votes, :func:`.review.vote_probability`: p worth ``strength``
    answers). The linear concept, kept close to the marks by its penalty so that it carries to other scenes,
    still scores a look-alike the analyst turned down (a river without sand for a sandbar concept) as high as
    before; its copies on this scene should not stay flagged. Tiles no No votes on keep p and their flag."""
    no = similar_votes(unit, [], negatives, k)[1]
    voted = no > 0
    if not voted.any():
        return probs, flags
    lowered = vote_probability(probs, (np.zeros_like(no), no), strength)
    probs, flags = probs.copy(), flags.copy()
    probs[voted] = lowered[voted]
    flags[voted] = probs[voted] >= threshold
    return probs, flags


def flags_at(probabilities: np.ndarray, threshold: float, positives=(), negatives=()) -> np.ndarray:
    """flag_<name> on the taught scene at ``threshold`` (the panel's slider): p at or above it, and a marked or
    answered tile its label, as :func:`teach` writes them."""
    flags = np.asarray(probabilities) >= threshold
    flags[np.asarray(list(positives), dtype=np.int64)] = True
    flags[np.asarray(list(negatives), dtype=np.int64)] = False
    return flags


def flagged_share(flags: np.ndarray, area: np.ndarray | None = None) -> float:
    """The share of a scene's area that ``flags`` cover (``area``: each tile's coverage; None: all full)."""
    flags = np.asarray(flags, dtype=bool)
    if area is None:
        return float(flags.mean()) if len(flags) else 0.0
    area = np.asarray(area, dtype=np.float64)
    total = float(area.sum())
    return float(area[flags].sum() / total) if total > 0 else 0.0


def _examples(examples, size: int) -> tuple[np.ndarray, np.ndarray]:
    empty = np.zeros((0, size), dtype=np.float32)
    if examples is None:
        return empty, empty
    out = []
    for part in examples:
        part = np.asarray(part, dtype=np.float32).reshape(-1, size) if len(part) else empty
        out.append(part)
    return out[0], out[1]


class _Fit:
    """The logistic head on one scene's labelled tiles plus the fixed negatives (background draw, bank)
    and earlier scenes' examples; called again without some labelled tiles for out-of-fold scores."""

    def __init__(self, unit, drawn, bank, bank_weight, old_pos, old_neg, l2, mean=None, shares=None):
        self.unit, self.drawn, self.l2 = unit, drawn, l2
        self.bank = bank if bank is not None and len(bank) else np.zeros((0, unit.shape[1]), np.float32)
        self.bank_weight = bank_weight
        # each bank row's share of its weight, 1 a row's under the rule "rows" (.bank.row_shares; _bank_weights)
        self.bank_rows = np.ones(len(self.bank)) if shares is None else np.asarray(shares, np.float64)
        self.old_pos, self.old_neg = old_pos, old_neg
        self.mean = unit.mean(axis=0, dtype=np.float64) if mean is None else mean  # the scene's mean row

    def __call__(self, pos: np.ndarray, neg: np.ndarray, bank: bool = True,
                 l2: float | None = None) -> tuple[np.ndarray, float]:
        n_pos = len(pos) + len(self.old_pos)
        rows = self.bank_rows if bank else np.zeros(0)
        x = np.vstack([self.unit[pos], self.old_pos, self.unit[neg], self.old_neg, self.unit[self.drawn],
                       self.bank[:len(rows)]])
        y = np.concatenate([np.ones(n_pos), np.zeros(len(x) - n_pos)])
        c = np.concatenate([np.ones(n_pos + len(neg) + len(self.old_neg)),
                            np.full(len(self.drawn), n_pos / max(len(self.drawn), 1)),
                            rows * (self.bank_weight * n_pos / max(len(self.bank), 1))])
        return _logistic_head(x.astype(np.float64) - self.mean, y, c, self.mean, self.l2 if l2 is None else l2)


def _bank_weights(fit: _Fit, pos: np.ndarray, neg: np.ndarray, target: float) -> np.ndarray:
    """Each bank row's share of its negative weight: 1 - q, q its calibrated probability of showing the
    concept under a fit without the bank. The bank is imagery nobody labelled for this concept: a row
    that scores like the marks is as likely to be the concept as not, and taught as a negative it would
    push the concept's own tiles down (water in a bank of rivers)."""
    w, b = fit(pos, neg, bank=False)
    raw = (fit.unit @ w.astype(np.float32)).astype(np.float64) + b
    extra = _earlier(fit.old_pos, fit.old_neg, w, b)
    q = calibrate(raw, _evidence(raw, pos, neg), target, extra).probability(fit.bank.astype(np.float64) @ w + b)
    return 1.0 - q


def _evidence(raw: np.ndarray, pos: np.ndarray, neg: np.ndarray) -> dict[int, tuple[float, int]]:
    """{row: (score, label)} of the scene's labelled tiles, in sample (what :func:`.calibrate.calibrate` takes)."""
    return {int(i): (float(raw[i]), 1) for i in pos} | {int(i): (float(raw[i]), 0) for i in neg}


def _earlier(old_pos: np.ndarray, old_neg: np.ndarray, w: np.ndarray, b: float) -> tuple[np.ndarray, np.ndarray] | None:
    """(scores under ``w``, ``b``, labels) of the earlier scenes' labelled tiles; None when there are none."""
    if not len(old_pos) + len(old_neg):
        return None
    old = np.vstack([old_pos, old_neg]).astype(np.float64)
    return old @ w + b, np.r_[np.ones(len(old_pos)), np.zeros(len(old_neg))]


def _out_of_fold(fit: _Fit, unit: np.ndarray, pos: np.ndarray, neg: np.ndarray,
                 raw: np.ndarray) -> dict[int, tuple[float, int]]:
    """{row: (score when refitted without it, label)} for the labelled tiles, in FOLDS folds (seeded);
    a fold that would leave no positive, or no negative (the marked ones the only ones), keeps the in-sample
    score. Each refit has its own offset and scale, so a held-out score is carried over to the full fit's by
    where it stands among the scene's unlabelled tiles (as many standard deviations from their median)."""
    labelled = np.concatenate([pos, neg])
    unlabelled = np.setdiff1d(np.arange(len(unit)), labelled)
    if not len(unlabelled):
        unlabelled = np.arange(len(unit))
    median, spread = float(np.median(raw[unlabelled])), float(np.std(raw[unlabelled])) or 1.0
    label = {int(i): 1 for i in pos} | {int(i): 0 for i in neg}
    out = {int(i): (float(raw[i]), label[int(i)]) for i in labelled}
    if len(pos) + len(fit.old_pos) < 2:
        return out
    order = labelled[np.random.default_rng(0).permutation(len(labelled))]
    folds = min(FOLDS, len(labelled))
    for f in range(folds):
        held = order[f::folds]
        keep_pos, keep_neg = np.setdiff1d(pos, held), np.setdiff1d(neg, held)
        if len(keep_pos) + len(fit.old_pos) == 0 or \
                len(keep_neg) + len(fit.old_neg) + len(fit.drawn) + len(fit.bank_rows) == 0:
            continue
        w, b = fit(keep_pos, keep_neg)
        scores = (unit @ w.astype(np.float32)).astype(np.float64)
        centre, scale = float(np.median(scores[unlabelled])), float(np.std(scores[unlabelled])) or 1.0
        for i in held:
            out[int(i)] = (median + spread * (float(scores[i]) - centre) / scale, label[int(i)])
    return out


def _check_marks(n: int, positives: Sequence[int], negatives: Sequence[int]) -> tuple[np.ndarray, np.ndarray]:
    pos = np.unique(np.asarray(list(positives), dtype=np.int64))
    neg = np.unique(np.asarray(list(negatives), dtype=np.int64))
    if pos.size == 0:
        raise ConceptError(tr("mark at least one positive tile (a tile that shows the concept)"))
    outside = [int(i) for i in np.concatenate([pos, neg]) if not 0 <= i < n]
    if outside:
        raise ConceptError(tr("tile index {outside} is outside 0..{value}").format(outside=outside[0], value=n - 1))
    both = np.intersect1d(pos, neg)
    if both.size:
        raise ConceptError(tr("tile index {both} is marked both positive and negative").format(both=int(both[0])))
    return pos, neg


def every_tile_positive(n: int, positives: np.ndarray) -> bool:
    """Whether the ``positives`` (unique rows) are all ``n`` tiles of the scene: a strip wholly of the concept (a
    3 x 1 strip of one mine). The scene then has no No and nothing to draw as background, so :func:`teach` fits the
    concept against the bank's rows (imagery elsewhere) and an earlier scene's Nos alone, and refuses where there are
    none; its flags on this scene are the marks, and elsewhere it is held as any concept of a few tiles is
    (core/teach/apply.py: rough below calibrate.ROUGH_BELOW labelled tiles)."""
    return n > 0 and len(positives) == n


def _similarity_direction(unit: np.ndarray, pos: np.ndarray, neg: np.ndarray, scene: np.ndarray) -> np.ndarray:
    """Unit query: how the positives differ from the scene's average tile (minus NEGATIVE_WEIGHT times
    how the negatives do). The backbone's features share a large common component, which plain cosine
    similarity mostly measures; taking the scene's mean out makes the query about what sets them apart.
    ``scene``: the mean feature row (float64)."""
    query = unit[pos].astype(np.float64).mean(axis=0) - scene
    if len(neg):
        query -= NEGATIVE_WEIGHT * (unit[neg].astype(np.float64).mean(axis=0) - scene)
    norm = np.linalg.norm(query)
    if norm < 1e-12:
        raise ConceptError(tr("the marked tiles look like the scene's average tile (or have empty embeddings); "
                              "mark other tiles"))
    return query / norm


def _at_most(rows: np.ndarray, count: int, seed: int) -> np.ndarray:
    """``rows``, or a seeded draw of ``count`` of them (sorted) when there are more (none for ``count`` <= 0)."""
    if len(rows) <= count:
        return rows
    return np.sort(np.random.default_rng(seed).choice(rows, size=max(count, 0), replace=False))


def _logistic_head(x: np.ndarray, y: np.ndarray, c: np.ndarray, mean: np.ndarray,
                   l2: float) -> tuple[np.ndarray, float]:
    """Weighted, L2-regularised logistic regression on centred rows ``x`` (labels ``y``, weights ``c``);
    returns (w, b) for uncentred rows.

    The optimal ``w`` lies in the span of the (centred) training rows, so Newton's method runs in
    that span (at most a few hundred dimensions) however long the embedding is.
    """
    if not (y == 0).any():
        raise ConceptError(tr("no negative tiles: mark some, or let unmarked tiles be drawn as background negatives "
                              "(--background above 0)"))
    # x = U S V^T from the small Gram matrix x x^T = U S^2 U^T (m x m, m = training tiles)
    eigenvalues, u = np.linalg.eigh(x @ x.T)
    keep = eigenvalues > 1e-12 * max(float(eigenvalues.max()), 1e-24)
    s = np.sqrt(eigenvalues[keep])
    z = u[:, keep] * s  # (m, r): the training rows in the orthonormal basis V = x^T U / S
    beta = _newton_logistic(z, y, c, l2)
    w = x.T @ (u[:, keep] @ (beta[:-1] / s))  # V @ beta
    return w, float(beta[-1] - w @ mean)


def _newton_logistic(z: np.ndarray, y: np.ndarray, c: np.ndarray, l2: float,
                     iterations: int = 100, tolerance: float = 1e-10) -> np.ndarray:
    """argmin over beta = (v, b) of sum c_i * logloss(y_i, z_i.v + b) + l2/2 |v|^2 (Newton, line search)."""
    m, r = z.shape
    a = np.hstack([z, np.ones((m, 1))])
    penalty = np.full(r + 1, l2)
    penalty[-1] = 0.0

    def loss(beta: np.ndarray) -> float:
        f = a @ beta
        return float(c @ (np.logaddexp(0.0, f) - y * f) + 0.5 * penalty @ (beta * beta))

    beta = np.zeros(r + 1)
    current = loss(beta)
    for _ in range(iterations):
        p = sigmoid(a @ beta, np.float64)
        gradient = a.T @ (c * (p - y)) + penalty * beta
        hessian = (a * (c * p * (1 - p))[:, None]).T @ a + np.diag(penalty + 1e-9)
        step = np.linalg.solve(hessian, gradient)
        found = backtrack(loss, current, lambda size: beta - size * step, 1e-6)
        if found is None:
            break
        previous = current
        beta, current = found
        if previous - current <= tolerance * max(1.0, abs(current)):
            break
    return beta


def top_candidates(probabilities: np.ndarray, marked: np.ndarray, count: int = 10) -> list[int]:
    """The ``count`` unmarked tiles with the highest probability, highest first (ties by index)."""
    order = np.lexsort((np.arange(len(probabilities)), -np.asarray(probabilities, dtype=np.float64)))
    marked_set = set(int(i) for i in marked)
    return [int(i) for i in order if int(i) not in marked_set][:max(count, 0)]
