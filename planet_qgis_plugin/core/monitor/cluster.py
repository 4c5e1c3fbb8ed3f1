"""What a batch may start on this machine, and whether a --scheduler address is a Dask scheduler at all.

Workers (plan_workers): at most one per CPU core and one per WORKER_MEMORY of available memory, the cores
shared out among them; a request far beyond the cores (ABSURD_PER_CORE) is a typo, refused rather than
capped. Scheduler: Dask speaks first on a new connection (an 8-byte frame length, then its handshake), so a
bounded read tells a scheduler from an HTTP server or a silent port before Dask's own client, which has no
bound on the handshake, is given it. A LocalCluster (local_cluster) takes no Ctrl-C in its workers: the terminal
sends it to the whole process group, and only this process, which closes the cluster, acts on it.
"""
from __future__ import annotations

import math
import os
import shutil
import signal
import socket
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator
from urllib.parse import urlsplit

from ..errors import STOP_SIGNALS, PlanetClassifierError

#: Memory a batch worker may need, bytes (measured peaks in docs/robustness.md, "Batch workers").
WORKER_MEMORY = 1 << 30
#: More workers than this per core is refused, not capped: --workers 1000 on 2 cores is not a plan.
ABSURD_PER_CORE = 4
#: Signals held while a LocalCluster starts: the command line's stop signals.
HELD = frozenset(STOP_SIGNALS)
#: Name Dask gives the processes of a LocalCluster's workers.
WORKER_PROCESS = "Dask Worker process"
#: Where a LocalCluster's scheduler serves HTTP (its health and metrics; no dashboard): any free port of this machine's
#: loopback. Without it, Dask's 8787: a second batch on the machine (or any Dask there) printed Dask's 4-line
#: 'UserWarning: Port 8787 is already in use. Perhaps you already have a cluster running?' before its scenes.
HTTP_ADDRESS = "127.0.0.1:0"
#: How long a stopped batch waits in all for its killed workers to be gone (seconds): a SIGKILLed worker frees its
#: memory before it goes, which on a busy machine can take seconds; one still there keeps what it was writing.
KILL_WAIT = 30
#: Schemes a --scheduler may use over the network (Dask's ucx:// needs a package this project does not install).
SCHEMES = ("tcp", "tls")
DASK_PORT = 8786
#: Largest first frame (the handshake) a Dask scheduler sends, bytes; an HTTP reply read as a length is EiB.
MAX_HANDSHAKE = 1 << 20


class ClusterError(PlanetClassifierError):
    """--workers or --scheduler cannot be used."""


#: The environment variable Dask takes its "distributed" logger's level from (config logging.distributed).
DASK_LOGGING = "DASK_LOGGING__DISTRIBUTED"


def cpu_cores() -> int:
    """Cores this process may run on (its affinity: a container's limit), at least 1."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


def max_workers(cpus: int, memory: int | None) -> int:
    """Workers this machine can run: one per core, and one per WORKER_MEMORY available (at least 1)."""
    by_memory = cpus if memory is None else memory // WORKER_MEMORY
    return max(1, min(cpus, by_memory))


def check_requested(requested: int, cpus: int, memory: int | None) -> None:
    """ClusterError for a --workers value below 1 or absurdly above what the machine can run."""
    if requested < 1:
        raise ClusterError("--workers must be at least 1")
    if requested > ABSURD_PER_CORE * cpus:
        mem = "" if memory is None else f", {memory / 2**30:.1f} GiB of memory available"
        raise ClusterError(f"--workers {requested} is far more than this machine can run ({cpus} CPU cores{mem}, "
                           f"{WORKER_MEMORY / 2**30:g} GiB per worker): use at most {max_workers(cpus, memory)}, "
                           "or leave --workers out")


def plan_workers(requested: int | None, scenes: int, cpus: int | None = None,
                 memory: int | None = None) -> tuple[int, int]:
    """(workers, inference threads per worker): one worker per CPU core and per WORKER_MEMORY of available
    ``memory`` (None: what this machine, or its container's memory limit, leaves: run_size.available_memory), at
    most one per scene, fewer if ``requested``; the cores shared out equally so that workers do not oversubscribe
    the CPU. ClusterError for a request below 1 or absurd."""
    from ..pipeline.run_size import available_memory

    cpus = cpus or cpu_cores()
    memory = available_memory() if memory is None else memory
    if requested is not None:
        check_requested(requested, cpus, memory)
    workers = max(1, min(requested or scenes, max_workers(cpus, memory), scenes))
    return workers, max(1, cpus // workers)


@contextmanager
def local_cluster(workers: int) -> Iterator[object]:
    """A Dask LocalCluster of ``workers`` processes (one thread each) that import this package from wherever this
    process does and take no Ctrl-C, closed when the block ends.

    A terminal sends Ctrl-C to the whole process group: each worker printed a traceback (KeyboardInterrupt, and
    GDAL's 'attempt to write a readonly database' for the scene it was writing) while this process, which closes
    the cluster, said it once. The cluster is started with HELD signals blocked in this thread: Dask's event loop
    thread, started meanwhile, inherits the mask, and so does every worker it spawns, from its first instruction on;
    once running, each ignores SIGINT and takes SIGTERM and SIGHUP again (dask_setup). One of them sent to this
    process meanwhile is raised here once the cluster is up (interrupted half-started, Dask printed its own
    traceback at exit), and the cluster is closed."""
    import logging

    import dask
    from distributed import LocalCluster

    # this process's nannies and scheduler log at ERROR while the cluster lives (silence_logs holds only while it
    # starts: a stop printed a nanny's 'Batched Comm Closed' at INFO with a traceback, now and then)
    dask_log = logging.getLogger("distributed")
    level = dask_log.level
    dask_log.setLevel(logging.ERROR)
    try:
        root = str(Path(__file__).resolve().parents[len(__name__.split(".")) - 1])
        # the workers import this package from where this process does, and log at ERROR from their first import
        # (Dask reads its config from the environment), not only once dask_setup runs
        spawned = {"PYTHONPATH": os.pathsep.join(p for p in (root, os.environ.get("PYTHONPATH")) if p),
                   DASK_LOGGING: "error"}
        # the workers' scratch space (Dask's dask-scratch-space, with its lock files) in a folder of this run's,
        # removed with the cluster: Dask's default left it in the temporary folder after every batch
        scratch = tempfile.mkdtemp(prefix="planet-batch-dask-")
        with _environment(spawned), dask.config.set({"temporary-directory": scratch}):
            held = _hold_signals()
            try:
                cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                       dashboard_address=None, silence_logs=logging.ERROR, preload=[__name__],
                                       scheduler_kwargs={"dashboard_address": HTTP_ADDRESS})
            except BaseException:
                _release(held)   # scratch left: Dask's exit handlers still remove the half-started cluster's folders
                raise
        try:
            _release(held)
            yield cluster
        except BaseException:
            _kill_workers(cluster)  # stopped: close would let each finish its scene for up to 4 s, its output then unlisted
            raise
        finally:
            cluster.close()
            shutil.rmtree(scratch, ignore_errors=True)
    finally:
        dask_log.setLevel(level)


@contextmanager
def _environment(values: dict[str, str]) -> Iterator[None]:
    """``values`` set in this process's environment (what the processes it spawns meanwhile inherit), then put back
    as they were."""
    saved = {name: os.environ.get(name) for name in values}
    os.environ.update(values)
    try:
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


def _kill_workers(cluster) -> None:
    """SIGKILL the worker processes this process spawned (what they were writing is swept: batch.sweep_partials),
    their nannies told first not to restart them: a restarted worker, closed a moment later, printed GDAL's
    'attempt to write a readonly database' now and then, and its start cost the stop a second. Each is waited for
    until it is gone (KILL_WAIT in all): the sweep keeps the file of a writer still running, and with it the folder a
    stopped batch made; each was given 5 s, one after the other."""
    import multiprocessing

    from distributed.core import Status

    for nanny in list(getattr(cluster, "workers", {}).values()):
        if getattr(nanny, "status", None) == Status.running:
            nanny.status = Status.closing_gracefully  # what Nanny.close_gracefully sets, minus its INFO log
    killed = [child for child in multiprocessing.active_children() if child.name.startswith(WORKER_PROCESS)]
    for child in killed:
        child.kill()   # all first: they die side by side, not one after the other
    deadline = time.monotonic() + KILL_WAIT
    for child in killed:  # join returns once it is reaped (no process left) or at the deadline
        child.join(max(0.0, deadline - time.monotonic()))


def _hold_signals():
    """Block HELD in this thread; the mask to restore (None where there are no signal masks: Windows)."""
    if not hasattr(signal, "pthread_sigmask"):
        return None
    from multiprocessing import resource_tracker

    held = signal.pthread_sigmask(signal.SIG_BLOCK, HELD)
    # multiprocessing's resource tracker, started with the first worker, unblocks SIGINT and SIGTERM in the thread
    # that starts it: started here, and it inherits SIGHUP blocked (it ignores the other two itself; a closed
    # terminal killed it, and Python warned of leaks and printed its KeyError)
    resource_tracker.ensure_running()
    signal.pthread_sigmask(signal.SIG_BLOCK, HELD)
    return held


def _release(held) -> None:
    if held is not None:
        signal.pthread_sigmask(signal.SIG_SETMASK, held)


def dask_setup(worker) -> None:
    """Run by Dask in each worker process of local_cluster as it starts (its preload), in its main thread: SIGINT
    ignored whatever mask the worker's threads get later; SIGTERM and SIGHUP end it again (Dask's memory limit
    terminates a worker so). Its Dask logs at ERROR, as the cluster's silence_logs sets them in this process only
    (they were at INFO; a batch stopped by SIGTERM printed Dask's 'Batched Comm Closed' with a traceback, about one
    run in ten, none in 15 since)."""
    import logging

    logging.getLogger("distributed").setLevel(logging.ERROR)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, set(HELD) - {signal.SIGINT})


def check_scheduler(address: str, timeout: float) -> None:
    """ClusterError unless a Dask scheduler answers at ``address`` within ``timeout`` seconds."""
    if not (isinstance(timeout, (int, float)) and math.isfinite(timeout) and timeout > 0):
        raise ClusterError("--scheduler-timeout must be a positive number of seconds")
    scheme, sep, rest = address.partition("://")
    if not sep:
        scheme, rest = "tcp", address
    if scheme == "inproc":  # a scheduler in this very process (tests, embedding): nothing on the wire to wait for
        return
    if scheme not in SCHEMES:
        raise ClusterError(f"--scheduler {address}: {scheme}:// is not supported; use tcp://HOST:PORT "
                           "(or tls://HOST:PORT with Dask's TLS settings)")
    try:
        parts = urlsplit(f"//{rest}")
        host, port = parts.hostname, parts.port or DASK_PORT
    except ValueError as exc:
        raise ClusterError(f"--scheduler {address} is not HOST:PORT ({exc})") from None
    if not host or parts.path not in ("", "/"):
        raise ClusterError(f"--scheduler {address} is not HOST:PORT, e.g. tcp://10.0.0.5:8786")
    context = _tls_context(address) if scheme == "tls" else None
    deadline = time.monotonic() + timeout
    try:
        with socket.create_connection((host, port), timeout=timeout) as raw:
            sock = context.wrap_socket(raw, server_hostname=host) if context is not None else raw
            header = _read(sock, 8, deadline)
    except (socket.timeout, TimeoutError):
        raise ClusterError(f"{address} does not answer like a Dask scheduler within {timeout:g} s (is it another "
                           "kind of server?); check the address or raise --scheduler-timeout") from None
    except OSError as exc:
        reason = " ".join(str(exc.strerror or exc).split())[:120]
        raise ClusterError(f"Dask scheduler {address} is unreachable within {timeout:g} s ({reason}); "
                           "start it or check the address") from None
    length = int.from_bytes(header, "little")
    if len(header) < 8 or not 0 < length <= MAX_HANDSHAKE:
        shown = header.decode("ascii", "replace").encode("unicode_escape").decode()[:16] or "nothing"
        raise ClusterError(f"{address} is not a Dask scheduler (it answered {shown!r}); check the address and port")


def _read(sock, size: int, deadline: float) -> bytes:
    """Up to ``size`` bytes, fewer if the peer closes; socket.timeout once ``deadline`` passes."""
    data = b""
    while len(data) < size:
        left = deadline - time.monotonic()
        if left <= 0:
            raise socket.timeout()
        sock.settimeout(left)
        chunk = sock.recv(size - len(data))
        if not chunk:
            break
        data += chunk
    return data


def _tls_context(address: str):
    """The client SSL context Dask builds from its TLS settings; ClusterError where there are none."""
    from distributed.security import Security

    context = Security().get_connection_args("client").get("ssl_context")
    if context is None:
        raise ClusterError(f"--scheduler {address}: tls:// needs Dask's TLS settings (distributed.comm.tls.ca-file, "
                           ".client.cert and .client.key in the Dask config, or DASK_DISTRIBUTED__COMM__TLS__* "
                           "environment variables); none are set")
    return context
