"""Marks: the selected tiles marked as the concept or not, unmarked, and the list of marks and answers
(newest first) with its undo."""
from __future__ import annotations

from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QListWidgetItem

from ..i18n import tr
from ..runner import log


class MarksMixin:
    """Mark / unmark the selected tiles; the list of marks and answers, undo."""

    def mark_selected(self, positive: bool) -> bool:
        """Mark the selected tiles and refit in the background, as an answer does (teach_dock/refit: on QGIS's thread
        a mark froze the window for seconds on a busy machine); marks given while a refit runs are kept at once and
        refitted together when it ends. True where the marks were kept."""
        self._flush_threshold()   # a slider move still waiting: written now, not over the refit's fields meanwhile

        def act():
            session = self._ensure_session()
            # QGIS's selection is a set, in another order each run: marked from the highest fid, so that the list
            # (newest first) shows each batch by fid from the lowest, the same every run
            fids = sorted(self.layer.selectedFeatureIds(), reverse=True)
            if session.keep_marks(fids, positive):
                self._refit_later()
            log(f"teach {session.name}: marked {len(fids)} tile(s) {'as' if positive else 'not'} {session.name} "
                f"on {self.layer.name()}")
        ok = self._run(act)
        self._fill_names()
        self._refresh(keep=self.reviewing)
        return ok

    def unmark_selected(self) -> bool:
        """Forget the selected tiles' marks and answers; the refit runs in the background, as a mark's does."""
        return self._forget(lambda: self._ensure_session().unmark(self.layer.selectedFeatureIds()))

    def undo(self) -> bool:
        """Forget the chosen entry of the marks list (the newest if none is chosen) and refit in the background, as
        an answer does (teach_dock/refit: on QGIS's thread the window froze for seconds on a busy machine); an undo
        given while a refit runs is kept at once and refitted, in order with the answers, when it ends."""
        session = self.session()
        if session is None or not session.history:
            return False
        item = self.history_list.currentItem()
        fid = item.data(Qt.UserRole) if item is not None else session.history[-1][0]
        return self._forget(lambda: session.forget([fid]))

    def _forget(self, forget) -> bool:
        """Run ``forget`` (TeachSession.forget / unmark: True where a refit is wanted), then the refit in the
        background."""
        self._flush_threshold()   # a slider move still waiting: written now, not over the refit's fields meanwhile
        refit = []
        ok = self._run(lambda: refit.append(forget()))
        if ok and refit[0]:
            self._refit_later()
        self._refresh(keep=self.reviewing)
        return ok

    def _show_history_item(self, item) -> None:
        fid = item.data(Qt.UserRole)
        if fid is not None and self.layer is not None:
            self._zoom_to(self.layer.getFeature(int(fid)))

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
