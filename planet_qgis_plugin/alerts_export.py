"""The Alerts dock's Export confirmed… in a QgsTask: two thumbnails per alert cut from the scenes and four files
(core.monitor.handoff.export_alerts), 27 ms an alert on the sample pair's small tiles, on QGIS's thread froze it for
hundreds under a wait cursor with no cancel. Here QGIS goes on: progress and cancel in QGIS's task list (and the
dock's button); cancelled, nothing is written."""
from __future__ import annotations

import traceback
from pathlib import Path
from typing import Callable

from qgis.core import Qgis, QgsApplication, QgsTask

from .core.errors import Cancelled, PlanetClassifierError
from .core.wording import count, words
from .i18n import tr
from .runner import log
from .task import FAILED, hush


def cancelled_text() -> str:
    return tr("export cancelled: nothing written")


def start_export(change: Path, folder: str, confirmed: int, done: Callable[[object, str], None],
                 message_bar=None) -> QgsTask:
    """The export of the ``confirmed`` confirmed alerts of ``change`` into the new ``folder``, started;
    ``done(result, why)`` on QGIS's thread when it ends: the ExportResult and "", or None and the line that says why
    not (cancelled, refused). Cancelled, QGIS's 'Task failed' notice is taken off ``message_bar`` (the dock says
    'export cancelled: nothing written')."""
    from .core.monitor import handoff

    export, parts = handoff.export_alerts, handoff.export_parts(confirmed)

    def work(task):
        ticked = 0

        def tick(n: int = 1) -> None:   # once per alert and per file written (export_parts)
            nonlocal ticked
            if task.isCanceled():
                raise Cancelled(cancelled_text())
            ticked += n
            task.setProgress(100.0 * min(ticked, parts) / parts)

        with words(tr):   # the task's thread: a refusal in QGIS's language there too
            return export(change, folder, confirmed_only=True, tick=tick)

    def finished(exception, result=None):
        if result is not None:
            done(result, "")
        elif task.isCanceled() or isinstance(exception, Cancelled):
            hush(message_bar, task.description(), FAILED)
            done(None, cancelled_text())
        elif isinstance(exception, PlanetClassifierError):
            done(None, tr("error: {error}").format(error=exception))
        else:   # a bug: QGIS goes on, the traceback in the log, one line in the dock
            log("".join(traceback.format_exception(type(exception), exception, exception.__traceback__)),
                Qgis.Critical)
            done(None, tr("unexpected error: {kind}: {error} (details in the 'Planet classifier' log)").format(
                kind=type(exception).__name__, error=exception))

    task = QgsTask.fromFunction(tr("Planet classifier: exporting {alerts}").format(
        alerts=count(confirmed, tr("confirmed alert"), tr("confirmed alerts"))), work, on_finished=finished)
    QgsApplication.taskManager().addTask(task)
    return task
