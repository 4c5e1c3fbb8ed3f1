"""The "Teach a concept" dock: mark tiles with QGIS's own selection tools, review candidates as a
gallery of chips answered with Y / N / S, set the flag threshold, save or load the concept.

This module holds the dock's state (the tile layer it follows, a session per layer, the chip under review)
and what every part reads it through; the parts, one job each, are the mixins of ``teach_dock/``.
"""
from __future__ import annotations

import html

from qgis.core import Qgis, QgsVectorLayer
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QApplication, QDockWidget

from .core.errors import PlanetClassifierError
from .core.model.concepts import CONCEPT_GROUPS
from .core.wording import words
from .i18n import tr
from .runner import log
from .style import is_tiles_layer
from .teach_dock.canvas import CanvasMixin
from .teach_dock.concepts import ConceptFilesMixin, held_why
from .teach_dock.layout import LayoutMixin
from .teach_dock.marks import MarksMixin
from .teach_dock.refit import RefitMixin
from .teach_dock.review import ReviewMixin
from .teach_dock.threshold import NO_FIT, ThresholdMixin
from .teach_dock.where import WhereMixin
from .teach_layer import TeachSession, fit_name


class TeachPanel(LayoutMixin, ReviewMixin, RefitMixin, CanvasMixin, WhereMixin, MarksMixin, ThresholdMixin,
                 ConceptFilesMixin, QDockWidget):
    def __init__(self, iface, parent=None):
        super().__init__(tr("Planet classifier — Teach a concept"), parent)
        self.setObjectName("PlanetClassifierTeachDock")
        self.iface = iface
        self.layer: QgsVectorLayer | None = None
        self.sessions: dict[str, TeachSession] = {}   # layer id -> session (embeddings read once)
        self.reviewing: int | None = None             # fid of the current chip
        self.review_on = False
        self.choose_folder = self._ask_folder         # replaceable in tests
        self.choose_concept_file = self._ask_concept_file
        self.choose_concept_target = self._ask_concept_target
        self.bundle_path = None                       # None = the bundled model
        self._chips: dict[tuple[str, int], object] = {}   # (layer id, fid) -> QIcon
        self._map_tips_were_on = False
        self._covering: tuple[str, ...] = ()   # the rasters last said to be drawn over the tile layer under review
        #: "Where?": (layer id, fid) -> (the fit it was located for, core.teach.locate.Cell or None)
        self._cells: dict[tuple[str, int], tuple[object, object]] = {}
        self._locators: dict[str, list] = {}   # layer id -> [its tiles, core Locator or None]
        self._predictors: dict[str, object] = {}   # bundle path -> its predictor, set up once for every layer of it
        self._locate_task = None
        self._locate_dropped = None   # Where?'s task cancelled by unticking it (said by nothing)
        self._refit_task = None     # the refit after an answer, under way (teach_dock/refit)
        #: layer id -> its session, where answers were given while a refit ran: one more refit each when it ends
        self._refit_wanted: dict[str, TeachSession] = {}
        self._build()
        self._shortcuts()
        from qgis.core import QgsProject
        QgsProject.instance().layerWillBeRemoved.connect(self._layer_removed)
        self.set_layer(iface.activeLayer())

    def session(self) -> TeachSession | None:
        return self.sessions.get(self.layer.id()) if self.layer is not None else None

    def _layer_removed(self, layer_id: str) -> None:
        """Forget a removed layer's session (its embeddings) and stop pointing at it."""
        self.sessions.pop(layer_id, None)
        self._locators.pop(layer_id, None)
        self.let_go_predictors()
        if self.layer is not None and self.layer.id() == layer_id:
            self.set_reviewing(False)
            self.clear_outline()
            self.layer = None
            self.set_layer(None)

    def closeEvent(self, event):  # noqa: N802
        self.set_reviewing(False)
        self.clear_outline()
        super().closeEvent(event)

    def set_layer(self, layer) -> None:
        """Follow the active layer: a tile layer enables the loop, anything else explains why not."""
        layer = layer if is_tiles_layer(layer) else None
        if layer is not self.layer:
            self._flush_threshold()
            self.set_reviewing(False)
        self.layer = layer
        self.reviewing = None
        if self.layer is None:
            self.layer_label.show_name(tr("Select a tile layer made by <b>Classify raster</b> in the Layers panel."), "")
        else:
            self.layer_label.show_name(tr("Tile layer: <b>{name}</b>"), self.layer.name())
            self._fill_names()
        self._update()

    def _fill_names(self) -> None:
        current = self.name_combo.currentText()
        self.name_combo.blockSignals(True)
        self.name_combo.clear()
        from .teach_layer import PROPERTY
        names = [n for n in str(self.layer.customProperty(PROPERTY + "concepts", "") or "").split() if n]
        self.name_combo.addItems(names)
        self.name_combo.setEditText(current or (names[-1] if names else ""))
        self.name_combo.blockSignals(False)

    def _layer_session(self) -> TeachSession:
        """The tile layer's session, made (its embeddings read) the first time it is needed."""
        session = self.session()
        if session is None:
            session = self.sessions[self.layer.id()] = TeachSession(self.layer, self.bundle())
        return session

    def _ensure_session(self) -> TeachSession:
        if self.layer is None:
            raise PlanetClassifierError(tr("select a tile layer made by 'Classify raster' first"))
        session = self._layer_session()
        name = self.name_combo.currentText().strip()
        group = self.group_combo.currentData()
        if name != session.name or group != session.group:
            session.set_concept(name, group)
            if session.positives:      # marks made earlier (or another group): the fields follow, in the background
                self._refit_later()
        return session

    def _concept_changed(self, *_):
        self._flush_threshold()
        self.reviewing = None
        name = self.name_combo.currentText().strip()
        if self.layer is not None and name:
            from .style import CONCEPT_GROUP_PROPERTY
            stored = self.layer.customProperty(CONCEPT_GROUP_PROPERTY + name, None)
            if stored in CONCEPT_GROUPS and stored != self.group_combo.currentData():
                self.group_combo.blockSignals(True)
                self.group_combo.setCurrentIndex(CONCEPT_GROUPS.index(stored))
                self.group_combo.blockSignals(False)
            self._run(lambda: self._ensure_session())
        self._refresh()

    def _refresh(self, gallery: bool = True, keep: int | None = None) -> None:
        """The panel's text, then the gallery if reviewing: after a refit or another concept, the chips and the
        question were those of the concept as it was. ``keep``: the chip to keep current (the one being judged when
        a refit in the background ends)."""
        self._update()
        if gallery and self.review_on:
            self._fill_gallery(keep)

    def _update(self) -> None:
        name = self.name_combo.currentText().strip() or "…"
        self.yes_button.setText(tr("Mark selected as {name}").format(name=name))
        self.no_button.setText(tr("Not {name}").format(name=name))
        self._fit_width()
        # while a refit runs, what changes the concept or writes the fields itself waits for it; marking, answering
        # and undo go on (kept at once, refitted together when it ends)
        ok, idle = self.layer is not None, not self.refitting()
        for widget in (self.name_combo, self.group_combo, self.load_button):
            widget.setEnabled(ok and idle)
        for widget in (self.yes_button, self.no_button, self.unmark_button):
            widget.setEnabled(ok)
        session = self.session()
        taught = session is not None and session.result is not None
        self.review_button.setEnabled(taught)
        for widget in (self.save_button, self.threshold_slider, self.threshold_reset):
            widget.setEnabled(taught and idle)
        # a concept only loaded here has no fit of its own to write as a file until a mark or answer refits it
        self.save_file_button.setEnabled(taught and idle and session.state is not None)
        loaded_only = taught and session.state is None   # greyed with no word why: the tooltip says it
        self.save_file_button.setToolTip(tr(
            "A concept only loaded here is written as a file once refitted here: mark or answer a tile on this layer "
            "first (the file it came from is the concept as it stands)") if loaded_only else self.save_file_tip)
        for button in (self.answer_yes, self.answer_no, self.answer_skip):
            button.setEnabled(self.review_on and self.reviewing is not None)
        self.undo_button.setEnabled(bool(session is not None and session.history))   # in order, as answers are
        self._fill_history(session)
        if session is None or not session.name:
            self.counts.setText(tr("No marks yet. Select tiles that show the concept, then mark them."))
            self.progress_label.setText("")
            self.precision_label.setText("")
            self._show_threshold(NO_FIT)   # not the threshold of the layer or concept the panel was on
            return
        found, about, reviewed = session.progress()
        self.progress_label.setText(tr("updating…") if not idle else tr(
            "found {found} of about {about}, reviewed {reviewed}").format(found=found, about=about, reviewed=reviewed))
        text = tr("{yes} marked as <b>{name}</b>, {no} marked not {name}").format(
            yes=len(session.positives), no=len(session.negatives), name=session.name)
        if session.result is not None:
            r = session.result
            self._show_threshold(r.concept.threshold)
            mine = tr(" (yours; fitted {t:.2f})").format(t=session.fitted_threshold) if session.threshold is not None else ""
            self._show_precision(*session.expected_precision(), mine=mine)
            text += "<br/>" + tr("{flagged} of {tiles} tiles flagged (p_{name} ≥ {t:.2f}, {method}); updated in "
                                 "{s:.2f} s").format(flagged=session.flagged_count(), tiles=len(session.data.fids),
                                                     name=session.name, t=r.concept.threshold, method=fit_name(r.method),
                                                     s=session.seconds)
            held = r.method == "loaded" and session.applied.unconfirmed  # Load concept: its flags held here
            if held and session.applied.rough:   # its flags are off here: not 'before trusting flag_<name>'
                text += "<br/><span style='color:#b35900'>" + html.escape(held_why(session)) + "</span>"
            elif session.state is not None and session.state.rough:
                text += ("<br/><span style='color:#b35900'>" + tr(
                    "A few marks give a rough concept: review and mark more before trusting flag_{name}.").format(
                    name=session.name) + "</span>")
            elif held:
                text += ("<br/><span style='color:#b35900'>" + tr(
                    "flag_{name} stays off here: it would flag far more of this layer than where it was taught. "
                    "Review and mark tiles here to confirm it.").format(name=session.name) + "</span>")
            edge = session.sliver_warning()
            if edge:   # what teach's command line warns, in the same words: docs/teach.md, "Slivers at the edge"
                text += "<br/><span style='color:#b35900'>" + html.escape(edge) + "</span>"
        else:
            self.precision_label.setText("")
            self._show_threshold(NO_FIT)
        self.counts.setText(text)

    def _run(self, action) -> bool:
        """Run ``action``; a PlanetClassifierError becomes a message in the panel (in QGIS's language), not a crash.
        What runs here is on QGIS's thread (reading a layer's embeddings the first time, a threshold written; refits
        run in the background: teach_dock/refit): the wait cursor and 'updating…' on the review's line say so, the
        panel otherwise looking as if the click were lost."""
        before = self.progress_label.text()
        self.progress_label.setText(tr("updating…"))
        self.progress_label.repaint()      # now: QGIS paints nothing else until the action returns
        QApplication.setOverrideCursor(Qt.WaitCursor)
        try:
            with words(tr):
                action()
            return True
        except PlanetClassifierError as exc:
            self._say_refused(str(exc))
            return False
        finally:
            QApplication.restoreOverrideCursor()
            self.progress_label.setText(before)    # the callers' _update says what it is now

    def _say_refused(self, text: str) -> None:
        """Why an action (or a refit in the background) was refused: on the panel's bar, and where reviewing, on the
        line under the answer buttons."""
        self.bar.clearWidgets()
        self.bar.pushMessage(tr("Teach"), text, Qgis.Warning, 8)
        log(f"teach: {text}", Qgis.Warning)
        if self.review_on:   # the bar sits below the gallery, out of view while reviewing on a laptop screen:
            # the line under the answer buttons says it too (fixed height: nothing moves)
            self.question.setText(f"<span style='color:#c00'>{html.escape(text)}</span>")
            self.question.setToolTip(text)

