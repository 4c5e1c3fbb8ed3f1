"""Counts in messages: "1 tile", "3 tiles" (a message that says "from 1 labelled tiles" reads as a slip); the
translator of the words the core writes for the analyst (the change report) when a QGIS face asks for it."""
from __future__ import annotations

from contextlib import contextmanager
from contextvars import ContextVar
from typing import Callable, TypeVar

T = TypeVar("T")


def count(n: int, one: str, many: str | None = None) -> str:
    """``n`` and the noun it counts, singular for exactly 1: ``count(1, "tile")`` is "1 tile", ``count(3, "tile")``
    "3 tiles". ``many`` where adding "s" is wrong; the QGIS faces pass both forms through tr()."""
    return f"{n} {one if n == 1 else many or one + 's'}"


# The words of what the core writes for the analyst to read (the change report) are English, as the command line
# and the log speak; a QGIS face that writes one sets its translator for the run (``with words(i18n.tr):``). The
# strings are marked ``tr("...")`` so that pylupdate5 puts them in the plugin's .ts files (scripts/translations.py).
_WORDS: ContextVar[Callable[[str], str] | None] = ContextVar("words", default=None)


def tr(text: str) -> str:
    """``text`` in the language of the run's translator (``words``), as is without one."""
    translate = _WORDS.get()
    return translate(text) if translate is not None else text


@contextmanager
def words(translate: Callable[[str], str] | None):
    """Within the block (this thread, this context), ``tr`` translates with ``translate``."""
    token = _WORDS.set(translate)
    try:
        yield
    finally:
        _WORDS.reset(token)


def with_words(fn: Callable[..., T]) -> Callable[..., T]:
    """``fn`` to be run by another thread (a reader, a pool's worker) in the calling thread's words: a ContextVar
    does not cross into a thread Python starts, and an error raised there reached QGIS in English."""
    translate = _WORDS.get()

    def call(*args, **kwargs):
        with words(translate):
            return fn(*args, **kwargs)
    return call
