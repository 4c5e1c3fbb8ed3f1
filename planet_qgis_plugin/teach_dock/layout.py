"""The Teach dock's widgets, built once.

Layout rule: nothing above the answer buttons changes height (messages, counts and the question sit
below them, in fixed-height lines), so a click in the answering rhythm always lands on its button.
"""
from __future__ import annotations

import html

from qgis.gui import QgsMessageBar
from qgis.PyQt.QtCore import QSize, Qt, QTimer
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from ..core.model.concepts import CONCEPT_GROUPS
from ..dialog import RefitsOnWidth
from ..i18n import headed_by, tr
from ..style import group_title
from .review import CHIP_PX, GALLERY_COLUMNS, GALLERY_ROWS
from .threshold import THRESHOLD_DELAY_MS


class LayerLabel(RefitsOnWidth, QLabel):
    """'Tile layer: <name>' in its fixed two lines (above the answer buttons nothing changes height): a name that would
    wrap into a third line, cut off, is shortened in the middle (a scene's date and the run's time are its ends), whole
    in the tooltip. Text, never markup."""

    def __init__(self, parent=None, lines: int = 2):
        super().__init__(parent)
        self.setTextFormat(Qt.RichText)
        self.setWordWrap(True)
        self.setFixedHeight(self.fontMetrics().height() * lines + 6)
        self._template, self._name = "", ""

    def show_name(self, template: str, name: str) -> None:
        """``template`` (translated, with ``{name}``) shown with ``name``, as much of it as fits."""
        self._template, self._name = template, name
        self.setToolTip(name)
        self.refit()

    def _html(self, keep: int) -> str:
        name = self._name if keep >= len(self._name) else \
            self._name[:(keep + 1) // 2] + "…" + self._name[len(self._name) - keep // 2:]
        return self._template.format(name=html.escape(name))

    def _fits(self, keep: int) -> bool:
        self.setText(self._html(keep))
        return self.heightForWidth(self.width()) <= self.height()

    def refit(self) -> None:
        if not self._name:
            self.setText(self._template)
            return
        if self._fits(len(self._name)):
            return
        low, high = 0, len(self._name) - 1      # the most characters kept that fit (or none)
        while low < high:
            middle = (low + high + 1) // 2
            low, high = (middle, high) if self._fits(middle) else (low, middle - 1)
        self.setText(self._html(low))


class LayoutMixin:
    """The dock's widgets (each kept as an attribute of the panel) and its width."""

    def _build(self):
        body = QWidget(self)
        layout = QVBoxLayout(body)
        self.layer_label = LayerLabel(body)
        top, self.help_button = headed_by(self.layer_label, "teach")
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
        # two lines beside the buttons (as tall as them): in a dock at its least width 'found 3 of about 29,
        # reviewed 6' wraps, and one line cut its end
        self.progress_label = self._line(review, 2)
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
        # a raster drawn over the tile layer, said when the review starts (the map's bar hides it under later notices)
        self.covered = QLabel(review)
        self.covered.setWordWrap(True)
        self.covered.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Preferred)   # its text never widens the panel
        self.covered.hide()
        review_layout.addWidget(self.covered)
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
        # GALLERY_COLUMNS chips a row (each chip and its spacing on both sides, then the spacing between): the
        # review box, always shown, is as wide as that, so starting a review does not widen the dock. The box's own
        # frame is not in its layout's margins before it is shown: 8 px for it (2 px short, the row held 3 chips)
        chips = self.gallery.spacing() + GALLERY_COLUMNS * (CHIP_PX + 3 * self.gallery.spacing())
        margins = review_layout.contentsMargins()
        review.setMinimumWidth(chips + self.gallery.verticalScrollBar().sizeHint().width()
                               + 2 * self.gallery.frameWidth() + margins.left() + margins.right() + 8)
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
        self.save_file_tip = tr("Write the concept as a small file (weights, threshold, where it was taught, its "
                                "marked tiles) into the concepts folder of your QGIS profile: Load concept… and "
                                "classify --concept apply it")
        self.save_file_button.setToolTip(self.save_file_tip)
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
        # the bundle's name under the box's title, not in it: a group box is as wide as its title, and 'Concepts in
        # the model bundle (planet-lite0-sample 2026.12.06)' made the dock 573-630 px wide at least (en-es)
        self.bundle_name = self._line(bundle_box, 1)
        bundle_layout.addWidget(self.bundle_name)
        self.bundle_concepts = QListWidget(bundle_box)
        self.bundle_concepts.setMaximumHeight(70)
        bundle_layout.addWidget(self.bundle_concepts)
        layout.addWidget(bundle_box)
        self.bar = QgsMessageBar(body)     # at the bottom: a message never pushes the buttons down
        # nor widens the panel (its text wraps): with the bundle's name out of the box's title, a refusal's line was
        # the widest thing in the dock, which grew as it was said and moved the answer buttons
        self.bar.setSizePolicy(QSizePolicy.Ignored, self.bar.sizePolicy().verticalPolicy())
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

    def _fit_width(self) -> None:
        """The dock is as wide as its content needs (the buttons carry the concept's name)."""
        scroll = self.widget()
        body = scroll.widget()
        # the boxes' layouts first, innermost first: a button's new text reaches its box's hint, and the box's the
        # body's, only as Qt's layout events are handled, so the width read here was the one before (a name set on
        # the Mark button widened the dock at the next update, the answer buttons moving then)
        for inner in reversed([w.layout() for w in body.findChildren(QWidget) if w.layout() is not None]):
            inner.activate()
        body.layout().activate()
        scroll.setMinimumWidth(body.minimumSizeHint().width() + scroll.verticalScrollBar().sizeHint().width() + 4)
