"""The "Alerts" dock: review the alerts of a change layer one by one, before/after side by side.

Alerts are listed highest confidence first. Each shows the tile cut from the BEFORE and the AFTER scene;
the analyst confirms it with a cause (mining, logging, slash_burn, other) or rejects it with a reason.
Answers are written into the change layer (fields review, cause, reject_reason, reviewed_at, reviewed_by and
review_history, every answer given), so the layer is the audit trail. Keyboard: Y confirm, N reject (type the reason, Enter), 1-4 cause, Up/Down move,
Ctrl+Z undo (the panel's last answer taken back: the alert as it was before it, the history keeping both).
The map follows the current alert: zoomed to its tile and a few around it, the tile outlined in yellow as on
the chips.
"""
from __future__ import annotations

import html
import io
import itertools
import os
from pathlib import Path

from qgis.core import Qgis, QgsProject, QgsSettings, QgsTask
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QEvent, QObject, QSize, Qt
from qgis.PyQt.QtGui import QIcon, QPixmap
from qgis.PyQt.QtWidgets import (
    QComboBox,
    QDockWidget,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .alerts_export import start_export
from .core.errors import PlanetClassifierError
from .core.monitor.alerts import MAX_REASON
from .core.monitor.change import CAUSES, CONFIRMED, LAYER, REJECTED
from .core.wording import count, words
from .dialog import SETTINGS, default_output_folder
from .i18n import headed_by, tr
from .map_outline import outline, remove, zoom_to
from .runner import log
from .style import edit_mode_refusal

#: Who answers, as the analyst gave it (kept between sessions); the operating system's login until then.
REVIEWER = SETTINGS + "reviewer"
CHIP = 220  # px of each before/after chip (drawn smaller, down to half, where the dock is short: a 768 px screen)


def to_judge(row) -> bool:
    """Whether ``row``'s alert waits for an answer: open, or its review field holding a value no answer has (the
    core's status 'unknown': typed by hand in QGIS's attribute table)."""
    return row.status not in (CONFIRMED, REJECTED)


def left_words(rows) -> str:
    """The alerts of ``rows`` still to judge, as the dock says them: '2 open alerts', '2 open alerts and 1 unknown
    answer', '1 unknown answer' (the core's statuses, AlertRow.status)."""
    from .core.monitor.alerts import OPEN, UNKNOWN

    statuses = [row.status for row in rows]
    opened, unknown = statuses.count(OPEN), statuses.count(UNKNOWN)
    said = count(opened, tr("open alert"), tr("open alerts"))
    if not unknown:
        return said
    unknowns = count(unknown, tr("unknown answer"), tr("unknown answers"))
    return tr("{open} and {unknown}").format(open=said, unknown=unknowns) if opened else unknowns


def keys_hint() -> str:
    return tr("Y confirm · N reject (type why, Enter) · 1-4 cause · ↑/↓ next alert · Ctrl+Z undo")


def intro() -> str:
    return tr("Open a change layer (Processing: Change between two classifications, or `change`).")


def cause_title(cause: str) -> str:
    """A cause as the panel shows it (the layer keeps the English value), in the report's words."""
    from .core.monitor.report import cause_word

    with words(tr):
        return cause_word(cause)


def confidence_title(confidence: str) -> str:
    from .core.monitor.report import confidence_word

    with words(tr):
        return confidence_word(confidence)


def evidence_title(evidence: str) -> str:
    """The layer's evidence words ('rise neighbours embedding') as the panel shows them."""
    titles = {"rise": tr("rise"), "neighbours": tr("neighbours"), "embedding": tr("embedding")}
    return ", ".join(titles.get(word, word) for word in evidence.split()) or "-"


def new_flags_title(new_flag: str) -> str:
    """The layer's new_flag words ('mining mine': a flag group and the concept that raised it) as the panel shows
    them, as the report and the hand-off do: a group by its title, anything else as a concept ('mining, concept
    mine')."""
    from .core.monitor.report import flags_words

    with words(tr):
        return flags_words(new_flag.split())


def earlier_answers(row) -> list[str]:
    """The answers given to ``row``'s alert before the one it holds now (its review_history), oldest first, as the
    panel words them: a changed mind, and whose, in sight of whoever reviews after."""
    from .core.monitor.alerts import OPEN, answers, not_an_answer

    entries = answers(row.history)
    if entries and isinstance(entries[-1], dict) and entries[-1].get("review") in (row.status, row.review):
        entries = entries[:-1]   # the answer the alert holds, shown above (an unknown one put back by an undo too)
    lines = []
    for entry in entries:
        kept = not_an_answer(entry)   # history written by hand, kept whole
        if kept is not None:
            lines.append(kept)
            continue
        verdict = entry["review"]   # each value as written: a history edited by hand may hold a list where text was
        said = (tr("confirmed: {cause}").format(cause=cause_title(str(entry.get("cause", "")))) if verdict == CONFIRMED else
                tr("rejected: {reason}").format(reason=entry.get("reason", "")) if verdict == REJECTED else
                tr("open") if verdict == OPEN else verdict)
        lines.append(f"{said} ({entry.get('at', '')}" + (f", {entry['by']}" if entry.get("by") else "") + ")")
    return lines


def answered_when_by(row) -> str:
    """' (reviewed_at, reviewed_by)' as the layer holds them, either left out where empty (a name typed by hand
    into reviewed_by with no time is shown too), as rich text; '' where both are empty."""
    said = [html.escape(value) for value in (row.reviewed_at, row.reviewed_by) if value]
    return f" ({', '.join(said)})" if said else ""


def change_gpkg(layer) -> Path | None:
    """The GeoPackage of a loaded ``changes`` layer, else None."""
    if layer is None or not hasattr(layer, "source") or layer.providerType() != "ogr":
        return None
    from qgis.core import QgsProviderRegistry

    # QGIS's own reading of the source: a file name may hold a '|' ('dry|season.gpkg|layername=changes')
    parts = QgsProviderRegistry.instance().decodeUri("ogr", layer.source())
    path = parts.get("path") or ""
    if not path.lower().endswith(".gpkg"):
        return None
    # a path alone (Processing loads its outputs so) is the file's first layer: a change file's is 'changes'
    name = parts.get("layerName") or _layer_name(path, int(parts.get("layerId") or 0))
    return Path(path) if name == LAYER else None


def _layer_name(path: str, index: int) -> str | None:
    """The name of OGR's layer ``index`` of ``path`` (what QGIS opens from a source naming no layer), else None."""
    from osgeo import ogr

    try:   # a file gone or unreadable is no change layer (GDAL's exceptions may be on: QGIS, other plugins)
        dataset = ogr.Open(path)
        layer = dataset.GetLayer(index) if dataset is not None and 0 <= index < dataset.GetLayerCount() else None
        return layer.GetName() if layer is not None else None
    except RuntimeError:
        return None


class _Keys(QObject):
    """Y / N / 1-4 / Ctrl+Z on the alert list (which would otherwise search its items by letter) and the cause box."""

    def __init__(self, panel):
        super().__init__(panel)
        self.panel = panel

    def eventFilter(self, obj, event):  # noqa: N802
        if event.type() == QEvent.KeyPress:
            key = event.key()
            if key == Qt.Key_Z and event.modifiers() & Qt.ControlModifier:
                self.panel.undo()
                return True
            if key == Qt.Key_Y:
                self.panel.confirm()
                return True
            if key == Qt.Key_N:
                self.panel.reject()
                return True
            if Qt.Key_1 <= key < Qt.Key_1 + len(CAUSES):
                self.panel.cause_combo.setCurrentIndex(key - Qt.Key_1)
                return True
        return False


class _Chip(QLabel):
    """A before/after chip drawn as large as the dock allows, up to CHIP px (it never overlaps the facts below)."""

    def __init__(self, parent):
        super().__init__(parent)
        self.full = None
        self.setMinimumSize(CHIP // 2, CHIP // 2)
        self.setMaximumSize(CHIP, CHIP)
        self.setAlignment(Qt.AlignCenter)
        self.setStyleSheet("background:#222;color:#ccc")

    def sizeHint(self):  # noqa: N802
        return QSize(CHIP, CHIP)

    def minimumSizeHint(self):  # noqa: N802
        return QSize(CHIP // 2, CHIP // 2)

    def show_chip(self, pixmap) -> None:
        self.full = pixmap
        if pixmap is None:
            self.clear()
            self.setText(tr("no image"))
        else:
            self._fit()

    def _fit(self) -> None:
        side = min(self.width(), self.height())
        self.setPixmap(self.full if side >= self.full.width() else
                       self.full.scaled(side, side, Qt.KeepAspectRatio, Qt.SmoothTransformation))

    def resizeEvent(self, event):  # noqa: N802
        super().resizeEvent(event)
        if self.full is not None:
            self._fit()


class AlertsPanel(QDockWidget):
    def __init__(self, iface, parent=None):
        super().__init__(tr("Planet classifier — Alerts"), parent)
        self.setObjectName("PlanetClassifierAlertsDock")
        self.iface = iface
        self.alerts = None           # core.monitor.alerts.AlertSet
        self._file = None            # (device, inode) of its file as it was read (_identity)
        self._thumbs = None
        self._chips: dict[int, tuple[QPixmap | None, QPixmap | None]] = {}
        self._band = None            # the current alert's outline on the map
        self._undo: list = []        # (fid, (review, cause, reject_reason)) before each answer given here, newest last
        self._export_task = None     # Export confirmed… under way (alerts_export)
        self.choose_folder = self._ask_folder   # replaceable in tests
        self.choose_file = self._ask_file
        self._build()
        QgsProject.instance().cleared.connect(self.reset)   # a project closed takes its alert off the map

    # -- UI ------------------------------------------------------------------------------------
    def _build(self):
        body = QWidget(self)
        layout = QVBoxLayout(body)
        self.header = QLabel(intro(), body)
        self.header.setWordWrap(True)
        top, self.help_button = headed_by(self.header, "change")
        layout.addLayout(top)
        buttons = QHBoxLayout()
        self.open_button = QPushButton(tr("Open change layer…"), body)
        self.open_button.clicked.connect(lambda: self.open_layer(self.choose_file()))
        self.export_button = QPushButton(tr("Export confirmed…"), body)
        self.export_button.setToolTip(tr("GeoJSON, KML, CSV (lon/lat WGS 84), before/after thumbnails and one HTML "
                                         "page, in a new folder"))
        self.export_button.clicked.connect(self._export_clicked)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.export_button)
        layout.addLayout(buttons)
        self.list = QListWidget(body)
        self.list.setWordWrap(True)      # a long cause (extração de madeira) wraps instead of hiding the place
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        # two rows at least (Up/Down keep the current one in sight): a short dock gives the rest to the chips and facts
        self.list.setMinimumHeight(2 * self.list.fontMetrics().lineSpacing() + 2 * self.list.frameWidth() + 4)
        self.list.currentRowChanged.connect(self._show)
        self._keys = _Keys(self)
        self.list.installEventFilter(self._keys)
        layout.addWidget(self.list, 1)
        self.chips = QWidget(body)   # shown with an alert; a line in its place otherwise (two blank dark boxes were)
        chips = QHBoxLayout(self.chips)
        chips.setContentsMargins(0, 0, 0, 0)
        self.before_chip, self.after_chip = _Chip(self.chips), _Chip(self.chips)
        for label, title in ((self.before_chip, tr("before")), (self.after_chip, tr("after"))):
            column = QVBoxLayout()
            caption = QLabel(title, self.chips)
            caption.setAlignment(Qt.AlignCenter)
            column.addWidget(caption)
            column.addWidget(label)
            chips.addLayout(column)
        layout.addWidget(self.chips)
        self.no_chips = QLabel(tr("No alert on show: its before and after images appear here."), body)
        self.no_chips.setWordWrap(True)
        self.no_chips.setAlignment(Qt.AlignCenter)
        self.no_chips.setEnabled(False)     # greyed: a placeholder, not a message
        layout.addWidget(self.no_chips)
        self.chips.hide()
        self.facts = QLabel(body)
        self.facts.setWordWrap(True)
        self.facts.setTextFormat(Qt.RichText)
        layout.addWidget(self.facts)
        form = QFormLayout()
        self.cause_combo = QComboBox(body)
        for k, cause in enumerate(CAUSES, start=1):
            self.cause_combo.addItem(f"{k}  {cause_title(cause)}", cause)
        self.cause_combo.installEventFilter(self._keys)   # chosen with the mouse, the focus stays there: Y still answers
        self.reason = QLineEdit(body)
        self.reason.setPlaceholderText(tr("why it is not a change (needed to reject)"))
        self.reason.setMaxLength(MAX_REASON)   # what record_review keeps: typing stops there rather than refused after
        self.reason.returnPressed.connect(self.reject)
        from .core.monitor.alerts import reviewer_name

        self.reviewer = QLineEdit(QgsSettings().value(REVIEWER, "", str) or reviewer_name(), body)
        self.reviewer.setPlaceholderText(tr("your name, stored with each answer"))
        self.reviewer.setToolTip(tr("Who answers: stored with each answer (reviewed_by, review_history) and kept for "
                                    "the next session; the login until a name is given"))
        self.reviewer.editingFinished.connect(
            lambda: QgsSettings().setValue(REVIEWER, " ".join(self.reviewer.text().split())))
        cause_row = QHBoxLayout()   # one row with the cause: a short dock (768 px screen) keeps its chips
        cause_row.addWidget(self.cause_combo, 1)
        cause_row.addWidget(QLabel(tr("Reviewer"), body))
        cause_row.addWidget(self.reviewer, 1)
        form.addRow(tr("Cause"), cause_row)
        form.addRow(tr("Reason"), self.reason)
        layout.addLayout(form)
        answer = QHBoxLayout()
        self.confirm_button = QPushButton(tr("Confirm (Y)"), body)
        self.reject_button = QPushButton(tr("Reject (N)"), body)
        self.confirm_button.clicked.connect(self.confirm)
        self.reject_button.clicked.connect(self.reject)
        self.undo_button = QPushButton(tr("Undo (Ctrl+Z)"), body)
        self.undo_button.setToolTip(tr("Take back the last answer given here: the alert as it was before it (open, "
                                       "or its earlier answer); the layer's history keeps both"))
        self.undo_button.clicked.connect(self.undo)
        answer.addWidget(self.confirm_button)
        answer.addWidget(self.reject_button)
        answer.addWidget(self.undo_button)
        layout.addLayout(answer)
        self.status = QLabel(keys_hint(), body)
        self.status.setTextFormat(Qt.PlainText)   # it says a reason or a path as typed: '<b>pit</b>' is no markup
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.setWidget(body)
        self._enable(False)

    def _enable(self, on: bool) -> None:
        for widget in (self.list, self.cause_combo, self.reason, self.confirm_button, self.reject_button,
                       self.export_button):
            widget.setEnabled(on)
        self.export_button.setEnabled(on or self._export_task is not None)   # an export under way can be cancelled
        self.undo_button.setEnabled(on and bool(self._undo))

    def _ask_file(self) -> str:
        path, _ = QFileDialog.getOpenFileName(self, tr("Change layer"), str(default_output_folder()),  # not QGIS's cwd
                                              tr("GeoPackage (*.gpkg)"))
        return path

    def _ask_folder(self) -> str:
        path, _ = QFileDialog.getSaveFileName(self, tr("New folder for the confirmed alerts"),
                                              str(self.export_default()) if self.alerts else "", tr("Folder (*)"))
        return path

    def export_default(self) -> Path:
        """Export confirmed…'s proposal: '<change layer>_confirmed', a folder not yet there, where Classify raster
        puts its output (the project's folder first); the dialog opened on QGIS's working directory, unnamed."""
        folder, stem = default_output_folder(), f"{Path(self.alerts.path).stem}_confirmed"
        names = (folder / (f"{stem}_{n}" if n else stem) for n in itertools.count())   # numbered as Classify's
        return next(path for path in names if not path.exists())

    def say(self, text: str) -> None:
        self.status.setText(text)

    # -- loading -------------------------------------------------------------------------------
    def set_layer(self, layer) -> None:
        """Follow the active layer: a change layer is loaded, anything else leaves the panel as it is."""
        path = change_gpkg(layer)
        if path is not None and (self.alerts is None or Path(self.alerts.path) != path):
            self.load(path)

    def load(self, path) -> bool:
        from .core.monitor.alerts import UNKNOWN, read_alerts
        from .core.monitor.report import Thumbnails

        if not path:
            return False
        try:
            with words(tr):   # why it cannot be read, in QGIS's language
                alerts = read_alerts(path)
        except PlanetClassifierError as exc:
            self.reset()     # the file before's alerts were left listed, on the map and answerable into that file
            self.say(tr("error: {error}").format(error=exc))
            return False
        self.alerts, self._file = alerts, _identity(path)
        self._undo.clear()       # answers given to another layer (or before it was replaced) are not this one's
        before, after = self.alerts.scenes
        self._thumbs = Thumbnails(before, after, self.alerts.crs_wkt) if before and after else None
        self._chips.clear()
        rows = self.alerts.rows
        # the header and the facts are rich text: what the file holds is shown as text (a layer edited by hand)
        dates = html.escape(f"{rows[0].date_before} → {rows[0].date_after}") if rows else ""
        # Processing's default output: deleted with its folder when QGIS closes, the answers given to it with it
        temporary = tr("temporary: Processing's temporary output, deleted when QGIS closes with every answer given "
                       "to it; copy {path} elsewhere and open the copy, or give Change a file for its output").format(
            path=path) if is_temporary(path) else ""
        unknown = sum(row.status == UNKNOWN for row in rows)
        self.header.setText(f"<b>{html.escape(Path(path).name)}</b> {dates}<br>" + count(len(rows), tr("alert"), tr("alerts"))
                            + (" · " + html.escape(tr("{unknown} (typed by hand in the review field, no answer: answer "
                                                      "with Y or N)").format(
                                unknown=count(unknown, tr("unknown answer"), tr("unknown answers")))) if unknown else "")
                            + ("" if self._thumbs else "<br>" + tr("<i>no thumbnails: the scenes the runs recorded "
                                                                   "are missing (give them to the change "
                                                                   "algorithm)</i>"))
                            + ("<br><b style='color:#b00'>" + html.escape(tr(
                                "temporary: deleted when QGIS closes")) + "</b>"
                               if temporary else ""))
        self.header.setToolTip(temporary)   # the whole of it, its path too (the status says it until an answer)
        self.list.blockSignals(True)
        self.list.clear()
        self._clear_shown()      # nothing of the layer shown before stays on show (an empty one shows nothing)
        for k, row in enumerate(rows, start=1):
            self.list.addItem(QListWidgetItem(self._item_text(k, row)))
        self.list.blockSignals(False)
        self._enable(bool(rows))
        if rows:
            opened = [k for k, r in enumerate(rows) if to_judge(r)]
            self.list.setCurrentRow(opened[0] if opened else 0)
            self.list.setFocus()
        if not rows:   # no key to press
            self.say(tr("No alerts in {name}: nothing new between the two dates under the alert rule.").format(
                name=Path(path).name))
            return True
        self.say(tr("warning: temporary: copy {name} elsewhere and open the copy, or give Change a file (its path: "
                    "the header's tooltip)").format(name=Path(path).name) if temporary else keys_hint())
        return True

    def open_layer(self, path) -> bool:
        """Open change layer…: its alerts listed, and the layer on the map, styled as Processing's Change styles its
        output, unless a layer of the project shows it already (the map follows each alert to it)."""
        if not self.load(path):
            return False
        from qgis.core import QgsVectorLayer

        from .change_layer_style import apply_change_style

        path = Path(path)
        if not any(change_gpkg(layer) == path for layer in QgsProject.instance().mapLayers().values()):
            layer = QgsVectorLayer(f"{path}|layername={LAYER}", path.stem, "ogr")
            if layer.isValid():
                apply_change_style(layer)
                QgsProject.instance().addMapLayer(layer)
                canvas = self.iface.mapCanvas()
                if not canvas.mapSettings().destinationCrs().isValid():   # an empty map takes the layer's CRS
                    canvas.setDestinationCrs(layer.crs())
                if self.current() is not None:
                    self._follow(self.current())          # the map was nowhere when the alert was first shown
        return True

    def _clear_shown(self) -> None:
        """No alert on show: no outline on the map, no chips, no facts, no reason."""
        self.clear_outline()
        self.facts.setText("")
        self.reason.clear()
        for chip in (self.before_chip, self.after_chip):
            chip.full = None
            chip.clear()
        self.chips.hide()
        self.no_chips.show()

    def reset(self) -> None:
        """Back to the start (the project was closed): no change layer, nothing on the map."""
        self.alerts, self._thumbs = None, None
        self._undo.clear()
        self._chips.clear()
        self.list.blockSignals(True)
        self.list.clear()
        self.list.blockSignals(False)
        self._clear_shown()
        self.header.setText(intro())
        self._enable(False)   # but Cancel export, while one is under way: it writes a folder, not the project
        self.say(tr("the project was closed; the export under way goes on: Cancel export stops it")
                 if self._export_task is not None else keys_hint())

    @staticmethod
    def _item_text(k: int, row) -> str:
        """Alert ``k`` (numbered as the report numbers it: the same order) as the list shows it."""
        mark = {CONFIRMED: "✔", REJECTED: "✘"}.get(row.status, "•" if not row.review else "?")   # ?: unknown answer
        cause = row.cause if row.review == CONFIRMED else row.suggested_cause
        return (f"{k}. {mark} {confidence_title(row.confidence):<8} {cause_title(cause):<10} +{row.rise:.2f}  "
                + (f"({row.lat:.4f},\u00a0{row.lon:.4f})" if row.located else ""))   # the place wraps as one

    def current(self):
        k = self.list.currentRow()
        return self.alerts.rows[k] if self.alerts is not None and 0 <= k < len(self.alerts.rows) else None

    def _show(self, k: int) -> None:
        row = self.current()
        if row is None:
            return
        self.cause_combo.setCurrentIndex(CAUSES.index(row.cause if row.cause in CAUSES else
                                                      row.suggested_cause if row.suggested_cause in CAUSES else "other"))
        self.reason.setText(row.reject_reason)
        before, after = self._chip_pair(row)
        self.no_chips.hide()
        self.chips.show()
        self.before_chip.show_chip(before)
        self.after_chip.show_chip(after)
        self._follow(row)
        review = (tr("confirmed: {cause}").format(cause=html.escape(cause_title(row.cause))) if row.review == CONFIRMED else
                  tr("rejected: {reason}").format(reason=html.escape(row.reject_reason)) if row.review == REJECTED else
                  tr("unknown answer: {review} (typed by hand: answer it with Y or N)").format(
                      review=html.escape(row.review)) if row.review else
                  tr("open"))   # what the analyst typed is text, never markup ('<1 ha' read as a tag)
        self.facts.setText(
            tr("<b>{cause}</b> (new flags: {flags}) · <b>{confidence}</b> confidence ({evidence}) · score +{rise:.2f} · "
               "{neighbours}").format(
                cause=html.escape(cause_title(row.suggested_cause)), flags=html.escape(new_flags_title(row.new_flag)),
                confidence=html.escape(confidence_title(row.confidence)), evidence=html.escape(evidence_title(row.evidence)),
                rise=row.rise,
                neighbours=count(row.neighbours, tr("flagged neighbour"), tr("flagged neighbours")))
            + "<br>" + html.escape(f"{row.date_before} → {row.date_after}")
            + (f" · lat\u00a0{row.lat:.5f}, lon\u00a0{row.lon:.5f}" if row.located else "")
            + f"<br>{review}" + answered_when_by(row)
            + "".join("<br><small>" + tr("earlier: {answer}").format(answer=html.escape(line)) + "</small>"
                      for line in earlier_answers(row)))

    def _follow(self, row) -> None:
        """The map on the current alert: its tile and ZOOM_TILES tile widths around it, the tile outlined."""
        self.clear_outline()
        canvas = self.iface.mapCanvas()
        # two runs on one raster without a CRS, or a map without one: no place on the map
        if not self.alerts.crs_wkt or not canvas.mapSettings().destinationCrs().isValid():
            return
        try:
            from qgis.core import QgsCoordinateReferenceSystem, QgsGeometry

            geometry, crs = QgsGeometry(), QgsCoordinateReferenceSystem.fromWkt(self.alerts.crs_wkt)
            geometry.fromWkb(row.wkb)
            zoom_to(canvas, geometry, crs)
            self._band = outline(canvas, geometry, crs, (255, 255, 0), 2)   # yellow, as the chips outline it
            canvas.refresh()
        except Exception as exc:  # a canvas problem must not stop the review
            log(f"alerts: could not show the alert on the map ({exc})", Qgis.Warning)

    def clear_outline(self) -> None:
        band, self._band = self._band, None
        remove(self.iface.mapCanvas(), band)

    def closeEvent(self, event):  # noqa: N802
        self.clear_outline()
        super().closeEvent(event)

    def _chip_pair(self, row):
        if row.fid not in self._chips:
            pair = []
            for scene in (self.alerts.scenes if self._thumbs else (None, None)):
                pixmap = None
                if scene is not None:
                    try:
                        pixmap = _pixmap(self._thumbs.chip_image(scene, row.wkb, CHIP))
                    except (PlanetClassifierError, OSError, ValueError, RuntimeError):
                        pixmap = None
                pair.append(pixmap)
            self._chips[row.fid] = tuple(pair)
        return self._chips[row.fid]

    # -- answers -------------------------------------------------------------------------------
    def confirm(self) -> bool:
        return self._answer(CONFIRMED)

    def reject(self) -> bool:
        if not self.reason.text().strip():
            self.reason.setFocus()
            self.say(tr("type why this is not a change, then press Enter"))
            return False
        return self._answer(REJECTED)

    def _answer(self, verdict: str) -> bool:
        row = self.current()
        if row is None:
            return False
        before = self._before(row)
        if before is None or not self._store(row, verdict, self.cause_combo.currentData(), self.reason.text().strip()):
            return False
        self._undo.append((row.fid, before))
        self.undo_button.setEnabled(True)
        k = self.list.currentRow()
        left = [j for j, r in enumerate(self.alerts.rows) if to_judge(r)]
        done = tr("confirmed") if verdict == CONFIRMED else tr("rejected")
        if left:
            self.say(tr("{done}; {open} left.").format(done=done, open=left_words(self.alerts.rows)) + " " + keys_hint())
        else:   # the review is done: what to do with it
            rows = self.alerts.rows
            self.say(tr("{done}; every alert answered ({confirmed} confirmed, {rejected} rejected): Export confirmed… "
                        "hands the confirmed ones off; Ctrl+Z takes the last answer back.").format(
                done=done, confirmed=sum(r.review == CONFIRMED for r in rows),
                rejected=sum(r.review == REJECTED for r in rows)))
        after = [j for j in left if j > k] or left
        self.reason.clear()
        if after:
            self.list.setCurrentRow(after[0])
        else:
            self._show(k)
        self.list.setFocus()
        return True

    def _before(self, row):
        """What undoing an answer to ``row`` gives back: (review, cause, reason) to write again, or for an unknown
        answer ('maybe' typed by hand, which record_review never writes) its review fields as stored, put back as
        they were (restore_review); None, said, where they cannot be read."""
        from .core.monitor.alerts import UNKNOWN, stored_review

        if row.status != UNKNOWN:
            return (row.review, row.cause, row.reject_reason)
        try:
            with words(tr):
                return stored_review(self.alerts.path, row.fid)
        except PlanetClassifierError as exc:
            self.say(tr("error: {error}").format(error=exc))
            return None

    def undo(self) -> bool:
        """Take back the newest answer given in this panel: its alert as it was before (open, or the answer it had:
        written again now, by whoever answers here; an unknown answer put back as typed; the history keeps every
        step), shown."""
        from .core.monitor.alerts import StoredReview

        if self.alerts is None or not self._undo:
            return False
        fid, before = self._undo[-1]
        k = next((j for j, r in enumerate(self.alerts.rows) if r.fid == fid), None)
        if k is None or not (self._restore(self.alerts.rows[k], before) if isinstance(before, StoredReview) else
                             self._store(self.alerts.rows[k], *before)):
            return False
        self._undo.pop()
        self.undo_button.setEnabled(bool(self._undo))
        if self.list.currentRow() == k:
            self._show(k)        # already current: its facts, cause and reason anew
        else:
            self.list.setCurrentRow(k)
        row = self.alerts.rows[k]
        if to_judge(row) and row.review:   # an unknown answer, put back
            said = tr("undone: alert {n} holds {review} again, as typed by hand (an unknown answer: answer it with Y "
                      "or N).").format(n=k + 1, review=row.review)
        else:
            was = (tr("confirmed: {cause}").format(cause=cause_title(row.cause)) if row.review == CONFIRMED else
                   tr("rejected: {reason}").format(reason=row.reject_reason) if row.review == REJECTED else tr("open"))
            said = tr("undone: alert {n} is {state} again.").format(n=k + 1, state=was)
        self.say(said + " " + keys_hint())
        self.list.setFocus()
        return True

    def _store(self, row, verdict: str, cause: str, reason: str) -> bool:
        """Write an answer ('' reopens) to ``row``'s alert in the layer and show it in the list; False, said, where
        it cannot be."""
        from .core.monitor.alerts import record_review

        return self._write(row, lambda reviewer: record_review(self.alerts.path, row.fid, verdict, cause, reason,
                                                               reviewer=reviewer),
                           verdict, cause if verdict == CONFIRMED else "", reason if verdict == REJECTED else "")

    def _restore(self, row, stored) -> bool:
        """Put ``row``'s review fields back as ``stored`` (core.monitor.alerts.StoredReview) holds them, as _store
        writes an answer."""
        from .core.monitor.alerts import restore_review

        return self._write(row, lambda reviewer: restore_review(self.alerts.path, stored, reviewer=reviewer),
                           stored.review, stored.cause, stored.reject_reason)

    def _write(self, row, write, review: str, cause: str, reason: str) -> bool:
        """``write(reviewer)`` (the core's, returning reviewed_at, reviewed_by and review_history as written) run on
        ``row``'s alert, ``row`` then holding ``review``, ``cause`` and ``reason`` as the layer does, shown in the list;
        False, said, where the layer may not be written."""
        now = _identity(self.alerts.path)
        if now is not None and now != self._file:  # its fids are another run's alerts: never answered unseen
            path = self.alerts.path
            if self.load(path):
                self.say(tr("{path} was replaced since it was opened (a new run of Change?): its alerts are read "
                            "again; answer them again").format(path=path))
            return False
        editing = edit_mode_refusal(self.alerts.path)
        if editing is not None:  # saving its edits would write over the answer (or the answer over its edits)
            self.say(tr("error: {error}").format(error=editing))
            return False
        try:
            with words(tr):
                stamp, by, history = write(" ".join(self.reviewer.text().split()) or None)
        except PlanetClassifierError as exc:
            self.say(tr("error: {error}").format(error=exc))
            return False
        row.review, row.reviewed_at, row.reviewed_by, row.history = review, stamp, by, history  # as the layer holds them
        row.cause, row.reject_reason = cause, reason
        k = next(j for j, r in enumerate(self.alerts.rows) if r is row)
        self.list.item(k).setText(self._item_text(k + 1, row))
        self._refresh_layers()
        return True

    def _refresh_layers(self) -> None:
        """Loaded layers of this change GeoPackage show the answers at once."""
        for layer in QgsProject.instance().mapLayers().values():
            if change_gpkg(layer) == Path(self.alerts.path):
                layer.dataProvider().reloadData()
                layer.triggerRepaint()

    def export_confirmed(self, folder: str | None = None) -> bool:
        """The confirmed alerts handed off into the new ``folder`` (None: asked), in a QgsTask (alerts_export); False,
        said, where none is confirmed or the folder is refused."""
        from .core.monitor.alerts import read_alerts
        from .core.monitor.handoff import check_export_folder

        if self.alerts is None:
            return False
        rows = self.alerts.rows
        if not any(r.review == CONFIRMED for r in rows):   # a folder of empty files would be handed off
            self.say(tr("No confirmed alert to export yet: confirm one with Y first ({rejected} rejected, {left}).").format(
                rejected=sum(r.status == REJECTED for r in rows), left=left_words(rows)))
            return False
        folder = folder or self.choose_folder()
        if not folder or self._export_task is not None:
            return False
        try:   # a folder that is there or cannot be made, a layer gone or refused: said at once, not from the task
            with words(tr):
                check_export_folder(folder)
                confirmed = len(read_alerts(self.alerts.path, CONFIRMED).rows)   # the file as it is now
        except PlanetClassifierError as exc:
            self.say(tr("error: {error}").format(error=exc))
            return False
        self.say(tr("exporting {alerts}…").format(alerts=count(confirmed, tr("confirmed alert"), tr("confirmed alerts"))))
        self.export_button.setText(tr("Cancel export"))
        self._export_task = start_export(Path(self.alerts.path), folder, confirmed, self._exported,
                                         self.iface.messageBar())
        return True

    def _export_clicked(self) -> None:
        """Export confirmed…, or the export under way cancelled (nothing is written)."""
        if self._export_task is None:
            self.export_confirmed()
        else:
            self._export_task.cancel()
            self.say(tr("cancelling the export…"))

    def stop_export(self, wait_ms: int = 10000) -> None:
        """The export under way cancelled and waited for (the plugin unloads: none goes on writing after it, and
        cancelled, it writes nothing, its temporary folder removed)."""
        task = self._export_task
        if task is not None and not sip.isdeleted(task) and task.status() not in (QgsTask.Complete,
                                                                                   QgsTask.Terminated):
            task.cancel()
            task.waitForFinished(wait_ms)

    def _exported(self, result, why: str) -> None:
        """An export ended (alerts_export): what was written, or why nothing was."""
        if sip.isdeleted(self):     # the dock closed with the plugin meanwhile
            return
        self._export_task = None
        self.export_button.setText(tr("Export confirmed…"))
        self.export_button.setEnabled(self.alerts is not None and bool(self.alerts.rows))
        self.say(exported_text(result) if result is not None else why)


def is_temporary(path) -> bool:
    """Whether ``path`` lies in QGIS's folder for Processing's temporary outputs (removed when QGIS closes)."""
    from qgis.core import QgsProcessingUtils

    try:
        Path(path).resolve().relative_to(Path(QgsProcessingUtils.tempFolder()).resolve())
    except (ValueError, OSError):
        return False
    return True


def _identity(path) -> tuple[int, int] | None:
    """The file at ``path`` as one file (device, inode), None where there is none: a file published again under
    the name (core/publish: a new file renamed over it) is another."""
    try:
        info = os.stat(path)
    except OSError:
        return None
    return info.st_dev, info.st_ino


def exported_text(result) -> str:
    """core.monitor.handoff.ExportResult.summary() in the analyst's language."""
    alerts = count(result.alerts, tr("alert"), tr("alerts"))
    if not result.alerts:  # no thumbnails to cut: not for want of the scenes
        return tr("{alerts} exported to {folder} (GeoJSON, KML, CSV, HTML)").format(
            alerts=alerts, folder=result.folder)
    if result.thumbnails:
        return tr("{alerts} exported to {folder} (GeoJSON, KML, CSV, HTML, thumbnails)").format(
            alerts=alerts, folder=result.folder)
    return tr("{alerts} exported to {folder} (GeoJSON, KML, CSV, HTML; no thumbnails: the scenes are not "
              "known)").format(alerts=alerts, folder=result.folder)


def _pixmap(image) -> QPixmap:
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    pixmap = QPixmap()
    pixmap.loadFromData(buffer.getvalue(), "PNG")
    return pixmap


def add_alerts_action(plugin, parent):
    """The toolbar action that shows the Alerts dock (the one hook in plugin.py); the dock follows the active
    layer and leaves with the action when the plugin unloads."""
    from .plugin import set_checked

    state = {"panel": None}

    def follow(layer):
        if state["panel"] is not None:
            state["panel"].set_layer(layer)

    def toggle(on: bool = True):
        if state["panel"] is None:
            if not on:
                return None
            panel = AlertsPanel(plugin.iface, plugin.iface.mainWindow())
            panel.visibilityChanged.connect(lambda visible: set_checked(action, visible))
            plugin.dock_beside(panel)          # a tab of the teach panel where that is open
            main = plugin.iface.mainWindow()
            if main.dockWidgetArea(panel) != Qt.NoDockWidgetArea:  # wide enough for both chips at full size (it
                main.resizeDocks([panel], [2 * CHIP + 60], Qt.Horizontal)   # opens at its narrowest: chips shrink)
            plugin.iface.currentLayerChanged.connect(follow)
            state["panel"] = panel
        panel = state["panel"]
        if not on:
            panel.clear_outline()             # as its close button does: no outline of an alert no panel shows
        panel.setVisible(on)
        if on:
            panel.raise_()                    # in front of the teach panel where they share the right side
            panel.set_layer(plugin.iface.activeLayer())
            if panel._band is None and panel.current() is not None:   # shown again on the layer it had
                panel._follow(panel.current())
            plugin._drop_review_offers()      # 'N open alerts … Review alerts…': done
        return panel

    def remove(*_):
        """The dock gone with the plugin (unload, or the action deleted): its export under way cancelled first."""
        panel = state.pop("panel", None)
        if panel is not None:
            panel.stop_export()
            try:
                plugin.iface.currentLayerChanged.disconnect(follow)
            except (TypeError, RuntimeError):
                pass
            panel.clear_outline()
            plugin.iface.removeDockWidget(panel)
            panel.deleteLater()

    action = plugin._add_action(QIcon(":/images/themes/default/mIconWarning.svg"), tr("Review alerts…"), toggle, parent,
                                tr("Confirm or reject each change alert on its before/after pair; export the confirmed"),
                                checkable=True)
    action.toggle_panel = toggle
    action.dock = lambda: state.get("panel")
    action.panel_shown = lambda: state.get("panel") is not None and not state["panel"].isHidden()
    action.remove_panel = remove      # plugin.unload: at once, not when the action is deleted (later)
    action.destroyed.connect(remove)
    return action
