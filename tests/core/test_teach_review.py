"""Review as search (core/teach/review.py): the order tiles are offered in, on synthetic grids."""
import math

import numpy as np
import pytest

from planet_qgis_plugin.core.model.concepts import ConceptError, features
from planet_qgis_plugin.core.teach import fit, review
from planet_qgis_plugin.core.teach.fit import (
    RELATED_MIN_TILES,
    RELATED_NEIGHBOURS,
    default_transform,
    neighbours_related,
    teach,
)
from planet_qgis_plugin.core.teach.review import (
    NEIGHBOUR_WEIGHT,
    review_order,
    search_priority,
    similar_votes,
    vote_probability,
)

from .teach_data import BACKBONE, GRID, SIZE, look_alikes, planted

ROWS, COLS = np.divmod(np.arange(GRID * GRID), GRID)


def at(row, col):
    return int(row * GRID + col)


def order(p, exclude=(), count=5, **grid):
    return review_order(p, 0.5, exclude, count, priority=search_priority(p, rows=ROWS, cols=COLS, **grid))


def test_a_tile_beside_a_yes_is_offered_before_an_equally_likely_lone_one():
    p = np.full(GRID * GRID, 0.1)
    lone, beside, yes = at(1, 1), at(6, 7), at(6, 6)
    p[[lone, beside]] = 0.6  # equally likely; the lone tile comes first by index when neighbours do not count
    assert order(p, [yes], 2, positives=[yes])[:2] == [lone, beside]
    assert order(p, [yes], 2, positives=[yes], neighbour_weight=math.log(2))[:2] == [beside, lone]


def test_a_tile_beside_a_no_is_offered_after_an_equally_likely_lone_one():
    p = np.full(GRID * GRID, 0.1)
    beside, lone, no = at(1, 1), at(6, 7), at(0, 0)
    p[[lone, beside]] = 0.6
    assert order(p, [no], 2, negatives=[no], neighbour_weight=math.log(2))[:2] == [lone, beside]


def test_an_edge_tile_counts_whole_unless_coverage_is_weighed():
    p = np.full(GRID * GRID, 0.1)
    sliver, full = at(11, 0), at(11, 1)
    p[sliver], p[full] = 0.9, 0.5
    area = np.ones(GRID * GRID)
    area[sliver] = 0.34  # 0.9 x 0.34 < 0.5: weighed by coverage, a third of a tile is a third of a find
    assert review_order(p, 0.5, [], 2, priority=search_priority(p, area, coverage_power=1.0)) == [full, sliver]
    assert review_order(p, 0.5, [], 2, priority=search_priority(p, area)) == [sliver, full]  # the default: whole
    assert review_order(p, 0.5, [], 2, priority=search_priority(p)) == [sliver, full]


def test_excluded_tiles_are_never_offered_and_the_order_is_deterministic():
    rng = np.random.default_rng(1)
    p = rng.random(GRID * GRID)
    p[::7] = p[3]  # ties, broken by index
    exclude = rng.choice(GRID * GRID, 40, replace=False)
    yes, no = exclude[:5], exclude[5:9]
    kwargs = dict(positives=yes, negatives=no, neighbour_weight=1.0)
    first = order(p, exclude, 1000, **kwargs)
    assert first == order(p, exclude, 1000, **kwargs)
    assert len(first) == len(set(first)) == GRID * GRID - 40 and not set(first) & set(exclude.tolist())
    key = search_priority(p, rows=ROWS, cols=COLS, **kwargs)
    assert all((key[a], -a) > (key[b], -b) for a, b in zip(first, first[1:]))


def test_teach_offers_review_by_the_search_priority_and_neighbours_are_off_by_default():
    embeddings, truth, _ = planted()
    positives, negatives = np.flatnonzero(truth)[:3], np.flatnonzero(~truth)[:2]
    area = np.ones(len(truth))
    area[-GRID:] = 0.3  # the last grid row is an edge sliver
    result = teach(embeddings, positives, negatives, name="pits", backbone_id=BACKBONE, rows=ROWS, cols=COLS,
                   area=area, n_review=20, vote_k=0, rank_with_bank=True)  # ranked by the flag's own fit
    assert NEIGHBOUR_WEIGHT == 0.0
    key = search_priority(result.probabilities, area)
    assert result.review == review_order(result.probabilities, result.concept.threshold,
                                         np.r_[positives, negatives], 20, priority=key)
    near = teach(embeddings, positives, negatives, name="pits", backbone_id=BACKBONE, rows=ROWS, cols=COLS,
                 area=area, n_review=20, neighbour_weight=2.0, vote_k=0, rank_with_bank=True)
    np.testing.assert_array_equal(near.probabilities, result.probabilities)  # review order only: same concept
    key = search_priority(result.probabilities, area, ROWS, COLS, positives, negatives, 2.0)
    assert near.review == review_order(result.probabilities, 0.5, np.r_[positives, negatives], 20, priority=key)
    assert near.review != result.review


def test_the_review_ranks_as_the_scene_alone_says_while_the_flag_keeps_the_bank():
    """A bank that holds the concept's own look (water in a bank of rivers) pushes the concept's tiles down
    in the flag's fit; the review ranks by the same fit without the bank, so it still offers them first."""
    embeddings, truth, _ = planted(n=300, n_concept=30)
    positives = np.flatnonzero(truth)[:3]
    decoys = look_alikes(embeddings, truth)
    kwargs = dict(name="pits", backbone_id=BACKBONE, n_review=15, vote_k=0)
    banked = teach(embeddings, positives, bank=decoys, bank_weight=5.0, **kwargs)
    as_before = teach(embeddings, positives, bank=decoys, bank_weight=5.0, rank_with_bank=True, **kwargs)
    alone = teach(embeddings, positives, **kwargs)
    assert banked.bank == len(decoys) and not np.array_equal(banked.probabilities, alone.probabilities)
    assert banked.review == alone.review  # the bank moves the flag, not the review order
    assert truth[banked.review].sum() > truth[as_before.review].sum()


def test_with_no_background_drawn_the_bank_alone_teaches_and_the_review_ranks_by_the_flag():
    """--background 0 and no No yet: the bank's rows are the only negatives. The flag's fit has them, but the
    review's fit, the scene's tiles alone, had none and failed with 'no negative tiles: ... leave unmarked tiles
    for the background'; it ranks by the flag's fit then (rank_with_bank)."""
    embeddings, truth, _ = planted(n=300, n_concept=30)
    positives = np.flatnonzero(truth)[:3]
    kwargs = dict(name="pits", backbone_id=BACKBONE, background=0, bank=look_alikes(embeddings, truth, skip=10))
    result = teach(embeddings, positives, **kwargs)
    assert result.background == 0 and result.bank > 0
    assert result.review == teach(embeddings, positives, rank_with_bank=True, **kwargs).review


def test_the_review_follows_the_answers_where_the_flag_keeps_to_the_marks():
    """A look-alike kind (the concept's look plus a look of its own: river without sand for a sandbar concept)
    answered No again and again: the review's weakly penalised fit learns from the answers what sets the concept
    apart and offers more of its unlabelled tiles than a fit held close to the marks does; the concept and its
    flags stay the strongly penalised fit's."""
    rng = np.random.default_rng(5)
    embeddings, truth, direction = planted(n=400, n_concept=40)
    other = rng.normal(size=SIZE)
    other -= (other @ direction) * direction
    other /= np.linalg.norm(other)
    decoys = np.flatnonzero(~truth)[:60]
    embeddings[decoys] = np.abs(embeddings[decoys] + 2.5 * direction + 3.0 * other).astype(np.float32)
    positives, answered_no = np.flatnonzero(truth)[:3], decoys[:12]
    kwargs = dict(name="pits", backbone_id=BACKBONE, n_review=30, vote_k=0)
    follows = teach(embeddings, positives, answered_no, **kwargs)
    held = teach(embeddings, positives, answered_no, review_l2=1.0, **kwargs)
    np.testing.assert_array_equal(follows.probabilities, held.probabilities)  # the same concept and flags
    assert truth[follows.review].sum() > truth[held.review].sum()


def test_a_look_alike_of_a_tile_answered_no_drops_down_the_review():
    embeddings, truth, _ = planted(n=300, n_concept=30)
    positives = np.flatnonzero(truth)[:3]
    no = int(np.flatnonzero(truth)[3])  # shows the concept's look, but the analyst says No (a look-alike)
    copy = int(np.flatnonzero(~truth)[0])
    rng = np.random.default_rng(3)
    embeddings[copy] = embeddings[no] * rng.uniform(0.95, 1.05, SIZE).astype(np.float32)  # its near twin
    # p: the concept's alone; the square root: with the fourth root (teach's default) the fit already sinks the twin's
    # p to the review's floor on these planted tiles, where the tiles below it tie and no vote can move it further
    kwargs = dict(name="pits", backbone_id=BACKBONE, n_review=300, answered_votes=False, transform="sqrt_l2")
    voted = teach(embeddings, positives, [no], **kwargs)
    unvoted = teach(embeddings, positives, [no], vote_k=0, **kwargs)
    np.testing.assert_array_equal(voted.probabilities, unvoted.probabilities)  # these votes move the review only
    assert voted.review.index(copy) > unvoted.review.index(copy)


def test_votes_raise_tiles_like_a_yes_lower_tiles_like_a_no_and_leave_the_rest():
    rng = np.random.default_rng(0)
    unit = rng.normal(size=(40, SIZE))
    unit[1] = unit[0] + 0.05 * rng.normal(size=SIZE)  # like tile 0 (a Yes)
    unit[3] = unit[2] + 0.05 * rng.normal(size=SIZE)  # like tile 2 (a No)
    unit = (unit / np.linalg.norm(unit, axis=1, keepdims=True)).astype(np.float32)
    yes, no = similar_votes(unit, [0], [2], k=1)
    assert yes[1] > 0.9 and no[3] > 0.9 and yes.sum() == yes[1] and no.sum() == no[3]
    p = np.full(40, 0.5)
    q = vote_probability(p, (yes, no), strength=2.0)
    assert q[1] > 0.5 > q[3] and np.all(q[4:] == 0.5)
    assert np.array_equal(vote_probability(p, similar_votes(unit, [0], [2], k=0)), p)


def test_votes_are_the_same_however_many_labelled_tiles_are_held_at_once(monkeypatch):
    rng = np.random.default_rng(1)
    unit = rng.normal(size=(150, SIZE)).astype(np.float32)
    unit /= np.linalg.norm(unit, axis=1, keepdims=True)
    yes_rows, no_rows = np.arange(0, 90, 2), np.arange(1, 90, 2)
    together = similar_votes(unit, yes_rows, no_rows, k=4)
    monkeypatch.setattr(review, "_VOTE_CHUNK", 7)  # many chunks, one partial
    apart = similar_votes(unit, yes_rows, no_rows, k=4)
    for a, b in zip(together, apart):
        np.testing.assert_allclose(a, b, atol=1e-6)
    sim = unit.astype(np.float64) @ unit[yes_rows].T.astype(np.float64)
    sim[yes_rows, np.arange(len(yes_rows))] = -np.inf  # each Yes tile's 4 most similar others, one by one
    expected = sum(np.clip(np.sort(sim[:, j])[-4:], 0, 1).sum() for j in range(len(yes_rows)))
    assert together[0].sum() == pytest.approx(expected, rel=1e-5)


def test_neighbour_weighted_review_needs_the_grid():
    with pytest.raises(ConceptError, match="row and column"):
        search_priority(np.full(4, 0.5), positives=[0], neighbour_weight=1.0)


def test_when_the_nos_outnumber_the_finds_the_review_first_offers_the_least_like_tile_looked_at():
    """Marks of an unusual look (a pond and a creek for water): the search asks about tiles like them, all No.
    Once the Nos outnumber the positives STUCK_RATIO times, the first place goes to the tile least like anything
    looked at (a part of the scene the review has not been near); the concept is the same either way."""
    from planet_qgis_plugin.core.model.concepts import features
    from planet_qgis_plugin.core.teach.fit import default_transform
    from planet_qgis_plugin.core.teach.review import STUCK_RATIO, far_tile
    TRANSFORM = default_transform("none")

    embeddings, truth, _ = planted(n=300, n_concept=30)
    positives, negatives = np.flatnonzero(truth)[:2], np.flatnonzero(~truth)[:int(2 * STUCK_RATIO) + 1]
    kwargs = dict(name="pits", backbone_id=BACKBONE, n_review=5)
    stuck = teach(embeddings, positives, negatives, **kwargs)
    searching = teach(embeddings, positives, negatives, stuck_ratio=0, **kwargs)
    np.testing.assert_array_equal(stuck.probabilities, searching.probabilities)
    looked = np.r_[positives, negatives]
    far = far_tile(features(embeddings, TRANSFORM), looked)
    assert stuck.review == [far] + [i for i in searching.review if i != far][:4]
    unit = features(embeddings, TRANSFORM).astype(np.float64)
    centred = unit - unit.mean(axis=0)
    centred /= np.linalg.norm(centred, axis=1, keepdims=True)
    nearest = (centred @ centred[looked].T).max(axis=1)
    left = np.setdiff1d(np.arange(len(unit)), looked)
    assert nearest[far] == pytest.approx(nearest[left].min(), abs=1e-5)
    few_nos = teach(embeddings, positives, negatives[:int(2 * STUCK_RATIO)], **kwargs)  # not more than the ratio
    assert few_nos.review == teach(embeddings, positives, negatives[:int(2 * STUCK_RATIO)], stuck_ratio=0,
                                   **kwargs).review
    assert far_tile(unit, np.arange(len(unit))) is None


def _scene_told_by_its_neighbours(seed: int = 0):
    """A 12 x 12 grid: its top half one look (a river), its bottom half another (forest), and 8 tiles of a third look
    in each half, alone among the others. The concept is the ones in the top half (sand beside the river): on their
    own they look like the 8 below (look-alikes of the same look in the forest); only the tiles around them differ."""
    rng = np.random.default_rng(seed)
    looks = np.zeros((3, SIZE))
    for k in range(3):
        looks[k, k * (SIZE // 3):(k + 1) * (SIZE // 3)] = 1.0
    rows, cols = np.divmod(np.arange(GRID * GRID), GRID)
    spots = np.isin(rows % 3, [1]) & np.isin(cols % 3, [1]) & (rows != 7)  # rows 1, 4 above; 10 below
    spots |= (rows == 7) & (cols % 3 == 1)
    look = np.where(spots, 2, np.where(rows < GRID // 2, 0, 1))
    emb = looks[look] + 0.3 * rng.random((GRID * GRID, SIZE))
    return emb.astype(np.float32), rows, cols, np.flatnonzero(spots & (rows < GRID // 2)), \
        np.flatnonzero(spots & (rows >= GRID // 2))


def test_the_review_weighs_the_tiles_around_each_tile_as_far_as_the_answers_bear_it_out():
    """With review_context the review also fits each tile with its neighbours' mean and weighs the two fits by how
    well each predicted the answered tiles out of fold: where only the surroundings tell the concept apart, the
    review offers the concept's tiles first; the flag, and the concept a file carries, stay on the tiles alone."""
    emb, rows, cols, beside, alike = _scene_told_by_its_neighbours()
    marks, nos = list(beside[:3]), list(alike[:3]) + [0, 2, 140, 142]  # look-alikes, river and forest answered No
    kwargs = dict(name="beside", backbone_id=BACKBONE, rows=rows, cols=cols, n_review=5, vote_k=0, stuck_ratio=0)
    alone = teach(emb, marks, nos, review_context=False, **kwargs)
    weighed = teach(emb, marks, nos, review_context=True, **kwargs)
    assert len(set(weighed.review) & set(beside)) == 5 > len(set(alone.review) & set(beside))
    assert weighed.concept == alone.concept and np.array_equal(weighed.probabilities, alone.probabilities)
    # no grid, or too few answers to judge the context by: the review as without it
    assert teach(emb, marks, nos, review_context=True, **{**kwargs, "rows": None, "cols": None}).review == \
        teach(emb, marks, nos, review_context=False, **{**kwargs, "rows": None, "cols": None}).review
    assert teach(emb, marks, nos[:1], review_context=True, **kwargs).review == \
        teach(emb, marks, nos[:1], review_context=False, **kwargs).review


def test_the_review_weighs_the_tiles_around_by_default_where_the_layer_s_neighbours_are_related():
    """Context for the review is on by default, where the layer's grid neighbours are related (a raster's tiles:
    neighbours_related at or above RELATED_NEIGHBOURS), and the flag and the concept are the same with it or
    without it: the same threshold, weights, probabilities and flags."""
    emb, rows, cols, beside, alike = _scene_told_by_its_neighbours()
    assert fit.REVIEW_CONTEXT
    assert neighbours_related(features(emb, default_transform("none")), rows, cols) >= RELATED_NEIGHBOURS
    marks, nos = list(beside[:3]), list(alike[:3]) + [0, 2, 140, 142]
    kwargs = dict(name="beside", backbone_id=BACKBONE, rows=rows, cols=cols, n_review=5, vote_k=0, stuck_ratio=0)
    default, off = teach(emb, marks, nos, **kwargs), teach(emb, marks, nos, review_context=False, **kwargs)
    assert default.review == teach(emb, marks, nos, review_context=True, **kwargs).review != off.review
    assert len(set(default.review) & set(beside)) == 5
    assert default.concept == off.concept and default.concept.threshold == off.concept.threshold
    assert default.concept.weights == off.concept.weights and default.concept.bias == off.concept.bias
    np.testing.assert_array_equal(default.probabilities, off.probabilities)
    np.testing.assert_array_equal(default.flags, off.flags)


def test_on_a_layer_whose_neighbours_are_unrelated_the_review_goes_without_them(monkeypatch):
    """The same tiles with their places shuffled (a mosaic of unrelated chips): a tile is no more like its grid
    neighbours than like any other, the gate stays shut and the review is the one without context; the gate is
    worked out once per layer (kept in the caller's cache); a layer with too few tiles cannot tell (-inf)."""
    emb, rows, cols, beside, alike = _scene_told_by_its_neighbours()
    order = np.random.default_rng(3).permutation(len(rows))
    rows, cols = rows[order], cols[order]
    unit = features(emb, default_transform("none"))
    assert abs(neighbours_related(unit, rows, cols)) < RELATED_NEIGHBOURS / 2
    marks, nos = list(beside[:3]), list(alike[:3]) + [0, 2, 140, 142]
    kwargs = dict(name="beside", backbone_id=BACKBONE, rows=rows, cols=cols, n_review=5, vote_k=0, stuck_ratio=0)
    off = teach(emb, marks, nos, review_context=False, **kwargs)
    calls = []
    monkeypatch.setattr(fit, "neighbours_related", lambda *a: calls.append(a) or neighbours_related(*a))
    cache: dict = {}
    for answered in (nos, nos + [4]):
        assert teach(emb, marks, answered, cache=cache, **kwargs).review == \
            teach(emb, marks, answered, review_context=False, cache=cache, **kwargs).review
    assert teach(emb, marks, nos, cache=cache, **kwargs).review == off.review and len(calls) == 1
    few = np.arange(RELATED_MIN_TILES - 1)
    assert neighbours_related(unit[few], ROWS[few], COLS[few]) == -np.inf
