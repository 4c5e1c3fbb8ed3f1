"""The QGIS plugin: toolbar, Raster menu, Processing provider, tasks, messages."""
from __future__ import annotations

import traceback

from qgis.core import Qgis, QgsApplication, QgsProject, QgsTask, QgsVectorLayer
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QAction, QPushButton

from . import deps, i18n, project_closures
from .core.errors import PlanetClassifierError
from .core.wording import count, words
from .i18n import tr
from .paths import INSTALL_ACTION, MENU, PLUGIN_NAME, icon_path
from .runner import ClassifyRequest, log
from .style import FLAGGED_FILTER, clear_filter, flagged_count, is_tiles_layer, result_layer_names, set_flagged_only
from .task import COMPLETE, FAILED, ClassifyTask, DependencyInstallTask, hush


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
        self.action_alerts = None    # Review alerts… (add_alerts_action): the Alerts dock's action
        self.dependency_report = None
        self.details = None          # the open "Details" message box (a reference keeps it alive)
        self.translator = None
        self._layer_signal = False
        self._review_offers = []     # the messages offering Review alerts… on a change layer just added

    # -- lifecycle ---------------------------------------------------------------------------
    def initProcessing(self):  # noqa: N802
        from .processing.provider import PlanetClassifierProvider
        if self.translator is None:  # qgis_process calls only this: the algorithms' names in QGIS's language there too
            self.translator = i18n.install()
        if self.provider is None:
            self.provider = PlanetClassifierProvider()
            QgsApplication.processingRegistry().addProvider(self.provider)

    def initGui(self):  # noqa: N802
        self.initProcessing()    # first: it loads the translator (QGIS's locale: pt_BR, es, ...) before any widget
        icon = QIcon(str(icon_path()))
        self.toolbar = self.iface.addToolBar(MENU)
        self.toolbar.setObjectName("PlanetClassifierToolbar")
        self.toolbar.setToolTip(MENU)
        main = self.iface.mainWindow()
        self.action_classify = self._add_action(icon, tr("Classify raster…"), self.show_dialog, main,
                                                tr("Tag every tile of a Planet scene and flag deforestation"))
        self.action_flagged = self._add_action(QIcon(":/images/themes/default/mActionFilter2.svg"),
                                               tr("Show flagged tiles only"), self.toggle_flagged, main,
                                               tr("Show only tiles flagged for mining, logging or slash-and-burn"),
                                               checkable=True)
        self.action_tag_filter = self._add_action(QIcon(":/images/themes/default/mIconExpressionFilter.svg"),
                                                  tr("Filter tiles by tag…"), self.show_tag_filter, main,
                                                  tr("Show tiles with a tag (minimum probability)"))
        self.action_clear = self._add_action(QIcon(":/images/themes/default/mActionDeleteSelected.svg"),
                                             tr("Clear tile filter"), self.clear_tile_filter, main,
                                             tr("Show all tiles again"))
        self.action_teach = self._add_action(QIcon(":/images/themes/default/mActionSelectRectangle.svg"),
                                             tr("Teach a concept…"), self.toggle_teach_panel, main,
                                             tr("Mark a few tiles; the plugin finds the rest and remembers the "
                                                "concept"), checkable=True)
        from .alerts_panel import add_alerts_action  # the Alerts dock (monitor) hooks in here
        self.action_alerts = add_alerts_action(self, main)
        self.action_deps = self._add_action(QIcon(":/images/themes/default/mActionOptions.svg"),
                                            tr(INSTALL_ACTION), self.check_dependencies_interactive,
                                            main, tr("Check for onnxruntime and rasterio and install them if "
                                                     "missing"), toolbar=False)
        self.action_help = self._add_action(QIcon(":/images/themes/default/mActionHelpContents.svg"),
                                            tr("Help"), self.show_help, main,
                                            tr("Open the plugin's manual"), toolbar=False)
        self.iface.currentLayerChanged.connect(self._current_layer_changed)
        project_closures.watch()
        QgsProject.instance().layersAdded.connect(self._layers_added)
        self._layer_signal = True
        self._current_layer_changed(self.iface.activeLayer())
        self.check_dependencies()

    def _add_action(self, icon, text, slot, parent, tip, checkable=False, toolbar=True) -> QAction:
        action = QAction(icon, text, parent)
        # named after the slot, not the (translated) text: QGIS keeps toolbar customisations by object name
        action.setObjectName("planet_classifier_" + slot.__name__.strip("_"))
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
        if self.action_alerts is not None:
            self.action_alerts.remove_panel()   # an export under way cancelled and waited for, as the runs above
        if self._layer_signal:
            for signal, slot in ((self.iface.currentLayerChanged, self._current_layer_changed),
                                 (QgsProject.instance().layersAdded, self._layers_added)):
                try:
                    signal.disconnect(slot)
                except (TypeError, RuntimeError):
                    pass
            self._layer_signal = False
            project_closures.unwatch()
        for dialog in (self.dialog, self.filter_dialog):
            if dialog is not None:
                dialog.close()
                dialog.deleteLater()
        self.dialog = self.filter_dialog = None
        if self.teach_panel is not None:
            self.teach_panel.clear_outline()
            self.teach_panel.let_go_predictors(keep_used=False)   # its ONNX sessions: not left to the widget's end
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
        i18n.remove(self.translator)
        self.translator = None

    # -- messages ----------------------------------------------------------------------------
    def message(self, text: str, level=Qgis.Info, duration: int = 8) -> None:
        log(text, level)
        try:
            self.iface.messageBar().pushMessage(PLUGIN_NAME, text, level, duration)
        except Exception:  # a message must never crash anything
            pass

    def push_item(self, text: str, details: str, level=Qgis.Info, buttons=(), duration: int = 0):
        """One message-bar item: a short line, a "Details…" button showing ``details`` in full (nothing
        is cut off) and any extra (title, slot) ``buttons``. Returns the item (None if the bar failed)."""
        log(details or text, level)
        try:
            bar = self.iface.messageBar()
            widget = bar.createMessage(PLUGIN_NAME, text)
            widget.setToolTip(details)
            for title, slot in ((tr("Details…"), lambda: self.show_details(text, details)), *buttons):
                button = QPushButton(title, widget)
                button.clicked.connect(slot)
                widget.layout().addWidget(button)
            return bar.pushWidget(widget, level, duration)
        except Exception:
            self.message(text, level, duration)
            return None

    def show_help(self) -> None:
        i18n.open_help()

    def show_details(self, text: str, details: str) -> None:
        from qgis.PyQt.QtWidgets import QMessageBox
        box = QMessageBox(QMessageBox.Information, PLUGIN_NAME, text, QMessageBox.Close, self.iface.mainWindow())
        box.setInformativeText(details.replace("\n", "<br/>"))
        box.setTextInteractionFlags(Qt.TextSelectableByMouse)
        box.setModal(False)
        box.show()
        self.details = box

    # -- dependencies ------------------------------------------------------------------------
    def check_dependencies(self) -> deps.DependencyReport:
        report = deps.check()
        self.dependency_report = report
        self._drop_dependency_bar()
        if report.ok:
            log(report.message())
            return report
        self.dependency_bar = self.push_item(
            tr("missing Python package(s) in QGIS's Python: {names}").format(names=", ".join(report.missing)),
            report.message(), Qgis.Warning, [(tr("Install…"), self.install_dependencies)])
        return report

    def _drop_dependency_bar(self):
        """Remove the 'missing ... Install' bar (after a successful install it would be stale)."""
        item = getattr(self, "dependency_bar", None)
        self.dependency_bar = None
        if item is not None:
            self._pop(item)

    def _pop(self, item) -> None:
        """Take a message-bar item away (one the analyst closed already is gone)."""
        try:
            self.iface.messageBar().popWidget(item)
        except (RuntimeError, TypeError):
            pass

    def check_dependencies_interactive(self):
        report = self.check_dependencies()
        if report.ok:
            self.message(report.message(), Qgis.Success)
        else:
            from qgis.PyQt.QtWidgets import QMessageBox
            try:
                command = deps.command_line(deps.pip_command(report.requirements()))
            except deps.DependencyError as exc:
                self.message(str(exc), Qgis.Critical, 0)
                return
            answer = QMessageBox.question(
                self.iface.mainWindow(), PLUGIN_NAME,
                tr("{message}.\n\nCommand:\n{command}\n\nInstall now?").format(message=report.message(),
                                                                              command=command))
            if answer == QMessageBox.Yes:
                self.install_dependencies()

    def install_dependencies(self):
        report = deps.check()
        if report.ok:
            self.message(tr("nothing to install: {message}").format(message=report.message()), Qgis.Success)
            return None
        try:     # before the task starts: it then finds QGIS's Python already looked up (deps.python_executable)
            command = deps.command_line(deps.pip_command(report.requirements()))
        except deps.DependencyError as exc:
            command = str(exc)
        task = DependencyInstallTask(report.requirements(), self._install_finished)
        self.tasks.append(task)
        QgsApplication.taskManager().addTask(task)
        self.push_item(tr("installing {names} with pip (see the 'Planet classifier' log tab)").format(
            names=" ".join(report.requirements())), tr("Folder: {folder}\nCommand: {command}").format(
            folder=deps.packages_folder(), command=command), Qgis.Info, duration=10)
        return task

    def _install_finished(self, task):
        self._forget(task)
        hush(self.iface.messageBar(), task.description(), COMPLETE, FAILED)   # said below, 'restart QGIS' with it
        if task.ok:
            report = self.check_dependencies()
            if self.dialog is not None:
                self.dialog._update_found()
            self.message(task.summary + ("" if report.ok else tr("; still missing: {names} (restart QGIS)").format(
                names=", ".join(report.missing))), Qgis.Success if report.ok else Qgis.Warning, 0)
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
        task.project = project_closures.count()     # the project it was started in
        if on_progress is not None:
            task.progressChanged.connect(on_progress)
        self.tasks.append(task)
        log(f"started: {request.raster} -> {request.output} (backend {request.backend}, device {request.device}, "
            f"batch {request.batch_size}, bands {request.bands or 'automatic'}"
            f"{', limited to an area' if request.aoi else ''})")
        QgsApplication.taskManager().addTask(task)
        return task

    def _layers_added(self, layers):
        """A change or tile layer opened by hand (Add Layer, drag and drop, after the command line's change,
        classify or batch) is styled as the plugin's own runs style it (style.restyle_added)."""
        from .style import restyle_added
        for layer in layers:
            try:
                if restyle_added(layer):
                    log(f"{layer.name()}: styled as the classifier styles its layers, in the analyst's language")
                self._offer_review(layer)
            except Exception:  # a style must never stop a layer from loading
                log(traceback.format_exc(), Qgis.Warning)

    def _offer_review(self, layer) -> None:
        """A change layer with open alerts joined the project (Processing's Change, whose dialog closes on success;
        Add Layer; a project opened): one message says so, with Review alerts… (the Alerts dock on that layer).
        Nothing said where its alerts are judged. Not while the dock is shown: it follows the active layer."""
        from .alerts_panel import change_gpkg, keys_hint, left_words, to_judge
        from .core.monitor.alerts import read_alerts

        path = change_gpkg(layer)
        if path is None or self.action_alerts.panel_shown():
            return
        try:
            with words(tr):
                waiting = [row for row in read_alerts(path).rows if to_judge(row)]   # open, or an unknown answer
        except PlanetClassifierError:   # the dock says why, once opened
            return
        if not waiting:
            return
        layer_id = layer.id()

        def review():
            shown = QgsProject.instance().mapLayer(layer_id)
            if shown is not None:
                self.iface.setActiveLayer(shown)
            panel = self.action_alerts.toggle_panel(True)   # (the offers go)
            if shown is not None:
                panel.set_layer(shown)

        text = tr("{name}: {alerts}, each to judge on its before/after pair").format(
            name=layer.name(), alerts=left_words(waiting))
        item = self.push_item(text, f"{text}\n{keys_hint()}", Qgis.Info, [(tr("Review alerts…"), review)], duration=0)
        if item is not None:
            self._review_offers.append(item)

    def _drop_review_offers(self, *_) -> None:
        """The 'open alerts' messages go once the Alerts dock is opened (by their button or the toolbar)."""
        offers, self._review_offers = self._review_offers, []
        for item in offers:
            self._pop(item)

    def _forget(self, task):
        if task in self.tasks:
            self.tasks.remove(task)

    def _task_finished(self, task: ClassifyTask):
        self._forget(task)
        # the run's own line below says it (summary, warnings, Details…): QGIS's 'Task complete' or 'Task failed' of
        # a run of 5 s or more, pushed after it, stood over it and hid it behind 'one more'
        hush(self.iface.messageBar(), task.description(), COMPLETE, FAILED)
        if self.dialog is not None:
            self.dialog.task_finished(task)
        if task.result is None:
            if task.cancelled:
                self.message(tr("classification cancelled; no output was written"), Qgis.Info)
            else:
                self.message(task.error or tr("classification failed"), Qgis.Critical, 0)
                if task.missing_dependency:
                    self.check_dependencies()
            return
        result = task.result
        if getattr(task, "project", project_closures.count()) != project_closures.count():
            # it went into the next project (above nothing of its own): the file is there to add by hand
            self.message(tr("classification finished: {path} was written but not added as a layer, as the project "
                            "it was started in was closed (add it with Layer > Add Layer)").format(
                path=result.output), Qgis.Warning, 0)
            return
        name, title = result_layer_names(task.request.raster_name)
        try:
            from .style import add_result_layer, bundle_look
            concepts, weak = bundle_look(task.request.bundle)
            layer = add_result_layer(str(result.output), name, task.request.raster_layer_id, QgsProject.instance(),
                                     result.layer, concepts, weak, title)
        except Exception:
            log(traceback.format_exc(), Qgis.Critical)
            layer = None
        if layer is None:
            self.message(tr("classification finished but {path} could not be opened as a layer").format(
                path=result.output), Qgis.Critical, 0)
            return
        log(f"device: {result.device}, backend: {result.backend}, band mapping: {result.band_mapping}")
        coloured = self._natural_colour(task.request.raster_layer_id, result.colour_bands)
        summary = tr("{tiles}, {skipped} skipped, {flagged} flagged; {speed:.1f} chips/s on "
                     "{device} ({backend})").format(tiles=count(result.tiles, tr("tile processed"),
                                                                tr("tiles processed")), skipped=result.skipped,
                                                    flagged=result.flagged, speed=result.chips_per_s,
                                                    device=result.device, backend=result.backend)
        if result.messages:     # one item per run; every warning in full behind Details
            summary += " — " + count(len(result.messages), tr("warning"), tr("warnings"))
        details = "\n".join([summary, tr("Output: {path}").format(path=result.output),
                             tr("Band mapping: {bands}").format(bands=result.band_mapping)] + coloured
                            + [f"• {note}" for note in result.messages])
        self.push_item(summary, details, Qgis.Warning if result.messages else Qgis.Success,
                       duration=0 if result.messages else 10)
        self.iface.setActiveLayer(layer) if hasattr(self.iface, "setActiveLayer") else None

    def _natural_colour(self, raster_layer_id: str | None, bands) -> list[str]:
        """The classified scene's layer drawn with the bands the run read as red, green, blue, where QGIS drew it
        with its default ones (scene_style.py); the line that says so, or none."""
        raster = QgsProject.instance().mapLayer(raster_layer_id) if raster_layer_id else None
        try:
            from .scene_style import show_natural_colour
            if not show_natural_colour(raster, bands):
                return []
            view = self.iface.layerTreeView() if hasattr(self.iface, "layerTreeView") else None
            if view is not None:
                view.refreshLayerSymbology(raster.id())
        except Exception:  # a style must never stop the result from being shown
            log(traceback.format_exc(), Qgis.Warning)
            return []
        return [tr("{scene} is now drawn in natural colour: bands {bands} as red, green, blue, as the classifier "
                   "read them (Layer Properties > Symbology changes it)").format(
            scene=raster.name(), bands=", ".join(map(str, bands)))]

    # -- filters -----------------------------------------------------------------------------
    def _tiles_layer(self, quiet: bool = False) -> QgsVectorLayer | None:
        layer = self.iface.activeLayer()
        if is_tiles_layer(layer):
            return layer
        if not quiet:
            self.message(tr("select a tile layer made by 'Classify raster' in the Layers panel first"), Qgis.Warning)
        return None

    def toggle_teach_panel(self, on: bool = True):
        """Show (or hide) the "Teach a concept" dock; it follows the active tile layer."""
        if self.teach_panel is None:
            if not on:
                return None
            from .teach_panel import TeachPanel
            self.teach_panel = TeachPanel(self.iface, self.iface.mainWindow())
            self.teach_panel.visibilityChanged.connect(self._teach_visibility)
            self.dock_beside(self.teach_panel)
        if not on:   # as its close button does: a review left running answered Y / N / S on the map, unseen
            self.teach_panel.set_reviewing(False)
            self.teach_panel.clear_outline()
        self.teach_panel.setVisible(on)
        if on:
            self.teach_panel.raise_()      # the tab in front where it shares the right side with the Alerts dock
            self.teach_panel.set_layer(self.iface.activeLayer())
        return self.teach_panel

    def dock_beside(self, dock) -> None:
        """Add one of the plugin's docks on the right, as a tab of the other one where that is shown there: stacked,
        each had half of a laptop screen's height and the Alerts dock's facts ran over its chips."""
        from qgis.PyQt.QtCore import Qt
        self.iface.addDockWidget(Qt.RightDockWidgetArea, dock)
        main = self.iface.mainWindow()
        for other in (self.teach_panel, self.action_alerts.dock()):
            if other is not None and other is not dock and not other.isHidden() \
                    and main.dockWidgetArea(other) == Qt.RightDockWidgetArea:
                main.tabifyDockWidget(other, dock)
                break
        dock.raise_()

    def _teach_visibility(self, visible: bool):
        set_checked(self.action_teach, visible)

    def _current_layer_changed(self, layer):
        if self.teach_panel is not None:
            self.teach_panel.set_layer(layer)
        ok = is_tiles_layer(layer)
        for action in (self.action_flagged, self.action_tag_filter, self.action_clear):
            action.setEnabled(ok)
        set_checked(self.action_flagged, ok and layer.subsetString() == FLAGGED_FILTER)

    def toggle_flagged(self, on: bool):
        layer = self._tiles_layer()
        if layer is None:
            set_checked(self.action_flagged, False)
            return
        if on and flagged_count(layer) == 0:     # a blank map would look like a broken layer
            set_checked(self.action_flagged, False)
            self.message(tr("no tile is flagged in {name}: all its tiles stay shown").format(name=layer.name()),
                         Qgis.Info)
            return
        if not set_flagged_only(layer, on):
            self.message(tr("could not filter {name}").format(name=layer.name()), Qgis.Warning)
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


def set_checked(action: QAction, on: bool) -> None:
    """Check or uncheck ``action`` to show a state, without running its slot."""
    action.blockSignals(True)
    action.setChecked(on)
    action.blockSignals(False)
