"""The Teach dock on the map canvas: zoom to a tile, outline it, map tips off while reviewing."""
from __future__ import annotations

from qgis.core import Qgis
from qgis.PyQt.QtCore import Qt

from ..map_outline import outline, remove, zoom_to
from ..runner import log


class CanvasMixin:
    """The map side of the review (the outlines are rubber bands on the canvas)."""

    def _map_tips(self, on: bool) -> None:
        """Map tips off while reviewing (a tip left on screen covers the tile); back on after if they were."""
        action = getattr(self.iface, "actionMapTips", lambda: None)()
        if action is None:
            return
        if not on:
            self._map_tips_were_on = action.isChecked()
            if action.isChecked():
                action.setChecked(False)
        elif self._map_tips_were_on and not action.isChecked():
            action.setChecked(True)

    def _zoom_to(self, feature) -> None:
        canvas = self.iface.mapCanvas()
        try:
            zoom_to(canvas, feature.geometry(), self.layer.crs())
            self._outline(feature)
            canvas.refresh()
        except Exception as exc:  # a canvas problem must not stop the loop
            log(f"teach: could not zoom to the tile ({exc})", Qgis.Warning)

    def _outline(self, feature) -> None:
        """Outline the tile under review (no fill: the analyst must see the imagery)."""
        self.clear_outline()
        self.review_band = self._band(feature.geometry(), (255, 0, 0), 3)
        self._outline_cell(feature.id())

    def _band(self, geometry, colour: tuple[int, int, int], width: int, style=Qt.SolidLine):
        """A hollow outline of ``geometry`` (in the layer's CRS) on the map canvas."""
        return outline(self.iface.mapCanvas(), geometry, self.layer.crs(), colour, width, style)

    def clear_outline(self) -> None:
        for name in ("review_band", "cell_band"):
            band = getattr(self, name, None)
            setattr(self, name, None)
            remove(self.iface.mapCanvas(), band)
