"""``python -m planet_qgis_plugin.change``, kept working: the command line is cli/change.py."""
import sys

from .cli.change import main

if __name__ == "__main__":
    sys.exit(main())
