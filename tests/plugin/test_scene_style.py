"""The classified scene drawn in natural colour only where QGIS drew it with its default bands (scene_style.py)."""
from __future__ import annotations

from qgis.core import QgsMultiBandColorRenderer, QgsRasterLayer, QgsSingleBandGrayRenderer

from planet_qgis_plugin.scene_style import show_natural_colour
from tests.plugin.conftest import BORNEO


def _bands(layer):
    r = layer.renderer()
    return r.redBand(), r.greenBand(), r.blueBand()


def test_default_bands_take_the_runs_and_each_band_is_stretched(qgis_app):
    layer = QgsRasterLayer(str(BORNEO), "borneo")
    assert _bands(layer) == (1, 2, 3)
    assert show_natural_colour(layer, (3, 2, 1))
    assert _bands(layer) == (3, 2, 1)
    stretch = layer.renderer().redContrastEnhancement()
    assert stretch is not None and stretch.maximumValue() > stretch.minimumValue()
    assert not show_natural_colour(layer, (3, 2, 1))  # once: now the bands are not QGIS's default
    del layer


def test_a_renderer_the_analyst_chose_is_left_alone(qgis_app):
    layer = QgsRasterLayer(str(BORNEO), "borneo")
    layer.setRenderer(QgsMultiBandColorRenderer(layer.dataProvider(), 4, 3, 2))  # false colour, on purpose
    assert not show_natural_colour(layer, (3, 2, 1)) and _bands(layer) == (4, 3, 2)
    layer.setRenderer(QgsSingleBandGrayRenderer(layer.dataProvider(), 4))
    assert not show_natural_colour(layer, (3, 2, 1))
    assert isinstance(layer.renderer(), QgsSingleBandGrayRenderer)
    del layer


def test_nothing_to_do_without_three_bands_the_layer_has(qgis_app):
    layer = QgsRasterLayer(str(BORNEO), "borneo")
    assert not show_natural_colour(layer, ())          # a bundle without RGB
    assert not show_natural_colour(layer, (1, 2, 3))   # the run read QGIS's bands
    assert not show_natural_colour(layer, (7, 2, 1))   # not a band of this raster
    assert not show_natural_colour(None, (3, 2, 1))    # the scene was a file, not a layer
    assert _bands(layer) == (1, 2, 3)
    del layer
