"""The analyst's loop on the command line, as MapBiomas Alerta runs it: `change`, each alert judged on its pair and
answered (`alerts --confirm / --reject`, written into the layer with its history: the audit trail), then the next date.
The next run forgot every answer: an alert rejected last month came back on the same tile, to be rejected again, each
month. With `change --judged LAST.gpkg` a rejected alert stays held back on that ground unless its score rose further,
and says who rejected it and why."""
from __future__ import annotations

import pytest

from planet_qgis_plugin.__main__ import main
from planet_qgis_plugin.core.layer.tiletable import read_tiles
from planet_qgis_plugin.core.monitor.change import MIN_RISE
from tests.monitor.test_change import features

TILE = (1, 1)


def _run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def dated(rapideye, rapideye_copy):
    """date(score, name) -> a copy of the sample layer whose tile TILE raises mining at ``score`` (an isolated new flag
    rising far above BEFORE's score there), and that score on BEFORE."""
    tiles = read_tiles(rapideye, with_embeddings=False)
    at = {(int(r), int(c)): k for k, (r, c) in enumerate(zip(tiles.rows, tiles.cols))}
    before = float(tiles.scores["mining"][at[TILE]])

    def date(score: float, name: str):
        return rapideye_copy({TILE: {"flag_mining": 1, "flagged": 1, "score_mining": score}}, name)
    date.before = before
    return date


def _tile(change):
    return next(r for r in features(change) if (r["row"], r["col"]) == TILE)


def test_a_rejected_alert_is_not_raised_again_on_the_next_date_unless_it_rises_further(rapideye, dated, tmp_path,
                                                                                       capsys):
    first = dated(dated.before + 0.5, "feb.gpkg")
    change1 = tmp_path / "change_feb.gpkg"
    code, out, _ = _run(capsys, "change", str(rapideye), str(first), "-o", str(change1))
    assert code == 0 and "1 alert:" in out and "alerts " + str(change1) in out   # the next line names the CLI too

    code, out, _ = _run(capsys, "alerts", str(change1))
    assert code == 0 and "1 alerts (1 open, 0 confirmed, 0 rejected)" in out and "\n1. mining" in out
    code, out, _ = _run(capsys, "alerts", str(change1), "--reject", "1", "--reason", "cloud shadow", "--reviewer", "ana")
    assert code == 0 and "alert 1: rejected (cloud shadow)" in out and "by ana" in out
    code, out, _ = _run(capsys, "alerts", str(change1), "--history")
    assert "rejected (cloud shadow)" in out and "ana: rejected (cloud shadow)" in out   # the audit trail
    code, out, _ = _run(capsys, "alerts", str(change1), "--export", str(tmp_path / "handoff"), "--all")
    rows = (tmp_path / "handoff" / "alerts.csv").read_text(encoding="utf-8")
    assert code == 0 and "rejected" in rows and "cloud shadow" in rows and "ana" in rows   # the hand-off carries it

    # the next date, the same tile no higher than when rejected: held back with who, when and why
    again = dated(dated.before + 0.5 + MIN_RISE / 2, "mar.gpkg")
    forgot = tmp_path / "forgot.gpkg"
    assert _run(capsys, "change", str(rapideye), str(again), "-o", str(forgot))[1].count("1 alert:") == 1
    change2 = tmp_path / "change_mar.gpkg"
    code, out, _ = _run(capsys, "change", str(rapideye), str(again), "-o", str(change2), "--judged", str(change1))
    assert code == 0 and "0 alerts" in out and "1 rejected on an earlier change layer" in out
    row = _tile(change2)
    assert not row["alert"]
    assert row["held_back"].startswith("mining (rejected in change_feb.gpkg ") and "by ana: cloud shadow" in row["held_back"]

    # risen further than the score it was rejected at: an alert again
    higher = dated(min(1.0, dated.before + 0.5 + 2 * MIN_RISE), "apr.gpkg")
    change3 = tmp_path / "change_apr.gpkg"
    code, out, _ = _run(capsys, "change", str(rapideye), str(higher), "-o", str(change3), "--judged", str(change1))
    assert code == 0 and "1 alert:" in out and _tile(change3)["alert"]


def test_a_confirmed_alert_holds_nothing_back(rapideye, dated, tmp_path, capsys):
    change1 = tmp_path / "change_feb.gpkg"
    _run(capsys, "change", str(rapideye), str(dated(dated.before + 0.5, "feb.gpkg")), "-o", str(change1))
    code, out, _ = _run(capsys, "alerts", str(change1), "--confirm", "1", "--cause", "mining")
    assert code == 0 and "alert 1: confirmed (mining)" in out
    change2 = tmp_path / "change_mar.gpkg"
    _run(capsys, "change", str(rapideye), str(dated(dated.before + 0.5, "mar.gpkg")), "-o", str(change2),
         "--judged", str(change1))
    assert _tile(change2)["alert"]


@pytest.mark.parametrize("bad", ["not_a_layer", "the_output"])
def test_judged_a_file_that_is_no_change_layer_or_the_output_is_one_line_and_nothing_written(rapideye, dated, tmp_path,
                                                                                          capsys, bad):
    judged = rapideye if bad == "not_a_layer" else tmp_path / "change.gpkg"
    if bad == "the_output":
        _run(capsys, "change", str(rapideye), str(dated(dated.before + 0.5, "feb.gpkg")), "-o", str(judged))
    out = tmp_path / ("new.gpkg" if bad == "not_a_layer" else "change.gpkg")
    before = out.read_bytes() if out.exists() else None
    code, said, err = _run(capsys, "change", str(rapideye), str(dated(dated.before + 0.5, "mar.gpkg")), "-o", str(out),
                           "--judged", str(judged), "--overwrite")
    assert code == 1 and len(err.strip().splitlines()) == 1 and err.startswith("error: ")
    assert (out.read_bytes() if out.exists() else None) == before


@pytest.mark.parametrize("args", [["--confirm", "1"], ["--reject", "1"], ["--confirm", "9", "--cause", "mining"],
                                  ["--cause", "mining"], ["--reopen", "1", "--reason", "x"], ["--all"],
                                  ["--confirm", "1", "--cause", "mining", "--export", "out"]])
def test_an_answer_that_is_no_answer_is_one_line_and_nothing_written(rapideye, dated, tmp_path, capsys, args):
    change1 = tmp_path / "change.gpkg"
    _run(capsys, "change", str(rapideye), str(dated(dated.before + 0.5, "feb.gpkg")), "-o", str(change1))
    code, _, err = _run(capsys, "alerts", str(change1), *args)
    assert code == 1 and len(err.strip().splitlines()) == 1 and err.startswith("error: ")
    assert not _tile(change1)["review"] and not _tile(change1)["review_history"]


@pytest.mark.parametrize("scores", ["not json", '{"mining": [0.1, 1e999]}', '{"mining": "high"}', "[" * 100000,
                                    '{"mining": [0.1, 0.2]}'])
def test_a_rejected_alert_whose_scores_were_edited_still_holds_its_flag_back_said(rapideye, dated, tmp_path, capsys,
                                                                                   scores):
    """flag_scores of a change layer a user was given (edited, nested past Python's limit, not finite): its rejection
    holds the flag back as a layer of an earlier version's does, said; a score it does record is the bar."""
    from osgeo import ogr

    change1 = tmp_path / "change_feb.gpkg"
    _run(capsys, "change", str(rapideye), str(dated(dated.before + 0.5, "feb.gpkg")), "-o", str(change1))
    _run(capsys, "alerts", str(change1), "--reject", "1", "--reason", "haze")
    ds = ogr.Open(str(change1), 1)
    layer = ds.GetLayerByName("changes")
    for f in layer:
        if f.GetField("alert"):
            f.SetField("flag_scores", scores)
            layer.SetFeature(f)
    layer = ds = None
    change2 = tmp_path / "change_mar.gpkg"
    code, _, _ = _run(capsys, "change", str(rapideye), str(dated(dated.before + 0.5, "mar.gpkg")), "-o", str(change2),
                      "--judged", str(change1))
    row = _tile(change2)
    recorded = scores == '{"mining": [0.1, 0.2]}'   # 0.2 + MIN_RISE lies under AFTER's score: risen further
    assert code == 0 and bool(row["alert"]) == recorded
    assert recorded or "its score then not recorded" in row["held_back"]
