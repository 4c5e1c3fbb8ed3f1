"""Fixtures for the monitoring commands: one serial batch of the sample scenes, its RapidEye layer and edited
copies of it, tile-layer editing."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conftest import RAPIDEYE, SCENES, edit_tiles


@pytest.fixture(scope="session")
def serial_batch(tmp_path_factory) -> Path:
    """The four sample scenes classified by ``batch --workers 1`` (this process, no cluster)."""
    from planet_qgis_plugin.cli.batch import main

    outdir = tmp_path_factory.mktemp("serial") / "out"
    assert main([str(SCENES), "-o", str(outdir), "--workers", "1", "-q"]) == 0
    return outdir


@pytest.fixture(scope="session")
def rapideye(serial_batch) -> Path:
    """The RapidEye sample scene's tile layer from the serial batch (BEFORE in the change tests; never edited)."""
    return serial_batch / f"{RAPIDEYE.stem}.gpkg"


@pytest.fixture
def rapideye_copy(rapideye, tmp_path):
    """copy(edits=None, name="after.gpkg") -> a copy of ``rapideye`` in tmp_path with ``edits`` made, as an
    analyst edits tiles in QGIS (edit_tiles: {(row, col): {field: value}})."""
    def copy(edits: dict | None = None, name: str = "after.gpkg") -> Path:
        out = tmp_path / name
        shutil.copyfile(rapideye, out)
        if edits:
            edit_tiles(out, edits)
        return out
    return copy


@pytest.fixture
def scene_copy(tmp_path):
    """copy(name) -> a writable copy of a sample scene in tmp_path."""
    def copy(name: str, target: str | None = None) -> Path:
        out = tmp_path / (target or name)
        shutil.copyfile(SCENES / name, out)
        return out
    return copy


def set_layer_metadata(path: Path, items: dict[str, str]) -> None:
    from osgeo import ogr

    ds = ogr.Open(str(path), 1)
    layer = ds.GetLayerByName("tiles")
    for key, value in items.items():
        layer.SetMetadataItem(key, value)
    ds = None
