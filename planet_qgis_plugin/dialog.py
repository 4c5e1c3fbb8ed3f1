"""The "Classify raster" dialog (built in code) and the small "Filter tiles by tag" dialog."""
from __future__ import annotations

import os
import re
from html import escape
from pathlib import Path

from qgis.core import Qgis, QgsMapLayerProxyModel, QgsProject, QgsRasterLayer, QgsSettings, QgsVectorLayer
from qgis.gui import QgsFileWidget, QgsMapLayerComboBox, QgsMessageBar
from qgis.PyQt.QtCore import QEvent, QObject, Qt
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from .core.errors import PlanetClassifierError
from .core.labels import LABELS
from .core.layer.gpkg import check_answers_kept, check_concepts_kept
from .core.model.predict import BACKENDS, DEVICES
from .core.pipeline.options import DEFAULT_BATCH_SIZE
from .core.wording import count, words
from .i18n import open_help, tr
from .paths import PLUGIN_NAME, icon_path
from .runner import (
    ClassifyRequest,
    aoi_from_extent,
    aoi_from_layer,
    default_band_mapping,
    default_output,
    raster_source,
    writable,
)
from .style import edit_mode_refusal, filter_by_tag, group_title, is_tiles_layer, shade_of, tag_title

SETTINGS = "planet_classifier/"
#: The folder the last output went into: the default when the project has no folder of its own.
OUTPUT_FOLDER = SETTINGS + "output_folder"
BACKEND_TITLES = {"onnx": "onnx (ONNX Runtime)", "torch": "torch (PyTorch)"}
#: Order of the warnings shown above the settings (each says what to do about it).
WARNINGS = ("crs", "support", "run", "familiarity")


#: How the trainer names its cross-validation in a bundle's ``protocol`` ('5-fold stratified cross-validation on 64
#: chips, ...'; trainer/model_card.py reads the count the same way).
FOLDS = re.compile(r"\b(\d+)-fold\b")


def measured_how(metrics: dict) -> str:
    """How a bundle's F2 was measured, in the analyst's language: a sentence made from the numbers its metadata holds
    (the folds of the cross-validation, the chips, how the thresholds were chosen), not the trainer's English
    ``protocol`` line, which the dialog showed as written. '' where the metadata holds no count of chips."""
    n, mode = metrics.get("n"), str(metrics.get("threshold_mode") or "")
    if not isinstance(n, int) or isinstance(n, bool) or n < 1:
        return ""
    chips = count(n, tr("chip"), tr("chips"))
    folds = FOLDS.search(str(metrics.get("protocol") or ""))
    if folds is None:   # a held-out set, an evaluation on other data: the model card says which
        return tr("measured on {chips}; the model card says how").format(chips=chips)
    text = tr("{folds}-fold cross-validation on {chips}: each chip scored by a model not trained on it").format(
        folds=int(folds.group(1)), chips=chips)
    if "cross-fitted" in mode:
        text += "; " + (tr("one threshold for every tag, chosen on the other folds") if mode.startswith("uniform")
                        else tr("a threshold for each tag, chosen on the other folds"))
    return text


def area_titles() -> tuple[str, str, str]:
    return tr("Whole raster"), tr("Current map extent"), tr("Polygon layer")


def _writable_folder(folder) -> Path | None:
    if not folder:
        return None
    path = Path(folder)
    return path if writable(path) else None


def default_output_folder() -> Path:
    """Where a new output goes: the project's folder, else the folder the last output went into, else the
    user's documents (never the raster's own folder: it may be a shared or read-only data folder)."""
    from qgis.PyQt.QtCore import QStandardPaths
    for folder in (QgsProject.instance().homePath(), QgsSettings().value(OUTPUT_FOLDER, "", str),
                   QStandardPaths.writableLocation(QStandardPaths.DocumentsLocation), str(Path.home())):
        found = _writable_folder(folder)
        if found is not None:
            return found
    import tempfile
    return Path(tempfile.gettempdir())


def check_output_folder(output: str) -> None:
    """PlanetClassifierError (one line, what to do) when ``output`` cannot be written where it is."""
    folder = Path(output).parent
    if not folder.is_dir():
        raise PlanetClassifierError(tr("the output folder {folder} does not exist; choose another output "
                                       "GeoPackage").format(folder=folder))
    if not os.access(folder, os.W_OK):
        raise PlanetClassifierError(tr("cannot write into {folder} (read-only or shared); choose another output "
                                       "GeoPackage").format(folder=folder))


class WheelGuard(QObject):
    """Spin boxes and lists ignore the mouse wheel unless they have the focus: scrolling the dialog must
    not change Batch size. The wheel scrolls the dialog instead."""

    def __init__(self, scroll: QScrollArea):
        super().__init__(scroll)
        self.scroll = scroll

    def eventFilter(self, watched, event):  # noqa: N802
        if event.type() == QEvent.Wheel and not watched.hasFocus():
            QApplication.sendEvent(self.scroll.verticalScrollBar(), event)
            return True
        return False

    def guard(self, widget: QWidget) -> None:
        widget.setFocusPolicy(Qt.StrongFocus)   # a click gives the focus, the wheel alone does not
        widget.installEventFilter(self)


class RefitsOnWidth:
    """A widget whose height follows its text wrapped at its width: ``refit()`` again when the width changes."""

    def resizeEvent(self, event):  # noqa: N802
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self.refit()


class WrappedLabel(RefitsOnWidth, QLabel):
    """A word-wrapped label as tall as its text at the width it is given. In a form layout Qt sizes one by its text
    wrapped at a guessed, narrower width: the bundle's description stood in 60 px of blank that pushed the Inference
    box's 'Found' line out of view on a 1366x768 screen."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWordWrap(True)
        policy = self.sizePolicy()   # the form layout would ask for the height at its guessed width again
        policy.setHeightForWidth(False)
        self.setSizePolicy(policy)

    def setText(self, text: str) -> None:  # noqa: N802
        super().setText(text)
        self.refit()

    def refit(self) -> None:
        self.setMinimumHeight(0)          # heightForWidth of a label of fixed height is that height
        self.setMaximumHeight(16777215)
        height = self.heightForWidth(self.width()) if self.text() else -1
        if height > 0:
            self.setFixedHeight(height)


class WarningBox(RefitsOnWidth, QScrollArea):
    """The warnings above the settings: as tall as their text at the box's width, up to ``lines`` lines, then they
    scroll. At a fixed 8 lines one warning of four sat in blank orange, and the settings below lost that height."""

    def __init__(self, label: QLabel, lines: int, parent=None):
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.NoFrame)
        self.setWidget(label)
        self.most = label.fontMetrics().height() * lines + 16

    def refit(self) -> None:
        need = self.widget().heightForWidth(self.viewport().width()) if self.widget().text() else 0
        self.setFixedHeight(min(max(need, 0), self.most))


class ClassifyDialog(QDialog):
    def __init__(self, iface, plugin, parent=None):
        super().__init__(parent)
        self.iface = iface
        self.plugin = plugin
        self.task = None
        self.bundle = None
        self._output_auto = True
        self._inferred_bands = None            # (text, where it came from) found for the current raster
        self._warnings: dict[str, str] = {}
        self.confirm_overwrite = self._ask_overwrite  # replaceable in tests
        self.setWindowTitle(tr("Planet classifier — Classify raster"))
        self.setWindowIcon(QIcon(str(icon_path())))
        self.setMinimumWidth(560)
        self.resize(620, 640)   # fits a 1366x768 screen; the settings scroll, warnings and output stay in view
        self._build()
        self._load_settings()

    # -- UI ------------------------------------------------------------------------------------
    def _build(self):
        outer = QVBoxLayout(self)
        self.bar = QgsMessageBar(self)
        outer.addWidget(self.bar)
        # what the analyst must read before trusting a flag: above everything, never scrolled away
        self.warning = QLabel(self)
        self.warning.setWordWrap(True)
        self.warning.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.warning.setStyleSheet("QLabel { background: #fff3e0; border: 1px solid #e0a060; padding: 6px; }")
        self.warning_scroll = WarningBox(self.warning, 8, self)   # several long warnings scroll, all readable
        self.warning_scroll.hide()
        outer.addWidget(self.warning_scroll)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.NoFrame)
        body = QWidget(scroll)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
        self.wheel_guard = WheelGuard(scroll)

        form = QFormLayout()
        self.raster_combo = QgsMapLayerComboBox(self)
        self.raster_combo.setFilters(QgsMapLayerProxyModel.RasterLayer)
        self.raster_combo.layerChanged.connect(self._raster_changed)
        form.addRow(tr("Raster layer"), self.raster_combo)

        self.bundle_widget = QgsFileWidget(self)
        self.bundle_widget.setStorageMode(QgsFileWidget.GetDirectory)
        self.bundle_widget.lineEdit().setPlaceholderText(tr("bundled model"))
        self.bundle_widget.fileChanged.connect(self._bundle_changed)
        form.addRow(tr("Model bundle"), self.bundle_widget)
        self.bundle_info = WrappedLabel(self)
        self.bundle_info.setTextInteractionFlags(Qt.TextSelectableByMouse)
        form.addRow("", self.bundle_info)
        self.card_button = QPushButton(tr("Model card…"), self)
        self.card_button.setToolTip(tr("What the model was trained on, how it was measured, and what its flags "
                                       "can be trusted for"))
        self.card_button.clicked.connect(self.show_model_card)
        form.addRow("", self.card_button)
        layout.addLayout(form)

        run_box = QGroupBox(tr("Inference"), self)
        run_form = QFormLayout(run_box)
        self.backend_combo = QComboBox(self)
        self.backend_combo.addItems([BACKEND_TITLES.get(b, b) for b in BACKENDS])
        self.device_combo = QComboBox(self)
        self.device_combo.addItems([tr("auto (CUDA if present)") if d == "auto" else d for d in DEVICES])
        self.found_label = QLabel(self)
        self.found_label.setWordWrap(True)
        self.batch_spin = QSpinBox(self)
        self.batch_spin.setRange(1, 1024)
        self.batch_spin.setValue(DEFAULT_BATCH_SIZE)
        run_form.addRow(tr("Backend"), self.backend_combo)
        run_form.addRow(tr("Device"), self.device_combo)
        run_form.addRow(tr("Found"), self.found_label)
        run_form.addRow(tr("Batch size"), self.batch_spin)
        bands_row = QWidget(self)
        bands_layout = QHBoxLayout(bands_row)
        bands_layout.setContentsMargins(0, 0, 0, 0)
        self.bands_edit = QLineEdit(self)
        self.bands_edit.setPlaceholderText(tr("e.g. red=3,green=2,blue=1"))
        self.bands_reset = QPushButton(tr("Reset"), self)
        self.bands_reset.setToolTip(tr("Fill in the mapping found from the raster and the bundle"))
        self.bands_reset.clicked.connect(self._fill_bands)
        bands_layout.addWidget(self.bands_edit)
        bands_layout.addWidget(self.bands_reset)
        run_form.addRow(tr("Band mapping"), bands_row)
        self.bands_info = WrappedLabel(self)
        run_form.addRow("", self.bands_info)
        layout.addWidget(run_box)

        area_box = QGroupBox(tr("Area"), self)
        area_form = QFormLayout(area_box)
        self.area_combo = QComboBox(self)
        self.area_combo.addItems(area_titles())
        self.area_combo.currentIndexChanged.connect(self._area_changed)
        self.polygon_combo = QgsMapLayerComboBox(self)
        self.polygon_combo.setFilters(QgsMapLayerProxyModel.PolygonLayer)
        self.selected_check = QCheckBox(tr("Selected features only"), self)
        area_form.addRow(tr("Limit to"), self.area_combo)
        area_form.addRow(tr("Polygon layer"), self.polygon_combo)
        area_form.addRow("", self.selected_check)
        layout.addWidget(area_box)
        layout.addStretch(1)
        for widget in (self.backend_combo, self.device_combo, self.batch_spin, self.area_combo, self.raster_combo,
                       self.polygon_combo):
            self.wheel_guard.guard(widget)

        out_form = QFormLayout()    # outside the scrolled settings: always in view
        self.output_widget = QgsFileWidget(self)
        self.output_widget.setStorageMode(QgsFileWidget.SaveFile)
        self.output_widget.setFilter(tr("GeoPackage (*.gpkg)"))
        self.output_widget.setConfirmOverwrite(False)  # asked on Run instead
        self.output_widget.fileChanged.connect(self._output_edited)
        out_form.addRow(tr("Output GeoPackage"), self.output_widget)
        outer.addLayout(out_form)

        self.progress = QProgressBar(self)
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        self.status = QLabel("", self)
        self.status.setWordWrap(True)   # a long output path wraps instead of being cut
        self.status.setTextFormat(Qt.PlainText)   # an error names files as they are called: '<img src=x>.tif' is no markup
        self.status.setTextInteractionFlags(Qt.TextSelectableByMouse)
        outer.addWidget(self.progress)
        outer.addWidget(self.status)
        self.install_button = QPushButton(tr("Install dependencies…"), self)
        self.install_button.setToolTip(tr("pip install onnxruntime (and rasterio) into a private folder of your "
                                          "QGIS profile, with the Python QGIS runs"))
        self.install_button.clicked.connect(self._install)
        self.install_button.hide()
        outer.addWidget(self.install_button)

        self.buttons = QDialogButtonBox(self)
        self.run_button = self.buttons.addButton(tr("Run"), QDialogButtonBox.AcceptRole)
        self.cancel_button = self.buttons.addButton(tr("Cancel run"), QDialogButtonBox.RejectRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.Close)
        self.help_button = self.buttons.addButton(tr("Help"), QDialogButtonBox.HelpRole)
        self.run_button.clicked.connect(self.run)
        self.cancel_button.clicked.connect(self.cancel_run)
        self.close_button.clicked.connect(self.close)
        self.help_button.clicked.connect(lambda: open_help(section="classify"))
        self.cancel_button.setEnabled(False)
        outer.addWidget(self.buttons)
        self._area_changed(0)

    def _load_settings(self):
        s = QgsSettings()
        self.bundle_widget.setFilePath(s.value(SETTINGS + "bundle", "", str))
        backend = s.value(SETTINGS + "backend", "auto", str)
        self.backend_combo.setCurrentIndex(BACKENDS.index(backend) if backend in BACKENDS else 0)
        device = s.value(SETTINGS + "device", "auto", str)
        self.device_combo.setCurrentIndex(DEVICES.index(device) if device in DEVICES else 0)
        self.batch_spin.setValue(int(s.value(SETTINGS + "batch_size", DEFAULT_BATCH_SIZE)))
        self._bundle_changed()

    def _save_settings(self, output: str):
        s = QgsSettings()
        s.setValue(SETTINGS + "bundle", self.bundle_widget.filePath())
        s.setValue(SETTINGS + "backend", self.backend())
        s.setValue(SETTINGS + "device", self.device())
        s.setValue(SETTINGS + "batch_size", self.batch_spin.value())
        s.setValue(OUTPUT_FOLDER, str(Path(output).parent))

    def refresh(self, active_layer=None):
        """Called every time the dialog is shown: default to the active raster, update what was found."""
        if isinstance(active_layer, QgsRasterLayer) and self.task is None:
            self.raster_combo.setLayer(active_layer)
        stored = QgsSettings().value(SETTINGS + "bundle", "", str)
        if self.task is None and stored != self.bundle_widget.filePath():   # e.g. a concept was saved meanwhile
            self.bundle_widget.setFilePath(stored)
        self._update_found()
        self._offer_polygons()
        self._raster_changed(self.raster_combo.currentLayer())

    def _offer_polygons(self) -> None:
        """The AOI list offers polygon layers, not the tile layers this plugin made."""
        tiles = [layer for layer in QgsProject.instance().mapLayers().values() if is_tiles_layer(layer)]
        self.polygon_combo.setExceptedLayerList(tiles)

    def _forget_last_run(self):
        """Clear the previous run's bar, summary and warnings once another raster is chosen."""
        if self.task is None:
            self.progress.setValue(0)
            self.status.setText("")
            self.status.setToolTip("")
            self.show_warning("", "run")
            self.show_warning("", "familiarity")

    def _update_found(self):
        try:
            from .core.model.predict import available_backends
            found = available_backends()
        except Exception as exc:  # numpy or similar broken: show it, never crash
            found = []
            self.found_label.setText(tr("cannot check backends: {error}").format(error=exc))
            return
        from .deps import cuda_present
        text = ", ".join(found) if found else (
            "<span style='color:#c00'>" + tr("no inference backend: Run needs onnxruntime in QGIS's Python "
                                             "(Install dependencies… below)") + "</span>")
        if found and "cuda" not in text and cuda_present():
            text += tr(" — an NVIDIA GPU is present but no CUDA-enabled backend (install onnxruntime-gpu)")
        self.found_label.setText(text)
        self.backend_ready = bool(found)
        self.install_button.setVisible(not found)
        self._update_run_button()

    def _update_run_button(self):
        ready = getattr(self, "backend_ready", True)
        self.run_button.setEnabled(ready and self.task is None)
        self.run_button.setToolTip("" if ready else tr("No inference backend: install onnxruntime first "
                                                       "(Install dependencies…)"))

    def _install(self):
        task = self.plugin.install_dependencies()
        if task is not None:
            self.status.setText(tr("installing dependencies… (see the task manager; Run is enabled when done)"))

    # -- values --------------------------------------------------------------------------------
    def backend(self) -> str:
        return BACKENDS[self.backend_combo.currentIndex()]

    def device(self) -> str:
        return DEVICES[self.device_combo.currentIndex()]

    def _bundle_changed(self, *_):
        from .core.model.bundle import resolve_bundle
        path = self.bundle_widget.filePath().strip()
        try:
            with words(tr):   # why it cannot be read, in QGIS's language
                self.bundle = resolve_bundle(path or None)
        except PlanetClassifierError as exc:
            self.bundle = None
            self.bundle_info.setText(f"<span style='color:#c00'>{escape(str(exc))}</span>")
            self.show_warning("", "support")
            self.card_button.setEnabled(False)
            self._fill_bands()      # no bundle: no mapping (the previous bundle's stayed, as if it still held)
            return
        m = self.bundle.manifest
        f2 = self.bundle.sample_f2
        f2_text = f"{f2:.3f}" if f2 is not None else tr("not recorded")
        ci = m.metrics.get("sample_f2_ci95")
        if ci:
            f2_text += " " + tr("(95 % interval {low:.3f}–{high:.3f})").format(low=ci[0], high=ci[1])  # as the estimate
        how = measured_how(m.metrics)
        concepts = ", ".join(f"{c.name} ({group_title(c.group)})" for c in m.concepts) or tr(
            "none (teach one: Teach a concept…)")
        # the manifest's words are a file someone handed the analyst: shown as written, never as markup
        self.bundle_info.setText(
            f"<b>{escape(m.display_name)}</b> ({escape(m.architecture)}, "
            + escape(tr("bands {bands}").format(bands=", ".join(m.bands)))
            + ")<br/>" + tr("Sample F2: {f2}").format(f2=f2_text) + (f"<br/><small>{escape(how)}</small>" if how else "")
            + "<br/>"
            + tr("{n} labels (hover for the list); taught concepts: {concepts}").format(n=len(m.labels),
                                                                                      concepts=concepts))
        self.bundle_info.setToolTip(", ".join(m.labels))
        from .core.pipeline.flags import min_flag_support
        self.show_warning(flag_support_note(m.metrics.get("support"), min_flag_support(m.decoding)), "support")
        self.card_button.setEnabled(self.model_card_path() is not None)
        self._fill_bands()

    def model_card_path(self):
        """MODEL_CARD.md shipped inside the bundle folder, if any."""
        if self.bundle is None:
            return None
        card = self.bundle.path / "MODEL_CARD.md"
        return card if card.is_file() else None

    def show_model_card(self) -> None:
        from qgis.PyQt.QtWidgets import QTextBrowser

        card = self.model_card_path()
        if card is None:
            return
        viewer = QDialog(self)
        viewer.setWindowTitle(tr("Model card: {name}").format(name=self.bundle.manifest.display_name))
        browser = QTextBrowser(viewer)
        browser.setMarkdown(card.read_text(encoding="utf-8"))
        box = QVBoxLayout(viewer)
        box.addWidget(browser)
        viewer.resize(820, 640)
        viewer.show()
        self._card_viewer = viewer  # keep a reference while it is open

    def _raster_changed(self, layer):
        if layer is None:
            self.show_warning("", "crs")
            return
        if layer.id() != getattr(self, "_last_run_raster", None):
            self._forget_last_run()
        self.show_warning(_crs_note(layer), "crs")
        try:
            source = raster_source(layer)
        except PlanetClassifierError:
            return
        if self._output_auto:
            self.output_widget.blockSignals(True)
            self.output_widget.setFilePath(default_output(source, folder=default_output_folder()))
            self.output_widget.blockSignals(False)
        self._fill_bands()

    def _output_edited(self, *_):
        self._output_auto = False

    def _fill_bands(self):
        layer = self.raster_combo.currentLayer()
        self._inferred_bands = None
        if self.bundle is None:
            self.bands_edit.setText("")
            self.bands_info.setText(tr("found from the model bundle's bands once a model bundle can be read"))
            return
        if layer is None:
            return
        try:
            with words(tr):
                text, how = default_band_mapping(raster_source(layer), self.bundle)
        except PlanetClassifierError as exc:
            self.bands_edit.setText("")
            self.bands_info.setText(f"<span style='color:#c00'>{escape(str(exc))}</span>")
            return
        self._inferred_bands = (text, how)
        self.bands_edit.setText(text)
        self.bands_info.setText(tr("from {how}; edit if wrong").format(how=how))

    def band_request(self) -> str | None:
        """The mapping to run with: None (the core finds it again and names where from) when the field
        still holds what was found, else the analyst's own."""
        text = self.bands_edit.text().strip()
        if not text or (self._inferred_bands is not None and text == self._inferred_bands[0]):
            return None
        return text

    def _area_changed(self, index):
        polygon = index == 2
        self.polygon_combo.setEnabled(polygon)
        self.selected_check.setEnabled(polygon)

    # -- running -------------------------------------------------------------------------------
    def _ask_overwrite(self, path: str) -> bool:
        return QMessageBox.question(self, PLUGIN_NAME, tr("{path} already exists. Replace it?").format(path=path),
                                    QMessageBox.Yes | QMessageBox.No, QMessageBox.No) == QMessageBox.Yes

    def build_request(self) -> ClassifyRequest | None:
        """The request for the current settings, or None (the reason is shown in the dialog)."""
        try:
            layer = self.raster_combo.currentLayer()
            source = raster_source(layer)
            if self.bundle is None:
                raise PlanetClassifierError(self.bundle_info.text() or tr("choose a model bundle"))
            output = self.output_widget.filePath().strip()
            if not output:
                raise PlanetClassifierError(tr("choose an output GeoPackage"))
            if not output.lower().endswith(".gpkg"):
                output += ".gpkg"
            check_output_folder(output)
            editing = edit_mode_refusal(output)
            if editing is not None:  # replaced under it, saving its edits would write them into the new tiles
                raise PlanetClassifierError(editing)
            check_answers_kept(Path(output))  # before asking to replace it: the answer would be no anyway
            check_concepts_kept(Path(output), [c.name for c in self.bundle.manifest.concepts])   # likewise
            overwrite = False
            if Path(output).exists():
                if not self.confirm_overwrite(output):
                    return None
                overwrite = True
            aoi = None
            area = self.area_combo.currentIndex()
            if area == 1:
                canvas = self.iface.mapCanvas()
                aoi = aoi_from_extent(canvas.extent(), canvas.mapSettings().destinationCrs())
            elif area == 2:
                polygons = self.polygon_combo.currentLayer()
                if not isinstance(polygons, QgsVectorLayer):
                    raise PlanetClassifierError(tr("choose a polygon layer to limit the area"))
                aoi = aoi_from_layer(polygons, self.selected_check.isChecked())
        except PlanetClassifierError as exc:
            self.show_error(str(exc))
            return None
        return ClassifyRequest(raster=source, output=output, bundle=str(self.bundle.path), backend=self.backend(),
                               device=self.device(), batch_size=self.batch_spin.value(),
                               bands=self.band_request(), aoi=aoi, overwrite=overwrite,
                               raster_layer_id=layer.id(), raster_name=layer.name())

    def show_warning(self, html: str, key: str = "support") -> None:
        """Set (or clear, with "") one of the warnings shown in full above the settings."""
        if html:
            self._warnings[key] = html
        else:
            self._warnings.pop(key, None)
        shown = self.warnings()
        self.warning.setText("<br/><br/>".join(shown))
        self.warning_scroll.setVisible(bool(shown))
        self.warning_scroll.refit()

    def warnings(self) -> list[str]:
        """The warnings shown, in WARNINGS order."""
        return [self._warnings[k] for k in WARNINGS if k in self._warnings]

    def show_error(self, text: str):
        self.bar.clearWidgets()
        self.bar.pushMessage(tr("Cannot run"), text, Qgis.Critical, 10)
        self.status.setText(text)

    def run(self):
        if self.task is not None:
            return
        request = self.build_request()
        if request is None:
            return
        self._save_settings(request.output)
        self.progress.setValue(0)
        self.status.setText(tr("classifying {name}…").format(name=request.raster_name))
        self.show_warning("", "run")
        self.show_warning("", "familiarity")
        self.task = self.plugin.start(request, on_progress=self._progress)
        self._last_run_raster = request.raster_layer_id
        self._run_raster = request.raster
        self.run_button.setEnabled(False)
        self.cancel_button.setEnabled(True)

    def _progress(self, value: float):
        self.progress.setValue(int(value))

    def cancel_run(self):
        if self.task is not None:
            self.status.setText(tr("cancelling…"))
            self.task.cancel()

    def task_finished(self, task):
        if task is not self.task:
            return
        self.task = None
        self._update_run_button()
        self.cancel_button.setEnabled(False)
        if task.result is not None:
            self.progress.setValue(100)
            self.status.setText(run_summary(task.result))
            self.status.setToolTip(str(task.result.output))
            caution = task.result.caution
            said = self._said_above(self._run_raster) | {caution}
            self.show_warning(run_note([n for n in task.result.messages if n not in said]), "run")
            self.show_warning(caution_note(caution), "familiarity")
            self._output_auto = True
            self._raster_changed(self.raster_combo.currentLayer())  # next default name
        else:
            self.progress.setValue(0)
            self.status.setText(task.error or tr("failed"))


    def _said_above(self, raster: str) -> set[str]:
        """The run's notes that the warnings above already say in the analyst's words, as the core words them for
        the run: the flag tags too few training examples stand behind ('support'), and ``raster`` having no CRS
        ('crs'). Said twice, the second was right under the first (or, for a raster without CRS, both were)."""
        said = set()
        if "support" in self._warnings and self.bundle is not None:
            from .core.pipeline.classify import silenced_message  # the words the run used, for this bundle
            with words(tr):
                said.update(silenced_message(self.bundle.manifest))
        if "crs" in self._warnings:
            from .core.pipeline.raster import georeference_warning, open_raster
            try:   # in the words the run used (QGIS's language): in English it matched no Portuguese note
                with open_raster(raster) as dataset, words(tr):
                    said.add(georeference_warning(dataset))
            except (PlanetClassifierError, ImportError):   # the run read it; the note is then said twice, not lost
                pass
        return said


class TagFilterDialog(QDialog):
    """Pick a tag and a minimum probability ('predicted' = the model's own threshold)."""

    def __init__(self, layer, parent=None):
        super().__init__(parent)
        self.layer = layer
        self.setWindowTitle(tr("Filter tiles by tag"))
        form = QFormLayout(self)
        self.tag_combo = QComboBox(self)
        self.weak = stored_weak_tags(layer)
        for tag in LABELS:
            self.tag_combo.addItem(tr("{title} (weak for this model)").format(title=tag_title(tag)) if tag in self.weak
                                   else tag_title(tag), tag)
        from .style import concept_fields
        for name in concept_fields(layer):   # taught concepts: filter and shade by p_<name> too
            self.tag_combo.addItem(tr("Concept: {name}").format(name=name), name)
        self.prob_spin = QDoubleSpinBox(self)
        self.prob_spin.setRange(0.0, 1.0)
        self.prob_spin.setSingleStep(0.05)
        self.prob_spin.setDecimals(2)
        self.prob_spin.setSpecialValueText(tr("predicted (model threshold)"))
        self.prob_spin.setValue(0.0)
        self.prob_spin.setButtonSymbols(QAbstractSpinBox.UpDownArrows)
        # a weak tag's tiles are a hint (its labels and map tip say so too): said before the map is filtered by it
        self.weak_note = QLabel(self)
        self.weak_note.setWordWrap(True)
        self.weak_note.setStyleSheet("QLabel { color: #b35900; }")
        self.tag_combo.currentIndexChanged.connect(self._show_weak)
        form.addRow(tr("Tag"), self.tag_combo)
        form.addRow(self.weak_note)
        form.addRow(tr("Minimum probability"), self.prob_spin)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel | QDialogButtonBox.Help, self)
        buttons.accepted.connect(self.apply)
        buttons.rejected.connect(self.reject)
        buttons.helpRequested.connect(lambda: open_help(section="map"))
        form.addRow(buttons)
        shown = shade_of(layer)   # opened again on a filtered layer: the filter on the map, to read or nudge
        if shown is not None and self.tag_combo.findData(shown[0]) >= 0:
            self.tag_combo.setCurrentIndex(self.tag_combo.findData(shown[0]))
            self.prob_spin.setValue(shown[1])
        self._show_weak()

    def _show_weak(self, *_):
        tag = self.tag_combo.currentData()
        self.weak_note.setText(tr("{title} is weak for this model ({why}): the tiles it selects are a hint, not a "
                                  "finding; the map's labels leave it out.").format(
            title=tag_title(tag), why=self.weak[tag]) if tag in self.weak else "")
        self.weak_note.setHidden(tag not in self.weak)

    def apply(self):
        tag = self.tag_combo.currentData()
        value = self.prob_spin.value()
        filter_by_tag(self.layer, tag, value if value > 0 else None)
        self.accept()


def stored_weak_tags(layer) -> dict[str, str]:
    """{tag: why} of the tags weak for the model that classified ``layer`` (kept with it by style.apply_style);
    none where the layer keeps none or its record cannot be read."""
    import json

    from .style import WEAK_TAGS_PROPERTY
    try:
        weak = json.loads(str(layer.customProperty(WEAK_TAGS_PROPERTY, "") or "{}"))
    except ValueError:
        return {}
    return {str(k): str(v) for k, v in weak.items()} if isinstance(weak, dict) else {}


def warning_html(head: str, body: str) -> str:
    """One warning above the settings: ``head`` in bold, then ``body``, in the warnings' colour."""
    return f"<span style='color:#b35900'><b>{head}</b> {body}</span>"


def _crs_note(layer) -> str:
    """The warning for a raster whose file has no CRS (the run reads the file's, so one set on the layer in QGIS is
    not the run's), or "". Where its tiles lie is the core's fact (raster.footprint_transform): its map coordinates
    where it has a geotransform, else pixel coordinates; "" where the file cannot be read (the run says why)."""
    if layer.dataProvider().crs().isValid() and layer.providerType() != "gdal":
        return ""
    from .core.pipeline.raster import footprint_transform, open_raster
    try:
        with open_raster(layer.source()) as dataset:
            if dataset.crs is not None:
                return ""
            pixels = footprint_transform(dataset) != dataset.transform
            # QGIS's GDAL provider reports a CRS for a raster placed by RPCs only (it warps it on the fly): the run
            # reads the file, as the core's georeference_warning says after it
            placed = "rpcs" if dataset.rpcs and not dataset.gcps[0] and pixels else "gcps" if dataset.gcps[0] else (
                "pixels" if pixels else "map")
    except (PlanetClassifierError, ImportError):
        return ""
    shown = layer.crs()
    crs = (shown.authid() or shown.toProj()) if shown.isValid() and placed != "rpcs" else ""
    return no_crs_note(escape(layer.name()), placed, escape(crs), escape(layer.source()))   # said in rich text


def no_crs_note(name: str, placed: str = "pixels", crs: str = "", path: str = "") -> str:
    """``placed``: where the tiles lie ("pixels": no georeference, "gcps": ground control points only, "rpcs": RPCs
    only, "map": its map coordinates); ``crs``: the one set on the layer in QGIS, if any."""
    head = (tr("{name} has no CRS in its file: the {crs} set on the layer in QGIS is not the run's, which reads the "
               "file's.").format(name=name, crs=crs) if crs else tr("{name} has no CRS.").format(name=name))
    if placed == "map":
        body = (tr("Its tiles will be written in its map coordinates, without a CRS; Current map extent and Polygon "
                   "layer cannot limit the area. Write that CRS into the file (gdal_edit.py -a_srs {crs} {path}) and "
                   "the tiles take it.").format(crs=crs, path=path) if crs else
                tr("Its tiles will be written in its map coordinates, without a CRS; Current map extent and Polygon "
                   "layer cannot limit the area. If you know its CRS, write it into the file (gdal_edit.py -a_srs "
                   "EPSG:xxxx FILE): the run reads the file's, not one set on the layer in QGIS."))
    elif placed == "rpcs":
        body = tr("It is georeferenced by RPCs only (a scene not orthorectified, such as a Planet Basic product): QGIS "
                  "draws it in place by warping it on the fly, the run does not. Its tiles will be written in pixel "
                  "coordinates and will not line up with other layers; Current map extent and Polygon layer cannot "
                  "limit the area. Orthorectify it first (gdalwarp -rpc -t_srs EPSG:xxxx {path} ortho.tif) and "
                  "classify the orthorectified file.").format(path=path or "FILE")
    elif placed == "gcps":
        body = tr("It is georeferenced by ground control points only: its tiles will be written in pixel coordinates "
                  "and will not line up with other layers; Current map extent and Polygon layer cannot limit the "
                  "area. Warp it first (gdalwarp {path} warped.tif) and classify the warped file.").format(
            path=path or "FILE")
    else:  # a CRS written into a file without a geotransform would put the tiles at y = +row, mirrored off the image
        body = tr("Its tiles will be written in pixel coordinates and will not line up with other layers; Current map "
                  "extent and Polygon layer cannot limit the area. It has no georeference either, so a CRS alone "
                  "would not place it: georeference it first (Raster > Georeferencer).")
    return warning_html(head, body)


def run_note(notes: list[str]) -> str:
    if not notes:
        return ""
    return ("<b>" + tr("The last run says:") + "</b><ul>" + "".join(f"<li>{escape(n)}</li>" for n in notes) + "</ul>")


def caution_note(caution: str | None) -> str:
    if not caution:
        return ""
    return warning_html(tr("Unfamiliar scene:"), caution)


def flag_support_note(support: dict | None, few: int = 20) -> str:
    """A warning line when the model saw few training examples of the flagged classes."""
    from .core.pipeline.flags import group_support

    if not support:
        return ""
    counts = group_support(support)
    if min(counts.values()) >= few:
        return ""
    listed = ", ".join(f"{group_title(flag)} {n}" for flag, n in counts.items())
    return warning_html(tr("Training examples behind the flags: {listed}.").format(listed=listed), tr(
        "Tags the model saw fewer than {few} times raise no flag by themselves (their probabilities are still "
        "written). Treat flags as hints; a missing flag means nothing. To find mines, logging or burns in your "
        "scene, mark a few tiles with <i>Teach a concept…</i> (see the model card).").format(few=few))


def run_summary(result) -> str:
    """ClassifyResult.summary() in the analyst's language."""
    from .core.monitor.report import cause_word

    with words(tr):   # the flag groups as the Alerts dock says them ('garimpo')
        raised = {**{cause_word(g): n for g, n in result.group_counts.items()}, **result.concept_counts}
    detail = ", ".join(f"{name} {n}" for name, n in raised.items() if n)
    return tr("{tiles}, {skipped} skipped (no data), {flagged} flagged{detail}; {speed:.1f} chips/s "
              "on {device} ({backend}) -> {path}").format(
        tiles=count(result.tiles, tr("tile classified"), tr("tiles classified")), skipped=result.skipped, flagged=result.flagged, detail=f" ({detail})" if detail else "",
        speed=result.chips_per_s, device=result.device, backend=result.backend, path=result.output)

