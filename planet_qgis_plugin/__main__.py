"""``python -m planet_qgis_plugin SCENE -o OUT.gpkg``: classify a scene (the command line is cli.py)."""
import sys

from .cli import main

sys.exit(main())
