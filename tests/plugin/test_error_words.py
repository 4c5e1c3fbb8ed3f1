"""The core's one-line errors in QGIS's language: met through a QGIS face of a Portuguese QGIS (the Classify dialog's
run, a Processing algorithm, the Teach panel, the Alerts dock) they read in Portuguese, as the shipped .ts file has
them; the same inputs through the core without a face (as the command line runs it) say them in English, as before."""
from __future__ import annotations

import shutil

import numpy as np
import pytest

from scripts import translations
from tests.conftest import RAPIDEYE, VISUAL_RGBA

needs_tools = pytest.mark.skipif(not (shutil.which("pylupdate5") and shutil.which("lrelease")),
                                 reason="pylupdate5 / lrelease missing (scripts/setup.sh installs them)")


@pytest.fixture
def portuguese(tmp_path_factory, qgis_app):
    """QGIS's translator for pt_BR, loaded from the .qm compiled from the shipped .ts, as the plugin installs it."""
    from planet_qgis_plugin import i18n

    folder = tmp_path_factory.mktemp("qm")
    translations.compile_all(folder)
    translator = i18n.install("pt_BR", folder)
    assert translator is not None
    yield
    i18n.remove(translator)


def _other_backbone_concept(path, bundle):
    """A concept file taught on another network than ``bundle``'s (its weights fit, its backbone does not)."""
    from planet_qgis_plugin.core.model.concepts import CONCEPT_GROUPS, Concept
    from planet_qgis_plugin.core.teach.concept_file import ConceptFile, write_concept_file

    size = bundle.manifest.embedding.size
    concept = Concept(name="pits", group=CONCEPT_GROUPS[0], weights=[0.01] * size, bias=0.0, threshold=0.5,
                      backbone_id="another-network")
    return write_concept_file(ConceptFile(concept, np.zeros((0, size), "float32"), np.zeros((0, size), "float32")),
                              path)


def _run_error(cancel=None, **request) -> str:
    """The one line the Classify dialog's task shows for ``request`` (runner.run_classification, as the task runs it;
    ``cancel``: the task's Cancel button)."""
    from planet_qgis_plugin.core.errors import PlanetClassifierError
    from planet_qgis_plugin.runner import ClassifyRequest, run_classification

    with pytest.raises(PlanetClassifierError) as info:
        run_classification(ClassifyRequest(**request), cancel=cancel)
    return str(info.value)


def _run_errors(tmp_path) -> list[str]:
    from planet_qgis_plugin.core.model.bundle import resolve_bundle

    gpkg_scene = tmp_path / "scene.gpkg"   # a GeoPackage raster: the output named as the input
    from osgeo import gdal
    gdal.Translate(str(gpkg_scene), str(VISUAL_RGBA), format="GPKG")   # 8-bit RGBA: a GeoPackage raster holds it
    concept = _other_backbone_concept(tmp_path / "pits.concept.json", resolve_bundle(None))
    return [_run_error(raster=str(tmp_path / "missing.tif"), output=str(tmp_path / "out.gpkg")),
            _run_error(raster=str(RAPIDEYE), output=str(tmp_path / "no such folder" / "out.gpkg")),
            _run_error(raster=str(gpkg_scene), output=str(gpkg_scene), overwrite=True),
            _run_error(raster=str(RAPIDEYE), output=str(tmp_path / "out.gpkg"), concepts=(str(concept),)),
            _run_error(raster=str(RAPIDEYE), output=str(tmp_path / "out.gpkg"), cancel=lambda: True)]


@needs_tools
def test_the_classify_run_says_what_is_wrong_in_portuguese(portuguese, tmp_path):
    missing, folder, same, concept, cancelled = _run_errors(tmp_path)
    assert missing == f"o raster {tmp_path / 'missing.tif'} não existe"
    assert folder == (f"a pasta de saída {tmp_path / 'no such folder'} não existe; crie-a antes ou escolha outra "
                      "pasta")
    assert same.startswith(f"saída {tmp_path / 'scene.gpkg'} é a entrada ") and same.endswith(
        "; escolha outro nome (as entradas nunca são sobrescritas)")
    assert concept.startswith(f"o arquivo de conceito {tmp_path / 'pits.concept.json'} 'pits' foi ensinado com "
                              "embeddings do backbone another-network, mas o backbone deste modelo é ")
    assert concept.endswith("; ensine-o de novo com este modelo")
    assert cancelled == "cancelado pelo usuário; nenhuma saída foi gravada"


def test_without_qgis_the_same_runs_say_it_in_english(qgis_app, tmp_path):
    """No translator (the command line, the core on its own): the messages are the English ones, word for word."""
    missing, folder, same, concept, cancelled = _run_errors(tmp_path)
    assert missing == f"raster {tmp_path / 'missing.tif'} does not exist"
    assert folder == (f"output folder {tmp_path / 'no such folder'} does not exist; create it first, or choose "
                      "another folder")
    assert same.startswith(f"output {tmp_path / 'scene.gpkg'} is the input ") and same.endswith(
        "; choose another name (inputs are never written over)")
    assert concept.startswith(f"concept file {tmp_path / 'pits.concept.json'} 'pits' was taught on embeddings of "
                              "backbone another-network, but this model's backbone is ")
    assert cancelled == "cancelled by the user; no output was written"


@needs_tools
def test_a_processing_algorithm_says_it_in_portuguese(portuguese, qgis_processing, tmp_path):
    """A model bundle folder without its manifest, given to Classify raster: the algorithm's error line."""
    import processing
    from qgis.core import QgsProcessingException

    empty = tmp_path / "bundle"
    empty.mkdir()
    from qgis.core import QgsApplication

    from planet_qgis_plugin.processing.provider import PlanetClassifierProvider

    provider = PlanetClassifierProvider()
    assert QgsApplication.processingRegistry().addProvider(provider)
    try:
        with pytest.raises(QgsProcessingException) as info:
            processing.run("planet_classifier:classify_raster", {"INPUT": str(RAPIDEYE), "BUNDLE": str(empty),
                                                                 "OUTPUT": str(tmp_path / "out.gpkg")})
    finally:
        QgsApplication.processingRegistry().removeProvider(provider)
    assert str(info.value) == f"o pacote do modelo {empty} não tem manifest.json"


@needs_tools
def test_the_teach_panel_and_the_alerts_dock_say_it_in_portuguese(portuguese, plugin, show_layer, tmp_path):
    """Loading a concept file of another network onto a tile layer, and opening a tile layer as a change layer."""
    from qgis.core import QgsVectorLayer

    from planet_qgis_plugin.core.model.bundle import resolve_bundle
    from planet_qgis_plugin.core.pipeline.classify import classify

    tiles = tmp_path / "tiles.gpkg"
    classify(str(RAPIDEYE), str(tiles))
    layer = show_layer(QgsVectorLayer(f"{tiles}|layername=tiles", "tiles", "ogr"))
    concept = _other_backbone_concept(tmp_path / "pits.concept.json", resolve_bundle(None))
    panel = plugin.toggle_teach_panel(True)
    panel.set_layer(layer)
    before = layer.fields().names()
    assert not panel.load_concept(str(concept))
    said = panel.bar.currentItem().text()
    assert "foi ensinado com embeddings do backbone another-network" in said, said
    assert layer.fields().names() == before
    alerts = plugin.action_alerts.toggle_panel(True)
    assert not alerts.load(str(tiles))
    assert alerts.status.text() == f"erro: {tiles} não tem a camada 'changes'; informe um GeoPackage gravado por `change`"


@needs_tools
@pytest.mark.parametrize("keep", [0.5, 0.95])
def test_a_raster_found_damaged_by_the_reading_threads_says_it_in_portuguese(portuguese, tmp_path, keep):
    """A GeoTIFF cut off in its pixel data is found damaged while its blocks are read, by the statistics' or the
    readers' threads, not the thread the QGIS face set its words in: the line is Portuguese all the same."""
    import rasterio
    from rasterio.transform import Affine

    full = tmp_path / "full.tif"
    with rasterio.open(full, "w", driver="GTiff", width=600, height=600, count=4, dtype="uint16", crs="EPSG:32649",
                       transform=Affine(3, 0, 7e5, 0, -3, 1e5)) as dst:
        dst.write(np.random.default_rng(0).integers(1, 4000, (4, 600, 600)).astype("uint16"))
    cut = tmp_path / "cut.tif"
    data = full.read_bytes()
    cut.write_bytes(data[:int(len(data) * keep)])
    said = _run_error(raster=str(cut), output=str(tmp_path / "out.gpkg"))
    assert said.startswith("cut.tif está danificado ou truncado: seus pixels não podem ser lidos ("), said
    assert not (tmp_path / "out.gpkg").exists()


@needs_tools
def test_a_model_that_cannot_be_loaded_says_it_in_portuguese(portuguese, tmp_path):
    """The network is loaded in a thread of its own while the scene's statistics are read (predict.start_predictor):
    a model file cut short is found there, and the line is Portuguese all the same."""
    from planet_qgis_plugin.core.model.bundle import resolve_bundle

    folder = tmp_path / "bundle"
    shutil.copytree(resolve_bundle(None).path, folder)
    model = folder / "model.onnx"
    model.write_bytes(model.read_bytes()[:model.stat().st_size // 3])
    said = _run_error(raster=str(RAPIDEYE), output=str(tmp_path / "out.gpkg"), bundle=str(folder),
                      backend="onnx")
    assert "o modelo ONNX não pode ser carregado (" in said, said
    assert not (tmp_path / "out.gpkg").exists()
