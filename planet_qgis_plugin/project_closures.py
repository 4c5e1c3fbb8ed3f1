"""How many projects QGIS has closed (QgsProject.cleared: New, Open, Close) since the plugin started watching.
A run keeps the count it started at, and its layer is added only to the project it was started in: the dialog's
runs (plugin.py) and Processing's (processing/base.py) alike. Watched while the plugin or its Processing provider
is loaded (qgis_process loads only the provider)."""
from __future__ import annotations

_state = {"count": 0, "watchers": 0}


def _closed() -> None:
    _state["count"] += 1


def count() -> int:
    return _state["count"]


def watch() -> None:
    """Start counting (each watch() is matched by an unwatch(): the plugin and the provider each watch)."""
    from qgis.core import QgsProject

    if _state["watchers"] == 0:
        QgsProject.instance().cleared.connect(_closed)
    _state["watchers"] += 1


def unwatch() -> None:
    from qgis.core import QgsProject

    if _state["watchers"] == 0:
        return
    _state["watchers"] -= 1
    if _state["watchers"] == 0:
        try:
            QgsProject.instance().cleared.disconnect(_closed)
        except (TypeError, RuntimeError):
            pass
