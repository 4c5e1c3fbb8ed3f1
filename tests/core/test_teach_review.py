"""Review as search (core/teach/review.py): the order tiles are offered in, on synthetic grids."""
import math

import numpy as np
import pytest

from planet_qgis_plugin.core.model.concepts import ConceptError
from planet_qgis_plugin.core.teach.fit import teach
from planet_qgis_plugin.core.teach.review import NEIGHBOUR_WEIGHT, review_order, search_priority

from .teach_data import BACKBONE, GRID, planted

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


def test_an_edge_sliver_counts_for_the_share_of_a_tile_it_shows():
    p = np.full(GRID * GRID, 0.1)
    sliver, full = at(11, 0), at(11, 1)
    p[sliver], p[full] = 0.9, 0.5
    area = np.ones(GRID * GRID)
    area[sliver] = 0.34  # 0.9 x 0.34 < 0.5: a third of a tile is a third of a find
    assert review_order(p, 0.5, [], 2, priority=search_priority(p, area)) == [full, sliver]
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
                   area=area, n_review=20)
    assert NEIGHBOUR_WEIGHT == 0.0
    key = search_priority(result.probabilities, area)
    assert result.review == review_order(result.probabilities, result.concept.threshold,
                                         np.r_[positives, negatives], 20, priority=key)
    near = teach(embeddings, positives, negatives, name="pits", backbone_id=BACKBONE, rows=ROWS, cols=COLS,
                 area=area, n_review=20, neighbour_weight=2.0)
    np.testing.assert_array_equal(near.probabilities, result.probabilities)  # review order only: same concept
    key = search_priority(result.probabilities, area, ROWS, COLS, positives, negatives, 2.0)
    assert near.review == review_order(result.probabilities, 0.5, np.r_[positives, negatives], 20, priority=key)
    assert near.review != result.review


def test_neighbour_weighted_review_needs_the_grid():
    with pytest.raises(ConceptError, match="row and column"):
        search_priority(np.full(4, 0.5), positives=[0], neighbour_weight=1.0)
