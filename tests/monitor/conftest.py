"""Fixtures for the monitoring commands: one serial batch of the sample scenes, tile-layer editing."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conftest import SCENES


@pytest.fixture(scope="session")
def serial_batch(tmp_path_factory) -> Path:
    """The four sample scenes classified by ``batch --workers 1`` (this process, no cluster)."""
    from planet_qgis_plugin.cli.batch import main

    outdir = tmp_path_factory.mktemp("serial") / "out"
    assert main([str(SCENES), "-o", str(outdir), "--workers", "1", "-q"]) == 0
    return outdir


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
