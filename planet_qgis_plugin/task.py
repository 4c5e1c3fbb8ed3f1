"""QgsTasks: a classification in the background (progress, prompt cancel), and the dependency installer.

run() executes in a worker thread and touches neither layers nor GUI; finished() runs in the
main thread and hands the outcome to a callback, which adds the layer and shows messages.
"""
from __future__ import annotations

import traceback
from typing import Callable

from qgis.core import Qgis, QgsTask

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
