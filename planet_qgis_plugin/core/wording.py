"""Counts in messages: "1 tile", "3 tiles" (a message that says "from 1 labelled tiles" reads as a slip)."""
from __future__ import annotations


def count(n: int, one: str, many: str | None = None) -> str:
    """``n`` and the noun it counts, singular for exactly 1: ``count(1, "tile")`` is "1 tile", ``count(3, "tile")``
    "3 tiles". ``many`` where adding "s" is wrong; the QGIS faces pass both forms through tr()."""
    return f"{n} {one if n == 1 else many or one + 's'}"
