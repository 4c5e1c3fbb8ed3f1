"""Found in the acceptance rehearsal: how batch and change end when they are stopped as a user or a scheduler stops
them. `kill` (SIGTERM) and a closed terminal (SIGHUP) ended both at once, without unwinding: batch left
OUTDIR/.<scene>.<pid>.<n>.batch.gpkg and a .partial.gpkg with its journal, change left its temporary folder of
the two dates' tile layers in the system's temporary folder; classify and teach unwind on them, as the README says."""
from __future__ import annotations

import os
import signal
import subprocess
import sys

import pytest

from .conftest import ROOT
from .robustness.conftest import as_from_a_terminal, tiny_bundle  # noqa: F401 (a fixture)

STOPS = [(signal.SIGTERM, 143), (signal.SIGHUP, 129)]


def _stop_once_running(args: list[str], signum: int, env: dict) -> tuple[int, str]:
    """Run ``python -m planet_qgis_plugin ARGS``, send ``signum`` once its progress bar has a total, return (exit
    code, stderr)."""
    proc = subprocess.Popen([sys.executable, "-m", "planet_qgis_plugin", *args], cwd=ROOT, stderr=subprocess.PIPE,
                            stdout=subprocess.DEVNULL, text=True, env=env, preexec_fn=as_from_a_terminal)
    seen = ""
    while "%|" not in seen:
        ch = proc.stderr.read(1)
        assert ch, f"the command ended before its run started: {seen}"
        seen += ch
    proc.send_signal(signum)
    err = seen + proc.stderr.read()
    return proc.wait(timeout=120), err


def _files(folder) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file())


@pytest.mark.parametrize("signum, code", STOPS, ids=["sigterm", "sighup"])
def test_a_stopped_batch_unwinds_and_leaves_no_temporary_file(tiny_bundle, make_raster, tmp_path, signum,  # noqa: F811
                                                             code):
    scenes = tmp_path / "scenes"
    scenes.mkdir()
    make_raster(3200, 3200, count=3, dtype="uint8").rename(scenes / "big.tif")   # 10000 tiles: long enough to stop
    out = tmp_path / "out"
    returncode, err = _stop_once_running(["batch", str(scenes), "-o", str(out), "--workers", "1",
                                          "--bundle", str(tiny_bundle.path), "--batch-size", "4"], signum,
                                         dict(os.environ, PYTHONPATH=str(ROOT)))
    assert returncode == code, err
    assert err.splitlines()[-1].endswith(f"error: interrupted; no scene had finished; removed {out}, the empty output "
                                         "folder this batch had made") and "Traceback" not in err
    assert not out.exists()   # no temporary file left in it, and the folder it had made for nothing gone too


@pytest.mark.parametrize("signum, code", STOPS, ids=["sigterm", "sighup"])
def test_a_stopped_change_of_two_rasters_leaves_no_temporary_file(tiny_bundle, make_raster, tmp_path, signum,  # noqa: F811
                                                                 code):
    before = make_raster(3200, 3200, count=3, dtype="uint8")
    after = before.with_name("after.tif")
    after.write_bytes(before.read_bytes())
    temp = tmp_path / "temp"   # the system's temporary folder, as change sees it
    temp.mkdir()
    out = tmp_path / "out"
    out.mkdir()
    returncode, err = _stop_once_running(["change", str(before), str(after), "-o", str(out / "change.gpkg"),
                                          "--bundle", str(tiny_bundle.path), "--batch-size", "4"], signum,
                                         dict(os.environ, PYTHONPATH=str(ROOT), TMPDIR=str(temp)))
    assert returncode == code, err
    assert err.splitlines()[-1] == "error: interrupted; no output was written" and "Traceback" not in err
    assert _files(out) == [] and list(temp.glob("planet-change-*")) == []  # the two dates' temporary tile layers
