"""``python -m planet_qgis_plugin.classify``, kept working: the command line lives in cli.py."""
import sys

from .cli import build_parser, check_preview, main  # noqa: F401  (the names this module used to hold)

if __name__ == "__main__":
    sys.exit(main())
