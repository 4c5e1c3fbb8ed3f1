"""The flag threshold slider: shows the expected precision as it moves, writes the flags once it rests."""
from __future__ import annotations

from ..core.wording import count
from ..i18n import tr
from ..runner import log

THRESHOLD_DELAY_MS = 250   # the slider rewrites the flags once it rests this long
NO_FIT = 0.5               # where the (greyed) slider stands while the layer's concept has no fit yet


class ThresholdMixin:
    """The slider and the analyst's threshold (None: the fitted one)."""

    def _threshold_moved(self, value: int) -> None:
        self.threshold_value.setText(f"{value / 100:.2f}")
        session = self.session()
        if session is not None and session.result is not None:
            self._show_precision(*session.expected_precision(value / 100))
        self._threshold_timer.start()

    def _show_precision(self, precision: float | None, labelled: int, mine: str = "") -> None:
        """The expected precision at a threshold and the labelled tiles it rests on (at the fitted threshold the
        core's, marks included: 'from 3 answers' stood under three marks and no answer); ``mine``: what the
        analyst's own threshold adds."""
        self.precision_label.setText(
            tr("expected precision: not known yet (no answer at or above the threshold){mine}").format(mine=mine)
            if precision is None else tr("expected precision {p:.0%} (from {answers}){mine}").format(
                p=precision, answers=count(labelled, tr("labelled tile"), tr("labelled tiles")), mine=mine))

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

    def _show_threshold(self, value: float) -> None:
        self.threshold_slider.blockSignals(True)
        self.threshold_slider.setValue(int(round(value * 100)))
        self.threshold_slider.blockSignals(False)
        self.threshold_value.setText(f"{value:.2f}")
