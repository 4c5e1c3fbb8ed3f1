"""Adding the result GeoPackage to the project, above the classified raster (main thread only)."""
from __future__ import annotations

from qgis.core import QgsLayerTreeGroup, QgsProject, QgsVectorLayer

from .runner import LAYER_NAME
from .style import apply_style


def result_uri(gpkg: str, layer: str = LAYER_NAME) -> str:
    return f"{gpkg}|layername={layer}"


def open_result(gpkg: str, name: str, layer: str = LAYER_NAME, concepts=()) -> QgsVectorLayer:
    """The styled tile layer; ``concepts``: those of the bundle that classified it (their flag groups)."""
    vl = QgsVectorLayer(result_uri(str(gpkg), layer), name, "ogr")
    if vl.isValid():
        apply_style(vl, concepts)
    return vl


def place_above(layer, reference_id: str | None, project: QgsProject | None = None) -> None:
    """Add ``layer`` to the project directly above the layer ``reference_id`` (or on top)."""
    project = project or QgsProject.instance()
    project.addMapLayer(layer, False)
    root = project.layerTreeRoot()
    ref = root.findLayer(reference_id) if reference_id else None
    if ref is not None and isinstance(ref.parent(), QgsLayerTreeGroup):
        parent = ref.parent()
        parent.insertLayer(parent.children().index(ref), layer)
    else:
        root.insertLayer(0, layer)


def add_result_layer(gpkg: str, name: str, above_layer_id: str | None = None,
                     project: QgsProject | None = None, layer: str = LAYER_NAME, concepts=()) -> QgsVectorLayer | None:
    vl = open_result(gpkg, name, layer, concepts)
    if not vl.isValid():
        return None
    place_above(vl, above_layer_id, project)
    return vl
