"""The repository's own rules: one version, stated in metadata.txt (the plugin) and pyproject.toml (pip)."""
import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_pyproject_version_is_the_plugin_version():
    plugin = re.search(r"^version=(.+)$", (ROOT / "metadata.txt").read_text(encoding="utf-8"), re.M).group(1).strip()
    with open(ROOT / "pyproject.toml", "rb") as f:
        assert tomllib.load(f)["project"]["version"] == plugin
