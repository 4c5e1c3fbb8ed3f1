"""``python -m planet_qgis_plugin.teach``, kept working: the command line is cli/teach.py."""
import sys

from .cli.teach import main

if __name__ == "__main__":
    sys.exit(main())
