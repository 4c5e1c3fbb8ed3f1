"""Hostile inputs of 2026-12-07: names GDAL reads inside binary containers, where no text scan sees them. Measured
with the loopback listener (GDAL 3.6, HDF5 1.10), plain GDAL opening and reading one pixel:

- an HFA (.img) whose spill file (.ige, named in its binary header) is /vsicurl/...: connected when the .img is given
  by a name without a folder (GDAL puts the header's name after the folder, which is then empty);
- a PCIDSK (.pix) whose channel is kept in a file named in its header (INTERLEAVING=FILE) that is /vsicurl/...:
  connected, with a folder or without (the name is taken as it stands);
- an HDF5 (also under .nc) holding a virtual dataset whose source is /vsicurl/...: connected when a pixel is read (GDAL
  opens HDF5 files through its own file API, and the sources with it);
- an HDF5 whose only member is an external link to /vsicurl/...: no connection (GDAL does not follow external links):
  test_an_hdf5_external_link_is_not_followed proves it, and the check refuses it all the same.

Each is refused before GDAL opens it (core/pipeline/scan: every binary file but a TIFF or a JPEG 2000, whose headers
name no other file, is searched whole for a remote /vsi handler)."""
from __future__ import annotations

import base64
import gzip

import pytest

from .conftest import assert_refused, run_cli, snapshot
from .test_network_sources import USERS_GDAL

#: An HDF5 file (h5py 3.16, HDF5 2.0) holding the 64 x 64 uint8 virtual dataset 'scene' mapped whole onto dataset
#: 'data' of /vsicurl/http://127.0.0.1:PPPPP/v.h5 (PPPPP: the listener's port, put in by _hdf5_virtual), gzipped:
#:   layout = h5py.VirtualLayout(shape=(64, 64), dtype="uint8")
#:   layout[:] = h5py.VirtualSource("/vsicurl/http://127.0.0.1:PPPPP/v.h5", "data", shape=(64, 64))
#:   h5py.File("vds.h5", "w").create_virtual_dataset("scene", layout, fillvalue=0)
HDF5_VIRTUAL = (
    "H4sIAAAAAAACA+v0cHHj5ZLiYgABDg4GFgYBBmTwHwoYJND4UJAApRmhdAeUXsEEE2cEy0G1MwhCzUdXFxLk6gpS/R8NwOwxYIHQHAyjYCQCD1fH"
    "ABAdAeXDUukJJlR1xcmpealI6dGDQnsZGdghZjHC+BoQmgki4ABVh4tmBrqUEepeRqQUzAoVZ2JmYmREso8FKM+I5H4OqE9ZmGFJHyIjBOWCeC4f"
    "RLMROZG2INjP3wWUo2H5UIF5NG2OglEwVIG7s78PI1KBCit38hnQKnb9suLM5NKiHP2MkpICK319QyNzPQMgNLQKAAH9Mr0MU4aUxJJEBmYkXSDA"
    "hMSXQOODgD0UXzFgmgQXLOAfjZtRMApGwSgYBaNgFIyCUTAKRsEoGAWjgFoAAGsGmgIAGAAA"
)


def _lookup3(data: bytes) -> int:
    """Bob Jenkins' lookup3 (hashlittle, seed 0): HDF5's checksum of a metadata block, here a global heap's."""
    mask = 0xFFFFFFFF

    def rot(x: int, k: int) -> int:
        return ((x << k) | (x >> (32 - k))) & mask

    def word(at: int) -> int:
        return int.from_bytes(data[at:at + 4], "little")

    a = b = c = (0xDEADBEEF + len(data)) & mask
    i, n = 0, len(data)
    while n > 12:
        a, b, c = (a + word(i)) & mask, (b + word(i + 4)) & mask, (c + word(i + 8)) & mask
        for k in (4, 6, 8, 16, 19, 4):  # mix: a, b, c take turns, each with the one before it
            a = ((a - c) & mask) ^ rot(c, k)
            c = (c + b) & mask
            a, b, c = b, c, a
        i, n = i + 12, n - 12
    if n == 0:
        return c
    data = data[i:] + bytes(12 - n)
    a, b, c = (a + word(0)) & mask, (b + word(4)) & mask, (c + word(8)) & mask
    for k in (14, 11, 25, 16, 4, 14, 24):  # final: c, a, b take turns, each with the one before it
        c = ((c ^ b) - rot(b, k)) & mask
        a, b, c = b, c, a
    return b  # (seven turns: the first c is now b)


#: The source's name in HDF5_VIRTUAL, written over in place (the heap keeps its length).
_HDF5_SOURCE = b"/vsicurl/http://127.0.0.1:PPPPP/v.h5"


def _hdf5_virtual(path, source: str) -> None:
    """HDF5_VIRTUAL with its source named ``source`` (a relative name led by ./ to the same length), the global
    heap's checksum made anew."""
    name = source.encode()
    name = b"./" * ((len(_HDF5_SOURCE) - len(name)) // 2) + name
    assert len(name) == len(_HDF5_SOURCE), source
    raw = bytearray(gzip.decompress(base64.b64decode(HDF5_VIRTUAL)).replace(_HDF5_SOURCE, name))
    heap = raw.find(b"GCOL")  # collection header (16 bytes), object header (16: its size at 8), the object
    size = int.from_bytes(raw[heap + 24:heap + 32], "little")
    start, end = heap + 32, heap + 32 + size
    raw[end - 4:end] = _lookup3(bytes(raw[start:end - 4])).to_bytes(4, "little")
    path.write_bytes(bytes(raw))


def _renamed(path, old: bytes, new: str, pad: bytes) -> None:
    """``path`` with the name ``old`` in its header (each band's) written over by ``new``, padded with ``pad``."""
    data = path.read_bytes()
    assert old in data and len(new) <= len(old)
    path.write_bytes(data.replace(old, new.encode() + pad * (len(old) - len(new))))


#: A name long enough to be written over by a URL in place (binary headers keep a name's length).
_LONG = "s" * 48


def _three_bands(path, driver: str, options: list[str]):
    """``path`` written by GDAL's ``driver`` with creation ``options``: 64 x 64 px, three byte bands."""
    import numpy as np
    from osgeo import gdal

    ds = gdal.GetDriverByName(driver).Create(str(path), 64, 64, 3, gdal.GDT_Byte, options)
    for band in (1, 2, 3):
        ds.GetRasterBand(band).WriteArray(np.full((64, 64), 50 * band, "uint8"))
    ds = None
    return path


def _hfa_spill(folder, name: str):
    """An HFA (.img) whose pixels are kept in a spill file (.ige) named in its header, renamed ``name``."""
    path = _three_bands(folder / f"{_LONG}.img", "HFA", ["USE_SPILL=YES"])
    _renamed(path, f"{_LONG}.ige".encode(), name, b"\0")
    return path


def _pcidsk_file_channels(folder, name: str):
    """A PCIDSK (.pix) whose channels are kept in files named in its header (INTERLEAVING=FILE), the first
    one's renamed ``name``."""
    path = _three_bands(folder / f"{_LONG}.pix", "PCIDSK", ["INTERLEAVING=FILE"])
    _renamed(path, f"{_LONG}.001".encode(), name, b" ")
    return path


def _hostile(case: str, folder, port: int):
    url = f"/vsicurl/http://127.0.0.1:{port}/scene"
    if case == "hfa-spill-file":
        return _hfa_spill(folder, url + ".ige")
    if case == "pcidsk-channel-file":
        return _pcidsk_file_channels(folder, url + ".001")
    path = folder / ("s.h5" if case == "hdf5-virtual-dataset" else "s.nc")
    _hdf5_virtual(path, f"/vsicurl/http://127.0.0.1:{port:05d}/v.h5")
    return path


CASES = ["hfa-spill-file", "pcidsk-channel-file", "hdf5-virtual-dataset", "hdf5-virtual-dataset-as-nc"]


@pytest.mark.parametrize("case", CASES)
def test_a_remote_name_inside_a_binary_container_is_refused_before_gdal_opens_it(case, listener, tmp_path,
                                                                                  monkeypatch):
    """Given by a name without a folder, as from a terminal in the scene's folder (where GDAL connects for all)."""
    import rasterio

    from planet_qgis_plugin.core.errors import RasterError
    from planet_qgis_plugin.core.pipeline.raster import open_raster

    scene = _hostile(case, tmp_path, listener.port)
    monkeypatch.chdir(tmp_path)
    with rasterio.Env(**USERS_GDAL), pytest.raises(RasterError, match="over the network") as refused:
        with open_raster(scene.name) as src:
            src.read(1, window=((0, 1), (0, 1)))
    assert "\n" not in str(refused.value) and f"127.0.0.1:{listener.port}/" in str(refused.value)
    assert listener.connections() == 0


@pytest.mark.parametrize("case", ["hfa-spill-file", "hdf5-virtual-dataset"])
def test_the_command_line_refuses_a_binary_container_naming_a_remote_file(case, listener, untrained_bundle, outdir,
                                                                          tmp_path):
    scene = _hostile(case, tmp_path, listener.port)
    before = snapshot(outdir)
    proc = run_cli(scene, "-o", outdir / "previous.gpkg", "--bundle", untrained_bundle.path, "--overwrite",
                   env=USERS_GDAL)
    assert_refused(proc, "over the network", before, outdir)
    assert listener.connections() == 0


def test_containers_naming_local_files_and_pixels_that_spell_a_handler_are_still_read(untrained_bundle, outdir,
                                                                                      tmp_path):
    """Only a remote name counts: an HFA with its own spill file and a PCIDSK with its channel files are classified,
    and a GeoTIFF whose pixels happen to spell /vsicurl/ is pixels (a TIFF's header names no other file)."""
    import numpy as np
    import rasterio

    from planet_qgis_plugin.core.pipeline.raster import open_raster

    for path in (_hfa_spill(tmp_path, f"{_LONG}.ige"), _pcidsk_file_channels(tmp_path, f"{_LONG}.001")):
        with open_raster(path) as src:
            assert src.read(2)[0, 0] == 100
    spelt = np.frombuffer((b"/vsicurl/http://127.0.0.1:1/x.tif" * 200)[:64 * 64], "uint8").reshape(64, 64)
    with rasterio.open(tmp_path / "spelt.tif", "w", driver="GTiff", width=64, height=64, count=3,
                       dtype="uint8") as dst:
        dst.write(np.stack([spelt] * 3))
    with open_raster(tmp_path / "spelt.tif") as src:
        assert src.count == 3
    proc = run_cli(tmp_path / f"{_LONG}.img", "-o", outdir / "new.gpkg", "--bundle", untrained_bundle.path)
    assert proc.returncode == 0, proc.stderr


@pytest.mark.parametrize("case", ["hfa-spill-file", "pcidsk-channel-file", "hdf5-virtual-dataset"])
def test_a_fifo_named_inside_a_binary_container_is_refused_not_waited_on(case, untrained_bundle, outdir, tmp_path):
    """A named pipe beside the scene, named in its binary header as a file of its pixels: GDAL opened it and waited
    for a writer for ever (the PCIDSK as it opened the scene, the HDF5 as a pixel was read). The HFA's spill file,
    opened only when a pixel is read and listed by GDAL, was already refused after the open."""
    import os

    os.mkfifo(tmp_path / "pipe.dat")
    if case == "hfa-spill-file":
        scene = _hfa_spill(tmp_path, "pipe.dat")
    elif case == "pcidsk-channel-file":
        scene = _pcidsk_file_channels(tmp_path, "pipe.dat")
    else:
        scene = tmp_path / "s.h5"
        _hdf5_virtual(scene, "pipe.dat")
    before = snapshot(outdir)
    proc = run_cli(scene, "-o", outdir / "previous.gpkg", "--bundle", untrained_bundle.path, "--overwrite",
                   "--bands", "1,1,1", timeout=30)  # (the HDF5's one band as grey: on to where a pixel is read)
    assert_refused(proc, "pipe.dat, which is a named pipe (FIFO), not a raster file", before, outdir)


def test_an_hdf5_external_link_is_not_followed(listener, tmp_path):
    """GDAL lists an HDF5 file's members without following an external link (measured: no connection), so such a
    file is no way to the network; the check refuses it all the same (the name is in its bytes)."""
    import rasterio
    from osgeo import gdal

    raw = gzip.decompress(base64.b64decode(HDF5_EXTERNAL_LINK))
    (tmp_path / "s.h5").write_bytes(raw.replace(b"PPPPP", f"{listener.port:05d}".encode()))
    with rasterio.Env(**USERS_GDAL):
        ds = gdal.OpenEx(str(tmp_path / "s.h5"))
        assert ds is not None and ds.RasterCount == 0 and ds.GetFileList() == [str(tmp_path / "s.h5")]
        ds = None
    assert listener.connections() == 0


#: An HDF5 file whose only member 'scene' is an external link to /data in /vsicurl/http://127.0.0.1:PPPPP/x.h5, gzipped
#: (h5py: f["scene"] = h5py.ExternalLink("/vsicurl/http://127.0.0.1:PPPPP/x.h5", "/data")).
HDF5_EXTERNAL_LINK = (
    "H4sIAAAAAAACA+v0cHHj5ZLiYgABDg4GFgYBBmTwHwomMKPyYfIJUJoRSndA6RVMMHEWsJwEVFwAar4C1LwCqHhIkKsrsvno9oyCkQ08XB0DQHQE"
    "lM8BpU8woaqDpcMAKtnLBE+52FMmF9AljEjq2RgsIO7gcGAtTk7NS9VhYNAvK85MLi3K0c8oKSmw0tc3NDLXMwBCQ6sAENCv0MswZdBPSSxJZGAA"
    "APFxRjyQAwAA"
)
