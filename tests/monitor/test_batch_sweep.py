"""batch's temporary files: what runs killed outright (kill -9) or workers stopped by a signal left in OUTDIR is
removed at the start of the next run, a live run's never; Ctrl-C on a LocalCluster reaches only the parent."""
from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import time

import pytest

from planet_qgis_plugin.cli.batch import main
from planet_qgis_plugin.core.publish import SUFFIX, _key
from tests.conftest import RAPIDEYE, ROOT, SCENES
from tests.robustness.conftest import as_from_a_terminal, tiny_bundle  # noqa: F401 (a fixture)


def _dead_pid() -> int:
    """The pid of a process that has ended."""
    return int(subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True,
                              text=True).stdout)


def _leftovers(folder, pid: int | str, stem: str = "a.b[1]") -> list:
    """What a worker of ``pid`` killed mid-scene leaves: its .batch.gpkg and classify's .partial.gpkg in it, each
    with a journal."""
    batch = folder / f".{stem}.{pid}.x1y2_9ab.batch.gpkg"
    partial = folder / f".{_key(batch)}.{pid}.0123abcd{SUFFIX}"
    return [batch, batch.with_name(batch.name + "-journal"), partial, partial.with_name(partial.name + "-journal")]


def test_sweep_removes_the_files_of_dead_processes_only(tmp_path):
    from planet_qgis_plugin.core.monitor.batch import sweep_partials

    dead = _leftovers(tmp_path, _dead_pid())
    live = _leftovers(tmp_path, os.getppid(), "c")  # a run still going: never touched
    others = [tmp_path / "a.b[1].gpkg", tmp_path / "summary.csv", tmp_path / ".a.zz.batch.gpkg",  # no pid
              tmp_path / f".notahash.{_dead_pid()}.0123abcd{SUFFIX}", tmp_path / ".hidden"]
    for path in dead + live + others:
        path.write_text("x")
    assert sweep_partials(tmp_path) == 4
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(p.name for p in live + others)
    assert sweep_partials(tmp_path) == 0


def test_only_this_machines_files_are_judged_by_their_pid(tmp_path):
    """A worker of a --scheduler cluster on another machine writes into a shared OUTDIR under its own pid, which says
    nothing here (no such process here, or another one): its files are left to a run on its machine. The names
    carry their writer's machine (publish.HOST, a hash of its host name); names without one (made before) are taken
    for this machine's."""
    from planet_qgis_plugin.core import publish
    from planet_qgis_plugin.core.monitor.batch import sweep_partials

    dead = _dead_pid()
    other = "eeeeee" if publish.HOST != "eeeeee" else "ffffff"
    here = _leftovers(tmp_path, f"{dead}-{publish.HOST}", "here")
    elsewhere = _leftovers(tmp_path, f"{dead}-{other}", "elsewhere")
    for path in here + elsewhere:
        path.write_text("x")
    assert sweep_partials(tmp_path) == 4
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(p.name for p in elsewhere)


@pytest.mark.skipif(not os.path.exists("/proc/self/stat"), reason="zombies are told by Linux's /proc")
def test_a_process_killed_but_not_yet_reaped_is_gone(tmp_path):
    """Workers killed with their parent (kill -9 of the process group) stay zombies until init reaps them (about a
    second here): os.kill(pid, 0) still finds them, and a run started meanwhile kept their files."""
    from planet_qgis_plugin.core.monitor.batch import sweep_partials

    child = subprocess.Popen([sys.executable, "-c", "pass"])
    deadline = time.monotonic() + 30
    while _state(child.pid) != "Z":  # ended, not waited for: a zombie
        assert time.monotonic() < deadline
        time.sleep(0.05)
    try:
        for path in _leftovers(tmp_path, child.pid):
            path.write_text("x")
        assert sweep_partials(tmp_path) == 4
    finally:
        child.wait()


def _state(pid: int) -> str:
    with open(f"/proc/{pid}/stat") as handle:
        return handle.read().rpartition(")")[2].split()[0]


def test_a_run_removes_what_killed_runs_left_and_says_so(tmp_path, capsys):
    out = tmp_path / "out"
    out.mkdir()
    dead = _leftovers(out, _dead_pid())
    live = _leftovers(out, os.getppid(), "c")
    for path in dead + live:
        path.write_text("x")
    assert main([str(RAPIDEYE), "-o", str(out), "--workers", "1", "-q"]) == 0
    err = capsys.readouterr().err
    assert err == (f"warning: removed 4 temporary files that stopped runs left in {out} (killed outright, or their "
                   "workers stopped by a signal)\n")
    assert sorted(p.name for p in out.iterdir()) == sorted([p.name for p in live]
                                                          + [f"{RAPIDEYE.stem}.gpkg", "summary.csv"])


def _start(args: list[str]) -> subprocess.Popen:
    """``python -m planet_qgis_plugin ARGS`` in a process group of its own, as from a terminal."""
    def setup():
        as_from_a_terminal()
        os.setpgrp()

    return subprocess.Popen([sys.executable, "-m", "planet_qgis_plugin", *args, "-q"], cwd=ROOT, text=True,
                            stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, preexec_fn=setup,
                            env=dict(os.environ, PYTHONPATH=str(ROOT)))


def _wait_for(out, pattern: str, count: int, proc: subprocess.Popen, limit: float = 180) -> None:
    deadline = time.monotonic() + limit
    while len(list(out.glob(pattern))) < count:
        assert proc.poll() is None, proc.stderr.read()
        assert time.monotonic() < deadline, f"no {pattern} in {out}"
        time.sleep(0.2)


def _big_scenes(make_raster, folder, n: int, **options):
    folder.mkdir()
    for i in range(n):  # long enough to stop mid-scene
        make_raster(3200, 3200, name=f"big{i}.tif", seed=i, **options).rename(folder / f"big{i}.tif")
    return folder


def test_a_run_after_kill_9_removes_its_leftovers(tiny_bundle, make_raster, tmp_path, capsys):  # noqa: F811
    scenes = _big_scenes(make_raster, tmp_path / "scenes", 1, count=3, dtype="uint8")  # 10000 tiny tiles
    out = tmp_path / "out"
    proc = _start(["batch", str(scenes), "-o", str(out), "--workers", "1", "--bundle", str(tiny_bundle.path),
                   "--batch-size", "4"])
    try:
        _wait_for(out, f".*{SUFFIX}", 1, proc)  # mid-scene: classify writes inside the batch's temporary file
    finally:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
    left = sorted(p.name for p in out.iterdir() if p.name.startswith("."))
    assert any(n.endswith(".batch.gpkg") for n in left) and any(n.endswith(SUFFIX) for n in left), left
    small = make_raster(320, 320, count=3, dtype="uint8", name="small.tif")
    assert main([str(small), "-o", str(out), "--workers", "1", "--bundle", str(tiny_bundle.path), "-q"]) == 0
    assert f"warning: removed {len(left)} temporary files that stopped runs left in {out}" in capsys.readouterr().err
    assert sorted(p.name for p in out.iterdir()) == ["small.gpkg", "summary.csv"]


def test_ctrl_c_on_a_local_cluster_is_one_line_from_the_parent(tmp_path):
    """A terminal's Ctrl-C reaches the whole process group: each Dask worker printed a KeyboardInterrupt traceback
    once its scene ended (and GDAL's 'attempt to write a readonly database' from one it was writing). The workers
    take no SIGINT; the parent stops, closes the cluster and says so once. No worker starts after the stop: the
    nannies restarted the workers the stop killed, and one of them printed the same GDAL line now and then (CI)."""
    scenes = tmp_path / "scenes"
    scenes.mkdir()
    for i in range(10):  # scenes of a second or so: a worker's ends soon after the Ctrl-C
        for scene in SCENES.glob("*.tif"):
            shutil.copyfile(scene, scenes / f"{i}_{scene.name}")
    out = tmp_path / "out"
    proc = _start(["batch", str(scenes), "-o", str(out), "--workers", "2"])
    try:
        _wait_for(out, "summary.csv", 1, proc)  # the cluster is running scenes
        workers = set(_children(proc.pid))
        os.killpg(proc.pid, signal.SIGINT)
        started = set()
        deadline = time.monotonic() + 120  # a stop that hangs fails here
        while proc.poll() is None and time.monotonic() < deadline:
            started |= set(_children(proc.pid)) - workers
            time.sleep(0.02)
        err = proc.communicate(timeout=10)[1]
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
    assert proc.returncode == 130, err
    assert re.fullmatch(rf"error: interrupted; (no scene had finished(; removed {re.escape(str(out))}, the empty "
                        rf"output folder this batch had made)?|[0-9]+ finished scenes? kept, listed in "
                        rf"{re.escape(str(out))}/summary.csv)\n", err), err
    assert [p.name for p in out.iterdir() if p.name.startswith(".")] == []  # swept once the cluster closed
    assert not started, "workers started after the stop"


def _children(pid: int) -> list[int]:
    """Worker processes that ``pid`` spawned (Linux /proc)."""
    found = []
    for entry in os.listdir("/proc"):
        try:
            with open(f"/proc/{entry}/stat") as handle:
                ppid = int(handle.read().rpartition(")")[2].split()[1])
            with open(f"/proc/{entry}/cmdline", "rb") as handle:
                spawned = b"spawn_main" in handle.read()
        except (OSError, ValueError):
            continue
        if ppid == pid and spawned:
            found.append(int(entry))
    return found


@pytest.mark.skipif(not os.path.exists("/proc/self/stat"), reason="finds the workers in Linux's /proc")
@pytest.mark.parametrize("signum, code", [(signal.SIGINT, 130), (signal.SIGTERM, 143), (signal.SIGHUP, 129)],
                         ids=["ctrl-c", "sigterm", "sighup"])
def test_a_stop_while_the_workers_start_is_one_line_too(tmp_path, signum, code):
    """Ctrl-C while the workers import their libraries (before Dask runs anything in them) printed their import
    tracebacks; it, SIGTERM or SIGHUP interrupted the cluster half-started: Dask's 'Exception ignored in atexit
    callback' traceback."""
    out = tmp_path / "out"
    proc = _start(["batch", str(SCENES), "-o", str(out), "--workers", "2"])
    try:
        deadline = time.monotonic() + 60
        while len(_children(proc.pid)) < 2:  # both spawned: importing
            assert proc.poll() is None and time.monotonic() < deadline
            time.sleep(0.01)
        os.killpg(proc.pid, signum)
        err = proc.communicate(timeout=120)[1]
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
    assert proc.returncode == code, err
    assert re.fullmatch(r"error: interrupted; (no scene had finished(; removed \S+, the empty output folder this batch "
                        r"had made)?|[0-9]+ finished scenes? kept, listed in \S+)\n", err), err


def _worker_state() -> tuple:
    import logging

    return signal.getsignal(signal.SIGINT), logging.getLogger("distributed").getEffectiveLevel()


def test_a_batch_beside_another_dask_on_this_machine_says_nothing_of_its_port():
    """A LocalCluster's scheduler served HTTP on Dask's 8787 even without a dashboard: a batch started while another
    (or any Dask) ran on the machine printed Dask's 4-line 'UserWarning: Port 8787 is already in use. Perhaps you
    already have a cluster running?' on stderr, and test_ctrl_c_mid_scene_stops_the_workers_at_once failed so
    (5 lines where 1 is said) beside another engineer's test. It takes a free port of the loopback."""
    import socket
    import warnings

    from planet_qgis_plugin.core.monitor.cluster import local_cluster

    with socket.socket() as other:
        try:
            other.bind(("127.0.0.1", 8787))
            other.listen()
        except OSError:   # taken already (another Dask): the same
            pass
        with warnings.catch_warnings(record=True) as said:
            warnings.simplefilter("always")
            with local_cluster(1):
                pass
    assert not [w for w in said if "already in use" in str(w.message)], [str(w.message) for w in said]


def test_a_local_clusters_workers_ignore_ctrl_c_and_log_errors_only():
    """The workers' own Dask logs were left at INFO (the cluster's silence_logs reaches this process only); a batch
    stopped by SIGTERM printed 'distributed.batched - INFO - Batched Comm Closed' with a traceback, now and then."""
    import logging

    from distributed import Client

    from planet_qgis_plugin.core.monitor.cluster import DASK_LOGGING, local_cluster

    with local_cluster(1) as cluster, Client(cluster) as client:
        assert list(client.run(_worker_state).values()) == [(signal.SIG_IGN, logging.ERROR)]
        # the nanny too, which no preload reaches: from its first import (Dask's config from the environment); a
        # stop while the workers started printed its 'Batched Comm Closed' at INFO with a traceback, now and then
        assert [level for _, level in client.run(_worker_state, nanny=True).values()] == [logging.ERROR]
    assert DASK_LOGGING not in os.environ   # as it was in this process


def test_ctrl_c_mid_scene_stops_the_workers_at_once(tiny_bundle, make_raster, tmp_path):  # noqa: F811
    """Closing the cluster let each worker finish its scene for up to 4 s (Dask's grace) before killing it: Ctrl-C
    took 5 s, and a scene that finished meanwhile was published but not in summary.csv. A stopped batch kills its
    workers first (how long a stop takes is not asserted here: no test races the clock; 0.6-1.7 s measured, against
    4.4-4.8 s before, docs/monitoring.md)."""
    scenes = _big_scenes(make_raster, tmp_path / "scenes", 2, count=3, dtype="uint8")  # minutes each
    out = tmp_path / "out"
    proc = _start(["batch", str(scenes), "-o", str(out), "--workers", "2", "--bundle", str(tiny_bundle.path),
                   "--batch-size", "4"])
    try:
        _wait_for(out, f".*{SUFFIX}", 2, proc)  # both workers mid-scene
        os.killpg(proc.pid, signal.SIGINT)
        err = proc.communicate(timeout=120)[1]
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
    assert proc.returncode == 130 and err.count("\n") == 1, err
    # what the workers were writing is gone, and with it the folder the batch had made for them (no scene finished)
    assert not out.exists(), (sorted(p.name for p in out.iterdir()), err)   # scenes of minutes each: none had finished


def test_a_stopped_batch_sweeps_again_as_it_removes_the_folder_it_made(tmp_path):
    """A worker still going when the stop's sweep ran (killed, not yet reaped) kept its temporary files, and with them
    the folder the stopped batch had made: its rmdir failed. The folder is swept again as the batch lets go of it,
    by when that writer is gone; here a writer that runs at the first sweep and has ended (reaped) by the second.
    The killed workers are now also waited for, together, until they are gone (cluster._kill_workers, KILL_WAIT)."""
    from planet_qgis_plugin.core.monitor.batch import sweep_partials
    from planet_qgis_plugin.core.monitor.batch_run import BatchOptions, plan_batch

    outdir = tmp_path / "out"
    plan = plan_batch([RAPIDEYE], outdir, BatchOptions())
    writer = subprocess.Popen([sys.executable, "-c", "import sys; sys.stdin.read()"], stdin=subprocess.PIPE)
    try:
        left = _leftovers(outdir, writer.pid)
        for path in left:
            path.write_text("x")
        assert sweep_partials(outdir) == 0 and all(p.exists() for p in left)   # its writer runs: kept
    finally:
        writer.communicate()   # it ends, and is reaped
    plan.let_go(stopped=True)
    assert not outdir.exists() and plan.removed


def test_a_scheduler_batch_has_its_workers_sweep_the_output_folder(tmp_path):
    """With --scheduler, the workers may run on other machines, whose temporary files only they can judge: each
    worker sweeps OUTDIR as its machine sees it before the scenes are handed out (here a file a stopped worker of
    this machine left after the run's own sweep, which the batch's one process would not have swept again)."""
    import logging

    from distributed import LocalCluster

    from planet_qgis_plugin.core.monitor.batch_run import BatchOptions, plan_batch, run_batch

    outdir = tmp_path / "out"
    with LocalCluster(n_workers=1, threads_per_worker=1, processes=False, dashboard_address=None,
                      silence_logs=logging.ERROR) as cluster:
        plan = plan_batch([RAPIDEYE], outdir, BatchOptions(scheduler=cluster.scheduler_address))
        left = _leftovers(outdir, _dead_pid())
        for path in left:
            path.write_text("x")
        result = run_batch(plan)
    assert [row.status for row in result.rows] == ["done"]
    assert not [p for p in left if p.exists()]
