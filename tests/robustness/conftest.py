"""Helpers for the robustness suite: run the CLI as a user would, and check the three promises.

Every bad-input case is checked for (1) one clear line that says what is wrong and what to do, with
no traceback, (2) a clean exit of the process (no crash, no hang) and (3) no output: nothing new,
nothing partial, and an existing file left byte-for-byte as it was.
"""
from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from ..conftest import ROOT

RAW_EXCEPTION = re.compile(r"^\w*(Error|Exception|Warning): ", re.M)  # e.g. "ValueError: ..." on a line of its own
CLI = [sys.executable, "-m", "planet_qgis_plugin.classify"]


def run_cli(*args, user: int | None = None, timeout: int = 180) -> subprocess.CompletedProcess:
    """Run the CLI in a fresh process (``-q``: no progress bar); ``user``: as that uid (root only)."""
    def demote():
        os.setgid(user)
        os.setgroups([])
        os.setuid(user)

    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.run([*CLI, *map(str, args), "-q"], cwd=ROOT, capture_output=True, text=True,
                          timeout=timeout, env=env, preexec_fn=demote if user is not None else None)


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` (recursively) and its bytes; leftovers and overwrites show up as a diff."""
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def assert_refused(proc: subprocess.CompletedProcess, message: str, before: dict | None = None,
                   folder: Path | None = None, code: int = 1) -> str:
    """The CLI failed cleanly: exit ``code``, one 'error: ...' line containing ``message``, nothing written."""
    err = proc.stderr
    assert proc.returncode == code, f"exit {proc.returncode}, stderr: {err}"
    assert "Traceback" not in err and not RAW_EXCEPTION.search(err), err
    lines = [l for l in err.strip().splitlines() if l.strip()]
    errors = [l for l in lines if l.startswith("error: ")]
    assert len(errors) == 1 and lines[-1] == errors[0], err
    assert message in errors[0], err
    if folder is not None:
        assert snapshot(folder) == before, "the failed run changed the output folder"
    return errors[0]


@pytest.fixture(scope="session")
def tiny_bundle(tmp_path_factory):
    """An untrained *baseline* bundle on 32 px chips: a 320x320 raster is 100 tiles classified in ~1 s,
    which gives cancel points at 10 %, 50 % and 99 %."""
    import torch

    from planet_qgis_plugin.core.bundle import Manifest
    from planet_qgis_plugin.core.export import export_bundle
    from planet_qgis_plugin.core.labels import LABELS
    from planet_qgis_plugin.core.models import build_model

    torch.manual_seed(0)
    manifest = Manifest(name="tiny-test", architecture="baseline", labels=list(LABELS),
                        thresholds={label: 0.5 for label in LABELS}, input_size=32, chip_size=32)
    return export_bundle(build_model("baseline"), manifest, tmp_path_factory.mktemp("tiny") / "tiny")
