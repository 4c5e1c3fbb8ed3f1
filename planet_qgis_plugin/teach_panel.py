"""The "Teach a concept" dock: mark tiles with QGIS's own selection tools, review candidates as a
gallery of chips answered with Y / N / S, set the flag threshold, save or load the concept.

Layout rule: nothing above the answer buttons changes height (messages, counts and the question sit
below them, in fixed-height lines), so a click in the answering rhythm always lands on its button.
"""
from __future__ import annotations

import html
from pathlib import Path

from qgis.core import Qgis, QgsVectorLayer
from qgis.gui import QgsMessageBar
from qgis.PyQt.QtCore import QSize, Qt, QTimer
from qgis.PyQt.QtGui import QKeySequence
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDockWidget,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QShortcut,
    QSizePolicy,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from .core.errors import PlanetClassifierError
from .core.model.concepts import CONCEPT_GROUPS
from .i18n import open_help, tr
from .runner import log
from .style import group_title, is_tiles_layer, set_review_look
from .teach_layer import TeachSession

ZOOM_TILES = 5.0      # the map shows the chip under review and this many tile widths around it
CHIP_PX = 88          # gallery thumbnails (screen pixels)
GALLERY_ROWS = 2
GALLERY_SIZE = 12     # candidates shown at once
THRESHOLD_DELAY_MS = 250   # the slider rewrites the flags once it rests this long
CELL_COLOUR = (255, 230, 0)  # the located quarter of a chip: on the thumbnail and on the map
#: Keys that answer and move while the panel or the map has focus (Left / Right: previous / next chip).
KEYS = {"yes": Qt.Key_Y, "no": Qt.Key_N, "skip": Qt.Key_S}
MOVES = {Qt.Key_Left: -1, Qt.Key_Right: 1, Qt.Key_Up: -GALLERY_SIZE // GALLERY_ROWS,
         Qt.Key_Down: GALLERY_SIZE // GALLERY_ROWS}


def concepts_folder() -> Path:
    """``<QGIS profile>/planet_classifier/concepts``: where saved concept files are offered first."""
    from qgis.core import QgsApplication
    return Path(QgsApplication.qgisSettingsDirPath()) / "planet_classifier" / "concepts"


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


class TeachPanel(QDockWidget):
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
        #: "Where?": (layer id, fid) -> (the fit it was located for, core.teach.locate.Cell or None)
        self._cells: dict[tuple[str, int], tuple[object, object]] = {}
        self._locators: dict[str, list] = {}   # layer id -> [its tiles, core Locator or None]
        self._locate_task = None
        self._build()
        self._shortcuts()
        from qgis.core import QgsProject
        QgsProject.instance().layerWillBeRemoved.connect(self._layer_removed)
        self.set_layer(iface.activeLayer())

    # -- UI ------------------------------------------------------------------------------------
    def _build(self):
        body = QWidget(self)
        layout = QVBoxLayout(body)
        top = QHBoxLayout()
        self.layer_label = QLabel(body)
        self.layer_label.setTextFormat(Qt.RichText)
        self.layer_label.setFixedHeight(self.layer_label.fontMetrics().height() * 2 + 6)
        self.layer_label.setWordWrap(True)
        top.addWidget(self.layer_label, 1)
        self.help_button = QPushButton(tr("Help"), body)
        self.help_button.setToolTip(tr("Open the plugin's manual"))
        self.help_button.clicked.connect(lambda: open_help())
        top.addWidget(self.help_button, 0, Qt.AlignTop)
        layout.addLayout(top)

        form = QFormLayout()
        self.name_combo = QComboBox(body)
        self.name_combo.setEditable(True)
        self.name_combo.lineEdit().setPlaceholderText(tr("e.g. river_mine"))
        self.name_combo.setToolTip(tr("Becomes the fields p_<name> and flag_<name>: a-z, 0-9 and _"))
        self.name_combo.lineEdit().editingFinished.connect(self._concept_changed)
        self.name_combo.activated.connect(self._concept_changed)
        self.group_combo = QComboBox(body)
        for group in CONCEPT_GROUPS:
            self.group_combo.addItem(group_title(group), group)
        self.group_combo.setCurrentIndex(CONCEPT_GROUPS.index("other"))
        self.group_combo.setToolTip(tr("Mining / Logging / Slash-and-burn: flag_<name> also raises that group's "
                                       "flag and flagged. Other concept: only flag_<name>"))
        self.group_combo.currentIndexChanged.connect(self._concept_changed)
        form.addRow(tr("Concept"), self.name_combo)
        form.addRow(tr("Flag group"), self.group_combo)
        layout.addLayout(form)

        marks = QGroupBox(tr("Marks (select tiles on the map first)"), body)
        row = QHBoxLayout(marks)
        self.yes_button = QPushButton(marks)
        self.no_button = QPushButton(marks)
        self.unmark_button = QPushButton(tr("Unmark"), marks)
        self.yes_button.clicked.connect(lambda: self.mark_selected(True))
        self.no_button.clicked.connect(lambda: self.mark_selected(False))
        self.unmark_button.clicked.connect(self.unmark_selected)
        for button in (self.yes_button, self.no_button, self.unmark_button):
            row.addWidget(button)
        marks.setSizePolicy(QSizePolicy.Preferred, QSizePolicy.Fixed)
        layout.addWidget(marks)

        threshold = QHBoxLayout()
        threshold.addWidget(QLabel(tr("Flag at p ≥"), body))
        self.threshold_slider = QSlider(Qt.Horizontal, body)
        self.threshold_slider.setRange(1, 99)
        self.threshold_slider.setToolTip(tr("Tiles at or above this probability get flag_<name>; the map "
                                            "follows at once"))
        self.threshold_slider.valueChanged.connect(self._threshold_moved)
        self.threshold_value = QLabel("0.50", body)
        self.threshold_value.setFixedWidth(self.threshold_value.fontMetrics().horizontalAdvance("0.000"))
        self.threshold_reset = QPushButton(tr("Fitted"), body)
        self.threshold_reset.setToolTip(tr("Go back to the threshold the marks and answers give"))
        self.threshold_reset.clicked.connect(lambda: self.set_threshold(None))
        threshold.addWidget(self.threshold_slider, 1)
        threshold.addWidget(self.threshold_value)
        threshold.addWidget(self.threshold_reset)
        layout.addLayout(threshold)
        self.precision_label = self._line(body, 2)
        layout.addWidget(self.precision_label)
        self._threshold_timer = QTimer(self)
        self._threshold_timer.setSingleShot(True)
        self._threshold_timer.setInterval(THRESHOLD_DELAY_MS)
        self._threshold_timer.timeout.connect(lambda: self.set_threshold(self.threshold_slider.value() / 100))

        review = QGroupBox(tr("Review"), body)
        review_layout = QVBoxLayout(review)
        head = QHBoxLayout()
        self.review_button = QPushButton(tr("Start review"), review)
        self.review_button.setCheckable(True)
        self.review_button.setToolTip(tr("Show the tiles not yet looked at as chips, likeliest first by your marks "
                                         "and answers so far (so the order can differ from the p under each "
                                         "chip); answer with Y / N / S, move with the arrow keys"))
        self.review_button.toggled.connect(self.set_reviewing)
        self.progress_label = self._line(review, 1)
        self.where_check = QCheckBox(tr("Where?"), review)
        self.where_check.setToolTip(tr("Outline where in each chip the concept is (the best quarter of the tile), "
                                       "on the chip and on the map. Reruns the network on 9 windows around each "
                                       "chip, read from the raster the layer was classified from: a few seconds "
                                       "for the gallery, in the background"))
        self.where_check.toggled.connect(self._where_toggled)
        head.addWidget(self.review_button)
        head.addWidget(self.where_check)
        head.addWidget(self.progress_label, 1)
        review_layout.addLayout(head)
        answers = QHBoxLayout()
        self.answer_yes = QPushButton(tr("Yes (Y)"), review)
        self.answer_no = QPushButton(tr("No (N)"), review)
        self.answer_skip = QPushButton(tr("Skip (S)"), review)
        self.answer_yes.clicked.connect(lambda: self.answer("yes"))
        self.answer_no.clicked.connect(lambda: self.answer("no"))
        self.answer_skip.clicked.connect(lambda: self.answer("skip"))
        for button in (self.answer_yes, self.answer_no, self.answer_skip):
            answers.addWidget(button)
        review_layout.addLayout(answers)
        # -- below the answer buttons: lines whose text changes, and the chips ---------------------
        self.question = self._line(review, 2)
        review_layout.addWidget(self.question)
        self.gallery = QListWidget(review)
        self.gallery.setViewMode(QListView.IconMode)
        self.gallery.setIconSize(QSize(CHIP_PX, CHIP_PX))
        self.gallery.setMovement(QListView.Static)
        self.gallery.setResizeMode(QListView.Adjust)
        self.gallery.setWrapping(True)
        self.gallery.setSpacing(3)
        self.gallery.setSelectionMode(QAbstractItemView.SingleSelection)
        self.gallery.setUniformItemSizes(True)
        cell = CHIP_PX + 2 * self.gallery.fontMetrics().height() + 12
        self.gallery.setFixedHeight(GALLERY_ROWS * cell + 8)
        self.gallery.setToolTip(self.review_button.toolTip())
        self.gallery.currentItemChanged.connect(self._chip_changed)
        self.gallery.hide()                          # shown while reviewing (below the buttons)
        review_layout.addWidget(self.gallery)
        review.setSizePolicy(QSizePolicy.Preferred, QSizePolicy.Fixed)   # never stretched nor squeezed
        layout.addWidget(review)
        self.counts = QLabel(body)
        self.counts.setWordWrap(True)
        layout.addWidget(self.counts)

        history = QGroupBox(tr("Marks and answers (newest first)"), body)
        history_layout = QVBoxLayout(history)
        self.history_list = QListWidget(history)
        self.history_list.setMaximumHeight(110)
        self.history_list.itemDoubleClicked.connect(self._show_history_item)
        self.undo_button = QPushButton(tr("Undo selected"), history)
        self.undo_button.setToolTip(tr("Forget the chosen mark or answer (the newest when none is chosen) "
                                       "and refit"))
        self.undo_button.clicked.connect(self.undo)
        history_layout.addWidget(self.history_list)
        history_layout.addWidget(self.undo_button)
        layout.addWidget(history)

        files = QHBoxLayout()
        self.save_button = QPushButton(tr("Save concept…"), body)
        self.save_button.setToolTip(tr("Write a copy of the model bundle that carries this concept, in a folder "
                                       "you choose; classify later scenes with it to get p_<name> / flag_<name>"))
        self.save_button.clicked.connect(self.save_concept)
        self.save_file_button = QPushButton(tr("Save concept file…"), body)
        self.save_file_button.setToolTip(tr("Write the concept as a small file (weights, threshold, where it was "
                                            "taught, its marked tiles) into the concepts folder of your QGIS "
                                            "profile: Load concept… and classify --concept apply it"))
        self.save_file_button.clicked.connect(self.save_concept_file)
        self.load_button = QPushButton(tr("Load concept…"), body)
        self.load_button.setToolTip(tr("Apply a saved concept file to this tile layer (the concepts folder of "
                                       "your QGIS profile is offered first)"))
        self.load_button.clicked.connect(self.load_concept)
        files.addWidget(self.save_button)
        files.addWidget(self.save_file_button)
        files.addWidget(self.load_button)
        layout.addLayout(files)

        bundle_box = QGroupBox(tr("Concepts in the model bundle"), body)
        self.bundle_box = bundle_box
        bundle_layout = QVBoxLayout(bundle_box)
        self.bundle_concepts = QListWidget(bundle_box)
        self.bundle_concepts.setMaximumHeight(70)
        bundle_layout.addWidget(self.bundle_concepts)
        layout.addWidget(bundle_box)
        self.bar = QgsMessageBar(body)     # at the bottom: a message never pushes the buttons down
        layout.addWidget(self.bar)
        layout.addStretch(1)
        scroll = QScrollArea(self)       # a small screen (1366x768) scrolls the panel, not the window
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        scroll.setVerticalScrollBarPolicy(Qt.ScrollBarAlwaysOn)   # a bar coming and going would shift the buttons
        scroll.setWidget(body)
        self.setWidget(scroll)
        self.refresh_bundle()

    @staticmethod
    def _line(parent, lines: int = 1) -> QLabel:
        """A label of a fixed height of ``lines`` text lines (its text may change, its size does not)."""
        label = QLabel(parent)
        label.setWordWrap(True)
        label.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Fixed)   # its text never widens the panel
        label.setTextFormat(Qt.RichText)
        label.setFixedHeight(label.fontMetrics().height() * lines + 4)
        label.setAlignment(Qt.AlignLeft | Qt.AlignTop)
        return label

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

    def _ask_folder(self) -> str:
        return QFileDialog.getExistingDirectory(self, tr("Save the bundle with this concept into (an empty folder)"))

    def _ask_concept_target(self, name: str) -> str:
        from .core.teach.concept_file import SUFFIX
        folder = concepts_folder()
        folder.mkdir(parents=True, exist_ok=True)
        path, _ = QFileDialog.getSaveFileName(self, tr("Save the concept as"), str(folder / f"{name}{SUFFIX}"),
                                              tr("Concept files (*.concept.json)"))
        return path

    def _ask_concept_file(self) -> str:
        folder = concepts_folder()
        folder.mkdir(parents=True, exist_ok=True)
        path, _ = QFileDialog.getOpenFileName(self, tr("Load a concept"), str(folder),
                                              tr("Concept files (*.json *.concept.json);;All files (*)"))
        return path

    # -- state ---------------------------------------------------------------------------------
    def session(self) -> TeachSession | None:
        return self.sessions.get(self.layer.id()) if self.layer is not None else None

    def _layer_removed(self, layer_id: str) -> None:
        """Forget a removed layer's session (its embeddings) and stop pointing at it."""
        self.sessions.pop(layer_id, None)
        self._locators.pop(layer_id, None)
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
            self.layer_label.setText(tr("Select a tile layer made by <b>Classify raster</b> in the Layers panel."))
        else:
            self.layer_label.setText(tr("Tile layer: <b>{name}</b>").format(name=self.layer.name()))
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
            if session.positives:      # marks made earlier (or another group): the fields follow at once
                session.refit()
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
        self._update()
        if self.review_on:
            self._fill_gallery()

    def _fit_width(self) -> None:
        """The dock is as wide as its content needs (the buttons carry the concept's name)."""
        scroll = self.widget()
        body = scroll.widget()
        scroll.setMinimumWidth(body.minimumSizeHint().width() + scroll.verticalScrollBar().sizeHint().width() + 4)

    def _update(self) -> None:
        name = self.name_combo.currentText().strip() or "…"
        self.yes_button.setText(tr("Mark selected as {name}").format(name=name))
        self.no_button.setText(tr("Not {name}").format(name=name))
        self._fit_width()
        ok = self.layer is not None
        for widget in (self.name_combo, self.group_combo, self.yes_button, self.no_button, self.unmark_button,
                       self.load_button):
            widget.setEnabled(ok)
        session = self.session()
        taught = session is not None and session.result is not None
        for widget in (self.review_button, self.save_button, self.threshold_slider, self.threshold_reset):
            widget.setEnabled(taught)
        # a concept only loaded here has no fit of its own to write as a file until a mark or answer refits it
        self.save_file_button.setEnabled(taught and session.state is not None)
        for button in (self.answer_yes, self.answer_no, self.answer_skip):
            button.setEnabled(self.review_on and self.reviewing is not None)
        self.undo_button.setEnabled(bool(session is not None and session.history))
        self._fill_history(session)
        if session is None or not session.name:
            self.counts.setText(tr("No marks yet. Select tiles that show the concept, then mark them."))
            self.progress_label.setText("")
            self.precision_label.setText("")
            return
        found, about, reviewed = session.progress()
        self.progress_label.setText(tr("found {found} of about {about}, reviewed {reviewed}").format(
            found=found, about=about, reviewed=reviewed))
        text = tr("{yes} marked as <b>{name}</b>, {no} marked not {name}").format(
            yes=len(session.positives), no=len(session.negatives), name=session.name)
        if session.result is not None:
            r = session.result
            self._show_threshold(r.concept.threshold)
            precision, answers = session.expected_precision()
            mine = tr(" (yours; fitted {t:.2f})").format(t=session.fitted_threshold) if session.threshold is not None else ""
            if precision is None:
                self.precision_label.setText(tr("expected precision: not known yet (no answer at or above "
                                                "the threshold){mine}").format(mine=mine))
            else:
                self.precision_label.setText(tr("expected precision {p:.0%} (from {n} answers){mine}").format(
                    p=precision, n=answers, mine=mine))
            text += "<br/>" + tr("{flagged} of {tiles} tiles flagged (p_{name} ≥ {t:.2f}, {method}); updated in "
                                 "{s:.2f} s").format(flagged=session.flagged_count(), tiles=len(session.data.fids),
                                                     name=session.name, t=r.concept.threshold, method=r.method,
                                                     s=session.seconds)
            held = r.method == "loaded" and session.applied.unconfirmed  # Load concept: its flags held here
            if (session.state is not None and session.state.rough) or (held and session.applied.rough):
                text += ("<br/><span style='color:#b35900'>" + tr(
                    "A few marks give a rough concept: review and mark more before trusting flag_{name}.").format(
                    name=session.name) + "</span>")
            elif held:
                text += ("<br/><span style='color:#b35900'>" + tr(
                    "flag_{name} stays off here: it would flag far more of this layer than where it was taught. "
                    "Review and mark tiles here to confirm it.").format(name=session.name) + "</span>")
        else:
            self.precision_label.setText("")
        self.counts.setText(text)

    def _show_threshold(self, value: float) -> None:
        self.threshold_slider.blockSignals(True)
        self.threshold_slider.setValue(int(round(value * 100)))
        self.threshold_slider.blockSignals(False)
        self.threshold_value.setText(f"{value:.2f}")

    def _fill_history(self, session) -> None:
        self.history_list.clear()
        if session is None:
            return
        titles = {"yes": tr("yes"), "no": tr("no"), "skip": tr("skipped")}
        for fid, reply in reversed(session.history):
            row = session.row_of.get(fid)
            if row is None:
                continue
            item = QListWidgetItem(tr("tile {row}, {col}: {answer}").format(
                row=session.data.rows[row], col=session.data.cols[row], answer=titles[reply]))
            item.setData(Qt.UserRole, int(fid))
            self.history_list.addItem(item)

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
            self.bundle_concepts.addItem(tr("cannot read the bundle: {error}").format(error=exc))
            return
        self.bundle_box.setTitle(tr("Concepts in the model bundle ({name})").format(
            name=bundle.manifest.display_name))
        self.bundle_box.setToolTip(str(bundle.path))
        for concept in bundle.manifest.concepts:
            self.bundle_concepts.addItem(tr("{name} ({group}, threshold {t:.2f})").format(
                name=concept.name, group=group_title(concept.group), t=concept.threshold))
        if not bundle.manifest.concepts:
            self.bundle_concepts.addItem(tr("{name}: none yet").format(name=bundle.manifest.display_name))

    def _run(self, action) -> bool:
        """Run ``action``; a PlanetClassifierError becomes a message in the panel, not a crash."""
        try:
            action()
            return True
        except PlanetClassifierError as exc:
            self.bar.clearWidgets()
            self.bar.pushMessage(tr("Teach"), str(exc), Qgis.Warning, 8)
            log(f"teach: {exc}", Qgis.Warning)
            if self.review_on:   # the bar sits below the gallery, out of view while reviewing on a laptop screen:
                # the line under the answer buttons says it too (fixed height: nothing moves)
                self.question.setText(f"<span style='color:#c00'>{html.escape(str(exc))}</span>")
                self.question.setToolTip(str(exc))
            return False

    # -- marks ---------------------------------------------------------------------------------
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
        if self.review_on:
            self._fill_gallery()
        return ok

    def unmark_selected(self) -> bool:
        ok = self._run(lambda: self._ensure_session().unmark(self.layer.selectedFeatureIds()))
        self._update()
        return ok

    def undo(self) -> bool:
        """Forget the chosen entry of the marks list (the newest if none is chosen) and refit."""
        session = self.session()
        if session is None or not session.history:
            return False
        item = self.history_list.currentItem()
        fid = item.data(Qt.UserRole) if item is not None else session.history[-1][0]
        ok = self._run(lambda: session.unmark([fid]))
        self._update()
        if self.review_on:
            self._fill_gallery()
        return ok

    def _show_history_item(self, item) -> None:
        fid = item.data(Qt.UserRole)
        if fid is not None and self.layer is not None:
            self._zoom_to(self.layer.getFeature(int(fid)))

    # -- threshold -----------------------------------------------------------------------------
    def _threshold_moved(self, value: int) -> None:
        self.threshold_value.setText(f"{value / 100:.2f}")
        session = self.session()
        if session is not None and session.result is not None:
            precision, answers = session.expected_precision(value / 100)
            self.precision_label.setText(
                tr("expected precision {p:.0%} (from {n} answers)").format(p=precision, n=answers)
                if precision is not None else tr("expected precision: not known yet (no answer at or above "
                                                 "the threshold){mine}").format(mine=""))
        self._threshold_timer.start()

    def _flush_threshold(self) -> None:
        """A slider move still waiting to be written goes to the layer and concept it was made on, before they change
        (the timer would write it on the next ones, as their analyst's own threshold)."""
        if self._threshold_timer.isActive():
            self.set_threshold(self.threshold_slider.value() / 100)

    def set_threshold(self, value: float | None) -> bool:
        """Flag at p >= ``value`` (None: the fitted threshold): rewrites flag_<name>, repaints in place."""
        self._threshold_timer.stop()
        session = self.session()
        if session is None or session.result is None:
            return False
        ok = self._run(lambda: session.set_threshold(value))
        if ok:
            log(f"teach {session.name}: threshold {session.result.concept.threshold:.2f}, "
                f"{session.flagged_count()} flagged ({session.seconds:.2f} s)")
        self._update()
        return ok

    # -- review --------------------------------------------------------------------------------
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
        self.gallery.setVisible(on)
        if on:
            self._fill_gallery()
            self.gallery.setFocus()
        else:
            self.gallery.clear()
            self.reviewing = None
            self.question.setText("")
            self.clear_outline()
        self._update()

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

    def _fill_gallery(self) -> None:
        """The most likely tiles not yet looked at, as chips; the first is current (the map follows it)."""
        session = self.session()
        if session is not None:    # tiles deleted in a saved edit session: the chips are the file's tiles
            self._run(session.sync)
        self.gallery.blockSignals(True)
        self.gallery.clear()
        fids = session.candidates(GALLERY_SIZE) if session is not None else []
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
            self.gallery.setCurrentRow(0)
            self._chip_changed(self.gallery.currentItem())
        else:
            self.reviewing = None
            self.clear_outline()
            self.question.setText(tr("Nothing left to review: mark more tiles or save the concept."))
            self._update()

    def _imagery_layers(self) -> list:
        """The map's visible layers that are not tile layers (what the chips are cut from)."""
        canvas = self.iface.mapCanvas()
        return [layer for layer in canvas.layers() if not is_tiles_layer(layer)]

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

    def move(self, step: int) -> None:
        """Make the chip ``step`` places on current (the arrow keys)."""
        if not self.review_on or not self.gallery.count():
            return
        row = min(max(self.gallery.currentRow() + step, 0), self.gallery.count() - 1)
        self.gallery.setCurrentRow(row)

    def review_next(self) -> int | None:
        """Start the review if needed; the current chip's fid (None when nothing is left)."""
        if not self.review_on:
            self.set_reviewing(True)
        else:
            self._fill_gallery()
        if self.reviewing is None and self.review_on:
            self.question.setText(tr("Nothing left to review: mark more tiles or save the concept."))
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
        except Exception as exc:  # a canvas problem must not stop the loop
            log(f"teach: could not zoom to the tile ({exc})", Qgis.Warning)

    def _outline(self, feature) -> None:
        """Outline the tile under review (no fill: the analyst must see the imagery)."""
        self.clear_outline()
        self.review_band = self._band(feature.geometry(), (255, 0, 0), 3)
        self._outline_cell(feature.id())

    def _band(self, geometry, colour: tuple[int, int, int], width: int, style=Qt.SolidLine):
        """A hollow outline of ``geometry`` (in the layer's CRS) on the map canvas."""
        from qgis.gui import QgsRubberBand
        from qgis.PyQt.QtGui import QColor
        band = QgsRubberBand(self.iface.mapCanvas(), geometry.type())
        band.setToGeometry(geometry, self.layer)
        band.setColor(QColor(*colour))
        band.setFillColor(QColor(0, 0, 0, 0))
        band.setLineStyle(style)
        band.setWidth(width)
        return band

    def clear_outline(self) -> None:
        for name in ("review_band", "cell_band"):
            band = getattr(self, name, None)
            setattr(self, name, None)
            if band is not None:
                self.iface.mapCanvas().scene().removeItem(band)

    # -- where in the chip ("Where?": core/teach/locate.py in a background task) --------------------
    def _where_toggled(self, _on: bool) -> None:
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
        from qgis.core import QgsApplication, QgsTask
        layer_id, result, concept = self.layer.id(), session.result, session.result.concept
        locator = self._locator(session)
        rasters = self._raster_sources()

        def work(task):
            if locator[1] is None:  # opening the raster and its statistics: off the GUI thread too
                from .core.pipeline.preprocess import remembered_statistics
                from .core.teach.locate import find_locator
                with remembered_statistics():  # the classify run's, where it ran in this session
                    locator[1] = find_locator(session.data, session.bundle, rasters)
            return locator[1].locate(concept, fids)

        def done(exception, found=None):
            cancelled = self._locate_task is not None and self._locate_task.isCanceled()
            self._locate_task = None
            if cancelled or exception is not None or found is None:
                self._where_failed(None if cancelled else exception)
                return
            for where in found:
                self._cells[(layer_id, where.fid)] = (result, where.best)
            if self.layer is not None and self.layer.id() == layer_id:
                if self.reviewing is not None:
                    self._outline_cell(self.reviewing)
                self._locate_gallery()

        self._locate_task = QgsTask.fromFunction(tr("Planet classifier: where in {n} chips").format(n=len(fids)),
                                                 work, on_finished=done)
        QgsApplication.taskManager().addTask(self._locate_task)

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
        if band is not None:
            self.iface.mapCanvas().scene().removeItem(band)
        cell = self.located(fid) if self.where_check.isChecked() and fid is not None else None
        if cell is None or self.layer is None:
            return
        from qgis.core import QgsGeometry, QgsRectangle
        self.cell_band = self._band(QgsGeometry.fromRect(QgsRectangle(*cell.box)), CELL_COLOUR, 2, Qt.DashLine)

    def answer(self, reply: str) -> int | None:
        """Yes / No marks the current chip and refits; Skip passes it. Then the next chip is current."""
        fid, session = self.reviewing, self.session()
        if not self.review_on or fid is None or session is None:
            return None
        if not self._run(lambda: session.answer(fid, reply)):
            self._update()     # a mark the fit refused is kept (Undo takes it back): the list shows it
            return None
        log(f"teach {session.name}: tile {fid} answered {reply}")
        self._fill_gallery()
        return self.reviewing

    # -- concept files -------------------------------------------------------------------------
    def save_concept(self) -> str | None:
        session = self.session()
        if session is None or session.result is None:
            return None
        folder = self.choose_folder()
        if not folder:
            return None

        def act():
            from .core.teach.save import save_concept
            path = save_concept(session.result.concept, session.bundle, folder).path  # one line if it cannot
            from qgis.core import QgsSettings

            from .dialog import SETTINGS
            QgsSettings().setValue(SETTINGS + "bundle", str(path))   # later Classify runs apply the concept
            self.refresh_bundle()
            self.bar.clearWidgets()
            self.bar.pushMessage(tr("Teach"), tr("saved {name} into {path}; Classify raster now uses this bundle, "
                                                 "so later runs flag the concept (change it under Model bundle)"
                                                 ).format(name=session.name, path=path), Qgis.Success, 10)
            log(f"teach: concept {session.name} saved into {path}")
            self.saved = str(path)
        self.saved = None
        self._run(act)
        return self.saved

    def save_concept_file(self, path: str | None = None) -> str | None:
        """The concept as a small file (core/teach/concept_file.py), by default in the profile's concepts folder."""
        session = self.session()
        if session is None or session.state is None or not self._run(session.check_concept_file_name):
            return None     # (said before the file dialog, not after it)
        path = path or self.choose_concept_target(session.name)
        if not path:
            return None
        saved = []

        def act():
            saved.append(session.save_concept_file(path))
            self.bar.clearWidgets()
            self.bar.pushMessage(tr("Teach"), tr("saved {name} as {path}").format(name=session.name, path=saved[0]),
                                 Qgis.Success, 10)
            log(f"teach: concept {session.name} saved as {saved[0]}")
        self._run(act)
        return saved[0] if saved else None

    def load_concept(self, path: str | None = None) -> bool:
        """Apply a concept file to the tile layer (its p_<name> / flag_<name> are written in place)."""
        if self.layer is None:
            return False
        path = path or self.choose_concept_file()
        if not path:
            return False

        def act():
            session = self._layer_session()
            session.load(path)
            concept = session.result.concept
            if session.applied.unconfirmed:
                self.bar.clearWidgets()
                why = (tr("{name} was taught from only {k} tiles, too few to trust: its flags stay off until "
                          "you review here")
                       if session.applied.rough else
                       tr("{name} would flag {n} of {tiles} tiles here, far more than "
                          "where it was taught: its flags stay off until you review "
                          "and mark tiles on this layer"))
                self.bar.pushMessage(tr("Teach"), why.format(
                    name=concept.name, n=session.applied.would_flag, tiles=session.applied.tiles,
                    k=session.applied.rests_on), Qgis.Warning, 0)
            self.name_combo.setEditText(concept.name)
            self.group_combo.blockSignals(True)
            self.group_combo.setCurrentIndex(CONCEPT_GROUPS.index(concept.group))
            self.group_combo.blockSignals(False)
            log(f"teach: concept {concept.name} loaded from {path}: {session.flagged_count()} tiles flagged")
        ok = self._run(act)
        if ok:
            self._fill_names()
        self._update()
        if ok and self.review_on:   # the gallery and the question were the concept reviewed before
            self._fill_gallery()
        return ok
