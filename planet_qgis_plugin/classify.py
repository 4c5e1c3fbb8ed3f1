"""``python -m planet_qgis_plugin.classify``, kept working: the command line is cli/classify.py."""
import sys

from .cli.classify import main

if __name__ == "__main__":
    sys.exit(main())
