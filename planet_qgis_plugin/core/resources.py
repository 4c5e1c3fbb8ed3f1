"""Where the plugin's resources live (no qgis import).

In the repository, resources/ sits at the repository root next to the package; in the
installed plugin zip it sits inside the plugin folder (planet_qgis_plugin/resources/).
"""
from __future__ import annotations

from pathlib import Path

PLUGIN_DIR = Path(__file__).resolve().parent.parent
#: Plugin folder first (installed zip), then the repository root.
ROOTS = (PLUGIN_DIR, PLUGIN_DIR.parent)


def _first_existing(*parts: str) -> Path:
    """``<root>/<parts>`` for the first root where it exists (else under the plugin folder)."""
    for root in ROOTS:
        path = root.joinpath(*parts)
        if path.exists():
            return path
    return PLUGIN_DIR.joinpath(*parts)


def resource(*parts: str) -> Path:
    """First existing ``resources/<parts>`` (plugin folder first, then repository root)."""
    return _first_existing("resources", *parts)


def style_path() -> Path:
    return resource("styles", "tiles.qml")


def metadata_path() -> Path:
    return _first_existing("metadata.txt")


def plugin_version() -> str:
    try:
        for line in metadata_path().read_text(encoding="utf-8").splitlines():
            if line.startswith("version="):
                return line.split("=", 1)[1].strip()
    except OSError:
        pass
    return "0.0.0"
