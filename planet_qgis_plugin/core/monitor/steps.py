"""Cancel and progress over a comparison's steps, and a later stage's share of them (the report, the export)."""
from __future__ import annotations

from typing import Callable

from ..errors import Cancelled


class Share:
    """``units`` of the steps' total spent over ``parts`` ticks of a later stage (the report, the export):
    ``tick(n)`` checks cancel and reports progress like Steps.tick."""

    def __init__(self, steps: "Steps", units: int, parts: int):
        self.steps, self.units, self.parts = steps, units, max(1, parts)
        self.done = self.spent = 0

    def __call__(self, n: int = 1) -> None:
        self.done = min(self.parts, self.done + n)
        due = self.units * self.done // self.parts
        self.steps.tick(due - self.spent)
        self.spent = due


class Steps:
    """cancel() checked and progress(done, total) reported over a comparison's steps (progress only when the
    whole percent changes: a layer of 100 000 tiles does not send 300 000 signals)."""

    def __init__(self, progress: Callable[[int, int], None] | None, cancel: Callable[[], bool] | None):
        self.progress, self.cancel = progress, cancel or (lambda: False)
        self.done = self.total = self.said = 0

    def check(self) -> None:
        if self.cancel():
            raise Cancelled()

    def start(self, total: int) -> None:
        self.total = total
        if self.progress:
            self.progress(0, total)

    def tick(self, n: int = 1) -> None:
        self.check()
        self.done = min(self.total, self.done + n)
        percent = 100 * self.done // self.total if self.total else 100
        if self.progress and (percent != self.said or self.done == self.total):
            self.said = percent
            self.progress(self.done, self.total)
