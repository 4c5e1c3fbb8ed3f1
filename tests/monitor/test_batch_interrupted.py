"""A batch stopped by Ctrl-C (a real SIGINT, sent from outside at a point the test controls: the wrapper below stops
at the N-th scene, says so in a file and waits for the signal; no timing race) keeps the scenes it finished, leaves no
temporary file, and a rerun of the same command finishes the rest. A batch stopped before any scene finished left the
output folder it had made, empty, as if a batch had run there: it is removed (one that was there before stays)."""
from __future__ import annotations

import csv
import os
import signal
import subprocess
import sys
import time

import pytest

from tests.conftest import ROOT
from tests.robustness.conftest import as_from_a_terminal, tiny_bundle  # noqa: F401 (a fixture)

#: ``python -c`` body: the batch command line, its run_scene stopping at scene number STOP_AT until a signal arrives.
WRAPPER = r"""
import os, sys, time
from pathlib import Path
from planet_qgis_plugin.core.monitor import batch_run

stop_at, mark = int(os.environ["STOP_AT"]), Path(os.environ["STOP_MARK"])
real, calls = batch_run.run_scene, []

def run_scene(scene, settings):
    calls.append(scene)
    if len(calls) == stop_at:   # this scene: say so, then wait for the SIGINT sent from outside
        mark.write_text(scene)
        while True:
            time.sleep(0.05)
    return real(scene, settings)

batch_run.run_scene = run_scene
from planet_qgis_plugin.cli.batch import main
sys.exit(main(sys.argv[1:]))
"""


def _args(scenes, out, bundle) -> list[str]:
    return [str(scenes), "-o", str(out), "--workers", "1", "--bundle", str(bundle.path), "-q"]


def _stopped_at(n: int, args: list[str], mark) -> tuple[int, str]:
    """Run batch ``args``, send SIGINT once it reaches scene ``n``; (exit code, stderr)."""
    env = dict(os.environ, PYTHONPATH=str(ROOT), STOP_AT=str(n), STOP_MARK=str(mark))
    proc = subprocess.Popen([sys.executable, "-c", WRAPPER, *args], cwd=ROOT, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, text=True, env=env, preexec_fn=as_from_a_terminal)
    try:
        deadline = time.monotonic() + 180
        while not mark.exists():   # waits for an event, not for a time: the limit only ends a hung run
            assert proc.poll() is None, proc.stderr.read()
            assert time.monotonic() < deadline, "the batch never reached the scene"
            time.sleep(0.05)
        proc.send_signal(signal.SIGINT)
        err = proc.communicate(timeout=120)[1]
    finally:
        if proc.poll() is None:
            proc.kill()
    return proc.returncode, err


def _rerun(args: list[str]) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "planet_qgis_plugin.batch", *args], cwd=ROOT, capture_output=True,
                          text=True, env=dict(os.environ, PYTHONPATH=str(ROOT)))


@pytest.fixture
def scenes(make_raster, tmp_path):
    folder = tmp_path / "scenes"
    folder.mkdir()
    for i in range(2):
        make_raster(320, 320, count=3, dtype="uint8", name=f"s{i}.tif", seed=i).rename(folder / f"s{i}.tif")
    return folder


def test_stopped_before_any_scene_finished_leaves_no_folder_and_a_rerun_starts_afresh(scenes, tiny_bundle,  # noqa: F811
                                                                                       tmp_path):
    out = tmp_path / "out"
    args = _args(scenes, out, tiny_bundle)
    code, err = _stopped_at(1, args, tmp_path / "mark")
    assert code == 130, err
    assert err.splitlines()[-1] == (f"error: interrupted; no scene had finished; removed {out}, the empty output "
                                    "folder this batch had made"), err
    assert not out.exists()
    again = _rerun(args)
    assert again.returncode == 0, again.stderr
    assert "2 scenes: 2 classified, 0 up to date, 0 failed" in again.stdout


def test_an_output_folder_that_was_there_before_stays(scenes, tiny_bundle, tmp_path):  # noqa: F811
    out = tmp_path / "out"
    out.mkdir()
    code, err = _stopped_at(1, _args(scenes, out, tiny_bundle), tmp_path / "mark")
    assert code == 130 and err.splitlines()[-1] == "error: interrupted; no scene had finished", err
    assert out.is_dir() and list(out.iterdir()) == []


def test_stopped_at_the_second_scene_keeps_the_first_and_a_rerun_does_the_rest(scenes, tiny_bundle,  # noqa: F811
                                                                               tmp_path):
    out, mark = tmp_path / "out", tmp_path / "mark"
    args = _args(scenes, out, tiny_bundle)
    code, err = _stopped_at(2, args, mark)
    assert code == 130, err
    assert err.splitlines()[-1] == f"error: interrupted; 1 finished scene kept, listed in {out / 'summary.csv'}", err
    stopped_at = os.path.basename(mark.read_text())
    first = ({"s0.tif", "s1.tif"} - {stopped_at}).pop()
    assert sorted(p.name for p in out.iterdir()) == sorted([first.replace(".tif", ".gpkg"), "summary.csv"])
    again = _rerun(args)
    assert again.returncode == 0, again.stderr
    assert "2 scenes: 1 classified, 1 up to date, 0 failed" in again.stdout
    with open(out / "summary.csv", newline="") as handle:
        status = {os.path.basename(r["scene"]): r["status"] for r in csv.DictReader(handle)}
    assert status == {first: "up to date", stopped_at: "done"}
    assert sorted(p.name for p in out.iterdir()) == ["s0.gpkg", "s1.gpkg", "summary.csv"]
