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
