"""Hostile inputs of 2026-12-06: rasters whose files make GDAL reach the network. Nothing may be fetched at run
time, whatever a raster, a VRT or a sidecar names: a listener on the loopback stands in for the remote server
and must see no connection. A VRT with a /vsicurl/, http:// or WMS: source, a GDAL_WMS service file given as the
scene (or read by a VRT), and a .aux.xml whose OVERVIEW_FILE is a URL all connected to it (the VRTs then said
'damaged or truncated', the rest ran)."""
from __future__ import annotations

import pytest

from .conftest import assert_refused, run_cli, snapshot

#: A server on the loopback that hangs up on every client at once (GDAL then fails fast) and logs each one by its
#: port.
SERVER = """
import socket, sys
server = socket.create_server(("127.0.0.1", 0))
print(server.getsockname()[1], flush=True)
while True:
    conn, (_, port) = server.accept()
    with open(sys.argv[1], "a") as log:
        log.write(f"{port}\\n")
    conn.close()
"""


class Listener:
    """SERVER in a process of its own (GDAL may hold this process's GIL while it connects)."""

    def __init__(self, log):
        import subprocess
        import sys

        self.log = log
        self._probes: set[str] = set()   # the ports of connections() own probes, not clients
        self.process = subprocess.Popen([sys.executable, "-c", SERVER, str(log)], stdout=subprocess.PIPE, text=True)
        self.port = int(self.process.stdout.readline())

    def connections(self) -> int:
        """The clients logged so far, every one that connected before this call: a client's connection may still
        wait in the server's queue when it has exited (a busy machine), so a probe of our own connects last and
        the count is read once the server has logged it (it takes its queue in order)."""
        import socket
        import time

        with socket.create_connection(("127.0.0.1", self.port)) as probe:
            mine = str(probe.getsockname()[1])
        self._probes.add(mine)
        deadline = time.monotonic() + 60
        while True:
            lines = self.log.read_text().splitlines() if self.log.exists() else []
            if mine in lines or time.monotonic() > deadline:
                return sum(line not in self._probes for line in lines)
            time.sleep(0.01)

    def close(self):
        self.process.kill()
        self.process.wait()


#: GDAL as users have it: .aux.xml sidecars read (the suite turns them off, tests/conftest.py), and a client that
#: did connect giving up soon (GDAL waits for an answer for minutes by default).
USERS_GDAL = {"GDAL_PAM_ENABLED": "YES", "GDAL_HTTP_TIMEOUT": "2", "GDAL_HTTP_CONNECTTIMEOUT": "2",
              "GDAL_HTTP_MAX_RETRY": "0"}


def _vrt(path, source: str, relative: bool = False) -> None:
    bands = "".join(f'<VRTRasterBand dataType="Byte" band="{b}"><SimpleSource><SourceFilename relativeToVRT='
                    f'"{int(relative)}">{source}</SourceFilename><SourceBand>{b}</SourceBand></SimpleSource>'
                    "</VRTRasterBand>" for b in (1, 2, 3))
    path.write_text(f'<VRTDataset rasterXSize="64" rasterYSize="64">{bands}</VRTDataset>')


def _wms(path, port: int) -> None:
    """A GDAL_WMS service description (a tile server), as QGIS or gdal_translate -of WMS writes one."""
    path.write_text(
        f'<GDAL_WMS><Service name="TMS"><ServerUrl>http://127.0.0.1:{port}/${{z}}/${{x}}/${{y}}.png</ServerUrl>'
        "</Service><DataWindow><UpperLeftX>-20037508.34</UpperLeftX><UpperLeftY>20037508.34</UpperLeftY>"
        "<LowerRightX>20037508.34</LowerRightX><LowerRightY>-20037508.34</LowerRightY><TileLevel>1</TileLevel>"
        "<TileCountX>1</TileCountX><TileCountY>1</TileCountY><YOrigin>top</YOrigin></DataWindow>"
        "<Projection>EPSG:3857</Projection><BlockSizeX>256</BlockSizeX><BlockSizeY>256</BlockSizeY>"
        "<BandsCount>3</BandsCount></GDAL_WMS>")


def _scene(case: str, folder, port: int, make_raster):
    url = f"http://127.0.0.1:{port}/scene.tif"
    if case == "vsicurl-source":
        _vrt(folder / "s.vrt", f"/vsicurl/{url}")
    elif case == "vsicurl-in-a-zip-source":
        _vrt(folder / "s.vrt", f"/vsizip//vsicurl/http://127.0.0.1:{port}/order.zip/scene.tif")
    elif case == "url-source":
        _vrt(folder / "s.vrt", url)
    elif case == "cdata-url-source":
        _vrt(folder / "s.vrt", f"<![CDATA[{url}]]>")
    elif case == "wms-connection-source":
        _vrt(folder / "s.vrt", f"WMS:http://127.0.0.1:{port}/wms?")
    elif case == "wms-file-source":
        _wms(folder / "tiles.xml", port)
        _vrt(folder / "s.vrt", "tiles.xml", relative=True)
    elif case == "wms-file":
        _wms(folder / "s.tif", port)  # a service file under a raster's name
        return folder / "s.tif"
    elif case == "vrt-reading-a-remote-vrt":
        _vrt(folder / "inner.vrt", f"/vsicurl/{url}")
        _vrt(folder / "s.vrt", "inner.vrt", relative=True)
    elif case == "aux-xml-overview-file":
        scene = make_raster(64, 64, count=3, dtype="uint8", name="s.tif")
        (folder / "s.tif.aux.xml").write_text(
            f'<PAMDataset><Metadata domain="OVERVIEWS"><MDI key="OVERVIEW_FILE">/vsicurl/{url}</MDI></Metadata>'
            "</PAMDataset>")
        return scene
    elif case in MRF_CASES:
        _mrf(folder / "s.mrf", port, case)
        return folder / "s.mrf"
    elif case == "vrt-reading-a-remote-mrf":
        _mrf(folder / "inner.mrf", port, "mrf-data-file")
        _vrt(folder / "s.vrt", "inner.mrf", relative=True)
    elif case in ("vrt-past-4-mb", "url-source-past-4-mb"):
        _vrt(folder / "s.vrt", f"/vsicurl/{url}" if case == "vrt-past-4-mb" else url)
        text = (folder / "s.vrt").read_text()  # a long description before the bands (many sources do the same)
        padding = '<Metadata><MDI key="note">' + "x" * (5 * 1024 * 1024) + "</MDI></Metadata>"
        (folder / "s.vrt").write_text(text.replace('">', '">' + padding, 1))
    elif case == "vrt-reading-a-remote-vrt-in-a-zip":  # read through GDAL's /vsizip/, not from the folder
        import zipfile

        _vrt(folder / "inner.vrt", f"/vsicurl/{url}")
        with zipfile.ZipFile(folder / "pack.zip", "w") as pack:
            pack.write(folder / "inner.vrt", "inner.vrt")
        (folder / "inner.vrt").unlink()
        _vrt(folder / "s.vrt", f"/vsizip/{folder}/pack.zip/inner.vrt")
    elif case in ("wmts-file", "wmts-file-source"):  # a WMTS service description: GDAL fetches its capabilities
        (folder / "tiles.xml").write_text(f"<GDAL_WMTS><GetCapabilitiesUrl>{url}/wmts?</GetCapabilitiesUrl></GDAL_WMTS>")
        if case == "wmts-file":
            return folder / "tiles.xml"
        _vrt(folder / "s.vrt", "tiles.xml", relative=True)
    elif case == "vsicurl-streaming-source":
        _vrt(folder / "s.vrt", f"/vsicurl_streaming/{url}/scene.tif")
    elif case == "source-in-a-connection-string":
        _vrt(folder / "s.vrt", f"GPKG:/vsicurl/{url}/scenes.gpkg:scene")
    elif case in ("overview-sidecar", "mask-sidecar"):
        scene = make_raster(64, 64, count=3, dtype="uint8", name="s.tif")
        _vrt(folder / ("s.tif.ovr" if case == "overview-sidecar" else "s.tif.msk"), f"/vsicurl/{url}")
        return scene
    elif case == "xml-declaration-before-a-url-source":
        _vrt(folder / "s.vrt", url)
        text = (folder / "s.vrt").read_text()
        (folder / "s.vrt").write_text('<?xml version="1.0" encoding="UTF-8"?>\n<!-- made by hand -->\n' + text)
    return folder / "s.vrt"


#: MRFs (GDAL's Meta Raster Format: an XML description, its index and data files named inside) that read over the
#: network: a data or index file given as /vsicurl/, or a cached source given as a URL.
MRF_CASES = ["mrf-data-file", "mrf-index-file", "mrf-cached-source"]


def _mrf(path, port: int, case: str) -> None:
    url = f"http://127.0.0.1:{port}"
    data = f"/vsicurl/{url}/s.dat" if case == "mrf-data-file" else "s.dat"
    index = f"/vsicurl/{url}/s.idx" if case == "mrf-index-file" else "s.idx"
    source = f"<CachedSource><Source>{url}/s.tif</Source></CachedSource>" if case == "mrf-cached-source" else ""
    path.write_text(f'<MRF_META>{source}<Raster><Size x="64" y="64" c="3"/><PageSize x="64" y="64" c="3"/>'
                    f"<DataType>Byte</DataType><DataFile>{data}</DataFile><IndexFile>{index}</IndexFile></Raster>"
                    "</MRF_META>")


CASES = ["vsicurl-source", "vsicurl-in-a-zip-source", "url-source", "cdata-url-source", "wms-connection-source",
         "wms-file-source", "wms-file", "vrt-reading-a-remote-vrt", "aux-xml-overview-file", *MRF_CASES,
         "vrt-reading-a-remote-mrf", "vrt-reading-a-remote-vrt-in-a-zip", "vrt-past-4-mb", "url-source-past-4-mb", "source-in-a-connection-string",
         "overview-sidecar", "mask-sidecar", "xml-declaration-before-a-url-source", "wmts-file", "wmts-file-source",
         "vsicurl-streaming-source"]


@pytest.mark.parametrize("case", CASES)
def test_a_raster_that_reads_the_network_is_refused_before_gdal_connects(case, listener, make_raster, tmp_path):
    """The core service (what QGIS, Processing and batch run, with GDAL's settings as QGIS has them): refused
    before GDAL is asked for a pixel or an overview, naming what would be fetched; no connection is made."""
    import rasterio

    from planet_qgis_plugin.core.errors import RasterError
    from planet_qgis_plugin.core.pipeline.raster import open_raster

    scene = _scene(case, tmp_path, listener.port, make_raster)
    with rasterio.Env(**USERS_GDAL), pytest.raises(RasterError, match="over the network") as refused:
        with open_raster(scene) as src:  # what a run does first with the raster
            src.overviews(1)
            src.read(1, window=((0, 1), (0, 1)))
    assert "\n" not in str(refused.value)
    assert listener.connections() == 0


@pytest.mark.parametrize("case", ["vsicurl-source", "wms-file", "aux-xml-overview-file", "mrf-data-file",
                                  "vrt-past-4-mb", "overview-sidecar"])
def test_the_command_line_fetches_nothing_and_says_so_in_one_line(case, listener, untrained_bundle, outdir,
                                                                  make_raster, tmp_path):
    scene = _scene(case, tmp_path, listener.port, make_raster)
    before = snapshot(outdir)
    proc = run_cli(scene, "-o", outdir / "previous.gpkg", "--preview", outdir / "look.png", "--bundle",
                   untrained_bundle.path, "--overwrite", env=USERS_GDAL)
    assert_refused(proc, "over the network", before, outdir)
    assert listener.connections() == 0


def test_a_local_vrt_naming_a_url_only_in_its_metadata_is_classified(untrained_bundle, outdir, make_raster,
                                                                     tmp_path):
    """Only what GDAL would read counts: a URL in a VRT's metadata (where a provider names itself) is text."""
    make_raster(64, 64, count=3, dtype="uint8", name="src.tif")
    _vrt(tmp_path / "s.vrt", "src.tif", relative=True)
    text = (tmp_path / "s.vrt").read_text()
    (tmp_path / "s.vrt").write_text(text.replace(
        '">', '"><Metadata><MDI key="source">https://www.planet.com/x.tif</MDI></Metadata>', 1))
    proc = run_cli(tmp_path / "s.vrt", "-o", outdir / "new.gpkg", "--bundle", untrained_bundle.path)
    assert proc.returncode == 0, proc.stderr


def test_a_training_chip_that_reads_the_network_is_named_and_nothing_is_fetched(listener, tmp_path, capsys):
    """A chip of the training data that is a VRT reading /vsicurl/ (under train_4.tif): the trainer connected to the
    server to inspect it, and GDAL's own 'ERROR 11: CURL error ...' line came before its error line."""
    import shutil

    from tests.conftest import ROOT
    from trainer.train import main

    data = tmp_path / "data"
    data.mkdir()
    chip = ROOT / "tests" / "data" / "chips" / "train_0.tif"
    names = [f"train_{i}" for i in range(8)]
    for name in names:
        shutil.copy(chip, data / f"{name}.tif")
    (data / "labels.csv").write_text("image_name,tags\n" + "".join(f"{n},clear primary\n" for n in names))
    bands = "".join(f'<VRTRasterBand dataType="UInt16" band="{b}"><SimpleSource><SourceFilename relativeToVRT="0">'
                    f"/vsicurl/http://127.0.0.1:{listener.port}/chip.tif</SourceFilename><SourceBand>{b}"
                    "</SourceBand></SimpleSource></VRTRasterBand>" for b in (1, 2, 3, 4))
    (data / "train_4.tif").write_text(f'<VRTDataset rasterXSize="256" rasterYSize="256">{bands}</VRTDataset>')
    rc = main(["--data", str(data), "--out", str(tmp_path / "run"), "--epochs", "1", "--arch", "baseline",
               "--pretrained", "none", "--workers", "0", "--no-progress"])
    err = capsys.readouterr().err.strip()
    assert rc == 2 and err.startswith("error: ") and "\n" not in err, err
    assert "train_4 (raster train_4.tif reads /vsicurl/" in err and "over the network" in err, err
    assert listener.connections() == 0
    assert not (tmp_path / "run").exists()


def test_change_fetches_nothing_for_a_scene_it_only_measures(listener, untrained_bundle, make_raster, tmp_path):
    """`change A.gpkg B.gpkg --before-scene s.vrt --after-scene s.vrt` (or a layer whose recorded PLANET_SOURCE was
    edited to such a VRT): the co-registration check opened the scenes with rasterio alone and connected to the
    server; now it goes through the core's open_raster like every other reader (refused: not measured)."""
    import os
    import subprocess
    import sys

    from tests.conftest import ROOT

    scene = make_raster(300, 300, name="scene.tif")
    for name in ("a", "b"):
        assert run_cli(scene, "-o", tmp_path / f"{name}.gpkg", "--bundle", untrained_bundle.path).returncode == 0
    bands = "".join(f'<VRTRasterBand dataType="UInt16" band="{b}"><SimpleSource><SourceFilename relativeToVRT="0">'
                    f"/vsicurl/http://127.0.0.1:{listener.port}/scene.tif</SourceFilename><SourceBand>{b}"
                    "</SourceBand></SimpleSource></VRTRasterBand>" for b in (1, 2, 3, 4))
    (tmp_path / "s.vrt").write_text('<VRTDataset rasterXSize="300" rasterYSize="300"><SRS>EPSG:32649</SRS>'
                                    f"<GeoTransform>699648, 3, 0, 100608, 0, -3</GeoTransform>{bands}</VRTDataset>")
    proc = subprocess.run([sys.executable, "-m", "planet_qgis_plugin.change", tmp_path / "a.gpkg",
                           tmp_path / "b.gpkg", "-o", tmp_path / "c.gpkg", "--before-scene", tmp_path / "s.vrt",
                           "--after-scene", tmp_path / "s.vrt", "--report", tmp_path / "c.html"],
                          cwd=ROOT, capture_output=True, text=True, timeout=180,
                          env=dict(os.environ, PYTHONPATH=str(ROOT), **USERS_GDAL))
    assert "Traceback" not in proc.stderr, proc.stderr
    assert listener.connections() == 0, proc.stderr


#: An area of interest in a format OGR reads itself that makes it fetch a URL as it reads: a GeoJSON whose "crs" (of
#: the collection or of one geometry) is a link or a URL (OGR fetches its WKT), a GML whose schema is a WFS DescribeFeatureType
#: request (OGR downloads it). Measured: each connected to the listener.
FETCHING_AOIS = ["geojson-crs-link", "geojson-geometry-crs-link", "geojson-crs-url", "gml-wfs-schema"]


def _fetching_aoi(case: str, folder, url: str):
    ring = "[[[0,0],[1,0],[1,1],[0,0]]]"
    link = f'{{"type": "link", "properties": {{"href": "{url}/crs.wkt", "type": "ogcwkt"}}}}'
    if case == "geojson-crs-url":
        link = f'{{"type": "URL", "properties": {{"url": "{url}/crs.wkt"}}}}'
    if case in ("geojson-crs-link", "geojson-crs-url"):
        area = folder / "area.geojson"
        area.write_text(f'{{"type": "FeatureCollection", "crs": {link}, "features": [{{"type": "Feature", '
                        f'"properties": {{}}, "geometry": {{"type": "Polygon", "coordinates": {ring}}}}}]}}')
    elif case == "geojson-geometry-crs-link":
        area = folder / "area.json"
        area.write_text(f'{{"type": "FeatureCollection", "features": [{{"type": "Feature", "properties": {{}}, '
                        f'"geometry": {{"type": "Polygon", "crs": {link}, "coordinates": {ring}}}}}]}}')
    else:
        area = folder / "area.gml"
        area.write_text(
            '<?xml version="1.0"?>\n<wfs:FeatureCollection xmlns:wfs="http://www.opengis.net/wfs" '
            'xmlns:gml="http://www.opengis.net/gml" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
            f'xmlns:ns="http://x" xsi:schemaLocation="http://x {url}/wfs?SERVICE=WFS&amp;VERSION=1.0.0&amp;'
            'REQUEST=DescribeFeatureType&amp;TYPENAME=ns:a"><gml:featureMember><ns:a><ns:geom><gml:Polygon '
            'srsName="EPSG:4326"><gml:outerBoundaryIs><gml:LinearRing><gml:coordinates>0,0 1,0 1,1 0,0'
            "</gml:coordinates></gml:LinearRing></gml:outerBoundaryIs></gml:Polygon></ns:geom></ns:a>"
            "</gml:featureMember></wfs:FeatureCollection>")
    return area


@pytest.mark.parametrize("case", ["ogr-vrt-vsicurl", "ogr-vrt-wfs", "wfs-description", "ogr-vrt-reading-a-wfs-file",
                                  "ogr-vrt-reading-a-remote-ogr-vrt", "ogr-vrt-gpkg-connection-string",
                                  *FETCHING_AOIS])
def test_an_area_of_interest_that_reads_the_network_is_refused(case, listener, untrained_bundle, outdir,
                                                               make_raster, tmp_path):
    """`--aoi area.vrt` where the OGR VRT's SrcDataSource is /vsicurl/ or WFS:, or a WFS service description under
    any name: OGR connected to the server (the WFS ones then a RuntimeError traceback out of GetSpatialRef)."""
    scene = make_raster(300, 300)
    url = f"http://127.0.0.1:{listener.port}"
    if case == "wfs-description":
        area = tmp_path / "area.xml"
        area.write_text(f"<OGRWFSDataSource><URL>{url}/wfs?</URL></OGRWFSDataSource>")
    elif case in ("ogr-vrt-reading-a-wfs-file", "ogr-vrt-reading-a-remote-ogr-vrt"):
        if case == "ogr-vrt-reading-a-wfs-file":
            (tmp_path / "service.xml").write_text(f"<OGRWFSDataSource><URL>{url}/wfs?</URL></OGRWFSDataSource>")
        else:
            (tmp_path / "service.xml").write_text(
                f'<OGRVRTDataSource><OGRVRTLayer name="a"><SrcDataSource>/vsicurl/{url}/a.geojson</SrcDataSource>'
                "</OGRVRTLayer></OGRVRTDataSource>")
        area = tmp_path / "area.vrt"
        area.write_text('<OGRVRTDataSource><OGRVRTLayer name="a"><SrcDataSource relativeToVRT="1">service.xml'
                        "</SrcDataSource></OGRVRTLayer></OGRVRTDataSource>")
    elif case in FETCHING_AOIS:
        area = _fetching_aoi(case, tmp_path, url)
    elif case == "ogr-vrt-gpkg-connection-string":
        area = tmp_path / "area.vrt"
        area.write_text(f'<OGRVRTDataSource><OGRVRTLayer name="a"><SrcDataSource>GPKG:/vsicurl/{url}/a.gpkg:a'
                        "</SrcDataSource></OGRVRTLayer></OGRVRTDataSource>")
    else:
        source = f"/vsicurl/{url}/area.geojson" if case == "ogr-vrt-vsicurl" else f"WFS:{url}/wfs?"
        area = tmp_path / "area.vrt"
        area.write_text(f'<OGRVRTDataSource><OGRVRTLayer name="a"><SrcDataSource>{source}</SrcDataSource>'
                        "</OGRVRTLayer></OGRVRTDataSource>")
    before = snapshot(outdir)
    proc = run_cli(scene, "-o", outdir / "previous.gpkg", "--aoi", area, "--bundle", untrained_bundle.path,
                   "--overwrite", env=USERS_GDAL)
    assert_refused(proc, "over the network", before, outdir)
    assert listener.connections() == 0


def test_an_area_of_interest_naming_urls_ogr_does_not_fetch_is_used(tmp_path):
    """Only what OGR fetches counts: a GeoJSON with URLs among a feature's properties (a "url", an "href") and a GML
    whose schema is a plain .xsd URL (OGR does not download it: measured) are areas of interest like any other."""
    from planet_qgis_plugin.core.pipeline.sources import remote_vector

    (tmp_path / "area.geojson").write_text(
        '{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {"url": "http://127.0.0.1:1/a",'
        ' "href": "https://www.planet.com/x"}, "geometry": {"type": "Polygon", "coordinates": '
        '[[[0,0],[1,0],[1,1],[0,0]]]}}]}')
    area = _fetching_aoi("gml-wfs-schema", tmp_path, "http://127.0.0.1:1")
    area.write_text(area.read_text().replace("wfs?SERVICE=WFS&amp;VERSION=1.0.0&amp;REQUEST=DescribeFeatureType&amp;"
                                             "TYPENAME=ns:a", "schema.xsd"))
    assert remote_vector(tmp_path / "area.geojson") is None
    assert remote_vector(area) is None


@pytest.mark.parametrize("case", ["kml-network-link", "gml-xlink-geometry", "gml-xsd-schema", "geojson-url-property",
                                  "geojson-crs-name-url"])
def test_links_ogr_does_not_follow_make_no_connection(case, listener, tmp_path):
    """The proof behind what remote_vector lets through: OGR opening each of these and reading its features and CRS
    (as the area of interest's open does) makes no connection: a KML NetworkLink, a GML geometry given by xlink:href,
    a GML whose schema is a plain .xsd URL, a GeoJSON with a URL property or a CRS named by a URL."""
    from osgeo import gdal, ogr

    from planet_qgis_plugin.core.pipeline.sources import remote_vector

    url = f"http://127.0.0.1:{listener.port}"
    ring = "<coordinates>0,0 1,0 1,1 0,0</coordinates>"
    gml_ring = ("<gml:Polygon srsName=\"EPSG:4326\"><gml:outerBoundaryIs><gml:LinearRing><gml:coordinates>0,0 1,0 1,1 0,0"
                "</gml:coordinates></gml:LinearRing></gml:outerBoundaryIs></gml:Polygon>")
    feature = '{"type": "Feature", "properties": {"url": "%s/p"}, "geometry": {"type": "Polygon", "coordinates": ' \
              '[[[0,0],[1,0],[1,1],[0,0]]]}}' % url
    if case == "kml-network-link":
        area = tmp_path / "area.kml"
        area.write_text('<?xml version="1.0"?><kml xmlns="http://www.opengis.net/kml/2.2"><Document><NetworkLink><Link>'
                        f"<href>{url}/net.kml</href></Link></NetworkLink><Placemark><Polygon><outerBoundaryIs>"
                        f"<LinearRing>{ring}</LinearRing></outerBoundaryIs></Polygon></Placemark></Document></kml>")
    elif case == "gml-xlink-geometry":
        area = tmp_path / "area.gml"
        area.write_text('<?xml version="1.0"?><ogr:FeatureCollection xmlns:ogr="http://ogr.maptools.org/" '
                        'xmlns:gml="http://www.opengis.net/gml" xmlns:xlink="http://www.w3.org/1999/xlink">'
                        f'<gml:featureMember><ogr:a><ogr:geometryProperty xlink:href="{url}/g.gml#g1"/></ogr:a>'
                        f"</gml:featureMember><gml:featureMember><ogr:a><ogr:geometryProperty>{gml_ring}"
                        "</ogr:geometryProperty></ogr:a></gml:featureMember></ogr:FeatureCollection>")
    elif case == "gml-xsd-schema":
        area = _fetching_aoi("gml-wfs-schema", tmp_path, url)
        area.write_text(area.read_text().replace("wfs?SERVICE=WFS&amp;VERSION=1.0.0&amp;REQUEST=DescribeFeatureType"
                                                 "&amp;TYPENAME=ns:a", "schema.xsd"))
    else:
        crs = f', "crs": {{"type": "name", "properties": {{"name": "{url}/crs"}}}}' if case.endswith("url") else ""
        area = tmp_path / "area.geojson"
        area.write_text(f'{{"type": "FeatureCollection"{crs}, "features": [{feature}]}}')
    assert remote_vector(area) is None
    for key, value in USERS_GDAL.items():
        gdal.SetConfigOption(key, value)
    try:
        source = ogr.Open(str(area))
        for layer in source:
            layer.GetSpatialRef()
            for _ in layer:
                pass
        source = None
    finally:
        for key in USERS_GDAL:
            gdal.SetConfigOption(key, None)
    assert listener.connections() == 0


@pytest.mark.parametrize("name, remote", [
    ("/vsicurl/http://host/a.tif", True), ("/vsicurl?url=http://host/a.tif", True),
    ("/vsis3_streaming/bucket/a.tif", True), ("/vsizip//vsicurl/http://host/o.zip/a.tif", True),
    ("/vsizip/{/vsigs/bucket/o.zip}/a.tif", True), ("/vsisubfile/0_100,/vsiaz/c/a.tif", True),
    ("https://host/a.tif", True), ("WMS:http://host/wms?", True), ("PG:host=db dbname=x", True),
    ("GPKG:/vsicurl/http://host/s.gpkg:t", True), ('NETCDF:"/vsis3/bucket/a.nc":v', True),
    ('NETCDF:"http://host/dap":v', True), ("/VSICURL/http://host/a.tif", True), ("/vsiadls/c/a.tif", True),
    ("/vsioss_streaming/b/a.tif", True), ("/vsiwebhdfs/http://host/a.tif", True), ("/vsihdfs/a.tif", True),
    ("/vsiswift/c/a.tif", True), ("DERIVED_SUBDATASET:AMPLITUDE:/vsicurl/http://host/a.tif", True),
    ("/vsigzip//vsis3/bucket/a.vrt.gz", True), ("/vsitar/{/vsiaz_streaming/c/a.tar}/a.tif", True), ("/data/x/vsicurl_streaming/a.tif", False),
    ("/data/vsicurl/a.tif", False), ("/home/ann/vsis3 backup/a.tif", False), ("/data/vsiazure/a.tif", False),
    ("/vsizip//data/o.zip/a.tif", False), ("/data/wms: scenes/a.tif", False), ("C:/data/a.tif", False),
], ids=lambda v: str(v))
def test_only_names_gdal_reads_over_the_network_count_as_remote(name, remote):
    """A local folder named like a handler (vsicurl, vsis3 backup) is a folder: only a handler GDAL takes as one
    (at the start, or after another handler) counts."""
    from planet_qgis_plugin.core.pipeline.scan import NETWORK_NAME

    assert bool(NETWORK_NAME.search(name)) is remote


def test_a_description_too_long_to_check_whole_is_refused(monkeypatch, make_raster, tmp_path):
    """A VRT (or MRF) longer than the description this tool reads whole (MAX_DESCRIPTION_BYTES, 64 MB; 1 MB here) is
    refused in one line rather than checked in part: only its first 4 MB were read, the rest left to GDAL."""
    from planet_qgis_plugin.core.errors import RasterError
    from planet_qgis_plugin.core.pipeline import raster, scan

    make_raster(64, 64, count=3, dtype="uint8", name="src.tif")
    _vrt(tmp_path / "s.vrt", "src.tif", relative=True)
    text = (tmp_path / "s.vrt").read_text()
    (tmp_path / "s.vrt").write_text(text.replace('">', '"><Metadata><MDI key="note">' + "x" * (2 * 1024 * 1024)
                                                 + "</MDI></Metadata>", 1))
    monkeypatch.setattr(scan, "MAX_DESCRIPTION_BYTES", 1024 * 1024)
    with pytest.raises(RasterError, match=r"s.vrt is 2 MB of text, more than the 1 MB of a raster description") as e:
        raster.open_raster(tmp_path / "s.vrt")
    assert "\n" not in str(e.value) and "gdalbuildvrt" in str(e.value)
    monkeypatch.undo()
    scan._FACTS.clear()  # what was found under the lower limit
    with raster.open_raster(tmp_path / "s.vrt") as src:  # within the limit: checked whole, and local
        assert src.count == 3


def test_a_long_description_is_read_in_chunks_not_whole(make_raster, tmp_path):
    """The check of a 20 MB VRT holds a chunk at a time, not the file (tracemalloc's peak of the scan)."""
    import tracemalloc

    from planet_qgis_plugin.core.pipeline import scan

    make_raster(64, 64, count=3, dtype="uint8", name="src.tif")
    _vrt(tmp_path / "s.vrt", "src.tif", relative=True)
    text = (tmp_path / "s.vrt").read_text()
    mdi = "".join(f'<MDI key="k{i}">{"y" * 200}</MDI>' for i in range(100_000))
    (tmp_path / "s.vrt").write_text(text.replace('">', f'"><Metadata>{mdi}</Metadata>', 1))
    assert (tmp_path / "s.vrt").stat().st_size > 20_000_000
    tracemalloc.start()
    try:
        facts = scan.read_facts(tmp_path / "s.vrt", (tmp_path / "s.vrt").stat().st_size)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert facts.remote is None and not facts.python and not facts.too_large
    assert peak < 16 * 1024 * 1024, peak


def test_a_raw_image_is_not_taken_for_a_description(monkeypatch, tmp_path):
    """A raw image (ENVI/EHdr .bil) whose bytes hold no NUL and a '<' early on is pixels, not text: opened, neither
    scanned to its end nor refused as a description too long to check (1 MB here)."""
    from planet_qgis_plugin.core.pipeline import raster, scan

    (tmp_path / "scene.bil").write_bytes(bytes(range(1, 256)) * (3 * 256 * 256 // 255 + 1))
    (tmp_path / "scene.hdr").write_text("BYTEORDER I\nLAYOUT BIL\nNROWS 256\nNCOLS 256\nNBANDS 3\nNBITS 8\n")
    monkeypatch.setattr(scan, "MAX_DESCRIPTION_BYTES", 64 * 1024)
    with raster.open_raster(tmp_path / "scene.bil") as src:
        assert src.count == 3 and src.driver == "EHdr"
