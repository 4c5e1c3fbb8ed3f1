"""Processing provider "Planet classifier"."""
from __future__ import annotations

from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from ..core.resources import plugin_version
from ..paths import icon_path
from .change import ChangeAlgorithm
from .classify import ClassifyRasterAlgorithm
from .teach import TeachConceptAlgorithm

PROVIDER_ID = "planet_classifier"


class PlanetClassifierProvider(QgsProcessingProvider):
    def id(self):
        return PROVIDER_ID

    def name(self):
        return "Planet classifier"

    def longName(self):  # noqa: N802
        return f"Planet deforestation classifier {plugin_version()}"

    def icon(self):
        return QIcon(str(icon_path()))

    def load(self):
        """Count the projects closed while the provider is loaded (processing/base.load_output)."""
        from .. import project_closures

        project_closures.watch()
        return super().load()

    def unload(self):
        from .. import project_closures

        project_closures.unwatch()
        super().unload()

    def loadAlgorithms(self):  # noqa: N802
        self.addAlgorithm(ClassifyRasterAlgorithm())
        self.addAlgorithm(ChangeAlgorithm())
        self.addAlgorithm(TeachConceptAlgorithm())

    def supportedOutputVectorLayerExtensions(self):  # noqa: N802
        return ["gpkg"]

    def defaultVectorFileExtension(self, hasGeometry=True):  # noqa: N802, N803
        return "gpkg"

    def supportsNonFileBasedOutput(self):  # noqa: N802
        return False
