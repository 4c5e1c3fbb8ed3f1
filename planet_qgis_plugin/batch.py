"""``python -m planet_qgis_plugin.batch``, kept working: the command line is cli/batch.py."""
import sys

from .cli.batch import main

if __name__ == "__main__":
    sys.exit(main())
