"""Where the plugin's resources live (no qgis import).

In the repository, resources/ sits at the repository root next to the package; in the
installed plugin zip it sits inside the plugin folder (planet_qgis_plugin/resources/).
"""
from __future__ import annotations

from pathlib import Path

PLUGIN_DIR = Path(__file__).resolve().parent
PLUGIN_NAME = "Planet classifier"
LOG_TAG = "Planet classifier"


def resources_dir() -> Path:
    for candidate in (PLUGIN_DIR / "resources", PLUGIN_DIR.parent / "resources"):
        if candidate.is_dir():
            return candidate
    return PLUGIN_DIR / "resources"


def resource(*parts: str) -> Path:
    """First existing ``resources/<parts>`` (plugin folder first, then repository root)."""
    for base in (PLUGIN_DIR / "resources", PLUGIN_DIR.parent / "resources"):
        path = base.joinpath(*parts)
        if path.exists():
            return path
    return resources_dir().joinpath(*parts)


def style_path() -> Path:
    return resource("styles", "tiles.qml")


def icon_path() -> Path:
    svg = resource("icon.svg")
    return svg if svg.exists() else resource("icon.png")


def metadata_path() -> Path:
    for candidate in (PLUGIN_DIR / "metadata.txt", PLUGIN_DIR.parent / "metadata.txt"):
        if candidate.is_file():
            return candidate
    return PLUGIN_DIR / "metadata.txt"


def plugin_version() -> str:
    try:
        for line in metadata_path().read_text(encoding="utf-8").splitlines():
            if line.startswith("version="):
                return line.split("=", 1)[1].strip()
    except OSError:
        pass
    return "0.0.0"
