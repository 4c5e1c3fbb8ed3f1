"""The review: the tiles not yet looked at as a gallery of chips, answered with Y / N / S (buttons or keys) and
moved through with the arrow keys; the map follows the current chip."""
from __future__ import annotations

import html

from qgis.core import QgsVectorLayer
from qgis.PyQt.QtCore import QEvent, QObject, QSize, Qt
from qgis.PyQt.QtGui import QKeySequence
from qgis.PyQt.QtWidgets import QAbstractItemView, QListWidgetItem, QShortcut

from ..i18n import tr
from ..runner import log
from ..style import is_tiles_layer, set_review_look

CHIP_PX = 88          # gallery thumbnails (screen pixels)
GALLERY_ROWS = 2      # rows in view (the gallery scrolls to the rest)
GALLERY_COLUMNS = 4   # chips a row at least: the review box is as wide as they need (8 of the 12 in view)
GALLERY_SIZE = 12     # candidates shown at once
UP, DOWN = "up", "down"   # a row up / down, as the gallery lays its chips out
#: Keys that answer and move while the panel or the map has focus (Left / Right: previous / next chip, Up / Down:
#: the chip above / below); a focused slider, combo box or list of the panel keeps its arrows.
KEYS = {"yes": Qt.Key_Y, "no": Qt.Key_N, "skip": Qt.Key_S}
MOVES = {Qt.Key_Left: -1, Qt.Key_Right: 1, Qt.Key_Up: UP, Qt.Key_Down: DOWN}


def overlaps(layer, tiles: QgsVectorLayer) -> bool:
    """Whether ``layer`` lies over any of ``tiles``: a scene of another place above the tile layer in the Layers panel
    (two areas in one project) covers none of its tiles. Compared in WGS 84 (Borneo's UTM extent taken into Cape
    Town's UTM zone came out wide enough to meet it); True where it cannot be told."""
    from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsCsException, QgsProject

    a, b = layer.extent(), tiles.extent()
    if layer.crs().isValid() and tiles.crs().isValid() and layer.crs() != tiles.crs():
        wgs84 = QgsCoordinateReferenceSystem("EPSG:4326")
        try:
            a, b = (QgsCoordinateTransform(source.crs(), wgs84, QgsProject.instance()).transformBoundingBox(extent)
                    for source, extent in ((layer, a), (tiles, b)))
        except QgsCsException:
            return True
    return a.intersects(b)


def chip_image(layer: QgsVectorLayer, fid: int, size: int = CHIP_PX, layers=None):
    """A QImage of the imagery under tile ``fid``: the map's visible layers below the tile layer,
    rendered as the analyst sees them, cut to the tile."""
    from qgis.core import QgsCoordinateTransform, QgsMapRendererCustomPainterJob, QgsMapSettings, QgsProject
    from qgis.PyQt.QtGui import QColor, QImage, QPainter
    feature = layer.getFeature(int(fid))
    image = QImage(size, size, QImage.Format_ARGB32_Premultiplied)
    image.fill(QColor(40, 40, 40))
    if not feature.isValid() or not layers:
        return image
    settings = QgsMapSettings()
    settings.setLayers(layers)
    crs = layers[0].crs()
    settings.setDestinationCrs(crs)
    box = QgsCoordinateTransform(layer.crs(), crs, QgsProject.instance()).transformBoundingBox(
        feature.geometry().boundingBox())
    settings.setExtent(box)
    settings.setOutputSize(QSize(size, size))
    settings.setBackgroundColor(QColor(40, 40, 40))
    painter = QPainter(image)
    job = QgsMapRendererCustomPainterJob(settings, painter)
    job.renderSynchronously()
    painter.end()
    return image


class _OwnArrows(QObject):
    """The arrows stay with a focused widget that moves with them itself (the threshold slider, a combo box, a list
    other than the gallery): the review's arrow shortcuts, the whole panel's, took them from it to move the chips."""

    def eventFilter(self, watched, event):  # noqa: N802
        if event.type() == QEvent.ShortcutOverride and event.key() in MOVES:
            event.accept()       # no shortcut: the key press goes to the widget
            return True
        return False


class ReviewMixin:
    """Start / stop the review, fill the gallery, answer the current chip, the keys."""

    def _shortcuts(self) -> None:
        """Y / N / S and the arrows, whenever the panel or the map canvas has focus, while reviewing."""
        self.shortcuts: list[QShortcut] = []
        canvas = self.iface.mapCanvas()
        for owner in (self, canvas):
            for reply, key in KEYS.items():
                self._shortcut(owner, key, lambda r=reply: self.answer(r))
            for key, step in MOVES.items():
                self._shortcut(owner, key, lambda s=step: self.move(s))
        self._enable_shortcuts(False)
        canvas.layersChanged.connect(self._layers_moved)   # the Layers panel reordered or a layer shown / hidden
        self._own_arrows = _OwnArrows(self)
        for widget in (self.threshold_slider, self.name_combo, self.group_combo, self.history_list,
                       self.bundle_concepts):
            widget.installEventFilter(self._own_arrows)

    def _shortcut(self, owner, key, slot) -> None:
        shortcut = QShortcut(QKeySequence(key), owner)
        shortcut.setContext(Qt.WidgetWithChildrenShortcut)
        shortcut.setAutoRepeat(False)
        shortcut.activated.connect(slot)
        self.shortcuts.append(shortcut)

    def _enable_shortcuts(self, on: bool) -> None:
        """Only while reviewing: otherwise the keys type and the arrows pan the map as usual."""
        for shortcut in self.shortcuts:
            shortcut.setEnabled(on)

    def set_reviewing(self, on: bool) -> None:
        """Start / stop the review: the gallery, the keys, and the review look on the layer."""
        on = bool(on) and self.layer is not None and self.session() is not None \
            and self.session().result is not None
        if self.review_button.isChecked() != on:
            self.review_button.blockSignals(True)
            self.review_button.setChecked(on)
            self.review_button.blockSignals(False)
        if on == self.review_on:
            return
        self.review_on = on
        self.review_button.setText(tr("Stop review") if on else tr("Start review"))
        self._enable_shortcuts(on)
        if self.layer is not None:
            set_review_look(self.layer, on)
            if on:
                self.layer.removeSelection()     # the selection's fill would cover the imagery too
        self._map_tips(not on)
        if not on and self.gallery.hasFocus():   # hidden with the focus, it hands it on down the panel, and the scroll
            self.review_button.setFocus()         # area follows it to the bottom: the concept and slider out of sight
        self.gallery.setVisible(on)
        if on:
            self._say_covered()
            self._fill_gallery()
            self.gallery.setFocus()
        else:
            self.covered.hide()
            self._covering = ()
            self.gallery.clear()
            self.reviewing = None
            self.question.setText("")
            self.clear_outline()
        self._update()

    def _fill_gallery(self, keep: int | None = None) -> None:
        """The most likely tiles not yet looked at, as chips; the first is current (the map follows it), or ``keep``
        where it is still to be looked at (first if the new order left it out)."""
        session = self.session()
        if session is not None and not self.refitting():   # tiles deleted in a saved edit session: the chips are the
            self._run(session.sync)                         # file's tiles (not the refit's own write meanwhile)
        self.gallery.blockSignals(True)
        self.gallery.clear()
        fids = session.candidates(GALLERY_SIZE) if session is not None else []
        looked = set(session.positives) | set(session.negatives) | set(session.skipped) if session is not None else ()
        if keep is not None and keep not in fids and keep not in looked and keep in session.row_of:
            fids = [keep] + fids[:GALLERY_SIZE - 1]
        layers = self._imagery_layers()
        for fid in fids:
            row = session.row_of[fid]
            p = float(session.result.probabilities[row])
            item = QListWidgetItem(self._chip_icon(fid, layers), f"{p:.2f}\n{session.data.rows[row]}, "
                                   f"{session.data.cols[row]}")
            item.setData(Qt.UserRole, int(fid))
            item.setToolTip(tr("tile {row}, {col}: p_{name} = {p:.2f}").format(
                row=session.data.rows[row], col=session.data.cols[row], name=session.name, p=p))
            item.setTextAlignment(Qt.AlignHCenter)
            self.gallery.addItem(item)
        self.gallery.blockSignals(False)
        self._locate_gallery()
        if fids:
            self.gallery.setCurrentRow(fids.index(keep) if keep in fids else 0)
            self._chip_changed(self.gallery.currentItem())
        else:   # while answers are refitted, the review's next tiles come with the fit
            self.reviewing = None
            self.clear_outline()
            self.question.setText(tr("updating…") if self.refitting() else
                                  tr("Nothing left to review: mark more tiles or save the concept."))
            self._update()

    def _say_covered(self) -> None:
        """Rasters drawn over the tile layer under review (two dates on the map: the later scene over the earlier
        tiles) fill the map around the outlined tile with their imagery, not the chips': said on the map's bar, and
        in the panel above the chips for the whole review (a later notice on the bar, a run's, hid it there). Said
        again as the map's layers change (_layers_moved); the bar only when other rasters come to cover it."""
        from qgis.core import Qgis, QgsRasterLayer
        above, _below = self._around_tiles()
        over = [layer.name() for layer in above if isinstance(layer, QgsRasterLayer) and overlaps(layer, self.layer)]
        self.covered.setVisible(bool(over))
        if over:
            text = tr("{layers} is drawn over {name}: the map around the tile shows it, not the scene the chips are "
                      "cut from. Move {name} above it in the Layers panel to see what you judge.").format(
                layers=", ".join(over), name=self.layer.name())
            self.covered.setText(f"<span style='color:#b35900'>{html.escape(text)}</span>")
            if tuple(over) != self._covering:
                self.iface.messageBar().pushMessage(tr("Teach"), text, Qgis.Warning, 15)
        self._covering = tuple(over)

    def _layers_moved(self) -> None:
        """The map's layers reordered, shown or hidden mid-review: the warning follows them, and the chips are cut
        again from what now lies under the tile layer (the chips were worked out when the review started only)."""
        if not self.review_on or self.layer is None:
            return
        self._say_covered()
        self._chips = {key: icon for key, icon in self._chips.items() if key[0] != self.layer.id()}
        self._locate_gallery()     # the gallery's icons again (with their located quarters)

    def _imagery_layers(self) -> list:
        """The map's visible layers below the tile layer that are not tile layers (what the chips are cut from): a
        later scene above it (two dates on the map, each tile layer over its own scene) would give the chips its
        imagery. All of them where the tile layer itself is not drawn."""
        _above, below = self._around_tiles()
        return [layer for layer in below if not is_tiles_layer(layer)]

    def _around_tiles(self) -> tuple[list, list]:
        """(the map's visible layers drawn over the tile layer, those under it), top first; ([], all of them) where
        the tile layer itself is not drawn."""
        layers = self.iface.mapCanvas().layers()     # top first
        ids = [layer.id() for layer in layers]
        if self.layer is None or self.layer.id() not in ids:
            return [], layers
        at = ids.index(self.layer.id())
        return layers[:at], layers[at + 1:]

    def _chip_icon(self, fid: int, layers):
        from qgis.PyQt.QtGui import QIcon, QPixmap
        key = (self.layer.id(), int(fid))
        if key not in self._chips:
            pixmap = QPixmap.fromImage(chip_image(self.layer, fid, CHIP_PX, layers))
            icon = QIcon(pixmap)
            icon.addPixmap(pixmap, QIcon.Selected)     # the current chip untinted: it is the one judged
            self._chips[key] = icon
        return self._chips[key]

    def _chip_changed(self, item, *_):
        session = self.session()
        if item is None or session is None:
            return
        self.reviewing = int(item.data(Qt.UserRole))
        self._ask(session, self.reviewing)
        self._update()

    def move(self, step) -> None:
        """Make the chip ``step`` places on current, or (UP / DOWN) the one above / below it (the arrow keys). Up and
        Down moved 6 places, the row of a gallery of 12 in 2 rows, where the dock's width lays out 3 to 5 a row."""
        if not self.review_on or not self.gallery.count():
            return
        if step in (UP, DOWN):
            below = self.gallery.moveCursor(QAbstractItemView.MoveUp if step == UP else QAbstractItemView.MoveDown,
                                            Qt.NoModifier)
            row = below.row() if below.isValid() else self.gallery.currentRow()
        else:
            row = min(max(self.gallery.currentRow() + step, 0), self.gallery.count() - 1)
        self.gallery.setCurrentRow(row)

    def review_next(self) -> int | None:
        """Start the review if needed; the current chip's fid (None when nothing is left)."""
        if not self.review_on:
            self.set_reviewing(True)
        else:
            self._fill_gallery()     # says so when nothing is left
        return self.reviewing

    def _ask(self, session, fid: int) -> None:
        feature = self.layer.getFeature(fid)
        if not feature.isValid():   # deleted in the edit session under way
            self.question.setText(tr("Tile {fid} is no longer in the layer: answer another chip.").format(fid=fid))
            return
        p = float(session.result.probabilities[session.row_of[fid]])
        self.question.setToolTip("")
        self.question.setText(tr("Is tile {row}, {col} (p_{name} = {p:.2f}) a <b>{name}</b>? "
                                 "Y yes, N no, S skip").format(row=feature["row"], col=feature["col"],
                                                                name=session.name, p=p))
        self._zoom_to(feature)

    def answer(self, reply: str) -> int | None:
        """Yes / No marks the current chip and refits in the background (teach_dock/refit); Skip passes it. Then the
        next chip is current, at once: the review goes on while the concept is refitted."""
        fid, session = self.reviewing, self.session()
        if not self.review_on or fid is None or session is None:
            return None
        self._flush_threshold()   # a slider move still waiting: written now, not over the refit's fields meanwhile
        refit = []
        if not self._run(lambda: refit.append(session.record_answer(fid, reply))):
            self._update()
            return None
        log(f"teach {session.name}: tile {fid} answered {reply}")
        if refit[0] and session.positives:
            self._refit_later()
        self._fill_gallery()
        return self.reviewing
