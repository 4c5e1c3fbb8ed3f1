"""The "Teach a concept" dock: mark tiles with QGIS's own selection tools, review, save the concept."""
from __future__ import annotations

from qgis.core import Qgis, QgsVectorLayer
from qgis.gui import QgsMessageBar
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import (
    QComboBox,
    QDockWidget,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from .core.errors import PlanetClassifierError
from .core.model.concepts import CONCEPT_GROUPS
from .core.palette import FLAG_TITLES
from .runner import log
from .style import is_tiles_layer
from .teach_layer import TeachSession

ZOOM_TILES = 5.0  # review zooms to the tile and this many tile widths around it


class TeachPanel(QDockWidget):
    def __init__(self, iface, parent=None):
        super().__init__("Planet classifier — Teach a concept", parent)
        self.setObjectName("PlanetClassifierTeachDock")
        self.iface = iface
        self.layer: QgsVectorLayer | None = None
        self.sessions: dict[str, TeachSession] = {}   # layer id -> session (embeddings read once)
        self.reviewing: int | None = None             # fid shown for Yes / No / Skip
        self.choose_folder = self._ask_folder         # replaceable in tests
        self.bundle_path = None                       # None = the bundled model
        self._build()
        from qgis.core import QgsProject
        QgsProject.instance().layerWillBeRemoved.connect(self._layer_removed)
        self.set_layer(iface.activeLayer())

    # -- UI ------------------------------------------------------------------------------------
    def _build(self):
        body = QWidget(self)
        layout = QVBoxLayout(body)
        self.bar = QgsMessageBar(body)
        layout.addWidget(self.bar)
        self.layer_label = QLabel(body)
        self.layer_label.setWordWrap(True)
        layout.addWidget(self.layer_label)

        form = QFormLayout()
        self.name_combo = QComboBox(body)
        self.name_combo.setEditable(True)
        self.name_combo.lineEdit().setPlaceholderText("e.g. river_mine")
        self.name_combo.setToolTip("Becomes the fields p_<name> and flag_<name>: a-z, 0-9 and _")
        self.name_combo.lineEdit().editingFinished.connect(self._concept_changed)
        self.name_combo.activated.connect(self._concept_changed)
        self.group_combo = QComboBox(body)
        for group in CONCEPT_GROUPS:
            self.group_combo.addItem(FLAG_TITLES.get(group, group), group)
        self.group_combo.setCurrentIndex(CONCEPT_GROUPS.index("other"))
        self.group_combo.setToolTip("Mining / Logging / Slash-and-burn: flag_<name> also raises that group's flag "
                                    "and flagged. Other concept: only flag_<name>")
        self.group_combo.currentIndexChanged.connect(self._concept_changed)
        form.addRow("Concept", self.name_combo)
        form.addRow("Flag group", self.group_combo)
        layout.addLayout(form)

        marks = QGroupBox("Marks (select tiles on the map first)", body)
        marks_layout = QVBoxLayout(marks)
        row = QHBoxLayout()
        self.yes_button = QPushButton("Mark selected as …", marks)
        self.no_button = QPushButton("Not …", marks)
        self.unmark_button = QPushButton("Unmark", marks)
        self.yes_button.clicked.connect(lambda: self.mark_selected(True))
        self.no_button.clicked.connect(lambda: self.mark_selected(False))
        self.unmark_button.clicked.connect(self.unmark_selected)
        for button in (self.yes_button, self.no_button, self.unmark_button):
            row.addWidget(button)
        marks_layout.addLayout(row)
        self.counts = QLabel(marks)
        self.counts.setWordWrap(True)
        marks_layout.addWidget(self.counts)
        layout.addWidget(marks)

        review = QGroupBox("Review", body)
        review_layout = QVBoxLayout(review)
        self.review_button = QPushButton("Review next", review)
        self.review_button.setToolTip("Zoom to the tile the concept is least sure about (and unlike the ones shown)")
        self.review_button.clicked.connect(self.review_next)
        review_layout.addWidget(self.review_button)
        self.question = QLabel(review)
        self.question.setWordWrap(True)
        review_layout.addWidget(self.question)
        answers = QHBoxLayout()
        self.answer_yes = QPushButton("Yes", review)
        self.answer_no = QPushButton("No", review)
        self.answer_skip = QPushButton("Skip", review)
        self.answer_yes.clicked.connect(lambda: self.answer("yes"))
        self.answer_no.clicked.connect(lambda: self.answer("no"))
        self.answer_skip.clicked.connect(lambda: self.answer("skip"))
        for button in (self.answer_yes, self.answer_no, self.answer_skip):
            answers.addWidget(button)
        review_layout.addLayout(answers)
        review_layout.addWidget(QLabel("Most likely (not marked; double-click to look):", review))
        self.top_list = QListWidget(review)
        self.top_list.setMaximumHeight(110)
        self.top_list.itemDoubleClicked.connect(self._show_candidate)
        review_layout.addWidget(self.top_list)
        layout.addWidget(review)

        self.save_button = QPushButton("Save concept…", body)
        self.save_button.setToolTip("Write a copy of the model bundle that carries this concept, in a folder you "
                                    "choose; classify later scenes with it to get p_<name> / flag_<name>")
        self.save_button.clicked.connect(self.save_concept)
        layout.addWidget(self.save_button)

        bundle_box = QGroupBox("Concepts in the model bundle", body)
        self.bundle_box = bundle_box
        bundle_layout = QVBoxLayout(bundle_box)
        self.bundle_concepts = QListWidget(bundle_box)
        self.bundle_concepts.setMaximumHeight(70)
        bundle_layout.addWidget(self.bundle_concepts)
        layout.addWidget(bundle_box)
        layout.addStretch(1)
        scroll = QScrollArea(self)       # a small screen (1366x768) scrolls the panel, not the window
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        scroll.setWidget(body)
        self.setWidget(scroll)
        self.refresh_bundle()

    def _ask_folder(self) -> str:
        return QFileDialog.getExistingDirectory(self, "Save the bundle with this concept into (an empty folder)")

    # -- state ---------------------------------------------------------------------------------
    def session(self) -> TeachSession | None:
        return self.sessions.get(self.layer.id()) if self.layer is not None else None

    def _layer_removed(self, layer_id: str) -> None:
        """Forget a removed layer's session (its embeddings) and stop pointing at it."""
        self.sessions.pop(layer_id, None)
        if self.layer is not None and self.layer.id() == layer_id:
            self.clear_outline()
            self.set_layer(None)

    def closeEvent(self, event):  # noqa: N802
        self.clear_outline()
        super().closeEvent(event)

    def set_layer(self, layer) -> None:
        """Follow the active layer: a tile layer enables the loop, anything else explains why not."""
        self.layer = layer if is_tiles_layer(layer) else None
        self.reviewing = None
        if self.layer is None:
            self.layer_label.setText("Select a tile layer made by <b>Classify raster</b> in the Layers panel.")
        else:
            self.layer_label.setText(f"Tile layer: <b>{self.layer.name()}</b>")
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

    def _ensure_session(self) -> TeachSession:
        session = self.session()
        if session is None:
            if self.layer is None:
                raise PlanetClassifierError("select a tile layer made by 'Classify raster' first")
            session = TeachSession(self.layer, self.bundle())
            self.sessions[self.layer.id()] = session
        name = self.name_combo.currentText().strip()
        group = self.group_combo.currentData()
        if name != session.name or group != session.group:
            session.set_concept(name, group)
            if session.positives:      # marks made earlier (or another group): the fields follow at once
                session.refit()
        return session

    def _concept_changed(self, *_):
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
        self._update()

    def _fit_width(self) -> None:
        """The dock is as wide as its content needs (the buttons carry the concept's name)."""
        scroll = self.widget()
        body = scroll.widget()
        scroll.setMinimumWidth(body.minimumSizeHint().width() + scroll.verticalScrollBar().sizeHint().width() + 4)

    def _update(self) -> None:
        name = self.name_combo.currentText().strip() or "…"
        self.yes_button.setText(f"Mark selected as {name}")
        self.no_button.setText(f"Not {name}")
        self._fit_width()
        ok = self.layer is not None
        for widget in (self.name_combo, self.group_combo, self.yes_button, self.no_button, self.unmark_button):
            widget.setEnabled(ok)
        session = self.session()
        taught = session is not None and session.result is not None
        self.review_button.setEnabled(taught)
        self.save_button.setEnabled(taught)
        for button in (self.answer_yes, self.answer_no, self.answer_skip):
            button.setEnabled(self.reviewing is not None)
        if self.reviewing is None:
            self.question.setText("")
            self.clear_outline()
        if session is None or not session.name:
            self.counts.setText("No marks yet. Select tiles that show the concept, then mark them.")
            self._fill_top(None)
            return
        text = (f"{len(session.positives)} marked as <b>{session.name}</b>, {len(session.negatives)} marked "
                f"not {session.name}")
        if session.result is not None:
            r = session.result
            text += (f"<br/>{session.flagged_count()} of {len(session.data.fids)} tiles flagged "
                     f"(p_{session.name} ≥ {r.concept.threshold:.2f}, {r.method}); updated in "
                     f"{session.seconds:.2f} s")
            if len(session.positives) < 5:
                text += ("<br/><span style='color:#b35900'>A few marks give a rough concept: review and mark "
                         "more before trusting flag_" + session.name + ".</span>")
        self.counts.setText(text)
        self._fill_top(session)

    def _fill_top(self, session) -> None:
        """The top candidates of the latest fit (refilled only when there is a new fit)."""
        result = session.result if session is not None else None
        if result is getattr(self, "_top_of", None) and self.top_list.count():
            return
        self._top_of = result
        self.top_list.clear()
        if result is None:
            return
        r, data = session.result, session.data
        for row in r.top:
            item = QListWidgetItem(f"tile {data.rows[row]}, {data.cols[row]}: p_{session.name} = "
                                   f"{r.probabilities[row]:.2f}")
            item.setData(Qt.UserRole, int(data.fids[row]))
            self.top_list.addItem(item)

    def _show_candidate(self, item) -> None:
        """Zoom to a top candidate and ask about it like Review next does."""
        session = self.session()
        fid = item.data(Qt.UserRole)
        if session is None or fid is None:
            return
        self.reviewing = int(fid)
        self._ask(session, int(fid))
        self._update()

    def bundle(self):
        """The model bundle chosen in the Classify dialog (else the bundled model); BundleError if unreadable."""
        from qgis.core import QgsSettings

        from .core.model.bundle import resolve_bundle
        from .dialog import SETTINGS
        return resolve_bundle(self.bundle_path or QgsSettings().value(SETTINGS + "bundle", "", str) or None)

    def refresh_bundle(self) -> None:
        """List the concepts the current model bundle carries."""
        self.bundle_concepts.clear()
        try:
            bundle = self.bundle()
        except PlanetClassifierError as exc:
            self.bundle_concepts.addItem(f"cannot read the bundle: {exc}")
            return
        self.bundle_box.setTitle(f"Concepts in the model bundle ({bundle.manifest.display_name})")
        self.bundle_box.setToolTip(str(bundle.path))
        for concept in bundle.manifest.concepts:
            self.bundle_concepts.addItem(f"{concept.name} ({FLAG_TITLES.get(concept.group, concept.group)}, "
                                         f"threshold {concept.threshold:.2f})")
        if not bundle.manifest.concepts:
            self.bundle_concepts.addItem(f"{bundle.manifest.display_name}: none yet")

    def _run(self, action) -> bool:
        """Run ``action``; a PlanetClassifierError becomes a message in the panel, not a crash."""
        try:
            action()
            return True
        except PlanetClassifierError as exc:
            self.bar.pushMessage("Teach", str(exc), Qgis.Warning, 8)
            log(f"teach: {exc}", Qgis.Warning)
            return False

    # -- actions -------------------------------------------------------------------------------
    def mark_selected(self, positive: bool) -> bool:
        def act():
            session = self._ensure_session()
            fids = list(self.layer.selectedFeatureIds())
            session.mark(fids, positive)
            log(f"teach {session.name}: marked {len(fids)} tile(s) {'as' if positive else 'not'} {session.name} "
                f"on {self.layer.name()} ({session.seconds:.2f} s)")
        ok = self._run(act)
        self._fill_names()
        self._update()
        return ok

    def unmark_selected(self) -> bool:
        ok = self._run(lambda: self._ensure_session().unmark(self.layer.selectedFeatureIds()))
        self._update()
        return ok

    def review_next(self) -> int | None:
        session = self.session()
        fid = session.next_review() if session is not None else None
        self.reviewing = fid
        if fid is None:
            self.clear_outline()
            self.question.setText("Nothing left to review: mark more tiles or save the concept.")
        else:
            self._ask(session, fid)
        self._update()
        return fid

    def _ask(self, session, fid: int) -> None:
        feature = self.layer.getFeature(fid)
        p = float(session.result.probabilities[session.row_of[fid]])
        self.question.setText(f"Is tile {feature['row']}, {feature['col']} (p_{session.name} = {p:.2f}) "
                              f"a <b>{session.name}</b>?")
        self._zoom_to(feature)

    def _zoom_to(self, feature) -> None:
        canvas = self.iface.mapCanvas()
        try:
            from qgis.core import QgsCoordinateTransform, QgsProject
            box = feature.geometry().boundingBox()
            transform = QgsCoordinateTransform(self.layer.crs(), canvas.mapSettings().destinationCrs(),
                                               QgsProject.instance())
            box = transform.transformBoundingBox(box)
            box.scale(ZOOM_TILES)
            canvas.setExtent(box)
            self._outline(feature)
            canvas.refresh()
            canvas.flashFeatureIds(self.layer, [feature.id()])
        except Exception as exc:  # a canvas problem must not stop the loop
            log(f"teach: could not zoom to the tile ({exc})", Qgis.Warning)

    def _outline(self, feature) -> None:
        """Outline the tile under review (no fill: the analyst must see the imagery)."""
        from qgis.gui import QgsRubberBand
        from qgis.PyQt.QtGui import QColor
        self.clear_outline()
        band = QgsRubberBand(self.iface.mapCanvas(), feature.geometry().type())
        band.setToGeometry(feature.geometry(), self.layer)
        band.setColor(QColor(255, 0, 0))
        band.setFillColor(QColor(0, 0, 0, 0))
        band.setWidth(3)
        self.review_band = band

    def clear_outline(self) -> None:
        band = getattr(self, "review_band", None)
        self.review_band = None
        if band is not None:
            self.iface.mapCanvas().scene().removeItem(band)

    def answer(self, reply: str) -> int | None:
        """Yes / No marks the reviewed tile and refits; Skip passes it. Then shows the next one."""
        fid, session = self.reviewing, self.session()
        if fid is None or session is None:
            return None
        if reply == "skip":
            session.skip(fid)
        elif not self._run(lambda: session.mark([fid], reply == "yes")):
            return None
        return self.review_next()

    def save_concept(self) -> str | None:
        session = self.session()
        if session is None or session.result is None:
            return None
        folder = self.choose_folder()
        if not folder:
            return None

        def act():
            from .core.teach.save import save_concept
            path = save_concept(session.result.concept, session.bundle, folder).path
            from qgis.core import QgsSettings

            from .dialog import SETTINGS
            QgsSettings().setValue(SETTINGS + "bundle", str(path))   # later Classify runs apply the concept
            self.refresh_bundle()
            self.bar.pushMessage("Teach", f"saved {session.name} into {path}; Classify raster now uses this "
                                 "bundle, so later runs flag the concept (change it under Model bundle)",
                                 Qgis.Success, 10)
            log(f"teach: concept {session.name} saved into {path}")
            self.saved = str(path)
        self.saved = None
        self._run(act)
        return self.saved
