"""The classified scene drawn in natural colour beside its tiles.

QGIS draws a raster of three or more bands with bands 1, 2, 3 as red, green, blue unless the file says
otherwise; a Planet analytic scene's bands are blue, green, red, near-infrared, so drawn that way it looks blue
and its clearings and mines are hard to see next to the tiles that flag them. After a run, where the scene's
layer still has QGIS's default bands and the run read other bands as red, green, blue, the layer takes the run's
bands, each stretched as QGIS stretches a new layer. A renderer the analyst chose (other bands, one band, a
palette) is left alone, and the message bar says what was changed (Layer Properties > Symbology undoes it).
"""
from __future__ import annotations

from qgis.core import QgsMultiBandColorRenderer, QgsRasterLayer

#: The bands QGIS draws as red, green, blue when the file names none.
QGIS_DEFAULT_BANDS = (1, 2, 3)


def show_natural_colour(layer, bands) -> bool:
    """Draw raster ``layer`` with ``bands`` (1-based, as red, green, blue) where it has QGIS's default bands
    (see the module docstring); True when it was changed."""
    bands = tuple(int(b) for b in bands or ())
    if not isinstance(layer, QgsRasterLayer) or not layer.isValid() or len(bands) != 3:
        return False
    renderer = layer.renderer()
    if type(renderer) is not QgsMultiBandColorRenderer:  # one band, a palette, a hillshade...: the analyst's choice
        return False
    current = (renderer.redBand(), renderer.greenBand(), renderer.blueBand())
    if current != QGIS_DEFAULT_BANDS or bands == current or not all(1 <= b <= layer.bandCount() for b in bands):
        return False
    layer.setRenderer(QgsMultiBandColorRenderer(layer.dataProvider(), *bands))
    layer.setDefaultContrastEnhancement()  # each band stretched as QGIS stretches a new layer
    layer.triggerRepaint()
    layer.emitStyleChanged()
    return True
