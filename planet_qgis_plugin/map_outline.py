"""The map during a review (the teach dock's chips, the alerts panel's alerts): the tile under review and the tiles
around it in view, the tile outlined without a fill so that the imagery shows through."""
from __future__ import annotations

from qgis.core import QgsCoordinateTransform, QgsProject, QgsWkbTypes
from qgis.PyQt.QtCore import Qt

ZOOM_TILES = 5.0      # the map shows the tile under review and this many tile widths around it


def zoom_to(canvas, geometry, crs) -> None:
    """The map on ``geometry`` (in ``crs``) and ZOOM_TILES of its widths around it."""
    transform = QgsCoordinateTransform(crs, canvas.mapSettings().destinationCrs(), QgsProject.instance())
    box = transform.transformBoundingBox(geometry.boundingBox())
    box.scale(ZOOM_TILES)
    canvas.setExtent(box)


def outline(canvas, geometry, crs, colour: tuple[int, int, int], width: int, style=Qt.SolidLine):
    """A hollow outline of the polygon ``geometry`` (in ``crs``: a tile, or part of one) on the map; remove() takes
    it off."""
    from qgis.gui import QgsRubberBand
    from qgis.PyQt.QtGui import QColor
    band = QgsRubberBand(canvas, QgsWkbTypes.PolygonGeometry)
    band.setToGeometry(geometry, crs)
    band.setColor(QColor(*colour))
    band.setFillColor(QColor(0, 0, 0, 0))
    band.setLineStyle(style)
    band.setWidth(width)
    return band


def remove(canvas, band) -> None:
    """Take an outline off the map (None: there is none)."""
    if band is not None:
        canvas.scene().removeItem(band)
