"""The plugin's names in QGIS: menu, log tag, icon, where messages send the analyst (no qgis import).

Resource lookup (resources/, metadata.txt) is core/resources.py.
"""
from __future__ import annotations

from pathlib import Path

from .core.resources import resource

PLUGIN_NAME = "Planet classifier"
LOG_TAG = "Planet classifier"
#: The plugin's submenu of QGIS's Raster menu, and its entry that installs missing Python packages.
MENU = PLUGIN_NAME
INSTALL_ACTION = "Check / install dependencies…"
INSTALL_HINT = f"Raster > {MENU} > {INSTALL_ACTION.rstrip('…')}"  # where messages send the analyst


def icon_path() -> Path:
    svg = resource("icon.svg")
    return svg if svg.exists() else resource("icon.png")
