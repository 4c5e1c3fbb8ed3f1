""""Where?": the quarter of each chip where the concept is (core/teach/locate.py in a background task),
boxed on the chip and outlined on the map."""
from __future__ import annotations

from qgis.core import Qgis
from qgis.PyQt.QtCore import Qt

from ..core.errors import PlanetClassifierError
from ..core.wording import count, words
from ..i18n import tr
from ..map_outline import remove
from ..runner import log
from .review import CHIP_PX

CELL_COLOUR = (255, 230, 0)  # the located quarter of a chip: on the thumbnail and on the map
#: Chips located per call in Where?'s task: between calls it says its progress and stops when cancelled (in QGIS's
#: task list, or Where? unticked); one call for the gallery's 12 ran to its end whatever the cancel. 12 chips of
#: culltivation2 (load 6.5, median of 3): one call 1.73 s, 3 calls of 4 1.98 s, 12 calls of 1 3.30 s
#: (windows shared by neighbouring chips are read once per call).
LOCATE_CHUNK = 4


class WhereMixin:
    """Locate the gallery's chips, keep what was found per fit, draw it."""

    def _where_toggled(self, on: bool) -> None:
        if not on and self._locate_task is not None:   # unticked: the chips under way are not wanted now
            self._locate_dropped = self._locate_task
            self._locate_task.cancel()
        if self.review_on:
            self._locate_gallery()
        self._outline_cell(self.reviewing)

    def located(self, fid: int):
        """The located quarter (core Cell) of chip ``fid`` under the current fit, None where not (yet) known."""
        session = self.session()
        got = self._cells.get((self.layer.id(), int(fid))) if self.layer is not None else None
        return got[1] if got is not None and session is not None and got[0] is session.result else None

    def _locate_gallery(self) -> None:
        """Show the chips' located quarters known under the current fit; locate the others in a QgsTask (one at
        a time: a fit that changes meanwhile is located when the task ends)."""
        session = self.session()
        if not self.review_on or session is None or session.result is None:
            return
        layers = self._imagery_layers()
        for i in range(self.gallery.count()):
            item = self.gallery.item(i)
            item.setIcon(self._cell_icon(int(item.data(Qt.UserRole)), layers))
        if not self.where_check.isChecked() or self._locate_task is not None:
            return
        fids = [int(self.gallery.item(i).data(Qt.UserRole)) for i in range(self.gallery.count())]
        fids = [f for f in fids if self.located(f) is None]
        if not fids:
            return
        from ..task import quiet_task
        layer_id, result, concept = self.layer.id(), session.result, session.result.concept
        locator = self._locator(session)
        rasters = self._raster_sources()
        key = str(session.bundle.path)
        known = self._predictors.get(key)

        found = []    # the chips located so far: kept when the task is cancelled too

        def work(task):
            with words(tr):   # the task's thread: why a raster cannot be read, in QGIS's language there too
                if locator[1] is None:  # opening the raster and its statistics: off the GUI thread too
                    from ..core.pipeline.preprocess import remembered_statistics
                    from ..core.teach.locate import find_locator
                    with remembered_statistics():  # the classify run's, where it ran in this session
                        locator[1] = find_locator(session.data, session.bundle, rasters, predictor=known)
                for start in range(0, len(fids), LOCATE_CHUNK):
                    if task.isCanceled():
                        return None
                    found.extend(locator[1].locate(concept, fids[start:start + LOCATE_CHUNK]))
                    task.setProgress(100 * len(found) / len(fids))
                return found

        def done(exception, _found=None):
            if locator[1] is not None and locator[1].predictor is not None and self._predictors.get(key) is None:
                self._predictors[key] = locator[1].predictor   # the next layer of this bundle sets up no network
            task = self._locate_task
            cancelled = task is not None and task.isCanceled()
            self._locate_task = None
            for where in found:
                self._cells[(layer_id, where.fid)] = (result, where.best)
            if cancelled and task is self._locate_dropped:   # unticked by the analyst: nothing to say; ticked
                self._locate_dropped = None                  # again meanwhile: the chips left, now
                self._locate_gallery()
                return
            if cancelled or exception is not None or len(found) < len(fids):
                self._where_failed(None if cancelled else exception)
                return
            if self.layer is not None and self.layer.id() == layer_id:
                if self.reviewing is not None:
                    self._outline_cell(self.reviewing)
                self._locate_gallery()

        title = tr("Planet classifier: where in {chips}").format(chips=count(len(fids), tr("chip"), tr("chips")))
        self._locate_task = quiet_task(title, work, done, self.iface.messageBar())   # the chips show it is done

    @staticmethod
    def _raster_sources() -> list[str]:
        """The files of the project's GDAL raster layers: where "Where?" looks when the layer's raster has moved."""
        from qgis.core import QgsProject, QgsRasterLayer
        return [layer.source() for layer in QgsProject.instance().mapLayers().values()
                if isinstance(layer, QgsRasterLayer) and layer.providerType() == "gdal"]

    def _locator(self, session) -> list:
        """[tiles, Locator or None] of the layer (made by the first task; made again when the tiles are read
        again)."""
        kept = self._locators.get(self.layer.id())
        if kept is None or kept[0] is not session.data:
            kept = self._locators[self.layer.id()] = [session.data, None]
        return kept

    def let_go_predictors(self, keep_used: bool = True) -> None:
        """Drop the networks (ONNX sessions) of bundles no tile layer's session uses any more (a layer removed);
        with ``keep_used`` False, all of them and the locators that hold them (the plugin unloading)."""
        if not keep_used:
            self._locators.clear()
        used = {str(session.bundle.path) for session in self.sessions.values()} if keep_used else set()
        for key in [key for key in self._predictors if key not in used]:
            del self._predictors[key]

    def _where_failed(self, exception) -> None:
        """A raster gone or replaced (``exception``), or the task cancelled (None): say so once and stop asking
        (the box unticks)."""
        self.where_check.blockSignals(True)
        self.where_check.setChecked(False)
        self.where_check.blockSignals(False)
        text = (tr("cancelled: tick Where? again to locate the chips") if exception is None else
                str(exception) if isinstance(exception, PlanetClassifierError) else repr(exception))
        self.bar.clearWidgets()
        self.bar.pushMessage(tr("Where?"), text, Qgis.Warning, 10)
        log(f"teach: where in the chip: {text}", Qgis.Warning)

    def _cell_icon(self, fid: int, layers):
        """The chip's icon, with its located quarter drawn on it when "Where?" is on and it is known."""
        icon = self._chip_icon(fid, layers)
        cell = self.located(fid) if self.where_check.isChecked() else None
        if cell is None:
            return icon
        from qgis.PyQt.QtGui import QColor, QIcon, QPainter, QPen
        pixmap = icon.pixmap(CHIP_PX, CHIP_PX)
        rect = self._cell_rect(fid, cell)
        if rect is not None:
            painter = QPainter(pixmap)
            painter.setPen(QPen(QColor(*CELL_COLOUR), 2))
            painter.drawRect(rect)
            painter.end()
        out = QIcon(pixmap)
        out.addPixmap(pixmap, QIcon.Selected)
        return out

    def _cell_rect(self, fid: int, cell):
        """The quarter's rectangle on the chip (chip_image renders the tile's box, squared about its centre)."""
        from qgis.PyQt.QtCore import QRectF
        box = self.layer.getFeature(int(fid)).geometry().boundingBox()
        side = max(box.width(), box.height())
        if side <= 0:
            return None
        x0, top = box.center().x() - side / 2, box.center().y() + side / 2
        xmin, ymin, xmax, ymax = cell.box
        scale = CHIP_PX / side
        return QRectF((xmin - x0) * scale + 1, (top - ymax) * scale + 1, (xmax - xmin) * scale - 2,
                      (ymax - ymin) * scale - 2)

    def _outline_cell(self, fid: int | None) -> None:
        """Outline the located quarter of the chip under review on the map (dashed, over the tile's outline);
        none when "Where?" is off or the quarter is not known yet."""
        band, self.cell_band = getattr(self, "cell_band", None), None
        remove(self.iface.mapCanvas(), band)
        cell = self.located(fid) if self.where_check.isChecked() and fid is not None else None
        if cell is None or self.layer is None:
            return
        from qgis.core import QgsGeometry, QgsRectangle
        self.cell_band = self._band(QgsGeometry.fromRect(QgsRectangle(*cell.box)), CELL_COLOUR, 2, Qt.DashLine)
