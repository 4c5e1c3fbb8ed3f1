"""The command lines read nothing over the network, even a name the checks before GDAL opens a file would miss
(cli/common.no_network over core/pipeline/sources.no_network_settings), and give the caller its settings back."""
from __future__ import annotations

import os

import pytest

from .test_network_settings import CASES, _hostile


@pytest.mark.parametrize("case", CASES)
def test_a_command_opening_what_the_checks_missed_connects_nowhere(case, listener, tmp_path, monkeypatch):
    import rasterio
    from osgeo import gdal

    from planet_qgis_plugin.cli.common import run_cli

    monkeypatch.setenv("no_proxy", "127.0.0.1")  # would send a request past the proxy: unset while the command runs
    for key, value in (("GDAL_HTTP_TIMEOUT", "2"), ("GDAL_HTTP_CONNECTTIMEOUT", "2"), ("GDAL_HTTP_MAX_RETRY", "0"),
                       ("PGCONNECT_TIMEOUT", "2")):
        monkeypatch.setenv(key, value)
    scene = _hostile(case, tmp_path, listener.port)

    def work() -> int:  # what a command's core would do had its checks let the file through: plain rasterio
        try:
            with rasterio.open(scene) as src:
                src.read(1, window=((0, 1), (0, 1)))
        except Exception:
            pass
        return 0

    from osgeo import osr

    proj_network = osr.GetPROJEnableNetwork()
    before = listener.connections()
    assert run_cli(work, "stopped") == 0
    assert listener.connections() == before
    assert os.environ.get("no_proxy") == "127.0.0.1" and "GDAL_SKIP" not in os.environ  # the caller's, back
    assert "GDAL_HTTP_PROXY" not in os.environ and gdal.GetConfigOption("GDAL_HTTP_PROXY") is None
    assert gdal.GetDriverByName("WMS") is not None  # the drivers GDAL_SKIP left out are registered again
    assert osr.GetPROJEnableNetwork() == proj_network
