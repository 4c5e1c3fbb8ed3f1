"""batch's resources scale with the machine and every wait is bounded (issue #23, R1 and T4).

--workers is capped at the cores and at the memory a worker needs, absurd or impossible requests are
refused before the output folder exists, and a --scheduler that is not a Dask scheduler (a silent port, an
HTTP server, a server with a banner, one that hangs up, an unsupported scheme) is refused in one line
within --scheduler-timeout. The servers are started by the test on 127.0.0.1 and stopped by it."""
from __future__ import annotations

import socket
import threading
import time
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from planet_qgis_plugin.core.monitor.cluster import WORKER_MEMORY, plan_workers

from ..conftest import RAPIDEYE
from .conftest import assert_refused, run_cli

GIB = 1 << 30


@pytest.mark.parametrize("requested, cpus, memory, expected", [
    (None, 8, 64 * GIB, (8, 1)),    # one per core
    (None, 16, 3 * GIB, (3, 5)),    # memory for three workers only
    (6, 2, 64 * GIB, (2, 1)),       # more than the cores: capped
    (8, 2, WORKER_MEMORY // 2, (1, 2)),  # not even one worker's memory: one, never none
    (3, 8, 64 * GIB, (3, 2)),       # asked for fewer: as asked
])
def test_workers_are_capped_at_the_cores_and_the_memory(requested, cpus, memory, expected):
    assert plan_workers(requested, scenes=100, cpus=cpus, memory=memory) == expected


#: cgroup trees (files, /proc/self/cgroup) -> what batch workers may still take, GiB (no psutil figure involved:
#: each is far below this machine's available memory)
CONTAINERS = {
    "v2-limit-less-usage": ({"memory.max": str(4 * GIB), "memory.current": str(3 * GIB),
                             "memory.stat": f"anon {2 * GIB}\ninactive_file {GIB // 2}\n"}, "0::/\n", 1.5),
    "v2-parent-leaves-less": ({"ci/memory.max": str(3 * GIB), "ci/memory.current": str(2 * GIB),
                               "ci/job/memory.max": str(2 * GIB), "ci/job/memory.current": str(GIB // 4)},
                              "0::/ci/job\n", 1.0),
    "v1-usage-unknown": ({"memory/memory.limit_in_bytes": str(2 * GIB)}, "4:memory:/docker/abc\n", 2.0),
    "v1": ({"memory/memory.limit_in_bytes": str(6 * GIB), "memory/memory.usage_in_bytes": str(5 * GIB),
            "memory/memory.stat": f"cache {GIB}\ntotal_inactive_file {GIB}\n"}, "4:memory:/\n", 2.0),
    "over-the-limit": ({"memory.max": str(GIB), "memory.current": str(2 * GIB)}, "0::/\n", 0.0),
}


@pytest.mark.parametrize("case", list(CONTAINERS))
def test_workers_in_a_container_are_planned_on_what_its_memory_limit_leaves(tmp_path, case):
    """In a container with a memory limit batch planned workers on the host's available memory (psutil sees the
    machine, not the cgroup): 23 GiB free on the host planned 2 workers of 1 GiB in a container with 1 GiB left,
    and the kernel's OOM killer then ended them. The memory a batch may plan on is now the least of the machine's
    available memory and what each memory limit on the process's cgroup or one above it leaves (limit less usage,
    its inactive page cache counted free), read where the memory check of a run reads the limit
    (core/pipeline/run_size.available_memory, cgroup_memory_limit)."""
    from planet_qgis_plugin.core.pipeline.run_size import available_memory

    from .test_raster_open import _cgroup_tree

    files, own, expected = CONTAINERS[case]
    root, proc = _cgroup_tree(tmp_path, files, own)
    memory = available_memory(root, proc)
    assert memory == int(expected * GIB)
    assert plan_workers(None, scenes=8, cpus=8, memory=memory)[0] == max(1, int(expected))


def test_workers_on_this_machine_are_planned_on_the_memory_it_leaves():
    """Without a figure given, the plan is the machine's own: never more workers than its cores or than the
    memory run_size.available_memory finds here (this process's cgroup included) holds at WORKER_MEMORY each."""
    from planet_qgis_plugin.core.monitor.cluster import cpu_cores
    from planet_qgis_plugin.core.pipeline.run_size import available_memory

    before = available_memory()
    workers, _ = plan_workers(None, scenes=1000)
    after = available_memory()  # the memory free moves while other processes run: the plan read it in between
    assert 1 <= workers <= cpu_cores()
    assert before is None or workers <= max(1, max(before, after) // WORKER_MEMORY)


@pytest.mark.parametrize("workers, message", [("0", "--workers must be at least 1"),
                                              ("-3", "--workers must be at least 1"),
                                              ("1000", "--workers 1000 is far more than this machine can run")])
def test_absurd_worker_counts_are_refused_before_the_output_folder_is_made(workers, message, tmp_path):
    out = tmp_path / "out"
    proc = run_cli("batch", RAPIDEYE, "-o", out, "--workers", workers, timeout=120)
    assert_refused(proc, message)
    assert not out.exists()


def test_batch_takes_max_tiles_as_classify_does(tmp_path, untrained_bundle):
    """`batch --max-tiles N` moves the ceiling of each scene's run as `classify --max-tiles` does (it was
    classify's alone: a batch of large scenes could not raise it): a 16-tile scene fails under 15 with the
    way out, the next scene goes on, and it is classified under 16; 0 is refused before the output folder is
    made."""
    from .test_raster_open import sixteen_tiles

    scenes = tmp_path / "scenes"
    scenes.mkdir()
    scene = sixteen_tiles(scenes / "scene.tif")
    out = tmp_path / "out"
    assert_refused(run_cli("batch", scene, "-o", out, "--max-tiles", "0", "--workers", "1", timeout=120),
                   "the most tiles a run may classify must be at least 1, not 0")
    assert not out.exists()
    args = ["batch", scene, "-o", out, "--workers", "1", "--bundle", untrained_bundle.path]
    proc = run_cli(*args, "--max-tiles", "15", timeout=300)
    assert proc.returncode == 1
    assert ("16 tiles of 256 px: more than 15 to classify in one run; choose a part of it with --aoi" in proc.stderr
            and "raise --max-tiles" in proc.stderr), proc.stderr
    proc = run_cli(*args, "--max-tiles", "16", timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert "1 scene: 1 classified" in proc.stdout


@contextmanager
def _server(kind: str):
    """A TCP server on 127.0.0.1 that is not a Dask scheduler; yields its port and stops it on exit."""
    if kind == "http":
        class Quiet(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

        httpd = ThreadingHTTPServer(("127.0.0.1", 0), Quiet)
        thread = threading.Thread(target=httpd.serve_forever, daemon=True)
        thread.start()
        try:
            yield httpd.server_address[1]
        finally:
            httpd.shutdown()
            httpd.server_close()
        return
    listener = socket.create_server(("127.0.0.1", 0))
    listener.settimeout(0.2)
    stop = threading.Event()
    held = []

    def serve():
        while not stop.is_set():  # bounded by the test: stop is set on exit
            try:
                conn, _ = listener.accept()
            except OSError:
                continue
            if kind == "banner":
                conn.sendall(b"SSH-2.0-OpenSSH_9.6\r\n")
            if kind == "hangs up":
                conn.close()
            else:
                held.append(conn)  # silent / banner: keep it open, say nothing more

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield listener.getsockname()[1]
    finally:
        stop.set()
        thread.join(5)
        for conn in held:
            conn.close()
        listener.close()


@pytest.mark.parametrize("kind, message", [
    ("silent", "does not answer like a Dask scheduler within 3 s"),
    ("http", "does not answer like a Dask scheduler within 3 s"),
    ("banner", "is not a Dask scheduler (it answered 'SSH-2.0-')"),
    ("hangs up", "is not a Dask scheduler"),
])
def test_a_server_that_is_not_a_scheduler_is_refused_within_the_timeout(kind, message, tmp_path):
    out = tmp_path / "out"
    with _server(kind) as port:
        started = time.monotonic()
        proc = run_cli("batch", RAPIDEYE, "-o", out, "--scheduler", f"tcp://127.0.0.1:{port}",
                       "--scheduler-timeout", "3", timeout=120)
        took = time.monotonic() - started
    assert_refused(proc, message)
    assert not out.exists()
    assert took < 100  # generous: start-up on a busy machine; the hang this replaces never ended


@pytest.mark.parametrize("address, message", [
    ("ucx://127.0.0.1:8786", "ucx:// is not supported"),
    ("http://127.0.0.1:8786", "http:// is not supported"),
    ("tls://127.0.0.1:8786", "tls:// needs Dask's TLS settings"),
    ("tcp://127.0.0.1:notaport", "is not HOST:PORT"),
    ("tcp://", "is not HOST:PORT"),
])
def test_unsupported_or_malformed_scheduler_addresses_are_one_line(address, message, tmp_path):
    proc = run_cli("batch", RAPIDEYE, "-o", tmp_path / "out", "--scheduler", address, timeout=120,
                   env={"DASK_DISTRIBUTED__COMM__TLS__CA_FILE": "", "DASK_DISTRIBUTED__COMM__TLS__CLIENT__CERT": ""})
    assert_refused(proc, message)
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("timeout", ["0", "-1", "nan", "inf"])
def test_a_scheduler_timeout_that_is_not_a_positive_number_is_refused(timeout, tmp_path):
    proc = run_cli("batch", RAPIDEYE, "-o", tmp_path / "out", "--scheduler", "tcp://127.0.0.1:8786",
                   "--scheduler-timeout", timeout, timeout=120)
    assert_refused(proc, "--scheduler-timeout must be a positive number of seconds")


def test_a_real_dask_scheduler_passes_the_probe_and_runs_the_job(tmp_path):
    """The probe's idea of a scheduler (it speaks first, a small frame) holds for the Dask installed here."""
    import logging

    from distributed import LocalCluster

    from planet_qgis_plugin.cli.batch import main

    with LocalCluster(n_workers=1, threads_per_worker=1, processes=False, protocol="tcp://", host="127.0.0.1",
                      dashboard_address=None, silence_logs=logging.ERROR) as cluster:
        assert cluster.scheduler_address.startswith("tcp://127.0.0.1:")
        assert main([str(RAPIDEYE), "-o", str(tmp_path / "out"), "--scheduler", cluster.scheduler_address,
                     "--scheduler-timeout", "20", "-q"]) == 0
    assert (tmp_path / "out" / f"{RAPIDEYE.stem}.gpkg").is_file()
