"""The QGIS plugin: toolbar, Raster menu, Processing provider, tasks, messages."""
from __future__ import annotations

import traceback

from qgis.core import Qgis, QgsApplication, QgsProject, QgsTask, QgsVectorLayer
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QAction, QPushButton

from . import deps
from .paths import INSTALL_ACTION, MENU, PLUGIN_NAME, icon_path
from .runner import ClassifyRequest, log
from .style import FLAGGED_FILTER, clear_filter, is_tiles_layer, result_layer_name, set_flagged_only
from .task import ClassifyTask, DependencyInstallTask


class PlanetClassifierPlugin:
    def __init__(self, iface):
        self.iface = iface
        self.provider = None
        self.toolbar = None
        self.actions: list[QAction] = []
        self.tasks: list[QgsTask] = []
        self.dialog = None
        self.filter_dialog = None
        self.teach_panel = None
        self.dependency_report = None
        self._layer_signal = False

    # -- lifecycle ---------------------------------------------------------------------------
    def initProcessing(self):  # noqa: N802
        from .processing.provider import PlanetClassifierProvider
        if self.provider is None:
            self.provider = PlanetClassifierProvider()
            QgsApplication.processingRegistry().addProvider(self.provider)

    def initGui(self):  # noqa: N802
        self.initProcessing()
        icon = QIcon(str(icon_path()))
        self.toolbar = self.iface.addToolBar(MENU)
        self.toolbar.setObjectName("PlanetClassifierToolbar")
        self.toolbar.setToolTip(MENU)
        main = self.iface.mainWindow()
        self.action_classify = self._add_action(icon, "Classify raster…", self.show_dialog, main,
                                                "Tag every tile of a Planet scene and flag deforestation")
        self.action_flagged = self._add_action(QIcon(":/images/themes/default/mActionFilter2.svg"),
                                               "Show flagged tiles only", self.toggle_flagged, main,
                                               "Show only tiles flagged for mining, logging or slash-and-burn",
                                               checkable=True)
        self.action_tag_filter = self._add_action(QIcon(":/images/themes/default/mIconExpressionFilter.svg"),
                                                  "Filter tiles by tag…", self.show_tag_filter, main,
                                                  "Show tiles with a tag (minimum probability)")
        self.action_clear = self._add_action(QIcon(":/images/themes/default/mActionDeleteSelected.svg"),
                                             "Clear tile filter", self.clear_tile_filter, main, "Show all tiles again")
        self.action_teach = self._add_action(QIcon(":/images/themes/default/mActionSelectRectangle.svg"),
                                             "Teach a concept…", self.toggle_teach_panel, main,
                                             "Mark a few tiles; the plugin finds the rest and remembers the concept",
                                             checkable=True)
        self.action_deps = self._add_action(QIcon(":/images/themes/default/mActionOptions.svg"),
                                            INSTALL_ACTION, self.check_dependencies_interactive,
                                            main, "Check for onnxruntime and rasterio and install them if missing",
                                            toolbar=False)
        self.iface.currentLayerChanged.connect(self._current_layer_changed)
        self._layer_signal = True
        self._current_layer_changed(self.iface.activeLayer())
        self.check_dependencies()

    def _add_action(self, icon, text, slot, parent, tip, checkable=False, toolbar=True) -> QAction:
        action = QAction(icon, text, parent)
        action.setObjectName("planet_classifier_" + "".join(c for c in text.lower() if c.isalnum()))
        action.setToolTip(tip)
        action.setStatusTip(tip)
        action.setCheckable(checkable)
        if checkable:
            action.toggled.connect(slot)
        else:
            action.triggered.connect(slot)
        if toolbar:
            self.toolbar.addAction(action)
        self.iface.addPluginToRasterMenu(MENU, action)
        self.actions.append(action)
        return action

    def unload(self):
        for task in list(self.tasks):
            task.on_finished = None
            if task.status() not in (QgsTask.Complete, QgsTask.Terminated):
                task.cancel()
                task.waitForFinished(10000)
        self.tasks.clear()
        if self._layer_signal:
            try:
                self.iface.currentLayerChanged.disconnect(self._current_layer_changed)
            except (TypeError, RuntimeError):
                pass
            self._layer_signal = False
        for dialog in (self.dialog, self.filter_dialog):
            if dialog is not None:
                dialog.close()
                dialog.deleteLater()
        self.dialog = self.filter_dialog = None
        if self.teach_panel is not None:
            self.teach_panel.clear_outline()
            try:
                QgsProject.instance().layerWillBeRemoved.disconnect(self.teach_panel._layer_removed)
            except (TypeError, RuntimeError):
                pass
            self.iface.removeDockWidget(self.teach_panel)
            self.teach_panel.deleteLater()
            self.teach_panel = None
        for action in self.actions:
            self.iface.removePluginRasterMenu(MENU, action)
            if self.toolbar is not None:
                self.toolbar.removeAction(action)
            action.deleteLater()
        self.actions.clear()
        if self.toolbar is not None:
            self.toolbar.hide()
            self.toolbar.setParent(None)
            self.toolbar.deleteLater()
            self.toolbar = None
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None

    # -- messages ----------------------------------------------------------------------------
    def message(self, text: str, level=Qgis.Info, duration: int = 8) -> None:
        log(text, level)
        try:
            self.iface.messageBar().pushMessage(PLUGIN_NAME, text, level, duration)
        except Exception:  # a message must never crash anything
            pass

    # -- dependencies ------------------------------------------------------------------------
    def check_dependencies(self) -> deps.DependencyReport:
        report = deps.check()
        self.dependency_report = report
        if report.ok:
            log(report.message())
            self._drop_dependency_bar()
            return report
        text = report.message()
        log(text, Qgis.Warning)
        try:
            bar = self.iface.messageBar()
            widget = bar.createMessage(PLUGIN_NAME, text)
            button = QPushButton("Install…", widget)
            button.clicked.connect(self.install_dependencies)
            widget.layout().addWidget(button)
            self._drop_dependency_bar()
            self.dependency_bar = bar.pushWidget(widget, Qgis.Warning)
        except Exception:
            self.message(text, Qgis.Warning, 0)
        return report

    def _drop_dependency_bar(self):
        """Remove the 'missing ... Install' bar (after a successful install it would be stale)."""
        item = getattr(self, "dependency_bar", None)
        self.dependency_bar = None
        if item is not None:
            try:
                self.iface.messageBar().popWidget(item)
            except (RuntimeError, TypeError):   # already closed by the user
                pass

    def check_dependencies_interactive(self):
        report = self.check_dependencies()
        if report.ok:
            self.message(report.message(), Qgis.Success)
        else:
            from qgis.PyQt.QtWidgets import QMessageBox
            try:
                command = " ".join(deps.pip_command(report.requirements()))
            except deps.DependencyError as exc:
                self.message(str(exc), Qgis.Critical, 0)
                return
            answer = QMessageBox.question(
                self.iface.mainWindow(), PLUGIN_NAME,
                f"{report.message()}.\n\nCommand:\n{command}\n\nInstall now?")
            if answer == QMessageBox.Yes:
                self.install_dependencies()

    def install_dependencies(self):
        report = deps.check()
        if report.ok:
            self.message("nothing to install: " + report.message(), Qgis.Success)
            return None
        task = DependencyInstallTask(report.requirements(), self._install_finished)
        self.tasks.append(task)
        QgsApplication.taskManager().addTask(task)
        self.message(f"installing {' '.join(report.requirements())} into {deps.packages_folder()} with pip "
                     "(see the 'Planet classifier' log tab)", Qgis.Info)
        return task

    def _install_finished(self, task):
        self._forget(task)
        if task.ok:
            report = self.check_dependencies()
            if self.dialog is not None:
                self.dialog._update_found()
            self.message(task.summary + ("" if report.ok else "; still missing: " + ", ".join(report.missing)
                                         + " (restart QGIS)"), Qgis.Success if report.ok else Qgis.Warning, 0)
        else:
            self.message(task.summary, Qgis.Critical, 0)

    # -- classification ----------------------------------------------------------------------
    def show_dialog(self):
        from .dialog import ClassifyDialog
        if self.dialog is None:
            self.dialog = ClassifyDialog(self.iface, self, self.iface.mainWindow())
        self.dialog.refresh(self.iface.activeLayer())
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()

    def start(self, request: ClassifyRequest, on_progress=None) -> ClassifyTask:
        """Run a classification as a background task (progress in the task manager)."""
        task = ClassifyTask(request, self._task_finished)
        if on_progress is not None:
            task.progressChanged.connect(on_progress)
        self.tasks.append(task)
        log(f"started: {request.raster} -> {request.output} (backend {request.backend}, device {request.device}, "
            f"batch {request.batch_size}, bands {request.bands or 'automatic'}"
            f"{', limited to an area' if request.aoi else ''})")
        QgsApplication.taskManager().addTask(task)
        return task

    def _forget(self, task):
        if task in self.tasks:
            self.tasks.remove(task)

    def _task_finished(self, task: ClassifyTask):
        self._forget(task)
        if self.dialog is not None:
            self.dialog.task_finished(task)
        if task.result is None:
            if task.cancelled:
                self.message("classification cancelled; no output was written", Qgis.Info)
            else:
                self.message(task.error or "classification failed", Qgis.Critical, 0)
                if task.missing_dependency:
                    self.check_dependencies()
            return
        result = task.result
        for note in result.messages:
            self.message(note, Qgis.Warning, 0)
        name = result_layer_name(task.request.raster_name)
        try:
            from .style import add_result_layer
            layer = add_result_layer(str(result.output), name, task.request.raster_layer_id, QgsProject.instance(),
                                     result.layer, task.request.concepts())
        except Exception:
            log(traceback.format_exc(), Qgis.Critical)
            layer = None
        if layer is None:
            self.message(f"classification finished but {result.output} could not be opened as a layer", Qgis.Critical, 0)
            return
        log(f"device: {result.device}, backend: {result.backend}, bands: {result.band_mapping}")
        self.message(f"{result.tiles} tiles processed, {result.skipped} skipped, {result.flagged} flagged; "
                     f"{result.chips_per_s:.1f} chips/s on {result.device} ({result.backend})", Qgis.Success)
        self.iface.setActiveLayer(layer) if hasattr(self.iface, "setActiveLayer") else None

    # -- filters -----------------------------------------------------------------------------
    def _tiles_layer(self, quiet: bool = False) -> QgsVectorLayer | None:
        layer = self.iface.activeLayer()
        if is_tiles_layer(layer):
            return layer
        if not quiet:
            self.message("select a tile layer made by 'Classify raster' in the Layers panel first", Qgis.Warning)
        return None

    def toggle_teach_panel(self, on: bool = True):
        """Show (or hide) the "Teach a concept" dock; it follows the active tile layer."""
        if self.teach_panel is None:
            if not on:
                return None
            from qgis.PyQt.QtCore import Qt

            from .teach_panel import TeachPanel
            self.teach_panel = TeachPanel(self.iface, self.iface.mainWindow())
            self.teach_panel.visibilityChanged.connect(self._teach_visibility)
            self.iface.addDockWidget(Qt.RightDockWidgetArea, self.teach_panel)
        self.teach_panel.setVisible(on)
        if on:
            self.teach_panel.set_layer(self.iface.activeLayer())
        return self.teach_panel

    def _teach_visibility(self, visible: bool):
        self.action_teach.blockSignals(True)
        self.action_teach.setChecked(visible)
        self.action_teach.blockSignals(False)

    def _current_layer_changed(self, layer):
        if self.teach_panel is not None:
            self.teach_panel.set_layer(layer)
        ok = is_tiles_layer(layer)
        for action in (self.action_flagged, self.action_tag_filter, self.action_clear):
            action.setEnabled(ok)
        self.action_flagged.blockSignals(True)
        self.action_flagged.setChecked(ok and layer.subsetString() == FLAGGED_FILTER)
        self.action_flagged.blockSignals(False)

    def toggle_flagged(self, on: bool):
        layer = self._tiles_layer()
        if layer is None:
            self.action_flagged.blockSignals(True)
            self.action_flagged.setChecked(False)
            self.action_flagged.blockSignals(False)
            return
        if not set_flagged_only(layer, on):
            self.message(f"could not filter {layer.name()}", Qgis.Warning)
        else:
            log(f"{layer.name()}: {'flagged tiles only' if on else 'all tiles'} ({layer.featureCount()} shown)")

    def show_tag_filter(self):
        layer = self._tiles_layer()
        if layer is None:
            return
        from .dialog import TagFilterDialog
        self.filter_dialog = TagFilterDialog(layer, self.iface.mainWindow())
        if self.filter_dialog.exec_():
            self._current_layer_changed(layer)

    def clear_tile_filter(self):
        layer = self._tiles_layer()
        if layer is not None:
            clear_filter(layer)
            self._current_layer_changed(layer)
