"""A stop (SIGTERM, SIGHUP) that lands inside a C extension's import comes back as that library's own error
("ImportError: import numpy failed"): the batch took it for the scene failing, recorded it in summary.csv and exited 1
instead of unwinding (seen once in CI). It is the stop: the batch stops, as it was told."""
from __future__ import annotations

import pytest

from planet_qgis_plugin.core.errors import STOP_REQUESTED
from planet_qgis_plugin.core.monitor import batch
from tests.conftest import CAPE_TOWN_SR


@pytest.fixture
def failing_import(monkeypatch, tmp_path):
    def classify_into(scene, output, settings, bundle=None):
        raise ImportError("import numpy failed")
    monkeypatch.setattr(batch, "_classify_into", classify_into)
    yield batch.BatchSettings(outdir=str(tmp_path))
    STOP_REQUESTED.signum = 0


def test_an_error_raised_while_a_stop_unwound_is_the_stop(failing_import):
    STOP_REQUESTED.signum = 15
    with pytest.raises(KeyboardInterrupt):
        batch.run_scene(str(CAPE_TOWN_SR), failing_import)


def test_the_same_error_without_a_stop_fails_the_scene_only(failing_import):
    row = batch.run_scene(str(CAPE_TOWN_SR), failing_import)
    assert row.status == batch.FAILED and row.error == "unexpected ImportError: import numpy failed"


def test_an_error_raised_from_a_ctrl_c_is_the_ctrl_c(monkeypatch, tmp_path):
    def classify_into(scene, output, settings, bundle=None):
        try:
            raise KeyboardInterrupt
        except KeyboardInterrupt as exc:
            raise RuntimeError("a library's wrapper") from exc
    monkeypatch.setattr(batch, "_classify_into", classify_into)
    with pytest.raises(KeyboardInterrupt):
        batch.run_scene(str(CAPE_TOWN_SR), batch.BatchSettings(outdir=str(tmp_path)))
