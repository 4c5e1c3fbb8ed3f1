"""`kill` (SIGTERM) or a closed terminal (SIGHUP) in the first half second of a command, while its libraries load and
before its run installs the stop handlers, ended it silently by the signal: no line said why. Every command says it in
one line from its first moment (cli/common.loading), as it does for Ctrl-C there (tests/test_cli_interrupt_on_start.py)
and for a stop later in the run (tests/test_cli_signals.py): `error: interrupted; nothing was written`, exit 143 / 129,
nothing written.

Deterministic: the child sends itself the signal as it imports numpy (the first heavy library every command loads),
where a user's `kill` a moment after Enter lands."""
from __future__ import annotations

import os
import signal
import subprocess
import sys

import pytest

from ..conftest import ROOT
from .conftest import as_from_a_terminal

STOP_AT_IMPORT = """
import os, runpy, signal, sys

class Stop:
    def find_spec(self, name, path=None, target=None):
        if name == "numpy":
            os.kill(os.getpid(), int(os.environ["STOP_WITH"]))
        return None

sys.meta_path.insert(0, Stop())
sys.argv = [sys.argv[1], *sys.argv[2:]]
runpy.run_module(sys.argv[0], run_name="__main__", alter_sys=True)
"""

STOPS = [(signal.SIGTERM, 143), (signal.SIGHUP, 129)]


def _stop_while_loading(module: str, args: list[str], signum: int) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", STOP_AT_IMPORT, module, *args], cwd=ROOT, capture_output=True,
                          text=True, env=dict(os.environ, PYTHONPATH=str(ROOT), STOP_WITH=str(int(signum))),
                          preexec_fn=as_from_a_terminal, timeout=120)


@pytest.mark.parametrize("signum, code", STOPS, ids=["sigterm", "sighup"])
def test_batch_stopped_while_it_loads_says_so_in_one_line(tmp_path, signum, code):
    out = tmp_path / "out"
    done = _stop_while_loading("planet_qgis_plugin.batch", [str(tmp_path), "-o", str(out)], signum)
    assert (done.returncode, done.stderr, done.stdout) == (code, "error: interrupted; nothing was written\n", "")
    assert not out.exists()


@pytest.mark.parametrize("signum, code", STOPS, ids=["sigterm", "sighup"])
@pytest.mark.parametrize("module", ["planet_qgis_plugin", "planet_qgis_plugin.classify", "planet_qgis_plugin.teach",
                                    "planet_qgis_plugin.change"])
def test_the_other_commands_stopped_while_they_load(tmp_path, module, signum, code):
    done = _stop_while_loading(module, ["--help"], signum)
    assert (done.returncode, done.stderr, done.stdout) == (code, "error: interrupted; nothing was written\n", "")


KEEPS_ITS_HANDLERS = """
import signal, sys

def handlers():
    return [signal.getsignal(s) for s in (signal.SIGTERM, signal.SIGHUP)]

from planet_qgis_plugin.cli import batch, change, classify, teach
after = {"import": handlers()}
for name, module in [("batch", batch), ("change", change), ("classify", classify), ("teach", teach)]:
    for argv in (["--help"], [sys.argv[1], "-o", sys.argv[1]]):  # argparse's exit, and run_cli's one-line error
        try:
            module.main(argv)
        except SystemExit:
            pass
        after[f"{name} {argv[0]}"] = handlers()
print({when: seen for when, seen in after.items() if seen != [signal.SIG_DFL, signal.SIG_DFL]})
"""


def test_a_program_that_imports_or_calls_a_command_keeps_its_own_signal_handlers(tmp_path):
    """The commands' stop handlers live from a command's first import to its end, not past it in a program that
    imports one (the batch's stayed installed after its import until its main() ran)."""
    done = subprocess.run([sys.executable, "-c", KEEPS_ITS_HANDLERS, str(tmp_path / "missing.tif")], cwd=ROOT,
                          capture_output=True, text=True, env=dict(os.environ, PYTHONPATH=str(ROOT)),
                          preexec_fn=as_from_a_terminal, timeout=120)
    assert (done.returncode, done.stdout.splitlines()[-1]) == (0, "{}"), done.stderr  # after the --help texts


@pytest.mark.parametrize("step", ["quiet_gdal_errors", "quiet_library_warnings"])
def test_a_stop_swallowed_in_run_clis_first_steps_is_still_the_stop(monkeypatch, capsys, step):
    """run_cli's first steps import osgeo and rasterio (70 ms and 40 ms for classify, teach and change, which have
    not loaded osgeo by then). A stop that landed there and that the import swallowed (osgeo tries another name) was
    forgotten as run_cli cleared STOP_REQUESTED after them, and the command ran to its end as if never stopped."""
    from planet_qgis_plugin.cli import common
    from planet_qgis_plugin.core.errors import STOP_REQUESTED

    def swallowed_a_stop():  # what the handler did before the library swallowed its Stopped
        STOP_REQUESTED.signum = signal.SIGTERM

    monkeypatch.setattr(common, step, swallowed_a_stop)
    ran = []
    code = common.run_cli(lambda: ran.append("work") or 0, "no output was written")
    assert (code, ran, capsys.readouterr().err) == (143, [], "error: interrupted; no output was written\n")
    assert STOP_REQUESTED.signum == 0 and signal.getsignal(signal.SIGTERM) == signal.SIG_DFL


STOP_AS_GDAL_LOADS = """
import os, runpy, signal, sys

class StopTurnedIntoImportError:  # as numpy's C API does when a stop lands in a C extension's import
    def find_spec(self, name, path=None, target=None):
        if name == "osgeo._gdal":
            try:
                os.kill(os.getpid(), signal.SIGTERM)
            except KeyboardInterrupt:
                raise ImportError("numpy.core.multiarray failed to import") from None
        return None

sys.meta_path.insert(0, StopTurnedIntoImportError())
sys.argv = [sys.argv[1], *sys.argv[2:]]
runpy.run_module(sys.argv[0], run_name="__main__", alter_sys=True)
"""


@pytest.mark.parametrize("args, said", [
    (["classify", "missing.tif", "-o", "out/tiles.gpkg"], "no output was written"),
    (["teach", "missing.gpkg", "--name", "pits", "--positive", "1"], "the GeoPackage is as it was"),
    (["change", "a.gpkg", "b.gpkg", "-o", "out/change.gpkg"], "no output was written"),
    (["batch", "missing.tif", "-o", "out"], "no scene had finished")],
    ids=["classify", "teach", "change", "batch"])
def test_a_stop_gdals_loading_turned_into_an_import_error_stops_the_command(tmp_path, args, said):
    """Where the stop lands as GDAL loads (run_cli's first step for classify, teach and change), osgeo takes the
    ImportError it became for a missing GDAL and so did quiet_gdal_errors: the command went on (here: to its 'does not
    exist' error, exit 1)."""
    (tmp_path / "out").mkdir()
    done = subprocess.run([sys.executable, "-c", STOP_AS_GDAL_LOADS, "planet_qgis_plugin", *args], cwd=tmp_path,
                          capture_output=True, text=True, env=dict(os.environ, PYTHONPATH=str(ROOT)),
                          preexec_fn=as_from_a_terminal, timeout=120)
    assert (done.returncode, done.stderr, done.stdout) == (143, f"error: interrupted; {said}\n", "")
    assert list((tmp_path / "out").iterdir()) == []


WARNED_AS_THE_STOP_LANDED = """
import warnings
from planet_qgis_plugin.cli.common import loading
from planet_qgis_plugin.core.errors import STOP_REQUESTED

with loading():
    STOP_REQUESTED.signum = 15  # the handler's first step; a Cython module's import caught its Stopped and warned
    warnings.warn("Cython module failed to patch module with custom type", RuntimeWarning)
"""


def test_a_warning_a_library_gives_as_a_stop_lands_is_not_printed():
    """Seen stopping change with `timeout -s TERM 0.2` (1 run in 30): a Cython module that caught the stop in its
    import warned `<frozen importlib._bootstrap>:241: RuntimeWarning: Cython module failed to patch module with
    custom type` above the command's one line."""
    done = subprocess.run([sys.executable, "-c", WARNED_AS_THE_STOP_LANDED], cwd=ROOT, capture_output=True, text=True,
                          env=dict(os.environ, PYTHONPATH=str(ROOT)), timeout=120)
    assert (done.returncode, done.stderr) == (143, "error: interrupted; nothing was written\n")


STOP_IN_IMPORTLIB = """
import signal, sys, time
from planet_qgis_plugin.cli.common import loading

frames = []

class Probe:  # keeps a frame of importlib's own (frozen) code, where a stop can land
    def find_spec(self, name, path=None, target=None):
        if name == "no_such_module_here":
            frames.append(sys._getframe(1))
        return None

sys.meta_path.insert(0, Probe())
try:
    import no_such_module_here  # noqa: F401
except ImportError:
    pass
with loading():
    signal.getsignal(signal.SIG)(signal.SIG, frames[0])  # the stop, landing in importlib's frame
    print("not raised there", flush=True)
    time.sleep(5)  # raised here, a moment later
    print("not stopped", flush=True)
"""


@pytest.mark.parametrize("name, code", [("SIGTERM", 143), ("SIGINT", 130)])
def test_a_stop_landing_in_importlibs_own_code_is_raised_a_moment_later(name, code):
    """Seen stopping classify with `timeout -s TERM 0.25` (a hang, 1 run in 25) and Ctrl-C (`timeout -s INT 0.35`,
    2 runs in 25): the stop landed in importlib's callback that takes the import lock to drop a module's lock; raised
    there it left the lock held, and the thread that loads the model (importing onnxruntime) waited for it forever
    while the main thread waited for the model."""
    done = subprocess.run([sys.executable, "-c", STOP_IN_IMPORTLIB.replace("signal.SIG)", f"signal.{name})")
                           .replace("signal.SIG, ", f"signal.{name}, ")], cwd=ROOT, capture_output=True, text=True,
                          env=dict(os.environ, PYTHONPATH=str(ROOT)), preexec_fn=as_from_a_terminal, timeout=120)
    assert (done.returncode, done.stdout, done.stderr) == (code, "not raised there\n",
                                                           "error: interrupted; nothing was written\n")
