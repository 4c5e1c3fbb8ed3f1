"""A VRT source given by a relative name with relativeToVRT="0" is opened by GDAL from the process's working folder,
not from the VRT's: the check must look where GDAL will (core/pipeline/sources.named: beside the description and from
the working folder). Each case puts the hostile file only in the working folder, or a harmless one of the same name
beside the VRT as a decoy, and proves with the loopback listener that nothing is fetched."""
from __future__ import annotations

import os

import pytest

from .test_network_sources import USERS_GDAL, _vrt


@pytest.mark.parametrize("decoy", [False, True], ids=["only-in-the-working-folder", "a-plain-one-beside-the-vrt"])
@pytest.mark.parametrize("hostile", ["remote-vrt", "fifo"])
def test_a_source_named_from_the_working_folder_is_checked_there(hostile, decoy, listener, make_raster, tmp_path,
                                                                 monkeypatch):
    import rasterio

    from planet_qgis_plugin.core.errors import RasterError
    from planet_qgis_plugin.core.pipeline.raster import open_raster

    scenes, work = tmp_path / "scenes", tmp_path / "work"
    scenes.mkdir()
    work.mkdir()
    if hostile == "fifo":
        os.mkfifo(work / "inner.vrt")
    else:
        _vrt(work / "inner.vrt", f"/vsicurl/http://127.0.0.1:{listener.port}/scene.tif")
    if decoy:
        make_raster(64, 64, count=3, dtype="uint8", name="src.tif")
        _vrt(scenes / "inner.vrt", str(tmp_path / "src.tif"))
    _vrt(scenes / "s.vrt", "inner.vrt", relative=False)  # relativeToVRT="0": GDAL opens work/inner.vrt
    monkeypatch.chdir(work)
    message = "named pipe" if hostile == "fifo" else "over the network"
    with rasterio.Env(**USERS_GDAL), pytest.raises(RasterError, match=message) as refused:
        with open_raster(scenes / "s.vrt") as src:
            src.read(1, window=((0, 1), (0, 1)))
    assert "\n" not in str(refused.value)
    assert listener.connections() == 0


def test_a_source_relative_to_the_vrt_is_not_looked_up_from_the_working_folder(make_raster, tmp_path, monkeypatch):
    """The other way round, relativeToVRT="1": GDAL reads the source beside the VRT only (measured: a name found only
    in the working folder is not opened), and a plain VRT is classified. A FIFO of that name in the working folder,
    which GDAL would not open, is refused all the same: the check looks in both places for every relative name,
    whatever the attribute (stricter than GDAL, never laxer; said so in docs/robustness.md)."""
    from planet_qgis_plugin.core.errors import RasterError
    from planet_qgis_plugin.core.pipeline.raster import open_raster

    scenes, work = tmp_path / "scenes", tmp_path / "work"
    scenes.mkdir()
    work.mkdir()
    make_raster(64, 64, count=3, dtype="uint8", name="scenes/inner.tif")
    _vrt(scenes / "s.vrt", "inner.tif", relative=True)
    monkeypatch.chdir(work)
    with open_raster(scenes / "s.vrt") as src:
        assert src.read(1).shape == (64, 64)
    os.mkfifo(work / "inner.tif")
    with pytest.raises(RasterError, match="named pipe"):
        open_raster(scenes / "s.vrt")
