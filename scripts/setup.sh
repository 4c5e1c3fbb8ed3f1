#!/usr/bin/env bash
# Idempotent set-up for a fresh Debian 12 machine: QGIS + rasterio from Debian (+ Xvfb for `make docs`'s
# screenshots of a real QGIS window, pylupdate5 / lrelease for the plugin's translations, Qt's own translations so
# that QGIS's OK / Cancel / Close read in the analyst's language), the rest in .venv.
set -euo pipefail
cd "$(dirname "$0")/.."
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
if ! /usr/bin/python3 -c "import qgis.core, rasterio, osgeo.ogr, PIL" >/dev/null 2>&1 || [ ! -x /usr/bin/qgis_process.bin ] \
   || ! command -v xvfb-run >/dev/null || ! command -v pylupdate5 >/dev/null || ! command -v lrelease >/dev/null \
   || [ ! -f /usr/share/qt5/translations/qtbase_pt_BR.qm ]; then
  echo "setup: installing QGIS and rasterio from Debian (apt)"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends \
    python3-qgis qgis-providers qgis python3-rasterio python3-pil python3-matplotlib python3-venv \
    xvfb xauth pyqt5-dev-tools qttools5-dev-tools qttranslations5-l10n >/dev/null
fi
if [ ! -x .venv/bin/python ]; then
  echo "setup: creating .venv (sees Debian's QGIS packages)"
  /usr/bin/python3 -m venv --system-site-packages .venv
fi
if ! cmp -s requirements.txt .venv/.requirements.installed; then
  echo "setup: installing Python packages (requirements.txt)"
  .venv/bin/pip install -q --disable-pip-version-check -r requirements.txt
  cp requirements.txt .venv/.requirements.installed
fi
# This checkout itself, editable (pyproject.toml): `python trainer/train.py` and the planet-* commands import
# the plugin and the trainer from here without editing sys.path (scripts/ and bench/ run as python -m from the
# root and need nothing). Offline: no dependencies, no build environment; redone when pyproject.toml changes.
if ! cmp -s pyproject.toml .venv/.pyproject.installed; then
  echo "setup: installing this checkout into .venv (editable)"
  .venv/bin/pip install -q --disable-pip-version-check --no-deps --no-build-isolation -e .
  cp pyproject.toml .venv/.pyproject.installed
fi
