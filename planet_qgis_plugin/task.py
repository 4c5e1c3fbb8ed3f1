"""QgsTasks: a classification in the background (progress, prompt cancel), the dependency installer, and the quiet
tasks of the Teach panel (quiet_task: a refit, Where?'s chips).

run() executes in a worker thread and touches neither layers nor GUI; finished() runs in the
main thread and hands the outcome to a callback, which adds the layer and shows messages.
"""
from __future__ import annotations

import traceback
from typing import Callable

from qgis.core import Qgis, QgsApplication, QgsTask
from qgis.PyQt.QtCore import QCoreApplication, QTimer

from . import deps
from .core.errors import Cancelled, PlanetClassifierError
from .i18n import tr
from .runner import ClassifyRequest, MissingDependency, log, run_classification


class ClassifyTask(QgsTask):
    def __init__(self, request: ClassifyRequest, on_finished: Callable[["ClassifyTask"], None] | None = None,
                 on_progress: Callable[[int, int], None] | None = None):
        name = request.raster_name or request.raster
        # QGIS shows the description in its task list and its 'Task complete' notice: in the analyst's language
        super().__init__(tr("Planet classifier: {scene}").format(scene=name), QgsTask.CanCancel)
        self.request = request
        self.on_finished = on_finished
        self.result = None
        self.error: str | None = None
        self.cancelled = False
        self.missing_dependency = False   # the failure was a package missing in QGIS's Python
        self.done_tiles = 0
        self.total_tiles = 0

    # worker thread
    def _progress(self, done: int, total: int) -> None:
        self.done_tiles, self.total_tiles = done, total
        if total > 0:
            self.setProgress(100.0 * done / total)

    def run(self) -> bool:
        try:
            self.result = run_classification(self.request, progress=self._progress, cancel=self.isCanceled)
            return True
        except Cancelled as exc:
            self.cancelled = True
            self.error = str(exc)
        except PlanetClassifierError as exc:
            self.error = str(exc)
            self.missing_dependency = isinstance(exc, MissingDependency)
        except Exception as exc:  # a bug: keep QGIS alive, log the traceback, show one line
            self.error = tr("unexpected error: {kind}: {error} (details in the 'Planet classifier' log)").format(
                kind=type(exc).__name__, error=exc)
            log(traceback.format_exc(), Qgis.Critical)
        if self.isCanceled():
            self.cancelled = True
        return False

    # main thread
    def finished(self, ok: bool) -> None:
        if not ok and self.isCanceled():
            self.cancelled = True
            self.error = self.error or tr("cancelled by the user; no output was written")
        if self.on_finished is not None:
            try:
                self.on_finished(self)
            except Exception:  # never let a callback bug escape into QGIS
                log(traceback.format_exc(), Qgis.Critical)


class DependencyInstallTask(QgsTask):
    """pip install into the plugin's own folder, in the background."""

    def __init__(self, requirements, on_finished):
        super().__init__(tr("Planet classifier: installing {names}").format(names=" ".join(requirements)),
                         QgsTask.CanCancel)
        self.requirements = list(requirements)
        self.on_finished = on_finished
        self.ok = False
        self.summary = ""

    def run(self):
        try:
            self.ok, self.summary = deps.install(self.requirements, log=lambda line: log(line), cancel=self.isCanceled)
        except Exception as exc:
            self.ok, self.summary = False, tr("installing {names} failed: {error}").format(
                names=" ".join(self.requirements), error=exc)
        return self.ok

    def finished(self, ok):
        if self.on_finished is not None:
            try:
                self.on_finished(self)
            except Exception:
                log(traceback.format_exc(), Qgis.Critical)


#: QgsTask's flags for no 'Task complete' notice and no place in QGIS's task list, where QGIS has them (newer than
#: 3.22, which has neither: 0).
SILENT = getattr(QgsTask, "Silent", 0)
HIDDEN = getattr(QgsTask, "Hidden", 0)


def quiet_task(description: str, work, done, message_bar, hidden: bool = False,
               flags: QgsTask.Flags = QgsTask.CanCancel | QgsTask.CancelWithoutPrompt) -> QgsTask:
    """QgsTask.fromFunction(description, work, on_finished=done, flags=flags) started, for work the analyst did not
    start as a job of its own (a refit after an answer, Where?'s chips; ``hidden``: not in QGIS's task list either,
    where QGIS can). QGIS says 'Task complete: <description>' of any task that ran 5 s or more (its setting
    minTaskLengthForSystemNotification), on the message bar where the desktop takes no notification: once a refit
    or a review, on a large layer or a busy machine. QgsTask.Silent tells it not to; a QGIS without it (3.22) has its
    notice taken off ``message_bar`` as soon as it is shown (hush)."""
    if SILENT:
        flags |= SILENT
    if hidden and HIDDEN:
        flags |= HIDDEN

    def finished(exception, result=None):
        try:
            done(exception, result)
        finally:
            if not SILENT:
                hush(message_bar, description, COMPLETE, FAILED)

    task = QgsTask.fromFunction(description, work, on_finished=finished, flags=flags)
    QgsApplication.taskManager().addTask(task)
    return task


#: QGIS's own notices of a task that ended (QgisApp's words, in its language: not the plugin's to translate).
COMPLETE, FAILED = "Task complete", "Task failed"


def hush(message_bar, description: str, *notices: str) -> None:
    """QGIS's ``notices`` (COMPLETE, FAILED) of the task ``description`` taken off ``message_bar`` once QGIS has shown
    them: QGIS pushes them as the task's status changes, around its finished() call, so after the calls under way.
    FAILED is QGIS's word for a task cancelled too, where the plugin says itself that nothing was written."""
    QTimer.singleShot(0, lambda: _drop_notices(message_bar, description, notices))


def _drop_notices(message_bar, description: str, notices) -> None:
    from qgis.PyQt import sip

    if message_bar is None or sip.isdeleted(message_bar):
        return
    titles = set(notices) | {QCoreApplication.translate("QgisApp", said) for said in notices}
    for item in list(message_bar.items()):
        if item.title() in titles and item.text() == description:
            message_bar.popWidget(item)
