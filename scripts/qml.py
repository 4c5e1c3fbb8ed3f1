"""What scripts/make_style.py and scripts/make_change_style.py share: a memory layer with a layer's
fields, and writing its style as QML from a headless QGIS."""
from __future__ import annotations

from pathlib import Path
from typing import Callable

#: field kind (core/layer/schema.py field_kinds, core/monitor/change_layer.py change_fields) -> memory-layer field type
MEMORY_TYPES = {"bool": "boolean", "str": "string", "real": "double", "int": "integer", "binary": "binary"}


def memory_layer(name: str, fields: list[tuple[str, str]]):
    """A polygon memory layer ``name`` with ``fields`` ((name, kind), in order)."""
    from qgis.core import QgsVectorLayer

    uri = "&".join(["Polygon?crs=EPSG:4326"] + [f"field={n}:{MEMORY_TYPES[kind]}" for n, kind in fields])
    return QgsVectorLayer(uri, name, "memory")


def write_qml(styled_layer: Callable[[], object], out: Path, categories) -> int:
    """Start QGIS, save the style ``categories`` of ``styled_layer()`` to ``out``; exit code 0 if saved."""
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    layer = styled_layer()
    out.parent.mkdir(parents=True, exist_ok=True)
    msg, ok = layer.saveNamedStyle(str(out), categories)
    print(out, ok, msg)
    del layer
    app.exitQgis()
    return 0 if ok else 1
