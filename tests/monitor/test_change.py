"""change: AFTER tiles matched to BEFORE by overlap (any grid, any CRS), alerts and their confidence."""
from __future__ import annotations

import shutil
import subprocess
import sys

import numpy as np
import pytest

from planet_qgis_plugin.core.layer.tiletable import read_tiles
from planet_qgis_plugin.core.monitor.change import ChangeError, ChangeOptions, compare
from planet_qgis_plugin.core.pipeline.classify import ClassifyOptions, classify
from tests.conftest import BORNEO, RAPIDEYE, ROOT, edit_tiles
from tests.core.test_teach_concepts import saved  # noqa: F401 - the fixture: a taught concept and its layer
from tests.monitor.conftest import set_layer_metadata


def features(path, layer="changes"):
    from osgeo import ogr

    ds = ogr.Open(str(path))
    out = [{k: f.GetField(k) for k in f.keys()} for f in ds.GetLayerByName(layer)]
    ds = None
    return out


def held(row: dict) -> str:
    """The flags a change layer's row holds back, without why (held_back: 'mining (rise +0.12 < 0.25 alone); ...')."""
    return " ".join(said.split(" (")[0] for said in row["held_back"].split("; ") if said)


def test_a_run_against_itself_has_no_change(rapideye, tmp_path):
    result = compare(rapideye, rapideye, tmp_path / "same.gpkg")
    rows = features(tmp_path / "same.gpkg")
    assert len(rows) == result.compared == len(read_tiles(rapideye, with_embeddings=False))
    assert result.alerts == [] and result.no_baseline == 0
    for row in rows:
        assert row["alert"] == 0 and row["new_flag"] == "" and row["confidence"] == ""
        assert row["tags_gained"] == row["tags_lost"] == ""
        assert all(row[f"d_score_{g}"] == 0 for g in ("mining", "logging", "slash_burn"))
        assert row["before_cover"] == pytest.approx(1.0)
        assert (row["row"], row["col"]) == (row["before_row"], row["before_col"])
        assert row["date_before"] == row["date_after"] == "2012-12-11"
        assert row.get("embedding_distance", 0.0) == pytest.approx(0.0, abs=1e-6)
        assert 108 < row["lon"] < 109 and 1.0 < row["lat"] < 1.2
    assert sorted(p.name for p in tmp_path.iterdir()) == ["same.gpkg"]


def test_different_grid_and_crs_are_matched_by_overlap(rapideye, tmp_path):
    """AFTER: a crop (same CRS, so the same anchored grid); BEFORE: the scene warped to lon/lat (another grid).
    Same place, so every AFTER tile is compared, on the overlap, and the grids are said to differ."""
    from osgeo import gdal

    crop = tmp_path / "crop.tif"
    gdal.Translate(str(crop), str(RAPIDEYE), srcWin=[100, 60, 412, 452])
    warped = tmp_path / "warped.tif"
    gdal.Warp(str(warped), str(RAPIDEYE), dstSRS="EPSG:4326")
    after, before = tmp_path / "after.gpkg", tmp_path / "before.gpkg"
    classify(crop, after)
    classify(warped, before)
    result = compare(before, after, tmp_path / "change.gpkg")
    rows = features(tmp_path / "change.gpkg")
    assert result.compared == len(rows) > 0 and not result.shared_grid
    assert any("different grids" in m for m in result.messages)
    assert len(rows) + result.no_baseline == len(read_tiles(after, with_embeddings=False))
    assert all(row["before_cover"] >= 0.5 for row in rows)
    full = compare(rapideye, after, tmp_path / "vs_full.gpkg")  # one CRS and pixel size: one grid
    assert full.shared_grid
    by_tile = {(r["row"], r["col"]): r for r in features(tmp_path / "vs_full.gpkg")}
    inner = [r for r in by_tile.values() if r["match"] == "same tile"]
    assert inner and all(r["before_cover"] == pytest.approx(1.0) for r in inner)


def test_new_flags_and_the_neighbour_rule(rapideye, rapideye_copy, tmp_path):
    """An isolated new flag needs a rise of the margin; beside a tile raising the same flag, min_rise will do."""
    tiles = read_tiles(rapideye, with_embeddings=False)
    at = {(int(r), int(c)): k for k, (r, c) in enumerate(zip(tiles.rows, tiles.cols))}
    score = {rc: float(tiles.scores["mining"][k]) for rc, k in at.items()}
    slash = {rc: float(tiles.scores["slash_burn"][k]) for rc, k in at.items()}
    after = rapideye_copy({(0, 0): {"flag_mining": 1, "flagged": 1, "score_mining": min(1.0, score[(0, 0)] + 0.6)},
                           (2, 2): {"flag_slash_burn": 1, "flagged": 1, "score_slash_burn": slash[(2, 2)] + 0.15},
                           (0, 2): {"flag_mining": 1, "flagged": 1, "score_mining": score[(0, 2)] + 0.15},
                           (1, 2): {"flag_mining": 1, "flagged": 1, "score_mining": score[(1, 2)] + 0.3}})
    set_layer_metadata(after, {"PLANET_ACQUIRED": "2013-02-01", "PLANET_ACQUIRED_SOURCE": "metadata"})
    result = compare(rapideye, after, tmp_path / "change.gpkg")
    got = {(int(tiles.rows[a.index]), int(tiles.cols[a.index])): (a.new_flag, a.confidence, a.evidence)
           for a in result.alerts}
    # (0, 0) isolated, +0.6: nominal (one evidence); (2, 2) isolated +0.15: held back;
    # (0, 2) +0.15 beside (1, 2): an alert; (1, 2) +0.3 beside (0, 2): rise and neighbours -> high
    assert got == {(0, 0): (["mining"], "nominal", ["rise"]), (0, 2): (["mining"], "nominal", ["neighbours"]),
                   (1, 2): (["mining"], "high", ["rise", "neighbours"])}
    by_tile = {(r["row"], r["col"]): r for r in features(tmp_path / "change.gpkg")}
    assert by_tile[(2, 2)]["alert"] == 0 and by_tile[(2, 2)]["held_back"] == "slash_burn (rise +0.15 < 0.25 alone)"
    assert by_tile[(0, 0)]["d_score_mining"] == pytest.approx(min(1.0, score[(0, 0)] + 0.6) - score[(0, 0)], abs=1e-6)
    assert by_tile[(1, 2)]["neighbours"] == 1 and by_tile[(1, 2)]["suggested_cause"] == "mining"
    assert by_tile[(1, 2)]["rise"] == pytest.approx(0.3, abs=1e-6) and by_tile[(2, 2)]["rise"] == 0
    assert by_tile[(0, 0)]["date_before"] == "2012-12-11" and by_tile[(0, 0)]["date_after"] == "2013-02-01"
    assert all(by_tile[k][f] == "" for k in by_tile for f in ("review", "cause", "reject_reason", "reviewed_at"))
    # a flag that was already there is not new
    again = compare(after, after, tmp_path / "no_change.gpkg")
    assert again.alerts == []


def test_confidence_comes_from_one_flag_of_the_tile(rapideye, rapideye_copy, tmp_path):
    """A tile alerting on two flags: mining rose by the margin but alone, slash-and-burn rose a little beside a
    neighbour whose slash-and-burn alerts. Each flag is one evidence (nominal); the rise of one and the neighbours of
    the other do not add up to 'high'."""
    tiles = read_tiles(rapideye, with_embeddings=False)
    at = {(int(r), int(c)): k for k, (r, c) in enumerate(zip(tiles.rows, tiles.cols))}
    score = {g: {rc: float(tiles.scores[g][k]) for rc, k in at.items()} for g in ("mining", "slash_burn")}
    after = rapideye_copy({(0, 0): {"flag_mining": 1, "flagged": 1, "score_mining": score["mining"][(0, 0)] + 0.3,
                                    "flag_slash_burn": 1, "score_slash_burn": score["slash_burn"][(0, 0)] + 0.12},
                           (0, 1): {"flag_slash_burn": 1, "flagged": 1,
                                    "score_slash_burn": score["slash_burn"][(0, 1)] + 0.3}})
    result = compare(rapideye, after, tmp_path / "change.gpkg")
    first = next(a for a in result.alerts if a.index == at[(0, 0)])
    assert sorted(first.new_flag) == ["mining", "slash_burn"]
    assert first.confidence == "nominal" and len(first.evidence) == 1
    by_tile = {(r["row"], r["col"]): r for r in features(tmp_path / "change.gpkg")}
    assert by_tile[(0, 0)]["confidence"] == "nominal"
    # the fields are those of the flag the confidence came from (equal confidence: the larger rise), named first
    assert by_tile[(0, 0)]["new_flag"] == "mining slash_burn" and by_tile[(0, 0)]["evidence"] == "rise"
    assert by_tile[(0, 0)]["rise"] == pytest.approx(0.3, abs=1e-6) and by_tile[(0, 0)]["neighbours"] == 0
    # slash-and-burn leads where it is the stronger evidence: beside a neighbour and risen by the margin
    after = rapideye_copy({(0, 0): {"flag_mining": 1, "flagged": 1, "score_mining": score["mining"][(0, 0)] + 0.4,
                                    "flag_slash_burn": 1, "score_slash_burn": score["slash_burn"][(0, 0)] + 0.3},
                           (0, 1): {"flag_slash_burn": 1, "flagged": 1,
                                    "score_slash_burn": score["slash_burn"][(0, 1)] + 0.12}}, name="after2.gpkg")
    compare(rapideye, after, tmp_path / "change2.gpkg")
    row = next(r for r in features(tmp_path / "change2.gpkg") if (r["row"], r["col"]) == (0, 0))
    assert (row["confidence"], row["new_flag"], row["evidence"]) == ("high", "slash_burn mining", "rise neighbours")
    assert row["rise"] == pytest.approx(0.3, abs=1e-6) and row["neighbours"] == 1


def test_neighbours_on_a_grid_cut_with_a_stride_below_the_tile_do_not_overlap_it(tmp_path):
    """Stride 128 px, tiles 256 px: the tile one stride along shares half its ground, so its flag is the same
    evidence seen again, not a neighbour's; the tile two strides along abuts it and is one (each pair: one flag risen
    by the margin, an alert alone, and one risen a little, an alert only beside a neighbour)."""
    before = tmp_path / "before.gpkg"
    classify(RAPIDEYE, before, options=ClassifyOptions(stride=128))
    tiles = read_tiles(before, with_embeddings=False)
    at = {(int(r), int(c)): k for k, (r, c) in enumerate(zip(tiles.rows, tiles.cols))}
    assert {(0, 0), (0, 1), (3, 1), (3, 3)} <= set(at)
    after = tmp_path / "after.gpkg"
    shutil.copyfile(before, after)
    edit_tiles(after, {rc: {f"flag_{g}": 1, "flagged": 1, f"score_{g}": float(tiles.scores[g][at[rc]]) + rise}
                       for g, pair in (("mining", [(0, 0), (0, 1)]), ("slash_burn", [(3, 1), (3, 3)]))
                       for rc, rise in zip(pair, (0.3, 0.15))})
    compare(before, after, tmp_path / "change.gpkg")
    by_tile = {(r["row"], r["col"]): r for r in features(tmp_path / "change.gpkg")}
    assert [(by_tile[rc]["alert"], by_tile[rc]["neighbours"], held(by_tile[rc])) for rc in ((0, 0), (0, 1))] \
        == [(1, 0, ""), (0, 0, "mining")]  # overlapping: each isolated, +0.15 is below the margin
    assert [(by_tile[rc]["alert"], by_tile[rc]["neighbours"], by_tile[rc]["evidence"]) for rc in ((3, 1), (3, 3))] \
        == [(1, 1, "rise neighbours"), (1, 1, "neighbours")]
def test_a_tile_that_either_date_saw_under_cloud_cannot_alert(rapideye, rapideye_copy, tmp_path):
    """A mine under cloud on BEFORE (wholly or in part) and in the clear on AFTER is no change seen (BEFORE has no
    baseline there), and a flag on a tile AFTER saw as cloud is none: all held back. The same rise on a clear tile
    is an alert. BEFORE holds back by its cloudy tag (the bundle's recall-heavy threshold: a cloud edge across a tile,
    bench/monitor_pairs.py's cloud_before); AFTER by p_cloudy at the hold-back's own bar, not by the tag: the bundle
    tags cloudy from 0.02, so a clear mine tile the head gives p_cloudy 0.026 is tagged cloudy (bench/monitor_pairs.py's
    faint_cloud) and its alert stands; a cloud at the edge of an AFTER tile leaves the flag of what it shows."""
    from planet_qgis_plugin.core.labels import LABELS

    tiles = read_tiles(rapideye, with_embeddings=False)
    at = {(int(r), int(c)): k for k, (r, c) in enumerate(zip(tiles.rows, tiles.cols))}
    assert {(0, 0), (0, 2), (1, 1), (2, 0), (2, 2)} <= set(at) and not tiles.flags["flag_mining"].any()
    only_cloud = {**{label: 0 for label in LABELS}, "cloudy": 1, "p_cloudy": 0.99, "tags": "cloudy"}
    # partly under the cloud: the model tags it cloudy and sees some forest (bench/monitor_pairs.py's cloud_before)
    some_cloud = {**{label: 0 for label in LABELS}, "cloudy": 1, "primary": 1, "p_cloudy": 0.04, "tags": "cloudy primary"}
    faint = {"cloudy": 1, "p_cloudy": 0.026, "tags": "clear cloudy partly_cloudy primary"}  # clear, tagged at 0.02
    risen = {rc: {"flag_mining": 1, "flagged": 1, "score_mining": float(tiles.scores["mining"][k]) + 0.6}
             for rc, k in at.items() if rc in ((0, 0), (0, 2), (1, 1), (2, 0), (2, 2))}
    before = rapideye_copy({(0, 0): only_cloud, (0, 2): some_cloud}, name="clouded_before.gpkg")
    after = rapideye_copy({**risen, (2, 2): {**risen[(2, 2)], **only_cloud}, (1, 1): {**risen[(1, 1)], **faint},
                           (2, 0): {**risen[(2, 0)], "cloudy": 1, "p_cloudy": 0.3}})
    result = compare(before, after, tmp_path / "change.gpkg")
    assert {(int(tiles.rows[a.index]), int(tiles.cols[a.index])) for a in result.alerts} == {(1, 1), (2, 0)}
    rows = {(r["row"], r["col"]): r for r in features(tmp_path / "change.gpkg")}
    assert [(rows[rc]["alert"], rows[rc]["held_back"]) for rc in ((0, 0), (0, 2), (2, 2))] == [
        (0, "mining (cloud on BEFORE)"), (0, "mining (cloud on BEFORE)"), (0, "mining (cloud on AFTER)")]
    assert "p_cloudy" in result.rule


def test_a_rise_of_every_score_across_the_scene_is_taken_away_before_the_rule(tmp_path):
    """Haze or another product lifts every tile's mining score on AFTER (here by 1.2 on the logit scale, as the
    hazy pair of bench/monitor_pairs.py does): a tile whose rise is that lift alone makes no alert, one that rose far
    beyond it still does, and the run says the shift."""
    before = tmp_path / "before.gpkg"
    classify(RAPIDEYE, before, options=ClassifyOptions(stride=64))
    tiles = read_tiles(before, with_embeddings=False)
    at = sorted((int(r), int(c)) for r, c in zip(tiles.rows, tiles.cols))
    assert len(at) >= 20 and {(0, 0), (4, 4)} <= set(at)

    def lift(p: float, by: float = 1.2) -> float:
        return float(1 / (1 + np.exp(-(np.log(p / (1 - p)) + by))))

    base = {rc: 0.02 + 0.38 * k / len(at) for k, rc in enumerate(at)}
    base[(0, 0)], base[(4, 4)] = 0.4, 0.05
    edit_tiles(before, {rc: {"score_mining": p, "flag_mining": 0, "flagged": 0} for rc, p in base.items()})
    after = tmp_path / "after.gpkg"
    shutil.copyfile(before, after)
    raised = {rc: {"score_mining": lift(p)} for rc, p in base.items()}
    raised[(0, 0)].update(flag_mining=1, flagged=1)                      # 0.40 -> 0.69: the lift alone
    raised[(4, 4)].update(score_mining=0.95, flag_mining=1, flagged=1)  # 0.05 -> 0.95: change
    edit_tiles(after, raised)
    assert lift(0.4) - 0.4 > ChangeOptions().margin  # without the shift taken away (0, 0) alerts
    result = compare(before, after, tmp_path / "change.gpkg")
    assert [(int(tiles.rows[a.index]), int(tiles.cols[a.index])) for a in result.alerts] == [(4, 4)]
    assert any("mining" in m and "+1.2" in m for m in result.messages)
    rows = {(r["row"], r["col"]): r for r in features(tmp_path / "change.gpkg")}
    assert held(rows[(0, 0)]) == "mining"
    # the rise is counted above the lift; d_score stays the score's own change (0.95 less BEFORE's score there)
    assert rows[(4, 4)]["rise"] == pytest.approx(lift(0.95, -1.2) - (0.95 - rows[(4, 4)]["d_score_mining"]), abs=1e-3)


@pytest.mark.parametrize("haze", [False, True])
def test_a_change_over_most_tiles_is_not_taken_for_the_lift(tmp_path, haze):
    """A real change over 70 % of the tiles (bench/monitor_pairs.py's spread70: mines pasted on 164 of 234 tiles)
    moves the median rise over all tiles as far as the change itself: taken away as a lift, it swallowed every alert.
    The lift is measured on the tiles that show nothing of the flag on either date (score under one half): without
    haze they did not move (no lift, every changed tile alerts); under haze they carry its lift, which is taken away
    (a tile risen by the lift alone is held back) while the change still alerts."""
    before = tmp_path / "before.gpkg"
    classify(RAPIDEYE, before, options=ClassifyOptions(stride=32))
    tiles = read_tiles(before, with_embeddings=False)
    at = sorted((int(r), int(c)) for r, c in zip(tiles.rows, tiles.cols))
    assert len(at) >= 60 and (0, 0) in at

    def lift(p: float, by: float = 1.2 if haze else 0.0) -> float:
        return float(1 / (1 + np.exp(-(np.log(p / (1 - p)) + by))))

    base = {rc: 0.02 + 0.2 * k / len(at) for k, rc in enumerate(at)}
    base[(0, 0)] = 0.4
    changed = [rc for k, rc in enumerate(at) if k % 10 < 7 and rc != (0, 0)]
    edit_tiles(before, {rc: {"score_mining": p, "flag_mining": 0, "flagged": 0} for rc, p in base.items()})
    after = tmp_path / "after.gpkg"
    shutil.copyfile(before, after)
    raised = {rc: {"score_mining": lift(p)} for rc, p in base.items()}
    raised.update({rc: {"score_mining": 0.95, "flag_mining": 1, "flagged": 1} for rc in changed})
    if haze:
        raised[(0, 0)].update(flag_mining=1, flagged=1)  # 0.40 -> 0.69: the lift alone
    edit_tiles(after, raised)
    assert len(changed) / len(at) >= 0.68
    result = compare(before, after, tmp_path / "change.gpkg")
    assert {(int(tiles.rows[a.index]), int(tiles.cols[a.index])) for a in result.alerts} == set(changed)
    lifted = [m for m in result.messages if "sit higher" in m]
    assert (len(lifted) == 1 and "mining +1.20" in lifted[0]) if haze else not lifted
    if haze:
        rows = {(r["row"], r["col"]): r for r in features(tmp_path / "change.gpkg")}
        assert held(rows[(0, 0)]) == "mining"


def test_highest_needs_the_embedding_to_move_far(tmp_path):
    """25 overlapping tiles (stride 64) of the RapidEye scene; AFTER has a flat patch painted over the top
    rows of the first tiles. Those tiles' embeddings move most. New flags with one rise on (0, 0), in the patch,
    and (0, 4), outside it, which abuts (0, 0) (the nearest tiles that do not overlap it are 4 strides away):
    'highest' where rise, neighbours and embedding agree, 'high' without the embedding; an isolated one
    elsewhere (2, 2), overlapping both, is 'nominal'."""
    import rasterio

    after_tif = tmp_path / "painted.tif"
    shutil.copyfile(RAPIDEYE, after_tif)
    with rasterio.open(after_tif, "r+") as dst:
        data = dst.read()
        patch = np.median(data.reshape(data.shape[0], -1), axis=1).astype(data.dtype)
        data[:, 0:64, 0:192] = patch[:, None, None]
        dst.write(data)
    options = ClassifyOptions(stride=64)
    before, after = tmp_path / "before.gpkg", tmp_path / "after.gpkg"
    classify(RAPIDEYE, before, options=options)
    classify(after_tif, after, options=options)
    tiles = read_tiles(after)
    if tiles.embeddings is None:
        pytest.skip("this bundle writes no embeddings")
    assert len(tiles) >= 20
    edit_tiles(after, {rc: {"flag_mining": 1, "score_mining": 0.95} for rc in ((0, 0), (0, 4), (2, 2))})
    result = compare(before, after, tmp_path / "change.gpkg")
    got = {(int(tiles.rows[a.index]), int(tiles.cols[a.index])): a.confidence for a in result.alerts}
    assert got == {(0, 0): "highest", (0, 4): "high", (2, 2): "nominal"}
    rows = {(r["row"], r["col"]): r for r in features(tmp_path / "change.gpkg")}
    moved = sorted(rows, key=lambda k: rows[k]["embedding_distance"], reverse=True)[:3]
    assert set(moved) == {(0, 0), (0, 1), (0, 2)}


def test_layers_that_cannot_be_compared(rapideye, rapideye_copy, serial_batch, tmp_path):
    from osgeo import ogr

    borneo = serial_batch / f"{BORNEO.stem}.gpkg"
    with pytest.raises(ChangeError, match="do not overlap"):
        compare(borneo, rapideye, tmp_path / "x.gpkg")
    fewer = rapideye_copy(name="fewer_labels.gpkg")
    ds = ogr.Open(str(fewer), 1)
    layer = ds.GetLayerByName("tiles")
    layer.DeleteField(layer.GetLayerDefn().GetFieldIndex("p_haze"))
    ds = None
    with pytest.raises(ChangeError, match="AFTER .fewer_labels.gpkg. lacks the field p_haze that BEFORE has"):
        compare(rapideye, fewer, tmp_path / "x.gpkg")
    not_tiles = tmp_path / "other.gpkg"
    shutil.copyfile(tmp_path / "fewer_labels.gpkg", not_tiles)
    ds = ogr.Open(str(not_tiles), 1)
    ds.ExecuteSQL("ALTER TABLE tiles RENAME TO other")
    ds = None
    with pytest.raises(Exception, match="has no layer 'tiles'"):
        compare(rapideye, not_tiles, tmp_path / "x.gpkg")
    assert not (tmp_path / "x.gpkg").exists()
    assert not list(tmp_path.glob(".x.*"))


def test_cli_one_line_errors_and_no_overwrite(rapideye, serial_batch, tmp_path):
    out = tmp_path / "change.gpkg"
    cmd = [sys.executable, "-m", "planet_qgis_plugin.change"]
    ok = subprocess.run(cmd + [str(rapideye), str(rapideye), "-o", str(out)], cwd=ROOT, capture_output=True, text=True)
    assert ok.returncode == 0, ok.stderr
    assert "0 alerts" in ok.stdout and out.is_file()
    stamp = out.stat().st_mtime_ns
    again = subprocess.run(cmd + [str(rapideye), str(rapideye), "-o", str(out)], cwd=ROOT, capture_output=True,
                           text=True)
    assert again.returncode == 1 and again.stderr.startswith("error: ") and "already exists" in again.stderr
    assert out.stat().st_mtime_ns == stamp
    bad = subprocess.run(cmd + [str(serial_batch / f"{BORNEO.stem}.gpkg"), str(rapideye), "-o",
                                str(tmp_path / "n.gpkg")], cwd=ROOT, capture_output=True, text=True)
    assert bad.returncode == 1 and bad.stderr.count("\n") == 1 and "do not overlap" in bad.stderr
    assert not (tmp_path / "n.gpkg").exists()


def test_overwrite_never_throws_away_the_analysts_answers(rapideye, rapideye_copy, tmp_path):
    """`change ... --overwrite` over a reviewed change layer (to get a fresh report, or another --margin) wrote a new
    layer in silence: every confirmation, rejection and its history, the audit trail, was gone."""
    from planet_qgis_plugin.core.monitor.alerts import read_alerts, record_review
    from planet_qgis_plugin.core.monitor.change import check_outputs

    after = rapideye_copy({(0, 1): {"flag_mining": 1, "flagged": 1, "score_mining": 1.0}})
    out = tmp_path / "change.gpkg"
    compare(rapideye, after, out)
    check_outputs(rapideye, after, out, ChangeOptions(overwrite=True))   # no answer yet: replaced as before
    record_review(out, read_alerts(out).rows[0].fid, "", reviewer="ana")  # answered and reopened: history kept
    cmd = [sys.executable, "-m", "planet_qgis_plugin.change", str(rapideye), str(after), "-o", str(out), "--overwrite"]
    stamp = out.stat().st_mtime_ns
    proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    assert proc.returncode == 1 and proc.stderr.count("\n") == 1, proc.stderr
    assert proc.stderr.startswith(f"error: {out} holds the answers given to 1 alert") and "delete it" in proc.stderr
    assert out.stat().st_mtime_ns == stamp


def test_change_layer_carries_its_style(rapideye, tmp_path):
    from osgeo import ogr

    compare(rapideye, rapideye, tmp_path / "c.gpkg")
    ds = ogr.Open(str(tmp_path / "c.gpkg"))
    styles = ds.GetLayerByName("layer_styles")
    rows = [(f.GetField("f_table_name"), f.GetField("useAsDefault"), f.GetField("styleQML")) for f in styles]
    ds = None
    assert len(rows) == 1 and rows[0][:2] == ("changes", 1) and "RuleRenderer" in rows[0][2]


def test_output_naming_an_input_is_refused_even_with_overwrite(rapideye, rapideye_copy):
    from planet_qgis_plugin.core.errors import OutputError

    before = rapideye_copy(name="before.gpkg")
    data = before.read_bytes()
    with pytest.raises(OutputError, match="is the input"):
        compare(before, rapideye, before, ChangeOptions(overwrite=True))
    assert before.read_bytes() == data


def test_layers_from_another_backbone_or_mixed_inputs_are_refused(rapideye, rapideye_copy, tmp_path):
    other = rapideye_copy(name="other_backbone.gpkg")
    set_layer_metadata(other, {"PLANET_BACKBONE_ID": "sha256:0000000000000000"})
    with pytest.raises(ChangeError, match="different networks"):
        compare(rapideye, other, tmp_path / "x.gpkg")
    cmd = [sys.executable, "-m", "planet_qgis_plugin", "change"]
    mixed = subprocess.run(cmd + [str(rapideye), str(RAPIDEYE), "-o", str(tmp_path / "x.gpkg")], cwd=ROOT,
                           capture_output=True, text=True)
    assert mixed.returncode == 1 and mixed.stderr.count("\n") == 1 and "not one of each" in mixed.stderr
    assert not (tmp_path / "x.gpkg").exists()


def test_unknown_dates_are_said_not_invented(rapideye, rapideye_copy, tmp_path):
    from planet_qgis_plugin.core.layer.tiletable import RUN_META

    plain = rapideye_copy(name="tiles.gpkg")
    set_layer_metadata(plain, {RUN_META["acquired"]: "unknown", RUN_META["acquired_source"]: "",
                               RUN_META["scene"]: "/nowhere/scene.tif"})
    result = compare(rapideye, plain, tmp_path / "c.gpkg")
    assert result.after_date.date == "unknown"
    assert any("AFTER's acquisition date is unknown" in m for m in result.messages)
    assert {r["date_after"] for r in features(tmp_path / "c.gpkg")} == {"unknown"}
    asked = compare(rapideye, plain, tmp_path / "d.gpkg", ChangeOptions(file_time_dates=True))
    assert asked.after_date.source == "file time of the GeoPackage"


def test_a_given_date_is_recorded_as_yyyy_mm_dd_and_one_in_the_future_is_refused(rapideye, rapideye_copy, tmp_path):
    """Python 3.11 reads 20230105 and 2023-W01-1 as dates: they were written into the layer as typed, and
    '20230105' > '2023-11-20' as text, so the order was said to be wrong. A day still to come is a typo."""
    after = rapideye_copy(name="after.gpkg")
    result = compare(rapideye, after, tmp_path / "c.gpkg", ChangeOptions(before_date="20230105",
                                                                         after_date="2023-W47-1"))
    assert (result.before_date.date, result.after_date.date) == ("2023-01-05", "2023-11-20")
    assert not any("later than AFTER" in m for m in result.messages)
    assert {(r["date_before"], r["date_after"]) for r in features(tmp_path / "c.gpkg")} == {("2023-01-05",
                                                                                            "2023-11-20")}
    cmd = [sys.executable, "-m", "planet_qgis_plugin", "change", str(rapideye), str(after), "-o",
           str(tmp_path / "f.gpkg"), "--after-date", "2099-01-01"]
    future = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    assert future.returncode == 1 and future.stderr.count("\n") == 1
    assert future.stderr.startswith("error: after date 2099-01-01 is in the future")
    assert not (tmp_path / "f.gpkg").exists()


def test_one_file_or_one_scene_on_both_sides_is_said(rapideye, rapideye_copy, tmp_path):
    """`change a.gpkg a.gpkg` (a slip of the shell's history) said '0 alerts' and nothing else: read as 'nothing
    changed on the ground'. Two runs on one scene likewise: what changes there is the model's."""
    from planet_qgis_plugin.core.layer.tiletable import RUN_META

    same = compare(rapideye, rapideye, tmp_path / "a.gpkg")
    assert any(m.startswith("BEFORE and AFTER are the same file") for m in same.messages)
    rerun = compare(rapideye, rapideye_copy(name="rerun.gpkg"), tmp_path / "b.gpkg")
    assert any(m.startswith(f"BEFORE and AFTER were classified from the same scene ({RAPIDEYE.name})")
               for m in rerun.messages)
    later = rapideye_copy({(0, 0): {"p_primary": 0.123}}, name="later.gpkg")   # another scene: its own content
    set_layer_metadata(later, {RUN_META["scene"]: "/archive/20130105_000000_later.tif",
                               RUN_META["source"]: "sha256:0123 4567"})
    other = compare(rapideye, later, tmp_path / "c.gpkg")
    assert not any("same" in m for m in other.messages)


def test_a_scene_given_for_thumbnails_that_is_not_there_is_refused(rapideye, tmp_path):
    """--before-scene naming a file that is not there (a typo, an unmounted archive) was dropped without a word:
    the report then said 'thumbnails need both scenes: pass --before-scene', which had been passed."""
    (tmp_path / "folder.tif").mkdir()
    for scene in (tmp_path / "typo.tif", tmp_path / "folder.tif"):
        cmd = [sys.executable, "-m", "planet_qgis_plugin", "change", str(rapideye), str(rapideye), "-o",
               str(tmp_path / "c.gpkg"), "--report", str(tmp_path / "r.html"), "--before-scene", str(scene)]
        proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
        assert proc.returncode == 1 and proc.stderr.count("\n") == 1, proc.stderr
        assert proc.stderr.startswith(f"error: before scene {scene} is not a raster file")
        assert not (tmp_path / "c.gpkg").exists() and not (tmp_path / "r.html").exists()


def test_scenes_given_by_relative_paths_are_recorded_whole(rapideye, tmp_path, monkeypatch):
    """`change pair/a.tif pair/b.tif -o changes.gpkg` recorded the scenes as typed ('pair/a.tif'): QGIS, started
    elsewhere, found neither, and the Alerts dock showed 'no image' and exported no thumbnails."""
    from planet_qgis_plugin.core.monitor.alerts import read_alerts

    shutil.copyfile(RAPIDEYE, tmp_path / RAPIDEYE.name)
    monkeypatch.chdir(tmp_path)
    given = RAPIDEYE.name   # relative to the folder the command ran in
    compare(rapideye, rapideye, tmp_path / "c.gpkg", ChangeOptions(before_scene=given, after_scene=given))
    monkeypatch.chdir(ROOT)  # QGIS opens the layer from another folder
    assert read_alerts(tmp_path / "c.gpkg").scenes == (tmp_path / RAPIDEYE.name,) * 2
    # a layer an earlier version wrote so (run in the layer's folder, as -o c.gpkg was): found beside the layer
    from osgeo import ogr

    ds = ogr.Open(str(tmp_path / "c.gpkg"), 1)
    ds.GetLayerByName("changes").SetMetadataItem("PLANET_AFTER_SCENE", given)
    ds = None
    assert read_alerts(tmp_path / "c.gpkg").scenes == (tmp_path / RAPIDEYE.name,) * 2


class CancelAfter:
    """cancel() that returns True from its ``n``-th call on (None: never), counting its calls."""

    def __init__(self, n: int | None = None):
        self.n, self.calls = n, 0

    def __call__(self) -> bool:
        self.calls += 1
        return self.n is not None and self.calls >= self.n


def test_compare_reports_progress_and_a_cancel_leaves_nothing(rapideye, rapideye_copy, tmp_path):
    """compare() takes classify's progress and cancel: a cancel anywhere (reading, matching, comparing, in the
    middle of writing the layer) raises Cancelled, says so, and leaves no output and no temporary file; an
    existing output (Processing overwrites) is kept as it was."""
    from planet_qgis_plugin.core.errors import Cancelled

    after = rapideye_copy({(1, 1): {"flag_logging": 1, "flagged": 1, "score_logging": 0.99}})
    seen, counting = [], CancelAfter()
    result = compare(rapideye, after, tmp_path / "full.gpkg", ChangeOptions(min_rise=0.2),
                     progress=lambda done, total: seen.append((done, total)), cancel=counting)
    total = 3 * len(read_tiles(after, with_embeddings=False))
    assert seen[0] == (0, total) and seen[-1] == (total, total) and len(result.alerts) == 1
    assert [d for d, _ in seen] == sorted(d for d, _ in seen) and {t for _, t in seen} == {total}
    calls = counting.calls
    assert calls > total  # every tile's step checks it, and between the steps
    existing = tmp_path / "existing.gpkg"
    existing.write_bytes(b"an earlier change layer")
    before = sorted(p.name for p in tmp_path.iterdir())
    for n in (1, 2, 3, total // 3 + 2, calls // 2, calls - 1, calls):
        for output, overwrite in ((tmp_path / "change.gpkg", False), (existing, True)):
            cancel = CancelAfter(n)
            with pytest.raises(Cancelled, match="cancelled by the user; no output was written"):
                compare(rapideye, after, output, ChangeOptions(min_rise=0.2, overwrite=overwrite), cancel=cancel)
            assert cancel.calls == n
            assert sorted(p.name for p in tmp_path.iterdir()) == before, n
            assert existing.read_bytes() == b"an earlier change layer"


def test_a_cancel_after_both_rasters_are_classified_stops_their_comparison(tmp_path, monkeypatch):
    """`change BEFORE.tif AFTER.tif` (Processing with two rasters): the cancel that stopped either classify run
    also stops the comparison that follows them; nothing written, the two runs' layers removed."""
    import tempfile

    from planet_qgis_plugin.core.errors import Cancelled
    from planet_qgis_plugin.core.monitor.pair import compare_rasters

    runs = tmp_path / "runs"
    runs.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(runs))
    after = tmp_path / "after.tif"
    shutil.copyfile(RAPIDEYE, after)

    class OnceBothClassified(CancelAfter):
        """Counts only the calls once AFTER's tile layer is written (classify's reader threads call it too)."""

        def __call__(self) -> bool:
            return any(runs.glob("*/after.gpkg")) and super().__call__()

    counting = OnceBothClassified()
    compare_rasters(RAPIDEYE, after, tmp_path / "full.gpkg", cancel=counting)
    assert counting.calls > len(features(tmp_path / "full.gpkg"))  # the comparison asked, on every tile
    cancel = OnceBothClassified(counting.calls // 2)
    with pytest.raises(Cancelled):
        compare_rasters(RAPIDEYE, after, tmp_path / "change.gpkg", cancel=cancel)
    assert cancel.calls == counting.calls // 2
    assert sorted(p.name for p in tmp_path.iterdir()) == ["after.tif", "full.gpkg", "runs"]
    assert list(runs.iterdir()) == []


def test_one_alert_is_said_in_the_singular(rapideye, rapideye_copy, tmp_path):
    """`change` printed "1 alerts: 1 nominal, ..." for a single new flag."""
    tiles = read_tiles(rapideye, with_embeddings=False)
    k = next(i for i, (r, c) in enumerate(zip(tiles.rows, tiles.cols)) if (r, c) == (0, 0))
    after = rapideye_copy({(0, 0): {"flag_mining": 1, "flagged": 1,
                                    "score_mining": min(1.0, float(tiles.scores["mining"][k]) + 0.6)}})
    result = compare(rapideye, after, tmp_path / "change.gpkg")
    assert len(result.alerts) == 1 and "; 1 alert: 1 nominal," in result.summary(), result.summary()


def test_overlapping_before_tiles_do_not_count_their_ground_twice(tmp_path):
    """BEFORE tiled with stride 128 (each place under up to four tiles), AFTER on another grid (4 m pixels)
    reaching past BEFORE's edge. An AFTER tile's cover is the share of it under BEFORE, counted once: a tile
    partly outside BEFORE is not 'wholly inside' and cannot alert (its shares of overlapping BEFORE tiles
    summed to more than 1, so it did)."""
    import rasterio
    from affine import Affine
    from osgeo import gdal, ogr

    with rasterio.open(RAPIDEYE) as src:
        data, t = src.read(), src.transform
    scene = tmp_path / "on_grid.tif"  # corner on the CRS-anchored grid of 5 m and of 4 m pixels
    with rasterio.open(scene, "w", driver="GTiff", width=512, height=512, count=data.shape[0], dtype=data.dtype,
                       crs="EPSG:32649", transform=Affine(t.a, 0, 5120.0 * 10, 0, t.e, 5120.0 * 25)) as dst:
        dst.write(data)
    crop, coarse = tmp_path / "crop.tif", tmp_path / "coarse.tif"
    gdal.Translate(str(crop), str(scene), srcWin=[0, 0, 384, 384])
    gdal.Warp(str(coarse), str(scene), xRes=4, yRes=4, resampleAlg="bilinear")
    classify(crop, tmp_path / "b.gpkg", options=ClassifyOptions(stride=128))
    classify(coarse, tmp_path / "a.gpkg")
    b, a = read_tiles(tmp_path / "b.gpkg", with_embeddings=False), read_tiles(tmp_path / "a.gpkg", with_embeddings=False)
    under = ogr.Geometry(ogr.wkbMultiPolygon)
    for w in b.wkb:
        under.AddGeometry(ogr.CreateGeometryFromWkb(w))
    under = under.UnionCascaded()
    truth = {(int(a.rows[k]), int(a.cols[k])): under.Intersection(ogr.CreateGeometryFromWkb(w)).GetArea()
             / ogr.CreateGeometryFromWkb(w).GetArea() for k, w in enumerate(a.wkb)}
    straddling = [rc for rc, share in truth.items() if 0.5 <= share < 0.98
                  and a.coverage[list(zip(a.rows, a.cols)).index(rc)] == 1.0]
    assert straddling and not b.flagged.any(), "no whole AFTER tile half under BEFORE: this test shows nothing"
    edit_tiles(tmp_path / "a.gpkg", {rc: {"flag_mining": 1, "flagged": 1, "score_mining": 0.99} for rc in straddling})
    result = compare(tmp_path / "b.gpkg", tmp_path / "a.gpkg", tmp_path / "c.gpkg")
    assert not result.shared_grid
    rows = {(r["row"], r["col"]): r for r in features(tmp_path / "c.gpkg")}
    assert len(rows) + result.no_baseline == len(a)
    for rc, row in rows.items():
        assert row["before_cover"] == pytest.approx(truth[rc], abs=1e-6)
    assert all(rows[rc]["alert"] == 0 and rows[rc]["match"] == "partial tile" for rc in straddling)
    assert result.alerts == []


def test_a_concept_held_unconfirmed_on_before_is_new_only_where_before_would_not_have_flagged(saved, tmp_path):  # noqa: F811
    """A taught concept held unconfirmed on BEFORE (it would flag far more there than where it was taught) has
    its flags off on that layer, but BEFORE's p_<name> says which tiles it would have flagged (PLANET_UNCONFIRMED
    records the threshold). An AFTER flag on such a tile is not new; on a tile BEFORE would not have flagged it
    is (every AFTER flag of the concept used to be new against the held-back BEFORE)."""
    import json

    from planet_qgis_plugin.core.teach.apply import apply_concepts
    from planet_qgis_plugin.core.teach.concept_file import read_concept_file

    path, taught, bundle = saved  # a concept taught on a planted layer without a CRS, and that layer
    concept = read_concept_file(path).concept
    before, after = (shutil.copy(taught, tmp_path / name) for name in ("before.gpkg", "after.gpkg"))
    (confirmed,) = apply_concepts(after, [concept], bundle.manifest)
    concept.provenance["flagged_share"] = 0.001  # on BEFORE it would flag far more than where it was taught
    (held,) = apply_concepts(before, [concept], bundle.manifest)
    assert held.unconfirmed and not confirmed.unconfirmed
    threshold = json.loads(read_tiles(before).metadata["PLANET_UNCONFIRMED"])["pits"]["threshold"]
    for path in (before, after):  # two runs on one raster without a CRS: matched by pixel
        set_layer_metadata(path, {"PLANET_SOURCE": "sha256:0 1"})
    tiles = read_tiles(before, with_embeddings=False)
    p = tiles.concept_probs["pits"]
    would = next(k for k in np.argsort(p) if threshold <= p[k] <= 0.7)  # BEFORE would have flagged it
    would_not = next(k for k in np.argsort(p) if p[k] < threshold - 0.05)
    edit_tiles(after, {(int(tiles.rows[k]), int(tiles.cols[k])): {"p_pits": float(p[k]) + 0.3, "flag_pits": 1}
                       for k in (would, would_not)})
    for path in (before, after):  # clear on both dates (the planted layer's p_cloudy is random: 0.14 on one of them)
        edit_tiles(path, {(int(tiles.rows[k]), int(tiles.cols[k])): {"p_cloudy": 0.0} for k in (would, would_not)})
    result = compare(before, after, tmp_path / "change.gpkg")
    alerted = {a.index for a in result.alerts if "pits" in a.new_flag}
    assert would_not in alerted and would not in alerted


def test_the_rule_is_in_the_runs_language_and_english_in_the_layers_metadata(rapideye, rapideye_copy, tmp_path):
    """A QGIS face runs change under its translator (core/wording.words): the rule the report shows is in the
    analyst's language, while the change layer's PLANET_ALERT_RULE/PLANET_CONFIDENCE_RULE, read by programs, stay
    English as the command line writes them."""
    from osgeo import gdal

    from planet_qgis_plugin.core.monitor.change import confidence_rule, rule_text
    from planet_qgis_plugin.core.wording import words

    def translate(text: str) -> str:
        return "[xx] " + text

    out = tmp_path / "change.gpkg"
    with words(translate):
        result = compare(rapideye, rapideye_copy(), out)
    english = rule_text(ChangeOptions())
    assert result.rule == "[xx] " + english.replace(confidence_rule(), "[xx] " + confidence_rule())
    ds = gdal.OpenEx(str(out), gdal.OF_VECTOR)
    layer = ds.GetLayer(0)
    assert (layer.GetMetadataItem("PLANET_ALERT_RULE"), layer.GetMetadataItem("PLANET_CONFIDENCE_RULE")) \
        == (english, confidence_rule())
    ds = None
