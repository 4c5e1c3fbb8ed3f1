"""The Processing algorithm "Classify raster" inside QGIS with bad inputs: a clear QgsProcessingException
(never a crash of QGIS), the device reported, and no partial or clobbered output, also when cancelled."""
from __future__ import annotations

import gc
import shutil
import sys
from contextlib import contextmanager

import numpy as np
import pytest

from ..conftest import CAPE_TOWN_SR, edit_manifest, qgis_python_plugins
from .conftest import snapshot

PROCESSING_PLUGINS = qgis_python_plugins()
ALG = "planet_classifier:classify_raster"


@pytest.fixture
def run_alg(qgis_app, qgis_processing):
    if PROCESSING_PLUGINS not in sys.path:
        sys.path.append(PROCESSING_PLUGINS)
    import processing
    from qgis.core import QgsApplication, QgsProcessingContext, QgsProcessingFeedback

    from planet_qgis_plugin.processing.provider import PlanetClassifierProvider

    class Feedback(QgsProcessingFeedback):
        def __init__(self, cancel_at=None):
            super().__init__()
            self.infos, self.warnings, self.cancel_at = [], [], cancel_at
            self.progressChanged.connect(self._progress)

        def _progress(self, value):
            if self.cancel_at is not None and value >= self.cancel_at:
                self.cancel()

        def pushInfo(self, info):  # noqa: N802
            self.infos.append(info)
            super().pushInfo(info)

        def pushWarning(self, warning):  # noqa: N802
            self.warnings.append(warning)
            super().pushWarning(warning)

    registry = QgsApplication.processingRegistry()
    provider = None
    if registry.algorithmById(ALG) is None:
        provider = PlanetClassifierProvider()
        registry.addProvider(provider)

    contexts = []

    def run(params, cancel_at=None):
        feedback = Feedback(cancel_at)
        context = QgsProcessingContext()  # ours, so its temporary raster layers can be freed below
        contexts.append(context)
        return processing.run(ALG, params, context=context, feedback=feedback), feedback

    yield run
    # raster layers must be gone before QGIS exits, or exitQgis() segfaults
    for context in contexts:
        context.temporaryLayerStore().removeAllMapLayers()
    contexts.clear()
    gc.collect()
    if provider is not None:
        registry.removeProvider(provider)


_LAYERS: list = []


def _layer(path):
    """A raster layer for INPUT; freed by the ``free_layers`` fixture before QGIS exits."""
    from qgis.core import QgsRasterLayer

    _LAYERS.append(QgsRasterLayer(str(path), "scene"))
    return _LAYERS[-1]


@pytest.fixture(autouse=True)
def free_layers():
    """Destroy the test's raster layers now: tracebacks kept by Processing errors can hold them until
    interpreter shutdown, after QGIS has exited, where deleting a raster layer segfaults."""
    yield
    from qgis.PyQt import sip

    for layer in _LAYERS:
        if not sip.isdeleted(layer):
            sip.delete(layer)
    _LAYERS.clear()
    gc.collect()


def test_missing_raster_file(run_alg, tmp_path, untrained_bundle):
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException) as info:
        run_alg({"INPUT": str(tmp_path / "gone.tif"), "BUNDLE": str(untrained_bundle.path),
                 "OUTPUT": str(tmp_path / "o.gpkg")})
    assert "INPUT" in str(info.value) or "raster" in str(info.value)
    assert not (tmp_path / "o.gpkg").exists()


@pytest.mark.parametrize("case, message", [
    ("truncated", "is damaged or truncated"),
    ("bundle-v3", "manifest format 3 is not supported"),
    ("aoi-outside", "does not intersect"),
    ("extent-without-width", "the extent (EXTENT) is empty (no width or no height)"),
    ("two-bands", "cannot tell which of the raster's 2 band(s)"),
])
def test_bad_inputs_raise_a_clear_processing_error(run_alg, tmp_path, untrained_bundle, make_raster, case, message,
                                                  outdir):
    from qgis.core import QgsProcessingException

    before = snapshot(outdir)  # outdir holds previous.gpkg, an earlier result
    scene, bundle, extra = CAPE_TOWN_SR, untrained_bundle.path, {}
    if case == "truncated":
        full = make_raster(600, 600, name="full.tif")
        scene = tmp_path / "cut.tif"
        scene.write_bytes(full.read_bytes()[: full.stat().st_size // 2])
    elif case == "bundle-v3":
        bundle = tmp_path / "bundle"
        shutil.copytree(untrained_bundle.path, bundle)
        edit_manifest(bundle, format=3)
    elif case == "aoi-outside":
        extra = {"EXTENT": "10,11,10,11 [EPSG:4326]"}
    elif case == "extent-without-width":  # it said "the map extent is empty", of a run with no map
        extra = {"EXTENT": "18.4,18.4,-33.9,-33.8 [EPSG:4326]"}
    elif case == "two-bands":
        scene = make_raster(300, 300, count=2, name="two.tif")
    with pytest.raises(QgsProcessingException, match=message.replace("(", r"\(").replace(")", r"\)")) as info:
        run_alg({"INPUT": _layer(scene), "BUNDLE": str(bundle), "BATCH_SIZE": 2,
                 "OUTPUT": str(outdir / "previous.gpkg"), **extra})
    assert "Traceback" not in str(info.value) and len(str(info.value).splitlines()) == 1
    assert snapshot(outdir) == before


def test_processing_takes_max_tiles_as_the_command_lines_do(run_alg, tmp_path, untrained_bundle, outdir):
    """The advanced parameter MAX_TILES ("Most tiles to classify (--max-tiles)", default MAX_TILES, help text
    the command lines' own) moves the ceiling as classify --max-tiles does: a 16-tile scene is refused under
    15, the earlier output kept, and classified under 16."""
    from qgis.core import QgsApplication, QgsProcessingException, QgsProcessingParameterDefinition

    from planet_qgis_plugin.core.pipeline.run_size import MAX_TILES, MAX_TILES_HELP

    from .test_raster_open import sixteen_tiles

    scene = sixteen_tiles(tmp_path / "scene.tif")
    before = snapshot(outdir)
    with pytest.raises(QgsProcessingException, match="16 tiles of 256 px: more than 15 to classify in one run"):
        run_alg({"INPUT": _layer(scene), "BUNDLE": str(untrained_bundle.path), "MAX_TILES": 15,
                 "OUTPUT": str(outdir / "previous.gpkg")})
    assert snapshot(outdir) == before
    result, _ = run_alg({"INPUT": _layer(scene), "BUNDLE": str(untrained_bundle.path), "MAX_TILES": 16,
                         "OUTPUT": str(tmp_path / "o.gpkg")})
    assert result["TILES"] == 16
    parameter = QgsApplication.processingRegistry().algorithmById(ALG).parameterDefinition("MAX_TILES")
    assert parameter.flags() & QgsProcessingParameterDefinition.FlagAdvanced
    assert parameter.defaultValue() == MAX_TILES and parameter.help().lower() == MAX_TILES_HELP.lower()


def test_processing_change_takes_max_tiles_as_the_command_lines_do(run_alg, tmp_path, outdir):
    """Change between two rasters has the same advanced MAX_TILES as Classify raster (it had none: two large
    rasters could not be compared from QGIS): two 16-tile scenes are refused under 15, nothing written, and
    compared under 16."""
    import processing
    from qgis.core import QgsProcessingException, QgsProcessingFeedback

    from .test_raster_open import sixteen_tiles

    change = "planet_classifier:change_between_classifications"
    a, b = (str(sixteen_tiles(tmp_path / f"{name}.tif", crs=True)) for name in "ab")  # paths: no layer outlives QGIS
    before = snapshot(outdir)
    with pytest.raises(QgsProcessingException, match="16 tiles of 256 px in the overlap of BEFORE and AFTER: more than 15 to "
                                                     "classify in one run"):
        processing.run(change, {"BEFORE": a, "AFTER": b, "MAX_TILES": 15, "OUTPUT": str(outdir / "c.gpkg")},
                       feedback=QgsProcessingFeedback())
    assert snapshot(outdir) == before
    result = processing.run(change, {"BEFORE": a, "AFTER": b, "MAX_TILES": 16, "OUTPUT": str(tmp_path / "c.gpkg")},
                            feedback=QgsProcessingFeedback())
    assert result["COMPARED"] == 16


@pytest.mark.parametrize("output, message", [
    ("tiles.shp", r"must end in \.gpkg"),
    ("tiles.gpkg|layername=mine", r"names a layer in a GeoPackage; give the file alone \(e\.g\. .*tiles\.gpkg\)"),
], ids=["shapefile", "a-layer-in-a-geopackage"])
def test_an_output_that_is_not_a_geopackage_is_refused_before_any_work(run_alg, tmp_path, untrained_bundle, output,
                                                                       message):
    """A layer in a GeoPackage (QGIS's "x.gpkg|layername=foo") was told it "must end in .gpkg", which it does."""
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException, match=message) as info:
        run_alg({"INPUT": _layer(CAPE_TOWN_SR), "BUNDLE": str(untrained_bundle.path),
                 "OUTPUT": str(tmp_path / "new" / output)})
    assert len(str(info.value).splitlines()) == 1
    assert not (tmp_path / "new").exists()


@pytest.mark.parametrize("percent", [10, 50, 99])
def test_cancel_keeps_the_previous_output(run_alg, tmp_path, tiny_bundle, make_raster, percent, outdir):
    from qgis.core import QgsProcessingException

    scene = make_raster(320, 320, count=3, dtype="uint8")     # 100 chips of 32 px
    before = snapshot(outdir)  # outdir holds previous.gpkg, an earlier result
    with pytest.raises(QgsProcessingException, match="cancelled by the user; no output was written"):
        run_alg({"INPUT": _layer(scene), "BUNDLE": str(tiny_bundle.path), "BATCH_SIZE": 1,
                 "OUTPUT": str(outdir / "previous.gpkg")}, cancel_at=percent)
    assert snapshot(outdir) == before


def test_cuda_unavailable_and_the_device_is_reported(run_alg, tmp_path, untrained_bundle):
    import torch

    result, feedback = run_alg({"INPUT": _layer(CAPE_TOWN_SR), "BUNDLE": str(untrained_bundle.path),
                                "BACKEND": "torch", "DEVICE": "cuda", "BATCH_SIZE": 2, "OUTPUT": str(tmp_path / "o.gpkg")})
    device = "cuda" if torch.cuda.is_available() else "cpu"
    assert result["DEVICE"] == device and result["BACKEND"] == "torch"
    assert any(i.startswith(f"device: {device}, backend: torch") for i in feedback.infos), feedback.infos
    if device == "cpu":
        assert "CUDA requested but not available to torch: using CPU" in feedback.warnings
    assert np.isfinite(result["TILES"])


def test_processing_teach_writes_the_fields_and_the_saved_bundle_or_neither(qgis_app, qgis_processing, tmp_path,
                                                                            monkeypatch):
    """#23 D2 in Processing: the saved bundle goes in place just before the fields commit; when that fails
    (a full disk after the copy took the folder's place), the layer and the earlier saved bundle are kept."""
    if PROCESSING_PLUGINS not in sys.path:
        sys.path.append(PROCESSING_PLUGINS)
    import processing
    from qgis.core import QgsProcessingException, QgsProcessingFeedback

    from planet_qgis_plugin.core.model.bundle import load_bundle
    from planet_qgis_plugin.core.teach import save
    from planet_qgis_plugin.core.teach.fit import teach

    from ..core.teach_data import BACKBONE, bundle_with_embedding, planted, write_tile_gpkg
    from .test_teach_hostile import _fail_publish_after_moving, snapshot

    gpkg = write_tile_gpkg(tmp_path / "tiles.gpkg", planted()[0])
    bundle = load_bundle(bundle_with_embedding(tmp_path / "bundle"))
    target = save.save_concept(teach(planted()[0], [0, 1], name="old", backbone_id=BACKBONE).concept, bundle,
                               tmp_path / "saved").path
    before, layer_bytes = snapshot(target), gpkg.read_bytes()
    monkeypatch.setattr(save.StagedBundle, "publish", _fail_publish_after_moving(save.StagedBundle))
    with teach_algorithm_on(gpkg) as layer:
        with pytest.raises(QgsProcessingException, match="No space left"):
            processing.run("planet_classifier:teach_concept",
                           {"INPUT": layer, "NAME": "pits", "POSITIVE": '"fid" IN (1, 2)', "BUNDLE": str(bundle.path),
                            "SAVE_TO": str(target)}, feedback=QgsProcessingFeedback())
        assert "p_pits" not in layer.dataProvider().fields().names()
    assert gpkg.read_bytes() == layer_bytes and snapshot(target) == before
    assert not [p.name for p in tmp_path.iterdir() if p.name.startswith(".")]


@contextmanager
def teach_algorithm_on(gpkg):
    """The tile layer of ``gpkg`` with the Teach algorithm registered (the provider added for the block if QGIS
    has none); the layer is released before the provider goes, as QGIS needs. The layer is the project's, as an
    analyst's is: a layer of no project that a failed Teach run had seen crashed QGIS at exit (segmentation fault
    after the last test)."""
    from qgis.core import QgsApplication, QgsProject, QgsVectorLayer

    from planet_qgis_plugin.processing.provider import PlanetClassifierProvider

    registry = QgsApplication.processingRegistry()
    provider = None
    if registry.algorithmById("planet_classifier:teach_concept") is None:
        provider = PlanetClassifierProvider()
        registry.addProvider(provider)
    layer = QgsVectorLayer(f"{gpkg}|layername=tiles", "tiles", "ogr")
    QgsProject.instance().addMapLayer(layer, False)  # the project owns it, and deletes it when it is removed
    try:
        yield layer
    finally:
        QgsProject.instance().removeMapLayer(layer.id())
        del layer
        gc.collect()
        if provider is not None:
            registry.removeProvider(provider)


@pytest.fixture
def two_runs(run_alg, tmp_path, untrained_bundle):
    """BEFORE and AFTER: two tile layers of one scene (a copy in tmp_path/in) classified through Processing."""
    folder = tmp_path / "in"
    folder.mkdir()
    scene = folder / "scene.tif"
    shutil.copyfile(CAPE_TOWN_SR, scene)
    run_alg({"INPUT": _layer(scene), "BUNDLE": str(untrained_bundle.path), "OUTPUT": str(folder / "a.gpkg")})
    shutil.copyfile(folder / "a.gpkg", folder / "b.gpkg")
    return folder


CHANGE = "planet_classifier:change_between_classifications"


@pytest.mark.parametrize("report, message", [
    ("in/b.gpkg", r"report .*b.gpkg is the input .*b.gpkg; choose another name"),     # AFTER
    ("in/look.html", r"report .*look.html is the input .*look.html; choose another"),  # the AFTER scene
    ("out/c.gpkg", "the output and the report are both .*c.gpkg; give each its own name"),
    ("out/c.txt", r"report .*c.txt must end in .html"),
])
def test_change_never_writes_its_report_over_an_input_or_its_output(tmp_path, two_runs, report, message):
    """The change algorithm's REPORT is checked as `change --report` checks it, before anything is written. It
    wrote the HTML report over the AFTER tile layer, over the AFTER scene, or over the change layer it had just
    written, and took a report named .txt."""
    import processing
    from qgis.core import QgsProcessingException, QgsProcessingFeedback

    shutil.copyfile(two_runs / "scene.tif", two_runs / "look.html")   # the AFTER scene under an odd name
    before = snapshot(two_runs)
    with pytest.raises(QgsProcessingException, match=message) as info:
        processing.run(CHANGE, {"BEFORE": str(two_runs / "a.gpkg"), "AFTER": str(two_runs / "b.gpkg"),
                                "AFTER_SCENE": str(two_runs / "look.html"), "OUTPUT": str(tmp_path / "out" / "c.gpkg"),
                                "REPORT": str(tmp_path / report)}, feedback=QgsProcessingFeedback())
    assert len(str(info.value).splitlines()) == 1
    assert snapshot(two_runs) == before and not (tmp_path / "out").exists()


def test_change_makes_the_report_folder_and_refuses_an_export_named_like_its_output(tmp_path, two_runs):
    """A report in a folder that does not exist is written (its folder made, as the output's is; it failed after
    the change layer was written); an export folder named like the output is refused before either is written."""
    import processing
    from qgis.core import QgsProcessingException, QgsProcessingFeedback

    params = {"BEFORE": str(two_runs / "a.gpkg"), "AFTER": str(two_runs / "b.gpkg")}
    with pytest.raises(QgsProcessingException, match="the output and the export folder are both"):
        processing.run(CHANGE, {**params, "OUTPUT": str(tmp_path / "c.gpkg"), "EXPORT": str(tmp_path / "c.gpkg")},
                       feedback=QgsProcessingFeedback())
    assert not (tmp_path / "c.gpkg").exists()
    result = processing.run(CHANGE, {**params, "OUTPUT": str(tmp_path / "c.gpkg"),
                                     "REPORT": str(tmp_path / "new" / "r.html")}, feedback=QgsProcessingFeedback())
    assert result["REPORT"] == str(tmp_path / "new" / "r.html") and (tmp_path / "new" / "r.html").is_file()


@pytest.mark.parametrize("expressions", [{"POSITIVE": '"nosuch" = 1'},
                                         {"POSITIVE": '"fid" IN (1, 2)', "NEGATIVE": '"rwo" > 0'}])
def test_teach_says_which_expression_cannot_be_evaluated(qgis_app, qgis_processing, tmp_path, expressions):
    """A positive or negative expression naming a field the layer lacks matched nothing in silence: the
    positive one was told 'select the tiles ... (or give a positive expression)' although one was given, the
    negative one taught without negatives. Now one line names the expression and the field, nothing written."""
    if PROCESSING_PLUGINS not in sys.path:
        sys.path.append(PROCESSING_PLUGINS)
    import processing
    from qgis.core import QgsProcessingException, QgsProcessingFeedback

    from ..core.teach_data import bundle_with_embedding, planted, write_tile_gpkg

    gpkg = write_tile_gpkg(tmp_path / "tiles.gpkg", planted()[0])
    bundle = bundle_with_embedding(tmp_path / "bundle")
    layer_bytes = gpkg.read_bytes()
    key, text = list(expressions.items())[-1]
    field = text.split('"')[1]
    with teach_algorithm_on(gpkg) as layer:
        with pytest.raises(QgsProcessingException, match=f"{key.lower()} expression .*cannot be evaluated on tiles: "
                                                         f".*'{field}' not found; correct the expression") as info:
            processing.run("planet_classifier:teach_concept", {"INPUT": layer, "NAME": "pits", "BUNDLE": str(bundle),
                                                                **expressions}, feedback=QgsProcessingFeedback())
        assert len(str(info.value).splitlines()) == 1
    assert gpkg.read_bytes() == layer_bytes


def test_a_failed_or_cancelled_run_leaves_no_new_output_folder(run_alg, tmp_path, tiny_bundle, make_raster, two_runs):
    """Processing makes an output's missing folders; a run that then failed (a band the raster lacks, a GeoPackage
    without tiles) or was cancelled removed its file but left the new, empty folders behind. Now they go too."""
    import processing
    from qgis.core import QgsProcessingException, QgsProcessingFeedback

    scene = make_raster(320, 320, count=3, dtype="uint8")
    with pytest.raises(QgsProcessingException, match="outside the raster's bands"):
        run_alg({"INPUT": _layer(scene), "BUNDLE": str(tiny_bundle.path), "BANDS": "red=9,green=2,blue=1",
                 "OUTPUT": str(tmp_path / "new" / "deeper" / "o.gpkg")})
    with pytest.raises(QgsProcessingException, match="cancelled by the user"):
        run_alg({"INPUT": _layer(scene), "BUNDLE": str(tiny_bundle.path), "BATCH_SIZE": 1,
                 "OUTPUT": str(tmp_path / "new" / "o.gpkg")}, cancel_at=50)
    from osgeo import ogr

    other = ogr.GetDriverByName("GPKG").CreateDataSource(str(tmp_path / "other.gpkg"))
    other.CreateLayer("other", geom_type=ogr.wkbPolygon)
    other = None
    with pytest.raises(QgsProcessingException, match="has no layer 'tiles'"):   # found by the run, not before
        processing.run(CHANGE, {"BEFORE": str(tmp_path / "other.gpkg"), "AFTER": str(two_runs / "a.gpkg"),
                                "OUTPUT": str(tmp_path / "new" / "c.gpkg"),
                                "REPORT": str(tmp_path / "new" / "r" / "r.html")}, feedback=QgsProcessingFeedback())
    assert not (tmp_path / "new").exists()


def test_a_raster_inside_a_zip_is_told_to_be_extracted(run_alg, tmp_path, untrained_bundle, outdir):
    """A scene opened from its Planet download without unzipping (/vsizip/...): QGIS shows it, the classifier
    reads plain files only. It said 'raster /vsizip/... does not exist'; now it says to extract it."""
    import zipfile

    from qgis.core import QgsProcessingException

    with zipfile.ZipFile(tmp_path / "order.zip", "w") as archive:
        archive.write(CAPE_TOWN_SR, "files/scene.tif")
    layer = _layer(f"/vsizip/{tmp_path / 'order.zip'}/files/scene.tif")
    assert layer.isValid()
    before = snapshot(outdir)
    with pytest.raises(QgsProcessingException, match="is read from inside an archive .*: extract it") as info:
        run_alg({"INPUT": layer, "BUNDLE": str(untrained_bundle.path), "OUTPUT": str(outdir / "previous.gpkg")})
    assert len(str(info.value).splitlines()) == 1 and snapshot(outdir) == before


def test_an_output_of_the_analysts_own_layers_that_another_program_is_writing_is_not_replaced(run_alg, tmp_path,
                                                                                              untrained_bundle):
    """Processing refuses an output GeoPackage holding the analyst's own layers; where another program held that
    file's write lock as the run began, its layers could not be listed, and the run went on to replace the file
    once the lock was gone. It is refused in one line, the file intact."""
    import sqlite3

    from osgeo import ogr
    from qgis.core import QgsProcessingException

    mine = tmp_path / "project.gpkg"
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(mine))
    ds.CreateLayer("roads", geom_type=ogr.wkbLineString)
    ds = None
    writer = sqlite3.connect(mine, timeout=0)
    writer.execute("BEGIN EXCLUSIVE")                 # another program, mid-write
    try:
        with pytest.raises(QgsProcessingException, match="in use by another program") as info:
            run_alg({"INPUT": _layer(CAPE_TOWN_SR), "BUNDLE": str(untrained_bundle.path), "OUTPUT": str(mine)})
        assert len(str(info.value).splitlines()) == 1
    finally:
        writer.rollback()
        writer.close()
    conn = sqlite3.connect(mine)
    assert [r[0] for r in conn.execute("SELECT table_name FROM gpkg_contents")] == ["roads"]
    conn.close()
