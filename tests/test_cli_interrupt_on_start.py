"""Found in the acceptance rehearsal: Ctrl-C in the first third of a second of a command (``timeout -s INT 0.2``, or
an analyst who pressed Enter on the wrong file) printed a 30-line traceback of whichever library was loading (numpy,
rasterio), before the command's own one-line handling began. Nothing has been written then; the command says so in
one line and exits 130, as it does later in the run.

Deterministic: the child's import of numpy (the first heavy library every command loads) raises KeyboardInterrupt,
as Ctrl-C would there."""
from __future__ import annotations

import os
import signal
import subprocess
import sys

import pytest

from planet_qgis_plugin.cli.common import Stopped, loading

from .conftest import ROOT

CTRL_C_AT_IMPORT = """
import runpy, sys

class CtrlC:
    def find_spec(self, name, path=None, target=None):
        if name == "numpy":
            raise KeyboardInterrupt
        return None

sys.meta_path.insert(0, CtrlC())
sys.argv = [sys.argv[1], *sys.argv[2:]]
runpy.run_module(sys.argv[0], run_name="__main__", alter_sys=True)
"""


@pytest.mark.parametrize("module", ["planet_qgis_plugin", "planet_qgis_plugin.teach", "planet_qgis_plugin.batch",
                                    "planet_qgis_plugin.change", "planet_qgis_plugin.classify"])
def test_ctrl_c_while_a_command_loads_is_one_line_and_exit_130(module, tmp_path):
    done = subprocess.run([sys.executable, "-c", CTRL_C_AT_IMPORT, module, "--help"], cwd=ROOT, capture_output=True,
                          text=True, env=dict(os.environ, PYTHONPATH=str(ROOT)), timeout=120)
    assert (done.returncode, done.stderr, done.stdout) == (130, "error: interrupted; nothing was written\n", "")


@pytest.mark.parametrize("stop, code", [(KeyboardInterrupt(), 130), (Stopped(signal.SIGTERM), 143),
                                        (Stopped(signal.SIGHUP), 129)], ids=["ctrl-c", "sigterm", "sighup"])
def test_a_stop_while_loading_exits_as_the_shell_reports_its_signal(capsys, stop, code):
    """128 + the signal, as a stop later in the run exits (run_cli): `kill` while loading was 130, as if Ctrl-C."""
    with pytest.raises(SystemExit) as exited, loading():
        raise stop
    assert (exited.value.code, capsys.readouterr().err) == (code, "error: interrupted; nothing was written\n")
