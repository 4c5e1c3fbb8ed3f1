"""batch: one GeoPackage per scene + summary.csv, resumable, failures recorded, Dask == serial."""
from __future__ import annotations

import csv
import shutil
import socket
import time

import numpy as np
import pytest

from planet_qgis_plugin.cli.batch import main
from planet_qgis_plugin.core.layer.tiletable import flagged_km2, read_tiles
from planet_qgis_plugin.core.monitor.cluster import plan_workers
from tests.conftest import RAPIDEYE, SCENES


def rows(outdir):
    with open(outdir / "summary.csv", newline="") as handle:
        return list(csv.DictReader(handle))


def test_serial_batch_writes_one_layer_per_scene_and_the_summary(serial_batch):
    table = rows(serial_batch)
    scenes = sorted(p for p in SCENES.iterdir() if p.suffix == ".tif")
    assert [r["scene"] for r in table] == [str(p) for p in scenes]
    for r, scene in zip(table, scenes):
        assert r["status"] == "done" and r["error"] == ""
        tiles = read_tiles(serial_batch / f"{scene.stem}.gpkg", with_embeddings=False)
        assert int(r["tiles"]) == len(tiles) > 0
        assert int(r["flagged"]) == int(tiles.flagged.sum())
        for i, label in enumerate(tiles.labels):
            assert int(r[label]) == int(tiles.tags[:, i].sum())
        assert r["device"] and r["backend"] and float(r["chips_per_s"]) > 0 and float(r["seconds"]) > 0
        assert r["acquired"][:4].isdigit() and r["acquired_source"] in ("metadata", "file name")
        assert float(r["flagged_km2"]) >= 0  # every sample scene has a CRS
    borneo = next(r for r in table if "20170915" in r["scene"])
    assert int(borneo["skipped"]) == 4  # the nodata wedge (9 tiles on the CRS-anchored grid, 4 of them empty)
    assert sorted(p.name for p in serial_batch.iterdir()) == sorted(
        [f"{p.stem}.gpkg" for p in scenes] + ["summary.csv"])  # no temporary files left


def test_second_run_skips_up_to_date_scenes(serial_batch, tmp_path, capsys):
    outdir = tmp_path / "again"
    shutil.copytree(serial_batch, outdir)
    before = {p.name: p.stat().st_mtime_ns for p in outdir.glob("*.gpkg")}
    assert main([str(SCENES), "-o", str(outdir), "--workers", "1", "-q"]) == 0
    assert {r["status"] for r in rows(outdir)} == {"up to date"}
    assert {p.name: p.stat().st_mtime_ns for p in outdir.glob("*.gpkg")} == before
    assert rows(outdir)[0]["tiles"] == rows(serial_batch)[0]["tiles"]
    assert "0 classified, 4 up to date" in capsys.readouterr().out


def test_unreadable_scene_mid_batch_is_recorded_and_the_rest_go_on(tmp_path, capsys):
    folder = tmp_path / "scenes"
    folder.mkdir()
    shutil.copyfile(RAPIDEYE, folder / "a_good.tif")
    broken = RAPIDEYE.read_bytes()
    (folder / "b_truncated.tif").write_bytes(broken[: len(broken) // 3])
    (folder / "c_not_a_raster.tif").write_text("this is not a GeoTIFF")
    shutil.copyfile(RAPIDEYE, folder / "d_good.tif")
    outdir = tmp_path / "out"
    assert main([str(folder), "-o", str(outdir), "--workers", "1", "-q"]) == 1
    table = {r["scene"].rsplit("/", 1)[-1]: r for r in rows(outdir)}
    assert [table[n]["status"] for n in sorted(table)] == ["done", "failed", "failed", "done"]
    for name in ("b_truncated.tif", "c_not_a_raster.tif"):
        assert table[name]["error"] and "\n" not in table[name]["error"] and table[name]["tiles"] == ""
    assert sorted(p.name for p in outdir.iterdir()) == ["a_good.gpkg", "d_good.gpkg", "summary.csv"]
    err = capsys.readouterr().err
    assert "failed: " in err and "Traceback" not in err


def test_a_failed_scene_whose_name_holds_glob_characters_leaves_no_temporary_file(tmp_path):
    scene = tmp_path / "a[1]*?.tif"
    scene.write_text("this is not a GeoTIFF")
    outdir = tmp_path / "out"
    assert main([str(scene), "-o", str(outdir), "--workers", "1", "-q"]) == 1
    assert [p.name for p in outdir.iterdir()] == ["summary.csv"]


@pytest.mark.parametrize("case", ["output is a file", "folder without rasters"])
def test_bad_batch_input_is_one_line_and_writes_nothing(tmp_path, capsys, case):
    if case == "output is a file":
        out = tmp_path / "out"
        out.write_text("keep me")
        args = [str(RAPIDEYE), "-o", str(out)]
    else:
        (tmp_path / "empty").mkdir()
        out = tmp_path / "out"
        args = [str(tmp_path / "empty"), "-o", str(out)]
    assert main(args + ["-q"]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith("error: ") and "\n" not in err
    if case == "output is a file":
        assert out.read_text() == "keep me"
    else:
        assert not out.exists()  # every check runs before the output folder is made


def test_unreachable_scheduler_is_one_line_within_the_timeout(tmp_path, capsys):
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    started = time.monotonic()
    code = main([str(RAPIDEYE), "-o", str(tmp_path / "out"), "--scheduler", f"tcp://127.0.0.1:{port}",
                 "--scheduler-timeout", "2", "-q"])
    assert code == 1
    assert time.monotonic() - started < 60  # bounded by the stated timeout (plus start-up), never a hang
    err = capsys.readouterr().err.strip()
    assert err.startswith("error: Dask scheduler") and "unreachable within 2 s" in err and "\n" not in err
    assert list((tmp_path / "out").glob("*.gpkg")) == []


def test_workers_share_the_cores():
    assert plan_workers(None, scenes=10, cpus=8) == (8, 1)
    assert plan_workers(None, scenes=2, cpus=8) == (2, 4)
    assert plan_workers(3, scenes=10, cpus=8) == (3, 2)
    with pytest.raises(Exception, match="at least 1"):
        plan_workers(0, scenes=1, cpus=2)


@pytest.mark.slow  # starts a Dask LocalCluster of two processes (~20 s on 2 shared cores)
def test_local_cluster_of_two_workers_equals_serial_run(serial_batch, tmp_path):
    outdir = tmp_path / "dask"
    assert main([str(SCENES), "-o", str(outdir), "--workers", "2", "-q"]) == 0
    assert {r["status"] for r in rows(outdir)} == {"done"}
    for serial in sorted(serial_batch.glob("*.gpkg")):
        a, b = read_tiles(serial), read_tiles(outdir / serial.name)
        key_a = list(zip(a.rows, a.cols))
        key_b = list(zip(b.rows, b.cols))
        assert sorted(key_a) == sorted(key_b)
        order_b = [key_b.index(k) for k in key_a]
        assert a.labels == b.labels
        np.testing.assert_allclose(a.probs, b.probs[order_b], atol=1e-5)
        assert (a.tags == b.tags[order_b]).all()
        assert [a.wkb[i] for i in range(len(a))] == [b.wkb[j] for j in order_b]
        if a.embeddings is not None:
            np.testing.assert_allclose(a.embeddings, b.embeddings[order_b], atol=2e-3)  # float16 storage


def test_flagged_area_matches_the_planar_area_in_utm(serial_batch):
    from osgeo import ogr

    table = read_tiles(serial_batch / f"{RAPIDEYE.stem}.gpkg", with_embeddings=False)
    every = np.ones(len(table), bool)
    planar = sum(ogr.CreateGeometryFromWkb(w).GetArea() for w in table.wkb) / 1e6  # EPSG:32649, metres
    assert flagged_km2(table, every) == pytest.approx(planar, rel=2e-3)  # UTM scale error near the equator
    assert flagged_km2(table, ~every) == 0.0


def test_existing_scheduler_runs_the_job(serial_batch, tmp_path):
    """--scheduler: the job goes to a cluster that was already running (here one in this process)."""
    import logging

    from distributed import LocalCluster

    with LocalCluster(n_workers=1, threads_per_worker=1, processes=False, dashboard_address=None,
                      silence_logs=logging.ERROR) as cluster:
        outdir = tmp_path / "remote"
        assert main([str(RAPIDEYE), "-o", str(outdir), "--scheduler", cluster.scheduler_address, "-q"]) == 0
    a = read_tiles(serial_batch / f"{RAPIDEYE.stem}.gpkg", with_embeddings=False)
    b = read_tiles(outdir / f"{RAPIDEYE.stem}.gpkg", with_embeddings=False)
    np.testing.assert_allclose(a.probs, b.probs, atol=1e-5)
    assert rows(outdir)[0]["status"] == "done"


def test_a_scene_that_is_its_own_output_is_never_written_over(tmp_path):
    from osgeo import gdal

    scene = tmp_path / "scene.gpkg"  # a GeoPackage raster: its output name would be itself
    gdal.Translate(str(scene), str(RAPIDEYE), format="GPKG", outputType=gdal.GDT_Byte, scaleParams=[[]],
                   bandList=[3, 2, 1])
    data = scene.read_bytes()
    assert main([str(scene), "-o", str(tmp_path), "--workers", "1", "--force", "-q"]) == 1
    assert scene.read_bytes() == data
    assert "is the input" in rows(tmp_path)[0]["error"]


def test_one_model_load_for_many_scenes(tmp_path):
    """A worker (here: this process) builds its predictor once and reuses it for every scene."""
    from planet_qgis_plugin.core.monitor import batch as batchrun

    batchrun._PREDICTORS.clear()
    assert main([str(SCENES), "-o", str(tmp_path / "out"), "--workers", "1", "-q"]) == 0
    assert len(batchrun._PREDICTORS) == 1


def test_the_core_service_runs_a_batch_without_the_command_line(tmp_path):
    """bench and other callers plan and run a batch through core/monitor/batch_run.py; progress per scene."""
    from planet_qgis_plugin.core.monitor.batch_run import BatchOptions, plan_batch, run_batch

    outdir = tmp_path / "out"
    plan = plan_batch([RAPIDEYE], outdir, BatchOptions(workers=1))
    assert plan.scenes == [RAPIDEYE.resolve()] and plan.workers == 1 and plan.messages == [] and outdir.is_dir()
    seen = []
    result = run_batch(plan, seen.append)
    assert [r.scene for r in seen] == [r.scene for r in result.rows] == [str(RAPIDEYE.resolve())]
    assert result.failed == [] and result.report_path is None
    flagged = result.rows[0].flagged
    assert result.summary().startswith(f"1 scene: 1 classified, 0 up to date, 0 failed; {flagged} "
                                       f"tile{'' if flagged == 1 else 's'} flagged -> {outdir / 'summary.csv'}")
    assert rows(outdir)[0]["status"] == "done"


def test_a_bad_concept_file_is_one_line_and_the_output_folder_is_not_made(tmp_path, capsys):
    concept = tmp_path / "pits.concept.json"
    concept.write_text("{not json")
    out = tmp_path / "out"
    assert main([str(RAPIDEYE), "-o", str(out), "--workers", "1", "--concept", str(concept), "-q"]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith("error: ") and "\n" not in err
    assert not out.exists()


def test_the_summary_line_counts_the_concepts_that_flagged_tiles(tmp_path):
    """A batch with --concept clearing (group other: no group flag) said '0 tiles flagged' and nothing else, while
    summary.csv counted its tiles: the line names each concept that flagged tiles (a count of one in the singular:
    it said '1 tiles flagged', 'concept mine 1 tiles')."""
    from planet_qgis_plugin.core.monitor.batch import SceneRow
    from planet_qgis_plugin.core.monitor.batch_run import BatchResult

    rows_ = [SceneRow(scene="a.jpg", status="done", flagged=0, counts={"flag_mining": 0, "flag_clearing": 10,
                                                                        "flag_mine": 0}),
             SceneRow(scene="b.jpg", status="done", flagged=1, counts={"flag_mining": 1, "flag_clearing": 2,
                                                                        "flag_mine": 1})]
    line = BatchResult(rows_, tmp_path / "summary.csv").summary()
    assert "; 1 tile flagged; concept clearing 12 tiles, concept mine 1 tile -> " in line, line
    quiet = BatchResult([SceneRow(scene="c.jpg", status="done", flagged=0, counts={"flag_clearing": 0})],
                        tmp_path / "summary.csv").summary()
    assert "; 0 tiles flagged -> " in quiet, quiet


def test_a_concept_only_earlier_scenes_had_keeps_its_column_among_the_flags(tmp_path):
    """summary.csv keeps the rows of an earlier run while their output exists. A concept only those rows had
    (applied then, not now) is a flag column like any other, before the tags, and 'output' stays the last
    column (it used to be appended after 'output', so the columns shifted against the documented order)."""
    from planet_qgis_plugin.core.labels import FLAG_GROUPS, LABELS
    from planet_qgis_plugin.core.monitor.batch import SceneRow, read_summary, write_summary

    kept = tmp_path / "a.gpkg"
    kept.write_bytes(b"")  # its output is there: the row is kept
    path = tmp_path / "summary.csv"
    write_summary(path, [SceneRow(str(tmp_path / "a.tif"), str(kept), "done", counts={"flag_clearing": 3})])
    write_summary(path, [SceneRow(str(tmp_path / "b.tif"), str(tmp_path / "b.gpkg"), "done",
                                  counts={"flag_mining": 1})], read_summary(path))
    with open(path, newline="") as handle:
        header = next(csv.reader(handle))
    flags = [f"flag_{g}" for g in FLAG_GROUPS] + ["flag_clearing"]
    assert header[header.index("flagged_km2") + 1:][:len(flags) + 1] == flags + [LABELS[0]]
    assert header[-1] == "output"
    assert {r["scene"]: r["flag_clearing"] for r in rows(tmp_path)} == {str(tmp_path / "a.tif"): "3",
                                                                        str(tmp_path / "b.tif"): ""}


@pytest.mark.parametrize("first_gone", [False, True])
def test_another_scene_of_the_same_name_never_replaces_its_output(tmp_path, capsys, first_gone):
    """OUTDIR/x.gpkg was classified from one/x.tif. two/x.tif is another scene of that name (next month's clip of
    the same place, say), its file time older (copied with its times kept, rsync -t): it was not taken as up to date
    (it once was, with one/x.tif's tiles), but it was classified over one/x.tif's output, whose row left
    summary.csv: the tiles of that date gone without a word. The batch is refused in one line before any work, x.gpkg
    and its row left as they were; so it is where one/x.tif is gone (its output the only record of it), while the
    same scene moved or copied there is not another (test_batch_moved)."""
    import os

    from planet_qgis_plugin.core.layer.tiletable import run_metadata
    from tests.conftest import BORNEO

    first, second = tmp_path / "one" / "x.tif", tmp_path / "two" / "x.tif"
    for path, source in ((first, RAPIDEYE), (second, BORNEO)):
        path.parent.mkdir()
        shutil.copyfile(source, path)
    outdir = tmp_path / "out"
    assert main([str(first), "-o", str(outdir), "--workers", "1", "-q"]) == 0
    before = (outdir / "x.gpkg").read_bytes(), (outdir / "summary.csv").read_bytes()
    old = (outdir / "x.gpkg").stat().st_mtime - 3600
    os.utime(second, (old, old))
    if first_gone:
        first.unlink()
    capsys.readouterr()
    for force in ([], ["--force"]):
        assert main([str(second), "-o", str(outdir), "--workers", "1", "-q", *force]) == 1
        err = capsys.readouterr().err
        said = (f"{first.resolve()}, a scene no longer there, " if first_gone
                else f"another scene, {first.resolve()}, ")
        assert err.count("\n") == 1 and err.startswith(f"error: {outdir / 'x.gpkg'} holds the tiles of {said}"), err
        assert ((outdir / "x.gpkg").read_bytes(), (outdir / "summary.csv").read_bytes()) == before
    assert run_metadata(read_tiles(outdir / "x.gpkg", with_embeddings=False))["scene"] == str(first.resolve())
    if not first_gone:   # a copy of the scene (a project copied, one/ still there) is the same scene: classified
        shutil.copyfile(first, second)
        assert main([str(second), "-o", str(outdir), "--workers", "1", "-q"]) == 0


def test_an_output_that_records_its_scene_by_a_relative_name_is_this_scenes(tmp_path):
    """Earlier versions recorded the scene relative ('x.tif'), which every scene of that name is: such an output is
    redone as before, not taken for another scene's."""
    from planet_qgis_plugin.core.layer.tiletable import RUN_META
    from tests.monitor.conftest import set_layer_metadata

    scene = tmp_path / "scenes" / "x.tif"
    scene.parent.mkdir()
    shutil.copyfile(RAPIDEYE, scene)
    outdir = tmp_path / "out"
    assert main([str(scene), "-o", str(outdir), "--workers", "1", "-q"]) == 0
    set_layer_metadata(outdir / "x.gpkg", {RUN_META["scene"]: "x.tif"})
    assert main([str(scene), "-o", str(outdir), "--workers", "1", "-q", "--force"]) == 0
