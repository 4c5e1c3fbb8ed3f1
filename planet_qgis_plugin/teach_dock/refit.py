"""The refit after a review's answer or an undo, in a QgsTask: the analyst answers on while the concept is refitted (on
QGIS's thread a refit of a large layer froze the panel and the map). Answers and undos given meanwhile are kept with the
marks at once, in the order given, and refitted together when the refit under way ends; the map and the panel follow
each refit."""
from __future__ import annotations

from qgis.core import Qgis, QgsTask
from qgis.PyQt import sip

from ..core.errors import PlanetClassifierError
from ..core.wording import words
from ..i18n import tr
from ..runner import log
from ..task import quiet_task


class RefitMixin:
    """Start a refit in the background, another when answers came meanwhile, take each in as it ends."""

    def refitting(self) -> bool:
        """A refit is under way (the panel's controls that would write the fields wait for it)."""
        return self._refit_task is not None

    def _refit_later(self) -> None:
        """Refit on the marks and answers as they are: now, or once the refit under way ends (then one refit for every
        answer given meanwhile, per layer: the analyst may have moved to another tile layer since)."""
        self._refit_wanted[self.layer.id()] = self.session()
        if self._refit_task is None:
            self._start_refit()

    def _start_refit(self) -> None:
        """The refit of the first layer that wants one (a layer removed meanwhile is passed over)."""
        job = []
        while self._refit_wanted:
            layer_id = next(iter(self._refit_wanted))
            session = self._refit_wanted.pop(layer_id)
            if self.sessions.get(layer_id) is session and session.positives and \
                    self._run(lambda: job.append(session.refit_job())):   # refused: in edit mode, read-only, gone
                break
        else:
            return

        def work(_task):
            with words(tr):   # the task's thread: a refusal in QGIS's language there too
                job[0].run()
            return job[0]

        def done(exception, ran=None):
            if sip.isdeleted(self):     # the panel closed with the plugin meanwhile: the fields are written
                return
            self._refit_task = None
            if self.sessions.get(layer_id) is not session:   # its layer removed meanwhile
                self._start_refit()
                return
            if exception is None and ran is not None:
                if self._run(lambda: session.refitted(ran)):
                    log(f"teach {session.name}: refitted on {len(session.history)} marks and answers "
                        f"({session.seconds:.2f} s)")
            else:
                self._refit_failed(exception)
            self._start_refit()       # answers given meanwhile, here or on another layer
            if session is self.session():
                self._refresh(keep=self.reviewing)

        # the panel's own work, said there ('updating…'): no task of the analyst's in QGIS's list, nor its notice
        self._refit_task = quiet_task(tr("Planet classifier: refitting {name}").format(name=session.name), work, done,
                                      self.iface.messageBar(), hidden=True, flags=QgsTask.Flags())  # no answer lost
        self._update()

    def _refit_failed(self, exception) -> None:
        """A refit refused by the core (nothing to tell the concept apart, the file locked) is said as a refused mark
        is; the answers stay in the marks list (Undo takes them back)."""
        text = str(exception) if isinstance(exception, PlanetClassifierError) else tr(
            "unexpected error: {kind}: {error} (details in the 'Planet classifier' log)").format(
            kind=type(exception).__name__, error=exception)
        if not isinstance(exception, PlanetClassifierError):
            log(f"teach: refit failed: {exception!r}", Qgis.Critical)
        self._say_refused(text)
