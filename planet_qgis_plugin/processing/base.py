"""What the provider's Processing algorithms share: no group, the plugin icon, a fresh instance of the
same class, the GeoPackage output check, core errors as one-line Processing errors, and post-processors
that outlive the call that created them."""
from __future__ import annotations

from contextlib import contextmanager

from qgis.core import QgsProcessingAlgorithm, QgsProcessingException, QgsProcessingLayerPostProcessorInterface
from qgis.PyQt.QtGui import QIcon

from ..core.errors import PlanetClassifierError
from ..paths import icon_path


class PlanetAlgorithm(QgsProcessingAlgorithm):
    """Base of the provider's algorithms (each gives name, displayName, shortHelpString, initAlgorithm and
    processAlgorithm)."""

    def group(self):
        return ""

    def groupId(self):  # noqa: N802
        return ""

    def icon(self):
        return QIcon(str(icon_path()))

    def createInstance(self):  # noqa: N802
        return type(self)()

    def gpkg_output(self, parameters, key: str, context) -> str:
        """The output path of vector destination ``key``; only a GeoPackage (.gpkg) is written."""
        from ..core.layer.gpkg import check_gpkg_name

        output = self.parameterAsOutputLayer(parameters, key, context)
        with processing_errors():
            check_gpkg_name(output)
        return output


@contextmanager
def processing_errors():
    """A core error (Cancelled included) becomes a QgsProcessingException: one line, no traceback."""
    try:
        yield
    except PlanetClassifierError as exc:
        raise QgsProcessingException(str(exc)) from None


class KeptPostProcessor(QgsProcessingLayerPostProcessorInterface):
    """QGIS keeps only a C++ pointer to a layer post-processor: ``create`` holds the last few Python
    objects so that one is not garbage-collected before QGIS calls it."""

    _keep_alive: list["KeptPostProcessor"] = []

    @classmethod
    def create(cls, *args):
        instance = cls(*args)
        KeptPostProcessor._keep_alive.append(instance)
        del KeptPostProcessor._keep_alive[:-8]
        return instance
