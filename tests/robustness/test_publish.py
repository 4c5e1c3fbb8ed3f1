"""Putting the output in place: files that appear during a run, stale temporary files, long names, full disks."""
from __future__ import annotations

import os
import resource
import signal
import subprocess

import pytest
from osgeo import ogr

from planet_qgis_plugin.core import publish
from planet_qgis_plugin.core.errors import OutputError
from planet_qgis_plugin.core.pipeline.classify import ClassifyOptions, classify

from ..conftest import ROOT
from .conftest import CLI, assert_refused, snapshot


def _layer_count(path):
    ds = ogr.Open(str(path))
    return ds.GetLayerByName("tiles").GetFeatureCount()


def _meddle_halfway(action):
    """A progress callback that runs ``action`` once, half-way through the run."""
    state = {"done": False}

    def progress(done, total):
        if not state["done"] and total and done >= total // 2:
            state["done"] = True
            action()
    return progress


def test_a_file_created_at_the_output_during_the_run_is_kept(tiny_bundle, make_raster, tmp_path):
    scene = make_raster(320, 320, count=3, dtype="uint8")
    out = tmp_path / "out"
    out.mkdir()
    target = out / "o.gpkg"
    with pytest.raises(OutputError, match="was created by another program or run while this run was writing"):
        classify(scene, target, tiny_bundle, ClassifyOptions(batch_size=4),
                 progress=_meddle_halfway(lambda: target.write_bytes(b"the other run's result")))
    assert snapshot(out) == {"o.gpkg": b"the other run's result"}   # kept, and no temporary file left


def test_overwrite_replaces_only_the_file_that_was_there_at_the_start(tiny_bundle, make_raster, tmp_path):
    scene = make_raster(320, 320, count=3, dtype="uint8")
    out = tmp_path / "out"
    out.mkdir()
    target = out / "o.gpkg"
    target.write_bytes(b"yesterday's result")

    def replace_it():
        (out / "new").write_bytes(b"written during the run")
        os.replace(out / "new", target)

    with pytest.raises(OutputError, match="was changed by another program or run"):
        classify(scene, target, tiny_bundle, ClassifyOptions(batch_size=4, overwrite=True),
                 progress=_meddle_halfway(replace_it))
    assert snapshot(out) == {"o.gpkg": b"written during the run"}
    # untouched during the run: replaced as asked
    classify(scene, target, tiny_bundle, ClassifyOptions(batch_size=4, overwrite=True))
    assert _layer_count(target) == 100 and sorted(p.name for p in out.iterdir()) == ["o.gpkg"]


def test_two_runs_to_the_same_new_output_never_both_win(tiny_bundle, make_raster, tmp_path):
    """The second run finishes first (inside the first one's progress callback): the first is refused."""
    scene = make_raster(320, 320, count=3, dtype="uint8")
    target = tmp_path / "o.gpkg"
    with pytest.raises(OutputError, match="was created by another program or run"):
        classify(scene, target, tiny_bundle, ClassifyOptions(batch_size=4),
                 progress=_meddle_halfway(lambda: classify(scene, target, tiny_bundle, ClassifyOptions(batch_size=50))))
    assert _layer_count(target) == 100


def _dead_pid() -> int:
    proc = subprocess.Popen(["true"])
    proc.wait()
    return proc.pid   # reaped: no process has this id now (ids are not reused straight away)


def test_stale_temporary_files_of_the_same_output_are_swept(tiny_bundle, make_raster, tmp_path):
    scene = make_raster(320, 320, count=3, dtype="uint8")
    target = tmp_path / "o.gpkg"
    key = publish.begin(target).temp.name.split(".")[1]
    dead, alive = _dead_pid(), os.getppid()
    stale = [tmp_path / f".{key}.{dead}-{publish.HOST}.abcd0123{publish.SUFFIX}",
             tmp_path / f".{key}.{dead}-{publish.HOST}.abcd0123{publish.SUFFIX}-journal",
             tmp_path / f".{key}.{dead}.4567abcd{publish.SUFFIX}"]  # named before names carried their machine
    running = tmp_path / f".{key}.{alive}-{publish.HOST}.ef012345{publish.SUFFIX}"  # a run still going: left alone
    other = tmp_path / f".{publish._key(tmp_path / 'x.gpkg')}.{dead}.abcd0123{publish.SUFFIX}"  # another output's
    for p in (*stale, running, other):
        p.write_bytes(b"left by a killed run")
    classify(scene, target, tiny_bundle, ClassifyOptions(batch_size=50))
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "r.tif") == sorted(
        [running.name, other.name, "o.gpkg"])


def test_kill_9_leftovers_are_swept_by_the_next_run(tiny_bundle, make_raster, tmp_path):
    scene = make_raster(3200, 3200, count=3, dtype="uint8")
    out = tmp_path / "out"
    out.mkdir()
    proc = subprocess.Popen([*CLI, str(scene), "-o", str(out / "o.gpkg"), "--bundle", str(tiny_bundle.path),
                             "--batch-size", "4"], cwd=ROOT, stderr=subprocess.PIPE, text=True,
                            env=dict(os.environ, PYTHONPATH=str(ROOT)))
    seen = ""
    while "%|" not in seen:
        ch = proc.stderr.read(1)
        assert ch, seen
        seen += ch
    while not any(out.iterdir()):   # the temporary GeoPackage exists from the first tile on
        assert proc.poll() is None
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert any(p.name.endswith(publish.SUFFIX) for p in out.iterdir())
    small = make_raster(64, 64, count=3, dtype="uint8", name="small.tif")
    classify(small, out / "o.gpkg", tiny_bundle, ClassifyOptions())
    assert [p.name for p in out.iterdir()] == ["o.gpkg"]


def test_an_output_name_near_the_file_name_limit(tiny_bundle, make_raster, tmp_path):
    scene = make_raster(64, 64, count=3, dtype="uint8")
    target = tmp_path / ("n" * (255 - len(".gpkg")) + ".gpkg")   # 255 bytes: the usual limit
    classify(scene, target, tiny_bundle, ClassifyOptions())
    assert _layer_count(target) == 4


@pytest.mark.parametrize("existing", [False, True], ids=["new-output", "overwrite"])
def test_full_disk_is_one_short_line_and_keeps_the_old_output(tiny_bundle, make_raster, tmp_path, existing):
    """A file-size limit (RLIMIT_FSIZE) makes writes fail as on a full disk, in a child process only."""
    scene = make_raster(1600, 1600, count=3, dtype="uint8")   # 2500 tiles: a few MB of GeoPackage
    out = tmp_path / "out"
    out.mkdir()
    if existing:
        (out / "o.gpkg").write_bytes(b"an analyst's earlier result")
    before = snapshot(out)

    def small_disk():
        resource.setrlimit(resource.RLIMIT_FSIZE, (400_000, 400_000))

    proc = subprocess.run([*CLI, str(scene), "-o", str(out / "o.gpkg"), "--bundle", str(tiny_bundle.path), "-q",
                           "--overwrite"], cwd=ROOT, capture_output=True, text=True, timeout=300,
                          env=dict(os.environ, PYTHONPATH=str(ROOT)), preexec_fn=small_disk)
    line = assert_refused(proc, "could not write", before, out)
    assert len(proc.stderr) < 400 and "Exception ignored" not in proc.stderr, proc.stderr
    assert "INSERT" not in line and "CREATE" not in line


@pytest.mark.parametrize("share", [0.3, 0.9], ids=["early", "at-the-style"])
def test_full_disk_during_change_is_one_short_line_and_leaves_nothing(tmp_path, share):
    """The change layer goes through the tile layer's writer: the same quiet, one-line failure (a limit just
    under the finished file's size fails late, while the style is stored, through a second handle before)."""
    from planet_qgis_plugin.core.monitor.change import ChangeOptions, compare

    from ..conftest import RAPIDEYE

    tiles, out = tmp_path / "tiles.gpkg", tmp_path / "out"
    classify(RAPIDEYE, tiles)
    out.mkdir()
    compare(tiles, tiles, out / "full.gpkg", ChangeOptions(check_registration=False))
    limit = int((out / "full.gpkg").stat().st_size * share)
    (out / "full.gpkg").unlink()

    def small_disk():
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    proc = subprocess.run([*CLI, "change", str(tiles), str(tiles), "-o", str(out / "c.gpkg"), "-q"], cwd=ROOT,
                          capture_output=True, text=True, timeout=300, env=dict(os.environ, PYTHONPATH=str(ROOT)),
                          preexec_fn=small_disk)
    line = assert_refused(proc, "could not write", {}, out)
    assert len(proc.stderr) < 400 and "Exception ignored" not in proc.stderr, proc.stderr
    assert "INSERT" not in line and "CREATE" not in line
