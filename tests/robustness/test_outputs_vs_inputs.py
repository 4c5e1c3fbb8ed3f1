"""Every output a command writes is checked against every input, not only -o (issue #23, D4): batch's
summary.csv and report.html, change's --report and --export. A refusal is one line, before any work, and
the input keeps its bytes."""
from __future__ import annotations

import shutil

import pytest

from ..conftest import RAPIDEYE
from .conftest import assert_refused, run_cli, snapshot


@pytest.mark.parametrize("name", ["summary.csv", "report.html"])
def test_a_scene_named_like_a_batch_output_in_the_output_folder_is_never_written_over(name, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    shutil.copyfile(RAPIDEYE, out / name)  # a GeoTIFF under an odd name, given as a scene
    before = snapshot(out)
    proc = run_cli("batch", out / name, "-o", out, "--workers", "1", "--report", timeout=300)
    assert_refused(proc, f"scene {out / name} would be written over by the batch's {name}", before, out)


@pytest.fixture(scope="module")
def two_runs(tmp_path_factory):
    """BEFORE and AFTER tile layers of one scene (a GeoTIFF), and that scene under names an output might take."""
    from planet_qgis_plugin.core.pipeline.classify import classify

    folder = tmp_path_factory.mktemp("runs")
    before = classify(RAPIDEYE, folder / "before.gpkg").output
    after = classify(RAPIDEYE, folder / "after.gpkg").output
    return before, after


def _change(args, capsys):
    import subprocess

    from planet_qgis_plugin.cli.change import main

    code = main([*map(str, args), "--before-date", "2020-01-01", "--after-date", "2021-01-01"])
    captured = capsys.readouterr()
    return subprocess.CompletedProcess(args, code, captured.out, captured.err)


@pytest.mark.parametrize("case", ["report = --before-scene", "report = --after-scene", "report = BEFORE (.html)",
                                  "output = --before-scene", "export = -o", "export = report"])
def test_no_output_of_change_is_an_input_or_another_output(case, two_runs, tmp_path, capsys):
    """An input is never written over (a GeoTIFF is a GeoTIFF whatever its name: look.html), and two outputs
    never share a path (the second would fail after the first was written)."""
    before, after = two_runs
    work = tmp_path / "work"
    work.mkdir()
    shutil.copyfile(RAPIDEYE, work / "look.html")
    shutil.copyfile(RAPIDEYE, work / "scene.gpkg")
    shutil.copyfile(before, work / "before.html")
    out, report, export = work / "change.gpkg", work / "alerts.html", work / "handoff"
    extra = []
    if case == "report = --before-scene":
        report, extra = work / "look.html", ["--before-scene", work / "look.html", "--overwrite"]
    elif case == "report = --after-scene":
        report, extra = work / "look.html", ["--after-scene", work / "look.html", "--overwrite"]
    elif case == "report = BEFORE (.html)":
        before, report, extra = work / "before.html", work / "before.html", ["--overwrite"]
    elif case == "output = --before-scene":
        out, extra = work / "scene.gpkg", ["--before-scene", work / "scene.gpkg", "--overwrite"]
    elif case == "export = -o":
        export = out
    else:
        export = report
    snap = snapshot(work)
    args = [before, after, "-o", out, "--report", report, "--export", export, *extra]
    message = "both" if case.startswith("export") else "is the input"
    assert_refused(_change(args, capsys), message, snap, work)
