"""change: an isolated new flag's rise must stand out of the scene's scatter of rises (SPREAD_Z), as two renderings
of the same ground (another product, light, CRS) move every tile's score a little, each its own way."""
from __future__ import annotations

import shutil

import numpy as np
import pytest

from planet_qgis_plugin.core.layer.tiletable import read_tiles
from planet_qgis_plugin.core.monitor.change import SPREAD_Z, ChangeOptions, compare
from planet_qgis_plugin.core.pipeline.classify import ClassifyOptions, classify
from tests.conftest import RAPIDEYE, edit_tiles
from tests.monitor.test_change import features, held

NEAR_FLAG, CHANGED, BESIDE = (0, 0), (2, 2), (0, 4)   # (0, 4) abuts (0, 0) at stride 64 (4 strides: not overlapping)


def logit(p: float) -> float:
    return float(np.log(p / (1 - p)))


def sigmoid(x: float) -> float:
    return float(1 / (1 + np.exp(-x)))


@pytest.fixture(scope="module")
def before(tmp_path_factory):
    """25 tiles of the RapidEye scene (stride 64) whose mining scores spread over the background (under 0.5),
    one at 0.40: under its flag, near it."""
    path = tmp_path_factory.mktemp("scatter") / "before.gpkg"
    classify(RAPIDEYE, path, options=ClassifyOptions(stride=64))
    tiles = read_tiles(path, with_embeddings=False)
    at = sorted((int(r), int(c)) for r, c in zip(tiles.rows, tiles.cols))
    assert len(at) >= 20 and {NEAR_FLAG, CHANGED, BESIDE} <= set(at)
    scores = {rc: 0.02 + 0.3 * k / len(at) for k, rc in enumerate(at)}
    scores[NEAR_FLAG], scores[CHANGED] = 0.40, 0.05
    edit_tiles(path, {rc: {"score_mining": p, "flag_mining": 0, "flagged": 0} for rc, p in scores.items()})
    return path, scores


def after_of(before, tmp_path, scatter: float, beside: bool = False):
    """AFTER: each tile's score moved on the logit scale by a draw of N(0, ``scatter``) (another rendering of the same
    ground), NEAR_FLAG's from 0.40 to 0.72 and flagged (+1.35: the acceptance pair's mine), CHANGED's from 0.05 to
    0.95 and flagged (a change); ``beside``: BESIDE flagged too, a neighbour of NEAR_FLAG raising the same flag."""
    path, scores = before
    after = tmp_path / f"after_{scatter}_{beside}.gpkg"
    shutil.copyfile(path, after)
    rng = np.random.default_rng(0)
    moved = {rc: {"score_mining": sigmoid(logit(p) + rng.normal(0, scatter)) if scatter else p}
             for rc, p in scores.items()}
    moved[NEAR_FLAG] = {"score_mining": 0.72, "flag_mining": 1, "flagged": 1}
    moved[CHANGED] = {"score_mining": 0.95, "flag_mining": 1, "flagged": 1}
    if beside:
        moved[BESIDE] = {"score_mining": 0.95, "flag_mining": 1, "flagged": 1}
    edit_tiles(after, moved)
    return after


def alerted(before, after, out) -> tuple[set, dict]:
    result = compare(before[0], after, out)
    tiles = read_tiles(after, with_embeddings=False)
    return ({(int(tiles.rows[a.index]), int(tiles.cols[a.index])) for a in result.alerts},
            {(r["row"], r["col"]): r for r in features(out)})


def test_an_isolated_rise_within_the_scenes_scatter_is_held_back_and_said(before, tmp_path):
    assert 0.72 - 0.40 >= ChangeOptions().margin   # by the rise alone NEAR_FLAG would alert
    got, rows = alerted(before, after_of(before, tmp_path, scatter=1.0), tmp_path / "scattered.gpkg")
    assert got == {CHANGED}
    assert held(rows[NEAR_FLAG]) == "mining" and "within the scene's scatter" in rows[NEAR_FLAG]["held_back"]
    assert f"< {SPREAD_Z:g} deviations" in rows[NEAR_FLAG]["held_back"]


def test_the_same_rise_alerts_where_the_scene_holds_still(before, tmp_path):
    """The bar is the scene's own scatter, not a number: where the other tiles' scores move a fifth as much, +1.35
    stands out, and where they do not move at all there is no scatter to stand out of."""
    for scatter in (0.2, 0.0):
        got, rows = alerted(before, after_of(before, tmp_path, scatter), tmp_path / f"still_{scatter}.gpkg")
        assert got == {NEAR_FLAG, CHANGED} and not rows[NEAR_FLAG]["held_back"]


def test_a_rise_beside_a_neighbour_raising_the_flag_is_not_asked_to_stand_out(before, tmp_path):
    got, _ = alerted(before, after_of(before, tmp_path, scatter=1.0, beside=True), tmp_path / "beside.gpkg")
    assert {NEAR_FLAG, CHANGED, BESIDE} <= got


def test_the_rule_says_the_bar(before, tmp_path):
    result = compare(before[0], after_of(before, tmp_path, scatter=1.0), tmp_path / "rule.gpkg")
    assert f"standing {SPREAD_Z:g} robust deviations" in result.rule
