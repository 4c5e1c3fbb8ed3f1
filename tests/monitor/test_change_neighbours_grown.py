"""A neighbour is evidence for a new flag only where its own flag makes an alert (alone, or through a chain of
neighbours back to one that does): two renderings of the same ground (another product) took two tiles near a flag's
threshold over it side by side, each the other's neighbour, and a tile beside a mine there on both dates over it, and
each alerted on a rise of +0.13 to +0.27 (bench/monitor_same_ground.py). A weak rise joins an alert; it never makes
one among its kind, nor beside a flag that is no change."""
from __future__ import annotations

import pytest

from planet_qgis_plugin.core.layer.tiletable import read_tiles
from planet_qgis_plugin.core.monitor.change import compare
from tests.monitor.test_change import features


@pytest.fixture
def rise(rapideye):
    """rise(risen) -> edits raising mining on each (row, col) of ``risen`` by its value above the sample layer's."""
    tiles = read_tiles(rapideye, with_embeddings=False)
    at = {(int(r), int(c)): k for k, (r, c) in enumerate(zip(tiles.rows, tiles.cols))}
    assert {(r, c) for r in range(3) for c in range(3)} <= set(at) and not tiles.flags["flag_mining"].any()

    def edits(risen: dict) -> dict:
        return {rc: {"flag_mining": 1, "flagged": 1, "score_mining": float(tiles.scores["mining"][at[rc]]) + by}
                for rc, by in risen.items()}
    return edits


def _run(before, after, path):
    compare(before, after, path)
    return {(r["row"], r["col"]): r for r in features(path)}


def test_two_weak_rises_side_by_side_are_no_alert(rapideye, rapideye_copy, rise, tmp_path):
    rows = _run(rapideye, rapideye_copy(rise({(0, 0): 0.15, (0, 1): 0.15})), tmp_path / "change.gpkg")
    for rc in ((0, 0), (0, 1)):
        assert not rows[rc]["alert"]
        assert rows[rc]["held_back"] == "mining (rise +0.15 < 0.25 alone: the neighbour raising it makes no alert)"


def test_a_weak_rise_beside_a_flag_raised_on_both_dates_is_no_alert(rapideye, rapideye_copy, rise, tmp_path):
    there = rise({(1, 1): 0.3})
    before = rapideye_copy(there, name="before.gpkg")
    rows = _run(before, rapideye_copy({**there, **rise({(1, 2): 0.15})}), tmp_path / "change.gpkg")
    assert not rows[(1, 2)]["alert"] and "makes no alert" in rows[(1, 2)]["held_back"]
    # risen by the margin, it alerts alone, the flag there on both dates no evidence for it
    rows = _run(before, rapideye_copy({**there, **rise({(1, 2): 0.3})}, name="after2.gpkg"), tmp_path / "c2.gpkg")
    assert (rows[(1, 2)]["alert"], rows[(1, 2)]["neighbours"], rows[(1, 2)]["evidence"]) == (1, 0, "rise")


def test_weak_rises_join_an_alert_through_a_chain_of_neighbours(rapideye, rapideye_copy, rise, tmp_path):
    rows = _run(rapideye, rapideye_copy(rise({(2, 0): 0.4, (2, 1): 0.15, (2, 2): 0.15})), tmp_path / "change.gpkg")
    assert [(rows[rc]["alert"], rows[rc]["neighbours"], rows[rc]["evidence"]) for rc in ((2, 0), (2, 1), (2, 2))] == [
        (1, 1, "rise neighbours"), (1, 2, "neighbours"), (1, 1, "neighbours")]
