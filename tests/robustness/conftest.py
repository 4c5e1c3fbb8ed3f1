"""Helpers for the robustness suite: run the CLI as a user would, and check the three promises.

Every bad-input case is checked for (1) one clear line that says what is wrong and what to do, with
no traceback, (2) a clean exit of the process (no crash, no hang) and (3) no output: nothing new,
nothing partial, and an existing file left byte-for-byte as it was.
"""
from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from ..conftest import RAPIDEYE, ROOT, edit_tiles

RAW_EXCEPTION = re.compile(r"^\w*(Error|Exception|Warning): ", re.M)  # e.g. "ValueError: ..." on a line of its own
CLI = [sys.executable, "-m", "planet_qgis_plugin"]


def as_from_a_terminal() -> None:
    """preexec_fn for a child that must take Ctrl-C and SIGHUP as it would from a terminal: a background job
    (make test &) inherits SIGINT ignored, one under nohup SIGHUP, and the CLI leaves an ignored signal ignored."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    signal.signal(signal.SIGHUP, signal.SIG_DFL)


def run_cli(*args, as_user: "OtherUser | None" = None, timeout: int = 180, env: dict | None = None
            ) -> subprocess.CompletedProcess:
    """Run the CLI in a fresh process (``-q``: no progress bar); ``as_user``: as another uid (root only);
    ``env``: extra environment variables."""
    if as_user is None:
        return subprocess.run([*CLI, *map(str, args), "-q"], cwd=ROOT, capture_output=True, text=True,
                              timeout=timeout, env=dict(os.environ, PYTHONPATH=str(ROOT), **(env or {})))
    return as_user.run(["-m", "planet_qgis_plugin", *map(str, args), "-q"], timeout)


def cli(capsys, *args) -> subprocess.CompletedProcess:
    """The CLI in this process (faster than a subprocess for the success paths), as a CompletedProcess
    for assert_refused."""
    from planet_qgis_plugin.cli.classify import main

    code = main([*map(str, args), "-q"])
    captured = capsys.readouterr()
    return subprocess.CompletedProcess(args, code, captured.out, captured.err)


@pytest.fixture
def bundle(untrained_bundle, tmp_path):
    """A copy of the untrained bundle's folder, for tests that spoil its files."""
    import shutil

    folder = tmp_path / "bundle"
    shutil.copytree(untrained_bundle.path, folder)
    return folder


@pytest.fixture
def outdir(tmp_path):
    """An output folder that already holds an analyst's earlier result (which must survive every refusal)."""
    folder = tmp_path / "out"
    folder.mkdir()
    (folder / "previous.gpkg").write_bytes(b"an analyst's earlier result")
    return folder


class OtherUser:
    """Run Python as ``uid`` (root only) with a copy of the plugin's code in ``home``, a folder that uid can
    read: the checkout itself may sit under a 0700 folder (``mktemp -d``) that the uid cannot enter."""

    def __init__(self, uid: int, home: Path):
        import shutil

        self.uid, self.home = uid, home
        shutil.copytree(ROOT / "planet_qgis_plugin", home / "code" / "planet_qgis_plugin",
                        ignore=shutil.ignore_patterns("__pycache__"))
        self.python = self._reachable_python()

    def _demote(self):
        os.setgid(self.uid)
        os.setgroups([])
        os.setuid(self.uid)

    def _env(self) -> dict:
        return dict(os.environ, PYTHONPATH=str(self.home / "code"), HOME=str(self.home), PYTHONDONTWRITEBYTECODE="1")

    def _reachable_python(self) -> str:
        """The first interpreter that uid can run and that imports the CLI: this venv's, else its base Python."""
        tried = []
        for python in dict.fromkeys([sys.executable, getattr(sys, "_base_executable", ""), "/usr/bin/python3"]):
            if not python:
                continue
            try:
                probe = subprocess.run([python, "-c", "import planet_qgis_plugin.cli.classify"], cwd=self.home,
                                       env=self._env(), capture_output=True, text=True, timeout=120,
                                       preexec_fn=self._demote)
            except OSError as exc:
                tried.append(f"{python}: {exc.strerror}")
                continue
            if probe.returncode == 0:
                return python
            tried.append(f"{python}: {(probe.stderr.strip().splitlines() or ['exit ' + str(probe.returncode)])[-1]}")
        pytest.skip(f"no Python that uid {self.uid} can run imports the CLI ({'; '.join(tried)})")

    def run(self, args: list[str], timeout: int) -> subprocess.CompletedProcess:
        return subprocess.run([self.python, *args], cwd=self.home, capture_output=True, text=True,
                              timeout=timeout, env=self._env(), preexec_fn=self._demote)


def edited_pair(make_raster, bundle, folder: Path, sql: str) -> tuple[Path, Path]:
    """(a.gpkg, b.gpkg): one 300 px scene classified twice with ``bundle`` into ``folder``, then ``sql`` (an UPDATE
    of layer ``tiles``) run on b.gpkg as an analyst's edit in QGIS's attribute table would change it."""
    from osgeo import gdal

    scene = make_raster(300, 300)
    for name in ("a.gpkg", "b.gpkg"):
        assert run_cli(scene, "-o", folder / name, "--bundle", bundle.path).returncode == 0
    ds = gdal.OpenEx(str(folder / "b.gpkg"), gdal.OF_VECTOR | gdal.OF_UPDATE)
    ds.ReleaseResultSet(ds.ExecuteSQL(sql))
    ds = None
    return folder / "a.gpkg", folder / "b.gpkg"


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

    from planet_qgis_plugin.core.labels import LABELS
    from planet_qgis_plugin.core.model.bundle import Manifest
    from planet_qgis_plugin.core.model.networks import build_model
    from trainer.export import export_bundle

    torch.manual_seed(0)
    manifest = Manifest(name="tiny-test", architecture="baseline", labels=list(LABELS),
                        thresholds={label: 0.5 for label in LABELS}, input_size=32, chip_size=32)
    return export_bundle(build_model("baseline"), manifest, tmp_path_factory.mktemp("tiny") / "tiny")


@pytest.fixture
def listener(tmp_path_factory):
    """A loopback server counting the connections made to it (test_network_sources.Listener): the proof that a
    hostile input made none."""
    from .test_network_sources import Listener

    server = Listener(tmp_path_factory.mktemp("listener") / "connections.log")
    yield server
    server.close()


@pytest.fixture(scope="module")
def source(tmp_path_factory):
    """A bundle with an embedding output (the teach tests' copy of the shipped one), made once per module."""
    from ..core.teach_data import bundle_with_embedding

    return bundle_with_embedding(tmp_path_factory.mktemp("src") / "bundle")


@pytest.fixture
def work(tmp_path, source):
    """tmp_path holding tiles.gpkg and a private copy of the bundle (a case may plant links in it)."""
    from ..core.teach_data import planted, write_tile_gpkg

    write_tile_gpkg(tmp_path / "tiles.gpkg", planted()[0])
    shutil.copytree(source, tmp_path / "bundle")
    return tmp_path


@pytest.fixture(scope="module")
def classified(tmp_path_factory) -> Path:
    """The RapidEye sample scene's tile layer (classified once for the module)."""
    out = tmp_path_factory.mktemp("rapideye") / "before.gpkg"
    proc = subprocess.run([sys.executable, "-m", "planet_qgis_plugin", str(RAPIDEYE), "-o", str(out), "-q"],
                          cwd=ROOT, capture_output=True, text=True, timeout=180)
    assert proc.returncode == 0, proc.stderr
    return out


@pytest.fixture
def change_layer(classified, tmp_path) -> Path:
    """A change layer with one alert (a new mining flag at 0:1)."""
    from planet_qgis_plugin.core.monitor.change import compare

    after = tmp_path / "after.gpkg"
    shutil.copyfile(classified, after)
    edit_tiles(after, {(0, 1): {"flag_mining": 1, "flagged": 1, "score_mining": 1.0}})
    compare(classified, after, tmp_path / "change.gpkg")
    return tmp_path / "change.gpkg"
